"""Grouping an article's sentences into translation batches.

The first batch is small and in source order, so the first sentence comes back at once. After it,
the sentences are taken in windows of growing size; inside a window they are sorted by length
and cut into batches of similar lengths, which wastes little work on padding. The windows keep
the results flowing in source order: a window's sentences are all done before the next window's.
A window holds at least two full batches, so that both of CTranslate2's translators have a full
batch to work on, and its batches are cut evenly: no nearly empty batch at a window's end.
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
# Full batches per window: at least one for each of the two translators; at most as many as
# make a few seconds of work (4,096 source tokens at beam 4, about a hundred sentences; greedy
# is four times as fast, so its windows hold four times as many tokens). Within a window the
# sentences are sorted, so the larger the window, the less padding.
WINDOW_BATCHES = (2, 16)
# How fast windows grow after the first batch.
_GROWTH = 8


def plan_batches(
    lengths: Sequence[int],
    *,
    first_tokens: int = FIRST_BATCH_TOKENS,
    batch_tokens: int = BATCH_TOKENS,
) -> list[list[int]]:
    """Plan the batches of a translation job.

    Args:
        lengths: The token count of each sentence, in source order.
        first_tokens: Source tokens in the first batch.
        batch_tokens: Padded source tokens per later batch.

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
            batches += cut_evenly(window, lengths, batch_tokens)
        else:
            batches += cut_batches(window, lengths, first_tokens)
        fewest, most = (count * batch_tokens for count in WINDOW_BATCHES)
        budget = min(max(budget * _GROWTH, fewest), most)
    return batches


def _take(lengths: Sequence[int], start: int, budget: int) -> list[int]:
    """Take sentences in order from ``start`` while they fit the budget; at least one."""
    end = start + 1
    total = lengths[start]
    while end < len(lengths) and total + lengths[end] <= budget:
        total += lengths[end]
        end += 1
    return list(range(start, end))


def cut_batches(indices: list[int], lengths: Sequence[int], budget: int) -> list[list[int]]:
    """Cut a run of sentences, in its order, into batches whose padded size fits the budget."""
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


def cut_evenly(indices: list[int], lengths: Sequence[int], budget: int) -> list[list[int]]:
    """Cut like ``cut_batches``, into as few batches, with the smallest budget that allows.

    A greedy cut fills every batch but the last, which can be left with a sentence or two;
    the smallest budget that still needs no more batches spreads the sentences evenly.
    """
    batches = cut_batches(indices, lengths, budget)
    low, high = max((lengths[i] for i in indices), default=1), budget
    while low < high:
        middle = (low + high) // 2
        if len(cut_batches(indices, lengths, middle)) <= len(batches):
            high = middle
        else:
            low = middle + 1
    return cut_batches(indices, lengths, high) if high < budget else batches
