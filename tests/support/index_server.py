"""A model index on 127.0.0.1 for download tests, serving index.json and packages.

On request it misbehaves: it stalls, drops the connection half-way, serves corrupt bytes or a 404.

Every handler thread ends within ``STALL_LIMIT`` seconds even if a test forgets to release it,
and at most ``MAX_CLIENTS`` requests are served at once.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

Behaviour = Literal["ok", "stall", "stall-headers", "drop", "corrupt", "missing"]

STALL_LIMIT = 10.0
MAX_CLIENTS = 8
# The index entry of the tiny test package, Dutch → English.
NL_EN: dict[str, Any] = {
    "type": "translate",
    "code": "translate-nl_en",
    "from_code": "nl",
    "to_code": "en",
    "from_name": "Dutch",
    "to_name": "English",
    "package_version": "1.0",
    "argos_version": "1.0",
}


class IndexServer:
    """A package index and its packages, served over HTTP on a free loopback port.

    Attributes:
        files: Bodies by path, such as ``/index.json``.
        behaviour: How each path is served; ``ok`` when absent.
        chunk: Bytes written per send.
        chunk_delay: Seconds to sleep between sends, to make a transfer last.
        requests: Every path requested, in order.
    """

    def __init__(self, *, chunk: int = 16 * 1024, chunk_delay: float = 0.0) -> None:
        self.files: dict[str, bytes] = {}
        self.behaviour: dict[str, Behaviour] = {}
        self.chunk = chunk
        self.chunk_delay = chunk_delay
        self.requests: list[str] = []
        self.release = threading.Event()
        self._slots = threading.BoundedSemaphore(MAX_CLIENTS)
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        """The index's base address, ending in a slash, as ARGOS_PACKAGE_INDEX takes it."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/"

    def add_package(
        self, name: str, data: bytes, metadata: dict[str, Any], *, with_size: bool = False
    ) -> str:
        """Serve a package file and list it in index.json.

        Args:
            name: The file name, such as ``translate-nl_en-1_0.argosmodel``.
            data: The file's bytes.
            metadata: The index entry, without links; ``links`` is filled in.
            with_size: Also give the size in the entry.

        Returns:
            The package's address.
        """
        path = f"/packages/{name}"
        self.files[path] = data
        entry = {**metadata, "links": [self.base_url + path.lstrip("/")]}
        if with_size:
            entry["size"] = len(data)
        index = json.loads(self.files.get("/index.json", b"[]"))
        self.files["/index.json"] = json.dumps([*index, entry]).encode()
        return str(entry["links"][0])

    def start(self) -> IndexServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def close(self) -> None:
        """Release stalled handlers and stop serving."""
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def acquire_slot(self) -> bool:
        """Take one of the MAX_CLIENTS slots; False when all are busy."""
        return self._slots.acquire(timeout=STALL_LIMIT)

    def free_slot(self) -> None:
        """Give a slot back."""
        self._slots.release()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client hanging up early is part of the tests


@contextmanager
def serving(*, chunk: int = 16 * 1024, chunk_delay: float = 0.0) -> Iterator[IndexServer]:
    """Run an IndexServer for the duration of a with-block."""
    server = IndexServer(chunk=chunk, chunk_delay=chunk_delay).start()
    try:
        yield server
    finally:
        server.close()


def _handler_for(server: IndexServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            if not server.acquire_slot():
                self.send_error(503)
                return
            try:
                self._serve()
            except OSError:
                pass  # the client gave up, which is what several tests make it do
            finally:
                server.free_slot()

        def _serve(self) -> None:
            path = self.path.split("?", 1)[0]
            server.requests.append(path)
            behaviour = server.behaviour.get(path, "ok")
            body = server.files.get(path)
            if body is None or behaviour == "missing":
                self.send_error(404)
                return
            if behaviour == "stall-headers":
                server.release.wait(STALL_LIMIT)
                return
            if behaviour == "corrupt":
                body = _corrupt(body)
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            cut = len(body) // 2 if behaviour in ("stall", "drop") else len(body)
            self._send(body[:cut])
            if behaviour == "stall":
                server.release.wait(STALL_LIMIT)

        def _send(self, data: bytes) -> None:
            for start in range(0, len(data), server.chunk):
                self.wfile.write(data[start : start + server.chunk])
                self.wfile.flush()
                if server.chunk_delay:
                    time.sleep(server.chunk_delay)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output clean

    return Handler


def _corrupt(body: bytes) -> bytes:
    """Flip a run of bytes in the middle of the body, as a bad disk or proxy would."""
    middle = len(body) // 2
    damaged = bytes(byte ^ 0xFF for byte in body[middle : middle + 64])
    return body[:middle] + damaged + body[middle + 64 :]
