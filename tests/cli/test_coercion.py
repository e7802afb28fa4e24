"""The plain conversion of command-line values agrees with Typer's pydantic conversion: the
same value of the same type, or the same error message, for every kind of parameter sscli
declares."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from typer._coercion import build_runtime_param, resolve_type_descriptor
from typer.models import OptionInfo

from sscli.cli.coercion import _plain


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"


CASES: list[tuple[Any, dict[str, Any], list[Any]]] = [
    (str, {}, ["abc", "", "ü", b"bytes"]),
    (Path, {}, ["a/b", "", ".", Path("x"), "~/y"]),
    (Path, {"exists": True}, ["/", "/no/such/path"]),
    (Path, {"dir_okay": False, "exists": True}, ["/", "/etc/hostname"]),
    (Format, {}, ["json", "JSON", "nope", Format.TEXT]),
    (Format, {"case_sensitive": False}, ["JSON", "Text"]),
    (int, {}, ["5", " 7 ", "-3", "+4", "5.0", "x", "", 5, "1_000"]),
    (int, {"min": 1, "max": 32}, ["1", "32", "0", "33", "-1", "x", 4, 40]),
    (int, {"min": 0}, ["0", "-1", "99999"]),
    (float, {"max": 2.5}, ["2.5", "2.6", "-1e9", "x"]),
    (bool, {}, [True, False, "1", "true", "no", "maybe"]),
    (
        float,
        {},
        ["1.5", " 2 ", "-3e2", ".5", "7.", "1_0.5", "inf", "nan", "x", "", 7.0, 7, "1e400"],
    ),
    (list[str], {}, [["a", "b"], "a", []]),
    (list[Path], {}, [["a", "b"], "c"]),
    (list[Format], {}, [["json", "text"], ["json", "bad"]]),
]


def _outcome(runtime: Any, value: Any) -> tuple[str, Any]:
    try:
        result = runtime._coerce_value(value, param=None, ctx=None)
    except Exception as error:  # the message and kind, as the user sees them
        return type(error).__name__, getattr(error, "message", str(error))
    return type(result).__name__, repr(result)  # repr: nan equals itself


@pytest.mark.parametrize(("annotation", "options", "values"), CASES, ids=repr)
def test_plain_conversion_agrees_with_typers(
    annotation: Any, options: dict[str, Any], values: list[Any]
) -> None:
    descriptor = resolve_type_descriptor(annotation, OptionInfo(**options))
    plain = _plain(descriptor)
    assert plain is not None, f"{annotation} is a plain parameter"
    typer_own = build_runtime_param(descriptor)
    for value in values:
        assert _outcome(plain, value) == _outcome(typer_own, value), value


def test_parameters_with_a_parser_keep_typers_conversion() -> None:
    descriptor = resolve_type_descriptor(str, OptionInfo(parser=str.upper))
    assert _plain(descriptor) is None
