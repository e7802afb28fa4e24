"""`sscli policy`: validate a policy file, or write the commented default."""

from pathlib import Path
from typing import Annotated

import typer

from sscli.cli.output import console, emit, escape

app = typer.Typer(help="Validate and create policy files.", no_args_is_help=True)


@app.command("check")
def check(policy: Annotated[Path, typer.Argument(help="The policy YAML file.")]) -> None:
    """Validate POLICY against sscli's policy schema (exit 2 when invalid)."""
    from sscli.policy import load_policy

    loaded = load_policy(policy)
    if loaded.deploy is not None:
        from sscli.verify.signers import keyless_identities

        keyless_identities(loaded.deploy)  # gh-style identity fields the schema cannot judge
    rules = loaded.ingest
    console().print(
        f"[green]valid[/] policy [bold]{escape(loaded.name)}[/] (sha256 {loaded.sha256}): "
        f"min_age {rules.min_age or 'none'}, "
        f"vulnerabilities fail_on {rules.vulnerabilities_fail_on}, "
        f"{len(rules.exceptions)} exception(s)"
    )
    from datetime import UTC, datetime

    today = datetime.now(tz=UTC).date()
    for exception in rules.exceptions:
        if exception.is_expired(today):
            console().print(
                f"[yellow]warning:[/] exception for {escape(exception.package)} expired on "
                f"{exception.expires}: it no longer applies"
            )


@app.command("init")
def init(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write the commented default policy."""
    from sscli.errors import UsageError
    from sscli.policy import default_policy_text

    if output is not None and output.exists() and not force:
        raise UsageError(f"{output} exists", hint="use --force to overwrite it")
    emit(default_policy_text(), output)
