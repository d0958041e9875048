"""Refresh the English catalogue: lupdate over ui/, fill from the table, lrelease.

    .venv/bin/python scripts/update_translations.py

Chinese is the source language of every tr() string. The English text lives in
scripts/translations_en.py (Chinese -> English); add new strings there, then run this.
Exits 1 and lists the strings still untranslated, if any, and strings filed under a
context Qt never looks up. Inside a class use self.tr("…"); elsewhere write the literal
QCoreApplication.translate("ClassName", "…"). lupdate files `w.tr("…")` under a context
named "w", and `tr = QCoreApplication.translate; tr("Ctx", "…")` under no context at
all, while at run time Qt looks the string up under the class name; and it never sees
strings passed through a wrapper such as `def _t(text): return translate("Ctx", text)`.

Text declared in app/ (setting labels and units, states, rule names, checklist items,
the messages of errors) is marked where it is declared with QT_TRANSLATE_NOOP("Context",
"…") (app.i18n), context and text both literals; lupdate reads those app/ modules too. The
window shows such text through ui/i18n.py alone (app_label("Context", variable), error_text,
phrase_text), naming a context app/ declares; or translate("Context", variable) for such a
context.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE_FILE = Path(__file__).with_name("translations_en.py")
UI_DIR = ROOT / "ui"
APP_DIR = ROOT / "app"
MARKER = "QT_TRANSLATE_NOOP"
# ui/i18n.py translates app/'s declared text from variables; its helpers take the context.
DECLARED_TEXT_MODULE = UI_DIR / "i18n.py"
DECLARED_TEXT_HELPERS = frozenset({"app_label", "app_labels", "app_list"})
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS_DIR / "dealerdesk_en.ts"
QM_FILE = TRANSLATIONS_DIR / "dealerdesk_en.qm"
SOURCE_LANGUAGE = "zh_CN"
TARGET_LANGUAGE = "en"


English = str | tuple[str, str]
Table = dict[str | tuple[str, str], English]


def english_table() -> Table:
    """The table in scripts/translations_en.py (read by path: scripts/ is no package)."""
    spec = importlib.util.spec_from_file_location("translations_en", TABLE_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ENGLISH


def qt_tool(name: str) -> str:
    """pyside6-<name> beside this Python, else the binary inside the PySide6 package."""
    beside = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if beside:
        return beside
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def declared_sources() -> list[Path]:
    """app/ modules marking text with QT_TRANSLATE_NOOP."""
    return sorted(
        p
        for p in APP_DIR.rglob("*.py")
        if "__pycache__" not in p.parts and f"{MARKER}(" in p.read_text(encoding="utf-8")
    )


def catalogue_sources() -> list[Path]:
    return ui_sources() + declared_sources()


def _marks(path: Path) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == MARKER
    ]


def declared_contexts(sources: list[Path] | None = None) -> set[str]:
    """Contexts of QT_TRANSLATE_NOOP("Context", …) marks: the window may look their text
    up from a variable, since lupdate found it where it was declared."""
    return {
        mark.args[0].value
        for path in (declared_sources() if sources is None else sources)
        for mark in _marks(path)
        if mark.args and isinstance(mark.args[0], ast.Constant)
    }


def unreadable_marks(sources: list[Path] | None = None) -> list[tuple[Path, int]]:
    """QT_TRANSLATE_NOOP calls lupdate skips without a word: a context or text that is
    not a literal (a name, an f-string)."""
    return [
        (path, mark.lineno)
        for path in (declared_sources() if sources is None else sources)
        for mark in _marks(path)
        if len(mark.args) != 2
        or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in mark.args)
    ]


def undeclared_label_contexts(
    sources: list[Path], declared: set[str] | frozenset[str]
) -> list[tuple[Path, int]]:
    """ui/ calls of app_label(), app_labels() or app_list() (ui/i18n.py) whose context is not a
    literal that app/ declares: their text was never extracted under it."""
    found = []
    for path in sources:
        if path == DECLARED_TEXT_MODULE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in DECLARED_TEXT_HELPERS
            ):
                continue
            context = node.args[0] if node.args else None
            if not (isinstance(context, ast.Constant) and context.value in declared):
                found.append((path, node.lineno))
    return found


def lupdate(sources: list[Path], ts_file: Path) -> None:
    """Merge the strings found in `sources` into `ts_file`, keeping its translations."""
    command = [qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    command += ["-source-language", SOURCE_LANGUAGE, "-target-language", TARGET_LANGUAGE]
    command += [str(p) for p in sources] + ["-ts", str(ts_file)]
    subprocess.run(command, check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    """(context name, <message>) for every message of a parsed .ts file."""
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def is_translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform") if message.get("numerus") == "yes" else []
    texts = [form.text for form in forms] if forms else [translation.text]
    return all((text or "").strip() for text in texts)


def set_translation(message: ET.Element, english: English) -> None:
    """Write the English in; a plural message (%n) fills each numerusform in turn."""
    translation = message.find("translation")
    if translation is None:
        return
    translation.attrib.pop("type", None)
    forms = translation.findall("numerusform")
    if message.get("numerus") != "yes" or not forms:
        translation.text = english if isinstance(english, str) else english[-1]
        return
    choices = (english,) if isinstance(english, str) else english
    for index, form in enumerate(forms):
        form.text = choices[min(index, len(choices) - 1)]


def fill(root: ET.Element, table: Table) -> list[tuple[str, str]]:
    """Put the table's English into every message it knows (a (context, source) key before
    the source alone); return those still missing."""
    missing = []
    for context, message in messages(root):
        source = message.findtext("source", "")
        english = table.get((context, source), table.get(source))
        if english is not None:
            set_translation(message, english)
        if not is_translated(message):
            missing.append((context, source))
    return missing


def contexts_in_code(sources: list[Path]) -> set[str]:
    """Class names (self.tr) and literal contexts of translate("Context", …) calls."""
    found: set[str] = set()
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found.add(node.name)
            elif _is_translate_call(node) and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
    return found


def _is_translate_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and bool(node.args)
    )


def hidden_from_lupdate(
    sources: list[Path], declared: set[str] | frozenset[str] = frozenset()
) -> list[tuple[Path, int]]:
    """Places where strings reach translate() through a wrapper (a `tr = …translate`
    alias, or translate(ctx, variable)): lupdate never extracts those strings. A
    variable looked up under a `declared` context (marked in app/) is found there."""
    found = []
    for path in sources:
        if path == DECLARED_TEXT_MODULE:
            continue  # the helpers themselves: their callers are checked instead
        tree = ast.parse(path.read_text(encoding="utf-8"))
        called = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
        for node in ast.walk(tree):
            if _wraps_translate(node, called, declared):
                found.append((path, node.lineno))
    return found


def _wraps_translate(node: ast.AST, called: set[int], declared: set[str] | frozenset[str]) -> bool:
    if isinstance(node, ast.Attribute) and node.attr == "translate":
        return id(node) not in called  # an alias such as `tr = QCoreApplication.translate`
    if _is_translate_call(node) and len(node.args) >= 2:
        context = node.args[0]
        if isinstance(context, ast.Constant) and context.value in declared:
            return False
        return not isinstance(node.args[1], ast.Constant)
    return False


def inside_f_strings(sources: list[Path]) -> list[tuple[Path, int]]:
    """tr()/translate() calls written inside an f-string: lupdate never reads them, so
    their text stays Chinese in every language. Call them before, into a variable."""
    found = []
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FormattedValue):
                continue
            for inner in ast.walk(node.value):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr in ("tr", "translate")
                ):
                    found.append((path, inner.lineno))
    return found


def stray_messages(root: ET.Element, sources: list[Path]) -> list[tuple[str, str]]:
    """Messages under a context no code looks up at run time: never translated. (The
    contexts app/ declares are looked up through ui/i18n.py.)"""
    known = contexts_in_code(sources) | declared_contexts()
    return [
        (context, message.findtext("source", ""))
        for context, message in messages(root)
        if context not in known
    ]


def write_ts(root: ET.Element, ts_file: Path) -> None:
    body = ET.tostring(root, encoding="unicode")
    ts_file.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def update(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> list[tuple[str, str]]:
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    lupdate(catalogue_sources(), ts_file)
    root = ET.parse(ts_file).getroot()
    missing = fill(root, english_table())
    write_ts(root, ts_file)
    lupdate(catalogue_sources(), ts_file)  # once more: lupdate's own layout, so diffs stay small
    lrelease(ts_file, qm_file)
    return missing


def main() -> int:
    missing = update()
    root = ET.parse(TS_FILE).getroot()
    total = len(messages(root))
    print(f"{TS_FILE.relative_to(ROOT)}: {total} strings, {total - len(missing)} translated")
    for context, source in missing:
        print(f"  untranslated [{context}] {source!r}: add it to scripts/translations_en.py")
    stray = stray_messages(root, ui_sources())
    for context, source in stray:
        print(f"  never looked up [{context!r}] {source!r}: see this script's docstring")
    hidden = hidden_from_lupdate(ui_sources(), declared_contexts())
    for path, line in hidden:
        print(f"  {path.relative_to(ROOT)}:{line}: a translate() wrapper hides its strings")
    in_f_strings = inside_f_strings(ui_sources())
    for path, line in in_f_strings:
        print(f"  {path.relative_to(ROOT)}:{line}: tr() inside an f-string: lupdate skips it")
    unread = unreadable_marks()
    for path, line in unread:
        print(f"  {path.relative_to(ROOT)}:{line}: QT_TRANSLATE_NOOP needs two literals")
    undeclared = undeclared_label_contexts(ui_sources(), declared_contexts())
    for path, line in undeclared:
        print(f"  {path.relative_to(ROOT)}:{line}: app_label() needs a context app/ declares")
    failed = missing or stray or hidden or in_f_strings or unread or undeclared
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
