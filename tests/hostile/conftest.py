"""The hostile suite: one test per attack of the red-team pass, and the classes that held.

Fixtures for the few attacks that need the window; the rest run the core or the program.
"""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.settings import Settings


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "kernpunt.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def dead_pid() -> int:
    """The id of a process that has ended, as a killed Kernpunt leaves in its file names."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid
