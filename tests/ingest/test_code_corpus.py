"""The evaluation corpus: every inert sample of a published technique is refused by the
default policy, with the expected rule at the expected file and line; the real benign packages
that look suspicious are accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from sscli.ingest.code.report import inspect_file
from sscli.policy import load_policy
from tests.code_corpus import build_benign, build_sample, samples
from tests.conftest import REPO

CORPUS = REPO / "tests" / "data" / "code-corpus"
MALICIOUS = samples(CORPUS / "malicious")
BENIGN_SOURCES = samples(CORPUS / "benign-sources")
BENIGN = [
    *sorted((CORPUS / "benign").glob("*.whl")),
    *sorted((CORPUS / "benign").glob("*.tar.gz")),
    *sorted((REPO / "tests" / "data" / "wheels").glob("*.whl")),
    *sorted((REPO / "tests" / "data" / "sdists").glob("*.tar.gz")),
]


def test_the_corpus_is_large_and_documented() -> None:
    assert len(MALICIOUS) >= 75
    for sample in MALICIOUS:
        readme = (sample / "README.md").read_text()
        assert "Technique:" in readme and "Follows:" in readme, sample
        assert not [
            p for p in sample.rglob("*") if p.is_file() and p.suffix not in (".sample", ".md")
        ]


@pytest.mark.parametrize("sample", MALICIOUS, ids=[s.name for s in MALICIOUS])
def test_every_sample_is_refused_with_its_rule_file_and_line(sample: Path, tmp_path: Path) -> None:
    archive, expected = build_sample(sample, tmp_path)
    verdict = inspect_file(archive, load_policy(None))
    assert verdict.refused, verdict.findings
    located = [
        f
        for f in verdict.findings
        if f["rule"] == expected.rule
        and f["file"] == expected.file
        and (expected.line == 0 or f["line"] == expected.line)
    ]
    assert located, (expected, verdict.findings)


@pytest.mark.parametrize("archive", BENIGN, ids=[p.name for p in BENIGN])
def test_real_benign_packages_are_accepted(archive: Path) -> None:
    verdict = inspect_file(archive, load_policy(None))
    denied = [f for f in verdict.findings if f["decision"] == "deny"]
    assert not verdict.refused and not denied, denied


@pytest.mark.parametrize("sample", BENIGN_SOURCES, ids=[s.name for s in BENIGN_SOURCES])
def test_real_sources_once_refused_are_accepted(sample: Path, tmp_path: Path) -> None:
    archive, not_raised = build_benign(sample, tmp_path)
    verdict = inspect_file(archive, load_policy(None))
    raised = [f for f in verdict.findings if f["rule"] in not_raised and f["severity"] != "low"]
    assert not verdict.refused and not raised, raised
