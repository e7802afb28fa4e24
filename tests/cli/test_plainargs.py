"""Each fast path's form (sscli/cli/plainargs.py) against the Typer command it stands in for:
every option spelling it reads is the command's, fills the same parameter, repeats exactly
when the command's does, and every variable it reads is that option's; a new option or
variable of the command is either read or left to Typer (any unread SSCLI_* variable is)."""

from __future__ import annotations

from typing import Any

import pytest
import typer.main

from sscli.cli import fastscan, plainargs, quickgate, quickingest
from sscli.cli.app import app

FORMS = {"verify artifact": quickgate._FORM, "scan": fastscan._FORM, "ingest": quickingest._FORM}


def _command(path: tuple[str, ...]) -> Any:
    command: Any = typer.main.get_command(app)
    root = command
    for name in path:
        command = command.get_command(None, name)
    return root, command


@pytest.mark.parametrize("name", FORMS)
def test_a_form_reads_the_commands_own_options(name: str) -> None:
    form = FORMS[name]
    root, command = _command(form.command)
    options = {spelling: p for p in command.params for spelling in p.opts}
    for spelling, keyword in form.options.items():
        parameter = options[spelling]
        assert keyword in (parameter.name, *parameter.opts), spelling  # quickingest: by --name
        assert parameter.multiple is (keyword in form.repeatable), spelling
        assert not parameter.is_flag, spelling
    for spelling in form.flags:
        assert options[spelling].is_flag, spelling
    envvars = {p.envvar: p for p in command.params if p.envvar}
    for variable, keyword in form.environment.items():
        parameter = envvars[variable]
        assert keyword in (parameter.name, *parameter.opts), variable
    every = {p.envvar for p in [*root.params, *command.params] if p.envvar}
    assert every <= plainargs.KNOWN_VARIABLES  # so that `read` declines the others


def test_what_is_not_plain_is_left_to_typer() -> None:
    form = plainargs.Form(
        command=("x",), options={"--a": "a", "-a": "a", "--many": "many"},
        repeatable=frozenset(("many",)), flags={"--f": "f"}, environment={"SSCLI_A": "a"},
    )  # fmt: skip
    read = plainargs.read
    taken = read(["x", "p", "--a", "1", "--many", "2", "--many=3", "--f"], {}, form)
    assert taken == plainargs.Reading(None, ["p"], {"a": "1"}, {"many": ["2", "3"]},
                                      frozenset({"f"}))  # fmt: skip
    assert read(["--state-dir", "s", "x", "-a", "1"], {}, form) == plainargs.Reading(
        "s", [], {"a": "1"}, {}, frozenset()
    )
    assert read(["x"], {"SSCLI_A": "e", "SSCLI_STATE_DIR": "st"}, form) == plainargs.Reading(
        "st", [], {"a": "e"}, {}, frozenset()
    )
    assert read(["x"], {"SSCLI_A": ""}, form) == plainargs.Reading(None, [], {}, {}, frozenset())
    for arguments in (["y"], ["x", "--b", "1"], ["x", "--a"], ["x", "--a", ""], ["x", "--a", "-1"],
                      ["x", "--a=-1"], ["x", "--a", "1", "--a", "2"], ["x", "--"], ["x", "-"],
                      ["x", "--f=1"], ["x", "-a1"], ["x", "--st", "1"], ["--state-dir", "", "x"],
                      ["--state-dir", "-s", "x"], ["--debug", "x"]):  # fmt: skip
        assert read(arguments, {}, form) is None, arguments
    for variable in ("SSCLI_DEBUG", "SSCLI_INDEX_TIMEOUT", "_SSCLI_COMPLETE"):
        assert read(["x"], {variable: "1"}, form) is None, variable
    assert read(["x"], {"SSCLI_NETWORK_ISOLATED": "1"}, form) is not None  # read by no command


def test_every_variable_sscli_reads_is_known() -> None:
    """A variable sscli starts reading must be in KNOWN_VARIABLES, or a fast path could run
    the command without it."""
    import re
    from pathlib import Path

    import sscli

    found: set[str] = set()
    for source in Path(sscli.__file__).parent.rglob("*.py"):
        found.update(re.findall(r"[\"'](_?SSCLI_[A-Z0-9_]+)[\"']", source.read_text("utf-8")))
    assert found == plainargs.KNOWN_VARIABLES


def test_the_fast_paths_defaults_are_the_commands() -> None:
    """What a fast path fills in for an absent option is what Typer would (a drift would only
    miss a memo or change a scan's defaults, so it is checked here, not trusted)."""
    _root, scan = _command(("scan",))
    scan_defaults = {p.name: p.default for p in scan.params}
    for keyword, default in fastscan._DEFAULTS.items():
        assert scan_defaults[keyword] == default, keyword
    _root, ingest = _command(("ingest",))
    by_spelling = {spelling: p for p in ingest.params for spelling in p.opts}
    for spelling, (_variable, default) in quickingest._VALUED.items():
        expected = by_spelling[spelling].default
        assert (None if expected is None else str(expected)) == default, spelling
