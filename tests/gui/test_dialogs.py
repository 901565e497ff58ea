"""The Settings and Models dialogs."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kernpunt.core.models.packages import find_package, installed_packages
from kernpunt.ui.jobs import JobRunner
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.models_dialog import ModelsDialog
from kernpunt.ui.settings import Settings
from kernpunt.ui.settings_dialog import SettingsDialog
from tests.gui.conftest import open_translated
from tests.gui.test_wording import catalogues, dutch_ui  # noqa: F401 (fixtures)
from tests.support.index_server import NL_EN, IndexServer, serving


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[JobRunner]:
    runner = JobRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def server(tiny_archive: Path) -> Iterator[IndexServer]:
    with serving(chunk=32 * 1024, chunk_delay=0.02) as server:
        server.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        yield server


def test_settings_dialog_stores_what_the_reader_chose(
    qtbot: QtBot, make_settings: Callable[[], Settings]
) -> None:
    settings = make_settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData("fast"))
    dialog.brief_method.setCurrentIndex(dialog.brief_method.findData("luhn"))
    dialog.brief_length.setText("20%")
    dialog.threads.setValue(2)
    dialog.index_url.setText("http://127.0.0.1:1/")
    dialog.accept()
    saved = make_settings()
    assert (saved.mode, saved.brief_method, saved.brief_length) == ("fast", "luhn", "20%")
    assert saved.threads == 2 and saved.index_url == "http://127.0.0.1:1/"


def test_settings_dialog_refuses_a_bad_brief_length(
    qtbot: QtBot, make_settings: Callable[[], Settings]
) -> None:
    dialog = SettingsDialog(make_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.brief_length.setText("veel")
    dialog.accept()
    assert dialog.isVisible(), "the dialog stays open"
    assert dialog.error.isVisible() and "not a brief length" in dialog.error.text()
    assert make_settings().brief_length == "3"


def test_cache_size_is_shown_and_can_be_cleared(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path
) -> None:
    open_translated(qtbot, window, sample)
    sizes: list[int] = []
    window.session.cache_measured.connect(sizes.append)
    window.session.measure_cache()
    qtbot.waitUntil(lambda: len(sizes) == 1, timeout=10_000)
    before = sizes[0]
    assert before > 0
    window.session.clear_cache()
    qtbot.waitUntil(lambda: len(sizes) == 2, timeout=10_000)
    assert sizes[1] < before


def models_dialog(qtbot: QtBot, runner: JobRunner) -> ModelsDialog:
    """The Models dialog once it lists the one installed model."""
    dialog = ModelsDialog(runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.installed.count() == 1, timeout=10_000)
    return dialog


def test_models_dialog_lists_installed_models_with_details(
    qtbot: QtBot, runner: JobRunner, installed_model: Path
) -> None:
    dialog = models_dialog(qtbot, runner)
    assert "Dutch → English 1.0" in dialog.installed.item(0).text()
    assert "MB" in dialog.installed.item(0).text()
    assert "translate-nl_en" in dialog.details.toPlainText()


def test_models_dialog_removes_after_asking(
    qtbot: QtBot, runner: JobRunner, installed_model: Path
) -> None:
    dialog = models_dialog(qtbot, runner)
    questions: list[str] = []
    dialog.confirm = lambda title, text: questions.append(text) or False  # type: ignore[method-assign]
    dialog.remove_button.click()
    assert questions and installed_packages()
    dialog.confirm = lambda title, text: True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.models_changed, timeout=10_000):
        dialog.remove_button.click()
    assert find_package() is None
    qtbot.waitUntil(lambda: dialog.installed.count() == 0, timeout=10_000)


def test_installing_over_an_installed_model_asks_first(
    qtbot: QtBot, runner: JobRunner, installed_model: Path, tiny_archive: Path
) -> None:
    dialog = ModelsDialog(runner)
    qtbot.addWidget(dialog)
    questions: list[str] = []
    dialog.confirm = lambda title, text: questions.append(text) or True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.models_changed, timeout=10_000):
        dialog.install(tiny_archive)
    assert questions and "installed already" in questions[0]
    assert [package.code for package in installed_packages()] == ["translate-nl_en"]


def test_models_dialog_downloads_only_when_asked(
    qtbot: QtBot, runner: JobRunner, server: IndexServer
) -> None:
    dialog = ModelsDialog(runner, index_url=server.base_url)
    qtbot.addWidget(dialog)
    qtbot.wait(200)
    assert server.requests == [], "opening the dialog touches no network"
    dialog.check_index()
    qtbot.waitUntil(lambda: dialog.available.count() == 1, timeout=10_000)
    assert dialog.available.item(0).text().startswith("Dutch → English 1.0")
    statuses: list[str] = []
    dialog.download_progress.valueChanged.connect(lambda value: statuses.append(str(value)))
    with qtbot.waitSignal(dialog.models_changed, timeout=30_000):
        dialog.download_button.click()
    assert find_package() is not None
    assert statuses, "progress was shown"
    assert "Installed Dutch → English 1.0" in dialog.download_status.text()


def test_an_unreachable_index_gets_a_plain_message(qtbot: QtBot, runner: JobRunner) -> None:
    dialog = ModelsDialog(runner, index_url="http://127.0.0.1:9/")
    qtbot.addWidget(dialog)
    dialog.check_index()
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=20_000)
    assert "could not reach" in dialog.download_status.text()
    assert dialog.available.count() == 0


def test_a_download_can_be_cancelled(qtbot: QtBot, runner: JobRunner, tiny_archive: Path) -> None:
    with serving(chunk=4 * 1024, chunk_delay=0.05) as slow:
        slow.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        dialog = ModelsDialog(runner, index_url=slow.base_url)
        qtbot.addWidget(dialog)
        dialog.check_index()
        qtbot.waitUntil(lambda: dialog.available.count() == 1, timeout=10_000)
        dialog.download_button.click()
        qtbot.waitUntil(lambda: dialog.download_progress.value() > 0, timeout=10_000)
        dialog.cancel_download.click()
        qtbot.waitUntil(lambda: "cancelled" in dialog.download_status.text(), timeout=10_000)
    assert find_package() is None


def offered_filters(
    qtbot: QtBot, window: MainWindow, sample: Path, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """The file types File › Open offers; the reader then picks the sample, which opens."""
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def answer(parent: object, caption: str, folder: str, filters: str) -> tuple[list[str], str]:
        asked.append(filters)
        return [str(sample)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", answer)
    with qtbot.waitSignal(window.session.article_loaded, timeout=10_000):
        window.actions_.open.trigger()
    return asked[0].split(";;")


def test_open_offers_every_article_format_by_its_name(
    qtbot: QtBot, window: MainWindow, sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kernpunt.core.formats import ARTICLE_FORMATS

    filters = offered_filters(qtbot, window, sample, monkeypatch)
    assert filters[0].startswith("Articles (*.txt *.text *.md *.markdown *.html")
    assert "Word document (*.docx)" in filters and "Web page (*.html *.htm *.xhtml)" in filters
    assert filters[-1] == "All files (*)" and len(filters) == len(ARTICLE_FORMATS) + 2
    assert window.session.article is not None and window.session.article.source == sample


@pytest.mark.usefixtures("dutch_ui")
def test_open_names_the_formats_in_dutch(
    qtbot: QtBot, window: MainWindow, sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filters = offered_filters(qtbot, window, sample, monkeypatch)
    assert filters[0].startswith("Artikelen (*.txt")
    assert "Word-document (*.docx)" in filters and filters[-1] == "Alle bestanden (*)"
