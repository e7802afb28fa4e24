"""The gate's rules come from one registry: the report, `sscli verify rules`, the rule table of
docs/verify-report.md and the rule ids policy exceptions may name all agree with it."""

from __future__ import annotations

import json
from pathlib import Path

from sscli.schemas import load_json_resource
from sscli.verify.rules import REGISTRY, RULE_IDS, WAIVABLE_IDS, rules_markdown
from tests.conftest import REPO, Cli
from tests.verify.conftest import World, gate


def test_the_docs_hold_the_registrys_table() -> None:
    text = (REPO / "docs" / "verify-report.md").read_text()
    table = text.split("<!-- rules:begin -->\n", 1)[1].split("\n<!-- rules:end -->", 1)[0]
    assert table == rules_markdown()


def test_exceptions_may_name_exactly_the_registered_rules() -> None:
    schema = load_json_resource("sscli.policy", "policy.schema.json")
    assert sorted(schema["$defs"]["deployRule"]["enum"]) == sorted(RULE_IDS)
    # and may waive only those about what trusted evidence reports
    assert sorted(schema["$defs"]["waivableRule"]["enum"]) == sorted(WAIVABLE_IDS)
    assert set(WAIVABLE_IDS) == {"provenance", "vulnerabilities", "licenses"}


def test_the_report_has_one_line_per_registered_rule_in_order(cli: Cli, world: World) -> None:
    world.write(*world.good())
    report = gate(cli, world, 0)
    assert [r["rule"] for r in report["rules"]] == list(RULE_IDS)
    assert all(r["severity"] in ("critical", "high", "medium") for r in report["rules"])


def test_verify_rules_lists_the_registry(cli: Cli, tmp_path: Path) -> None:
    listed = json.loads(cli("verify", "rules", "--format", "json").stdout)
    assert [r["rule"] for r in listed] == [rule.id for rule in REGISTRY]
    assert cli("verify", "rules", "--format", "markdown").stdout.strip() == rules_markdown()
