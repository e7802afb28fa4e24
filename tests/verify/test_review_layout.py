"""In-toto layout verification against the independent review's attacks (issue 13): links filed
under another step's name, symlinked products, and fields of an unsigned layout used before
its signature is checked."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from sscli.attest.keys import KeyType, generate_key_pair, load_private_key, load_public_key
from tests.conftest import Cli

TWO_STEPS = """steps:
  - name: build
    functionaries: [functionary.pem.pub]
    materials: [[ALLOW, src.txt]]
    products: [[CREATE, out.txt], [ALLOW, src.txt]]
  - name: test
    functionaries: [functionary.pem.pub]
    materials: [[ALLOW, "*"]]
    products: [[ALLOW, "*"]]
"""
SCRIPT = "import os; open(os.path.join(os.environ['WORK'], 'out.txt'), 'w').write('built\\n')"


@pytest.fixture
def chain(tmp_path: Path, cli: Cli) -> Path:
    for name, kind in (("owner", KeyType.ED25519), ("functionary", KeyType.ED25519)):
        generate_key_pair(kind, tmp_path / f"{name}.pem")
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "src.txt").write_text("source\n")
    (tmp_path / "links").mkdir()
    (tmp_path / "steps.yaml").write_text(TWO_STEPS)
    cli(
        "layout", "create", "--steps", tmp_path / "steps.yaml", "--owner-key",
        tmp_path / "owner.pem", "-o", tmp_path / "root.layout",
    )  # fmt: skip
    return tmp_path


def _run(cli: Cli, chain: Path, name: str, script: str = SCRIPT) -> Path:
    os.environ["WORK"] = str(chain / "work")
    cli(
        "attest", "sign-link", "--name", name, "--key", chain / "functionary.pem",
        "-m", "src.txt", "-p", ".", "--base-path", chain / "work", "--out-dir", chain / "links",
        "--", sys.executable, "-c", script,
    )  # fmt: skip
    return next((chain / "links").glob(f"{name}.*.link"))


def _verify(cli: Cli, chain: Path, expect: int, *extra: str | Path) -> dict:  # type: ignore[type-arg]
    result = cli(
        "verify", "layout", "--layout", chain / "root.layout", "--layout-key",
        chain / "owner.pem.pub", "--links", chain / "links", "--format", "json", *extra,
        expect=expect,
    )  # fmt: skip
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_both_steps_verify_with_their_own_links(cli: Cli, chain: Path) -> None:
    _run(cli, chain, "build")
    _run(cli, chain, "test", "pass")
    assert _verify(cli, chain, 0)["decision"] == "allow"


def test_a_link_filed_under_another_steps_name_is_refused(cli: Cli, chain: Path) -> None:
    """The functionary signed a link for `build` only; a copy named test.KEYID.link must not
    stand in for the `test` step the functionary never ran."""
    link = _run(cli, chain, "build")
    (chain / "links" / link.name.replace("build.", "test.", 1)).write_bytes(link.read_bytes())
    report = _verify(cli, chain, 1)
    assert "build" in report["failure"] and "test" in report["failure"]


def test_a_symlinked_product_in_the_workdir_is_not_skipped(cli: Cli, chain: Path) -> None:
    _run(cli, chain, "build")
    _run(cli, chain, "test", "pass")
    work = chain / "work"
    assert _verify(cli, chain, 0, "--workdir", work)["decision"] == "allow"
    trojan = chain / "trojan.txt"
    trojan.write_text("not what the build made\n")
    (work / "out.txt").unlink()
    (work / "out.txt").symlink_to(trojan)
    report = _verify(cli, chain, 1, "--workdir", work)
    assert "out.txt" in report["failure"]


def test_a_symlinked_product_leaving_the_workdir_is_refused_even_with_the_right_bytes(
    cli: Cli, chain: Path
) -> None:
    _run(cli, chain, "build")
    _run(cli, chain, "test", "pass")
    work = chain / "work"
    outside = chain / "copy.txt"
    outside.write_bytes((work / "out.txt").read_bytes())
    (work / "out.txt").unlink()
    (work / "out.txt").symlink_to(outside)
    assert "out.txt" in _verify(cli, chain, 1, "--workdir", work)["failure"]


def test_a_fifo_product_in_the_workdir_is_refused_without_hanging(cli: Cli, chain: Path) -> None:
    _run(cli, chain, "build")
    _run(cli, chain, "test", "pass")
    work = chain / "work"
    (work / "out.txt").unlink()
    os.mkfifo(work / "out.txt")
    assert "out.txt" in _verify(cli, chain, 1, "--workdir", work)["failure"]


def test_a_fifo_link_does_not_hang_the_verification(cli: Cli, chain: Path) -> None:
    link = _run(cli, chain, "build")
    fifo = chain / "links" / link.name.replace("build.", "test.", 1)
    os.mkfifo(fifo)
    assert fifo.name in _verify(cli, chain, 1)["failure"]


def _unsigned_layout(chain: Path, step_name: str, *, sign: bool) -> None:
    from in_toto.models.layout import Layout, Step
    from in_toto.models.metadata import Metablock

    functionary = load_public_key(chain / "functionary.pem.pub")
    layout = Layout()
    layout.set_relative_expiration(days=1)
    layout.add_functionary_key({"keyid": functionary.keyid, **functionary.to_dict()})
    step = Step(name=step_name)
    step.pubkeys = [functionary.keyid]
    step.expected_materials = [["DISALLOW", "*"]]
    step.expected_products = [["DISALLOW", "*"]]
    layout.steps = [step]
    metablock = Metablock(signed=layout)
    if sign:
        metablock.create_signature(load_private_key(chain / "owner.pem", None))
    (chain / "root.layout").write_text(json.dumps(metablock.to_dict()))


@pytest.mark.parametrize("step_name", ["s" * 300, "../../escape", "a/b"])
def test_an_unsigned_layouts_step_names_are_never_used(
    cli: Cli, chain: Path, step_name: str
) -> None:
    _unsigned_layout(chain, step_name, sign=False)
    report = _verify(cli, chain, 1)
    assert "signature" in report["failure"].lower()
    assert report["steps"] == []  # nothing of an unverified layout is reported as if it were true


@pytest.mark.parametrize("step_name", ["s" * 300, "../../escape", "a/b"])
def test_a_signed_layout_with_unusable_step_names_is_denied(
    cli: Cli, chain: Path, step_name: str
) -> None:
    _unsigned_layout(chain, step_name, sign=True)
    assert "step name" in _verify(cli, chain, 1)["failure"]


def test_a_layout_that_is_not_json_is_an_input_error(cli: Cli, chain: Path) -> None:
    (chain / "root.layout").write_text("{not json")
    result = cli(
        "verify", "layout", "--layout", chain / "root.layout", "--layout-key",
        chain / "owner.pem.pub", "--links", chain / "links", expect=2,
    )  # fmt: skip
    assert "Traceback" not in result.stderr


def test_a_product_reached_through_a_symlinked_directory_leaving_the_workdir_is_refused(
    cli: Cli, chain: Path
) -> None:
    """The product itself is no symlink, but the directory above it is, and leads out."""
    (chain / "work" / "sub").mkdir()
    script = "import os; open(os.path.join(os.environ['WORK'], 'sub', 'out.txt'), 'w').write('x')"
    (chain / "steps.yaml").write_text(
        TWO_STEPS.replace("[CREATE, out.txt]", "[CREATE, sub/out.txt]")
    )
    cli(
        "layout", "create", "--steps", chain / "steps.yaml", "--owner-key",
        chain / "owner.pem", "-o", chain / "root.layout",
    )  # fmt: skip
    _run(cli, chain, "build", script)
    _run(cli, chain, "test", "pass")
    work = chain / "work"
    assert _verify(cli, chain, 0, "--workdir", work)["decision"] == "allow"
    elsewhere = chain / "elsewhere"
    (work / "sub").rename(elsewhere)
    (work / "sub").symlink_to(elsewhere)
    assert "sub/out.txt" in _verify(cli, chain, 1, "--workdir", work)["failure"]
