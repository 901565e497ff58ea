from pathlib import Path

import pytest

from kernpunt.core.cancel import CancelToken
from kernpunt.core.models import find_package
from kernpunt.core.translate import (
    FIRST_BATCH_TOKENS,
    Progress,
    Translator,
    _batches,
    max_output_tokens,
    physical_cores,
)
from tests.support.argos_models import build_package, install_package

SENTENCES = [
    "De ministers van Buitenlandse Zaken kwamen bijeen in Brussel.",
    "Stoltenberg sprak over Rusland.",
    "'We blijven geloven in dialoog'",
    "De bondgenoten hekelen de desinformatiecampagnes die Rusland uitvoert.",
    "Jammer genoeg gaat Rusland niet in op de uitnodiging.",
] * 6


@pytest.fixture
def translator(installed_model: Path) -> Translator:
    package = find_package("nl", "en")
    assert package is not None
    return Translator(package)


def test_one_translation_per_sentence_in_source_order(translator: Translator) -> None:
    delivered: list[int] = []
    results = translator.translate(SENTENCES, on_result=lambda i, text: delivered.append(i))
    assert delivered == list(range(len(SENTENCES)))
    assert len(results) == len(SENTENCES)
    assert all(isinstance(text, str) and text for text in results)


def test_results_belong_to_their_sentences(translator: Translator) -> None:
    forward = translator.translate(SENTENCES[:5])
    backward = translator.translate(SENTENCES[:5][::-1])
    assert backward == forward[::-1]
    assert len(set(forward)) > 1


def test_progress_reaches_the_total(translator: Translator) -> None:
    reports: list[Progress] = []
    translator.translate(SENTENCES, on_progress=reports.append)
    assert len(reports) > 1, "a long article reports progress more than once"
    assert [p.done for p in reports] == sorted(p.done for p in reports)
    assert reports[-1].done == reports[-1].total == len(SENTENCES)
    assert reports[-1].tokens > 0 and reports[-1].tokens_per_second > 0
    assert reports[-1].seconds_left == 0


def test_cancel_keeps_finished_sentences(translator: Translator) -> None:
    token = CancelToken()

    def cancel_after_first(index: int, text: str) -> None:
        token.cancel()

    results = translator.translate(SENTENCES, on_result=cancel_after_first, cancel=token)
    assert results[0]
    assert None in results
    finished = [text for text in results if text is not None]
    assert results[: len(finished)] == finished, "finished sentences are a prefix"


def test_fast_mode_is_greedy(translator: Translator) -> None:
    assert translator.beam_size == 4
    translator.mode = "fast"
    assert translator.beam_size == 1
    assert all(translator.translate(SENTENCES[:3]))


def test_target_prefix_is_sent_and_stripped(tmp_path: Path) -> None:
    archive = build_package(tmp_path / "build", target_prefix="__en__")
    folder = install_package(archive, tmp_path / "packages")
    package = find_package("nl", "en", tmp_path / "packages")
    assert package is not None and package.path == folder
    assert package.target_prefix == "__en__"
    results = Translator(package).translate(SENTENCES[:2])
    assert all(text and not text.startswith("__en__") for text in results)


def test_decode_keeps_underscores(translator: Translator) -> None:
    translator.load()
    tokenizer = translator._tokenizer
    assert tokenizer.decode(tokenizer.encode("snake_case en NAVO_2021")) == (
        "snake_case en NAVO_2021"
    )


def test_first_batch_is_small_and_batches_keep_order() -> None:
    lengths = [[f"t{i}"] * (10 + i % 7) for i in range(80)]
    batches = _batches(lengths)
    assert [i for batch in batches for i in batch] == list(range(80))
    assert sum(len(lengths[i]) for i in batches[0]) <= FIRST_BATCH_TOKENS
    assert len(batches[-1]) > len(batches[0])


def test_limits() -> None:
    assert physical_cores() >= 1
    assert max_output_tokens(20) > 20
    assert max_output_tokens(20) <= 60
