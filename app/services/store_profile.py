"""The store's profile: name, address, phone, logo, business hours and the days it keeps
open or closed against the calendar. Printed on every PDF; the hours drive the complaint
clock in business-hours mode (app.services.complaints_data)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import settings
from ..db import Database
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import StoreLogo
from ..paths import resource_path
from ..permissions import Actor, Permission
from ..rules.complaints_clock import StoreHours, parse_time
from ..validation import clean_text
from .settings_admin import store_setting

DEFAULT_LOGO = resource_path("icons", "store_logo.png")
MAX_LOGO_BYTES = 512 * 1024
IMAGE_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


@dataclass(frozen=True)
class StoreProfile:
    name: str
    address: str
    phone: str
    opening_time: str  # HH:MM
    closing_time: str
    extra_closed_days: tuple[date, ...] = ()
    extra_open_days: tuple[date, ...] = ()


@dataclass(frozen=True)
class Logo:
    content: bytes
    media_type: str
    file_name: str


class StoreProfileService:
    """Everyone signed in reads the profile (it heads their printouts); changing it needs
    the right to edit settings. Every change is audited under the actor."""

    def __init__(self, db: Database, actor: Actor, clock: Callable[[], datetime]) -> None:
        self.db, self.actor, self.clock = db, actor, clock

    def profile(self) -> StoreProfile:
        with self.db.transaction(self.actor) as session:
            return read_profile(session)

    def save(self, profile: StoreProfile) -> StoreProfile:
        self.actor.require(Permission.EDIT_SETTINGS)
        clean = checked_profile(profile)
        with self.db.transaction(self.actor) as session:
            now = self.clock()
            for key, value in _setting_values(clean).items():
                clean_value = settings.validate(settings.spec(key), value)
                store_setting(session, self.actor, now, key, clean_value)
            return read_profile(session)

    def logo(self) -> Logo | None:
        with self.db.transaction(self.actor) as session:
            return read_logo(session)

    def set_logo(self, file_name: str, content: bytes) -> Logo:
        """A PNG or JPEG file's bytes, at most MAX_LOGO_BYTES, replacing any logo."""
        self.actor.require(Permission.EDIT_SETTINGS)
        logo = Logo(content, _media_type(content), (file_name or "logo")[-120:])
        with self.db.transaction(self.actor) as session:
            row = session.scalar(select(StoreLogo)) or StoreLogo()
            row.content, row.media_type, row.file_name = (
                logo.content,
                logo.media_type,
                logo.file_name,
            )
            session.add(row)
        return logo

    def clear_logo(self) -> None:
        """Print with the shipped logo again."""
        self.actor.require(Permission.EDIT_SETTINGS)
        with self.db.transaction(self.actor) as session:
            row = session.scalar(select(StoreLogo))
            if row is not None:
                session.delete(row)


def default_profile() -> StoreProfile:
    """The profile of a new store, before anyone has set it (the declared defaults)."""
    default = lambda key: settings.spec(key).default  # noqa: E731
    return StoreProfile(
        default("store.name"), default("store.address"), default("store.phone"),
        default("store.opening_time"), default("store.closing_time"),
    )  # fmt: skip


def read_profile(session: Session) -> StoreProfile:
    get = lambda key: settings.get(session, key)  # noqa: E731
    return StoreProfile(
        name=get("store.name"),
        address=get("store.address"),
        phone=get("store.phone"),
        opening_time=get("store.opening_time"),
        closing_time=get("store.closing_time"),
        extra_closed_days=tuple(date.fromisoformat(d) for d in get("store.extra_closed_days")),
        extra_open_days=tuple(date.fromisoformat(d) for d in get("store.extra_open_days")),
    )


def read_logo(session: Session) -> Logo | None:
    row = session.scalar(select(StoreLogo))
    return Logo(row.content, row.media_type, row.file_name) if row else None


def printed_logo(session: Session) -> bytes | None:
    """What PDFs print: the store's logo (管理 → 门店信息), else the shipped one."""
    chosen = read_logo(session)
    if chosen is not None:
        return chosen.content
    return DEFAULT_LOGO.read_bytes() if DEFAULT_LOGO.is_file() else None


def checked_profile(profile: StoreProfile) -> StoreProfile:
    name = clean_text(profile.name, "store.name", max_length=60)
    if not name:
        raise ValidationError("store.name", QT_TRANSLATE_NOOP("Errors", "请填写门店名称。"))
    StoreHours(
        parse_time(profile.opening_time, "store.opening_time"),
        parse_time(profile.closing_time, "store.closing_time"),
    )  # refuses a closing time before the opening
    both = set(profile.extra_closed_days) & set(profile.extra_open_days)
    if both:
        day = min(both)
        raise ValidationError(
            "store.extra_open_days",
            QT_TRANSLATE_NOOP("Errors", "{day:%Y-%m-%d} 不能既休息又营业。"),
            day=day,
        )
    return StoreProfile(
        name=name,
        address=clean_text(profile.address, "store.address", max_length=120) or "",
        phone=clean_text(profile.phone, "store.phone", max_length=30) or "",
        opening_time=profile.opening_time.strip(),
        closing_time=profile.closing_time.strip(),
        extra_closed_days=tuple(sorted(set(profile.extra_closed_days))),
        extra_open_days=tuple(sorted(set(profile.extra_open_days))),
    )


def _setting_values(profile: StoreProfile) -> dict[str, object]:
    return {
        "store.name": profile.name,
        "store.address": profile.address,
        "store.phone": profile.phone,
        "store.opening_time": profile.opening_time,
        "store.closing_time": profile.closing_time,
        "store.extra_closed_days": [d.isoformat() for d in profile.extra_closed_days],
        "store.extra_open_days": [d.isoformat() for d in profile.extra_open_days],
    }


def _media_type(content: bytes) -> str:
    if len(content) > MAX_LOGO_BYTES:
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP("Errors", "标志图片太大（{kb} KB），请用不超过 512 KB 的图片。"),
            kb=len(content) // 1024,
        )
    for signature, media_type in IMAGE_SIGNATURES.items():
        if content.startswith(signature):
            return media_type
    raise ValidationError("logo", QT_TRANSLATE_NOOP("Errors", "标志图片请用 PNG 或 JPG 格式。"))
