"""A PDF page's lines rebuilt from where each piece of text is drawn, word gaps measured in ems.

pypdf's plain and layout modes put a space between two pieces of text only where the gap is at
least half the font's space (0.14 em in Helvetica), so text set with tighter word gaps and no
space characters, as some generators and OCR programs write it, comes out as one long word per
line. Here every piece of text keeps its start and end on the page (pypdf's layout mode
measures them, horizontal scaling included), and a gap wider than ``WORD_GAP`` of the type's
size is a space: wide enough that kerning inside a word never splits it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Literal, NamedTuple

from kernpunt.core.formats.base import clean_line

# A gap between two pieces of text wider than this share of the type's size is a space. Kerning
# inside a word moves letters by a few hundredths of an em; pdfminer.six splits at 0.1 too.
WORD_GAP = 0.1
# A piece this much lower or higher than the one before (as a share of the smaller type) is on
# a new line; a superscript footnote mark rises less.
LINE_SHIFT = 0.8
BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demibold|extrabold|ultrabold", re.IGNORECASE)
FORCE_BOLD = 1 << 18
BOLD_WEIGHT = 600


class Line(NamedTuple):
    """One line of a page, with the type most of its letters are set in.

    Attributes:
        text: The line's text, white space collapsed.
        size: The font size of most of its letters, in points on the page.
        bold: Every letter is in a bold face.
        y: How high on the page its first letters stand, in points from the bottom, where
            known.
    """

    text: str
    size: float
    bold: bool
    y: float | None = None


def line_of(text: str, letters: Counter[tuple[float, bool]], y: float | None = None) -> Line:
    """A line from its text, the count of its letters in each (size, bold) of type, its height."""
    sizes: Counter[float] = Counter()
    for (size, _bold), count in letters.items():
        sizes[size] += count
    size = sizes.most_common(1)[0][0] if sizes else 0.0
    weights = [bold for (_size, bold), count in letters.items() if count]
    return Line(
        clean_line(text), size, bool(weights) and all(weights), y if y is None else round(y, 1)
    )


def positioned_lines(page: Any) -> list[Line] | None:
    """A page's lines from the position of every piece of text; None where pypdf cannot say.

    The pieces come from pypdf's layout mode, whose functions are not public: a pypdf that
    lacks them, or a page they fail on, gives None and the caller keeps pypdf's plain reading.
    """
    try:
        return _lines(_shown_runs(page))
    except Exception:  # pypdf's private layout functions changed, or the page is damaged
        return None


def _lines(runs: list[Any]) -> list[Line]:
    lines: list[Line] = []
    text = ""
    letters: Counter[tuple[float, bool]] = Counter()
    last: Any = None
    y = 0.0
    for run in runs:
        if run.rotated or not run.font.interpretable:
            continue
        if last is None:
            y = run.ty
        elif _new_line(last, run):
            lines.append(line_of(text, letters, y))
            text, letters, y = "", Counter(), run.ty
        elif last is not None and _word_gap(last, run) and text[-1:].strip() and run.text[:1]:
            text += " "
        text += run.text
        letters[(round(run.font_height, 1), _is_bold(run.font))] += len(run.text.replace(" ", ""))
        last = run
    lines.append(line_of(text, letters, y))
    return lines


def _new_line(last: Any, run: Any) -> bool:
    return bool(abs(run.ty - last.ty) > LINE_SHIFT * min(run.font_height, last.font_height))


def _word_gap(last: Any, run: Any) -> bool:
    """Whether the gap from the end of one piece to the start of the next is a space.

    A piece that starts well to the left of where the last one started is a new word too.
    pypdf's positions do not always advance past a piece drawn inside a saved graphics state
    (pdfTeX's links), so a piece that starts where the last one did is read as following it.
    """
    gap = run.tx - last.displaced_tx
    return bool(gap > WORD_GAP * run.font_height or run.tx < last.tx - run.font_height)


def _shown_runs(page: Any) -> list[Any]:
    """Every text-showing operation of a page, in the order the content stream draws them."""
    from pypdf._text_extraction._layout_mode import _fixed_width_page as layout
    from pypdf._text_extraction._layout_mode._text_state_manager import TextStateManager
    from pypdf.generic import ArrayObject, ContentStream, StreamObject

    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if not isinstance(contents, ArrayObject | StreamObject):
        return []
    fonts = page._layout_mode_fonts()
    operations = iter(ContentStream(contents, page.pdf, "bytes").operations)
    state = TextStateManager()
    runs: list[Any] = []
    # As pypdf's text_show_operations, keeping each operation instead of its joined lines.
    for operands, operator in operations:
        if operator in (b"BT", b"q"):
            end: Literal[b"ET", b"Q"] = b"ET" if operator == b"BT" else b"Q"
            _groups, shown = layout.recurse_to_target_op(operations, state, end, fonts, True)
            runs.extend(shown)
        elif operator == b"Tf":
            layout.set_font_operation(state, fonts, operands)
        else:
            state.set_state_param(operator, operands)
    return runs


def _is_bold(font: Any) -> bool:
    descriptor = font.font_descriptor
    weight = str(descriptor.weight)
    return bool(
        BOLD_NAME.search(font.name)
        or BOLD_NAME.search(weight)
        or (weight.isdigit() and int(weight) >= BOLD_WEIGHT)
        or int(descriptor.flags) & FORCE_BOLD
    )
