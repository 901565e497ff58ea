"""The tests carry their own data: nothing they read lies outside the project."""

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
# A path built towards a folder beside the clone: `parents[N] / "shared"`, `"../shared/…"`.
OUTSIDE = re.compile(r"""(parents\[\d+\]|\.parent)\s*/\s*["']shared|["']\.\./shared""")


def test_no_test_reads_the_folder_beside_the_clone() -> None:
    found = [
        f"{path.relative_to(TESTS)}:{number}"
        for path in sorted(TESTS.rglob("*.py"))
        if path != Path(__file__).resolve()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert found == [], "tests/data holds what the tests read (tests/data/README.md)"
