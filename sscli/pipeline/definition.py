"""A pipeline file: variables and steps (sscli command lines or copies) with their inputs and
outputs, validated strictly: an unknown key is an error."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sscli.errors import InputError
from sscli.fsutil import read_bytes_limited
from sscli.pipeline.project import detect

_STEP_KEYS = {
    "name",
    "run",
    "copy",
    "inputs",
    "outputs",
    "each",
    "always",
    "clean",
    "if_missing",
    "link",
    "when",
    "expand",
}
_LINKS_KEYS = {"key", "public_key", "passphrase_env", "dir"}
# Who records a step's in-toto link: the runner (from the declared inputs and outputs), the
# command itself (ingest and build know exactly which vault files they used), or nobody.
LINK_BY_RUNNER, LINK_BY_COMMAND, NO_LINK = "runner", "command", "none"
_VARIABLE = re.compile(r"\{([a-z_]+)\}")
_STEP_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


@dataclass(frozen=True)
class Step:
    """One step of a pipeline: an sscli command line, or a copy, with its inputs and outputs."""

    name: str
    run: tuple[str, ...] = ()
    copy: tuple[str, str] | None = None
    inputs: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    each: str | None = None
    always: bool = False
    clean: tuple[str, ...] = ()
    if_missing: bool = False  # run only when an output is missing (a key generated once)
    link: str = LINK_BY_RUNNER
    when: bool = True  # the step's condition, evaluated when the file is loaded
    expand: bool = False  # a copy substitutes the pipeline's variables in the text it copies


@dataclass(frozen=True)
class LinkSettings:
    """Where the steps' in-toto links go, and the functionary key that signs them."""

    key: str
    directory: str
    public_key: str | None = None  # of a KMS/HSM key
    passphrase_env: str | None = None


@dataclass(frozen=True)
class Pipeline:
    """A loaded pipeline file: its variables, its steps, and where their links go."""

    path: Path
    variables: dict[str, str]
    steps: tuple[Step, ...]
    links: LinkSettings | None = None
    missing: dict[str, InputError] = field(default_factory=dict)  # undetected project facts

    def expand_text(self, text: str, where: Path) -> str:
        """`text` (a file a copy step expands) with the pipeline's variables substituted."""
        return _expand(text, self.variables, where, "text", missing=self.missing)


def load_pipeline(
    path: Path, *, project: Path, out: Path, state: Path, overrides: dict[str, str] | None = None
) -> Pipeline:
    """Read and check `path`, with {project}, {out} and {state} set, `overrides` replacing the
    file's vars, and every variable expanded."""
    from sscli.yamlsafe import parse_yaml

    document = parse_yaml(read_bytes_limited(path, 1024 * 1024), path=path)
    if not isinstance(document, dict) or document.get("version") != 1:
        raise InputError("a pipeline file is a mapping with `version: 1`", path=path)
    _reject_unknown(document, {"version", "vars", "steps", "links"}, path, None)
    variables = {
        "project": str(project),
        "out": str(out),
        "state": str(state),
        "pipeline_dir": str(path.parent),  # files shipped beside the pipeline file
    }
    facts = detect(project)
    variables.update(facts.values)
    missing = dict(facts.missing)
    raw_vars = document.get("vars") or {}
    if not isinstance(raw_vars, dict) or not all(isinstance(v, str) for v in raw_vars.values()):
        raise InputError("`vars` maps names to strings", path=path, field="vars")
    for name, value in {**raw_vars, **(overrides or {})}.items():
        variables[str(name)] = _expand(value, variables, path, f"vars.{name}", missing=missing)
        missing.pop(str(name), None)
    _name_locks(variables, project)
    steps = [
        _step(raw, number, variables, path, missing)
        for number, raw in enumerate(document.get("steps") or [])
    ]
    if not steps:
        raise InputError("a pipeline needs steps", path=path, field="steps")
    names = [s.name for s in steps]
    if len(set(names)) != len(names):
        raise InputError("step names must be unique", path=path, field="steps")
    bad = next((n for n in names if not _STEP_NAME.fullmatch(n)), None)
    if bad is not None:
        raise InputError(
            f"step name {bad!r}: letters, digits, - and _ only", path=path, field="steps"
        )
    links = _links(document.get("links"), variables, path)
    return Pipeline(path, variables, tuple(steps), links, missing)


def _name_locks(variables: dict[str, str], project: Path) -> None:
    """`{lock_name}` and `{build_lock_name}`: the locks as the links name them (the layout's
    rules say which lock each step may use)."""
    from sscli.attest.links import artifact_name

    for name in ("lock", "build_lock"):
        if name in variables:
            variables[f"{name}_name"] = artifact_name(Path(variables[name]), [project])


def _links(raw: Any, variables: dict[str, str], path: Path) -> LinkSettings | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise InputError(
            "`links` maps key, dir (and public_key, passphrase_env) to strings",
            path=path,
            field="links",
        )
    _reject_unknown(raw, _LINKS_KEYS, path, "links")
    if "key" not in raw or "dir" not in raw:
        raise InputError("`links` needs a key and a dir", path=path, field="links")

    def value(name: str) -> str:
        return _expand(raw[name], variables, path, f"links.{name}")

    return LinkSettings(
        key=value("key"),
        directory=value("dir"),
        public_key=value("public_key") if "public_key" in raw else None,
        passphrase_env=raw.get("passphrase_env"),
    )


def _reject_unknown(raw: dict[str, Any], allowed: set[str], path: Path, field: str | None) -> None:
    unknown = set(raw) - allowed
    if unknown:
        raise InputError(f"unknown key(s): {', '.join(sorted(unknown))}", path=path, field=field)


def _step(
    raw: Any, number: int, variables: dict[str, str], path: Path, missing: dict[str, InputError]
) -> Step:
    where = f"steps[{number}]"
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise InputError("each step is a mapping with a name", path=path, field=where)
    _reject_unknown(raw, _STEP_KEYS, path, where)
    if ("run" in raw) == ("copy" in raw):
        raise InputError("a step has either `run` or `copy`", path=path, field=where)

    def strings(key: str) -> tuple[str, ...]:
        value = raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            raise InputError(f"`{key}` is a list of strings", path=path, field=f"{where}.{key}")
        return tuple(
            _expand(str(v), variables, path, f"{where}.{key}", keep={"each"}, missing=missing)
            for v in value
        )

    copy = strings("copy") if "copy" in raw else None
    if copy is not None and len(copy) != 2:
        raise InputError("`copy` is [source, destination]", path=path, field=f"{where}.copy")
    each = raw.get("each")
    link = raw.get("link", True)
    if link not in (True, False, LINK_BY_COMMAND):
        raise InputError(
            "`link` is true (the runner records it), false, or command (the command writes its "
            "own)",
            path=path,
            field=f"{where}.link",
        )
    if "expand" in raw and ("copy" not in raw or not isinstance(raw["expand"], bool)):
        raise InputError("`expand: true` is for a copy step", path=path, field=f"{where}.expand")
    return Step(
        name=raw["name"],
        run=strings("run"),
        copy=(copy[0], copy[1]) if copy else None,
        inputs=strings("inputs"),
        outputs=strings("outputs"),
        each=_expand(each, variables, path, f"{where}.each", missing=missing)
        if isinstance(each, str)
        else None,
        always=bool(raw.get("always", False)),
        if_missing=bool(raw.get("if_missing", False)),
        clean=strings("clean"),
        link=LINK_BY_COMMAND if link == LINK_BY_COMMAND else LINK_BY_RUNNER if link else NO_LINK,
        when=_condition(raw.get("when", True), variables, path, f"{where}.when", missing),
        expand=bool(raw.get("expand", False)),
    )


_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0", ""}


def _condition(
    raw: Any, variables: dict[str, str], path: Path, field: str, missing: dict[str, InputError]
) -> bool:
    """`when: "{var}"` or `when: "not {var}"`: a variable that is true, yes or 1 (false, no, 0
    or empty); a list of them: all must hold; anything else is an error, never a guess."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, list) and raw:
        return all(_condition(item, variables, path, field, missing) for item in raw)
    if not isinstance(raw, str):
        raise InputError("`when` is a condition string", path=path, field=field)
    text = raw.strip()
    negated = text.startswith("not ")
    value = _expand(text.removeprefix("not ").strip(), variables, path, field, missing=missing)
    if value.strip().lower() not in _TRUE | _FALSE:
        raise InputError(f"`when` needs true or false, got {value!r}", path=path, field=field)
    return (value.strip().lower() in _TRUE) != negated


def _expand(
    text: str,
    variables: dict[str, str],
    path: Path,
    field: str,
    *,
    keep: frozenset[str] | set[str] = frozenset(),
    missing: dict[str, InputError] | None = None,
) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in keep:
            return match.group(0)
        if name not in variables and missing and name in missing:
            raise missing[name]  # a project fact not found: its own reason and hint
        if name not in variables:
            raise InputError(f"unknown variable {{{name}}}", path=path, field=field)
        return variables[name]

    return _VARIABLE.sub(replace, text)
