"""The uv command a pylock.toml's header records, run again: its options checked against what
sscli fix knows how to re-run (the index, output and upgrades replaced; other directories,
config files, interpreter paths, certificates and remote inputs refused), then `uv export` in
a scratch copy of the project or `uv pip compile` where it ran, with the pins raised."""

from __future__ import annotations

import re
import shlex
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from sscli.errors import InputError
from sscli.fix.plan import Upgrade
from sscli.fix.tools import uv
from sscli.fix.uvlock import upgrade_uv_lock
from sscli.fsutil import atomic_write_text

# What each uv command's options are: flags, options that take a value, the options whose
# value is an input file, the ones sscli fix replaces (index, output, upgrades) and the ones it
# refuses to re-run (they point uv somewhere else than the lock's directory).
_INDEX = {"--index", "--default-index", "-i", "--index-url", "--extra-index-url", "-f",
          "--find-links"}  # fmt: skip
_SHARED_VALUED = _INDEX | {
    "--extra", "--group", "--no-emit-package", "--index-strategy", "--keyring-provider", "-P",
    "--upgrade-package", "--upgrade-group", "--resolution", "--prerelease",
    "--prerelease-package", "--fork-strategy", "--exclude-newer", "--exclude-newer-package",
    "--no-sources-package", "-C", "--config-setting", "--config-settings-package",
    "--no-build-isolation-package", "--link-mode", "--cache-dir", "--refresh-package", "-p",
    "--python", "--color", "--allow-insecure-host", "--directory", "--project", "--config-file",
    "-o", "--output-file", "--format",
}  # fmt: skip
_SHARED_FLAGS = {
    "--all-extras", "--no-annotate", "--no-header", "--emit-index-url", "--emit-find-links",
    "--no-index", "-U", "--upgrade", "--no-sources", "--no-build-isolation", "--no-build",
    "--require-build-hashes", "-n", "--no-cache", "--refresh", "--managed-python",
    "--no-managed-python", "--no-python-downloads", "-q", "--quiet", "-v", "--verbose",
    "--system-certs", "--offline", "--no-progress", "--no-config",
}  # fmt: skip
_COMPILE_VALUED = _SHARED_VALUED | {
    "-c", "--constraints", "--constraint", "--overrides", "--override", "--excludes", "-b",
    "--build-constraints", "--build-constraint", "--cert", "--annotation-style",
    "--custom-compile-command", "--no-binary", "--only-binary", "--python-platform",
    "--torch-backend", "--python-version",
}  # fmt: skip
_COMPILE_FLAGS = _SHARED_FLAGS | {
    "--no-deps", "--no-strip-extras", "--no-strip-markers", "--system", "--generate-hashes",
    "--universal", "--emit-build-options", "--emit-index-annotation",
}  # fmt: skip
_COMPILE_FILES = {"-c", "--constraints", "--constraint", "--overrides", "--override",
                  "--excludes", "-b", "--build-constraints", "--build-constraint"}  # fmt: skip
_EXPORT_VALUED = _SHARED_VALUED | {
    "--package", "--prune", "--no-extra", "--no-group", "--only-group", "--no-editable-package",
    "--no-build-package", "--no-binary-package", "--script",
}  # fmt: skip
_EXPORT_FLAGS = _SHARED_FLAGS | {
    "--all-packages", "--no-dev", "--only-dev", "--no-default-groups", "--all-groups",
    "--no-editable", "--no-hashes", "--no-emit-project", "--no-emit-workspace",
    "--no-emit-local", "--locked", "--frozen", "--no-binary", "--no-require-build-hashes",
}  # fmt: skip
_REPLACED = _INDEX | {"--no-index", "-o", "--output-file", "-U", "--upgrade", "-P",
                      "--upgrade-package", "--upgrade-group", "--custom-compile-command",
                      "--offline", "--refresh", "--refresh-package"}  # fmt: skip
_REFUSED = {"--directory", "--project", "--config-file", "--script", "--allow-insecure-host",
            "--cert"}  # fmt: skip
# `--python` names an interpreter uv runs: from a lock's header only a version request is taken
_PYTHON_REQUEST = re.compile(r"^(cpython|pypy|python)?[-@]?[<>=~!]*[0-9][0-9.]*[a-z0-9]*\Z")


def split_command(command: str, path: Path) -> list[str]:
    try:
        return shlex.split(command)
    except ValueError as exc:
        raise InputError(f"its recorded command does not parse: {exc}", path=path, line=2) from None


@dataclass(frozen=True)
class _Parsed:
    """A recorded uv command line, split into its options (in order) and its positional words."""

    options: tuple[tuple[str, str | None], ...]  # in order, `--opt=value` split
    positionals: tuple[str, ...]

    def values(self, *names: str) -> list[str]:
        return [v for o, v in self.options if o in names and v is not None]

    def has(self, *names: str) -> bool:
        return any(o in names for o, _ in self.options)

    def argv(self, dropped: Collection[str]) -> list[str]:
        out = [*self.positionals]
        for option, value in self.options:
            if option not in dropped:
                out += [option] if value is None else [option, value]
        return out


def parse(words: Sequence[str], flags: set[str], valued: set[str], path: Path) -> _Parsed:
    options: list[tuple[str, str | None]] = []
    positionals: list[str] = []
    rest = iter(words)
    for word in rest:
        name, equals, inline = word.partition("=")
        if not word.startswith("-") or word == "-":
            positionals.append(word)
        elif name in valued:
            value = inline if equals else next(rest, None)
            if value is None:
                raise InputError(f"its recorded command ends in {word} without a value", path=path)
            options.append((name, value))
        elif word in flags:
            options.append((word, None))
        else:
            raise InputError(
                f"its recorded command uses {word}, which sscli fix does not know how to re-run",
                path=path,
                line=2,
                hint="regenerate pylock.toml yourself with the fixed versions",
            )
        if name in _REFUSED:
            raise InputError(
                f"its recorded command uses {name}: sscli fix re-runs uv only in the lock's "
                "own directory, on the index and certificates of this run",
                path=path,
                line=2,
            )
        if name in ("-p", "--python") and not _PYTHON_REQUEST.match(options[-1][1] or ""):
            raise InputError(
                f"its recorded command asks for the interpreter {options[-1][1]!r}: sscli fix "
                "takes a Python version from a lock, never a path to run",
                path=path,
                line=2,
            )
    return _Parsed(tuple(options), tuple(positionals))


def export_again(
    work: Path, lock: Path, upgrades: Sequence[Upgrade], index_url: str, command: str
) -> list[str]:
    """`uv lock --upgrade-package` in the scratch copy of the project (its uv.lock and project
    files beside `work`), then the recorded `uv export` there: uv.lock changes with the
    pylock.toml exported from it."""
    parsed = parse(split_command(command, lock)[2:], _EXPORT_FLAGS, _EXPORT_VALUED, lock)
    if parsed.values("--format") != ["pylock.toml"] or parsed.positionals:
        raise InputError(
            f"its recorded command `{command}` does not export pylock.toml", path=lock, line=2
        )
    output = parsed.values("-o", "--output-file")
    if output and Path(output[-1]) != Path(lock.name):
        raise InputError(
            f"its recorded command writes {output[-1]}, not this file ({lock.name})",
            path=lock,
            line=2,
            hint="run sscli fix on the file the command writes",
        )
    for needed in ("pyproject.toml", "uv.lock"):
        if not (lock.parent / needed).is_file():
            raise InputError(
                f"pylock.toml was exported by `uv export` from a uv project, and there is no "
                f"{needed} beside it to export it again from",
                path=lock,
                hint="run sscli fix in the project the lock was exported from",
            )
    upgrade_uv_lock(work.parent / "uv.lock", upgrades, index_url)
    env = {"UV_NO_CONFIG": "1"}
    if not parsed.has("--locked", "--frozen"):
        env["UV_FROZEN"] = "1"  # export the lock just written, as it is
    args = parsed.argv(_REPLACED - {"-o", "--output-file"})
    exported = uv(["export", *args], work.parent, env)
    if not output:
        atomic_write_text(work, exported)
    return ["uv.lock"]


def compile_again(
    work: Path, lock: Path, upgrades: Sequence[Upgrade], index_url: str, command: str
) -> None:
    """The recorded `uv pip compile` re-run where it ran, on the same inputs, into `work` (a
    copy of the lock, which uv reads as its preferences: nothing else moves), against the index,
    with each upgrade as `--upgrade-package NAME==VERSION` and the header kept as it was."""
    parsed = parse(split_command(command, lock)[3:], _COMPILE_FLAGS, _COMPILE_VALUED, lock)
    where = compile_directory(lock, parsed.values("-o", "--output-file"))
    if not parsed.positionals and not parsed.has("--group"):
        raise InputError(f"its recorded command `{command}` names no input", path=lock, line=2)
    for name in [*parsed.positionals, *parsed.values(*_COMPILE_FILES)]:
        if re.match(r"^[a-z][a-z0-9+.-]*:", name):
            raise InputError(
                f"pylock.toml was compiled from {name}: sscli fix re-runs uv on local inputs only",
                path=lock,
                line=2,
            )
        if not (where / name).is_file():
            raise InputError(
                f"pylock.toml was compiled from {name}, which is not there ({where / name}): "
                "sscli fix regenerates it from the same inputs only",
                path=lock,
                line=2,
            )
    args = ["pip", "compile", *parsed.argv(_REPLACED), "-o", str(work), "--index-url", index_url]
    for upgrade in upgrades:
        args += ["--upgrade-package", f"{upgrade.package}=={upgrade.target}"]
    uv(args, where, {"UV_NO_CONFIG": "1", "UV_CUSTOM_COMPILE_COMMAND": command})


def compile_directory(lock: Path, output: list[str]) -> Path:
    """Where the recorded command ran: the directory from which its `-o` names this lock."""
    if not output:
        return lock.parent
    named = Path(output[-1])
    if named.is_absolute():
        if named.resolve() != lock.resolve():
            raise InputError(f"its recorded command writes {named}, not this file", path=lock)
        return lock.parent
    parts = named.parts
    absolute = lock.resolve()
    if len(parts) > len(absolute.parts) or absolute.parts[-len(parts) :] != parts:
        raise InputError(
            f"its recorded command writes {named}, not this file ({lock.name})",
            path=lock,
            line=2,
            hint="run sscli fix on the file the command writes",
        )
    return absolute.parents[len(parts) - 1]
