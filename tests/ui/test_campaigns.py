"""The campaign tab and the new-campaign dialog, driven as the manager at the desk would."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from app.db import Database
from app.models import ContactConsent, StaffRole
from app.permissions import SYSTEM, Actor
from app.rules.campaigns import CampaignKind
from app.services.campaign_data import CampaignDraft
from app.services.container import AppServices
from tests.factories import MANAGER, add_customer
from ui.campaigns.new_dialog import NewCampaignDialog
from ui.campaigns.tab import CampaignTab
from ui.desk import DeskSession
from ui.main_window import tab_factories

NOW = datetime(2026, 12, 1, 9, 0)
JOB_MS = 30_000


@pytest.fixture
def services(sqlite_db: Database) -> AppServices:
    add_customer(sqlite_db, "王芳", "13800138001")
    add_customer(sqlite_db, "李娜", "13800138002")
    refused = add_customer(sqlite_db, "孙拒营", "13800138003")
    add_customer(sqlite_db, "陈无号", None)
    with sqlite_db.transaction(SYSTEM) as session:
        session.add(ContactConsent(customer_id=refused, kind="marketing", granted=False,
                                   changed_at=NOW))  # fmt: skip
    return AppServices(sqlite_db, MANAGER, lambda: NOW)


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def make_campaign(services: AppServices) -> int:
    draft = CampaignDraft(
        "冬季用车讲座", CampaignKind.EVENT, "{姓名}您好，{时间}见。", date(2026, 12, 2), "全部客户",
        event_at=datetime(2026, 12, 6, 14, 0),
    )  # fmt: skip
    return services.campaigns.create_for_all(draft).id


def test_the_dialog_previews_one_message_and_says_who_was_left_out(qtbot, services) -> None:
    dialog = NewCampaignDialog(services.campaigns.create_for_all, "全部客户", today=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("冬季用车讲座")  # typed (an input method; keyClicks is ASCII only)
    dialog.place.setText("展厅二楼")
    assert dialog.preview.text().startswith("王芳您好")
    assert "12月8日 14:00" in dialog.preview.text() and "展厅二楼" in dialog.preview.text()
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=JOB_MS)
    assert dialog.result.text() == "已邀约 2 人；未邀约：拒绝营销 1 人，无手机号 1 人。"
    assert not dialog.create_button.isEnabled()


def test_a_weather_notice_has_no_event_time_and_reaches_who_refused_marketing(
    qtbot, services
) -> None:
    dialog = NewCampaignDialog(services.campaigns.create_for_all, "全部客户", today=NOW)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("weather"))
    assert not dialog.event_at.isEnabled()
    assert "特殊天气" in dialog.template.toPlainText()
    dialog.name.setText("寒潮提醒")
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=JOB_MS)
    assert dialog.result.text().startswith("已邀约 3 人")


def test_a_refused_draft_says_why_and_can_be_mended(qtbot, services) -> None:
    dialog = NewCampaignDialog(services.campaigns.create_for_all, "全部客户", today=NOW)
    qtbot.addWidget(dialog)
    click(qtbot, dialog.create_button)  # no name yet
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled(), timeout=JOB_MS)
    assert dialog.result.text() == "请填写活动名称。" and dialog.made is None
    dialog.name.setText("讲座")
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=JOB_MS)


def opened(qtbot, services: AppServices) -> CampaignTab:
    """The tab as a person sees it once its campaigns are there (read on a worker)."""
    tab = CampaignTab(services, DeskSession())
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=JOB_MS)
    return tab


def test_the_tab_lists_campaigns_and_records_answers(qtbot, services, qtmodeltester) -> None:
    make_campaign(services)
    tab = opened(qtbot, services)
    tab.show()
    assert tab.campaigns.rowCount() == 1
    assert tab.campaigns.index(0, 4).data() == "2" and tab.campaigns.index(0, 5).data() == "2"
    assert tab.invitations.rowCount() == 2
    assert tab.invitations.index(0, 1).data() == "138****8001"
    assert tab.detail.text() == "已邀约 2 人；未邀约：拒绝营销 1 人，无手机号 1 人。"
    tab.invitation_table.selectRow(0)
    click(qtbot, tab.answer_buttons["accepted"])
    assert tab.invitations.index(0, 4).data() == "接受"
    assert tab.campaigns.index(0, 6).data() == "1" and tab.campaigns.index(0, 9).data() == "50.0%"
    tab.invitation_table.selectRow(1)
    click(qtbot, tab.answer_buttons["not_reached"])
    assert tab.campaigns.index(0, 8).data() == "1" and tab.campaigns.index(0, 9).data() == "50.0%"
    qtmodeltester.check(tab.campaigns)
    qtmodeltester.check(tab.invitations)


def test_the_list_is_exported_on_a_worker(qtbot, services, tmp_path, monkeypatch) -> None:
    make_campaign(services)
    tab = opened(qtbot, services)
    target = tmp_path / "名单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    click(qtbot, tab.export_button)
    qtbot.waitUntil(lambda: tab.export_job is None, timeout=JOB_MS)
    assert Path(target).exists() and "已导出" in tab.message.text()
    assert load_workbook(target)["邀约名单"]["B2"].value == "13800138001"


def test_a_new_campaign_for_everyone_appears_in_the_list(qtbot, services) -> None:
    tab = opened(qtbot, services)
    assert tab.campaigns.rowCount() == 0 and not tab.export_button.isEnabled()
    assert tab.detail.text().startswith("还没有活动。")  # a new store is told where to begin
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    assert dialog is not None
    dialog.name.setText("台风提醒")
    dialog.kind.setCurrentIndex(dialog.kind.findData("weather"))
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=JOB_MS)
    dialog.reject()
    qtbot.waitUntil(lambda: tab.campaigns.rowCount() == 1, timeout=JOB_MS)  # read again
    assert tab.campaigns.index(0, 0).data() == "台风提醒"
    assert "还没有活动" not in tab.detail.text()


def test_only_who_runs_campaigns_gets_the_tab(qtbot, sqlite_db: Database) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    consultant = AppServices(sqlite_db, Actor(1, "李顾问", StaffRole.SALES_CONSULTANT))
    care = AppServices(sqlite_db, Actor(2, "客服", StaffRole.CUSTOMER_SERVICE))
    assert "活动邀约" not in [title for title, _f in tab_factories(window, consultant)]
    assert [title for title, _f in tab_factories(window, care)][-1] == "活动邀约"


def test_a_new_notice_starts_from_the_wording_the_manager_set(qtbot, services) -> None:
    wording = "{姓名}您好，明日有暴雪，请减速慢行，如需救援请致电本店。"
    services.reminders.save_rule("weather_notice", {"template": wording})
    tab = opened(qtbot, services)
    click(qtbot, tab.new_button)
    assert tab.dialog is not None
    tab.dialog.kind.setCurrentIndex(tab.dialog.kind.findData("weather"))
    assert tab.dialog.template.toPlainText() == wording
    assert tab.dialog.preview.text().startswith("王芳您好，明日有暴雪")
