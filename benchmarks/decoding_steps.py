"""What one decoding step costs, by the sentences in the batch, greedy and at beam 4.

The nl→en-shaped random-weight package on one CTranslate2 thread: one source sentence of 36
tokens repeated n times, decoded to a forced 60 and 20 target tokens; the difference over the 40
extra steps is the cost of a step, the encoder cancelled out. CPU time, so the figures hold on a
shared machine. A step reads all the decoder's weights and the 67,028-word output layer whatever
the batch, so its cost is a fixed part plus a part per decoded row (a sentence at greedy, four at
beam 4): that is what bounds how much faster greedy can be than beam 4 on a short article, where
two cores leave only a few sentences per batch (``benchmarks/translate.py`` reports the ratio).

Usage: python benchmarks/decoding_steps.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import load_average, record  # benchmarks/ is a folder of scripts
from translate import DOCUMENT, prepare_package, sentences_of

SIZES = {1: (1, 2, 4, 8, 16, 32, 64), 4: (1, 2, 4, 8, 16)}
SOURCE_TOKENS = 36


def step_costs(rounds: int) -> dict[tuple[int, int], float]:
    """Return the median CPU ms of one step for every (beam, sentences) pair."""
    import ctranslate2

    from kernpunt.core.engine.tokenizers import load_tokenizer
    from kernpunt.core.models.packages import find_package

    with tempfile.TemporaryDirectory() as temporary:
        package = find_package("nl", "en", prepare_package(Path(temporary)).parent)
        assert package is not None
        tokenizer = load_tokenizer(package)
        encoded = (tokenizer.encode(text) for _, text in sentences_of(DOCUMENT))
        source = next(t for t in encoded if len(t) >= SOURCE_TOKENS)[:SOURCE_TOKENS]
        model = ctranslate2.Translator(
            str(package.model_dir), device="cpu", inter_threads=1, intra_threads=1
        )
        prefix = package.target_prefix

        def cpu(sentences: int, beam: int, length: int) -> float:
            started = time.process_time()
            model.translate_batch(
                [source] * sentences,
                beam_size=beam,
                max_batch_size=0,
                target_prefix=[[prefix]] * sentences if prefix else None,
                min_decoding_length=length,
                max_decoding_length=length,
            )
            return time.process_time() - started

        costs: dict[tuple[int, int], list[float]] = {}
        for _ in range(rounds):
            for beam, sizes in SIZES.items():
                for n in sizes:
                    step = (cpu(n, beam, 61) - cpu(n, beam, 21)) / 40 * 1000
                    costs.setdefault((beam, n), []).append(step)
    return {key: statistics.median(values) for key, values in costs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    costs = step_costs(args.rounds)
    rows = [
        f"CPU time of one decoding step on one thread, median of {args.rounds} rounds, nl→en "
        f"shape, a {SOURCE_TOKENS}-token source repeated; load average (1 min) at the end "
        f"{load_average():.1f}.",
        "",
        "| sentences in the batch | greedy: ms per step | greedy: ms per sentence | "
        "beam 4: ms per step | beam 4: ms per sentence | beam 4 / greedy |",
        "|---|---|---|---|---|---|",
    ]
    for n in SIZES[1]:
        greedy = costs[(1, n)]
        beam = costs.get((4, n))
        beam_cells = f"{beam:.1f} | {beam / n:.2f} | {beam / greedy:.2f}×" if beam else "— | — | —"
        rows.append(f"| {n} | {greedy:.1f} | {greedy / n:.2f} | {beam_cells} |")
    per_row = (costs[(1, 64)] - costs[(1, 32)]) / 32
    fixed = costs[(1, 32)] - 32 * per_row
    rows += [
        "",
        f"A step costs about {fixed:.1f} ms whatever the batch and {per_row:.2f} ms per decoded "
        "row (a sentence at greedy, four at beam 4). With n sentences per batch in both modes "
        "greedy can be at most (fixed + 4·n·row) / (fixed + n·row) faster per token: it passes "
        f"2.5× only from about {fixed / per_row:.0f} sentences per "
        "batch, so on two cores only an article of about twice that many sentences can keep "
        "both modes' batches that large.",
    ]
    record("decoding-steps", "Decoding step cost", "python benchmarks/decoding_steps.py", rows)


if __name__ == "__main__":
    main()
