"""Identity patterns (Sigstore certificate identities, builder ids, refs, subject names): `*`
stays within one path segment and never crosses `@`, `**` spans segments but never `@`; tested
with hostile branch names, and at the gate with a real bundle from the public Sigstore."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sscli.policy.patterns import PatternError, matches, validate_pattern
from tests.attest.conftest import gcb_bundle_document
from tests.conftest import Cli

WORKFLOW = "https://github.com/org/repo/.github/workflows/release.yml"
ATTEST_DATA = Path(__file__).resolve().parents[1] / "attest" / "data"


@pytest.mark.parametrize(
    ("pattern", "value"),
    [
        (f"{WORKFLOW}@refs/heads/main", f"{WORKFLOW}@refs/heads/main"),
        (
            "https://github.com/org/repo/.github/workflows/*@refs/heads/main",
            f"{WORKFLOW}@refs/heads/main",
        ),
        (f"{WORKFLOW}@refs/tags/v*", f"{WORKFLOW}@refs/tags/v1.2.3"),
        (f"{WORKFLOW}@refs/**", f"{WORKFLOW}@refs/heads/release/1.x"),
        (
            "https://github.com/org/*/.github/workflows/release.yml@refs/heads/main",
            f"{WORKFLOW}@refs/heads/main",
        ),
        ("*@example.org", "release-bot@example.org"),
        ("demo-*.whl", "demo-1.0-py3-none-any.whl"),
        ("refs/tags/v*", "refs/tags/v2"),
    ],
)
def test_patterns_match(pattern: str, value: str) -> None:
    assert matches(pattern, value)


@pytest.mark.parametrize(
    ("pattern", "value"),
    [
        # a branch named `feature@refs/heads/main` must not pass for main
        (
            "https://github.com/org/repo/.github/workflows/*@refs/heads/main",
            f"{WORKFLOW}@refs/heads/feature@refs/heads/main",
        ),
        # nor a branch whose name ends in the expected ref
        (
            "https://github.com/org/repo/.github/workflows/*@refs/heads/main",
            "https://github.com/org/repo/.github/workflows/x@refs/heads/y/.github/workflows/release.yml@refs/heads/main",
        ),
        (f"{WORKFLOW}@refs/tags/v*", f"{WORKFLOW}@refs/tags/v1/../../heads/evil"),
        (f"{WORKFLOW}@refs/tags/v*", f"{WORKFLOW}@refs/tags/v1@refs/heads/evil"),
        (f"{WORKFLOW}@refs/**", f"{WORKFLOW}@refs/heads/x@evil"),
        # another repository's workflow
        (
            "https://github.com/org/*/.github/workflows/release.yml@refs/heads/main",
            "https://github.com/org/repo/fork/.github/workflows/release.yml@refs/heads/main",
        ),
        (
            "https://github.com/org/repo/*",
            "https://github.com/org/repo/.github/workflows/a.yml@refs/heads/main",
        ),
        ("*", "someone@example.org"),
        ("*@example.org", "mallory@evil.example@example.org"),
        ("demo-*.whl", "demo-1.0/../../evil.whl"),
        # `?` and `[` are literal: no character classes
        ("demo-?.whl", "demo-1.whl"),
        ("demo-[0-9].whl", "demo-1.whl"),
        # literal parts are literal, and the whole value must match
        ("refs/heads/main", "refs/heads/main2"),
        ("refs/heads/main", "xrefs/heads/main"),
        ("a.b", "aXb"),
    ],
)
def test_patterns_do_not_match_hostile_values(pattern: str, value: str) -> None:
    assert not matches(pattern, value)


@pytest.mark.parametrize("pattern", ["", "***", "a**b", "**@", "x\x00"])
def test_malformed_patterns_are_refused(pattern: str) -> None:
    with pytest.raises(PatternError):
        validate_pattern(pattern)


def test_a_malformed_pattern_is_a_policy_input_error(cli: Cli, tmp_path: Path) -> None:
    policy = tmp_path / "deploy.yaml"
    policy.write_text(
        "version: 1\ndeploy:\n  signers:\n    - name: ci\n      sigstore:\n"
        '        - {identity: "https://github.com/***", issuer: "https://token.actions.githubusercontent.com"}\n'
        "      predicates: [provenance]\n  require: [provenance]\n"
    )
    assert "identity" in cli("policy", "check", policy, expect=2).stderr


GCB_ISSUER = "https://accounts.google.com"


@pytest.mark.parametrize(
    ("identity", "reached_the_signature"),
    [
        ("919436158236-compute@developer.gserviceaccount.com", True),
        ("*-compute@developer.gserviceaccount.com", True),
        ("*@developer.gserviceaccount.com", True),
        ("*", False),  # would cross the `@`
        ("*@attacker.example", False),
        ("919436158236-compute@*", True),
    ],
)
def test_the_gate_matches_a_real_certificates_identity(
    cli: Cli, tmp_path: Path, identity: str, reached_the_signature: bool
) -> None:
    """The real bundle's statement has PyPI's publish predicate, which no deploy policy trusts:
    an identity that matches gets as far as that; one that does not is never tried."""
    artifact = tmp_path / "gcb_attestation_test-0.0.0.tar.gz"
    shutil.copy(ATTEST_DATA / "gcb_attestation_test-0.0.0.tar.gz", artifact)
    artifact.with_name(artifact.name + ".sigstore.json").write_text(
        json.dumps(gcb_bundle_document())
    )
    policy = tmp_path / "deploy.yaml"
    policy.write_text(
        "version: 1\ndeploy:\n  signers:\n    - name: gcb\n      sigstore:\n"
        f'        - {{identity: "{identity}", issuer: "{GCB_ISSUER}"}}\n'
        "      predicates: [provenance]\n  require: [provenance]\n"
    )
    result = cli("verify", "artifact", artifact, "--policy", policy, "--format", "json", expect=1)
    signatures = next(r for r in json.loads(result.stdout)["rules"] if r["rule"] == "signatures")
    assert ("not trusted for" in signatures["reason"]) is reached_the_signature, signatures
