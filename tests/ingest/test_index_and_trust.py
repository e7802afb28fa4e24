from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sscli.errors import InputError
from sscli.index.client import IndexClient, IndexSettings, redact
from sscli.index.simple import parse_html_page, parse_json_page
from sscli.ingest.trust import check_age, check_license, check_typosquat, edit_distance
from sscli.policy import load_policy
from tests.builders import build_wheel

POLICY = load_policy(None).ingest


def test_html_page_with_hashes_yanked_and_requires_python() -> None:
    html = b"""<html><body>
    <a href="../../packages/ab/x-1.0-py3-none-any.whl#sha256=ABCDEF" data-requires-python="&gt;=3.8">x-1.0-py3-none-any.whl</a>
    <a href="https://files.example/x-0.9.tar.gz#sha256=00" data-yanked="security">x-0.9.tar.gz</a>
    <a href="x-0.8.tar.gz" data-yanked="">x-0.8.tar.gz</a></body></html>"""
    page = parse_html_page(html, url="https://index.example/simple/x/", name="x")
    first, second, third = page.files
    assert first.url == "https://index.example/packages/ab/x-1.0-py3-none-any.whl"
    assert (
        first.hashes == {"sha256": "abcdef"}
        and first.requires_python == ">=3.8"
        and not first.is_yanked
    )
    assert second.yanked == "security" and third.yanked == "" and third.is_yanked


def test_json_page() -> None:
    body = (b'{"meta": {"api-version": "1.1"}, "name": "x", "files": [{"filename": "x-1.0.tar.gz", '
            b'"url": "/f/x-1.0.tar.gz", "hashes": {"sha256": "AA", "md5": "bb"}, "yanked": "bad", '
            b'"upload-time": "2024-01-02T03:04:05.000000Z", "size": 10}]}')  # fmt: skip
    (file,) = parse_json_page(body, url="http://i.example/simple/x/", name="x").files
    assert file.url == "http://i.example/f/x-1.0.tar.gz" and file.hashes == {"sha256": "aa"}
    assert (
        file.yanked == "bad"
        and file.upload_time == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
        and file.size == 10
    )


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b'{"meta": {"api-version": "2.0"}, "files": []}',
        b'{"files": [{"filename": "../../etc/x"}]}',
        b"[]",
    ],
)
def test_hostile_json_pages(body: bytes) -> None:
    with pytest.raises(InputError):
        parse_json_page(body, url="http://i.example/simple/x/", name="x")


def test_file_url_flat_directory(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path, "flat", "1.0")
    build_wheel(tmp_path, "other", "1.0")
    page = IndexClient(IndexSettings(url=tmp_path.as_uri())).project("flat")
    assert [f.filename for f in page.files] == [wheel.name]


def test_redact() -> None:
    assert redact("https://user:pw@host:8443/simple/") == "https://host:8443/simple/"


def test_typosquat_and_distance() -> None:
    assert edit_distance("requests", "reqeusts", 1) == 1  # a swap counts once
    assert edit_distance("numpy", "nunpy", 1) == 1
    assert check_typosquat("nunpy", POLICY).status == "fail"
    assert check_typosquat("numpy", POLICY).status == "pass"
    assert check_typosquat("my-internal-tool", POLICY).status == "pass"


@given(st.text("abcd", max_size=7), st.text("abcd", max_size=7))
def test_edit_distance_is_symmetric_and_bounded(a: str, b: str) -> None:
    d = edit_distance(a, b, 10)
    assert d == edit_distance(b, a, 10)
    assert (d == 0) == (a == b)
    assert d <= max(len(a), len(b))


def test_license_expressions() -> None:
    assert check_license("MIT OR AGPL-3.0-only", None, POLICY).status == "pass"  # type: ignore[arg-type]
    assert check_license("MIT AND AGPL-3.0-only", (), POLICY).status == "fail"
    assert check_license(None, ("Custom",), POLICY).status == "warn"


def test_age() -> None:
    now = datetime(2024, 6, 1, tzinfo=UTC)
    assert check_age(now - timedelta(days=10), POLICY, now).status == "pass"
    assert check_age(now - timedelta(hours=1), POLICY, now).status == "fail"
    assert check_age(None, POLICY, now).status == "fail"  # fail closed: age unknown


@pytest.mark.parametrize(
    "expression",
    ["AGPL-3.0-only+", "agpl-3.0-only", "AGPL-3.0-or-later", "SSPL-1.0+", "MIT AND agpl-3.0+"],
)
def test_ingest_normalizes_license_spellings_before_the_deny_list(expression: str) -> None:
    """Issue 13, item 9 at ingest: the `+` operator and case variants are the family the deny
    list names (the gate shares `license_verdict`, tested in tests/verify)."""
    from sscli.policy.model import IngestPolicy

    policy = IngestPolicy(licenses_deny=frozenset({"AGPL-3.0-only", "SSPL-1.0"}))
    assert check_license(expression, None, policy).status == "fail"
