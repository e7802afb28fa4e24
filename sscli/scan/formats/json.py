"""`--format json`: every finding (suppressed ones with their VEX status), skips and warnings."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import sscli
from sscli.scan.findings import Finding, ScanReport

REPORT_VERSION = "1"


def finding_json(finding: Finding) -> dict[str, Any]:
    severity = finding.severity
    location = finding.location
    return {
        "id": finding.advisory_id,
        "aliases": list(finding.aliases),
        "summary": finding.summary,
        "severity": {
            "level": severity.level.value,
            "score": severity.score,
            "vector": severity.vector,
            "method": severity.method,
        },
        "package": {
            "name": finding.package,
            "version": finding.version,
            "purl": finding.purl,
            "location": {"path": location.path, "line": location.line} if location else None,
        },
        "fixed_versions": list(finding.fixed_versions),
        "smallest_fix": finding.smallest_fix,
        "status": finding.status.value,
        "vex": {
            "justification": finding.vex.justification,
            "detail": finding.vex.detail,
            "source": finding.vex.source,
        }
        if finding.vex
        else None,
        "published": finding.published,
        "modified": finding.modified,
        "references": list(finding.references),
    }


def report_json(report: ScanReport, *, findings: bool = True) -> dict[str, Any]:
    """The report as a JSON-ready dict (version `1` of sscli's scan report); without
    `findings`, their list is left empty."""
    levels = {k.value: n for k, n in Counter(f.severity.level for f in report.active).items()}
    database = report.database
    return {
        "report_version": REPORT_VERSION,
        "scanner": {"name": "sscli", "version": sscli.__version__, "service": report.service},
        "database": {
            "uri": database.uri,
            "version": database.version,
            "last_update": database.last_update.isoformat() if database.last_update else None,
        },
        "input": report.input_path,
        "started": report.started.isoformat(),
        "finished": report.finished.isoformat(),
        "summary": {
            "scanned": report.scanned,
            "findings": len(report.active),
            "suppressed": len(report.suppressed),
            "skipped": len(report.skipped),
            "by_level": dict(sorted(levels.items())),
        },
        "findings": [finding_json(f) for f in report.findings] if findings else [],
        "skipped": [
            {"name": s.name, "version": s.version, "reason": s.reason} for s in report.skipped
        ],
        "warnings": list(report.warnings),
    }


def render_json(report: ScanReport) -> str:
    """The compact JSON text of `report_json(report)`. Each finding is encoded on its own, as
    three pieces: the advisory's part (id, aliases, summary, severity) and its dates and
    references, each encoded once per advisory however many packages it affects, and the
    package's own part; so tens of thousands of findings are never one tree of dicts, and an
    advisory's references are encoded once, not once per affected pin."""
    document = report_json(report, findings=False)
    document["findings"] = _SLOT
    head = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    before, slot, after = head.partition(json.dumps(_SLOT))
    assert slot, "the findings' place in the report"
    encode = _FindingEncoder().encode
    parts = [before, "["]
    for finding in report.findings:
        parts += (encode(finding), ",")
    if report.findings:
        parts.pop()
    parts += ("]", after, "\n")
    return "".join(parts)


class _FindingEncoder:
    """`finding_json` encoded compactly, with the pieces findings share encoded once.

    The pieces are cached by the identity of the objects they are made of: the findings of one
    advisory share its aliases, severity and references, those of one package its name,
    version, purl and location (the service builds them so), and every finding of the report
    lives until the rendering ends, so an id is never reused for another object meanwhile. Two
    equal objects that are not the same one only cost a second encoding. Each piece is the
    members of `finding_json` it names, built alone (tests compare the whole with
    `finding_json`), and encoded by one reused C encoder, not one made for every `dumps`."""

    def __init__(self) -> None:
        import json.encoder

        c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
        self._encode: Callable[[Any], str]
        if c_make_encoder is None:  # pragma: no cover - CPython always has it
            self._encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        else:
            # what JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode makes for one
            # document, without its circular-reference markers: these dicts hold no cycle
            strings = json.encoder.encode_basestring
            chunks = c_make_encoder(None, _no_default, strings, None, ":", ",", False, False, True)
            self._encode = lambda value: "".join(chunks(value, 0))
        self._heads: dict[tuple[int, ...], str] = {}
        self._packages: dict[tuple[int, ...], str] = {}
        self._tails: dict[tuple[int, ...], str] = {}
        self._fix_pieces: dict[tuple[int, ...], str] = {}
        self._statuses: dict[int, str] = {}
        self._records: dict[tuple[int, ...], str] = {}

    def encode(self, finding: Finding) -> str:
        """The text of `finding_json(finding)`: `{` advisory `,` package `,` fixes `,` status
        `,` dates and references `}`, each piece the compact encoding of its keys. What comes
        before the package (the advisory's part) and after it (fixes, status, dates and
        references) are each looked up once, as one piece."""
        f = finding
        head_key = (id(f.advisory_id), id(f.aliases), id(f.summary), id(f.severity))
        head = self._heads.get(head_key)
        if head is None:
            head = self._heads[head_key] = f"{{{self._advisory(f)},"
        package_key = (id(f.package), id(f.version), id(f.purl), id(f.location))
        package = self._packages.get(package_key)
        if package is None:
            package = self._packages[package_key] = self._package(f)
        tail_key = (id(f.fixed_versions), id(f.smallest_fix), id(f.vex), id(f.published),
                    id(f.modified), id(f.references))  # fmt: skip
        tail = self._tails.get(tail_key)
        if tail is None:
            tail = self._tails[tail_key] = (
                f",{self._fixes(f)},{self._status(f)},{self._record(f)}}}"
            )
        return head + package + tail

    def _advisory(self, f: Finding) -> str:
        severity = f.severity
        return self._inner({
            "id": f.advisory_id,
            "aliases": list(f.aliases),
            "summary": f.summary,
            "severity": {"level": severity.level.value, "score": severity.score,
                         "vector": severity.vector, "method": severity.method},
        })  # fmt: skip

    def _package(self, f: Finding) -> str:
        location = f.location
        where = {"path": location.path, "line": location.line} if location else None
        return self._inner(
            {"package": {"name": f.package, "version": f.version, "purl": f.purl,
                         "location": where}}
        )  # fmt: skip

    def _fixes(self, f: Finding) -> str:
        key = (id(f.fixed_versions), id(f.smallest_fix))
        fixes = self._fix_pieces.get(key)
        if fixes is None:
            fixes = self._fix_pieces[key] = self._inner(
                {"fixed_versions": list(f.fixed_versions), "smallest_fix": f.smallest_fix}
            )
        return fixes

    def _status(self, f: Finding) -> str:
        status = self._statuses.get(id(f.vex))
        if status is None:
            status = self._statuses[id(f.vex)] = self._inner(
                {key: value for key, value in finding_json(f).items() if key in _STATUS}
            )
        return status

    def _record(self, f: Finding) -> str:
        key = (id(f.published), id(f.modified), id(f.references))
        record = self._records.get(key)
        if record is None:
            record = self._records[key] = self._inner(
                {"published": f.published, "modified": f.modified,
                 "references": list(f.references)}
            )  # fmt: skip
        return record

    def _inner(self, members: dict[str, Any]) -> str:
        """`members` encoded, without the braces."""
        text: str = self._encode(members)
        return text[1:-1]


def _no_default(value: object) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_STATUS = ("status", "vex")


_SLOT = "\x00findings\x00"  # a string no report holds: where the findings go
