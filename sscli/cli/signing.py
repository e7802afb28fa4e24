"""Options shared by every command that signs: keys, KMS public keys, the passphrase variable."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from securesystemslib.signer import Signer  # type: ignore[attr-defined]

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
PassphraseOpt = Annotated[
    str | None,
    typer.Option("--passphrase-env", help="Environment variable holding the keys' passphrase."),
]


def signers(
    keys: list[str] | None, public_keys: list[Path] | None, passphrase_env: str | None
) -> "list[Signer]":
    """Load a signer for each --key; KMS/HSM keys take the --public-key files in order."""
    from sscli.attest.signing import key_specs, load_signer

    return [load_signer(spec) for spec in key_specs(keys or [], public_keys or [], passphrase_env)]
