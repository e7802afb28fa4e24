"""Command-line values converted without building a pydantic model per parameter.

Typer (0.29) converts every parameter's value through a pydantic `TypeAdapter`: importing
pydantic and building the adapters is most of what any sscli command costs above `--help`.
sscli's parameters are plain: strings, paths, enums, booleans, integers and lists of them. For
these `install()` gives Typer a conversion that calls Typer's own choice and path checks, and
hands every value it does not accept outright (an invalid choice, a non-numeric integer, a bool
from an environment variable) to Typer's pydantic conversion, so errors read exactly as Typer's.
A Typer without these internals keeps its own conversion.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

try:
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path, routes_to_path
    from typer.core import _TyperParameter
except ImportError:  # another Typer: its own conversion stays
    RuntimeParam = None  # type: ignore[assignment,misc]

_INTEGER = re.compile(r"\s*[+-]?[0-9]+\s*")
_DECIMAL = re.compile(r"\s*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?\s*")

Leaf = Callable[[Any, Any, Any], Any]


class _Unhandled(Exception):
    """A value the plain conversion leaves to Typer's."""


def _string(value: Any, param: Any, ctx: Any) -> Any:
    if not isinstance(value, str):
        raise _Unhandled
    return value


def _boolean(value: Any, param: Any, ctx: Any) -> Any:
    if not isinstance(value, bool):
        raise _Unhandled
    return value


def _integer(value: Any, param: Any, ctx: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _INTEGER.fullmatch(value):
        return int(value)
    raise _Unhandled


def _float(value: Any, param: Any, ctx: Any) -> Any:
    if isinstance(value, float):
        return value
    if isinstance(value, str) and _DECIMAL.fullmatch(value):
        return float(value)
    raise _Unhandled


def _bounded(number: Leaf, low: Any, high: Any) -> Leaf:
    """A number in [low, high]; one outside is Typer's to refuse, in its words."""

    def convert(value: Any, param: Any, ctx: Any) -> Any:
        converted = number(value, param, ctx)
        if (low is not None and converted < low) or (high is not None and converted > high):
            raise _Unhandled
        return converted

    return convert


def _choice(choices: list[Any], case_sensitive: bool) -> Leaf:
    def convert(value: Any, param: Any, ctx: Any) -> Any:
        try:
            return coerce_cli_choice(value, choices=choices, case_sensitive=case_sensitive, ctx=ctx)
        except ValueError:
            raise _Unhandled from None

    return convert


def _path(path_type: type[Path], info: Any) -> Leaf:
    def convert(value: Any, param: Any, ctx: Any) -> Any:
        if isinstance(value, str) and value:
            value = path_type(value)
        if not isinstance(value, path_type):
            raise _Unhandled
        return coerce_cli_path(value, info, path_type=path_type, param=param, ctx=ctx)

    return convert


def _leaf(annotation: Any, info: Any) -> Leaf | None:
    if info.parser is not None:
        return None
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return _choice(list(annotation), info.case_sensitive)
    if annotation is str:
        return _string
    if annotation is bool:
        return _boolean
    if annotation in (int, float) and not info.clamp:
        number = _integer if annotation is int else _float
        if info.min is None and info.max is None:
            return number
        return _bounded(number, info.min, info.max)
    if isinstance(annotation, type) and issubclass(annotation, Path):
        path_type = info.path_type or annotation
        if routes_to_path(annotation, info) and isinstance(path_type, type):
            return _path(path_type, info)
    return None


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class _PlainRuntimeParam(RuntimeParam):
        """Typer's parameter conversion for a plain parameter: the plain conversion first, Typer's
        own for whatever it leaves."""

        leaf: Leaf
        many: bool
        descriptor: TypeDescriptor

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            try:
                if self.many:
                    items = value if isinstance(value, list | tuple) else [value]
                    return [self.leaf(item, param, ctx) for item in items]
                return self.leaf(value, param, ctx)
            except _Unhandled:
                typer_own = build_runtime_param(self.descriptor)
                return typer_own._coerce_value(value, param=param, ctx=ctx)


def _plain(descriptor: Any) -> Any:
    if descriptor.file_annotation is not None:
        return None
    annotation, many = descriptor.annotation, False
    if get_origin(annotation) is list and len(get_args(annotation)) == 1:
        annotation, many = get_args(annotation)[0], True
    leaf = _leaf(annotation, descriptor.parameter_info)
    if leaf is None:
        return None
    return _PlainRuntimeParam(
        parameter_info=descriptor.parameter_info,
        annotation=descriptor.annotation,
        leaf=leaf,
        many=many,
        descriptor=descriptor,
    )


def install() -> None:
    """Let every Typer parameter of this process convert plain values without pydantic."""
    if RuntimeParam is None or getattr(_TyperParameter, "_sscli_plain", False):
        return

    def get_runtime_param(self: Any) -> Any:
        if self._runtime_param is None:
            self._runtime_param = _plain(self.type_descriptor) or build_runtime_param(
                self.type_descriptor
            )
        return self._runtime_param

    _TyperParameter.get_runtime_param = get_runtime_param  # type: ignore[method-assign]
    _TyperParameter._sscli_plain = True  # type: ignore[attr-defined]
