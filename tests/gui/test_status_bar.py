"""The status bar: what it names is shown whole, from the first frame painted after a change."""

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kernpunt.ui.main_window import MainWindow


def shown_whole(label: QLabel) -> bool:
    return label.isVisible() and label.width() >= label.sizeHint().width()


def test_the_encoding_and_model_are_never_cut_off_in_the_frame_after_an_article_opens(
    qtbot: QtBot, window: MainWindow, sample: Path
) -> None:
    status = window.status
    seen: list[tuple[bool, bool]] = []

    # A screenshot, or the next frame, is taken in the same turn of the event loop as the
    # article arrives, before any deferred layout request is handled.
    def look() -> None:
        seen.append((shown_whole(status.encoding_label), shown_whole(status.model_label)))

    window.article_shown.connect(look)
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_article(sample)
    assert status.encoding_label.text() == "UTF-8"
    assert seen == [(True, True)]

    status.set_model("Dutch → English 1.9, with a long name")
    assert shown_whole(status.model_label)
