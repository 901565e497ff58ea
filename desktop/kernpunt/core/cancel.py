"""Cooperative cancellation shared by every long-running core function."""

from __future__ import annotations

import threading


class Cancelled(Exception):  # noqa: N818 - not an error: it is how a job stops
    """Raised inside a job when its cancel token was set."""


class CancelToken:
    """A flag a job checks between steps; setting it never interrupts a step half-way."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise Cancelled when cancel() was called.

        Raises:
            Cancelled: The token was cancelled.
        """
        if self._event.is_set():
            raise Cancelled
