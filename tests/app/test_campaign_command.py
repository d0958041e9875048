"""`campaigns [--json]` on both engines, held to the signed-in person's permission."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.cli import main as cli
from app.models import Customer, StaffRole
from app.rules.campaigns import CampaignKind
from app.services.campaign_data import CampaignDraft
from app.services.campaigns import CampaignService
from tests.factories import MANAGER, add_customer, cli_user

KEYS = {"id", "name", "kind", "invited", "excluded_refused", "excluded_no_phone", "accepted",
        "declined", "not_reached", "response_rate"}  # fmt: skip


def run(db, *args: str, user: str = "it", role: StaffRole = StaffRole.STORE_MANAGER) -> int:
    return cli(["--db", db.url, *cli_user(db, user, role), *args])


def a_campaign(db) -> None:
    add_customer(db, "王芳", "13800138001")
    add_customer(db, "陈无号", None)
    today = datetime.now()
    draft = CampaignDraft("冬季用车讲座", CampaignKind.EVENT, "{姓名}您好，{时间}见。",
                          date.today(), "全部客户", event_at=today + timedelta(days=5))  # fmt: skip
    campaigns = CampaignService(db, MANAGER)
    made = campaigns.create(draft, select(Customer.id))
    campaigns.record_rsvp(campaigns.invitations(made.id)[0].id, "accepted")


def test_the_list_prints_counts_and_the_json_keeps_its_keys(db, capsys) -> None:
    a_campaign(db)
    assert run(db, "campaigns", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert set(listed) == KEYS
    assert (listed["invited"], listed["excluded_no_phone"], listed["accepted"]) == (1, 1, 1)
    assert listed["kind"] == "event" and listed["response_rate"] == 1.0
    assert run(db, "campaigns") == 0
    assert "冬季用车讲座" in capsys.readouterr().out


def test_the_command_is_held_to_the_permission(db, capsys) -> None:
    assert run(db, "campaigns", user="li", role=StaffRole.SALES_CONSULTANT) == 1
    assert "创建活动邀约名单" in capsys.readouterr().err
    assert run(db, "campaigns", user="care", role=StaffRole.CUSTOMER_SERVICE) == 0
    assert "还没有活动" in capsys.readouterr().out
