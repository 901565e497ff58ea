"""System programs some tests run: found, skipped with the package to install, or required in CI.

A developer without LibreOffice or the desktop validators still gets a passing ``make test``,
with a skip reason that names the package. Under CI (``CI`` set to anything but ``0``/``false``)
a missing program fails the test instead, so CI never quietly runs less; ``.ci/run`` installs
them with ``make deps``.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class SystemProgram:
    """A program from the system's packages.

    Attributes:
        name: The executable, as looked up on PATH.
        debian: The Debian and Ubuntu package that installs it.
        fedora: The Fedora package that installs it.
    """

    name: str
    debian: str
    fedora: str


# Every program a test runs; `make deps` installs the Debian packages.
PROGRAMS = {
    program.name: program
    for program in (
        SystemProgram("soffice", "libreoffice-writer-nogui", "libreoffice-writer"),
        SystemProgram("desktop-file-validate", "desktop-file-utils", "desktop-file-utils"),
        SystemProgram("appstreamcli", "appstream", "appstream"),
        SystemProgram("update-mime-database", "shared-mime-info", "shared-mime-info"),
        SystemProgram("flatpak-builder", "flatpak-builder", "flatpak-builder"),
        # The bundle's ICU data library is assembled and linked with binutils.
        SystemProgram("as", "binutils", "binutils"),
        SystemProgram("ld", "binutils", "binutils"),
    )
}


def in_ci() -> bool:
    """Return whether the tests run in CI, where every system program must be there."""
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


def require(name: str) -> str:
    """Return a program's path; skip the test if it is missing, or fail it under CI.

    Args:
        name: The program the test runs, one of ``PROGRAMS``.

    Returns:
        The program's full path.
    """
    program = PROGRAMS[name]
    found = shutil.which(program.name)
    if found:
        return found
    reason = (
        f"{program.name} is not installed: `make deps`, or apt-get install {program.debian} "
        f"(Fedora: dnf install {program.fedora})"
    )
    if in_ci():
        pytest.fail(f"{reason}; CI must run this test", pytrace=False)
    pytest.skip(reason)
