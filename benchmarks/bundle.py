"""The PyInstaller bundle: build time, size, and start-up compared with the installed program.

Builds ``packaging/pyinstaller/kernpunt.spec`` into a temporary folder (timed), measures the
bundle's size and its largest parts beside the size of the same packages installed in
``.venv-bundle`` (every package of ``packaging/requirements.lock``, counted from their installed
file lists; Python itself not counted), then starts it offscreen (``kernpunt --screenshot``, no
model, fresh user folders each run) and times the moment it reports the window captured with the
sample article, and its exit. The peer in the same run is the same program from the virtual
environment (``python -m kernpunt --screenshot``); runs alternate between the two.

The bundle is built the way ``make bundle`` builds it: with the PyInstaller of ``.venv-bundle``,
the environment that holds only Kernpunt's run-time packages (``make bench-bundle`` makes it).

Usage: python benchmarks/bundle.py [--runs 5] [--pyinstaller .venv-bundle/bin/pyinstaller]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import reader_folders, record  # benchmarks/ is a folder of scripts, not a package

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "pyinstaller" / "kernpunt.spec"
BUNDLE_PYINSTALLER = REPO / ".venv-bundle" / "bin" / "pyinstaller"
LOCK = REPO / "packaging" / "requirements.lock"
# Run by the environment's own Python: the MiB of the installed files of the named packages.
INSTALLED_SIZE = """
import sys
from importlib.metadata import distribution
total = 0
for name in sys.argv[1:]:
    for file in distribution(name).files or ():
        path = file.locate()
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
print(total / 1024**2)
"""


def build(folder: Path, pyinstaller_path: Path) -> tuple[Path, float]:
    """Build the bundle into a folder with the given PyInstaller; return it and the seconds."""
    started = time.perf_counter()
    paths = ["--distpath", str(folder / "dist"), "--workpath", str(folder / "build")]
    pyinstaller = [str(pyinstaller_path), "--noconfirm", "--log-level", "ERROR"]
    subprocess.run([*pyinstaller, *paths, str(SPEC)], check=True)
    return folder / "dist" / "kernpunt", time.perf_counter() - started


def mebibytes(path: Path) -> float:
    """Return the size of a file or folder in MiB, counting no link twice."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files if not p.is_symlink()) / 1024**2


def installed_mib(python: Path) -> float:
    """Return the MiB the lock file's packages take in the environment of ``python``."""
    names = [
        line.split("==")[0]
        for line in LOCK.read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    ]
    result = subprocess.run(
        [str(python), "-c", INSTALLED_SIZE, *names], capture_output=True, text=True, check=True
    )
    return float(result.stdout)


def time_run(command: list[str], home: Path) -> tuple[float, float]:
    """Return (seconds to the 'Saved' line, seconds to exit) for one fresh process."""
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **reader_folders(home)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--screenshot", str(home / "window.png")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert process.stdout is not None
    shown = None
    for line in process.stdout:
        if line.startswith(b"Saved the window"):
            shown = time.perf_counter() - started
    process.wait()
    ended = time.perf_counter() - started
    if process.returncode != 0 or shown is None:
        raise SystemExit(f"{command[0]} failed with exit status {process.returncode}")
    return shown, ended


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pyinstaller", type=Path, default=BUNDLE_PYINSTALLER)
    args = parser.parse_args()
    if not args.pyinstaller.is_file():
        raise SystemExit(f"{args.pyinstaller} is missing: `make bench-bundle` builds .venv-bundle")
    load_before = os.getloadavg()[1]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        bundle, build_s = build(folder, args.pyinstaller)
        internal = bundle / "_internal"
        parts = sorted(internal.iterdir(), key=mebibytes, reverse=True)[:6]
        largest = [(p.name, round(mebibytes(p), 1)) for p in parts]
        commands = {
            "bundle": [str(bundle / "kernpunt")],
            "virtual environment": [sys.executable, "-m", "kernpunt"],
        }
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for index in range(args.runs + 1):  # the first round warms the file cache
            for name, command in commands.items():
                sample = time_run(command, folder / f"home-{name[0]}-{index}")
                if index:
                    runs[name].append(sample)
        size = mebibytes(bundle)
    installed = installed_mib(args.pyinstaller.parent / "python")
    figures = {
        name: (
            round(statistics.median(s[0] for s in samples), 3),
            round(statistics.median(s[1] for s in samples), 3),
        )
        for name, samples in runs.items()
    }
    summary = {
        "runs": args.runs,
        "build_s": round(build_s, 1),
        "bundle_mib": round(size, 1),
        "installed_packages_mib": round(installed, 1),
        "bundle_shown_s": figures["bundle"][0],
        "bundle_exit_s": figures["bundle"][1],
        "venv_shown_s": figures["virtual environment"][0],
        "venv_exit_s": figures["virtual environment"][1],
        "ratio_to_venv": round(figures["bundle"][0] / figures["virtual environment"][0], 2),
        "largest_parts_mib": dict(largest),
    }
    rows = [
        f"Build: {summary['build_s']:.0f} s. Size of `dist/kernpunt/`: "
        f"{summary['bundle_mib']:.0f} MiB (target ≤ 250 MiB); largest parts: "
        + ", ".join(f"{name} {mib:.0f} MiB" for name, mib in largest)
        + ". The same packages installed in a virtual environment (`.venv-bundle`, every "
        f"package of `packaging/requirements.lock`, Python itself not counted): "
        f"{summary['installed_packages_mib']:.0f} MiB.",
        "",
        "| program | window shown with the article (median) | process exit (median) |",
        "|---|---|---|",
        *(
            f"| {name} | {shown:.3f} s | {ended:.3f} s |"
            for name, (shown, ended) in figures.items()
        ),
        "",
        f"Bundle / virtual environment, window shown: {summary['ratio_to_venv']:.2f}×. "
        f"Medians of {args.runs} runs each. Five-minute load average of the machine: "
        f"{load_before:.1f} at the start, {os.getloadavg()[1]:.1f} at the end; above the core "
        "count, other work shared the cores and every time is longer.",
    ]
    record("bundle", "PyInstaller bundle", "python benchmarks/bundle.py", rows, summary=summary)


if __name__ == "__main__":
    main()
