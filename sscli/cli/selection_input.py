"""The inventory a lock-reading command works on: its selection options made into a
`Selection`, and INPUT read for it (no Typer here: `sscli scan`'s fast path calls these)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sscli.inventory import Inventory
    from sscli.inventory.selection import Selection


def make_selection(
    *,
    group: list[str] | None,
    all_groups: bool,
    extra: list[str] | None,
    all_extras: bool,
    package: list[str] | None,
    all_packages: bool,
    python_version: str | None,
    platform: list[str] | None,
    universal: bool,
    allow_unpinned: bool,
) -> Selection:
    from sscli.inventory.selection import Selection

    return Selection.create(
        groups=group or (),
        all_groups=all_groups,
        extras=extra or (),
        all_extras=all_extras,
        packages=package or (),
        all_packages=all_packages,
        python_version=python_version,
        platforms=platform or (),
        universal=universal,
        allow_unpinned=allow_unpinned,
    )


def read_input(
    input_path: Path | None,
    python: Path | None,
    selection: Selection,
    input_format: str | None,
) -> Inventory:
    """The inventory of INPUT (the current directory by default) or of --python's environment,
    with the reader's warnings printed."""
    from sscli.cli.output import warn
    from sscli.errors import UsageError
    from sscli.inventory import load_inventory

    if python is not None and (
        not selection.runtime_only
        or selection.packages
        or selection.all_packages
        or selection.universal
        or selection.targets[0].python_version
        or selection.targets[0].platform
    ):
        raise UsageError(
            "--python reads what is installed: group, extra, package and target options apply "
            "to lock files"
        )
    if input_path is None and python is None:
        input_path = Path()
    inventory = load_inventory(
        input_path, python=python, selection=selection, input_format=input_format
    )
    for problem in inventory.problems:
        warn(str(problem))
    return inventory
