"""Extra sections of the HTML report, from the factory's other outputs: the scan's findings,
the build's provenance and the deploy gate's decision. Each reads a JSON file sscli wrote; all
text is escaped (it came from package metadata and advisories)."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.fsutil import read_text_limited


def _load(path: Path) -> Any:
    try:
        return json.loads(read_text_limited(path, 64 * 1024 * 1024))
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", path=path, line=exc.lineno) from exc


def findings_section(path: Path) -> tuple[str, str]:
    """The findings of `sscli scan --format json`."""
    report = _load(path)
    findings = report.get("findings", []) if isinstance(report, dict) else []
    if not findings:
        scanned = report.get("summary", {}).get("scanned", "?") if isinstance(report, dict) else "?"
        return (
            "Vulnerabilities",
            f"<p>No known vulnerabilities in {escape(str(scanned))} scanned package(s).</p>",
        )
    rows = "".join(
        f"<tr><td>{escape(str(f.get('id', '')))}</td><td>{escape(str(f.get('package', {}).get('name', '')))} "
        f"{escape(str(f.get('package', {}).get('version', '')))}</td>"
        f"<td>{escape(str(f.get('severity', {}).get('level', '')))}</td>"
        f"<td>{escape(str(f.get('smallest_fix') or ''))}</td><td>{escape(str(f.get('status', '')))}</td>"
        f"<td>{escape(str(f.get('summary', ''))[:200])}</td></tr>"
        for f in findings
        if isinstance(f, dict)
    )
    return "Vulnerabilities", (
        "<table><thead><tr><th>Advisory</th><th>Package</th><th>Level</th><th>Fix</th><th>Status</th>"
        f"<th>Summary</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def provenance_section(path: Path) -> tuple[str, str]:
    """The SLSA provenance predicate the build wrote."""
    predicate = _load(path)
    try:
        definition = predicate["buildDefinition"]
        internal = definition.get("internalParameters", {})
        source = definition.get("externalParameters", {}).get("source", {})
        verdicts: dict[str, Any] = next(
            (
                b.get("annotations", {})
                for b in predicate["runDetails"].get("byproducts", [])
                if b.get("name") == "reproducibility"
            ),
            {},
        )
        facts = [
            ("builder", predicate["runDetails"]["builder"]["id"]),
            ("build type", definition["buildType"]),
            (
                "source",
                f"{source.get('uri') or '(no remote)'} {source.get('ref') or ''} {source.get('commit') or ''}",
            ),
            ("sandbox", internal.get("sandbox")),
            ("SOURCE_DATE_EPOCH", internal.get("SOURCE_DATE_EPOCH")),
            ("reproducible", verdicts.get("reproducible")),
            (
                "build dependencies",
                ", ".join(
                    str(d.get("name"))
                    for d in definition.get("resolvedDependencies", [])
                    if d.get("name")
                ),
            ),
        ]
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"not a SLSA provenance predicate ({exc})", path=path) from exc
    rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in facts)
    return "Build provenance", f"<table>{rows}</table>"


def decision_section(path: Path) -> tuple[str, str]:
    """The deploy gate's decision (`sscli verify artifact --format json`)."""
    report = _load(path)
    decisions = report.get("decisions", [report]) if isinstance(report, dict) else []
    parts = []
    for decision in decisions:
        verdict = str(decision.get("decision", "?"))
        color = "#15803d" if verdict == "allow" else "#b91c1c"
        rows = "".join(
            f"<tr><td>{escape(str(r.get('rule')))}</td><td>{escape(str(r.get('status')))}</td>"
            f"<td>{escape(str(r.get('reason')))}</td></tr>"
            for r in decision.get("rules", [])
        )
        parts.append(
            f"<p><b style='color:{color}'>{escape(verdict.upper())}</b> {escape(str(decision.get('artifact')))}</p>"
            f"<table><thead><tr><th>Rule</th><th>Status</th><th>Reason</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    return "Deploy gate", "".join(parts)


def layout_section(path: Path) -> tuple[str, str]:
    """The in-toto layout verification of the run (`sscli verify layout --format json`)."""
    report = _load(path)
    if not isinstance(report, dict):
        raise InputError("not a layout verification report", path=path)
    verdict = str(report.get("decision", "?"))
    color = "#15803d" if verdict == "allow" else "#b91c1c"
    failure = report.get("failure")
    rows = "".join(
        f"<tr><td>{escape(str(s.get('name')))}</td><td>{escape(str(s.get('status')))}</td>"
        f"<td>{escape(str(s.get('links')))} of {escape(str(s.get('threshold')))}</td>"
        f"<td>{escape(str(s.get('reason') or ''))}</td></tr>"
        for s in report.get("steps", [])
        if isinstance(s, dict)
    )
    head = f"<p><b style='color:{color}'>{escape(verdict.upper())}</b>"
    head += f" {escape(str(failure))}</p>" if failure else " every step's links verified</p>"
    return "Supply chain (in-toto layout)", (
        f"{head}<table><thead><tr><th>Step</th><th>Status</th><th>Links</th><th>Reason</th>"
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def _verdict(result: object) -> str:
    passed = result == "pass"
    color = "#15803d" if passed else "#b91c1c"
    return f"<b style='color:{color}'>{'PASSED' if passed else 'FAILED'}</b>"


def source_section(path: Path) -> tuple[str, str]:
    """The source verification of the commit built (`sscli source verify --report`)."""
    report = _load(path)
    if not isinstance(report, dict) or not isinstance(report.get("range"), dict):
        raise InputError("not a source verification report", path=path)
    span = report["range"]
    facts = [
        ("repository", report.get("repository")),
        ("ref", report.get("ref")),
        ("commit", report.get("commit")),
        ("commits verified", f"{span.get('commits')} ({span.get('description')})"),
        ("continuity", report.get("continuity")),
        ("level", report.get("level")),
    ]
    rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in facts)
    rules = "".join(
        f"<tr><td>{escape(str(r.get('rule')))}</td><td>{escape(str(r.get('status')))}</td>"
        f"<td>{escape(str(r.get('pass')))}</td><td>{escape(str(r.get('fail')))}</td></tr>"
        for r in report.get("rules", [])
        if isinstance(r, dict)
    )
    failed = "".join(
        f"<tr><td>{escape(str(c.get('rule')))}</td><td>{escape(str(c.get('commit') or '')[:12])}</td>"
        f"<td>{escape(str(c.get('message')))}</td></tr>"
        for c in report.get("checks", [])
        if isinstance(c, dict) and c.get("status") == "fail"
    )
    failures = (
        "<table><thead><tr><th>Rule</th><th>Commit</th><th>Reason</th></tr></thead>"
        f"<tbody>{failed}</tbody></table>"
        if failed
        else ""
    )
    return "Source (signed history)", (
        f"<p>{_verdict(report.get('result'))} signatures, refs, history and contribution rules"
        f"</p><table>{rows}</table><table><thead><tr><th>Rule</th><th>Status</th><th>Passed"
        f"</th><th>Failed</th></tr></thead><tbody>{rules}</tbody></table>{failures}"
    )


def source_scan_section(path: Path) -> tuple[str, str]:
    """Secrets and code findings in first-party source (`sscli source scan --format json`);
    a secret's value is never in that file."""
    report = _load(path)
    if not isinstance(report, dict) or not isinstance(report.get("findings"), list):
        raise InputError("not a source scan report", path=path)
    summary = report["summary"] if isinstance(report.get("summary"), dict) else {}
    where = f" at {escape(str(report['commit'])[:12])}" if report.get("commit") else ""
    head = (
        f"<p>{_verdict(report.get('result'))} {escape(str(summary.get('files', '?')))} "
        f"file(s) scanned{where}, {len(report['findings'])} finding(s)</p>"
    )
    rows = "".join(
        f"<tr><td>{escape(str(f.get('kind')))}</td><td>{escape(str(f.get('id')))}</td>"
        f"<td>{escape(str(f.get('path')))}:{escape(str(f.get('line')))}</td>"
        f"<td>{escape(str(f.get('severity')))}</td><td>{escape(str(f.get('status')))}</td>"
        f"<td>{escape(str(f.get('commit') or '')[:12])}</td></tr>"
        for f in report["findings"]
        if isinstance(f, dict)
    )
    table = (
        "<table><thead><tr><th>Kind</th><th>Rule</th><th>Where</th><th>Severity</th>"
        f"<th>Status</th><th>Added in</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else ""
    )
    return "Source scan (secrets and code)", head + table
