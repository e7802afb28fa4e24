"""Options shared by every command that signs: keys, KMS public keys, the passphrase variable."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

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
    """Load a signer for each --key; KMS/HSM keys take the next --public-key."""
    from sscli.attest.signing import KeySpec, load_signer

    kms_publics = iter(public_keys or [])
    loaded: list[Any] = []
    for reference in keys or []:
        spec = KeySpec(reference, passphrase_env=passphrase_env)
        if spec.is_kms:
            spec = KeySpec(reference, next(kms_publics, None), passphrase_env)
        loaded.append(load_signer(spec))
    return loaded
