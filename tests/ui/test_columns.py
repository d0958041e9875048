"""How a table's width is shared among its columns (ui/widgets/columns.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QTabWidget, QWidget

from ui.models.paged import Column, ColumnTableModel
from ui.widgets.columns import fit_columns, shared_out

WANTED, FLOORS = [100, 60, 200, 80], [60, 40, 50, 80]  # column 2 is the free text


def test_room_to_spare_goes_to_the_free_text_column() -> None:
    assert shared_out(WANTED, FLOORS, 500, stretch=2) == [100, 60, 260, 80]


def test_short_of_room_the_free_text_column_gives_up_its_share_first() -> None:
    assert shared_out(WANTED, FLOORS, 400, stretch=2) == [100, 60, 160, 80]
    assert shared_out(WANTED, FLOORS, 290, stretch=2) == [100, 60, 50, 80]


def test_then_every_column_gives_up_the_same_part_of_its_slack() -> None:
    widths = shared_out(WANTED, FLOORS, 260, stretch=2)
    assert widths == [80, 50, 50, 80]
    assert sum(widths) <= 260


def test_no_column_goes_below_its_header() -> None:
    assert shared_out(WANTED, FLOORS, 100, stretch=2) == FLOORS


def test_a_table_filled_behind_another_tab_is_fitted_when_shown(qtbot) -> None:
    """Measuring a page of rows is UI-thread time: a hidden table waits until it is seen,
    then its columns fit what it shows."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    model = ColumnTableModel([Column("名", lambda r: r), Column("备注", lambda r: "")])
    behind = QTableView()
    behind.setModel(model)
    fit_columns(behind, stretch=1)
    tabs.addTab(QWidget(), "前")
    tabs.addTab(behind, "后")
    tabs.resize(600, 300)
    tabs.show()
    narrow = behind.horizontalHeader().sectionSize(0)
    model.set_rows(["很长很长很长很长很长很长的客户名字"])  # filled out of sight
    assert behind.horizontalHeader().sectionSize(0) == narrow  # not measured yet
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: behind.horizontalHeader().sectionSize(0) > narrow)
    assert behind.horizontalHeader().sectionSize(0) >= behind.sizeHintForColumn(0)
