"""The batch on a Dask distributed cluster, when one machine cannot translate an archive in time.

Each article is one task. A worker process loads the model with its first article and keeps it
for the next ones (``process_store``), reads the article from and writes its export to the
same paths as this machine, so articles and outputs live on a file system every worker sees.
Before any article is sent, every worker is asked which Kernpunt and which model it has and
whether it sees the articles; a worker that cannot do the work stops the batch with the reason.

``local`` starts a cluster of two worker processes on this machine that only this batch can use:
its scheduler and workers listen on loopback and talk TLS with a certificate made for the batch
and held in memory, so another user of the machine cannot connect and have code run; no
dashboard or other web page is served. A given scheduler is reached with Dask's TLS options
(``ClusterSecurity``); plain TCP to another machine is refused unless the reader insists.
Results, failures and interrupts are the same as for ``run_batch``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kernpunt import __version__
from kernpunt.core.batch.run import (
    BatchJob,
    BatchOptions,
    BatchResult,
    ResultCallback,
    process_store,
    run_job,
)
from kernpunt.core.cancel import CancelToken
from kernpunt.core.engine.translate import physical_cores
from kernpunt.core.errors import ReaderError
from kernpunt.core.models.packages import find_package, packages_dir

LOCAL = "local"
LOCAL_WORKERS = 2
CONNECT_SECONDS = 30.0
# How long articles already running may take to stop after an interrupt before they are dropped.
STOP_SECONDS = 60.0
_POLL_SECONDS = 0.1
_WATCH_SECONDS = 0.5
# Dask's nanny starts workers with this glibc setting; it fixes malloc's mmap threshold too, and
# CTranslate2's large buffers then cost a system call each: translation ran 6-7 times slower.
_SLOW_MALLOC = "MALLOC_TRIM_THRESHOLD_"


class ClusterError(ReaderError):
    """The cluster cannot be reached or cannot do the work; the message is for the reader."""


@dataclass(frozen=True)
class ClusterSecurity:
    """How to reach a scheduler the reader started: Dask's TLS files, or plain TCP on purpose.

    Attributes:
        ca_file: The certificate authority that signed the scheduler's and workers' certificates.
        cert: This client's certificate (it may hold the key too).
        key: This client's private key, when it is not in ``cert``.
        insecure: Allow plain TCP to a scheduler on another machine.
    """

    ca_file: Path | None = None
    cert: Path | None = None
    key: Path | None = None
    insecure: bool = False

    @property
    def uses_tls(self) -> bool:
        """Whether any TLS file was given."""
        return any(path is not None for path in (self.ca_file, self.cert, self.key))


def cluster_address(address: str, security: ClusterSecurity) -> str:
    """The scheduler address to connect to, refusing plain TCP off this machine.

    Args:
        address: ``tcp://host:port``, ``tls://host:port`` or ``host:port`` (TCP).
        security: The reader's TLS files and whether plain TCP is allowed.

    Returns:
        The address, as ``tls://`` when TLS files were given.

    Raises:
        ClusterError: The address uses plain TCP to another machine without ``insecure``,
            or another protocol Kernpunt does not secure.
    """
    scheme, separator, rest = address.partition("://")
    if not separator:
        scheme, rest = "tcp", address
    scheme = scheme.lower()
    if scheme not in ("tcp", "tls"):
        raise ClusterError("cluster.scheme", address=address)
    if security.uses_tls:
        return f"tls://{rest}"
    if scheme == "tcp" and not security.insecure and not _loopback(_host_of(rest)):
        raise ClusterError("cluster.plain_tcp", address=address)
    return f"{scheme}://{rest}"


def _host_of(rest: str) -> str:
    """The host of ``host:port``, ``[v6]:port`` or a bare host."""
    if rest.startswith("["):
        return rest[1:].partition("]")[0]
    host, _, port = rest.rpartition(":")
    return host if host and port.isdigit() else rest


def _loopback(host: str) -> bool:
    import ipaddress

    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run_on_cluster(
    jobs: Sequence[BatchJob],
    options: BatchOptions,
    address: str,
    *,
    security: ClusterSecurity | None = None,
    skip_existing: bool = False,
    on_result: ResultCallback | None = None,
    on_note: Callable[[str], None] | None = None,
    cancel: CancelToken | None = None,
) -> list[BatchResult]:
    """Translate and export every article of a batch on a Dask distributed cluster.

    Args:
        jobs: The articles and their exports, from ``plan_batch``; the workers read and write
            these very paths.
        options: Format, content, mode and brief; ``threads`` is per worker process (None:
            one per physical core of the worker's machine).
        address: The scheduler's address (``tls://host:8786``), or ``local`` for a cluster of
            two worker processes on this machine that only this batch can reach.
        security: TLS files for a given scheduler, or consent to plain TCP off this machine.
        skip_existing: Leave exports that exist alone.
        on_result: Called in this thread with every result as it comes in.
        on_note: Called with advice about the workers that does not stop the batch.
        cancel: Stops the batch: articles not started are dropped, the ones running stop
            between translation batches and are not written.

    Returns:
        One result per job, in the order of the jobs; ``worker`` says where each ran.

    Raises:
        ClusterError: The cluster cannot be reached, has no workers, or a worker lacks the
            model, runs another Kernpunt or cannot see the articles; or the address is plain
            TCP to another machine and ``security.insecure`` is not set.
    """
    if address == LOCAL and options.threads is None:
        options = replace(options, threads=max(1, physical_cores() // LOCAL_WORKERS))
    with _connect(address, security or ClusterSecurity()) as client:
        for note in _check_workers(client, address, jobs):
            if on_note is not None:
                on_note(note)
        return _Batch(client, jobs, options, skip_existing, on_result, cancel).run()


def inspect_worker(source: str | None) -> dict[str, object]:
    """Describe what this worker process can do; run on every worker before a batch.

    Args:
        source: An article path the worker must be able to read, if any.
    """
    package = find_package("nl", "en")
    return {
        "kernpunt": __version__,
        "model": None if package is None else f"{package.code} {package.version}",
        "packages": str(packages_dir()),
        "sees": source is None or os.path.exists(source),
        "host": os.uname().nodename,
        "slow_malloc": _SLOW_MALLOC in os.environ and "MALLOC_MMAP_THRESHOLD_" not in os.environ,
    }


def work(
    job: BatchJob, options: BatchOptions, skip_existing: bool, stop: str | None = None
) -> BatchResult:
    """Do one article of a batch on a worker, with the worker process's one translator.

    Args:
        job: The article and its export.
        options: Format, content, mode and brief.
        skip_existing: Leave an export that exists alone.
        stop: The name of the cluster-wide event that interrupts the batch.
    """
    token = CancelToken()
    done = threading.Event()
    if stop is not None:
        _watch(stop, token, done)
    try:
        result = run_job(
            job,
            options,
            lambda: process_store().translator(mode=options.mode, threads=options.threads),
            skip_existing=skip_existing,
            cancel=token,
        )
    finally:
        done.set()
    return replace(result, worker=_worker_name())


def _watch(name: str, token: CancelToken, done: threading.Event) -> None:
    """Cancel the token when the batch's stop event is set, until the task is done."""
    event = _distributed().Event(name)
    if event.is_set():
        token.cancel()
        return

    def watch() -> None:
        # Polled rather than waited on: a wait still open when the cluster closes is logged as
        # an error by the scheduler. A lost scheduler must not fail the article.
        with contextlib.suppress(Exception):
            while not done.wait(_WATCH_SECONDS):
                if event.is_set():
                    token.cancel()
                    return

    threading.Thread(target=watch, name="kernpunt-stop-watch", daemon=True).start()


def _absolute(job: BatchJob) -> BatchJob:
    """The job with paths that mean the same on a worker, whose working folder is its own."""
    return replace(
        job,
        source=job.source.absolute(),
        target=None if job.target is None else job.target.absolute(),
        folder=None if job.folder is None else job.folder.absolute(),
    )


def _worker_name() -> str:
    try:
        return str(_distributed().get_worker().address)
    except ValueError:
        return f"{os.uname().nodename}:{os.getpid()}"


def _distributed() -> Any:
    """Import dask.distributed, which is only needed for a cluster (most of it is untyped)."""
    import importlib

    try:
        return importlib.import_module("distributed")
    except ImportError as error:
        raise ClusterError("cluster.no_dask") from error


def _ignore_interrupts() -> None:
    """Leave Ctrl+C to the batch: a local worker shares the terminal's process group."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


# Dask's scheduler serves its dashboard and web pages (cluster facts, a proxy to the workers)
# on 8787 even when asked for no dashboard; a local cluster serves none of them, on no fixed port.
_NO_WEB_PAGES: dict[str, list[str]] = {
    "distributed.scheduler.http.routes": [],
    "distributed.worker.http.routes": [],
}


@contextlib.contextmanager
def _connect(address: str, security: ClusterSecurity) -> Iterator[Any]:
    distributed = _distributed()
    if address == LOCAL:
        with local_cluster() as (_cluster, client):
            yield client
        return
    target = cluster_address(address, security)
    settings: dict[str, Any] = {"timeout": CONNECT_SECONDS}
    if security.uses_tls:
        settings["security"] = distributed.Security(
            tls_ca_file=_tls_file(security.ca_file),
            tls_client_cert=_tls_file(security.cert),
            tls_client_key=_tls_file(security.key),
            require_encryption=True,
        )
    elif target.startswith("tls://") and distributed.Security().tls_ca_file is None:
        raise ClusterError("cluster.tls_files", address=address)
    try:
        client = distributed.Client(target, **settings)
    except (OSError, ValueError, TypeError) as error:
        raise ClusterError("cluster.unreachable", address=address, reason=error) from error
    with client:
        yield client


def _tls_file(path: Path | None) -> str | None:
    if path is None:
        return None
    if not path.is_file():
        raise ClusterError("cluster.tls_file_missing", path=path)
    return str(path)


@contextlib.contextmanager
def local_cluster(workers: int = LOCAL_WORKERS) -> Iterator[tuple[Any, Any]]:
    """Start a cluster on this machine that only this process can use, and a client for it.

    Every connection is TLS with certificates made for this cluster alone (Dask's
    ``Security.temporary``, which needs the ``cryptography`` package) and kept in memory; a
    client without them is turned away during the handshake. Everything listens on
    127.0.0.1, on ports the system picks, and no web page is served.

    Yields:
        The cluster and a connected client.
    """
    distributed = _distributed()
    import dask

    try:
        security = distributed.Security.temporary()
    except ImportError as error:
        raise ClusterError("cluster.no_cryptography") from error
    settings = {f"distributed.nanny.pre-spawn-environ.{_SLOW_MALLOC}": None, **_NO_WEB_PAGES}
    with dask.config.set(settings):
        cluster = distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            protocol="tls://",
            security=security,
            dashboard_address=None,
            worker_dashboard_address=None,
            scheduler_port=0,
            scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
        )
        with cluster, distributed.Client(cluster, security=security) as client:
            client.run(_ignore_interrupts)
            yield cluster, client


def _check_workers(client: Any, address: str, jobs: Sequence[BatchJob]) -> list[str]:
    """Ask every worker what it has; raise when one cannot work, return advice otherwise."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError) as error:
        raise ClusterError("cluster.no_workers", address=address) from error
    first = next((str(job.source.absolute()) for job in jobs if job.error is None), None)
    found: dict[str, dict[str, Any]] = client.run(inspect_worker, first)
    problems = []
    for worker, facts in sorted(found.items()):
        if facts["kernpunt"] != __version__:
            problems.append(
                f"{worker} runs Kernpunt {facts['kernpunt']}, this machine {__version__}"
            )
        elif facts["model"] is None:
            problems.append(
                f"{worker} has no Dutch → English model in {facts['packages']} "
                "(install it there with 'kernpunt models install FILE.argosmodel')"
            )
        elif not facts["sees"]:
            problems.append(
                f"{worker} cannot see {first} (the articles and --out must be on a file "
                "system every worker reaches at the same path)"
            )
    models = {str(facts["model"]) for facts in found.values() if facts["model"] is not None}
    if len(models) > 1:
        problems.append(f"the workers have different models: {', '.join(sorted(models))}")
    if problems:
        raise ClusterError("cluster.cannot", problems="; ".join(problems))
    slow = sorted(worker for worker, facts in found.items() if facts.get("slow_malloc"))
    if not slow:
        return []
    return [
        f"{', '.join(slow)} run with {_SLOW_MALLOC} set (Dask's default), which makes "
        "translation several times slower; see “Batch and cluster” in Kernpunt's README."
    ]


class _Batch:
    """Sends a batch's articles to the cluster and gathers their results."""

    def __init__(
        self,
        client: Any,
        jobs: Sequence[BatchJob],
        options: BatchOptions,
        skip_existing: bool,
        on_result: ResultCallback | None,
        cancel: CancelToken | None,
    ) -> None:
        self.client = client
        self.jobs = jobs
        self.options = options
        self.skip_existing = skip_existing
        self.on_result = on_result
        self.cancel = cancel
        self.stop = f"kernpunt-stop-{uuid.uuid4().hex}"
        self.results: list[BatchResult | None] = [None] * len(jobs)

    def run(self) -> list[BatchResult]:
        futures = {
            self.client.submit(
                work, _absolute(job), self.options, self.skip_existing, self.stop, pure=False
            ): position
            for position, job in enumerate(self.jobs)
        }
        waiting = _distributed().as_completed(futures)
        deadline: float | None = None
        while not waiting.is_empty():
            if deadline is None and self.cancel is not None and self.cancel.cancelled:
                deadline = time.monotonic() + STOP_SECONDS
                self._stop(futures)
            if deadline is not None and time.monotonic() > deadline:
                break
            finished = waiting.next_batch(block=False)
            for future in finished:
                self._collect(future, futures[future])
            if not finished:
                time.sleep(_POLL_SECONDS)
        for position, job in enumerate(self.jobs):
            if self.results[position] is None:
                self._record(position, BatchResult(job.source, job.target, "cancelled"))
        return [item for item in self.results if item is not None]

    def _stop(self, futures: dict[Any, int]) -> None:
        """Stop the running articles and drop the ones that have not started."""
        _distributed().Event(self.stop, client=self.client).set()
        running = {key for keys in self.client.processing().values() for key in keys}
        queued = [future for future in futures if future.key not in running and not future.done()]
        self.client.cancel(queued)
        for future in queued:
            job = self.jobs[futures[future]]
            self._record(futures[future], BatchResult(job.source, job.target, "cancelled"))

    def _collect(self, future: Any, position: int) -> None:
        if self.results[position] is not None:
            return
        job = self.jobs[position]
        try:
            result = future.result()
        except Exception as error:
            # A worker that died or a task the scheduler gave up on fails this article only.
            reason = f"the cluster could not do it: {type(error).__name__}: {error}"
            result = BatchResult(job.source, job.target, "failed", reason)
        # The worker saw absolute paths; the reader sees the paths as they were given.
        self._record(position, replace(result, source=job.source, target=job.target))

    def _record(self, position: int, result: BatchResult) -> None:
        self.results[position] = result
        if self.on_result is not None:
            self.on_result(result)
