"""Signatures: each commit is signed, git finds the signature good, and the key is one the
policy gives a signer (SSH allowed signers, pinned OpenPGP fingerprints). The signer must be
the commit's committer (and its author, unless it may sign for others), and may sign only for
its refs and paths."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from sscli.policy.patterns import any_path_matches, matches_any
from sscli.policy.source import SourceSigner
from sscli.source.history import Commit
from sscli.source.rules import Check, RuleInfo, Status, VerifyContext, ssh_fingerprint

RULES = (
    RuleInfo("signature", "every commit carries a good signature by a key the policy trusts"),
    RuleInfo("identity", "the signer is its committer (and author, unless it signs for others)"),
    RuleInfo("signer-scope", "the signer may sign for the build's ref and the changed paths"),
)


def check(context: VerifyContext) -> Iterator[Check]:
    for commit in context.commits:
        signer = context.signer_of(commit)
        if signer is None:
            yield Check("signature", Status.FAIL, _why_untrusted(context, commit), commit.oid)
            continue
        yield Check("signature", Status.PASS, f"signed by {signer.name}", commit.oid)
        yield _identity(commit, signer)
        yield _scope(context, commit, signer)


def _identity(commit: Commit, signer: SourceSigner) -> Check:
    if commit.committer_email not in signer.emails:
        return Check(
            "identity",
            Status.FAIL,
            f"committed as {commit.committer_email} but signed by {signer.name}",
            commit.oid,
        )
    if commit.author_email not in signer.emails and not signer.sign_for_others:
        return Check(
            "identity",
            Status.FAIL,
            f"authored as {commit.author_email} but signed by {signer.name}, who may not sign "
            "for others",
            commit.oid,
        )
    return Check("identity", Status.PASS, f"{signer.name} is its committer", commit.oid)


def _scope(context: VerifyContext, commit: Commit, signer: SourceSigner) -> Check:
    if signer.refs and not (context.ref and matches_any(signer.refs, context.ref)):
        return Check(
            "signer-scope",
            Status.FAIL,
            f"{signer.name} may not sign for {context.ref or 'an unknown ref'}",
            commit.oid,
        )
    if signer.paths:
        outside = [p for p in commit.paths if not any_path_matches(p, signer.paths)]
        if outside:
            return Check(
                "signer-scope",
                Status.FAIL,
                f"changes {outside[0]}, outside the paths {signer.name} may sign for",
                commit.oid,
                outside[0],
            )
    return Check("signer-scope", Status.PASS, f"within {signer.name}'s scope", commit.oid)


def _why_untrusted(context: VerifyContext, commit: Commit) -> str:
    state, key = commit.signature, commit.key_fingerprint
    if state == "N":
        return "not signed"
    if state == "B":
        return "bad signature: the commit's content is not what was signed (tampered or corrupt)"
    if state == "X":
        return f"the signature has expired (key {key})"
    if state == "Y":
        return f"signed by an expired key ({key})"
    if state == "R":
        return f"signed by a revoked key ({key})"
    if state == "E":
        return f"signed by a key the policy does not list ({key or 'unknown key'})"
    owner = context.signers_by_fingerprint.get(key)
    if state == "U" and owner is not None:
        validity = _validity(owner, key, commit)
        return f"signed by {owner.name}'s key {key} outside its validity ({validity})"
    if state == "G":
        return f"good signature by {commit.signer or key}, but the policy names no such signer"
    return f"signed by a key the policy does not trust ({key or 'unknown key'})"


def _validity(signer: SourceSigner, key: str, commit: Commit) -> str:
    when = datetime.fromtimestamp(commit.commit_time, tz=UTC).date()
    for ssh in signer.ssh:
        if ssh_fingerprint(ssh.key) == key:
            window = []
            if ssh.valid_after:
                window.append(f"valid after {ssh.valid_after}")
            if ssh.valid_before:
                window.append(f"valid before {ssh.valid_before}")
            return f"committed {when}, key {', '.join(window) or 'valid'}"
    return f"committed {when}"
