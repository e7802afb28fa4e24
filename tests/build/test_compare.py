"""The comparison of two builds' outputs, member by member, streamed."""

from __future__ import annotations

import tarfile
import zipfile
from io import BytesIO
from pathlib import Path

from sscli.build.compare import compare_outputs

BIG = 1_000_000  # over what is kept in memory to diff


def _wheel(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_members_are_compared_streamed(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    same = bytes(range(256)) * 4000
    _wheel(a / "demo-1.0-py3-none-any.whl",
           {"demo/same.bin": same, "demo/text.py": b"x = 1\n", "demo/big.bin": b"\0" * BIG})  # fmt: skip
    _wheel(b / "demo-1.0-py3-none-any.whl",
           {"demo/same.bin": same, "demo/text.py": b"x = 2\n", "demo/big.bin": b"\1" * BIG})  # fmt: skip
    (comparison,) = compare_outputs(a, b)
    assert comparison.verdict == "different"
    content = {d["member"]: d for d in comparison.differences if d["kind"] == "content"}
    assert sorted(content) == ["demo/big.bin", "demo/text.py"]
    assert "+x = 2" in content["demo/text.py"]["diff"]
    assert "diff" not in content["demo/big.bin"]  # too big to keep: compared by digest only


def _sdist(path: Path, mtime: int) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in (("demo-1.0/PKG-INFO", b"Name: demo\n"), ("demo-1.0/big", b"7" * BIG)):
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), mtime, 0o644
            archive.addfile(info, BytesIO(data))


def test_an_sdist_differing_only_in_times_is_equivalent(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    _sdist(a / "demo-1.0.tar.gz", 1_700_000_000)
    _sdist(b / "demo-1.0.tar.gz", 1_700_000_001)
    (comparison,) = compare_outputs(a, b)
    assert comparison.verdict == "equivalent"
    assert {d["kind"] for d in comparison.differences} <= {"timestamp", "diffoscope"}
