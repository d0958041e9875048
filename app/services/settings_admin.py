"""The settings screen's service: every declared setting with its value, and saving the
manager's changes, validated all together before anything is written and audited under
the actor (table `settings` is audited, app.change_audit)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit, settings
from ..db import Database
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import SettingValue
from ..permissions import Actor, Permission
from ..rules.appointments import WorkingHours
from ..rules.complaints_clock import StoreHours, parse_time
from ..settings import (
    GROUP_LABELS,
    NUMBERS,
    RECORDS,
    TEXT_LISTS,
    SettingSpec,
    completed_record,
    record_fields,
)

# The declared settings' shapes, for the settings dialog (ui/ reads settings only here).
__all__ = [
    "GROUP_LABELS", "NUMBERS", "RECORDS", "TEXT_LISTS", "SettingSpec", "SettingView",
    "SettingsService", "completed_record", "record_fields",
]  # fmt: skip


@dataclass(frozen=True)
class SettingView:
    spec: SettingSpec
    value: Any
    is_default: bool


class SettingsService:
    def __init__(self, db: Database, actor: Actor, clock: Callable[[], datetime]) -> None:
        self.db, self.actor, self.clock = db, actor, clock

    def all(self) -> list[SettingView]:
        """Every setting people edit, grouped (internal watermarks are not among them)."""
        self.actor.require(Permission.EDIT_SETTINGS)
        with self.db.transaction(self.actor) as session:
            return [_view(session, spec) for spec in settings.shown()]

    def save(self, changes: Mapping[str, Any]) -> list[SettingView]:
        """Save the changed values; one bad value saves none of them. A value equal to
        the default removes the stored one, so a later change of default reaches it."""
        self.actor.require(Permission.EDIT_SETTINGS)
        clean = {key: settings.validate(_editable(key), value) for key, value in changes.items()}
        with self.db.transaction(self.actor) as session:
            _check_store_hours(session, clean)
            _check_appointment_hours(session, clean)
            for key, value in clean.items():
                store_setting(session, self.actor, self.clock(), key, value)
            return [_view(session, spec) for spec in settings.shown()]


def _editable(key: str) -> SettingSpec:
    declared = settings.SPECS.get(key)
    if declared is None or declared.internal or declared.edited_in:
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("Errors", "“{key}”不是在这里修改的设置。"), key=key
        )
    return declared


def _view(session: Session, spec: SettingSpec) -> SettingView:
    value = settings.get(session, spec.key)
    return SettingView(spec, value, value == spec.default)


def store_setting(session: Session, actor: Actor, now: datetime, key: str, value: Any) -> None:
    """Save one validated value, with an audit entry naming the setting, old and new (the
    row's own audit says only which row). The default removes the stored value."""
    old = settings.get(session, key)
    if value == old:
        return
    spec = settings.spec(key)
    row = session.scalar(select(SettingValue).where(SettingValue.key == key))
    if value != spec.default:
        settings.put(session, key, value)
    elif row is not None:
        session.delete(row)
    audit.record(
        session, actor, "setting", at=now, entity="settings", field=key,
        old=_json(old), new=_json(value),
    )  # fmt: skip


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _check_store_hours(session: Session, clean: Mapping[str, Any]) -> None:
    """Opening and closing are checked as the pair they will be once saved."""
    opening, closing = (
        parse_time(clean.get(key, settings.get(session, key)), key)
        for key in ("store.opening_time", "store.closing_time")
    )
    StoreHours(opening, closing)


APPOINTMENT_HOURS = (
    "appointments.advisor_start",
    "appointments.advisor_end",
    "appointments.lunch_start",
    "appointments.lunch_end",
)


def _check_appointment_hours(session: Session, clean: Mapping[str, Any]) -> None:
    """The advisors' hours and lunch break, checked as the four they will be once saved."""
    start, end, lunch_start, lunch_end = (
        parse_time(clean.get(key, settings.get(session, key)), key) for key in APPOINTMENT_HOURS
    )
    WorkingHours(start, end, lunch_start, lunch_end)
