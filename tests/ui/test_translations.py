"""The English catalogue: complete, current with the code, and found at run time."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
import shutil
import string
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from app.db import Database
from app.services.container import Store
from tests.factories import MANAGER
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 23, 10, 0)
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
FIX_HINT = "add the English to scripts/translations_en.py, then run scripts/update_translations.py"


def _load_pipeline():
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pipeline = _load_pipeline()


def catalogue(ts_file: Path = pipeline.TS_FILE) -> list[tuple[str, ET.Element]]:
    return pipeline.messages(ET.parse(ts_file).getroot())


def keys(ts_file: Path) -> set[tuple[str, str]]:
    return {(context, message.findtext("source", "")) for context, message in catalogue(ts_file)}


def test_english_catalogue_translates_a_tab_title(english) -> None:
    assert QCoreApplication.translate("MainWindow", "展厅接待") == "Showroom"


def test_without_the_english_catalogue_the_source_chinese_shows(qapp) -> None:
    assert QCoreApplication.translate("MainWindow", "展厅接待") == "展厅接待"


SAMPLE_TS = """<TS version="2.1" language="en" sourcelanguage="zh_CN"><context>
<name>Sample</name>
<message><source>清空</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>找到 %n 辆车</source><translation type="unfinished">
<numerusform></numerusform><numerusform></numerusform></translation></message>
<message><source>新词</source><translation type="unfinished"></translation></message>
</context></TS>"""


def test_fill_writes_plain_and_plural_english_and_reports_the_rest() -> None:
    root = ET.fromstring(SAMPLE_TS)
    table = {"清空": "Clear", "找到 %n 辆车": ("Found %n car", "Found %n cars")}
    missing = pipeline.fill(root, table)
    plain, plural, _new = (message for _, message in pipeline.messages(root))
    assert plain.find("translation").text == "Clear"
    assert plain.find("translation").get("type") is None
    assert [f.text for f in plural.iter("numerusform")] == ["Found %n car", "Found %n cars"]
    assert missing == [("Sample", "新词")]


def test_every_message_has_an_english_translation() -> None:
    untranslated = [
        (context, message.findtext("source"))
        for context, message in catalogue()
        if not pipeline.is_translated(message)
    ]
    assert catalogue(), "the catalogue is empty"
    assert untranslated == [], FIX_HINT


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogue as lupdate makes it from the ui/ code as it is now."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    shutil.copy(pipeline.TS_FILE, fresh)
    pipeline.lupdate(pipeline.catalogue_sources(), fresh)
    return fresh


def test_no_translation_adds_an_ampersand_or_drops_a_placeholder() -> None:
    # "&" in a tab or button title underlines the next letter and disappears.
    wrong = []
    for _, message in catalogue():
        if not pipeline.is_translated(message):
            continue  # reported by test_every_message_has_an_english_translation
        source = message.findtext("source", "")
        english = "".join(message.find("translation").itertext())
        placeholders = {f"%{n}" for n in range(1, 10) if f"%{n}" in source}
        if source.count("&") != english.count("&") or any(p not in english for p in placeholders):
            wrong.append((source, english))
    assert wrong == []


def _fields(text: str) -> set[str] | None:
    """The {name} parameters of a template (None: not a template str.format reads)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


def test_no_translation_drops_or_invents_a_parameter_of_a_message_from_app() -> None:
    # app/ fills {name} after translating: a name the English lacks is lost, one it
    # invents raises KeyError in the window.
    declared = pipeline.declared_contexts()
    wrong = []
    for context, message in catalogue():
        source = message.findtext("source", "")
        if context not in declared or not pipeline.is_translated(message):
            continue
        english = "".join(message.find("translation").itertext())
        if _fields(source) is not None and _fields(source) != _fields(english):
            wrong.append((source, english))
    assert wrong == []


def _marks_in_app() -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP in app/, read by this test itself."""
    found = set()
    for path in pipeline.declared_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == pipeline.MARKER:
                found.add(tuple(arg.value for arg in node.args))
    return found


def test_every_text_marked_in_app_has_english() -> None:
    # States, rule names, checklist items, setting labels and every error's message:
    # what app/ hands the window must reach it translated.
    translated = {
        (context, message.findtext("source", ""))
        for context, message in catalogue()
        if pipeline.is_translated(message)
    }
    marked = _marks_in_app()
    assert len(marked) > 300, "app/ marks its text with QT_TRANSLATE_NOOP(context, text)"
    assert marked - translated == set(), FIX_HINT


def test_every_mark_in_app_is_two_literals_lupdate_can_read() -> None:
    assert pipeline.unreadable_marks() == [], 'write QT_TRANSLATE_NOOP("Context", "文字")'


def test_the_window_names_a_declared_context_for_text_from_app() -> None:
    undeclared = pipeline.undeclared_label_contexts(
        pipeline.ui_sources(), pipeline.declared_contexts()
    )
    assert undeclared == [], 'app_label("Context", text): a context app/ marks text under'


def test_no_tr_call_hides_inside_an_f_string() -> None:
    assert pipeline.inside_f_strings(pipeline.ui_sources()) == [], (
        "call tr() before the f-string, into a variable: lupdate does not read f-strings"
    )


def test_f_string_detection_finds_a_tr_call_in_a_replacement_field(tmp_path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "ok = self.tr('客户')\nbad = f\"{self.tr('客户')}：{name}\"\n", encoding="utf-8"
    )
    assert pipeline.inside_f_strings([sample]) == [(sample, 2)]


def _user_errors() -> set[str]:
    """Names of UserError and every subclass, once every app/ module is imported."""
    for module in sorted((ROOT / "app").rglob("*.py")):
        parts = module.relative_to(ROOT).with_suffix("").parts
        if "migrations" not in parts and "__pycache__" not in parts:
            importlib.import_module(".".join(p for p in parts if p != "__init__"))
    from app.errors import UserError
    from app.importing.normalize import CellError

    found, todo = set(), [UserError, CellError]
    while todo:
        kind = todo.pop()
        found.add(kind.__name__)
        todo += kind.__subclasses__()
    return found


def _is_chinese_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        return any(_is_chinese_literal(part) for part in node.values)
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and bool(HAN.search(node.value))
    )


def test_every_error_raised_in_app_carries_a_marked_template() -> None:
    # raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到员工“{name}”。"), name=name);
    # a bare literal or an f-string would reach the English window in Chinese.
    errors = _user_errors()
    bare = []
    for path in sorted((ROOT / "app").rglob("*.py")) + pipeline.ui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            callee = getattr(node, "func", None)
            name = getattr(callee, "id", None) or getattr(callee, "attr", None)
            if isinstance(node, ast.Call) and name in errors:
                arguments = [*node.args, *(k.value for k in node.keywords)]
                if any(_is_chinese_literal(arg) for arg in arguments):
                    bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert len(errors) > 10
    assert bare == []


def test_fill_prefers_english_given_for_the_context() -> None:
    root = ET.fromstring(
        "<TS><context><name>Complaints</name><message><source>到店</source>"
        '<translation type="unfinished"></translation></message></context>'
        "<context><name>VisitsPanel</name><message><source>到店</source>"
        '<translation type="unfinished"></translation></message></context></TS>'
    )
    missing = pipeline.fill(root, {"到店": "Arrived", ("Complaints", "到店"): "In person"})
    complaint, visit = (m.find("translation").text for _, m in pipeline.messages(root))
    assert (complaint, visit, missing) == ("In person", "Arrived", [])


def test_catalogue_holds_every_string_of_the_ui_code(fresh_ts: Path) -> None:
    assert keys(fresh_ts) - keys(pipeline.TS_FILE) == set(), FIX_HINT


def test_compiled_catalogue_matches_the_ts_file(tmp_path) -> None:
    compiled = tmp_path / "fresh.qm"
    pipeline.lrelease(pipeline.TS_FILE, compiled)
    assert compiled.read_bytes() == pipeline.QM_FILE.read_bytes(), (
        "run scripts/update_translations.py"
    )


def test_every_context_is_one_qt_will_look_up_at_run_time(fresh_ts: Path) -> None:
    # lupdate files `w.tr("…")` under a context named "w"; at run time Qt looks the
    # string up under w's class name, so it would never be translated.
    root = ET.parse(fresh_ts).getroot()
    stray = pipeline.stray_messages(root, pipeline.ui_sources())
    assert stray == [], (
        'use self.tr() inside the class, or QCoreApplication.translate("ClassName", "…")'
    )


def test_no_translate_wrapper_hides_strings_from_lupdate() -> None:
    hidden = pipeline.hidden_from_lupdate(pipeline.ui_sources(), pipeline.declared_contexts())
    assert hidden == [], (
        'write QCoreApplication.translate("ClassName", "literal") at each use, or self.tr()'
    )


def test_wrapper_detection_finds_aliases_and_variable_texts(tmp_path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "tr = QCoreApplication.translate\n"
        "def _t(text):\n"
        "    return QCoreApplication.translate('Ctx', text)\n"
        "ok = QCoreApplication.translate('Ctx', '清空')\n",
        encoding="utf-8",
    )
    assert pipeline.hidden_from_lupdate([sample]) == [(sample, 1), (sample, 3)]


def test_a_context_marked_in_app_may_be_looked_up_from_a_variable(tmp_path) -> None:
    declared = tmp_path / "declared.py"
    declared.write_text('LABEL = QT_TRANSLATE_NOOP("Labels", "门店名称")\n', encoding="utf-8")
    sample = tmp_path / "sample.py"
    sample.write_text(
        "shown = QCoreApplication.translate('Labels', spec.label)\n"
        "other = QCoreApplication.translate('Other', spec.label)\n",
        encoding="utf-8",
    )
    contexts = pipeline.declared_contexts([declared])
    assert contexts == {"Labels"}
    assert pipeline.hidden_from_lupdate([sample], contexts) == [(sample, 2)]


def test_every_declared_setting_label_is_in_the_catalogue() -> None:
    from app import settings

    sources = {source for context, source in keys(pipeline.TS_FILE) if context == "Settings"}
    declared = {s.label for s in settings.SPECS.values()} | set(settings.GROUP_LABELS.values())
    assert declared - sources == set(), FIX_HINT


def _texts_shown(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        texts += _texts_of(widget)
    return texts


def _texts_of(widget: QWidget) -> list[str]:
    """Fixed UI text. Combo box items are left out: many are data (app-side labels)."""
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractSpinBox):
        return [getattr(widget, "suffix", str)(), widget.specialValueText()]
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        columns = range(model.columnCount(QModelIndex()))
        display = Qt.ItemDataRole.DisplayRole
        return [str(model.headerData(c, Qt.Orientation.Horizontal, display)) for c in columns]
    return []


def test_english_window_shows_no_catalogued_chinese(qtbot, english, sqlite_db: Database) -> None:
    window = MainWindow(Store(sqlite_db, clock=lambda: NOW))
    window.sign_in(MANAGER)
    for index in range(window.tabs.count()):
        window.tab(index)
    qtbot.addWidget(window)
    sources = {source for _, source in keys(pipeline.TS_FILE)}
    untranslated = sorted({text for text in _texts_shown(window) if text in sources})
    assert window.tabs.tabText(0) == "Showroom"
    assert untranslated == [], "shown in Chinese although the catalogue has English"
