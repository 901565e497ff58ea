"""`kernpunt models ...` and `kernpunt segment` as processes: JSON on stdout, exit codes, Ctrl+C."""

import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kernpunt.core.engine.cache import user_cache_folder
from kernpunt.core.models.packages import packages_dir
from tests.support.commands import KERNPUNT, run_kernpunt
from tests.support.index_server import NL_EN, IndexServer, serving

pytestmark = pytest.mark.e2e


def run(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return run_kernpunt(*args, timeout=timeout)


def run_json(*args: str | Path, status: int = 0) -> tuple[dict[str, Any], str]:
    """Run a --json command; return the one JSON object on its stdout, and its stderr."""
    result = run(*args, "--json")
    assert result.returncode == status, result.stderr
    record: dict[str, Any] = json.loads(result.stdout)
    return record, result.stderr


def folder_entries(folder: Path) -> list[str]:
    """Every name in a folder, hidden ones (staging, partial downloads) included."""
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def server(tiny_archive: Path) -> Iterator[IndexServer]:
    with serving() as server:
        server.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        yield server


@pytest.fixture
def broken_archive(tiny_archive: Path, tmp_path: Path) -> Path:
    """The tiny model with a run of bytes in the middle of its data flipped."""
    data = bytearray(tiny_archive.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(byte ^ 0xFF for byte in data[middle : middle + 64])
    broken = tmp_path / "translate-nl_en-1_0.argosmodel"
    broken.write_bytes(bytes(data))
    return broken


def test_list_install_and_a_broken_install(tiny_archive: Path, broken_archive: Path) -> None:
    empty, _ = run_json("models", "list")
    assert empty == {"folder": str(packages_dir()), "models": [], "skipped": []}

    installed, _ = run_json("models", "install", tiny_archive)
    model = installed["installed"]
    assert (model["code"], model["pair"], model["version"]) == ("translate-nl_en", "nl_en", "1.0")
    assert (model["from_name"], model["to_name"]) == ("Dutch", "English")
    assert Path(model["path"]) == packages_dir() / "translate-nl_en-1_0"
    assert (Path(model["path"]) / "model" / "model.bin").is_file()

    listed, _ = run_json("models", "list")
    assert listed["models"] == [model], "the listing describes the model as install did"

    failed, stderr = run_json("models", "install", broken_archive, "--replace", status=1)
    assert failed["exit_code"] == 1 and "damaged" in failed["error"]
    assert stderr == f"kernpunt: {failed['error']}\n"
    after, _ = run_json("models", "list")
    assert after["models"] == [model], "the installed model is untouched"
    assert folder_entries(packages_dir()) == ["translate-nl_en-1_0"], "no staging folder left"


def test_remove_needs_yes_with_json(installed_model: Path) -> None:
    refused, stderr = run_json("models", "remove", "nl_en", status=2)
    assert refused == {
        "error": "not removed; pass --yes to remove without asking.",
        "exit_code": 2,
    }
    assert "pass --yes" in stderr
    assert installed_model.is_dir()

    removed, _ = run_json("models", "remove", "nl_en", "--yes")
    assert [item["code"] for item in removed["removed"]] == ["translate-nl_en"]
    assert removed["removed"][0]["path"] == str(installed_model)
    assert not installed_model.exists()
    assert folder_entries(packages_dir()) == []
    listed, _ = run_json("models", "list")
    assert listed["models"] == []


def test_download_lists_the_index_then_installs(server: IndexServer, tiny_archive: Path) -> None:
    offered, _ = run_json("models", "download", "--index", server.base_url)
    assert offered["index"] == server.base_url + "index.json"
    assert [(m["pair"], m["size_bytes"], m["installed_versions"]) for m in offered["models"]] == [
        ("nl_en", tiny_archive.stat().st_size, [])
    ]

    done, stderr = run_json("models", "download", "nl_en", "--index", server.base_url)
    assert done["installed"]["code"] == "translate-nl_en"
    assert Path(done["installed"]["path"]).is_dir()
    assert "Downloading: 100% of" in stderr, "progress goes to stderr"

    again, _ = run_json("models", "download", "nl_en", "--index", server.base_url, status=2)
    assert "pass --replace" in again["error"]
    listed, _ = run_json("models", "list")
    assert listed["models"] == [done["installed"]]


def test_ctrl_c_during_a_download_exits_130_and_leaves_nothing(tiny_archive: Path) -> None:
    downloads = user_cache_folder() / "downloads"
    with serving() as server:
        server.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        # The server sends half of the package, then nothing more.
        server.behaviour[f"/packages/{tiny_archive.name}"] = "stall"
        process = subprocess.Popen(
            [*KERNPUNT, "models", "download", "nl_en", "--index", server.base_url, "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 30
        partial: list[Path] = []
        while time.monotonic() < deadline and process.poll() is None:
            partial = [path for path in downloads.glob("*.part") if path.stat().st_size > 0]
            if partial:
                break
            time.sleep(0.02)
        assert partial, "the download had started"
        os.kill(process.pid, signal.SIGINT)
        stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert json.loads(stdout) == {
        "error": "download cancelled; nothing was installed.",
        "exit_code": 130,
    }
    assert stderr.strip().splitlines()[-1] == "kernpunt: download cancelled; nothing was installed."
    assert "Traceback" not in stderr
    assert folder_entries(downloads) == [], "no partial download left"
    assert folder_entries(packages_dir()) == [], "nothing installed, no staging folder"


def test_segment_json_of_an_article_and_of_a_binary_file(sample: Path, tmp_path: Path) -> None:
    record, stderr = run_json("segment", sample)
    assert stderr == ""
    assert record["source"] == str(sample) and record["encoding"]
    sentences = record["sentences"]
    assert len(sentences) > 1
    assert all(s["text"] == record["text"][s["start"] : s["end"]] for s in sentences)

    binary = tmp_path / "foto.jpg.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 16)
    failed, stderr = run_json("segment", binary, status=1)
    assert failed["exit_code"] == 1 and "foto.jpg.txt" in failed["error"]
    assert stderr == f"kernpunt: {failed['error']}\n"

    usage = run("segment", "--json")
    assert usage.returncode == 2 and usage.stdout == ""
    assert "usage: kernpunt segment" in usage.stderr
