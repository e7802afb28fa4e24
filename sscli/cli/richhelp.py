"""Typer's rich help and error panels without the modules sscli never renders with.

`typer.rich_utils` imports `rich.markdown` (and with it markdown-it) for the "markdown" markup
mode, and `rich.traceback` (pygments, rich.pretty) for pretty exceptions: together most of the
cost of `sscli --help` and of every usage error. sscli uses the "rich" markup mode and disables
pretty exceptions, so neither is rendered. `install()` puts an import hook in front of
`typer.rich_utils` that executes it with stand-ins for those two modules: each stand-in class
imports the real module the first time it is used, so the help keeps Typer's look and any
use of them still works, only later.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence
from typing import Any

RICH_UTILS = "typer.rich_utils"


class _Markdown:
    """Stand-in for `rich.markdown.Markdown`: builds the real one when called."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        from rich.markdown import Markdown

        return Markdown(*args, **kwargs)


class _Traceback:
    """Stand-in for `rich.traceback.Traceback`: builds the real one when called."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        from rich.traceback import Traceback

        return Traceback(*args, **kwargs)

    @classmethod
    def from_exception(cls, *args: Any, **kwargs: Any) -> Any:
        from rich.traceback import Traceback

        return Traceback.from_exception(*args, **kwargs)


_STAND_INS = {"rich.markdown": ("Markdown", _Markdown), "rich.traceback": ("Traceback", _Traceback)}


class _Loader(importlib.abc.Loader):
    def __init__(self, real: importlib.abc.Loader) -> None:
        self._real = real

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._real.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        placed = []
        for name, (attribute, stand_in) in _STAND_INS.items():
            if name not in sys.modules:
                stub = types.ModuleType(name)
                setattr(stub, attribute, stand_in)
                sys.modules[name] = stub
                placed.append((name, stub))
        try:
            self._real.exec_module(module)
        finally:  # the real modules stay importable by their names
            for name, stub in placed:
                if sys.modules.get(name) is stub:
                    del sys.modules[name]


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != RICH_UTILS:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


def install() -> None:
    """Make the next import of `typer.rich_utils` defer rich.markdown and rich.traceback."""
    if RICH_UTILS in sys.modules or any(isinstance(f, _Finder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Finder())
