"""Builds from a release tarball: `sscli build pkg-1.0.tar.gz` and an unpacked sdist take
SOURCE_DATE_EPOCH from the sdist itself (its newest member time), say so in the provenance, and
need no git. The sdist is packaging 24.1 as PyPI serves it (tests/data/sdists)."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest

from tests.builders import build_sdist, sha256
from tests.conftest import REPO, Cli

SDIST = REPO / "tests" / "data" / "sdists" / "packaging-24.1.tar.gz"
NEWEST_MEMBER = 1717975130  # packaging-24.1/src/packaging/__init__.py


def _predicate(out: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((out / "provenance.predicate.json").read_text())  # type: ignore[no-any-return]


def test_an_sdist_file_builds_its_wheel_dated_by_its_newest_member(
    cli: Cli, tmp_path: Path, build_vault: Path
) -> None:
    out = tmp_path / "out"
    result = cli(
        "build", SDIST, "--vault", build_vault, "--out", out, env={"SOURCE_DATE_EPOCH": ""}
    )
    assert f"SOURCE_DATE_EPOCH={NEWEST_MEMBER}, from the sdist" in result.stderr
    assert sorted(p.name for p in out.glob("*.whl")) == ["packaging-24.1-py3-none-any.whl"]
    assert not list(out.glob("*.tar.gz"))  # the wheel, as uv builds from an sdist
    definition = _predicate(out)["buildDefinition"]
    internal, external = definition["internalParameters"], definition["externalParameters"]
    assert internal["SOURCE_DATE_EPOCH"] == NEWEST_MEMBER
    assert internal["SOURCE_DATE_EPOCH_from"] == "sdist"
    assert external["source"]["sdist"] == {
        "filename": SDIST.name,
        "sha256": sha256(SDIST),
        "newestMemberTime": NEWEST_MEMBER,
    }
    assert external["options"] == {"sdist": False, "wheel": True, "builds": 2}
    report = json.loads((out / "build-report.json").read_text())
    assert report["reproducible"] is True
    # flit_core >=3.3: pip installs the newest the vault holds, and only that one is a dependency
    assert [d["filename"] for d in report["dependencies"]] == ["flit_core-3.12.0-py3-none-any.whl"]


def test_an_unpacked_sdist_outside_git_is_dated_by_its_files(
    cli: Cli, tmp_path: Path, build_vault: Path
) -> None:
    with tarfile.open(SDIST) as archive:
        archive.extractall(tmp_path, filter="data")  # tar keeps the member times
    project = tmp_path / "packaging-24.1"
    out = tmp_path / "out"
    cli("build", project, "--vault", build_vault, "--out", out, env={"SOURCE_DATE_EPOCH": ""})
    internal = _predicate(out)["buildDefinition"]["internalParameters"]
    assert (internal["SOURCE_DATE_EPOCH"], internal["SOURCE_DATE_EPOCH_from"]) == (
        NEWEST_MEMBER,
        "sdist",
    )
    assert {p.name for p in out.iterdir() if p.name.startswith("packaging-")} == {
        "packaging-24.1-py3-none-any.whl",
        "packaging-24.1.tar.gz",
    }


def test_a_given_epoch_wins_and_is_recorded_as_given(
    cli: Cli, tmp_path: Path, build_vault: Path
) -> None:
    out = tmp_path / "out"
    cli("build", SDIST, "--vault", build_vault, "--out", out, "--source-date-epoch", "1700000000")
    internal = _predicate(out)["buildDefinition"]["internalParameters"]
    assert (internal["SOURCE_DATE_EPOCH"], internal["SOURCE_DATE_EPOCH_from"]) == (
        1700000000,
        "given",
    )


def _member(
    name: str, mtime: float = 1700000000, kind: bytes = tarfile.REGTYPE, link: str = ""
) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.mtime, info.type, info.linkname = mtime, kind, link
    return info


@pytest.mark.parametrize(
    ("member", "message"),
    [
        (_member("evil_pkg-1.0/../../escape.py"), "fails inspection"),
        (
            _member("evil_pkg-1.0/link", kind=tarfile.SYMTYPE, link="/etc/passwd"),
            "fails inspection",
        ),
        (_member("evil_pkg-1.0/late.py", mtime=32503680000), "not a plausible release date"),
    ],
)
def test_hostile_sdists_are_refused_before_anything_is_unpacked(
    cli: Cli, tmp_path: Path, build_vault: Path, member: tarfile.TarInfo, message: str
) -> None:
    sdist = build_sdist(tmp_path, "evil-pkg", "1.0", extra=[member])
    result = cli(
        "build",
        sdist,
        "--vault",
        build_vault,
        "--out",
        tmp_path / "out",
        expect=2,
        env={"SOURCE_DATE_EPOCH": ""},
    )
    assert message in result.stderr
    assert not (tmp_path / "out").exists()
    assert not (tmp_path / "escape.py").exists()
