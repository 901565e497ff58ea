"""The start a reader has: the first frame holds the article and waits for nothing it does not show.

``kernpunt ARTICLE`` is started the way ``benchmarks/startup.py`` measures it (``app.main``, a
model installed, recovery on): at the first frame with the article the test looks at what is
loaded, then waits for what the start leaves until just after that frame.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import kernpunt

pytestmark = pytest.mark.e2e

# What the first frame must not wait for: the translation and summarizing libraries, the brief
# and the pipeline, the export package, the readers of other kinds of files (and their
# libraries), the installed models (looked up just after the first frame), what finds and
# keeps the recovery journal, the article list (one article has none) and the catalogue of
# error messages (loaded with the first failure).
NOT_BEFORE_THE_FIRST_FRAME = (
    "ctranslate2",
    "fasttext",
    "sentencepiece",
    "numpy",
    "sumy",
    "nltk",
    "argostranslate",
    "lxml",
    "readability",
    "trafilatura",
    "pypdf",
    "docx",
    "odfdo",
    "ebooklib",
    "platformdirs",
    "kernpunt.qtexport",
    "kernpunt.core.export",
    "kernpunt.core.pipeline",
    "kernpunt.core.brief",
    "kernpunt.core.engine.translate",
    "kernpunt.core.engine.streaming",
    "kernpunt.core.models",
    "kernpunt.ui.recovery",
    "kernpunt.ui.article_list",
    "kernpunt.ui.core_messages",
    "kernpunt.core.formats.html",
    "kernpunt.core.formats.docx",
    "kernpunt.core.formats.odt",
    "kernpunt.core.formats.epub",
    "kernpunt.core.formats.pdf",
)

START = """
import gc, json, sys, time
from PySide6.QtCore import QSettings, QTimer
from kernpunt.ui import app, main_window

written = []
set_value = QSettings.setValue


def write(settings, key, value):
    written.append(key)
    set_value(settings, key, value)


QSettings.setValue = write

WATCH = tuple(sys.argv[1].split(","))
built = main_window.MainWindow.__init__
began = time.monotonic()
laid_out_shown = []


def loaded():
    return sorted(
        name for name in sys.modules if any(name == w or name.startswith(w + ".") for w in WATCH)
    )


def first_frame(window):
    if not window.isVisible():
        QTimer.singleShot(1, lambda: first_frame(window))
        return
    window.grab()
    print(json.dumps({
        "step": "frame",
        "loaded": loaded(),
        "qt_namespace": "Qt" in vars(sys.modules["PySide6.QtCore"]),
        "laid_out_shown": laid_out_shown,
        "written": list(written),
        "source_reads": sys.modules["shibokensupport.feature"]._mod_uses_pyside.__name__,
        "source": window.view.source_pane.toPlainText()[:40],
    }), flush=True)
    after(window)


def after(window):
    session = window.session
    if not (window.recovery.journal and session.models_checked and session.translating):
        if time.monotonic() - began > 120:
            print("timed out", file=sys.stderr)
            app_object.exit(3)
            return
        QTimer.singleShot(20, lambda: after(window))
        return
    print(json.dumps({
        "step": "after",
        "journal": str(window.recovery.journal),
        "collecting": gc.isenabled(),
        "icon": not app_object.windowIcon().isNull(),
        "last_article": window.settings.last_article,
        "recent": window.settings.recent_files,
    }), flush=True)
    window.close()


def build(window, *args, **kwargs):
    built(window, *args, **kwargs)
    set_document = window.view.set_document

    def lay_out(document):
        laid_out_shown.append(window.isVisible())
        set_document(document)

    window.view.set_document = lay_out
    window.article_shown.connect(lambda: QTimer.singleShot(0, lambda: first_frame(window)))


from PySide6.QtWidgets import QApplication
app_object = QApplication([sys.argv[0]])
main_window.MainWindow.__init__ = build
sys.exit(app.main(sys.argv[2:]))
"""


def test_the_first_frame_holds_the_article_and_loads_nothing_it_does_not_show(
    sample: Path, installed_model: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", START, ",".join(NOT_BEFORE_THE_FIRST_FRAME), str(sample)],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    steps = {
        state["step"]: state for state in map(json.loads, filter(None, result.stdout.splitlines()))
    }
    frame = steps["frame"]
    assert frame["source"].startswith("De ministers"), "the article is in the first frame"
    assert frame["loaded"] == [], "loaded before the first frame"
    # PySide6 builds the Qt namespace's ~90 Python enums on its first use: 15-20 ms.
    assert not frame["qt_namespace"], "the Qt namespace was used before the first frame"
    # The window is shown (not yet painted) before the panes take the article, so that it is
    # laid out once, at the panes' real width: in panes not laid out yet it took 20 ms more.
    assert frame["laid_out_shown"] == [True]
    # No setting is changed before it: QSettings would write its file on the GUI thread first.
    assert frame["written"] == []
    # PySide6 no longer reads the source of every module the start imports (see the next test).
    assert frame["source_reads"] == "uses_pyside"
    # Just after it, the start goes on by itself: the journal is kept, the model looked up, and
    # the article's translation begins (the walk ends only then).
    assert Path(steps["after"]["journal"]).name.startswith("recovery-")
    # The garbage collector, which waits through the start, collects again.
    assert steps["after"]["collecting"]
    # The window's icon, set just after the first frame.
    assert steps["after"]["icon"]
    # The settings held through the first frame are saved just after it.
    assert steps["after"]["last_article"] == str(sample)
    assert steps["after"]["recent"] == [str(sample)]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["article.txt"],
        ["article.html"],
        ["--theme", "dark", "a.txt"],
        ["a.txt", "--ui-language", "nl"],
    ],
)
def test_the_usual_starts_read_their_arguments_as_the_parser_does(argv: list[str]) -> None:
    from kernpunt.ui.app import Arguments, build_parser, parse_arguments

    parsed = build_parser().parse_args(argv)
    assert parse_arguments(argv) == Arguments(
        parsed.article, parsed.screenshot, parsed.ui_language, parsed.theme
    )


def test_the_numbers_the_start_gives_qt_are_qts_own() -> None:
    from PySide6.QtCore import Qt

    from kernpunt.ui import widgets

    flag = Qt.TextInteractionFlag
    qts_own = {
        "PLAIN_TEXT": Qt.TextFormat.PlainText,
        "HORIZONTAL": Qt.Orientation.Horizontal,
        "VERTICAL": Qt.Orientation.Vertical,
        "TOP_LEFT": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        "SELECTABLE_BROWSER": flag.TextBrowserInteraction | flag.TextSelectableByKeyboard,
        "CLICK_FOCUS": Qt.FocusPolicy.ClickFocus,
        "STRONG_FOCUS": Qt.FocusPolicy.StrongFocus,
    }
    assert {name: getattr(widgets, name) for name in qts_own} == {
        name: value.value for name, value in qts_own.items()
    }


def test_what_the_start_sets_by_number_reads_back_as_qts_enums(qtbot: QtBot) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QEnterEvent, QPalette

    from kernpunt.ui.reading import ReadingView

    view = ReadingView()
    qtbot.addWidget(view)
    flag = Qt.TextInteractionFlag
    for pane in view.panes:
        assert pane.textInteractionFlags() == (
            flag.TextBrowserInteraction | flag.TextSelectableByKeyboard
        )
    assert view.splitter.orientation() == Qt.Orientation.Vertical
    assert view.header.textFormat() == Qt.TextFormat.PlainText
    view.set_stacked(True)
    assert view.panes_splitter.orientation() == Qt.Orientation.Vertical
    view.set_stacked(False)
    assert view.panes_splitter.orientation() == Qt.Orientation.Horizontal
    # The empty brief pane's placeholder lets the mouse through once the mouse is over the pane,
    # which it always is before it can press on the placeholder.
    pane = view.brief_pane
    placeholder = pane.findChild(QLabel, "placeholder")
    assert placeholder is not None
    assert placeholder.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    # It is drawn in the placeholder colour of the pane's palette, and follows a new palette (a
    # theme chosen later) by itself.
    shown = placeholder.palette().color(placeholder.foregroundRole())
    assert shown == pane.palette().color(QPalette.ColorRole.PlaceholderText)
    palette = pane.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#123456"))
    pane.setPalette(palette)
    assert placeholder.palette().color(placeholder.foregroundRole()) == QColor("#123456")
    point = QPointF(20, 20)
    QApplication.sendEvent(pane, QEnterEvent(point, point, point))
    assert placeholder.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def test_no_module_of_kernpunt_selects_a_pyside_feature() -> None:
    # The start answers PySide6's question "does this module use PySide6?" for Kernpunt's
    # modules without reading them (app._spare_pyside_source_reads); the answer matters only to a
    # module that selects a feature (snake_case, true_property), and none may.
    package = Path(kernpunt.__file__).parent
    selecting = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if re.search(r"^\s*from __feature__ import", path.read_text(encoding="utf-8"), re.M)
    ]
    assert selecting == []


def test_one_article_has_no_list_beside_it_until_several_are_opened(
    qtbot: QtBot, tmp_path: Path, sample: Path
) -> None:
    from PySide6.QtCore import QSettings

    from kernpunt.ui.main_window import MainWindow
    from kernpunt.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "kernpunt.ini"), QSettings.Format.IniFormat))
    settings.translate_on_open = False
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_paths([sample])
    assert window.articles.paths() == []
    assert not window.articles.box.isVisible()
    window.actions_.next_article.trigger()  # nothing to go to, and nothing breaks
    assert window.session.article is not None
    assert window.session.article.source == sample

    first, second = tmp_path / "a-eerste.txt", tmp_path / "b-tweede.txt"
    first.write_text("Eerste bericht\n\nHet kabinet is gevallen.\n", encoding="utf-8")
    second.write_text("Tweede bericht\n\nDe storm is voorbij.\n", encoding="utf-8")
    window.open_paths([first, second])
    qtbot.waitUntil(lambda: window.articles.paths() == [first, second], timeout=10_000)
    assert window.articles.box.isVisible()
    qtbot.waitUntil(
        lambda: window.session.article is not None and window.session.article.source == first,
        timeout=10_000,
    )
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.actions_.next_article.trigger()
    assert window.session.article is not None
    assert window.session.article.source == second
