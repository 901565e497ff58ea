"""Installed Argos Translate packages: finding, listing and installing them safely.

Listing reads each package's ``metadata.json`` directly, so one broken package never hides the
others (argostranslate's own listing raises on the first bad one). Installing validates the
archive and extracts it to a staging folder before moving it into place, where
argostranslate's ``install_from_path`` extracts straight into the package folder.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import zipfile

from kernpunt.core.errors import ReaderError
from kernpunt.core.processes import leftovers

MAX_PACKAGE_BYTES = 2 * 1024**3
MAX_PACKAGE_ENTRIES = 10_000
MAX_COMPRESSION_RATIO = 200
TOKENIZER_FILES = ("sentencepiece.model", "bpe.model")
# metadata.json and model/config.json are a few kilobytes.
MAX_METADATA_BYTES = 1024**2
STAGING_PREFIX = ".staging-"
REMOVING_PREFIX = ".removing-"
# ".staging-<pid>-xxxx" and ".removing-<pid>-xxxx"; older Kernpunt wrote no process id.
_WORK_FOLDER = re.compile(r"\A\.(?P<kind>staging|removing)-(?:(?P<pid>\d{1,10})-)?[^/]*\Z")


class ModelError(ReaderError):
    """A model package could not be installed or used; the message is for the reader."""


class ModelExistsError(ModelError):
    """A package of that name is installed already; installing it again needs ``replace``."""


@dataclass(frozen=True)
class Package:
    """What a package's metadata says about it, whether installed or offered for download.

    Attributes:
        code: The package's code, such as ``translate-nl_en``.
        from_code: Source language code.
        to_code: Target language code.
        from_name: Source language name.
        to_name: Target language name.
        version: The package's version.
    """

    code: str
    from_code: str
    to_code: str
    from_name: str
    to_name: str
    version: str

    @property
    def label(self) -> str:
        """A name for the reader, such as ``Dutch → English 1.8``."""
        return f"{self.from_name or self.from_code} → {self.to_name or self.to_code} {self.version}"

    @property
    def pair(self) -> str:
        """The language pair as the command line names it, such as ``nl_en``."""
        return f"{self.from_code}_{self.to_code}"


@dataclass(frozen=True)
class InstalledPackage(Package):
    """An Argos Translate package installed on this computer.

    Attributes:
        path: The package's folder.
        target_prefix: A token the model expects at the start of every translation, if any.
    """

    path: Path
    target_prefix: str = ""

    @property
    def model_dir(self) -> Path:
        """The CTranslate2 model folder."""
        return self.path / "model"

    @property
    def tokenizer_path(self) -> Path:
        """The package's SentencePiece or BPE model."""
        for name in TOKENIZER_FILES:
            candidate = self.path / name
            if candidate.exists():
                return candidate
        raise ModelError("model.no_tokenizer", name=self.label)


def packages_dir() -> Path:
    """Return the folder Argos Translate installs packages into.

    Follows argostranslate's own rule: ``ARGOS_PACKAGES_DIR``, else the ``packages`` folder in
    ``$XDG_DATA_HOME/argos-translate``, so packages installed by other Argos tools are found.
    """
    configured = os.environ.get("ARGOS_PACKAGES_DIR")
    if configured:
        return Path(configured)
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "argos-translate" / "packages"


def installed_packages(directory: Path | None = None) -> list[InstalledPackage]:
    """List the translation packages that are installed and readable.

    Args:
        directory: The package folder; defaults to packages_dir().

    Returns:
        The packages, sorted by code and version; unreadable folders are left out.
    """
    return scan_packages(directory)[0]


def scan_packages(directory: Path | None = None) -> tuple[list[InstalledPackage], list[str]]:
    """List the readable packages, and say in one line each why the others were skipped.

    Installs and replacements that a killed process left half done are finished or cleared
    first (see ``clean_staging``).

    Args:
        directory: The package folder; defaults to packages_dir().

    Returns:
        The packages sorted by folder name, and one reason per unreadable folder.
    """
    directory = directory or packages_dir()
    clean_staging(directory)
    try:
        # Hidden folders are installs and removals in progress.
        folders = sorted(
            path for path in directory.iterdir() if path.is_dir() and not path.name.startswith(".")
        )
    except OSError:
        return [], []
    packages: list[InstalledPackage] = []
    skipped: list[str] = []
    for folder in folders:
        try:
            packages.append(_read_package(folder))
        except ModelError as error:
            skipped.append(f"{folder}: {error}")
    return packages, skipped


def find_package(
    from_code: str = "nl", to_code: str = "en", directory: Path | None = None
) -> InstalledPackage | None:
    """Return the newest installed package translating from_code into to_code that can work.

    A package with a newer version whose model or tokenizer is missing or damaged is passed
    over for an older one that is complete.
    """
    matches = [
        package
        for package in installed_packages(directory)
        if package.from_code == from_code and package.to_code == to_code
    ]
    for package in sorted(matches, key=lambda item: version_key(item.version), reverse=True):
        if package_problem(package) is None:
            return package
    return None


def package_problem(package: InstalledPackage) -> str | None:
    """Why a listed package cannot translate, in one line; None when its files are in place."""
    try:
        _check_model_files(package, package.path.name)
        config = _read_json(package.model_dir / "config.json")
    except ModelError as error:
        return str(error)
    if not isinstance(config, dict):
        return str(
            ModelError("package.meta_damaged", folder=package.path.name, file="model/config.json")
        )
    return None


def install_package(
    archive: Path, directory: Path | None = None, *, replace: bool = False
) -> InstalledPackage:
    """Install an ``.argosmodel`` file after checking it.

    The archive is extracted into a hidden staging folder beside the packages and moved into
    place only once it is complete and checked, so a damaged file leaves nothing behind.

    Args:
        archive: The package file.
        directory: The package folder; defaults to packages_dir().
        replace: Replace an installed package of the same name.

    Returns:
        The installed package.

    Raises:
        ModelExistsError: A package of that name is installed and ``replace`` is false.
        ModelError: The file is not a valid package, is damaged or too large, or there is not
            enough disk space.
    """
    # Imported here: zipfile alone is a tenth of the window's start-up budget.
    import zipfile

    directory = directory or packages_dir()
    archive = Path(archive)
    try:
        zipped = zipfile.ZipFile(archive)
    except FileNotFoundError:
        raise ModelError("package.gone", name=archive.name) from None
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ModelError("package.not_zip", name=archive.name) from None
    except OSError as error:
        raise ModelError("package.unreadable", name=archive.name, reason=error.strerror) from None
    with zipped:
        top = _check_archive(zipped, archive.name)
        target = directory / top
        if target.exists() and not replace:
            version = _installed_version(target)
            if version is None:
                raise ModelExistsError("package.exists", name=top)
            raise ModelExistsError("package.exists_version", name=top, version=version)
        _extract_into_place(zipped, archive.name, directory, top)
    return _read_package(target)


def _extract_into_place(zipped: zipfile.ZipFile, name: str, directory: Path, top: str) -> None:
    """Extract to a staging folder, check the result, then swap it in for any old copy."""
    import shutil
    import tempfile
    import zipfile
    import zlib

    try:
        directory.mkdir(parents=True, exist_ok=True)
        needed = sum(entry.file_size for entry in zipped.infolist())
        if shutil.disk_usage(directory).free < needed:
            raise ModelError("package.disk_full", name=name, megabytes=f"{needed / 1024**2:.0f}")
        with tempfile.TemporaryDirectory(
            prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=directory
        ) as staging:
            try:
                zipped.extractall(staging)
            # A damaged header can also hold a name that is not the UTF-8 it claims to be.
            except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError):
                raise ModelError("package.corrupt", name=name) from None
            except (NotImplementedError, RuntimeError) as error:
                raise ModelError("package.unpack", name=name, reason=error) from None
            package = _read_package(Path(staging) / top)
            _check_model_files(package, name)
            _swap_into_place(Path(staging), top, directory / top)
    except OSError as error:
        raise ModelError("package.install_failed", name=name, reason=error.strerror) from None


def _swap_into_place(staging: Path, top: str, target: Path) -> None:
    """Put the checked package at ``target``, so that either copy is there at every instant.

    On Linux the two folders trade places in one step (``renameat2`` with
    ``RENAME_EXCHANGE``); the old copy is then deleted with the staging folder. Elsewhere the
    old copy is moved to ``staging/.old`` first, and a process killed between the two renames
    leaves it there for ``clean_staging`` to put back.
    """
    new = staging / top
    if not os.path.lexists(target):
        new.rename(target)
        return
    if _exchange(new, target):
        return
    old = staging / ".old"
    old.mkdir()
    target.rename(old / top)
    new.rename(target)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically; False where the system cannot, and nothing was changed."""
    import ctypes
    import ctypes.util
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange)
    if result == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(error, os.strerror(error))


def clean_staging(directory: Path) -> None:
    """Finish what installs and removals killed midway left in the package folder.

    A ``.staging-<pid>-`` or ``.removing-<pid>-`` folder whose process is gone is deleted (and
    one without a process id, from an older Kernpunt); a package it holds that was set aside
    for a replacement goes back into place first, when nothing took its place. Folders of
    running installs are left alone.
    """
    import shutil

    for folder in leftovers(directory, _WORK_FOLDER):
        if not folder.is_dir() or folder.is_symlink():
            continue
        if folder.name.startswith(STAGING_PREFIX):
            _put_back(folder / ".old", directory)
            if (folder / ".replaced").is_dir():
                # Older Kernpunt set the old copy aside as ".replaced" after checking the new
                # one, which is complete: put the new one in place.
                _put_back(folder, directory)
        shutil.rmtree(folder, ignore_errors=True)


def _put_back(old: Path, directory: Path) -> None:
    with contextlib.suppress(OSError):
        for package in old.iterdir():
            target = directory / package.name
            if not package.name.startswith(".") and not os.path.lexists(target):
                package.rename(target)


def _installed_version(folder: Path) -> str | None:
    try:
        return _read_package(folder).version
    except ModelError:
        return None


def package_size(package: InstalledPackage) -> int:
    """Return the bytes a package takes on disk."""
    total = 0
    for root, _folders, files in os.walk(package.path):
        for name in files:
            try:
                total += (Path(root) / name).stat().st_size
            except OSError:
                continue
    return total


def package_readme(package: InstalledPackage) -> str | None:
    """Return the text of a package's README, where Argos packages state their licence."""
    return _read_text(package.path, ("README.md", "README.txt", "README"))


def package_license(package: InstalledPackage) -> str | None:
    """Return the text of a package's licence file, if it has one apart from its README."""
    return _read_text(package.path, ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE"))


def remove_package(package: InstalledPackage) -> None:
    """Remove an installed package.

    The folder is first renamed to a hidden name, so the package disappears from the listing at
    once and a half-deleted folder never looks like a package.

    Args:
        package: The package to remove.

    Raises:
        ModelError: The folder is not a package or cannot be removed.
    """
    import shutil
    import tempfile

    if not (package.path / "metadata.json").is_file():
        raise ModelError("package.not_installed", path=package.path)
    try:
        trash = Path(
            tempfile.mkdtemp(prefix=f"{REMOVING_PREFIX}{os.getpid()}-", dir=package.path.parent)
        )
        package.path.rename(trash / package.path.name)
    except OSError as error:
        raise ModelError(
            "package.remove_failed", name=package.label, reason=error.strerror
        ) from None
    shutil.rmtree(trash, ignore_errors=True)


_TEXT_LIMIT = 1024**2


def _read_text(folder: Path, names: tuple[str, ...]) -> str | None:
    for name in names:
        try:
            with (folder / name).open("rb") as file:
                return file.read(_TEXT_LIMIT).decode("utf-8", errors="replace")
        except OSError:
            continue
    return None


def _check_archive(zipped: zipfile.ZipFile, name: str) -> str:
    entries = zipped.infolist()
    if len(entries) > MAX_PACKAGE_ENTRIES:
        raise ModelError("package.too_many_files", name=name)
    tops = set()
    total = 0
    for entry in entries:
        parts = PurePosixPath(entry.filename).parts
        if not parts or entry.filename.startswith("/") or ".." in parts or "\\" in entry.filename:
            raise ModelError("package.unsafe_file", name=name, file=entry.filename)
        if parts[0].startswith(".") or ":" in parts[0]:
            raise ModelError("package.unsafe_folder", name=name, folder=parts[0])
        tops.add(parts[0])
        total += entry.file_size
        if entry.compress_size and entry.file_size / entry.compress_size > MAX_COMPRESSION_RATIO:
            raise ModelError("package.compression", name=name)
    if total > MAX_PACKAGE_BYTES:
        raise ModelError("package.too_large", name=name)
    if len(tops) != 1:
        raise ModelError("package.folders", name=name)
    return tops.pop()


def _check_model_files(package: InstalledPackage, name: str) -> None:
    if not (package.model_dir / "model.bin").is_file():
        raise ModelError("package.missing_file", name=name, file="model/model.bin")
    if not (package.model_dir / "config.json").is_file():
        raise ModelError("package.missing_file", name=name, file="model/config.json")
    try:
        package.tokenizer_path  # noqa: B018 - the property raises when no tokenizer exists
    except ModelError:
        raise ModelError("package.no_tokenizer", name=name) from None


def _read_json(path: Path) -> Any:
    """Read a small JSON file; any way it can be unreadable is a ModelError in one line."""
    name = f"{path.parent.name}/{path.name}" if path.parent.name == "model" else path.name
    folder = path.parent.parent.name if path.parent.name == "model" else path.parent.name
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_METADATA_BYTES + 1)
    except OSError:
        raise ModelError("package.meta_unreadable", folder=folder, file=name) from None
    if len(raw) > MAX_METADATA_BYTES:
        raise ModelError("package.meta_too_large", folder=folder, file=name)
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ModelError("package.meta_damaged", folder=folder, file=name) from None
    except RecursionError:
        raise ModelError("package.meta_too_deep", folder=folder, file=name) from None


def _read_package(folder: Path) -> InstalledPackage:
    metadata = _read_json(folder / "metadata.json")
    if not isinstance(metadata, dict):
        raise ModelError("package.meta_invalid", folder=folder.name)
    from_code, to_code = metadata.get("from_code"), metadata.get("to_code")
    if not isinstance(from_code, str) or not isinstance(to_code, str):
        raise ModelError("package.no_languages", folder=folder.name)
    if not from_code or not to_code or len(from_code) > 32 or len(to_code) > 32:
        raise ModelError("package.bad_languages", folder=folder.name)
    if metadata.get("type", "translate") != "translate":
        raise ModelError("package.not_translation", folder=folder.name)
    return InstalledPackage(
        path=folder,
        code=_field(metadata, "code", f"translate-{from_code}_{to_code}"),
        from_code=from_code,
        to_code=to_code,
        from_name=_field(metadata, "from_name", from_code),
        to_name=_field(metadata, "to_name", to_code),
        version=_field(metadata, "package_version", "0"),
        target_prefix=_field(metadata, "target_prefix", ""),
    )


def _field(metadata: dict[str, Any], key: str, default: str) -> str:
    """A text field of metadata.json: a string or a number, short, on one line; else the default."""
    value = metadata.get(key)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return default
    text = str(value)
    if not text or len(text) > 200 or any(ord(char) < 32 for char in text):
        return default
    return text


def version_key(version: str) -> tuple[int, ...]:
    """Return a sortable form of a version such as ``1.10``, so that it sorts after ``1.9``."""
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))
