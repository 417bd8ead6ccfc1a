"""F1: what the current section is for, every section's keys, and the window's shortcuts.

Written from the registry (each page's help text) and from the window's own actions, so a
section a later issue registers appears here with its help and its Ctrl+number at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mebposta_admin.domain.manual import INFO_UPDATE_FORM_URL
from mebposta_admin.ui import accessibility
from mebposta_admin.ui.pages.registry import PageSpec


def _shortcuts(window: QWidget) -> list[tuple[str, str]]:
    rows = []
    for action in window.findChildren(QAction):
        keys = action.shortcuts()
        if not keys or not action.text():
            continue
        text = action.text().replace("&", "")
        rows.append(
            (
                ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys),
                text,
            )
        )
    return sorted(set(rows), key=lambda r: r[1])


class HelpDialog(QDialog):
    def __init__(
        self,
        window: QWidget,
        current: PageSpec | None,
        pages: Sequence[PageSpec],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help and keys"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        accessibility.name(self.browser, self.tr("Help"))
        parts: list[str] = []
        if current is not None:
            parts.append(f"<h2>{escape(current.translated_title())}</h2>")
            parts.append(f"<p>{escape(current.translated_help())}</p>")
        keyboard = self.tr("Keyboard")
        parts.append(f"<h3>{escape(keyboard)}</h3><table cellpadding='3'>")
        for keys, what in _shortcuts(window):
            parts.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>")
        for keys, what in (
            ("Tab / Shift+Tab", self.tr("Next / previous part of the window")),
            ("Alt + " + self.tr("underlined letter"), self.tr("The button or field it marks")),
            ("F1", self.tr("This help")),
            ("Esc", self.tr("Close a dialog")),
        ):
            parts.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>")
        parts.append("</table>")
        others = [p for p in pages if p is not current and p.help]
        if others:
            other_sections = self.tr("Other sections")
            parts.append(f"<h3>{escape(other_sections)}</h3>")
            for spec in others:
                parts.append(
                    f"<p><b>{escape(spec.translated_title())}</b>: "
                    f"{escape(spec.translated_help())}</p>"
                )
        parts.append(
            "<p>"
            + escape(self.tr("The information update form of the mail system:"))
            + f" <a href='{INFO_UPDATE_FORM_URL}'>{escape(INFO_UPDATE_FORM_URL)}</a></p>"
        )
        self.browser.setHtml("".join(parts))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.browser.setFocus()
