"""The `sscli` command: global options, error handling and the command groups.

Command modules import the libraries they call inside their functions, so that `sscli --help`
stays fast and never imports sigstore or cryptography.
"""

import inspect
import sys
import traceback
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

import sscli
from sscli.cli import attest as attest_cli
from sscli.cli import build as build_cli
from sscli.cli import db as db_cli
from sscli.cli import fix as fix_cli
from sscli.cli import ingest as ingest_cli
from sscli.cli import key as key_cli
from sscli.cli import layout as layout_cli
from sscli.cli import pipeline as pipeline_cli
from sscli.cli import policy as policy_cli
from sscli.cli import sbom as sbom_cli
from sscli.cli import scan as scan_cli
from sscli.cli import source as source_cli
from sscli.cli import trust as trust_cli
from sscli.cli import vault as vault_cli
from sscli.cli import verify as verify_cli
from sscli.errors import ExitCode, InputError, SscliError


class _State:
    debug = False


class SscliGroup(TyperGroup):
    """Turns every `SscliError` into its message and exit code, without a traceback."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _tidy_help(self)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except SscliError as error:
            _report(error)
            sys.exit(int(error.exit_code))
        except KeyboardInterrupt:
            _print_error("interrupted")
            sys.exit(130)
        except RecursionError as error:  # a hostile, absurdly nested document in some parser
            _report(InputError(f"input nested too deeply to process ({error})"))
            sys.exit(int(ExitCode.INPUT))


def _tidy_help(command: Any) -> None:
    """Help as people read it: a flag shows no value (Typer's rich help prints `<bool>`), and a
    docstring's paragraphs are reflowed (its line breaks are the source's, not the terminal's)."""
    if command.help:
        paragraphs = inspect.cleandoc(command.help).split("\n\n")
        command.help = "\n\n".join(" ".join(p.split()) for p in paragraphs)
    for parameter in getattr(command, "params", ()):
        if getattr(parameter, "is_flag", False) and parameter.metavar is None:
            parameter.metavar = ""
    for sub in getattr(command, "commands", {}).values():
        _tidy_help(sub)


def _report(error: SscliError) -> None:
    if _State.debug:
        traceback.print_exception(error)
    from sscli.cli.output import console, escape

    lines = error.diagnostics().splitlines()
    console().print(f"[bold red]error:[/] {escape(lines[0])}")
    for line in lines[1:]:
        console().print(f"  {escape(line)}")


def _print_error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


app = typer.Typer(
    cls=SscliGroup,
    name="sscli",
    help="A secure software factory for Python projects: "
    "ingest, scan, SBOM, build, attest, verify.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(sbom_cli.app, name="sbom")
app.add_typer(db_cli.app, name="db")
app.command("scan")(scan_cli.scan_command)
app.command("fix")(fix_cli.fix_command)
app.add_typer(key_cli.app, name="key")
app.add_typer(attest_cli.app, name="attest")
app.add_typer(policy_cli.app, name="policy")
app.add_typer(vault_cli.app, name="vault")
app.add_typer(verify_cli.app, name="verify")
app.add_typer(layout_cli.app, name="layout")
app.add_typer(pipeline_cli.app, name="pipeline")
app.add_typer(source_cli.app, name="source")
app.add_typer(trust_cli.app, name="trust")
app.command("ingest")(ingest_cli.ingest_command)
app.command("build")(build_cli.build_command)
app.command("rebuild")(build_cli.rebuild_command)


def _version(value: bool) -> None:
    if value:
        print(f"sscli {sscli.__version__}")
        raise typer.Exit()


@app.callback()
def root(
    debug: Annotated[
        bool, typer.Option("--debug", envvar="SSCLI_DEBUG", help="Show tracebacks of errors.")
    ] = False,
    state_dir: Annotated[
        Path,
        typer.Option(
            "--state-dir",
            envvar="SSCLI_STATE_DIR",
            help="Where the vault, vulnerability DB and keys live.",
        ),
    ] = Path(".sscli"),
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Global options."""
    _State.debug = debug
    from sscli.cli import context

    context.STATE_DIR = state_dir


def main() -> None:
    """Console-script entry point."""
    app(prog_name="sscli")
    sys.exit(ExitCode.OK)
