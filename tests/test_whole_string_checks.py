"""Checks that a value is *wholly* of a shape end at the end of the string: Python's `$` also
matches before a final newline, so `re.match(r"^[0-9a-f]{40}$", digest + "\\n")` passes a
value that then reaches a git command line, a policy comparison or a signed document."""

from __future__ import annotations

import pytest

from sscli.attest.identity import _owner_repo
from sscli.attest.statement import _digest_problem
from sscli.errors import InputError, UsageError
from sscli.inventory.selection import Target
from sscli.schemas import FORMAT_CHECKS
from sscli.source.git import is_object_id
from sscli.spdx_schema import _creation
from sscli.verify.vsa import parse_digest

COMMIT = "0123456789abcdef0123456789abcdef01234567"


def test_an_object_id_with_a_newline_after_it_is_not_one() -> None:
    assert is_object_id(COMMIT)
    assert not is_object_id(COMMIT + "\n")


def test_a_digest_algorithm_name_ends_where_it_ends() -> None:
    assert _digest_problem("blake3", "abcd") is None
    assert _digest_problem("blake3\n", "abcd") is not None


def test_owner_and_repository_names_end_where_they_end() -> None:
    assert _owner_repo("pypa/pip", "--repository") == ("pypa", "pip")
    with pytest.raises(UsageError):
        _owner_repo("pypa/pip\n", "--repository")
    with pytest.raises(UsageError):
        _owner_repo("pypa\n/pip", "--repository")


def test_a_vsa_level_and_digest_end_where_they_end() -> None:
    assert parse_digest("sha256:ab") == ("sha256", "ab")
    with pytest.raises(InputError):
        parse_digest("sha256\n:ab")


def test_a_python_version_is_ascii_digits_to_its_end() -> None:
    assert Target(python_version="3.12").environment()["python_version"] == "3.12"
    for wrong in ("3.12\n", "3.\u0661\u0662"):
        with pytest.raises(UsageError):
            Target(python_version=wrong).environment()


def test_an_email_format_ends_where_it_ends() -> None:
    assert FORMAT_CHECKS["email"]("a@example.org")
    assert not FORMAT_CHECKS["email"]("a@example.org\n")


def test_an_spdx_created_time_is_ascii_digits() -> None:
    info = {"creators": ["Tool: x"]}
    assert _creation({**info, "created": "2024-01-01T00:00:00Z"}) == []
    for wrong in ("\u0662\u0660\u0662\u0664-01-01T00:00:00Z", "2024-01-01T00:00:00Z\n"):
        assert [v.pointer for v in _creation({**info, "created": wrong})] == [
            "/creationInfo/created"
        ]
