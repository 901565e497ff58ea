"""Test isolation: no user folders, no network, offscreen Qt, and a tiny real Argos model."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.support import system_programs
from tests.support.argos_models import cached_package, install_package

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis: "ci", the default, keeps the normal suite fast and gives every run of a commit the
# same examples, so a result never depends on luck; "long" is `make fuzz`, which draws new ones
# every run to find what the suite does not yet hold. The machines are shared, so no per-example
# deadline. Failing inputs are printed for an @example(...) line.
settings.register_profile("ci", deadline=None, print_blob=True, derandomize=True)
settings.register_profile(
    "long",
    max_examples=2_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt"


class NetworkAccessError(AssertionError):
    """A test tried to reach a host other than this machine."""


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        if host == "localhost":
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False
    return isinstance(address, str | bytes)  # Unix sockets stay on the machine.


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_loopback(address):
        raise NetworkAccessError(f"a test tried to connect to {address!r}")
    _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_loopback(address):
        raise NetworkAccessError(f"a test tried to connect to {address!r}")
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


def pytest_configure(config: pytest.Config) -> None:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def isolated_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every user folder Kernpunt, Argos, Qt and NLTK could use at tmp_path."""
    home = tmp_path / "home"
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("ARGOS_PACKAGES_DIR", "data/argos-translate/packages"),
        ("NLTK_DATA", "nltk_data"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture(scope="session")
def tiny_archive() -> Path:
    """A tiny random-weight nl→en .argosmodel, built once."""
    return cached_package("tiny")


@pytest.fixture
def installed_model(tiny_archive: Path) -> Iterator[Path]:
    """The tiny model installed in this test's own Argos package folder."""
    yield install_package(tiny_archive, Path(os.environ["ARGOS_PACKAGES_DIR"]))


@pytest.fixture
def model_loads(installed_model: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The model folders CTranslate2 loads from now on, one entry per load."""
    import ctranslate2

    loads: list[str] = []
    real = ctranslate2.Translator

    def counting(path: str, **options: object) -> object:
        loads.append(path)
        return real(path, **options)

    monkeypatch.setattr(ctranslate2, "Translator", counting)
    return loads


@pytest.fixture
def system_program() -> Callable[[str], str]:
    """Find a system program by name; skip without it, or fail under CI (tests/support)."""
    return system_programs.require


@pytest.fixture
def sample() -> Path:
    """The bundled sample article."""
    return SAMPLE
