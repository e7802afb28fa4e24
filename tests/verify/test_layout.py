"""In-toto layout verification: sscli's own layouts and links, and the reference tools'."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sscli.attest.keys import KeyType, generate_key_pair
from tests.conftest import Cli

STEPS = """steps:
  - name: build
    functionaries: [functionary.pem.pub]
    materials: [[ALLOW, src.txt]]
    products: [[CREATE, out.txt], [ALLOW, src.txt]]
"""
SCRIPT = "import os; open(os.path.join(os.environ['WORK'], 'out.txt'), 'w').write('built\\n')"


@pytest.fixture
def chain(tmp_path: Path) -> Path:
    for name, kind in (("owner", KeyType.RSA), ("functionary", KeyType.ED25519)):
        generate_key_pair(kind, tmp_path / f"{name}.pem")
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "src.txt").write_text("source\n")
    (tmp_path / "links").mkdir()
    (tmp_path / "steps.yaml").write_text(STEPS)
    return tmp_path


def _layout(cli: Cli, chain: Path, expires: str = "30d") -> Path:
    cli(
        "layout",
        "create",
        "--steps",
        chain / "steps.yaml",
        "--owner-key",
        chain / "owner.pem",
        "--expires",
        expires,
        "-o",
        chain / "root.layout",
    )
    return chain / "root.layout"


def _run_step(cli: Cli, chain: Path, script: str = SCRIPT) -> None:
    os.environ["WORK"] = str(chain / "work")  # the step writes into the work directory
    cli(
        "attest",
        "sign-link",
        "--name",
        "build",
        "--key",
        chain / "functionary.pem",
        "-m",
        "src.txt",
        "-p",
        ".",
        "--base-path",
        chain / "work",
        "--out-dir",
        chain / "links",
        "--",
        sys.executable,
        "-c",
        script,
    )


def _verify(cli: Cli, chain: Path, expect: int, *extra: str) -> dict:  # type: ignore[type-arg]
    result = cli(
        "verify",
        "layout",
        "--layout",
        chain / "root.layout",
        "--layout-key",
        chain / "owner.pem.pub",
        "--links",
        chain / "links",
        "--format",
        "json",
        *extra,
        expect=expect,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_sscli_layout_and_links_verify(cli: Cli, chain: Path) -> None:
    layout = json.loads(_layout(cli, chain).read_text())
    step = layout["signed"]["steps"][0]
    assert step["expected_products"][-1] == ["DISALLOW", "*"] and step["expected_materials"][
        -1
    ] == ["DISALLOW", "*"]
    _run_step(cli, chain)
    report = _verify(cli, chain, 0, "--strict")
    assert report["decision"] == "allow" and report["steps"][0]["links"] == 1


def test_missing_link_fails_the_threshold(cli: Cli, chain: Path) -> None:
    _layout(cli, chain)
    report = _verify(cli, chain, 1)
    assert report["steps"][0]["status"] == "fail" and "0 of 1" in report["steps"][0]["reason"]


def test_tampered_link_fails(cli: Cli, chain: Path) -> None:
    _layout(cli, chain)
    _run_step(cli, chain)
    link = next((chain / "links").glob("build.*.link"))
    data = json.loads(link.read_text())
    data["signed"]["products"]["out.txt"]["sha256"] = "0" * 64
    link.write_text(json.dumps(data))
    assert (
        "Signature" in _verify(cli, chain, 1)["failure"]
        or "verif" in _verify(cli, chain, 1)["failure"].lower()
    )


def test_unexpected_product_is_disallowed(cli: Cli, chain: Path) -> None:
    _layout(cli, chain)
    _run_step(
        cli,
        chain,
        SCRIPT + "; open(os.path.join(os.environ['WORK'], 'backdoor.py'), 'w').write('x')",
    )
    assert "backdoor.py" in _verify(cli, chain, 1)["failure"]


def test_layout_signed_by_another_owner_fails(cli: Cli, chain: Path) -> None:
    _layout(cli, chain)
    _run_step(cli, chain)
    generate_key_pair(KeyType.ED25519, chain / "stranger.pem")
    result = cli(
        "verify",
        "layout",
        "--layout",
        chain / "root.layout",
        "--layout-key",
        chain / "stranger.pem.pub",
        "--links",
        chain / "links",
        expect=1,
    )
    assert "failed" in result.stderr


def test_expired_layout_fails(cli: Cli, chain: Path) -> None:
    from in_toto.models.metadata import Metablock

    from sscli.attest.keys import load_private_key

    path = _layout(cli, chain)
    _run_step(cli, chain)
    metablock = Metablock.load(str(path))
    metablock.signed.expires = (datetime.now(tz=UTC) - timedelta(days=1)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    metablock.signatures = []
    metablock.create_signature(load_private_key(chain / "owner.pem", None))
    path.write_text(json.dumps(metablock.to_dict()))
    assert "Expired" in _verify(cli, chain, 1)["failure"]


def _reference_layout(chain: Path, *, dsse: bool, open_rules: bool = False) -> None:
    """A layout written with in-toto's own API (Metablock or DSSE envelope)."""
    from in_toto.models.layout import Layout, Step
    from in_toto.models.metadata import Envelope, Metablock

    from sscli.attest.keys import load_private_key, load_public_key

    functionary = load_public_key(chain / "functionary.pem.pub")
    layout = Layout()
    layout.set_relative_expiration(days=1)
    layout.add_functionary_key({"keyid": functionary.keyid, **functionary.to_dict()})
    step = Step(name="build")
    step.pubkeys = [functionary.keyid]
    step.expected_materials = [["ALLOW", "src.txt"]] + ([] if open_rules else [["DISALLOW", "*"]])
    step.expected_products = [["CREATE", "out.txt"], ["ALLOW", "src.txt"]] + (
        [] if open_rules else [["DISALLOW", "*"]]
    )
    layout.steps = [step]
    owner = load_private_key(chain / "owner.pem", None)
    if dsse:
        envelope = Envelope.from_signable(layout)
        envelope.create_signature(owner)
        (chain / "root.layout").write_text(json.dumps(envelope.to_dict()))
    else:
        metablock = Metablock(signed=layout)
        metablock.create_signature(owner)
        (chain / "root.layout").write_text(json.dumps(metablock.to_dict()))


@pytest.mark.parametrize("dsse", [False, True], ids=["metablock", "dsse"])
def test_reference_tool_supply_chain(cli: Cli, chain: Path, dsse: bool) -> None:
    _reference_layout(chain, dsse=dsse)
    run = [
        str(Path(sys.executable).parent / "in-toto-run"),
        "--step-name",
        "build",
        "--signing-key",
        str(chain / "functionary.pem"),
        "-m",
        "src.txt",
        "-p",
        "src.txt",
        "out.txt",
        "-d",
        str(chain / "links"),
        *(["--use-dsse"] if dsse else []),
        "--",
        sys.executable,
        "-c",
        SCRIPT,
    ]
    subprocess.run(
        run,
        cwd=chain / "work",
        check=True,
        capture_output=True,
        env={**os.environ, "WORK": str(chain / "work")},
    )
    assert _verify(cli, chain, 0)["decision"] == "allow"
    (chain / "work" / "out.txt").write_text("tampered after the step\n")
    link = next((chain / "links").glob("build.*.link"))
    data = link.read_text()
    link.write_text(data.replace('"build"', '"build2"', 1) if not dsse else data[:-10])
    _verify(cli, chain, 1)


def test_open_rules_warn_and_strict_denies(cli: Cli, chain: Path) -> None:
    _reference_layout(chain, dsse=False, open_rules=True)
    _run_step(cli, chain)
    report = _verify(cli, chain, 0)
    assert any("DISALLOW *" in w for w in report["warnings"])
    assert "strict" in _verify(cli, chain, 1, "--strict")["failure"]


def test_workdir_checks_the_final_products_against_the_links(cli: Cli, chain: Path) -> None:
    _layout(cli, chain)
    _run_step(cli, chain)
    work = chain / "work"
    assert _verify(cli, chain, 0, "--workdir", work)["decision"] == "allow"
    (work / "out.txt").write_text("swapped after the step\n")
    report = _verify(cli, chain, 1, "--workdir", work)
    assert "out.txt" in report["failure"] and report["steps"][0]["status"] == "fail"
    (work / "out.txt").unlink()  # absent files are not compared: only what is there must match
    assert _verify(cli, chain, 0, "--workdir", work)["decision"] == "allow"


def test_functionaries_may_be_named_on_the_command_line(cli: Cli, chain: Path) -> None:
    (chain / "steps.yaml").write_text(STEPS.replace("[functionary.pem.pub]", "[builder]"))
    command = ["layout", "create", "--steps", chain / "steps.yaml", "--owner-key"]
    command += [chain / "owner.pem", "-o", chain / "root.layout"]
    cli(*command, "--functionary", f"builder={chain / 'functionary.pem.pub'}")
    _run_step(cli, chain)
    assert _verify(cli, chain, 0)["decision"] == "allow"
    assert "NAME=PUB.pem" in cli(*command, "--functionary", "builder", expect=2).stderr
    # a name nobody defined is a key file that does not exist
    assert "builder" in cli(*command, expect=2).stderr
