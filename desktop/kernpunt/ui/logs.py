"""The window's log: unexpected failures, with their tracebacks, in the user's state folder.

A reader sees a short message; the log keeps what a bug report needs. The file is opened only
when the first record is written, so start-up does not wait on the disk.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "kernpunt.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 2
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def log_path() -> Path:
    """The log's file in the user's state folder (``$XDG_STATE_HOME/kernpunt``)."""
    import platformdirs

    return Path(platformdirs.user_state_dir("kernpunt", appauthor=False)) / LOG_FILE


def start_logging(path: Path | None = None) -> Path:
    """Send warnings and errors of Kernpunt's loggers to a rotating file; return its path.

    Calling it again with the same path changes nothing.
    """
    path = path or log_path()
    logger = logging.getLogger("kernpunt")
    for handler in logger.handlers:
        if isinstance(handler, _LazyFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = _LazyFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, delay=True)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(logging.WARNING)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.WARNING)
    return path


def current_log() -> Path:
    """The file the log is written to: the one start_logging chose, else where it would go."""
    for handler in logging.getLogger("kernpunt").handlers:
        if isinstance(handler, _LazyFileHandler):
            return Path(handler.baseFilename)
    return log_path()


class _LazyFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file whose folder is made when the first record is written."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed types it per stream mode
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()
