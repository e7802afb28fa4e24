"""Serve the vault over HTTP on loopback: the static index with PEP 691 content negotiation
(JSON for clients that ask for it, HTML otherwise) and the files. Read-only; no directory
listings; nothing outside the vault's `simple/` and `files/` is reachable."""

from __future__ import annotations

import os
import posixpath
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from sscli.errors import InputError
from sscli.fsutil import open_regular
from sscli.index.simple import JSON_CONTENT_TYPE


class VaultRequestHandler(SimpleHTTPRequestHandler):
    server_version = "sscli-vault"

    def __init__(self, *args: object, directory: str, **kwargs: object) -> None:
        super().__init__(*args, directory=directory, **kwargs)  # type: ignore[arg-type]

    def send_head(self):  # type: ignore[no-untyped-def]
        path = unquote(urlsplit(self.path).path)
        parts = [p for p in posixpath.normpath(path).split("/") if p]
        if not parts or parts[0] not in ("simple", "files") or ".." in parts:
            self.send_error(HTTPStatus.NOT_FOUND)
            return None
        if parts[0] == "simple":
            wants_json = JSON_CONTENT_TYPE in self.headers.get("Accept", "")
            page = "index.json" if wants_json else "index.html"
            target = Path(self.directory, *parts, page)
            if not target.is_file():
                self.send_error(HTTPStatus.NOT_FOUND)
                return None
            if not path.endswith("/"):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", path + "/")
                self.end_headers()
                return None
            content_type = JSON_CONTENT_TYPE if wants_json else "text/html; charset=utf-8"
            return self._send_file(target, content_type, vary=True)
        if path.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND)
            return None
        return self._send_file(Path(self.directory, *parts), "application/octet-stream")

    def _send_file(self, target: Path, content_type: str, *, vary: bool = False) -> BinaryIO | None:
        """Open `target` as a regular file only (a FIFO in the vault must not hang a worker)."""
        try:
            handle = open_regular(target)
        except InputError:
            self.send_error(HTTPStatus.NOT_FOUND)
            return None
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(os.fstat(handle.fileno()).st_size))
        if vary:
            self.send_header("Vary", "Accept")
        self.end_headers()
        return handle

    def guess_type(self, path: object) -> str:
        return "application/octet-stream"

    def log_message(self, format: str, *args: object) -> None:
        return


def make_server(root: Path, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A server for the vault at `root` (port 0 picks a free port: see `server_address`)."""
    handler = partial(VaultRequestHandler, directory=str(root))
    return ThreadingHTTPServer((host, port), handler)
