"""The store's car catalogue: brands, series, models with their configurations and
colours, and each model's maintenance plan and warranty (an empty figure is the store's
default, app.services.maintenance_plans).

A new store starts from the shipped list of common models in China
(resources/catalogue/common_models.csv): typical figures from the makers' published
schedules, for the store to check against the manuals it receives and edit."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Database
from ..errors import NotFoundError, UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP, term
from ..models import CarColour, CarConfiguration, CarModel, SalesOrder, ShowroomVisit, Vehicle
from ..paths import resource_path
from ..permissions import Actor, Permission
from ..validation import clean_text
from . import maintenance_plans

SHIPPED_LIST = resource_path("catalogue", "common_models.csv")
PLAN_LIMITS = {  # figure: (lowest, highest) a plan may say
    "first_km": (500, 100_000),
    "first_months": (1, 60),
    "interval_km": (500, 100_000),
    "interval_months": (1, 60),
    "warranty_years": (1, 15),
    "warranty_km": (1000, 1_000_000),
}


@dataclass(frozen=True)
class PlanFigures:
    """A model's maintenance plan and warranty; None: the store's default."""

    first_km: int | None = None
    first_months: int | None = None
    interval_km: int | None = None
    interval_months: int | None = None
    warranty_years: int | None = None
    warranty_km: int | None = None


@dataclass(frozen=True)
class ModelForm:
    brand: str
    series: str
    name: str
    is_new_energy: bool = False
    guide_price: int = 0
    plan: PlanFigures = PlanFigures()
    configurations: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()


@dataclass(frozen=True)
class CatalogueModel:
    id: int
    form: ModelForm
    in_use: bool = field(default=False)  # cars, orders or visits name it: it stays

    @property
    def name(self) -> str:
        return self.form.name


class CatalogueService:
    """Everyone signed in reads the catalogue; changing it needs the right to edit
    settings. Changes are audited under the actor."""

    def __init__(self, db: Database, actor: Actor, clock: Callable[[], datetime]) -> None:
        self.db, self.actor, self.clock = db, actor, clock

    def models(self) -> list[CatalogueModel]:
        query = select(CarModel).order_by(CarModel.brand, CarModel.series, CarModel.name)
        with self.db.transaction(self.actor) as session:
            used = _models_in_use(session)
            return [_catalogue_model(m, m.id in used) for m in session.scalars(query)]

    def store_default_plan(self) -> PlanFigures:
        with self.db.transaction(self.actor) as session:
            plan = maintenance_plans.store_default(session)
        rules = plan.intervals
        return PlanFigures(
            rules.first_km, rules.first_months, rules.regular_km, rules.regular_months,
            plan.warranty_years, plan.warranty_km,
        )  # fmt: skip

    def add(self, form: ModelForm) -> CatalogueModel:
        self.actor.require(Permission.EDIT_SETTINGS)
        clean = checked_form(form)
        with self.db.transaction(self.actor) as session:
            _refuse_taken_name(session, clean.name, None)
            model = CarModel()
            _fill(model, clean)
            session.add(model)
            session.flush()
            return _catalogue_model(model, False)

    def update(self, model_id: int, form: ModelForm) -> CatalogueModel:
        self.actor.require(Permission.EDIT_SETTINGS)
        clean = checked_form(form)
        with self.db.transaction(self.actor) as session:
            model = _model(session, model_id)
            _refuse_taken_name(session, clean.name, model_id)
            _fill(model, clean)
            session.flush()
            return _catalogue_model(model, model_id in _models_in_use(session))

    def remove(self, model_id: int) -> None:
        """Only a model nothing refers to: a sold car keeps its model."""
        self.actor.require(Permission.EDIT_SETTINGS)
        with self.db.transaction(self.actor) as session:
            if model_id in _models_in_use(session):
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "该车型已有车辆、订单或到店记录使用，不能删除。")
                )
            session.delete(_model(session, model_id))

    def shipped(self) -> list[ModelForm]:
        """The shipped list of common models, as forms the store may edit before loading."""
        return read_shipped_list(SHIPPED_LIST)

    def load(self, forms: Iterable[ModelForm]) -> int:
        """Add the given models (e.g. from the shipped list); a name already in the
        catalogue is left as the store has it. Returns how many were added."""
        self.actor.require(Permission.EDIT_SETTINGS)
        clean = [checked_form(f) for f in forms]
        with self.db.transaction(self.actor) as session:
            taken = set(session.scalars(select(CarModel.name)))
            added = [f for f in clean if f.name not in taken]
            for form in {f.name: f for f in added}.values():
                model = CarModel()
                _fill(model, form)
                session.add(model)
            return len({f.name for f in added})


def read_shipped_list(path: Path) -> list[ModelForm]:
    with path.open(encoding="utf-8", newline="") as file:
        return [_shipped_form(row) for row in csv.DictReader(file)]


def _shipped_form(row: dict[str, str]) -> ModelForm:
    number = lambda key: int(row[key]) if row[key].strip() else None  # noqa: E731
    plan = PlanFigures(*(number(key) for key in PLAN_LIMITS))
    return ModelForm(
        row["brand"], row["series"], row["model"], row["new_energy"].strip() == "yes", 0, plan
    )


def checked_form(form: ModelForm) -> ModelForm:
    texts = {
        "brand": (form.brand, 30, QT_TRANSLATE_NOOP("Errors", "请填写品牌。")),
        "series": (form.series, 40, QT_TRANSLATE_NOOP("Errors", "请填写车系。")),
        "name": (form.name, 80, QT_TRANSLATE_NOOP("Errors", "请填写车型名称。")),
    }
    clean: dict[str, str] = {}
    for key, (value, longest, missing) in texts.items():
        text = clean_text(value, key, max_length=longest)
        if not text:
            raise ValidationError(key, missing)
        clean[key] = text
    if not 0 <= form.guide_price <= 100_000_000:
        raise ValidationError("guide_price", QT_TRANSLATE_NOOP("Errors", "指导价不合理，请核对。"))
    return ModelForm(
        **clean, is_new_energy=bool(form.is_new_energy), guide_price=form.guide_price,
        plan=_checked_plan(form.plan),
        configurations=_names(form.configurations, "configurations", 80),
        colours=_names(form.colours, "colours", 20),
    )  # fmt: skip


def _checked_plan(plan: PlanFigures) -> PlanFigures:
    labels = {
        "first_km": QT_TRANSLATE_NOOP("Errors", "首保里程"),
        "first_months": QT_TRANSLATE_NOOP("Errors", "首保时间"),
        "interval_km": QT_TRANSLATE_NOOP("Errors", "定保间隔里程"),
        "interval_months": QT_TRANSLATE_NOOP("Errors", "定保间隔时间"),
        "warranty_years": QT_TRANSLATE_NOOP("Errors", "质保年限"),
        "warranty_km": QT_TRANSLATE_NOOP("Errors", "质保里程"),
    }
    for key, (low, high) in PLAN_LIMITS.items():
        value = getattr(plan, key)
        if value is not None and not low <= value <= high:
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP(
                    "Errors", "{what}应在 {low:,} 到 {high:,} 之间，或留空用门店默认。"
                ),
                what=term("Errors", labels[key]),
                low=low,
                high=high,
            )
    return plan


def _names(values: Iterable[str], key: str, longest: int) -> tuple[str, ...]:
    names = [clean_text(v, key, max_length=longest) for v in values]
    kept = list(dict.fromkeys(n for n in names if n))
    return tuple(kept)


def _fill(model: CarModel, form: ModelForm) -> None:
    model.brand, model.series, model.name = form.brand, form.series, form.name
    model.is_new_energy, model.guide_price = form.is_new_energy, form.guide_price
    plan = form.plan
    model.first_service_km, model.first_service_months = plan.first_km, plan.first_months
    model.service_interval_km = plan.interval_km
    model.service_interval_months = plan.interval_months
    model.warranty_years, model.warranty_km = plan.warranty_years, plan.warranty_km
    _sync_names(model.configurations, form.configurations, CarConfiguration)
    _sync_names(model.colours, form.colours, CarColour)


def _sync_names(rows: list, wanted: tuple[str, ...], make: type) -> None:
    """Keep the rows named in `wanted`, drop the others, add the new names."""
    for row in [r for r in rows if r.name not in wanted]:
        rows.remove(row)
    have = {r.name for r in rows}
    rows.extend(make(name=name) for name in wanted if name not in have)


def _catalogue_model(model: CarModel, in_use: bool) -> CatalogueModel:
    plan = PlanFigures(
        model.first_service_km, model.first_service_months, model.service_interval_km,
        model.service_interval_months, model.warranty_years, model.warranty_km,
    )  # fmt: skip
    form = ModelForm(
        model.brand, model.series, model.name, model.is_new_energy, model.guide_price, plan,
        tuple(c.name for c in model.configurations), tuple(c.name for c in model.colours),
    )  # fmt: skip
    return CatalogueModel(model.id, form, in_use)


def _model(session: Session, model_id: int) -> CarModel:
    model = session.get(CarModel, model_id)
    if model is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该车型。"))
    return model


def _refuse_taken_name(session: Session, name: str, model_id: int | None) -> None:
    query = select(CarModel.id).where(CarModel.name == name)
    if model_id is not None:
        query = query.where(CarModel.id != model_id)
    if session.scalar(query) is not None:
        raise ValidationError(
            "name", QT_TRANSLATE_NOOP("Errors", "车型“{name}”已在车型库中。"), name=name
        )


def _models_in_use(session: Session) -> set[int]:
    used: set[int] = set()
    for column in (Vehicle.model_id, SalesOrder.model_id, ShowroomVisit.model_of_interest_id):
        found = session.scalars(select(column).where(column.is_not(None)).distinct())
        used.update(model_id for model_id in found if model_id is not None)
    return used
