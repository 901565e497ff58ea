"""GUI tests: the English catalogue the app loads, and windows with their own settings file."""

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kernpunt.ui.i18n import install_translator
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.panes import SentencePane
from kernpunt.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

ENGLISH = Path(__file__).resolve().parents[2] / "translations" / "kernpunt_en.ts"


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(ENGLISH), "-qm", str(folder / "kernpunt_en.qm")],
        check=True,
    )
    assert install_translator(qapp, "en", folder) == "en"


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "kernpunt.ini"


@pytest.fixture
def make_settings(settings_file: Path) -> Callable[[], Settings]:
    """Settings on an INI file of the test's own; call again to read what was saved."""

    def make() -> Settings:
        return Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))

    return make


@pytest.fixture
def window(qtbot: QtBot, make_settings: Callable[[], Settings]) -> MainWindow:
    settings = make_settings()
    # These tests press Translate themselves; test_auto_translate.py checks it starts alone.
    settings.translate_on_open = False
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def open_and_wait(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_article(path)


def check_models(qtbot: QtBot, window: MainWindow) -> None:
    window.refresh_models()
    qtbot.waitUntil(lambda: window.session.models_checked, timeout=10_000)


def open_ready(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """Open the article and wait until the installed models are known: ready to translate."""
    open_and_wait(qtbot, window, path)
    check_models(qtbot, window)


def translate_and_wait(qtbot: QtBot, window: MainWindow) -> None:
    """Translate, and wait for the translation and for the key terms found after it."""
    with qtbot.waitSignal(window.translation_finished, timeout=60_000):
        window.translate()
    qtbot.waitUntil(lambda: not window.session.finding_terms, timeout=10_000)


def open_translated(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """Open the article, translate it, and wait for the translation and its key terms."""
    open_ready(qtbot, window, path)
    translate_and_wait(qtbot, window)


def export_through_the_dialog(
    qtbot: QtBot, window: MainWindow, target: Path, content: str = "all"
) -> None:
    """File › Export…, as a reader does: format, content, name, Export; the dialog closes."""
    from kernpunt.ui.export_dialog import ExportDialog

    def fill_in() -> None:
        dialog = window.findChild(ExportDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.format.setCurrentIndex(dialog.format.findData(target.suffix.lstrip(".")))
        dialog.content.setCurrentIndex(dialog.content.findData(content))
        dialog.folder.setText(str(target.parent))
        dialog.file_name.setText(target.name)
        dialog.export_button.click()

    QTimer.singleShot(0, fill_in)
    window.actions_.export.trigger()  # modal: returns once the dialog closed
    qtbot.waitUntil(target.exists, timeout=10_000)


def pdf_printer(path: Path) -> "QPrinter":
    """A printer that prints to that PDF file, as Print › Save as PDF does."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def shown_text(pane: SentencePane, index: int) -> str:
    """The text a pane shows for a sentence."""
    start, end = pane._spans[index]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def english_article(folder: Path) -> Path:
    """A short English news text in the folder, which Kernpunt opens with a warning."""
    path = folder / "english.txt"
    path.write_text(
        "The foreign ministers of the NATO member states sharpened their tone against Russia "
        "at their two-day summit in Brussels. Secretary General Jens Stoltenberg spoke about "
        "repressive behaviour at home and aggressive behaviour abroad.",
        encoding="utf-8",
    )
    return path
