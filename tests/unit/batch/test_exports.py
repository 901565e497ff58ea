"""Exporting the article list into one folder: each article named from its date and title."""

import json
import shutil
from pathlib import Path

import pytest

from kernpunt.core.batch.run import (
    BatchOptions,
    BatchProgress,
    Translators,
    plan_by_title,
    process_store,
    run_batch,
)
from kernpunt.core.cancel import CancelToken
from kernpunt.core.engine.translate import Translator
from kernpunt.core.export import ExportError
from tests.support.export_documents import EDITED, structured_document


@pytest.fixture
def translator(installed_model: Path) -> Translators:
    def get() -> Translator:
        return process_store().translator(mode="fast")

    return get


@pytest.fixture
def articles(tmp_path: Path, sample: Path) -> list[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    first = folder / "navo.txt"
    shutil.copy(sample, first)
    second = folder / "kort.txt"
    second.write_text("Het kabinet is gevallen. De Kamer debatteert morgen.\n", encoding="utf-8")
    empty = folder / "leeg.txt"
    empty.write_bytes(b"")
    # The same article under the same file name in another folder: both would be named "navo".
    again = folder / "elders" / "navo.txt"
    again.parent.mkdir()
    shutil.copy(sample, again)
    return [first, empty, second, again]


def test_every_article_gets_its_own_file_and_a_bad_one_its_reason(
    articles: list[Path], translator: Translators, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    seen: list[BatchProgress] = []
    items = run_batch(
        plan_by_title(articles, out, "json"),
        BatchOptions("json", mode="fast"),
        translator,
        on_progress=seen.append,
    )
    assert [item.source for item in items] == articles
    assert [item.status for item in items] == ["translated", "failed", "translated", "translated"]
    assert "is empty" in str(items[1].error)
    names = sorted(path.name for path in out.iterdir())
    assert names == sorted(item.target.name for item in items if item.target is not None)
    assert len(names) == 3, "one file per readable article, the copy under its own name"
    assert any(name.endswith(" (2).json") for name in names)
    assert sorted(p.current for p in seen[:-1]) == sorted(articles), "each article announced"
    assert seen[-1] == BatchProgress(4, 4, None)
    assert [p.done for p in seen] == sorted(p.done for p in seen), "done only grows"
    for item in items:
        if item.target is not None:
            record = json.loads(item.target.read_text(encoding="utf-8"))
            assert record["article"]["source_file"] == item.source.name
            assert all(s["translation"] is not None for s in record["sentences"])
            assert record["options"]["mode"] == "fast"


def test_cancelling_stops_before_the_next_article(
    articles: list[Path], translator: Translators, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    token = CancelToken()

    def progressed(progress: BatchProgress) -> None:
        if progress.done == 1:
            token.cancel()

    items = run_batch(
        plan_by_title(articles, out, "md"),
        BatchOptions("md", mode="fast"),
        translator,
        in_flight=1,
        on_progress=progressed,
        cancel=token,
    )
    assert [item.status for item in items] == ["translated", "cancelled", "cancelled", "cancelled"]
    assert [path.suffix for path in out.iterdir()] == [".md"], "the first file stays"


def test_a_translated_article_is_exported_with_the_readers_edits(tmp_path: Path) -> None:
    document = structured_document(tmp_path)
    source = document.article.source
    assert source is not None

    def no_model() -> Translator:
        raise AssertionError("a translated article needs no model")

    [item] = run_batch(
        plan_by_title([source], tmp_path, "json"),
        BatchOptions("json"),
        no_model,
        documents={source: document},
    )
    assert item.target is not None
    record = json.loads(item.target.read_text(encoding="utf-8"))
    assert [s["index"] for s in record["sentences"] if s["edited"]] == [EDITED]
    assert record["sentences"][1]["translation"] == "EN 1.", "not translated again"


def test_a_missing_folder_stops_the_batch_at_once(articles: list[Path], tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        plan_by_title(articles, tmp_path / "gone", "md")
