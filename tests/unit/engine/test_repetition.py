from kernpunt.core.engine.repetition import longest_run, looks_looped

ORDINARY = ["▁The", "▁ministers", "▁met", "▁in", "▁Brussels", "▁on", "▁Tuesday", "."]


def test_ordinary_sentences_are_left_alone() -> None:
    assert not looks_looped(ORDINARY, limit=40)
    assert not looks_looped(["▁very", "▁very", "▁good"], limit=40)
    assert not looks_looped([], limit=10)


def test_a_word_said_again_and_again_is_a_loop() -> None:
    assert looks_looped(["▁the", "▁the", "▁the", "▁the", "▁war"])


def test_a_phrase_said_three_times_running_is_a_loop() -> None:
    phrase = ["▁of", "▁the", "▁war"]
    assert looks_looped(["▁end", *phrase * 3, "▁end"])
    assert not looks_looped(["▁end", *phrase * 2, "▁end"])


def test_an_output_stuck_at_the_limit_with_few_words_is_a_loop() -> None:
    # Four distinct tokens in 24, with no phrase repeated back to back.
    stuck = list("ddacddcdcbbcbacbcaacdacd")
    assert looks_looped(stuck, limit=len(stuck))
    assert not looks_looped(stuck, limit=len(stuck) * 3), "well below the limit it may be fine"


def test_longest_run_counts_back_to_back_copies() -> None:
    assert longest_run(["a", "b", "a", "b", "a", "b", "c"], 2) == 3
    assert longest_run(["x", "a", "b", "a", "b"], 2) == 2
    assert longest_run(ORDINARY, 1) == 1
