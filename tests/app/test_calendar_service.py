"""The follow-up calendar on SQLite and PostgreSQL: counts, lists, acting on tasks."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import event, select, text

from app.errors import StaleRecordError, UserError, ValidationError
from app.models import Customer, FollowUpTask, TaskStatus
from app.permissions import SYSTEM
from app.services.calendar import CalendarService, TaskAction, TaskFilter, TaskQuery
from app.services.reminders import ReminderService
from tests.app import reminder_world as w
from tests.factories import MANAGER


@pytest.fixture
def clock() -> w.Clock:
    return w.Clock()


@pytest.fixture
def calendar(db, clock) -> CalendarService:
    return CalendarService(db, MANAGER, clock)


def add_task(db, customer_id, due: date, kind="birthday", owner_id=None, channel="sms",
             status=TaskStatus.OPEN, due_at=None) -> int:  # fmt: skip
    with db.transaction(SYSTEM) as session:
        task = FollowUpTask(
            kind=kind, dedupe_key=f"{kind}:t:{customer_id}:{due}:{owner_id}:{channel}:{status}",
            customer_id=customer_id, owner_id=owner_id, channel=channel, due_date=due,
            status=status, due_at=due_at, owner_role="sales_consultant",
        )  # fmt: skip
        session.add(task)
        session.flush()
        return task.id


@pytest.fixture
def month(db):
    """Tasks over November 2026 for two consultants; today is the 23rd."""
    wang, li = w.staff(db, "王顾问"), w.staff(db, "李顾问")
    zhang = w.customer(db, "张三", "13800000001")
    add_task(db, zhang, date(2026, 11, 20), owner_id=wang)  # overdue
    add_task(db, zhang, date(2026, 11, 20), owner_id=li, status=TaskStatus.DONE)
    add_task(db, zhang, date(2026, 11, 23), owner_id=wang, channel="phone", kind="recall")
    add_task(db, zhang, date(2026, 11, 23), owner_id=li)
    add_task(db, zhang, date(2026, 11, 25), owner_id=wang)
    add_task(db, zhang, date(2026, 10, 30), owner_id=li)  # overdue, October
    add_task(db, zhang, date(2026, 12, 1), owner_id=wang)
    return {"wang": wang, "li": li, "zhang": zhang}


def test_month_counts_with_overdue(calendar, month):
    counts = calendar.month_counts(2026, 11)
    assert set(counts.days) == {date(2026, 11, 20), date(2026, 11, 23), date(2026, 11, 25)}
    day20 = counts.days[date(2026, 11, 20)]
    assert (day20.total, day20.open, day20.overdue) == (2, 1, 1)
    assert counts.days[date(2026, 11, 23)].overdue == 0
    assert counts.overdue_total == 2


def test_filters_by_owner_kind_channel(calendar, month):
    wang = TaskFilter(owner_id=month["wang"])
    assert sum(d.total for d in calendar.month_counts(2026, 11, wang).days.values()) == 3
    assert calendar.count(TaskQuery.day(w.TODAY, TaskFilter(kind="recall"))) == 1
    assert calendar.count(TaskQuery.day(w.TODAY, TaskFilter(channel="sms"))) == 1
    assert calendar.count(TaskQuery.overdue(w.TODAY, wang)) == 1


def test_day_week_overdue_lists_paged(calendar, month):
    day = TaskQuery.day(w.TODAY)
    rows = calendar.page(day)
    assert [r.kind for r in rows] == ["recall", "birthday"] or len(rows) == 2
    assert {r.owner for r in rows} == {"王顾问", "李顾问"}
    assert rows[0].customer == "张三" and rows[0].phone == "138****0001"
    week = TaskQuery.week(w.TODAY)  # Monday 23rd to Sunday 29th
    assert calendar.count(week) == 3
    assert len(calendar.page(week, 1, 10)) == 2 and len(calendar.page(week, 0, 2)) == 2
    overdue = calendar.page(TaskQuery.overdue(w.TODAY))
    assert [r.due_date for r in overdue] == [date(2026, 10, 30), date(2026, 11, 20)]
    json = rows[0].as_json()
    assert set(json) == {"id", "kind", "due_date", "customer", "phone", "owner", "channel",
                         "status", "message"}  # fmt: skip


def test_message_rendered_when_task_has_none(calendar, month):
    [row] = calendar.page(TaskQuery.day(w.TODAY, TaskFilter(kind="birthday")))
    assert row.message.startswith("张三您好") and "生日快乐" in row.message


def test_reached_is_recorded_with_time_and_staff(calendar, month, clock):
    [task] = calendar.page(TaskQuery.day(w.TODAY, TaskFilter(kind="recall")))
    clock.now = datetime(2026, 11, 23, 10, 30)
    result = calendar.act(TaskAction(task.id, "reached", month["wang"], "已预约周五", task.version))
    assert result.task.status == "reached" and result.task.outcome_note == "已预约周五"
    assert result.task.completed_at == clock.now and result.task.completed_by == "王顾问"
    assert result.next_task_id is None
    with pytest.raises(UserError):
        calendar.act(TaskAction(task.id, "done", month["wang"]))


def test_not_reached_makes_the_next_attempt(calendar, month):
    [task] = calendar.page(TaskQuery.day(w.TODAY, TaskFilter(kind="recall")))
    result = calendar.act(TaskAction(task.id, "not_reached", month["wang"], "无人接听"))
    following = calendar.task(result.next_task_id)
    assert following.attempt == 2 and following.due_date == date(2026, 11, 24)
    assert following.is_open and following.kind == "recall" and following.owner == "王顾问"
    again = calendar.act(TaskAction(following.id, "not_reached", new_date=date(2026, 11, 26)))
    assert calendar.task(again.next_task_id).attempt == 3
    assert calendar.task(again.next_task_id).due_date == date(2026, 11, 26)


def test_reschedule_needs_a_date_and_moves_the_call(calendar, month):
    [task] = calendar.page(TaskQuery.day(w.TODAY, TaskFilter(kind="recall")))
    with pytest.raises(ValidationError):
        calendar.act(TaskAction(task.id, "rescheduled"))
    with pytest.raises(ValidationError):
        calendar.act(TaskAction(task.id, "rescheduled", new_date=date(2026, 11, 1)))
    result = calendar.act(TaskAction(task.id, "rescheduled", new_date=date(2026, 11, 27)))
    assert calendar.task(task.id).status == "rescheduled"
    assert calendar.task(result.next_task_id).due_date == date(2026, 11, 27)


def test_skip_needs_a_reason(calendar, month):
    [task] = calendar.page(TaskQuery.day(w.TODAY, TaskFilter(kind="recall")))
    with pytest.raises(ValidationError):
        calendar.act(TaskAction(task.id, "skipped", note="  "))
    calendar.act(TaskAction(task.id, "skipped", note="客户已自行处理"))
    assert calendar.task(task.id).status == "skipped"


def test_stale_version_refused(calendar, month):
    [task] = calendar.page(TaskQuery.day(w.TODAY, TaskFilter(kind="recall")))
    with pytest.raises(StaleRecordError):
        calendar.act(TaskAction(task.id, "done", version=task.version + 1))


def test_level_change_after_prospect_callback_repaces(db, calendar, clock):
    consultant = w.staff(db)
    zhang = w.customer(db, "张三", "13800000001", consultant_id=consultant)
    w.visit(db, zhang, consultant, datetime(2026, 11, 22, 14), "C")
    ReminderService(db, MANAGER, clock).generate()
    [first] = calendar.page(TaskQuery.day(w.TODAY, TaskFilter(kind="prospect_first_follow_up")))
    result = calendar.act(TaskAction(first.id, "reached", consultant, "想下周试驾"))
    paced = calendar.task(result.next_task_id)
    assert (paced.kind, paced.due_date) == ("prospect_follow_up", date(2026, 12, 8))  # C: 15 days
    # Next day's call: the level goes up to H, the follow-ups re-pace to every 2 days.
    clock.now = datetime(2026, 11, 24, 10)
    result = calendar.act(TaskAction(paced.id, "reached", consultant, "周末来订车", new_level="H"))
    again = calendar.task(result.next_task_id)
    assert again.due_date == date(2026, 11, 26) and again.intent_level == "H"
    with db.transaction(SYSTEM) as session:
        assert session.get(Customer, zhang).intent_level == "H"
        open_paced = session.scalars(
            select(FollowUpTask).where(FollowUpTask.kind == "prospect_follow_up",
                                       FollowUpTask.status == TaskStatus.OPEN)
        ).all()  # fmt: skip
    assert [t.id for t in open_paced] == [again.id]


def test_level_change_same_day_replaces_the_pending_follow_up(db, calendar, clock):
    consultant = w.staff(db)
    zhang = w.customer(db, "张三", "13800000001", consultant_id=consultant)
    a = add_task(db, zhang, w.TODAY, kind="same_evening_callback", owner_id=consultant)
    b = add_task(db, zhang, w.TODAY, kind="prospect_first_follow_up", owner_id=consultant)
    first = calendar.act(TaskAction(a, "reached", consultant, new_level="B"))
    second = calendar.act(TaskAction(b, "reached", consultant, new_level="A"))
    assert calendar.task(first.next_task_id).status == "skipped"
    assert calendar.task(second.next_task_id).due_date == date(2026, 11, 26)


def test_ordered_prospect_gets_no_next_call_and_bad_level_refused(db, calendar):
    consultant = w.staff(db)
    zhang = w.customer(db, "张三", "13800000001")
    a = add_task(db, zhang, w.TODAY, kind="same_evening_callback", owner_id=consultant)
    with pytest.raises(ValidationError):
        calendar.act(TaskAction(a, "reached", consultant, new_level="X"))
    with db.transaction(SYSTEM) as session:
        session.get(Customer, zhang).intent_level = "O"
    assert calendar.act(TaskAction(a, "reached", consultant)).next_task_id is None


def test_explicit_next_follow_up_for_any_task(calendar, month):
    [task] = calendar.page(TaskQuery.day(w.TODAY, TaskFilter(kind="recall")))
    result = calendar.act(TaskAction(task.id, "done", next_follow_up=date(2026, 12, 2)))
    assert calendar.task(result.next_task_id).due_date == date(2026, 12, 2)


def test_falling_due_for_notification(db, calendar, month):
    add_task(db, month["zhang"], w.TODAY, kind="same_evening_callback", owner_id=month["wang"],
             due_at=datetime(2026, 11, 23, 19))  # fmt: skip
    early, late = datetime(2026, 11, 23, 18, 59), datetime(2026, 11, 23, 19, 0)
    assert [t.kind for t in calendar.falling_due(early, late)] == ["same_evening_callback"]
    assert calendar.falling_due(late, datetime(2026, 11, 23, 19, 1)) == []


def test_staff_filter_includes_the_role_pool(db, calendar, month):
    care = w.staff(db, "陈客服", "customer_service")
    add_task(db, month["zhang"], w.TODAY, kind="care_call_15d")  # nobody owns it yet
    with db.transaction(SYSTEM) as session:
        from sqlalchemy import update

        session.execute(update(FollowUpTask).where(FollowUpTask.kind == "care_call_15d")
                        .values(owner_role="customer_service"))  # fmt: skip
    mine = calendar.staff_filter("陈客服")
    assert mine == TaskFilter(owner_id=care, owner_role="customer_service")
    assert [r.kind for r in calendar.page(TaskQuery.day(w.TODAY, mine))] == ["care_call_15d"]
    wang = calendar.staff_filter("王顾问")
    assert "care_call_15d" not in [r.kind for r in calendar.page(TaskQuery.day(w.TODAY, wang))]
    with pytest.raises(UserError):
        calendar.staff_filter("没有这人")


def plan(db, statement) -> str:
    """The database's own query plan for the service's statement."""
    sql = str(statement.compile(db.engine, compile_kwargs={"literal_binds": True}))
    with db.transaction(SYSTEM) as session:
        if db.is_sqlite:
            return " ".join(r[-1] for r in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
        session.execute(text("SET LOCAL enable_seqscan = off"))  # tiny tables: force the choice
        return " ".join(r[0] for r in session.execute(text("EXPLAIN " + sql)))


def test_calendar_queries_use_the_indexes(db, month):
    from app.services.calendar import _count

    owner = TaskFilter(owner_id=month["wang"])
    assert "ix_follow_up_tasks_owner_day_order" in plan(db, _count(TaskQuery.day(w.TODAY, owner)))
    assert "ix_follow_up_tasks_day_order" in plan(db, _count(TaskQuery.week(w.TODAY)))
    pool = TaskFilter(owner_id=month["wang"], owner_role="sales_consultant")
    pooled = plan(db, _count(TaskQuery.day(w.TODAY, pool)))
    # PostgreSQL may read a tiny day whole rather than two owner ranges: either index.
    assert "ix_follow_up_tasks_owner_day_order" in pooled or (
        not db.is_sqlite and "ix_follow_up_tasks_day_order" in pooled
    )
    assert "ix_follow_up_tasks_status_day_order" in plan(db, _count(TaskQuery.overdue(w.TODAY)))


def issued_plans(db, call) -> list[str]:
    """The database's own plan of each statement on the tasks a service call sends, with
    the parameters it sent them with."""
    sent: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, *_args) -> None:
        if "follow_up_tasks" in statement:
            # the driver's cursor (listing) is given a list where a Connection a tuple
            sent.append(
                (statement, tuple(parameters) if isinstance(parameters, list) else parameters)
            )

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        call()
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    with db.engine.begin() as connection:
        if db.is_sqlite:
            explain = "EXPLAIN QUERY PLAN "
        else:  # tiny tables: a plan as for a store's, where reading the table costs most
            explain = "EXPLAIN "
            connection.exec_driver_sql("ANALYZE follow_up_tasks")
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            connection.exec_driver_sql("SET LOCAL enable_sort = off")
        return [
            " | ".join(str(row[-1]) for row in connection.exec_driver_sql(explain + sql, params))
            for sql, params in sent
        ]


def sorts(plan_text: str) -> bool:
    return "TEMP B-TREE FOR ORDER BY" in plan_text or "Sort" in plan_text


@pytest.mark.parametrize("who", ["all", "one owner", "one owner and the pool"])
def test_a_page_comes_in_display_order_from_an_index(db, calendar, month, who):
    """The day list of all owners reads the day through the index in display order (no
    sort of the whole day); one owner's reads only their own index ranges."""
    filters = {
        "all": TaskFilter(),
        "one owner": TaskFilter(owner_id=month["wang"]),
        "one owner and the pool": TaskFilter(owner_id=month["wang"], owner_role="sales_consultant"),
    }[who]
    for query in (TaskQuery.day(w.TODAY, filters), TaskQuery.week(w.TODAY, filters)):
        [page] = issued_plans(db, lambda q=query: calendar.page(q, 0, 200))
        if who == "all":
            assert "ix_follow_up_tasks_day_order" in page and not sorts(page), page
        else:  # the owner's own rows (and the pool's) only, sorted: never the whole day
            assert "ix_follow_up_tasks_owner_day_order" in page or (
                not db.is_sqlite and "ix_follow_up_tasks_day_order" in page and not sorts(page)
            ), page
    [overdue] = issued_plans(db, lambda: calendar.page(TaskQuery.overdue(w.TODAY), 0, 200))
    assert "ix_follow_up_tasks_status_day_order" in overdue and not sorts(overdue), overdue


@pytest.mark.parametrize("owner_role", [None, "sales_consultant"])
def test_month_counts_are_read_from_the_index_alone(db, calendar, month, owner_role):
    filters = [TaskFilter(), TaskFilter(owner_id=month["wang"], owner_role=owner_role)]
    for each in filters:
        *per_day, _overdue = issued_plans(db, lambda f=each: calendar.month_counts(2026, 11, f))
        for counted in per_day:
            if db.is_sqlite:
                assert "USING COVERING INDEX" in counted, counted
            else:
                assert "Index Only Scan" in counted, counted


def test_customer_history_newest_first(db, calendar, month):
    other = w.customer(db, "李四", "13800000002")
    add_task(db, other, w.TODAY)
    history = TaskQuery.history(month["zhang"])
    assert calendar.count(history) == 7
    dates = [r.due_date for r in calendar.page(history)]
    assert dates == sorted(dates, reverse=True) and dates[0] == date(2026, 12, 1)
    assert "ix_follow_up_tasks_customer_id" in plan(db, _count_of(history))


def _count_of(query):
    from app.services.calendar import _count

    return _count(query)


def test_a_page_costs_the_same_queries_whatever_its_length(db, calendar, month):
    """Messages are written when tasks are made; older tasks without one are worded from
    templates read once per page, never with a query per row."""
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    car = w.vehicle(db, month["zhang"], 9)
    with db.transaction(SYSTEM) as session:  # tasks of an older version: no message stored
        session.add_all(
            FollowUpTask(kind="annual_inspection", dedupe_key=f"legacy:{n}",
                         customer_id=month["zhang"], vehicle_id=car, owner_role="customer_service",
                         channel="sms", due_date=date(2026, 11, 24))
            for n in range(30)
        )  # fmt: skip
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        per_page = []
        for limit in (2, 30):
            statements.clear()
            rows = calendar.page(TaskQuery.day(date(2026, 11, 24)), limit=limit)
            assert len(rows) == limit
            assert all(r.message.startswith("张三您好，您的爱车浙A00009") for r in rows)
            per_page.append(len(statements))
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert per_page[0] == per_page[1]


def test_listing_is_the_count_and_the_page(db, calendar, month):
    """The tab's one read (driver cursor, statements of each query shape compiled once)
    shows what count and page show, for every filter, paged and newest first."""
    wang = month["wang"]
    queries = [
        TaskQuery.day(w.TODAY), TaskQuery.week(w.TODAY, TaskFilter(owner_id=wang)),
        TaskQuery.week(w.TODAY, TaskFilter(owner_id=wang, owner_role="sales_consultant")),
        TaskQuery.overdue(w.TODAY), TaskQuery.day(w.TODAY, TaskFilter(kind="recall")),
        TaskQuery.week(w.TODAY, TaskFilter(channel="sms", kind="")),
        TaskQuery.history(month["zhang"]),
    ]  # fmt: skip
    for query in queries:
        for offset, limit in ((0, 200), (1, 1)):
            expected = (calendar.count(query), calendar.page(query, offset, limit))
            assert calendar.listing(query, offset, limit) == expected, query
    total, [first, *_] = calendar.listing(TaskQuery.history(month["zhang"]))
    assert total == 7 and first.due_date == date(2026, 12, 1) and first.phone == "138****0001"


def test_listing_words_a_task_without_message_and_reads_the_index(db, calendar, month):
    total, [row] = calendar.listing(TaskQuery.day(w.TODAY, TaskFilter(kind="birthday")))
    assert total == 1 and row.message.startswith("张三您好") and "生日快乐" in row.message
    _count, page = issued_plans(db, lambda: calendar.listing(TaskQuery.day(w.TODAY), 0, 200))
    assert "ix_follow_up_tasks_day_order" in page and not sorts(page), page
