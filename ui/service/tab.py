"""The service advisor's tab (售后接车): find the car, see its card, open the repair
order with the live mileage comparison, follow it to handover.

The search runs as the advisor types; the moment the query changes, the last car's card,
mileage and repair order leave the screen, so no order is worked on the wrong car."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from app.services.checkin_types import RepairOrder, VehicleCard
from app.services.container import AppServices

from ..customer360.opener import CardOpener
from ..desk import DeskSession
from ..widgets.build_steps import BuildSteps
from .card_view import VehicleCardView
from .lookup import VehicleLookup
from .order_form import NewOrderForm
from .order_panel import OrderPanel
from .readings_view import ReadingsView
from .register_dialog import RegisterVehicleDialog

TYPING_PAUSE_MS = 250  # as reception's lookup: search once the advisor pauses


class ServiceTab(QWidget):
    def __init__(self, services: AppServices, desk: DeskSession) -> None:
        super().__init__()
        self.services = services
        self.desk = desk
        self.vehicle_id: int | None = None
        self.owner_id: int | None = None
        self.register_dialog: RegisterVehicleDialog | None = None
        self.built = False  # all its panels there (the last step lays them out)
        self.splitter = QSplitter()  # the tab's skeleton, shown at once
        QHBoxLayout(self).addWidget(self.splitter)
        # Each panel in a turn of the event loop of its own (~0.1 s together).
        self.steps = BuildSteps(self, self._build_car, self._build_order_form,
                                self._build_order_panel, self._lay_out_and_show)  # fmt: skip

    def _build_car(self) -> None:
        checkin = self.services.checkin
        self.lookup = VehicleLookup(checkin, self)
        self.readings = ReadingsView(checkin, self)
        self.card = VehicleCardView(self.readings, self)

    def _build_order_form(self) -> None:
        services = self.services
        self.order_form = NewOrderForm(services.checkin, services.clock, self._advisor_id, self)

    def _build_order_panel(self) -> None:
        services = self.services
        self.order_panel = OrderPanel(services.checkin, self, records=services.repair_records)
        self.card_opener = CardOpener(services, self)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)

    def _lay_out_and_show(self) -> None:
        self.built = True
        self._lay_out()
        self._connect()
        self.clear_vehicle()

    def _lay_out(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.lookup, 1)
        column.addWidget(self.card, 3)
        right = QWidget()
        orders = QVBoxLayout(right)
        orders.addWidget(self.order_form)
        orders.addWidget(self.order_panel)
        splitter = self.splitter  # on screen already: the panels show as they are added
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 760])  # the card with its history and readings whole

    def _connect(self) -> None:
        self.lookup.query.textEdited.connect(self._query_edited)
        self.lookup.query.returnPressed.connect(self._typing.stop)  # searched already
        self._typing.timeout.connect(self.lookup.run_search)
        self.lookup.vehicle_chosen.connect(self.show_vehicle)
        self.lookup.register_requested.connect(self._open_register)
        self.order_form.order_opened.connect(self._order_opened)
        self.order_panel.order_changed.connect(self._order_changed)
        self.readings.corrected.connect(self._refresh_card)
        self.card.owner_button.clicked.connect(lambda: self.card_opener.open_for(self._owner))
        self.card_opener.attach(self.lookup.results, self._highlighted_owner)
        self.card_opener.attach(self.card.history_view, self._owner)

    def _advisor_id(self) -> int | None:
        return self.desk.staff.id if self.desk.staff else None

    def _query_edited(self, _text: str) -> None:
        self.clear_vehicle()
        self._typing.start()

    def clear_vehicle(self) -> None:
        """No car chosen: no card, no readings, no order, no stale "找到 1 辆车"."""
        self.vehicle_id, self.owner_id = None, None
        self.lookup.hits.set_hits([])
        self.lookup.status.clear()
        self.card.clear()
        self.readings.clear()
        self.order_form.clear()
        self.order_form.setVisible(True)
        self.order_form.setEnabled(False)
        self.order_panel.show_order(None)

    def show_vehicle(self, vehicle_id: int) -> None:
        # Chosen (Enter or a click): the search still pending from the typing would choose
        # it again a moment later and start its order form afresh.
        self._typing.stop()
        self.vehicle_id = vehicle_id
        card = self._refresh_card()
        if card.open_order_id is not None:
            self._show_order(self.services.checkin.order(card.open_order_id))
        else:
            self._new_order([d.description for d in card.declined_work])

    def _refresh_card(self) -> VehicleCard:
        card = self.services.checkin.card(self.vehicle_id)
        self.owner_id = card.owner_id
        self.card.show_card(card)
        self.card.show_priority(self.services.customer360.priority(card.owner_id))
        self.readings.show_vehicle(self.vehicle_id)
        return card

    # --- the owner's 360° card ------------------------------------------------------------
    def _owner(self) -> int | None:
        return self.owner_id

    def _highlighted_owner(self) -> int | None:
        """The owner of the car highlighted in the hits (chosen or not yet)."""
        index = self.lookup.results.currentIndex()
        if not index.isValid():
            return self.owner_id
        hit = self.lookup.hits.hit(index.row())
        return self.services.customer360.owner_of(hit.id)

    def _new_order(self, declined: list[str]) -> None:
        self.order_panel.show_order(None)
        self.order_form.setVisible(True)
        self.order_form.setEnabled(self.services.checkin.may_work_orders)
        self.order_form.start(self.vehicle_id, declined)
        booking = self.services.appointments.for_check_in(self.vehicle_id)
        if booking is not None:
            photos = self.services.appointments.photos(booking.id) if booking.photo_count else []
            self.order_form.fill_from_booking(booking, photos)

    def _show_order(self, order: RepairOrder) -> None:
        self.order_form.setVisible(False)
        self.order_panel.show_order(order)

    def _order_changed(self, _order: RepairOrder) -> None:
        if self.vehicle_id is not None:
            self._refresh_card()

    def _order_opened(self, order: RepairOrder) -> None:
        self._show_order(order)
        self._refresh_card()

    def _open_register(self, typed: str) -> None:
        models = self.services.directory.car_models()
        self.register_dialog = RegisterVehicleDialog(self.services.checkin, models, typed, self)
        self.register_dialog.accepted.connect(self._registered)
        self.register_dialog.open()

    def _registered(self) -> None:
        hit = self.register_dialog.registered
        self.lookup.hits.set_hits([hit])
        self.show_vehicle(hit.id)
