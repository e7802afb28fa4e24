"""`attestations`: the attestation files exist and parse (every line an envelope, every bundle a
bundle). A file that cannot be read, or is not a regular file, denies: the gate never guesses
what an unreadable attestation would have said."""

from __future__ import annotations

from pathlib import Path

from sscli.verify.context import GateContext
from sscli.verify.decision import Severity
from sscli.verify.rules.base import Outcome, Problem, Rule, judged


def check(context: GateContext) -> Outcome:
    evidence = context.evidence
    if not evidence.files:
        problems = [Problem("no attestations found (none beside the artifact, none given)")]
        return judged(problems, fail="", ok="")
    problems = [
        Problem(f"malformed attestation: {message}", Path(where).name)
        for message, where in evidence.problems
    ]
    return judged(problems, fail="", ok=f"{evidence.read} attestation(s) read")


RULE = Rule(
    "attestations",
    Severity.CRITICAL,
    "the attestations beside the artifact and given exist, are regular files, and parse",
    check,
)
