from __future__ import annotations

import io
import tarfile
import time
from pathlib import Path

from sscli.build.normalize import normalize_sdist


def _sdist(path: Path, stamp: float) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in (
            ("demo-1.0/PKG-INFO", b"Name: demo\n"),
            ("demo-1.0/src/demo.py", b"x = 1\n"),
        ):
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.uid, info.uname, info.mode = (
                len(data),
                stamp,
                1000,
                "builder",
                0o644,
            )
            archive.addfile(info, io.BytesIO(data))
    return path


def test_normalized_sdists_are_identical_and_keep_their_contents(tmp_path: Path) -> None:
    epoch = 1_700_000_000
    first = _sdist(tmp_path / "a.tar.gz", time.time())
    time.sleep(1.1)
    second = _sdist(tmp_path / "b.tar.gz", time.time())
    assert first.read_bytes() != second.read_bytes()
    assert normalize_sdist(first, epoch) and normalize_sdist(second, epoch)
    assert first.read_bytes() == second.read_bytes()
    with tarfile.open(first) as archive:
        members = archive.getmembers()
        assert [m.name for m in members] == ["demo-1.0/PKG-INFO", "demo-1.0/src/demo.py"]
        assert {m.mtime for m in members} == {epoch} and {m.uid for m in members} == {0}
        assert archive.extractfile(members[1]).read() == b"x = 1\n"  # type: ignore[union-attr]
    assert not normalize_sdist(first, epoch)  # idempotent


def test_older_member_times_are_kept(tmp_path: Path) -> None:
    sdist = _sdist(tmp_path / "old.tar.gz", 1_000_000_000)
    normalize_sdist(sdist, 1_700_000_000)
    with tarfile.open(sdist) as archive:
        assert {m.mtime for m in archive.getmembers()} == {1_000_000_000}
