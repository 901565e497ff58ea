import random

import pytest

from kernpunt.core.engine.sentence_batches import (
    BATCH_TOKENS,
    FIRST_BATCH_TOKENS,
    GREEDY_BATCH_TOKENS,
    cut_batches,
    cut_evenly,
    plan_batches,
)


def _lengths(count: int, seed: int = 1) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(4, 80) for _ in range(count)]


def test_every_sentence_is_planned_once() -> None:
    lengths = _lengths(300)
    batches = plan_batches(lengths)
    assert sorted(i for batch in batches for i in batch) == list(range(300))


def test_the_first_batch_is_small_and_in_source_order() -> None:
    lengths = _lengths(100)
    first = plan_batches(lengths)[0]
    assert first == list(range(len(first)))
    assert sum(lengths[i] for i in first) <= FIRST_BATCH_TOKENS


def test_a_long_first_sentence_still_makes_a_batch() -> None:
    assert plan_batches([500, 3, 3])[0] == [0]


def test_later_batches_are_large_sorted_and_within_budget() -> None:
    lengths = _lengths(300)
    batches = plan_batches(lengths)
    assert max(len(batch) for batch in batches) > 10
    for batch in batches[1:]:
        padded = len(batch) * max(lengths[i] for i in batch)
        assert padded <= BATCH_TOKENS or len(batch) == 1
        assert [lengths[i] for i in batch] == sorted(lengths[i] for i in batch)


def test_windows_keep_results_flowing_in_order() -> None:
    lengths = _lengths(400)
    batches = plan_batches(lengths)
    # Everything planned before sentence k's batch ends comes from a bounded prefix: the reader
    # never waits for the whole article before seeing the early sentences.
    finished: set[int] = set()
    for batch in batches:
        finished.update(batch)
        if 50 in finished:
            break
    assert max(finished) < 250


def test_nothing_to_plan() -> None:
    assert plan_batches([]) == []


def test_a_window_is_cut_evenly_without_a_straggler() -> None:
    # 25 sentences of 10 tokens, 100 padded tokens a batch: greedy filling leaves 10, 10, 5.
    batches = cut_evenly(list(range(25)), [10] * 25, 100)
    assert sorted(len(batch) for batch in batches) == [7, 9, 9]
    assert sorted(i for batch in batches for i in batch) == list(range(25))


def test_both_translators_get_a_full_batch_after_the_first() -> None:
    lengths = _lengths(300)
    batches = plan_batches(lengths)
    # The window after the first batch holds at least two batches' worth of sentences.
    second_window = [batches[1], batches[2]]
    assert all(
        len(batch) * max(lengths[i] for i in batch) > BATCH_TOKENS // 2 for batch in second_window
    )


def test_greedy_sorts_larger_windows_and_pads_less_than_source_order() -> None:
    lengths = _lengths(300)
    greedy = plan_batches(lengths, batch_tokens=4 * BATCH_TOKENS)

    def padding(batches: list[list[int]]) -> float:
        padded = sum(len(b) * max(lengths[i] for i in b) for b in batches)
        return padded / sum(lengths) - 1

    in_order = cut_batches(list(range(300)), lengths, 4 * BATCH_TOKENS)
    assert padding(greedy) < padding(in_order) / 2
    assert max(len(batch) for batch in greedy) >= 30


def _padded(lengths: list[int], batches: list[list[int]]) -> int:
    return sum(len(batch) * max(lengths[i] for i in batch) for batch in batches)


def _ideal(lengths: list[int], budget: int) -> list[list[int]]:
    """Every sentence sorted by length and cut by the budget: the limit batching can reach."""
    return cut_batches(sorted(range(len(lengths)), key=lambda i: lengths[i]), lengths, budget)


@pytest.mark.parametrize("budget", [BATCH_TOKENS, GREEDY_BATCH_TOKENS])
@pytest.mark.parametrize("count", [60, 240, 1000])
def test_a_long_article_pads_nearly_as_little_as_sorting_it_whole(budget: int, count: int) -> None:
    lengths = _lengths(count, seed=count)
    plan = plan_batches(lengths, batch_tokens=budget)
    ideal = _ideal(lengths, budget)
    assert _padded(lengths, plan) <= 1.03 * _padded(lengths, ideal)
    assert len(plan) <= 1.03 * len(ideal) + 2, "at most a part-filled batch per window"


def test_a_short_remainder_joins_the_window_before_it() -> None:
    # 60 sentences: after the first batch the rest is one window, cut as the ideal cuts it.
    lengths = _lengths(60)
    plan = plan_batches(lengths)
    rest = sorted(range(len(plan[0]), 60), key=lambda i: lengths[i])
    assert [lengths[i] for batch in plan[1:] for i in batch] == [lengths[i] for i in rest]


def test_a_short_article_keeps_both_translators_busy() -> None:
    # The NATO sample's shape: 15 sentences, far below one greedy batch's budget.
    lengths = [30, 41, 25, 58, 33, 47, 29, 36, 52, 22, 38, 44, 27, 31, 40]
    plan = plan_batches(lengths, batch_tokens=GREEDY_BATCH_TOKENS, translators=2)
    assert len(plan) == 3, "the first sentence, then a batch for each translator"
    assert min(len(batch) for batch in plan[1:]) >= 6, "the rest split evenly"
    assert len(plan_batches(lengths, batch_tokens=GREEDY_BATCH_TOKENS, translators=1)) == 2


def test_greedy_keeps_a_short_article_in_one_batch_after_the_first() -> None:
    # Greedy's step cost hardly grows with the batch: the rest of the NATO sample stays whole,
    # decoded beside the first sentence.
    lengths = [30, 41, 25, 58, 33, 47, 29, 36, 52, 22, 38, 44, 27, 31, 40]
    plan = plan_batches(lengths, batch_tokens=GREEDY_BATCH_TOKENS, split_one=False)
    assert [len(batch) for batch in plan] == [1, 14]
    # A window of several batches is still cut into a multiple of the translators.
    long = plan_batches(_lengths(60), batch_tokens=GREEDY_BATCH_TOKENS, split_one=False)
    assert len(long[1:]) % 2 == 0 and len(long[1:]) >= 2


def test_a_window_spreads_over_at_least_the_asked_batches() -> None:
    assert sorted(len(b) for b in cut_evenly(list(range(10)), [5] * 10, 1000, translators=2)) == [
        5,
        5,
    ]
    assert cut_evenly([0], [5], 1000, translators=2) == [[0]]


@pytest.mark.parametrize("translators", [1, 2, 3])
def test_no_translator_is_left_alone_with_a_windows_last_batch(translators: int) -> None:
    # 25 sentences of 10 tokens, 100 padded tokens a batch: three batches by the budget.
    batches = cut_evenly(list(range(25)), [10] * 25, 100, translators=translators)
    assert len(batches) % translators == 0
    assert len(batches) >= 3, "never fewer batches than the budget needs"
    assert 2 * min(len(b) for b in batches) >= max(len(b) for b in batches), "no straggler"
    assert sorted(i for batch in batches for i in batch) == list(range(25))


def test_a_window_is_not_cut_into_more_batches_than_sentences() -> None:
    assert len(cut_evenly([0, 1, 2], [5, 5, 5], 1000, translators=4)) == 3


def test_a_part_queued_behind_another_has_no_small_first_batch() -> None:
    # The reader waits for the first part of a job; a later part is decoded for throughput,
    # so its sentences go straight into full, sorted batches (greedy: the rest of the NATO
    # sample after its brief in one batch, not one sentence and then thirteen).
    lengths = [30, 41, 25, 58, 33, 47, 29, 36, 52, 22, 38, 44]
    plan = plan_batches(
        lengths, batch_tokens=GREEDY_BATCH_TOKENS, split_one=False, first_alone=False
    )
    assert [len(batch) for batch in plan] == [12]
    assert plan_batches(_lengths(300), first_alone=False)[0] != [0]
    assert sorted(i for b in plan_batches(_lengths(300), first_alone=False) for i in b) == list(
        range(300)
    )
