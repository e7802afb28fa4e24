"""`sscli trust update` against a TUF repository the test builds and serves on loopback: the
trusted root is refreshed through the TUF client workflow and then used offline; forged,
expired, rolled-back or tampered metadata is refused and leaves the cached root as it was."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from tests.servers import free_port, static_files

from .sigstore_instance import SIGNED_AT, Instance, github_claims
from .tuf_repo import TufRepository


@dataclass
class Served:
    repository: TufRepository
    url: str
    root: Path  # the initial root.json, as an operator hands it out
    instance: Instance


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    instance = Instance()
    repository = TufRepository(tmp_path / "repo", json.dumps(instance.trusted_root()).encode())
    root = tmp_path / "root.json"
    root.write_bytes(repository.root_json)
    with static_files(repository.dir) as url:
        yield Served(repository, url, root, instance)


def _update(cli, served: Served, *extra: Any, expect: int = 0):  # type: ignore[no-untyped-def]
    return cli("trust", "update", "--instance", served.url, *extra, expect=expect)


def _cached(cli, served: Served) -> bytes:  # type: ignore[no-untyped-def]
    directory = next((cli.state_dir / "trust").iterdir())
    return (directory / "targets" / "trusted_root.json").read_bytes()


def test_update_then_show_then_verify_offline(cli, served: Served, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = json.loads(_update(cli, served, "--root", served.root, "--format", "json").stdout)
    assert report["url"] == served.url and report["tufRootVersion"] == 1
    assert (
        report["trustedRoots"][0]["certificateAuthorities"][0]["uri"]
        == "https://fulcio.test.sscli.dev"
    )
    shown = cli("trust", "show", "--format", "json")
    names = [i["instance"] for i in json.loads(shown.stdout)["instances"]]
    assert names[0].startswith("127.0.0.1_") and "public-good" in names
    assert "TUF metadata valid until" in shown.stderr
    # a bundle of that instance verifies without --trusted-root, from the cached root
    key = ec.generate_private_key(ec.SECP256R1())
    made = github_claims()
    certificate = served.instance.leaf(key, made["san"], made["extensions"])
    artifact = tmp_path / "app.whl"
    artifact.write_bytes(b"an artifact")
    statement = {
        "_type": "https://in-toto.io/Statement/v1",
        "subject": [
            {"name": "app.whl", "digest": {"sha256": hashlib.sha256(b"an artifact").hexdigest()}}
        ],
        "predicateType": "https://slsa.dev/provenance/v1",
        "predicate": {},
    }
    bundle = tmp_path / "app.whl.sigstore.json"
    bundle.write_text(
        json.dumps(served.instance.dsse_bundle(statement, key, certificate=certificate))
    )
    verified = cli("attest", "verify", artifact, "--bundle", bundle, "--repo", "acme/app")
    assert served.url.split("//")[1].replace(":", "_") in verified.stderr
    assert SIGNED_AT.isoformat() in verified.stderr


def test_a_new_version_is_followed_and_the_root_rotated(cli, served: Served) -> None:  # type: ignore[no-untyped-def]
    _update(cli, served, "--root", served.root)
    other = Instance()
    served.repository.set_target(json.dumps(other.trusted_root()).encode())
    served.repository.rotate_timestamp_key()
    served.repository.publish()
    report = json.loads(_update(cli, served, "--format", "json").stdout)  # no --root: pinned
    assert report["tufRootVersion"] == 2
    assert json.loads(_cached(cli, served)) == other.trusted_root()


def test_rolled_back_metadata_is_refused(cli, served: Served) -> None:  # type: ignore[no-untyped-def]
    old = served.repository.save("v1")
    served.repository.set_target(b'{"not": "what v1 said"}')
    served.repository.set_target(json.dumps(Instance().trusted_root()).encode())
    served.repository.publish()
    _update(cli, served, "--root", served.root)
    current = _cached(cli, served)
    served.repository.serve(old)  # an attacker replays the older, validly signed state
    result = _update(cli, served, expect=1)
    assert (
        "does not verify" in result.stderr
        and "the cached trusted root is unchanged" in result.stderr
    )
    assert _cached(cli, served) == current


def test_expired_metadata_is_refused(cli, served: Served) -> None:  # type: ignore[no-untyped-def]
    served.repository.publish(
        expires=datetime.now(tz=UTC).replace(microsecond=0) - timedelta(hours=1)
    )
    result = _update(cli, served, "--root", served.root, expect=1)
    assert "ExpiredMetadataError" in result.stderr
    assert not (cli.state_dir / "trust").exists() or not any(
        (d / "targets" / "trusted_root.json").exists() for d in (cli.state_dir / "trust").iterdir()
    )


def test_a_tampered_target_is_refused(cli, served: Served) -> None:  # type: ignore[no-untyped-def]
    for target in (served.repository.dir / "targets").iterdir():
        target.write_bytes(target.read_bytes().replace(b"fulcio.test", b"fulcio.evil"))
    result = _update(cli, served, "--root", served.root, expect=1)
    assert "does not verify" in result.stderr


def test_metadata_signed_by_another_key_is_refused(cli, served: Served, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    impostor = TufRepository(tmp_path / "impostor", b"{}")
    served.root.write_bytes(impostor.root_json)  # the client trusts another root key
    result = _update(cli, served, "--root", served.root, expect=1)
    assert "does not verify" in result.stderr


def test_instance_arguments_are_checked(cli, served: Served) -> None:  # type: ignore[no-untyped-def]
    assert "needs the repository's initial root.json" in _update(cli, served, expect=2).stderr
    assert "unknown instance" in cli("trust", "update", "--instance", "staging", expect=2).stderr
    assert (
        "unknown instance"
        in cli("trust", "update", "--instance", "http://tuf.example.org", expect=2).stderr
    )
    assert (
        "--root is for other instances"
        in cli("trust", "update", "--instance", "github", "--root", served.root, expect=2).stderr
    )


def test_an_unreachable_repository_is_an_environment_error(cli, served: Served) -> None:  # type: ignore[no-untyped-def]
    url = f"http://127.0.0.1:{free_port()}"
    result = cli("trust", "update", "--instance", url, "--root", served.root, expect=3)
    assert "cannot refresh the trusted root" in result.stderr


@pytest.mark.network
@pytest.mark.parametrize("instance", ["public-good", "github"])
def test_live_update(cli, instance: str) -> None:  # type: ignore[no-untyped-def]  # pragma: no cover - online
    report = json.loads(cli("trust", "update", "--instance", instance, "--format", "json").stdout)
    assert report["trustedRoots"]
