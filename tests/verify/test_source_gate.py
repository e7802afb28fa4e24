"""The deploy gate requires a source attestation: real repositories signed by git with real SSH
and OpenPGP keys, their Source VSAs and scans signed by `sscli source verify/scan --key`, and a
provenance naming the commit. A build of an unverified or different commit, of a lower level,
of a dirty tree, or whose scan failed is denied for that reason; `sscli build --policy` refuses
to build what no source attestation could cover."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sscli.attest.dsse import read_envelopes
from sscli.attest.predicates import PredicateType
from sscli.attest.statement import parse_statement
from tests.conftest import Cli
from tests.source.conftest import Keys, Repo, make_keys, policy_text
from tests.verify.conftest import BUILDER, POLICY, World, failed, gate, provenance, statuses

APP = "git+https://example.com/org/app"
SOURCE_RULES = """  source:
    level: {level}
    scan: {scan}
"""


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    return make_keys(tmp_path_factory.mktemp("keys"))


@pytest.fixture
def repo(tmp_path: Path, keys: Keys) -> Repo:
    repo = Repo(tmp_path / "app", keys)
    repo.commit("first", signer=keys.alice)
    repo.commit("second", signer=keys.carol, author="Carol <carol@example.com>")
    repo.commit("third", signer=keys.alice)
    return repo


@pytest.fixture
def source_policy(tmp_path: Path, keys: Keys) -> Path:
    path = tmp_path / "source-policy.yaml"
    path.write_text(policy_text(keys, repository=APP))
    return path


def deploy_policy(world: World, *, level: int = 2, scan: bool = False) -> None:
    """The world's policy, for repositories under example.com/org, requiring the source."""
    text = POLICY.format(builder=BUILDER).replace(
        "git+https://github.com/example/*", "git+https://example.com/org/*"
    )
    text = text.replace("predicates: [provenance, sbom, vulns]\n", "predicates: [provenance, sbom, vulns, source, source-scan]\n", 1)  # fmt: skip
    text = text.replace("  max_age: 7d\n", SOURCE_RULES.format(level=level, scan=str(scan).lower()) + "  max_age: 7d\n")  # fmt: skip
    world.policy.write_text(text)


def built_from(world: World, commit: str, **changes: Any) -> None:
    """Sign the good attestations, the provenance naming `commit` of APP's main."""
    predicate = provenance(repo=f"{APP}@refs/heads/main", **changes)
    predicate["buildDefinition"]["externalParameters"]["source"]["commit"] = commit
    predicate["buildDefinition"]["resolvedDependencies"].insert(
        0, {"uri": f"{APP}@refs/heads/main", "digest": {"gitCommit": commit}}
    )
    envelopes = world.good()
    envelopes[0] = world.sign(world.statement(PredicateType.SLSA_PROVENANCE_V1, predicate))
    world.write(*envelopes)


def attest_source(cli: Cli, repo: Repo, policy: Path, key: Path, out: Path, *extra: str) -> Path:
    cli("source", "verify", repo.path, "--policy", policy, "--key", key, "-o", out, *extra)
    return out


def test_a_build_of_the_verified_commit_is_allowed(
    cli: Cli, world: World, repo: Repo, source_policy: Path
) -> None:
    deploy_policy(world)
    vsa = attest_source(cli, repo, source_policy, world.builder_key, world.root / "source.jsonl")
    head = repo.git("rev-parse", "HEAD")
    [envelope] = read_envelopes(vsa)
    assert parse_statement(envelope.payload).subjects[0].digest["gitCommit"] == head
    built_from(world, head)
    report = gate(cli, world, 0, "--attestations", vsa)
    assert statuses(report)["source"] == "pass"
    assert report["decision"] == "allow"


def test_a_commit_without_a_source_attestation_is_denied(
    cli: Cli, world: World, repo: Repo, source_policy: Path
) -> None:
    deploy_policy(world)
    verified = repo.git("rev-parse", "HEAD")
    vsa = attest_source(cli, repo, source_policy, world.builder_key, world.root / "source.jsonl")
    unverified = repo.commit("after the verification", signer=repo.keys.alice)
    built_from(world, unverified)
    reason = failed(gate(cli, world, 1, "--attestations", vsa))["source"]
    assert f"commit {unverified} has no trusted source attestation" in reason
    built_from(world, verified)  # the verified one, for contrast
    assert gate(cli, world, 0, "--attestations", vsa)["decision"] == "allow"
    # and no source attestation at all
    assert "has no trusted source attestation" in failed(gate(cli, world, 1))["source"]


def test_a_lower_level_than_the_policy_requires_is_denied(
    cli: Cli, world: World, repo: Repo, source_policy: Path
) -> None:
    deploy_policy(world, level=3)  # the source policy proves level 2 (no contribution rules)
    vsa = attest_source(cli, repo, source_policy, world.builder_key, world.root / "source.jsonl")
    built_from(world, repo.git("rev-parse", "HEAD"))
    reason = failed(gate(cli, world, 1, "--attestations", vsa))["source"]
    assert "verified at SLSA_SOURCE_LEVEL_2, below the required SLSA_SOURCE_LEVEL_3" in reason


def test_a_source_attestation_from_an_untrusted_key_does_not_count(
    cli: Cli, world: World, repo: Repo, source_policy: Path
) -> None:
    deploy_policy(world)
    vsa = attest_source(cli, repo, source_policy, world.attacker_key, world.root / "source.jsonl")
    built_from(world, repo.git("rev-parse", "HEAD"))
    assert "no trusted source attestation" in failed(gate(cli, world, 1, "--attestations", vsa))["source"]  # fmt: skip


def test_another_repository_or_a_dirty_tree_is_denied(
    cli: Cli,
    world: World,
    repo: Repo,
    keys: Keys,
    tmp_path: Path,
) -> None:
    deploy_policy(world)
    other = tmp_path / "other-policy.yaml"
    other.write_text(policy_text(keys, repository="git+https://example.com/org/fork"))
    vsa = attest_source(cli, repo, other, world.builder_key, world.root / "source.jsonl")
    head = repo.git("rev-parse", "HEAD")
    built_from(world, head)
    reason = failed(gate(cli, world, 1, "--attestations", vsa))["source"]
    assert "is about 'git+https://example.com/org/fork'" in reason
    built_from(world, head, dirty=True)
    reason = failed(gate(cli, world, 1, "--attestations", vsa))["source"]
    assert "uncommitted changes" in reason


def test_the_scan_must_have_passed_when_the_policy_asks(
    cli: Cli, world: World, repo: Repo, source_policy: Path
) -> None:
    deploy_policy(world, scan=True)
    out = world.root / "source.jsonl"
    attest_source(cli, repo, source_policy, world.builder_key, out)
    head = repo.git("rev-parse", "HEAD")
    built_from(world, head)
    assert "has no trusted source scan" in failed(gate(cli, world, 1, "--attestations", out))["source"]  # fmt: skip
    scan = ["source", "scan", repo.path, "--policy", source_policy, "--key", world.builder_key]
    cli(*scan, "--attestation", out)
    assert gate(cli, world, 0, "--attestations", out)["decision"] == "allow"

    # a planted key: the signed scan result says FAILED, and the gate denies the build
    planted = {"deploy.py": 'AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n'}
    repo.commit("config", files=planted, signer=repo.keys.alice)
    failing = world.root / "failing.jsonl"
    attest_source(cli, repo, source_policy, world.builder_key, failing)
    cli(*scan, "--attestation", failing, expect=1)
    built_from(world, repo.git("rev-parse", "HEAD"))
    reason = failed(gate(cli, world, 1, "--attestations", failing))["source"]
    assert "its source scan did not pass" in reason


def test_build_refuses_a_dirty_tree_or_no_commit_when_the_policy_requires_the_source(
    cli: Cli, world: World, repo: Repo, tmp_path: Path
) -> None:
    deploy_policy(world)
    (repo.path / "untracked.py").write_text("print('not committed')\n")
    result = cli("build", repo.path, "--policy", world.policy, expect=1)
    assert "uncommitted or untracked changes" in result.stderr
    outside = tmp_path / "plain"
    outside.mkdir()
    result = cli("build", outside, "--policy", world.policy, expect=1)
    assert "not a git commit" in result.stderr
