"""What the printed delivery checklist (交车清单) shows, as plain data for reports/."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from .. import settings
from ..models import Delivery, SalesOrder, StaffUser, Vehicle
from ..rules import handover
from ..validation import mask_mobile
from .store_profile import printed_logo


@dataclass(frozen=True)
class DocumentLine:
    label: str
    checked: bool
    remarks: str | None = None


@dataclass(frozen=True)
class DocumentSection:
    key: str  # pdi / handover / explained / kit
    title: str
    lines: list[DocumentLine]


@dataclass(frozen=True)
class HandoverDocument:
    store_name: str
    store_address: str
    store_phone: str
    logo: bytes | None  # PNG or JPEG; None: print without a logo
    order_no: str
    order_date: date
    customer_name: str
    customer_mobile: str  # masked
    consultant_name: str
    model: str
    configuration: str | None
    colour: str | None
    vin: str | None
    plate: str | None
    odometer_km: int | None  # None until handed over
    delivered_at: datetime | None
    sections: list[DocumentSection]
    printed_at: datetime

    def section(self, key: str) -> DocumentSection | None:
        return next((s for s in self.sections if s.key == key), None)


def build_document(
    session: Session, order: SalesOrder, delivery: Delivery, now: datetime
) -> HandoverDocument:
    customer = order.customer
    vehicle = session.get(Vehicle, order.vehicle_id) if order.vehicle_id else None
    consultant_id = delivery.consultant_id or order.consultant_id
    consultant = session.get(StaffUser, consultant_id) if consultant_id else None
    return HandoverDocument(
        store_name=settings.get(session, "store.name"),
        store_address=settings.get(session, "store.address"),
        store_phone=settings.get(session, "store.phone"),
        logo=printed_logo(session),
        order_no=order.order_no,
        order_date=order.ordered_at.date(),
        customer_name=customer.name,
        customer_mobile=mask_mobile(customer.mobile),
        consultant_name=consultant.name if consultant else "",
        model=order.model.name,
        configuration=order.configuration,
        colour=order.colour,
        vin=vehicle.vin if vehicle else None,
        plate=vehicle.plate if vehicle else None,
        odometer_km=delivery.odometer_km if delivery.delivered_at else None,
        delivered_at=delivery.delivered_at,
        sections=_sections(delivery),
        printed_at=now,
    )


def _sections(delivery: Delivery) -> list[DocumentSection]:
    sections = []
    for key in handover.SECTIONS:
        items = sorted(
            (i for i in delivery.checklist if i.section == key), key=lambda i: i.position
        )
        if items:
            lines = [DocumentLine(i.label, i.checked, i.remarks) for i in items]
            sections.append(DocumentSection(key, handover.SECTION_TITLES[key], lines))
    return sections
