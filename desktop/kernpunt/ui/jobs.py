"""Running core functions off the GUI thread and turning their callbacks into Qt signals."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from kernpunt.core.cancel import Cancelled, CancelToken

# A bound method of a QObject living on the GUI thread, so that the call is queued there.
SlotFunction = Callable[..., Any]
# Lanes whose steps wait on the network, which a cancel cannot interrupt.
NETWORK_LANES = frozenset({"download"})


class Job(QObject):
    """One piece of work on the worker, seen from the GUI thread.

    Every signal carries the job itself first, so a slot can ignore the news of a job it has
    since replaced.

    Signals:
        progressed: (job, progress) whenever the work reports progress.
        partial: (job, item) for each intermediate result (a translated sentence).
        finished: (job, result) when the work returned.
        failed: (job, exception) when the work raised.
        cancelled: (job,) when the work stopped because it was cancelled.
    """

    progressed = Signal(object, object)
    partial = Signal(object, object)
    finished = Signal(object, object)
    failed = Signal(object, object)
    cancelled = Signal(object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.token = CancelToken()
        self.done = False

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self.token.cancel()

    # Called from the worker thread: emitting queues the signal to the GUI thread.
    def report_progress(self, progress: Any) -> None:
        """Report progress from the work."""
        self.progressed.emit(self, progress)

    def report_partial(self, item: Any) -> None:
        """Report an intermediate result from the work."""
        self.partial.emit(self, item)


class JobRunner(QObject):
    """Worker threads for all heavy work, one per lane.

    Each lane runs its jobs one at a time: "work" holds the model (CTranslate2 is used by one
    job at a time), "io" reads and writes files, so an article opens while another is being
    translated; "scan" walks folders. A job that is no longer wanted is cancelled and its late
    signals ignored by the caller.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executors: dict[str, ThreadPoolExecutor] = {}
        self._jobs: list[Job] = []

    def submit(
        self,
        name: str,
        work: Callable[[Job], Any],
        *,
        finished: SlotFunction | None = None,
        failed: SlotFunction | None = None,
        cancelled: SlotFunction | None = None,
        partial: SlotFunction | None = None,
        progressed: SlotFunction | None = None,
        lane: str = "work",
    ) -> Job:
        """Run work(job) on the worker.

        The slots are connected before the work starts, so no early signal is lost.

        Args:
            name: What the job does, for logs and tests.
            work: The function to run; it receives the job for its cancel token and reporting.
            finished: Slot for the job's finished signal.
            failed: Slot for the job's failed signal.
            cancelled: Slot for the job's cancelled signal.
            partial: Slot for the job's partial signal.
            progressed: Slot for the job's progressed signal.
            lane: The worker thread to queue on: "work", "io" or "scan".

        Returns:
            The job, whose signals tell how it ends.
        """
        job = Job(name)
        job.finished.connect(self._forget)
        job.failed.connect(self._forget)
        job.cancelled.connect(self._forget)
        for signal, slot in (
            (job.finished, finished),
            (job.failed, failed),
            (job.cancelled, cancelled),
            (job.partial, partial),
            (job.progressed, progressed),
        ):
            if slot is not None:
                signal.connect(slot)
        self._jobs.append(job)
        executor = self._executors.get(lane)
        if executor is None:
            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"kernpunt-{lane}")
            self._executors[lane] = executor
        executor.submit(self._run, job, work)
        return job

    @property
    def busy(self) -> bool:
        """Whether any job is queued or running."""
        return bool(self._jobs)

    def cancel_all(self) -> None:
        """Ask every queued and running job to stop."""
        for job in self._jobs:
            job.cancel()

    def shutdown(self) -> None:
        """Cancel everything and wait for the workers to finish their current steps.

        A download is not waited for: a silent server holds its step until the download's
        timeout, and the window would hang that long. It stops (and cleans up) on its own.
        """
        self.cancel_all()
        for lane, executor in self._executors.items():
            executor.shutdown(wait=lane not in NETWORK_LANES, cancel_futures=True)

    @staticmethod
    def _run(job: Job, work: Callable[[Job], Any]) -> None:
        try:
            if job.token.cancelled:
                raise Cancelled
            result = work(job)
        except Cancelled:
            job.cancelled.emit(job)
        except Exception as error:
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            job.failed.emit(job, error)
        else:
            if job.token.cancelled:
                job.cancelled.emit(job)
            else:
                job.finished.emit(job, result)

    def _forget(self, job: Job, *_: Any) -> None:
        job.done = True
        if job in self._jobs:
            self._jobs.remove(job)
