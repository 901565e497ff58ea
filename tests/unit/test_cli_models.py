import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kernpunt.cli import main
from kernpunt.core.engine.cache import user_cache_folder
from kernpunt.core.models.download import DownloadProgress
from kernpunt.core.models.packages import (
    InstalledPackage,
    install_package,
    installed_packages,
    package_size,
    packages_dir,
)
from tests.support.index_server import NL_EN, IndexServer, serving


@pytest.fixture
def server(tiny_archive: Path) -> Iterator[IndexServer]:
    with serving() as server:
        server.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        yield server


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def json_out(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """The one JSON object a --json command printed; stdout holds nothing else."""
    record: dict[str, Any] = json.loads(capsys.readouterr().out)
    return record


# What --json says of the tiny test model, apart from its size and folder.
TINY = {
    "code": "translate-nl_en",
    "pair": "nl_en",
    "from_code": "nl",
    "to_code": "en",
    "from_name": "Dutch",
    "to_name": "English",
    "version": "1.0",
    "label": "Dutch → English 1.0",
}


def as_record(package: InstalledPackage) -> dict[str, Any]:
    return TINY | {"size_bytes": package_size(package), "path": str(package.path)}


def test_list_shows_version_size_and_folder(
    tiny_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "list"]) == 0
    assert "No translation models are installed" in capsys.readouterr().out
    package = install_package(tiny_archive)
    assert main(["models", "list"]) == 0
    line = capsys.readouterr().out.strip()
    code, version, label, size, path = line.split("\t")
    assert (code, version, label) == ("translate-nl_en", "1.0", "Dutch → English 1.0")
    assert size.endswith(" MB") and float(size.split()[0]) > 0
    assert path == str(package.path)


def test_download_without_a_code_lists_what_is_offered(
    server: IndexServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "download", "--index", server.base_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("nl_en\t1.0\tDutch → English\t")
    assert "MB" in out
    assert installed_packages() == []


def test_download_a_model(server: IndexServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "download", "nl_en", "--index", server.base_url]) == 0
    captured = capsys.readouterr()
    assert "Installed Dutch → English 1.0" in captured.out
    assert "Downloading: 100% of" in captured.err
    assert [p.code for p in installed_packages()] == ["translate-nl_en"]


def test_download_an_unknown_model(server: IndexServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "download", "xx_yy", "--index", server.base_url]) == 1
    assert "the index offers no model “xx_yy”" in capsys.readouterr().err


def test_download_offline(capsys: pytest.CaptureFixture[str]) -> None:
    with serving() as server:
        server.behaviour["/index.json"] = "missing"
        assert main(["models", "download", "--index", server.base_url]) == 1
    assert "could not reach the model index" in capsys.readouterr().err


def test_download_over_an_installed_model_needs_replace(
    server: IndexServer, tiny_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    install_package(tiny_archive)
    assert main(["models", "download", "nl_en", "--index", server.base_url]) == 2
    assert "pass --replace" in capsys.readouterr().err
    args = ["models", "download", "translate-nl_en", "--index", server.base_url, "--replace"]
    assert main(args) == 0
    assert [p.code for p in installed_packages()] == ["translate-nl_en"]


def test_remove_asks_first_on_a_terminal(
    tiny_archive: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    install_package(tiny_archive)
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert main(["models", "remove", "nl_en"]) == 1
    captured = capsys.readouterr()
    assert "Remove Dutch → English 1.0" in captured.err, "questions go to stderr"
    assert captured.out == ""
    assert len(installed_packages()) == 1
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert main(["models", "remove", "nl_en"]) == 0
    assert installed_packages() == []


def test_remove_without_a_terminal_needs_yes(
    tiny_archive: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    install_package(tiny_archive)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["models", "remove", "translate-nl_en"]) == 2
    assert "pass --yes" in capsys.readouterr().err
    assert len(installed_packages()) == 1
    assert main(["models", "remove", "translate-nl_en", "--yes"]) == 0
    assert "Removed Dutch → English 1.0" in capsys.readouterr().out
    assert installed_packages() == []


def test_remove_an_unknown_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "remove", "nl_en", "--yes"]) == 1
    assert "no installed model is called “nl_en”" in capsys.readouterr().err


def test_a_usage_error_exits_with_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["models", "remove"])
    assert exit_info.value.code == 2


def test_list_json_is_empty_then_names_the_model(
    tiny_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "list", "--json"]) == 0
    assert json_out(capsys) == {"folder": str(packages_dir()), "models": [], "skipped": []}
    package = install_package(tiny_archive)
    assert main(["models", "list", "--json"]) == 0
    (listed,) = json_out(capsys)["models"]
    assert listed == as_record(package)
    assert listed["size_bytes"] > 100_000 and Path(listed["path"]).is_dir()


def test_install_json_describes_the_installed_model(
    tiny_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "install", str(tiny_archive), "--json"]) == 0
    record = json_out(capsys)
    assert record == {"installed": as_record(installed_packages()[0])}
    assert record["installed"]["label"] == "Dutch → English 1.0"


def test_install_json_of_a_bad_file_reports_the_error_on_both_streams(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"not a zip archive")
    assert main(["models", "install", str(bad), "--json"]) == 1
    captured = capsys.readouterr()
    record = json.loads(captured.out)
    assert record["exit_code"] == 1 and "not a zip archive" in record["error"]
    assert captured.err == f"kernpunt: {record['error']}\n"
    assert installed_packages() == []


def test_download_json_lists_the_index_with_what_is_installed(
    server: IndexServer, tiny_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "download", "--index", server.base_url, "--json"]) == 0
    record = json_out(capsys)
    assert record["index"] == server.base_url + "index.json"
    assert record["models"] == [
        TINY
        | {
            "size_bytes": tiny_archive.stat().st_size,
            "installed_versions": [],
        }
    ]
    assert installed_packages() == []
    install_package(tiny_archive)
    assert main(["models", "download", "--index", server.base_url, "--json"]) == 0
    assert json_out(capsys)["models"][0]["installed_versions"] == ["1.0"]


def test_download_json_installs_with_progress_on_stderr_only(
    server: IndexServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "download", "nl_en", "--index", server.base_url, "--json"]) == 0
    captured = capsys.readouterr()
    assert "Downloading: 100% of" in captured.err
    record = json.loads(captured.out)
    assert record == {"installed": as_record(installed_packages()[0])}


def test_json_never_asks_even_on_a_terminal(
    server: IndexServer,
    tiny_archive: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    install_package(tiny_archive)
    monkeypatch.setattr("sys.stdin", Terminal("y\ny\n"))
    assert main(["models", "download", "nl_en", "--index", server.base_url, "--json"]) == 2
    record = json_out(capsys)
    assert record["exit_code"] == 2 and "pass --replace" in record["error"]
    assert main(["models", "remove", "nl_en", "--json"]) == 2
    captured = capsys.readouterr()
    assert "Remove" not in captured.err, "no question was asked"
    assert "pass --yes" in json.loads(captured.out)["error"]
    assert "pass --yes" in captured.err
    assert len(installed_packages()) == 1
    assert server.requests == ["/index.json"], "nothing was downloaded"


def test_remove_json_lists_what_was_removed(
    tiny_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = install_package(tiny_archive)
    expected = as_record(package)
    assert main(["models", "remove", "translate-nl_en", "--yes", "--json"]) == 0
    assert json_out(capsys) == {"removed": [expected]}
    assert installed_packages() == []
    assert not package.path.exists()


def test_an_interrupted_download_exits_130_and_leaves_nothing(
    tiny_archive: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    partial_files: list[Path] = []

    def interrupt(progress: DownloadProgress) -> None:
        partial_files.extend((user_cache_folder() / "downloads").glob("*.part"))
        raise KeyboardInterrupt

    monkeypatch.setattr("kernpunt.cli_models._print_download", interrupt)
    with serving(chunk=32 * 1024, chunk_delay=0.03) as server:
        server.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        args = ["models", "download", "nl_en", "--index", server.base_url, "--json"]
        assert main(args) == 130
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {
        "error": "download cancelled; nothing was installed.",
        "exit_code": 130,
    }
    assert "kernpunt: download cancelled; nothing was installed." in captured.err
    assert len(partial_files) == 1, "the download was under way"
    assert not partial_files[0].exists()
    assert list((user_cache_folder() / "downloads").iterdir()) == []
    assert installed_packages() == []
    assert list(packages_dir().iterdir()) == []


def test_ctrl_c_anywhere_exits_130_with_one_line(
    sample: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("kernpunt.cli.segment", interrupted)
    assert main(["segment", str(sample)]) == 130
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "kernpunt: interrupted.\n")
    assert main(["segment", str(sample), "--json"]) == 130
    assert json_out(capsys) == {"error": "interrupted.", "exit_code": 130}


def test_segment_json_of_an_unreadable_file_is_an_error_object(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "photo.dat"
    binary.write_bytes(bytes(range(256)) * 8)
    assert main(["segment", str(binary), "--json"]) == 1
    record = json_out(capsys)
    assert record["exit_code"] == 1 and "cannot open “photo.dat”" in record["error"]
