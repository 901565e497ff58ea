"""README's speed figures are the ones benchmarks/RESULTS.md holds for the current code."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# A measured figure: a number with its unit, as the benchmarks write them.
UNITS = r"(?:s|ms|×|%|MB|MiB|GB|GiB|tok/s|tokens/s|articles/min|words/s|sentences/s)"
FIGURE = re.compile(rf"(?<![\w.])\d[\d,]*(?:\.\d+)?\s?{UNITS}(?![\w/])")
# A number with a decimal point: a score (F1 0.971), a ratio or a time however it is written.
DECIMAL = re.compile(r"(?<![\w.,])\d+\.\d+(?![\d.]*\d)")


def figures(text: str) -> list[str]:
    text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)  # commands, not measurements
    return [re.sub(r"\s", " ", figure) for figure in FIGURE.findall(text)]


def decimals(text: str) -> list[str]:
    text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    text = re.sub(r"\[[^]]*\]\([^)]*\)", "", text)  # links: file names and versions
    return DECIMAL.findall(text)


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


def test_every_number_in_the_performance_text_is_in_the_results() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    results = set(decimals((REPO / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")))
    quoted = decimals(performance_section(readme))
    assert quoted, "the Performance section quotes measured numbers"
    missing = [number for number in quoted if number not in results]
    assert not missing, f"README's Performance section quotes numbers RESULTS.md lacks: {missing}"


def test_the_check_catches_a_stale_figure() -> None:
    results = "| Quality (beam 4) | 12.3 s | 335 tok/s | 3.9 articles/min | F1 **0.971** |"
    quoted = "8.7 articles/min, 335 tok/s, 93 % of the reference, 1.8× faster"
    assert set(figures(quoted)) - set(figures(results)) == {"8.7 articles/min", "93 %", "1.8×"}
    assert set(decimals("F1 0.971, readability 0.921")) - set(decimals(results)) == {"0.921"}


def test_make_bench_runs_every_benchmark_the_figures_come_from() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    listed = re.search(r"^BENCHMARKS := (.*)$", makefile, flags=re.MULTILINE)
    assert listed, "the Makefile lists the benchmarks `make bench` runs"
    names = listed.group(1).split()
    # Issue 19's benchmarks: start-up, brief scaling, brief first, responsiveness, translation.
    assert {"startup", "brief_scaling", "brief", "responsiveness", "translate"} <= set(names)
    assert all((REPO / "benchmarks" / f"{name}.py").exists() for name in names)
    recipe = makefile.split("\nbench:", 1)[1].split("\n\n", 1)[0]
    assert "build_models.py --shape nlen" in recipe and "$(BENCHMARKS)" in recipe
    assert "in all" in recipe, "make bench prints its total time"
