"""Malformed or hostile inputs: a clear one-line error naming the file, exit 2, nothing written."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.builders import build_sdist, build_wheel, metadata_text
from tests.conftest import Cli

HELLO = Path(__file__).parents[2] / "examples" / "hello"


def _text(name: str, text: str) -> Callable[[Path], Path]:
    def make(directory: Path) -> Path:
        path = directory / name
        path.write_text(text)
        return path

    return make


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(directory: Path) -> Path:
        path = directory / name
        path.write_bytes(data)
        return path

    return make


def _sbom_with(change: Callable[[dict], None]) -> Callable[[Path], Path]:  # type: ignore[type-arg]
    def make(directory: Path) -> Path:
        from sscli.inventory import load_inventory
        from sscli.sbom import create_sbom

        document = json.loads(create_sbom(load_inventory(HELLO / "uv.lock")))
        change(document)
        path = directory / "bad.cdx.json"
        path.write_text(json.dumps(document))
        return path

    return make


def _zip_bomb(directory: Path) -> Path:
    path = directory / "bomb-1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "bomb-1.0.dist-info/METADATA", metadata_text("bomb", "1.0") + "X" * 3_000_000
        )
        archive.writestr("bomb-1.0.dist-info/RECORD", "")
    return path


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "requirements-bad-hash": (_text("requirements.txt", "a==1 --hash=sha256:zz\n"), "requirements.txt:1"),
    "requirements-unknown-option": (_text("requirements.txt", "--evil-flag\n"), "unknown option"),
    "requirements-conflict": (_text("requirements.txt", "a==1\na==2\n"), "different versions"),
    "requirements-binary": (_bytes("requirements.txt", b"\x00\x01\xff\xfe"), "UTF-8"),
    "uv-lock-bad-toml": (_text("uv.lock", "version = 1\n[[package]\n"), "invalid TOML"),
    "uv-lock-bad-version": (_text("uv.lock", "version = 1\n[[package]]\nname='a'\nversion='x.y'\n"), "invalid version"),
    "pylock-future": (_text("pylock.toml", "lock-version = '9.0'\n"), "unsupported lock-version"),
    "pylock-no-hash": (_text("pylock.toml", "lock-version='1.0'\n[[packages]]\nname='a'\nversion='1'\nsdist={url='https://x/a-1.tar.gz'}\n"), "hash"),
    "poetry-bad-hash": (_text("poetry.lock", "[[package]]\nname='a'\nversion='1'\nfiles=[{file='a.whl',hash='sha1:00'}]\n"), "unsupported hash"),
    "wheel-zip-slip": (lambda d: build_wheel(d, "evil", "1.0", extra_members=[("../evil.py", b"x")]), "path traversal"),
    "wheel-bomb": (_zip_bomb, "compression ratio|4 MiB"),
    "wheel-non-utf8": (lambda d: build_wheel(d, "evil", "1.0", metadata=b"Name: evil\nVersion: 1.0\nSummary: \xc3\x28\n"), "UTF-8"),
    "wheel-not-zip": (_bytes("evil-1.0-py3-none-any.whl", b"MZ not a zip"), "zip"),
    "wheel-name-mismatch": (lambda d: build_wheel(d, "evil", "1.0", metadata=metadata_text("evil", "9.9")), "does not match"),
    "sdist-symlink-escape": (lambda d: build_sdist(d, "evil", "1.0", extra=[("evil-1.0/../../../x", b"")]), "unsafe member"),
    "sdist-no-pkg-info": (_bytes("evil-1.0.tar.gz", b""), "tar"),
    "sbom-not-json": (_text("bad.cdx.json", "{not json"), "invalid JSON"),
    "sbom-not-cyclonedx": (_text("bad.cdx.json", '{"spdxVersion": "SPDX-2.3"}'), "not a CycloneDX"),
    "sbom-bad-purl-field": (_sbom_with(lambda d: d["components"][0].update(version=123)), "invalid CycloneDX 1.6"),
    "sbom-bad-hash": (_sbom_with(lambda d: d["components"][0].update(hashes=[{"alg": "SHA-256", "content": "xyz"}])), "invalid CycloneDX"),
    "sbom-unknown-spec": (_sbom_with(lambda d: d.update(specVersion="0.9")), "unsupported CycloneDX spec"),
    "sbom-xml-entities": (_text("bad.cdx.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><bom xmlns="http://cyclonedx.org/schema/bom/1.6"/>'), "DOCTYPE"),
    "sbom-xml-invalid": (_text("bad.cdx.xml", '<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="x"><nope/></bom>'), "invalid CycloneDX 1.6"),
    "unknown-file": (_text("notes.md", "# hello"), "unrecognised input"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_a_clear_error_and_writes_nothing(cli: Cli, tmp_path: Path, case: str) -> None:
    make, message = CASES[case]
    bad = make(tmp_path)
    out = tmp_path / "out" / "sbom.cdx.json"
    result = cli("sbom", "create", bad, "-o", out, expect=2)
    assert "Traceback" not in result.stderr
    first = result.stderr.strip().splitlines()[0]
    assert first.startswith("error: "), result.stderr
    assert str(bad) in result.stderr.replace("\n", "")
    import re

    assert re.search(message, result.stderr.replace("\n", " ")), result.stderr
    assert not out.exists() and not (tmp_path / "out").exists()
    assert result.stdout == ""


def test_missing_input_and_bad_options(cli: Cli, tmp_path: Path) -> None:
    assert "no such file" in cli("sbom", "create", tmp_path / "nope.txt", expect=2).stderr
    assert "unknown format" in cli("sbom", "create", HELLO, "--format", "spdx", expect=2).stderr
    assert (
        "unsupported CycloneDX spec"
        in cli("sbom", "create", HELLO, "--spec", "1.2", expect=2).stderr
    )
    assert "no lock file here" in cli("sbom", "create", tmp_path, expect=2).stderr


def test_debug_shows_the_traceback(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "requirements.txt"
    bad.write_text("--evil\n")
    result = cli("--debug", "sbom", "create", bad, expect=2)
    assert "Traceback" in result.stderr
