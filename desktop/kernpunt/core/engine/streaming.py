"""Delivering a translation job's results in source order, with progress reports."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from kernpunt.core.cancel import CancelToken


@dataclass(frozen=True)
class Progress:
    """How far a translation job has come.

    Attributes:
        done: Sentences delivered so far, in source order.
        total: Sentences in the job.
        tokens: Target tokens the model produced so far.
        elapsed: Seconds since the job started.
        cached: Of the delivered sentences, how many came from the cache.
        first_result: Seconds from the start to the first delivered sentence, once there is one.
    """

    done: int
    total: int
    tokens: int
    elapsed: float
    cached: int = 0
    first_result: float | None = None

    @property
    def seconds_left(self) -> float | None:
        """An estimate of the seconds still needed, once there is something to go on."""
        if self.done >= self.total:
            return 0.0
        translated = self.done - self.cached
        if translated <= 0 or self.elapsed <= 0:
            return None
        return self.elapsed / translated * (self.total - self.done)


ResultCallback = Callable[[int, str], None]
ProgressCallback = Callable[[Progress], None]


class ResultStream:
    """Hands finished sentences to the caller in source order and reports progress.

    A sentence is delivered once every sentence before it is, so the caller sees a growing
    prefix of the article; a cancel stops delivery at once.
    """

    def __init__(
        self,
        total: int,
        on_result: ResultCallback | None,
        on_progress: ProgressCallback | None,
        cancel: CancelToken | None,
    ) -> None:
        self.total = total
        self.results: list[str | None] = [None] * total
        self.from_cache = [False] * total
        self.delivered = 0
        self.cached = 0
        self.tokens = 0
        self.first_result: float | None = None
        self.started = time.perf_counter()
        self._on_result = on_result
        self._on_progress = on_progress
        self._cancel = cancel

    @property
    def cancelled(self) -> bool:
        """Whether the job's cancel token was set."""
        return self._cancel is not None and self._cancel.cancelled

    def has(self, index: int) -> bool:
        """Whether sentence ``index`` has its translation."""
        return self.results[index] is not None

    def add(self, index: int, text: str, *, tokens: int = 0, cached: bool = False) -> None:
        """Record a finished sentence; it is delivered by the next flush() that reaches it."""
        self.results[index] = text
        self.from_cache[index] = cached
        self.tokens += tokens

    def flush(self) -> bool:
        """Deliver every finished sentence whose predecessors are delivered; True if any."""
        start = self.delivered
        while self.delivered < self.total and not self.cancelled:
            text = self.results[self.delivered]
            if text is None:
                break
            if self.first_result is None:
                self.first_result = time.perf_counter() - self.started
            if self._on_result:
                self._on_result(self.delivered, text)
            self.cached += self.from_cache[self.delivered]
            self.delivered += 1
        return self.delivered > start or self.total == 0

    def report(self) -> None:
        """Tell the caller how far the job has come."""
        if self._on_progress:
            elapsed = time.perf_counter() - self.started
            self._on_progress(
                Progress(
                    self.delivered,
                    self.total,
                    self.tokens,
                    elapsed,
                    self.cached,
                    self.first_result,
                )
            )

    def output(self) -> list[str | None]:
        """The delivered translations, None for the rest."""
        return self.results[: self.delivered] + [None] * (self.total - self.delivered)
