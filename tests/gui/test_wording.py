"""Time left and language names read as a person says them, in English and in Dutch."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from kernpunt.core.engine.streaming import Progress
from kernpunt.ui.i18n import install_translator
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.status import StatusArea
from kernpunt.ui.wording import language_name, time_left
from tests.gui.conftest import english_article, open_and_wait

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("catalogues")
    for language in ("en", "nl"):
        ts = TRANSLATIONS / f"kernpunt_{language}.ts"
        subprocess.run(
            [str(LRELEASE), "-silent", str(ts), "-qm", str(folder / f"kernpunt_{language}.qm")],
            check=True,
        )
    return folder


@pytest.fixture
def dutch_ui(qapp: QApplication, catalogues: Path) -> Iterator[None]:
    assert install_translator(qapp, "nl", catalogues) == "nl"
    yield
    assert install_translator(qapp, "en", catalogues) == "en"


@pytest.mark.parametrize(
    ("seconds", "english"),
    [
        (3, "less than a minute left"),
        (40, "less than a minute left"),
        (61, "about 1 min left"),
        (1458, "about 24 min left"),
        (1500, "about 25 min left"),
        (3590, "about 1 h left"),
        (3900, "about 1 h 5 min left"),
        (7200, "about 2 h left"),
        (2 * 3600 + 59 * 60 + 50, "about 3 h left"),
    ],
)
def test_time_left_in_english(seconds: float, english: str) -> None:
    assert time_left(seconds) == english


@pytest.mark.usefixtures("dutch_ui")
@pytest.mark.parametrize(
    ("seconds", "dutch"),
    [
        (40, "nog minder dan een minuut"),
        (1458, "nog ongeveer 24 min"),
        (3600, "nog ongeveer 1 uur"),
        (3900, "nog ongeveer 1 uur 5 min"),
    ],
)
def test_time_left_in_dutch(seconds: float, dutch: str) -> None:
    assert time_left(seconds) == dutch


def test_the_status_bar_says_minutes_not_seconds(qtbot: QtBot) -> None:
    status = StatusArea()
    qtbot.addWidget(status)
    status.start_progress(400)
    status.show_progress(Progress(done=10, total=400, tokens=150, elapsed=1458 * 10 / 390))
    text = status.stage_label.text()
    assert text.endswith("about 24 min left"), text
    assert "1458" not in text


@pytest.mark.parametrize(
    ("code", "english"),
    [
        ("en", "English"),
        ("de", "German"),
        ("fr", "French"),
        ("es", "Spanish"),
        ("it", "Italian"),
        ("pt", "Portuguese"),
        ("nl", "Dutch"),
        ("pl", "Polish"),
        ("ru", "Russian"),
        ("tr", "Turkish"),
        ("ar", "Arabic"),
        ("zh", "Chinese"),
        ("ja", "Japanese"),
        ("pt-BR", "Portuguese"),
    ],
)
def test_language_names_in_english(code: str, english: str) -> None:
    assert language_name(code) == english


def test_unlisted_languages_get_their_own_name_or_the_code() -> None:
    assert language_name("is") == "íslenska"  # Icelandic, named by Qt in its own words
    assert language_name("xx") == "xx"
    assert language_name(None) == "unknown"


@pytest.mark.usefixtures("dutch_ui")
def test_language_names_in_dutch() -> None:
    assert language_name("en") == "Engels"
    assert language_name("de") == "Duits"
    assert language_name("zh") == "Chinees"


@pytest.mark.usefixtures("dutch_ui")
def test_qts_own_buttons_speak_dutch(qtbot: QtBot) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("&", "") == "Annuleren"
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Vraag",
        "Het geïnstalleerde model vervangen?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None and yes.text().replace("&", "") == "Ja"


def test_qts_own_buttons_stay_english_in_the_english_ui(qtbot: QtBot) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("&", "") == "Cancel"


def test_the_language_warning_names_the_language(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, english_article(tmp_path))
    qtbot.waitUntil(lambda: "(detected: English)" in window.message_bar.label.text())
