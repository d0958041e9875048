"""The customers' value is brought up to date after sign-in, on a worker thread, never on
the UI thread (a full run takes seconds at a store group's size)."""

from __future__ import annotations

import threading

from app.db import Database
from app.models import StaffRole
from app.services.auth import AuthService, NewUser
from app.services.container import AppServices, Store
from app.services.customer_value import CustomerValueService
from tests.factories import MANAGER, add_customer
from ui.main_window import MainWindow
from ui.value_refresh import ValueRefresher


def test_signing_in_computes_the_value_on_a_worker_thread(
    qtbot, sqlite_db: Database, monkeypatch
) -> None:
    customer = add_customer(sqlite_db, "王芳", "13812345678")
    auth = AuthService(sqlite_db)
    auth.create_first_admin(NewUser("boss", "王店长", StaffRole.STORE_MANAGER, "store-2026!"))
    threads: list[str] = []
    real = CustomerValueService.recompute

    def recording(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(CustomerValueService, "recompute", recording)
    main = MainWindow(Store(sqlite_db))
    refresher = ValueRefresher(main)  # as ui.app.run_window builds it
    qtbot.addWidget(main)
    main.show()
    assert threads == []  # nobody signed in: nothing computed
    with qtbot.waitSignal(refresher.finished, timeout=30_000):
        main.sign_in(auth.sign_in("boss", "store-2026!"))
    assert threads and threading.main_thread().name not in threads
    assert AppServices(sqlite_db, MANAGER).value.of(customer) is not None


def test_each_sign_in_runs_for_the_person_signed_in(
    qtbot, sqlite_db: Database, monkeypatch
) -> None:
    auth = AuthService(sqlite_db)
    boss = auth.create_first_admin(
        NewUser("boss", "王店长", StaffRole.STORE_MANAGER, "store-2026!")
    )
    clerk = auth.add_user(boss, NewUser("desk1", "刘前台", StaffRole.RECEPTIONIST, "front-desk-1"))
    acting: list[str] = []
    real = CustomerValueService.recompute

    def recording(self, *args, **kwargs):
        acting.append(self.actor.name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(CustomerValueService, "recompute", recording)
    main = MainWindow(Store(sqlite_db))
    refresher = ValueRefresher(main)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(refresher.finished, timeout=30_000):
        main.sign_in(boss)
    with qtbot.waitSignal(refresher.finished, timeout=30_000):
        main.sign_in(clerk)
    assert acting == ["王店长", "刘前台"]
