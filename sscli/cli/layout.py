"""`sscli layout create`: a signed in-toto layout for a supply chain."""

from pathlib import Path
from typing import Annotated

import typer

from sscli.cli.output import console, escape
from sscli.cli.signing import PassphraseOpt

app = typer.Typer(help="Create in-toto layouts.", no_args_is_help=True)


@app.command("create")
def create(
    steps: Annotated[
        Path,
        typer.Option("--steps", help="YAML file of the steps (see pipelines/layout-steps.yaml)."),
    ],
    owner_key: Annotated[
        str, typer.Option("--owner-key", help="The layout owner's private key PEM (or KMS URI).")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the layout.")
    ] = Path("root.layout"),
    expires: Annotated[str, typer.Option("--expires", help="Lifetime, e.g. 90d.")] = "90d",
    functionary: Annotated[
        list[str] | None,
        typer.Option(
            "--functionary",
            help="NAME=PUB.pem: the key of a functionary the steps file names (repeatable).",
        ),
    ] = None,
    passphrase_env: PassphraseOpt = None,
) -> None:
    """Write a layout signed by the owner; every artifact rule list ends in DISALLOW *."""
    from sscli.attest.signing import KeySpec, load_signer
    from sscli.errors import UsageError
    from sscli.policy.model import parse_duration
    from sscli.verify.layout import create_layout, load_steps

    try:
        lifetime = parse_duration(expires)
    except ValueError as exc:
        raise UsageError(f"--expires: {exc}") from None
    named: dict[str, Path] = {}
    for assignment in functionary or []:
        name, sep, path = assignment.partition("=")
        if not sep or not name or not path:
            raise UsageError(f"--functionary takes NAME=PUB.pem, got {assignment!r}")
        named[name] = Path(path)
    signer = load_signer(KeySpec(owner_key, passphrase_env=passphrase_env))
    create_layout(load_steps(steps, functionaries=named), signer, output, expires=lifetime)
    console().print(f"wrote the signed layout [bold]{escape(output)}[/]")
