"""JSON Schema validation with validators built once per process and fast format checks.

jsonschema's own check of the `iri-reference` format parses every value with a lark grammar
(rfc3987-syntax): building that grammar costs over a second at import and checking a CycloneDX
document with it costs seconds. The formats sscli's schemas use are checked here with compiled
regular expressions instead, following RFC 3339 (date-time), RFC 3987 (iri-reference) and
RFC 6531 (idn-email) closely enough to reject malformed values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from sscli.lazyimports import defer_while_importing

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

# Must run before jsonschema is first imported: it keeps jsonschema from building the lark
# grammar and from importing a library for each optional format checker (arrow, ...), which
# sscli never uses: its validators check formats with FORMAT_CHECKS only.
defer_while_importing(
    "jsonschema._format",
    dict.fromkeys(
        (
            "fqdn",
            "idna",
            "isoduration",
            "jsonpointer",
            "rfc3339_validator",
            "rfc3986_validator",
            "rfc3987",
            "rfc3987_syntax",
            "uri_template",
            "webcolors",
        )
    ),
)

_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f]')
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SCHEME_PREFIX = re.compile(r"^([^:/?#]+):")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*\Z")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+\Z")
# [0-9], not \d (any Unicode digit, which strptime reads too), and matched whole (a `$` passes
# a final newline): RFC 3339's digits are ASCII, and what passes is what the model reads.
_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}"
    r"(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})"
)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_iri_reference(value: str) -> bool:
    """RFC 3987 IRI-reference: no spaces or delimiters that must be escaped, valid %-escapes,
    and a well-formed scheme when one is present."""
    if _IRI_FORBIDDEN.search(value) or _BAD_PERCENT.search(value):
        return False
    scheme = _SCHEME_PREFIX.match(value)
    return scheme is None or bool(_SCHEME.match(scheme.group(1)))


def is_uri(value: str) -> bool:
    """RFC 3986 absolute URI (ASCII only, with a scheme)."""
    return value.isascii() and _SCHEME_PREFIX.match(value) is not None and is_iri_reference(value)


def is_date_time(value: str) -> bool:
    if not _DATE_TIME.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def is_date(value: str) -> bool:
    """RFC 3339 full-date (YYYY-MM-DD)."""
    if not _DATE.fullmatch(value):
        return False
    try:
        datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        return False
    return True


def is_email(value: str) -> bool:
    return bool(_EMAIL.match(value))


FORMAT_CHECKS = {
    "iri-reference": is_iri_reference,
    "iri": is_uri,
    "uri": is_uri,
    "uri-reference": is_iri_reference,
    "date-time": is_date_time,
    "date": is_date,
    "idn-email": is_email,
    "email": is_email,
}


@dataclass(frozen=True)
class SchemaViolation:
    """One place where a document breaks its schema."""

    pointer: str  # JSON pointer-like path, e.g. /components/3/purl
    message: str

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.message}"


def build_validator(
    schema: Mapping[str, Any], resources: Mapping[str, Mapping[str, Any]] | None = None
) -> Validator:
    """A validator for `schema` (draft by its `$schema`), resolving `$ref`s to `resources`
    (absolute URI -> schema); nothing is ever fetched."""
    import jsonschema
    from referencing import Registry, Resource

    registry: Registry[Any] = Registry().with_resources(
        (uri, Resource.from_contents(dict(resource))) for uri, resource in (resources or {}).items()
    )
    checker = jsonschema.FormatChecker(formats=())
    for name, check in FORMAT_CHECKS.items():
        checker.checks(name)(_strings_only(check))
    base = jsonschema.validators.validator_for(schema)
    validator_class = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
        base, {"uniqueItems": _unique_items, "pattern": _pattern}
    )
    validator: Validator = validator_class(schema, registry=registry, format_checker=checker)
    return validator


def _strings_only(check: Callable[[str], bool]) -> Callable[[object], bool]:
    """A format applies to strings only (JSON Schema 7.1): any other value passes it, and
    its `type` keyword judges it (a timestamp of 5 is not of type 'string', not a crash)."""

    def checked(value: object) -> bool:
        return not isinstance(value, str) or check(value)

    return checked


def canonical_json(value: Any) -> str:
    """`value` as canonical JSON under JSON Schema's equality (1 == 1.0, key order ignored)."""
    import json

    def integral(item: Any) -> Any:  # JSON Schema equality: 1 == 1.0
        if isinstance(item, float) and item.is_integer():
            return int(item)
        if isinstance(item, dict):
            return {k: integral(v) for k, v in item.items()}
        if isinstance(item, list):
            return [integral(v) for v in item]
        return item

    return json.dumps(integral(value), sort_keys=True, separators=(",", ":"))


# ECMA-262's classes, which JSON Schema's `pattern` means: ASCII, unlike Python's on str.
_ECMA_OUTSIDE = {"d": "[0-9]", "D": "[^0-9]", "w": "[A-Za-z0-9_]", "W": "[^A-Za-z0-9_]"}
_ECMA_INSIDE = {"d": "0-9", "w": "A-Za-z0-9_"}


def ecma_regex(pattern: str) -> str:
    """`pattern` (ECMA-262, as JSON Schema's `pattern` reads it) respelled for Python's `re`:
    `$` is the end of the string (Python's also matches before a final newline, so
    "^[0-9a-f]{64}$" took a digest with a newline after it), and `\\d` and `\\w` are ASCII
    (Python's take any Unicode digit or letter). A negated class inside brackets (`[\\D]`) has
    no plain spelling and raises ValueError: the schema is refused, not read loosely."""
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escaped = pattern[index + 1]
            table = _ECMA_INSIDE if in_class else _ECMA_OUTSIDE
            if escaped in table:
                out.append(table[escaped])
            elif in_class and escaped in "DW":
                raise ValueError(f"pattern {pattern!r}: \\{escaped} inside a class")
            else:
                out.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            if char == "]" and out[-1] in ("[", "[^"):  # ECMA's empty class; Python's literal ]
                raise ValueError(f"pattern {pattern!r}: an empty class")
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern.startswith("[^", index):
                out.append("[^")
                index += 2
                continue
        elif char == "$":
            char = r"\Z"
        out.append(char)
        index += 1
    return "".join(out)


@cache
def search_pattern(pattern: str) -> Callable[[str], object]:
    """The compiled `search` of a schema's `pattern` under ECMA-262's meaning."""
    return re.compile(ecma_regex(pattern)).search


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Any:
    from jsonschema.exceptions import ValidationError

    if not validator.is_type(instance, "string"):
        return
    try:
        search = search_pattern(pattern)
    except (ValueError, re.error):  # a pattern that cannot be read as ECMA-262 fails closed
        yield ValidationError(f"{pattern!r} cannot be checked: not an ECMA-262 pattern read here")
        return
    if not search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _unique_items(validator: Any, unique: Any, instance: Any, schema: Any) -> Any:
    """`uniqueItems` in O(n) by canonical JSON; jsonschema's own compares every pair, which
    dominates validating an SBOM with hundreds of components."""
    from jsonschema.exceptions import ValidationError

    if not unique or not validator.is_type(instance, "array"):
        return
    seen: set[str] = set()
    for item in instance:
        key = canonical_json(item)
        if key in seen:
            yield ValidationError(f"{instance!r:.200} has non-unique elements")
            return
        seen.add(key)


def violations(validator: Validator, document: Any, *, limit: int = 20) -> list[SchemaViolation]:
    """Up to `limit` violations of `document`, ordered by location."""
    found: list[SchemaViolation] = []
    try:
        for error in validator.iter_errors(document):
            pointer = "".join(f"/{part}" for part in error.absolute_path)
            message = error.message if len(error.message) < 300 else error.message[:297] + "..."
            found.append(SchemaViolation(pointer, message))
            if len(found) >= limit:
                break
    except RecursionError:  # fail closed, as the compiled validators do
        return [SchemaViolation("", "the document is nested too deeply to validate")]
    except ValueError:  # a message quoting an integer past the 4,300 digits str() prints
        return [SchemaViolation("", "the document holds a number too large to validate")]
    return sorted(found, key=lambda v: v.pointer)


@cache
def load_json_resource(package: str, name: str) -> dict[str, Any]:
    """A JSON file shipped inside `package` (a schema), parsed once per process."""
    import json
    from importlib.resources import files

    data: dict[str, Any] = json.loads(files(package).joinpath(name).read_text("utf-8"))
    return data


def resource_bytes(package: str, name: str) -> bytes:
    """The bytes of a file shipped inside `package`: read from the package's directory when it
    has one (importlib.resources' traversal costs milliseconds a file), else through it."""
    from importlib import import_module
    from pathlib import Path

    where = getattr(import_module(package), "__file__", None)
    if where is not None and (path := Path(where).with_name(name)).is_file():
        return path.read_bytes()
    from importlib.resources import files

    return files(package).joinpath(name).read_bytes()
