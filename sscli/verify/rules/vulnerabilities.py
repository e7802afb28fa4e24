"""`vulnerabilities`: no finding at or above the policy's `fail_on`, neither in today's re-scan of
every trusted SBOM (a flaw published after the build stops the deploy) nor in any trusted
vulnerability scan attested for the artifact, unless the policy's VEX statements cover it (or an
exception waives the rule)."""

from __future__ import annotations

from typing import Any

from sscli.errors import InputError
from sscli.policy.deploy import KIND_TYPES
from sscli.policy.model import LEVELS
from sscli.verify.context import GateContext
from sscli.verify.decision import Severity
from sscli.verify.rules.base import Outcome, Problem, Rule, judged, skipped


def check(context: GateContext) -> Outcome:
    policy = context.policy
    scans = context.evidence.of_type(KIND_TYPES["vulns"])
    if not policy.rescan and not scans:
        return skipped("re-scan disabled by the policy, and no trusted scan is attested")
    problems: list[Problem] = []
    unscannable: list[tuple[str, str, str]] = []  # (component, why, SBOM)
    rescanned = 0
    if policy.rescan:
        sboms = context.evidence.of_kind("sbom")
        rescan = context.rescan
        if not sboms:
            problems.append(Problem("no trusted SBOM to re-scan", waivable=False))
        elif rescan is None:
            problems.append(Problem("cannot re-scan: no vulnerability database"))
        else:
            for sbom in sboms:
                try:
                    result = rescan(dict(sbom.statement.predicate))
                except InputError as exc:  # an SBOM the schema accepts with an unusable purl
                    problems.append(Problem(f"cannot re-scan the SBOM: {exc.message}", sbom.source))
                    continue
                rescanned += len(result.findings)
                problems += [
                    Problem(f"{package} {advisory} ({level}) in today's re-scan", sbom.source)
                    for package, advisory, level in result.findings
                    if blocks(level, policy.fail_on)
                ]
                unscannable += [(c, why, sbom.source) for c, why in result.unscannable]
    if policy.unscannable == "deny":
        problems += [
            Problem(f"{component} cannot be re-scanned: {why}", source)
            for component, why, source in unscannable
        ]
    attested = 0
    for scan in scans:
        for advisory, purl, ids, level in scan_results(scan.statement.predicate):
            attested += 1
            if blocks(level, policy.fail_on) and not _covered(context, ids, purl):
                shown = f"{purl} " if purl else ""
                problems.append(
                    Problem(f"{shown}{advisory} ({level}) in the attested scan", scan.source)
                )
    note = ""
    if unscannable and policy.unscannable == "warn":
        listed = ", ".join(sorted({c for c, _, _ in unscannable})[:5])
        note = (
            f"; {len(unscannable)} component(s) cannot be re-scanned (not index releases): {listed}"
        )
    return judged(
        problems,
        fail=f"finding(s) at or above {policy.fail_on} or not re-scannable: "
        if policy.unscannable == "deny"
        else f"finding(s) at or above {policy.fail_on}: ",
        ok=f"re-scan: {rescanned} finding(s), attested scans: {attested}, "
        f"none at or above {policy.fail_on}{note}",
    )


def blocks(level: str, fail_on: str) -> bool:
    """Whether a finding of `level` (low..critical, or unknown) stops the deploy."""
    if fail_on == "none":
        return False
    if fail_on == "any":
        return True
    return level in LEVELS and LEVELS.index(level) >= LEVELS.index(fail_on)


def scan_results(predicate: Any) -> list[tuple[str, str | None, frozenset[str], str]]:
    """(advisory id, package purl, ids with aliases, level) of each result of a vulns predicate
    (validated already). The level is the highest any of its severity entries gives."""
    results = predicate.get("scanner", {}).get("result", []) or []
    found = []
    for result in results if isinstance(results, list) else []:
        if not isinstance(result, dict) or not isinstance(result.get("id"), str):
            continue
        annotations = _annotations(result.get("annotations"))
        aliases = annotations.get("aliases")
        ids = (
            frozenset([result["id"], *(a for a in aliases if isinstance(a, str))])
            if isinstance(aliases, list)
            else frozenset([result["id"]])
        )
        purl = annotations.get("package")
        found.append(
            (
                result["id"],
                purl if isinstance(purl, str) else None,
                ids,
                _level(result.get("severity")),
            )
        )
    return found


def _annotations(value: Any) -> dict[str, Any]:
    """The vulns predicate's annotations: a list of one-key objects (or one object)."""
    if isinstance(value, dict):
        return value
    merged: dict[str, Any] = {}
    for item in value if isinstance(value, list) else []:
        if isinstance(item, dict):
            merged.update(item)
    return merged


def _level(severities: Any) -> str:
    from sscli.scan.severity import Level, cvss3_base_score, level_for_score

    words = {"low": Level.LOW, "medium": Level.MEDIUM, "moderate": Level.MEDIUM,
             "high": Level.HIGH, "critical": Level.CRITICAL}  # fmt: skip
    best = Level.UNKNOWN
    for entry in severities if isinstance(severities, list) else []:
        score = entry.get("score") if isinstance(entry, dict) else None
        if not isinstance(score, str | int | float) or isinstance(score, bool):
            continue
        text = str(score).strip()
        level = words.get(text.lower())
        if level is None and text.startswith("CVSS:3."):
            try:
                level = level_for_score(cvss3_base_score(text))
            except ValueError:
                level = None
        if level is None:
            try:
                number = float(text)
            except ValueError:
                number = -1.0
            if 0.0 <= number <= 10.0:
                level = level_for_score(number)
        if level is not None and level.rank > best.rank:
            best = level
    return best.value


def _covered(context: GateContext, ids: frozenset[str], purl: str | None) -> bool:
    """A VEX statement of the policy says the package is not affected (or fixed)."""
    if purl is None or not context.policy.vex:
        return False
    return any(
        statement.status.suppresses
        and statement.vulnerabilities & ids
        and any(product.matches(purl) for product in statement.products)
        for statement in context.vex
    )


RULE = Rule(
    "vulnerabilities",
    Severity.HIGH,
    "no finding at or above fail_on in today's re-scan of every trusted SBOM, nor in any trusted "
    "scan, unless the policy's VEX covers it",
    check,
    waivable=True,
)
