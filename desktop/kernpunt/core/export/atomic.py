"""Writing a file so that it is either entirely new or exactly as it was before."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from kernpunt.core.errors import ReaderError

_REFUSED = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})


class ExportError(ReaderError):
    """An export could not be made or written; the message is for the reader."""


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that it is either entirely new or left exactly as it was.

    The data goes to a temporary file in the target folder; every write's byte count is
    checked (a full disk can report short writes without an error), then the file is flushed,
    synced and renamed over the target. A replaced file keeps its permissions; a new one gets
    the ones the reader's umask gives.

    Args:
        path: The file to write.
        data: Its complete new contents.

    Raises:
        ExportError: The folder is missing or read-only, the target is a folder, or the disk
            is full. The previous file is unchanged and no temporary file is left behind.
    """
    path = Path(path)
    temporary = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(descriptor, "wb") as file:
            os.fchmod(file.fileno(), _mode_for(path))
            view = memoryview(data)
            while view:
                written = file.write(view)
                if not written:
                    raise OSError(errno.ENOSPC, "No space left on device")
                view = view[written:]
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        temporary = None
        _sync_folder(path.parent)
    except OSError as error:
        message_id, values = _write_message(path, error)
        raise ExportError(message_id, **values) from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # os.umask can only be read by changing it, which races with other threads; Linux
    # reports it in /proc instead.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system can open a folder for this."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _write_message(path: Path, error: OSError) -> tuple[str, dict[str, object]]:
    """The message id and values for a file that could not be written."""
    values: dict[str, object] = {"name": path.name, "folder": path.parent}
    if isinstance(error, FileNotFoundError):
        return "export.save.no_folder", values
    if isinstance(error, IsADirectoryError):
        return "export.save.folder_in_way", values
    if isinstance(error, NotADirectoryError):
        return "export.save.not_a_folder", values
    if error.errno in _REFUSED or isinstance(error, PermissionError):
        return "export.save.refused", values
    if error.errno in _FULL:
        return "export.save.disk_full", values
    return "export.save.failed", {**values, "reason": error.strerror or error}
