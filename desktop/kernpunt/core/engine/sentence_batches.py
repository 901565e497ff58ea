"""Grouping an article's sentences into translation batches.

The limit to measure against is CTranslate2 given every sentence at once, sorted by length and
cut by a token budget: the least padding, the fewest batches (``benchmarks/translate.py``).
Where the first sentence is wanted soonest (``first_alone``), the first batch is small and in
source order, so it comes back at once. After it, the sentences are taken in windows in source
order, each sorted by length and cut by the same budget as that limit; the windows grow
fourfold, so that after the first one or two the sorting is nearly as good as sorting the whole
article, while the reader still sees the translation fill in from the top. A short remainder
joins the window before it instead of making a small, poorly sorted window of its own. A window
is cut into a multiple of the number of translators, so that no translator idles on a short
article or waits alone on a window's last batch.
"""

from __future__ import annotations

from collections.abc import Sequence

# Source tokens in the first batch: one or two sentences.
FIRST_BATCH_TOKENS = 48
# Padded source tokens (sentences × the longest) times the beam width, per batch at beam 4:
# about 8 sentences. Memory follows it: each hypothesis keeps its decoder's keys and values for
# every source and target position (about 25 KB per position for the nl→en shape) and two
# batches run at once. Measured on the nl→en shape with the 5,000-word article: 1,024 gives a
# 330–360 MB peak; 2,048 gave 470–500 MB and 4,096 more, for no measurable gain in speed
# (benchmarks/translate.py; CPU time per token the same within 5 % from 1,024 to 4,096).
HYPOTHESIS_TOKENS = 1024
BATCH_TOKENS = HYPOTHESIS_TOKENS // 4
# Padded source tokens per greedy batch, about 30 sentences. Greedy decoding does little work
# per step, so small batches are dominated by each step's fixed cost: CPU time per token fell by
# about 40 % from 256 to 1,024 tokens and no further at 2,048 or 4,096, while padding and memory
# grow with the budget.
GREEDY_BATCH_TOKENS = 1024
# The first window after the first batch holds this many full batches (two per translator, so
# neither waits while a finished batch is handed on); each window is this many times the last.
FIRST_WINDOW_BATCHES = 4
_GROWTH = 4


def plan_batches(
    lengths: Sequence[int],
    *,
    first_tokens: int = FIRST_BATCH_TOKENS,
    batch_tokens: int = BATCH_TOKENS,
    translators: int = 2,
    split_one: bool = True,
    first_alone: bool = True,
) -> list[list[int]]:
    """Plan the batches of a translation job.

    Args:
        lengths: The token count of each sentence, in source order.
        first_tokens: Source tokens in the first batch.
        batch_tokens: Padded source tokens per later batch.
        translators: Batches CTranslate2 runs at once; a window is cut into a multiple of it.
        split_one: Whether a window that fits one batch is spread over the translators too.
        first_alone: Whether the first sentences make a small batch of their own, to come back
            at once; a part of a job queued behind another needs none.

    Returns:
        Batches of positions into ``lengths``; every position appears exactly once.
    """
    if not lengths:
        return []
    batches = cut_batches(_take(lengths, 0, first_tokens), lengths, first_tokens)
    if not first_alone:
        batches = []
    position = sum(len(batch) for batch in batches)
    budget = FIRST_WINDOW_BATCHES * batch_tokens
    while position < len(lengths):
        window = _take(lengths, position, budget)
        budget *= _GROWTH
        if sum(lengths[position + len(window) :]) < budget // 2:
            window = list(range(position, len(lengths)))
        position += len(window)
        window.sort(key=lambda index: lengths[index])
        batches += cut_evenly(
            window, lengths, batch_tokens, translators=translators, split_one=split_one
        )
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


def cut_evenly(
    indices: list[int],
    lengths: Sequence[int],
    budget: int,
    *,
    translators: int = 1,
    split_one: bool = True,
) -> list[list[int]]:
    """Cut like ``cut_batches``, into as few batches, with the smallest budget that allows.

    A greedy cut fills every batch but the last, which can be left with a sentence or two;
    the smallest budget that still needs no more batches spreads the sentences evenly. The
    number of batches is rounded up to a multiple of ``translators`` (as far as the run has
    sentences): three batches for two translators leave one of them idle while the other
    decodes the third, and one batch leaves it idle throughout. With ``split_one`` false, a
    run that fits one batch stays one batch.
    """
    count = len(cut_batches(indices, lengths, budget))
    if count == 1 and not split_one:
        return cut_batches(indices, lengths, budget)
    wanted = min(-(-count // max(translators, 1)) * max(translators, 1), len(indices))
    wanted = max(wanted, count)
    low, high = max((lengths[i] for i in indices), default=1), max(budget, 1)
    while low < high:
        middle = (low + high) // 2
        if len(cut_batches(indices, lengths, middle)) <= wanted:
            high = middle
        else:
            low = middle + 1
    return cut_batches(indices, lengths, high)
