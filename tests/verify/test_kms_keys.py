"""Deploy policies that trust keys held by a KMS, named by URI (`awskms:KEY`), against a real
KMS API on loopback: the gate fetches the public key from the KMS at verify time."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sscli.attest.dsse import Envelope
from sscli.attest.signing import kms_public_key, sign_statement
from sscli.attest.statement import parse_statement
from tests.conftest import Cli
from tests.servers import aws_kms
from tests.verify.conftest import World, gate, gate_argv

pytest.importorskip("boto3")
pytest.importorskip("moto")


class KmsRawSigner:
    """Signs through the KMS Sign API. moto implements only RAW messages, so the test sends the
    whole PAE; sscli's own KMS signing (securesystemslib) sends the digest, as AWS prefers."""

    def __init__(self, client: Any, key_id: str) -> None:
        self.client = client
        self.key_id = key_id
        self.public_key = kms_public_key(f"awskms:{key_id}")

    def sign(self, payload: bytes) -> Any:
        from securesystemslib.signer import Signature

        response = self.client.sign(
            KeyId=self.key_id,
            Message=payload,
            MessageType="RAW",
            SigningAlgorithm="ECDSA_SHA_256",
        )
        return Signature(self.public_key.keyid, response["Signature"].hex())


@pytest.fixture
def kms(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    kms_public_key.cache_clear()
    with aws_kms(monkeypatch) as client:
        yield client
    kms_public_key.cache_clear()


def _new_key(client: Any) -> str:
    metadata = client.create_key(KeySpec="ECC_NIST_P256", KeyUsage="SIGN_VERIFY")["KeyMetadata"]
    return str(metadata["KeyId"])


def _signed_by(world: World, signer: KmsRawSigner) -> list[Envelope]:
    # the same three statements the gate's other tests sign with a file key
    statements = [parse_statement(e.payload) for e in world.good()]
    return [sign_statement(s, [signer]) for s in statements]  # type: ignore[list-item]


def _policy_trusting(world: World, reference: str) -> Path:
    text = world.policy.read_text().replace("keys: [builder.pem.pub]", f'keys: ["{reference}"]', 1)
    world.policy.write_text(text)
    return world.policy


def _verify(cli: Cli, world: World, expect: int) -> dict[str, Any]:
    if expect in (0, 1):
        return gate(cli, world, expect)
    return {"stderr": cli(*gate_argv(world), expect=expect).stderr}


def test_a_policy_trusts_a_kms_key_by_its_uri(world: World, cli: Cli, kms: Any) -> None:
    key_id = _new_key(kms)
    world.write(*_signed_by(world, KmsRawSigner(kms, key_id)))
    _policy_trusting(world, f"awskms:{key_id}")
    report = _verify(cli, world, 0)
    assert report["decision"] == "allow"


def test_a_signature_by_another_kms_key_is_denied(world: World, cli: Cli, kms: Any) -> None:
    trusted, other = _new_key(kms), _new_key(kms)
    world.write(*_signed_by(world, KmsRawSigner(kms, other)))
    _policy_trusting(world, f"awskms:{trusted}")
    rules = {r["rule"]: r for r in _verify(cli, world, 1)["rules"]}
    assert rules["signatures"]["status"] == "fail"


def test_a_kms_key_the_kms_does_not_know_is_an_environment_error(
    world: World, cli: Cli, kms: Any
) -> None:
    world.write(*world.good())
    _policy_trusting(world, "awskms:00000000-0000-0000-0000-000000000000")
    result = cli("verify", "artifact", world.artifact, "--policy", world.policy, expect=3)
    assert "cannot read the public key of awskms:" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreachable_kms_fails_closed(
    world: World, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.servers import free_port

    kms_public_key.cache_clear()
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "x")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "x")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "1")
    world.write(*world.good())
    _policy_trusting(world, "awskms:alias/release")
    result = cli("verify", "artifact", world.artifact, "--policy", world.policy, expect=3)
    assert "cannot read the public key of awskms:alias/release" in result.stderr


def test_an_empty_kms_uri_is_an_input_error(world: World, cli: Cli) -> None:
    world.write(*world.good())
    _policy_trusting(world, "awskms:")
    result = cli("verify", "artifact", world.artifact, "--policy", world.policy, expect=2)
    assert "not a KMS/HSM key URI" in result.stderr


def test_a_layout_owner_key_may_be_a_kms_key(kms: Any, cli: Cli, tmp_path: Path) -> None:
    from datetime import timedelta

    from sscli.attest.keys import KeyType, generate_key_pair
    from sscli.verify.layout import StepSpec, create_layout

    generate_key_pair(KeyType.ED25519, tmp_path / "functionary.pem")
    owner = KmsRawSigner(kms, _new_key(kms))
    step = StepSpec("build", (tmp_path / "functionary.pem.pub",), products=(("ALLOW", "*"),))
    layout = create_layout([step], owner, tmp_path / "root.layout", expires=timedelta(days=1))  # type: ignore[arg-type]
    links = tmp_path / "links"
    links.mkdir()
    link = ["attest", "sign-link", "--name", "build", "--key", tmp_path / "functionary.pem"]
    cli(*link, "--out-dir", links, "--", sys.executable, "-c", "pass")
    verify = ["verify", "layout", "--layout", layout, "--links", links, "--layout-key"]
    cli(*verify, f"awskms:{owner.key_id}")
    # another KMS key does not own this layout
    assert "layout verification failed" in cli(*verify, f"awskms:{_new_key(kms)}", expect=1).stderr
