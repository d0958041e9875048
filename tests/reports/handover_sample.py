"""A HandoverDocument to render in tests and benchmarks (plain data, no database)."""

from __future__ import annotations

from datetime import date, datetime

from app.rules import handover
from app.services.handover_document import DocumentLine, DocumentSection, HandoverDocument
from app.services.store_profile import DEFAULT_LOGO

VIN = "LB37624S0TL000001"


def sample_document(extra_items: int = 0, logo: bool = True) -> HandoverDocument:
    """The default checklist; `extra_items` more handover checks make it long."""
    lists = {
        handover.PDI: handover.DEFAULT_PDI_ITEMS,
        handover.HANDOVER: handover.DEFAULT_HANDOVER_ITEMS
        + [{"label": f"附加检查项目 {n}"} for n in range(1, extra_items + 1)],
        handover.EXPLAINED: handover.DEFAULT_EXPLANATION_ITEMS,
        handover.KIT: handover.DEFAULT_KIT_ITEMS,
    }
    drafts = handover.checklist(lists, is_new_energy=True)
    sections = [
        DocumentSection(
            key,
            handover.SECTION_TITLES[key],
            [
                DocumentLine(
                    d.label, d.position != 2, "备胎三日内补送" if d.position == 2 else None
                )
                for d in drafts
                if d.section == key
            ],
        )
        for key in handover.SECTIONS
    ]
    return HandoverDocument(
        store_name="吉祥汽车销售服务有限公司",
        store_address="广州市天河区车陂路 88 号",
        store_phone="020-8888 6666",
        logo=DEFAULT_LOGO.read_bytes() if logo else None,
        order_no="XS202611230001",
        order_date=date(2026, 11, 20),
        customer_name="王芳",
        customer_mobile="139****5678",
        consultant_name="李顾问",
        model="银河E8 长续航",
        configuration="星舰版",
        colour="冰川白",
        vin=VIN,
        plate="粤BD12345",
        odometer_km=18,
        delivered_at=datetime(2026, 11, 23, 15, 0),
        sections=sections,
        printed_at=datetime(2026, 11, 23, 15, 5),
    )
