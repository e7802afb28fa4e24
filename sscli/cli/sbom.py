"""`sscli sbom`: create, convert, diff, report and show CycloneDX and SPDX SBOMs."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sscli.cli.output import TextOrJson, console, emit, emit_json, escape
from sscli.cli.selection import read_input, with_selection

if TYPE_CHECKING:
    from sscli.inventory.selection import Selection

app = typer.Typer(
    help="Create, convert, compare and report CycloneDX and SPDX SBOMs.", no_args_is_help=True
)

InputArg = Annotated[
    Path | None,
    typer.Argument(
        help="Lock file, wheel, sdist, CycloneDX SBOM or project directory.",
        metavar="INPUT",
        show_default=False,
    ),
]
PythonOpt = Annotated[
    Path | None,
    typer.Option("--python", help="Interpreter or venv whose installed packages to describe."),
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
]


@app.command("create")
@with_selection
def create(
    input_path: InputArg = None,
    python: PythonOpt = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="cyclonedx-json, cyclonedx-xml, spdx-json, spdx-tag-value (SPDX 2.3) or "
            "spdx3-json (SPDX 3.0.1 JSON-LD).",
        ),
    ] = "cyclonedx-json",
    spec: Annotated[
        str, typer.Option("--spec", help="CycloneDX spec version: 1.6 or 1.5.")
    ] = "1.6",
    vault: Annotated[
        Path | None,
        typer.Option("--vault", help="Take licenses, authors and links from the vaulted files."),
    ] = None,
    outputs: Annotated[
        list[str] | None,
        typer.Option(
            "--output",
            "-o",
            help="Write here instead of stdout; FORMAT=PATH (repeatable) writes several formats "
            "from one read, e.g. -o cyclonedx-json=sbom.cdx.json -o spdx-json=sbom.spdx.json.",
            show_default=False,
        ),
    ] = None,
    *,
    selection: "Selection",  # the selection options, from @with_selection
    input_format: str | None,
) -> None:
    """Write a valid CycloneDX or SPDX SBOM of INPUT (or of --python's environment): by default
    what installing the project's runtime for this machine installs."""
    from sscli.cli.outputs import parse_outputs
    from sscli.errors import UsageError
    from sscli.sbom import SbomFormat, create_sbom

    choices = [f.value for f in SbomFormat]
    if fmt not in choices:
        raise UsageError(f"unknown format {fmt!r} (one of {', '.join(choices)})")
    targets = [(SbomFormat(name), path) for name, path in parse_outputs(outputs, fmt, choices)]
    inventory = read_input(input_path, python, selection, input_format)
    if vault is not None:
        from sscli.vault.enrich import enrich_from_vault
        from sscli.vault.store import Vault

        inventory, enriched = enrich_from_vault(inventory, Vault(vault))
        console().print(f"{enriched} component(s) described from vaulted files")
    rendered = [(path, create_sbom(inventory, sbom_format, spec)) for sbom_format, path in targets]
    for path, text in rendered:  # every document is valid before the first is written
        emit(text, path)
    names = ", ".join(
        f"{f.display_name} {escape(spec)}" if f.is_cyclonedx else f.display_name
        for f in dict.fromkeys(f for f, _ in targets)
    )
    console().print(f"SBOM: {len(list(inventory.components()))} components, {names}, valid")


@app.command("convert")
def convert(
    sbom: Annotated[Path, typer.Argument(help="The SBOM to convert (or any inventory input).")],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="cyclonedx-json, cyclonedx-xml, spdx-json, spdx-tag-value or spdx3-json.",
        ),
    ],
    output: OutputOpt = None,
    spec: Annotated[
        str, typer.Option("--spec", help="CycloneDX spec version: 1.6 or 1.5.")
    ] = "1.6",
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when the target format loses anything.")
    ] = False,
) -> None:
    """Convert an SBOM between CycloneDX and SPDX, and report what the target format cannot
    hold (found by reading the result back)."""
    from sscli.errors import UsageError
    from sscli.inventory import load_inventory
    from sscli.sbom import SbomFormat
    from sscli.sbom.convert import convert as convert_sbom

    choices = [f.value for f in SbomFormat]
    if fmt not in choices:
        raise UsageError(f"unknown format {fmt!r} (one of {', '.join(choices)})")
    inventory = load_inventory(sbom)
    result = convert_sbom(inventory, SbomFormat(fmt), spec)
    emit(result.text, output)
    out = console()
    out.print(f"{len(list(inventory.components()))} components converted to {escape(fmt)}")
    for loss in result.losses:
        out.print(f"[yellow]not kept by {escape(fmt)}:[/] {escape(loss)}")
    if not result.losses:
        out.print("nothing lost")
    if strict and result.losses:
        raise typer.Exit(1)


@app.command("diff")
def diff(
    before: Annotated[Path, typer.Argument(help="The older SBOM (or any inventory input).")],
    after: Annotated[Path, typer.Argument(help="The newer SBOM (or any inventory input).")],
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
    output: OutputOpt = None,
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when there are differences.")
    ] = False,
) -> None:
    """Show components added, removed or changed (version, hashes, license) from BEFORE to AFTER."""
    from sscli.inventory import load_inventory
    from sscli.sbom.diff import diff_inventories

    result = diff_inventories(load_inventory(before), load_inventory(after))
    if fmt is TextOrJson.JSON:
        emit_json(result.to_json(), output)
    else:
        _print_diff(result)
    if exit_code and not result.is_empty:
        raise typer.Exit(1)


def _print_diff(result: object) -> None:
    from rich.table import Table

    from sscli.sbom.diff import SbomDiff

    assert isinstance(result, SbomDiff)
    out = console()
    if result.is_empty:
        out.print(f"no differences ({result.unchanged} components unchanged)")
        return
    table = Table("", "component", "before", "after", box=None, pad_edge=False)
    for p in result.added:
        table.add_row("[green]+[/]", escape(p.name), "", escape(p.version or ""))
    for p in result.removed:
        table.add_row("[red]-[/]", escape(p.name), escape(p.version or ""), "")
    for change in result.changed:
        for field, (old, new) in change.changes.items():
            table.add_row(
                "[yellow]~[/]",
                f"{escape(change.name)} ({field})",
                escape(_short(old)),
                escape(_short(new)),
            )
    out.print(table)
    out.print(
        f"{len(result.added)} added, {len(result.removed)} removed, {len(result.changed)} changed, "
        f"{result.unchanged} unchanged"
    )


def _short(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v)[:16] for v in value) or "-"
    return str(value) if value is not None else "-"


@app.command("report")
def report(
    sbom: Annotated[Path, typer.Argument(help="A CycloneDX SBOM (or any inventory input).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")],
    scan: Annotated[
        Path | None, typer.Option("--scan", help="Findings: `sscli scan --format json`.")
    ] = None,
    provenance: Annotated[
        Path | None, typer.Option("--provenance", help="The build's provenance.predicate.json.")
    ] = None,
    decision: Annotated[
        Path | None,
        typer.Option("--verify", help="The deploy gate's `verify artifact --format json`."),
    ] = None,
    layout: Annotated[
        Path | None,
        typer.Option("--layout-report", help="The run's `verify layout --format json`."),
    ] = None,
    source: Annotated[
        Path | None,
        typer.Option("--source", help="The source verification: `source verify --report`."),
    ] = None,
    source_scan: Annotated[
        Path | None,
        typer.Option("--source-scan", help="The source scan: `source scan --format json`."),
    ] = None,
) -> None:
    """Write a self-contained HTML report: counts, licenses, searchable components, tree, and
    (when given) the findings, the build provenance, the deploy gate's decision, the in-toto
    layout verification of the run, and the source stage's verification and scan."""
    from sscli.fsutil import atomic_write_text
    from sscli.inventory import load_inventory
    from sscli.sbom.report import render_html
    from sscli.sbom.report_sections import (
        decision_section,
        findings_section,
        layout_section,
        provenance_section,
        source_scan_section,
        source_section,
    )

    inventory = load_inventory(sbom)
    sections = [
        build(path)
        for build, path in (
            (decision_section, decision),
            (layout_section, layout),
            (source_section, source),
            (source_scan_section, source_scan),
            (findings_section, scan),
            (provenance_section, provenance),
        )
        if path is not None
    ]
    atomic_write_text(output, render_html(inventory, extra_sections=sections))
    _print_summary(inventory)
    console().print(f"report: [bold]{escape(output)}[/]")


@app.command("show")
def show(
    sbom: Annotated[Path, typer.Argument(help="A CycloneDX SBOM (or any inventory input).")],
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
) -> None:
    """Summarize an SBOM in the terminal (or list its components as JSON)."""
    from sscli.inventory import load_inventory

    inventory = load_inventory(sbom)
    if fmt is TextOrJson.JSON:
        emit_json(
            [
                {
                    "name": p.name,
                    "version": p.version,
                    "purl": p.package_url,
                    "license": p.license_expression,
                    "sha256": list(p.sha256_hashes),
                }
                for p in inventory.components()
            ],
            None,
        )
        return
    _print_summary(inventory, full=True)


def _print_summary(inventory: object, *, full: bool = False) -> None:
    from collections import Counter

    from rich.table import Table

    from sscli.inventory import Inventory
    from sscli.sbom.report import license_of

    assert isinstance(inventory, Inventory)
    components = list(inventory.components())
    out = console()
    root = inventory.root
    title = f"{root.display_name or root.name} {root.version or ''}".strip() if root else "SBOM"
    licenses = Counter(license_of(p) for p in components)
    out.print(
        f"[bold]{escape(title)}[/]: {len(components)} components, "
        f"{sum(1 for p in components if p.sha256_hashes)} with sha256, "
        f"{sum(1 for _ in inventory.edges())} dependency edges"
    )
    out.print("licenses: " + ", ".join(f"{escape(k)} ({v})" for k, v in licenses.most_common()))
    if full:
        table = Table("name", "version", "license", "sha256", box=None)
        for p in sorted(components, key=lambda c: c.name):
            table.add_row(
                escape(p.display_name or p.name),
                escape(p.version or ""),
                escape(license_of(p)),
                escape((p.sha256_hashes or ("",))[0][:16]),
            )
        out.print(table)
