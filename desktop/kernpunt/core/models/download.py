"""Downloading a model from the package index, only when the reader asks.

The package goes to a temporary file in Kernpunt's cache folder, with progress and a cancel
checked between chunks; only a complete transfer is renamed and handed to the safe install.
A broken transfer, a stalled server or a cancel leaves nothing behind, so trying again starts
clean.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.core.engine.cache import user_cache_folder
from kernpunt.core.models.index import AvailablePackage
from kernpunt.core.models.packages import (
    MAX_PACKAGE_BYTES,
    InstalledPackage,
    ModelError,
    ModelExistsError,
    install_package,
    installed_packages,
    packages_dir,
    remove_package,
)
from kernpunt.core.processes import leftovers

CHUNK_BYTES = 64 * 1024
# Progress reports at most this often, plus one at the end.
_REPORT_EVERY = 0.1
# Partial files this old belong to no running download.
_STALE_SECONDS = 24 * 3600
# "download-<pid>-xxxx.part": the process that writes it.
PARTIAL_PREFIX = "download-"
_PARTIAL = re.compile(r"\A(?:download-(?P<pid>\d{1,10})-)?[^/]*\.part\Z")


@dataclass(frozen=True)
class DownloadProgress:
    """How far a download has come.

    Attributes:
        done: Bytes received.
        total: Bytes expected, when the server or the index says.
        elapsed: Seconds since the transfer started.
    """

    done: int
    total: int | None
    elapsed: float

    @property
    def fraction(self) -> float | None:
        """The share received, from 0 to 1, when the total is known."""
        return min(1.0, self.done / self.total) if self.total else None

    @property
    def bytes_per_second(self) -> float:
        """Average speed so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        """An estimate of the seconds still needed, when the total and a speed are known."""
        speed = self.bytes_per_second
        if self.total is None or speed <= 0:
            return None
        return max(0.0, (self.total - self.done) / speed)


DownloadCallback = Callable[[DownloadProgress], None]


def download_package(
    available: AvailablePackage,
    on_progress: DownloadCallback | None = None,
    cancel: CancelToken | None = None,
    timeout: float = 30.0,
    *,
    directory: Path | None = None,
    replace: bool = False,
) -> InstalledPackage:
    """Download a package and install it.

    Args:
        available: The package, from fetch_index().
        on_progress: Called as bytes arrive.
        cancel: Stops the download between chunks.
        timeout: Seconds without any data from the server before giving up.
        directory: The package folder; defaults to packages_dir().
        replace: Replace installed versions of the same package; without it an installed
            version is an error, raised before anything is downloaded.

    Returns:
        The installed package.

    Raises:
        ModelExistsError: The package is installed already and ``replace`` is false.
        ModelError: The package cannot be downloaded or is not valid.
        Cancelled: The cancel token was set; nothing was installed or left behind.
    """
    directory = directory or packages_dir()
    older = [package for package in installed_packages(directory) if package.code == available.code]
    if older and not replace:
        versions = ", ".join(package.version for package in older)
        raise ModelExistsError(
            "download.installed",
            source=available.from_name,
            target=available.to_name,
            versions=versions,
            version=available.version,
        )
    folder = user_cache_folder() / "downloads"
    partial = _partial_file(folder, available)
    try:
        with partial.open("wb") as file:
            _download(
                available,
                file,
                lambda link: _transfer(link, available, file, on_progress, cancel, timeout),
            )
            file.flush()
            os.fsync(file.fileno())
        archive = partial.with_suffix(".argosmodel")
        partial.replace(archive)
        try:
            package = install_package(archive, directory, replace=replace)
        finally:
            archive.unlink(missing_ok=True)
    finally:
        partial.unlink(missing_ok=True)
    for old in older:
        if old.path != package.path:
            remove_package(old)
    return package


def _partial_file(folder: Path, available: AvailablePackage) -> Path:
    """Create an empty temporary file for one transfer, clearing out abandoned ones.

    Its name is made of this process's id, never of the index's fields (an index entry is
    untrusted: a ``code`` holding ``../`` once put the download outside the folder). A partial
    file of a process that is gone was left by a kill and is deleted.
    """
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_abandoned(folder)
        handle, name = tempfile.mkstemp(
            prefix=f"{PARTIAL_PREFIX}{os.getpid()}-", suffix=".part", dir=folder
        )
    except OSError as error:
        raise ModelError("download.cannot_write", folder=folder, reason=error) from None
    os.close(handle)
    return Path(name)


def _remove_abandoned(folder: Path) -> None:
    # A partial file named by an older Kernpunt has no process id: only its age tells.
    for stale in leftovers(folder, _PARTIAL, max_age=_STALE_SECONDS):
        with contextlib.suppress(OSError):
            stale.unlink(missing_ok=True)


def _download(
    available: AvailablePackage, file: IO[bytes], transfer: Callable[[str], None]
) -> None:
    """Fetch the package into the file from the first address that works."""
    failure = ModelError("download.no_address", name=available.label)
    for link in available.links:
        file.seek(0)
        file.truncate()
        try:
            transfer(link)
            return
        except ModelError as error:
            failure = error
    raise failure


def _transfer(
    link: str,
    available: AvailablePackage,
    file: IO[bytes],
    on_progress: DownloadCallback | None,
    cancel: CancelToken | None,
    timeout: float,
) -> None:
    import http.client
    import urllib.error
    import urllib.request

    name = available.label
    if not link.startswith(("https://", "http://")):
        raise ModelError("download.not_web", name=name, link=link)
    started = time.perf_counter()
    done = 0
    try:
        with urllib.request.urlopen(link, timeout=timeout) as response:
            total = _content_length(response.headers.get("Content-Length")) or available.size
            if total is not None and total > MAX_PACKAGE_BYTES:
                raise ModelError("download.too_large", name=name)
            reported = started
            while True:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled
                chunk = response.read(CHUNK_BYTES)
                if not chunk:
                    break
                file.write(chunk)
                done += len(chunk)
                if done > MAX_PACKAGE_BYTES:
                    raise ModelError("download.too_large", name=name)
                now = time.perf_counter()
                if on_progress is not None and now - reported >= _REPORT_EVERY:
                    reported = now
                    on_progress(DownloadProgress(done, total, now - started))
    except TimeoutError:
        raise ModelError("download.stalled", name=name, seconds=f"{timeout:g}") from None
    except urllib.error.HTTPError as error:
        error.close()  # it holds the connection's response
        raise ModelError("download.http", name=name, code=error.code, reason=error.reason) from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise ModelError("download.network", name=name, reason=reason) from None
    if total is not None and done != total:
        raise ModelError("download.broke_off", name=name, done=f"{done:,}", total=f"{total:,}")
    if on_progress is not None:
        on_progress(DownloadProgress(done, total, time.perf_counter() - started))


def _content_length(value: str | None) -> int | None:
    try:
        length = int(value) if value is not None else None
    except ValueError:
        return None
    return length if length is not None and length >= 0 else None
