"""Screenshots of every tab (and the 管理 dialogs) at 1366×768, in Chinese and English.

    .venv/bin/python main.py --db /tmp/demo.sqlite3 --create demo --customers 300
    .venv/bin/python scripts/screenshots.py --db /tmp/demo.sqlite3 [--out docs/screenshots]

Runs on Qt's offscreen platform with one 1366×768 screen (a reception PC), opens the
window the way the app does (it fits the screen's available geometry), signs in the
store manager of the demo (tangguoqiang) and grabs each tab and sub-tab into
tab_<name>_<zh|en>.png, each dialog into dialog_<name>_<zh|en>.png.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCREEN = {"name": "Reception", "x": 0, "y": 0, "width": 1366, "height": 768,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
DEMO_USER, DEMO_PASSWORD = "tangguoqiang", "demo-2026"


def use_reception_screen() -> None:
    """Qt's offscreen platform, its one screen sized as the reception PC's."""
    config = Path(tempfile.mkdtemp()) / "screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a demo database (main.py demo)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", choices=("zh", "en", "both"), default="both")
    args = parser.parse_args()
    use_reception_screen()
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())  # no remembered geometry
    from ui.app import make_application

    app = make_application()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("zh", "en") if args.lang == "both" else (args.lang,):
        for path in shoot_language(app, args.db, lang, out):
            print(path)
    return 0


def shoot_language(app, url: str, lang: str, out: Path) -> list[Path]:
    from PySide6.QtCore import QLocale

    from app.db import Database
    from app.services.container import Store
    from ui.i18n import install_translators
    from ui.main_window import MainWindow

    for translator in getattr(app, "_translators", []):
        app.removeTranslator(translator)
    app._translators = install_translators(app, "en" if lang == "en" else "zh_CN")
    db = Database(url if "://" in url else f"sqlite:///{url}").open()
    try:
        store = Store(db)
        window = MainWindow(store)
        window.show_on_screen()
        window.sign_in(store.auth().sign_in(DEMO_USER, DEMO_PASSWORD))
        shots = shoot_tabs(app, window, lang, out) + shoot_dialogs(app, window, lang, out)
        window.close()
        window.deleteLater()
        app.processEvents()
        return shots
    finally:
        db.dispose()
        QLocale.setDefault(QLocale.system())


SUB_PAGES = {  # tab widgets inside a tab, by objectName: their pages' names after the first
    "calendarPages": ("key_customers", "rules"),
    "complaintPages": ("intake", "archive", "analysis"),
    "salesLists": ("loyal",),
    "vehicleRecords": ("readings",),
}
TAB_NAMES = ("reception", "sales", "calendar", "service", "appointments", "complaints",
             "segments", "campaigns", "board")  # the manager's tabs, in order


def shoot_tabs(app, window, lang: str, out: Path) -> list[Path]:
    """Each tab as it opens (tab_<name>), then each further page of its inner tab
    widgets (tab_<name>_<page>)."""
    from PySide6.QtWidgets import QTabWidget

    shots: list[Path] = []
    for index, name in enumerate(TAB_NAMES):
        window.tabs.setCurrentIndex(index)
        tab = window.tab(index)
        prepare(app, tab, name)
        shots.append(grab(app, window, out / f"tab_{name}_{lang}.png"))
        for pages in tab.findChildren(QTabWidget):
            for page_index, page in enumerate(SUB_PAGES.get(pages.objectName(), ()), 1):
                pages.setCurrentIndex(page_index)
                shots.append(grab(app, window, out / f"tab_{name}_{page}_{lang}.png"))
            pages.setCurrentIndex(0)
    return shots


def prepare(app, tab, name: str) -> None:
    """What a user would have on screen: a customer, a car with its history."""
    from ui.jobs import wait_for_jobs

    wait_for_jobs()
    app.processEvents()
    if name == "service":
        tab.lookup.query.setText(busiest_plate(tab.services) or "")
        tab.lookup.run_search()
    if name == "reception" and tab.visits.model.rowCount():  # a new store has no visits
        hits = tab.services.search.search(tab.visits.model.row_at(0).customer_name, limit=1)
        if hits:
            tab.use_customer(hits[0])
    if name == "sales":
        tab.table.selectRow(delivering_row(tab))
    if name == "complaints":
        tab.analysis.run()
    if name == "calendar":
        list_key_customers(tab.key_customers)
    if name == "segments":
        from PySide6.QtTest import QTest

        tab.set_expression("gender=female and purchase_year>=2021")
        QTest.qWait(400)  # the count waits a quarter second for the typing to stop
    wait_for_jobs()
    app.processEvents()


def list_key_customers(panel, wanted: int = 4) -> None:
    """Consultants put H-level prospects on this week's key-customer list, as on Monday."""
    if panel.entries.total:
        return  # listed already
    for index in range(1, panel.consultant.count()):
        panel.consultant.setCurrentIndex(index)
        if wanted and panel.suggestions.count():
            panel.reason.setText("周六带家人来店试驾，确认贷款方案")
            panel.mark_selected()
            wanted -= 1
    panel.consultant.setCurrentIndex(0)


def delivering_row(tab) -> int:
    """An order whose handover checklist is under way, else the newest."""
    rows = [tab.orders.row_at(r) for r in range(tab.orders.rowCount())]
    return next((n for n, row in enumerate(rows) if row.status == "allocated"), 0)


def busiest_plate(services) -> str:
    from sqlalchemy import func, select

    from app.models import ServiceVisit, Vehicle

    with services.db.transaction() as session:
        query = (
            select(Vehicle.plate)
            .join(ServiceVisit, ServiceVisit.vehicle_id == Vehicle.id)
            .where(Vehicle.plate.is_not(None))
            .group_by(Vehicle.id, Vehicle.plate)
            .order_by(func.count(ServiceVisit.id).desc())
            .limit(1)
        )
        return session.scalar(query) or ""


def shoot_dialogs(app, window, lang: str, out: Path) -> list[Path]:
    dialogs: dict[str, Callable[[], object]] = {
        "audit": window.show_audit,
        "store_profile": window.setup_actions[0].trigger,
        "staff": window.setup_actions[1].trigger,
        "catalogue": window.setup_actions[2].trigger,
        "settings": window.setup_actions[3].trigger,
    }
    shots = []
    for name, open_it in dialogs.items():
        open_it()
        dialog = window.audit_dialog if name == "audit" else window.setup_dialog
        app.processEvents()
        shots.append(grab(app, dialog, out / f"dialog_{name}_{lang}.png"))
        dialog.close()
    return shots


def grab(app, widget, path: Path) -> Path:
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path), "PNG", 0)  # 0: the smallest file
    return path


if __name__ == "__main__":
    sys.exit(main())
