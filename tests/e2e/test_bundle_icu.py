"""The bundle's cut-down ICU data (packaging/pyinstaller/icu_data.py) still serves Qt.

PySide6's own ICU data library is filtered and rebuilt the way ``make bundle`` does it, then a
fresh Python with PySide6 is started with that library ahead of PySide6's own
(``LD_LIBRARY_PATH`` comes before the libraries' ``$ORIGIN`` run path), and Qt itself is asked
what a reader's Qt asks ICU: Dutch sorting, the Western code pages, Dutch upper case, a time zone's
names. The bundle check's own ICU questions (check_icu.py) are asked of the same library.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.support import system_programs
from tests.support.commands import run_python

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parent.parent.parent
PYINSTALLER = REPO / "packaging" / "pyinstaller"

QT_QUESTIONS = r"""
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

maps = open("/proc/self/maps").read()
print("icudata", [line.split()[-1] for line in maps.splitlines() if "libicudata" in line][0])
collator = QCollator(QLocale("nl"))
print("sorted", sorted(["zebra", "ijzer", "école", "Ärger", "IJs", "appel"], key=collator.sortKey))
# PySide6 does not expose decoding itself (check_icu.py decodes through ICU directly).
codecs = QStringDecoder.availableCodecs()
for name in ("windows-1252", "ISO-8859-15", "Shift_JIS"):
    print(name, name in codecs and QStringDecoder(name).isValid())
print("upper", QLocale("nl").toUpper("ijssel straße"))
zone = QTimeZone(b"Europe/Amsterdam")
standard, long = QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName
for language in ("nl", "en"):
    print("zone", language, zone.displayName(standard, long, QLocale(language)))
print("month", QLocale("nl").monthName(3))
"""


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PYINSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def qt_lib() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent / "Qt" / "lib"
    if not list(folder.glob("libicudata.so.*")):
        pytest.skip("this PySide6 uses the system's ICU (a wheel carries its own)")
    return folder


@pytest.fixture
def filtered_icu(qt_lib: Path, tmp_path: Path) -> Path:
    """A folder with PySide6's ICU libraries and the bundle's cut-down data library."""
    system_programs.require("ld")
    system_programs.require("as")
    for library in qt_lib.glob("libicu*.so.*"):
        shutil.copy(library, tmp_path / library.name)
    (data,) = tmp_path.glob("libicudata.so.*")
    load("icu_data").shrink(data)
    return tmp_path


def test_the_bundle_s_icu_data_is_a_seventh_of_pyside6_s(qt_lib: Path, filtered_icu: Path) -> None:
    (original,) = qt_lib.glob("libicudata.so.*")
    smaller = filtered_icu / original.name
    assert smaller.stat().st_size < original.stat().st_size / 6


def test_qt_still_sorts_decodes_and_names_time_zones_with_it(filtered_icu: Path) -> None:
    env = {**os.environ, "LD_LIBRARY_PATH": str(filtered_icu), "QT_QPA_PLATFORM": "offscreen"}
    result = run_python("-c", QT_QUESTIONS, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    answers = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert answers["icudata"].startswith(str(filtered_icu))
    assert answers["sorted"] == str(["appel", "Ärger", "école", "IJs", "ijzer", "zebra"])
    assert answers["windows-1252"] == answers["ISO-8859-15"] == "True"
    assert answers["Shift_JIS"] == "False"  # the multi-byte code pages are left out
    assert answers["upper"] == "IJSSEL STRASSE"
    assert answers["zone"] == "en Central European Standard Time"  # the last one printed
    assert "zone nl Midden-Europese standaardtijd" in result.stdout
    assert answers["month"] == "maart"


def test_the_bundle_check_asks_the_same_of_it(filtered_icu: Path) -> None:
    check = [sys.executable, str(PYINSTALLER / "check_icu.py"), str(filtered_icu)]
    result = subprocess.run(check, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_bundle_check_fails_without_the_collation_data(
    qt_lib: Path, filtered_icu: Path
) -> None:
    icu_data = load("icu_data")
    (data,) = filtered_icu.glob("libicudata.so.*")
    symbol, package = icu_data.read_library(data)
    header, items = icu_data.unpack(package)
    kept = [(name, item) for name, item in items if not name.endswith("coll/ucadata.icu")]
    icu_data.write_library(icu_data.pack(header, kept), symbol, data.name, data)
    check = [sys.executable, str(PYINSTALLER / "check_icu.py"), str(filtered_icu)]
    result = subprocess.run(check, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "ucol_open" in result.stdout + result.stderr


def test_an_unfiltered_package_is_written_back_unchanged(qt_lib: Path) -> None:
    icu_data = load("icu_data")
    (original,) = qt_lib.glob("libicudata.so.*")
    _, package = icu_data.read_library(original)
    header, items = icu_data.unpack(package)
    assert len(items) > 3000
    assert icu_data.pack(header, items) == package
