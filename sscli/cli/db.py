"""`sscli db`: import, update and inspect the offline OSV vulnerability database."""

from pathlib import Path
from typing import Annotated

import typer

from sscli.cli.context import db_path
from sscli.cli.output import TextOrJson, console, emit_json, escape, warn
from sscli.cli.registry import InsecureOpt, PasswordOpt, TokenOpt, UsernameOpt, registry_options
from sscli.cli.signing import KeyOpt, PassphraseOpt, PublicKeyOpt

app = typer.Typer(help="The offline OSV vulnerability database.", no_args_is_help=True)

DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar="SSCLI_VULNDB",
        help="Database file (default: <state-dir>/vulndb/osv.sqlite).",
        show_default=False,
    ),
]
MaxAgeOpt = Annotated[
    float,
    typer.Option(
        "--max-age",
        envvar="SSCLI_DB_MAX_AGE_DAYS",
        help="Warn when the newest record is older than this many days.",
    ),
]


def _import(source: str, db: Path) -> None:
    from sscli.cli.progress import progress_bars
    from sscli.vulndb import import_records

    with progress_bars(("downloading", True), ("importing OSV records", False)) as (fetched, read):
        report = import_records(db, source, progress=fetched, records=read)
    for name, reason in report.invalid:
        warn(f"{name}: skipped invalid record: {reason}")
    for problem in report.skipped_ranges:
        warn(f"skipped range {problem}")
    console().print(
        f"{escape(source)}: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged, {len(report.invalid)} invalid record(s), "
        f"{len(report.skipped_ranges)} range(s) skipped -> [bold]{escape(db)}[/]"
    )


@app.command("import")
def import_command(
    source: Annotated[
        str, typer.Argument(help="OSV export zip, directory of OSV JSON/YAML, or http(s)/file URL.")
    ],
    db: DbOpt = None,
) -> None:
    """Import OSV records (only those newer than the stored ones replace them)."""
    _import(source, db_path(db))


@app.command("update")
def update_command(
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            envvar="SSCLI_VULNDB_SOURCE",
            help="Where to fetch from (default: OSV's PyPI export).",
            show_default=False,
        ),
    ] = None,
    db: DbOpt = None,
) -> None:
    """Fetch the configured source and import it; a failed update keeps the old database."""
    from sscli.vulndb import DEFAULT_SOURCE

    _import(source or DEFAULT_SOURCE, db_path(db))


@app.command("status")
def status_command(
    db: DbOpt = None,
    max_age: MaxAgeOpt = 7.0,
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
) -> None:
    """Show the source, record count, newest record and its age; warn when stale."""
    from datetime import timedelta

    from sscli.vulndb import VulnDb

    with VulnDb(db_path(db)) as database:
        status = database.status()
    age = status.age()
    stale = status.is_stale(timedelta(days=max_age))
    if fmt is TextOrJson.JSON:
        emit_json(
            {
                "path": str(status.path),
                "source": status.source,
                "imported_at": status.imported_at.isoformat(),
                "records": status.records,
                "withdrawn": status.withdrawn,
                "pypi_packages": status.pypi_packages,
                "skipped_ranges": status.skipped_ranges,
                "newest_modified": status.newest_modified.isoformat()
                if status.newest_modified
                else None,
                "age_days": round(age.total_seconds() / 86400, 2) if age is not None else None,
                "stale": stale,
            },
            None,
        )
    else:
        out = console()
        out.print(f"database: [bold]{escape(status.path)}[/]")
        out.print(f"source: {escape(status.source)}")
        out.print(f"imported: {status.imported_at:%Y-%m-%d %H:%M:%S} UTC")
        out.print(
            f"records: {status.records} ({status.withdrawn} withdrawn), "
            f"{status.pypi_packages} PyPI packages, {status.skipped_ranges} range(s) skipped"
        )
        if status.newest_modified and age is not None:
            out.print(
                f"newest record: {status.newest_modified:%Y-%m-%d %H:%M} UTC ({age.days} days old)"
            )
    if stale:
        warn(
            f"the database is older than {max_age:g} days: run `sscli db update` "
            "(or import a newer export)"
        )


@app.command("push")
def push_command(
    target: Annotated[str, typer.Argument(help="oci://REGISTRY/REPOSITORY:TAG")],
    key: KeyOpt = None,
    public_key: PublicKeyOpt = None,
    passphrase_env: PassphraseOpt = None,
    db: DbOpt = None,
    username: UsernameOpt = None,
    password: PasswordOpt = None,
    token: TokenOpt = None,
    insecure: InsecureOpt = False,
) -> None:
    """Push the database as a signed OCI artifact (gzip layer, and an attestation of its
    digest and source as a referrer), for `sscli db pull` on every runner."""
    from sscli.attest.signing import sign_statement
    from sscli.cli.signing import signers
    from sscli.errors import UsageError
    from sscli.stores.oci.reference import parse_reference

    if not key:
        raise UsageError("db push signs what it pushes: give --key")
    from sscli.stores.oci.vulndb import db_statement, push_db

    reference = parse_reference(target)
    database = db_path(db)
    envelope = sign_statement(db_statement(database), signers(key, public_key, passphrase_env))
    client = registry_options(username, password, token, insecure).connect(reference.registry)
    digest = push_db(client, reference, database, envelope.to_json_line())
    console().print(f"pushed {escape(database)} to [bold]{escape(reference)}[/] ({digest})")


@app.command("pull")
def pull_command(
    source: Annotated[str, typer.Argument(help="oci://REGISTRY/REPOSITORY:TAG or @sha256:...")],
    trusted_key: Annotated[
        list[str],
        typer.Option(
            "--trusted-key", help="Public key (PEM file or KMS URI) the database must be signed by."
        ),
    ],
    db: DbOpt = None,
    username: UsernameOpt = None,
    password: PasswordOpt = None,
    token: TokenOpt = None,
    insecure: InsecureOpt = False,
) -> None:
    """Fetch the database, verify its signature and digest, then swap it in atomically (a
    failed pull keeps the old database)."""
    from sscli.attest.signing import load_trusted_key
    from sscli.stores.oci.reference import parse_reference
    from sscli.stores.oci.vulndb import pull_db

    reference = parse_reference(source)
    keys = [
        load_trusted_key(k if ":" in k and not Path(k).exists() else Path(k)) for k in trusted_key
    ]
    client = registry_options(username, password, token, insecure).connect(reference.registry)
    pulled = pull_db(client, reference, db_path(db), keys)
    console().print(
        f"{escape(db_path(db))}: {escape(pulled.source)} imported {escape(pulled.imported_at)}, "
        f"sha256 {pulled.sha256[:16]}, signed by {', '.join(k[:12] for k in pulled.signed_by)}"
    )
