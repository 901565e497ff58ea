"""Installed Argos Translate packages: finding, listing and installing them safely.

Listing reads each package's ``metadata.json`` directly, so one broken package never hides the
others (argostranslate's own listing raises on the first bad one). Installing validates the
archive and extracts it to a staging folder before moving it into place, where
argostranslate's ``install_from_path`` extracts straight into the package folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import zipfile

from kernpunt.core.errors import ReaderError

MAX_PACKAGE_BYTES = 2 * 1024**3
MAX_PACKAGE_ENTRIES = 10_000
MAX_COMPRESSION_RATIO = 200
TOKENIZER_FILES = ("sentencepiece.model", "bpe.model")


class ModelError(ReaderError):
    """A model package could not be installed or used; the message is for the reader."""


class ModelExistsError(ModelError):
    """A package of that name is installed already; installing it again needs ``replace``."""


@dataclass(frozen=True)
class InstalledPackage:
    """An Argos Translate package installed on this computer.

    Attributes:
        path: The package's folder.
        code: The package's code, such as ``translate-nl_en``.
        from_code: Source language code.
        to_code: Target language code.
        from_name: Source language name.
        to_name: Target language name.
        version: The package's version.
        target_prefix: A token the model expects at the start of every translation, if any.
    """

    path: Path
    code: str
    from_code: str
    to_code: str
    from_name: str
    to_name: str
    version: str
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
        raise ModelError(f"The model “{self.label}” has no tokenizer.")

    @property
    def label(self) -> str:
        """A name for the reader, such as ``Dutch → English 1.8``."""
        return f"{self.from_name or self.from_code} → {self.to_name or self.to_code} {self.version}"


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
    directory = directory or packages_dir()
    try:
        # Hidden folders are installs and removals in progress.
        folders = sorted(
            path for path in directory.iterdir() if path.is_dir() and not path.name.startswith(".")
        )
    except OSError:
        return []
    packages = []
    for folder in folders:
        try:
            packages.append(_read_package(folder))
        except ModelError:
            continue
    return packages


def find_package(
    from_code: str = "nl", to_code: str = "en", directory: Path | None = None
) -> InstalledPackage | None:
    """Return the newest installed package translating from_code into to_code, if any."""
    matches = [
        package
        for package in installed_packages(directory)
        if package.from_code == from_code and package.to_code == to_code
    ]
    return max(matches, key=lambda package: version_key(package.version), default=None)


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
        raise ModelError(f"“{archive.name}” no longer exists.") from None
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ModelError(
            f"“{archive.name}” is not an Argos model: it is not a zip archive."
        ) from None
    except OSError as error:
        raise ModelError(f"“{archive.name}” could not be read: {error.strerror}.") from None
    with zipped:
        top = _check_archive(zipped, archive.name)
        target = directory / top
        if target.exists() and not replace:
            installed = _installed_version(target)
            raise ModelExistsError(
                f"A model named “{top}”{installed} is installed already; "
                "replace it to install this one."
            )
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
            raise ModelError(
                f"There is not enough free disk space to install “{name}” "
                f"({needed / 1024**2:.0f} MB needed)."
            )
        with tempfile.TemporaryDirectory(prefix=".staging-", dir=directory) as staging:
            try:
                zipped.extractall(staging)
            # A damaged header can also hold a name that is not the UTF-8 it claims to be.
            except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError):
                raise ModelError(
                    f"“{name}” is damaged (a file inside it is corrupt); download or copy it again."
                ) from None
            except (NotImplementedError, RuntimeError) as error:
                raise ModelError(f"“{name}” cannot be unpacked: {error}.") from None
            package = _read_package(Path(staging) / top)
            _check_model_files(package, name)
            target = directory / top
            if target.exists():
                # Set the old copy aside first: at every moment one complete copy is in place.
                target.rename(Path(staging) / ".replaced")
            (Path(staging) / top).rename(target)
    except OSError as error:
        raise ModelError(f"“{name}” could not be installed: {error.strerror}.") from None


def _installed_version(folder: Path) -> str:
    try:
        return f" (version {_read_package(folder).version})"
    except ModelError:
        return ""


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
        raise ModelError(f"“{package.path}” is not an installed model.")
    try:
        trash = Path(tempfile.mkdtemp(prefix=".removing-", dir=package.path.parent))
        package.path.rename(trash / package.path.name)
    except OSError as error:
        raise ModelError(
            f"The model “{package.label}” could not be removed: {error.strerror}."
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
        raise ModelError(f"“{name}” has too many files to be an Argos model.")
    tops = set()
    total = 0
    for entry in entries:
        parts = PurePosixPath(entry.filename).parts
        if not parts or entry.filename.startswith("/") or ".." in parts or "\\" in entry.filename:
            raise ModelError(f"“{name}” contains an unsafe file name: {entry.filename}")
        if parts[0].startswith(".") or ":" in parts[0]:
            raise ModelError(f"“{name}” contains an unsafe folder name: {parts[0]}")
        tops.add(parts[0])
        total += entry.file_size
        if entry.compress_size and entry.file_size / entry.compress_size > MAX_COMPRESSION_RATIO:
            raise ModelError(f"“{name}” is not a valid Argos model (suspicious compression).")
    if total > MAX_PACKAGE_BYTES:
        raise ModelError(f"“{name}” is too large to be an Argos model.")
    if len(tops) != 1:
        raise ModelError(f"“{name}” is not an Argos model: it must hold exactly one folder.")
    return tops.pop()


def _check_model_files(package: InstalledPackage, name: str) -> None:
    if not (package.model_dir / "model.bin").is_file():
        raise ModelError(f"“{name}” is not an Argos model: it has no model/model.bin.")
    if not (package.model_dir / "config.json").is_file():
        raise ModelError(f"“{name}” is not an Argos model: it has no model/config.json.")
    try:
        package.tokenizer_path  # noqa: B018 - the property raises when no tokenizer exists
    except ModelError:
        raise ModelError(f"“{name}” is not an Argos model: it has no tokenizer.") from None


def _read_package(folder: Path) -> InstalledPackage:
    try:
        metadata: Any = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise ModelError(f"“{folder.name}” has no readable metadata.json.") from None
    if not isinstance(metadata, dict):
        raise ModelError(f"“{folder.name}” has an invalid metadata.json.")
    from_code, to_code = metadata.get("from_code"), metadata.get("to_code")
    if not isinstance(from_code, str) or not isinstance(to_code, str):
        raise ModelError(f"“{folder.name}” does not say which languages it translates.")
    if metadata.get("type", "translate") != "translate":
        raise ModelError(f"“{folder.name}” is not a translation model.")
    return InstalledPackage(
        path=folder,
        code=str(metadata.get("code") or f"translate-{from_code}_{to_code}"),
        from_code=from_code,
        to_code=to_code,
        from_name=str(metadata.get("from_name") or from_code),
        to_name=str(metadata.get("to_name") or to_code),
        version=str(metadata.get("package_version") or "0"),
        target_prefix=str(metadata.get("target_prefix") or ""),
    )


def version_key(version: str) -> tuple[int, ...]:
    """Return a sortable form of a version such as ``1.10``, so that it sorts after ``1.9``."""
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))
