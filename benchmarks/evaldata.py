"""Where the benchmarks find their texts: in the project, or in the evaluation folder beside it.

The texts the tests use too live in the project (``tests/data/``, ``resources/samples/``). Larger
evaluation sets (more treebanks, the article-extraction benchmark) stay outside it, in the folder
named by ``KERNPUNT_EVAL_DIR``, by default ``../shared/eval`` beside the clone. ``eval_file`` says
which file is missing and where it was looked for, instead of a traceback.
"""

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEST_DATA = REPO / "tests" / "data"
# The article Kernpunt shows on first start, and about 5,300 words of Dutch treebank prose.
SAMPLE = REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt"
LONG_SAMPLE = TEST_DATA / "lassy-long-5k-words.nl.txt"
# UD_Dutch-LassySmall, test section (tests/data/README.md).
TREEBANK = TEST_DATA / "nl_lassysmall-ud-test.conllu"
EVAL_DIR_VARIABLE = "KERNPUNT_EVAL_DIR"


def eval_dir() -> Path:
    """Return ``$KERNPUNT_EVAL_DIR``, or else ``../shared/eval`` beside the clone."""
    configured = os.environ.get(EVAL_DIR_VARIABLE)
    return Path(configured) if configured else REPO.parent / "shared" / "eval"


def eval_file(name: str) -> Path:
    """Return a file of the evaluation folder, or stop the benchmark saying where it was expected.

    Args:
        name: The file's path inside the evaluation folder.

    Returns:
        The file's path.

    Raises:
        SystemExit: The file is missing.
    """
    path = eval_dir() / name
    if not path.exists():
        raise SystemExit(
            f"This benchmark needs the evaluation data {name!r}, which is not at {path}. "
            f"Set {EVAL_DIR_VARIABLE} to the folder that holds it (by default ../shared/eval "
            "beside the clone); the tests never need it."
        )
    return path
