"""The `sscli` command: global options, error handling and the command groups.

Command modules import the libraries they call inside their functions, so that `sscli --help`
stays fast and never imports sigstore or cryptography.
"""

import inspect
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

import sscli
from sscli.cli import coercion, richhelp
from sscli.cli.commands import COMMANDS, load, summary
from sscli.cli.failure import guarded
from sscli.errors import ExitCode

# Help and values without the modules sscli never renders or needs (the two modules say why).
richhelp.install()
coercion.install()


class _State:
    debug = False


class SscliGroup(TyperGroup):
    """Turns every `SscliError` into its message and exit code, without a traceback.

    Its commands come from the registry (sscli/cli/commands.py) and are imported when one
    runs; its help lists their summaries without importing them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._listing = False
        _tidy_help(self)

    def list_commands(self, ctx: Any) -> list[str]:
        eager = super().list_commands(ctx)
        return [*(e.name for e in COMMANDS if e.name not in eager), *eager]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands:
            entry = next((e for e in COMMANDS if e.name == cmd_name), None)
            if entry is None:
                return None
            if self._listing:
                return summary(entry)
            self.commands[cmd_name] = _tidy_help(load(entry))
        return super().get_command(ctx, cmd_name)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def invoke(self, ctx: Any) -> Any:
        return guarded(lambda: super(SscliGroup, self).invoke(ctx), debug=lambda: _State.debug)


def _tidy_help(command: Any) -> Any:
    """Help as people read it: a flag shows no value (Typer's rich help prints `<bool>`), and a
    docstring's paragraphs are reflowed (its line breaks are the source's, not the terminal's)."""
    if command.help:
        paragraphs = inspect.cleandoc(command.help).split("\n\n")
        command.help = "\n\n".join(" ".join(p.split()) for p in paragraphs)
    for parameter in getattr(command, "params", ()):
        if getattr(parameter, "is_flag", False) and parameter.metavar is None:
            parameter.metavar = ""
    if hasattr(command, "get_help_option"):  # click makes --help when asked: a flag all the same
        command.get_help_option = _flag_help_option(command.get_help_option)
    for sub in getattr(command, "commands", {}).values():
        _tidy_help(sub)
    return command


def _flag_help_option(make: Any) -> Any:
    def get_help_option(ctx: Any) -> Any:
        option = make(ctx)
        if option is not None and option.metavar is None:
            option.metavar = ""
        return option

    return get_help_option


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
