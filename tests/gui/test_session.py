"""The session's one state and its typed reports; worker lanes; failures in the log."""

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from kernpunt.core.brief.choose import Brief
from kernpunt.core.engine.translate import Progress
from kernpunt.ui.jobs import JobRunner
from kernpunt.ui.logs import current_log, start_logging
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.session import ArticleSession, Stage
from tests.gui.conftest import (
    open_ready,
    open_translated,
    shown_text,
    translate_and_wait,
)


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The window's log, in the test's own state folder, as the program starts it."""
    start_logging()
    path = current_log()
    assert path.is_relative_to(tmp_path), "the log lives in the (test's) user state folder"
    assert not path.exists(), "opened only when there is something to write"
    yield path
    logger = logging.getLogger("kernpunt")
    for handler in list(logger.handlers):
        if getattr(handler, "path", None) == path:
            logger.removeHandler(handler)
            handler.close()


def test_each_report_has_its_own_signal(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path
) -> None:
    open_ready(qtbot, window, sample)
    session = window.session
    stages: list[object] = []
    briefs: list[object] = []
    terms: list[object] = []
    progress: list[object] = []
    indices: list[int] = []
    session.stage_changed.connect(stages.append)
    session.brief_changed.connect(briefs.append)
    session.key_terms_changed.connect(terms.append)
    session.progress_changed.connect(progress.append)
    session.translation_changed.connect(indices.append)
    translate_and_wait(qtbot, window)
    assert stages == [Stage.LOADING, Stage.TRANSLATING]
    # Once as soon as it is chosen, again with its key terms once its sentences are translated.
    assert len(briefs) == 2 and all(isinstance(brief, Brief) for brief in briefs)
    chosen, translated = briefs
    assert chosen.indices == translated.indices and chosen.key_terms == ()
    assert translated is session.current.brief
    # The terms are found on a worker; the newest result is shown.
    qtbot.waitUntil(lambda: not session.finding_terms, timeout=10_000)
    dutch = [term.text for term in translated.key_terms]
    assert dutch and [term.original for term in terms[-1]] == dutch, "the brief's terms"
    assert window.view.key_terms.texts() == [term.text for term in terms[-1]]
    assert progress and all(isinstance(item, Progress) for item in progress)
    assert progress[-1].done == progress[-1].total == len(session.sentences)
    assert sorted(indices) == list(range(len(session.sentences))), "each sentence once"
    assert sorted(indices[:3]) == list(briefs[0].indices), "the brief's sentences first"


def test_the_window_shows_the_sessions_own_state(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path
) -> None:
    open_translated(qtbot, window, sample)
    document = window.session.current
    assert document is not None and document.complete
    assert window.session.translations is document.translations, "no copy in the session"
    assert document.key_terms == document.brief.key_terms
    assert document.translated_key_terms, "the English key terms reach the exports"
    window.edit_sentence(2, "The reader's own sentence.")
    qtbot.waitUntil(
        lambda: shown_text(window.view.translation_pane, 2) == "The reader's own sentence.",
        timeout=5_000,
    )
    exported = window.session.document()
    assert exported is not None and exported.edited == frozenset({2})
    assert exported.translations[2] == "The reader's own sentence."
    window.edit_sentence(3, "Another one.")
    assert exported.translations[3] != "Another one.", "the worker's copy stays as it was"


def test_a_misspelt_lane_is_an_error(qtbot: QtBot) -> None:
    runner = JobRunner()
    try:
        with pytest.raises(ValueError, match="'wrok'"):
            runner.submit("typo", lambda job: None, lane="wrok")  # type: ignore[arg-type]
        assert not runner.busy, "nothing was queued"
    finally:
        runner.shutdown()


def test_views_follow_the_session_by_their_handlers_names(qtbot: QtBot) -> None:
    class Listener(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.heard: list[int] = []

        def _on_session_translation_started(self, total: int) -> None:
            self.heard.append(total)

    class Misnamed(QObject):
        def _on_session_translation_begun(self) -> None:
            pass

    runner = JobRunner()
    try:
        session = ArticleSession(runner)
        listener = Listener()
        session.follow(listener)
        session.translation_started.emit(7)
        assert listener.heard == [7]
        with pytest.raises(AttributeError, match="translation_begun"):
            session.follow(Misnamed())
    finally:
        runner.shutdown()


def test_an_unexpected_failure_is_shown_briefly_and_logged_in_full(
    qtbot: QtBot,
    window: MainWindow,
    sample: Path,
    installed_model: Path,
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import kernpunt.core.pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the model fell over")

    monkeypatch.setattr(kernpunt.core.pipeline, "translate_article", broken)
    open_translated(qtbot, window, sample)
    assert window.message_bar.label.text() == "Something went wrong: the model fell over"
    assert window.status.stage_label.text() == "Translation stopped."
    log = log_file.read_text(encoding="utf-8")
    assert "The job 'translate' failed" in log
    assert "Traceback (most recent call last)" in log
    assert 'raise RuntimeError("the model fell over")' in log


def test_a_readers_error_is_not_logged(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, log_file: Path
) -> None:
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    with qtbot.waitSignal(window.session.failed, timeout=10_000):
        window.open_article(empty)
    assert window.message_bar.isVisible()
    assert not log_file.exists() or "Traceback" not in log_file.read_text(encoding="utf-8")


class UrlRecorder(QObject):
    """Stands in for the desktop's file viewer."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_help_show_log_opens_the_log(qtbot: QtBot, window: MainWindow, log_file: Path) -> None:
    viewer = UrlRecorder()
    opened = viewer.opened
    QDesktopServices.setUrlHandler("file", viewer, "open")
    try:
        action = window.actions_.show_log
        help_menu = window.menuBar().actions()[-1].menu()
        assert action in help_menu.actions()
        assert action.isEnabled()
        action.trigger()
        qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened == [QUrl.fromLocalFile(str(log_file))]
    assert log_file.exists() and current_log() == log_file


def test_a_new_translation_clears_the_old_at_once_but_not_the_readers(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path
) -> None:
    open_translated(qtbot, window, sample)
    session = window.session
    window.edit_sentence(1, "The reader's own sentence.")
    dropped: list[int] = []
    shown_at_start: list[tuple[str, str]] = []
    session.translation_changed.connect(dropped.append)
    pane = window.view.translation_pane
    session.translation_started.connect(
        lambda total: shown_at_start.append((shown_text(pane, 0), shown_text(pane, 1)))
    )
    window.translate()
    assert dropped == [i for i in range(len(session.sentences)) if i != 1]
    source = " ".join(session.sentences[0].text.split())
    assert shown_at_start == [(source, "The reader's own sentence.")]
    with qtbot.waitSignal(window.translation_finished, timeout=60_000):
        pass
    assert session.translations[1] == "The reader's own sentence." and all(session.translations)


def test_a_model_removed_and_installed_again_is_loaded_anew(
    qtbot: QtBot, window: MainWindow, sample: Path, tiny_archive: Path, model_loads: list[str]
) -> None:
    from kernpunt.core.models.packages import install_package, remove_package

    open_translated(qtbot, window, sample)
    assert len(model_loads) == 1
    package = window.session.package
    assert package is not None
    remove_package(package)
    with qtbot.waitSignal(window.session.models_changed, timeout=10_000):
        window.refresh_models()
    assert window.session.package is None
    install_package(tiny_archive)
    with qtbot.waitSignal(window.session.models_changed, timeout=10_000):
        window.refresh_models()
    translate_and_wait(qtbot, window)
    assert len(model_loads) == 2, "the new copy's files are loaded, not the old model kept"
