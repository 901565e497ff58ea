"""The Dutch window speaks Dutch everywhere: every visible word of the window and its dialogs.

Each surface is built twice, once in English and once in Dutch, and its texts are collected in
the same order (labels, buttons, menus and their actions, window titles, placeholders,
tooltips, list and combo box items, table headers). A Dutch text equal to its English
counterpart is an untranslated string, unless it is a name that reads the same in both
languages; a Dutch text with typical English words is one too.
"""

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kernpunt.core.formats.article import ArticleError
from kernpunt.ui.actions import ShortcutsSheet
from kernpunt.ui.errors import reader_message
from kernpunt.ui.export_dialog import ExportDialog
from kernpunt.ui.i18n import install_translator
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.models_dialog import ModelsDialog
from kernpunt.ui.sentence_dialogs import AlternativesDialog, EditSentenceDialog
from kernpunt.ui.settings import Settings
from kernpunt.ui.settings_dialog import SettingsDialog
from tests.gui.conftest import check_models
from tests.gui.test_wording import catalogues  # noqa: F401 (fixture)

# Names and terms that read the same in Dutch and English.
SAME_IN_BOTH = {
    "Kernpunt",
    "Argos Translate",
    "LexRank",
    "LSA",
    "Luhn",
    "Edmundson",
    "TextRank",
    "KL-Sum",
    "SumBasic",
    "Markdown",
    "HTML",
    "PDF",
    "DOCX",
    "ODT",
    "JSON",
    "EPUB",
    "Word",
    "OpenDocument",
    "Nederlands",
    "English",
    "Deutsch",
    "Français",
    "Normaal",
    "Zoom",
    "Model",
    "Modellen",
    "Status",
    "Help",
    "OK",
    "Offline",
    "Reduction",
    "UTF-8",
    "UTF-16",
    "Windows-1252",
    "Mac Roman",
    "Latin-1 (ISO-8859-1)",
    "Latin-9 (ISO-8859-15)",
}
# The article's own sentences and their translations, shown as they are.
CONTENT = {"Het regent.", "It rains.", "It is raining."}
# Words of English that have no business in a Dutch sentence.
ENGLISH_WORDS = {
    "the", "and", "with", "from", "this", "that", "your", "you", "will", "not", "cannot",
    "could", "file", "folder", "open", "save", "close", "cancel", "settings", "translation",
    "translate", "brief", "sentence", "sentences", "article", "articles", "show", "hide",
    "help", "view", "edit", "find", "print", "export", "models", "install", "remove", "download",
    "waiting", "failed", "translated", "reading", "something", "went", "wrong", "keys", "command",
}  # fmt: skip
WORD = re.compile(r"[A-Za-zÀ-ÿ’']+")


def untagged(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&&", "&").replace("&", "").strip()


def texts(top: QWidget) -> list[tuple[str, str]]:
    """Every text a reader can see or hear of a window or dialog, as (where, text)."""
    found: list[tuple[str, str]] = [("window title", top.windowTitle())]

    def add(where: str, text: str) -> None:
        found.append((where, untagged(text)))

    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if widget is not top and not widget.isVisibleTo(top) and not isinstance(widget, QMenu):
            continue
        if widget.objectName() == "articleHeader":
            continue  # the article's own title, date and file, as the article gives them
        kind = type(widget).__name__
        add(f"{kind} tooltip", widget.toolTip())
        add(f"{kind} accessible name", widget.accessibleName())
        if isinstance(widget, QLabel):
            add("label", widget.text())
        elif isinstance(widget, QAbstractButton):
            add("button", widget.text())
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add("placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add("combo item", widget.itemText(index))
        elif isinstance(widget, QGroupBox):
            add("group title", widget.title())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add("tab", widget.tabText(index))
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                add("table header", header.text() if header else "")
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                add("list item", widget.item(row).text())
        elif isinstance(widget, QMenu):
            add("menu", widget.title())
    for widget in widgets:
        for action in widget.actions():
            add("action", action.text())
            add("action tooltip", action.toolTip())
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            add("menu bar", action.text())
    return found


def is_english(dutch: str, english: set[str]) -> bool:
    """Whether a text of the Dutch window is English.

    That is: as the English window says it, or with English words in it. Names, file suffixes
    and an article's own title are left aside.
    """
    text = re.sub(r"\(\.\w+\)|^● ", "", dutch).strip()
    text = re.sub(r"^.* — Kernpunt$", "", text)  # an article's title with the program's name
    if not text or text in SAME_IN_BOTH | CONTENT or not WORD.search(text):
        return False
    if text in english or dutch in english:
        return True
    for name in sorted(SAME_IN_BOTH, key=len, reverse=True):
        text = text.replace(name, " ")
    return bool({word.lower() for word in WORD.findall(text)} & ENGLISH_WORDS)


def surfaces(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """The main window, its error bar and notice, then each dialog, one at a time."""
    window.message_bar.show_message(reader_message(ArticleError("article.empty", name="x.txt")))
    yield "main window", window
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("settings", lambda: SettingsDialog(window.settings, window)),
        ("models", lambda: ModelsDialog(window.runner, window.settings.index_url, window)),
        (
            "export",
            lambda: ExportDialog(
                window.session, window.settings, window.article_list.paths(), window
            ),
        ),
        ("shortcuts", lambda: ShortcutsSheet(window.actions_.all, window)),
        ("edit sentence", lambda: EditSentenceDialog("Het regent.", "It rains.", window)),
        (
            "other translations",
            lambda: AlternativesDialog(
                1, "Het regent.", ["It rains.", "It is raining."], None, window
            ),
        ),
    ]
    for name, make in dialogs:
        dialog = make()
        dialog.show()
        yield name, dialog
        dialog.close()


def collect(
    qtbot: QtBot, make_settings: Callable[[], Settings], sample: Path, tmp_path: Path
) -> dict[str, list[tuple[str, str]]]:
    window = MainWindow(make_settings())
    qtbot.addWidget(window)
    window.show()
    check_models(qtbot, window)  # no model: the notice offering one shows
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_article(sample)
    for number in range(2):
        (tmp_path / f"{number}.txt").write_text(f"Bericht {number}\n\nHet regent.")
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_paths([tmp_path / "0.txt", tmp_path / "1.txt"])
    qtbot.waitUntil(lambda: window.article_list.count() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: "Bericht 1" in window.article_list.item(1).text(), timeout=10_000)
    found = {name: texts(surface) for name, surface in surfaces(window)}
    window.close()
    return found


@pytest.fixture
def both_languages(
    qapp: QApplication,
    catalogues: Path,  # noqa: F811
    qtbot: QtBot,
    make_settings: Callable[[], Settings],
    sample: Path,
    tmp_path: Path,
) -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]]]:
    (tmp_path / "en").mkdir()
    (tmp_path / "nl").mkdir()
    english = collect(qtbot, make_settings, sample, tmp_path / "en")
    assert install_translator(qapp, "nl", catalogues) == "nl"
    try:
        dutch = collect(qtbot, make_settings, sample, tmp_path / "nl")
    finally:
        install_translator(qapp, "en", catalogues)
    return english, dutch


def test_nothing_the_dutch_window_shows_is_english(
    both_languages: tuple[dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]]],
) -> None:
    english, dutch = both_languages
    untranslated = []
    for surface, shown in dutch.items():
        in_english = {text for _, text in english[surface]}
        assert len(in_english) > 3, surface
        for where, text in shown:
            if is_english(text, in_english):
                untranslated.append(f"{surface} › {where}: {text!r}")
    assert sorted(set(untranslated)) == [], "\n".join(sorted(set(untranslated)))


def test_the_check_notices_an_english_string() -> None:
    assert is_english("Open File", {"Open File"})
    assert is_english("Bestand openen (the file)", {"Open the file"})
    assert not is_english("Kernpunt", {"Kernpunt"})
    assert not is_english("Bestand openen", {"Open File"})
