import ast
import subprocess
import sys
from pathlib import Path

import kernpunt

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
