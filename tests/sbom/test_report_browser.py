"""The HTML report as a browser shows it (headless Chromium): the dependency tree's structure
(children indented under their parent, siblings aligned whatever their own children), the
filter box, and no section left empty when its input has data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import Page, chromium
from tests.conftest import EXAMPLES, Cli

TREE = """[...document.querySelectorAll('#tree li')].map(li => {
  const own = li.querySelector(':scope > details > summary > .name, :scope > .leaf > .name');
  const parent = li.parentElement.closest('li');
  return {name: own.textContent, x: own.getBoundingClientRect().left,
          parent: parent ? parent.querySelector(':scope > details > summary > .name').textContent
                         : null};
})"""
ROWS = """[...document.querySelectorAll('#components tbody tr')].map(
  r => [r.cells[0].textContent, getComputedStyle(r).display !== 'none'])"""
SECTIONS = """[...document.querySelectorAll('main section')].map(s => ({
  heading: s.querySelector('h2').textContent,
  items: s.querySelectorAll('tbody tr, table tr, li').length,
  text: s.innerText}))"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Page]:
    with chromium() as page:
        yield page


@pytest.fixture(scope="module")
def hello_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    report = tmp_path_factory.mktemp("report") / "report.html"
    Cli(report.parent / "state")("sbom", "report", EXAMPLES / "hello" / "uv.lock", "-o", report)
    return report


def test_the_tree_indents_children_and_aligns_siblings(browser: Page, hello_report: Path) -> None:
    browser.open(hello_report.as_uri())
    nodes = {n["name"]: n for n in browser.evaluate(TREE)}
    edges = {(n["parent"], n["name"]) for n in nodes.values()}
    assert edges == {
        (None, "sscli-hello"),
        ("sscli-hello", "click"),
        ("sscli-hello", "rich"),
        ("rich", "markdown-it-py"),
        ("rich", "pygments"),
        ("markdown-it-py", "mdurl"),
    }
    # click (no children) and rich (children) are siblings: one indentation, as in the demo
    assert nodes["click"]["x"] == nodes["rich"]["x"]
    assert nodes["markdown-it-py"]["x"] == nodes["pygments"]["x"]
    for node in nodes.values():
        if node["parent"] is not None:
            assert node["x"] > nodes[node["parent"]]["x"] + 10, node


def test_the_filter_box_filters_the_components(browser: Page, hello_report: Path) -> None:
    browser.open(hello_report.as_uri())
    assert all(shown for _, shown in browser.evaluate(ROWS))
    browser.evaluate(
        "(() => { const q = document.getElementById('q'); q.value = 'MARKDOWN';"
        " q.dispatchEvent(new Event('input')); })()"
    )
    assert {name for name, shown in browser.evaluate(ROWS) if shown} == {"markdown-it-py"}
    browser.evaluate(
        "(() => { const q = document.getElementById('q'); q.value = '';"
        " q.dispatchEvent(new Event('input')); })()"
    )
    assert all(shown for _, shown in browser.evaluate(ROWS))


def test_no_section_of_the_factory_report_is_empty(browser: Page, fetch_factory: Path) -> None:
    """The report the factory wrote for examples/fetch, whose scan has a finding."""
    browser.open((fetch_factory / "report.html").as_uri())
    sections = {s["heading"]: s for s in browser.evaluate(SECTIONS)}
    assert set(sections) == {
        "Vulnerabilities",
        "Build provenance",
        "Deploy gate",
        "Supply chain (in-toto layout)",
        "Licenses",
        "Components",
        "Dependency tree",
    }
    for heading, section in sections.items():
        assert section["items"] > 0, f"{heading} is empty"
        assert "None" not in section["text"].split(), f"{heading} shows a missing value"
    assert "PYSEC-2023-212" in sections["Vulnerabilities"]["text"]
    assert "urllib3" in sections["Dependency tree"]["text"]
    assert "ALLOW" in sections["Deploy gate"]["text"]
