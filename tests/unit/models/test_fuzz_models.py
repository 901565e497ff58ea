"""Fuzzing the ``.argosmodel`` installer with archives of any shape.

Archives are built from parts a model has (``metadata.json``, ``model/model.bin``, a tokenizer)
and parts an attacker or a broken download brings: unsafe names, several top folders, nested
folders, odd metadata, huge compression ratios, cut or damaged bytes. Whatever comes in, the
installer either installs one complete package or raises ModelError, and in both cases leaves
nothing else behind, inside the package folder or outside it. Inputs that once failed, or edges
worth keeping, stay as ``@example`` cases.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import warnings
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kernpunt.core.models.packages import (
    ModelError,
    ModelExistsError,
    find_package,
    install_package,
    installed_packages,
)

EXAMPLES = settings.default.max_examples
SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large]

TOP = st.sampled_from(["translate-nl_en-1_0", "pkg", "nl_en", "ü", "a b", "x" * 200])
PARTS = st.sampled_from(
    [
        "metadata.json",
        "model/model.bin",
        "model/config.json",
        "model/shared_vocabulary.json",
        "sentencepiece.model",
        "bpe.model",
        "README.md",
        "model/",
        "nested/deeper/model.bin",
        "model/model.bin/inside",
    ]
)
UNSAFE = st.sampled_from(
    [
        "../escaped.txt",
        "/absolute/path",
        "pkg/../../escaped",
        "pkg\\windows\\name",
        ".hidden/metadata.json",
        "C:/drive",
        "c:evil",
        " ",
        "./pkg/metadata.json",
        "pkg//double",
        "pkg/\x00nul",
    ]
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
CODES = st.sampled_from(["nl", "en", "", "NL", "nl_BE"]) | st.text(max_size=4) | JSON_VALUES


@st.composite
def metadata(draw: st.DrawFn) -> bytes:
    """A metadata.json: a plausible one with odd values, any JSON, or bytes that are not JSON."""
    choice = draw(st.integers(0, 5))
    if choice == 0:
        return draw(st.binary(max_size=60))
    if choice == 1:
        return json.dumps(draw(JSON_VALUES)).encode()
    record: dict[str, Any] = {
        "type": draw(st.sampled_from(["translate", "sbd", "", None])),
        "from_code": draw(CODES),
        "to_code": draw(CODES),
        "package_version": draw(st.sampled_from(["1.0", "1.9", "", "x.y", None]) | JSON_VALUES),
        "from_name": draw(st.text(max_size=12)),
        "to_name": draw(st.text(max_size=12)),
        "code": draw(st.text(max_size=12) | JSON_VALUES),
        "target_prefix": draw(st.sampled_from(["", "__en__"]) | JSON_VALUES),
    }
    for key in draw(st.lists(st.sampled_from(sorted(record)), unique=True)):
        del record[key]
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "latin-1"]))
    return json.dumps(record, ensure_ascii=False).encode(encoding, errors="replace")


CONTENT = st.binary(max_size=64) | st.sampled_from([b"\0" * 300_000, b"ab" * 50_000])


@st.composite
def archives(draw: st.DrawFn) -> bytes:
    """Zip bytes: model-like entries under one or more top folders, maybe unsafe, maybe cut."""
    tops = draw(st.lists(TOP, min_size=1, max_size=3, unique=True))
    entries: list[tuple[str, bytes]] = []
    for part in draw(st.lists(PARTS, max_size=8)):
        top = tops[0] if draw(st.integers(0, 4)) else draw(st.sampled_from(tops))
        content = draw(metadata()) if part == "metadata.json" else draw(CONTENT)
        entries.append((f"{top}/{part}", content))
    if draw(st.integers(0, 3)) == 0:
        entries.append((draw(UNSAFE), draw(CONTENT)))
    method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
    buffer = io.BytesIO()
    # Two entries of one name are part of what a broken or hostile archive holds.
    with zipfile.ZipFile(buffer, "w", method) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        for name, content in entries:
            if name.endswith("/"):
                archive.writestr(zipfile.ZipInfo(name), b"")
            else:
                archive.writestr(name, content)
    data = buffer.getvalue()
    damage = draw(st.integers(0, 5))
    if damage == 0:
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == 1 and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    elif damage == 2:
        data = _lie_about_size(data, draw(st.sampled_from([0, 1, 2**31, 2**32 - 1])))
    return data


def _lie_about_size(data: bytes, size: int) -> bytes:
    """Make the central directory claim another uncompressed size for the first entry."""
    header = data.find(b"PK\x01\x02")
    if header < 0:
        return data
    at = header + 24  # the uncompressed size in a central directory header
    return data[:at] + size.to_bytes(4, "little") + data[at + 4 :]


def complete_archive(top: str, meta: bytes) -> bytes:
    """An archive with every part a package needs, and the given metadata."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{top}/metadata.json", meta)
        archive.writestr(f"{top}/model/model.bin", b"weights")
        archive.writestr(f"{top}/model/config.json", b"{}")
        archive.writestr(f"{top}/sentencepiece.model", b"pieces")
    return buffer.getvalue()


def _broken_local_name() -> bytes:
    """A package whose local header spells its folder's name with a byte UTF-8 cannot hold."""
    data = complete_archive("ü", b'{"from_code": "nl", "to_code": "en"}')
    at = data.index("ü/metadata.json".encode()) + 1
    return data[:at] + b"\x80" + data[at + 1 :]


def snapshot(folder: Path) -> set[str]:
    """Every file and folder under a folder, relative to it."""
    return {
        str(Path(root, name).relative_to(folder))
        for root, folders, files in os.walk(folder)
        for name in folders + files
    }


def install_in_sandbox(data: bytes) -> tuple[Path, set[str], object]:
    """Install the bytes as a model file in a fresh folder; return what changed and the outcome."""
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        packages = root / "packages"
        archive = root / "download" / "model.argosmodel"
        archive.parent.mkdir()
        archive.write_bytes(data)
        try:
            outcome: object = install_package(archive, packages)
        except ModelError as error:
            assert str(error), "a reader's message"
            outcome = error
        outside = {path for path in snapshot(root) if not path.startswith("packages")}
        assert outside == {"download", "download/model.argosmodel"}, "nothing written outside"
        assert not (root.parent / "escaped.txt").exists()
        if isinstance(outcome, ModelError):
            assert not packages.exists() or not list(packages.iterdir()), "nothing left behind"
            assert installed_packages(packages) == []
        else:
            listed = installed_packages(packages)
            assert [package.path for package in listed] == [outcome.path]  # type: ignore[attr-defined]
            assert {path.name for path in packages.iterdir()} == {outcome.path.name}  # type: ignore[attr-defined]
            for part in ("model/model.bin", "model/config.json"):
                assert (outcome.path / part).is_file()  # type: ignore[attr-defined]
        return packages, snapshot(root), outcome


@settings(suppress_health_check=SLOW)
@given(data=archives())
# Once a crash: a local header's name that is not the UTF-8 its flag claims (UnicodeDecodeError).
@example(data=_broken_local_name())
# Edges kept on purpose: metadata values of the wrong type where a string belongs.
@example(data=complete_archive("pkg", b'{"from_code": "nl", "to_code": "en", "code": {}}'))
@example(data=complete_archive("pkg", b'{"from_code": "nl", "to_code": "en", "type": null}'))
def test_any_archive_installs_completely_or_not_at_all(data: bytes) -> None:
    install_in_sandbox(data)


@settings(max_examples=max(10, EXAMPLES // 4), suppress_health_check=SLOW)
@given(meta=metadata(), top=TOP)
def test_any_metadata_installs_a_listed_package_or_is_refused(meta: bytes, top: str) -> None:
    _, _, outcome = install_in_sandbox(complete_archive(top, meta))
    if not isinstance(outcome, ModelError):
        assert outcome.path.name == top  # type: ignore[attr-defined]
        assert isinstance(outcome.label, str) and outcome.label  # type: ignore[attr-defined]


@settings(max_examples=max(5, EXAMPLES // 10), suppress_health_check=SLOW)
@given(first=metadata(), second=metadata())
def test_a_second_install_never_breaks_the_first(first: bytes, second: bytes) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        packages = Path(scratch) / "packages"
        archive = Path(scratch) / "model.argosmodel"
        archive.write_bytes(complete_archive("pkg", first))
        try:
            installed = install_package(archive, packages)
        except ModelError:
            return
        before = snapshot(packages)
        archive.write_bytes(complete_archive("pkg", second))
        try:
            install_package(archive, packages)
        except ModelExistsError:
            pass
        else:
            raise AssertionError("a package of the same name is never replaced unasked")
        assert snapshot(packages) == before
        assert installed_packages(packages) == [installed]
        assert find_package(installed.from_code, installed.to_code, packages) == installed
