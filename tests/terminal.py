"""sscli as a person at a terminal runs it: stderr on a pty (or, to compare, a pipe)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

BAR = "━"  # what rich draws a progress bar with


def sscli(*args: str | Path, tty: bool, state: Path) -> tuple[int, str]:
    """Run sscli with stderr on a pty (`tty`) or a pipe; its exit code and stderr."""
    argv = [sys.executable, "-m", "sscli", "--state-dir", str(state), *map(str, args)]
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "SOURCE_DATE_EPOCH": ""}
    if not tty:
        done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
        return done.returncode, done.stderr
    master, slave = pty.openpty()
    process = subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, env=env
    )
    os.close(slave)
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # the other end closed
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain)
    reader.start()
    code = process.wait(timeout=600)
    reader.join(timeout=10)
    os.close(master)
    return code, b"".join(chunks).decode("utf-8", "replace")
