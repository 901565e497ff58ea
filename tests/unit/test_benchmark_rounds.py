"""The benchmarks' rounds: a round run while the machine was too busy is run again."""

import importlib.util
import sys
from pathlib import Path

import pytest

# benchmarks/ is a folder of scripts, not a package: load the one module by its path.
_SPEC = importlib.util.spec_from_file_location(
    "benchmark_results", Path(__file__).resolve().parents[2] / "benchmarks" / "results.py"
)
assert _SPEC is not None and _SPEC.loader is not None
results = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(results)


def test_a_busy_round_is_run_again(monkeypatch: pytest.MonkeyPatch) -> None:
    loads = iter([9.0, 1.0, 1.5, 8.0, 8.0, 8.0])
    monkeypatch.setattr(results, "load_average", lambda: next(loads))
    monkeypatch.setattr(results, "cores", lambda: 2)
    monkeypatch.setenv("KERNPUNT_BENCH_RERUNS", "2")
    runs = iter(range(100))
    kept, kept_loads = results.rounds(lambda: next(runs), 3)
    # Round 1 ran twice (9.0 was too busy), round 2 once; round 3 stayed busy and was kept.
    assert kept == [1, 2, 5]
    assert kept_loads == [1.0, 1.5, 8.0]
    note = results.load_note(kept_loads)
    assert "1.0–8.0 on 2 cores" in note and "1 of them above 2" in note


def test_a_cold_measurement_sees_no_heavy_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "ctranslate2", raising=False)
    assert "ctranslate2" not in results.loaded_heavy_modules()
    import ctranslate2  # noqa: F401 - imported to be seen

    assert "ctranslate2" in results.loaded_heavy_modules()


def test_the_translation_benchmark_counts_padding_as_the_engine_plans(
    installed_model: Path,
) -> None:
    # benchmarks/translate.py reaches into the engine's plan to count padded tokens: a change
    # of the engine must not leave the benchmark broken or counting another plan.
    from kernpunt.core.engine.translate import Translator
    from kernpunt.core.models.packages import find_package

    spec = importlib.util.spec_from_file_location(
        "benchmark_translate", Path(__file__).resolve().parents[2] / "benchmarks" / "translate.py"
    )
    assert spec is not None and spec.loader is not None
    translate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translate)
    package = find_package("nl", "en")
    assert package is not None
    translator = Translator(package)
    translator.load()
    sentences = ["Het kabinet is gevallen.", "De ministers kwamen bijeen in Brussel op dinsdag."]
    lengths = [len(translator._tokenizer.encode(text)) for text in sentences]
    counted = sum(translate.forced_length(length) for length in lengths)
    decoded = translate.decoded_tokens(translator, sentences)
    assert counted <= decoded <= len(sentences) * translate.forced_length(max(lengths))
