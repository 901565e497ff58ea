"""Write the Flatpak's Python module list from the lock file (``make flatpak-sources``).

flatpak-builder builds without the network, so every Python package is listed as a file with its
download address and sha256, as flatpak-pip-generator does. The packages and versions are those
of ``packaging/requirements.lock`` (``make lock``), the same the bundle ships. This asks the
package index, through pip, where each pinned release's file for the Flatpak's Python lives (the
Python of the manifest's runtime branch, ``RUNTIME_PYTHON``): a wheel for x86_64 and one for
aarch64 where the package is compiled, one wheel for pure Python, or the source archive when
there is no wheel. Every file is downloaded once and its sha256 checked against the index's.
Pure-Python files carry ``x-checker-data`` for flatpak-external-data-checker; compiled wheels
are refreshed by ``make lock flatpak-sources``, which picks both architectures' files at once.

Usage: python packaging/flatpak/generate.py
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOCK = HERE.parent / "requirements.lock"
MANIFEST = HERE / "nl.kernpunt.Kernpunt.yml"
OUTPUT = HERE / "python3-requirements.json"
# The Python of each KDE runtime branch (its freedesktop-sdk base): check a new branch with
# `flatpak run --command=python3 org.kde.Sdk//BRANCH --version` before adding it.
RUNTIME_PYTHON = {"6.10": "3.13", "6.11": "3.13"}
INDEX = "https://pypi.org/simple"
# The runtime's glibc (2.41 in freedesktop-sdk 25.08) is newer than any of these; pip takes
# each tag literally. PySide6 6.11 is built for manylinux_2_34, newer than the rest.
MANYLINUX = (
    *(f"manylinux_2_{minor}" for minor in (39, 35, 34, 31, 28, 27, 24, 17)),
    "manylinux2014",
)
ARCHES = {arch: [f"{tag}_{arch}" for tag in MANYLINUX] for arch in ("x86_64", "aarch64")}
# Installed in a module of their own first: building the source archives needs them.
BUILD_TOOLS = ("setuptools",)


def pins() -> list[str]:
    """Return the ``name==version`` pins of the lock file, in its order."""
    text = LOCK.read_text(encoding="utf-8")
    return re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*==[^\s\\]+)", text, flags=re.MULTILINE)


def runtime_version() -> str:
    """Return the manifest's KDE runtime branch."""
    found = re.search(r"^runtime-version: '([^']+)'", MANIFEST.read_text(encoding="utf-8"), re.M)
    if found is None:
        raise SystemExit(f"{MANIFEST.name} names no runtime-version")
    return found.group(1)


def python_version() -> str:
    """Return the Python version of the manifest's runtime, whose wheels the Flatpak needs."""
    branch = runtime_version()
    if branch not in RUNTIME_PYTHON:
        raise SystemExit(f"runtime {branch}: add its Python to RUNTIME_PYTHON in generate.py")
    return RUNTIME_PYTHON[branch]


def _pip(*args: str) -> subprocess.CompletedProcess[bytes]:
    # The machine's own pip settings may point at local mirrors: the manifest needs PyPI's.
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_FIND_LINKS": ""}
    command = [sys.executable, "-m", "pip", *args, "--quiet", "--no-deps", "--index-url", INDEX]
    return subprocess.run(command, env=env, capture_output=True, check=False)


def locate(pin: str, platforms: list[str] | None, folder: Path) -> dict[str, object] | None:
    """Return the Flatpak source of the file pip would install for a pin, checked by download.

    Args:
        pin: ``name==version``.
        platforms: Wheel platform tags; None for a pure-Python wheel or the source archive.
        folder: Where the file is downloaded to check its sha256.

    Returns:
        ``{"type": "file", "url": ..., "sha256": ...}``, or None if no file fits.
    """
    wheel = ["--only-binary=:all:", "--python-version", python_version()]
    if platforms:
        choices = [[*wheel, *(f"--platform={tag}" for tag in platforms)]]
    else:
        choices = [[*wheel, "--platform=any"], ["--no-binary=:all:"]]
    report = folder / "report.json"
    for choice in choices:
        target = ("--target", str(folder / "target"), "--ignore-installed")
        found = _pip("install", "--dry-run", *target, "--report", str(report), *choice, pin)
        if found.returncode != 0:
            continue
        info = json.loads(report.read_text())["install"][0]["download_info"]
        url, sha256 = info["url"], info["archive_info"]["hashes"]["sha256"]
        downloaded = _pip("download", "-d", str(folder), *choice, pin)
        path = folder / url.rsplit("/", 1)[1]
        if downloaded.returncode != 0 or not path.is_file():
            raise SystemExit(f"{pin}: could not download {url}")
        if hashlib.sha256(path.read_bytes()).hexdigest() != sha256:
            raise SystemExit(f"{pin}: {path.name} does not match the index's sha256")
        return {"type": "file", "url": url, "sha256": sha256}
    return None


def checked(pin: str, source: dict[str, object]) -> dict[str, object]:
    """Return a pure-Python file's source with the x-checker-data that keeps it current."""
    kind = "bdist_wheel" if str(source["url"]).endswith(".whl") else "sdist"
    name = pin.split("==")[0]
    return {**source, "x-checker-data": {"type": "pypi", "name": name, "packagetype": kind}}


def sources(pin: str, folder: Path) -> list[dict[str, object]]:
    """Return the Flatpak sources (one per architecture, or one for all) of a pin."""
    per_arch = {arch: locate(pin, tags, folder) for arch, tags in ARCHES.items()}
    if all(per_arch.values()) and per_arch["x86_64"] != per_arch["aarch64"]:
        return [{**source, "only-arches": [arch]} for arch, source in per_arch.items() if source]
    if per_arch["x86_64"] and per_arch["x86_64"] == per_arch["aarch64"]:
        return [checked(pin, per_arch["x86_64"])]  # a pure-Python wheel
    pure = locate(pin, None, folder)
    if pure is None:
        raise SystemExit(f"no file of {pin} fits Python {python_version()} on {', '.join(ARCHES)}")
    return [checked(pin, pure)]


def module(name: str, pinned: list[str], folder: Path) -> dict[str, object]:
    """Return one flatpak-builder module that installs the pinned packages from their files."""
    install = (
        'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
        "--prefix=${FLATPAK_DEST} --no-deps --no-build-isolation " + " ".join(pinned)
    )
    files: list[dict[str, object]] = []
    for pin in pinned:
        print(pin, file=sys.stderr)
        files += sources(pin, folder)
    return {
        "name": name,
        "buildsystem": "simple",
        "build-commands": [install],
        "sources": files,
        "cleanup": ["/bin"],
    }


def main() -> None:
    """Write python3-requirements.json."""
    pinned = pins()
    tools = [pin for pin in pinned if pin.split("==")[0] in BUILD_TOOLS]
    rest = [pin for pin in pinned if pin not in tools]
    with tempfile.TemporaryDirectory() as folder:
        modules = [
            module("python3-build-tools", tools, Path(folder)),
            module("python3-kernpunt-dependencies", rest, Path(folder)),
        ]
    manifest = {"name": "python3-requirements", "buildsystem": "simple", "build-commands": []}
    manifest["modules"] = modules
    OUTPUT.write_text(json.dumps(manifest, indent=4) + "\n", encoding="utf-8")
    print(f"{OUTPUT.name}: {len(pinned)} packages", file=sys.stderr)


if __name__ == "__main__":
    main()
