"""The translation cache: every translated sentence, kept in SQLite in the user's cache folder.

A sentence's entry is keyed by the model that translated it (package code, version and a
fingerprint of its files), the decoding options and the sentence text, so re-opening an article
translates nothing and an edited article translates only its changed sentences. The database
runs in WAL mode, so readers never wait for the writer; a damaged file is replaced by an empty
one with a notice, never a crash.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kernpunt.core.models.packages import InstalledPackage

_LOG = logging.getLogger(__name__)

CACHE_FILE = "translations.sqlite3"
# When the cache grows past this, the oldest quarter of its entries goes.
DEFAULT_MAX_BYTES = 256 * 1024**2
# Bytes read from each end of model.bin for its fingerprint: enough to tell two models apart,
# little enough to take milliseconds.
_FINGERPRINT_EDGE = 1024**2
# SQLite's limit on bound parameters is 999 in older builds.
_CHUNK = 500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key BLOB PRIMARY KEY,
    translation TEXT NOT NULL,
    created REAL NOT NULL
) WITHOUT ROWID
"""


def user_cache_folder() -> Path:
    """Return Kernpunt's folder in the user's cache folder (``$XDG_CACHE_HOME/kernpunt``)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("kernpunt", appauthor=False))


def model_identity(package: InstalledPackage) -> str:
    """Name a model by its code, version and a fingerprint of its files.

    The fingerprint hashes the metadata, the tokenizer, the model's config and vocabularies, the
    size of model.bin and its first and last megabyte, so a changed model never reuses another's
    translations, at the cost of reading about 2 MB.

    Args:
        package: The installed package.

    Returns:
        A string such as ``translate-nl_en 1.8 3f2a…``.
    """
    digest = hashlib.sha256()
    files = [package.path / "metadata.json", package.tokenizer_path]
    files += sorted(path for path in package.model_dir.iterdir() if path.name != "model.bin")
    for path in files:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"")
    weights = package.model_dir / "model.bin"
    size = weights.stat().st_size
    digest.update(str(size).encode())
    with weights.open("rb") as file:
        digest.update(file.read(_FINGERPRINT_EDGE))
        file.seek(max(0, size - _FINGERPRINT_EDGE))
        digest.update(file.read(_FINGERPRINT_EDGE))
    return f"{package.code} {package.version} {digest.hexdigest()[:16]}"


class TranslationCache:
    """Translated sentences by model, options and source text, in one SQLite file.

    One object may be shared between threads; any number of processes may open the same file.

    Attributes:
        path: The database file.
        notice: A message for the reader when the cache had to be replaced or cannot be used;
            None while all is well.
    """

    def __init__(self, path: Path | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.path = Path(path) if path is not None else user_cache_folder() / CACHE_FILE
        self.max_bytes = max_bytes
        self.notice: str | None = None
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None

    @staticmethod
    def key(model: str, options: str, sentence: str) -> bytes:
        """Return the entry key of a sentence translated by a model with options."""
        return hashlib.sha256("\0".join((model, options, sentence)).encode("utf-8")).digest()

    def get_many(self, model: str, options: str, sentences: Sequence[str]) -> dict[str, str]:
        """Look up translations.

        Args:
            model: The model's identity, from model_identity().
            options: The decoding options, as one string.
            sentences: Source sentences.

        Returns:
            The cached translation of each sentence that has one, by sentence.
        """
        keys = {self.key(model, options, sentence): sentence for sentence in set(sentences)}
        found: dict[str, str] = {}
        wanted = list(keys)
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._run(
                f"SELECT key, translation FROM translations WHERE key IN ({marks})", chunk
            )
            found.update((keys[bytes(key)], str(text)) for key, text in rows)
        return found

    def put_many(self, model: str, options: str, pairs: Iterable[tuple[str, str]]) -> None:
        """Store translations.

        Args:
            model: The model's identity, from model_identity().
            options: The decoding options, as one string.
            pairs: (source sentence, translation) pairs.
        """
        now = time.time()
        rows = [(self.key(model, options, source), text, now) for source, text in pairs]
        if rows:
            self._run_many("INSERT OR REPLACE INTO translations VALUES (?, ?, ?)", rows)
            self._prune()

    def size_bytes(self) -> int:
        """Return the cache's size on disk, its write-ahead log included."""
        total = 0
        for suffix in ("", "-wal", "-shm"):
            try:
                total += os.stat(f"{self.path}{suffix}").st_size
            except OSError:
                continue
        return total

    def clear(self) -> None:
        """Forget every cached translation and give the space back."""
        self._delete("DELETE FROM translations")

    def close(self) -> None:
        """Close the database; the next use opens it again."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _run(self, sql: str, parameters: Sequence[object]) -> list[tuple[Any, ...]]:
        with self._lock:
            for attempt in range(2):
                connection = self._open()
                if connection is None:
                    return []
                try:
                    return list(connection.execute(sql, parameters))
                except sqlite3.OperationalError as error:
                    _LOG.info("A cache lookup was skipped: %s", error)
                    return []
                except sqlite3.DatabaseError as error:
                    self._replace(error, attempt)
            return []

    def _run_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        with self._lock:
            for attempt in range(2):
                connection = self._open()
                if connection is None:
                    return
                try:
                    with connection:
                        connection.executemany(sql, rows)
                    return
                except sqlite3.OperationalError as error:
                    _LOG.info("A cache write was skipped: %s", error)
                    return
                except sqlite3.DatabaseError as error:
                    self._replace(error, attempt)

    def _prune(self) -> None:
        if self.size_bytes() > self.max_bytes:
            self._delete(
                "DELETE FROM translations WHERE key IN (SELECT key FROM translations "
                "ORDER BY created LIMIT (SELECT COUNT(*) / 4 + 1 FROM translations))"
            )

    def _delete(self, sql: str) -> None:
        """Delete translations and give their space on disk back."""
        self._run_many(sql, [()])
        with self._lock:
            connection = self._open()
            if connection is not None:
                try:
                    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    connection.execute("VACUUM")
                except sqlite3.OperationalError as error:
                    _LOG.info("The cache could not be compacted now: %s", error)

    def _open(self) -> sqlite3.Connection | None:
        """Return the open connection, opening (and if need be replacing) the file first."""
        if self._connection is not None:
            return self._connection
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(self.path, timeout=5, check_same_thread=False)
            except (OSError, sqlite3.Error) as error:
                self._give_up(error)
                return None
            try:
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("PRAGMA synchronous=NORMAL")
                connection.execute(_SCHEMA)
                connection.execute("SELECT COUNT(*) FROM translations LIMIT 1").fetchone()
            except sqlite3.OperationalError as error:
                connection.close()
                self._give_up(error)
                return None
            except sqlite3.DatabaseError as error:
                connection.close()
                self._replace(error, attempt)
                continue
            self._connection = connection
            return connection
        return None

    def _replace(self, error: sqlite3.DatabaseError, attempt: int) -> None:
        """Delete a damaged database so that the next open starts an empty one."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        _LOG.warning("The translation cache %s is damaged (%s); starting afresh.", self.path, error)
        self.notice = (
            "The translation cache was damaged and has been emptied; "
            "sentences will be translated again."
        )
        if attempt > 0:
            return
        for suffix in ("", "-wal", "-shm"):
            try:
                os.remove(f"{self.path}{suffix}")
            except OSError:
                continue

    def _give_up(self, error: Exception) -> None:
        _LOG.warning("The translation cache %s cannot be used: %s", self.path, error)
        self.notice = f"Translations are not being cached: {error}"
