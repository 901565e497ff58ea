"""Spotting a translation that loops, so the engine can retry it with a repetition penalty.

Neural models sometimes fall into a loop ("the the the …", "of the war of the war …") until the
length limit stops them. Such an output is easy to recognise from its tokens alone: one n-gram
repeated back to back many times, or an output that ran into the length limit while using only a
handful of distinct tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

# Back-to-back repeats that make a loop, by n-gram length: a word said four times in a row, or a
# phrase of three or more tokens said three times in a row, is not something a translation does.
_LOOP_REPEATS = {1: 4, 2: 4, 3: 3, 4: 3, 5: 3, 6: 3}
# An output that hit the limit with fewer distinct tokens than this share of its length loops.
MIN_DISTINCT_AT_LIMIT = 0.35

# What the retry decodes with: a penalty on tokens already written, and no 4-gram twice.
RETRY_OPTIONS = {"repetition_penalty": 1.3, "no_repeat_ngram_size": 4}


def longest_run(tokens: Sequence[str], size: int) -> int:
    """Count the most back-to-back repeats of any n-gram of this size in the tokens.

    Args:
        tokens: The output tokens.
        size: The n-gram length.

    Returns:
        The highest number of consecutive copies of one n-gram; 1 when nothing repeats.
    """
    best = 1
    for start in range(size):
        run = 1
        previous: Sequence[str] | None = None
        for offset in range(start, len(tokens) - size + 1, size):
            gram = tokens[offset : offset + size]
            run = run + 1 if gram == previous else 1
            best = max(best, run)
            previous = gram
    return best


def looks_looped(tokens: Sequence[str], limit: int | None = None) -> bool:
    """Tell whether a translation's tokens look like a decoding loop.

    Args:
        tokens: The output tokens, without any target prefix.
        limit: The output length limit the decoder had, if known.

    Returns:
        True when one n-gram repeats back to back too often, or when the output reached the
        limit with too few distinct tokens.
    """
    if any(longest_run(tokens, size) >= repeats for size, repeats in _LOOP_REPEATS.items()):
        return True
    at_limit = limit is not None and len(tokens) >= limit - 1 and len(tokens) >= 8
    return at_limit and len(set(tokens)) < MIN_DISTINCT_AT_LIMIT * len(tokens)
