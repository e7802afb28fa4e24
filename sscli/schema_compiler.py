"""JSON Schema draft-07 compiled to Python functions, for the large schemas sscli validates every
document against (CycloneDX 1.4-1.6 with its SPDX and JSF companions, SPDX 2.3).

jsonschema interprets a schema: for every value it looks up the keywords, dispatches each
through its registry and builds error objects lazily; validating a CycloneDX document of a few
hundred components costs it about a second. Here each subschema becomes one Python function
whose body is the schema's keywords written out as plain `isinstance`/`in`/`len` tests, so
validating the same document costs a few tens of milliseconds.

The semantics are jsonschema's Draft7Validator as sscli configures it (`sscli.schemas`):
- each keyword applies to its own JSON type only and keywords are evaluated in schema order,
  so the same violations come out, at the same places, worded the same;
- `$ref` overrides its siblings (drafts up to 7); references are resolved against `$id`s to the
  resources given, never fetched;
- formats are checked with `sscli.schemas.FORMAT_CHECKS` on strings, other formats ignored (as
  the configured jsonschema does); `uniqueItems` compares canonical JSON (1 == 1.0, true != 1).

A schema that uses a keyword this compiler does not know raises `UnsupportedSchema` (callers
then fall back to jsonschema): nothing is silently left unchecked. The tests check that the
compiled validator and jsonschema find the same violations on real documents and on hundreds of
mutations of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin

from sscli.schemas import FORMAT_CHECKS, SchemaViolation, canonical_json, ecma_regex

DRAFT7 = ("http://json-schema.org/draft-07/schema#", "http://json-schema.org/draft-07/schema")
# Draft 2020-12, where its keywords mean what draft-07's do: `$ref` is then applied beside its
# siblings, and the keywords 2020-12 changed (array `items`, `additionalItems`, `dependencies`)
# or added are refused (UnsupportedSchema), never read with draft-07's meaning.
DRAFT2020 = ("https://json-schema.org/draft/2020-12/schema",)
_NOT_IN_2020 = frozenset(("additionalItems", "dependencies"))
# Keywords that never constrain a value.
_ANNOTATIONS = frozenset(
    ("$schema", "$id", "$comment", "title", "description", "examples", "default", "definitions",
     "$defs", "meta:enum", "deprecated", "readOnly", "writeOnly", "contentMediaType",
     "contentEncoding")
)  # fmt: skip
_TYPES = {
    "string": "isinstance(x, str)",
    "object": "isinstance(x, dict)",
    "array": "isinstance(x, list)",
    "boolean": "isinstance(x, bool)",
    "null": "x is None",
    "number": "(isinstance(x, (int, float)) and not isinstance(x, bool))",
    "integer": "((isinstance(x, int) and not isinstance(x, bool))"
    " or (isinstance(x, float) and x.is_integer()))",
}
_NUMBER = _TYPES["number"]

Errors = list[tuple[tuple[str | int, ...], str]]
Check = Callable[[Any, tuple[str | int, ...], Errors], None]


class UnsupportedSchema(ValueError):
    """The schema uses something the compiler does not implement (validate with jsonschema)."""


class CompiledValidator:
    """A schema compiled to Python: `violations(document)` as `sscli.schemas.violations`."""

    def __init__(self, check: Check, source: str) -> None:
        self._check = check
        self.source = source  # the generated code, for inspection

    def errors(self, document: Any) -> Errors:
        """Every violation as (instance path, message), in jsonschema's order."""
        found: Errors = []
        try:
            self._check(document, (), found)
        except RecursionError:  # fail closed: a document nested deeper than Python's stack
            return [((), "the document is nested too deeply to validate")]
        except ValueError:  # a message quoting an integer past the 4,300 digits str() prints
            return [((), "the document holds a number too large to validate")]
        return found

    def violations(self, document: Any, *, limit: int = 20) -> list[SchemaViolation]:
        """Up to `limit` violations of `document`, ordered by location."""
        found = []
        for path, message in self.errors(document)[:limit]:
            pointer = "".join(f"/{part}" for part in path)
            found.append(
                SchemaViolation(pointer, message[:297] + "..." if len(message) >= 300 else message)
            )
        return sorted(found, key=lambda v: v.pointer)


def compile_schema(
    schema: Mapping[str, Any], resources: Mapping[str, Mapping[str, Any]] | None = None
) -> CompiledValidator:
    """Compile a draft-07 `schema`; `$ref`s resolve to `schema` itself and to `resources`
    (absolute URI -> schema). Raises UnsupportedSchema for anything it cannot compile."""
    source = module_source(schema, resources)
    namespace: dict[str, Any] = {}
    exec(compile(source, "<compiled JSON schema>", "exec"), namespace)  # noqa: S102 - our code
    return CompiledValidator(namespace["validate"], source)


def module_source(
    schema: Mapping[str, Any],
    resources: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    header: str = "",
) -> str:
    """The Python module `schema` compiles to (its function `validate(x, path, errors)`)."""
    if schema.get("$schema") not in (*DRAFT7, *DRAFT2020):
        raise UnsupportedSchema(f"not a draft-07 or 2020-12 schema: {schema.get('$schema')!r}")
    return _Compiler(schema, resources or {}).source(header)


def load_compiled(
    module: str,
    digest: str,
    schemas: Callable[[], tuple[Mapping[str, Any], Mapping[str, Mapping[str, Any]]]],
) -> CompiledValidator:
    """The validator of `sscli.schemas_compiled.<module>` when that module was generated
    from the schemas whose `schema_digest` is `digest` (imported like any module, from its
    .pyc); otherwise `schemas()` (schema, resources) compiled now."""
    from importlib import import_module

    try:
        generated = import_module(f"sscli.schemas_compiled.{module}")
    except (ImportError, SyntaxError):
        generated = None
    if generated is not None and getattr(generated, "SCHEMA_DIGEST", None) == digest:
        return CompiledValidator(generated.validate, "")
    return compile_schema(*schemas())


def schema_digest(named_texts: Iterable[tuple[str, bytes]]) -> str:
    """The digest of the schema files a module is generated from (name and bytes of each)."""
    import hashlib

    digest = hashlib.sha256()
    for name, text in named_texts:
        digest.update(name.encode() + b"\0" + hashlib.sha256(text).digest())
    return digest.hexdigest()


@dataclass(frozen=True)
class _Node:
    """A subschema to compile: its resource, its JSON pointer there, and the schema itself."""

    uri: str  # the resource (its $id)
    pointer: str  # the subschema's JSON pointer in it
    schema: dict[str, Any]


class _Compiler:
    def __init__(self, schema: Mapping[str, Any], resources: Mapping[str, Mapping[str, Any]]):
        base = str(schema.get("$id", ""))
        self.draft2020 = schema.get("$schema") in DRAFT2020
        self.documents: dict[str, Mapping[str, Any]] = {urldefrag(base).url: schema}
        for uri, resource in resources.items():
            if resource.get("$schema", schema.get("$schema")) != schema.get("$schema"):
                raise UnsupportedSchema(f"a resource of another draft: {uri}")
            self.documents[urldefrag(uri).url] = resource
            if "$id" in resource:
                self.documents[urldefrag(str(resource["$id"])).url] = resource
        self.constants: dict[str, str] = {}  # name -> Python expression
        self._names: dict[tuple[str, str], str] = {}
        self._following: set[tuple[str, str]] = set()
        self._count = 0
        self._pending: list[tuple[str, str, Any]] = []
        self._lines: list[str] = []
        self.root = self._function(urldefrag(base).url, "", schema)

    def source(self, header: str = "") -> str:
        """The module: its imports, constants, one function a subschema, `validate`."""
        while self._pending:
            self._emit(*self._pending.pop())
        constants = [f"{name} = {source}" for name, source in self.constants.items()]
        return "\n".join(
            [header, *_PRELUDE, *constants, "", *self._lines, "", f"validate = {self.root}", ""]
        )

    def _constant(self, value: Any, expression: str | None = None) -> str:
        """`value` in the generated code: short JSON scalars inline, anything else a
        module-level name (JSON data written as its repr unless an `expression` is given)."""
        if expression is None and isinstance(value, (str, int, float)) and len(repr(value)) < 80:
            return repr(value)
        source = repr(value) if expression is None else expression
        name = f"_k{len(self.constants)}"
        self.constants[name] = source
        return name

    def _names_set(self, names: Any) -> str:
        listed = ", ".join(repr(str(n)) for n in sorted(names))
        return self._constant(None, f"frozenset(({listed}{',' if names else ''}))")

    def _function(self, uri: str, pointer: str, schema: Any) -> str:
        """The name of the function checking the subschema at `uri#pointer` (a subschema
        that is only a `$ref` is checked by the function of what it refers to)."""
        key = (uri, pointer)
        if key in self._names:
            return self._names[key]
        if isinstance(schema, dict) and self._bare_ref(schema) and key not in self._following:
            self._following.add(key)  # a cycle of bare $refs gets functions of its own
            name = self._resolve(uri, str(schema["$ref"]))
            self._following.discard(key)
            self._names[key] = name
            return name
        self._names[key] = name = f"_v{self._count}"
        self._count += 1
        self._pending.append((uri, pointer, schema))
        return name

    def _bare_ref(self, schema: dict[str, Any]) -> bool:
        """A `$ref` that alone decides: always in draft-07, without constraining siblings in
        2020-12."""
        if "$ref" not in schema:
            return False
        return not self.draft2020 or not set(schema) - {"$ref"} - _ANNOTATIONS

    def _resolve(self, uri: str, ref: str) -> str:
        target, fragment = urldefrag(urljoin(uri, ref))
        document = self.documents.get(target)
        if document is None:
            raise UnsupportedSchema(f"$ref to an unknown resource: {ref!r}")
        node: Any = document
        for escaped in unquote(fragment).split("/")[1:] if fragment else ():
            part = escaped.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                raise UnsupportedSchema(f"$ref to nothing: {ref!r}")
        if fragment and not fragment.startswith("/"):
            raise UnsupportedSchema(f"$ref by anchor: {ref!r}")
        return self._function(target, fragment, node)

    def _emit(self, uri: str, pointer: str, schema: Any) -> None:
        name = self._names[uri, pointer]
        body = list(self._body(uri, pointer, schema))
        self._lines.append(f"def {name}(x, p, e):")
        self._lines += [f"    {line}" for line in body] or ["    pass"]

    def _sub(self, uri: str, pointer: str, keyword: str | int, schema: Any) -> str:
        part = str(keyword).replace("~", "~0").replace("/", "~1")
        return self._function(uri, f"{pointer}/{part}", schema)

    def _body(self, uri: str, pointer: str, schema: Any) -> Iterator[str]:
        if schema is True:
            return
        if schema is False:
            yield 'e.append((p, f"False schema does not allow {x!r}"))'
            return
        if not isinstance(schema, dict):
            raise UnsupportedSchema(f"not a schema at {uri}#{pointer}")
        if "$id" in schema and pointer:
            raise UnsupportedSchema(f"nested $id at {uri}#{pointer}")
        if "$ref" in schema and not self.draft2020:  # draft-07: $ref overrides every sibling
            yield f"{self._resolve(uri, str(schema['$ref']))}(x, p, e)"
            return
        unknown = set(schema) - _KEYWORDS.keys() - _ANNOTATIONS - {"$ref"}
        if self.draft2020:
            unknown |= set(schema) & _NOT_IN_2020
            if isinstance(schema.get("items"), list):
                unknown.add("items")  # an array of schemas is 2019-09's, 2020-12 refuses it
        if unknown:
            raise UnsupportedSchema(f"keyword {sorted(unknown)[0]!r} at {uri}#{pointer}")
        for keyword, value in schema.items():
            if keyword == "$ref":  # 2020-12: applied in order, beside its siblings
                yield f"{self._resolve(uri, str(value))}(x, p, e)"
            elif keyword not in _ANNOTATIONS:
                yield from _KEYWORDS[keyword](self, _Node(uri, pointer, schema), keyword, value)

    def _type(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        uri = n.uri
        pointer = n.pointer
        types = [value] if isinstance(value, str) else list(value)
        if not types or any(t not in _TYPES for t in types):
            raise UnsupportedSchema(f"type {value!r} at {uri}#{pointer}")
        reprs = ", ".join(repr(t) for t in types)
        test = " or ".join(_TYPES[t] for t in types)
        yield f"if not ({test}):"
        yield f'    e.append((p, f"{{x!r}} is not of type {_escape(reprs)}"))'

    def _enum(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        uri = n.uri
        pointer = n.pointer
        if not isinstance(value, list):
            raise UnsupportedSchema(f"enum at {uri}#{pointer}")
        if all(isinstance(v, str) for v in value):
            test = f"isinstance(x, str) and x in {self._names_set(value)}"
        else:
            test = f"_enum(x, {self._constant(value)})"
        yield f"if not ({test}):"
        yield f'    e.append((p, f"{{x!r}} is not one of {_escape(repr(value))}"))'

    def _const(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        yield f"if not _equal(x, {self._constant(value)}):"
        yield f"    e.append((p, {self._constant(f'{value!r} was expected')}))"

    def _properties(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        uri = n.uri
        pointer = n.pointer
        here = f"{n.pointer}/{keyword}"
        if not isinstance(value, dict):
            raise UnsupportedSchema(f"properties at {uri}#{pointer}")
        yield "if isinstance(x, dict):"
        for name, subschema in value.items():
            key = self._constant(name)
            inline = _type_only(subschema)
            if inline is not None:  # checked in line: most properties only have a type
                test, message = inline
                yield f"    if {key} in x:"
                yield f"        y = x[{key}]"
                yield f"        if not ({test}):"
                yield f"            e.append((p + ({key},), {message}))"
                continue
            check = self._function(uri, f"{here}/{_part(name)}", subschema)
            yield f"    if {key} in x:"
            yield f"        {check}(x[{key}], p + ({key},), e)"
        if not value:
            yield "    pass"

    def _additionalproperties(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        uri = n.uri
        schema = n.schema
        here = f"{n.pointer}/{keyword}"
        known = self._names_set(schema.get("properties", {}))
        yield "if isinstance(x, dict):"
        if value is False:
            yield f"    extra = [k for k in x if k not in {known}]"
            yield "    if extra:"
            yield "        extra.sort(key=str)"
            yield "        said = ', '.join(repr(k) for k in extra)"
            yield "        verb = 'was' if len(extra) == 1 else 'were'"
            yield "        said = f'Additional properties are not allowed ({said} {verb} unexpected)'"  # noqa: E501
            yield "        e.append((p, said))"
        elif value is not True:
            check = self._function(uri, here, value)
            yield "    for k in x:"
            yield f"        if k not in {known}:"
            yield f"            {check}(x[k], p + (k,), e)"
        else:
            yield "    pass"

    def _required(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        uri = n.uri
        pointer = n.pointer
        if not isinstance(value, list):
            raise UnsupportedSchema(f"required at {uri}#{pointer}")
        yield "if isinstance(x, dict):"
        for name in value:
            yield f"    if {self._constant(name)} not in x:"
            yield f"        e.append((p, {self._constant(f'{name!r} is a required property')}))"
        if not value:
            yield "    pass"

    def _items(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        uri = n.uri
        here = f"{n.pointer}/{keyword}"
        yield "if isinstance(x, list):"
        if isinstance(value, list):
            for index, subschema in enumerate(value):
                check = self._sub(uri, here, index, subschema)
                yield f"    if len(x) > {index}:"
                yield f"        {check}(x[{index}], p + ({index},), e)"
            if not value:
                yield "    pass"
        elif (inline := _type_only(value)) is not None:
            test, message = inline
            yield "    for i, y in enumerate(x):"
            yield f"        if not ({test}):"
            yield f"            e.append((p + (i,), {message}))"
        else:
            check = self._function(uri, here, value)
            yield "    for i, y in enumerate(x):"
            yield f"        {check}(y, p + (i,), e)"

    def _additionalitems(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        uri = n.uri
        schema = n.schema
        here = f"{n.pointer}/{keyword}"
        items = schema.get("items", {})
        if isinstance(items, dict) or value is True:
            return  # applies to a list of `items` only
        count = len(items)
        yield f"if isinstance(x, list) and len(x) > {count}:"
        if value is False:
            yield f"    said = ', '.join(repr(y) for y in x[{count}:])"
            yield f"    verb = 'was' if len(x) == {count + 1} else 'were'"
            yield "    said = f'Additional items are not allowed ({said} {verb} unexpected)'"
            yield "    e.append((p, said))"
        else:
            check = self._function(uri, here, value)
            yield f"    for i in range({count}, len(x)):"
            yield f"        {check}(x[i], p + (i,), e)"

    def _uniqueitems(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        if value:
            yield "if isinstance(x, list) and not _unique(x):"
            yield '    e.append((p, f"{x!r:.200} has non-unique elements"))'

    def _pattern(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        try:  # a pattern Python cannot compile fails here, not at run time
            python = ecma_regex(value)
            re.compile(python)
        except (ValueError, re.error) as error:
            raise UnsupportedSchema(f"pattern {value!r}: {error}") from None
        compiled = self._constant(None, f"re.compile({python!r})")
        yield f"if isinstance(x, str) and not {compiled}.search(x):"
        yield f'    e.append((p, f"{{x!r}} does not match {_escape(repr(value))}"))'

    def _format(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        if value in FORMAT_CHECKS:  # other formats are not checked (as configured)
            check = self._constant(None, f"FORMAT_CHECKS[{value!r}]")
            yield f"if isinstance(x, str) and not {check}(x):"
            yield f'    e.append((p, f"{{x!r}} is not a {_escape(repr(value))}"))'

    def _minlength(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        kind = "str" if keyword.endswith("Length") else "list"
        if keyword.startswith("min"):
            word = "should be non-empty" if value == 1 else "is too short"
            test = f"len(x) < {int(value)}"
        else:
            word = "is expected to be empty" if value == 0 else "is too long"
            test = f"len(x) > {int(value)}"
        yield f"if isinstance(x, {kind}) and {test}:"
        yield f'    e.append((p, f"{{x!r}} {word}"))'

    def _minproperties(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        low = keyword == "minProperties"
        test = f"len(x) < {int(value)}" if low else f"len(x) > {int(value)}"
        if low:
            word = "should be non-empty" if value == 1 else "does not have enough properties"
        else:
            word = "is expected to be empty" if value == 0 else "has too many properties"
        yield f"if isinstance(x, dict) and {test}:"
        yield f'    e.append((p, f"{{x!r}} {word}"))'

    def _minimum(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        uri = n.uri
        pointer = n.pointer
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise UnsupportedSchema(f"{keyword} at {uri}#{pointer}")
        limit = self._constant(value)
        operator, word = {
            "minimum": ("<", "less than the minimum of"),
            "maximum": (">", "greater than the maximum of"),
            "exclusiveMinimum": ("<=", "less than or equal to the minimum of"),
            "exclusiveMaximum": (">=", "greater than or equal to the maximum of"),
        }[keyword]
        yield f"if {_NUMBER} and x {operator} {limit}:"
        yield f'    e.append((p, f"{{x!r}} is {word} {_escape(repr(value))}"))'

    def _allof(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        uri = n.uri
        here = f"{n.pointer}/{keyword}"
        for index, subschema in enumerate(_schemas(value, keyword)):
            yield f"{self._sub(uri, here, index, subschema)}(x, p, e)"

    def _anyof(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        uri = n.uri
        here = f"{n.pointer}/{keyword}"
        subschemas = _schemas(value, keyword)
        checks = [self._sub(uri, here, i, s) for i, s in enumerate(subschemas)]
        yield "valid = []"
        yield f"for n, check in enumerate(({', '.join(checks)},)):"
        yield "    t = []"
        yield "    check(x, p, t)"
        yield "    if not t:"
        yield "        valid.append(n)"
        if keyword == "anyOf":
            yield "        break"
        yield "if not valid:"
        yield '    e.append((p, f"{x!r} is not valid under any of the given schemas"))'
        if keyword == "oneOf":
            listed = self._constant(tuple(subschemas))
            yield "elif len(valid) > 1:"
            yield f"    said = ', '.join(repr({listed}[n]) for n in [*valid[1:], valid[0]])"
            yield '    e.append((p, f"{x!r} is valid under each of {said}"))'

    def _not(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        uri = n.uri
        here = f"{n.pointer}/{keyword}"
        check = self._function(uri, here, value)
        yield "t = []"
        yield f"{check}(x, p, t)"
        yield "if not t:"
        yield f'    e.append((p, f"{{x!r}} should not be valid under {_escape(repr(value))}"))'

    def _if(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        uri = n.uri
        pointer = n.pointer
        schema = n.schema
        here = f"{n.pointer}/{keyword}"
        check = self._function(uri, here, value)
        then = schema.get("then")
        otherwise = schema.get("else")
        if then is None and otherwise is None:
            return
        yield "t = []"
        yield f"{check}(x, p, t)"
        yield "if not t:"
        if then is not None:
            yield f"    {self._function(uri, f'{pointer}/then', then)}(x, p, e)"
        else:
            yield "    pass"
        if otherwise is not None:
            yield "else:"
            yield f"    {self._function(uri, f'{pointer}/else', otherwise)}(x, p, e)"

    def _then(self, n: _Node, keyword: str, value: Any) -> Iterator[str]:
        yield from ()  # `then` and `else` are compiled with their `if`


_KEYWORDS: dict[str, Callable[[_Compiler, _Node, str, Any], Iterator[str]]] = {
    "type": _Compiler._type,
    "enum": _Compiler._enum,
    "const": _Compiler._const,
    "properties": _Compiler._properties,
    "additionalProperties": _Compiler._additionalproperties,
    "required": _Compiler._required,
    "items": _Compiler._items,
    "additionalItems": _Compiler._additionalitems,
    "uniqueItems": _Compiler._uniqueitems,
    "pattern": _Compiler._pattern,
    "format": _Compiler._format,
    "minLength": _Compiler._minlength,
    "maxLength": _Compiler._minlength,
    "minItems": _Compiler._minlength,
    "maxItems": _Compiler._minlength,
    "minProperties": _Compiler._minproperties,
    "maxProperties": _Compiler._minproperties,
    "minimum": _Compiler._minimum,
    "maximum": _Compiler._minimum,
    "exclusiveMinimum": _Compiler._minimum,
    "exclusiveMaximum": _Compiler._minimum,
    "allOf": _Compiler._allof,
    "anyOf": _Compiler._anyof,
    "oneOf": _Compiler._anyof,
    "not": _Compiler._not,
    "if": _Compiler._if,
    "then": _Compiler._then,
    "else": _Compiler._then,
}


_PRELUDE = (
    "import re",
    "",
    "from sscli.schema_compiler import _enum, _equal, _unique",
    "from sscli.schemas import FORMAT_CHECKS",
    "",
)


def _type_only(schema: Any) -> tuple[str, str] | None:
    """(test of `y`, message) when `schema` only constrains the type, else None."""
    if not isinstance(schema, dict) or "$ref" in schema or set(schema) - _ANNOTATIONS != {"type"}:
        return None
    types = [schema["type"]] if isinstance(schema["type"], str) else list(schema["type"])
    if not types or any(not isinstance(t, str) or t not in _TYPES for t in types):
        return None  # compiled as a function, which refuses it
    test = " or ".join(re.sub(r"\bx\b", "y", _TYPES[t]) for t in types)
    reprs = ", ".join(repr(t) for t in types)
    return test, f'f"{{y!r}} is not of type {_escape(reprs)}"'


def _part(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _escape(text: str) -> str:
    """`text` inside an f-string literal of generated code."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("{", "{{").replace("}", "}}")


def _schemas(value: Any, keyword: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise UnsupportedSchema(f"{keyword} must be a non-empty list")
    return value


def _unique(items: list[Any]) -> bool:
    keys = [canonical_json(item) for item in items]
    return len(set(keys)) == len(keys)


def _equal(one: Any, two: Any) -> bool:
    """JSON equality: 1 == 1.0, True != 1, recursively."""
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(_equal(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(_equal(one[k], two[k]) for k in one)
    if isinstance(one, bool) or isinstance(two, bool):
        return one is two
    if isinstance(one, (list, dict)) or isinstance(two, (list, dict)):
        return False
    return bool(one == two)


def _enum(value: Any, choices: list[Any]) -> bool:
    return any(_equal(value, choice) for choice in choices)
