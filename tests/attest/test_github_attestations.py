"""Real GitHub artifact attestations (gh CLI's and sigstore-js's recorded bundles, with their
artifacts) verified as `gh attestation verify --bundle` verifies them: for the right owner,
repository, signer workflow and ref, and for no other; bundles from GitHub's own instance
against the trusted root `gh attestation trusted-root` prints; a modified artifact never."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
GITHUB = DATA / "github"
SIGSTORE_JS = DATA / "sigstore-js"
GH_ROOTS = GITHUB / "gh-attestation-trusted-root.jsonl"
NPM = (GITHUB / "sigstore-js-2.1.0.tgz", GITHUB / "sigstore-js-2.1.0_with_2_bundles.jsonl")
REUSABLE = (
    GITHUB / "reusable-workflow-artifact",
    GITHUB / "reusable-workflow-attestation.sigstore.json",
)
PRIVATE = (
    GITHUB / "github_provenance_demo-0.0.12-py3-none-any.whl",
    GITHUB / "github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl",
)


def _verify(cli, artifact: Path, bundle: Path, *options: str | Path, expect: int = 0):  # type: ignore[no-untyped-def]
    return cli("attest", "verify", artifact, "--bundle", bundle, *options, expect=expect)


@pytest.mark.parametrize(
    ("files", "options", "matched"),
    [
        (NPM, ["--owner", "sigstore"], ["owner", "signer-workflow"]),
        (NPM, ["--repo", "sigstore/sigstore-js"], ["owner", "repo", "signer-workflow"]),
        (
            NPM,
            [
                "--repo",
                "sigstore/sigstore-js",
                "--signer-workflow",
                "sigstore/sigstore-js/.github/workflows/release.yml",
                "--source-ref",
                "refs/heads/main",
                "--deny-self-hosted-runners",
            ],
            ["signer-workflow", "source-ref", "runner-environment", "predicate-type"],
        ),
        (
            NPM,
            [
                "--cert-identity",
                "https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main",
                "--cert-oidc-issuer",
                "https://token.actions.githubusercontent.com",
            ],
            ["cert-identity", "cert-oidc-issuer"],
        ),
        (
            REUSABLE,
            ["--owner", "malancas", "--signer-repo", "github/artifact-attestations-workflows"],
            ["signer-repo"],
        ),
        (
            REUSABLE,
            [
                "--repo",
                "malancas/attest-demo",
                "--signer-workflow",
                "github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml",
                "--source-digest",
                "95baf27389e83e6a5c48f42e190d48d7abcea19e",
            ],
            ["repo", "signer-workflow", "source-digest"],
        ),
        (
            (GITHUB / "custom-issuer-artifact", GITHUB / "custom-issuer.sigstore.json"),
            [
                "--owner",
                "too-legit",
                "--cert-oidc-issuer",
                "https://token.actions.githubusercontent.com/hammer-time",
            ],
            ["cert-oidc-issuer", "owner"],
        ),
        (
            PRIVATE,
            [
                "--owner",
                "actions",
                "--signer-workflow",
                "actions/attest-demo/.github/workflows/build-python.yml",
                "--trusted-root",
                GH_ROOTS,
            ],
            ["owner", "signer-workflow"],
        ),
    ],
)
def test_real_attestations_verify_for_their_signer(cli, files, options, matched) -> None:  # type: ignore[no-untyped-def]
    artifact, bundle = files
    report = json.loads(_verify(cli, artifact, bundle, *options, "--format", "json").stdout)
    assert report["verified"] is True and not report["rejected"]
    for verified in report["bundles"]:
        assert verified["predicateType"] == "https://slsa.dev/provenance/v1"
        names = {f["field"] for f in verified["identity"] if f["matched"]}
        assert set(matched) <= names, names


def test_both_lines_of_the_downloaded_jsonl_are_verified(cli) -> None:  # type: ignore[no-untyped-def]
    report = json.loads(_verify(cli, *NPM, "--owner", "sigstore", "--format", "json").stdout)
    assert [b["bundle"].rsplit(":", 1)[-1] for b in report["bundles"]] == ["1", "2"]
    assert {e["kind"] for b in report["bundles"] for e in b["tlogEntries"]} == {"intoto 0.0.2"}


def test_the_github_instance_bundle_is_verified_by_its_timestamp_authority(cli) -> None:  # type: ignore[no-untyped-def]
    report = json.loads(
        _verify(cli, *PRIVATE, "--repo", "actions/attest-demo", "--trusted-root", GH_ROOTS,
                "--format", "json").stdout
    )  # fmt: skip
    (verified,) = report["bundles"]
    assert verified["tlogEntries"] == []
    assert [t["source"] for t in verified["verifiedTimes"]] == ["timestamp authority"]
    assert verified["verifiedTimes"][0]["by"] == "timestamp.githubapp.com"
    assert verified["trustedRoot"].endswith("gh-attestation-trusted-root.jsonl:2")
    # without GitHub's root, only the public-good one is trusted: no authority for it
    refused = _verify(cli, *PRIVATE, "--repo", "actions/attest-demo", expect=1)
    assert "does not verify against a timestamp authority of the trusted root" in refused.stderr


@pytest.mark.parametrize(
    ("files", "options", "reason"),
    [
        (NPM, ["--owner", "sigstore-evil"], "owner: expected https://github.com/sigstore-evil"),
        (
            NPM,
            ["--repo", "sigstore/sigstore-python"],
            "repo: expected https://github.com/sigstore/sigstore-python",
        ),
        (
            NPM,
            [
                "--owner",
                "sigstore",
                "--signer-workflow",
                "sigstore/sigstore-js/.github/workflows/ci.yml",
            ],
            "signer-workflow",
        ),
        (
            NPM,
            [
                "--owner",
                "sigstore",
                "--signer-workflow",
                "evil/sigstore-js/.github/workflows/release.yml",
            ],
            "signer-workflow",
        ),
        (
            NPM,
            ["--owner", "sigstore", "--source-ref", "refs/heads/main-evil"],
            "source-ref: expected refs/heads/main-evil",
        ),
        (NPM, ["--owner", "sigstore", "--source-ref", "refs/tags/v2.1.0"], "source-ref"),
        (NPM, ["--owner", "sigstore", "--source-digest", "0" * 40], "source-digest"),
        (
            NPM,
            ["--owner", "sigstore", "--predicate-type", "https://spdx.dev/Document"],
            "predicate-type",
        ),
        (
            NPM,
            ["--owner", "sigstore", "--cert-oidc-issuer", "https://accounts.google.com"],
            "cert-oidc-issuer",
        ),
        # a reusable workflow of another owner: refused unless its repository is named
        (
            REUSABLE,
            ["--owner", "malancas"],
            "signer-workflow: expected https://github.com/malancas/*",
        ),
        (
            REUSABLE,
            ["--owner", "malancas", "--signer-repo", "malancas/artifact-attestations-workflows"],
            "signer-repo",
        ),
        # the enterprise's custom issuer is not GitHub's default
        (
            (GITHUB / "custom-issuer-artifact", GITHUB / "custom-issuer.sigstore.json"),
            ["--owner", "too-legit"],
            "cert-oidc-issuer",
        ),
        (
            PRIVATE,
            ["--owner", "github", "--trusted-root", GH_ROOTS],
            "owner: expected https://github.com/github",
        ),
    ],
)
def test_real_attestations_are_refused_for_another_signer(cli, files, options, reason) -> None:  # type: ignore[no-untyped-def]
    result = _verify(cli, *files, *options, expect=1)
    assert reason in " ".join(result.stderr.split()), result.stderr


@pytest.mark.parametrize(
    "files", [NPM, REUSABLE, PRIVATE], ids=["npm", "reusable", "github-instance"]
)
def test_a_modified_artifact_is_refused(cli, tmp_path: Path, files) -> None:  # type: ignore[no-untyped-def]
    artifact, bundle = files
    modified = tmp_path / artifact.name
    data = bytearray(artifact.read_bytes())
    data[len(data) // 2] ^= 0x01
    modified.write_bytes(bytes(data))
    owner = {NPM: "sigstore", REUSABLE: "malancas", PRIVATE: "actions"}[files]
    options = ["--owner", owner, "--trusted-root", GH_ROOTS]
    if files is REUSABLE:
        options += ["--signer-repo", "github/artifact-attestations-workflows"]
    result = _verify(cli, modified, bundle, *options, expect=1)
    assert "no subject matches the digest" in result.stderr


def test_a_bundle_whose_signature_is_bad_is_refused(cli) -> None:  # type: ignore[no-untyped-def]
    result = _verify(
        cli, NPM[0], GITHUB / "sigstoreBundle-invalid-signature.json",
        "--cert-identity", "brian@dehamer.com", "--cert-oidc-issuer", "https://github.com/login/oauth",
        expect=1,
    )  # fmt: skip
    assert "DSSE envelope's signature does not verify" in result.stderr


def test_one_bad_line_among_good_ones_is_reported_not_trusted(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bundles = NPM[1].read_text().splitlines()
    forged = json.loads(bundles[1])
    forged["dsseEnvelope"]["signatures"][0]["sig"] = json.loads(
        (GITHUB / "sigstoreBundle-invalid-signature.json").read_text()
    )["dsseEnvelope"]["signatures"][0]["sig"]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(bundles[0] + "\n" + json.dumps(forged) + "\n")
    report = json.loads(
        _verify(cli, NPM[0], mixed, "--owner", "sigstore", "--format", "json").stdout
    )
    assert len(report["bundles"]) == 1
    assert report["rejected"][0]["bundle"].endswith(":2")
    # only forged lines: refused
    only = tmp_path / "forged.jsonl"
    only.write_text(json.dumps(forged) + "\n")
    _verify(cli, NPM[0], only, "--owner", "sigstore", expect=1)


def test_a_truncated_line_is_bad_input(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = NPM[1].read_text().splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text(lines[0] + "\n" + lines[1][: len(lines[1]) // 2] + "\n")
    result = _verify(cli, NPM[0], broken, "--owner", "sigstore", expect=2)
    assert "broken.jsonl:2" in result.stderr and "not valid JSON" in result.stderr


def test_gh_style_arguments_are_checked(cli) -> None:  # type: ignore[no-untyped-def]
    usage = cli("attest", "verify", NPM[0], "--bundle", NPM[1], "--artifact", NPM[0], expect=2)
    assert "FILE is the artifact" in usage.stderr
    missing = _verify(cli, *NPM, "--signer-repo", "sigstore/sigstore-js", expect=2)
    assert "--owner or --repo" in missing.stderr


# --- older bundles: Statement v0.1, bundles v0.1 to v0.3, digest only --------------------------

NPM_1_0_0 = (
    "sha512:7bea9f6e7ff37f5fab0b36bf061200fff03099fd2fd696b91d04bc5e4f225eb9"
    "fd6e0cadcad54ba980f43fb352a99e8810b4e0abeb5c0ef2cf9108cd1f258b36"
)
SIGNER = [
    "--cert-identity",
    "brian@dehamer.com",
    "--cert-oidc-issuer",
    "https://github.com/login/oauth",
]


@pytest.mark.parametrize(
    "name",
    ["bundleV01-intoto-with-proof", "bundleV02-intoto", "bundleV03-intoto", "bundleV03-dsse"],
)
def test_sigstore_js_bundles_of_every_version_verify(cli, name: str) -> None:  # type: ignore[no-untyped-def]
    bundle = SIGSTORE_JS / f"{name}.sigstore.json"
    statement = json.loads((SIGSTORE_JS / "statement.json").read_text())
    digest = statement["subject"][0]["digest"]["sha512"]
    assert f"sha512:{digest}" == NPM_1_0_0
    report = json.loads(
        cli(
            "attest", "verify", bundle, "--artifact-digest", NPM_1_0_0, *SIGNER, "--format", "json"
        ).stdout
    )
    assert report["bundles"][0]["statement"]["_type"] == "https://in-toto.io/Statement/v0.1"
    other = "sha512:" + hashlib.sha512(b"another package").hexdigest()
    refused = cli("attest", "verify", bundle, "--artifact-digest", other, *SIGNER, expect=1)
    assert "no subject matches" in refused.stderr


def test_a_v01_bundle_without_inclusion_proof_is_refused_precisely(cli) -> None:  # type: ignore[no-untyped-def]
    bundle = SIGSTORE_JS / "bundleV01-intoto-no-proof.sigstore.json"
    result = cli("attest", "verify", bundle, "--artifact-digest", NPM_1_0_0, *SIGNER, expect=2)
    assert "v0.1 bundle's log entry has no inclusion proof" in result.stderr


def test_a_github_staging_bundle_verifies_by_digest(cli) -> None:  # type: ignore[no-untyped-def]
    digest = (
        "sha512:76176ffa33808b54602c7c35de5c6e9a4deb96066dba6533f50ac234f4f1f4c6"
        "b3527515dc17c06fbe2860030f410eee69ea20079bd3a2c6f3dcf3b329b10751"
    )
    args = ["attest", "verify", GITHUB / "github-staging-bundle.json", "--artifact-digest", digest,
            "--cert-identity", "cody@soyland.com", "--cert-oidc-issuer", "https://github.com/login/oauth"]  # fmt: skip
    cli(*args, "--trusted-root", GITHUB / "github-staging-trusted-root.json")
    refused = cli(*args, "--trusted-root", GH_ROOTS, expect=1)
    assert "does not verify against a timestamp authority" in refused.stderr


def test_a_copied_artifact_name_does_not_matter(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    renamed = tmp_path / "anything.bin"
    shutil.copy(NPM[0], renamed)
    _verify(cli, renamed, NPM[1], "--owner", "sigstore")
