import os
import threading
from pathlib import Path
from typing import Any

import pytest

from kernpunt.core.engine.cache import (
    CACHE_FILE,
    TranslationCache,
    model_identity,
    user_cache_folder,
)
from kernpunt.core.engine.translate import Progress, Translator
from kernpunt.core.models.packages import InstalledPackage, find_package
from tests.support.argos_models import build_package, install_package

ARTICLE = [
    "De ministers van Buitenlandse Zaken kwamen bijeen in Brussel.",
    "Stoltenberg sprak over Rusland.",
    "De bondgenoten hekelen de desinformatiecampagnes die Rusland uitvoert.",
    "Jammer genoeg gaat Rusland niet in op de uitnodiging.",
    "De NAVO wil de dialoog openhouden.",
    "Een akkoord is nog ver weg.",
]


class CountingModel:
    """Counts the sentences a CTranslate2 model is asked to translate."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.sentences: list[list[str]] = []

    def translate_batch(self, batch: list[list[str]], **options: Any) -> Any:
        if "repetition_penalty" not in options:
            self.sentences += batch
        return self.model.translate_batch(batch, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)


def _package() -> InstalledPackage:
    package = find_package("nl", "en")
    assert package is not None
    return package


def _counting(translator: Translator) -> CountingModel:
    translator.load()
    counter = CountingModel(translator._model)
    translator._model = counter
    return counter


def test_the_cache_lives_in_the_user_cache_folder(isolated_user: Path) -> None:
    assert user_cache_folder() == Path(os.environ["XDG_CACHE_HOME"]) / "kernpunt"
    assert TranslationCache().path == user_cache_folder() / CACHE_FILE


def test_reopening_an_article_translates_nothing(installed_model: Path) -> None:
    cache = TranslationCache()
    first = Translator(_package(), cache=cache).translate(ARTICLE)
    again = Translator(_package(), cache=cache)
    reports: list[Progress] = []
    delivered: list[int] = []
    results = again.translate(
        ARTICLE, on_result=lambda i, text: delivered.append(i), on_progress=reports.append
    )
    assert results == first
    assert delivered == list(range(len(ARTICLE)))
    assert again._model is None, "the model was not even loaded"
    assert reports[-1].done == reports[-1].cached == len(ARTICLE)
    assert reports[-1].seconds_left == 0


def test_an_edited_sentence_is_the_only_one_translated_again(installed_model: Path) -> None:
    cache = TranslationCache()
    translator = Translator(_package(), cache=cache)
    first = translator.translate(ARTICLE)
    counter = _counting(translator)
    edited = list(ARTICLE)
    edited[3] = "Helaas gaat Rusland niet in op de uitnodiging."
    results = translator.translate(edited)
    assert counter.sentences == [translator._tokenizer.encode(edited[3])]
    assert results[:3] == first[:3] and results[4:] == first[4:]
    assert results[3] and results[3] != first[3]


def test_options_and_models_do_not_share_entries(installed_model: Path, tmp_path: Path) -> None:
    cache = TranslationCache()
    Translator(_package(), cache=cache).translate(ARTICLE[:2])
    fast = Translator(_package(), mode="fast", cache=cache)
    counter = _counting(fast)
    fast.translate(ARTICLE[:2])
    assert len(counter.sentences) == 2, "a greedy translation is not a beam translation"

    other_folder = install_package(
        build_package(tmp_path / "build", seed=7), tmp_path / "other-packages"
    )
    other = find_package("nl", "en", other_folder.parent)
    assert other is not None and other.code == _package().code
    assert model_identity(other) != model_identity(_package())
    translator = Translator(other, cache=cache)
    counter = _counting(translator)
    translator.translate(ARTICLE[:2])
    assert len(counter.sentences) == 2, "another model with the same name and version"


def test_the_identity_follows_the_model_files(installed_model: Path) -> None:
    package = _package()
    before = model_identity(package)
    assert model_identity(package) == before
    assert before.startswith("translate-nl_en 1.0 ")
    weights = package.model_dir / "model.bin"
    data = bytearray(weights.read_bytes())
    data[-10] ^= 0xFF
    weights.write_bytes(bytes(data))
    assert model_identity(package) != before


def test_size_is_shown_and_clear_empties_it(installed_model: Path) -> None:
    cache = TranslationCache()
    assert cache.size_bytes() == 0
    translator = Translator(_package(), cache=cache)
    translator.translate(ARTICLE)
    filled = cache.size_bytes()
    assert filled > 0
    cache.clear()
    assert cache.size_bytes() < filled
    counter = _counting(translator)
    translator.translate(ARTICLE)
    assert len(counter.sentences) == len(ARTICLE), "after clearing, sentences are translated"


def test_a_full_cache_forgets_its_oldest_entries(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "small.sqlite3", max_bytes=64 * 1024)
    for batch in range(40):
        cache.put_many("model", "beam=4", [(f"zin {batch} {i}", "x" * 200) for i in range(20)])
    assert cache.size_bytes() < 64 * 1024 * 3
    assert cache.get_many("model", "beam=4", ["zin 0 0"]) == {}
    assert cache.get_many("model", "beam=4", ["zin 39 0"]) == {"zin 39 0": "x" * 200}


def test_a_corrupt_cache_file_is_replaced_with_a_notice(
    installed_model: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = TranslationCache()
    cache.path.parent.mkdir(parents=True, exist_ok=True)
    cache.path.write_bytes(b"SQLite format 3\0" + os.urandom(4096))
    results = Translator(_package(), cache=cache).translate(ARTICLE[:3])
    assert all(results)
    assert cache.notice is not None and "damaged" in cache.notice
    assert "damaged" in caplog.text
    assert cache.get_many(
        model_identity(_package()), Translator(_package()).options, ARTICLE[:3]
    ), "the new cache works"


def test_a_cache_that_cannot_be_written_does_not_stop_translation(
    installed_model: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    cache = TranslationCache(blocked / CACHE_FILE)
    results = Translator(_package(), cache=cache).translate(ARTICLE[:2])
    assert all(results)
    assert cache.notice is not None and "not being cached" in cache.notice
    assert cache.size_bytes() == 0


def test_readers_and_a_writer_at_the_same_time(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    writer = TranslationCache(path)
    writer.put_many("m", "o", [("zin 0", "sentence 0")])
    errors: list[BaseException] = []
    seen: list[int] = []

    def read() -> None:
        reader = TranslationCache(path)
        try:
            for _ in range(50):
                found = reader.get_many("m", "o", [f"zin {i}" for i in range(100)])
                assert found["zin 0"] == "sentence 0"
                seen.append(len(found))
        except BaseException as error:  # collected for the main thread
            errors.append(error)
        finally:
            reader.close()

    threads = [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    for i in range(1, 100):
        writer.put_many("m", "o", [(f"zin {i}", f"sentence {i}")])
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(seen) == 150
    assert writer.notice is None
    assert len(writer.get_many("m", "o", [f"zin {i}" for i in range(100)])) == 100
