"""Real servers on loopback for tests: pypiserver, and a scriptable simple index that can
answer with PEP 691 JSON (yanked files, upload times) and misbehave on purpose."""

from __future__ import annotations

import contextlib
import hashlib
import json
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.request import urlopen

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def pypiserver(directory: Path) -> Iterator[str]:
    """A real pypiserver on 127.0.0.1 serving `directory`; yields its simple index URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pypiserver", "run", "-p", str(port), "-i", "127.0.0.1", "-a", ".",
         "-P", ".", "--disable-fallback", "--hash-algo", "sha256", "--backend", "simple-dir",
         "--log-stream", "none", str(directory)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/simple/"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urlopen(url, timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("pypiserver did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def project_of(filename: str) -> str:
    if filename.endswith(".whl"):
        return canonicalize_name(parse_wheel_filename(filename)[0])
    return canonicalize_name(parse_sdist_filename(filename)[0])


@dataclass
class Fault:
    """Misbehaviour for requests whose path ends with `suffix`, the first `times` times."""

    suffix: str
    kind: str  # "500", "reset", "truncate", "swap", "slow"
    times: int = 1_000_000
    seen: int = 0


@dataclass
class ScriptedIndex:
    """What the scripted index serves: files, their yanked state and upload times, faults."""

    files: dict[str, Path] = field(default_factory=dict)
    yanked: dict[str, str] = field(default_factory=dict)
    uploaded: dict[str, datetime] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    credentials: str | None = None  # required Authorization header value, if any
    provenance: dict[str, Path] = field(default_factory=dict)  # filename -> PEP 740 provenance

    def add(
        self, path: Path, *, yanked: str | None = None, uploaded: datetime | None = None
    ) -> None:
        self.files[path.name] = path
        if yanked is not None:
            self.yanked[path.name] = yanked
        self.uploaded[path.name] = uploaded or datetime(2024, 1, 1, tzinfo=UTC)


def _handler(index: ScriptedIndex) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            index.requests.append((self.path, dict(self.headers.items())))
            if index.credentials and self.headers.get("Authorization") != index.credentials:
                self._send(401, b"unauthorized", "text/plain")
                return
            fault = next(
                (f for f in index.faults if self.path.endswith(f.suffix) and f.seen < f.times), None
            )
            if fault is not None:
                fault.seen += 1
                if self._fault(fault):
                    return
            parts = [p for p in self.path.split("?")[0].split("/") if p]
            if len(parts) == 2 and parts[0] == "simple":
                self._project(parts[1])
            elif len(parts) == 2 and parts[0] == "provenance" and parts[1] in index.provenance:
                self._send(200, index.provenance[parts[1]].read_bytes(), "application/json")
            elif len(parts) == 2 and parts[0] == "files" and parts[1] in index.files:
                self._send(200, index.files[parts[1]].read_bytes(), "application/octet-stream")
            else:
                self._send(404, b"not found", "text/plain")

        def _fault(self, fault: Fault) -> bool:
            if fault.kind == "500":
                self._send(500, b"boom", "text/plain")
            elif fault.kind == "reset":  # RST mid-download: linger 0, then close every handle
                name = self.path.rsplit("/", 1)[-1]
                data = index.files[name].read_bytes()
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data[: len(data) // 3])
                self.wfile.flush()
                linger = struct.pack("ii", 1, 0)
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                self._hang_up()
            elif fault.kind == "truncate":
                name = self.path.rsplit("/", 1)[-1]
                data = index.files[name].read_bytes()
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data[: len(data) // 2])
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self._hang_up()
            elif fault.kind == "swap":  # same size, different bytes: a substituted file
                name = self.path.rsplit("/", 1)[-1]
                data = bytearray(index.files[name].read_bytes())
                data[len(data) // 2] ^= 0xFF
                self._send(200, bytes(data), "application/octet-stream")
            elif fault.kind == "slow":
                time.sleep(0.5)
                return False
            return True

        def _hang_up(self) -> None:
            self.close_connection = True
            self.rfile.close()
            self.wfile.close()
            self.connection.close()

        def _project(self, name: str) -> None:
            names = sorted(f for f in index.files if project_of(f) == canonicalize_name(name))
            if not names:
                self._send(404, b"not found", "text/plain")
                return
            files = []
            for filename in names:
                data = index.files[filename].read_bytes()
                files.append({
                    "filename": filename,
                    "url": f"/files/{filename}",
                    "hashes": {"sha256": hashlib.sha256(data).hexdigest()},
                    "size": len(data),
                    "yanked": index.yanked.get(filename, False) if filename in index.yanked else False,
                    "upload-time": index.uploaded[filename].isoformat().replace("+00:00", "Z"),
                    "provenance": f"/provenance/{filename}" if filename in index.provenance else None,
                })  # fmt: skip
            body = json.dumps(
                {"meta": {"api-version": "1.1"}, "name": name, "files": files}
            ).encode()
            self._send(200, body, "application/vnd.pypi.simple.v1+json")

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextlib.contextmanager
def scripted_index(index: ScriptedIndex) -> Iterator[str]:
    """Serve `index` on loopback; yields its simple index URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(index))
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/simple/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def aws_kms(monkeypatch: Any) -> Iterator[Any]:
    """A real AWS KMS API on loopback (moto's server), with boto3 pointed at it through the
    environment, as `AWS_ENDPOINT_URL` points it at a private endpoint in production. Yields a
    boto3 KMS client for the test to create keys with."""
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        for name, value in {
            "AWS_ENDPOINT_URL": f"http://{host}:{port}",
            "AWS_ACCESS_KEY_ID": "loopback",
            "AWS_SECRET_ACCESS_KEY": "loopback",
            "AWS_DEFAULT_REGION": "us-east-1",
        }.items():
            monkeypatch.setenv(name, value)
        yield boto3.client("kms")
    finally:
        server.stop()


@contextlib.contextmanager
def static_files(directory: Path) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 serving `directory` as it is at each request; yields its
    base URL (no trailing slash). Files are read when requested, so a test can change them."""
    from functools import partial
    from http.server import SimpleHTTPRequestHandler

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
