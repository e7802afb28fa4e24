"""`source`: when the policy has a `deploy.source` section, the commit every trusted provenance
was built from has a trusted Source VSA (`sscli source verify`) that passed at the policy's
level or higher, for the provenance's repository (or one the policy names) and ref, from an
expected verifier; with `scan: true`, also a trusted source scan of that commit that passed.

The commit is the provenance's own claim (`externalParameters.source.commit` and the
`gitCommit` of `resolvedDependencies`), signed by the builder: a provenance naming no commit,
two different ones, or a tree with uncommitted changes is denied, since no attestation about a
commit covers it. What a Source VSA must say follows SLSA's verification_summary.md ("How to
verify"): subject gitCommit, resourceUri, verifier.id, verificationResult, verifiedLevels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sscli.policy.deploy import KIND_TYPES, SourceRules
from sscli.policy.patterns import matches_any
from sscli.verify.context import GateContext
from sscli.verify.decision import Severity
from sscli.verify.evidence import Authenticated
from sscli.verify.rules.base import Outcome, Problem, Rule, judged, skipped
from sscli.verify.rules.provenance import repository_of

PROVENANCE = KIND_TYPES["provenance"]
SOURCE_VSA = KIND_TYPES["source"]
SOURCE_SCAN = KIND_TYPES["source-scan"]
_LEVEL = re.compile(r"SLSA_SOURCE_LEVEL_([0-4])")
_COMMIT = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")


def check(context: GateContext) -> Outcome:
    rules = context.policy.source_rules
    if rules is None:
        return skipped("the policy requires no source attestation")
    provenances = context.evidence.of_type(PROVENANCE)
    if not provenances:
        return judged([Problem("no trusted provenance names the source commit")], fail="", ok="")
    statements = context.evidence.about_commits
    problems: list[Problem] = []
    commits = set()
    for item in provenances:
        built, trouble = built_from(item.statement.predicate)
        if trouble:
            problems.append(Problem(trouble, item.source))
            continue
        assert built is not None
        commits.add(built.commit)
        problems += [Problem(m, item.source) for m in commit_problems(built, statements, rules)]
    level = f"SLSA_SOURCE_LEVEL_{rules.level}"
    listed = ", ".join(sorted(c[:12] for c in commits))
    return judged(
        problems, fail="", ok=f"commit {listed} verified at {level} or higher by a trusted signer"
    )


@dataclass(frozen=True)
class Built:
    """The commit, repository and ref a provenance says the artifact was built from."""

    commit: str
    repository: str | None
    ref: str | None


def built_from(predicate: Any) -> tuple[Built | None, str]:
    """(what the provenance was built from, '') or (None, why no commit can be trusted)."""
    try:
        definition = predicate["buildDefinition"]
        external = definition.get("externalParameters", {})
        resolved = definition.get("resolvedDependencies", []) or []
    except (KeyError, TypeError, AttributeError):
        return None, "not a SLSA v1 provenance predicate"
    source = external.get("source") if isinstance(external, dict) else None
    source = source if isinstance(source, dict) else {}
    named = [source.get("commit")] + [
        (d.get("digest") or {}).get("gitCommit")
        for d in resolved
        if isinstance(d, dict) and isinstance(d.get("digest"), dict)
    ]
    commits = {c.lower() for c in named if isinstance(c, str)}
    if not commits:
        return None, "the provenance names no source commit (built outside git, or from an sdist)"
    if len(commits) > 1:
        return None, f"the provenance names {len(commits)} different source commits"
    [commit] = commits
    if not _COMMIT.fullmatch(commit):
        return None, f"the provenance's source commit {commit[:80]!r} is not a full commit id"
    if source.get("dirty") is not False:
        return None, (
            f"built from a working tree with uncommitted changes on {commit[:12]} (or not known "
            "to be clean): no source attestation covers it"
        )
    repository = repository_of(source)
    ref = source.get("ref")
    return Built(
        commit, repository if isinstance(repository, str) else None, ref if ref else None
    ), ""


def commit_problems(
    built: Built, statements: Sequence[Authenticated], rules: SourceRules
) -> list[str]:
    """Why no trusted Source VSA (and, with `rules.scan`, no passed scan) covers `built`."""
    problems = []
    vsas = _about(statements, SOURCE_VSA, built.commit)
    if not vsas:
        problems.append(
            f"commit {built.commit} has no trusted source attestation (a Source VSA, given "
            "with --attestations)"
        )
    else:
        reasons = [_vsa_problems(v, built, rules) for v in vsas]
        if all(reasons):
            problems += [f"commit {built.commit[:12]}: {r}" for r in dict.fromkeys(reasons)]
    if rules.scan:
        scans = _about(statements, SOURCE_SCAN, built.commit)
        if not scans:
            problems.append(f"commit {built.commit} has no trusted source scan")
        elif not any(s.statement.predicate.get("result") == "PASSED" for s in scans):
            problems.append(f"commit {built.commit[:12]}: its source scan did not pass")
    return problems


def _about(
    statements: Sequence[Authenticated], predicate_type: str, commit: str
) -> list[Authenticated]:
    return [
        s
        for s in statements
        if s.predicate_type == predicate_type
        and any(str(d.digest.get("gitCommit", "")).lower() == commit for d in s.statement.subjects)
    ]


def _vsa_problems(item: Authenticated, built: Built, rules: SourceRules) -> str:
    """'' when the VSA covers `built` under `rules`, else why not (one line)."""
    predicate = item.statement.predicate
    if predicate.get("verificationResult") != "PASSED":
        return f"its source verification did not pass ({item.source})"
    levels = [
        int(m.group(1))
        for value in predicate.get("verifiedLevels", [])
        if isinstance(value, str) and (m := _LEVEL.fullmatch(value))
    ]
    if not levels or max(levels) < rules.level:
        shown = f"SLSA_SOURCE_LEVEL_{max(levels)}" if levels else "no source level"
        return f"verified at {shown}, below the required SLSA_SOURCE_LEVEL_{rules.level}"
    uri = predicate.get("resourceUri")
    if rules.repositories and not matches_any(rules.repositories, uri):
        return f"the attestation is about {uri!r}, not an allowed repository"
    if not rules.repositories:
        if built.repository is None:
            return (
                "neither the provenance nor the policy names the repository "
                "(set deploy.source.repositories)"
            )
        if _plain(uri) != _plain(built.repository):
            return f"the attestation is about {uri!r}, the build about {built.repository!r}"
    verifier = (predicate.get("verifier") or {}).get("id")
    if rules.verifier_ids and not matches_any(rules.verifier_ids, verifier):
        return f"verifier {verifier!r} is not an expected verifier"
    refs = [r for r in item.statement.annotation("sourceRefs") or [] if isinstance(r, str)]
    if rules.refs and not any(matches_any(rules.refs, r) for r in refs):
        return f"verified for {', '.join(refs) or 'no ref'}, not an allowed ref"
    if built.ref and refs and built.ref not in refs:
        return f"verified for {', '.join(refs)}, the build was of {built.ref}"
    return ""


def _plain(uri: Any) -> str:
    """A repository URI compared without `git+`, a trailing `/` or `.git`."""
    text = str(uri).removeprefix("git+").rstrip("/")
    return text.removesuffix(".git")


RULE = Rule(
    "source",
    Severity.HIGH,
    "with deploy.source, the provenance's source commit has a trusted Source VSA that passed at "
    "the required level for its repository and ref (and, with scan, a passed source scan)",
    check,
)
