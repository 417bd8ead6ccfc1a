"""Keyboard and screen-reader plumbing every screen uses (issue 10; checked by
tests/ui/test_accessibility.py).

* :func:`name` gives a control the name a screen reader says (and a description);
* :func:`keyboard_view` makes a list or table a single Tab stop that Tab and Shift+Tab leave
  (Qt's tables move between cells on Tab by default, trapping the keyboard user);
* :func:`announce` speaks a status message that matters (a check's answer, a send's outcome,
  an error) through ``QAccessibleAnnouncementEvent``;
* :func:`selectable` makes a shown value selectable and copyable by keyboard as well as mouse;
* :func:`park_focus` moves the focus somewhere meaningful before a control disables itself.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

# The last announcements made in this process, newest last: a screen reader hears them as
# events; the suite (which has no screen reader) reads them here.
recent_announcements: deque[str] = deque(maxlen=50)


def name(widget: QWidget, text: str, description: str | None = None) -> QWidget:
    widget.setAccessibleName(text.replace("&", "").rstrip(":").strip())
    if description is not None:
        widget.setAccessibleDescription(description)
    return widget


def keyboard_view(view: QAbstractItemView, text: str) -> QAbstractItemView:
    """One Tab stop: arrows move inside, Tab and Shift+Tab move on."""
    view.setTabKeyNavigation(False)
    name(view, text)
    return view


def selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Say ``text`` now, whatever has the focus (polite: after the current speech;
    assertive: at once — for errors)."""
    if not text:
        return
    recent_announcements.append(text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


announce_text = announce  # the name StatusLabel.say uses (its flag is called announce)


def park_focus(control: QWidget, target: QWidget) -> None:
    """Before ``control`` disables itself: if it has the focus, hand it to ``target`` (the
    label that will show the outcome) instead of letting Qt jump to an unrelated control."""
    if control.hasFocus() and target.isVisible():
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class StatusLabel(QLabel):
    """A status line that can be read and copied by keyboard while it says something, and is
    no Tab stop while it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("statusLabel")
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if text else Qt.FocusPolicy.NoFocus)

    def clear(self) -> None:
        self.say("")

    def say(self, text: str, *, outcome: str | None = None, announce: bool = False) -> None:
        """Show ``text`` styled as its outcome ("error", "success" or neutral — a step in
        progress never keeps the colour of the last failure) and, for what matters, say it to
        a screen reader (errors at once)."""
        self.setProperty("error", outcome == "error")
        self.setProperty("success", outcome == "success")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        if announce:
            announce_text(self, text, assertive=outcome == "error")
