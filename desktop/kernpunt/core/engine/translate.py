"""Kernpunt's translation engine: an Argos package run directly on CTranslate2.

argostranslate's own ``translate()`` sends one paragraph at a time with a small token budget, so
most sentences become batches of one. Here every sentence of the article goes into one streaming
job: a small first batch so the first sentence shows at once, then growing windows of sentences
sorted by length and cut by a token budget, as CTranslate2 does best with the whole article at
once, two batches for each translator in flight so every core stays busy. Results still reach
the caller in source order, cached sentences without touching the model.
"""

from __future__ import annotations

import bisect
import itertools
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from kernpunt.core.cancel import CancelToken
from kernpunt.core.engine.cache import TranslationCache, model_identity
from kernpunt.core.engine.repetition import RETRY_OPTIONS, looks_looped
from kernpunt.core.engine.sentence_batches import (
    GREEDY_BATCH_TOKENS,
    HYPOTHESIS_TOKENS,
    plan_batches,
)

# Re-exported: the pipeline and the window know progress and callbacks from this module.
from kernpunt.core.engine.streaming import Progress as Progress
from kernpunt.core.engine.streaming import ProgressCallback as ProgressCallback
from kernpunt.core.engine.streaming import ResultCallback as ResultCallback
from kernpunt.core.engine.streaming import ResultStream
from kernpunt.core.models.packages import InstalledPackage, ModelError

Mode = Literal["quality", "fast"]

# Part of every cache key: raise it when a change to decoding changes what a sentence becomes.
ENGINE_VERSION = 2


def physical_cores() -> int:
    """Return the number of physical CPU cores this process may use.

    Hyper-threads do not speed CTranslate2 up, so siblings count once; a CPU affinity mask (a
    container, ``taskset``) lowers the count.
    """
    cores = set()
    for topology in Path("/sys/devices/system/cpu").glob("cpu[0-9]*/topology"):
        try:
            package = (topology / "physical_package_id").read_text().strip()
            core = (topology / "core_id").read_text().strip()
        except OSError:
            continue
        cores.add((package, core))
    count = len(cores) or os.cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        count = min(count, len(os.sched_getaffinity(0)))
    return max(1, count)


def max_output_tokens(source_tokens: int) -> int:
    """Bound a translation's length by its source's, so a looping model cannot run away."""
    return int(source_tokens * 2 + 10)


class Translator:
    """Translates sentences with one installed Argos package.

    Loading the model is deferred to the first translation, which runs on a worker. A Translator
    is used by one job at a time.

    Attributes:
        package: The Argos package.
        mode: ``quality`` (beam search of width 4) or ``fast`` (greedy).
        cache: Where finished sentences are kept and looked up; None for no cache.
        retries: How many looping translations were decoded again, since creation.
    """

    def __init__(
        self,
        package: InstalledPackage,
        *,
        mode: Mode = "quality",
        cache: TranslationCache | None = None,
        threads: int | None = None,
        forced_length: Callable[[int], int] | None = None,
    ) -> None:
        """Prepare a translator; nothing is loaded yet.

        Args:
            package: The Argos package.
            mode: ``quality`` or ``fast``.
            cache: The translation cache to use, if any.
            threads: CPU threads to translate with; None for one per physical core.
            forced_length: For measurements only: make every output exactly this many tokens
                long, as a function of its source's token count, so that two engines produce
                the same work. Each batch is decoded to the forced length of its longest
                sentence and every output cut to its own, so the extra steps are paid for and
                not counted. Such outputs are never cached, and the repetition guard stays out.
        """
        self.package = package
        self.mode: Mode = mode
        self.cache = cache
        self.threads = threads
        self.forced_length = forced_length
        self.retries = 0
        self._model: Any = None
        self._tokenizer: Any = None
        self._identity: str | None = None

    @property
    def beam_size(self) -> int:
        """Beam width for the current mode."""
        return 4 if self.mode == "quality" else 1

    @property
    def batch_tokens(self) -> int:
        """Padded source tokens per batch for the current mode, after the first batch."""
        return HYPOTHESIS_TOKENS // 4 if self.mode == "quality" else GREEDY_BATCH_TOKENS

    @property
    def options(self) -> str:
        """The decoding options that shape a translation, as they enter the cache key."""
        return f"engine={ENGINE_VERSION} beam={self.beam_size}"

    def load(self) -> None:
        """Load the model and tokenizer, if not loaded yet.

        Raises:
            ModelError: The package's model or tokenizer cannot be loaded.
        """
        if self._model is not None:
            return
        import ctranslate2

        from kernpunt.core.engine.tokenizers import load_tokenizer

        cores = max(1, self.threads or physical_cores())
        # Two batches in flight on one thread each beat one batch on two threads (DESIGN.md), in
        # both modes: raw CTranslate2 with ideal batches, inter 1 / intra 2 took 15-35 % more CPU
        # per token than inter 2 / intra 1 (greedy 2.0 against 1.7 ms on 60 sentences, beam 4
        # 6.5 against 4.8) and was slower by the clock on the 60 sentences and the NATO sample.
        inter = 2 if cores >= 2 else 1
        tokenizer = load_tokenizer(self.package)
        try:
            self._model = ctranslate2.Translator(
                str(self.package.model_dir),
                device="cpu",
                inter_threads=inter,
                intra_threads=max(1, cores // inter),
            )
        except (RuntimeError, ValueError, OSError) as error:
            raise ModelError("model.load", name=self.package.label, reason=error) from error
        self._tokenizer = tokenizer

    def translate(
        self,
        sentences: Sequence[str],
        *,
        on_result: ResultCallback | None = None,
        on_progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        parts: Sequence[int] = (),
    ) -> list[str | None]:
        """Translate sentences, delivering each result in source order as soon as it is ready.

        Args:
            sentences: The sentences to translate.
            on_result: Called with (index, translation) for every finished sentence, in order.
            on_progress: Called after every finished batch.
            cancel: Stops the job between batches; finished sentences are kept.
            parts: The sizes of consecutive parts of ``sentences`` (the rest is one more part),
                each planned into batches on its own and queued after the part before it: what
                comes first is decoded first, and no translator waits between the parts.

        Returns:
            One translation per sentence; None for the ones a cancel left untranslated.

        Raises:
            ModelError: The model cannot be loaded.
        """
        stream = ResultStream(len(sentences), on_result, on_progress, cancel)
        for index, text in enumerate(sentences):
            if not text.strip():
                stream.add(index, "")
        # The cache is read before the model loads: a re-opened article needs no model at all.
        self._fill_from_cache(sentences, stream)
        if stream.flush():
            stream.report()
        todo = [index for index in range(len(sentences)) if not stream.has(index)]
        if todo and not stream.cancelled:
            self.load()
            tokenized = {index: self._tokenizer.encode(sentences[index]) for index in todo}
            batches = []
            groups = _split(todo, parts)
            for number, part in enumerate(groups):
                lengths = [len(tokenized[i]) for i in part]
                plan = self._plan(lengths, first=number == 0, alone=len(groups) == 1)
                batches += [[part[position] for position in batch] for batch in plan]
            self._run(batches, sentences, tokenized, stream)
        return stream.output()

    def alternatives(self, sentence: str, count: int = 4) -> list[str]:
        """Return up to ``count`` different translations of one sentence, best first.

        Args:
            sentence: The source sentence.
            count: How many translations to ask the model for.

        Returns:
            The distinct translations; fewer than ``count`` when some decode to the same text.

        Raises:
            ValueError: ``count`` is less than one.
            ModelError: The model cannot be loaded.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        self.load()
        tokens = self._tokenizer.encode(sentence) if sentence.strip() else []
        if not tokens:
            return [""]
        prefix = self.package.target_prefix
        result = self._model.translate_batch(
            [tokens],
            beam_size=max(count, 4),
            num_hypotheses=count,
            target_prefix=[[prefix]] if prefix else None,
            replace_unknowns=True,
            **self._limits(len(tokens)),
        )[0]
        texts = [self._decode(hypothesis) for hypothesis in result.hypotheses]
        return list(dict.fromkeys(texts))

    def _plan(self, lengths: list[int], *, first: bool, alone: bool) -> list[list[int]]:
        """Plan one part of a job: ``first`` of several parts, or ``alone`` in its job.

        The first part of several is the one a reader waits for (the pipeline's first brief
        sentence), so its first sentences make a small batch that comes back at once; a job of
        one part is planned for throughput alone, cut like the ideal-batch reference of
        ``benchmarks/translate.py``.
        """
        # A greedy step costs about 9 ms for one to four sentences and 0.8 ms more for each
        # further one (it reads all the decoder's weights either way; one thread, nl→en shape;
        # benchmarks/decoding_steps.py), against 3.2 ms more per sentence at beam 4. So a part
        # queued beside another part's batches stays one greedy batch: spread over both
        # translators there it took 4.3 ms of CPU per token on the NATO sample against 2.6 ms.
        # Alone in its job it is spread, or one translator would idle. Longer windows are cut
        # into a multiple of the translators in both modes, so neither waits alone on a
        # window's last batch.
        return plan_batches(
            lengths,
            batch_tokens=self.batch_tokens,
            translators=self._model.num_translators,
            split_one=self.beam_size > 1 or alone,
            first_alone=first and not alone,
        )

    def _fill_from_cache(self, sentences: Sequence[str], stream: ResultStream) -> None:
        if self.cache is None or self.forced_length is not None:
            return
        wanted = [text for index, text in enumerate(sentences) if not stream.has(index)]
        if not wanted:
            return
        found = self.cache.get_many(self._model_identity(), self.options, wanted)
        for index, text in enumerate(sentences):
            if not stream.has(index) and text in found:
                stream.add(index, found[text], cached=True)

    def _model_identity(self) -> str:
        if self._identity is None:
            try:
                self._identity = model_identity(self.package)
            except OSError as error:
                raise ModelError(
                    "model.read", name=self.package.label, reason=error.strerror
                ) from error
        return self._identity

    def _run(
        self,
        batches: list[list[int]],
        sentences: Sequence[str],
        tokenized: dict[int, list[str]],
        stream: ResultStream,
    ) -> None:
        pending: list[tuple[list[int], list[Any]]] = []
        queue = iter(batches)
        # A batch waiting behind each running one keeps every core busy while a finished batch
        # is decoded and handed on, without queueing much work a cancel could not take back.
        in_flight = self._model.num_translators * 2
        while not stream.cancelled:
            while len(pending) < in_flight:
                batch = next(queue, None)
                if batch is None:
                    break
                pending.append((batch, self._submit([tokenized[i] for i in batch])))
            if not pending:
                return
            batch, futures = pending.pop(_first_done(pending))
            outputs = [future.result().hypotheses[0] for future in futures]
            outputs = self._guard([tokenized[i] for i in batch], outputs)
            if self.forced_length is not None:
                outputs = [
                    self._strip_prefix(output)[: self.forced_length(len(tokenized[i]))]
                    for i, output in zip(batch, outputs, strict=True)
                ]
            self._finish(batch, sentences, outputs, stream)

    def _finish(
        self,
        batch: list[int],
        sentences: Sequence[str],
        outputs: list[list[str]],
        stream: ResultStream,
    ) -> None:
        """Decode a finished batch, cache it and hand what is in order to the caller."""
        texts = [self._decode(output) for output in outputs]
        for index, text, output in zip(batch, texts, outputs, strict=True):
            stream.add(index, text, tokens=len(self._strip_prefix(output)))
        if self.cache is not None and self.forced_length is None:
            pairs = [(sentences[i], text) for i, text in zip(batch, texts, strict=True)]
            self.cache.put_many(self._model_identity(), self.options, pairs)
        stream.flush()
        stream.report()

    def _limits(self, longest: int) -> dict[str, int]:
        # max_decoding_length counts the target prefix too.
        prefix = 1 if self.package.target_prefix else 0
        if self.forced_length is not None:
            length = self.forced_length(longest) + prefix
            return {"min_decoding_length": length, "max_decoding_length": length}
        return {"max_decoding_length": max_output_tokens(longest) + prefix}

    def _submit(self, batch: list[list[str]], **extra: float) -> Any:
        prefix = self.package.target_prefix
        return self._model.translate_batch(
            batch,
            asynchronous=True,
            beam_size=self.beam_size,
            max_batch_size=0,
            target_prefix=[[prefix]] * len(batch) if prefix else None,
            replace_unknowns=True,
            **self._limits(max(len(tokens) for tokens in batch)),
            **extra,
        )

    def _guard(self, sources: list[list[str]], outputs: list[list[str]]) -> list[list[str]]:
        """Decode again, with a repetition penalty, every output that loops."""
        if self.forced_length is not None:
            return outputs
        looping = [
            position
            for position, (source, output) in enumerate(zip(sources, outputs, strict=True))
            if looks_looped(self._strip_prefix(output), max_output_tokens(len(source)))
        ]
        if not looping:
            return outputs
        self.retries += len(looping)
        futures = self._submit([sources[position] for position in looping], **RETRY_OPTIONS)
        outputs = list(outputs)
        for position, future in zip(looping, futures, strict=True):
            outputs[position] = future.result().hypotheses[0]
        return outputs

    def _strip_prefix(self, tokens: list[str]) -> list[str]:
        prefix = self.package.target_prefix
        return tokens[1:] if prefix and tokens and tokens[0] == prefix else tokens

    def _decode(self, tokens: list[str]) -> str:
        return str(self._tokenizer.decode(self._strip_prefix(tokens))).strip()


def _split(indices: list[int], sizes: Sequence[int]) -> list[list[int]]:
    """Group ascending indices by the consecutive parts of these sizes they fall in.

    Indices past the parts make one more part; a part with none of the indices is left out.
    """
    ends = list(itertools.accumulate(sizes))
    groups: dict[int, list[int]] = {}
    for index in indices:
        groups.setdefault(bisect.bisect_right(ends, index), []).append(index)
    return [groups[part] for part in sorted(groups)]


def _first_done(pending: list[tuple[list[int], list[Any]]]) -> int:
    """Wait until a submitted batch is done and return its position; batches end out of order."""
    while True:
        for position, (_, futures) in enumerate(pending):
            if all(future.done() for future in futures):
                return position
        # CTranslate2's futures cannot be waited on together; a short sleep costs nothing next
        # to a batch that takes a second.
        time.sleep(0.002)
