"""Only app/services/task_store.py writes follow-up tasks (style.md, practice 15): consent,
de-duplication, versions and audit live there once. Reading tasks anywhere is fine."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORE = "app/services/task_store.py"
FOLDERS = ("app", "ui", "reports")
MODEL = "FollowUpTask"
WRITING_CALLS = {"insert", "update", "delete", "add", "add_new", "add_all", "merge",
                 "bulk_insert_mappings", "bulk_update_mappings", "bulk_save_objects"}  # fmt: skip
WRITING_SQL = re.compile(r"(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+follow_up_tasks", re.I)
# Columns no other table has: writing them is writing a task, whatever the variable is called.
TASK_ONLY_FIELDS = {"outcome_note", "completed_by_id", "dedupe_key", "attempt", "owner_role"}
# Columns other tables share: a write counts when the object's name says it is a task.
TASK_FIELDS = {"status", "due_date", "due_at", "message", "completed_at", "customer_id",
               "vehicle_id", "owner_id", "kind", "channel", "source_type", "source_id"}  # fmt: skip


def _names_the_model(node: ast.AST) -> bool:
    """`FollowUpTask`, or its table (`FollowUpTask.__table__`), or the table's name."""
    if isinstance(node, ast.Name):
        return node.id == MODEL
    if isinstance(node, ast.Attribute):
        return node.attr == "__table__" and _names_the_model(node.value)
    return isinstance(node, ast.Constant) and node.value == "follow_up_tasks"


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _on_the_model(node: ast.Call) -> bool:
    """update(FollowUpTask), session.add_all(FollowUpTask, …), FollowUpTask.__table__.insert()"""
    on_table = isinstance(node.func, ast.Attribute) and _names_the_model(node.func.value)
    return on_table or any(map(_names_the_model, node.args))


def _targets(node: ast.AST) -> list[ast.expr]:
    if isinstance(node, ast.Assign):
        found = []
        for target in node.targets:
            found += target.elts if isinstance(target, ast.Tuple) else [target]
        return found
    if isinstance(node, ast.AugAssign | ast.AnnAssign):
        return [node.target]
    return []


def _writes_a_task_field(target: ast.expr) -> bool:
    if not isinstance(target, ast.Attribute):
        return False
    if target.attr in TASK_ONLY_FIELDS:
        return True
    owner = target.value.id if isinstance(target.value, ast.Name) else ""
    return target.attr in TASK_FIELDS and "task" in owner.lower()


def task_writes(source: str) -> list[tuple[int, str]]:
    """(line, what) for every write of follow-up tasks in one module's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            if _called(node) == MODEL:
                found.append((node.lineno, f"{MODEL}(…) made"))
            elif _called(node) in WRITING_CALLS and _on_the_model(node):
                found.append((node.lineno, f"{_called(node)}({MODEL}…)"))
            elif _called(node) == "text" and WRITING_SQL.search(ast.unparse(node)):
                found.append((node.lineno, "SQL text writing follow_up_tasks"))
        for target in _targets(node):
            if _writes_a_task_field(target):
                found.append((node.lineno, f"{ast.unparse(target)} = …"))
    return found


def test_no_module_but_the_store_writes_follow_up_tasks() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {what}"
        for folder in FOLDERS
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.relative_to(ROOT).as_posix() != STORE
        for line, what in task_writes(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], (
        "Follow-up tasks are made, skipped, completed, moved and retired only through "
        "app.services.task_store.TaskStore (consent, dedupe, version, audit):\n"
        + "\n".join(offenders)
    )


def test_the_scan_sees_each_way_of_writing_a_task() -> None:
    """The scan itself: each of these is a write; the reads are not."""
    writes = """
task = FollowUpTask(kind="birthday")
session.execute(update(FollowUpTask).values(status="done"))
session.execute(postgresql.insert(FollowUpTask), rows)
session.execute(delete(FollowUpTask))
out.add_new(FollowUpTask, now, kind="birthday")
session.execute(FollowUpTask.__table__.insert(), rows)
old.outcome_note = "superseded"
task.status, task.completed_at = "skipped", now
existing.dedupe_key = "x"
made_task.due_date = day
session.execute(text("UPDATE follow_up_tasks SET status = 'done'"))
"""
    reads = """
rows = session.scalars(select(FollowUpTask).where(FollowUpTask.status == "open"))
task = session.get(FollowUpTask, 1)
count = session.scalar(text("SELECT count(*) FROM follow_up_tasks"))
order.status = "delivered"
case.customer_id = customer_id
"""
    assert {line for line, _what in task_writes(writes)} == set(range(2, 13))  # each line
    assert task_writes(reads) == []
