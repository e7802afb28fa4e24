"""pip's log as a FIFO drained from outside the sandbox: nothing written can be taken back."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from sscli.build import piplog
from sscli.build.piplog import PipLog


def test_every_writer_is_read_and_rewriting_takes_nothing_back(tmp_path: Path) -> None:
    path = tmp_path / "pip.log"
    with PipLog(path) as log:
        assert stat.S_ISFIFO(path.stat().st_mode)
        for line in ("Added flit_core from file:///vault/files/a.whl\n", "second pip\n"):
            with path.open("a") as writer:  # each pip process opens, appends and closes
                writer.write(line)
        with path.open("w") as eraser:  # a backend "truncating" the log
            eraser.write("forged\n")
    assert log.text() == "Added flit_core from file:///vault/files/a.whl\nsecond pip\nforged\n"


def test_a_flood_is_read_but_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(piplog, "MAX_LOG_BYTES", 1000)
    path = tmp_path / "pip.log"
    with PipLog(path) as log, path.open("wb") as writer:
        writer.write(b"x" * 200_000)  # more than a pipe holds: the reader keeps draining
    assert log.text() == "x" * 1000
