"""The badge a high-value customer gets wherever staff receive them: 高价值, the priority
they are given there, and their dedicated advisor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:  # the 360° service is loaded when a card is first shown
    from app.services.customer_360 import PriorityFlag


HIGH_STYLE = (
    "QLabel { background: #b7791f; color: white; font-weight: bold;"
    " border-radius: 4px; padding: 2px 8px; }"
)
ADVISOR_STYLE = "QLabel { color: #7b5e00; font-weight: bold; }"


class ValueBadge(QLabel):
    """Hidden unless the customer is of high value or has a dedicated advisor."""

    def __init__(self, priority_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueBadge")
        self._priority_text = priority_text  # 优先接待 at reception, 优先服务 at check-in
        self.setVisible(False)

    def show_flag(self, flag: PriorityFlag | None) -> None:
        parts: list[str] = []
        if flag is not None and flag.high_value:
            parts += [self.tr("高价值"), self._priority_text]
        if flag is not None and flag.dedicated_advisor:
            parts.append(self.tr("专属顾问：%1").replace("%1", flag.dedicated_advisor))
        self.setText(" · ".join(parts))
        self.setStyleSheet(HIGH_STYLE if flag is not None and flag.high_value else ADVISOR_STYLE)
        self.setVisible(bool(parts))

    def clear_flag(self) -> None:
        self.show_flag(None)
