"""``kernpunt translate`` for many articles: the plan, progress on the terminal, exit codes.

Progress goes to stderr: a bar that redraws itself on a terminal, one quiet line per article
otherwise. stdout carries data only: with ``--json``, one JSON object once the batch is over, or
``{"error": ..., "exit_code": ...}`` when the batch could not run at all.

Exit codes: 0 every article was written (or skipped), 1 some failed (the reasons are on stderr
and in the JSON), 2 the command was wrong, 130 interrupted with Ctrl+C (finished exports stay,
the article in flight is not written). Every terminal command uses the same codes.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import NoReturn, TextIO

from kernpunt.core.batch.cluster import LOCAL, ClusterSecurity
from kernpunt.core.batch.run import (
    STATUSES,
    BatchJob,
    BatchOptions,
    BatchResult,
    plan_batch,
    process_store,
    run_batch,
)
from kernpunt.core.cancel import CancelToken
from kernpunt.core.engine.translate import Translator
from kernpunt.core.errors import ReaderError
from kernpunt.core.export import check_target

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
_BAR_WIDTH = 24


def wants_batch(args: argparse.Namespace) -> bool:
    """Whether a ``translate`` command is a batch rather than one article to stdout or -o."""
    paths: list[Path] = args.paths
    return bool(
        args.out is not None
        or len(paths) > 1
        or paths[0].is_dir()
        or args.json
        or args.skip_existing
        or args.cluster
    )


def run(args: argparse.Namespace, usage_error: Callable[[str], NoReturn]) -> int:
    """Run ``kernpunt translate PATH... --out DIR`` (or one article with ``-o FILE``).

    Args:
        args: The parsed ``translate`` arguments.
        usage_error: Prints a usage message and exits with status 2.

    Returns:
        The exit status.
    """
    try:
        jobs = _plan(args, usage_error)
    except KeyboardInterrupt:
        message = "Interrupted while looking for articles; nothing was written."
        print(message, file=sys.stderr)
        if args.json:
            print_json(error_record(message, EXIT_INTERRUPTED))
        return EXIT_INTERRUPTED
    options = BatchOptions(
        format=args.format,
        content=args.content,
        mode="fast" if args.fast else "quality",
        brief_method=args.brief_method,
        brief_length=args.brief_length,
    )
    progress = ProgressDisplay(len(jobs), sys.stderr)
    cancel = CancelToken()
    started = time.perf_counter()
    results: list[BatchResult] = []
    with _interrupts(cancel, progress):
        try:
            results = _run(jobs, options, args, progress, cancel)
        except KeyboardInterrupt:
            cancel.cancel()
        except ReaderError as error:
            progress.stop(f"kernpunt: {error}")
            if args.json:
                print_json(error_record(str(error), EXIT_FAILED))
            return EXIT_FAILED
    results = _complete(jobs, results or progress.results)
    seconds = time.perf_counter() - started
    code = exit_code(results, interrupted=cancel.cancelled)
    progress.finish(results, seconds, interrupted=cancel.cancelled)
    if args.json:
        print_json(summarize(results, seconds, code, options, args.cluster))
    return code


def print_json(record: Mapping[str, object]) -> None:
    """Print the one JSON object a ``--json`` command puts on stdout."""
    print(json.dumps(record, ensure_ascii=False, indent=2), flush=True)


def error_record(message: str, code: int) -> dict[str, object]:
    """The ``--json`` object of a command that could not do its work: the reason and status."""
    return {"error": message, "exit_code": code}


def exit_code(results: Sequence[BatchResult], *, interrupted: bool) -> int:
    """130 when interrupted, 1 when an article failed, else 0."""
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if any(item.status == "failed" for item in results) else EXIT_OK


def summarize(
    results: Sequence[BatchResult],
    seconds: float,
    code: int,
    options: BatchOptions,
    cluster: str | None,
) -> dict[str, object]:
    """The ``--json`` object: counts, options, and one entry per article in the batch's order."""
    counts = Counter(item.status for item in results)
    return {
        "exit_code": code,
        "interrupted": code == EXIT_INTERRUPTED,
        "total": len(results),
        **{status: counts[status] for status in STATUSES},
        "seconds": round(seconds, 3),
        "articles_per_minute": round(counts["translated"] / seconds * 60, 2) if seconds else 0,
        "format": options.format,
        "content": options.content,
        "mode": options.mode,
        "cluster": cluster,
        "articles": [item.to_json() for item in results],
    }


def cluster_security(args: argparse.Namespace) -> ClusterSecurity:
    """The TLS files and the plain-TCP consent given for ``--cluster ADDRESS``."""
    return ClusterSecurity(
        ca_file=args.tls_ca_file, cert=args.tls_cert, key=args.tls_key, insecure=args.insecure
    )


def _check_cluster_options(
    args: argparse.Namespace, usage_error: Callable[[str], NoReturn]
) -> None:
    security = cluster_security(args)
    given = security.uses_tls or security.insecure
    if given and not args.cluster:
        usage_error("--tls-ca-file, --tls-cert, --tls-key and --insecure go with --cluster ADDRESS")
    if given and args.cluster == LOCAL:
        usage_error("--cluster local makes its own certificate; TLS options are for a scheduler")
    if security.uses_tls and security.insecure:
        usage_error("give either TLS files or --insecure, not both")
    for option, path in (
        ("--tls-ca-file", security.ca_file),
        ("--tls-cert", security.cert),
        ("--tls-key", security.key),
    ):
        if path is not None and not path.is_file():
            usage_error(f"{option} {path}: no such file")


def _plan(args: argparse.Namespace, usage_error: Callable[[str], NoReturn]) -> list[BatchJob]:
    _check_cluster_options(args, usage_error)
    paths: list[Path] = args.paths
    if args.out is not None and args.output is not None:
        usage_error("give either -o FILE (one article) or --out DIR (any number), not both")
    if args.out is None:
        if len(paths) > 1 or paths[0].is_dir():
            usage_error("several articles or a folder need --out DIR, the folder for the exports")
        if args.output is None:
            usage_error(
                "--json, --skip-existing and --cluster write files: give -o FILE or --out DIR"
            )
        if str(args.output) == "-":
            usage_error("-o - prints one export; --json, --skip-existing and --cluster need a file")
        try:
            check_target(args.output, paths[0])
        except ReaderError as error:
            return [BatchJob(paths[0], None, error=str(error))]
        return [BatchJob(paths[0], args.output)]
    if args.out.exists() and not args.out.is_dir():
        usage_error(f"--out {args.out} is a file; give a folder for the exports")
    return plan_batch(paths, args.out, args.format)


def _run(
    jobs: list[BatchJob],
    options: BatchOptions,
    args: argparse.Namespace,
    progress: ProgressDisplay,
    cancel: CancelToken,
) -> list[BatchResult]:
    if args.cluster:
        from kernpunt.core.batch.cluster import run_on_cluster

        return run_on_cluster(
            jobs,
            options,
            args.cluster,
            security=cluster_security(args),
            skip_existing=args.skip_existing,
            on_result=progress.add,
            on_note=lambda text: progress.note(f"kernpunt: {text}"),
            cancel=cancel,
        )
    store = process_store()

    def translator() -> Translator:
        return store.translator(mode=options.mode, threads=options.threads)

    if any(_needs_model(job, args.skip_existing) for job in jobs):
        # Loaded before the first article, so a missing model is one message, not one per file.
        translator()
    return run_batch(
        jobs,
        options,
        translator,
        skip_existing=args.skip_existing,
        on_result=progress.add,
        cancel=cancel,
    )


def _needs_model(job: BatchJob, skip_existing: bool) -> bool:
    if job.error is not None or job.target is None:
        return False
    return not (skip_existing and job.target.exists())


def _complete(jobs: Sequence[BatchJob], results: Sequence[BatchResult]) -> list[BatchResult]:
    """One result per job in the jobs' order; a job without one was cancelled."""
    by_job = {(item.source, item.target): item for item in results}
    return [
        by_job.get((job.source, job.target), BatchResult(job.source, job.target, "cancelled"))
        for job in jobs
    ]


@contextmanager
def _interrupts(cancel: CancelToken, progress: ProgressDisplay) -> Iterator[None]:
    """Turn the first Ctrl+C into a cancel; a second one stops at once."""

    def interrupted(signum: int, frame: FrameType | None) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()
        progress.note("Interrupted: finishing nothing new; finished exports are kept.")

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class ProgressDisplay:
    """Shows a batch's progress on stderr: a bar on a terminal, a line per article otherwise."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.bar = stream.isatty()
        self.started = time.perf_counter()
        self.results: list[BatchResult] = []
        self.counts: Counter[str] = Counter()
        if self.bar:
            self._draw()

    def add(self, result: BatchResult) -> None:
        """Count an article's result and show it."""
        self.results.append(result)
        self.counts[result.status] += 1
        # An interrupted batch of thousands would print thousands of "cancelled" lines.
        if result.status == "failed" or (not self.bar and result.status != "cancelled"):
            self.note(_line(result))
        elif self.bar:
            self._draw()

    def note(self, text: str) -> None:
        """Print a line; on a terminal, above the bar."""
        if self.bar:
            self.stream.write("\r\033[K")
        self.stream.write(text + "\n")
        if self.bar:
            self._draw()
        self.stream.flush()

    def stop(self, text: str) -> None:
        """Replace the bar with a last line, when the batch cannot go on."""
        if self.bar:
            self.stream.write("\r\033[K")
        self.stream.write(text + "\n")
        self.stream.flush()

    def finish(self, results: Sequence[BatchResult], seconds: float, *, interrupted: bool) -> None:
        """Replace the bar with the batch's summary."""
        counts = Counter(item.status for item in results)
        parts = [f"{counts[status]} {status}" for status in STATUSES if counts[status]]
        rate = counts["translated"] / seconds * 60 if seconds else 0.0
        head = "Interrupted" if interrupted else "Done"
        if self.bar:
            self.stream.write("\r\033[K")
        summary = ", ".join(parts) or "no articles"
        self.stream.write(f"{head}: {summary} in {_duration(seconds)} ({rate:.1f} articles/min).\n")
        self.stream.flush()

    def _draw(self) -> None:
        done = sum(self.counts.values())
        filled = _BAR_WIDTH * done // max(1, self.total)
        bar = "█" * filled + "░" * (_BAR_WIDTH - filled)
        parts = [f"Translating {bar} {done}/{self.total}"]
        if self.counts["failed"]:
            parts.append(f"{self.counts['failed']} failed")
        elapsed = time.perf_counter() - self.started
        if self.counts["translated"] and elapsed > 0:
            rate = self.counts["translated"] / elapsed * 60
            parts.append(f"{rate:.1f} articles/min")
            left = (self.total - done) / rate * 60
            parts.append(f"about {_duration(left)} left")
        self.stream.write("\r\033[K" + " · ".join(parts))
        self.stream.flush()


def _line(result: BatchResult) -> str:
    if result.status == "failed":
        return f"failed      {result.source}: {result.error}"
    if result.status == "skipped":
        return f"skipped     {result.source}: {result.target} exists"
    return f"translated  {result.source} → {result.target} ({result.seconds:.1f} s)"


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the batch options to the ``translate`` parser."""
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="write one export per article into this folder (made if missing); folders keep "
        "their subfolders",
    )
    parser.add_argument(
        "--skip-existing", action="store_true", help="leave articles whose export exists alone"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object with every article's result on stdout at the end",
    )
    parser.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="run the batch on a Dask cluster (tls://host:8786), or 'local' for two worker "
        "processes on this machine that only this batch can reach",
    )
    tls = parser.add_argument_group("a cluster's TLS security (Dask's certificates)")
    tls.add_argument("--tls-ca-file", type=Path, metavar="FILE", help="the cluster's CA")
    tls.add_argument("--tls-cert", type=Path, metavar="FILE", help="this client's certificate")
    tls.add_argument("--tls-key", type=Path, metavar="FILE", help="this client's private key")
    tls.add_argument(
        "--insecure",
        action="store_true",
        help="allow a plain tcp:// scheduler on another machine (anyone who reaches it can run "
        "programs on its workers)",
    )
