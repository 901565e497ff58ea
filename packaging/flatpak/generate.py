"""Write the Flatpak's Python module list from the pinned requirements (``make flatpak-sources``).

flatpak-builder builds without the network, so every Python package is listed as a file with its
download address and sha256, as flatpak-pip-generator does. This asks PyPI, through pip, where
each pinned release's file for the Flatpak's Python (CPython 3.12 in KDE runtime 6.10) lives:
a wheel for x86_64 and one for aarch64 where the package is compiled, one wheel for pure Python,
or the source archive when there is no wheel. Every file is downloaded once and its sha256
checked against the index's.

Usage: python packaging/flatpak/generate.py
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REQUIREMENTS = HERE / "requirements.txt"
OUTPUT = HERE / "python3-requirements.json"
PYTHON_VERSION = "3.12"
INDEX = "https://pypi.org/simple"
# The runtime's glibc is far newer than any of these; pip takes each tag literally.
MANYLINUX = ("manylinux_2_28", "manylinux_2_17", "manylinux2014")
ARCHES = {arch: [f"{tag}_{arch}" for tag in MANYLINUX] for arch in ("x86_64", "aarch64")}
# Installed in a module of their own first: building the source archives needs them.
BUILD_TOOLS = ("setuptools",)


def pins() -> list[str]:
    """Return the ``name==version`` lines of requirements.txt."""
    lines = REQUIREMENTS.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


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
    wheel = ["--only-binary=:all:", "--python-version", PYTHON_VERSION]
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


def sources(pin: str, folder: Path) -> list[dict[str, object]]:
    """Return the Flatpak sources (one per architecture, or one for all) of a pin."""
    per_arch = {arch: locate(pin, tags, folder) for arch, tags in ARCHES.items()}
    if all(per_arch.values()) and per_arch["x86_64"] != per_arch["aarch64"]:
        return [{**source, "only-arches": [arch]} for arch, source in per_arch.items() if source]
    if per_arch["x86_64"] and per_arch["x86_64"] == per_arch["aarch64"]:
        return [per_arch["x86_64"]]  # a pure-Python wheel
    pure = locate(pin, None, folder)
    if pure is None:
        raise SystemExit(f"no file of {pin} fits Python {PYTHON_VERSION} on {', '.join(ARCHES)}")
    return [pure]


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
