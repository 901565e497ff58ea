"""Writing a file so that it is either entirely new or exactly as it was before.

Only regular files are written: a device, a pipe or a link to one (``/dev/null``,
``/dev/stdout``) is refused rather than replaced by a file, and so is the article the export
was made from. The temporary file has a short name of its own, so a target name of the
longest length the file system allows still works, and one left behind by a killed process
is removed by the next write into that folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import threading
import zlib
from pathlib import Path

from kernpunt.core.errors import ReaderError
from kernpunt.core.paths import special_kind
from kernpunt.core.processes import leftovers

_REFUSED = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})
# ".kernpunt-<pid>-<host>-<random>.tmp": the process and machine that writes it, so that a
# later write can tell an abandoned one (its process is gone) from one still being written.
TEMPORARY_PREFIX = ".kernpunt-"
TEMPORARY_SUFFIX = ".tmp"
_TEMPORARY = r"\A\.kernpunt-(?P<pid>\d{{1,10}})-{host}-[^/]*\.tmp\Z"
# Temporary files named after their target (".NAME.xxxxxxxx"), as Kernpunt wrote them before.
_OLD_STYLE_SECONDS = 3600
_OLD_STYLE = r"\A\..+\.[a-z0-9_]{8}\Z"
_CLEANED: set[str] = set()
_CLEANED_LOCK = threading.Lock()


class ExportError(ReaderError):
    """An export could not be made or written; the message is for the reader."""


def write_atomic(path: Path, data: bytes, *, source: Path | None = None) -> None:
    """Write a file so that it is either entirely new or left exactly as it was.

    The data goes to a temporary file in the target folder; every write's byte count is
    checked (a full disk can report short writes without an error), then the file is flushed,
    synced and renamed over the target. A replaced file keeps its permissions; a new one gets
    the ones the reader's umask gives.

    A link to a regular file is followed: the file it points to is replaced and the link
    stays.

    Args:
        path: The file to write.
        data: Its complete new contents.
        source: The file the export was made from, which is never overwritten.

    Raises:
        ExportError: The folder is missing or read-only, the target is a folder, a device, a
            pipe or the source itself, or the disk is full. The previous file is unchanged and
            no temporary file is left behind.
    """
    path = _regular_target(Path(path), source)
    _remove_abandoned(path.parent, path.name)
    temporary = None
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f"{TEMPORARY_PREFIX}{os.getpid()}-{_host()}-",
            suffix=TEMPORARY_SUFFIX,
            dir=path.parent,
        )
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


def check_target(path: Path, source: Path | None = None) -> None:
    """Refuse, before any work is done, a target write_atomic would refuse for what it is.

    Raises:
        ExportError: The target is a device, a pipe, a link to one, or the source itself.
    """
    _regular_target(Path(path), source)


def _regular_target(path: Path, source: Path | None) -> Path:
    """The file to replace: the target, or the regular file a link points to."""
    name = f"Could not save “{path.name}”"
    try:
        status = path.lstat()
    except OSError:
        return path  # Nothing there yet (or no folder): the write itself explains.
    if stat.S_ISLNK(status.st_mode):
        try:
            status = path.stat()
        except OSError:
            raise ExportError("export.target.dangling_link", name=name) from None
        if _through_system_folders(path):
            # /dev/stdout and /proc/self/fd/N name another program's output, not a file.
            raise ExportError("export.target.program_output", name=name)
        path = Path(os.path.realpath(path))
    if stat.S_ISDIR(status.st_mode):
        return path  # Reported by the write as a folder in the way.
    if not stat.S_ISREG(status.st_mode):
        raise ExportError(_kind(status.st_mode), name=name)
    if source is not None and _same_file(path, source):
        raise ExportError("export.target.is_source", name=name)
    return path


def _through_system_folders(link: Path) -> bool:
    """Whether a chain of links passes through /dev or /proc (``/dev/stdout``, ``/proc/self/fd``).

    The end of such a chain can be a regular file, the one a program's output was sent to;
    replacing it would swap that file for another behind the program's back.
    """
    current = os.path.abspath(link)
    for _ in range(40):
        try:
            target = os.readlink(current)
        except OSError:
            return False
        current = os.path.normpath(os.path.join(os.path.dirname(current), target))
        if current.split(os.sep)[1:2] in (["dev"], ["proc"]):
            return True
    return True


def _kind(mode: int) -> str:
    """The message id that says what the thing in the way is."""
    return {
        "pipe": "export.target.pipe",
        "socket": "export.target.socket",
        "device": "export.target.device",
    }.get(special_kind(mode), "export.target.not_a_file")


def _same_file(path: Path, source: Path) -> bool:
    try:
        return os.path.samefile(path, source)
    except OSError:
        return False


def _host() -> str:
    import socket  # here: the window imports this module at start, and needs no sockets then

    return f"{zlib.crc32(socket.gethostname().encode('utf-8', 'replace')):08x}"


def _remove_abandoned(folder: Path, name: str) -> None:
    """Delete temporary files that writes killed midway left in the folder, once per process.

    A file of this machine whose process is gone is abandoned; so is one named the way Kernpunt
    named them before (``.NAME.xxxxxxxx`` beside ``NAME``, or for the file being written) that
    nobody has touched for an hour.
    Once per folder: a batch writes thousands of files into one folder, and listing it before
    each would make the batch quadratic.
    """
    with _CLEANED_LOCK:
        if os.fspath(folder) in _CLEANED:
            return
        _CLEANED.add(os.fspath(folder))
    # Another machine's files in a shared folder name processes this one cannot see.
    pattern = re.compile(f"{_TEMPORARY.format(host=_host())}|{_OLD_STYLE}")
    for path in leftovers(folder, pattern, max_age=_OLD_STYLE_SECONDS):
        current = re.match(_OLD_STYLE, path.name) is None
        target = path.name[1:-9]  # what an old-style temporary file was written for
        if current or target == name or os.path.lexists(folder / target):
            _unlink_file(path)


def _unlink_file(path: Path) -> None:
    with contextlib.suppress(OSError):
        if stat.S_ISREG(path.lstat().st_mode):
            os.unlink(path)


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
