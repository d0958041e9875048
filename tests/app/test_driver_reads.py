"""The search box's reads on the driver's cursor: no transaction left open, and the
connection goes back to the pool as the pool hands connections out."""

from __future__ import annotations

from sqlalchemy import select

from app.db import Database
from app.driver_reads import driver_read
from app.models import Customer
from tests.factories import add_customer

BY_NAME = select(Customer.id, Customer.name).where(Customer.name == "张三")  # built once


def test_a_read_sees_what_was_saved_and_opens_no_transaction(db: Database) -> None:
    made = add_customer(db, "张三", "13812345678")
    postgres = db.engine.dialect.name == "postgresql"
    with driver_read(db) as reader:
        assert reader.rows(BY_NAME, {}) == [(made, "张三")]
        if postgres:
            assert reader.cursor.connection.info.transaction_status == 0  # idle: no BEGIN
    with db.engine.connect() as connection:  # the pool's next connection behaves as ever
        if postgres:
            assert connection.connection.driver_connection.autocommit is False
        assert connection.scalar(select(Customer.name).where(Customer.id == made)) == "张三"


def test_a_read_after_a_change_sees_the_change(db: Database) -> None:
    add_customer(db, "李四", "13912345678")
    with driver_read(db) as reader:
        assert reader.rows(BY_NAME, {}) == []
    made = add_customer(db, "张三", "13812345678")
    with driver_read(db) as reader:
        assert reader.rows(BY_NAME, {}) == [(made, "张三")]
