import random

from kernpunt.core.engine.sentence_batches import BATCH_TOKENS, FIRST_BATCH_TOKENS, plan_batches


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
