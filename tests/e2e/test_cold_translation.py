"""The first translation after start loads its libraries on a worker, never on the GUI thread.

Measured in a fresh process: in the test run these libraries are long loaded.
"""

import json
from pathlib import Path

import pytest

from tests.support.commands import run_python

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]

# Notes the thread that first imports each heavy library, then opens the sample article in the
# real window as a reader does (it translates as it opens) and waits for the translation.
PROGRAM = """
import json, os, sys, threading, time
HEAVY = ("ctranslate2", "numpy", "sentencepiece", "sumy", "nltk")
first = {}

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in HEAVY and name not in first:
            first[name] = threading.current_thread().name
        return None

sys.meta_path.insert(0, Watch())
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.settings import Settings

app = QApplication([])
window = MainWindow(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
app.processEvents()
before = dict(first)
loop = QEventLoop()
window.translation_finished.connect(loop.quit)
QTimer.singleShot(60000, loop.quit)
window.open_article(sys.argv[1])
window.refresh_models()
loop.exec()
translations = window.session.translations
print(json.dumps({
    "main": threading.main_thread().name,
    "before": before,
    "first": first,
    "sentences": len(window.session.sentences),
    "translated": sum(text is not None for text in translations),
}))
"""


def test_the_first_translation_imports_its_libraries_off_the_gui_thread(
    installed_model: Path, sample: Path, tmp_path: Path
) -> None:
    result = run_python("-c", PROGRAM, sample, tmp_path / "kernpunt.ini", offscreen=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["before"] == {}, "the window loaded a heavy library before any article"
    assert report["sentences"] > 0 and report["translated"] == report["sentences"]
    on_gui_thread = [name for name, thread in report["first"].items() if thread == report["main"]]
    assert not on_gui_thread, f"imported on the GUI thread: {on_gui_thread}"
    assert "ctranslate2" in report["first"], "the translation loaded CTranslate2"
