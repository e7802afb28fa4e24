"""The findings table at the widths terminals have: at 80 and 120 columns the package, version,
advisory id, severity and fix are whole on their row, the summary wraps or goes, and `--wide`
shows every column whole. Real findings: the shared OSV snapshot over real pins."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console

from sscli.scan.findings import ScanReport
from sscli.scan.formats.table import MIN_SUMMARY, print_findings
from tests.scan.conftest import PINS


@pytest.fixture(scope="module")
def report(snapshot_db: Path, tmp_path_factory: pytest.TempPathFactory) -> ScanReport:
    from sscli.inventory import load_inventory
    from sscli.scan import open_service, scan_inventory

    lock = tmp_path_factory.mktemp("table") / "requirements.txt"
    lock.write_text("\n".join(PINS) + "\n")
    service = open_service("osv-db", db_path=snapshot_db, cache_dir=lock.parent / "cache")
    result = scan_inventory(load_inventory(lock), service)
    assert len(result.findings) > 30 and any(len(f.summary) > 100 for f in result.findings)
    return result


def _render(report: ScanReport, width: int, *, wide: bool = False) -> list[str]:
    buffer = io.StringIO()
    print_findings(report, Console(file=buffer, width=width, color_system=None), wide=wide)
    return buffer.getvalue().splitlines()


def _row_of(lines: list[str], advisory: str) -> str:
    [row] = [line for line in lines if f" {advisory} " in f" {line} "]
    return row


@pytest.mark.parametrize("width", [80, 120])
def test_ids_versions_and_fixes_are_whole_on_their_row(report: ScanReport, width: int) -> None:
    lines = _render(report, width)
    assert all(len(line) <= width for line in lines), "a line wider than the terminal"
    for finding in report.findings:
        cells = _row_of(lines, finding.advisory_id).split()
        assert cells[:3] == [finding.package, finding.version, finding.advisory_id]
        assert finding.severity.level.value in cells
        assert (finding.smallest_fix or "-") in cells


def test_the_summary_goes_at_80_columns_and_wraps_at_120(report: ScanReport) -> None:
    narrow, wider = _render(report, 80), _render(report, 120)
    assert "summary" not in narrow[0] and "summary" in wider[0]
    start = wider[0].index("summary")
    for finding in report.findings:
        index = wider.index(_row_of(wider, finding.advisory_id))
        shown = wider[index][start:].strip()
        follow = wider[index + 1] if index + 1 < len(wider) else ""
        if follow[:start].strip() == "":  # a second line of the same summary
            shown += " " + follow[start:].strip()
        words = " ".join(finding.summary.split()).split()
        assert shown.split()[0] == words[0]
        assert len(shown) >= MIN_SUMMARY or shown.rstrip("…") == " ".join(words)


def test_wide_shows_every_column_whole(report: ScanReport) -> None:
    lines = _render(report, 80, wide=True)
    assert {"status", "aliases", "summary"} <= set(lines[0].split())
    for finding in report.findings:
        row = _row_of(lines, finding.advisory_id)
        assert all(alias in row for alias in finding.aliases)
        assert all(version in row for version in finding.fixed_versions)
        assert " ".join(finding.summary.split("\n", 1)[0].split()) in " ".join(row.split())


def test_a_row_too_wide_for_the_terminal_is_never_cut(report: ScanReport) -> None:
    long_name = "a-package-with-a-name-longer-than-any-terminal-would-like-it-to-be"
    finding = replace(report.findings[0], package=long_name)
    lines = _render(replace(report, findings=(finding,)), 80)
    cells = _row_of(lines, finding.advisory_id).split()
    assert cells[:3] == [long_name, finding.version, finding.advisory_id]
