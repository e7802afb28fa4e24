"""Development keys: labelled in their PEM files, and everything they sign says so; the deploy
gate refuses what they signed unless its policy allows development keys."""

from __future__ import annotations

import json
from pathlib import Path

from sscli.attest.keys import (
    KeyType,
    generate_key_pair,
    is_development_key,
    load_private_key,
    load_public_key,
)
from sscli.attest.predicates import PredicateType
from sscli.attest.signing import sign_statement
from sscli.attest.statement import SIGNING_KEY_ANNOTATION, parse_statement
from tests.conftest import Cli
from tests.verify.conftest import World, provenance, vulns


def test_generate_labels_both_files_and_the_keys_load_labelled(tmp_path: Path) -> None:
    key = tmp_path / "dev.pem"
    info = generate_key_pair(KeyType.ECDSA_P256, key, development=True)
    assert info.development
    for path in (key, tmp_path / "dev.pem.pub"):
        assert path.read_text().startswith("sscli development key:")
    assert is_development_key(load_private_key(key, None).public_key)
    public = load_public_key(tmp_path / "dev.pem.pub")
    assert is_development_key(public)
    assert public.keyid == info.keyid  # the label is not part of the key id


def test_what_a_development_key_signs_is_labelled_and_nothing_else(world: World) -> None:
    dev = world.root / "labelled.pem"
    generate_key_pair(KeyType.ED25519, dev, development=True)
    statement = world.statement(PredicateType.VULNS_V01, vulns())
    labelled = parse_statement(sign_statement(statement, [load_private_key(dev, None)]).payload)
    assert labelled.annotation(SIGNING_KEY_ANNOTATION) == "development"
    assert labelled.subjects[0].digest == statement.subjects[0].digest
    plain = parse_statement(world.sign(statement).payload)
    assert plain.annotation(SIGNING_KEY_ANNOTATION) is None
    # signed together with a production key, the statement is still labelled
    both = sign_statement(statement, [load_private_key(k, None) for k in (world.builder_key, dev)])
    assert parse_statement(both.payload).annotation(SIGNING_KEY_ANNOTATION) == "development"


def test_cli_generate_and_show_a_development_key(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "dev.pem"
    generated = cli("key", "generate", "--type", "ed25519", "--development", "--out", out)
    assert "development" in generated.stderr  # what was written: a diagnostic
    assert json.loads(cli("key", "show", out, "--format", "json").stdout)["development"] is True
    assert "development key" in cli("key", "show", f"{out}.pub").stdout
    plain = tmp_path / "plain.pem"
    cli("key", "generate", "--type", "ed25519", "--out", plain)
    assert json.loads(cli("key", "show", plain, "--format", "json").stdout)["development"] is False


def test_gate_refuses_statements_labelled_development_even_from_a_trusted_signer(
    cli: Cli, world: World
) -> None:
    # the policy trusts this key as the CI builder (not marked development), but its holder
    # generated it as a development key: what it signed says so, and the gate believes it
    generate_key_pair(KeyType.ED25519, world.builder_key, development=True, overwrite=True)
    world.write(
        world.sign(world.statement(PredicateType.SLSA_PROVENANCE_V1, provenance())),
        world.sign(world.statement(PredicateType.CYCLONEDX, world.sbom)),
        world.sign(world.statement(PredicateType.VULNS_V01, vulns())),
    )
    result = cli(
        "verify", "artifact", world.artifact, "--policy", world.policy, "--format", "json", expect=1
    )
    rules = {r["rule"]: r for r in json.loads(result.stdout)["rules"]}
    assert rules["development_keys"]["status"] == "fail"
    assert "ci" in rules["development_keys"]["reason"]
    inspected = cli(
        "attest", "inspect", world.artifact.with_name(world.artifact.name + ".intoto.jsonl")
    )
    assert "signed with a development key" in inspected.stderr
