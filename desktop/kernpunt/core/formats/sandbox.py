"""Running a parser on untrusted bytes in a child process, killed when it takes too long.

A damaged or hostile document can make a parsing library loop, recurse or allocate without
end. The window's process has threads, so the child is started with ``forkserver`` (or
``spawn`` where there is no fork), never a plain fork. The child gets a memory cap and no
network, and the caller gets an ArticleError instead of a hang.
"""

from __future__ import annotations

import multiprocessing
import socket
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, NoReturn, TypeVar

from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.core.formats.base import ArticleError

PARSE_TIMEOUT_SECONDS = 20.0
MEMORY_LIMIT_BYTES = 2 * 1024**3
# Imported once by the fork server, so that each child starts with the parsers in memory:
# a small .docx then takes about a third of the time it takes when each child imports them
# (benchmarks/reading.py). This sets the preload of multiprocessing's one fork server.
PRELOAD = [
    "kernpunt.core.formats.sandbox",
    "kernpunt.core.formats",
    "kernpunt.core.formats.html",
    "kernpunt.core.formats.docx",
    "kernpunt.core.formats.odt",
    "kernpunt.core.formats.epub",
    "kernpunt.core.formats.pdf",
    "lxml.etree",
    "lxml.html",
    "docx",
    "odfdo",
    "ebooklib.epub",
    "pypdf",
    "readability",
    "trafilatura",
]
_POLL_SECONDS = 0.05

T = TypeVar("T")


def run_limited(
    function: Callable[..., T],
    *args: Any,
    name: str,
    timeout: float | None = None,
    cancel: CancelToken | None = None,
) -> T:
    """Call ``function(*args)`` in a child process and return its result.

    Args:
        function: A module-level function (it is pickled by reference).
        *args: Its arguments; they and the result must pickle.
        name: The file's name, for messages.
        timeout: Seconds before the child is killed; PARSE_TIMEOUT_SECONDS when None.
        cancel: Kills the child when cancelled.

    Returns:
        What the function returned.

    Raises:
        ArticleError: The function raised one, the child took too long or died.
        Cancelled: The cancel token was set while the child worked.
    """
    limit = PARSE_TIMEOUT_SECONDS if timeout is None else timeout
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(sender, function, args), daemon=True, name="kernpunt-reader"
    )
    try:
        process.start()
    except OSError as error:
        receiver.close()
        raise ArticleError(
            "article.unreadable", name=name, reason=error.strerror or error
        ) from None
    finally:
        sender.close()
    try:
        status, value = _wait(process, receiver, time.monotonic() + limit, cancel)
    except TimeoutError:
        raise ArticleError("article.too_slow", name=name, seconds=f"{limit:g}") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    if status == "ok":
        return value  # type: ignore[no-any-return]
    if status == "error":
        raise value  # the child's ArticleError, with its message id
    raise ArticleError("article.stopped", name=name)


def _context() -> multiprocessing.context.ForkServerContext | multiprocessing.context.SpawnContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _wait(
    process: multiprocessing.process.BaseProcess,
    receiver: Connection,
    deadline: float,
    cancel: CancelToken | None,
) -> tuple[str, Any]:
    while True:
        remaining = max(0.0, deadline - time.monotonic())
        if receiver.poll(min(_POLL_SECONDS, remaining)):
            try:
                outcome: tuple[str, Any] = receiver.recv()
            except (EOFError, OSError):
                return "died", None
            return outcome
        if not process.is_alive() and not receiver.poll():
            return "died", None
        if cancel is not None and cancel.cancelled:
            raise Cancelled
        if time.monotonic() >= deadline:
            raise TimeoutError


def _child(sender: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    _limit_memory()
    _forbid_network()
    try:
        outcome: tuple[str, Any] = ("ok", function(*args))
    except ArticleError as error:
        outcome = ("error", error)
    except BaseException as error:  # Anything else is reported, never raised in the child.
        outcome = ("died", type(error).__name__)
    sender.send(outcome)
    sender.close()


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows has no resource limits; the time limit still holds.
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = (
            MEMORY_LIMIT_BYTES if hard == resource.RLIM_INFINITY else min(hard, MEMORY_LIMIT_BYTES)
        )
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        pass  # Some systems refuse the limit; the time limit still holds.


def _forbid_network() -> None:
    """Make sure that nothing a document points to is fetched, whatever a library tries."""

    def refuse(*args: object, **kwargs: object) -> NoReturn:
        raise OSError("Kernpunt reads documents without the network")

    # Replacing methods of a library class is the point here: it holds for every caller.
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
