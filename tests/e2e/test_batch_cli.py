"""`kernpunt translate PATH... --out DIR` as a process: exit codes, JSON, interrupts, a cluster."""

import json
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.support.commands import KERNPUNT, run_kernpunt
from tests.support.documents import copies

pytestmark = pytest.mark.e2e


def run(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return run_kernpunt(*args, timeout=timeout)


@pytest.fixture
def news(tmp_path: Path, sample: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "2021").mkdir(parents=True)
    shutil.copy(sample, folder / "navo.txt")
    (folder / "2021" / "kabinet.txt").write_text(
        "Het kabinet is gevallen. De Kamer debatteert morgen.\n", encoding="utf-8"
    )
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "kapot.docx").write_bytes(b"PK\x03\x04 not really a Word file")
    return folder


def outputs(folder: Path) -> list[str]:
    return sorted(
        path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()
    )


def test_good_and_bad_articles_json_and_exit_status(
    news: Path, tmp_path: Path, installed_model: Path
) -> None:
    out = tmp_path / "out"
    result = run("translate", news, tmp_path / "missing.txt", "--out", out, "--fast", "--json")
    assert result.returncode == 1, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["total"], summary["translated"], summary["failed"]) == (5, 2, 3)
    assert summary["exit_code"] == 1 and not summary["interrupted"]
    by_name = {Path(item["source"]).name: item for item in summary["articles"]}
    assert by_name["navo.txt"]["output"] == str(out / "navo.md")
    assert by_name["kabinet.txt"]["output"] == str(out / "2021" / "kabinet.md")
    for name in ("leeg.txt", "kapot.docx", "missing.txt"):
        assert by_name[name]["status"] == "failed" and by_name[name]["error"]
        assert f"failed      {by_name[name]['source']}: " in result.stderr, "the reason, on stderr"
    assert outputs(out) == ["2021/kabinet.md", "navo.md"]
    assert (out / "navo.md").read_text(encoding="utf-8").startswith("# De ministers")
    assert "Done: 2 translated, 3 failed" in result.stderr


def test_skip_existing_leaves_finished_exports_alone(
    news: Path, tmp_path: Path, installed_model: Path
) -> None:
    out = tmp_path / "out"
    (news / "leeg.txt").unlink()
    (news / "kapot.docx").unlink()
    (out / "2021").mkdir(parents=True)
    (out / "2021" / "kabinet.json").write_text("{}", encoding="utf-8")
    result = run("translate", news, "--out", out, "--format", "json", "--fast", "--skip-existing")
    assert result.returncode == 0, result.stderr
    assert (out / "2021" / "kabinet.json").read_text(encoding="utf-8") == "{}"
    assert json.loads((out / "navo.json").read_text(encoding="utf-8"))["sentences"]
    again = run("translate", news, "--out", out, "--format", "json", "--skip-existing", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["skipped"] == 2
    assert "Done: 2 skipped" in again.stderr


def test_usage_errors_exit_with_2(news: Path, tmp_path: Path) -> None:
    for args in (
        [news],
        [news / "navo.txt", news / "2021" / "kabinet.txt", "-o", tmp_path / "x.md"],
        [news / "navo.txt", "-o", tmp_path / "x.md", "--out", tmp_path / "out"],
        [news / "navo.txt", "--json"],
        [news, "--out", news / "navo.txt"],
    ):
        result = run("translate", *args)
        assert result.returncode == 2, (args, result.stderr)
        assert "usage: kernpunt translate" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_missing_model_is_one_message(news: Path, tmp_path: Path) -> None:
    message = (
        "no Dutch → English model is installed; "
        "install one with 'kernpunt models install FILE.argosmodel'."
    )
    result = run("translate", news, "--out", tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"kernpunt: {message}"]
    assert result.stdout == ""
    as_json = run("translate", news, "--out", tmp_path / "out", "--json")
    assert as_json.returncode == 1
    assert json.loads(as_json.stdout) == {"error": message, "exit_code": 1}
    assert as_json.stderr.strip().splitlines() == [f"kernpunt: {message}"]


def test_an_interrupt_keeps_finished_exports_and_exits_130(
    tmp_path: Path, sample: Path, installed_model: Path
) -> None:
    folder = tmp_path / "archive"
    copies(sample, folder, 60)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*KERNPUNT, "translate", str(folder), "--out", str(out), "--format", "json", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not list(out.glob("*.json")) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    summary = json.loads(stdout)
    assert summary["interrupted"] and summary["cancelled"] > 0
    assert summary["translated"] + summary["cancelled"] == 60
    written = sorted(path.name for path in out.iterdir())
    expected = [Path(a["output"]).name for a in summary["articles"] if a["status"] == "translated"]
    assert written == sorted(expected) and 0 < len(written) < 60, "no temporary files left"
    for name in written:
        record = json.loads((out / name).read_text(encoding="utf-8"))
        assert all(sentence["translation"] is not None for sentence in record["sentences"])
    assert "Interrupted: finishing nothing new" in stderr


@pytest.mark.slow
def test_a_local_cluster_of_two_workers_gives_the_same_results(
    news: Path, tmp_path: Path, installed_model: Path
) -> None:
    for number in range(4):
        shutil.copy(news / "navo.txt", news / f"kopie{number}.txt")
    out = tmp_path / "out"
    args = ["translate", news, "--out", out, "--fast", "--json", "--cluster", "local"]
    result = run(*args, timeout=90)
    assert result.returncode == 1, result.stderr
    summary = json.loads(result.stdout)
    assert (summary.get("translated"), summary.get("failed")) == (6, 2), (summary, result.stderr)
    assert summary["cluster"] == "local"
    workers = {item["worker"] for item in summary["articles"] if item["status"] == "translated"}
    assert len(workers) == 2 and all(w.startswith("tls://127.0.0.1:") for w in workers)
    assert outputs(out) == sorted(
        ["2021/kabinet.md", "navo.md", *(f"kopie{n}.md" for n in range(4))]
    )
    failed = {Path(i["source"]).name: i["error"] for i in summary["articles"] if i["error"]}
    assert "is empty" in failed["leeg.txt"]


def test_segment_json(sample: Path) -> None:
    result = run("segment", sample, "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert len(record["sentences"]) == 15
    for sentence in record["sentences"]:
        assert sentence["text"] == record["text"][sentence["start"] : sentence["end"]]
    assert [s["index"] for s in record["sentences"]] == list(range(15))
    missing = run("segment", sample.parent / "missing.txt", "--json")
    assert missing.returncode == 1
    error = json.loads(missing.stdout)
    assert error["exit_code"] == 1 and "missing.txt" in error["error"]
    assert missing.stderr == f"kernpunt: {error['error']}\n"
    assert run("segment", "--json").returncode == 2
