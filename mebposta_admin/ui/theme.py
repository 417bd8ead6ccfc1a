"""Light and dark, from the system: the palette and the style sheet, one variant each.

The variant follows the desktop's colour scheme (``QStyleHints.colorScheme``, live) unless the
administrator chose one in Settings. Both variants hold every text/background pair at WCAG 2.2
AA (4.5:1) — disabled text too, because a disabled control can still carry information — and
the sizes in the style sheet are multiples of the system font, so a larger desktop font makes
the whole application larger. Fusion draws every control from the palette on every platform,
which is what makes the pairs measurable (the native Windows style ignores most of it).
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from mebposta_admin import paths

LIGHT, DARK = "light", "dark"
PREFERENCES = ("system", LIGHT, DARK)

# Sizes relative to the system font's point size.
SCALE = {"title_pt": 1.8, "page_pt": 1.4, "section_pt": 1.1, "figure_pt": 2.0, "search_pt": 1.2}

_PALETTE_KEYS = (
    "window",
    "window_text",
    "base",
    "alternate_base",
    "text",
    "button",
    "highlight",
    "highlighted_text",
    "placeholder",
    "disabled_text",
    "disabled_back",
    "tooltip_back",
    "link",
)

COLOURS: dict[str, dict[str, str]] = {
    LIGHT: {
        "window": "#f2f1ef",
        "window_text": "#1c1c1c",
        "base": "#ffffff",
        "alternate_base": "#f5f4f2",
        "text": "#1c1c1c",
        "button": "#f7f6f4",
        "highlight": "#1f5a96",
        "highlighted_text": "#ffffff",
        "placeholder": "#6b6b6b",
        "disabled_text": "#5f5f5f",
        "disabled_back": "#e6e5e2",
        "tooltip_back": "#fffbe6",
        "link": "#1a4f8a",
        "muted": "#555555",
        "muted_on_card": "#555555",
        "brand_text": "#8a1c1c",
        "brand_back": "#8a1c1c",
        "brand_hover": "#731616",
        "on_brand": "#ffffff",
        "warning_text": "#6b4500",
        "warning_back": "#fff4d6",
        "warning_border": "#d9b04f",
        "error_text": "#a11818",
        "success_text": "#14532d",
        "sidebar_back": "#e9e6e1",
        "rule": "#cfcccc",
        "card_back": "#fafafa",
        "ok_back": "#e6f4ea",
        "ok_text": "#14532d",
        "ok_border": "#7fbf8f",
        "bad_back": "#fbecea",
        "bad_text": "#7a1d12",
        "bad_border": "#d99a91",
        "quote_text": "#5a2a00",
        "readonly_back": "#ecebe8",
        "readonly_text": "#333333",
        "button_back": "#f7f6f4",
        "button_border": "#8f8c88",
        "button_hover": "#ecebe8",
        "button_pressed": "#dedcd8",
        "focus": "#1f5a96",
        "focus_on_brand": "#111111",
        "focus_back": "#dde8f5",
    },
    DARK: {
        "window": "#1f2023",
        "window_text": "#e8e8e8",
        "base": "#151618",
        "alternate_base": "#1d1f22",
        "text": "#e8e8e8",
        "button": "#2a2c30",
        "highlight": "#3f74b8",
        "highlighted_text": "#ffffff",
        "placeholder": "#a3a3a3",
        "disabled_text": "#a6a6a6",
        "disabled_back": "#2f3034",
        "tooltip_back": "#2a2c30",
        "link": "#8cb8ff",
        "muted": "#b4b4b4",
        "muted_on_card": "#b4b4b4",
        "brand_text": "#ff9d92",
        "brand_back": "#9b2424",
        "brand_hover": "#b02a2a",
        "on_brand": "#ffffff",
        "warning_text": "#ffd98a",
        "warning_back": "#3a2f12",
        "warning_border": "#8a6d2a",
        "error_text": "#ff9b9b",
        "success_text": "#8fe0a8",
        "sidebar_back": "#26282c",
        "rule": "#44474c",
        "card_back": "#26282c",
        "ok_back": "#173321",
        "ok_text": "#9be8b3",
        "ok_border": "#3d7a51",
        "bad_back": "#3b1a17",
        "bad_text": "#ffb8ae",
        "bad_border": "#8a433a",
        "quote_text": "#ffd3a3",
        "readonly_back": "#2a2b2e",
        "readonly_text": "#d6d6d6",
        "button_back": "#2a2c30",
        "button_border": "#74777d",
        "button_hover": "#33363a",
        "button_pressed": "#3b3e43",
        "focus": "#8cb8ff",
        "focus_on_brand": "#ffffff",
        "focus_back": "#243a57",
    },
}


def desktop_scheme() -> Qt.ColorScheme:
    return QGuiApplication.styleHints().colorScheme()


def scheme_of(preference: str, desktop: Callable[[], Qt.ColorScheme] = desktop_scheme) -> str:
    """The variant for a preference ("system", "light", "dark")."""
    if preference in (LIGHT, DARK):
        return preference
    return DARK if desktop() == Qt.ColorScheme.Dark else LIGHT


def palette(scheme: str) -> QPalette:
    c = COLOURS[scheme]
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: c["window"],
        QPalette.ColorRole.WindowText: c["window_text"],
        QPalette.ColorRole.Base: c["base"],
        QPalette.ColorRole.AlternateBase: c["alternate_base"],
        QPalette.ColorRole.Text: c["text"],
        QPalette.ColorRole.Button: c["button"],
        QPalette.ColorRole.ButtonText: c["text"],
        QPalette.ColorRole.BrightText: c["highlighted_text"],
        QPalette.ColorRole.Highlight: c["highlight"],
        QPalette.ColorRole.HighlightedText: c["highlighted_text"],
        QPalette.ColorRole.PlaceholderText: c["placeholder"],
        QPalette.ColorRole.ToolTipBase: c["tooltip_back"],
        QPalette.ColorRole.ToolTipText: c["text"],
        QPalette.ColorRole.Link: c["link"],
        QPalette.ColorRole.LinkVisited: c["link"],
    }
    for role, value in roles.items():
        result.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
    ):
        result.setColor(disabled, role, QColor(c["disabled_text"]))
    result.setColor(disabled, QPalette.ColorRole.Button, QColor(c["disabled_back"]))
    result.setColor(disabled, QPalette.ColorRole.Base, QColor(c["disabled_back"]))
    result.setColor(disabled, QPalette.ColorRole.Window, QColor(c["window"]))
    # A selection in a window that lost the focus stays readable.
    result.setColor(
        QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor(c["highlight"])
    )
    result.setColor(
        QPalette.ColorGroup.Inactive,
        QPalette.ColorRole.HighlightedText,
        QColor(c["highlighted_text"]),
    )
    return result


def stylesheet(scheme: str, base_point_size: float) -> str:
    template = string.Template(paths.resource("style.qss").read_text(encoding="utf-8"))
    values = dict(COLOURS[scheme])
    values.update({key: f"{base_point_size * factor:.1f}pt" for key, factor in SCALE.items()})
    return template.substitute(values)


@dataclass
class _Applied:
    preference: str
    base_point_size: float
    scheme: str = LIGHT


class Theme(QObject):
    """Applies a variant to the application and follows the desktop while the preference is
    "system"."""

    def __init__(
        self,
        app: QApplication,
        preference: str = "system",
        desktop: Callable[[], Qt.ColorScheme] = desktop_scheme,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.desktop = desktop
        font = app.font()
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        self.state = _Applied(preference if preference in PREFERENCES else "system", size)
        app.setStyle("Fusion")
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        app.fontChanged.connect(self._font_changed)
        self.apply()

    @property
    def scheme(self) -> str:
        return self.state.scheme

    def set_preference(self, preference: str) -> None:
        self.state.preference = preference if preference in PREFERENCES else "system"
        self.apply()

    def apply(self) -> None:
        self.state.scheme = scheme_of(self.state.preference, self.desktop)
        self.app.setPalette(palette(self.state.scheme))
        self.app.setStyleSheet(stylesheet(self.state.scheme, self.state.base_point_size))

    def _font_changed(self, font: QFont) -> None:
        """The desktop's text size changed (or the application font was set): the headings
        and the search box follow."""
        size = font.pointSizeF()
        if size > 0 and abs(size - self.state.base_point_size) > 0.01:
            self.state.base_point_size = size
            self.apply()

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.state.preference == "system":
            self.apply()


def colour(token: str) -> QColor:
    """A colour of the variant in use (judged from the application palette)."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QColor(COLOURS[DARK if base.lightness() < 128 else LIGHT][token])
