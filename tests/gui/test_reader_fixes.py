"""What a reader met in the first hour: each test walks the path where it went wrong."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from kernpunt.ui.main_window import MainWindow
from tests.gui.conftest import check_models, open_and_wait, translate_and_wait

CODE_ARTICLE = """# Zo werkt de terminal

Open eerst een terminal op je computer. Typ dan `git status --short` en druk op Enter.

De computer laat nu zien welke bestanden je hebt veranderd. Daarna kun je verder werken.
"""


def test_other_translations_keep_inline_code_as_it_is(
    qtbot: QtBot, window: MainWindow, installed_model: Path, tmp_path: Path
) -> None:
    path = tmp_path / "terminal.md"
    path.write_text(CODE_ARTICLE, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    check_models(qtbot, window)
    translate_and_wait(qtbot, window)
    [index] = [s.index for s in window.session.sentences if "git status" in s.text]
    assert "git status --short" in (window.session.translations[index] or "")
    menu = window.actions_.sentence_menu(index)
    other = next(a for a in menu.actions() if a.text().replace("&", "") == "Other Translations…")
    with qtbot.waitSignal(window.session.alternatives_ready, timeout=30_000):
        other.trigger()
    offered = window.alternatives_dialog
    assert offered is not None and offered.texts()
    # The model's words are noise; the code is never among the words it may change.
    assert all("git status --short" in text for text in offered.texts())
