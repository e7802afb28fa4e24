"""PEP 508 / PEP 751 markers, evaluated for a target with the extras and groups that are active.

One evaluator for every reader, so that `extra`, `extras` and `dependency_groups` mean the same
thing in each lock format:

- `extra == 'x'` (core metadata, uv.lock, poetry.lock) holds when `x` is one of the active
  extras. uv encodes its conflict markers as `extra == 'extra-<n>-<package>-<extra>'` and
  `extra == 'group-<n>-<package>-<group>'`; the readers add those encoded names to the set.
- `'x' in extras` and `'x' in dependency_groups` (PEP 751 lock files) test the sets.
- Every other variable is compared with the target environment by packaging. In universal mode
  there is no target: such comparisons are unknown, and a marker holds unless the extras and
  groups alone make it false (three-valued logic), so that nothing locked is left out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sscli.errors import InputError
from sscli.inventory.model import canonical_name as canonicalize_name

if TYPE_CHECKING:  # imported when a marker is parsed: a lock without markers needs none
    from packaging.markers import Marker

MAX_MARKER_LENGTH = 20_000
_ENCODED_EXTRA = re.compile(r"^extra-\d+-")
_SET_VARIABLES = {"extras": "extras", "dependency_groups": "groups"}


@dataclass(frozen=True)
class MarkerScope:
    """What a marker is evaluated against: the target (None in universal mode) and the active
    extras and dependency groups (normalized names)."""

    environment: Mapping[str, str] | None
    extras: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    # uv's encoded conflict extras (`extra-<n>-...`) count as unknown: the first pass of a walk
    # that finds which extras a selection activates
    optimistic: bool = False
    _cache: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def with_extras(self, extras: frozenset[str]) -> MarkerScope:
        if not extras or extras <= self.extras:
            return self
        return MarkerScope(self.environment, self.extras | extras, self.groups, self.optimistic)

    def exact(self, extras: frozenset[str]) -> MarkerScope:
        """This scope with `extras` active and encoded conflict extras evaluated exactly."""
        return MarkerScope(self.environment, self.extras | extras, self.groups)

    def holds(self, text: str | None, *, where: str = "marker", path: object = None) -> bool:
        """True if the marker `text` (None: no marker) can hold for this scope."""
        if text is None or not text.strip():
            return True
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        result = _evaluate(parse_marker(text, where=where, path=path)._markers, self) is not False
        self._cache[text] = result
        return result


def parse_marker(text: object, *, where: str = "marker", path: object = None) -> Marker:
    """A parsed marker; malformed text is an `InputError` naming the file and field."""
    if not isinstance(text, str):
        raise InputError("a marker must be a string", path=_path(path), field=where)
    if len(text) > MAX_MARKER_LENGTH:
        raise InputError("marker is longer than 20000 characters", path=_path(path), field=where)
    from packaging.markers import InvalidMarker

    try:
        return _parse(text)
    except InvalidMarker as exc:
        raise InputError(f"invalid marker {text[:200]!r}", path=_path(path), field=where) from exc
    except RecursionError as exc:
        raise InputError("marker nested too deeply", path=_path(path), field=where) from exc


@lru_cache(maxsize=8192)
def _parse(text: str) -> Marker:
    from packaging.markers import Marker

    return Marker(text)


def _path(path: object) -> str | None:
    return str(path) if path is not None else None


def _evaluate(markers: Any, scope: MarkerScope) -> bool | None:
    """Kleene logic over packaging's parsed marker list: `and` binds tighter than `or`."""
    alternatives: list[bool | None] = []
    current: bool | None = True
    for item in markers:
        if item == "or":
            alternatives.append(current)
            current = True
            continue
        if item == "and":
            continue
        value = _evaluate(item, scope) if isinstance(item, list) else _atom(item, scope)
        current = _and(current, value)
    alternatives.append(current)
    if any(a is True for a in alternatives):
        return True
    if all(a is False for a in alternatives):
        return False
    return None


def _and(left: bool | None, right: bool | None) -> bool | None:
    if left is False or right is False:
        return False
    if left is None or right is None:
        return None
    return True


def _atom(atom: Any, scope: MarkerScope) -> bool | None:
    lhs, op, rhs = atom
    lhs_is_variable = type(lhs).__name__ == "Variable"
    variable, other = (lhs.value, rhs.value) if lhs_is_variable else (rhs.value, lhs.value)
    if variable == "extra":
        if scope.optimistic and _ENCODED_EXTRA.match(other):
            return None
        return _compare_set(op.value, other, scope.extras)
    if variable in _SET_VARIABLES:
        members = scope.extras if variable == "extras" else scope.groups
        return _compare_set(op.value, other, members)
    if scope.environment is None:
        return None
    from packaging.markers import (
        InvalidMarker,
        Marker,
        UndefinedComparison,
        UndefinedEnvironmentName,
    )

    text = f"{lhs.serialize()} {op.serialize()} {rhs.serialize()}"
    try:
        return Marker(text).evaluate(dict(scope.environment))
    except (UndefinedEnvironmentName, UndefinedComparison, InvalidMarker):
        return False


def _compare_set(op: str, value: str, members: frozenset[str]) -> bool | None:
    name = canonicalize_name(value)
    if op in ("==", "in", "==="):
        return name in members
    if op in ("!=", "not in"):
        return name not in members
    return False


def default_environment() -> dict[str, str]:
    """`packaging.markers.default_environment()`, key for key (a test compares them), without
    importing packaging.markers and its parser for a lock that has no marker to evaluate."""
    import os
    import platform
    import sys

    info = sys.implementation.version
    implementation_version = f"{info.major}.{info.minor}.{info.micro}"
    if info.releaselevel != "final":
        implementation_version += info.releaselevel[0] + str(info.serial)
    return {
        "implementation_name": sys.implementation.name,
        "implementation_version": implementation_version,
        "os_name": os.name,
        "platform_machine": platform.machine(),
        "platform_release": platform.release(),
        "platform_system": platform.system(),
        "platform_version": platform.version(),
        "python_full_version": platform.python_version(),
        "platform_python_implementation": platform.python_implementation(),
        "python_version": ".".join(platform.python_version_tuple()[:2]),
        "sys_platform": sys.platform,
    }
