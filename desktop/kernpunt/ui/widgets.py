"""Small widgets of the main window: the message bar, the missing-model notice, a steady combo box.

They avoid the ``Qt`` namespace, and so does all the first frame runs: see PLAIN_TEXT.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

READING_WIDTH = 640
SCREEN_SHARE = 0.9

# PySide6 makes all ~90 enums of the Qt namespace into Python enums the first time `Qt` is used
# (an enum's own type, such as type(widget.focusPolicy()), lives there too): 15-20 ms of a
# start-up. Nothing the first frame runs uses it: these few values go through Qt's property
# system, which takes them as numbers (tests/e2e/test_start.py checks each against Qt's enum).
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
HORIZONTAL = 1  # Qt.Orientation.Horizontal
VERTICAL = 2  # Qt.Orientation.Vertical
TOP_LEFT = 0x21  # Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
# Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
SELECTABLE_BROWSER = 0x0D | 0x02
CLICK_FOCUS = 0x02  # Qt.FocusPolicy.ClickFocus
STRONG_FOCUS = 0x0B  # Qt.FocusPolicy.StrongFocus


def fit_to_screen(dialog: QWidget, *, width: int = READING_WIDTH, height: int = 0) -> None:
    """Give a dialog of sentences a reader's width: ``width`` px, at most 90 % of the screen.

    Without this a dialog takes the width of its longest unwrapped line, which for a sentence
    is wider than many screens. Its wrapped labels then take the height they need.

    Args:
        dialog: The dialog, before it is shown.
        width: The width it would like.
        height: The height it would like; at least what its contents need at that width.
    """
    parent = dialog.parentWidget()
    screen = (parent or dialog).screen()
    available = screen.availableGeometry()
    fitted = min(width, int(available.width() * SCREEN_SHARE))
    layout = dialog.layout()
    needed = layout.totalHeightForWidth(fitted) if layout and layout.hasHeightForWidth() else 0
    needed = max(needed, height, dialog.minimumSizeHint().height())
    dialog.resize(fitted, min(needed, int(available.height() * SCREEN_SHARE)))


class MessageBar(QFrame):
    """A line above the panes for errors, notes and offers; never a blocking dialog.

    Args:
        closable: Whether it has a ✕ to dismiss it; an offer the reader must answer has none.
    """

    def __init__(self, parent: QWidget | None = None, *, closable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(self.tr("Message"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self.hide)
        self.close_button.setVisible(closable)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._on_action_clicked)
        self.action_button.hide()
        self.second_button = QPushButton()
        self.second_button.clicked.connect(self._on_second_clicked)
        self.second_button.hide()
        self._action: Callable[[], None] | None = None
        self._second: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.second_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(
        self,
        text: str,
        *,
        error: bool = True,
        action: tuple[str, Callable[[], None]] | None = None,
        second_action: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        """Show a message, with up to two buttons for what the reader can do about it.

        Errors get a warm background, notes a neutral one; the text colour is set too, so the
        bar stays readable in a dark theme. A button hides the bar, then does its action.
        """
        colour = "#fbe3e1" if error else "#e4eefb"
        self.setStyleSheet(
            f"#messageBar {{ background: {colour}; border-radius: 4px; }}"
            "#messageBar QLabel { color: #1f1f1f; }"
        )
        self.label.setText(text)
        self._action = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self._second = second_action[1] if second_action else None
        self.second_button.setText(second_action[0] if second_action else "")
        self.second_button.setVisible(second_action is not None)
        self.show()

    def _on_action_clicked(self) -> None:
        self._run(self._action)

    def _on_second_clicked(self) -> None:
        self._run(self._second)

    def _run(self, action: Callable[[], None] | None) -> None:
        self._action = self._second = None
        self.hide()
        if action is not None:
            action()


class MissingModelNotice(QWidget):
    """What the translation pane shows while no Dutch → English model is installed.

    Download looks up the model index only when pressed; the window fills in how it goes.

    Signals:
        install_requested: when the reader asks to install a model from a file.
        download_requested: when the reader asks to download the Dutch → English model.
        cancel_requested: when the reader cancels the download.
    """

    install_requested = Signal()
    download_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("No Dutch → English model is installed"))
        title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        title.setWordWrap(True)
        self.body = body = QLabel(
            self.tr(
                "Kernpunt translates on this computer with a model, which you get once. "
                "Models are Argos Translate packages (.argosmodel): Download fetches the "
                "Dutch → English one from the Argos Translate package index, or install one "
                "you got from another computer. The Dutch original stays readable meanwhile."
            )
        )
        body.setWordWrap(True)
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.setToolTip(
            self.tr("Connects to the model index. Nothing else ever leaves this computer.")
        )
        self.download_button.clicked.connect(self.download_requested)
        self.button = QPushButton(self.tr("Install model from file…"))
        self.button.clicked.connect(self.install_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addWidget(self.download_button)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addStretch(2)

    def show_busy(self, text: str) -> None:
        """Say what the download is doing; Cancel and a moving bar until it says more."""
        self.download_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._say(text)

    def show_progress(self, text: str, fraction: float) -> None:
        """Show how far the download is (``fraction`` below 0 when its size is unknown)."""
        if fraction >= 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(fraction * 1000))
        self._say(text)

    def show_result(self, text: str) -> None:
        """The download ended without a model (failed, cancelled, or no index): say so."""
        self.download_button.setEnabled(True)
        self.progress.hide()
        self.cancel_button.hide()
        self._say(text)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))


class SteadyComboBox(QComboBox):
    """A combo box that changes only when the reader means it to.

    A plain QComboBox takes focus from the wheel and changes its value on a wheel turn or an
    arrow key, so a reader scrolling a dialog or pressing Down at start switched the translation
    mode without noticing. This one ignores the wheel unless it has focus (the wheel then scrolls
    what is around it), and, with ``tab_focus`` False, is focused only by a click, so the arrow
    keys keep going to the reading panes.
    """

    def __init__(self, parent: QWidget | None = None, *, tab_focus: bool = True) -> None:
        super().__init__(parent)
        self.setProperty("focusPolicy", STRONG_FOCUS if tab_focus else CLICK_FOCUS)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Turn the wheel's notches into a change only while the box has focus."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
