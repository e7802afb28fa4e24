"""Options shared by every command that signs: keys, KMS public keys, the passphrase variable,
and where the in-toto link of a step goes."""

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from securesystemslib.signer import Signer  # type: ignore[attr-defined]

    from sscli.attest.statement import Statement

KeyOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--key", help="Signing key: a private key PEM file or a KMS/HSM URI (repeatable)."
    ),
]
PublicKeyOpt = Annotated[
    list[Path] | None,
    typer.Option("--public-key", help="Public key PEM of each KMS/HSM --key, in the same order."),
]
LinksDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--links-dir",
        help="Where --key writes the in-toto link.",
        show_default="<state-dir>/links",
    ),
]
LinkNameOpt = Annotated[str, typer.Option("--link-name", help="The step name of the in-toto link.")]
LinkBaseOpt = Annotated[
    Path | None,
    typer.Option(
        "--link-base",
        help="The link names input files relative to this directory (the factory's project).",
        show_default="the project directory, or the lock's",
    ),
]
PassphraseOpt = Annotated[
    str | None,
    typer.Option("--passphrase-env", help="Environment variable holding the keys' passphrase."),
]


def signers(
    keys: list[str] | None, public_keys: list[Path] | None, passphrase_env: str | None
) -> "list[Signer]":
    """Load a signer for each --key; KMS/HSM keys take the --public-key files in order."""
    if not keys and not public_keys:
        return []  # nothing to sign with: the signing stack is not even imported
    from sscli.attest.signing import key_specs, load_signer

    return [load_signer(spec) for spec in key_specs(keys or [], public_keys or [], passphrase_env)]


def write_link(
    name: str,
    materials: dict[str, str],
    products: dict[str, str],
    loaded: "Sequence[Signer]",
    links_dir: Path | None,
) -> None:
    """Write the step's in-toto link (one per key) and say where."""
    from sscli.attest.links import write_step_link
    from sscli.cli import context
    from sscli.cli.output import console, escape

    target = links_dir or context.STATE_DIR / "links"
    for path in write_step_link(name, materials, products, loaded, target):
        console().print(f"in-toto link: {escape(path)}")


def sign_and_write(
    statement: "Statement",
    keys: list[str] | None,
    public_keys: list[Path] | None,
    passphrase_env: str | None,
    *,
    sigstore: bool,
    oidc_token: str | None,
    staging: bool,
    out: Path,
) -> None:
    """Sign `statement` keyless (a Sigstore bundle written to `out`) or with the keys (one DSSE
    envelope appended to `out`), and say so."""
    from sscli.attest.record import append_envelope
    from sscli.attest.signing import sign_statement
    from sscli.cli.output import console, escape
    from sscli.errors import UsageError
    from sscli.fsutil import atomic_write_text

    if bool(keys) == sigstore:
        raise UsageError("give either --key (one or more) or --sigstore")
    if sigstore:
        from sscli.attest.signing import SigstoreSigner, identity_token

        bundle = SigstoreSigner(identity_token(oidc_token), staging=staging).sign_statement(
            statement
        )
        atomic_write_text(out, bundle)
        console().print(f"signed keyless: Sigstore bundle [bold]{escape(out)}[/]")
        return
    envelope = sign_statement(statement, signers(keys, public_keys, passphrase_env))
    append_envelope(out, envelope)
    keyids = ", ".join(s.keyid[:12] for s in envelope.signatures)
    console().print(
        f"{escape(statement.predicate_type)} over {len(statement.subjects)} subject(s), "
        f"signed by {keyids}: appended to [bold]{escape(out)}[/]"
    )
