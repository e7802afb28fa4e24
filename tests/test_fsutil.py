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


def test_a_state_key_is_made_private_and_read_back(tmp_path: Path) -> None:
    from sscli.fsutil import state_key

    key = state_key(tmp_path / "keys" / "k.key")
    assert key is not None and len(key) == 32
    assert (tmp_path / "keys" / "k.key").stat().st_mode & 0o777 == 0o600
    assert state_key(tmp_path / "keys" / "k.key") == key


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o620, 0o666])
def test_a_state_key_others_may_read_or_write_seals_nothing(tmp_path: Path, mode: int) -> None:
    """As ssh refuses a private key others can read: a key file with group or other
    permissions is not used (whatever it seals is then read the slow way)."""
    from sscli.fsutil import state_key

    path = tmp_path / "k.key"
    assert state_key(path) is not None
    path.chmod(mode)
    assert state_key(path) is None


def test_a_state_key_that_is_a_fifo_or_symlink_is_refused_without_blocking(
    tmp_path: Path,
) -> None:
    from sscli.fsutil import state_key

    os.mkfifo(tmp_path / "fifo.key", 0o600)
    assert state_key(tmp_path / "fifo.key") is None
    real = tmp_path / "real.key"
    assert state_key(real) is not None
    (tmp_path / "link.key").symlink_to(real)
    assert state_key(tmp_path / "link.key") is None


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


def test_a_limited_read_takes_up_to_the_limit_and_refuses_more(tmp_path: Path) -> None:
    path = tmp_path / "f"
    for size in (0, 1, 100, 4096):
        path.write_bytes(b"x" * size)
        assert read_bytes_limited(path, 4096) == b"x" * size
    path.write_bytes(b"x" * 4097)
    with pytest.raises(InputError, match="limit"):
        read_bytes_limited(path, 4096)


def test_a_limited_read_does_not_trust_the_size_the_file_reports() -> None:
    """A file that says it is empty (as /proc's do) is read whole, and still within the limit."""
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0
    assert b"Name:" in read_bytes_limited(status, 1024 * 1024)
    with pytest.raises(InputError, match="larger than the 16-byte limit"):
        read_bytes_limited(status, 16)
