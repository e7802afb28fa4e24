"""The methods `dataclasses` writes for sscli's dataclasses, generated once and committed.

For every dataclass, `dataclasses` writes the source of `__init__`, `__repr__`, `__eq__` (and
`__setattr__`/`__delattr__`/`__hash__` when frozen) and compiles each with `exec` at import
time: on Python 3.11 that is a third of what sscli's own modules cost to import (sscli has
some 200 dataclasses; the deploy gate imports 67). Here each source module's texts sit in a
generated module of this package, compiled to .pyc like any other code, and `dataclasses`'
`exec` is given a stand-in that looks a text up there: a text found yields the function its
compiled code defines, exactly what `exec` would have defined (a test compiles every text
again and compares the code); any other text (another Python version writes other texts, a
class changed since generation, a class of another package) goes to the real `exec`.
Generated, never edited: `python -m sscli.dataclass_methods` regenerates them, and a test
fails while any differs from what the current classes give.
"""

from __future__ import annotations

import builtins
import importlib
import sys
import types

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Any

PREFIX = __name__ + "."
# While `python -m sscli.dataclass_methods` regenerates: source module -> texts, in order.
recording: dict[str, list[str]] | None = None
_generated: dict[str, dict[str, types.CodeType]] = {}


def generated_name(module: str) -> str:
    """The generated module holding the methods of `module`'s dataclasses."""
    return PREFIX + module.replace("_", "__").replace(".", "_")


def _codes(module: str) -> dict[str, types.CodeType]:
    codes = _generated.get(module)
    if codes is None:
        try:
            codes = importlib.import_module(generated_name(module)).CODE
        except ImportError:  # a module without dataclasses, or not generated yet
            codes = {}
        _generated[module] = codes
    return codes


def _exec(source: Any, globals_: Any = None, locals_: Any = None, /) -> None:
    if globals_ is None:  # exec's defaults: the caller's namespaces
        caller = sys._getframe(1)
        globals_ = caller.f_globals
        locals_ = caller.f_locals if locals_ is None else locals_
    elif locals_ is None:
        locals_ = globals_
    module = globals_.get("__name__") if isinstance(globals_, dict) else None
    if isinstance(module, str) and module.startswith("sscli.") and type(source) is str:
        if recording is not None:
            recording.setdefault(module, []).append(source)
        code = _codes(module).get(source)
        if code is not None:  # a text that defines one function: what exec would define
            globals_.setdefault("__builtins__", builtins.__dict__)
            locals_[code.co_name] = types.FunctionType(code, globals_)
            return
    if type(source) is str:  # compiled as in dataclasses, not with this module's __future__
        source = compile(source, "<string>", "exec", dont_inherit=True)
    builtins.exec(source, globals_, locals_)  # noqa: S102  (what dataclasses calls)


def use_generated(dataclasses: types.ModuleType) -> None:
    """Make `dataclasses` (just imported) take its methods' code from here where it can; its
    module-level name `exec` comes before the built-in."""
    dataclasses.exec = _exec  # type: ignore[attr-defined]
