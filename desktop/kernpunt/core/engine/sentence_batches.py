"""Grouping an article's sentences into translation batches.

The first batch is small and in source order, so the first sentence comes back at once. After it,
the sentences are taken in windows of growing size; inside a window they are sorted by length
and cut into batches of similar lengths, which wastes little work on padding. The windows keep
the results flowing in source order: a window's sentences are all done before the next window's.
"""

from __future__ import annotations

from collections.abc import Sequence

# Source tokens in the first batch: one or two sentences.
FIRST_BATCH_TOKENS = 48
# Padded source tokens (sentences × the longest) times the beam width, per batch once the
# first is out of the way: about 8 sentences at beam 4, 30 greedy. Memory follows it: each
# hypothesis keeps its decoder's keys and values for every source and target position (about
# 25 KB per position for the nl→en shape) and two batches run at once. Measured on the nl→en
# shape with the 5,000-word article: 1,024 gives a 330–360 MB peak; 2,048 gave 470–500 MB for
# no measurable gain in speed (benchmarks/translate.py).
HYPOTHESIS_TOKENS = 1024
BATCH_TOKENS = HYPOTHESIS_TOKENS // 4
# Source tokens per window, at most: about a hundred sentences, a few seconds of work.
WINDOW_TOKENS = 4096
# How fast windows grow after the first batch.
_GROWTH = 4


def plan_batches(
    lengths: Sequence[int],
    *,
    first_tokens: int = FIRST_BATCH_TOKENS,
    batch_tokens: int = BATCH_TOKENS,
    window_tokens: int = WINDOW_TOKENS,
) -> list[list[int]]:
    """Plan the batches of a translation job.

    Args:
        lengths: The token count of each sentence, in source order.
        first_tokens: Source tokens in the first batch.
        batch_tokens: Padded source tokens per later batch.
        window_tokens: Source tokens per window, at most.

    Returns:
        Batches of positions into ``lengths``; every position appears exactly once.
    """
    batches: list[list[int]] = []
    position = 0
    budget = first_tokens
    while position < len(lengths):
        window = _take(lengths, position, budget)
        position += len(window)
        if batches:
            window.sort(key=lambda index: lengths[index])
            batches += _cut(window, lengths, batch_tokens)
        else:
            batches += _cut(window, lengths, first_tokens)
        budget = min(budget * _GROWTH, window_tokens)
    return batches


def _take(lengths: Sequence[int], start: int, budget: int) -> list[int]:
    """Take sentences in order from ``start`` while they fit the budget; at least one."""
    end = start + 1
    total = lengths[start]
    while end < len(lengths) and total + lengths[end] <= budget:
        total += lengths[end]
        end += 1
    return list(range(start, end))


def _cut(indices: list[int], lengths: Sequence[int], budget: int) -> list[list[int]]:
    """Cut a run of sentences into batches whose padded size fits the budget."""
    batches: list[list[int]] = []
    current: list[int] = []
    longest = 0
    for index in indices:
        length = lengths[index]
        if current and (len(current) + 1) * max(longest, length) > budget:
            batches.append(current)
            current, longest = [], 0
        current.append(index)
        longest = max(longest, length)
    if current:
        batches.append(current)
    return batches
