"""Marking text declared in app/ for translation, without Qt (app/ never imports it).

`QT_TRANSLATE_NOOP("Context", "文字")` returns the Chinese unchanged: the stored and the
declared value stay in the store's words. pyside6-lupdate finds the marker by its name
(scripts/update_translations.py reads app/ for it), and the window shows the text
through QCoreApplication.translate("Context", text) (ui.i18n.app_label).

Words with parameters are a `Phrase`: the marked template and its values, filled in
after translation, so the English gets the values too. Every message of a `UserError`
is such a phrase under the context `ERRORS`; str() of either is the Chinese.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

ERRORS = "Errors"  # the context of every UserError's template
MESSAGES = "Messages"  # the context of other sentences app/ hands the window


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def fill(template: str, params: Mapping[str, object]) -> str:
    """The template with its {name} parameters filled in (str.format rules: a literal
    brace is doubled in a template that has parameters). Without parameters the
    template is the text, braces and all."""
    return template.format_map(params) if params else template


@dataclass(frozen=True, eq=False)
class Phrase:
    """Words for the person at the desk: `template` is marked QT_TRANSLATE_NOOP(context, …)
    where it is written; `params` are filled in after translation. A parameter may be a
    Phrase itself (a marked label, translated too) or a list of them (joined by "、")."""

    context: str
    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return fill(self.template, {k: chinese(v) for k, v in self.params.items()})


def term(context: str, text: str) -> Phrase:
    """A word of a vocabulary marked under `context`, as a parameter of a Phrase."""
    return Phrase(context, text)


def terms(context: str, texts: list[str]) -> list[Phrase]:
    return [Phrase(context, text) for text in texts]


LIST_SEPARATOR = QT_TRANSLATE_NOOP("Messages", "、")


def chinese(value: object) -> object:
    """A parameter as the Chinese text shows it."""
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return value
