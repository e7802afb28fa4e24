"""Defects an independent review found, each reproduced as it was reported."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.builders import build_wheel, sha256
from tests.conftest import Cli
from tests.ingest.conftest import ingest, write_lock
from tests.servers import ScriptedIndex, scripted_index

POLICY = "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: none}\n"


def _export(path: Path, project: str, filename: str, content: bytes) -> Path:
    entry = json.dumps(
        {
            "project": project,
            "version": "1.0",
            "filename": filename,
            "sha256": hashlib.sha256(content).hexdigest(),
            "size": len(content),
        }
    ).encode()
    members = [
        (f"files/{project}/{filename}", content),
        (f"entries/{project}/{filename}.json", entry),
    ]
    manifest = {
        "format": "sscli-vault-export/v1",
        "members": [
            {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in members
        ],
    }
    with tarfile.open(path, "w:gz") as tar:
        for name, data in [*members, ("MANIFEST.json", json.dumps(manifest).encode())]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_vault_import_cannot_write_outside_the_vault(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    target.mkdir()
    (target / "authorized_keys").write_text("legit key\n")
    export = _export(
        tmp_path / "evil.tar.gz",
        f"/{target.relative_to('/')}",
        "authorized_keys",
        b"attacker key\n",
    )
    cli("vault", "import", export, "--vault", tmp_path / "vault", expect=2)
    assert (target / "authorized_keys").read_text() == "legit key\n"


def test_vault_import_inspects_what_it_imports(cli: Cli, tmp_path: Path) -> None:
    export = _export(
        tmp_path / "x.tar.gz", "demo", "demo-1.0-py3-none-any.whl", b"not a wheel at all"
    )
    assert (
        "fails inspection"
        in cli("vault", "import", export, "--vault", tmp_path / "vault", expect=1).stderr
    )


def test_lock_with_a_path_as_project_name_is_bad_input(cli: Cli, tmp_path: Path) -> None:
    lock = tmp_path / "pylock.toml"
    lock.write_text("lock-version = '1.0'\n[[packages]]\nname = '/tmp/x'\nversion = '1.0'\n")
    assert "invalid project name" in cli("sbom", "create", lock, expect=2).stderr


@pytest.mark.parametrize("kind", ["crc", "method"])
def test_unreadable_zip_members_are_refused_not_a_crash(
    cli: Cli, tmp_path: Path, kind: str
) -> None:
    packages = tmp_path / "packages"
    packages.mkdir()
    wheel = build_wheel(packages, "odd", "1.0")
    raw = bytearray(wheel.read_bytes())
    with zipfile.ZipFile(wheel) as archive:
        info = archive.getinfo("odd/__init__.py")
    if kind == "method":
        raw[info.header_offset + 8] = 99  # the local header's compression method
        raw[raw.index(b"PK\x01\x02") + 10] = 99
    else:
        raw[info.header_offset + 30 + len("odd/__init__.py") + 2] ^= 0xFF
    wheel.write_bytes(bytes(raw))
    index = ScriptedIndex()
    index.add(wheel)
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    with scripted_index(index) as url:
        result = ingest(
            cli,
            url,
            write_lock(tmp_path / "requirements.txt", [wheel]),
            tmp_path / "vault",
            policy,
            "--format",
            "json",
            expect=1,
        )
    (outcome,) = json.loads(result.stdout)["files"]
    assert outcome["status"] == "refused" and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "body",
    [
        b'{"meta": "x", "files": []}',
        b'{"files": [{"filename": "a-1.0.tar.gz", "url": 5}]}',
        b'{"files": [{"filename": "a-1.0.tar.gz", "url": "/a", "requires-python": 5}]}',
    ],
)
def test_index_pages_with_wrong_types_are_bad_input(body: bytes) -> None:
    from sscli.errors import InputError
    from sscli.index.simple import parse_json_page

    with pytest.raises(InputError):
        parse_json_page(body, url="http://i.example/simple/a/", name="a")


def test_remote_index_cannot_point_at_local_files(tmp_path: Path) -> None:
    from sscli.errors import InputError
    from sscli.index.client import IndexClient, IndexSettings
    from sscli.index.models import IndexFile

    client = IndexClient(IndexSettings(url="http://127.0.0.1:9/simple/"))
    with pytest.raises(InputError, match="which it may not"):
        client.download(
            IndexFile("x-1.0.tar.gz", "file:///etc/passwd"), tmp_path, expected_sha256=None
        )


def test_a_file_of_another_project_is_never_selected(cli: Cli, tmp_path: Path) -> None:
    packages = tmp_path / "packages"
    packages.mkdir()
    other = build_wheel(packages, "other", "1.0")
    from sscli.index.models import IndexFile, ProjectPage
    from sscli.ingest.select import Target, select_files
    from sscli.inventory import Package

    page = ProjectPage(
        "demo2", (IndexFile(other.name, "http://x/" + other.name, {"sha256": sha256(other)}),), "x"
    )
    wanted, problem = select_files(Package(name="demo2", version="1.0"), page, Target())
    assert wanted == [] and problem is not None


def test_deeply_nested_json_is_bad_input_not_a_crash(cli: Cli, tmp_path: Path) -> None:
    sbom = tmp_path / "deep.cdx.json"
    sbom.write_text("[" * 200_000 + "]" * 200_000)
    result = cli("sbom", "show", sbom, expect=2)
    assert "Traceback" not in result.stderr


def test_reingest_applies_the_current_policy(cli: Cli, tmp_path: Path) -> None:
    packages = tmp_path / "packages"
    packages.mkdir()
    wheel = build_wheel(packages, "demo", "1.0", license_expression="MIT")
    index = ScriptedIndex()
    index.add(wheel)
    lock = write_lock(tmp_path / "requirements.txt", [wheel])
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    with scripted_index(index) as url:
        ingest(cli, url, lock, tmp_path / "vault", policy)
        policy.write_text(POLICY + "  malicious_names: [demo]\n")
        result = ingest(
            cli,
            url,
            lock,
            tmp_path / "vault",
            policy,
            "--format",
            "json",
            expect=1,
        )
    (outcome,) = json.loads(result.stdout)["files"]
    assert outcome["status"] == "refused" and any(
        c["rule"] == "malicious" for c in outcome["checks"]
    )
