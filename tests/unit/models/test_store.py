"""The model store: one loaded translator per model and options, shared by every thread."""

import threading
from pathlib import Path

import pytest

from kernpunt.core.engine.cache import TranslationCache
from kernpunt.core.engine.translate import Translator
from kernpunt.core.models.packages import ModelError
from kernpunt.core.models.store import ModelStore


def test_without_a_model_the_reader_is_told_how_to_install_one() -> None:
    store = ModelStore()
    assert store.package() is None
    with pytest.raises(ModelError) as caught:
        store.translator()
    assert caught.value.message_id == "model.none"
    assert "kernpunt models install" in str(caught.value)


def test_threads_asking_at_once_share_one_translator_loaded_once(
    model_loads: list[str],
) -> None:
    store = ModelStore()
    got: list[Translator] = []
    start = threading.Barrier(4)

    def ask() -> None:
        start.wait()
        got.append(store.translator(mode="fast"))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(got) == 4 and all(item is got[0] for item in got)
    assert len(model_loads) == 1
    assert len(got[0].translate(["Het kabinet is gevallen."])) == 1


def test_other_options_get_their_own_translator_and_no_threads_means_every_core(
    model_loads: list[str],
) -> None:
    store = ModelStore()
    fast = store.translator(mode="fast")
    assert store.translator(mode="quality") is not fast
    assert store.translator(mode="fast", threads=0) is fast
    assert store.translator(fast.package, mode="fast") is fast
    assert len(model_loads) == 2


def test_clearing_lets_go_of_the_models_and_loads_anew_on_the_next_request(
    model_loads: list[str],
) -> None:
    store = ModelStore()
    first = store.translator()
    store.clear()
    second = store.translator()
    assert second is not first and len(model_loads) == 2
    assert first.translate(["De Kamer debatteert morgen."]) != [None], "in use, it stays valid"


def test_every_translator_shares_the_stores_cache(model_loads: list[str], tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "cache.sqlite")
    opened: list[TranslationCache] = []

    def open_cache() -> TranslationCache:
        opened.append(cache)
        return cache

    store = ModelStore(cache=open_cache)
    assert opened == [], "the cache opens with the first translator, on the worker"
    fast, quality = store.translator(mode="fast"), store.translator(mode="quality")
    assert fast.cache is cache and quality.cache is cache
