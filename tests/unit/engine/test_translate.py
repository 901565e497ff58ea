from pathlib import Path
from typing import Any

import pytest

from kernpunt.core.cancel import CancelToken
from kernpunt.core.engine import translate as translate_module
from kernpunt.core.engine.translate import Progress, Translator, max_output_tokens, physical_cores
from kernpunt.core.models.packages import find_package
from tests.support.argos_models import build_package, install_package

SENTENCES = [
    "De ministers van Buitenlandse Zaken kwamen bijeen in Brussel.",
    "Stoltenberg sprak over Rusland.",
    "'We blijven geloven in dialoog'",
    "De bondgenoten hekelen de desinformatiecampagnes die Rusland uitvoert.",
    "Jammer genoeg gaat Rusland niet in op de uitnodiging.",
] * 6


class ModelSpy:
    """Stands in front of a CTranslate2 model and records every translate_batch call."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.calls: list[tuple[list[list[str]], dict[str, Any]]] = []

    def translate_batch(self, batch: list[list[str]], **options: Any) -> Any:
        self.calls.append((batch, options))
        return self.model.translate_batch(batch, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)


@pytest.fixture
def translator(installed_model: Path) -> Translator:
    package = find_package("nl", "en")
    assert package is not None
    return Translator(package)


def spy_on(translator: Translator) -> ModelSpy:
    """Load the translator's model and put a spy in front of it."""
    translator.load()
    spy = ModelSpy(translator._model)
    translator._model = spy
    return spy


def two_translators(mode: str) -> tuple[Translator, ModelSpy]:
    """A translator of the installed model sharing two cores in that mode, and its spy."""
    package = find_package("nl", "en")
    assert package is not None
    translator = Translator(package, mode=mode, threads=2)
    return translator, spy_on(translator)


@pytest.fixture
def spy(translator: Translator) -> ModelSpy:
    return spy_on(translator)


def test_one_translation_per_sentence_in_source_order(translator: Translator) -> None:
    delivered: list[int] = []
    results = translator.translate(SENTENCES, on_result=lambda i, text: delivered.append(i))
    assert delivered == list(range(len(SENTENCES)))
    assert len(results) == len(SENTENCES)
    assert all(isinstance(text, str) and text for text in results)


def test_results_belong_to_their_sentences(translator: Translator) -> None:
    # Random weights never stop early, so an output's length is its batch's limit; a fixed
    # length makes each output depend on its own sentence only, as a real model's does.
    translator.forced_length = lambda source_tokens: 12
    forward = translator.translate(SENTENCES[:5])
    backward = translator.translate(SENTENCES[:5][::-1])
    assert backward == forward[::-1]
    assert len(set(forward)) > 1


def test_empty_sentences_stay_empty_and_cost_nothing(translator: Translator, spy: ModelSpy) -> None:
    results = translator.translate(["", "  ", SENTENCES[0]])
    assert results[:2] == ["", ""]
    assert results[2]
    first_pass = [batch for batch, options in spy.calls if "repetition_penalty" not in options]
    assert sum(len(batch) for batch in first_pass) == 1


def test_progress_reaches_the_total(translator: Translator) -> None:
    reports: list[Progress] = []
    translator.translate(SENTENCES, on_progress=reports.append)
    assert len(reports) > 1, "a long article reports progress more than once"
    assert [p.done for p in reports] == sorted(p.done for p in reports)
    assert reports[-1].done == reports[-1].total == len(SENTENCES)
    assert reports[-1].tokens > 0 and reports[-1].elapsed > 0
    assert reports[-1].seconds_left == 0
    first = reports[-1].first_result
    assert first is not None and 0 < first <= reports[-1].elapsed
    middle = next(p for p in reports if 0 < p.done < p.total)
    assert middle.seconds_left is not None and middle.seconds_left > 0


def test_a_first_part_arrives_before_half_the_job_is_done(translator: Translator) -> None:
    import time

    arrivals: dict[int, float] = {}
    started = time.perf_counter()
    translator.translate(
        SENTENCES * 3,
        on_result=lambda i, text: arrivals.setdefault(i, time.perf_counter()),
        parts=(1,),
    )
    total = time.perf_counter() - started
    assert arrivals[0] - started < total / 2


def test_cancel_keeps_finished_sentences(translator: Translator) -> None:
    token = CancelToken()

    def cancel_after_first(index: int, text: str) -> None:
        token.cancel()

    results = translator.translate(SENTENCES, on_result=cancel_after_first, cancel=token)
    assert results[0]
    assert None in results
    finished = [text for text in results if text is not None]
    assert results[: len(finished)] == finished, "finished sentences are a prefix"


def test_cancel_before_start_translates_nothing(translator: Translator, spy: ModelSpy) -> None:
    token = CancelToken()
    token.cancel()
    assert translator.translate(SENTENCES, cancel=token) == [None] * len(SENTENCES)
    assert spy.calls == []


def test_fast_mode_is_greedy(translator: Translator, spy: ModelSpy) -> None:
    assert translator.beam_size == 4
    translator.mode = "fast"
    assert translator.beam_size == 1
    assert all(translator.translate(SENTENCES[:3]))
    assert {options["beam_size"] for _, options in spy.calls} == {1}


def test_a_short_article_is_shared_by_both_translators(installed_model: Path) -> None:
    translator, spy = two_translators("quality")
    assert all(translator.translate(SENTENCES[:15]))
    # Cut by the beam's token budget into batches both translators work on, not one batch.
    sizes = [len(batch) for batch, options in spy.calls if "repetition_penalty" not in options]
    assert len(sizes) >= 3 and sum(sizes) == 15 and max(sizes) < 14


def test_output_is_bounded_by_the_source_length(translator: Translator, spy: ModelSpy) -> None:
    translator.translate(SENTENCES[:5])
    for batch, options in spy.calls:
        longest = max(len(tokens) for tokens in batch)
        assert options["max_decoding_length"] == max_output_tokens(longest)


def test_forced_length_gives_exactly_that_many_tokens(
    translator: Translator, spy: ModelSpy
) -> None:
    translator.forced_length = lambda source_tokens: source_tokens + 3
    reports: list[Progress] = []
    translator.translate(SENTENCES[:10], on_progress=reports.append)
    lengths = [len(translator._tokenizer.encode(text)) for text in SENTENCES[:10]]
    assert reports[-1].tokens == sum(length + 3 for length in lengths)
    for batch, options in spy.calls:
        longest = max(len(tokens) for tokens in batch)
        assert options["min_decoding_length"] == options["max_decoding_length"] == longest + 3


def test_target_prefix_is_sent_and_stripped(tmp_path: Path) -> None:
    archive = build_package(tmp_path / "build", target_prefix="__en__")
    folder = install_package(archive, tmp_path / "packages")
    package = find_package("nl", "en", tmp_path / "packages")
    assert package is not None and package.path == folder
    assert package.target_prefix == "__en__"
    translator = Translator(package)
    translator.forced_length = lambda source_tokens: 5
    reports: list[Progress] = []
    results = translator.translate(SENTENCES[:2], on_progress=reports.append)
    assert all(text and not text.startswith("__en__") for text in results)
    assert reports[-1].tokens == 2 * 5, "the prefix is not counted as output"
    spy = spy_on(translator)
    alternatives = translator.alternatives(SENTENCES[0], count=2)
    assert alternatives and not any(text.startswith("__en__") for text in alternatives)
    assert spy.calls[-1][1]["target_prefix"] == [["__en__"]]


def test_decode_keeps_underscores(translator: Translator) -> None:
    translator.load()
    tokenizer = translator._tokenizer
    assert tokenizer.decode(tokenizer.encode("snake_case en NAVO_2021")) == (
        "snake_case en NAVO_2021"
    )


def test_a_bpe_package_translates(tmp_path: Path) -> None:
    archive = build_package(tmp_path / "build", tokenizer="bpe")
    install_package(archive, tmp_path / "packages")
    package = find_package("nl", "en", tmp_path / "packages")
    assert package is not None and package.tokenizer_path.name == "bpe.model"
    translator = Translator(package)
    delivered: list[int] = []
    results = translator.translate(SENTENCES[:6], on_result=lambda i, text: delivered.append(i))
    assert delivered == list(range(6))
    assert all(isinstance(text, str) and text for text in results)
    assert "@@" not in " ".join(text or "" for text in results), "BPE joins are undone"
    tokens = translator._tokenizer.encode("De ministers kwamen bijeen.")
    assert any(token.endswith("@@") for token in tokens), "words are split into BPE units"
    # An output cut off at the length bound can end inside a word: no "@@" is left showing.
    assert translator._tokenizer.decode(["De", "minis@@"]) == "De minis"


def test_alternatives_are_distinct_translations(translator: Translator, spy: ModelSpy) -> None:
    alternatives = translator.alternatives(SENTENCES[0], count=3)
    assert 1 <= len(alternatives) <= 3
    assert len(set(alternatives)) == len(alternatives)
    assert all(alternatives)
    _, options = spy.calls[-1]
    assert options["num_hypotheses"] == 3 and options["beam_size"] >= 3
    with pytest.raises(ValueError, match="at least 1"):
        translator.alternatives(SENTENCES[0], count=0)


def test_a_looping_translation_is_decoded_again_with_a_penalty(
    translator: Translator, spy: ModelSpy, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Random weights loop at will; flag only the outputs of the second sentence.
    looping_source = translator._tokenizer.encode(SENTENCES[1])
    first_pass: dict[str, list[str]] = {}

    def guard(tokens: list[str], limit: int | None = None) -> bool:
        return bool(first_pass) and tokens == first_pass.get("output")

    original = translator._submit

    def remember(batch: list[list[str]], **extra: float) -> Any:
        futures = original(batch, **extra)
        if not extra and looping_source in batch:
            first_pass["output"] = futures[batch.index(looping_source)].result().hypotheses[0]
        return futures

    monkeypatch.setattr(translator, "_submit", remember)
    monkeypatch.setattr(translate_module, "looks_looped", guard)
    results = translator.translate(SENTENCES[:3])
    assert translator.retries == 1
    retried = [(batch, options) for batch, options in spy.calls if "repetition_penalty" in options]
    assert len(retried) == 1 and retried[0][0] == [looping_source]
    assert retried[0][1]["no_repeat_ngram_size"] > 0
    assert results[1] != translator._decode(first_pass["output"])


def test_the_thread_setting_is_honoured(installed_model: Path) -> None:
    package = find_package("nl", "en")
    assert package is not None
    single = Translator(package, threads=1)
    single.load()
    assert single._model.num_translators == 1
    double = Translator(package, threads=2)
    double.load()
    assert double._model.num_translators == 2, "two batches in flight, one thread each"


def test_threads_follow_the_cores_this_process_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    assert physical_cores() >= 1
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0})
    assert physical_cores() == 1


def test_limits() -> None:
    assert max_output_tokens(20) > 20
    assert max_output_tokens(20) <= 60


def test_greedy_keeps_a_part_whole_beside_another_and_spreads_a_job_alone(
    installed_model: Path,
) -> None:
    translator, spy = two_translators("fast")

    def sizes(sentences: list[str], parts: tuple[int, ...] = ()) -> list[int]:
        spy.calls.clear()
        assert all(translator.translate(sentences, parts=parts))
        return [len(batch) for batch, options in spy.calls if "repetition_penalty" not in options]

    # Greedy's step costs nearly the same for 7 sentences as for 14: beside the first part, the
    # rest of a short article stays whole; alone in its job it is spread over both translators.
    assert sizes(SENTENCES[:15], parts=(1,)) == [1, 14]
    alone = sizes(SENTENCES[:15])
    assert len(alone) == 2 and sum(alone) == 15 and min(alone) >= 5


def test_parts_are_decoded_in_their_order_each_batched_on_its_own(
    translator: Translator, spy: ModelSpy
) -> None:
    sentences = [f"{text} Nummer {i}." for i, text in enumerate(SENTENCES[:12])]
    owner = {tuple(translator._tokenizer.encode(text)): i for i, text in enumerate(sentences)}
    delivered: list[int] = []
    results = translator.translate(
        sentences, parts=(1, 3), on_result=lambda index, text: delivered.append(index)
    )
    assert all(results) and delivered == list(range(12))
    queued = [
        sorted(owner[tuple(tokens)] for tokens in batch)
        for batch, options in spy.calls
        if "repetition_penalty" not in options
    ]
    # The first part alone, then the second part's sentences, then the rest: no batch mixes
    # two parts, and no batch of a later part is queued before an earlier part's last batch.
    parts = [0 if batch[0] == 0 else 1 if batch[0] <= 3 else 2 for batch in queued]
    assert queued[0] == [0] and parts == sorted(parts)
    assert sorted(i for batch in queued if batch[0] in (1, 2, 3) for i in batch) == [1, 2, 3]
    assert sorted(i for batch in queued for i in batch) == list(range(12))
