"""Dialogs show their words whole: no stray "&", no cut-off sentence, no oversized dialog."""

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from kernpunt.ui.jobs import JobRunner
from kernpunt.ui.models_dialog import ModelsDialog
from kernpunt.ui.sentence_dialogs import AlternativesDialog, EditSentenceDialog
from kernpunt.ui.settings import Settings
from kernpunt.ui.settings_dialog import SettingsDialog
from kernpunt.ui.widgets import MissingModelNotice
from tests.gui.test_wording import catalogues, dutch_ui  # noqa: F401 (fixtures)
from tests.support.commands import run_python

SOURCE = (
    "De ministers van Buitenlandse Zaken van de NAVO-lidstaten hebben op hun tweedaagse top in "
    "Brussel hun toon tegen Rusland nog wat verder verscherpt, zo bleek tijdens de afsluitende "
    "persconferentie van secretaris-generaal Jens Stoltenberg."
)
ALTERNATIVES = [
    "The foreign ministers of the NATO member states sharpened their tone towards Russia a little "
    "further at their two-day summit in Brussels, as became clear at the closing press conference "
    "of Secretary General Jens Stoltenberg.",
    "At their two-day summit in Brussels, NATO's foreign ministers hardened their tone against "
    "Russia somewhat further, Secretary General Jens Stoltenberg's closing press conference made "
    "clear.",
    "NATO foreign ministers toughened their stance on Russia.",
]
READING_WIDTH = 640


def shown_labels(dialog: QWidget) -> list[QLabel]:
    return [label for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]


def assert_no_literal_ampersand(dialog: QWidget) -> None:
    for label in dialog.findChildren(QLabel):
        text = label.text().replace("&&", "")
        if "&" in text:
            assert label.buddy() is not None, f"“{label.text()}” shows its & literally"


def assert_nothing_cut_off(dialog: QWidget) -> None:
    for label in shown_labels(dialog):
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            assert needed <= label.height(), f"“{label.text()[:40]}…” is cut off"
        else:
            needed = label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))
            assert needed <= label.width(), f"“{label.text()[:40]}…” is cut off"
        assert label.geometry().right() <= dialog.width(), label.text()
        where = QRect(label.mapTo(dialog, label.rect().topLeft()), label.size())
        for other in dialog.findChildren(QWidget):
            if other is label or not other.isVisibleTo(dialog) or other.isAncestorOf(label):
                continue
            if other.parentWidget() is not label.parentWidget():
                continue
            there = QRect(other.mapTo(dialog, other.rect().topLeft()), other.size())
            assert not where.intersects(there), f"“{label.text()[:40]}” lies under {other}"
    for options in dialog.findChildren(QListWidget):
        width = options.viewport().width()
        for row in range(options.count()):
            item = options.item(row)
            rect = options.visualItemRect(item)
            wrapped = options.fontMetrics().boundingRect(
                QRect(0, 0, rect.width() - 8, 10_000),
                int(Qt.TextFlag.TextWordWrap),
                item.text(),
            )
            assert rect.right() < width, f"alternative {row} runs off the edge"
            assert rect.height() >= wrapped.height(), f"alternative {row} is cut off"


def show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_edit_dialog_wraps_the_sentence_at_a_readers_width(qtbot: QtBot) -> None:
    dialog = show(qtbot, EditSentenceDialog(SOURCE, ALTERNATIVES[0]))
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= min(READING_WIDTH, screen.width())
    assert dialog.height() <= screen.height()
    assert SOURCE in dialog.original.text()
    assert dialog.original.wordWrap()
    assert_nothing_cut_off(dialog)
    assert_no_literal_ampersand(dialog)
    assert dialog.text() == ALTERNATIVES[0]


def test_other_translations_show_every_alternative_whole(qtbot: QtBot) -> None:
    dialog = show(qtbot, AlternativesDialog(3, SOURCE, ALTERNATIVES, ALTERNATIVES[2]))
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= min(READING_WIDTH, screen.width())
    assert dialog.texts() == ALTERNATIVES
    assert dialog.options.currentRow() == 2, "the translation in use is the one marked"
    assert_nothing_cut_off(dialog)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.options.setCurrentRow(1)
        qtbot.keyClick(dialog.options, Qt.Key.Key_Return)
    assert chosen.args == [ALTERNATIVES[1]]
    assert not dialog.isVisible()


def test_cancelling_other_translations_changes_nothing(qtbot: QtBot) -> None:
    dialog = show(qtbot, AlternativesDialog(1, SOURCE, ALTERNATIVES))
    with qtbot.assertNotEmitted(dialog.chosen):
        dialog.reject()


def test_the_settings_dialog_has_no_literal_ampersand_and_wraps(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    settings = Settings(QSettings(str(tmp_path / "k.ini"), QSettings.Format.IniFormat))
    dialog = show(qtbot, SettingsDialog(settings))
    assert_no_literal_ampersand(dialog)
    folder = next(label for label in dialog.findChildren(QLabel) if "Folder" in label.text())
    assert folder.buddy() is dialog.model_folder
    restart = next(label for label in shown_labels(dialog) if "restart" in label.text())
    assert restart.wordWrap()
    assert_nothing_cut_off(dialog)


@pytest.mark.usefixtures("dutch_ui")
def test_the_dutch_settings_dialog_shows_every_note_whole(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    settings = Settings(QSettings(str(tmp_path / "k.ini"), QSettings.Format.IniFormat))
    dialog = show(qtbot, SettingsDialog(settings))
    folder = next(label for label in dialog.findChildren(QLabel) if "Map" in label.text())
    assert folder.buddy() is dialog.model_folder
    assert_nothing_cut_off(dialog)


def test_the_models_dialog_fits_and_wraps(qtbot: QtBot) -> None:
    runner = JobRunner()
    try:
        dialog = show(qtbot, ModelsDialog(runner))
        screen = dialog.screen().availableGeometry()
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
        assert_no_literal_ampersand(dialog)
        for label in shown_labels(dialog):
            assert label.wordWrap() or len(label.text()) < 40, label.text()
    finally:
        runner.shutdown()


def test_the_missing_model_notice_wraps_its_explanation(qtbot: QtBot) -> None:
    notice = MissingModelNotice()
    qtbot.addWidget(notice)
    notice.resize(320, 400)
    notice.show()
    qtbot.waitExposed(notice)
    assert_no_literal_ampersand(notice)
    assert all(label.wordWrap() for label in shown_labels(notice))
    assert_nothing_cut_off(notice)


MEASURE = """
import json, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
from kernpunt.ui.sentence_dialogs import AlternativesDialog, EditSentenceDialog
window = QMainWindow()
window.resize(1000, 700)
source, alternatives = json.loads(sys.argv[1])
sizes = {}
for name, dialog in (
    ("edit", EditSentenceDialog(source, alternatives[0], window)),
    ("alternatives", AlternativesDialog(1, source, alternatives, None, window)),
):
    dialog.show()
    app.processEvents()
    sizes[name] = [dialog.width(), dialog.height()]
screen = app.primaryScreen().availableGeometry()
print(json.dumps({"screen": [screen.width(), screen.height()], **sizes}))
"""


@pytest.mark.parametrize(("width", "height"), [(1000, 700), (600, 480)])
def test_sentence_dialogs_fit_a_small_screen(tmp_path: Path, width: int, height: int) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "small", "x": 0, "y": 0, "width": width, "height": height,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ]
            }
        )
    )  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = run_python("-c", MEASURE, json.dumps([SOURCE, ALTERNATIVES]), env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    sizes = json.loads(result.stdout.strip().splitlines()[-1])
    assert sizes["screen"] == [width, height]
    for name in ("edit", "alternatives"):
        shown_width, shown_height = sizes[name]
        assert shown_width <= min(READING_WIDTH, 0.9 * width), name
        assert shown_height <= 0.9 * height, name
        assert shown_width >= min(READING_WIDTH, 0.9 * width) - 1, f"{name} uses the room it has"


def test_the_export_dialog_has_no_literal_ampersand(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from kernpunt.ui.export_dialog import ExportDialog
    from kernpunt.ui.session import ArticleSession

    settings = Settings(QSettings(str(tmp_path / "k.ini"), QSettings.Format.IniFormat))
    session = ArticleSession(JobRunner())
    try:
        dialog = show(qtbot, ExportDialog(session, settings))
        assert_no_literal_ampersand(dialog)
    finally:
        session.runner.shutdown()
