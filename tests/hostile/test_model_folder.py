"""Attacks 3 and 4: a hostile package folder, and installs killed half way.

One package whose metadata.json nests deeply, or a broken one with a higher version, must not
break listing, translating, removing or the window's model check; a replace killed at any
instant leaves either the old or the new package in place, and the next start clears the rest.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kernpunt.cli import main
from kernpunt.core.models.packages import (
    find_package,
    install_package,
    installed_packages,
    packages_dir,
    scan_packages,
)
from tests.hostile.conftest import dead_pid
from tests.support.commands import run_kernpunt

NESTED = "[" * 100_000 + "]" * 100_000


def _bad_package(name: str, metadata: str) -> Path:
    folder = packages_dir() / name
    (folder / "model").mkdir(parents=True)
    (folder / "metadata.json").write_text(metadata)
    return folder


def test_deep_metadata_is_skipped_with_a_reason(installed_model: Path) -> None:
    _bad_package("translate-deep", NESTED)
    _bad_package("translate-deep-dict", '{"from_code": ' * 50_000)
    packages, skipped = scan_packages()
    assert [package.path for package in packages] == [installed_model]
    assert len(skipped) == 2
    assert all("\n" not in reason and "translate-deep" in reason for reason in skipped)
    assert find_package("nl", "en") is not None


def test_models_list_and_remove_work_beside_a_deep_package(
    installed_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _bad_package("translate-deep", NESTED)
    assert main(["models", "list", "--json"]) == 0
    out, err = capsys.readouterr()
    listed = json.loads(out)
    assert [model["path"] for model in listed["models"]] == [str(installed_model)]
    assert len(listed["skipped"]) == 1 and "nested too deeply" in listed["skipped"][0]
    assert err.count("\n") == 1 and "translate-deep" in err
    assert main(["models", "remove", "nl_en", "--yes"]) == 0
    assert not installed_model.exists()


def test_translate_works_beside_a_deep_package(installed_model: Path, sample: Path) -> None:
    _bad_package("translate-deep", NESTED)
    result = run_kernpunt("translate", sample, "--fast", timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and result.stdout.strip()


def test_a_broken_newer_version_does_not_hide_the_working_one(installed_model: Path) -> None:
    broken = packages_dir() / "translate-nl_en-9_9"
    shutil.copytree(installed_model, broken)
    metadata = json.loads((broken / "metadata.json").read_text())
    (broken / "metadata.json").write_text(json.dumps({**metadata, "package_version": "9.9"}))
    (broken / "model" / "model.bin").unlink()
    assert sorted(package.version for package in installed_packages()) == ["1.0", "9.9"]
    found = find_package("nl", "en")
    assert found is not None and found.path == installed_model
    (broken / "model" / "model.bin").write_bytes(b"x")
    (broken / "model" / "config.json").write_text("[" * 100_000)
    found = find_package("nl", "en")
    assert found is not None and found.path == installed_model


def test_the_window_finds_the_working_model(
    qtbot: object, window: object, installed_model: Path
) -> None:
    from kernpunt.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    _bad_package("translate-deep", NESTED)
    window.refresh_models()
    qtbot.waitUntil(lambda: window.session.models_checked, timeout=10_000)  # type: ignore[attr-defined]
    assert window.session.package is not None
    assert window.session.package.path == installed_model


REPLACE_LOOP = """
import sys
from pathlib import Path
from kernpunt.core.models.packages import install_package
print("ready", flush=True)
while True:
    install_package(Path(sys.argv[1]), replace=True)
    print("replaced", flush=True)
"""


def test_a_replace_killed_at_any_instant_leaves_a_package(tiny_archive: Path) -> None:
    """Kill a process that replaces the package over and over; a package is always there."""
    installed = install_package(tiny_archive)
    metadata = installed.path / "metadata.json"
    for round_ in range(3):
        with subprocess.Popen(
            [sys.executable, "-c", REPLACE_LOOP, str(tiny_archive)],
            stdout=subprocess.PIPE,
            text=True,
        ) as process:
            assert process.stdout is not None and process.stdout.readline() == "ready\n"
            deadline = time.monotonic() + 0.8 + 0.35 * round_
            missing = 0
            while time.monotonic() < deadline:
                missing += not metadata.is_file()
            os.kill(process.pid, signal.SIGKILL)
            replaced = process.stdout.read().count("replaced")
        assert missing == 0, "there was a moment without a package"
        assert replaced > 0, "the package was replaced meanwhile"
        assert [package.path for package in installed_packages()] == [installed.path]
        leftovers = [path.name for path in packages_dir().iterdir() if path.name.startswith(".")]
        assert leftovers == [], "the next start clears what the kill left"


def test_a_kill_between_the_two_renames_puts_the_old_copy_back(installed_model: Path) -> None:
    """Where the folders cannot trade places in one step, the old one waits in .staging/.old."""
    staging = packages_dir() / f".staging-{dead_pid()}-abcd1234"
    (staging / ".old").mkdir(parents=True)
    installed_model.rename(staging / ".old" / installed_model.name)
    (staging / installed_model.name).mkdir()  # a new copy that never made it into place
    packages = installed_packages()
    assert [package.path for package in packages] == [installed_model]
    assert (installed_model / "model" / "model.bin").is_file()
    assert not staging.exists()


def test_an_older_kernpunts_staging_is_cleared(installed_model: Path) -> None:
    """The 163 MB the attack found: both copies hidden in a staging folder without an owner."""
    staging = packages_dir() / ".staging-k3j2h1g0"
    (staging / ".replaced").mkdir(parents=True)
    shutil.copytree(installed_model, staging / installed_model.name)
    shutil.move(installed_model, staging / ".replaced" / installed_model.name)
    assert [package.path for package in installed_packages()] == [installed_model]
    assert not staging.exists()


def test_a_running_install_is_left_alone(installed_model: Path) -> None:
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        staging = packages_dir() / f".staging-{running.pid}-abcd1234"
        staging.mkdir()
        installed_packages()
        assert staging.exists()
    finally:
        running.kill()
        running.wait()
