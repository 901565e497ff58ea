"""Kernpunt installed the ways a reader gets it: a wheel, the desktop files, the Flatpak manifest.

The wheel tests build the wheel with ``python -m build`` and install it into a fresh virtual
environment, the way a packager or ``pipx`` would; they take about half a minute (marked slow,
part of ``make test``). The bundle has its own check, ``make bundle``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.support import system_programs

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parent.parent.parent
RESOURCES = REPO / "resources"
APP_ID = "nl.kernpunt.Kernpunt"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
MIME = RESOURCES / f"{APP_ID}.mime.xml"
FLATPAK = REPO / "packaging" / "flatpak"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
ARTICLE_TYPES = {
    "text/plain",
    "text/markdown",
    "text/html",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "application/epub+zip",
    "application/pdf",
}
MODEL_TYPE = "application/x-argos-model"


def tool(name: str) -> str:
    """A system program's path; the test skips without it, or fails under CI."""
    return system_programs.require(name)


def load_script(path: Path) -> ModuleType:
    """Import one of packaging/'s scripts (the folder is no package, by design)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


# The desktop entry, AppStream metainfo, MIME type and icons


def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_desktop_entry_offers_kernpunt_for_every_format_it_reads() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "kernpunt %f"
    assert entry["Icon"] == APP_ID
    assert set(filter(None, entry["MimeType"].split(";"))) == ARTICLE_TYPES | {MODEL_TYPE}


def test_metainfo_is_valid() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_app_its_entry_and_a_real_screenshot() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "kernpunt"
    images = root.findall("screenshots/screenshot/image")
    assert images
    for image in images:
        shot = RESOURCES / "screenshots" / str(image.text).rsplit("/", 1)[1]
        from PySide6.QtGui import QImage

        picture = QImage(str(shot))
        assert (picture.width(), picture.height()) == (
            int(image.get("width", 0)),
            int(image.get("height", 0)),
        )


def test_metainfo_releases_mirror_the_changelog() -> None:
    releases = load_script(REPO / "packaging" / "releases.py")
    changelog = releases.read_changelog((REPO / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert changelog, "CHANGELOG.md has no dated release"
    shown = [
        (
            release.get("version"),
            release.get("date"),
            ["".join(item.itertext()) for item in release.iter("li")],
        )
        for release in ET.parse(METAINFO).getroot().iter("release")
    ]
    expected = [(r.version, r.date, [item.replace("`", "") for item in r.items]) for r in changelog]
    assert shown == expected, "run `make metainfo` after changing CHANGELOG.md"


def test_the_model_file_type_is_known_once_installed(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / f"{APP_ID}.xml")
    subprocess.run([tool("update-mime-database"), str(tmp_path / "mime")], check=True)
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert any(line.endswith(f":{MODEL_TYPE}:*.argosmodel") for line in globs), globs


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_icon_is_the_svg_at_its_size(size: int) -> None:
    from PySide6.QtGui import QImage

    icons = load_script(REPO / "packaging" / "render_icons.py")
    committed = QImage(str(icons.png_path(size)))
    fresh = QImage.fromData(icons.render(icons.SOURCE, size))
    assert (committed.width(), committed.height()) == (size, size)
    difference = sum(
        abs(committed.pixelColor(x, y).lightness() - fresh.pixelColor(x, y).lightness())
        + abs(committed.pixelColor(x, y).alpha() - fresh.pixelColor(x, y).alpha())
        for x in range(size)
        for y in range(size)
    ) / (size * size)
    assert difference < 4, "run `make icons` after changing the SVG"


# The Flatpak manifest, checked as far as a machine without the KDE runtime can


def flatpak_manifest() -> dict[str, object]:
    import yaml

    manifest = yaml.safe_load((FLATPAK / f"{APP_ID}.yml").read_text(encoding="utf-8"))
    assert isinstance(manifest, dict)
    return manifest


def kernpunt_module() -> dict[str, Any]:
    modules = flatpak_manifest()["modules"]
    assert isinstance(modules, list)
    found: dict[str, Any] = next(
        m for m in modules if isinstance(m, dict) and m["name"] == "kernpunt"
    )
    return found


def test_flatpak_manifest_runs_kernpunt_on_a_kde_runtime_whose_python_is_known() -> None:
    manifest = flatpak_manifest()
    assert manifest["id"] == APP_ID and manifest["command"] == "kernpunt"
    assert manifest["runtime"] == "org.kde.Platform" and manifest["sdk"] == "org.kde.Sdk"
    assert "base" not in manifest, "PySide6 comes from its wheel, pinned with the rest"
    generate = load_script(FLATPAK / "generate.py")
    assert manifest["runtime-version"] in generate.RUNTIME_PYTHON
    assert generate.runtime_version() == manifest["runtime-version"]


def test_flatpak_sandbox_is_minimal() -> None:
    finish = flatpak_manifest()["finish-args"]
    assert isinstance(finish, list)
    assert set(finish) == {
        "--share=ipc",
        "--socket=wayland",
        "--socket=fallback-x11",
        "--device=dri",
        "--share=network",
    }, "files come by portal; models live in the sandbox's own data folder"


def test_flatpak_builds_kernpunt_from_a_release_tag_and_its_commit() -> None:
    (source,) = kernpunt_module()["sources"]
    assert source["type"] == "git" and source["url"].startswith("https://")
    assert re.fullmatch(r"v\d+\.\d+\.\d+", source["tag"]), source
    assert re.fullmatch(r"[0-9a-f]{40}", source["commit"]), source
    assert re.fullmatch(source["x-checker-data"]["tag-pattern"], source["tag"])


def test_flatpak_release_writes_the_tag_and_its_commit(tmp_path: Path) -> None:
    release = load_script(FLATPAK / "release.py")
    manifest = tmp_path / f"{APP_ID}.yml"
    shutil.copy(FLATPAK / manifest.name, manifest)
    release.pin_release(manifest, "v9.8.7", "a" * 40)
    text = manifest.read_text(encoding="utf-8")
    assert "tag: 'v9.8.7'\n" in text and f"commit: '{'a' * 40}'\n" in text
    original = (FLATPAK / manifest.name).read_text(encoding="utf-8").splitlines()
    changed = [a for a, b in zip(original, text.splitlines(), strict=True) if a != b]
    assert len(changed) == 2, changed


def test_flatpak_installs_the_desktop_files_where_flatpak_exports_them() -> None:
    commands = "\n".join(kernpunt_module()["build-commands"])
    dest = "${FLATPAK_DEST}/share"
    for source, target in (
        (DESKTOP, f"{dest}/applications/"),
        (METAINFO, f"{dest}/metainfo/"),
        (MIME, f"{dest}/mime/packages/{APP_ID}.xml"),
    ):
        assert f"resources/{source.name} " in commands + " " and target in commands
        assert source.is_file()
    assert f"{dest}/icons/hicolor/scalable/apps/" in commands
    assert f"{dest}/icons/hicolor/${{size}}x${{size}}/apps/" in commands


def wheel_fits(name: str, python: str) -> bool:
    """Whether a wheel's file name says it runs on CPython ``python`` (e.g. "3.13")."""
    python_tag, abi_tag = name.removesuffix(".whl").split("-")[-3:-1]
    cpython = "cp" + python.replace(".", "")
    if python_tag in {"py3", "py2.py3"} or python_tag == cpython:
        return True
    oldest = python_tag.removeprefix("cp")
    return abi_tag == "abi3" and oldest.isdigit() and int(oldest) <= int(cpython[2:])


def test_flatpak_python_modules_are_the_locked_files_for_the_runtimes_python() -> None:
    listed = json.loads((FLATPAK / "python3-requirements.json").read_text(encoding="utf-8"))
    generate = load_script(FLATPAK / "generate.py")
    python = generate.python_version()
    installed = set()
    for module in listed["modules"]:
        assert module["sources"]
        for source in module["sources"]:
            assert source["type"] == "file"
            assert source["url"].startswith("https://"), source
            assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
            file_name = source["url"].rsplit("/", 1)[1]
            if file_name.endswith(".whl"):
                assert wheel_fits(file_name, python), f"{file_name} is not for Python {python}"
            if "only-arches" not in source:
                assert source["x-checker-data"]["type"] == "pypi", source
        installed.update(module["build-commands"][0].split("--no-build-isolation ", 1)[1].split())
    assert installed == set(generate.pins()), "run `make flatpak-sources` after `make lock`"


def test_the_lock_pins_every_dependency_kernpunt_runs_with_a_hash() -> None:
    from importlib.metadata import distribution

    from packaging.requirements import Requirement

    never_imported = {"minisbd", "onnxruntime", "flatbuffers", "protobuf", "filelock"}
    needed: set[str] = set()
    queue = ["kernpunt"]
    while queue:
        for text in distribution(queue.pop()).requires or []:
            requirement = Requirement(text)
            name = re.sub(r"[-_.]+", "-", requirement.name).lower()
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue
            if name not in needed | never_imported:
                needed.add(name)
                queue.append(name)
    lock = (REPO / "packaging" / "requirements.lock").read_text(encoding="utf-8")
    entries = re.findall(r"^([a-z0-9-]+)==\S+ \\\n    --hash=sha256:[0-9a-f]{64}$", lock, re.M)
    assert set(entries) == needed, "run `make lock`"


def test_flatpak_builder_reads_the_manifest(
    system_program: Callable[[str], str], tmp_path: Path
) -> None:
    result = subprocess.run(
        [system_program("flatpak-builder"), "--show-manifest", str(FLATPAK / f"{APP_ID}.yml")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        cwd=tmp_path,  # its state folder, .flatpak-builder/, goes there
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == APP_ID


# The bundle's launcher


def test_the_bundle_uses_the_systems_ca_certificates_or_its_own() -> None:
    launcher = load_script(REPO / "packaging" / "pyinstaller" / "kernpunt_launcher.py")
    fedora = "/etc/pki/tls/certs/ca-bundle.crt"
    assert launcher.ca_bundle({}, lambda path: path == fedora) == fedora
    shipped = launcher.ca_bundle({}, lambda path: False)
    assert shipped is not None and Path(shipped).name == "cacert.pem" and Path(shipped).is_file()
    assert launcher.ca_bundle({"SSL_CERT_FILE": "/mine.pem"}, lambda path: True) is None
    assert launcher.ca_bundle({"SSL_CERT_DIR": "/etc/certs"}, lambda path: True) is None


# The wheel, built and installed like a packager would


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # No build isolation: the build tools come from this environment, not from the network.
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("kernpunt-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh virtual environment with the wheel installed: its bin folder.

    The wheel's dependencies are borrowed from this environment through a .pth file, so the
    test needs no network; the application itself comes only from the wheel (this
    environment's editable install is not visible there: a .pth path line adds a folder
    without running the .pth files inside it).
    """
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    (site,) = (venv / "lib").glob("python*/site-packages")
    borrowed = [path for path in sys.path if path.endswith("site-packages")]
    (site / "kernpunt-test-dependencies.pth").write_text("\n".join(borrowed) + "\n")
    pip = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python")]
    subprocess.run(
        [*pip, "install", "--quiet", "--no-index", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    yield venv / "bin"


def run_installed(bin_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    return subprocess.run(
        [str(bin_dir / args[0]), *map(str, args[1:])],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
        cwd=bin_dir,
    )


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_wheel_holds_the_resources_and_compiled_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kernpunt/resources/samples/navo-ministers-2021-03.nl.txt" in names
    assert {"kernpunt/translations/kernpunt_nl.qm", "kernpunt/translations/kernpunt_en.qm"} <= names
    for size in ICON_SIZES:
        assert f"kernpunt/resources/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in names
    assert not [name for name in names if "screenshots" in name or name.startswith("tests/")]


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_installed_wheel_starts_and_shows_the_sample(installed: Path, tmp_path: Path) -> None:
    version = run_installed(installed, "kernpunt", "--version")
    assert version.returncode == 0 and version.stdout.startswith("kernpunt "), version.stderr
    for language in ("en", "nl"):
        shot = tmp_path / f"window-{language}.png"
        result = run_installed(
            installed, "kernpunt", "--screenshot", shot, "--ui-language", language
        )
        assert result.returncode == 0, result.stderr
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_installed_wheel_finds_its_sample_and_dutch_interface(installed: Path) -> None:
    ts = ET.parse(REPO / "translations" / "kernpunt_nl.ts").getroot()
    context = ts.find("context")
    assert context is not None
    message = context.find("message")
    assert message is not None
    check = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from kernpunt.core import paths\n"
        "from kernpunt.ui.i18n import install_translator\n"
        "app = QCoreApplication([])\n"
        "sample = paths.sample_article()\n"
        "print(sample.is_file(), sample.is_relative_to(sys.prefix))\n"
        "print(install_translator(app, 'nl'))\n"
        "print(QCoreApplication.translate(sys.argv[1], sys.argv[2]))\n"
    )
    result = run_installed(
        installed,
        "python",
        "-c",
        check,
        context.findtext("name", ""),
        message.findtext("source", ""),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["True True", "nl", message.findtext("translation")]


# The oldest pip a reader may still have: Debian 12 ships 23.0.1, many venvs hold 23.2.1.
OLD_PIP = "23.2.1"


def old_pip_wheel() -> Path:
    """The wheel of pip OLD_PIP, kept in .cache/ by `make test` (pip runs from a wheel file)."""
    found = sorted((REPO / ".cache" / "pip").glob(f"pip-{OLD_PIP}-*.whl"))
    if found:
        return found[0]
    reason = f"pip {OLD_PIP}'s wheel is not in .cache/pip: run `make test` (or `make old-pip`)"
    if system_programs.in_ci():
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_an_old_pip_resolves_and_installs_the_wheel(wheel: Path, tmp_path: Path) -> None:
    """A pip before 24 resolves the wheel's dependencies, which it once stopped on.

    It resolves every requirement against the borrowed environment (nothing is downloaded:
    ``--no-index``), so an older pip's resolver meets the same dependency tree as a reader's.
    """
    pip_wheel = old_pip_wheel()
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    (site,) = (venv / "lib").glob("python*/site-packages")
    borrowed = [path for path in sys.path if path.endswith("site-packages")]
    (site / "kernpunt-test-dependencies.pth").write_text("\n".join(borrowed) + "\n")
    python = venv / "bin" / "python"
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_NO_INPUT": "1", "PYTHONPATH": ""}
    env.pop("PIP_FIND_LINKS", None)
    result = subprocess.run(
        [python, pip_wheel / "pip", "install", "--no-index", "--disable-pip-version-check", wheel],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        f"pip {OLD_PIP}"
        in subprocess.run(
            [python, pip_wheel / "pip", "--version"], capture_output=True, text=True, check=True
        ).stdout
    )
    version = run_installed(venv / "bin", "kernpunt", "--version")
    assert version.returncode == 0 and version.stdout.startswith("kernpunt "), version.stderr
