"""Every command's `--help` as people read it: no help text swallowed (rich markup eats `[...]`),
brackets balanced, flags never shown as taking a value, arguments named as the user types them.

The checks read the rendered text only, so they hold whether the help comes from Typer's rich
formatter or from plain Click."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from sscli.cli.app import app

_WIDE = 4000  # no wrapping: every help text on one line
_BOX = str.maketrans(dict.fromkeys("│╭╮╰╯─┃┏┓┗┛━", " "))


def _commands() -> Iterator[tuple[list[str], Any]]:
    root = typer.main.get_command(app)

    def walk(command: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
        yield path, command
        if hasattr(command, "commands"):  # the root's commands load when asked for
            context = typer.Context(command)
            for name in sorted(command.list_commands(context)):
                yield from walk(command.get_command(context, name), [*path, name])

    yield from walk(root, [])


COMMANDS = list(_commands())


def _flat(text: str) -> str:
    return " ".join(text.translate(_BOX).split())


@pytest.fixture(scope="module")
def rendered(request: pytest.FixtureRequest) -> dict[str, str]:
    """The --help output of every command, at a width that wraps nothing."""
    patch = pytest.MonkeyPatch()
    request.addfinalizer(patch.undo)
    try:
        import typer.rich_utils
    except ImportError:  # the CLI without Typer's rich help machinery
        pass
    else:
        patch.setattr(typer.rich_utils, "MAX_WIDTH", _WIDE)
    runner = CliRunner()
    pages = {}
    for path, _command in COMMANDS:
        result = runner.invoke(
            app, [*path, "--help"], terminal_width=_WIDE, max_content_width=_WIDE
        )
        assert result.exit_code == 0, result.output
        pages[" ".join(path)] = result.output
    return pages


def _ids() -> list[str]:
    return [" ".join(path) or "sscli" for path, _ in COMMANDS]


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=_ids())
def test_every_help_text_is_shown_whole(
    rendered: dict[str, str], path: list[str], command: Any
) -> None:
    page = _flat(rendered[" ".join(path)])
    texts = [inspect.cleandoc(command.help or "")] if command.help else []
    texts += [p.help for p in command.params if getattr(p, "help", None) and not p.hidden]
    for text in texts:
        for paragraph in text.split("\n\n"):
            assert _flat(paragraph) in page, f"help text mangled in `{' '.join(path)} --help`"


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=_ids())
def test_brackets_balance_on_every_line(
    rendered: dict[str, str], path: list[str], command: Any
) -> None:
    page = rendered[" ".join(path)].replace("<=", "≤").replace(">=", "≥")  # ranges: [1<=x<=32]
    for line in page.splitlines():
        for opening, closing in ("[]", "<>", "()", "{}"):
            assert line.count(opening) == line.count(closing), line


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=_ids())
def test_flags_take_no_value(rendered: dict[str, str], path: list[str], command: Any) -> None:
    page = _flat(rendered[" ".join(path)])
    flags = [p for p in command.params if getattr(p, "is_flag", False) and not p.count]
    for flag in flags:
        names = "|".join(re.escape(o) for o in (*flag.opts, *flag.secondary_opts))
        value = re.search(
            rf"(?<![\w-])(?:{names})(?:\s*[,/]?\s*(?:{names}))*\s+(<[^>]*>|BOOLEAN|TEXT)(?=\s|$)",
            page,
        )
        assert value is None, f"{flag.opts[0]} shown taking a value: {value.group(0)!r}"
    # --help itself is made by click when a page is rendered, outside command.params
    assert "<bool>" not in page, "a flag (--help?) shown taking a value"


GROUPS = [(path, command) for path, command in COMMANDS if getattr(command, "commands", None)]


@pytest.mark.parametrize(
    ("path", "command"), GROUPS, ids=[" ".join(p) or "sscli" for p, _ in GROUPS]
)
def test_command_summaries_are_not_broken_across_lines(
    rendered: dict[str, str], path: list[str], command: Any
) -> None:
    lines = [_flat(line) for line in rendered[" ".join(path)].splitlines()]
    for name, sub in command.commands.items():
        summary = _flat(inspect.cleandoc(sub.help or "").split("\n\n")[0])
        assert any(f"{name} {summary}" in line for line in lines), f"{name}: {summary}"


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=_ids())
def test_arguments_are_named_for_the_user(
    rendered: dict[str, str], path: list[str], command: Any
) -> None:
    usage = next(line for line in rendered[" ".join(path)].splitlines() if "Usage:" in line)
    assert "_" not in usage.split("Usage:")[1], f"an internal parameter name in {usage.strip()!r}"
