"""Reception tab (being written in this session)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services.container import AppServices

from ..desk import DeskSession


class ReceptionTab(QLabel):
    def __init__(self, services: AppServices, desk: DeskSession) -> None:
        super().__init__("展厅接待")
        self.services = services
        self.desk = desk
