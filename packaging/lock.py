"""Pin every package the bundle and the Flatpak ship, with hashes (``make lock``).

pip resolves ``kernpunt[packaging]`` afresh (``pip install --dry-run --report``, nothing is
installed) and this script writes two files from the report:

- ``requirements.lock``: Kernpunt's run-time dependencies, the packages the bundle and the
  Flatpak ship. minisbd and what only it needs (onnxruntime and its helpers) are left out: they
  are argos-translate-lt's own sentence splitter, which Kernpunt never imports.
- ``requirements-build.lock``: PyInstaller and what it needs to build the bundle; never shipped.

Each pin carries the sha256 of the file pip chose for this machine (Linux, this CPython), so
``pip install --require-hashes --no-deps -r packaging/requirements.lock`` installs exactly that
on a machine like it. The Flatpak's files for its own Python and both architectures, with their
hashes, are written from the same pins by ``flatpak/generate.py``.

Usage: python packaging/lock.py
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
RUNTIME_LOCK = ROOT / "packaging" / "requirements.lock"
BUILD_LOCK = ROOT / "packaging" / "requirements-build.lock"
# Dependencies Kernpunt never imports; their own dependencies go only if nothing else needs them.
NEVER_IMPORTED = frozenset({"minisbd"})
BUILD_ROOTS = ("pyinstaller",)


def normalize(name: str) -> str:
    """Return a distribution name in its normalized form (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def resolve() -> list[dict[str, object]]:
    """Return pip's report of what installing ``kernpunt[packaging]`` afresh would install."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed"]
        command += ["--quiet", "--report", str(report), f"{ROOT}[packaging]"]
        subprocess.run(command, check=True, env={**os.environ, "PIP_NO_INPUT": "1"})
        installs: list[dict[str, object]] = json.loads(report.read_text())["install"]
        return installs


def needs(install: dict[str, object], extras: tuple[str, ...] = ("",)) -> set[str]:
    """Return the names a resolved package requires on this machine, for the given extras."""
    metadata = install["metadata"]
    assert isinstance(metadata, dict)
    names = set()
    for text in metadata.get("requires_dist", []):
        requirement = Requirement(text)
        marker = requirement.marker
        if marker is None or any(marker.evaluate({"extra": extra}) for extra in extras):
            names.add(normalize(requirement.name))
    return names


def closure(roots: set[str], graph: dict[str, set[str]], stop: frozenset[str]) -> set[str]:
    """Return every name reachable from the roots, not passing through the stop names."""
    seen: set[str] = set()
    queue = [name for name in roots if name not in stop]
    while queue:
        name = queue.pop()
        if name in seen or name not in graph:
            continue
        seen.add(name)
        queue += [child for child in graph[name] if child not in stop]
    return seen


def pin(install: dict[str, object]) -> str:
    """Return a package's lock entry: ``name==version`` and the hash of its file."""
    metadata, download = install["metadata"], install["download_info"]
    assert isinstance(metadata, dict) and isinstance(download, dict)
    digest = download["archive_info"]["hashes"]["sha256"]
    return f"{normalize(metadata['name'])}=={metadata['version']} \\\n    --hash=sha256:{digest}"


def write(path: Path, header: str, entries: list[str]) -> None:
    """Write a lock file: its header as comments, then one entry per package."""
    comments = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
    path.write_text(comments + "\n".join(entries) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(entries)} packages", file=sys.stderr)


def main() -> None:
    """Write requirements.lock and requirements-build.lock."""
    installs = {normalize(str(i["metadata"]["name"])): i for i in resolve()}  # type: ignore[index]
    graph = {name: needs(install) for name, install in installs.items()}
    kernpunt = needs(installs.pop("kernpunt"))
    graph.pop("kernpunt")
    runtime = closure(kernpunt, graph, NEVER_IMPORTED)
    build = closure(set(BUILD_ROOTS), graph, frozenset(runtime))
    left_out = sorted(set(graph) - runtime - build)
    python = f"CPython {sys.version_info.major}.{sys.version_info.minor} on {sys.platform}"
    write(
        RUNTIME_LOCK,
        "Every package the bundle and the Flatpak ship, pinned; written by `make lock`\n"
        f"(packaging/lock.py). Hashes are of the files for {python}.\n"
        f"Left out, never imported by Kernpunt: {', '.join(left_out)}.",
        [pin(installs[name]) for name in sorted(runtime)],
    )
    write(
        BUILD_LOCK,
        "PyInstaller and what it needs to build the bundle (never shipped); written by\n"
        f"`make lock` (packaging/lock.py). Hashes are of the files for {python}.",
        [pin(installs[name]) for name in sorted(build)],
    )


if __name__ == "__main__":
    main()
