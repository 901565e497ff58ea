import ast
import subprocess
import sys
from pathlib import Path

import kernpunt
from tests.support.commands import run_python

CORE = Path(kernpunt.__file__).parent / "core"


def test_core_never_imports_qt() -> None:
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(name.split(".")[0] == "PySide6" for name in names), path


def test_importing_the_whole_core_loads_no_qt() -> None:
    modules = sorted(f"kernpunt.core.{path.stem}" for path in CORE.glob("*.py"))
    code = (
        f"import sys\nfor name in {modules!r}: __import__(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'ctranslate2', 'argostranslate', 'sumy', 'nltk'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]", "the core imports heavy libraries only when it works"


def test_exporting_every_core_format_loads_no_qt(tmp_path: Path) -> None:
    code = """
import sys
from pathlib import Path
from kernpunt.core.export import FORMATS, render
from tests.support.export_documents import structured_document

document = structured_document(Path(sys.argv[1]))
written = {key: len(render(document, key)) for key in FORMATS}
qt = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'})
print(sorted(written), all(written.values()), qt)
"""
    result = run_python("-c", code, tmp_path, cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['docx', 'html', 'json', 'md', 'odt', 'txt'] True []", (
        "every core format renders, and none of them loads Qt"
    )


def test_core_never_names_the_window_or_the_qt_exports() -> None:
    for path in CORE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in ("kernpunt.qtexport", "kernpunt.ui"):
            assert name not in text, f"{path} mentions {name}"


def test_the_pdf_export_is_registered_from_outside_the_core_and_loads_qt_only_to_render() -> None:
    code = (
        "import sys\nimport kernpunt.core.export as export\n"
        "before = 'pdf' in export.FORMATS\nimport kernpunt.qtexport\n"
        "print(before, 'pdf' in export.FORMATS, 'PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True", "False"]
