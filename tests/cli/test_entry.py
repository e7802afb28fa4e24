"""The console script's end of a quick answer (sscli.cli.entry._leave): the process ends at
once, but as a normal exit would end it: status, printed text, atexit's callbacks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_PROBE = """
import atexit, sys
from sscli.cli.entry import _leave
atexit.register(lambda: print("atexit ran", file=sys.stderr))
print("printed", end="")  # buffered: only the flush writes it
_leave({code})
"""

_BUFFERED = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}


@pytest.mark.parametrize(
    ("code", "status", "message"),
    [
        ("None", 0, ""),
        ("0", 0, ""),
        ("1", 1, ""),
        ("2", 2, ""),
        ("256 + 3", 3, ""),
        ("'a message'", 1, "a message\n"),
    ],
)
def test_a_quick_answer_ends_as_sys_exit_would(code: str, status: int, message: str) -> None:
    result = subprocess.run([sys.executable, "-c", _PROBE.format(code=code)],
                            capture_output=True, text=True, check=False, env=_BUFFERED)  # fmt: skip
    assert result.returncode == status
    assert result.stdout == "printed"
    assert result.stderr == message + "atexit ran\n"


def test_a_closed_pipe_is_not_a_traceback() -> None:
    probe = "from sscli.cli.entry import _leave; print('x' * 100); _leave(0)"
    read, write = os.pipe()
    os.close(read)  # nobody reads: the flush fails
    try:
        result = subprocess.run([sys.executable, "-c", probe], stdout=write,
                                stderr=subprocess.PIPE, check=False, env=_BUFFERED)  # fmt: skip
    finally:
        os.close(write)
    assert result.returncode == 120  # as Python's own exit after a failed flush
    assert b"Traceback" not in result.stderr


def test_threads_are_joined_before_the_end() -> None:
    probe = (
        "import threading, time\n"
        "from sscli.cli.entry import _leave\n"
        "threading.Thread(target=lambda: (time.sleep(0.2), print('joined'))).start()\n"
        "_leave(0)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=False, env=_BUFFERED)  # fmt: skip
    assert result.returncode == 0 and result.stdout == "joined\n"
