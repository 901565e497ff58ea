"""Kernpunt's build backend: setuptools, plus the resources and compiled translations in the wheel.

The interface translations are kept as Qt Linguist sources (``translations/*.ts``); the window
loads compiled ``.qm`` files. A wheel is built with PySide6's own ``lrelease``, so PySide6 is a
build requirement of wheels only: an editable install reads ``resources/`` and ``translations/``
from the checkout (``make translations`` compiles them there) and does not pay for it.

pyproject.toml names this module as the backend (``backend-path``) and its ``BuildPy`` as
setuptools' ``build_py`` command.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401  (the hooks this backend passes on unchanged)
    build_editable,
    build_sdist,
    build_wheel,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)
from setuptools.command.build_py import build_py

# The same range as the application's own dependency: lrelease comes with PySide6.
LRELEASE_REQUIREMENT = "pyside6-essentials>=6.8,<6.12"
# Folders of resources/ that the program reads at run time; screenshots are for the README
# and AppStream only.
RUNTIME_RESOURCES = ("samples", "icons")
_PYSIDE_LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
# Other Qt builds name the tool differently (Debian's qt6-l10n-tools, the KDE Flatpak SDK).
LRELEASE_NAMES = ("pyside6-lrelease", "lrelease", "lrelease-qt6", "/usr/lib/qt6/bin/lrelease")


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    """Return what building a wheel needs: setuptools' list and PySide6 for ``lrelease``."""
    requires: list[str] = _setuptools.get_requires_for_build_wheel(config_settings)
    if os.environ.get("KERNPUNT_LRELEASE"):
        return requires
    return [*requires, LRELEASE_REQUIREMENT]


class BuildPy(build_py):
    """``build_py`` that also puts the run-time resources and ``.qm`` files into the package."""

    def run(self) -> None:
        """Build the Python modules, then the resources and translations beside them."""
        super().run()
        if self.editable_mode:
            return  # The checkout's own resources/ and translations/ are used.
        root = Path.cwd()
        package = Path(self.build_lib) / "kernpunt"
        for name in RUNTIME_RESOURCES:
            target = package / "resources" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(root / "resources" / name, target)
        compile_translations(root / "translations", package / "translations")


def compile_translations(sources: Path, target: Path) -> list[Path]:
    """Compile every ``.ts`` file of a folder into a ``.qm`` file in another.

    Args:
        sources: The folder with ``kernpunt_*.ts``.
        target: Where the ``.qm`` files go; created if missing.

    Returns:
        The compiled files.

    Raises:
        RuntimeError: No lrelease was found, or it failed.
    """
    target.mkdir(parents=True, exist_ok=True)
    command = lrelease_command()
    compiled = []
    for ts in sorted(sources.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        result = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease could not compile {ts.name}: {result.stderr.strip()}")
        compiled.append(qm)
    if not compiled:
        raise RuntimeError(f"no translations (*.ts) found in {sources}")
    return compiled


def lrelease_command() -> list[str]:
    """Return the command that runs Qt's ``lrelease``.

    ``KERNPUNT_LRELEASE`` names one explicitly; otherwise PySide6's own, else one on the PATH.
    """
    explicit = os.environ.get("KERNPUNT_LRELEASE")
    if explicit:
        return [explicit]
    if _pyside_has_lrelease():
        # pyside_tool knows where each platform's wheel keeps the binary.
        return [sys.executable, "-c", _PYSIDE_LRELEASE]
    for name in LRELEASE_NAMES:
        found = shutil.which(name)
        if found:
            return [found]
    raise RuntimeError(
        "Building Kernpunt needs Qt's lrelease to compile its translations: install "
        f"'{LRELEASE_REQUIREMENT}' or set KERNPUNT_LRELEASE to an lrelease program."
    )


def _pyside_has_lrelease() -> bool:
    # PySide6 built against a system Qt (as in the Flatpak BaseApp) leaves the tools to that Qt.
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return False
    folder = Path(next(iter(spec.submodule_search_locations)))
    return any((folder / name).exists() for name in ("lrelease", "lrelease.exe", "lrelease.app"))
