"""Homepage and repository signals on real metadata: the recorded real wheels and sdists agree
with themselves, their project names and their own publisher; their METADATA edited to name
other repositories (another owner and name, a fork, a popular project's repository, another
signer) gives the low and medium findings, and never a refusal by default."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest

from sscli.ingest.code import inspect_code
from sscli.ingest.code.repositories import against_signer
from sscli.ingest.code.rules.metadata import labelled_urls, signer_finding
from sscli.inventory.model import distribution_filename
from tests.conftest import REPO, Cli

DATA = REPO / "tests" / "data"
REAL = sorted(
    p
    for p in [*DATA.rglob("*.whl"), *DATA.rglob("*.tar.gz")]
    if "malicious" not in p.parts and "locks" not in p.parts
)
SIGNALS = {"project-urls-disagree", "project-urls-moved", "repository-name-mismatch"}
PATHSPEC = DATA / "wheels" / "pathspec-0.12.1-py3-none-any.whl"
POETRY = DATA / "wheels" / "poetry_core-2.2.1-py3-none-any.whl"


def _signals(path: Path) -> dict[str, list[tuple[str, str]]]:
    parsed = distribution_filename(path.name)
    report = inspect_code(path, path.name, parsed[0] if parsed else None)
    found: dict[str, list[tuple[str, str]]] = {}
    for finding in report.findings:
        if finding.rule in SIGNALS:
            found.setdefault(finding.rule, []).append((finding.severity, finding.message))
    return found


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_real_metadata_agrees(path: Path) -> None:
    assert _signals(path) == {}


def _metadata(wheel: Path) -> tuple[str, str]:
    with zipfile.ZipFile(wheel) as archive:
        name = next(
            n for n in archive.namelist() if n.count("/") == 1 and n.endswith(".dist-info/METADATA")
        )
        return name, archive.read(name).decode()


def _with_metadata(directory: Path, wheel: Path, change: tuple[str, str]) -> Path:
    """The real wheel with one METADATA line replaced, its RECORD line rewritten to match."""
    member, text = _metadata(wheel)
    assert change[0] in text
    metadata = text.replace(*change).encode()
    digest = base64.urlsafe_b64encode(hashlib.sha256(metadata).digest()).rstrip(b"=").decode()
    out = directory / wheel.name
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == member:
                data = metadata
            elif info.filename.endswith(".dist-info/RECORD") and info.filename.count("/") == 1:
                lines = [
                    f"{member},sha256={digest},{len(metadata)}" if line.startswith(member + ",")
                    else line
                    for line in data.decode().splitlines()
                ]  # fmt: skip
                data = ("\n".join(lines) + "\n").encode()
            target.writestr(info, data)
    return out


def test_urls_naming_other_repositories(tmp_path: Path) -> None:
    source = "Project-URL: Source Code, https://github.com/cpburnz/python-pathspec"
    other = _with_metadata(
        tmp_path, PATHSPEC, (source, "Project-URL: Source Code, https://github.com/psf/requests")
    )
    assert _signals(other) == {
        "project-urls-disagree": [
            (
                "medium",
                "Issue Tracker names github.com/cpburnz/python-pathspec, Source Code "
                "github.com/psf/requests",
            )
        ]
    }
    (tmp_path / "fork").mkdir()
    fork = _with_metadata(
        tmp_path / "fork",
        POETRY,
        (
            "Project-URL: Repository, https://github.com/python-poetry/poetry-core",
            "Project-URL: Repository, https://github.com/someone/poetry-core.git",
        ),
    )
    assert [s for s, _ in _signals(fork)["project-urls-moved"]] == ["low"]
    (tmp_path / "starjack").mkdir()
    starjacked = _with_metadata(
        tmp_path / "starjack",
        DATA / "wheels" / "pluggy-1.5.0-py3-none-any.whl",
        (
            "Home-page: https://github.com/pytest-dev/pluggy",
            "Home-page: https://github.com/psf/black",
        ),
    )
    assert _signals(starjacked) == {
        "repository-name-mismatch": [("low", "pluggy names the repository github.com/psf/black")]
    }


def test_the_signer_repository_against_real_metadata() -> None:
    _member, text = _metadata(PATHSPEC)
    headers = HeaderParser().parsestr(text)
    urls = labelled_urls(headers.get("Home-page"), headers.get_all("Project-URL") or [])
    assert against_signer(urls, "GitHub:cpburnz/python-pathspec") is None
    assert against_signer(urls, "GitHub:CPBurnz/Python-Pathspec") is None
    assert against_signer(urls, "Google:123-compute@developer.gserviceaccount.com") is None
    finding = signer_finding("METADATA", urls, "GitHub:evil/python-pathspec")
    assert finding is not None
    assert (finding.rule, finding.severity) == ("repository-not-signer", "medium")
    assert "github.com/evil/python-pathspec" in finding.message
    assert against_signer([("Documentation", "https://example.org")], "GitHub:a/b") is None


def test_mismatches_warn_and_never_refuse_by_default(cli: Cli, tmp_path: Path) -> None:
    source = "Project-URL: Source Code, https://github.com/cpburnz/python-pathspec"
    other = _with_metadata(
        tmp_path, PATHSPEC, (source, "Project-URL: Source Code, https://github.com/psf/requests")
    )
    report = json.loads(cli("inspect", other, "--format", "json").stdout)
    (code,) = [c for c in report["files"][0]["checks"] if c["rule"] == "code"]
    assert code["status"] == "warn" and "project-urls-disagree" in code["message"]


def test_ingest_reads_the_signer_against_the_wheels_own_metadata() -> None:
    """What ingest passes the code check once require_provenance verified a file: the real
    wheel's metadata (as the inventory reader parses it) against the verified publisher."""
    from sscli.ingest.run import _signer_finding
    from sscli.inventory.readers.distribution import read_wheel_metadata

    metadata = read_wheel_metadata(PATHSPEC, PATHSPEC.name)
    assert _signer_finding(metadata, "GitHub:cpburnz/python-pathspec", PATHSPEC.name) is None
    assert _signer_finding(metadata, None, PATHSPEC.name) is None
    finding = _signer_finding(metadata, "GitHub:someone/else", PATHSPEC.name)
    assert finding is not None and finding.rule == "repository-not-signer"
    assert finding.file == "METADATA"
