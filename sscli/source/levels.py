"""The SLSA Source level a verification proved (SLSA v1.2 source track), from what sscli itself
checked in the repository, never from what the repository claims:

- Level 1 (version controlled): the revision is a git commit whose objects hash to their ids,
  in a repository the policy (or the caller) names.
- Level 2 (history): every commit since a known start is signed by a trusted signer and
  attributed to it, and the history is continuous: the range reaches the root, the policy's
  first commit, or a tip verified before, and that tip is still an ancestor.
- Level 3 (technical controls): the build's ref is one the policy protects, and the policy's
  contribution controls (DCO, required trailers, review, CODEOWNERS, linear history) held for
  every commit of that continuous history.
- Level 4 (two-party review): review is required, and every commit's review is proven by a
  merge signed by another trusted signer (a Reviewed-by trailer is only the author's claim).
"""

from __future__ import annotations

from collections.abc import Sequence

from sscli.source.rules import Check, Status, VerifyContext

LEVEL_NAMES = {level: f"SLSA_SOURCE_LEVEL_{level}" for level in range(5)}


def _passed(checks: Sequence[Check], rule: str) -> bool:
    statuses = {c.status for c in checks if c.rule == rule}
    return Status.PASS in statuses and Status.FAIL not in statuses


def source_level(checks: Sequence[Check], context: VerifyContext, repository: str | None) -> int:
    """The highest level proven (0 when any rule failed)."""
    if any(c.status is Status.FAIL for c in checks) or not _passed(checks, "integrity"):
        return 0
    if repository is None:
        return 0
    level = 1
    if not (_passed(checks, "signature") and context.continuity and context.ref):
        return level
    level = 2
    controls = context.policy.contribution_controls
    if not (_passed(checks, "ref") and controls):
        return level
    level = 3
    non_merges = [c.oid for c in context.commits if not c.is_merge]
    proven = all(context.review_evidence.get(oid) == "signed-merge" for oid in non_merges)
    if context.policy.review.required and proven:
        level = 4
    return level
