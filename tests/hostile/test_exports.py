"""Attack 6: exports onto devices, pipes, links and the article itself; temporaries left by kills.

``-o /dev/null`` as root once turned /dev/null into a file. Only regular files are written (or
stdout for ``-o -``), the article being translated is never the target, a temporary file left
by a SIGKILL is removed by the next write, and names up to the file system's limit work.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kernpunt.cli import main
from kernpunt.core.export import ExportError, write_atomic
from kernpunt.core.export import atomic as atomic_module
from tests.hostile.conftest import dead_pid
from tests.support.commands import run_kernpunt


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "out.md"
    os.mkfifo(path)
    return path


def _special_targets(tmp_path: Path, fifo: Path) -> dict[str, Path]:
    to_null = tmp_path / "null.md"
    to_null.symlink_to(os.devnull)
    to_fifo = tmp_path / "pipe.md"
    to_fifo.symlink_to(fifo)
    stdout = tmp_path / "stdout.md"
    stdout.symlink_to("/dev/stdout")
    return {"fifo": fifo, "link to /dev/null": to_null, "link to a fifo": to_fifo, "stdout": stdout}


def test_devices_pipes_and_links_to_them_are_refused(tmp_path: Path, fifo: Path) -> None:
    for name, target in _special_targets(tmp_path, fifo).items():
        kind_before = os.lstat(target).st_mode
        with pytest.raises(ExportError, match="ordinary files") as refused:
            write_atomic(target, b"export")
        assert "\n" not in str(refused.value), name
        assert os.lstat(target).st_mode == kind_before, f"{name} was replaced"
    assert os.stat(os.devnull).st_rdev != 0, "/dev/null is still a device"


def test_a_link_to_a_file_writes_the_file_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink() and real.read_text() == "new"


def test_translate_onto_a_pipe_fails_at_once(
    installed_model: Path, sample: Path, fifo: Path
) -> None:
    started = time.monotonic()
    result = run_kernpunt("translate", sample, "-o", fifo, timeout=60)
    assert result.returncode == 1
    assert "it is a pipe, not a file" in result.stderr and result.stderr.count("\n") == 1
    assert time.monotonic() - started < 30 and fifo.is_fifo()


def test_the_article_itself_is_never_the_target(
    installed_model: Path, sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "artikel.txt"
    shutil.copy(sample, article)
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    for target in (article, link):
        assert main(["translate", str(article), "-o", str(target), "--format", "txt"]) == 1
        assert "the article being translated" in capsys.readouterr().err
    assert main(["translate", str(article), "-o", str(article), "--json"]) == 1
    assert "the article being translated" in capsys.readouterr().out
    assert article.read_bytes() == sample.read_bytes()


def test_dash_writes_to_stdout(
    installed_model: Path, sample: Path, tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    os.chdir(tmp_path)
    assert main(["translate", str(sample), "-o", "-", "--format", "docx", "--fast"]) == 0
    assert capfdbinary.readouterr().out.startswith(b"PK")
    assert not (tmp_path / "-").exists()


def test_a_temporary_left_by_a_kill_is_removed_by_the_next_write(tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    target = tmp_path / "out.md"
    writer = (
        "import sys; from pathlib import Path; from kernpunt.core.export import write_atomic\n"
        "print('go', flush=True)\n"
        "while True: write_atomic(Path(sys.argv[1]), b'x' * 50_000_000)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", writer, str(target)], stdout=subprocess.PIPE
    ) as process:
        assert process.stdout is not None and process.stdout.readline() == b"go\n"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not list(tmp_path.glob(".kernpunt-*")):
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGKILL)
    # Also one named the way it is when the kill lands at fsync, and an old-style one.
    host = atomic_module._host()
    left = tmp_path / f".kernpunt-{dead_pid()}-{host}-abcdefgh.tmp"
    left.write_bytes(b"half")
    old_style = tmp_path / ".out.md.abcd1234"
    old_style.write_bytes(b"half")
    os.utime(old_style, (time.time() - 7200, time.time() - 7200))
    write_atomic(target, b"new")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.md"]
    assert target.read_bytes() == b"new"


def test_a_running_writers_temporary_is_left_alone(tmp_path: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as running:
        busy = tmp_path / f".kernpunt-{running.pid}-{atomic_module._host()}-abcdefgh.tmp"
        busy.write_bytes(b"being written")
        write_atomic(tmp_path / "out.md", b"new")
        assert busy.exists()
        running.kill()


@pytest.mark.parametrize("length", [246, 250, 255])
def test_names_up_to_the_file_systems_limit(tmp_path: Path, length: int) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    target = tmp_path / ("a" * (length - 3) + ".md")
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(path.name for path in tmp_path.iterdir()) == [target.name]
