"""The window's log: unexpected failures, with their tracebacks, in the user's state folder.

A reader sees a short message; the log keeps what a bug report needs. Nothing of it is
imported, looked up or opened until the first record is written, so start-up does not wait.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FILE = "kernpunt.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 2
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def log_path() -> Path:
    """The log's file in the user's state folder (``$XDG_STATE_HOME/kernpunt``)."""
    import platformdirs

    return Path(platformdirs.user_state_dir("kernpunt", appauthor=False)) / LOG_FILE


def start_logging(path: Path | None = None) -> None:
    """Send warnings and errors of Kernpunt's loggers to a rotating file (once)."""
    logger = logging.getLogger("kernpunt")
    if any(isinstance(handler, _LazyFile) for handler in logger.handlers):
        return
    logger.addHandler(_LazyFile(path))
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.WARNING)


def current_log() -> Path:
    """The file the log is written to: the one start_logging chose, else where it would go."""
    for handler in logging.getLogger("kernpunt").handlers:
        if isinstance(handler, _LazyFile):
            return handler.path
    return log_path()


class _LazyFile(logging.Handler):
    """A rotating log file, found and opened when the first record comes."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(logging.WARNING)
        self._path = path
        self._file: logging.Handler | None = None

    @property
    def path(self) -> Path:
        """The log's file."""
        if self._path is None:
            self._path = log_path()
        return self._path

    def emit(self, record: logging.LogRecord) -> None:
        """Write the record, opening the file first if it is the first one."""
        try:
            if self._file is None:
                self._file = _open(self.path)
        except OSError:
            self.handleError(record)
            return
        self._file.handle(record)

    def close(self) -> None:
        """Close the file, if it was opened."""
        if self._file is not None:
            self._file.close()
        super().close()


def _open(path: Path) -> logging.Handler:
    from logging.handlers import RotatingFileHandler

    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    return handler
