"""Attack 5: a hostile model index. Every field is untrusted; nothing lands outside the cache.

An entry whose ``code`` holds ``../`` once put the download beside the cache folder, where it
stayed after a kill; a deeply nested index crashed the command.
"""

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from kernpunt.core.engine.cache import user_cache_folder
from kernpunt.core.models.download import download_package
from kernpunt.core.models.index import AvailablePackage, fetch_index
from kernpunt.core.models.packages import ModelError
from tests.hostile.conftest import dead_pid
from tests.support.commands import KERNPUNT, run_kernpunt
from tests.support.index_server import NL_EN, IndexServer, serving

HOSTILE_ENTRIES = [
    {"code": "../../escaped"},
    {"code": "/etc/kernpunt"},
    {"code": "a/b"},
    {"code": "..", "to_code": "de"},
    {"code": "x" * 500},
    {"code": ["translate-nl_en"]},
    {"from_code": "../nl"},
    {"to_code": "en\n"},
    {"package_version": "1.0/../../x"},
    {"package_version": {"major": 1}},
    {"from_name": "Dutch\u202eevil", "code": "translate-nl_en-rtl"},
    {"size": True, "code": "translate-nl_en-bool"},
    {"size": -5, "code": "translate-nl_en-negative"},
]


@pytest.fixture
def server(tiny_archive: Path) -> IndexServer:
    with serving() as server:
        for extra in HOSTILE_ENTRIES:
            server.add_package(tiny_archive.name, tiny_archive.read_bytes(), {**NL_EN, **extra})
        yield server


def test_entries_with_path_like_fields_are_left_out(server: IndexServer) -> None:
    offered = fetch_index(server.base_url, timeout=5)
    codes = {package.code for package in offered}
    assert codes <= {"translate-nl_en-rtl", "translate-nl_en-bool", "translate-nl_en-negative"}
    for package in offered:
        assert package.from_name.isprintable() and package.size is None
        assert "/" not in package.code and ".." not in package.code


def test_a_download_stays_in_the_cache_folder(server: IndexServer, tiny_archive: Path) -> None:
    """Even a code that slipped past the index check never becomes part of a file name."""
    link = server.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN)
    cache = user_cache_folder()
    cache.mkdir(parents=True)
    before = set(cache.parent.iterdir())
    hostile = AvailablePackage("../../../escaped", "nl", "en", "Dutch", "English", "1.0", (link,))
    seen: list[set[Path]] = []
    download_package(hostile, lambda _: seen.append(set(cache.parent.iterdir())), timeout=5)
    assert seen and all(names == before for names in seen)
    assert set(cache.parent.iterdir()) == before, "nothing written beside the cache folder"
    assert not list(Path(os.environ["HOME"]).parent.glob("escaped*"))


def test_a_deeply_nested_index_is_one_line(tmp_path: Path) -> None:
    with serving() as server:
        server.files["/index.json"] = b"[" * 200_000 + b"]" * 200_000
        with pytest.raises(ModelError, match="not a valid package index"):
            fetch_index(server.base_url, timeout=5)
        result = run_kernpunt("models", "download", "--index", server.base_url, "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["error"].endswith("is not a valid package index.")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_partial_download_left_by_a_kill_is_removed(tiny_archive: Path) -> None:
    downloads = user_cache_folder() / "downloads"
    with serving() as server:
        server.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        server.behaviour[f"/packages/{tiny_archive.name}"] = "stall"
        with subprocess.Popen(
            [*KERNPUNT, "models", "download", "nl_en", "--index", server.base_url, "--json"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ) as process:
            deadline = time.monotonic() + 30
            partial: list[Path] = []
            while time.monotonic() < deadline and not partial:
                partial = [path for path in downloads.glob("*.part") if path.stat().st_size]
                time.sleep(0.02)
            assert partial, "the download had started"
            os.kill(process.pid, signal.SIGKILL)
        assert [path.name for path in downloads.iterdir()] == [partial[0].name]
        server.behaviour.clear()
        older = downloads / f"download-{dead_pid()}-abcd.part"
        older.write_bytes(b"left by another kill")
        result = run_kernpunt("models", "download", "nl_en", "--index", server.base_url, "--json")
    assert result.returncode == 0, result.stderr
    assert list(downloads.iterdir()) == [], "the next download clears what kills left"
