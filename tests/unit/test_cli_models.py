import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from kernpunt.cli import main
from kernpunt.core.models import install_package, installed_packages
from tests.support.index_server import IndexServer, serving

NL_EN = {
    "code": "translate-nl_en",
    "package_version": "1.0",
    "from_code": "nl",
    "from_name": "Dutch",
    "to_code": "en",
    "to_name": "English",
}


@pytest.fixture
def server(tiny_archive: Path) -> Iterator[IndexServer]:
    with serving() as server:
        server.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        yield server


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


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
    assert "Remove Dutch → English 1.0" in capsys.readouterr().out
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
