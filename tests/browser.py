"""Headless Chromium (Debian's `chromium`) driven over the DevTools protocol with a small
websocket client: open a page, evaluate JavaScript in it, read layout. No browser download."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

import pytest

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
    "--remote-allow-origins=*",
]


class Page:
    """One tab: `open(url)`, then `evaluate(js)` returns the value."""

    def __init__(self, socket: Any) -> None:
        self._socket = socket
        self._ids = count(1)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        number = next(self._ids)
        self._socket.send(json.dumps({"id": number, "method": method, "params": params}))
        while True:
            message = json.loads(self._socket.recv())
            if message.get("id") == number:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})  # type: ignore[no-any-return]

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:60]}...: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, url: str, timeout: float = 30.0) -> None:
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + timeout
        while self.evaluate("document.readyState + ' ' + location.href") != f"complete {url}":
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not load")
            time.sleep(0.05)


@contextlib.contextmanager
def chromium() -> Iterator[Page]:
    """A headless Chromium with a new empty profile; yields its first tab."""
    import websocket

    binary = shutil.which("chromium")
    if binary is None:
        pytest.fail("chromium is not installed: run .ci/bootstrap as root (it installs it)")
    # Chromium's helpers (zygote, renderer, crashpad) outlive the main process for a moment
    # and keep writing into the profile: the whole session is ended, and a file written after
    # that must not turn a passed test into a teardown error.
    with tempfile.TemporaryDirectory(
        prefix="sscli-chromium-", ignore_cleanup_errors=True
    ) as profile:
        process = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            port = _port(Path(profile) / "DevToolsActivePort", process)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
                targets = json.load(r)
            page = next(t for t in targets if t.get("type") == "page")
            socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30)
            try:
                yield Page(socket)
            finally:
                socket.close()
        finally:
            _end_session(process)


def _end_session(process: subprocess.Popen[bytes]) -> None:
    """Chromium and every helper it started (its own session)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # helpers left behind


def _port(announced: Path, process: subprocess.Popen[bytes], timeout: float = 30.0) -> int:
    """The DevTools port Chromium picked, from the file it writes in its profile."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chromium exited with {process.returncode}")
        if announced.is_file() and (lines := announced.read_text().splitlines()):
            return int(lines[0])
        time.sleep(0.05)
    raise TimeoutError("chromium announced no DevTools port")
