"""History: the verified range joins on to history verified before (the policy's first commit,
or the tip recorded by the last successful run), the recorded tip is still an ancestor (a
force-push that dropped verified commits fails), tags do not move, and history is linear when
the policy asks."""

from __future__ import annotations

from collections.abc import Iterator

from sscli.source.history import boundary
from sscli.source.rules import Check, RuleInfo, Status, VerifyContext

RULES = (
    RuleInfo("history", "the range continues verified history and was not rewritten"),
    RuleInfo("linear", "no merge commits when the policy asks for linear history"),
)


def check(context: VerifyContext) -> Iterator[Check]:
    yield _history(context)
    if context.policy.linear:
        merges = [c for c in context.commits if c.is_merge]
        for merge in merges:
            yield Check("linear", Status.FAIL, "a merge commit in linear history", merge.oid)
        if not merges:
            yield Check("linear", Status.PASS, "no merge commits", context.commit_range.tip)


def _history(context: VerifyContext) -> Check:
    git, tip, policy = context.git, context.commit_range.tip, context.policy
    if context.shallow:
        return Check(
            "history",
            Status.FAIL,
            "a shallow clone: the history cannot be verified (fetch it whole, e.g. "
            "actions/checkout with fetch-depth: 0)",
            tip,
        )
    recorded = context.recorded_tip
    if recorded is not None:
        if context.ref and context.ref.startswith("refs/tags/") and recorded != tip:
            return Check(
                "history", Status.FAIL, f"{context.ref} moved: it was verified at {recorded}", tip
            )
        if not git.is_ancestor(recorded, tip):
            return Check(
                "history",
                Status.FAIL,
                f"history was rewritten: {recorded}, verified before as the tip of "
                f"{context.ref}, is not an ancestor of {tip} (a force-push?)",
                tip,
            )
    if policy.since is not None and not git.is_ancestor(policy.since, tip):
        return Check(
            "history",
            Status.FAIL,
            f"the policy's first commit {policy.since} is not in this history",
            tip,
        )
    anchors = [recorded] if recorded else []
    if policy.since is not None:
        anchors += list(_parents(context, policy.since))
    outside = boundary(git, context.commit_range)
    unanchored = [b for b in outside if not any(git.is_ancestor(b, a) for a in anchors)]
    if unanchored:
        return Check(
            "history",
            Status.SKIP,
            f"continuity not proven: history before {unanchored[0]} was not verified (set "
            "source.history.since, or verify from a recorded tip)",
            tip,
        )
    if not outside:
        context.continuity = "the whole history"
    elif policy.since is not None:
        context.continuity = f"since {policy.since}"
    else:
        context.continuity = f"continues {recorded}, verified before"
    return Check("history", Status.PASS, f"continuous: {context.continuity}", tip)


def _parents(context: VerifyContext, oid: str) -> tuple[str, ...]:
    known = next((c for c in context.commits if c.oid == oid), None)
    if known is not None:
        return known.parents
    out = context.git.text("rev-list", "--parents", "-n", "1", oid, "--")
    return tuple(out.split()[1:])
