"""The one YAML loader: strict, and bounded once aliases are expanded (policies, pipelines,
layout steps and OSV records all go through it)."""

from __future__ import annotations

import time

import pytest

from sscli.errors import InputError
from sscli.policy.load import parse_yaml

# A few hundred bytes (the review's was 672): nine levels of nine aliases, 9**9 nodes expanded.
ALIAS_BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(ord('a') + i)}: &{chr(ord('a') + i)} [{','.join(['*' + chr(ord('a') + i - 1)] * 9)}]\n"
    for i in range(1, 9)
)


def test_an_alias_bomb_is_refused_quickly() -> None:
    assert len(ALIAS_BOMB) < 700
    start = time.monotonic()
    with pytest.raises(InputError, match="alias"):
        parse_yaml(ALIAS_BOMB.encode(), path="bomb.yaml")
    assert time.monotonic() - start < 5


@pytest.mark.parametrize("text", ["a: &n [*n]\n", "a: &m {b: [*m]}\n"])
def test_a_recursive_alias_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="recursive alias"):
        parse_yaml(text.encode(), path="loop.yaml")


def test_ordinary_aliases_still_work() -> None:
    document = parse_yaml(b"base: &b {x: 1}\none: *b\ntwo: [*b, *b]\n", path="ok.yaml")
    assert document == {"base": {"x": 1}, "one": {"x": 1}, "two": [{"x": 1}, {"x": 1}]}


def test_duplicate_keys_and_timestamps_stay_strict() -> None:
    with pytest.raises(InputError, match="duplicate key"):
        parse_yaml(b"a: 1\na: 2\n", path="dup.yaml")
    assert parse_yaml(b"when: 2024-01-01\n", path="t.yaml") == {"when": "2024-01-01"}


def test_an_osv_record_that_is_an_alias_bomb_is_invalid() -> None:
    from sscli.vulndb.importer import decode_record
    from sscli.vulndb.records import InvalidRecord

    with pytest.raises(InvalidRecord):
        decode_record("PYSEC-0000-1.yaml", ALIAS_BOMB.encode())


@pytest.mark.parametrize(
    "number",
    [
        "1" * 5000,
        "0x" + "f" * 5000,
        "-" + "9" * 4301,
        "0" + "7" * 6000,
        "1" + ":59" * 3000,
        "0b" + "1" * 20000,
    ],
)
def test_an_integer_python_cannot_print_is_an_input_error(number: str) -> None:
    """Past 4,300 decimal digits int() and str() raise ValueError: PyYAML's int() did (a
    traceback), and a long hex literal reached the policy validator, whose message quoting it
    raised."""
    with pytest.raises(InputError, match="an integer too large"):
        parse_yaml(f"version: 1\nx: {number}\n".encode(), path="p.yaml")
    assert parse_yaml(b"x: 0x" + b"f" * 100 + b"\n", path="p.yaml") == {"x": 16**100 - 1}
