"""The themes: a disabled control must look disabled in every one of them."""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from kernpunt.ui.theme import apply_theme

ROLES = (
    QPalette.ColorRole.WindowText,
    QPalette.ColorRole.ButtonText,
    QPalette.ColorRole.Text,
)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "system")


@pytest.mark.parametrize("theme", ["light", "dark", "system"])
@pytest.mark.parametrize("role", ROLES)
def test_a_disabled_control_is_drawn_differently(
    qtbot: QtBot, themed: QApplication, theme: str, role: QPalette.ColorRole
) -> None:
    apply_theme(themed, theme)
    button = QPushButton("Download and install")
    qtbot.addWidget(button)
    button.setEnabled(False)
    palette = button.palette()
    disabled = palette.color(QPalette.ColorGroup.Disabled, role)
    enabled = palette.color(QPalette.ColorGroup.Active, role)
    assert disabled != enabled, f"{theme}: a disabled {role.name} looks enabled"
    # The difference must be visible, not one step of a colour channel.
    assert abs(disabled.lightness() - enabled.lightness()) >= 40, theme


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_disabled_text_still_reads_on_its_background(themed: QApplication, theme: str) -> None:
    apply_theme(themed, theme)
    palette = themed.palette()
    group = QPalette.ColorGroup.Disabled
    text = palette.color(group, QPalette.ColorRole.ButtonText).lightness()
    background = palette.color(group, QPalette.ColorRole.Button).lightness()
    assert abs(text - background) >= 60
