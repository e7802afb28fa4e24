"""Fulcio certificate claims read by OID, and the identity checks of `gh attestation verify`,
on real certificates: GitHub's and the public instance's (recorded bundles), and ones the tests
sign with a CA of their own for what no one else would sign (another repository, a reusable
workflow from another owner, a self-hosted runner, a claim carried twice)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from sscli.attest.identity import (
    FulcioClaims,
    identity_spec,
    match_identity,
    read_claims,
)
from sscli.errors import InputError, PolicyError, UsageError

from .sigstore_instance import Instance, der_utf8, github_claims

GITHUB = Path(__file__).parent / "data" / "github"


@pytest.fixture(scope="module")
def instance() -> Instance:
    return Instance()


@pytest.fixture(scope="module")
def key() -> Any:
    return ec.generate_private_key(ec.SECP256R1())


def _certificate(instance: Instance, key: Any, **claims: Any) -> x509.Certificate:
    made = github_claims(**claims)
    return instance.leaf(key, made["san"], made["extensions"])


def _recorded_certificate(name: str) -> x509.Certificate:
    from sscli.attest.sigstore_bundle import read_bundle_file

    bundle = json.loads(read_bundle_file(GITHUB / name)[0][1])
    return x509.load_der_x509_certificate(
        base64.b64decode(bundle["verificationMaterial"]["certificate"]["rawBytes"])
    )


def test_claims_of_a_real_reusable_workflow_certificate() -> None:
    claims = read_claims(_recorded_certificate("reusable-workflow-attestation.sigstore.json"))
    workflow = (
        "https://github.com/github/artifact-attestations-workflows/.github/workflows/"
        "attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d"
    )
    assert claims.subject == (workflow,)
    assert claims.issuer == "https://token.actions.githubusercontent.com"
    assert claims.build_signer_uri == workflow
    assert claims.source_repository_uri == "https://github.com/malancas/attest-demo"
    assert claims.source_repository_owner_uri == "https://github.com/malancas"
    assert claims.source_repository_ref == "refs/heads/main"
    assert claims.source_repository_digest == "95baf27389e83e6a5c48f42e190d48d7abcea19e"
    assert claims.runner_environment == "github-hosted"
    assert claims.build_trigger == "workflow_dispatch"
    assert claims.build_config_uri == (
        "https://github.com/malancas/attest-demo/.github/workflows/shared.yml@refs/heads/main"
    )
    assert claims.run_invocation_uri == (
        "https://github.com/malancas/attest-demo/actions/runs/9228858953/attempts/1"
    )
    assert claims.to_dict()["sourceRepositoryVisibilityAtSigning"] == "public"


def test_claims_of_a_real_github_instance_certificate() -> None:
    claims = read_claims(
        _recorded_certificate("github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl")
    )
    assert claims.source_repository_uri == "https://github.com/actions/attest-demo"
    assert claims.subject == (
        "https://github.com/actions/attest-demo/.github/workflows/build-python.yml@refs/heads/main",
    )


def _spec(**options: Any) -> Any:
    return identity_spec(**options)


def test_the_expected_signer_matches_field_by_field(instance: Instance, key: Any) -> None:
    claims = read_claims(_certificate(instance, key))
    matched = match_identity(
        claims,
        _spec(
            repo="acme/app",
            signer_workflow="acme/app/.github/workflows/release.yml",
            source_ref="refs/tags/v1.0.0",
            source_digest="a" * 40,
            signer_digest="a" * 40,
            deny_self_hosted_runners=True,
        ),
        "https://slsa.dev/provenance/v1",
    )
    assert matched.names == (
        "cert-oidc-issuer", "owner", "repo", "signer-workflow", "build-signer-uri",
        "signer-digest", "source-ref", "source-digest", "runner-environment", "predicate-type",
    )  # fmt: skip
    assert all(f.matched for f in matched.fields)
    # GitHub owner and repository names compare as GitHub treats them: without case
    match_identity(claims, _spec(repo="ACME/App"), "https://slsa.dev/provenance/v1")


@pytest.mark.parametrize(
    ("made", "expected", "field"),
    [
        # the same workflow name in another repository of another owner
        ({"repo": "evil/app"}, {"owner": "acme"}, "owner"),
        ({"repo": "acme/app-fork"}, {"repo": "acme/app"}, "repo"),
        # the attacker's repository claims to be acme's by its owner URI alone: the repository
        # URI and the signer still say otherwise
        (
            {"repo": "evil/app", "owner_uri": "https://github.com/acme"},
            {"repo": "acme/app"},
            "repo",
        ),
        # a reusable workflow of another owner signs for acme/app: refused by default...
        ({"signer_repo": "evil/workflows"}, {"repo": "acme/app"}, "signer-workflow"),
        # ...and when another signer repository is expected
        (
            {"signer_repo": "evil/workflows"},
            {"repo": "acme/app", "signer_repo": "github/artifact-attestations-workflows"},
            "signer-repo",
        ),
        # a workflow whose name only starts like the expected one
        (
            {"workflow": ".github/workflows/release.yml2"},
            {"repo": "acme/app", "signer_workflow": "acme/app/.github/workflows/release.yml"},
            "signer-workflow",
        ),
        (
            {"runner": "self-hosted"},
            {"repo": "acme/app", "deny_self_hosted_runners": True},
            "runner-environment",
        ),
        # hostile branch names: only the exact ref matches
        (
            {"ref": "refs/heads/main-evil"},
            {"repo": "acme/app", "source_ref": "refs/heads/main"},
            "source-ref",
        ),
        (
            {"ref": "refs/heads/main/../evil"},
            {"repo": "acme/app", "source_ref": "refs/heads/main"},
            "source-ref",
        ),
        (
            {"ref": "refs/tags/v1.0.0 "},
            {"repo": "acme/app", "source_ref": "refs/tags/v1.0.0"},
            "source-ref",
        ),
        (
            {"ref": "refs/heads/refs/tags/v1.0.0"},
            {"repo": "acme/app", "source_ref": "refs/tags/v1.0.0"},
            "source-ref",
        ),
        ({"sha": "b" * 40}, {"repo": "acme/app", "source_digest": "a" * 40}, "source-digest"),
        # a reusable workflow's own commit differs from the source's
        (
            {"signer_repo": "acme/workflows"},
            {"repo": "acme/app", "signer_repo": "acme/workflows", "signer_digest": "a" * 40},
            "signer-digest",
        ),
    ],
)
def test_another_signer_is_refused(
    instance: Instance, key: Any, made: dict[str, Any], expected: dict[str, Any], field: str
) -> None:
    claims = read_claims(_certificate(instance, key, **made))
    with pytest.raises(PolicyError, match=f"{field}: expected"):
        match_identity(claims, _spec(**expected), "https://slsa.dev/provenance/v1")


def test_an_exact_ref_in_the_signer_workflow_pins_it(instance: Instance, key: Any) -> None:
    claims = read_claims(_certificate(instance, key, ref="refs/heads/feature"))
    wanted = "acme/app/.github/workflows/release.yml@refs/tags/v1.0.0"
    with pytest.raises(PolicyError, match="signer-workflow"):
        match_identity(claims, _spec(repo="acme/app", signer_workflow=wanted), None)


def test_the_predicate_type_and_the_issuer_are_checked(instance: Instance, key: Any) -> None:
    claims = read_claims(_certificate(instance, key))
    with pytest.raises(
        PolicyError, match=r"predicate-type: expected https://slsa\.dev/provenance/v1"
    ):
        match_identity(claims, _spec(owner="acme"), "https://spdx.dev/Document")
    with pytest.raises(PolicyError, match="cert-oidc-issuer"):
        match_identity(
            claims,
            _spec(owner="acme", issuer="https://token.actions.githubusercontent.com/acme"),
            None,
        )


def test_a_certificate_without_the_claims_fails_every_check() -> None:
    claims = FulcioClaims(
        subject=("https://github.com/acme/app/.github/workflows/r.yml@refs/heads/main",)
    )
    with pytest.raises(PolicyError) as error:
        match_identity(claims, _spec(repo="acme/app", deny_self_hosted_runners=True), None)
    for field in ("cert-oidc-issuer", "owner", "repo", "runner-environment"):
        assert f"{field}: expected" in error.value.message


@pytest.mark.parametrize("claim", [16, 12, 9, 8])
def test_a_claim_carried_twice_is_hostile(instance: Instance, key: Any, claim: int) -> None:
    made = github_claims()
    certificate = instance.leaf(key, made["san"], made["extensions"], duplicate=claim)
    with pytest.raises(InputError, match="extensions are malformed: Duplicate"):
        read_claims(certificate)


@pytest.mark.parametrize(
    "raw",
    [
        b"https://github.com/acme",  # not DER at all
        b"\x13\x17https://github.com/acme",  # a PrintableString, not a UTF8String
        der_utf8("https://github.com/acme") + b"\x00",  # trailing bytes
        b"\x0c\x81\x17https://github.com/acme",  # a non-minimal length
        b"\x0c\x30https://github.com/acme",  # a length past the end
        b"\x0c\x02\xff\xfe",  # not UTF-8
    ],
)
def test_malformed_claim_values_are_refused(instance: Instance, key: Any, raw: bytes) -> None:
    from cryptography.hazmat.primitives import hashes

    made = github_claims()
    certificate = instance.leaf(
        key, made["san"], {k: v for k, v in made["extensions"].items() if k != 16}
    )
    builder = x509.CertificateBuilder(
        issuer_name=certificate.issuer,
        subject_name=certificate.subject,
        public_key=certificate.public_key(),
        serial_number=certificate.serial_number,
        not_valid_before=certificate.not_valid_before_utc,
        not_valid_after=certificate.not_valid_after_utc,
        extensions=[*certificate.extensions],
    ).add_extension(
        x509.UnrecognizedExtension(x509.ObjectIdentifier("1.3.6.1.4.1.57264.1.16"), raw),
        critical=False,
    )
    with pytest.raises(InputError, match=r"1\.3\.6\.1\.4\.1\.57264\.1\.16"):
        read_claims(builder.sign(instance.intermediate_key, hashes.SHA256()))


def test_issuer_extensions_that_disagree_are_hostile(instance: Instance, key: Any) -> None:
    made = github_claims()
    made["extensions"][1] = "https://accounts.example.org"
    with pytest.raises(InputError, match="issuer extensions disagree"):
        read_claims(instance.leaf(key, made["san"], made["extensions"]))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"owner": "acme/evil"}, "not a GitHub owner name"),
        ({"repo": "acme"}, "expected OWNER/REPO"),
        ({"repo": "acme/app/x"}, "expected OWNER/REPO"),
        ({"owner": "other", "repo": "acme/app"}, "is not the owner of --repo"),
        ({"repo": "acme/app", "source_ref": "main"}, "not a full git ref"),
        ({"repo": "acme/app", "source_ref": "refs/heads/a\nb"}, "not a full git ref"),
        ({"repo": "acme/app", "source_digest": "ABC"}, "not a git commit digest"),
        ({"repo": "acme/app", "signer_workflow": "acme/app"}, "expected [HOST/]OWNER/REPO/PATH"),
        (
            {"repo": "acme/app", "signer_workflow": "acme/app/../x.yml"},
            "expected [HOST/]OWNER/REPO/PATH",
        ),
        ({"signer_repo": "acme/app"}, "need --owner or --repo"),
        ({"identity": "someone@example.org"}, "the OIDC issuer"),
        ({"issuer": "https://accounts.google.com"}, "give the signer's identity"),
        ({"repo": "acme/app", "host": "github.example.com"}, "OIDC issuer of github.example.com"),
    ],
)
def test_malformed_expectations_are_usage_errors(options: dict[str, Any], message: str) -> None:
    with pytest.raises(UsageError, match=message.replace("[", r"\[")):
        identity_spec(**options)


def test_github_defaults_follow_gh(instance: Instance, key: Any) -> None:
    spec = identity_spec(repo="acme/app")
    assert spec.issuer == "https://token.actions.githubusercontent.com"
    assert spec.owner == "acme"
    claims = read_claims(_certificate(instance, key))
    # attestations are SLSA provenance unless said otherwise; a message signature has no type
    assert "predicate-type" in match_identity(claims, spec, "https://slsa.dev/provenance/v1").names
    assert "predicate-type" not in match_identity(claims, spec, None).names
    with pytest.raises(PolicyError, match="predicate-type"):
        match_identity(claims, spec, "https://spdx.dev/Document")
    explicit = identity_spec(repo="acme/app", predicate_type="https://spdx.dev/Document")
    with pytest.raises(PolicyError, match="a message signature"):
        match_identity(claims, explicit, None)
    tenant = identity_spec(owner="acme", host="acme.ghe.com")
    assert tenant.issuer == "https://token.actions.acme.ghe.com"
    plain = identity_spec(identity="a@example.org", issuer="https://accounts.google.com")
    assert plain.predicate_type is None and not plain.is_github


def test_build_claims_alone_for_a_signer_verified_otherwise(instance: Instance, key: Any) -> None:
    """What a PEP 740 trusted publisher leaves to check: the ref, the commit, the runner."""
    from sscli.attest.identity import match_build_claims

    certificate = _certificate(instance, key, runner="self-hosted")
    matched = match_build_claims(certificate, source_ref="refs/tags/v1.0.0", source_digest="a" * 40)
    assert matched.names == ("source-ref", "source-digest")
    with pytest.raises(PolicyError, match="runner-environment: expected github-hosted"):
        match_build_claims(certificate, deny_self_hosted_runners=True)
    with pytest.raises(PolicyError, match="source-ref"):
        match_build_claims(certificate, source_ref="refs/tags/v1.0.0-evil")


def test_names_fold_ascii_only(instance: Instance, key: Any) -> None:
    """GitHub names compare without case, but a look-alike (the Kelvin sign, which
    `str.lower` turns into `k`) is another name."""
    claims = read_claims(_certificate(instance, key, owner_uri="https://github.com/\u212acme"))
    assert "https://github.com/\u212acme".lower() == "https://github.com/kcme"
    with pytest.raises(PolicyError, match=r"owner: expected https://github\.com/kcme"):
        match_identity(claims, _spec(owner="kcme"), None)
