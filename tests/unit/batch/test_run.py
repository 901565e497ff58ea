"""The batch: planning names, one model per process, failures kept, cancel, and its report."""

import io
import json
import shutil
from pathlib import Path

import pytest

from kernpunt import cli_batch
from kernpunt.core.batch.cluster import ClusterError, _check_workers, inspect_worker, work
from kernpunt.core.batch.run import (
    BatchJob,
    BatchOptions,
    BatchResult,
    Translators,
    plan_batch,
    process_store,
    run_batch,
    run_job,
)
from kernpunt.core.cancel import CancelToken
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.engine.translate import Translator
from kernpunt.core.export import ExportError, export_document
from kernpunt.core.models.packages import ModelError
from kernpunt.core.models.store import ModelStore

SHORT = "Het kabinet is gevallen. De Kamer debatteert morgen over nieuwe verkiezingen.\n"


def touch(path: Path, text: str = SHORT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def news(tmp_path: Path, sample: Path) -> Path:
    folder = tmp_path / "news"
    shutil.copy(sample, touch(folder / "navo.txt"))
    touch(folder / "2021" / "kabinet.txt")
    touch(folder / "2021" / "kabinet.html", f"<html><body><p>{SHORT}</p></body></html>")
    touch(folder / "leeg.txt", "")
    touch(folder / "notes.xyz", "not an article")
    touch(folder / ".hidden.txt")
    return folder


# Planning


def test_folders_keep_their_structure_and_every_article_gets_its_own_name(
    news: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    jobs = plan_batch([news], out, "md")
    names = {job.source.relative_to(news).as_posix(): job.target for job in jobs}
    assert names == {
        "2021/kabinet.html": out / "2021" / "kabinet.md",
        "2021/kabinet.txt": out / "2021" / "kabinet.txt.md",
        "leeg.txt": out / "leeg.md",
        "navo.txt": out / "navo.md",
    }, "hidden files and unknown kinds are not articles; the later twin keeps its suffix"
    assert all(job.folder == out and job.error is None for job in jobs)
    assert not out.exists(), "planning writes nothing"


def test_the_same_inputs_get_the_same_names_whatever_the_output_folder_holds(
    news: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = plan_batch([news], out, "json")
    touch(out / "navo.json")
    assert plan_batch([news], out, "json") == first


def test_files_given_one_by_one_never_share_an_export(tmp_path: Path) -> None:
    a = touch(tmp_path / "a" / "stuk.txt")
    b = touch(tmp_path / "b" / "stuk.txt")
    c = touch(tmp_path / "c" / "Stuk.txt")
    out = tmp_path / "out"
    jobs = plan_batch([a, b, c, a], out, "txt")
    assert [job.source for job in jobs] == [a, b, c], "an article given twice is done once"
    assert [job.target.name for job in jobs if job.target] == [
        "stuk.txt",
        "stuk.txt.txt",
        "Stuk (2).txt",
    ]


def test_an_export_never_replaces_an_article(tmp_path: Path) -> None:
    article = touch(tmp_path / "stuk.txt")
    [job] = plan_batch([article], tmp_path, "txt")
    assert job.target == tmp_path / "stuk.txt.txt"


def test_exports_of_an_earlier_run_inside_the_folder_are_not_articles(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    touch(folder / "stuk.txt")
    touch(folder / "en" / "stuk.txt")  # an earlier run's export, --format txt --out news/en
    jobs = plan_batch([folder], folder / "en", "txt")
    assert [job.source for job in jobs] == [folder / "stuk.txt"]


def test_a_folder_without_articles_and_a_missing_file_stay_in_the_plan(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = tmp_path / "missing.txt"
    jobs = plan_batch([empty, missing], tmp_path / "out", "md")
    assert jobs[0].target is None and "holds no article" in str(jobs[0].error)
    assert jobs[1] == BatchJob(missing, tmp_path / "out" / "missing.md", tmp_path / "out")


def test_an_unknown_format_is_refused_before_anything_is_planned(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="not a format Kernpunt exports"):
        plan_batch([tmp_path], tmp_path / "out", "rtf")


# Running


@pytest.fixture
def translator(installed_model: Path) -> Translators:
    translator = process_store().translator(mode="fast")
    return lambda: translator


def test_the_model_is_loaded_once_per_process(installed_model: Path) -> None:
    first = process_store().translator(mode="fast")
    assert first is process_store().translator(mode="fast")
    assert first._model is not None, "loaded before the first article needs it"
    assert process_store().translator(mode="quality") is not first


def test_without_a_model_the_reader_is_told_how_to_install_one() -> None:
    with pytest.raises(ModelError, match="kernpunt models install"):
        process_store().translator(mode="fast")


def test_one_bad_article_never_stops_the_batch(
    news: Path, tmp_path: Path, translator: Translators
) -> None:
    out = tmp_path / "out"
    jobs = plan_batch([news, tmp_path / "missing.txt"], out, "json")
    seen: list[BatchResult] = []
    results = run_batch(jobs, BatchOptions("json", mode="fast"), translator, on_result=seen.append)
    assert [item.source for item in results] == [job.source for job in jobs], "the plan's order"
    assert sorted(map(str, seen)) == sorted(map(str, results)), "every result reported once"
    status = {item.source.name: (item.status, item.error) for item in results}
    assert status["leeg.txt"][0] == "failed" and "is empty" in str(status["leeg.txt"][1])
    assert status["missing.txt"][0] == "failed" and "no longer exists" in str(
        status["missing.txt"][1]
    )
    written = [item for item in results if item.status == "translated"]
    assert len(written) == 3
    for item in written:
        assert item.target is not None and item.sentences > 0
        record = json.loads(item.target.read_text(encoding="utf-8"))
        assert len(record["sentences"]) == item.sentences
        assert all(s["translation"] is not None for s in record["sentences"])
        assert record["options"]["mode"] == "fast"


def test_existing_exports_are_skipped_without_loading_a_model(tmp_path: Path) -> None:
    article = touch(tmp_path / "stuk.txt")
    [job] = plan_batch([article], tmp_path / "out", "md")
    assert job.target is not None
    touch(job.target, "an earlier export")

    def no_model() -> Translator:
        raise AssertionError("a skipped article needs no model")

    [result] = run_batch([job], BatchOptions("md"), no_model, skip_existing=True)
    assert result.status == "skipped"
    assert job.target.read_text(encoding="utf-8") == "an earlier export"


def test_articles_share_one_translator_loaded_once(
    news: Path, tmp_path: Path, model_loads: list[str]
) -> None:
    store = ModelStore()
    used: set[int] = set()

    def translator() -> Translator:
        used.add(id(engine := store.translator(mode="fast")))
        return engine

    jobs = plan_batch([news], tmp_path / "out", "md")
    results = run_batch(jobs, BatchOptions("md", mode="fast"), translator, in_flight=3)
    assert [item.status for item in results].count("translated") == 3
    assert len(model_loads) == 1 and len(used) == 1, "three articles at once, one model loaded"


def test_a_cancelled_batch_writes_nothing_more(
    news: Path, tmp_path: Path, translator: Translators
) -> None:
    token = CancelToken()
    jobs = plan_batch([news], tmp_path / "out", "md")
    first_two = [job.source.name for job in jobs[:2]]
    assert first_two == ["kabinet.html", "kabinet.txt"], "two real articles are in flight first"

    def export_then_cancel(
        document: TranslatedArticle, path: Path, format: str, content: str
    ) -> Path:
        # Cancelled on the worker thread, before it can take the next article. Cancelling from
        # on_result, on the calling thread, raced the pool: a free thread could start the empty
        # article, which fails at once, before the cancel came.
        token.cancel()
        return export_document(document, path, format, content)

    results = run_batch(
        jobs, BatchOptions("md", mode="fast"), translator, export=export_then_cancel, cancel=token
    )
    status = {item.source.name: item.status for item in results}
    assert status["leeg.txt"] == status["navo.txt"] == "cancelled", "nothing starts after a cancel"
    assert "translated" in {status[name] for name in first_two}
    assert {status[name] for name in first_two} <= {"translated", "cancelled"}
    written = sorted((tmp_path / "out").rglob("*.md"))
    assert written == sorted(
        item.target for item in results if item.status == "translated" and item.target
    )


def test_a_failing_export_is_that_articles_failure(tmp_path: Path, translator: Translators) -> None:
    articles = [touch(tmp_path / "in" / f"stuk{n}.txt") for n in range(2)]
    jobs = plan_batch(articles, tmp_path / "out", "md")
    calls: list[Path] = []

    def export(document: TranslatedArticle, path: Path, format: str, content: str) -> Path:
        calls.append(path)
        if path.name == "stuk0.md":
            raise RuntimeError("disk on fire")
        return export_document(document, path, format, content)

    results = run_batch(jobs, BatchOptions("md", mode="fast"), translator, export=export)
    assert [item.status for item in results] == ["failed", "translated"]
    assert results[0].error == "unexpected RuntimeError: disk on fire"
    assert sorted(calls) == sorted(job.target for job in jobs)


def test_a_named_file_goes_only_into_a_folder_that_exists(
    tmp_path: Path, translator: Translators
) -> None:
    article = touch(tmp_path / "stuk.txt")
    job = BatchJob(article, tmp_path / "gone" / "stuk.md")
    result = run_job(job, BatchOptions("md", mode="fast"), translator)
    assert result.status == "failed" and "does not exist" in str(result.error)
    assert not (tmp_path / "gone").exists()


# On a cluster worker (the task itself; the cluster runs in tests/e2e/test_batch_cli.py)


def test_a_worker_task_uses_the_processs_translator(
    tmp_path: Path, translator: Translators
) -> None:
    article = touch(tmp_path / "stuk.txt")
    [job] = plan_batch([article], tmp_path / "out", "md")
    result = work(job, BatchOptions("md", mode="fast"), False)
    assert result.status == "translated" and result.target is not None
    assert result.target.read_text(encoding="utf-8").startswith("# Het kabinet")
    assert result.worker is not None and result.worker.endswith(f":{__import__('os').getpid()}")


class FakeClient:
    def __init__(self, workers: dict[str, dict[str, object]]) -> None:
        self.workers = workers

    def wait_for_workers(self, count: int, timeout: float) -> None:
        if not self.workers:
            raise TimeoutError

    def run(self, function: object, *args: object) -> dict[str, dict[str, object]]:
        return self.workers


def test_a_worker_without_the_model_stops_the_batch_before_it_starts(
    installed_model: Path, tmp_path: Path
) -> None:
    article = touch(tmp_path / "stuk.txt")
    jobs = plan_batch([article], tmp_path / "out", "md")
    ready = inspect_worker(str(article))
    assert ready["model"] == "translate-nl_en 1.0" and ready["sees"] is True
    assert _check_workers(FakeClient({"tcp://a:1": ready}), "tcp://s:8786", jobs) == []
    bare = {**ready, "model": None, "packages": "/srv/argos"}
    blind = {**ready, "sees": False}
    client = FakeClient({"tcp://a:1": ready, "tcp://b:1": bare, "tcp://c:1": blind})
    with pytest.raises(ClusterError) as raised:
        _check_workers(client, "tcp://s:8786", jobs)
    message = str(raised.value)
    assert "tcp://b:1 has no Dutch → English model in /srv/argos" in message
    assert f"tcp://c:1 cannot see {article}" in message
    with pytest.raises(ClusterError, match="has no workers"):
        _check_workers(FakeClient({}), "tcp://s:8786", jobs)


def test_workers_with_dasks_slow_allocator_setting_are_named(
    installed_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = touch(tmp_path / "stuk.txt")
    jobs = plan_batch([article], tmp_path / "out", "md")
    assert not inspect_worker(str(article))["slow_malloc"]
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "65536")
    slow = inspect_worker(str(article))
    client = FakeClient({"tcp://a:1": slow, "tcp://b:1": {**slow, "slow_malloc": False}})
    [note] = _check_workers(client, "tcp://s:8786", jobs)
    assert note.startswith("tcp://a:1 run with MALLOC_TRIM_THRESHOLD_ set")
    assert "tcp://b:1" not in note


# The terminal report


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def results_of(tmp_path: Path) -> list[BatchResult]:
    return [
        BatchResult(tmp_path / "a.txt", tmp_path / "a.md", "translated", seconds=1.0),
        BatchResult(tmp_path / "b.txt", tmp_path / "b.md", "failed", "“b.txt” is empty."),
        BatchResult(tmp_path / "c.txt", tmp_path / "c.md", "skipped"),
    ]


def test_quiet_lines_off_a_terminal(tmp_path: Path) -> None:
    stream = io.StringIO()
    progress = cli_batch.ProgressDisplay(3, stream)
    for item in results_of(tmp_path):
        progress.add(item)
    progress.finish(progress.results, 30.0, interrupted=False)
    lines = stream.getvalue().splitlines()
    assert lines[0] == f"translated  {tmp_path / 'a.txt'} → {tmp_path / 'a.md'} (1.0 s)"
    assert lines[1] == f"failed      {tmp_path / 'b.txt'}: “b.txt” is empty."
    assert lines[2].startswith("skipped")
    assert lines[3] == "Done: 1 translated, 1 skipped, 1 failed in 30 s (2.0 articles/min)."
    assert "\r" not in stream.getvalue()


def test_a_bar_on_a_terminal_with_failures_above_it(tmp_path: Path) -> None:
    stream = Terminal()
    progress = cli_batch.ProgressDisplay(3, stream)
    for item in results_of(tmp_path):
        progress.add(item)
    text = stream.getvalue()
    assert "Translating ████████░░░░░░░░░░░░░░░░ 1/3" in text
    assert "3/3 · 1 failed" in text
    assert "failed      " in text and "translated  " not in text


def test_exit_codes_and_the_json_summary(tmp_path: Path) -> None:
    results = results_of(tmp_path)
    assert cli_batch.exit_code(results, interrupted=False) == 1
    assert cli_batch.exit_code(results[::2], interrupted=False) == 0
    assert cli_batch.exit_code(results[::2], interrupted=True) == 130
    summary = cli_batch.summarize(results, 60.0, 1, BatchOptions("md"), None)
    assert json.loads(json.dumps(summary)) == summary
    assert (summary["translated"], summary["failed"], summary["skipped"]) == (1, 1, 1)
    assert summary["articles"][1] == {
        "source": str(tmp_path / "b.txt"),
        "output": str(tmp_path / "b.md"),
        "status": "failed",
        "error": "“b.txt” is empty.",
        "seconds": 0.0,
        "sentences": 0,
        "worker": None,
    }
