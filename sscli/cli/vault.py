"""`sscli vault`: list, verify, serve, export and import the vault."""

from pathlib import Path
from typing import Annotated, Any

import typer

from sscli.cli import context
from sscli.cli.output import TextOrJson, console, emit_json, escape

app = typer.Typer(
    help="The content-addressed, write-once local package index.", no_args_is_help=True
)

VaultOpt = Annotated[
    str | None,
    typer.Option(
        "--vault",
        envvar="SSCLI_VAULT",
        help="Vault directory, or s3://BUCKET/PREFIX where the command says so.",
        show_default="<state-dir>/vault",
    ),
]
S3EndpointOpt = Annotated[
    str | None,
    typer.Option(
        "--s3-endpoint",
        envvar="SSCLI_S3_ENDPOINT",
        help="S3 endpoint URL for an s3:// vault.",
        show_default="boto3's configuration",
    ),
]


def vault_dir(option: str | Path | None) -> Path:
    """The local vault directory; an s3:// vault is refused where only a directory will do."""
    if option is None:
        return context.STATE_DIR / "vault"
    if str(option).startswith("s3://"):
        from sscli.errors import UsageError

        raise UsageError(
            "this command needs a local vault directory, not an s3:// vault",
            hint="copy what you need first: sscli vault pull s3://... --lock LOCK --into DIR",
        )
    return Path(option)


def open_vault(option: str | None, s3_endpoint: str | None = None) -> Any:
    """The vault the option names: a directory, or a bucket prefix."""
    if option is not None and option.startswith("s3://"):
        from sscli.stores.s3 import BucketVault, parse_location, s3_client

        return BucketVault(parse_location(option), s3_client(s3_endpoint))
    from sscli.vault.store import Vault

    return Vault(vault_dir(option))


@app.command("ls")
def list_files(
    vault: VaultOpt = None,
    s3_endpoint: S3EndpointOpt = None,
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
) -> None:
    """List the files in the vault (a directory or s3://BUCKET/PREFIX)."""
    from dataclasses import asdict

    from rich.table import Table

    store = open_vault(vault, s3_endpoint)
    entries = store.entries()
    if fmt is TextOrJson.JSON:
        emit_json([asdict(e) for e in entries], None)
        return
    table = Table(
        "project", "version", "file", "sha256", "ingested", "attested", "built here", box=None
    )
    for e in entries:
        attested = "yes" if e.attestation else "no"
        published = (e.built or {}).get("published")
        verdict = published.get("verdict") if isinstance(published, dict) else None
        built = "" if e.built is None else f"yes, {verdict}" if verdict else "yes"
        table.add_row(
            escape(e.project),
            escape(e.version),
            escape(e.filename),
            e.sha256[:16],
            escape(e.ingested_at or ""),
            attested,
            escape(built),
        )
    console().print(table)
    console().print(f"{len(entries)} file(s) in {escape(store.root)}")


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


def _inspection(policy: Path | None, vault: Any) -> Any:
    """The ingest stage's archive, metadata and code inspection under the policy, the layout
    compared with the previous release `vault` holds: the first failure, or None."""
    from sscli.ingest.code.report import inspect_file
    from sscli.ingest.previous import vault_previous
    from sscli.policy import load_policy

    rules = load_policy(policy)

    def inspect(path: Path, filename: str) -> str | None:
        found = vault_previous(vault, filename, rules.ingest.previous_release)
        verdict = inspect_file(
            path,
            rules,
            filename,
            found.layout,
            found.note,
            unreadable_previous=found.problem,
        )
        return next(
            (f"{c.rule}: {c.message}" for c in verdict.checks if c.status.value == "fail"), None
        )

    return inspect


@app.command("import")
def import_(
    source: Annotated[Path, typer.Argument(help="A tarball written by `sscli vault export`.")],
    vault: VaultOpt = None,
    policy: Annotated[
        Path | None,
        typer.Option("--policy", help="Policy YAML.", show_default="the built-in policy"),
    ] = None,
) -> None:
    """Add the files of an export, checking every hash and inspecting every file as ingest
    does, code included (exit 1 if it was altered or a file is refused)."""
    from sscli.vault.store import Vault
    from sscli.vault.transfer import import_vault

    target = Vault(vault_dir(vault))
    added, present = import_vault(target, source, inspect=_inspection(policy, target))
    console().print(f"imported {added} file(s); {present} already present")


@app.command("pull")
def pull(
    source: Annotated[str, typer.Argument(help="The shared vault: s3://BUCKET/PREFIX.")],
    lock: Annotated[Path, typer.Option("--lock", help="Lock file whose pinned files to copy.")],
    into: Annotated[
        str | None,
        typer.Option("--into", help="Local vault directory.", show_default="<state-dir>/vault"),
    ] = None,
    s3_endpoint: S3EndpointOpt = None,
) -> None:
    """Copy exactly the files LOCK pins (by sha256) from a bucket vault into a local vault,
    hash-checked, so that builds run offline in the sandbox (exit 1 if any is missing)."""
    from sscli.inventory import load_inventory
    from sscli.stores.s3 import BucketVault, materialize, parse_location, s3_client
    from sscli.vault.store import Vault

    inventory = load_inventory(lock)
    bucket = BucketVault(parse_location(source), s3_client(s3_endpoint))
    destination = Vault(vault_dir(into))
    done = materialize(bucket, inventory, destination)
    console().print(
        f"{len(done.added)} file(s) copied, {len(done.present)} already present "
        f"-> {escape(destination.root)}"
    )
    if done.missing:
        for key in done.missing:
            console().print(
                f"[red]missing[/] {escape(key)}: no file with a locked hash in {source}"
            )
        raise typer.Exit(1)


@app.command("publish")
def publish(
    to: Annotated[
        str | None, typer.Option("--to", help="The index's upload URL (as twine --repository-url).")
    ] = None,
    repository: Annotated[
        str | None, typer.Option("--repository", help="A repository section of ~/.pypirc.")
    ] = None,
    config_file: Annotated[
        Path | None,
        typer.Option("--config-file", help="The .pypirc to read.", show_default="~/.pypirc"),
    ] = None,
    index_url: Annotated[
        str | None,
        typer.Option(
            "--index-url",
            help="The index's simple API, read to find files it already holds.",
            show_default="UPLOAD_URL/+simple/ (devpi) or UPLOAD_URL/simple/",
        ),
    ] = None,
    lock: Annotated[
        Path | None, typer.Option("--lock", help="Publish only the files this lock pins.")
    ] = None,
    vault: VaultOpt = None,
) -> None:
    """Upload the vault's files to an existing index with twine (TWINE_USERNAME,
    TWINE_PASSWORD, ~/.pypirc). A file the index holds with other content is a conflict
    (exit 1, nothing uploaded), never an overwrite."""
    from sscli.stores.index import publish as publish_files
    from sscli.stores.index import upload_url
    from sscli.vault.store import Vault

    store = Vault(vault_dir(vault))
    entries = store.entries()
    if lock is not None:
        from sscli.inventory import load_inventory

        pinned = {d for p in load_inventory(lock).packages for d in p.sha256_hashes}
        entries = [e for e in entries if e.sha256 in pinned]
    target = upload_url(to, repository, config_file)
    index = _simple_index(index_url, target)
    done = publish_files(
        store, entries, index, to=target, repository=repository if not to else None,
        config_file=config_file,
    )  # fmt: skip
    for name in done.uploaded:
        console().print(f"  [green]uploaded[/] {escape(name)}")
    console().print(
        f"{len(done.uploaded)} uploaded, {len(done.present)} already on the index "
        f"({escape(index.base_url)})"
    )


def _simple_index(explicit: str | None, upload: str) -> Any:
    """A client for the index's simple API: the one given, or the first that answers."""
    from sscli.errors import SscliError, UsageError
    from sscli.index.client import IndexClient, IndexSettings

    base = upload.rstrip("/") + "/"
    candidates = [explicit] if explicit else [base + "+simple/", base + "simple/"]
    for url in candidates:
        assert url is not None
        client = IndexClient(IndexSettings.from_environment(url.rstrip("/") + "/"))
        if explicit:
            return client
        try:
            client.fetch(client.base_url)
        except SscliError:
            continue
        return client
    raise UsageError(
        f"cannot find the simple API of {upload}",
        hint="pass --index-url with the index's simple URL (it is read to avoid overwrites)",
    )
