import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    bare = Signal()
    carrying = Signal(object, object)


def test_signals_keep_reference_counts_intact() -> None:
    """A binding that loses a reference per emission crashes a long reading session."""
    emitter = Emitter()
    received = []
    emitter.carrying.connect(lambda *args: received.append(args))
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for _ in range(500):
        emitter.bare.emit()
        emitter.carrying.emit(None, 1)
    received.clear()
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    assert after == before
