"""`sscli vault`: list, verify, serve, export and import the vault."""

from pathlib import Path
from typing import Annotated

import typer

from sscli.cli import context
from sscli.cli.output import TextOrJson, console, emit_json, escape

app = typer.Typer(
    help="The content-addressed, write-once local package index.", no_args_is_help=True
)

VaultOpt = Annotated[
    Path | None,
    typer.Option(
        "--vault",
        envvar="SSCLI_VAULT",
        help="Vault directory.",
        show_default="<state-dir>/vault",
    ),
]


def vault_dir(option: Path | None) -> Path:
    return option if option is not None else context.STATE_DIR / "vault"


@app.command("ls")
def list_files(
    vault: VaultOpt = None, fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT
) -> None:
    """List the files in the vault."""
    from dataclasses import asdict

    from rich.table import Table

    from sscli.vault.store import Vault

    entries = Vault(vault_dir(vault)).entries()
    if fmt is TextOrJson.JSON:
        emit_json([asdict(e) for e in entries], None)
        return
    table = Table("project", "version", "file", "sha256", "ingested", "attested", box=None)
    for e in entries:
        attested = "yes" if e.attestation else "no"
        table.add_row(
            escape(e.project),
            escape(e.version),
            escape(e.filename),
            e.sha256[:16],
            escape(e.ingested_at or ""),
            attested,
        )
    console().print(table)
    console().print(f"{len(entries)} file(s) in {escape(vault_dir(vault))}")


@app.command("verify")
def verify(
    vault: VaultOpt = None, fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT
) -> None:
    """Re-hash every file; report drift or tampering (exit 1)."""
    from sscli.vault.store import Vault, verify_vault

    root = vault_dir(vault)
    if not root.is_dir():
        from sscli.errors import InputError

        raise InputError(
            "no vault here", path=root, hint="ingest something first: sscli ingest LOCK"
        )
    from sscli.cli.progress import progress_bar

    with progress_bar("verifying the vault") as progress:
        problems, checked = verify_vault(Vault(root), progress)
    if fmt is TextOrJson.JSON:
        listed = [{"path": p.path, "problem": p.problem} for p in problems]
        emit_json({"ok": not problems, "checked": checked, "problems": listed}, None)
    for p in problems:
        console().print(f"[red]{escape(p.path)}[/]: {escape(p.problem)}")
    if problems:
        console().print(
            f"[bold red]vault verify failed[/]: {len(problems)} problem(s) in {checked} file(s)"
        )
        raise typer.Exit(1)
    console().print(f"[green]vault ok[/]: {checked} file(s) match their recorded sha256")


@app.command("serve")
def serve(
    vault: VaultOpt = None,
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (0 picks a free one).")] = 8080,
) -> None:
    """Serve the vault's index and files over HTTP (PEP 503 HTML and PEP 691 JSON)."""
    from sscli.vault.serve import make_server

    server = make_server(vault_dir(vault), host, port)
    bound_port = server.server_address[1]
    console().print(f"serving {escape(vault_dir(vault))} at http://{host}:{bound_port}/simple/")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command("export")
def export(
    destination: Annotated[Path, typer.Argument(help="The .tar.gz to write.")],
    vault: VaultOpt = None,
) -> None:
    """Write the vault's files, records and attestations to a tarball with a manifest."""
    from sscli.vault.store import Vault
    from sscli.vault.transfer import export_vault

    count = export_vault(Vault(vault_dir(vault)), destination)
    console().print(f"exported {count} file(s) to {escape(destination)}")


def _inspect(path: Path, filename: str) -> str | None:
    """The ingest stage's archive and metadata inspection; the first failure, or None."""
    from sscli.ingest.inspect import inspect_archive
    from sscli.policy.model import ArchiveLimits

    results, _ = inspect_archive(path, ArchiveLimits(), filename)
    return next((f"{r.rule}: {r.message}" for r in results if r.status.value == "fail"), None)


@app.command("import")
def import_(
    source: Annotated[Path, typer.Argument(help="A tarball written by `sscli vault export`.")],
    vault: VaultOpt = None,
) -> None:
    """Add the files of an export, checking every hash (exit 1 if it was altered)."""
    from sscli.vault.store import Vault
    from sscli.vault.transfer import import_vault

    added, present = import_vault(Vault(vault_dir(vault)), source, inspect=_inspect)
    console().print(f"imported {added} file(s); {present} already present")
