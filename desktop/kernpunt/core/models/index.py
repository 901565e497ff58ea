"""The Argos package index: which models can be downloaded, read only when the reader asks.

argostranslate's ``update_package_index()`` and ``get_available_packages()`` reach the network
on their own and write files, so Kernpunt fetches and parses the index itself, and only from
fetch_index(). The index is a JSON list of package metadata objects, each with its download
``links``.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import Any, TypeGuard

from kernpunt.core.models.packages import ModelError, Package, version_key

# Argos's own default; argostranslate appends "index.json" to it.
DEFAULT_INDEX_BASE = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
INDEX_ENVIRONMENT = "ARGOS_PACKAGE_INDEX"
# The real index is a few hundred kilobytes; anything far larger is not an index.
MAX_INDEX_BYTES = 16 * 1024**2
# What index fields may hold: codes and versions end up in file names.
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})?")
_PACKAGE_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}")
_LINK = re.compile(r"https?://[^\s\x00-\x1f\x7f]{1,2040}")
MAX_LINKS = 16
MAX_NAME_CHARS = 100
# The pair Kernpunt is for, listed first.
PREFERRED_PAIR = ("nl", "en")


@dataclass(frozen=True)
class AvailablePackage(Package):
    """A package the index offers for download.

    Attributes:
        links: Download addresses, tried in order.
        size: The download's size in bytes, when the index says.
    """

    links: tuple[str, ...]
    size: int | None = None


def index_url(base: str | None = None) -> str:
    """Return the address of the index to read.

    Follows argostranslate's rule: a base address (``ARGOS_PACKAGE_INDEX``, else Argos's own)
    followed by ``index.json``. An address that already names a ``.json`` file is used as is.

    Args:
        base: A base address or a full index address; None for the environment or the default.

    Returns:
        The index's address.
    """
    base = base or os.environ.get(INDEX_ENVIRONMENT) or DEFAULT_INDEX_BASE
    if base.endswith(".json"):
        return base
    return base + ("index.json" if base.endswith("/") else "/index.json")


def fetch_index(url: str | None = None, timeout: float = 10) -> list[AvailablePackage]:
    """Download the package index and list the translation packages it offers.

    Args:
        url: The index's address or base address; None for ARGOS_PACKAGE_INDEX or Argos's own.
        timeout: Seconds to wait for the server before giving up.

    Returns:
        The packages, Dutch → English first, then by language names and newest version first.

    Raises:
        ModelError: The index cannot be reached or is not a package index.
    """
    address = index_url(url)
    data = _fetch(address, timeout)
    try:
        entries: Any = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        # A deeply nested document exhausts the parser's recursion: it is no index either.
        raise ModelError("index.invalid", address=address) from None
    if not isinstance(entries, list):
        raise ModelError("index.invalid", address=address)
    packages = [package for entry in entries if (package := _parse(entry)) is not None]
    return sort_packages(packages)


def sort_packages(packages: list[AvailablePackage]) -> list[AvailablePackage]:
    """Order packages for the reader: Dutch → English first, then by language, newest first."""
    by_version = sorted(packages, key=lambda package: version_key(package.version), reverse=True)
    return sorted(
        by_version,
        key=lambda package: (
            (package.from_code, package.to_code) != PREFERRED_PAIR,
            package.from_name.casefold(),
            package.to_name.casefold(),
        ),
    )


def _fetch(address: str, timeout: float) -> bytes:
    import urllib.error
    import urllib.request

    if not address.startswith(("https://", "http://")):
        raise ModelError("index.not_web", address=address)
    try:
        with urllib.request.urlopen(address, timeout=timeout) as response:
            data = bytes(response.read(MAX_INDEX_BYTES + 1))
    except urllib.error.HTTPError as error:
        error.close()  # it holds the connection's response
        raise ModelError(
            "index.http", address=address, code=error.code, reason=error.reason
        ) from None
    except (OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise ModelError("index.network", address=address, reason=reason) from None
    if len(data) > MAX_INDEX_BYTES:
        raise ModelError("index.too_large", address=address)
    return data


def _parse(entry: object) -> AvailablePackage | None:
    """Read one index entry; None for entries that are not downloadable translation packages.

    The index comes from a server, so every field is checked as untrusted: codes and versions
    become parts of file names and must be plain names, never paths; names are shown to the
    reader and must be short single lines; links must be web addresses.
    """
    if not isinstance(entry, dict) or entry.get("type", "translate") != "translate":
        return None
    from_code, to_code = entry.get("from_code"), entry.get("to_code")
    if not _matches(from_code, _LANGUAGE_CODE) or not _matches(to_code, _LANGUAGE_CODE):
        return None
    links = entry.get("links")
    if not isinstance(links, list) or len(links) > MAX_LINKS:
        return None
    usable = tuple(link for link in links if _matches(link, _LINK))
    if not usable:
        return None
    code = entry.get("code", f"translate-{from_code}_{to_code}")
    version = entry.get("package_version", "0")
    if isinstance(version, int | float) and not isinstance(version, bool):
        version = str(version)
    if not _matches(code, _PACKAGE_CODE) or ".." in code or not _matches(version, _VERSION):
        return None
    size = entry.get("size") or entry.get("file_size")
    usable_size = isinstance(size, int) and not isinstance(size, bool) and size > 0
    return AvailablePackage(
        code=code,
        from_code=from_code,
        to_code=to_code,
        from_name=_name(entry.get("from_name"), from_code),
        to_name=_name(entry.get("to_name"), to_code),
        version=version,
        links=usable,
        size=size if usable_size else None,
    )


def _matches(value: object, pattern: re.Pattern[str]) -> TypeGuard[str]:
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def _name(value: object, default: str) -> str:
    """A language name for the reader: a short line of printable text, else the code."""
    if not isinstance(value, str) or not 0 < len(value) <= MAX_NAME_CHARS:
        return default
    return value if value.isprintable() else default
