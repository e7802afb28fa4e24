"""`licenses`: every component of every trusted SBOM has a license the policy allows (SPDX
expressions normalized and evaluated: see `sscli.policy.licenses`); with `unknown: deny`, a
component without an SPDX license denies too."""

from __future__ import annotations

from typing import Any

from sscli.errors import InputError
from sscli.policy.licenses import license_verdict
from sscli.verify.context import GateContext
from sscli.verify.decision import Severity
from sscli.verify.rescan import components_of, sbom_inventory
from sscli.verify.rules.base import Outcome, Problem, Rule, judged, skipped


def check(context: GateContext) -> Outcome:
    policy = context.policy
    if not (policy.licenses_allow or policy.licenses_deny) and policy.licenses_unknown != "deny":
        return skipped("the policy sets no license rules")
    sboms = context.evidence.of_kind("sbom")
    if not sboms:
        return judged(
            [Problem("no trusted SBOM to check licenses on", waivable=False)], fail="", ok=""
        )
    problems = []
    unknown = 0
    for sbom in sboms:
        try:
            licensed = sbom_licenses(dict(sbom.statement.predicate))
        except InputError as exc:
            problems.append(Problem(f"cannot read the SBOM's licenses: {exc.message}", sbom.source))
            continue
        for name, expression in licensed:
            if expression is None:
                unknown += 1
                if policy.licenses_unknown == "deny":
                    problems.append(Problem(f"{name}: no SPDX license", sbom.source))
                continue
            verdict = license_verdict(expression, policy.licenses_allow, policy.licenses_deny)
            if not verdict.allowed:
                problems.append(Problem(f"{name}: {verdict.reason}", sbom.source))
    note = f" ({unknown} without an SPDX license)" if unknown else ""
    return judged(problems, fail="not allowed: ", ok=f"every component's license is allowed{note}")


def sbom_licenses(document: dict[str, Any]) -> list[tuple[str, str | None]]:
    """(component name, its SPDX expression or None) of a CycloneDX or SPDX document."""
    if document.get("bomFormat") == "CycloneDX":
        return [
            (str(c.get("name", "?")), component_license(c))
            for c in components_of(document.get("components", []))
        ]
    return [(p.name, p.license_expression) for p in sbom_inventory(document).packages]


def component_license(component: Any) -> str | None:
    """Every license a component declares, as one expression (several entries all apply: AND);
    None when any entry is not an SPDX id or expression."""
    licenses = component.get("licenses", []) if isinstance(component, dict) else []
    parts: list[str] = []
    for entry in licenses if isinstance(licenses, list) else []:
        license_ = entry.get("license") if isinstance(entry, dict) else None
        if isinstance(entry, dict) and isinstance(entry.get("expression"), str):
            parts.append(str(entry["expression"]))
        elif isinstance(license_, dict) and isinstance(license_.get("id"), str):
            parts.append(str(license_["id"]))
        else:
            return None
    if len(parts) > 1:
        return " AND ".join(f"({part})" for part in parts)
    return parts[0] if parts else None


RULE = Rule(
    "licenses",
    Severity.MEDIUM,
    "every component of every trusted SBOM has an allowed license (SPDX ids normalized)",
    check,
    waivable=True,
)
