"""Offline guarantee: the real program reads, translates, briefs and exports without a network.

The program runs as a process with a ``sitecustomize`` module first on its ``PYTHONPATH``: it
wraps every way Python reaches the network (``socket.connect``, ``connect_ex``, ``getaddrinfo``,
``gethostbyname``…) in this process and every process it starts, writes each attempt to a log
and refuses it. A driver starts Kernpunt through ``kernpunt.ui.app.main``, as ``kernpunt`` does,
and works the window as a reader would: open a Word article, translate it, brief it again on the
English, export Markdown and JSON, open the Models dialog (without "Check for models") and close.
Nothing may try to reach another machine. With lookups and connections that hang instead of
failing, as on a network that is there but dead, start-up must not wait for them.
"""

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support import documents
from tests.support.commands import run_python

pytestmark = pytest.mark.e2e

# Hangs long enough that a start-up waiting on the network could not go unnoticed.
HANG_SECONDS = 30
START_LIMIT_SECONDS = 5.0

SITECUSTOMIZE = '''
"""Record and refuse every network attempt of this process (tests/e2e/test_offline.py)."""
import json, os, socket, time, traceback

_LOG = os.environ["KERNPUNT_NETWORK_LOG"]
_HANG = float(os.environ.get("KERNPUNT_NETWORK_HANG", "0"))


def _record(kind, target):
    stack = [f"{frame.filename}:{frame.lineno}" for frame in traceback.extract_stack()[:-2]]
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps({"pid": os.getpid(), "kind": kind, "target": repr(target),
                              "stack": stack[-6:]}) + "\\n")
    if _HANG:
        time.sleep(_HANG)


def _local(address):
    # Unix sockets (the reading sandbox's fork server) never leave the machine.
    return isinstance(address, (str, bytes))


def _wrap_connect(original):
    def connect(self, address, *args):
        if not _local(address):
            _record(original.__name__, address)
            raise OSError("network refused by the offline test")
        return original(self, address, *args)
    return connect


def _wrap_lookup(name):
    def lookup(*args, **kwargs):
        _record(name, args[:2])
        raise socket.gaierror(socket.EAI_NONAME, "name lookup refused by the offline test")
    return lookup


socket.socket.connect = _wrap_connect(socket.socket.connect)
socket.socket.connect_ex = _wrap_connect(socket.socket.connect_ex)
for _name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo"):
    setattr(socket, _name, _wrap_lookup(_name))
'''

DRIVER = '''
"""Start Kernpunt as `kernpunt ARTICLE` does and work its window like a reader."""
import json, sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kernpunt.ui import app as kernpunt_app
from kernpunt.ui.export_dialog import ExportDialog
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.models_dialog import ModelsDialog

done = []


def window():
    return next(w for w in application.topLevelWidgets() if isinstance(w, MainWindow))


def when(condition, then, deadline=[1800]):  # 100 ms polls, shared by all steps
    deadline[0] -= 1
    if deadline[0] < 0:
        done.append("timed out")
        window().close()
    elif condition():
        then()
    else:
        QTimer.singleShot(100, lambda: when(condition, then))


def translate():
    done.append("settled")
    window().translate()
    when(lambda: not window().session.translating and window().session.current.brief, rebrief)


def rebrief():
    done.append("translated")
    session = window().session
    done.append(f"sentences {len(session.sentences)} translated "
                f"{sum(t is not None for t in session.translations)}")
    before = session.current.brief
    window().rebrief()
    when(lambda: session.current.brief is not before and not window().runner.busy, export)


def export():
    done.append("briefed " + session_brief_language())
    for name, fmt in (("artikel.md", "md"), ("artikel.json", "json")):
        QTimer.singleShot(0, lambda name=name, fmt=fmt: fill_export(name, fmt))
        window().actions_.export.trigger()  # modal, as the reader sees it
    when(lambda: (out / "artikel.json").exists() and (out / "artikel.md").exists(), models)


def fill_export(name, fmt):
    dialog = application.activeModalWidget()
    if not isinstance(dialog, ExportDialog):
        QTimer.singleShot(50, lambda: fill_export(name, fmt))
        return
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.folder.setText(str(out))
    dialog.file_name.setText(name)
    dialog.export_button.click()


def session_brief_language():
    return window().session.current.brief.language


def models():
    done.append("exported")
    QTimer.singleShot(0, close_models)
    window().dialogs.show_models()  # modal, as the reader sees it
    done.append("models closed")
    window().close()


def close_models():
    dialog = application.activeModalWidget()
    if not isinstance(dialog, ModelsDialog):
        QTimer.singleShot(50, close_models)
        return
    def listed():
        return dialog.installed.count() > 0
    def close():
        done.append(f"models listed {dialog.installed.count()}")
        dialog.reject()
    when(listed, close)


if __name__ == "__main__":  # the reading sandbox's processes import this module again
    out = Path(sys.argv[2])
    application = QApplication(["kernpunt"])
    QTimer.singleShot(0, lambda: when(lambda: window().settled, translate))
    status = kernpunt_app.main([sys.argv[1]])
    # Qt's own networking would pass by Python's sockets, and the guard.
    loaded = sorted(m for m in sys.modules if m.startswith("PySide6.QtNetwork"))
    out.joinpath("driver.json").write_text(
        json.dumps({"status": status, "done": done, "network_modules": loaded})
    )
'''


def network_env(tmp_path: Path, hang: float = 0) -> tuple[dict[str, str], Path]:
    """The environment of a child with the network guard, and the guard's log."""
    guard = tmp_path / "guard"
    guard.mkdir(exist_ok=True)
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / f"network-{hang:g}.log"
    log.touch()
    path = [str(guard), os.environ.get("PYTHONPATH", "")]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(part for part in path if part),
        "KERNPUNT_NETWORK_LOG": str(log),
        "KERNPUNT_NETWORK_HANG": str(hang),
    }
    return env, log


def attempts(log: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_the_guard_sees_and_refuses_an_attempt(tmp_path: Path) -> None:
    env, log = network_env(tmp_path)
    code = (
        "import socket, urllib.request\n"
        "for call in (lambda: socket.create_connection(('192.0.2.1', 80), timeout=1),\n"
        "             lambda: urllib.request.urlopen('http://example.com/', timeout=1)):\n"
        "    try:\n"
        "        call()\n"
        "    except OSError as error:\n"
        "        print(type(error).__name__)\n"
    )
    result = run_python("-c", code, env=env, timeout=60)
    assert result.stdout.split() == ["gaierror", "URLError"], result.stderr
    assert [entry["kind"] for entry in attempts(log)] == ["getaddrinfo", "getaddrinfo"]


def test_reading_translating_briefing_exporting_never_touch_the_network(
    tmp_path: Path, installed_model: Path
) -> None:
    env, log = network_env(tmp_path)
    article = tmp_path / "kabinet.docx"
    article.write_bytes(documents.docx_bytes())
    out = tmp_path / "out"
    out.mkdir()
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    result = run_python(driver, article, out, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads((out / "driver.json").read_text(encoding="utf-8"))
    counts = re.fullmatch(r"sentences (\d+) translated (\d+)", report["done"][2])
    assert counts and counts[1] == counts[2] != "0", report["done"]
    assert report["done"][:2] + report["done"][3:] == [
        "settled",
        "translated",
        "briefed english",
        "exported",
        "models listed 1",
        "models closed",
    ]
    assert report["network_modules"] == []
    assert attempts(log) == [], "nothing tried to reach the network"
    assert "## Brief" in (out / "artikel.md").read_text(encoding="utf-8")
    record = json.loads((out / "artikel.json").read_text(encoding="utf-8"))
    assert len(record["sentences"]) == int(counts[1])
    assert all(sentence["translation"] for sentence in record["sentences"])


def test_start_up_does_not_wait_for_a_dead_network(tmp_path: Path) -> None:
    env, log = network_env(tmp_path, hang=HANG_SECONDS)
    shot = tmp_path / "window.png"
    started = time.monotonic()
    with subprocess.Popen(
        [sys.executable, "-m", "kernpunt", "--screenshot", str(shot)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        shown = time.monotonic() - started
        process.wait(timeout=HANG_SECONDS * 2)
    assert line.startswith(b"Saved the window"), line
    assert shown < START_LIMIT_SECONDS, f"the window took {shown:.1f} s to show"
    assert attempts(log) == []
