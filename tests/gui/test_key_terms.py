"""The key terms above the brief: English chips, the Dutch on hover, wrapped to the pane."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from kernpunt.core.brief.keyterms import key_terms, reader_terms
from kernpunt.core.export import render
from kernpunt.core.formats.article import read_article
from kernpunt.core.text.segment import segment
from kernpunt.ui.key_terms import KeyTermChips
from kernpunt.ui.main_window import MainWindow
from tests.gui.conftest import open_translated
from tests.unit.brief.test_reader_terms import SAMPLE_IN_ENGLISH


def test_chips_show_the_english_terms_with_the_dutch_on_hover(qtbot: QtBot, sample: Path) -> None:
    sentences = [sentence.text for sentence in segment(read_article(sample))]
    terms = reader_terms(key_terms(sentences, "nl"), list(SAMPLE_IN_ENGLISH))
    chips = KeyTermChips()
    qtbot.addWidget(chips)
    chips.set_terms(terms)
    chips.resize(260, chips.heightForWidth(260))
    chips.show()
    qtbot.waitExposed(chips)
    assert chips.texts() == [term.text for term in terms]
    nato = next(chip for chip in chips.chips if chip.text() == "NATO")
    assert nato.toolTip() == "In the original: NAVO"
    stoltenberg = next(chip for chip in chips.chips if chip.text() == "Jens Stoltenberg")
    assert stoltenberg.toolTip() == "", "nothing to explain when both languages agree"
    # A narrow pane wraps the chips into rows rather than cutting them off.
    rows = {chip.geometry().top() for chip in chips.chips}
    assert len(rows) > 1
    for chip in chips.chips:
        assert chip.geometry().right() < chips.width(), chip.text()
        assert chip.geometry().width() >= chip.sizeHint().width(), chip.text()
        assert chip.geometry().bottom() < chips.height(), chip.text()


def test_no_terms_no_chips(qtbot: QtBot) -> None:
    chips = KeyTermChips()
    qtbot.addWidget(chips)
    chips.set_terms([])
    assert chips.isHidden()
    assert chips.texts() == []


def test_the_window_and_its_export_show_the_same_terms(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path
) -> None:
    open_translated(qtbot, window, sample)
    shown = window.view.key_terms.texts()
    assert len(shown) >= 3 and window.view.key_terms.isVisibleTo(window)
    document = window.session.document()
    assert document is not None
    markdown = render(document, "md", "brief").decode("utf-8")
    lines = [line for line in markdown.splitlines() if line.startswith("**Key terms")]
    assert lines == ["**Key terms:** " + ", ".join(shown)]
