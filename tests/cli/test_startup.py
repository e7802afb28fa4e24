"""What `sscli` imports to start: the command tree loads without Typer's rich help machinery's
markdown renderer, `--help` imports no command module and no signing, attestation or
vulnerability library, and a command imports only its own module and the libraries it calls.

Each case runs the real console entry point in a fresh interpreter and reads `sys.modules`
after it exits (no timings here: benchmarks/startup.py measures them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sscli.cli.commands import COMMANDS
from tests.verify.conftest import World, world  # noqa: F401  (the fixture)

# The modules are listed at exit: a quick answer ends the process at once (sscli.cli.entry's
# `_leave`), after atexit's callbacks; the exit code is the process's.
_PROBE = """
import atexit, json, sys
sys.argv = ["sscli", *json.loads(sys.argv[1])]
def listed():
    with open(OUT, "w") as out:
        json.dump(sorted(sys.modules), out)
atexit.register(listed)
from sscli.cli.entry import main
main()
"""

# Typer's rich help renders markdown help and pretty tracebacks with these; sscli uses neither.
NEVER = ("rich.markdown", "markdown_it", "rich.traceback", "pygments")
# Typer converts values through pydantic; sscli's plain parameters do not need it.
NEVER_FOR_VALUES = ("pydantic", "typer._adapters")
SIGNING = ("sigstore", "cryptography", "in_toto", "securesystemslib", "tuf")
# securesystemslib's signer package imports its AWS signer and with it boto3 (hundreds of ms).
BOTO3_LOADED = ("boto3.session", "botocore.session", "s3transfer")


def _imports(tmp_path: Path, *argv: str | Path) -> tuple[int, set[str], str]:
    out = tmp_path / "modules.json"
    probe = _PROBE.replace("OUT", repr(str(out)))
    from sscli.cli.overview import _RICH_SETTINGS

    env = {k: v for k, v in os.environ.items() if k not in _RICH_SETTINGS}  # CI forces colour
    result = subprocess.run(
        [sys.executable, "-c", probe, json.dumps([str(a) for a in argv])],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=env,
    )
    return result.returncode, set(json.loads(out.read_text())), result.stdout + result.stderr


def _loaded(modules: set[str], names: tuple[str, ...]) -> set[str]:
    return {m for m in modules for n in names if m == n or m.startswith(n + ".")}


def test_help_imports_no_command_module_and_no_signing_library(tmp_path: Path) -> None:
    code, modules, output = _imports(tmp_path, "--help")
    assert code == 0
    assert "╭─ Commands" in output  # Typer's rich help's look (tests/cli/test_overview.py)
    assert all(entry.summary.split()[0] in output for entry in COMMANDS)
    assert not _loaded(modules, NEVER + NEVER_FOR_VALUES + SIGNING + BOTO3_LOADED)
    # Not even Typer or rich: the top-level help is drawn from the registry (cli/overview.py).
    assert not _loaded(modules, ("typer", "rich", "sscli.cli.app"))
    command_modules = {entry.target.split(":")[0] for entry in COMMANDS}
    assert not modules & command_modules


def test_help_of_a_group_imports_only_that_group(tmp_path: Path) -> None:
    code, modules, output = _imports(tmp_path, "verify", "--help")
    assert code == 0
    assert "artifact" in output
    assert not _loaded(modules, NEVER + NEVER_FOR_VALUES + BOTO3_LOADED + ("sigstore",))
    others = {e.target.split(":")[0] for e in COMMANDS} - {"sscli.cli.verify", "sscli.cli.attest"}
    others -= {"sscli.cli.db"}  # verify's --db option is defined there
    assert not modules & others


def test_a_usage_error_renders_without_markdown(tmp_path: Path) -> None:
    code, modules, output = _imports(tmp_path, "verify", "artifact", "x.whl", "--format", "nope")
    assert code == 2
    assert "'nope' is not one of" in output  # Typer's own message, from Typer's conversion
    assert not _loaded(modules, NEVER + SIGNING)


def test_verify_artifact_imports_only_what_the_gate_calls(
    tmp_path: Path,
    world: World,  # noqa: F811
) -> None:
    world.write(*world.good())
    code, modules, output = _imports(
        tmp_path, "verify", "artifact", world.artifact, "--policy", world.policy
    )
    assert code == 0, output
    assert not _loaded(modules, NEVER + NEVER_FOR_VALUES + BOTO3_LOADED)
    assert "sigstore" not in modules  # key-signed attestations need no Sigstore machinery
    sigstore_path = ("sscli.attest.bundle_verify", "sscli.attest.identity", "sscli.attest.tlog",
                     "sscli.attest.trustroot", "sscli.attest.trust_store")  # fmt: skip
    assert not _loaded(modules, sigstore_path)
    assert not _loaded(modules, ("sscli.stores.oci.client", "botocore"))  # no registry, no AWS
    others = {e.target.split(":")[0] for e in COMMANDS} - {"sscli.cli.verify", "sscli.cli.attest"}
    others -= {"sscli.cli.db"}  # verify's --db option is defined there
    assert not modules & others
    assert "ALLOW" in output and not _loaded(modules, ("rich",))  # into a pipe: written plainly
    # Read without Typer (cli/quickgate.py): no command tree, no Typer, no other command's options.
    assert not _loaded(modules, ("typer", "sscli.cli.app", "sscli.cli.verify", "sscli.cli.attest"))
    assert not _loaded(modules, ("sscli.cli.vsa", "sscli.cli.registry", "sscli.cli.signing"))
    # No OCI or Sigstore bundle code for local envelopes, no packaging.tags (logging, platform,
    # subprocess, sysconfig) for a project name.
    assert not _loaded(modules, ("sscli.stores", "sscli.attest.sigstore_bundle"))
    assert not _loaded(modules, ("packaging.tags", "packaging.utils", "platform", "sysconfig"))
    # PEM keys are checked with cryptography's primitives (sscli/attest/publickey.py): not
    # securesystemslib's signer package (every signer it ships) nor the serialization package
    serialization = "cryptography.hazmat.primitives.serialization"
    assert not _loaded(modules, ("securesystemslib.signer", serialization, "logging"))
    # plain purls are read without packageurl (it imports inspect), and every sscli dataclass
    # has a docstring (dataclasses' inspect is deferred: sscli/lazyimports.py)
    assert not _loaded(modules, ("packageurl", "inspect", "ast"))
    code, modules, output = _imports(
        tmp_path, "verify", "artifact", world.artifact, "--policy", world.policy
    )
    assert code == 0, output
    assert not _loaded(modules, ("yaml",))  # the policy validated before is read back as JSON
    # the predicates (and a new policy) are checked by compiled schemas (sscli.own_schemas)
    assert not _loaded(modules, ("jsonschema", "referencing"))


def test_scan_imports_no_signing_library_and_no_pydantic(tmp_path: Path, snapshot_db: Path) -> None:
    lock = tmp_path / "requirements.txt"
    lock.write_text("requests==2.19.1\n")
    code, modules, output = _imports(
        tmp_path, "scan", lock, "--db", snapshot_db, "--max-age", "100000", "--format", "json"
    )
    assert code in (0, 1), output  # 1: findings at or above the threshold
    assert '"findings"' in output
    assert not _loaded(modules, NEVER + NEVER_FOR_VALUES + SIGNING + BOTO3_LOADED)


def test_a_plain_scan_imports_no_typer_no_rich_and_one_reader(
    tmp_path: Path, snapshot_db: Path
) -> None:
    # a name the pylock pattern does not match: the reader is found by content
    lock = tmp_path / "pylock.deploy.v1.toml"
    lock.write_text(
        'lock-version = "1.0"\ncreated-by = "t"\n\n'
        '[[packages]]\nname = "requests"\nversion = "2.19.1"\n'
    )
    argv = ("scan", lock, "--db", snapshot_db, "--format", "json", "-o", tmp_path / "out.json")
    code, modules, output = _imports(tmp_path, *argv)
    assert code == 0, output
    assert "finding(s)" in output
    assert json.loads((tmp_path / "out.json").read_text())["findings"]
    # the fast path (sscli/cli/fastscan.py): no Typer, and into a pipe no rich
    assert not _loaded(modules, ("typer", "click", "rich", "sscli.cli.app", "sscli.cli.scan"))
    readers = {m for m in modules if m.startswith("sscli.inventory.readers.")}
    assert readers == {f"sscli.inventory.readers.{n}"
                       for n in ("pylock", "_common", "interface", "detect")}  # fmt: skip
    # no marker to evaluate, no tag to read
    assert not _loaded(modules, ("packaging.markers", "packaging.tags", "packaging.utils"))
    # dataclasses' inspect is deferred (sscli/lazyimports.py): every dataclass has a docstring
    assert not _loaded(modules, ("inspect", "ast", "packageurl"))


def test_a_re_ingest_into_a_pipe_imports_no_rich_and_no_metadata_parser(tmp_path: Path) -> None:
    from tests.conftest import REPO
    from tests.ingest.conftest import write_lock

    wheels = REPO / "tests" / "data" / "wheels"
    lock = write_lock(tmp_path / "requirements.txt", [wheels / "packaging-24.1-py3-none-any.whl"])
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: none}\n"
    )
    argv = ("--state-dir", tmp_path / "state", "ingest", lock, "--index-url", wheels.as_uri(),
            "--vault", tmp_path / "vault", "--policy", policy)  # fmt: skip
    code, _modules, output = _imports(tmp_path, *argv)  # the first ingest prints its table
    assert code == 0, output
    code, modules, output = _imports(tmp_path, *argv)  # the re-ingest: one manifest, no fetch
    assert code == 0, output
    assert "all files accepted: 1 already-vaulted" in output
    assert not _loaded(
        modules, ("rich", "email", "packaging.metadata", "sscli.ingest.code", "yaml")
    )
    # dataclasses' inspect is deferred (sscli/lazyimports.py): each dataclass has a docstring
    assert not _loaded(modules, ("inspect", "ast", "dis"))
    lazy = (
        "sscli.inventory.readers.project",
        "sscli.inventory.readers.environment",
        "configparser",
    )
    assert not _loaded(modules, lazy)  # a requirements lock needs no pyproject or environment
