"""`sscli ingest`: bring the pinned dependencies of a lock file into the vault, vetted."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sscli.cli import context
from sscli.cli.context import db_path
from sscli.cli.db import DbOpt
from sscli.cli.output import TextOrJson, console, emit_json, escape, say, warn
from sscli.cli.progress import progress_bars
from sscli.cli.selection import read_input, with_selection
from sscli.cli.signing import (
    KeyOpt,
    LinkBaseOpt,
    LinkNameOpt,
    LinksDirOpt,
    PassphraseOpt,
    PublicKeyOpt,
    signers,
    write_link,
)
from sscli.cli.vault import S3EndpointOpt, VaultOpt, open_vault, vault_dir

if TYPE_CHECKING:
    from sscli.inventory.selection import Selection


@with_selection
def ingest_command(
    lock: Annotated[Path, typer.Argument(help="Lock file (or project directory) with the pins.")],
    index_url: Annotated[
        str,
        typer.Option(
            "--index-url", envvar="SSCLI_INDEX_URL", help="Simple index (http(s):// or file://)."
        ),
    ] = "https://pypi.org/simple/",
    metadata_index: Annotated[
        str,
        typer.Option(
            "--metadata-index",
            envvar="SSCLI_METADATA_INDEX",
            help="JSON API (<url><project>/json) for upload times the index lacks; none to "
            "disable.",
        ),
    ] = "https://pypi.org/pypi/",
    vault: VaultOpt = None,
    s3_endpoint: S3EndpointOpt = None,
    policy: Annotated[
        Path | None,
        typer.Option("--policy", help="Policy YAML.", show_default="the built-in policy"),
    ] = None,
    sdist: Annotated[bool, typer.Option("--sdist", help="Also ingest sdists.")] = False,
    build_from_source: Annotated[
        bool,
        typer.Option(
            "--build-from-source",
            help="Ingest each package's sdist and build its wheel here, twice, in the sandbox "
            "from the vault (as the policy's ingest.build_from_source does for the packages "
            "it names); the vault then serves the built wheels.",
        ),
    ] = False,
    pin: Annotated[
        bool,
        typer.Option("--pin", help="Accept packages without lock hashes; write a hashed lock."),
    ] = False,
    pinned_output: Annotated[
        Path | None,
        typer.Option(
            "--pinned-output",
            help="Where --pin, or a build from source, writes the hashed lock.",
            show_default="LOCK.hashed.txt, or LOCK.built.txt",
        ),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, max=32, help="Parallel downloads.")
    ] = 4,
    db: DbOpt = None,
    links_dir: LinksDirOpt = None,
    link_name: LinkNameOpt = "ingest",
    link_base: LinkBaseOpt = None,
    key: KeyOpt = None,
    public_key: PublicKeyOpt = None,
    passphrase_env: PassphraseOpt = None,
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the JSON report here.")
    ] = None,
    *,
    selection: "Selection",  # the selection options, from @with_selection
    input_format: str | None,
) -> None:
    """Download, hash-check, inspect and policy-check every pinned package; store what passes
    in the vault. Exit 1 if any file was refused."""
    from sscli.index.client import IndexClient, IndexSettings
    from sscli.index.metadata import MetadataSource
    from sscli.ingest import reingest
    from sscli.ingest.manifest import manifest_key
    from sscli.ingest.run import IngestOptions
    from sscli.ingest.select import Target
    from sscli.policy import PolicyCache, load_policy
    from sscli.policy.model import NameSelection

    # what this run reads, for its memo (sscli/cli/quickingest.py): before the lock is read;
    # only a run with no option but those the quick path reads leaves one
    request = reingest.Request(
        context.STATE_DIR, lock, policy, vault, index_url, metadata_index, db
    )
    before = (
        reingest.inputs(request)
        if selection == type(selection)()
        and not any((sdist, build_from_source, pin, pinned_output, output, key, public_key))
        and not any((links_dir, link_base, s3_endpoint, input_format))
        else None
    )
    inventory = read_input(lock, None, selection, input_format)
    if inventory.unresolved:
        from sscli.errors import InputError

        raise InputError(
            "declared version ranges cannot be ingested: lock the project first", path=lock
        )
    inventory, elsewhere = inventory.index_releases()
    for package in elsewhere:
        origin = package.origin.describe() if package.origin else package.package_url
        warn(f"not ingested: {package.name} comes from {origin}, not an index")
    policy_rules = load_policy(policy, cache=PolicyCache.in_state_dir(context.STATE_DIR))
    settings = IndexSettings.from_environment(index_url, policy_rules.ingest.archive.max_file_bytes)
    options = IngestOptions(
        client=IndexClient(settings),
        metadata=None
        if metadata_index == "none"
        else MetadataSource(metadata_index, context.STATE_DIR / "cache" / "metadata", settings),
        vault=open_vault(vault, s3_endpoint),
        policy=policy_rules,
        target=Target(
            tuple(
                t
                for target in selection.targets
                if target.platform
                for t in target.platform.wheel_tags
            ),
            selection.targets[0].python_version,
            sdist,
        ),
        pin=pin,
        jobs=jobs,
        signers=signers(key, public_key, passphrase_env),
        vulnerabilities=_vulnerability_lookup(policy_rules.ingest.vulnerabilities_fail_on, db),
        manifest_key=manifest_key(context.STATE_DIR / "keys" / "manifest.key"),
    )
    chosen = (
        NameSelection(every=True) if build_from_source else policy_rules.ingest.build_from_source
    )
    with progress_bars(
        (f"ingesting {len(inventory.packages)} package(s)", False), ("building wheels", False)
    ) as bars:
        report = _ingest(inventory, options, chosen, bars)
    _remember(request, before, inventory, elsewhere, options, report)
    if fmt is TextOrJson.JSON or output is not None:
        emit_json(report.to_json(), output)
    if fmt is TextOrJson.TEXT:
        _print_report(report)
    if options.signers:
        from sscli.attest.links import artifact_name
        from sscli.fsutil import hash_file
        from sscli.inventory.load import project_lock

        # named as the project sees it (uv.lock), as the build's link names its sources
        lock_file = lock if lock.is_file() else project_lock(lock)
        base = link_base or (lock if lock.is_dir() else lock.parent)
        materials = (
            {artifact_name(lock_file, [base]): hash_file(lock_file)["sha256"]} if lock_file else {}
        )
        write_link(link_name, materials, report.vault_products(), options.signers, links_dir)
    built = [o for o in report.outcomes if o.built is not None and not o.refused]
    if pin or built:
        from sscli.ingest.pinning import write_hashed_requirements

        suffix = ".hashed.txt" if pin else ".built.txt"
        beside = lock / "requirements" if lock.is_dir() and not pin else lock  # in the project
        target = pinned_output or beside.with_name(beside.stem + suffix)
        write_hashed_requirements(inventory, report.pinned, target, built=bool(built))
        console().print(f"hashed lock: [bold]{escape(target)}[/]")
        if built:
            index = f"{vault_dir(vault).resolve().as_uri()}/simple/"  # built: a directory
            console().print(
                "install the wheels built here from the vault: pip install --require-hashes "
                f"-r {escape(target)} --index-url {escape(index)}"
            )
    if not report.ok:
        raise typer.Exit(1)


def _ingest(inventory: Any, options: Any, chosen: Any, bars: Any) -> Any:
    """The ingest, with the build stage (imported only when a package is to be built here)."""
    if any(p.name in chosen for p in inventory.packages):
        from sscli.build.ingested import ingest_from_source
        from sscli.build.provenance import builder_id

        return ingest_from_source(inventory, options, chosen, builder=builder_id(), progress=bars)
    from sscli.ingest.run import ingest

    return ingest(inventory, options, bars[0])


def _remember(
    request: Any, before: Any, inventory: Any, elsewhere: Any, options: Any, report: Any
) -> None:
    """The memo of a run that read nothing but the lock, warned of nothing and built nothing
    here, for sscli/cli/quickingest.py."""
    from sscli.ingest import reingest
    from sscli.ingest.run import request_digest_of

    if before is None or not report.ok or inventory.problems or elsewhere:
        return
    if options.manifest_key is None or any(o.built for o in report.outcomes):
        return
    digest = request_digest_of(inventory.packages, options)
    reingest.remember(request, before, inventory.packages, digest, options.manifest_key)


def _vulnerability_lookup(fail_on: str, db: Path | None) -> Any:
    """The database check, or None when the policy does not ask for one. A policy that does,
    with no database, stops here (exit 3): nothing is ingested unchecked."""
    if fail_on == "none":
        return None
    from sscli.ingest.vulnerabilities import database_lookup

    return database_lookup(db_path(db))


def _print_report(report: object) -> None:
    from sscli.ingest.run import IngestReport

    assert isinstance(report, IngestReport)
    if report.outcomes and all(o.status == "already-vaulted" for o in report.outcomes):
        say("all files accepted", "green", f": {len(report.outcomes)} already-vaulted")
        return  # nothing new to say of any file (rich is not even imported off a terminal)
    from rich.table import Table

    colors = {
        "stored": "green",
        "built": "green",
        "already-vaulted": "cyan",
        "already-built": "cyan",
        "refused": "bold red",
    }
    table = Table("package", "file", "status", "notes", box=None)
    for outcome in report.outcomes:
        if outcome.status == "already-vaulted":
            continue  # counted in the summary; nothing new to say
        notes = [
            f"{c.rule}: {c.message}"
            for c in outcome.checks
            if c.status.value in ("fail", "warn", "excepted")
            or (outcome.built is not None and c.rule == "rebuild")
        ]
        color = colors.get(outcome.status, "white")
        table.add_row(
            escape(outcome.package.key),
            escape(outcome.filename),
            f"[{color}]{outcome.status}[/]",
            escape("\n".join(notes)),
        )
    if table.row_count:  # a re-ingest with nothing new prints its summary only
        console().print(table)
    for outcome in report.outcomes:
        if outcome.built is not None and outcome.sha256 and not outcome.refused:
            console().print(_built_line(outcome.filename, outcome.sha256, outcome.built))
    counts = report.to_json()["counts"]
    summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
    verdict = (
        "[green]all files accepted[/]" if report.ok else "[bold red]some files were refused[/]"
    )
    console().print(f"{verdict}: {summary}")


def _built_line(filename: str, sha256: str, built: dict[str, Any]) -> str:
    """The built wheel's digest beside the lock's: they differ unless it reproduced."""
    lock = built.get("lock", {}).get("sha256", [])
    published = built.get("published")
    verdict = (
        str(published.get("verdict"))
        if isinstance(published, dict)
        else "no published wheel to compare with"
    )
    pins = (
        "the lock pins this very digest"
        if sha256 in lock
        else f"the lock pins {', '.join(lock) or 'no digest'} (the published files)"
    )
    return escape(f"built here: {filename} sha256 {sha256} ({verdict}); {pins}")
