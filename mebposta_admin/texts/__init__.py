"""The words both front ends say: error sentences and the names of domain values.

Qt-neutral on purpose: the GUI and the CLI (and a worker with no Qt at all) share these
tables. Each text is marked with :func:`QT_TRANSLATE_NOOP` (a plain function of ours that
``pyside6-lupdate`` recognises by name) and translated at the moment it is shown by the
translator the front end installed with :func:`use_translator` (``mebposta_admin.i18n`` installs
Qt's, which reads ``translations/*.qm``). Without one, the English source text is returned.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _source(context: str, text: str) -> str:
    return text


_translator: Translator = _source


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text


def use_translator(translator: Translator | None) -> None:
    """Translate every text from now on with ``translator`` (``None``: the English source)."""
    global _translator
    _translator = translator or _source


def translate(context: str, text: str) -> str:
    """``text`` (an English source string of ``context``) in the installed language."""
    return _translator(context, text)
