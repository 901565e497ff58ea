"""Inline code inside a sentence, kept out of the translation and put back as it was.

The translator sees a numbered marker in its place, ``[1]`` as a reference is written, which
translation models trained on encyclopaedia and news text copy through unchanged; the code
comes back in the marker's place. Code whose marker the model lost is added at the end, so
that none is ever lost or translated.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

# Private-use characters around inline code while a format's reader cleans its text's spaces.
OPEN = "\ue000"
CLOSE = "\ue001"
Span = tuple[int, int]


def marked(code: str) -> str:
    """Inline code between the markers that ``unmark`` turns into spans."""
    return f"{OPEN}{code.replace(OPEN, '').replace(CLOSE, '')}{CLOSE}"


def unmark(text: str) -> tuple[str, tuple[Span, ...]]:
    """Take the markers out of a block's text.

    Returns:
        The text without markers, and where its inline code is in it.
    """
    plain: list[str] = []
    spans: list[Span] = []
    position = 0
    start = 0
    for char in text:
        if char == OPEN:
            start = position
        elif char == CLOSE:
            if position > start:
                spans.append((start, position))
        else:
            plain.append(char)
            position += 1
    return "".join(plain), tuple(spans)


def within(code: Sequence[Span], starts: Sequence[int], start: int, end: int) -> list[Span]:
    """The spans of an article's inline code that lie in its text from start to end.

    Args:
        code: The article's inline code spans, in order.
        starts: Their starts (``[start for start, _ in code]``), kept by a caller asking often.
        start: Where the piece of text (a sentence) starts in the article's text.
        end: Where it ends.

    Returns:
        The spans, as offsets into the piece of text.
    """
    first = bisect_left(starts, start)
    last = bisect_left(starts, end, first)
    return [(left - start, right - start) for left, right in code[first:last] if right <= end]


def protect(text: str, spans: Sequence[Span]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A sentence for the translator: each inline code span replaced by a numbered marker.

    Args:
        text: The sentence.
        spans: Where its inline code is, as offsets into ``text``, in order.

    Returns:
        The sentence with markers, and each marker with the code it stands for.
    """
    if not spans:
        return text, ()
    numbers = _free_numbers(text, len(spans))
    parts: list[str] = []
    codes: list[tuple[str, str]] = []
    end = 0
    for (start, stop), number in zip(spans, numbers, strict=True):
        marker = f"[{number}]"
        parts += [text[end:start], marker]
        codes.append((marker, text[start:stop]))
        end = stop
    parts.append(text[end:])
    return "".join(parts), tuple(codes)


def restore(translation: str, codes: Sequence[tuple[str, str]]) -> str:
    """Put the code back in a translation in place of its markers; lost markers at the end."""
    missing: list[str] = []
    for marker, code in codes:
        if marker in translation:
            translation = translation.replace(marker, code, 1)
        else:
            missing.append(code)
    return " ".join([translation.rstrip(), *missing]) if missing else translation


def _free_numbers(text: str, count: int) -> list[int]:
    """Marker numbers that the sentence does not hold already."""
    numbers: list[int] = []
    number = 1
    while len(numbers) < count:
        if f"[{number}]" not in text:
            numbers.append(number)
        number += 1
    return numbers
