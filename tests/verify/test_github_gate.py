"""The deploy gate on what GitHub and cosign sign: real GitHub artifact attestations (the JSON
Lines `gh attestation download` writes, recorded by the gh CLI and sigstore-js projects, with
their artifacts) allowed for a policy naming the right owner, repository, signer workflow and
ref, and denied for any other, for a modified artifact and for a hostile identity pattern;
bundles from GitHub's own instance against the policy's (or the command line's, or the cached)
trusted root; key-signed bundles against the policy's keys. Everything runs through the CLI."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from tests.attest.sigstore_instance import Instance, github_claims
from tests.conftest import Cli

DATA = Path(__file__).parents[1] / "attest" / "data" / "github"
GH_ROOTS = DATA / "gh-attestation-trusted-root.jsonl"
NPM = (DATA / "sigstore-js-2.1.0.tgz", DATA / "sigstore-js-2.1.0_with_2_bundles.jsonl")
REUSABLE = (
    DATA / "reusable-workflow-artifact",
    DATA / "reusable-workflow-attestation.sigstore.json",
)
PRIVATE = (
    DATA / "github_provenance_demo-0.0.12-py3-none-any.whl",
    DATA / "github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl",
)
NPM_SIGNER = {
    "repo": "sigstore/sigstore-js",
    "signer-workflow": "sigstore/sigstore-js/.github/workflows/release.yml",
    "source-ref": "refs/heads/main",
    "deny-self-hosted-runners": True,
}
REUSABLE_SIGNER = {
    "repo": "malancas/attest-demo",
    "signer-repo": "github/artifact-attestations-workflows",
    "source-digest": "95baf27389e83e6a5c48f42e190d48d7abcea19e",
}
PRIVATE_SIGNER = {
    "owner": "actions",
    "signer-workflow": "actions/attest-demo/.github/workflows/build-python.yml",
}


def _policy(
    tmp_path: Path, *identities: dict[str, Any], predicates: str = "provenance", extra: str = ""
) -> Path:
    policy = tmp_path / "deploy.yaml"
    entries = "".join(f"        - {json.dumps(i)}\n" for i in identities)
    policy.write_text(
        "version: 1\ndeploy:\n  signers:\n    - name: github\n      sigstore:\n"
        f"{entries}      predicates: [{predicates}]\n  require: [provenance]\n"
        f"  vulnerabilities: {{rescan: false}}\n{extra}"
    )
    return policy


def _gate(cli: Cli, artifact: Path, attestations: Path, policy: Path, *options: Any, expect: int):  # type: ignore[no-untyped-def]
    result = cli(
        "verify", "artifact", artifact, "--attestations", attestations, "--policy", policy,
        "--format", "json", *options, expect=expect,
    )  # fmt: skip
    return json.loads(result.stdout)


def _reasons(report: dict[str, Any]) -> dict[str, str]:
    return {r["rule"]: r["reason"] for r in report["rules"] if r["status"] == "fail"}


@pytest.mark.parametrize(
    ("files", "signer", "options", "matched"),
    [
        (NPM, NPM_SIGNER, [], {"repo", "signer-workflow", "source-ref", "runner-environment"}),
        (NPM, {"owner": "sigstore"}, [], {"owner", "signer-workflow"}),
        (
            NPM,
            {
                "identity": "https://github.com/sigstore/sigstore-js/.github/workflows/*@refs/heads/main",
                "issuer": "https://token.actions.githubusercontent.com",
            },
            [],
            {"cert-identity", "cert-oidc-issuer"},
        ),
        (REUSABLE, REUSABLE_SIGNER, [], {"repo", "signer-repo", "source-digest"}),
        (PRIVATE, PRIVATE_SIGNER, ["--trusted-root", GH_ROOTS], {"owner", "signer-workflow"}),
        (
            NPM,
            {
                "cert-identity": "https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main",
                "cert-oidc-issuer": "https://token.actions.githubusercontent.com",
                "predicate-type": "https://slsa.dev/provenance/v1",
            },
            [],
            {"cert-identity", "cert-oidc-issuer", "predicate-type"},
        ),
    ],
    ids=["npm-release", "npm-owner", "npm-pattern", "reusable", "github-instance", "gh-names"],
)
def test_real_github_attestations_are_allowed_for_their_signer(
    cli: Cli, tmp_path: Path, files: Any, signer: Any, options: Any, matched: set[str]
) -> None:
    artifact, bundles = files
    report = _gate(cli, artifact, bundles, _policy(tmp_path, signer), *options, expect=0)
    assert report["decision"] == "allow"
    (trusted,) = report["trusted"]
    assert trusted["predicateType"] == "https://slsa.dev/provenance/v1"
    fields = {f["field"] for f in trusted["sigstore"]["identity"] if f["matched"]}
    assert matched <= fields, fields
    assert all(f["matched"] for f in trusted["sigstore"]["identity"])
    signatures = next(r for r in report["rules"] if r["rule"] == "signatures")
    assert (
        "matched" in signatures["reason"] and trusted["sigstore"]["signer"] in signatures["reason"]
    )


@pytest.mark.parametrize(
    ("files", "signer", "reason"),
    [
        (NPM, {"owner": "sigstore-evil"}, "owner: expected https://github.com/sigstore-evil"),
        (NPM, {"repo": "sigstore/sigstore-python"}, "repo: expected"),
        (NPM, {**NPM_SIGNER, "signer-workflow": "sigstore/sigstore-js/.github/workflows/ci.yml"}, "signer-workflow"),
        (NPM, {**NPM_SIGNER, "source-ref": "refs/heads/main-evil"}, "source-ref: expected refs/heads/main-evil"),
        (NPM, {**NPM_SIGNER, "source-ref": "refs/tags/v2.1.0"}, "source-ref"),
        (NPM, {**NPM_SIGNER, "source-digest": "0" * 40}, "source-digest"),
        (NPM, {**NPM_SIGNER, "issuer": "https://accounts.google.com"}, "cert-oidc-issuer"),
        (NPM, {**NPM_SIGNER, "hostname": "evil.ghe.com"}, "owner: expected https://evil.ghe.com"),
        (NPM, {**NPM_SIGNER, "predicate-type": "https://spdx.dev/Document"}, "predicate-type: expected https://spdx.dev/Document"),
        # a reusable workflow of another repository signs only when its repository is named
        (REUSABLE, {"repo": "malancas/attest-demo"}, "signer-workflow: expected https://github.com/malancas/attest-demo/*"),
        (REUSABLE, {**REUSABLE_SIGNER, "signer-repo": "malancas/artifact-attestations-workflows"}, "signer-repo"),
        (PRIVATE, {"owner": "github"}, "owner: expected https://github.com/github"),
    ],
)  # fmt: skip
def test_real_github_attestations_are_denied_for_another_signer(
    cli: Cli, tmp_path: Path, files: Any, signer: Any, reason: str
) -> None:
    artifact, bundles = files
    report = _gate(
        cli, artifact, bundles, _policy(tmp_path, signer), "--trusted-root", GH_ROOTS, expect=1
    )
    assert report["decision"] == "deny" and report["trusted"] == []
    assert reason in _reasons(report)["signatures"]


@pytest.mark.parametrize(
    ("files", "signer"), [(NPM, NPM_SIGNER), (REUSABLE, REUSABLE_SIGNER), (PRIVATE, PRIVATE_SIGNER)]
)
def test_a_modified_artifact_is_denied(cli: Cli, tmp_path: Path, files: Any, signer: Any) -> None:
    artifact, bundles = files
    modified = tmp_path / artifact.name
    data = bytearray(artifact.read_bytes())
    data[len(data) // 2] ^= 0x01
    modified.write_bytes(bytes(data))
    report = _gate(
        cli, modified, bundles, _policy(tmp_path, signer), "--trusted-root", GH_ROOTS, expect=1
    )
    assert "for another artifact" in _reasons(report)["signatures"]


@pytest.mark.parametrize(
    "identity",
    [
        "https://github.com/sigstore/*",  # `*` never crosses `/`
        "https://github.com/sigstore/**",  # `**` never crosses `@`
        "https://github.com/*/sigstore-js/.github/workflows/release.yml@*",  # `*` stops at `/`
        "https://github.com/sigstore/sigstore-js/.github/workflows/*@refs/heads/mai",
        "*@refs/heads/main",
    ],
)
def test_hostile_identity_patterns_do_not_match(cli: Cli, tmp_path: Path, identity: str) -> None:
    policy = _policy(
        tmp_path, {"identity": identity, "issuer": "https://token.actions.githubusercontent.com"}
    )
    report = _gate(cli, *NPM, policy, expect=1)
    assert f"no certificate identity matches {identity}" in _reasons(report)["signatures"]


@pytest.mark.parametrize(
    ("signer", "field"),
    [
        ({"owner": "sigstore/../evil"}, "owner"),
        ({"repo": "sigstore"}, "repo"),
        ({**NPM_SIGNER, "source-ref": "main"}, "source-ref"),
        ({**NPM_SIGNER, "source-digest": "HEAD"}, "source-digest"),
        ({**NPM_SIGNER, "signer-workflow": "release.yml"}, "signer-workflow"),
        ({"identity": "https://github.com/***"}, "identity"),
        ({"issuer": "https://token.actions.githubusercontent.com"}, "sigstore"),
        ({"identity": "a@example.org"}, "sigstore"),  # an identity without its issuer
        (
            {**NPM_SIGNER, "issuer": "https://a.example", "cert-oidc-issuer": "https://b.example"},
            "sigstore",
        ),
        (
            {
                "identity": "a@example.org",
                "cert-identity": "b@example.org",
                "issuer": "https://a.example",
            },
            "sigstore",
        ),
    ],
)
def test_a_malformed_identity_is_a_policy_error(
    cli: Cli, tmp_path: Path, signer: Any, field: str
) -> None:
    policy = _policy(tmp_path, signer)
    result = cli(
        "verify", "artifact", NPM[0], "--attestations", NPM[1], "--policy", policy, expect=2
    )
    assert field in result.stderr and "Traceback" not in result.stderr
    assert field in cli("policy", "check", policy, expect=2).stderr


def test_bundles_are_told_by_content_not_by_file_name(cli: Cli, tmp_path: Path) -> None:
    policy = _policy(tmp_path, NPM_SIGNER)
    artifact = tmp_path / "release.tgz"
    shutil.copy(NPM[0], artifact)
    renamed = tmp_path / "downloaded.txt"
    shutil.copy(NPM[1], renamed)
    assert _gate(cli, artifact, renamed, policy, expect=0)["decision"] == "allow"
    # gh attestation download's own name, in a directory given to --attestations
    digest = hashlib.sha256(artifact.read_bytes()).hexdigest()
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    shutil.copy(NPM[1], downloads / f"sha256:{digest}.jsonl")
    assert _gate(cli, artifact, downloads, policy, expect=0)["decision"] == "allow"
    # beside the artifact, under the name envelopes usually have
    shutil.copy(NPM[1], tmp_path / "release.tgz.intoto.jsonl")
    report = json.loads(
        cli("verify", "artifact", artifact, "--policy", policy, "--format", "json").stdout
    )
    assert report["decision"] == "allow"


def test_the_github_instance_needs_its_trusted_root(cli: Cli, tmp_path: Path) -> None:
    """Without GitHub's root only the public-good one is trusted; with it in the policy (the
    file `gh attestation trusted-root` prints, relative to the policy), the bundle verifies."""
    denied = _gate(cli, *PRIVATE, _policy(tmp_path, PRIVATE_SIGNER), expect=1)
    assert "timestamp authority" in _reasons(denied)["signatures"]
    shutil.copy(GH_ROOTS, tmp_path / "github-roots.jsonl")
    policy = _policy(tmp_path, PRIVATE_SIGNER, extra="  trusted_root: github-roots.jsonl\n")
    allowed = _gate(cli, *PRIVATE, policy, expect=0)
    assert allowed["trusted"][0]["sigstore"]["signer"].startswith("https://github.com/actions/")
    # --trusted-root replaces the policy's roots
    other = tmp_path / "public-good.json"
    shutil.copy(
        Path(__file__).parents[1] / "attest" / "data" / "trusted_root.production.json", other
    )
    _gate(cli, *PRIVATE, policy, "--trusted-root", other, expect=1)
    # and a trusted root that is not one is bad input
    (tmp_path / "github-roots.jsonl").write_text("{}\n")
    cli(
        "verify", "artifact", PRIVATE[0], "--attestations", PRIVATE[1], "--policy", policy, expect=2
    )


def test_a_signer_trusted_for_other_predicates_is_denied(cli: Cli, tmp_path: Path) -> None:
    policy = _policy(tmp_path, NPM_SIGNER, predicates="sbom")
    report = _gate(cli, *NPM, policy, expect=1)
    assert "not trusted for https://slsa.dev/provenance/v1" in _reasons(report)["signatures"]


# --- bundles of a Sigstore instance made by the test: self-hosted runners, cosign --key ------


def _statement(artifact: Path) -> dict[str, Any]:
    from tests.verify.conftest import provenance

    return {
        "_type": "https://in-toto.io/Statement/v1",
        "subject": [
            {"name": artifact.name, "digest": {"sha256": hashlib.sha256(artifact.read_bytes()).hexdigest()}}
        ],
        "predicateType": "https://slsa.dev/provenance/v1",
        "predicate": provenance(),
    }  # fmt: skip


@pytest.fixture
def instance(tmp_path: Path) -> Instance:
    made = Instance()
    (tmp_path / "root.json").write_text(json.dumps(made.trusted_root()))
    return made


def test_a_self_hosted_runner_is_denied(cli: Cli, tmp_path: Path, instance: Instance) -> None:
    artifact = tmp_path / "app.whl"
    artifact.write_bytes(b"an app")
    key = ec.generate_private_key(ec.SECP256R1())
    signer = {"repo": "acme/app", "deny-self-hosted-runners": True}
    policy = _policy(tmp_path, signer, extra="  trusted_root: root.json\n")
    for runner, expect in (("github-hosted", 0), ("self-hosted", 1)):
        claims = github_claims(runner=runner)
        certificate = instance.leaf(key, claims["san"], claims["extensions"])
        bundle = tmp_path / "app.whl.sigstore.json"
        bundle.write_text(
            json.dumps(instance.dsse_bundle(_statement(artifact), key, certificate=certificate))
        )
        report = _gate(cli, artifact, bundle, policy, expect=expect)
        if expect:
            assert "runner-environment: expected github-hosted" in _reasons(report)["signatures"]


def _key_policy(tmp_path: Path, key: Any, *, label: str = "", threshold: int = 1) -> Path:
    public = tmp_path / "cosign.pub"
    pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    public.write_bytes(label.encode() + pem)
    keys = "[cosign.pub]" if threshold == 1 else "[cosign.pub, other.pub]"
    if threshold > 1:
        other = ec.generate_private_key(ec.SECP256R1()).public_key()
        (tmp_path / "other.pub").write_bytes(
            other.public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
    policy = tmp_path / "deploy.yaml"
    policy.write_text(
        f"version: 1\ndeploy:\n  signers:\n    - name: cosign\n      keys: {keys}\n"
        f"      threshold: {threshold}\n      predicates: [provenance]\n  require: [provenance]\n"
        "  trusted_root: root.json\n  vulnerabilities: {rescan: false}\n"
    )  # fmt: skip
    return policy


def test_a_key_signed_bundle_is_verified_with_the_policys_keys(
    cli: Cli, tmp_path: Path, instance: Instance
) -> None:
    artifact = tmp_path / "app.whl"
    artifact.write_bytes(b"an app")
    key = ec.generate_private_key(ec.SECP256R1())
    document = instance.dsse_bundle(_statement(artifact), key)
    bundle = tmp_path / "app.whl.sigstore.json"
    bundle.write_text(json.dumps(document))
    policy = _key_policy(tmp_path, key)
    report = _gate(cli, artifact, bundle, policy, expect=0)
    assert report["trusted"][0]["sigstore"]["signer"].startswith("key ")
    # another key: denied
    stranger = _key_policy(tmp_path, ec.generate_private_key(ec.SECP256R1()))
    assert (
        "does not verify"
        in _reasons(_gate(cli, artifact, bundle, stranger, expect=1))["signatures"]
    )
    # a payload changed after signing: denied
    forged = json.loads(json.dumps(document))
    statement = _statement(artifact)
    statement["predicate"]["runDetails"]["builder"]["id"] = "https://evil.example/builder"
    forged["dsseEnvelope"]["payload"] = (
        __import__("base64").b64encode(json.dumps(statement).encode()).decode()
    )
    bundle.write_text(json.dumps(forged))
    reason = _reasons(_gate(cli, artifact, bundle, _key_policy(tmp_path, key), expect=1))
    assert "names a trusted key (cosign) but does not verify" in reason["signatures"]
    # a threshold of two cannot be met by one bundle's one signature
    bundle.write_text(json.dumps(document))
    report = _gate(cli, artifact, bundle, _key_policy(tmp_path, key, threshold=2), expect=1)
    assert "carries one signature" in _reasons(report)["signatures"]


def test_a_development_labelled_key_signing_a_bundle_is_refused(
    cli: Cli, tmp_path: Path, instance: Instance
) -> None:
    from sscli.attest.keys import DEVELOPMENT_LABEL

    artifact = tmp_path / "app.whl"
    artifact.write_bytes(b"an app")
    key = ec.generate_private_key(ec.SECP256R1())
    bundle = tmp_path / "app.whl.sigstore.json"
    bundle.write_text(json.dumps(instance.dsse_bundle(_statement(artifact), key)))
    policy = _key_policy(tmp_path, key, label=DEVELOPMENT_LABEL + "\n")
    report = _gate(cli, artifact, bundle, policy, expect=1)
    assert "development key" in _reasons(report)["development_keys"]


def test_the_roots_trust_update_cached_are_used_offline(cli: Cli, tmp_path: Path) -> None:
    from tests.attest.tuf_repo import TufRepository
    from tests.servers import static_files

    made = Instance()
    repository = TufRepository(tmp_path / "repo", json.dumps(made.trusted_root()).encode())
    (tmp_path / "tuf-root.json").write_bytes(repository.root_json)
    artifact = tmp_path / "app.whl"
    artifact.write_bytes(b"an app")
    key = ec.generate_private_key(ec.SECP256R1())
    claims = github_claims()
    certificate = made.leaf(key, claims["san"], claims["extensions"])
    bundle = tmp_path / "app.whl.sigstore.json"
    bundle.write_text(
        json.dumps(made.dsse_bundle(_statement(artifact), key, certificate=certificate))
    )
    policy = _policy(tmp_path, {"repo": "acme/app"})
    _gate(cli, artifact, bundle, policy, expect=1)  # the test instance is not trusted yet
    with static_files(repository.dir) as url:
        cli("trust", "update", "--instance", url, "--root", tmp_path / "tuf-root.json")
    assert _gate(cli, artifact, bundle, policy, expect=0)["decision"] == "allow"  # offline


def test_a_bundles_log_time_bounds_its_freshness(
    cli: Cli, tmp_path: Path, instance: Instance
) -> None:
    """The statement says it was built an hour ago; the transparency log, which the signer does
    not control, recorded it months ago: too old for max_age."""
    artifact = tmp_path / "app.whl"
    artifact.write_bytes(b"an app")
    key = ec.generate_private_key(ec.SECP256R1())
    claims = github_claims()
    certificate = instance.leaf(key, claims["san"], claims["extensions"])
    bundle = tmp_path / "app.whl.sigstore.json"
    bundle.write_text(
        json.dumps(instance.dsse_bundle(_statement(artifact), key, certificate=certificate))
    )
    extra = "  trusted_root: root.json\n"
    _gate(cli, artifact, bundle, _policy(tmp_path, {"repo": "acme/app"}, extra=extra), expect=0)
    policy = _policy(tmp_path, {"repo": "acme/app"}, extra=extra + "  max_age: 7d\n")
    report = _gate(cli, artifact, bundle, policy, expect=1)
    assert "logged by Sigstore" in _reasons(report)["freshness"]


def test_a_file_of_too_many_bundles_is_refused_unread(cli: Cli, tmp_path: Path) -> None:
    from sscli.attest.bundle_verify import MAX_BUNDLES

    line = NPM[1].read_text().splitlines()[0]
    many = tmp_path / "many.jsonl"
    many.write_text((line + "\n") * (MAX_BUNDLES + 1))
    report = _gate(cli, NPM[0], many, _policy(tmp_path, NPM_SIGNER), expect=1)
    assert f"more than {MAX_BUNDLES} bundles" in _reasons(report)["attestations"]


CONFORMANCE = Path(__file__).parents[1] / "attest" / "data" / "conformance" / "bundle-verify"


@pytest.mark.parametrize(
    "case", sorted(p.name for p in CONFORMANCE.iterdir() if (p / "bundle.sigstore.json").exists())
)
def test_every_conformance_bundle_gets_a_report_from_the_gate(
    cli: Cli, tmp_path: Path, case: str
) -> None:
    """The suite's bundles, hostile ones included, beside an artifact the policy's signer (the
    suite's identity, and its key where it has one) would sign: the gate decides with a report
    (exit 0 or 1), never a traceback and never a bare error; only a key or trusted root the
    policy names that does not load is bad input (exit 2), before any bundle is read."""
    directory = CONFORMANCE / case
    artifact = tmp_path / "a.txt"
    shutil.copy(
        directory / "artifact" if (directory / "artifact").exists() else CONFORMANCE / "a.txt",
        artifact,
    )
    shutil.copy(directory / "bundle.sigstore.json", tmp_path / "a.txt.sigstore.json")
    extra = ""
    if (directory / "trusted_root.json").exists():
        shutil.copy(directory / "trusted_root.json", tmp_path / "root.json")
        extra = "  trusted_root: root.json\n"
    identity = {
        "identity": "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/"
        ".github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main",
        "issuer": "https://token.actions.githubusercontent.com",
    }
    policy = _policy(tmp_path, identity, extra=extra)
    if (directory / "key.pub").exists():
        shutil.copy(directory / "key.pub", tmp_path / "key.pub")
        policy.write_text(
            policy.read_text().replace(
                "      predicates: [provenance]",
                "      keys: [key.pub]\n      predicates: [provenance]",
            )
        )
    result = cli(
        "verify", "artifact", artifact, "--policy", policy, "--format", "json", expect=None
    )
    if result.exit_code == 2:  # the case's key or root, which the policy names, is unusable
        assert "key.pub: " in result.stderr or "root.json: " in result.stderr, result.stderr
        return
    assert result.exit_code in (0, 1), result.stderr
    assert json.loads(result.stdout)["decision"] in ("allow", "deny")


def test_fifos_named_like_gh_downloads_or_roots_never_hang_the_gate(
    cli: Cli, tmp_path: Path
) -> None:
    import os

    policy = _policy(tmp_path, NPM_SIGNER)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    shutil.copy(NPM[1], downloads / "sha256:good.jsonl")
    os.mkfifo(downloads / "sha256:planted.jsonl")
    report = _gate(cli, NPM[0], downloads, policy, expect=1)
    assert "not a regular file" in _reasons(report)["attestations"]
    fifo = tmp_path / "roots.jsonl"
    os.mkfifo(fifo)
    result = cli(
        "verify", "artifact", NPM[0], "--attestations", NPM[1], "--policy", policy,
        "--trusted-root", fifo, expect=2,
    )  # fmt: skip
    assert "not a regular file" in result.stderr


def _forged_line() -> str:
    forged = json.loads(NPM[1].read_text().splitlines()[1])
    forged["dsseEnvelope"]["signatures"][0]["sig"] = json.loads(
        (DATA / "sigstoreBundle-invalid-signature.json").read_text()
    )["dsseEnvelope"]["signatures"][0]["sig"]
    return json.dumps(forged)


def test_the_order_and_company_of_downloaded_lines_never_turn_deny_into_allow(
    tmp_path: Path,
) -> None:
    """Property over the unsigned JSON Lines: whatever order, duplicates and foreign lines (a
    forged signature, another artifact's attestation), the artifact is allowed exactly when a
    genuine line is present."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from sscli.policy import load_policy
    from sscli.verify.artifact import verify_artifact

    genuine = NPM[1].read_text().splitlines()
    foreign = [_forged_line(), REUSABLE[1].read_text().strip().replace("\n", "")]
    policy = load_policy(_policy(tmp_path, NPM_SIGNER)).deploy
    assert policy is not None
    pool = [(line, True) for line in genuine] + [(line, False) for line in foreign]

    @settings(max_examples=25, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
    @given(st.lists(st.sampled_from(pool), min_size=1, max_size=5))
    def check(lines: list[tuple[str, bool]]) -> None:
        path = tmp_path / "download.jsonl"
        path.write_text("".join(line + "\n" for line, _ in lines))
        decision = verify_artifact(NPM[0], [path], policy)
        assert decision.allowed is any(good for _, good in lines), decision.to_json()

    check()
