"""A loopback HTTP server (stdlib, in a thread) answering as PyPI's JSON API, OSV's query API
and a static file host would, from recorded responses."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class RecordedServer:
    files: dict[str, bytes] = field(default_factory=dict)  # path -> body
    pypi: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)  # (name, version)
    osv: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)


def _handler(server: RecordedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            server.requests.append(f"GET {self.path}")
            if self.path in server.files:
                self._send(200, server.files[self.path], "application/zip")
                return
            parts = self.path.strip("/").split("/")
            if len(parts) == 4 and parts[0] == "pypi" and parts[3] == "json":
                answer = server.pypi.get((parts[1], parts[2]))
                if answer is not None:
                    self._send(200, json.dumps(answer).encode())
                    return
            self._send(404, b'{"message": "Not Found"}')

        def do_POST(self) -> None:
            server.requests.append(f"POST {self.path}")
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if self.path != "/v1/query":
                self._send(404, b"{}")
                return
            key = (body["package"]["name"], body["version"])
            self._send(200, json.dumps(server.osv.get(key, {})).encode())

    return Handler


@contextlib.contextmanager
def recorded_server(server: RecordedServer) -> Iterator[str]:
    """Serve `server` on 127.0.0.1 (a free port); yields the base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
