"""`sscli key`: generate signing keys and show what a key file holds."""

from pathlib import Path
from typing import Annotated, Any

import typer

from sscli.cli.output import TextOrJson, console, emit_json, escape

app = typer.Typer(help="Generate and inspect signing keys.", no_args_is_help=True)


@app.command("generate")
def generate(
    key_type: Annotated[
        str, typer.Option("--type", help="ecdsa-p256, ed25519 or rsa (3072-bit, RSASSA-PSS).")
    ],
    out: Annotated[
        Path, typer.Option("--out", help="The private key file; the public key goes to OUT.pub.")
    ],
    passphrase_env: Annotated[
        str | None,
        typer.Option(
            "--passphrase-env", help="Encrypt the private key with the passphrase in this env var."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace existing key files.")] = False,
    development: Annotated[
        bool,
        typer.Option(
            "--development",
            help="Label the key a development key: what it signs says so, and deploy "
            "policies refuse it unless they allow development keys.",
        ),
    ] = False,
) -> None:
    """Write a new private key (PEM, mode 0600) to OUT and its public key to OUT.pub."""
    from sscli.attest.keys import KeyType, generate_key_pair, passphrase_from_env
    from sscli.errors import UsageError

    try:
        kind = KeyType(key_type)
    except ValueError:
        choices = ", ".join(t.value for t in KeyType)
        raise UsageError(f"unsupported key type {key_type!r} (one of {choices})") from None
    info = generate_key_pair(
        kind,
        out,
        passphrase=passphrase_from_env(passphrase_env),
        overwrite=force,
        development=development,
    )
    console().print(
        f"{'development ' if development else ''}{info.key_type} key {info.keyid}: "
        f"private [bold]{escape(out)}[/]"
        f"{' (encrypted)' if passphrase_env else ''}, public [bold]{escape(out)}.pub[/]"
    )


@app.command("show")
def show(
    path: Annotated[Path, typer.Argument(help="A PEM public key, or a private key with PATH.pub.")],
    passphrase_env: Annotated[
        str | None,
        typer.Option("--passphrase-env", help="Passphrase of an encrypted private key."),
    ] = None,
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
) -> None:
    """Print a key's type, key id (as in-toto and securesystemslib compute it) and scheme."""
    from sscli.attest.keys import (
        key_info,
        load_private_key,
        load_public_key,
        passphrase_from_env,
        public_key_path,
    )
    from sscli.fsutil import read_bytes_limited

    data = read_bytes_limited(path, 1024 * 1024)
    key: Any
    if b"PRIVATE KEY" not in data:
        key = load_public_key(path)
    elif b"ENCRYPTED" in data and passphrase_env is None and public_key_path(path).is_file():
        key = load_public_key(public_key_path(path))  # no passphrase: its PATH.pub speaks for it
    else:
        key = load_private_key(path, passphrase_from_env(passphrase_env)).public_key
    info = key_info(key)
    if fmt is TextOrJson.JSON:
        emit_json(
            {
                "type": info.key_type.value,
                "keyid": info.keyid,
                "scheme": info.scheme,
                "development": info.development,
            },
            None,
        )
        return
    print(f"type:   {info.key_type}\nkeyid:  {info.keyid}\nscheme: {info.scheme}")
    if info.development:
        print("label:  development key (never for production)")
