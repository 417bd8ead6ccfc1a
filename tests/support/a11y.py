"""The accessibility check every window is held to (issue 10).

Given a window as the user sees it, each function returns findings (plain strings naming the
widget), so a test can show all of them at once:

* :func:`unnamed_controls` — an enabled, visible interactive control whose accessible name (what
  a screen reader says, as Qt's own accessibility layer computes it) is empty, or only its value
  or placeholder;
* :func:`duplicate_names` — two controls of the same role with the same name in one window;
* :func:`tab_traps` — a control that keeps the focus through Tab or Shift+Tab, and a control the
  Tab chain never reaches;
* :func:`duplicate_mnemonics` — two Alt+letter mnemonics on one key in a window or a menu;
* :func:`contrast_findings` — a text/background pair of a style sheet below 4.5:1 (WCAG 2.2 AA),
  read from the style sheet text itself, not from the code that wrote it;
* :func:`clipped_texts` — a label or button narrower than its one-line text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QTabBar,
)
# Parts of a composite control: the composite is checked, not its inner pieces.
COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar, QLineEdit)


def describe(widget: QWidget) -> str:
    name = widget.objectName() or ""
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({name or text!r})"


def _buddy_label(widget: QWidget) -> QLabel | None:
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return label
    return None


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces the control as: its own accessible name, else the
    label it is the buddy of (the "labelled by" relation, how Linux names combos), else what
    Qt's accessibility layer computes (a button's text)."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    label = _buddy_label(widget)
    if label is not None and label.text().strip():
        return label.text().replace("&", "").rstrip(":").strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).replace("&", "").strip()


def _inside_composite(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def controls(window: QWidget) -> list[QWidget]:
    """The interactive controls a user meets in ``window`` now: visible, enabled, not a part
    of another control (a combo's line edit, a table's header)."""
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QTabWidget):
            pass  # a tab widget's bar is what the user tabs to
        elif _inside_composite(widget, window):
            continue
        if widget.window() is not window:
            continue
        found.append(widget)
    return found


def _value_texts(widget: QWidget) -> set[str]:
    values = set()
    if isinstance(widget, QComboBox):
        values.add(widget.currentText())
    if isinstance(widget, QLineEdit):
        values.update({widget.text(), widget.placeholderText()})
    if isinstance(widget, QAbstractSpinBox):
        values.add(widget.text())
    return {v.strip() for v in values if v and v.strip()}


def unnamed_controls(window: QWidget) -> list[str]:
    findings = []
    for widget in controls(window):
        name = accessible_name(widget)
        if not name:
            findings.append(f"{describe(widget)} has no accessible name")
        elif not widget.accessibleName() and name in _value_texts(widget):
            findings.append(f"{describe(widget)} is named only by its value {name!r}")
    return findings


def duplicate_names(window: QWidget) -> list[str]:
    seen: dict[tuple[object, str], list[QWidget]] = defaultdict(list)
    for widget in controls(window):
        interface = QAccessible.queryAccessibleInterface(widget)
        name = accessible_name(widget)
        if interface is not None and name:
            seen[(interface.role(), name.casefold())].append(widget)
    return [
        f"{len(widgets)} controls are all named {accessible_name(widgets[0])!r}: "
        + ", ".join(describe(w) for w in widgets)
        for widgets in seen.values()
        if len(widgets) > 1
    ]


def _tab_stops(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in controls(window)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QTabBar)
    ] + [
        w
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and w.window() is window
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w, INTERACTIVE)
        and not _inside_composite(w, window)
        and not isinstance(w, QLabel)  # selectable text is a stop by choice (copying)
    ]


ESCAPE_PRESSES = 12


def tab_traps(window: QWidget) -> list[str]:
    """Every Tab stop lets the focus go forward and back, and one trip round the chain reaches
    every enabled control that takes Tab focus."""
    findings = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.activateWindow()
    stops = _tab_stops(window)
    # With a single stop there is nowhere else to go: that is no trap.
    for widget in stops if len(stops) > 1 else []:
        for key, label in ((Qt.Key.Key_Tab, "Tab"), (Qt.Key.Key_Backtab, "Shift+Tab")):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            app.processEvents()
            if app.focusWidget() is not widget:
                continue  # e.g. a combo gives the focus to its own line edit
            # A few presses may stay inside by design (a help text's links); a trap keeps
            # the focus through all of them (the audit's results table held 400).
            for _ in range(ESCAPE_PRESSES):
                focused = app.focusWidget()
                if focused is None or not (focused is widget or widget.isAncestorOf(focused)):
                    break
                QTest.keyClick(focused, key)
                app.processEvents()
            else:
                findings.append(f"{describe(widget)} keeps the focus through {label}")
    if stops:
        stops[0].setFocus(Qt.FocusReason.TabFocusReason)
        app.processEvents()
        reached: set[int] = set()
        for _ in range(3 * len(stops) + 10):
            focused = app.focusWidget()
            if focused is None:
                break
            reached.add(id(focused))
            parent = focused.parentWidget()
            while parent is not None:  # a combo's inner line edit counts for the combo
                reached.add(id(parent))
                parent = parent.parentWidget()
            QTest.keyClick(focused, Qt.Key.Key_Tab)
            app.processEvents()
        findings += [
            f"Tab never reaches {describe(w)}"
            for w in stops
            if id(w) not in reached and not isinstance(w, QAbstractItemView)
        ]
    return findings


def _mnemonic(text: str) -> str | None:
    key = QKeySequence.mnemonic(text)
    return key.toString() if not key.isEmpty() else None


def _mnemonic_texts(window: QWidget) -> Iterable[tuple[str, str]]:
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if (
            isinstance(widget, QAbstractButton)
            or isinstance(widget, QLabel)
            and widget.buddy() is not None
        ):
            yield widget.text(), describe(widget)
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            yield widget.title(), describe(widget)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield widget.tabText(i), f"tab {widget.tabText(i)!r}"
    menubar = window.findChild(QMenuBar)
    if menubar is not None and menubar.window() is window:
        for action in menubar.actions():
            yield action.text(), f"menu {action.text()!r}"


def duplicate_mnemonics(window: QWidget) -> list[str]:
    findings = []
    groups: list[list[tuple[str, str]]] = [list(_mnemonic_texts(window))]
    for menu in window.findChildren(QMenu):
        groups.append([(a.text(), f"menu item {a.text()!r}") for a in menu.actions()])
    for group in groups:
        by_key: dict[str, list[str]] = defaultdict(list)
        for text, where in group:
            key = _mnemonic(text)
            if key:
                by_key[key].append(where)
        findings += [
            f"{key} is the mnemonic of {', '.join(wheres)}"
            for key, wheres in by_key.items()
            if len(wheres) > 1
        ]
    return findings


def clipped_texts(window: QWidget) -> list[str]:
    """Text cut off: a label or button narrower than its text, or content wider than a
    scroll area that cannot scroll sideways (it can never be seen)."""
    findings = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if (
            isinstance(widget, QAbstractScrollArea)
            and widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        ):
            room = widget.viewport().width()
            inner = widget.widget() if isinstance(widget, QScrollArea) else None
            if inner is not None:
                needed = inner.width()
            elif isinstance(widget, QTableView):
                header = widget.horizontalHeader()
                needed = sum(
                    header.sectionSize(i)
                    for i in range(header.count())
                    if not header.isSectionHidden(i)
                )
            else:
                needed = 0
            if needed > room + 1:
                findings.append(
                    f"{describe(widget)} shows {room} px of {needed} px and cannot scroll sideways"
                )
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text():
                continue
            if widget.width() + 1 < widget.minimumSizeHint().width():
                findings.append(
                    f"{describe(widget)} is {widget.width()} px wide for "
                    f"{widget.minimumSizeHint().width()} px of text"
                )
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.width() + 1 < widget.sizeHint().width()
        ):
            findings.append(
                f"{describe(widget)} is {widget.width()} px wide for {widget.sizeHint().width()} px"
            )
    return findings


# ---------------------------------------------------------------------------------- contrast
def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_PALETTE_REF = re.compile(r"palette\(([\w-]+)\)")
_ROLES = {
    "window": QPalette.ColorRole.Window,
    "window-text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "alternate-base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text,
    "button": QPalette.ColorRole.Button,
    "button-text": QPalette.ColorRole.ButtonText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted-text": QPalette.ColorRole.HighlightedText,
    "placeholder-text": QPalette.ColorRole.PlaceholderText,
    "mid": QPalette.ColorRole.Mid,
    "dark": QPalette.ColorRole.Dark,
    "light": QPalette.ColorRole.Light,
}


def _colour(value: str, palette: QPalette) -> QColor | None:
    value = value.strip().split()[0] if value.strip() else ""
    ref = _PALETTE_REF.fullmatch(value)
    if ref:
        return palette.color(_ROLES[ref.group(1)])
    colour = QColor(value)
    return colour if colour.isValid() else None


def contrast_findings(qss: str, palette: QPalette, minimum: float = 4.5) -> list[str]:
    """Every rule that sets a text colour, against the background it sets (or, when it sets
    none, the palette's window and base colours it can stand on)."""
    findings = []
    for selectors, body in _RULE.findall(re.sub(r"/\*.*?\*/", "", qss, flags=re.S)):
        props = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                props[name.strip()] = value.strip()
        text = _colour(props["color"], palette) if "color" in props else None
        back_value = props.get("background") or props.get("background-color")
        back = _colour(back_value, palette) if back_value else None
        if text is None:
            continue
        grounds = (
            [back]
            if back is not None
            else [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]
        )
        for ground in grounds:
            ratio = contrast(text, ground)
            if ratio < minimum:
                findings.append(
                    f"{selectors.strip()}: {text.name()} on {ground.name()} is {ratio:.2f}:1"
                )
    return findings


PALETTE_PAIRS = (
    ("text on base", QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    ("text on alternate rows", QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    ("window text", QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    ("button text", QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    ("placeholder", QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    ("grey row text", QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.AlternateBase),
    ("selected row", QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    ("tooltip", QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
)


def palette_findings(palette: QPalette, minimum: float = 4.5) -> list[str]:
    """The palette's own text pairs, active and disabled (a disabled control that shows the
    administrator's scope is still read)."""
    findings = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled):
        for label, fore, back in PALETTE_PAIRS:
            ratio = contrast(palette.color(group, fore), palette.color(group, back))
            if ratio < minimum:
                findings.append(f"{group.name} {label}: {ratio:.2f}:1")
    return findings
