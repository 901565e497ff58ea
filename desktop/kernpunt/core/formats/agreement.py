"""Two readings of a web page's main text, and the blocks both of them keep.

readability-lxml finds the page's main text by scoring elements and keeps everything under the
best one, share bars and newsletter boxes included; trafilatura judges each block on its own
and drops those, but now and then loses half an article. Each is wrong in other places, so the
page's blocks are kept where the two agree, and readability's whole reading where they do not
(measured in benchmarks/html_extraction.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from kernpunt.core.formats.base import Piece

SHINGLE = 4
# A block is kept when at least this share of its 4-word runs is in the other reading.
MIN_SHARED = 0.5
# When the agreed blocks hold less than this share of readability's words, the readings
# disagree about where the article is; readability's reading is kept whole.
MIN_KEPT = 0.5


def agreed_pieces(pieces: Sequence[Piece], reference: str) -> list[Piece]:
    """Keep the pieces of one reading that another reading of the same page also holds.

    Headings inside the main reading are always kept: trafilatura often leaves out a heading
    that opens the text, and they carry the article's structure.

    Args:
        pieces: The blocks of the main reading, in document order.
        reference: The other reading's text; empty when it found nothing.

    Returns:
        The pieces both readings hold; all of ``pieces`` when the readings disagree on where
        the article is, or when the other one found nothing.
    """
    words = reference.split()
    if not words:
        return list(pieces)
    # trafilatura writes a table row as "| VVD | 34 |"; Kernpunt reads it as "VVD 34".
    lines = {" ".join(line.replace("|", " ").split()) for line in reference.splitlines()}
    runs = _shingles(words)
    kept = [
        piece
        for piece in pieces
        if piece.kind == "heading" or _shared(piece.text.split(), lines, runs)
    ]
    if _count_words(kept) < MIN_KEPT * _count_words(pieces):
        return list(pieces)
    return kept


def _shared(words: list[str], lines: set[str], runs: Counter[tuple[str, ...]]) -> bool:
    """Whether the other reading holds a block: the same line, or most of its 4-word runs.

    A block too short for one run (a heading, "Comments") must be a line of the other reading
    of its own, not just words found somewhere in it.
    """
    if not words:
        return False
    if " ".join(words) in lines:
        return True
    if len(words) < SHINGLE:
        return False
    own = _shingles(words)
    return sum((own & runs).values()) >= MIN_SHARED * sum(own.values())


def _shingles(words: list[str]) -> Counter[tuple[str, ...]]:
    if len(words) < SHINGLE:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def _count_words(pieces: Sequence[Piece]) -> int:
    return sum(len(piece.text.split()) for piece in pieces)
