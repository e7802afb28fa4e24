"""`sscli source verify` on real repositories signed with real SSH and OpenPGP keys: each way a
commit can be untrustworthy is denied, for its reason."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from tests.source.conftest import Keys, Repo


def verify(cli, repo: Repo, policy: Path, *args: str, expect: int = 0):  # type: ignore[no-untyped-def]
    result = cli(
        "source", "verify", repo.path, "--policy", policy, "--format", "json", *args, expect=expect
    )
    return [json.loads(line) for line in result.stdout.splitlines()], result


def failures(checks: list[dict]) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(c["rule"], c["message"]) for c in checks if c["status"] == "fail"]


@pytest.fixture
def repo(tmp_path: Path, keys: Keys) -> Repo:
    repo = Repo(tmp_path / "app", keys)
    repo.commit("first", signer=keys.alice)
    repo.commit("second", signer=keys.alice)
    return repo


def test_signed_history_passes_and_is_level_2_or_more(cli, repo, write_policy) -> None:
    checks, result = verify(cli, repo, write_policy())
    assert not failures(checks)
    assert "SLSA_SOURCE_LEVEL_2" in result.stderr


def test_unsigned_commit_fails_with_its_id(cli, repo, keys, write_policy) -> None:
    unsigned = repo.commit("unsigned")
    checks, _ = verify(cli, repo, write_policy(), expect=1)
    assert ("signature", "not signed") in failures(checks)
    assert any(c["commit"] == unsigned and c["status"] == "fail" for c in checks)


def test_untrusted_key_fails(cli, repo, keys, write_policy) -> None:
    repo.commit("by mallory", signer=keys.mallory)
    checks, _ = verify(cli, repo, write_policy(), expect=1)
    assert any(r == "signature" and "does not trust" in m for r, m in failures(checks))


def test_openpgp_key_pinned_in_the_policy_passes(cli, repo, keys, write_policy) -> None:
    repo.commit("by carol", signer=keys.carol, author="Carol <carol@example.com>")
    checks, _ = verify(cli, repo, write_policy())
    assert any(c["message"] == "signed by carol" for c in checks)


def test_expired_openpgp_key_fails(cli, repo, keys, write_policy) -> None:
    repo.commit("by old", signer=keys.old, author="Old <old@example.com>")
    checks, _ = verify(cli, repo, write_policy(), expect=1)
    assert any(r == "signature" and "expired key" in m for r, m in failures(checks))


def test_tampered_commit_content_fails(cli, repo, keys, write_policy) -> None:
    good = repo.git("rev-parse", "HEAD")
    body = repo.git("cat-file", "commit", good).replace("\nsecond", "\nevil")
    (repo.path / "forged").write_text(body + "\n")
    forged = repo.git("hash-object", "-t", "commit", "-w", "forged")
    repo.git("update-ref", "refs/heads/main", forged)
    checks, _ = verify(cli, repo, write_policy(), expect=1)
    assert any(r == "signature" and "bad signature" in m for r, m in failures(checks))


def test_replace_objects_are_ignored(cli, repo, keys, write_policy) -> None:
    good = repo.git("rev-parse", "HEAD")
    repo.git("checkout", "-q", "-b", "evil")
    evil = repo.commit("evil, unsigned")
    repo.git("checkout", "-q", "main")
    repo.git("replace", good, evil)
    checks, _ = verify(cli, repo, write_policy())
    assert not failures(checks)
    assert all(c["commit"] != evil for c in checks)


def test_swapped_object_file_fails_integrity(cli, repo, keys, write_policy) -> None:
    tip, parent = repo.git("rev-list", "HEAD").split()
    other = (repo.git("cat-file", "commit", tip) + "\n").encode()  # a valid signature, other id
    loose = repo.path / ".git" / "objects" / parent[:2] / parent[2:]
    loose.chmod(0o644)
    loose.write_bytes(zlib.compress(f"commit {len(other)}\0".encode() + other))
    checks, _ = verify(cli, repo, write_policy(), expect=1)
    assert any(r == "integrity" and "tampered" in m for r, m in failures(checks))


def test_force_push_dropping_a_verified_commit_fails(cli, repo, keys, write_policy) -> None:
    policy = write_policy()
    verify(cli, repo, policy)
    repo.git("reset", "-q", "--hard", "HEAD~1")
    repo.commit("rewritten", signer=keys.alice)
    checks, _ = verify(cli, repo, policy, expect=1)
    assert any(r == "history" and "rewritten" in m for r, m in failures(checks))


def test_merge_signed_by_untrusted_key_fails(cli, repo, keys, write_policy) -> None:
    repo.git("checkout", "-q", "-b", "topic")
    repo.commit("topic work", signer=keys.alice)
    repo.git("checkout", "-q", "main")
    merge = repo.merge("topic", keys.mallory, "Alice <alice@example.com>")
    checks, _ = verify(cli, repo, write_policy(), expect=1)
    assert [c["commit"] for c in checks if c["status"] == "fail"] == [merge]


def test_trusted_key_over_someone_elses_authorship_fails(cli, repo, keys, write_policy) -> None:
    repo.commit(
        "claims bob",
        signer=keys.alice,
        author="Bob <bob@example.com>",
        committer="Alice <alice@example.com>",
    )
    checks, _ = verify(cli, repo, write_policy(), expect=1)
    assert any(r == "identity" and "authored as bob@example.com" in m for r, m in failures(checks))


def test_signer_outside_its_paths_fails(cli, repo, keys, write_policy) -> None:
    repo.commit("docs", signer=keys.bob, author="Bob <bob@example.com>", files={"docs/a.md": "a"})
    repo.commit("code", signer=keys.bob, author="Bob <bob@example.com>", files={"app.py": "x=1"})
    checks, _ = verify(cli, repo, write_policy(), expect=1)
    assert failures(checks) == [
        ("signer-scope", "changes app.py, outside the paths bob may sign for")
    ]


def test_ref_not_allowed_fails(cli, repo, write_policy) -> None:
    repo.git("checkout", "-q", "-b", "experimental")
    checks, _ = verify(cli, repo, write_policy(), expect=1)
    assert failures(checks) == [("ref", "refs/heads/experimental is not an allowed ref")]


def test_dco_and_two_person_review(cli, repo, keys, write_policy) -> None:
    policy = write_policy(
        "  contribution:\n    dco: true\n    review: {required: true, evidence: [signed-merge]}\n"
    )
    base = repo.git("rev-parse", "HEAD")
    repo.git("checkout", "-q", "-b", "topic")
    sob = ("-m", "Signed-off-by: Bob <bob@example.com>")
    bobs = repo.commit(
        "docs", signer=keys.bob, author="Bob <bob@example.com>", files={"docs/x.md": "x"}, extra=sob
    )
    repo.git("checkout", "-q", "main")
    repo.merge("topic", keys.alice, "Alice <alice@example.com>")
    checks, _ = verify(cli, repo, policy, "--range", f"{base}..HEAD", "--no-record")
    assert {
        "rule": "review",
        "status": "pass",
        "commit": bobs,
        "path": None,
        "message": "merged by alice",
    } in checks
    unreviewed = repo.commit("straight to main", signer=keys.alice)
    checks, _ = verify(cli, repo, policy, "--range", f"{base}..HEAD", "--no-record", expect=1)
    assert set(failures(checks)) == {
        ("dco", "no Signed-off-by: for its author alice@example.com"),
        (
            "review",
            "no review by a trusted signer other than alice (evidence accepted: signed-merge)",
        ),
    }
    assert {c["commit"] for c in checks if c["status"] == "fail"} == {unreviewed}


def test_review_trailer_from_the_author_does_not_count(cli, repo, keys, write_policy) -> None:
    policy = write_policy("  contribution:\n    review: {required: true, evidence: [trailer]}\n")
    base = repo.git("rev-parse", "HEAD")
    repo.commit(
        "self-reviewed", signer=keys.alice, extra=("-m", "Reviewed-by: Alice <alice@example.com>")
    )
    checks, _ = verify(cli, repo, policy, "--range", f"{base}..HEAD", expect=1)
    assert [r for r, _ in failures(checks)] == ["review"]
    repo.commit("reviewed", signer=keys.alice, extra=("-m", "Reviewed-by: Bob <bob@example.com>"))
    checks, _ = verify(cli, repo, policy, "--range", "HEAD~1..HEAD")
    assert any(c["message"] == "Reviewed-by: bob (claimed)" for c in checks)


def test_codeowners_owner_must_sign(cli, repo, keys, write_policy) -> None:
    policy = write_policy("  contribution:\n    codeowners: true\n")
    repo.commit(
        "owners", signer=keys.alice, files={".github/CODEOWNERS": "*.py @alice\ndocs/ @bob\n"}
    )
    base = repo.git("rev-parse", "HEAD")
    repo.commit(
        "docs by bob", signer=keys.bob, author="Bob <bob@example.com>", files={"docs/a.md": "a"}
    )
    verify(cli, repo, policy, "--range", f"{base}..HEAD")
    repo.commit("alice edits docs", signer=keys.alice, files={"docs/b.md": "b"})
    checks, _ = verify(cli, repo, policy, "--range", f"{base}..HEAD", expect=1)
    assert any(
        r == "codeowners" and m.startswith("docs/b.md is owned by @bob")
        for r, m in failures(checks)
    )


def test_option_like_revisions_are_refused(cli, repo, write_policy) -> None:
    result = cli(
        "source",
        "verify",
        repo.path,
        "--policy",
        write_policy(),
        "--rev",
        "--upload-pack=touch /tmp/x",
        expect=2,
    )
    assert "not a revision" in result.stderr


def test_hostile_repository_config_runs_nothing(cli, repo, tmp_path, write_policy) -> None:
    repo.commit("unsigned, before the hostile config")
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.sh"
    evil.write_text(f"#!/bin/sh\ntouch {marker}\necho '[GNUPG:] GOODSIG'\nexit 0\n")
    evil.chmod(0o755)
    with (repo.path / ".git" / "config").open("a") as config:
        config.write(
            f"[core]\n\tfsmonitor = {evil}\n\thooksPath = {tmp_path}\n\tpager = {evil}\n"
            f'[gpg]\n\tprogram = {evil}\n[gpg "ssh"]\n\tprogram = {evil}\n'
            f"\tallowedSignersFile = {tmp_path / 'allowed'}\n[gpg]\n\tminTrustLevel = undefined\n"
            f"[diff]\n\texternal = {evil}\n"
        )
    (tmp_path / "allowed").write_text("mallory ssh-ed25519 AAAA\n")
    checks, _ = verify(cli, repo, write_policy(), expect=1)
    assert ("signature", "not signed") in failures(checks)
    assert not marker.exists()


def test_terminal_escapes_in_messages_are_not_printed_raw(cli, repo, keys, write_policy) -> None:
    repo.commit("\x1b]0;pwned\x07 [bold red]markup[/]", author="[red]x[/] <alice@example.com>")
    _, result = verify(cli, repo, write_policy(), expect=1)
    assert "\x1b" not in result.stderr


def test_signed_source_vsa(cli, repo, keys, tmp_path, write_policy) -> None:
    from sscli.attest.dsse import read_envelopes
    from sscli.attest.statement import parse_statement

    cli("key", "generate", "--type", "ed25519", "--out", tmp_path / "k.key")
    out = tmp_path / "source.intoto.jsonl"
    cli(
        "source",
        "verify",
        repo.path,
        "--policy",
        write_policy(),
        "--key",
        tmp_path / "k.key",
        "-o",
        out,
    )
    envelope = read_envelopes(out)[0]
    statement = parse_statement(envelope.payload)
    subject = statement.subjects[0]
    assert subject.digest["gitCommit"] == repo.git("rev-parse", "HEAD")
    assert subject.name == "git+https://example.com/org/app"
    assert subject.annotations["sourceRefs"] == ["refs/heads/main"]
    assert statement.predicate_type == "https://slsa.dev/verification_summary/v1"
    assert statement.predicate["resourceUri"] == "git+https://example.com/org/app"
    assert statement.predicate["verificationResult"] == "PASSED"
    assert statement.predicate["verifiedLevels"] == ["SLSA_SOURCE_LEVEL_2"]
    assert len(statement.predicate["policy"]["digest"]["sha256"]) == 64
    cli("attest", "verify", out, "--key", tmp_path / "k.key.pub")


def test_wrong_length_git_commit_subject_is_refused() -> None:
    from sscli.attest.statement import ResourceDescriptor, Statement
    from sscli.errors import InputError

    with pytest.raises(InputError, match="40 or 64"):
        Statement(
            (ResourceDescriptor({"gitCommit": "ab" * 19}),),
            "https://slsa.dev/verification_summary/v1",
        )
    Statement((ResourceDescriptor({"gitCommit": "ab" * 32}),), "https://example.com/p")


def test_a_history_longer_than_the_limit_is_refused(cli, repo, write_policy) -> None:
    result = cli(
        "source",
        "verify",
        repo.path,
        "--policy",
        write_policy("  history:\n    max_commits: 1\n"),
        expect=2,
    )
    assert "more than 1 commits" in result.stderr


def test_a_detached_checkout_takes_its_ref_from_ci(cli, repo, write_policy) -> None:
    # CI checks the pushed commit out detached (GitLab always, GitHub for tags) and says which
    # ref was pushed: SSCLI_SOURCE_REF, as --ref
    repo.git("checkout", "-q", "--detach")
    policy = write_policy()
    checks, _ = verify(cli, repo, policy, expect=1)
    assert any(r == "ref" and "detached" in m for r, m in failures(checks))
    result = cli(
        "source", "verify", repo.path, "--policy", policy, "--format", "json",
        env={"SSCLI_SOURCE_REF": "refs/heads/main"},
    )  # fmt: skip
    assert '"status": "fail"' not in result.stdout
    denied = cli(
        "source", "verify", repo.path, "--policy", policy, env={"SSCLI_SOURCE_REF": "refs/heads/dev"},
        expect=1,
    )  # fmt: skip
    assert "refs/heads/dev is not an allowed ref" in denied.stderr
