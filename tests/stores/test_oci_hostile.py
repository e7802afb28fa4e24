"""The registry client against a scripted registry: the OCI 1.1 referrers API (which
Distribution 2.x lacks), credentials (flags, Docker config, REGISTRY_AUTH_FILE, credential
helpers, Basic and Bearer challenges), and registries that lie or attack."""

from __future__ import annotations

import base64
import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from sscli.stores.oci.attestations import (
    artifact_manifest,
    local_evidence,
    pull_artifact,
    pull_evidence,
    push_artifact,
)
from sscli.stores.oci.client import (
    OCI_MANIFEST,
    RegistryAuthError,
    RegistryClient,
    RegistryContentError,
    RegistryError,
    RegistryOptions,
)
from sscli.stores.oci.credentials import configured_credentials
from sscli.stores.oci.manifests import (
    DSSE_TYPE,
    Descriptor,
    descriptor_of,
    image_index,
    image_manifest,
)
from sscli.stores.oci.reference import parse_reference
from tests.conftest import Cli
from tests.servers import ScriptedRegistry, scripted_registry
from tests.stores.conftest import World, signed

INSECURE = "--allow-insecure-registry"


@contextlib.contextmanager
def serving(registry: ScriptedRegistry) -> Iterator[str]:
    with scripted_registry(registry) as address:
        yield address


def client(address: str, **credentials: str) -> RegistryClient:
    options = RegistryOptions(allow_insecure=True, **credentials)
    return options.connect(address)


def pushed(address: str, world: World) -> tuple[RegistryClient, str]:
    artifact = signed(world)
    c = client(address)
    reference = push_artifact(
        c, parse_reference(f"oci://{address}/app"), artifact, local_evidence(artifact)
    )
    assert reference.digest is not None
    return c, reference.digest


def test_native_referrers_api_needs_no_tag(world: World) -> None:
    registry = ScriptedRegistry(referrers_api=True)
    with serving(registry) as address:
        _, digest = pushed(address, world)
        assert not any(tag.split(":", 1)[1].startswith("sha256-") for tag in registry.tags)
        got = pull_evidence(client(address), "app", digest)
        assert any("/referrers/" in path for _, path, _ in registry.seen)
    assert len(got.evidence) == 3 and not got.skipped


def test_tag_schema_fallback_on_a_registry_without_the_api(world: World) -> None:
    registry = ScriptedRegistry(referrers_api=False)
    with serving(registry) as address:
        _, digest = pushed(address, world)
        assert f"app:sha256-{digest[7:]}" in registry.tags
        assert len(pull_evidence(client(address), "app", digest).evidence) == 3


def test_missing_credentials_fail_at_once_with_exit_3(cli: Cli, world: World) -> None:
    registry = ScriptedRegistry(basic=("ci", "s3cret"))
    with serving(registry) as address:
        started = time.monotonic()
        result = cli("attest", "push", signed(world), "--to", f"oci://{address}/app", INSECURE,
                     expect=3, env={"DOCKER_CONFIG": str(world.root / "nowhere")})  # fmt: skip
        assert time.monotonic() - started < 10  # no oras-py backoff
        assert "requires credentials" in result.stderr
        refused = cli("attest", "push", signed(world), "--to", f"oci://{address}/app", INSECURE,
                      "--registry-username", "ci", "--registry-password", "wrong", expect=3)  # fmt: skip
        assert "refused" in refused.stderr
        cli("attest", "push", signed(world), "--to", f"oci://{address}/app", INSECURE,
            "--registry-username", "ci", "--registry-password", "s3cret")  # fmt: skip


def test_docker_config_auth_file_and_credential_helpers(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = ScriptedRegistry(basic=("ci", "s3cret"))
    with serving(registry) as address:
        docker = tmp_path / "docker"
        docker.mkdir()
        auth = base64.b64encode(b"ci:s3cret").decode()
        (docker / "config.json").write_text(json.dumps({"auths": {address: {"auth": auth}}}))
        monkeypatch.setenv("DOCKER_CONFIG", str(docker))
        monkeypatch.delenv("REGISTRY_AUTH_FILE", raising=False)
        assert client(address).blob_exists("app", "sha256:" + "0" * 64) is False

        podman = tmp_path / "auth.json"  # REGISTRY_AUTH_FILE wins over Docker's file
        podman.write_text(json.dumps({"auths": {address: {"username": "ci", "password": "bad"}}}))
        monkeypatch.setenv("REGISTRY_AUTH_FILE", str(podman))
        with pytest.raises(RegistryAuthError, match="refused"):
            client(address).blob_exists("app", "sha256:" + "0" * 64)
        monkeypatch.delenv("REGISTRY_AUTH_FILE")

        helper = tmp_path / "bin" / "docker-credential-scripted"
        helper.parent.mkdir()
        helper.write_text(
            "#!/bin/sh\nread host\n"
            f'[ "$host" = "{address}" ] && echo \'{{"Username":"ci","Secret":"s3cret"}}\' && exit 0\n'
            "echo 'credentials not found in native keychain'; exit 1\n"
        )
        helper.chmod(0o755)
        monkeypatch.setenv("PATH", f"{helper.parent}:{__import__('os').environ['PATH']}")
        (docker / "config.json").write_text(json.dumps({"credHelpers": {address: "scripted"}}))
        found = configured_credentials(address)
        assert found is not None and found.username == "ci" and "s3cret" not in repr(found)
        assert client(address).blob_exists("app", "sha256:" + "0" * 64) is False


def test_bearer_token_challenge(world: World) -> None:
    registry = ScriptedRegistry(bearer=("ci", "s3cret"))
    with serving(registry) as address:
        _, digest = pushed_with(address, world, username="ci", password="s3cret")
        got = pull_evidence(client(address, username="ci", password="s3cret"), "app", digest)
        assert len(got.evidence) == 3
        with pytest.raises(RegistryAuthError):
            client(address).blob_exists("app", digest)


def pushed_with(address: str, world: World, **credentials: str) -> tuple[RegistryClient, str]:
    artifact = signed(world)
    c = client(address, **credentials)
    reference = push_artifact(
        c, parse_reference(f"oci://{address}/app"), artifact, local_evidence(artifact)
    )
    assert reference.digest is not None
    return c, reference.digest


def test_plain_http_only_to_loopback() -> None:
    with pytest.raises(Exception, match="loopback registries only"):
        RegistryClient("registry.example.com", insecure=True)


# -- attacks ----------------------------------------------------------------------------------


def test_a_manifest_whose_digest_does_not_match_is_refused(world: World, tmp_path: Path) -> None:
    registry = ScriptedRegistry()
    with serving(registry) as address:
        c, digest = pushed(address, world)
        registry.faults.add("wrong-manifest")
        with pytest.raises(RegistryContentError, match="digest"):
            pull_artifact(c, parse_reference(f"oci://{address}/app@{digest}"), tmp_path)
        got = pull_evidence(c, "app", digest)  # every referrer manifest is altered too
        assert got.evidence == [] and len(got.skipped) == 3


def test_the_gate_denies_when_the_registry_alters_manifests(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    registry = ScriptedRegistry()
    with serving(registry) as address:
        pushed(address, world)
        registry.faults.add("wrong-manifest")
        world.artifact.with_name(world.artifact.name + ".intoto.jsonl").unlink()
        result = cli("verify", "artifact", world.artifact, "--policy", world.policy,
                     "--attestations", f"oci://{address}/app", INSECURE, expect=1)  # fmt: skip
        assert "skipped a referrer" in result.stderr


def test_a_huge_blob_is_cut_off(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sscli.stores.oci.attestations.EMBED_LIMIT", 0)  # envelopes as blobs
    registry = ScriptedRegistry()
    with serving(registry) as address:
        c, digest = pushed(address, world)
        registry.faults.add("huge-blob")
        started = time.monotonic()
        with pytest.raises(RegistryContentError, match="limit"):
            pull_artifact(c, parse_reference(f"oci://{address}/app@{digest}"), tmp_path / "in")
        got = pull_evidence(c, "app", digest)
        assert got.evidence == [] and all("limit" in s for s in got.skipped)
        assert time.monotonic() - started < 20
        assert not list((tmp_path / "in").iterdir())  # nothing half-written left behind


class _Recorder(BaseHTTPRequestHandler):
    """Another host: serves a registry's blobs by digest and records what it was sent."""

    blobs: ClassVar[dict[str, bytes]] = {}
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        type(self).seen.append(dict(self.headers.items()))
        data = type(self).blobs.get(self.path.rsplit("/", 1)[-1], b"")
        self.send_response(200 if data else 404)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


def test_redirects_to_another_host_carry_no_credentials(world: World, tmp_path: Path) -> None:
    registry = ScriptedRegistry(basic=("ci", "s3cret"))
    other = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        with serving(registry) as address:
            c, digest = pushed_with(address, world, username="ci", password="s3cret")
            _Recorder.blobs = {d: b for d, b in registry.blobs.items()}
            registry.redirect_to = f"http://127.0.0.1:{other.server_address[1]}"
            registry.faults.add("redirect-blob")
            path = pull_artifact(c, parse_reference(f"oci://{address}/app@{digest}"), tmp_path)
            assert path.read_bytes() == world.artifact.read_bytes()
            assert _Recorder.seen and not any("Authorization" in h for h in _Recorder.seen)
            _Recorder.blobs = {d: b"tampered" for d in registry.blobs}  # the other host lies
            with pytest.raises(RegistryContentError, match="does not match"):
                pull_artifact(c, parse_reference(f"oci://{address}/app@{digest}"), tmp_path / "x")
            registry.redirect_to = "http://203.0.113.9"  # plain http off loopback: refused
            with pytest.raises(RegistryContentError, match="refusing to follow"):
                pull_artifact(c, parse_reference(f"oci://{address}/app@{digest}"), tmp_path / "y")
    finally:
        other.shutdown()
        other.server_close()


def test_a_referrers_index_listing_foreign_artifacts(world: World) -> None:
    registry = ScriptedRegistry(referrers_api=False)
    with serving(registry) as address:
        c, digest = pushed(address, world)
        other = world.other  # another artifact's attestation, listed under ours
        world.write(world.sign(world.statement("https://example.org/x/v1", {}, other)),
                    path=other.with_name(other.name + ".intoto.jsonl"))  # fmt: skip
        foreign = push_artifact(
            c, parse_reference(f"oci://{address}/app"), other, local_evidence(other)
        )
        foreign_index = registry.manifests[registry.tags[f"app:sha256-{foreign.digest[7:]}"]][1]
        ours_key = f"app:sha256-{digest[7:]}"
        ours = json.loads(registry.manifests[registry.tags[ours_key]][1])["manifests"]
        theirs = json.loads(foreign_index)["manifests"]
        merged = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
                             "manifests": ours + theirs}).encode()  # fmt: skip
        registry.add_manifest(
            "app", merged, "application/vnd.oci.image.index.v1+json", tag=ours_key.split(":")[1]
        )
        got = pull_evidence(c, "app", digest)
    assert len(got.evidence) == 3
    assert len(got.skipped) == 1 and "foreign" in got.skipped[0]


def test_a_tag_index_replaced_between_read_and_write_is_merged_again(world: World) -> None:
    registry = ScriptedRegistry(referrers_api=False, faults={"drop-index-once"})
    with serving(registry) as address:
        _, digest = pushed(address, world)
        index = json.loads(registry.manifests[registry.tags[f"app:sha256-{digest[7:]}"]][1])
    assert len(index["manifests"]) == 3


def test_a_tag_index_that_keeps_losing_entries_fails_loudly(cli: Cli, world: World) -> None:
    registry = ScriptedRegistry(referrers_api=False, faults={"rewrite-tag-index"})
    with serving(registry) as address:
        result = cli(
            "attest", "push", signed(world), "--to", f"oci://{address}/app", INSECURE, expect=3
        )
    assert "another writer kept replacing the referrers index" in result.stderr


def test_a_referrer_whose_layer_is_not_the_declared_type_is_skipped(world: World) -> None:
    registry = ScriptedRegistry(referrers_api=True)
    with serving(registry) as address:
        c, digest = pushed(address, world)
        blob = b'{"not": "an envelope"}'
        blob_digest = "sha256:" + __import__("hashlib").sha256(blob).hexdigest()
        registry.blobs[blob_digest] = blob
        subject = Descriptor(OCI_MANIFEST, digest, len(artifact_manifest(world.artifact)))
        body = image_manifest(
            DSSE_TYPE, [Descriptor(DSSE_TYPE, blob_digest, len(blob))], subject=subject
        )
        registry.add_manifest("app", body, OCI_MANIFEST)
        got = pull_evidence(c, "app", digest)
    assert len(got.evidence) == 3
    assert len(got.skipped) == 1 and "envelope" in got.skipped[0].lower()


def test_an_index_too_large_is_refused(world: World) -> None:
    registry = ScriptedRegistry(referrers_api=False)
    with serving(registry) as address:
        c, digest = pushed(address, world)
        many = [descriptor_of(b"%d" % n) for n in range(40_000)]
        registry.add_manifest("app", image_index(many), "application/vnd.oci.image.index.v1+json",
                              tag=f"sha256-{digest[7:]}")  # fmt: skip
        with pytest.raises((RegistryContentError, RegistryError)):
            pull_evidence(c, "app", digest)


def test_embedded_data_that_does_not_match_its_digest_is_refused(world: World) -> None:
    """The tag index and referrer manifests carry small manifests and envelopes inline (OCI
    1.1 `data`); an index whose inline copy was altered is refused like an altered fetch."""
    registry = ScriptedRegistry(referrers_api=False)
    with serving(registry) as address:
        c, digest = pushed(address, world)
        key = f"app:sha256-{digest[7:]}"
        index = json.loads(registry.manifests[registry.tags[key]][1])
        first = index["manifests"][0]
        altered = json.loads(base64.b64decode(first["data"]))
        altered["annotations"] = {"predicateType": "https://example.org/forged"}
        first["data"] = base64.b64encode(json.dumps(altered).encode()).decode()
        registry.add_manifest(
            "app",
            json.dumps(index).encode(),
            "application/vnd.oci.image.index.v1+json",
            tag=key.split(":")[1],
        )
        got = pull_evidence(c, "app", digest)
    assert len(got.evidence) == 2
    assert len(got.skipped) == 1 and "embedded data does not match" in got.skipped[0]


def test_a_token_service_that_never_answers_times_out() -> None:
    import socket

    from sscli.stores.oci.credentials import Credentials

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # accepts connections, never answers
        registry = ScriptedRegistry(bearer=("ci", "s3cret"))
        registry.realm = f"http://127.0.0.1:{silent.getsockname()[1]}/token"
        with serving(registry) as address:
            started = time.monotonic()
            c = RegistryClient(
                address, credentials=Credentials("ci", "s3cret"), insecure=True, timeout=1
            )
            with pytest.raises(RegistryAuthError, match="token service"):
                c.blob_exists("app", "sha256:" + "0" * 64)
            assert time.monotonic() - started < 10


def test_a_plain_http_token_realm_never_gets_the_password() -> None:
    registry = ScriptedRegistry(bearer=("ci", "s3cret"))
    registry.realm = "http://198.51.100.7/token"  # plain http, off loopback
    with serving(registry) as address:
        c = client(address, username="ci", password="s3cret")
        with pytest.raises(RegistryContentError, match="refusing to follow"):
            c.blob_exists("app", "sha256:" + "0" * 64)


def test_transient_server_errors_are_retried_a_few_times(world: World) -> None:
    registry = ScriptedRegistry(failing_blobs=2)
    with serving(registry) as address:
        _, digest = pushed(address, world)
        assert len(pull_evidence(client(address), "app", digest).evidence) == 3
        registry.failing_blobs = 3  # three in a row: give up
        with pytest.raises(RegistryError, match="500"):
            client(address).blob_exists("app", digest)


def test_an_unreachable_registry_denies_fast_with_exit_3(cli: Cli, world: World) -> None:
    started = time.monotonic()
    result = cli("verify", "artifact", world.artifact, "--policy", world.policy,
                 "--attestations", "oci://127.0.0.1:9/app", INSECURE, expect=3)  # fmt: skip
    assert "cannot reach the registry" in result.stderr
    assert time.monotonic() - started < 10
