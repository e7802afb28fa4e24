"""The command registry: every top-level `sscli` command, imported only when it runs.

A new command is one entry here: its name, where its Typer app (a group) or function (a single
command) lives, and the one-line summary `sscli --help` lists (the first paragraph of its help;
tests/cli/test_help_text.py checks that they agree). `sscli --help` lists the summaries without
importing any command module; `sscli verify artifact` imports `sscli.cli.verify` and what it
imports, nothing else.
"""

import importlib
from typing import Any, NamedTuple


class Entry(NamedTuple):  # not a dataclass: dataclasses imports inspect and ast (milliseconds)
    name: str
    target: str  # "module:attribute": a typer.Typer (a group) or a function (a command)
    summary: str


COMMANDS = (
    Entry(
        "scan",
        "sscli.cli.scan:scan_command",
        "Report known vulnerabilities of INPUT's pinned packages (or --python's environment).",
    ),
    Entry(
        "fix",
        "sscli.cli.fix:fix_command",
        "Raise each vulnerable pin to the smallest release that fixes every finding at or above "
        "--fail-on, through uv (uv.lock), poetry (poetry.lock), uv or pip (pylock.toml) or in "
        "place with the new hashes (requirements files); the fixed lock is re-scanned.",
    ),
    Entry(
        "ingest",
        "sscli.cli.ingest:ingest_command",
        "Download, hash-check, inspect and policy-check every pinned package; store what passes "
        "in the vault. Exit 1 if any file was refused.",
    ),
    Entry(
        "inspect",
        "sscli.cli.inspection:inspect_command",
        "Inspect FILES without running them: archive shape, metadata and static analysis of "
        "their code. Exit 1 when the policy would refuse any of them.",
    ),
    Entry(
        "build",
        "sscli.cli.build:build_command",
        "Build sdist and wheel (from an sdist: the wheel) twice in the sandbox, from vault inputs "
        "only, and compare them. With --key, the SLSA provenance is signed and appended to "
        "`<artifact>.intoto.jsonl`.",
    ),
    Entry(
        "rebuild",
        "sscli.cli.build:rebuild_command",
        "Rebuild a published package from its sdist in the sandbox and compare it with the "
        "published wheel: reproducible, equivalent, differs, or not buildable offline (exit 1).",
    ),
    Entry(
        "sbom",
        "sscli.cli.sbom:app",
        "Create, convert, compare and report CycloneDX and SPDX SBOMs.",
    ),
    Entry("db", "sscli.cli.db:app", "The offline OSV vulnerability database."),
    Entry("key", "sscli.cli.key:app", "Generate and inspect signing keys."),
    Entry(
        "attest",
        "sscli.cli.attest:app",
        "Sign, inspect and verify in-toto attestations (DSSE, Sigstore).",
    ),
    Entry("policy", "sscli.cli.policy:app", "Validate and create policy files."),
    Entry("vault", "sscli.cli.vault:app", "The content-addressed, write-once local package index."),
    Entry(
        "verify",
        "sscli.cli.verify:app",
        "Verify artifacts against a deploy policy (the deploy gate).",
    ),
    Entry("layout", "sscli.cli.layout:app", "Create in-toto layouts."),
    Entry("pipeline", "sscli.cli.pipeline:app", "Run the whole factory from a pipeline file."),
    Entry(
        "source",
        "sscli.cli.source:app",
        "First-party source: signed commits, contribution rules, secrets and code scans.",
    ),
    Entry(
        "trust",
        "sscli.cli.trust:app",
        "Sigstore trusted roots: refresh them through TUF, show what is trusted.",
    ),
)


def load(entry: Entry) -> Any:
    """The Click command of `entry`, built by Typer as `add_typer` or `command` would."""
    import typer.main  # here: `sscli --help` lists the registry without Typer (cli/overview.py)
    from typer.core import DEFAULT_MARKUP_MODE
    from typer.models import CommandInfo, TyperInfo

    module_name, attribute = entry.target.split(":")
    target = getattr(importlib.import_module(module_name), attribute)
    if isinstance(target, typer.Typer):
        return typer.main.get_group_from_info(
            TyperInfo(target, name=entry.name),
            pretty_exceptions_short=target.pretty_exceptions_short,
            suggest_commands=target.suggest_commands,
            rich_markup_mode=target.rich_markup_mode,
        )
    return typer.main.get_command_from_info(
        CommandInfo(name=entry.name, callback=target),
        pretty_exceptions_short=True,
        rich_markup_mode=DEFAULT_MARKUP_MODE,
    )


def summary(entry: Entry) -> Any:
    """A stand-in that `sscli --help` lists instead of importing the command."""
    import typer.core

    return typer.core.TyperCommand(name=entry.name, help=entry.summary)
