import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.core.engine.cache import user_cache_folder
from kernpunt.core.models.download import DownloadProgress, download_package
from kernpunt.core.models.index import (
    DEFAULT_INDEX_BASE,
    AvailablePackage,
    fetch_index,
    index_url,
)
from kernpunt.core.models.packages import (
    ModelError,
    ModelExistsError,
    install_package,
    installed_packages,
    packages_dir,
)
from tests.support.index_server import NL_EN, IndexServer, serving

PACKAGE = "/packages/translate-nl_en-1_0.argosmodel"


def _entry(from_code: str, to_code: str, version: str = "1.0") -> dict[str, Any]:
    names = {"de": "German", "en": "English", "nl": "Dutch", "fr": "French"}
    return {
        **NL_EN,
        "code": f"translate-{from_code}_{to_code}",
        "package_version": version,
        "from_code": from_code,
        "from_name": names[from_code],
        "to_code": to_code,
        "to_name": names[to_code],
    }


@pytest.fixture
def server(tiny_archive: Path) -> Iterator[IndexServer]:
    # Small slow chunks: a transfer lasts long enough to report progress and to cancel.
    with serving(chunk=32 * 1024, chunk_delay=0.03) as server:
        server.add_package(_entry("de", "en")["code"] + ".argosmodel", b"x", _entry("de", "en"))
        server.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        yield server


def _offered(server: IndexServer) -> AvailablePackage:
    return next(p for p in fetch_index(server.base_url) if p.pair == "nl_en")


def _no_leftovers() -> None:
    downloads = user_cache_folder() / "downloads"
    assert not downloads.exists() or list(downloads.iterdir()) == [], "no partial files"
    folder = packages_dir()
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


def test_the_index_address_follows_argos(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARGOS_PACKAGE_INDEX", raising=False)
    assert index_url() == DEFAULT_INDEX_BASE + "index.json"
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://mirror.example/argos/")
    assert index_url() == "http://mirror.example/argos/index.json"
    assert index_url("http://other.example/base") == "http://other.example/base/index.json"
    assert index_url("http://other.example/list.json") == "http://other.example/list.json"


def test_the_index_lists_dutch_to_english_first_with_its_size(
    server: IndexServer, tiny_archive: Path
) -> None:
    offered = fetch_index(server.base_url)
    assert [p.pair for p in offered] == ["nl_en", "de_en"]
    assert offered[0].size == tiny_archive.stat().st_size
    assert offered[1].size is None
    assert offered[0].label == "Dutch → English 1.0"
    assert offered[0].links[0].startswith(server.base_url)


def test_the_environment_names_the_index(
    server: IndexServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", server.base_url)
    assert [p.pair for p in fetch_index()] == ["nl_en", "de_en"]
    assert server.requests == ["/index.json"]


def test_entries_that_cannot_be_downloaded_are_left_out(server: IndexServer) -> None:
    server.files["/index.json"] = (
        b'[{"from_code": "nl", "to_code": "en", "links": []},'
        b' {"type": "sbd", "from_code": "nl", "to_code": "nl", "links": ["http://x/y"]},'
        b' "not an object",'
        b' {"from_code": "nl", "to_code": "fr", "package_version": "2.0",'
        b'  "links": ["ftp://x/y", "http://x/nl_fr.argosmodel"]}]'
    )
    offered = fetch_index(server.base_url)
    assert [(p.pair, p.version, p.links) for p in offered] == [
        ("nl_fr", "2.0", ("http://x/nl_fr.argosmodel",))
    ]


def test_no_server_gives_the_offline_message() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ModelError, match="could not reach the model index"):
        fetch_index(f"http://127.0.0.1:{port}/", timeout=2)


def test_a_stalled_index_times_out(server: IndexServer) -> None:
    server.behaviour["/index.json"] = "stall-headers"
    started = time.monotonic()
    with pytest.raises(ModelError, match="could not reach the model index"):
        fetch_index(server.base_url, timeout=0.3)
    assert time.monotonic() - started < 3


@pytest.mark.parametrize(
    ("body", "behaviour", "message"),
    [
        (b"{not json", "ok", "not a valid package index"),
        (b'{"packages": []}', "ok", "not a valid package index"),
        (b"[]", "missing", "404"),
    ],
)
def test_a_bad_index_says_so(
    server: IndexServer, body: bytes, behaviour: Any, message: str
) -> None:
    server.files["/index.json"] = body
    server.behaviour["/index.json"] = behaviour
    with pytest.raises(ModelError, match=message):
        fetch_index(server.base_url)


def test_only_web_addresses() -> None:
    with pytest.raises(ModelError, match="must start with https"):
        fetch_index("file:///etc/passwd")


def test_download_installs_with_progress(server: IndexServer, tiny_archive: Path) -> None:
    reports: list[DownloadProgress] = []
    package = download_package(_offered(server), reports.append, timeout=5)
    assert [p.path for p in installed_packages()] == [package.path]
    assert package.code == "translate-nl_en"
    assert len(reports) > 1
    assert [r.done for r in reports] == sorted(r.done for r in reports)
    size = tiny_archive.stat().st_size
    assert reports[-1].done == reports[-1].total == size
    assert reports[-1].fraction == 1.0
    assert reports[-1].bytes_per_second > 0
    assert reports[-1].seconds_left == 0
    middle = reports[0]
    assert middle.fraction is not None and 0 < middle.fraction < 1
    assert middle.seconds_left is not None and middle.seconds_left > 0
    _no_leftovers()


def test_cancel_leaves_nothing(server: IndexServer) -> None:
    token = CancelToken()

    def cancel(progress: DownloadProgress) -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        download_package(_offered(server), cancel, token, timeout=5)
    assert installed_packages() == []
    _no_leftovers()


def test_a_broken_transfer_leaves_nothing_and_a_retry_works(server: IndexServer) -> None:
    server.behaviour[PACKAGE] = "drop"
    with pytest.raises(ModelError, match="broke off after"):
        download_package(_offered(server), timeout=5)
    assert installed_packages() == []
    _no_leftovers()
    server.behaviour[PACKAGE] = "ok"
    assert download_package(_offered(server), timeout=5).code == "translate-nl_en"
    _no_leftovers()


def test_a_stalled_transfer_times_out_with_a_clear_message(server: IndexServer) -> None:
    server.behaviour[PACKAGE] = "stall"
    started = time.monotonic()
    with pytest.raises(ModelError, match=r"stalled: the server sent nothing for 0\.5 seconds"):
        download_package(_offered(server), timeout=0.5)
    assert time.monotonic() - started < 5
    assert installed_packages() == []
    _no_leftovers()


def test_a_corrupt_download_is_not_installed(server: IndexServer) -> None:
    server.behaviour[PACKAGE] = "corrupt"
    with pytest.raises(ModelError, match="is damaged"):
        download_package(_offered(server), timeout=5)
    assert installed_packages() == []
    _no_leftovers()


def test_the_next_address_is_tried_when_one_fails(server: IndexServer) -> None:
    offered = _offered(server)
    dead = server.base_url + "packages/gone.argosmodel"
    moved = AvailablePackage(**{**offered.__dict__, "links": (dead, *offered.links)})
    assert download_package(moved, timeout=5).code == "translate-nl_en"
    assert server.requests[-2:] == ["/packages/gone.argosmodel", PACKAGE]


def test_an_installed_package_is_not_downloaded_again_unasked(
    server: IndexServer, tiny_archive: Path
) -> None:
    install_package(tiny_archive)
    offered = _offered(server)
    server.requests.clear()
    with pytest.raises(ModelExistsError, match=r"installed already \(version 1\.0\)"):
        download_package(offered, timeout=5)
    assert server.requests == [], "nothing was downloaded"


def test_replace_swaps_in_the_new_version(server: IndexServer, tmp_path: Path) -> None:
    from tests.support.argos_models import build_package

    install_package(build_package(tmp_path / "old", package_version="0.9"))
    assert [p.version for p in installed_packages()] == ["0.9"]
    package = download_package(_offered(server), timeout=5, replace=True)
    assert [p.version for p in installed_packages()] == ["1.0"]
    assert package.version == "1.0"
    _no_leftovers()


def test_no_socket_is_opened_without_being_asked(
    tiny_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: opened.append(address))
    install_package(tiny_archive)
    installed_packages()
    index_url()
    assert opened == []
