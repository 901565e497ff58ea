"""Attack 7: large text without spaces, and files that are not files.

Splitting was quadratic: 16 MB of one unbroken token took 42 s, 48 MB ran past 300 s. Reading
and segmenting now take time in proportion to the size (the 1-50 MB figures are in
benchmarks/RESULTS.md, from benchmarks/segment_scaling.py); here a few megabytes check the
proportion, and that segmenting stops when cancelled. A pipe named .txt once hung for ever.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.core.formats.article import ArticleError, read_article
from kernpunt.core.text.segment import segment

LARGE = 4_000_000


def _seconds_per_megabyte(path: Path) -> float:
    started = time.perf_counter()
    segment(read_article(path))
    return (time.perf_counter() - started) / (path.stat().st_size / 1e6)


def _best_of(path: Path, runs: int = 2) -> float:
    return min(_seconds_per_megabyte(path) for _ in range(runs))


@pytest.mark.parametrize(
    ("unit", "size"),
    [
        (b"a", LARGE),
        ("Één zin zonder eind en nog een woord ".encode(), LARGE),
        # A sentence every six characters: many sentences per megabyte, so a smaller file.
        (b"Woord.", LARGE // 8),
    ],
    ids=["one unbroken token", "words without full stops", "dots without spaces"],
)
def test_time_grows_in_proportion_to_the_size(tmp_path: Path, unit: bytes, size: int) -> None:
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_bytes(unit * (size // 8 // len(unit)))
    large.write_bytes(unit * (size // len(unit)))
    per_small, per_large = _best_of(small), _best_of(large)
    # Quadratic work would make each megabyte of the large file 8 times as slow.
    assert per_large < max(2.5 * per_small, 0.05), (per_small, per_large)


def test_segmenting_a_large_file_can_be_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "large.txt"
    path.write_bytes(b"a" * LARGE)
    article = read_article(path)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        segment(article, cancel=token)


def test_a_pipe_named_txt_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "artikel.txt"
    os.mkfifo(pipe)
    started = time.monotonic()
    with pytest.raises(ArticleError, match="it is a pipe"):
        read_article(pipe)
    assert time.monotonic() - started < 1


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_not_read(device: str, tmp_path: Path) -> None:
    link = tmp_path / "artikel.txt"
    link.symlink_to(device)
    with pytest.raises(ArticleError, match="it is a device"):
        read_article(link)


def test_the_program_on_a_pipe_ends_with_a_message(tmp_path: Path) -> None:
    pipe = tmp_path / "artikel.txt"
    os.mkfifo(pipe)
    with subprocess.Popen(
        [sys.executable, "-m", "kernpunt", "segment", str(pipe)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            _, stderr = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            raise
    assert process.returncode == 1
    assert "it is a pipe" in stderr and stderr.count("\n") == 1
