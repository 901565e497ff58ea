"""Kernpunt's translation engine: an Argos package run directly on CTranslate2.

argostranslate's own ``translate()`` sends one paragraph at a time with a small token budget, so
most sentences become batches of one; here every sentence of the article goes into one streaming
job of growing batches, with a few batches in flight so both cores stay busy and the first
sentence comes back at once.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from kernpunt.core.cancel import CancelToken
from kernpunt.core.models import InstalledPackage, ModelError

Mode = Literal["quality", "fast"]

# The first batch is small so the first sentence shows quickly; later ones grow to keep the
# cores busy with few padding tokens.
FIRST_BATCH_TOKENS = 48
MAX_BATCH_TOKENS = 2048


@dataclass(frozen=True)
class Progress:
    """How far a translation job has come.

    Attributes:
        done: Sentences translated so far.
        total: Sentences in the job.
        tokens: Target tokens produced so far.
        elapsed: Seconds since the job started.
    """

    done: int
    total: int
    tokens: int
    elapsed: float

    @property
    def tokens_per_second(self) -> float:
        """Target tokens per second so far."""
        return self.tokens / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        """An estimate of the seconds still needed, once there is something to go on."""
        if self.done == 0 or self.elapsed <= 0:
            return None
        return self.elapsed / self.done * (self.total - self.done)


ResultCallback = Callable[[int, str], None]
ProgressCallback = Callable[[Progress], None]


def physical_cores() -> int:
    """Return the number of physical CPU cores (hyper-threads do not speed up CTranslate2)."""
    cores = set()
    for topology in Path("/sys/devices/system/cpu").glob("cpu[0-9]*/topology"):
        try:
            package = (topology / "physical_package_id").read_text().strip()
            core = (topology / "core_id").read_text().strip()
        except OSError:
            continue
        cores.add((package, core))
    return len(cores) or os.cpu_count() or 1


def max_output_tokens(source_tokens: int) -> int:
    """Bound a translation's length by its source's, so a looping model cannot run away."""
    return int(source_tokens * 2 + 10)


class Translator:
    """Translates sentences with one installed Argos package.

    Loading the model is deferred to the first translation, which runs on a worker. A Translator
    is used by one job at a time.
    """

    def __init__(self, package: InstalledPackage, *, mode: Mode = "quality") -> None:
        self.package = package
        self.mode: Mode = mode
        self._model: Any = None
        self._tokenizer: Any = None

    @property
    def beam_size(self) -> int:
        """Beam width for the current mode."""
        return 4 if self.mode == "quality" else 1

    def load(self) -> None:
        """Load the model and tokenizer, if not loaded yet.

        Raises:
            ModelError: The package's model or tokenizer cannot be loaded.
        """
        if self._model is not None:
            return
        import ctranslate2

        cores = physical_cores()
        # Two batches in flight on one thread each beat one batch on two threads (DESIGN.md).
        inter = 2 if cores >= 2 else 1
        try:
            self._tokenizer = _load_tokenizer(self.package)
            self._model = ctranslate2.Translator(
                str(self.package.model_dir),
                device="cpu",
                inter_threads=inter,
                intra_threads=max(1, cores // inter),
            )
        except (RuntimeError, ValueError, OSError) as error:
            raise ModelError(
                f"The model “{self.package.label}” could not be loaded: {error}"
            ) from error

    def translate(
        self,
        sentences: Sequence[str],
        *,
        on_result: ResultCallback | None = None,
        on_progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> list[str | None]:
        """Translate sentences, delivering each result in source order as soon as it is ready.

        Args:
            sentences: The sentences to translate.
            on_result: Called with (index, translation) for every finished sentence, in order.
            on_progress: Called after every finished batch.
            cancel: Stops the job between batches; finished sentences are kept.

        Returns:
            One translation per sentence; None for the ones a cancel left untranslated.
        """
        self.load()
        started = time.perf_counter()
        tokenized = [self._tokenizer.encode(sentence) for sentence in sentences]
        results: list[str | None] = [None] * len(sentences)
        pending: deque[tuple[list[int], Any]] = deque()
        batches = iter(_batches(tokenized))
        in_flight = max(2, self._model.num_translators + 1)
        done = tokens = 0
        while True:
            while len(pending) < in_flight and not (cancel and cancel.cancelled):
                batch = next(batches, None)
                if batch is None:
                    break
                pending.append((batch, self._submit([tokenized[i] for i in batch])))
            if not pending:
                break
            batch, futures = pending.popleft()
            for index, future in zip(batch, futures, strict=True):
                if cancel and cancel.cancelled:
                    break
                hypothesis = future.result().hypotheses[0]
                text = results[index] = self._decode(hypothesis)
                tokens += len(hypothesis)
                done += 1
                if on_result:
                    on_result(index, text)
            if on_progress:
                on_progress(Progress(done, len(sentences), tokens, time.perf_counter() - started))
            if cancel and cancel.cancelled:
                break
        return results

    def _submit(self, batch: list[list[str]]) -> Any:
        prefix = self.package.target_prefix
        longest = max(len(tokens) for tokens in batch)
        return self._model.translate_batch(
            batch,
            asynchronous=True,
            beam_size=self.beam_size,
            max_batch_size=MAX_BATCH_TOKENS,
            batch_type="tokens",
            max_decoding_length=max_output_tokens(longest),
            target_prefix=[[prefix]] * len(batch) if prefix else None,
            replace_unknowns=True,
        )

    def _decode(self, tokens: list[str]) -> str:
        prefix = self.package.target_prefix
        if prefix and tokens and tokens[0] == prefix:
            tokens = tokens[1:]
        return str(self._tokenizer.decode(tokens)).strip()


def _batches(tokenized: Sequence[Sequence[str]]) -> list[list[int]]:
    """Group sentence indices, in order, into batches of growing token budgets."""
    batches: list[list[int]] = []
    budget = FIRST_BATCH_TOKENS
    current: list[int] = []
    size = 0
    for index, tokens in enumerate(tokenized):
        if current and size + len(tokens) > budget:
            batches.append(current)
            budget = min(budget * 2, MAX_BATCH_TOKENS)
            current, size = [], 0
        current.append(index)
        size += len(tokens)
    if current:
        batches.append(current)
    return batches


class _SentencePiece:
    """SentencePiece with a faithful decode.

    argostranslate's decode turns every ``_`` into a space; this one returns what the model
    wrote.
    """

    def __init__(self, path: Path) -> None:
        import sentencepiece

        self._processor = sentencepiece.SentencePieceProcessor(model_file=str(path))

    def encode(self, text: str) -> list[str]:
        return list(self._processor.encode(text, out_type=str))

    def decode(self, tokens: list[str]) -> str:
        return str(self._processor.decode_pieces(tokens))


def _load_tokenizer(package: InstalledPackage) -> Any:
    path = package.tokenizer_path
    if path.name == "sentencepiece.model":
        return _SentencePiece(path)
    from argostranslate.tokenizer import BPETokenizer

    return BPETokenizer(path, package.from_code, package.to_code)
