"""`sscli build`: sandboxed, twice-built, compared PEP 517 builds with SLSA provenance."""

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from sscli.cli.output import TextOrJson, console, emit_json, escape, warn
from sscli.cli.progress import progress_bar
from sscli.cli.signing import (
    KeyOpt,
    LinkNameOpt,
    LinksDirOpt,
    PassphraseOpt,
    PublicKeyOpt,
    signers,
    write_link,
)
from sscli.cli.vault import VaultOpt, vault_dir


def build_command(
    project: Annotated[
        Path, typer.Argument(help="The project directory, or an sdist (.tar.gz, .zip).")
    ] = Path(),
    vault: VaultOpt = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Output directory.", show_default="dist beside the project or sdist"
        ),
    ] = None,
    source_date_epoch: Annotated[
        int | None,
        typer.Option(
            "--source-date-epoch",
            envvar="SOURCE_DATE_EPOCH",
            help="Timestamp for the build.",
            show_default="the last commit's time, or an sdist's newest member time",
        ),
    ] = None,
    no_sandbox: Annotated[
        bool,
        typer.Option("--no-sandbox", help="Build without isolation (recorded in the provenance)."),
    ] = False,
    allow_unreproducible: Annotated[
        bool,
        typer.Option(
            "--allow-unreproducible", help="Warn instead of failing when the builds differ."
        ),
    ] = False,
    builder: Annotated[
        str | None, typer.Option("--builder-id", help="The builder id to record.")
    ] = None,
    key: KeyOpt = None,
    public_key: PublicKeyOpt = None,
    passphrase_env: PassphraseOpt = None,
    links_dir: LinksDirOpt = None,
    link_name: LinkNameOpt = "build",
    policy: Annotated[
        Path | None,
        typer.Option(
            "--policy",
            help="A deploy policy: when it requires a source attestation (deploy.source), "
            "only a clean git commit is built.",
        ),
    ] = None,
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
) -> None:
    """Build sdist and wheel (from an sdist: the wheel) twice in the sandbox, from vault inputs
    only, and compare them. With --key, the SLSA provenance is signed and appended to
    `<artifact>.intoto.jsonl`."""
    from sscli.build.source import build_source

    target = out if out is not None else (project if project.is_dir() else project.parent) / "dist"
    with build_source(project) as source:
        if policy is not None and _requires_source(policy):
            from sscli.build.source import require_committed

            require_committed(source)
        _build(
            source,
            project,
            BuildSettings(vault, target, source_date_epoch, no_sandbox, builder, link_name),
            signers(key, public_key, passphrase_env),
            links_dir,
            fmt,
            allow_unreproducible,
        )


def _requires_source(path: Path) -> bool:
    from sscli.policy import load_policy

    deploy = load_policy(path).deploy
    return deploy is not None and deploy.source_rules is not None


@dataclass(frozen=True)
class BuildSettings:
    """The command-line options of `sscli build` that say where and how it builds."""

    vault: str | None  # a directory; vault_dir refuses an s3:// vault
    out: Path
    source_date_epoch: int | None
    no_sandbox: bool
    builder: str | None
    link_name: str


def _build(
    source: Any,
    given: Path,
    settings: BuildSettings,
    loaded: list[Any],
    links_dir: Path | None,
    fmt: TextOrJson,
    allow_unreproducible: bool,
) -> None:
    from sscli.build.provenance import builder_id, provenance_predicate, sign_provenance
    from sscli.build.run import BuildRequest, build_twice, write_build_records
    from sscli.build.sandbox import find_sandbox
    from sscli.build.source import source_date_epoch
    from sscli.vault.store import Vault

    date = source_date_epoch(source, settings.source_date_epoch)
    sandbox = find_sandbox(allow_none=settings.no_sandbox)
    if settings.no_sandbox:
        warn("building without a sandbox: the provenance says so, and isolation policies refuse it")
    console().print(
        f"building {escape(given)} twice in the {sandbox.kind} sandbox "
        f"(SOURCE_DATE_EPOCH={date.epoch}, from the {date.origin.replace('-', ' ')})"
    )
    request = BuildRequest(
        source.path, Vault(vault_dir(settings.vault)), settings.out, source, date.epoch, sandbox
    )
    with progress_bar("build") as progress:
        result = build_twice(request, progress)
    predicate = provenance_predicate(result, source, date, builder=builder_id(settings.builder))
    report = write_build_records(result, predicate, settings.out)
    if loaded:
        sign_provenance(result.outputs, predicate, loaded)
        _write_link(result, source, loaded, links_dir, settings.link_name)
        console().print(
            f"signed provenance appended to {len(result.outputs)} .intoto.jsonl file(s)"
        )
    else:
        warn("provenance not signed (no --key); sign provenance.predicate.json with sscli attest")
    if fmt is TextOrJson.JSON:
        emit_json(report, None)
    _print_comparisons(result.comparisons)
    console().print(
        "outputs, build-report.json and provenance.predicate.json in "
        f"[bold]{escape(settings.out)}[/]"
    )
    if result.equivalent and not result.reproducible:
        warn("equivalent, not identical: only archive metadata differs (see build-report.json)")
    if not result.equivalent:
        if allow_unreproducible:
            warn(
                "the two builds differ (allowed by --allow-unreproducible; the provenance says so)"
            )
        else:
            console().print(
                "[bold red]not reproducible[/]: the two builds differ (see build-report.json)"
            )
            raise typer.Exit(1)


def _write_link(
    result: Any, source: Any, loaded: list[Any], links_dir: Path | None, name: str
) -> None:
    from sscli.build.run import link_artifacts

    materials, products = link_artifacts(result, source)
    write_link(name, materials, products, loaded, links_dir)


def _print_comparisons(comparisons: list[Any]) -> None:
    for comparison in comparisons:
        color = {"identical": "green", "equivalent": "yellow"}.get(comparison.verdict, "red")
        console().print(
            f"  [{color}]{comparison.verdict}[/] {escape(comparison.filename)} "
            f"{comparison.sha256_a[:16]}"
        )
        for difference in comparison.differences[:20]:
            detail = difference.get("member") or difference.get("detail", "")
            console().print(f"    {difference['kind']}: {escape(detail)}")
            for line in (
                (difference.get("diff") or [])[:20]
                if isinstance(difference.get("diff"), list)
                else []
            ):
                console().print(f"      {escape(line)}")


def rebuild_command(
    requirement: Annotated[str, typer.Argument(help="NAME==VERSION of a published package.")],
    index_url: Annotated[
        str, typer.Option("--index-url", envvar="SSCLI_INDEX_URL", help="Where it is published.")
    ] = "https://pypi.org/simple/",
    vault: VaultOpt = None,
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
) -> None:
    """Rebuild a published package from its sdist in the sandbox and compare it with the
    published wheel: reproducible, equivalent, differs, or not buildable offline (exit 1)."""
    from sscli.build.rebuild import rebuild
    from sscli.build.sandbox import find_sandbox
    from sscli.errors import UsageError
    from sscli.index.client import IndexClient, IndexSettings
    from sscli.vault.store import Vault

    name, sep, version = requirement.partition("==")
    if not sep or not name or not version:
        raise UsageError(f"expected NAME==VERSION, got {requirement!r}")
    client = IndexClient(IndexSettings.from_environment(index_url))
    with progress_bar(f"rebuild {requirement}") as progress:
        result = rebuild(
            name.strip(), version.strip(), client, Vault(vault_dir(vault)), find_sandbox(), progress
        )
    data = {
        "name": result.name,
        "version": result.version,
        "verdict": result.verdict,
        "sdist": result.sdist,
        "wheel": result.wheel,
        "comparison": result.comparison.to_json() if result.comparison else None,
        "dependencies": [{"filename": d.filename, "sha256": d.sha256} for d in result.dependencies],
        "log": result.log_tail or None,
    }
    if fmt is TextOrJson.JSON:
        emit_json(data, None)
    color = {"reproducible": "green", "equivalent": "yellow"}.get(result.verdict, "bold red")
    console().print(f"{escape(result.wheel or '')}: [{color}]{result.verdict}[/]")
    if result.comparison is not None:
        for difference in result.comparison.differences[:20]:
            detail = difference.get("member") or difference.get("detail", "")
            console().print(f"  {difference['kind']}: {escape(detail)}")
    if result.log_tail:
        console().print(escape(result.log_tail))
    if result.verdict not in ("reproducible", "equivalent"):
        raise typer.Exit(1)
