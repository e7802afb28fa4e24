"""The vulnerability database round-trips through a real registry as a signed OCI artifact,
and a runner refuses (keeping its old database) what is unsigned, signed by another key, or
altered on the way."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sscli.fsutil import sha256_file
from tests.conftest import Cli
from tests.stores.conftest import World

INSECURE = "--allow-insecure-registry"


def test_db_round_trips_through_the_registry(
    cli: Cli, world: World, repo: str, snapshot_db: Path, tmp_path: Path
) -> None:
    published = tmp_path / "job" / "osv.sqlite"
    published.parent.mkdir()
    shutil.copyfile(snapshot_db, published)
    target = f"{repo}/vulndb:2024-10-10"
    cli("db", "push", target, "--key", world.builder_key, "--db", published, INSECURE)

    runner = tmp_path / "runner" / "osv.sqlite"
    cli("db", "pull", target, "--trusted-key", f"{world.builder_key}.pub", "--db", runner, INSECURE)
    assert sha256_file(runner) == sha256_file(published)
    status = json.loads(cli("db", "status", "--db", runner, "--format", "json").stdout)
    assert status["records"] > 1000

    before = sha256_file(runner)
    refused = cli("db", "pull", target, "--trusted-key", f"{world.attacker_key}.pub",
                  "--db", runner, INSECURE, expect=1)  # fmt: skip
    assert "not vouched for by a trusted key" in refused.stderr
    assert sha256_file(runner) == before  # the old database stays


def test_a_database_signed_by_someone_else_is_refused(
    cli: Cli, world: World, repo: str, snapshot_db: Path, tmp_path: Path
) -> None:
    target = f"{repo}/vulndb:latest"
    cli("db", "push", target, "--key", world.attacker_key, "--db", snapshot_db, INSECURE)
    runner = tmp_path / "osv.sqlite"
    cli("db", "pull", target, "--trusted-key", f"{world.builder_key}.pub", "--db", runner,
        INSECURE, expect=1)  # fmt: skip
    assert not runner.exists()


def test_a_trusted_signature_over_another_database_is_refused(
    world: World, repo: str, snapshot_db: Path, tmp_path: Path
) -> None:
    """A signer's statement about an older database, replayed beside a different one."""
    import pytest

    from sscli.attest.keys import load_private_key
    from sscli.attest.signing import load_trusted_key, sign_statement
    from sscli.errors import PolicyError
    from sscli.stores.oci.client import RegistryOptions
    from sscli.stores.oci.reference import parse_reference
    from sscli.stores.oci.vulndb import db_statement, pull_db, push_db

    older = tmp_path / "older.sqlite"
    shutil.copyfile(snapshot_db, older)
    import sqlite3

    with sqlite3.connect(older) as connection:  # a different file, same schema
        connection.execute("INSERT INTO meta VALUES ('note', 'older')")
    statement = db_statement(older)
    envelope = sign_statement(statement, [load_private_key(world.builder_key, None)])
    target = parse_reference(f"{repo}/vulndb:replayed")
    client = RegistryOptions(allow_insecure=True).connect(target.registry)
    push_db(client, target, snapshot_db, envelope.to_json_line())
    with pytest.raises(PolicyError, match="another file"):
        pull_db(
            client,
            target,
            tmp_path / "runner.sqlite",
            [load_trusted_key(f"{world.builder_key}.pub")],
        )
    assert not (tmp_path / "runner.sqlite").exists()
