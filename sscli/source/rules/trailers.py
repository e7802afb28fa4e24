"""Trailers (git's own trailer parsing): the DCO's Signed-off-by with the author's email, and
any trailer keys the policy requires. Merge commits carry no contribution of their own and are
not checked."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sscli.source.rules import Check, RuleInfo, Status, VerifyContext

RULES = (
    RuleInfo("dco", "Signed-off-by: names the commit's author (Developer Certificate of Origin)"),
    RuleInfo("trailers", "the trailers the policy requires are present"),
)
_ADDRESS = re.compile(r"<([^<>\s]+)>\s*$")


def trailer_email(value: str) -> str | None:
    """The email of a `Name <email>` trailer value, lowercased."""
    match = _ADDRESS.search(value)
    return match.group(1).lower() if match else None


def check(context: VerifyContext) -> Iterator[Check]:
    policy = context.policy
    for commit in context.commits:
        if commit.is_merge:
            continue
        if policy.dco:
            emails = {trailer_email(v) for v in commit.trailer_values("Signed-off-by")}
            if commit.author_email in emails:
                yield Check("dco", Status.PASS, "signed off by its author", commit.oid)
            else:
                yield Check(
                    "dco",
                    Status.FAIL,
                    f"no Signed-off-by: for its author {commit.author_email}",
                    commit.oid,
                )
        missing = [key for key in policy.trailers if not commit.trailer_values(key)]
        if missing:
            yield Check("trailers", Status.FAIL, f"no {missing[0]}: trailer", commit.oid)
        elif policy.trailers:
            yield Check("trailers", Status.PASS, "required trailers present", commit.oid)
