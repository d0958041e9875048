"""The left column of the card: the person, their value in figures, and the household
(who referred them, whom they referred, who shares a phone with them). A relative's name
is a link: it shows that customer's card in the same window."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.services.customer_360 import Customer360, Household, Person, Relative
from app.services.customer_value import CustomerValueView

from ..i18n import value_label
from .labels import channel_label, consent_label, gender_label, owner_type_label

NONE = "—"


def _day(value: date | datetime | None) -> str:
    return f"{value:%Y-%m-%d}" if value else NONE


def _text(value: object) -> str:
    return NONE if value in (None, "") else str(value)


def _link(relative: Relative) -> str:
    phone = f" {relative.mobile}" if relative.mobile else ""
    return f"<a href='customer:{relative.id}'>{relative.name}</a>{phone}"


class _Section(QGroupBox):
    """A titled form of label rows, filled again for each customer."""

    def __init__(self, title: str, captions: dict[str, str], parent: QWidget | None = None):
        super().__init__(title, parent)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setVerticalSpacing(2)  # the three sections fit 1366×768 without scrolling
        form.setContentsMargins(8, 4, 8, 4)
        for key, caption in captions.items():
            label = QLabel(objectName=f"card_{key}", wordWrap=True)
            self.values[key] = label
            form.addRow(caption, label)

    def fill(self, texts: dict[str, str]) -> None:
        for key, text in texts.items():
            self.values[key].setText(text)


class ProfileColumn(QWidget):
    customer_link = Signal(int)  # a relative's customer id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = _Section(self.tr("客户资料"), self._person_captions())
        self.value = _Section(self.tr("客户价值"), self._value_captions())
        self.household = _Section(self.tr("家庭与推荐"), self._household_captions())
        for label in self.household.values.values():
            label.linkActivated.connect(self._follow)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for section in (self.person, self.value, self.household):
            column.addWidget(section)
        column.addStretch()

    def _person_captions(self) -> dict[str, str]:
        return {
            "kind": self.tr("类型"), "gender": self.tr("性别"), "birthday": self.tr("生日"),
            "id_number": self.tr("证件号"), "occupation": self.tr("职业"),
            "hobbies": self.tr("爱好"), "district": self.tr("区域"),
            "channel": self.tr("偏好渠道"), "driving": self.tr("驾龄"),
            "source": self.tr("来源"), "last_visit": self.tr("最近到店"),
            "loss": self.tr("战败原因"), "consent": self.tr("联系授权"),
            "notes": self.tr("备注"),
        }  # fmt: skip

    def _value_captions(self) -> dict[str, str]:
        return {
            "level": self.tr("价值等级"), "segment": self.tr("RFM 分群"),
            "spend": self.tr("近一年消费"), "window": self.tr("统计期内"),
            "last_paid": self.tr("最近消费"), "computed": self.tr("计算时间"),
        }  # fmt: skip

    def _household_captions(self) -> dict[str, str]:
        return {
            "referred_by": self.tr("推荐人"), "referrals": self.tr("推荐了"),
            "uses_mobile_of": self.tr("使用谁的手机"), "on_this_mobile": self.tr("共用本机号码"),
        }  # fmt: skip

    def show_card(self, card: Customer360) -> None:
        self.person.fill(self._person_texts(card.person) | {"consent": self._consents(card)})
        self.value.fill(self._value_texts(card.value))
        self.household.fill(self._household_texts(card.household))

    def _person_texts(self, person: Person) -> dict[str, str]:
        age = self.tr("（%1 岁）").replace("%1", str(person.age)) if person.age is not None else ""
        lunar = person.lunar_birthday
        birthday = _day(person.birthday) + age if person.birthday else NONE
        if lunar:
            birthday += self.tr("　农历 %1月%2日").replace("%1", str(lunar[0])).replace(
                "%2", str(lunar[1]))  # fmt: skip
        years = self.tr("%1 年").replace("%1", str(person.driving_years))
        return {
            "kind": owner_type_label(person.owner_type), "gender": gender_label(person.gender),
            "birthday": birthday, "id_number": _text(person.id_number),
            "occupation": _text(person.occupation), "hobbies": _text(person.hobbies),
            "district": _text(person.district), "channel": channel_label(person.preferred_channel),
            "driving": years if person.driving_years is not None else NONE,
            "source": _text(person.source_channel), "last_visit": _day(person.last_visit_at),
            "loss": _text(person.loss_reason), "notes": _text(person.notes),
        }  # fmt: skip

    def _consents(self, card: Customer360) -> str:
        """Each kind: agreed or refused, with the date of the last change when known."""
        lines = []
        for state in card.consents:
            verdict = self.tr("同意") if state.granted else self.tr("拒绝")
            text = f"{consent_label(state.kind)}：{verdict}"
            if state.changed_at is not None:
                text += f"（{state.changed_at:%Y-%m-%d}）"
            colour = "" if state.granted else " style='color:#b71c1c'"
            lines.append(f"<span{colour}>{text}</span>")
        return "　".join(lines)

    def _value_texts(self, value: CustomerValueView | None) -> dict[str, str]:
        if value is None:
            waiting = self.tr("尚未计算（登录后在后台计算）")
            return dict.fromkeys(self._value_captions(), NONE) | {"level": waiting}
        window = (
            self.tr("%1 次，¥%2")
            .replace("%1", str(value.frequency))
            .replace("%2", f"{value.monetary_yuan:,.0f}")
        )
        return {
            "level": value_label(value.level_label),
            "segment": f"{value_label(value.segment_label)}（R{value.r} F{value.f} M{value.m}）",
            "spend": f"¥{value.year_spend_yuan:,.0f}",
            "window": window,
            "last_paid": _day(value.last_paid_at),
            "computed": f"{value.computed_at:%Y-%m-%d %H:%M}",
        }

    def _household_texts(self, household: Household) -> dict[str, str]:
        referrals = "、".join(_link(r) for r in household.referrals) or NONE
        if household.referral_count > len(household.referrals):
            referrals += self.tr(" 等 %1 位").replace("%1", str(household.referral_count))
        return {
            "referred_by": _link(household.referred_by) if household.referred_by else NONE,
            "referrals": referrals,
            "uses_mobile_of": (
                _link(household.uses_mobile_of) if household.uses_mobile_of else NONE
            ),
            "on_this_mobile": "、".join(_link(r) for r in household.on_this_mobile) or NONE,
        }

    def _follow(self, link: str) -> None:
        if link.startswith("customer:"):
            self.customer_link.emit(int(link.removeprefix("customer:")))
