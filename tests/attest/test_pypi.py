"""PEP 740: real attestations recorded from PyPI (gcb_attestation_test 0.0.0, published with a
Google Cloud Build service account) verified offline, and rejected for anyone else."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import Cli

DATA = Path(__file__).parent / "data"
DIST = DATA / "gcb_attestation_test-0.0.0.tar.gz"
PROVENANCE = DATA / "gcb_attestation_test-0.0.0.tar.gz.provenance"
PUBLISHER = "google:919436158236-compute@developer.gserviceaccount.com"


def test_real_provenance_verifies_for_its_publisher(cli: Cli) -> None:
    result = cli(
        "verify",
        "pypi",
        DIST,
        "--attestation",
        PROVENANCE,
        "--publisher",
        PUBLISHER,
        "--format",
        "json",
    )
    data = json.loads(result.stdout)
    assert (
        data["verified"]
        and data["predicateType"] == "https://docs.pypi.org/attestations/publish/v1"
    )


@pytest.mark.parametrize(
    ("publisher", "reason"),
    [
        ("google:someone-else@developer.gserviceaccount.com", "SANs do not match"),
        ("github:pypa/sampleproject", "not github:pypa/sampleproject"),
        ("github:pypa/sampleproject@release.yml", "verif"),
        ("gitlab:group/project", "not gitlab:group/project"),
    ],
)
def test_rejected_for_any_other_publisher(cli: Cli, publisher: str, reason: str) -> None:
    result = cli(
        "verify", "pypi", DIST, "--attestation", PROVENANCE, "--publisher", publisher, expect=1
    )
    assert reason.lower() in result.stderr.lower()


def test_rejected_for_another_file(cli: Cli, tmp_path: Path) -> None:
    other = tmp_path / DIST.name
    shutil.copy(DIST, other)
    other.write_bytes(other.read_bytes() + b"\0")
    cli("verify", "pypi", other, "--attestation", PROVENANCE, "--publisher", PUBLISHER, expect=1)


@pytest.mark.parametrize(
    ("content", "publisher", "message"),
    [
        ("{not json", PUBLISHER, "not valid JSON"),
        ('{"something": 1}', PUBLISHER, "not a PEP 740"),
        ('{"attestation_bundles": [{"publisher": 3}]}', PUBLISHER, "not a PEP 740"),
        (None, "pypi:nope", "unknown publisher"),
        (None, "github:justaname", "OWNER/REPO"),
    ],
)
def test_bad_input(
    cli: Cli, tmp_path: Path, content: str | None, publisher: str, message: str
) -> None:
    attestation = PROVENANCE
    if content is not None:
        attestation = tmp_path / "bad.provenance"
        attestation.write_text(content)
    assert (
        message
        in cli(
            "verify", "pypi", DIST, "--attestation", attestation, "--publisher", publisher, expect=2
        ).stderr
    )


def test_build_claims_are_checked_where_the_certificate_has_them(cli: Cli) -> None:
    """`--source-ref` and friends apply to PEP 740 as to GitHub attestations: this publisher
    (Google Cloud Build) records no source ref or runner, so expecting one refuses it."""
    base = ["verify", "pypi", DIST, "--attestation", PROVENANCE, "--publisher", PUBLISHER]
    result = cli(*base, "--source-ref", "refs/tags/v0.0.0", expect=1)
    assert "source-ref: expected refs/tags/v0.0.0, the certificate says (nothing)" in result.stderr
    result = cli(*base, "--deny-self-hosted-runners", expect=1)
    assert "runner-environment: expected github-hosted" in result.stderr
    assert "not a full git ref" in cli(*base, "--source-ref", "main", expect=2).stderr
    assert json.loads(cli(*base, "--format", "json").stdout)["matched"] == []
