"""Two-person review: each non-merge commit was reviewed by a trusted signer other than its
own. Proven when a merge signed by another signer brought it in (signed-merge evidence);
claimed when its Reviewed-by: trailer names another signer (trailer evidence, written by the
author, so it never counts for the two-party review level)."""

from __future__ import annotations

from collections.abc import Iterator

from sscli.policy.source import SourceSigner
from sscli.source.history import Commit
from sscli.source.rules import Check, RuleInfo, Status, VerifyContext
from sscli.source.rules.trailers import trailer_email

RULES = (RuleInfo("review", "another trusted signer reviewed each commit (two-person review)"),)


def check(context: VerifyContext) -> Iterator[Check]:
    rule = context.policy.review
    if not rule.required:
        return
    for commit in context.commits:
        if commit.is_merge:
            continue
        signer = context.signer_of(commit)
        if signer is None:
            yield Check("review", Status.FAIL, "unsigned, so no review can count", commit.oid)
            continue
        if "signed-merge" in rule.evidence:
            merger = _merged_by_other(context, commit, signer)
            if merger is not None:
                context.review_evidence[commit.oid] = "signed-merge"
                yield Check("review", Status.PASS, f"merged by {merger.name}", commit.oid)
                continue
        if "trailer" in rule.evidence:
            reviewer = _reviewer(context, commit, signer)
            if reviewer is not None:
                context.review_evidence[commit.oid] = "trailer"
                yield Check(
                    "review", Status.PASS, f"Reviewed-by: {reviewer.name} (claimed)", commit.oid
                )
                continue
        yield Check(
            "review",
            Status.FAIL,
            f"no review by a trusted signer other than {signer.name} "
            f"(evidence accepted: {', '.join(sorted(rule.evidence))})",
            commit.oid,
        )


def _merged_by_other(
    context: VerifyContext, commit: Commit, signer: SourceSigner
) -> SourceSigner | None:
    for merge in context.merges_bringing_in.get(commit.oid, ()):
        merger = context.signer_of(merge)
        if merger is not None and merger.name != signer.name:
            return merger
    return None


def _reviewer(context: VerifyContext, commit: Commit, signer: SourceSigner) -> SourceSigner | None:
    for value in commit.trailer_values("Reviewed-by"):
        email = trailer_email(value)
        if email is None or email == commit.author_email or email in signer.emails:
            continue
        for other in context.policy.signers:
            if other.name != signer.name and email in other.emails:
                return other
    return None
