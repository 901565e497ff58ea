"""The real ``kernpunt`` program, started as a process."""

import subprocess
from pathlib import Path

import pytest

from kernpunt import __version__
from tests.support.commands import run_kernpunt, run_python

pytestmark = pytest.mark.e2e


def run(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return run_kernpunt(*args, timeout=timeout, offscreen=True)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kernpunt {__version__}"


def test_screenshot_without_a_model(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    result = run("--screenshot", shot)
    assert result.returncode == 0, result.stderr
    width, height = png_size(shot)
    assert width >= 800 and height >= 500


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("language", ["en", "nl"])
def test_screenshot_in_each_theme_and_language(tmp_path: Path, theme: str, language: str) -> None:
    shot = tmp_path / "window.png"
    result = run("--screenshot", shot, "--theme", theme, "--ui-language", language)
    assert result.returncode == 0, result.stderr
    assert png_size(shot)[0] >= 800
    # A dark window is mostly dark: the image's average brightness tells the themes apart.
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    samples = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 37)
        for y in range(0, image.height(), 41)
    ]
    average = sum(samples) / len(samples)
    assert (average < 110) if theme == "dark" else (average > 150)


def test_screenshot_with_a_model_waits_for_translation(
    tmp_path: Path, installed_model: Path, sample: Path
) -> None:
    shot = tmp_path / "window.png"
    result = run("--screenshot", shot, sample)
    assert result.returncode == 0, result.stderr
    assert png_size(shot)[0] >= 800


def test_screenshot_of_an_unreadable_article_fails(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    result = run("--screenshot", shot, tmp_path / "missing.txt")
    assert result.returncode == 1
    assert shot.exists(), "the window, with its message, is still captured"


def test_segment_prints_one_sentence_per_line(sample: Path) -> None:
    result = run("segment", sample)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 15
    assert lines[0].startswith("De ministers van Buitenlandse Zaken")
    assert lines[10] == "'We blijven geloven in dialoog'"


def test_translate_without_a_model_says_why(sample: Path, tmp_path: Path) -> None:
    result = run("translate", sample, "-o", tmp_path / "out.md")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "no Dutch → English model is installed" in result.stderr
    assert not (tmp_path / "out.md").exists()


def test_translate_an_unreadable_article(tmp_path: Path, installed_model: Path) -> None:
    result = run("translate", tmp_path / "missing.txt")
    assert result.returncode == 1
    assert "no longer exists" in result.stderr


def test_translate_writes_markdown(sample: Path, tmp_path: Path, installed_model: Path) -> None:
    out = tmp_path / "navo.md"
    result = run("translate", sample, "-o", out)
    assert result.returncode == 0, result.stderr
    markdown = out.read_text(encoding="utf-8")
    brief = markdown.split("## Brief")[1].split("## Translation")[0]
    assert len([line for line in brief.splitlines() if line.startswith("- ")]) == 3
    assert "translate-nl\\_en 1.0" in markdown, "the model is named, Markdown-escaped"


def test_translate_to_stdout(sample: Path, installed_model: Path) -> None:
    result = run("translate", sample, "--fast")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# De ministers")
    assert "## Translation" in result.stdout


def test_models_install_and_list(tiny_archive: Path) -> None:
    empty = run("models", "list")
    assert empty.returncode == 0
    assert "No translation models are installed" in empty.stdout
    installed = run("models", "install", tiny_archive)
    assert installed.returncode == 0, installed.stderr
    assert "Dutch → English 1.0" in installed.stdout
    listed = run("models", "list")
    assert "translate-nl_en\t1.0" in listed.stdout
    again = run("models", "install", tiny_archive)
    assert again.returncode == 1
    assert "installed already" in again.stderr


def test_models_install_rejects_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"garbage")
    result = run("models", "install", bad)
    assert result.returncode == 1
    assert "not a zip archive" in result.stderr


def test_window_appears_before_heavy_libraries_load(sample: Path) -> None:
    """Start-up stays fast: translation and summarizing libraries load on first use."""
    code = """
import sys
from PySide6.QtWidgets import QApplication
from kernpunt.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow()
window.show()
window.open_article(__import__("pathlib").Path(sys.argv[1]))
window.refresh_models()
while not window.settled:
    app.processEvents()
assert window.view.source_pane.toPlainText().startswith("De ministers")
heavy = {"ctranslate2", "argostranslate", "sumy", "nltk", "sentencepiece"}
print(sorted(m for m in sys.modules if m.split(".")[0] in heavy))
window.close()
"""
    result = run_python("-c", code, sample, timeout=60, offscreen=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
