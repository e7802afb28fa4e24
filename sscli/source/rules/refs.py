"""The ref: the build's ref is one the policy allows (full names, in the policy's one pattern
grammar: `sscli.policy.patterns`)."""

from __future__ import annotations

from collections.abc import Iterator

from sscli.policy.patterns import matches_any
from sscli.source.rules import Check, RuleInfo, Status, VerifyContext

RULES = (RuleInfo("ref", "the build's ref matches the policy's allowed refs"),)


def check(context: VerifyContext) -> Iterator[Check]:
    allowed = context.policy.allowed_refs
    tip = context.commit_range.tip
    if not allowed:
        yield Check("ref", Status.SKIP, "the policy allows any ref (source.refs.allow)", tip)
    elif context.ref is None:
        yield Check("ref", Status.FAIL, "no ref (a detached HEAD): pass --ref REF", tip)
    elif matches_any(allowed, context.ref):
        yield Check("ref", Status.PASS, f"{context.ref} is an allowed ref", tip)
    else:
        yield Check("ref", Status.FAIL, f"{context.ref} is not an allowed ref", tip)
