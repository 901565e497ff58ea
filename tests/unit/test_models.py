import json
import zipfile
from pathlib import Path

import pytest

from kernpunt.core import models
from kernpunt.core.models import (
    ModelError,
    find_package,
    install_package,
    installed_packages,
    packages_dir,
)


def test_packages_dir_follows_argos(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos"))
    assert packages_dir() == tmp_path / "argos"
    monkeypatch.delenv("ARGOS_PACKAGES_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert packages_dir() == tmp_path / "data" / "argos-translate" / "packages"


def test_install_then_list_and_find(tiny_archive: Path) -> None:
    assert find_package() is None
    package = install_package(tiny_archive)
    assert (package.path / "model" / "model.bin").is_file()
    assert [p.code for p in installed_packages()] == ["translate-nl_en"]
    found = find_package("nl", "en")
    assert found is not None and found.path == package.path
    assert found.label == "Dutch → English 1.0"
    assert find_package("en", "nl") is None


def test_same_name_needs_replace(tiny_archive: Path) -> None:
    install_package(tiny_archive)
    with pytest.raises(ModelError, match="installed already"):
        install_package(tiny_archive)
    assert install_package(tiny_archive, replace=True).code == "translate-nl_en"


def test_a_broken_package_does_not_hide_the_others(tiny_archive: Path) -> None:
    install_package(tiny_archive)
    broken = packages_dir() / "translate-broken"
    broken.mkdir()
    (broken / "metadata.json").write_text("{not json")
    assert [p.code for p in installed_packages()] == ["translate-nl_en"]


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, data in entries.items():
            zipped.writestr(name, data)
    return path


def _metadata(**extra: str) -> bytes:
    return json.dumps({"from_code": "nl", "to_code": "en", **extra}).encode()


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ({"../evil/metadata.json": b"{}"}, "unsafe file name"),
        ({"/abs/metadata.json": b"{}"}, "unsafe file name"),
        ({"a/metadata.json": _metadata(), "b/model/model.bin": b"x"}, "exactly one folder"),
        ({"pkg/model/model.bin": b"x", "pkg/model/config.json": b"{}"}, "metadata.json"),
        ({"pkg/metadata.json": b"[]"}, "invalid metadata.json"),
        ({"pkg/metadata.json": b'{"from_code": "nl"}'}, "which languages"),
        ({"pkg/metadata.json": _metadata()}, "model/model.bin"),
        (
            {
                "pkg/metadata.json": _metadata(),
                "pkg/model/model.bin": b"x",
                "pkg/model/config.json": b"{}",
            },
            "no tokenizer",
        ),
        (
            {"pkg/metadata.json": _metadata(), "pkg/model/model.bin": b"\0" * 2_000_000},
            "compression",
        ),
    ],
)
def test_bad_archives_install_nothing(
    tmp_path: Path, entries: dict[str, bytes], message: str
) -> None:
    archive = _zip(tmp_path / "bad.argosmodel", entries)
    with pytest.raises(ModelError, match=message):
        install_package(archive)
    target = packages_dir()
    assert not target.exists() or list(target.iterdir()) == []
    assert not (tmp_path / "evil").exists()


def test_not_a_zip(tmp_path: Path) -> None:
    archive = tmp_path / "model.argosmodel"
    archive.write_bytes(b"this is not a zip")
    with pytest.raises(ModelError, match="not a zip archive"):
        install_package(archive)


def test_vanished_archive(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no longer exists"):
        install_package(tmp_path / "gone.argosmodel")


def test_too_many_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models, "MAX_PACKAGE_ENTRIES", 3)
    entries = {f"pkg/file{i}": b"x" for i in range(5)}
    with pytest.raises(ModelError, match="too many files"):
        install_package(_zip(tmp_path / "many.argosmodel", entries))
