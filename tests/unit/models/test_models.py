import json
import os
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from kernpunt.core.models import packages as models
from kernpunt.core.models.packages import (
    ModelError,
    ModelExistsError,
    find_package,
    install_package,
    installed_packages,
    package_license,
    package_readme,
    package_size,
    packages_dir,
    remove_package,
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


def _only_member_offset(archive: Path, suffix: str) -> tuple[int, int]:
    """Return where a member's stored bytes start in the archive, and how many there are."""
    with zipfile.ZipFile(archive) as zipped:
        info = next(entry for entry in zipped.infolist() if entry.filename.endswith(suffix))
    with archive.open("rb") as file:
        file.seek(info.header_offset + 26)
        name_length = int.from_bytes(file.read(2), "little")
        extra_length = int.from_bytes(file.read(2), "little")
    return info.header_offset + 30 + name_length + extra_length, info.compress_size


def _damaged_copy(archive: Path, suffix: str, target: Path) -> Path:
    data = bytearray(archive.read_bytes())
    start, size = _only_member_offset(archive, suffix)
    for position in range(start + size // 2, start + size // 2 + 32):
        data[position] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def _nothing_installed() -> bool:
    folder = packages_dir()
    return not folder.exists() or list(folder.iterdir()) == []


@pytest.mark.parametrize("member", ["model.bin", "sentencepiece.model"])
def test_a_crc_error_half_way_installs_nothing(
    tiny_archive: Path, tmp_path: Path, member: str
) -> None:
    # model.bin is stored (a CRC error), sentencepiece.model deflated (a zlib error).
    damaged = _damaged_copy(tiny_archive, member, tmp_path / "damaged.argosmodel")
    with pytest.raises(ModelError, match="is damaged"):
        install_package(damaged)
    assert _nothing_installed(), "no package, no staging folder"
    assert install_package(tiny_archive).code == "translate-nl_en", "a good copy still installs"


def test_a_zip_bomb_that_lies_about_its_size_installs_nothing(tmp_path: Path) -> None:
    bomb = _zip(
        tmp_path / "bomb.argosmodel",
        {"pkg/metadata.json": _metadata(), "pkg/model/model.bin": b"\0" * 5_000_000},
    )
    start, size = _only_member_offset(bomb, "model.bin")
    data = bytearray(bomb.read_bytes())
    claimed = (size * 2).to_bytes(4, "little")
    # The uncompressed size sits at byte 22 of the local header and 24 of the central one.
    local = data.rfind(b"PK\x03\x04", 0, start)
    data[local + 22 : local + 26] = claimed
    central = data.find(b"pkg/model/model.bin", start + size) - 46
    assert data[central : central + 4] == b"PK\x01\x02"
    data[central + 24 : central + 28] = claimed
    bomb.write_bytes(bytes(data))
    with zipfile.ZipFile(bomb) as zipped:
        assert zipped.getinfo("pkg/model/model.bin").file_size == size * 2, "the lie is in place"
    with pytest.raises(ModelError, match="damaged"):
        install_package(bomb)
    assert _nothing_installed()


def test_a_package_too_large_in_total(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models, "MAX_PACKAGE_BYTES", 1000)
    entries = {"pkg/metadata.json": _metadata(), "pkg/model/model.bin": os.urandom(2000)}
    with pytest.raises(ModelError, match="too large"):
        install_package(_zip(tmp_path / "large.argosmodel", entries))
    assert _nothing_installed()


def test_not_enough_disk_space(tiny_archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    almost_full = SimpleNamespace(total=10**9, used=10**9 - 10, free=10)
    monkeypatch.setattr(shutil, "disk_usage", lambda path: almost_full)
    with pytest.raises(ModelError, match="not enough free disk space"):
        install_package(tiny_archive)
    assert _nothing_installed()


def test_a_hidden_top_folder_is_refused(tmp_path: Path) -> None:
    entries = {".staging-x/metadata.json": _metadata(), ".staging-x/model/model.bin": b"x"}
    with pytest.raises(ModelError, match="unsafe folder name"):
        install_package(_zip(tmp_path / "hidden.argosmodel", entries))


def test_the_refusal_names_the_installed_version(tiny_archive: Path) -> None:
    install_package(tiny_archive)
    with pytest.raises(ModelExistsError, match=r"\(version 1\.0\) is installed already"):
        install_package(tiny_archive)


def test_replacing_leaves_one_working_copy(tiny_archive: Path) -> None:
    first = install_package(tiny_archive)
    (first.path / "stale-file").write_text("from the old copy")
    second = install_package(tiny_archive, replace=True)
    assert second.path == first.path
    assert not (second.path / "stale-file").exists()
    assert [p.name for p in packages_dir().iterdir()] == [first.path.name], "nothing hidden left"


def test_hidden_folders_are_not_packages(tiny_archive: Path) -> None:
    import shutil

    package = install_package(tiny_archive)
    shutil.copytree(package.path, packages_dir() / ".staging-abc" / package.path.name)
    shutil.copytree(package.path, packages_dir() / ".removing-abc")
    assert [p.path for p in installed_packages()] == [package.path]


def test_size_readme_and_licence(tiny_archive: Path) -> None:
    package = install_package(tiny_archive)
    size = package_size(package)
    assert size == sum(f.stat().st_size for f in package.path.rglob("*") if f.is_file())
    assert size > 100_000
    readme = package_readme(package)
    assert readme is not None and "Random-weight test package" in readme
    assert package_license(package) is None
    (package.path / "LICENSE").write_text("CC-BY 4.0", encoding="utf-8")
    assert package_license(package) == "CC-BY 4.0"
    (package.path / "README.md").unlink()
    assert package_readme(package) is None


def test_remove_a_package(tiny_archive: Path) -> None:
    package = install_package(tiny_archive)
    remove_package(package)
    assert installed_packages() == []
    assert list(packages_dir().iterdir()) == [], "no folder, hidden or not, is left"
    with pytest.raises(ModelError, match="is not an installed model"):
        remove_package(package)
