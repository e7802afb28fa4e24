"""The top-level help drawn from the registry (sscli/cli/overview.py) is Typer's own rendering,
character for character, at every width it is used at; and it steps aside wherever Typer's
rendering would not be plain text."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
import typer.rich_utils
from typer.testing import CliRunner

from sscli.cli import overview as overview_module
from sscli.cli.app import app
from sscli.cli.commands import COMMANDS, Entry
from sscli.cli.overview import _RICH_SETTINGS, ROOT_OPTIONS, overview, wrap


class _Pipe(io.StringIO):
    encoding = "utf-8"


def _plain_env(width: int) -> dict[str, str | None]:
    """COLUMNS, and none of the settings that make rich colour (CI may set FORCE_COLOR)."""
    return {"COLUMNS": str(width), **dict.fromkeys(_RICH_SETTINGS)}


def _typer_help(width: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(typer.rich_utils, "FORCE_TERMINAL", None)  # as outside CI
    monkeypatch.setattr(typer.rich_utils, "MAX_WIDTH", None)
    result = CliRunner().invoke(app, ["--help"], env=_plain_env(width))
    assert result.exit_code == 0
    return result.stdout


@pytest.mark.parametrize("width", [*range(30, 201), 255, 1000])
def test_it_is_typers_rendering_at_every_width(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Below ~50 columns rich cuts long words in table cells with an ellipsis: Typer renders."""
    ours = overview({"COLUMNS": str(width)}, _Pipe())
    if ours is None:
        assert width < 50
    else:
        assert ours == _typer_help(width, monkeypatch)


def test_the_root_options_are_the_apps(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same options, in the same order, as the Typer app declares (sscli/cli/app.py)."""
    import typer.main

    root = typer.main.get_command(app)
    context = typer.Context(root)
    names = [sorted(p.opts, key=len)[-1] for p in root.get_params(context)]
    assert names == [o.long for o in ROOT_OPTIONS]


@pytest.mark.parametrize(
    "environ",
    [
        {"FORCE_COLOR": "1"},
        {"GITHUB_ACTIONS": "true"},
        {"TTY_COMPATIBLE": "1"},
        {"TERMINAL_WIDTH": "100"},
        {"TYPER_USE_RICH": "0"},
        {"COLUMNS": "30"},
    ],
)
def test_steps_aside_where_typer_would_not_print_plain_text(environ: dict[str, str]) -> None:
    assert overview(environ, _Pipe()) is None


def test_steps_aside_for_a_terminal_and_other_encodings() -> None:
    class Terminal(_Pipe):
        def isatty(self) -> bool:
            return True

    class Latin1(_Pipe):
        encoding = "latin-1"

    assert overview({}, Terminal()) is None
    assert overview({}, Latin1()) is None
    assert overview({}, _Pipe()) is not None


def test_steps_aside_in_jupyter(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    monkeypatch.setattr(builtins, "get_ipython", lambda: None, raising=False)
    assert overview({}, _Pipe()) is None


def test_steps_aside_for_a_summary_rich_would_read_as_markup(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for summary in ("Sign [bold]now[/]", "A :thumbs_up: command", "Café"):
        entry = Entry("extra", "sscli.cli.key:app", summary)
        monkeypatch.setattr(overview_module, "COMMANDS", (*COMMANDS, entry))
        assert overview({}, _Pipe()) is None


def test_wrap_folds_a_word_longer_than_the_line() -> None:
    assert wrap("see https://example.org/a/very/long/path now", 10) == [
        "see",
        "https://ex",
        "ample.org/",
        "a/very/lon",
        "g/path now",
    ]


def _console_script(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sscli", *arguments],
        capture_output=True,
        text=True,
        check=False,
        env={"COLUMNS": "100", "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )


@pytest.mark.parametrize("argument", ["--help", "-h"])
def test_the_console_script_prints_it(tmp_path: Path, argument: str) -> None:
    result = _console_script(tmp_path, argument)
    assert result.returncode == 0, result.stderr
    assert result.stdout == overview({"COLUMNS": "100"}, _Pipe())


def test_bare_sscli_prints_it_as_typer_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No arguments: the help and exit 2, as Typer's no_args_is_help prints them."""
    monkeypatch.setattr(typer.rich_utils, "FORCE_TERMINAL", None)
    monkeypatch.setattr(typer.rich_utils, "MAX_WIDTH", None)
    typers = CliRunner().invoke(app, [], env=_plain_env(100))
    result = _console_script(tmp_path)
    assert (
        (result.returncode, result.stdout)
        == (typers.exit_code, typers.stdout)
        == (
            2,
            typers.stdout,
        )
    )
