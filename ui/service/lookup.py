"""Find the car: plate, VIN (or its last six), the owner's phone (or last four) or name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.checkin import CheckInService

from ..widgets.lookup_keys import LookupKeys
from .models import VehicleHitsModel

MAX_HITS = 20


class VehicleLookup(QWidget):
    vehicle_chosen = Signal(int)  # vehicle id
    register_requested = Signal(str)  # what was typed, to prefill the new car

    def __init__(self, checkin: CheckInService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checkin = checkin
        self.query = QLineEdit(objectName="serviceLookup")
        self.query.setPlaceholderText(self.tr("车牌、车架号（或后六位）、手机号（或后四位）、姓名"))
        self.query.setClearButtonEnabled(True)
        self.hits = VehicleHitsModel(self)
        self.results = QListView(objectName="serviceLookupResults")
        self.results.setModel(self.hits)
        self.status = QLabel(objectName="serviceLookupStatus")
        self.register_button = QPushButton(self.tr("登记新车"), objectName="registerVehicle")
        self._connect()
        self._lay_out()

    def _connect(self) -> None:
        self.keys = LookupKeys(self.query, self.results, self.run_search, self._clear)
        self.results.activated.connect(self._choose)
        self.results.clicked.connect(self._choose)
        self.register_button.clicked.connect(
            lambda: self.register_requested.emit(self.query.text().strip())
        )

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.register_button)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

    def run_search(self) -> None:
        text = self.query.text().strip()
        hits = self._checkin.find(text, limit=MAX_HITS) if text else []
        self.hits.set_hits(hits)
        if not hits:
            self.status.setText(self.tr("没有找到车辆，可点“登记新车”。") if text else "")
        else:
            self.status.setText(self.tr("找到 %n 辆车", "", len(hits)))
        if len(hits) == 1:
            self._choose(self.hits.index(0))

    def _clear(self) -> bool:
        """Esc: an empty search box; says whether there was anything to clear."""
        had_something = bool(self.query.text() or self.hits.rowCount())
        self.query.clear()
        self.hits.set_hits([])
        self.status.clear()
        return had_something

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.vehicle_chosen.emit(self.hits.hit(index.row()).id)
