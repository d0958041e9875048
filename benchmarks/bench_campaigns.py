"""Making a campaign list for a segment of N customers (issue 14): the list, the refusals
counted, one call per invited customer through the task store, the invitations, in one
transaction; then the tab's first page, the campaign list and the Excel export.

    .venv/bin/python benchmarks/bench_campaigns.py --db sqlite:////work/data/me-20k.sqlite3 \
        [--customers 20000,all]

The figures change the database (a campaign, its tasks, audit entries): give --db a copy,
never a store's database. The reference figure is the segment read alone (the one
statement the service reads the customers with): what no campaign can do without.
Prints one line per figure, then one JSON object {"name": value_ms, ...}.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Select, func, select

from app.db import Database
from app.models import Customer
from app.permissions import SYSTEM
from app.rules.campaigns import CampaignKind, needed_consent
from app.services.campaign_data import CampaignDraft
from app.services.campaigns import CampaignService, people_of
from reports.campaign_excel import write_campaign_list

TEMPLATE = "{姓名}您好，我是{顾问}，诚邀您{时间}到{地址}参加冬季用车讲座。"


def segment(size: int | None) -> Select[int]:
    ids = select(Customer.id).order_by(Customer.id)
    return ids if size is None else ids.limit(size)


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def measure(db: Database, size: int | None, now: datetime) -> dict[str, float]:
    label = "all" if size is None else str(size)
    service = CampaignService(db, SYSTEM, lambda: now)
    with db.reading(SYSTEM) as session:
        consent = needed_consent(CampaignKind.EVENT)
        read_ms, people = timed(lambda: len(list(people_of(session, segment(size), consent))))
    draft = CampaignDraft(f"讲座 {label}", CampaignKind.EVENT, TEMPLATE, now.date(), label,
                          event_at=now + timedelta(days=5), place="展厅二楼")  # fmt: skip
    create_ms, made = timed(lambda: service.create(draft, segment(size)))
    page_ms, _ = timed(lambda: service.invitations(made.id, 0, 200))
    list_ms, _ = timed(lambda: service.campaigns(0, 200))
    target = Path(tempfile.mkdtemp()) / "名单.xlsx"
    export_ms, _ = timed(
        lambda: service.export_list(made.id, lambda s: write_campaign_list(s, target))
    )
    target.unlink()
    print(f"{label}: {people} customers, invited {made.invited}, refused {made.excluded_refused}, "
          f"no phone {made.excluded_no_phone}")  # fmt: skip
    return {
        f"campaign_segment_read_{label}": read_ms, f"campaign_create_{label}": create_ms,
        f"campaign_first_page_{label}": page_ms, f"campaign_list_{label}": list_ms,
        f"campaign_export_{label}": export_ms,
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a COPY of a demo database (URL)")
    parser.add_argument("--customers", default="20000,all", help="segment sizes, or all")
    args = parser.parse_args()
    db = Database(args.db).open()
    with db.reading(SYSTEM) as session:
        total = session.scalar(select(func.count()).select_from(Customer))
    print(f"{total} customers in {args.db}")
    now = datetime.combine(date.today(), datetime.min.time()).replace(hour=9)
    figures: dict[str, float] = {}
    for size in args.customers.split(","):
        figures |= measure(db, None if size == "all" else int(size), now)
    for name, value in figures.items():
        print(f"{name:32} {value:10.0f} ms")
    print(json.dumps({k: round(v, 1) for k, v in figures.items()}))
    db.dispose()


if __name__ == "__main__":
    main()
