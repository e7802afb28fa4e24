"""Build the evaluation corpus's inert samples (tests/data/code-corpus) into real wheels and
sdists, for the tests and benchmarks/code_inspection.py. A sample is a directory with a README.md
(technique, public report, `Expect: RULE at FILE[:LINE]`) and `sdist/` or `wheel/` holding the
archive's files, each ending in `.sample` so that nothing ever imports or collects them.
In a wheel, DIST-INFO/ and DATA/ stand for its .dist-info and .data directories, and a
METADATA-REQUIRES file adds Requires-Dist lines."""

from __future__ import annotations

import base64
import hashlib
import io
import re
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

_EXPECT = re.compile(r"^Expect: (\S+) at (\S+?)(?::(\d+))?$", re.MULTILINE)


@dataclass(frozen=True)
class Expectation:
    rule: str
    file: str  # as the finding names it (a wheel's DIST-INFO/ already resolved)
    line: int  # 0: the finding is about the whole file


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)).removesuffix(".sample"): p.read_bytes()
        for p in sorted(root.rglob("*.sample"))
    }


def _metadata(name: str, requires: list[str]) -> bytes:
    lines = ["Metadata-Version: 2.1", f"Name: {name}", "Version: 1.0",
             "Home-page: https://example.org/"]  # fmt: skip
    lines += [f"Requires-Dist: {r}" for r in requires]
    return ("\n".join(lines) + "\n\n").encode()


def build_sample(sample: Path, directory: Path) -> tuple[Path, Expectation]:
    """The sample's archive, written into `directory`, and what inspection must report."""
    name = f"sample-{sample.name}"
    dist = name.replace("-", "_")
    readme = (sample / "README.md").read_text()
    match = _EXPECT.search(readme)
    if match is None:
        raise ValueError(f"{sample}: README.md has no Expect: line")
    file = match.group(2).replace("DIST-INFO/", f"{dist}-1.0.dist-info/")
    file = file.replace("DATA/", f"{dist}-1.0.data/")
    expectation = Expectation(match.group(1), file, int(match.group(3) or 0))
    if (sample / "wheel").is_dir():
        return _wheel(sample / "wheel", name, dist, directory), expectation
    return _sdist(sample / "sdist", name, dist, directory), expectation


def _wheel(root: Path, name: str, dist: str, directory: Path) -> Path:
    files = _files(root)
    requires = files.pop("METADATA-REQUIRES", b"").decode().splitlines()
    dist_info = f"{dist}-1.0.dist-info"
    members = {
        path.replace("DIST-INFO/", f"{dist_info}/").replace("DATA/", f"{dist}-1.0.data/"): data
        for path, data in files.items()
    }
    members[f"{dist_info}/METADATA"] = _metadata(name, requires)
    members[f"{dist_info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: sscli-corpus\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    record = [
        f"{p},sha256={base64.urlsafe_b64encode(hashlib.sha256(d).digest()).rstrip(b'=').decode()},{len(d)}"
        for p, d in members.items()
    ]
    members[f"{dist_info}/RECORD"] = ("\n".join([*record, f"{dist_info}/RECORD,,"]) + "\n").encode()
    path = directory / f"{dist}-1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(zipfile.ZipInfo(member, date_time=(2024, 1, 1, 0, 0, 0)), data)
    return path


def _sdist(root: Path, name: str, dist: str, directory: Path) -> Path:
    files = _files(root)
    files.setdefault("PKG-INFO", _metadata(name, []))
    path = directory / f"{dist}-1.0.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for member, data in files.items():
            info = tarfile.TarInfo(f"{dist}-1.0/{member}")
            info.size = len(data)
            info.mtime = 1_700_000_000
            archive.addfile(info, io.BytesIO(data))
    return path


_NOT = re.compile(r"^Not: (.+)$", re.MULTILINE)


def build_benign(sample: Path, directory: Path) -> tuple[Path, set[str]]:
    """A real benign source's archive (tests/data/code-corpus/benign-sources), written into
    `directory`, and the rules inspection must not raise above low on it (its README's `Not:`
    line)."""
    match = _NOT.search((sample / "README.md").read_text())
    if match is None:
        raise ValueError(f"{sample}: README.md has no Not: line")
    name = f"benign-{sample.name}"
    dist = name.replace("-", "_")
    if (sample / "wheel").is_dir():
        path = _wheel(sample / "wheel", name, dist, directory)
    else:
        path = _sdist(sample / "sdist", name, dist, directory)
    return path, {r.strip() for r in match.group(1).split(",")}


def samples(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if (p / "README.md").is_file())


def build_samples(corpus: Path, directory: Path) -> list[tuple[str, Path]]:
    """Every sample of `corpus` built into `directory`: (sample name, archive)."""
    out = []
    for sample in samples(corpus):
        target = directory / sample.name
        target.mkdir()
        out.append((sample.name, build_sample(sample, target)[0]))
    return out
