"""The deploy gate's rules, one module per family, in report order. A new rule is one module
with a `RULE` and one entry here; the report, `sscli verify rules` and the rule table of
docs/verify-report.md all come from this registry."""

from __future__ import annotations

from sscli.verify.rules import (
    attestations,
    development,
    freshness,
    ingest,
    licenses,
    names,
    provenance,
    required,
    signatures,
    source,
    vulnerabilities,
)
from sscli.verify.rules.base import Rule

REGISTRY: tuple[Rule, ...] = (
    attestations.RULE,
    signatures.RULE,
    development.RULE,
    required.RULE,
    ingest.RULE,
    provenance.RULE,
    source.RULE,
    freshness.RULE,
    names.RULE,
    vulnerabilities.RULE,
    licenses.RULE,
)
RULE_IDS = tuple(rule.id for rule in REGISTRY)
WAIVABLE_IDS = tuple(rule.id for rule in REGISTRY if rule.waivable)  # what exceptions may name


def rules_markdown() -> str:
    """The registry as a Markdown table (docs/verify-report.md holds this very table)."""
    lines = ["| rule | severity | passes when |", "|---|---|---|"]
    lines += [f"| `{r.id}` | {r.severity.value} | {r.summary} |" for r in REGISTRY]
    return "\n".join(lines)


__all__ = ["REGISTRY", "RULE_IDS", "WAIVABLE_IDS", "Rule", "rules_markdown"]
