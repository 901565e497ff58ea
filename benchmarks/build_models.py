"""Build, or reuse from the cache, a random-weight Argos package and describe it.

Usage: ``python benchmarks/build_models.py [--shape nlen|tiny]``. Prints the package's path, its
size, how long the build took, and how many SentencePiece tokens its tokenizer makes per Dutch
word of the long sample article: the figure that makes benchmark sentences realistically long.
"""

import argparse
import sys
import time
import zipfile
from pathlib import Path

import sentencepiece as spm

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "tests" / "data" / "lassy-long-5k-words.nl.txt"


def tokens_per_word(package: Path, text: str) -> float:
    """Measure a package's tokenizer on Dutch text.

    Args:
        package: An ``.argosmodel`` file.
        text: Dutch text, one paragraph per line.

    Returns:
        SentencePiece tokens per whitespace-separated word.
    """
    with zipfile.ZipFile(package) as archive:
        name = next(n for n in archive.namelist() if n.endswith("/sentencepiece.model"))
        processor = spm.SentencePieceProcessor(model_proto=archive.read(name))
    lines = [line for line in text.splitlines() if line.strip()]
    tokens = sum(len(processor.encode(line)) for line in lines)
    return tokens / len(text.split())


def main(argv: list[str] | None = None) -> None:
    """Build or reuse the package and print its figures.

    Args:
        argv: Command-line arguments; ``sys.argv[1:]`` when None.
    """
    # tests/ is not installed; the support module is imported from the checkout.
    sys.path.insert(0, str(REPO))
    from tests.support.argos_models import SHAPES, cached_package

    parser = argparse.ArgumentParser(description="Build or reuse a random-weight Argos package.")
    parser.add_argument("--shape", choices=SHAPES, default="nlen")
    args = parser.parse_args(argv)

    started = time.time()
    package = cached_package(args.shape)
    seconds = time.time() - started
    built_now = package.stat().st_mtime >= started
    ratio = tokens_per_word(package, SAMPLE.read_text(encoding="utf-8"))

    print(f"package: {package}")
    print(f"size: {package.stat().st_size / 1e6:.1f} MB")
    print(f"build: {seconds:.1f} s" if built_now else "build: reused from the cache")
    print(f"tokens per Dutch word: {ratio:.2f} ({SAMPLE.name})")


if __name__ == "__main__":
    main()
