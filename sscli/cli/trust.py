"""`sscli trust`: the Sigstore trusted roots verification uses, refreshed through TUF."""

from pathlib import Path
from typing import Annotated, Any

import typer

from sscli.cli.output import TextOrJson, console, emit_json, escape, warn

app = typer.Typer(
    help="Sigstore trusted roots: refresh them through TUF, show what is trusted.",
    no_args_is_help=True,
)


@app.command("update")
def update(
    instance: Annotated[
        str,
        typer.Option(
            "--instance",
            help="public-good, github, or the https URL of another instance's TUF repository.",
        ),
    ] = "public-good",
    root: Annotated[
        Path | None,
        typer.Option(
            "--root",
            help="The initial TUF root.json of another instance (first update only).",
        ),
    ] = None,
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
) -> None:
    """Refresh a Sigstore instance's trusted root through TUF into the state directory;
    `attest verify` then uses it offline.

    Exit 0 refreshed, 1 the repository's metadata does not verify (forged, expired or rolled
    back: the cached root is kept), 3 the repository is unreachable.
    """
    from sscli.attest.trust_store import update_trust
    from sscli.cli import context

    status = update_trust(context.STATE_DIR, instance, bootstrap_root=root)
    console().print(
        f"[green]updated[/] {escape(status.name)} from {escape(status.url)}: "
        f"TUF root v{status.root_version}, metadata valid until {_when(status.metadata_expires)}"
    )
    _print_roots(status.roots)
    if fmt is TextOrJson.JSON:
        emit_json(status.to_dict(), None)


@app.command("show")
def show(fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT) -> None:
    """Show what verification trusts without --trusted-root, and until when."""
    from sscli.attest.trust_store import trust_status
    from sscli.attest.trustroot import bundled_public_good
    from sscli.cli import context

    statuses = trust_status(context.STATE_DIR)
    out = console()
    data: list[dict[str, Any]] = []
    for status in statuses:
        out.print(
            f"[bold]{escape(status.name)}[/] ({escape(status.url)}), updated "
            f"{_when(status.updated)}, TUF metadata valid until {_when(status.metadata_expires)}"
        )
        if status.is_stale():
            warn(
                f"{status.name}: its TUF metadata has expired; run `sscli trust update "
                f"--instance {status.name}` to learn of rotated or revoked keys"
            )
        _print_roots(status.roots)
        data.append(status.to_dict())
    if not any(status.name == "public-good" for status in statuses):
        bundled = bundled_public_good()
        out.print(
            "[bold]public-good[/] (bundled with sigstore-python; `sscli trust update` refreshes it)"
        )
        _print_roots((bundled,))
        data.append(
            {"instance": "public-good", "bundled": True, "trustedRoots": [bundled.to_dict()]}
        )
    if fmt is TextOrJson.JSON:
        emit_json({"instances": data}, None)


def _when(moment: Any) -> str:
    return moment.isoformat() if moment is not None else "unknown"


def _print_roots(roots: Any) -> None:
    out = console()
    for root in roots:
        for kind, items in (
            ("certificate authority", root.certificate_authorities),
            ("timestamp authority", root.timestamp_authorities),
        ):
            for item in items:
                out.print(f"  {kind} {escape(item.name)}: {escape(item.validity.describe())}")
        for kind, logs in (("transparency log", root.tlogs), ("CT log", root.ctlogs)):
            for log in logs:
                valid = log.validity.describe() if log.validity else "no validity given"
                out.print(f"  {kind} {escape(log.base_url)}: {escape(valid)}")
