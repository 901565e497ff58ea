"""Exporting the article list: read, translate and export each article to its own file."""

import json
import shutil
from pathlib import Path

import pytest

from kernpunt.core.batch.exports import BatchProgress, export_articles
from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.core.engine.translate import Translator
from kernpunt.core.export import ExportError
from kernpunt.core.models.packages import find_package
from tests.support.export_documents import EDITED, structured_document


@pytest.fixture
def translator(installed_model: Path) -> Translator:
    package = find_package("nl", "en")
    assert package is not None
    return Translator(package, mode="fast")


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
    articles: list[Path], translator: Translator, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    seen: list[BatchProgress] = []
    items = export_articles(articles, out, "json", "all", translator, on_progress=seen.append)
    assert [item.article for item in items] == articles
    assert [item.error is None for item in items] == [True, False, True, True]
    assert "is empty" in str(items[1].error)
    names = sorted(path.name for path in out.iterdir())
    assert names == sorted(item.target.name for item in items if item.target is not None)
    assert len(names) == 3, "one file per readable article, the copy under its own name"
    assert any(name.endswith(" (2).json") for name in names)
    assert [p.done for p in seen] == [0, 1, 2, 3, 4] and seen[-1].current is None
    for item in items:
        if item.target is not None:
            record = json.loads(item.target.read_text(encoding="utf-8"))
            assert record["article"]["source_file"] == item.article.name
            assert all(s["translation"] is not None for s in record["sentences"])
            assert record["options"]["mode"] == "fast"


def test_cancelling_stops_before_the_next_article(
    articles: list[Path], translator: Translator, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    token = CancelToken()

    def progressed(progress: BatchProgress) -> None:
        if progress.done == 1:
            token.cancel()

    with pytest.raises(Cancelled):
        export_articles(
            articles, out, "md", "all", translator, on_progress=progressed, cancel=token
        )
    assert [path.suffix for path in out.iterdir()] == [".md"], "the first file stays"


def test_a_translated_article_is_exported_with_the_readers_edits(
    tmp_path: Path, translator: Translator
) -> None:
    document = structured_document(tmp_path)
    source = document.article.source
    assert source is not None
    items = export_articles(
        [source], tmp_path, "json", "all", translator, documents={source: document}
    )
    assert items[0].target is not None
    record = json.loads(items[0].target.read_text(encoding="utf-8"))
    assert [s["index"] for s in record["sentences"] if s["edited"]] == [EDITED]
    assert record["sentences"][1]["translation"] == "EN 1.", "not translated again"


def test_a_missing_folder_stops_the_batch_at_once(
    articles: list[Path], translator: Translator, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_articles(articles, tmp_path / "gone", "md", "all", translator)
