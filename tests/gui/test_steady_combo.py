"""No stray arrow key or wheel turn changes a setting behind the reader's back."""

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.settings import Settings
from kernpunt.ui.settings_dialog import SettingsDialog
from kernpunt.ui.widgets import SteadyComboBox


def turn_wheel(widget: QComboBox, notches: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_arrow_keys_at_start_leave_the_mode_alone(
    qtbot: QtBot, make_settings: Callable[[], Settings]
) -> None:
    window = MainWindow(make_settings())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is not None)
    before = window.settings.mode
    focused = window.focusWidget()
    assert focused is not None and not isinstance(focused, QComboBox), focused
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Down):
        qtbot.keyClick(focused, key)
    assert window.settings.mode == before
    assert make_settings().mode == before, "nothing was saved either"
    assert window.status.mode_box.currentData() == before


def test_the_mode_box_is_not_reached_by_tab_but_by_a_click(qtbot: QtBot) -> None:
    box = SteadyComboBox(tab_focus=False)
    qtbot.addWidget(box)
    assert box.focusPolicy() == Qt.FocusPolicy.ClickFocus
    assert SteadyComboBox().focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_a_wheel_turn_passes_an_unfocused_box_by(qtbot: QtBot) -> None:
    box = SteadyComboBox()
    qtbot.addWidget(box)
    box.addItems(["Quality", "Fast", "Third"])
    box.show()
    qtbot.waitExposed(box)
    box.clearFocus()
    turn_wheel(box, 1)
    assert box.currentIndex() == 0
    # Once the reader has clicked into it, the wheel is theirs to use.
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    turn_wheel(box, 1)
    assert box.currentIndex() == 1


def test_scrolling_the_settings_dialog_changes_no_setting(
    qtbot: QtBot, make_settings: Callable[[], Settings]
) -> None:
    settings = make_settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.setFocus()
    boxes = dialog.findChildren(QComboBox)
    assert len(boxes) >= 4
    before = [box.currentIndex() for box in boxes]
    for box in boxes:
        turn_wheel(box, 1)
        turn_wheel(box, -1)
        turn_wheel(box, 1)
    assert [box.currentIndex() for box in boxes] == before
