"""Light and dark variants at WCAG AA, the system font respected, the desktop's scheme followed;
and the accessibility check itself finds each kind of defect (a check that cannot fail would
prove nothing)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin import paths
from mebposta_admin.ui import theme
from tests.support import a11y


@pytest.fixture
def restore_app(qapp):
    font, style_sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    yield qapp
    QGuiApplication.styleHints().unsetColorScheme()
    qapp.setFont(font)
    qapp.setStyleSheet(style_sheet)
    qapp.setPalette(palette)


@pytest.mark.parametrize("scheme", (theme.LIGHT, theme.DARK))
def test_every_text_pair_meets_wcag_aa(restore_app, scheme: str) -> None:
    sheet = theme.stylesheet(scheme, 10.0)
    palette = theme.palette(scheme)
    assert a11y.contrast_findings(sheet, palette) == []
    assert a11y.palette_findings(palette) == []
    # Every colour of the style sheet comes from the variant: no literal left in the template.
    template = paths.resource("style.qss").read_text(encoding="utf-8")
    assert re.findall(r"#[0-9a-fA-F]{3,8}\b|\b(?:white|black)\b", template) == []


def test_the_contrast_check_fails_on_the_old_colours(qapp) -> None:
    """The pairs the audit measured, written as the old style sheet had them."""
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, "#efefef")
    light.setColor(QPalette.ColorRole.Base, "#ffffff")
    old = "QLabel#hintLabel { color: #888; }\nQLabel#x { color: white; background: #308cc6; }"
    findings = a11y.contrast_findings(old, light)
    assert len(findings) == 3 and all(":1" in f for f in findings)


def test_sizes_follow_the_system_font(restore_app) -> None:
    restore_app.setFont(restore_app.font().__class__("Sans", 15))
    applied = theme.Theme(restore_app, theme.LIGHT)
    sheet = restore_app.styleSheet()
    sizes = [float(s) for s in re.findall(r"font-size:\s*([\d.]+)pt", sheet)]
    assert sizes and min(sizes) >= 15 * 1.1 - 0.05  # only headings set a size, all larger
    assert "font-size: 10pt" not in sheet and applied.state.base_point_size == 15


def test_the_variant_follows_the_desktop_until_one_is_chosen(restore_app) -> None:
    """The offscreen platform has no desktop whose scheme could change, so the desktop's
    answer is stood in for (the one thing mocked here); the change arrives through Qt's own
    colorSchemeChanged signal, as a real desktop's would."""
    desktop = [Qt.ColorScheme.Light]
    hints = QGuiApplication.styleHints()
    applied = theme.Theme(restore_app, "system", desktop=lambda: desktop[0])
    assert applied.scheme == theme.LIGHT
    desktop[0] = Qt.ColorScheme.Dark
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert applied.scheme == theme.DARK
    window = restore_app.palette().color(QPalette.ColorRole.Window)
    assert window.lightness() < 60
    applied.set_preference(theme.LIGHT)  # the administrator's choice wins over the desktop
    assert applied.scheme == theme.LIGHT
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert applied.scheme == theme.LIGHT
    applied.deleteLater()


def test_the_check_finds_each_kind_of_defect(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    menubar = QMenuBar(window)
    menu = menubar.addMenu("&Dosya")
    menu.addAction("&Kişi ara")
    menu.addAction("Çı&kış")
    combo = QComboBox()
    combo.addItem("Tüm iller")
    edit = QLineEdit()
    edit.setPlaceholderText("Kurum kodu")
    table = QTableView()
    table.setModel(QStandardItemModel(10, 3, window))  # more cells than the check presses
    first, second = QPushButton("Göster"), QPushButton("Göster")
    after = QPushButton("&Giriş yap")
    form = QFormLayout()
    form.addRow("&GSM:", QLineEdit())
    for widget in (combo, edit, table, first, second, after):
        layout.addWidget(widget)
    layout.addLayout(form)
    window.show()
    qtbot.waitExposed(window)
    unnamed = a11y.unnamed_controls(window)
    assert any("Tüm iller" in f for f in unnamed)
    assert any(f.startswith("QLineEdit") for f in unnamed)  # the placeholder is no name
    assert any("QTableView" in f for f in unnamed)
    assert any("'Göster'" in f for f in a11y.duplicate_names(window))
    assert any("Alt+K" in f for f in a11y.duplicate_mnemonics(window))
    assert any("Alt+G" in f for f in a11y.duplicate_mnemonics(window))
    traps = a11y.tab_traps(window)
    assert any("QTableView" in f and "Tab" in f for f in traps)
    assert any("never reaches" in f for f in traps)
    table.setTabKeyNavigation(False)
    assert a11y.tab_traps(window) == []
