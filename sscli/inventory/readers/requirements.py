"""requirements.txt: pins, hashes, markers, extras, -r/-c includes, continuations, comments.

Parsed as pip does (logical lines, `${VAR}` expansion, per-line options), but nothing is ever
resolved or guessed: a line that does not pin one exact version is reported as a `Problem`.
pip-compile's `# via` annotations, when present, give the dependency graph.
"""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.version import Version

from sscli.errors import InputError
from sscli.fsutil import read_text_limited
from sscli.inventory.model import Artifact, Inventory, Location, Package, Problem, normalize_name
from sscli.inventory.readers import detect
from sscli.inventory.readers.interface import Reader, ReadOptions

MAX_INCLUDE_DEPTH = 20
HASH_LENGTHS = {"sha256": 64, "sha384": 96, "sha512": 128}
_COMMENT = re.compile(r"(^|\s+)#.*$")
_ENV_VAR = re.compile(r"\$\{([A-Z0-9_]+)\}")
_OPTION_START = re.compile(r"(^|\s)(-{1,2}[A-Za-z])")
_VIA = re.compile(r"^\s*#\s+via(?:\s+(.*))?$")
_VIA_CONTINUATION = re.compile(r"^\s*#\s{2,}(\S.*)$")
# One `# via` entry: a name, optionally with extras and pip-compile's origin note, as in
# `sscli-demo (pyproject.toml)` or `requests[socks]`; `-r file`/`-c file` entries name no package.
_VIA_NAME = re.compile(
    r"^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(?:\[[^\]]*\])?(?:\s+\(.*\))?$"
)

# Global options pip accepts in requirement files; they do not name packages.
_GLOBAL_WITH_VALUE = {
    "-i",
    "--index-url",
    "--extra-index-url",
    "-f",
    "--find-links",
    "--trusted-host",
    "--only-binary",
    "--no-binary",
    "--use-feature",
    "--progress-bar",
}
_GLOBAL_FLAGS = {"--no-index", "--pre", "--prefer-binary", "--require-hashes"}
_INCLUDE = {
    "-r": "requirement",
    "--requirement": "requirement",
    "-c": "constraint",
    "--constraint": "constraint",
}


@dataclass
class _Line:
    """One logical line of a requirements file (continuations joined), with where it starts."""

    path: Path
    number: int
    text: str


@dataclass
class _Pin:
    """A pinned requirement as read so far: its hashes and the files that led to it."""

    requirement: Requirement
    location: Location
    hashes: dict[str, set[str]] = field(default_factory=dict)
    via: list[str] = field(default_factory=list)


@dataclass
class _State:
    """What reading a requirements file and its includes has gathered so far."""

    pins: dict[str, _Pin] = field(default_factory=dict)
    constraints: dict[str, _Pin] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    index_url: str | None = None
    visiting: list[Path] = field(default_factory=list)
    options: ReadOptions | None = None


class RequirementsReader(Reader):
    kind = "requirements"
    description = "pip requirements file"

    def matches(self, path: Path) -> bool:
        return detect.requirements_name(path)

    def read(self, path: Path, options: ReadOptions) -> Inventory:
        state = _State(options=options)
        _read_file(path, state, options, constraint=False)
        packages, problems = _to_packages(state, options)
        return Inventory(
            packages=tuple(packages),
            source_kind=self.kind,
            source_path=str(path),
            problems=tuple(state.problems + problems),
        )


def _read_file(path: Path, state: _State, options: ReadOptions, *, constraint: bool) -> None:
    resolved = path.resolve()
    if resolved in state.visiting:
        raise InputError("includes itself (a -r/-c cycle)", path=path)
    if len(state.visiting) >= MAX_INCLUDE_DEPTH:
        raise InputError(f"includes nested deeper than {MAX_INCLUDE_DEPTH} files", path=path)
    text = read_text_limited(path, 16 * 1024 * 1024)
    if "\x00" in text:
        raise InputError("contains a NUL byte; not a requirements file", path=path)
    state.visiting.append(resolved)
    try:
        last: _Pin | None = None
        for line in _logical_lines(path, text):
            via = _VIA.match(line.text) or _VIA_CONTINUATION.match(line.text)
            if via is not None:
                if last is not None and via.group(1):
                    last.via.extend(n.strip() for n in via.group(1).split(","))
                continue
            stripped = _COMMENT.sub("", line.text).strip()
            if not stripped:
                continue
            last = _read_line(line, stripped, state, options, constraint=constraint)
    finally:
        state.visiting.pop()


def _logical_lines(path: Path, text: str) -> Iterator[_Line]:
    """Join backslash continuations; a line's number is that of its first physical line."""
    buffer: list[str] = []
    start = 0
    for number, physical in enumerate(text.splitlines(), start=1):
        if not buffer:
            start = number
        if physical.endswith("\\") and not _COMMENT.search(physical.rstrip("\\")):
            buffer.append(physical[:-1])
            continue
        buffer.append(physical)
        yield _Line(
            path, start, " ".join(part.strip() for part in buffer) if len(buffer) > 1 else buffer[0]
        )
        buffer = []
    if buffer:
        yield _Line(path, start, " ".join(part.strip() for part in buffer))


def _expand(text: str, line: _Line) -> str:
    def replace(match: re.Match[str]) -> str:
        value = os.environ.get(match.group(1))
        if value is None:
            raise InputError(
                f"environment variable {match.group(1)} is not set",
                path=line.path,
                line=line.number,
            )
        return value

    return _ENV_VAR.sub(replace, text)


def _read_line(
    line: _Line, text: str, state: _State, options: ReadOptions, *, constraint: bool
) -> _Pin | None:
    text = _expand(text, line)
    if text.startswith("-"):
        _read_option_line(line, text, state, options)
        return None
    split = _OPTION_START.search(text)
    requirement_text = text[: split.start()].strip() if split else text
    option_text = text[split.start() :] if split else ""
    hashes = _parse_line_options(option_text, line)
    try:
        requirement = Requirement(requirement_text)
    except InvalidRequirement as exc:
        if _looks_like_path(requirement_text):
            state.problems.append(
                Problem(
                    "local path or URL requirement is not pinned",
                    _loc(line, state),
                    requirement_text,
                )
            )
            return None
        raise InputError(
            f"invalid requirement {requirement_text!r}: {exc}", path=line.path, line=line.number
        ) from exc
    marker = str(requirement.marker) if requirement.marker is not None else None
    if not any(scope.holds(marker) for scope in options.selection.scopes()):
        return None
    name = normalize_name(requirement.name)
    target = state.constraints if constraint else state.pins
    pin = _Pin(requirement, _loc(line, state), hashes)
    existing = target.get(name)
    if existing is None:
        target[name] = pin
        return pin
    if str(existing.requirement.specifier) != str(requirement.specifier):
        raise InputError(
            f"{name} is required twice with different versions "
            f"({existing.requirement.specifier} at line {existing.location.line}, "
            f"{requirement.specifier} here)",
            path=line.path,
            line=line.number,
        )
    for algorithm, digests in hashes.items():
        existing.hashes.setdefault(algorithm, set()).update(digests)
    return existing


def _read_option_line(line: _Line, text: str, state: _State, options: ReadOptions) -> None:
    tokens = _split(text, line)
    option, value = tokens[0], tokens[1] if len(tokens) > 1 else None
    if "=" in option and option.startswith("--"):
        option, value = option.split("=", 1)
    if option in _INCLUDE:
        if not value:
            raise InputError(f"{option} needs a file name", path=line.path, line=line.number)
        if "://" in value:
            raise InputError(
                f"remote include {value!r} is not supported (nothing is fetched while reading)",
                path=line.path,
                line=line.number,
            )
        included = (line.path.parent / value) if not Path(value).is_absolute() else Path(value)
        if not included.is_file():
            raise InputError(f"included file {value!r} not found", path=line.path, line=line.number)
        _read_file(included, state, options, constraint=_INCLUDE[option] == "constraint")
    elif option in ("-e", "--editable"):
        if value in (".", "./", "file:.", "file:./"):
            return  # the project itself (rye and uv write it so): described by pyproject.toml
        state.problems.append(
            Problem("editable requirement is not pinned", _loc(line, state), value or text)
        )
    elif option in _GLOBAL_WITH_VALUE:
        if not value:
            raise InputError(f"{option} needs a value", path=line.path, line=line.number)
        if option in ("-i", "--index-url"):
            state.index_url = value
    elif option not in _GLOBAL_FLAGS:
        raise InputError(f"unknown option {option!r}", path=line.path, line=line.number)


def _parse_line_options(text: str, line: _Line) -> dict[str, set[str]]:
    hashes: dict[str, set[str]] = {}
    tokens = iter(_split(text, line)) if text else iter(())
    for token in tokens:
        if token.startswith("--hash"):
            value = token.split("=", 1)[1] if "=" in token else next(tokens, "")
            algorithm, _, digest = value.partition(":")
            digest = digest.lower()
            expected = HASH_LENGTHS.get(algorithm)
            if expected is None:
                raise InputError(
                    f"unsupported hash algorithm {algorithm!r} (use sha256, sha384 or sha512)",
                    path=line.path,
                    line=line.number,
                )
            if len(digest) != expected or not re.fullmatch(r"[0-9a-f]+", digest):
                raise InputError(
                    f"malformed {algorithm} hash {digest[:80]!r}", path=line.path, line=line.number
                )
            hashes.setdefault(algorithm, set()).add(digest)
        elif token.startswith(("--config-settings", "--global-option", "--install-option")):
            if "=" not in token:
                next(tokens, None)
        else:
            raise InputError(
                f"unknown per-requirement option {token!r}", path=line.path, line=line.number
            )
    return hashes


def _split(text: str, line: _Line) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError as exc:
        raise InputError(f"cannot parse options: {exc}", path=line.path, line=line.number) from exc


def _looks_like_path(text: str) -> bool:
    return text.startswith(
        (".", "/", "file:", "git+", "hg+", "svn+", "bzr+", "http://", "https://")
    )


def _loc(line: _Line, state: _State) -> Location:
    if state.options is None:
        return Location(line.path.name, line.number)
    return state.options.location(line.path, line.number)


def _exact_version(requirement: Requirement) -> str | None:
    specs = list(requirement.specifier)
    if len(specs) != 1 or specs[0].operator not in ("==", "===") or "*" in specs[0].version:
        return None
    return specs[0].version


def _to_packages(state: _State, options: ReadOptions) -> tuple[list[Package], list[Problem]]:
    problems: list[Problem] = []
    packages: list[Package] = []
    names = set(state.pins)
    for name, pin in state.pins.items():
        requirement, hashes = pin.requirement, dict(pin.hashes)
        version = _exact_version(requirement)
        constraint = state.constraints.get(name)
        if constraint is not None:
            for algorithm, digests in constraint.hashes.items():
                hashes.setdefault(algorithm, set()).update(digests)
            if version is None:
                version = _exact_version(constraint.requirement)
        if requirement.url:
            packages.append(_direct_reference(name, requirement, pin, hashes))
            continue
        if version is None:
            wanted = requirement.specifier or "any version"
            problems.append(
                Problem(
                    f"{name} is not pinned to one version ({wanted})",
                    pin.location,
                    str(requirement),
                )
            )
            continue
        try:
            canonical = str(Version(version))
        except ValueError as exc:  # InvalidVersion, or more digits than int() takes
            raise InputError(
                f"invalid version {version!r} for {name} (not PEP 440)",
                path=pin.location.path,
                line=pin.location.line,
            ) from exc
        artifacts = tuple(
            Artifact(hashes={algorithm: digest})
            for algorithm in sorted(hashes)
            for digest in sorted(hashes[algorithm])
        )
        dependents = [name for name in map(_via_name, pin.via) if name is not None]
        packages.append(
            Package(
                name=name,
                version=canonical,
                display_name=requirement.name if requirement.name != name else None,
                artifacts=artifacts,
                index_url=state.index_url,
                location=pin.location,
                properties=tuple(("sscli:via", d) for d in dependents if d in names),
            )
        )
    return _with_via_edges(packages), problems


def _direct_reference(
    name: str, requirement: Requirement, pin: _Pin, hashes: dict[str, set[str]]
) -> Package:
    """`name @ git+https://...@commit` or `name @ https://.../x.whl`: its origin, not an index."""
    from sscli.inventory.model import Origin, OriginKind, strip_credentials
    from sscli.inventory.readers._common import local_path

    url = requirement.url or ""
    if url.startswith(("git+", "hg+", "svn+", "bzr+")):
        base, _, fragment = url.partition("#")
        repository, _, revision = base.removeprefix("git+").rpartition("@")
        if not repository or "/" in revision:
            repository, revision = base.removeprefix("git+"), ""
        subdirectory = fragment.partition("subdirectory=")[2] or None
        origin = Origin(
            OriginKind.GIT,
            url=strip_credentials(repository),
            commit=revision if len(revision) == 40 else None,
            ref=revision if revision and len(revision) != 40 else None,
            subdirectory=subdirectory,
        )
    elif url.startswith("file:"):
        origin = Origin(OriginKind.PATH, path=local_path(url))
    else:
        origin = Origin(OriginKind.URL, url=strip_credentials(url))
    return Package(
        name=name,
        version=None,
        display_name=requirement.name if requirement.name != name else None,
        artifacts=tuple(
            Artifact(hashes={algorithm: digest})
            for algorithm in sorted(hashes)
            for digest in sorted(hashes[algorithm])
        ),
        location=pin.location,
        origin=origin,
    )


def _via_name(entry: str) -> str | None:
    """The package a `# via` entry names, or None for an include (`-r requirements.in`) or an
    annotation that names none."""
    match = _VIA_NAME.match(entry.strip())
    return normalize_name(match.group(1)) if match else None


def _with_via_edges(packages: list[Package]) -> list[Package]:
    """Invert pip-compile's `# via X` (X depends on this) into each package's dependencies."""
    children: dict[str, list[str]] = {}
    for package in packages:
        for key, value in package.properties:
            if key == "sscli:via":
                children.setdefault(value, []).append(package.name)
    result = []
    for package in packages:
        kept = tuple(p for p in package.properties if p[0] != "sscli:via")
        deps = tuple(sorted(set(children.get(package.name, ()))))
        result.append(_replace(package, dependencies=deps, properties=kept))
    return result


def _replace(package: Package, **changes: object) -> Package:
    from dataclasses import replace

    return replace(package, **changes)  # type: ignore[arg-type]
