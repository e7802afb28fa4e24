"""Interop: what sscli writes is accepted by securesystemslib, in-toto and sigstore-python's
own models, and what they write is accepted by sscli."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from in_toto.models.layout import Layout, Step
from in_toto.models.metadata import Envelope as InTotoEnvelope
from in_toto.models.metadata import Metablock
from in_toto.verifylib import in_toto_verify
from securesystemslib.dsse import Envelope as SslibEnvelope

from sscli.attest.dsse import loads_envelope, read_envelopes
from sscli.attest.keys import load_public_key
from sscli.attest.verify import verify_envelope

from .conftest import KeyFiles
from .test_sign_verify import _signed, _trusted


@pytest.mark.parametrize("label", ["ed25519", "ecdsa", "rsa"])
def test_securesystemslib_verifies_sscli_envelopes(
    label: str, keys: dict[str, KeyFiles], artifact: Path
) -> None:
    envelope = _signed(artifact, keys[label])
    theirs = SslibEnvelope.from_dict(json.loads(envelope.to_json_line()))
    accepted = theirs.verify([load_public_key(keys[label].public)], 1)
    assert list(accepted) == [keys[label].keyid]
    assert theirs.pae() == envelope.pae()


def test_securesystemslib_checks_the_threshold_of_a_multi_signed_envelope(
    keys: dict[str, KeyFiles], artifact: Path
) -> None:
    from securesystemslib.exceptions import VerificationError

    envelope = _signed(artifact, keys["ed25519"], keys["rsa"])
    trusted = _trusted(keys["ed25519"], keys["rsa"], keys["ed25519-b"])
    assert len(SslibEnvelope.from_dict(json.loads(envelope.to_json_line())).verify(trusted, 2)) == 2
    with pytest.raises(VerificationError):
        SslibEnvelope.from_dict(json.loads(envelope.to_json_line())).verify(trusted, 3)


def test_in_toto_verifies_sscli_envelope_signatures(
    keys: dict[str, KeyFiles], artifact: Path
) -> None:
    from in_toto.exceptions import SignatureVerificationError

    envelope = InTotoEnvelope.from_dict(json.loads(_signed(artifact, keys["ecdsa"]).to_json_line()))
    key = load_public_key(keys["ecdsa"].public)
    envelope.verify_signature({"keyid": key.keyid, **key.to_dict()})
    other = load_public_key(keys["ed25519-b"].public)
    with pytest.raises(SignatureVerificationError):
        envelope.verify_signature({"keyid": other.keyid, **other.to_dict()})


def test_sscli_verifies_securesystemslib_envelopes(
    keys: dict[str, KeyFiles], artifact: Path
) -> None:
    ours = _signed(artifact, keys["ed25519"])
    theirs = SslibEnvelope(ours.payload, ours.payload_type, {})
    theirs.sign(keys["ecdsa"].signer())
    theirs.sign(keys["rsa"].signer())
    parsed = loads_envelope(json.dumps(theirs.to_dict()))
    assert (
        len(verify_envelope(parsed, _trusted(keys["ecdsa"], keys["rsa"]), threshold=2).keyids) == 2
    )


def test_statements_satisfy_the_spec_model_of_sigstore_python(
    keys: dict[str, KeyFiles], artifact: Path
) -> None:
    from sigstore.dsse import Statement as SigstoreStatement
    from sigstore.errors import Error as SigstoreError
    from sigstore.hashes import Hashed
    from sigstore_models.common.v1 import HashAlgorithm

    payload = _signed(artifact, keys["ed25519"]).payload
    digest = bytes.fromhex(json.loads(payload)["subject"][0]["digest"]["sha256"])
    assert SigstoreStatement(payload)._matches_digest(
        Hashed(algorithm=HashAlgorithm.SHA2_256, digest=digest)
    )
    with pytest.raises(SigstoreError):  # the model really checks the statement
        SigstoreStatement(payload.replace(b"Statement/v1", b"Statement/v9"))


# --- links and layouts --------------------------------------------------------------------


@pytest.fixture
def layout_project(tmp_path: Path, keys: dict[str, KeyFiles]) -> tuple[Path, Path, dict]:  # type: ignore[type-arg]
    """A project dir with src.txt, and a layout (signed by the rsa key) whose step 'build'
    must be performed by the ed25519 key, reading src.txt and creating only out.txt."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "src.txt").write_text("source\n")
    functionary = load_public_key(keys["ed25519"].public)
    owner = load_public_key(keys["rsa"].public)
    layout = Layout()
    layout.set_relative_expiration(days=1)
    layout.add_functionary_key({"keyid": functionary.keyid, **functionary.to_dict()})
    step = Step(name="build")
    step.pubkeys = [functionary.keyid]
    step.expected_command = [sys.executable, "-c"]
    step.expected_materials = [["ALLOW", "src.txt"], ["DISALLOW", "*"]]
    step.expected_products = [["CREATE", "out.txt"], ["ALLOW", "src.txt"], ["DISALLOW", "*"]]
    layout.steps = [step]
    metablock = Metablock(signed=layout)
    metablock.create_signature(keys["rsa"].signer())
    owner_keys = {owner.keyid: {"keyid": owner.keyid, **owner.to_dict()}}
    return work, tmp_path / "links", {"layout": metablock, "keys": owner_keys}


def _sign_link(cli, keys, work: Path, links: Path, script: str, *extra: str) -> None:  # type: ignore[no-untyped-def]
    cli(
        "attest",
        "sign-link",
        "--name",
        "build",
        "--key",
        keys["ed25519"].private,
        "-m",
        "src.txt",
        "-p",
        ".",
        "--base-path",
        work,
        "--out-dir",
        links,
        *extra,
        "--",
        sys.executable,
        "-c",
        script,
    )


def test_in_toto_verify_accepts_a_link_from_sign_link(
    cli, keys, layout_project, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    work, links, layout = layout_project
    monkeypatch.chdir(work)
    _sign_link(
        cli,
        keys,
        work,
        links,
        "open('out.txt','w').write('built\\n'); print('hi')",
        "--exclude",
        "*.tmp",
    )
    link_file = links / f"build.{keys['ed25519'].keyid[:8]}.link"
    link = json.loads(link_file.read_text())
    assert link["signed"]["byproducts"]["stdout"] == "hi\n"
    assert link["signed"]["byproducts"]["return-value"] == 0
    assert set(link["signed"]["products"]) == {"src.txt", "out.txt"}
    in_toto_verify(layout["layout"], layout["keys"], link_dir_path=str(links))


def test_in_toto_verify_rejects_a_step_that_created_an_unexpected_file(
    cli, keys, layout_project, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from in_toto.exceptions import RuleVerificationError

    work, links, layout = layout_project
    monkeypatch.chdir(work)
    _sign_link(
        cli, keys, work, links, "open('out.txt','w').write('x'); open('evil.sh','w').write('x')"
    )
    with pytest.raises(RuleVerificationError):
        in_toto_verify(layout["layout"], layout["keys"], link_dir_path=str(links))


def test_exclude_patterns_keep_files_out_of_the_link(
    cli, keys, layout_project, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    work, links, layout = layout_project
    monkeypatch.chdir(work)
    _sign_link(
        cli,
        keys,
        work,
        links,
        "open('out.txt','w').write('x'); open('cache.tmp','w').write('x')",
        "--exclude",
        "*.tmp",
    )
    in_toto_verify(layout["layout"], layout["keys"], link_dir_path=str(links))


def test_in_toto_verify_rejects_a_tampered_link(cli, keys, layout_project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from in_toto.exceptions import ThresholdVerificationError

    work, links, layout = layout_project
    monkeypatch.chdir(work)
    _sign_link(cli, keys, work, links, "open('out.txt','w').write('built')")
    link_file = links / f"build.{keys['ed25519'].keyid[:8]}.link"
    data = json.loads(link_file.read_text())
    data["signed"]["products"]["out.txt"]["sha256"] = "0" * 64
    link_file.write_text(json.dumps(data))
    # in-toto drops the link whose signature fails, so the step lacks its one signed link
    with pytest.raises(ThresholdVerificationError, match="Only found '0'"):
        in_toto_verify(layout["layout"], layout["keys"], link_dir_path=str(links))


def test_sign_link_with_a_missing_command_is_an_input_error(cli, keys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "attest",
        "sign-link",
        "--name",
        "build",
        "--key",
        keys["ed25519"].private,
        "--out-dir",
        tmp_path,
        "--",
        "/nonexistent/tool",
        expect=2,
    )
    assert "cannot run the step's command" in result.stderr


def test_concurrent_appends_never_tear_lines(
    keys: dict[str, KeyFiles], artifact: Path, tmp_path: Path
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from sscli.attest.record import append_envelope

    out = tmp_path / "many.intoto.jsonl"
    envelopes = [_signed(artifact, keys["ed25519"]) for _ in range(20)]
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda e: append_envelope(out, e), envelopes))
    assert len(read_envelopes(out)) == 20


def test_sign_link_stops_a_command_that_runs_over_its_timeout(
    keys: dict[str, KeyFiles], tmp_path: Path
) -> None:
    from sscli.attest.links import sign_link
    from sscli.errors import EnvironmentFailure

    with pytest.raises(EnvironmentFailure, match="ran over 1 s"):
        sign_link(
            "slow",
            [sys.executable, "-c", "import time; time.sleep(10)"],
            keys["ed25519"].signer(),
            out_dir=tmp_path,
            timeout=1,
        )
    assert not list(tmp_path.glob("*.link"))
