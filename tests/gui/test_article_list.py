"""The article list: titles, dates and states per article, and the list coming back next start."""

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from kernpunt.core.paths import sample_article
from kernpunt.ui.article_list import PATH_ROLE, ArticleState
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.settings import Settings
from kernpunt.ui.window_articles import first_line
from tests.gui.conftest import check_models, translate_and_wait


def articles(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    files = {
        "kabinet": folder / "a-kabinet.txt",
        "regels": folder / "b-regels.md",
        "pagina": folder / "c-pagina.html",
        "kapot": folder / "d-kapot.txt",
    }
    files["kabinet"].write_text(
        "\n  Kabinet valt over stikstof  \n\nHet kabinet is gevallen. Dat meldt de NOS.",
        encoding="utf-8",
    )
    files["regels"].write_text(
        "# Nieuwe regels voor huurders\n\nDe huur stijgt minder hard. Dat zegt de minister.",
        encoding="utf-8",
    )
    files["pagina"].write_text(
        "<html><head><title>Storm op zee</title></head><body><article><h1>Storm op zee</h1>"
        "<p>Een zware storm trok over de Noordzee. Schepen bleven in de haven.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    files["kapot"].write_bytes(b"\x00\x01\x02binary\x00" * 40)
    return files


def row(window: MainWindow, path: Path) -> tuple[str, str, str]:
    """A row's title line, its details line, and its tooltip."""
    shown = window.article_list
    item = next(
        shown.item(k) for k in range(shown.count()) if shown.item(k).data(PATH_ROLE) == str(path)
    )
    text, tip = item.text(), item.toolTip()
    title, details = text.split("\n")
    return title, details, tip


def open_folder(qtbot: QtBot, window: MainWindow, folder: Path, count: int) -> None:
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_paths([folder])
    qtbot.waitUntil(lambda: window.articles.title.text() == f"{count} articles", timeout=10_000)


def test_each_row_shows_title_and_state_not_a_bare_file_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    files = articles(tmp_path / "nieuws")
    open_folder(qtbot, window, tmp_path / "nieuws", 4)
    # Text and Markdown titles are read on the worker from the first line; the page keeps
    # its file name until it is opened.
    qtbot.waitUntil(lambda: row(window, files["regels"])[0] == "Nieuwe regels voor huurders")
    assert row(window, files["kabinet"])[0] == "Kabinet valt over stikstof"
    assert row(window, files["pagina"])[0] == "c-pagina.html"
    assert row(window, files["pagina"])[1] == "Waiting"
    assert row(window, files["kabinet"])[1] == "Waiting"  # read, no model to translate it yet

    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.article_list.setCurrentRow(2)
    assert row(window, files["pagina"])[0] == "Storm op zee"


def test_an_article_that_cannot_be_read_shows_failed_with_the_reason_on_hover(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    files = articles(tmp_path / "nieuws")
    open_folder(qtbot, window, tmp_path / "nieuws", 4)
    window.article_list.setCurrentRow(3)
    qtbot.waitUntil(
        lambda: window.article_list.article_state(files["kapot"]) is ArticleState.FAILED,
        timeout=10_000,
    )
    _, details, tip = row(window, files["kapot"])
    assert details == "Failed"
    assert "“d-kapot.txt” is not a text file" in tip and str(files["kapot"]) in tip


def test_a_translated_article_is_marked_done(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, installed_model: Path
) -> None:
    files = articles(tmp_path / "nieuws")
    check_models(qtbot, window)
    open_folder(qtbot, window, tmp_path / "nieuws", 4)
    states: list[ArticleState | None] = []
    window.session.translation_started.connect(
        lambda _: states.append(window.article_list.article_state(files["kabinet"]))
    )
    translate_and_wait(qtbot, window)
    assert states == [ArticleState.TRANSLATING]
    assert window.article_list.article_state(files["kabinet"]) is ArticleState.DONE
    assert row(window, files["kabinet"])[1] == "Translated"
    assert window.article_list.article_state(files["regels"]) is ArticleState.WAITING


def test_the_title_is_the_first_line_of_a_few_kilobytes(tmp_path: Path) -> None:
    long = tmp_path / "lang.txt"
    long.write_text("\n\n=====\n" + "woord " * 100_000, encoding="utf-8")
    title = first_line(long)
    assert title.startswith("woord woord") and title.endswith("…") and len(title) <= 120
    assert first_line(tmp_path / "weg.txt") == ""


def test_the_first_start_shows_the_sample_and_later_starts_the_last_articles(
    qtbot: QtBot, make_settings: Callable[[], Settings], tmp_path: Path
) -> None:
    first = MainWindow(make_settings())
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.article_shown, timeout=10_000):
        first.articles.reopen_last()
    assert first.session.article is not None and first.session.article.source == sample_article()

    files = articles(tmp_path / "nieuws")
    open_folder(qtbot, first, tmp_path / "nieuws", 4)
    with qtbot.waitSignal(first.article_shown, timeout=10_000):
        first.article_list.setCurrentRow(1)
    first.close()
    files["pagina"].unlink()  # gone by the next start: left out, quietly

    again = MainWindow(make_settings())
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.article_shown, timeout=10_000):
        again.articles.reopen_last()
    # The list taking the focus (as in an active window) must not open its first row instead.
    again.article_list.setFocus()
    qtbot.waitUntil(lambda: not again.runner.busy, timeout=10_000)
    qtbot.wait(100)
    assert again.session.article is not None
    assert again.session.article.source == files["regels"]
    assert again.article_list.paths() == [files["kabinet"], files["regels"], files["kapot"]]
    assert again.articles.box.isVisibleTo(again)
    assert again.article_list.currentRow() == 1


def test_a_start_whose_last_article_is_gone_opens_nothing_and_reads_nothing_on_the_gui_thread(
    qtbot: QtBot, make_settings: Callable[[], Settings], tmp_path: Path
) -> None:
    settings = make_settings()
    settings.sample_shown = True
    settings.last_article = str(tmp_path / "verdwenen.txt")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    jobs: list[str] = []
    window.runner.submit = _recording(window.runner.submit, jobs)  # type: ignore[method-assign]
    window.articles.reopen_last()
    assert jobs == ["reopen"]  # the check runs on the worker
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    qtbot.wait(50)
    assert window.session.article is None and not window.message_bar.isVisible()


def _recording(submit: Callable[..., object], names: list[str]) -> Callable[..., object]:
    def record(name: str, *args: object, **kwargs: object) -> object:
        names.append(name)
        return submit(name, *args, **kwargs)

    return record
