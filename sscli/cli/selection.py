"""The selection options shared by every command that reads a lock (sbom create, scan, ingest),
named as uv and poetry name them (what they become, and the reading of the input, are in
sscli/cli/selection_input.py, which imports no Typer)."""

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any

import typer

from sscli.cli.selection_input import make_selection, read_input

_PANEL = "Selection (what the lock installs)"

GroupOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--group",
        help="Also describe this dependency group (repeatable; none by default).",
        rich_help_panel=_PANEL,
    ),
]
AllGroupsOpt = Annotated[
    bool, typer.Option("--all-groups", help="Every dependency group.", rich_help_panel=_PANEL)
]
ExtraOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--extra", help="Also describe this project extra (repeatable).", rich_help_panel=_PANEL
    ),
]
AllExtrasOpt = Annotated[
    bool, typer.Option("--all-extras", help="Every project extra.", rich_help_panel=_PANEL)
]
PackageOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--package",
        help="Start at this workspace member instead of the root project (repeatable).",
        rich_help_panel=_PANEL,
    ),
]
AllPackagesOpt = Annotated[
    bool,
    typer.Option("--all-packages", help="Every workspace member.", rich_help_panel=_PANEL),
]
PythonVersionOpt = Annotated[
    str | None,
    typer.Option(
        "--python-version",
        help="Target Python, e.g. 3.12 (default: the running interpreter's).",
        show_default=False,
        rich_help_panel=_PANEL,
    ),
]
PlatformOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--platform",
        help="Target platform: linux, windows, macos, a target such as aarch64-apple-darwin or "
        "a wheel tag such as manylinux_2_17_x86_64 (repeatable: the union of the targets) "
        "(default: this machine).",
        show_default=False,
        rich_help_panel=_PANEL,
    ),
]
UniversalOpt = Annotated[
    bool,
    typer.Option(
        "--universal",
        help="Describe everything locked for every target, markers kept, not evaluated.",
        rich_help_panel=_PANEL,
    ),
]
AllowUnpinnedOpt = Annotated[
    bool,
    typer.Option(
        "--allow-unpinned",
        help="Accept a requirements file that pins nothing (an empty inventory, with a warning).",
        rich_help_panel=_PANEL,
    ),
]
InputFormatOpt = Annotated[
    str | None,
    typer.Option(
        "--input-format",
        help="Force a reader: requirements, uv-lock, poetry, pylock, pipfile, pdm, cyclonedx or "
        "spdx (default: by file name, then by content).",
        show_default=False,
        rich_help_panel=_PANEL,
    ),
]


_OPTIONS: dict[str, tuple[object, object]] = {
    "group": (GroupOpt, None),
    "all_groups": (AllGroupsOpt, False),
    "extra": (ExtraOpt, None),
    "all_extras": (AllExtrasOpt, False),
    "package": (PackageOpt, None),
    "all_packages": (AllPackagesOpt, False),
    "python_version": (PythonVersionOpt, None),
    "platform": (PlatformOpt, None),
    "universal": (UniversalOpt, False),
    "allow_unpinned": (AllowUnpinnedOpt, False),
    "input_format": (InputFormatOpt, None),
}


__all__ = ["make_selection", "read_input", "with_selection"]


def with_selection(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command the selection options; it receives them as `selection: Selection` and
    `input_format: str | None` (one definition for sbom create, scan and ingest)."""
    signature = inspect.signature(command)
    kept = [p for p in signature.parameters.values() if p.name not in ("selection", "input_format")]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
        for name, (kind, default) in _OPTIONS.items()
    ]

    @functools.wraps(command)
    def wrapper(**values: Any) -> None:
        options = {name: values.pop(name) for name in _OPTIONS}
        input_format = options.pop("input_format")
        selection = make_selection(**options)
        command(**values, selection=selection, input_format=input_format)

    wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*(p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in kept), *added]
    )
    annotations = {
        k: v for k, v in command.__annotations__.items() if k not in ("selection", "input_format")
    }
    wrapper.__annotations__ = {**annotations, **{n: k for n, (k, _d) in _OPTIONS.items()}}
    return wrapper
