"""Hostile lock files: wrong types, deep nesting, cycles, sources that point outside the project,
credentials in URLs, names that are not PEP 508 names. Each is an InputError naming the file, or
an inventory that neither reads nor names what the lock points at."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sscli.errors import InputError
from sscli.inventory import load_inventory
from sscli.sbom import create_sbom

ROOT = "[[package]]\nname = 'app'\nversion = '1.0'\nsource = { editable = '.' }\n"

REFUSED = [
    ("uv.lock", "version = 1\npackage = [1, 2]\n"),
    ("uv.lock", "version = 1\n[[package]]\nname = 5\n"),
    ("uv.lock", "version = 1\n" + ROOT + "dependencies = 'x'\n"),
    ("uv.lock", "version = 1\n[[package]]\nname = '../../etc'\nversion = '1'\n"),
    ("uv.lock", "version = 1\nx = " + "[" * 5000 + "]" * 5000 + "\n"),
    (
        "uv.lock",
        "version = 1\n" + ROOT + "dependencies = [{ name = 'b', marker = 'sys_platform == ' }]\n",
    ),
    ("uv.lock", "version = 1\n" + ROOT + "optional-dependencies = 3\n"),
    ("uv.lock", "version = 1\n[[package]]\nname = 'a'\nversion = '1'\nsource = { git = 5 }\n"),
    ("poetry.lock", "[[package]]\nname = 'a'\nversion = '1'\ndependencies = 3\n"),
    (
        "poetry.lock",
        "[[package]]\nname = 'a'\nversion = '1'\n[package.source]\ntype = 'svn'\nurl = 'x'\n",
    ),
    (
        "poetry.lock",
        "[metadata]\nhashes = { a = ['zz'] }\n[[package]]\nname = 'a'\nversion = '1'\n",
    ),
    ("pdm.lock", "[metadata]\nlock_version = 4\n"),
    (
        "pdm.lock",
        "[metadata]\nlock_version = '4.5'\nstrategy = ['inherit_metadata']\ngroups = ['default']\n[[package]]\nname = 'a'\nversion = '1'\ngroups = ['default']\ndependencies = ['!!']\n",
    ),
    ("Pipfile.lock", '{"_meta": {}, "default": {"a": {"version": "1.0"}}}'),
    ("Pipfile.lock", '{"_meta": {}, "default": []}'),
    ("Pipfile.lock", '{"_meta": {"sources": 5}, "default": {}}'),
    ("Pipfile.lock", '{"_meta": {}, "default": {"a": {"version": "==1", "markers": 5}}}'),
    ("Pipfile.lock", "[" * 100000),
    ("pylock.toml", "lock-version = '1.0'\nextras = 5\n"),
    ("pylock.toml", "lock-version = '1.0'\n[[packages]]\nname = 'a'\nmarker = 5\n"),
    # a version with more digits than int() converts (4,300) is ValueError, not InvalidVersion
    ("uv.lock", "version = 1\n[[package]]\nname = 'a'\nversion = '" + "9" * 5000 + "'\n"),
    ("poetry.lock", "[[package]]\nname = 'a'\nversion = '" + "9" * 5000 + "'\n"),
    (
        "pylock.toml",
        "lock-version = '1.0'\n[[packages]]\nname = 'a'\nversion = '" + "9" * 5000 + "'\n",
    ),
    ("bom.spdx.json", '{"spdxVersion": "SPDX-2.3", "packages": 5}'),
    (
        "bom.spdx.json",
        '{"spdxVersion": "SPDX-2.3", "packages": [{"SPDXID": "x", "name": "a", "externalRefs": 7}]}',
    ),
]


@pytest.mark.parametrize(("name", "text"), REFUSED)
def test_hostile_locks_are_input_errors_naming_the_file(
    tmp_path: Path, name: str, text: str
) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(InputError) as info:
        load_inventory(path)
    assert str(path) in str(info.value)


def test_a_version_past_the_int_digit_limit_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "requirements.txt"
    path.write_text("a==1." + "9" * 5000 + " --hash=sha256:" + "0" * 64 + "\n")
    with pytest.raises(InputError, match=r"requirements.txt:1: invalid version"):
        load_inventory(path)


def test_a_dependency_cycle_is_walked_once(tmp_path: Path) -> None:
    path = tmp_path / "uv.lock"
    path.write_text(
        "version = 1\n" + ROOT + "dependencies = [{ name = 'a' }]\n"
        "[[package]]\nname = 'a'\nversion = '1'\nsource = { registry = 'https://pypi.org/simple' }\n"
        "dependencies = [{ name = 'b' }]\n"
        "[[package]]\nname = 'b'\nversion = '1'\nsource = { registry = 'https://pypi.org/simple' }\n"
        "dependencies = [{ name = 'a' }, { name = 'app' }]\n"
    )
    inventory = load_inventory(path)
    assert {p.name for p in inventory.packages} == {"a", "b"}
    assert {(x.name, y.name) for x, y in inventory.edges()} >= {("a", "b"), ("b", "a")}


def test_sources_outside_the_project_are_named_not_read_and_credentials_dropped(
    tmp_path: Path,
) -> None:
    path = tmp_path / "uv.lock"
    path.write_text(
        "version = 1\n" + ROOT + "dependencies = [{ name = 'a' }, { name = 'b' }, { name = 'c' }]\n"
        "[[package]]\nname = 'a'\nversion = '1'\nsource = { path = '/etc/passwd' }\n"
        "[[package]]\nname = 'b'\nversion = '1'\nsource = { url = 'https://user:s3cret@example.org/b-1.tar.gz' }\n"
        "[[package]]\nname = 'c'\nversion = '1'\nsource = { git = 'https://tok:x0x0@example.org/c.git?rev=main#0123456789abcdef0123456789abcdef01234567' }\n"
    )
    text = create_sbom(load_inventory(path))
    assert "/etc" not in text and "s3cret" not in text and "x0x0" not in text
    components = {c["name"]: c for c in json.loads(text)["components"]}
    assert components["a"]["purl"] == "pkg:generic/a@1"
    assert "vcs_url=git%2Bhttps://example.org/c.git%400123456789abcdef" in components["c"]["purl"]


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "name",
    [
        "uv.lock",
        "poetry.lock",
        "Pipfile.lock",
        "pkg-1.0-py3-none-any.whl",
        "pkg-1.0.tar.gz",
        "deps.lock",
    ],
)
def test_a_fifo_planted_as_an_input_is_refused_without_hanging(tmp_path: Path, name: str) -> None:
    import os

    fifo = tmp_path / name
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        load_inventory(fifo)


def test_one_version_locked_from_two_sources_is_listed_once(tmp_path: Path) -> None:
    path = tmp_path / "uv.lock"
    path.write_text(
        "version = 1\n"
        + ROOT
        + "dependencies = [{ name = 'a', version = '1', source = { registry = 'https://one.example/simple' } },"
        " { name = 'a', version = '1', source = { registry = 'https://two.example/simple' } }]\n"
        "[[package]]\nname = 'a'\nversion = '1'\nsource = { registry = 'https://one.example/simple' }\n"
        "[[package]]\nname = 'a'\nversion = '1'\nsource = { registry = 'https://two.example/simple' }\n"
    )
    inventory = load_inventory(path)
    assert [p.key for p in inventory.packages] == ["a==1"]
    assert any("locked twice" in str(p) for p in inventory.problems)
