"""The file primitives every reader uses: a planted FIFO, device or directory is bad input,
never a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sscli.errors import InputError
from sscli.fsutil import hash_file, open_regular, read_bytes_limited


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for read in (open_regular, lambda p: read_bytes_limited(p, 10), hash_file):
        with pytest.raises(InputError, match="not a regular file"):
            read(fifo)


def test_a_device_and_a_directory_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a regular file"):
        read_bytes_limited(Path("/dev/zero"), 10)
    with pytest.raises(InputError, match="is a directory"):
        hash_file(tmp_path)


def test_a_symlink_to_a_regular_file_reads(tmp_path: Path) -> None:
    (tmp_path / "real").write_bytes(b"data")
    (tmp_path / "link").symlink_to("real")
    assert read_bytes_limited(tmp_path / "link", 10) == b"data"
    with pytest.raises(InputError, match="limit"):
        read_bytes_limited(tmp_path / "real", 3)


def test_an_atomic_write_creates_its_temporary_file_as_mkstemp_does(tmp_path: Path) -> None:
    import stat

    from sscli.fsutil import _mkstemp

    fd, name = _mkstemp(tmp_path, ".out.json.", ".tmp")
    os.close(fd)
    made = Path(name)
    assert made.parent == tmp_path.absolute() and made.name.startswith(".out.json.")
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert not os.get_inheritable(_mkstemp(tmp_path, "a", "b")[0])
    for _ in range(3):  # a new name each time, never an existing file
        fd, other = _mkstemp(tmp_path, ".out.json.", ".tmp")
        os.close(fd)
        assert other != name
