"""Whether every label and placeholder of the reading view fits where it is shown.

Used by tests/gui/test_reading_layout.py in the test process, and run as a program in a child
process with ``QT_SCALE_FACTOR=2``, which Qt reads only when the application starts::

    python -m tests.gui.fit_check --language nl --size 1000x700 --packages DIR

It prints one line per label that does not fit and exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QLineEdit, QTextEdit, QWidget


def cut_off(root: QWidget) -> list[str]:
    """The labels and placeholders under ``root`` that are shown but do not fit.

    A wrapped label fits when its height holds its text at its width; an unwrapped one when its
    width holds its text in one line. A placeholder fits when one line of it fits the viewport
    (Qt's own placeholders do not wrap).
    """
    window = root.window()
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text() or not _shown(label, window):
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height():
                problems.append(f"{label.text()!r}: {needed} px high, has {label.height()}")
        elif label.sizeHint().width() > label.width():
            problems.append(
                f"{label.text()!r}: {label.sizeHint().width()} px wide, has {label.width()}"
            )
    for edit in root.findChildren(QTextEdit):
        text = edit.placeholderText()
        if text and edit.isVisibleTo(window) and edit.document().isEmpty():
            needed = QFontMetrics(edit.font()).horizontalAdvance(text) + 20
            if needed > edit.viewport().width():
                problems.append(f"placeholder {text!r}: {needed} px, has {edit.viewport().width()}")
    for line in root.findChildren(QLineEdit):
        text = line.placeholderText()
        if text and line.isVisibleTo(window) and not line.text():
            needed = QFontMetrics(line.font()).horizontalAdvance(text)
            if needed > line.width():
                problems.append(f"placeholder {text!r}: {needed} px, has {line.width()}")
    return problems


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Whether any part of the widget is on screen (a splitter can squeeze a column to 0)."""
    return widget.width() > 0 and widget.height() > 0 and widget.visibleRegion().isEmpty() is False


def main(argv: list[str]) -> int:
    """Open the window as a reader would, in several states and sizes, and report what is cut."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="en")
    parser.add_argument("--size", action="append", default=[])
    parser.add_argument("--qm", type=Path, help="the compiled catalogue of --language")
    parser.add_argument("--sample", type=Path, required=True)
    parser.add_argument("--translate", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer, QTranslator
    from PySide6.QtWidgets import QApplication

    from kernpunt.ui.main_window import MainWindow
    from kernpunt.ui.settings import Settings

    app = QApplication([sys.argv[0]])
    translator = QTranslator()
    if args.qm is not None:
        assert translator.load(str(args.qm)), args.qm
        app.installTranslator(translator)
    ini = Path(os.environ["XDG_CONFIG_HOME"]) / "fit.ini"
    window = MainWindow(Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    window.show()

    def wait_for(condition: object, timeout_ms: int = 60_000) -> None:
        loop = QEventLoop()
        timer = QTimer(interval=20)
        timer.timeout.connect(lambda: loop.quit() if condition() else None)  # type: ignore[operator]
        timer.start()
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        timer.stop()

    window.open_article(args.sample)
    window.refresh_models()
    wait_for(lambda: window.session.article is not None and window.session.models_checked)
    problems: list[str] = []

    def check(state: str) -> None:
        for size in args.size or ["1000x700", "1920x1080"]:
            width, height = (int(part) for part in size.split("x"))
            window.resize(width, height)
            for _ in range(5):
                app.processEvents()
            problems.extend(f"{state} {size}: {problem}" for problem in cut_off(window.view))

    check("opened")
    if args.translate:
        window.translate()
        wait_for(lambda: window.settled and window.session.current.brief is not None)
        check("translated")
    if args.translate and window.session.current.brief is None:
        problems.append("the article was not translated")
    for problem in problems:
        print(problem)
    window.remember_layout = False
    window.close()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
