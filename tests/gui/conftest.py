"""GUI tests run with the English catalogue the app loads, compiled from the committed source."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kernpunt.ui.i18n import install_translator

ENGLISH = Path(__file__).resolve().parents[2] / "translations" / "kernpunt_en.ts"


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(ENGLISH), "-qm", str(folder / "kernpunt_en.qm")],
        check=True,
    )
    assert install_translator(qapp, "en", folder) == "en"
