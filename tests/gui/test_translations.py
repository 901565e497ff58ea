"""The interface translations: in sync with the code, complete, and really used by the window."""

import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.settings import Settings

REPO = Path(__file__).resolve().parents[2]
UI_SOURCES = REPO / "desktop" / "kernpunt" / "ui"
TRANSLATIONS = REPO / "translations"
DUTCH = TRANSLATIONS / "kernpunt_nl.ts"
ENGLISH = TRANSLATIONS / "kernpunt_en.ts"
# The tools of the PySide6 in use, not whichever ones happen to be on PATH.
TOOLS = Path(sys.executable).parent
LUPDATE = TOOLS / "pyside6-lupdate"
LRELEASE = TOOLS / "pyside6-lrelease"
# English is the source language, so its file only carries the plural forms of "%n ...(s)".
PLURAL_ONLY = {ENGLISH.name}

Key = tuple[str, str]


def messages(ts: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts file, by (context, source)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[name, message.findtext("source", "")] = message
    return found


def translated_texts(message: ET.Element) -> list[str]:
    """The translation of a message; one text per plural form for a numerus message."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def dutch(context: str, source: str) -> str:
    return translated_texts(messages(DUTCH)[context, source])[0]


def lupdate_into_copy(ts: Path, sources: Path, workdir: Path) -> Path:
    """Run the Makefile's lupdate on a copy of ``ts`` and return the copy.

    Updating a copy keeps the committed translations exactly as lupdate would keep them.
    """
    copy = workdir / ts.name
    shutil.copyfile(ts, copy)
    options = ["-extensions", "py", "-no-obsolete", "-locations", "none"]
    if ts.name in PLURAL_ONLY:
        options.append("-pluralonly")
    files = sorted(str(path) for path in sources.rglob("*.py"))
    result = subprocess.run(
        [str(LUPDATE), *options, *files, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return copy


def compile_qm(ts: Path, workdir: Path) -> Path:
    qm = workdir / ts.with_suffix(".qm").name
    result = subprocess.run(
        [str(LRELEASE), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    # With -silent lrelease prints only problems, such as duplicate or malformed messages.
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), (
        result.stdout + result.stderr
    )
    return qm


def mnemonics(text: str) -> int:
    """How many shortcut letters ("&Open") a text marks; "&&" is a literal ampersand."""
    return text.replace("&&", "").count("&")


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


@pytest.mark.parametrize("ts", [DUTCH, ENGLISH], ids=lambda ts: ts.name)
def test_ts_files_match_the_code(ts: Path, tmp_path: Path) -> None:
    refreshed = lupdate_into_copy(ts, UI_SOURCES, tmp_path)
    committed, current = set(messages(ts)), set(messages(refreshed))
    assert current - committed == set(), "strings in the code missing from the .ts: run lupdate"
    assert committed - current == set(), "strings in the .ts no longer in the code: run lupdate"


def test_dutch_translation_is_complete() -> None:
    root = ET.parse(DUTCH).getroot()
    # lrelease picks the plural rules from this attribute.
    assert root.get("language") == "nl_NL"
    found = messages(DUTCH)
    assert found
    for (context, source), message in found.items():
        where = f"{context}: {source!r}"
        assert message.find("translation").get("type") is None, f"not finished: {where}"
        texts = translated_texts(message)
        assert texts and all(text.strip() for text in texts), f"empty translation: {where}"
        for text in texts:
            # The code calls str.format on the translation with the source's names.
            assert placeholders(text) == placeholders(source), f"placeholders differ: {where}"
            if "%n" in source:
                assert "%n" in text, f"plural form without %n: {where}"
            # One shortcut letter where the source has one, and no half-escaped ampersand: the
            # settings dialog once read "…zodra ze &openenamp;opengaan".
            assert mnemonics(text) == mnemonics(source), f"shortcut letters differ: {where}"
            assert "amp;" not in text, f"an escaped ampersand shows: {where}"


def test_english_plural_forms() -> None:
    root = ET.parse(ENGLISH).getroot()
    assert root.get("language") == "en_US"
    for message in messages(ENGLISH).values():
        assert message.get("numerus") == "yes"
        assert message.find("translation").get("type") is None
        assert len(translated_texts(message)) == 2
        assert all("%n" in text for text in translated_texts(message))


@pytest.mark.parametrize("ts", [DUTCH, ENGLISH], ids=lambda ts: ts.name)
def test_ts_files_compile_cleanly(ts: Path, tmp_path: Path) -> None:
    assert compile_qm(ts, tmp_path).stat().st_size > 0


def test_main_window_shows_dutch(
    qtbot: QtBot, tmp_path: Path, make_settings: Callable[[], Settings]
) -> None:
    app = QApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(compile_qm(DUTCH, tmp_path)))
    assert app.installTranslator(translator)
    try:
        window = MainWindow(make_settings())
        qtbot.addWidget(window)
        file_menu = window.menuBar().actions()[0]
        assert file_menu.text() == dutch("Actions", "&File")
        assert window.actions_.translate.text() == dutch("Actions", "&Translate")
        assert window.status.mode_box.itemText(1) == dutch("StatusArea", "Fast")
        assert window.view.missing_model.button.text() == dutch(
            "MissingModelNotice", "Install model from file…"
        )
        one, many = translated_texts(messages(DUTCH)["SessionView", "%n sentence(s)"])
        shown = window.session_view
        assert shown.tr("%n sentence(s)", "", 1) == one.replace("%n", "1")
        assert shown.tr("%n sentence(s)", "", 7) == many.replace("%n", "7")
    finally:
        app.removeTranslator(translator)


def test_english_plurals_read_right(
    qtbot: QtBot, tmp_path: Path, make_settings: Callable[[], Settings]
) -> None:
    app = QApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(compile_qm(ENGLISH, tmp_path)))
    assert app.installTranslator(translator)
    try:
        window = MainWindow(make_settings())
        qtbot.addWidget(window)
        assert window.session_view.tr("%n sentence(s)", "", 1) == "1 sentence"
        assert window.session_view.tr("%n sentence(s)", "", 2) == "2 sentences"
        # Everything else stays the source text.
        assert window.menuBar().actions()[0].text() == "&File"
    finally:
        app.removeTranslator(translator)
