"""README's speed figures are the ones benchmarks/RESULTS.md holds for the current code."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# A measured figure: a number with its unit, as the benchmarks write them.
FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?\s?(?:s|ms|×|MB|tok/s|articles/min)(?!\w)")


def figures(text: str) -> list[str]:
    text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)  # commands, not measurements
    return [re.sub(r"\s", " ", figure) for figure in FIGURE.findall(text)]


def performance_section(readme: str) -> str:
    match = re.search(r"^## Performance\n(.*?)(?=^## )", readme, flags=re.DOTALL | re.MULTILINE)
    assert match, "README has a Performance section"
    return match.group(1)


def test_every_figure_in_the_readme_is_in_the_results() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    results = (REPO / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")
    measured = set(figures(results))
    quoted = figures(readme)
    assert figures(performance_section(readme)), "the Performance section quotes figures"
    missing = [figure for figure in quoted if figure not in measured]
    assert not missing, f"README quotes figures RESULTS.md does not hold: {missing}"


def test_the_check_catches_a_stale_figure() -> None:
    results = "| Quality (beam 4) | 12.3 s | 335 tok/s | 3.9 articles/min |"
    assert set(figures("8.7 articles/min and 335 tok/s")) - set(figures(results)) == {
        "8.7 articles/min"
    }
