"""pip's log of a sandboxed build, read from outside the sandbox while the build runs.

The log names the vault files pip installed, which the provenance lists as the build's
dependencies. The build backend runs in the same sandbox as pip, after pip, so a log file it can
write is a log it can rewrite: erase the lines that name what it was installed from. Here the
log is a FIFO that sscli drains as pip writes it: what pip logged is taken when it is written and
cannot be taken back. A backend can still add lines, which only names more vault files (each
checked against the vault), so the dependency list is a sound over-approximation.
"""

from __future__ import annotations

import os
import select
import threading
import time
from pathlib import Path
from types import TracebackType

MAX_LOG_BYTES = 64 * 1024 * 1024  # more is read (so writers never block) but not kept
_DRAIN_SECONDS = 2.0  # after the build: a straggler that keeps writing is not waited for


class PipLog:
    """`with PipLog(path) as log:` makes `path` a FIFO, collects what is written to it until the
    block ends, then `log.text()`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._chunks: list[bytes] = []
        self._kept = 0
        self._done = threading.Event()
        self._fd = -1
        self._thread: threading.Thread | None = None

    def __enter__(self) -> PipLog:
        os.mkfifo(self.path, 0o600)
        # read-write: the FIFO always has a writer, so reading never sees end-of-file between
        # the many pip processes that open, append and close it
        self._fd = os.open(self.path, os.O_RDWR | os.O_NONBLOCK)
        self._thread = threading.Thread(target=self._drain, name="pip-log", daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()
        os.close(self._fd)

    def text(self) -> str:
        return b"".join(self._chunks).decode("utf-8", "replace")

    def _drain(self) -> None:
        deadline: float | None = None
        while True:
            if self._done.is_set() and deadline is None:
                deadline = time.monotonic() + _DRAIN_SECONDS
            if deadline is not None and time.monotonic() > deadline:
                return
            ready, _, _ = select.select([self._fd], [], [], 0.05)
            if not ready:
                if deadline is not None:
                    return  # the build is over and everything it wrote has been read
                continue
            try:
                chunk = os.read(self._fd, 65536)
            except BlockingIOError:
                continue
            if self._kept < MAX_LOG_BYTES:
                self._chunks.append(chunk[: MAX_LOG_BYTES - self._kept])
                self._kept += len(self._chunks[-1])
