"""Running core functions off the GUI thread and turning their callbacks into Qt signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Signal

from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.ui.errors import READER_ERRORS

# A bound method of a QObject living on the GUI thread, so that the call is queued there.
SlotFunction = Callable[..., Any]

log = logging.getLogger(__name__)


class Lane(StrEnum):
    """The worker threads; each runs its jobs one at a time, in order.

    ``WORK`` holds the model (CTranslate2 is used by one job at a time); ``IO`` reads and writes
    files, so an article opens while another is translated; ``SCAN`` walks folders;
    ``DOWNLOAD`` waits on the network; ``TERMS`` finds the key terms shown with a brief.
    """

    WORK = "work"
    IO = "io"
    TERMS = "terms"
    SCAN = "scan"
    DOWNLOAD = "download"


# Lanes whose steps wait on the network, which a cancel cannot interrupt.
NETWORK_LANES = frozenset({Lane.DOWNLOAD})


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


class TranslationJob(Job):
    """The translation job, with the two reports only it makes.

    Signals:
        stage_reached: (job, Stage) the job moved on to another stage.
        brief_chosen: (job, Brief) the brief's sentences are chosen; again once translated.
    """

    stage_reached = Signal(object, object)
    brief_chosen = Signal(object, object)


class JobRunner(QObject):
    """Worker threads for all heavy work, one per :class:`Lane`.

    A job that is no longer wanted is cancelled and its late signals ignored by the caller.
    A job that fails with anything but a reader's error is logged with its traceback.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executors: dict[Lane, ThreadPoolExecutor] = {}
        self._jobs: list[Job] = []
        self._shut_down = False

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
        lane: Lane = Lane.WORK,
        job: Job | None = None,
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
            lane: The worker thread to queue on.
            job: The job to run the work as, when it has signals of its own (already
                connected); a new :class:`Job` otherwise.

        Returns:
            The job, whose signals tell how it ends. After :meth:`shutdown` (a timer that fires
            as the window closes) the job is cancelled and never runs, and says nothing.

        Raises:
            ValueError: The lane is not one of :class:`Lane`'s.
        """
        lane = Lane(lane)
        if job is None:
            job = Job(name)
        if self._shut_down:
            job.cancel()
            job.done = True
            return job
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
        self._shut_down = True
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
            if not isinstance(error, READER_ERRORS):
                log.exception("The job %r failed", job.name)
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
