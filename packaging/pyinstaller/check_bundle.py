"""Check a built bundle the way a reader would meet it (run by ``make bundle``).

Starts the bundled ``kernpunt`` offscreen with empty user folders: its version, a screenshot of
the window on the sample article in English and in Dutch, a Word document read through the
reader's fork server (a frozen program starts that server from its own executable), and a
translation and brief with a tiny random-weight model, exported in every format. Also checks
that the bundle holds none of the libraries it should leave out, that its cut-down ICU data
answers what Qt asks of it (``check_icu.py``), that it carries certifi's CA bundle for its
launcher, and its size. Exits non-zero with the reason on the first failure.

Usage: python packaging/pyinstaller/check_bundle.py dist/kernpunt
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO))

from tests.support.argos_models import cached_package  # noqa: E402  (needs REPO on the path)
from tests.support.documents import PARAGRAPHS, docx_bytes  # noqa: E402

# Nothing of these may be in the bundle: unused Qt modules, the GTK theme, PyTorch, the ONNX
# runtime, setuptools (whose runtime hook would slow every start), Dask and its Tornado, the
# development tools, and the terminal's line editing (readline).
FORBIDDEN = (
    *("QtQml", "QtQuick", "QtNetwork", "QtWebEngine", "libqgtk3"),
    *("torch", "onnxruntime", "setuptools", "readline"),
    *("dask", "distributed", "tornado", "pytest", "hypothesis"),
)
FORMATS = ("md", "txt", "html", "docx", "odt", "pdf", "json")
# The target: 250 MiB. What is left is mostly libraries that cannot shrink safely: the
# CTranslate2 library with its CUDA kernels (73 MiB), Qt and its bindings (58 MiB, with ICU's
# data cut down to 4.4 MiB), numpy's OpenBLAS (27 MiB) (packaging/README.md).
LIMIT_MIB = 250


def run(bundle: Path, home: Path, *args: str | Path) -> str:
    """Run the bundled program; return its output, or exit with its error."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "ARGOS_PACKAGES_DIR": str(home / "packages"),
    }
    env.pop("PYTHONPATH", None)
    command = [str(bundle / "kernpunt"), *map(str, args)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"bundle check: {' '.join(command[1:])} failed:\n{result.stderr}")
    return result.stdout


def check_screenshot(path: Path) -> None:
    """Exit unless the file is a PNG at least as large as the window."""
    header = path.read_bytes()[:24]
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    if header[:8] != b"\x89PNG\r\n\x1a\n" or width < 800 or height < 500:
        raise SystemExit(f"bundle check: {path.name} is not a window screenshot")


def main() -> None:
    """Run every check on the bundle given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    bundle = parser.parse_args().bundle.resolve()
    found = [p.name for p in bundle.rglob("*") if any(name in p.name for name in FORBIDDEN)]
    if found:
        raise SystemExit(f"bundle check: the bundle holds what it should leave out: {found}")
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        print(run(bundle, home, "--version").strip())
        for language in ("en", "nl"):
            # Each window starts afresh: a second start would restore the first one's size.
            fresh = home / language
            shot = fresh / "window.png"
            fresh.mkdir()
            run(bundle, fresh, "--screenshot", shot, "--ui-language", language)
            check_screenshot(shot)
        document = home / "kabinet.docx"
        document.write_bytes(docx_bytes())
        if PARAGRAPHS[0].split(".")[0] not in run(bundle, home, "segment", document):
            raise SystemExit("bundle check: the Word document's sentences are missing")
        run(bundle, home, "models", "install", cached_package("tiny"))
        sample = REPO / "resources/samples/navo-ministers-2021-03.nl.txt"
        if "## Brief" not in run(bundle, home, "translate", sample):
            raise SystemExit("bundle check: the translation has no brief")
        for format in FORMATS:
            export = home / f"export.{format}"
            run(bundle, home, "translate", sample, "--format", format, "-o", export)
            if export.stat().st_size < 200:
                raise SystemExit(f"bundle check: the {format} export is empty")
    # The cut-down ICU data answers what Qt asks (a process of its own: no other ICU loaded).
    qt_libraries = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    icu = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("check_icu.py")), str(qt_libraries)],
        capture_output=True,
        text=True,
    )
    if icu.returncode != 0:
        raise SystemExit(f"bundle check: {icu.stdout}{icu.stderr}".strip())
    print(icu.stdout.strip())
    if not list(bundle.rglob("certifi/cacert.pem")):
        raise SystemExit("bundle check: certifi's CA bundle, the launcher's fallback, is missing")
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    if size > LIMIT_MIB * 1024**2:
        raise SystemExit(f"bundle check: {size / 1024**2:.0f} MiB is over {LIMIT_MIB} MiB")
    print(f"bundle check: all passed; {bundle} holds {size / 1024**2:.0f} MiB")


if __name__ == "__main__":
    main()
