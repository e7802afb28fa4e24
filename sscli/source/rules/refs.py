"""The ref: the build's ref is one the policy allows (full names, see `source.patterns`)."""

from __future__ import annotations

from collections.abc import Iterator

from sscli.source.patterns import ref_matches
from sscli.source.rules import Check, RuleInfo, Status, VerifyContext

RULES = (RuleInfo("ref", "the build's ref matches the policy's allowed refs"),)


def check(context: VerifyContext) -> Iterator[Check]:
    allowed = context.policy.allowed_refs
    tip = context.commit_range.tip
    if not allowed:
        yield Check("ref", Status.SKIP, "the policy allows any ref (source.refs.allow)", tip)
    elif context.ref is None:
        yield Check("ref", Status.FAIL, "no ref (a detached HEAD): pass --ref REF", tip)
    elif ref_matches(context.ref, allowed):
        yield Check("ref", Status.PASS, f"{context.ref} is an allowed ref", tip)
    else:
        yield Check("ref", Status.FAIL, f"{context.ref} is not an allowed ref", tip)
