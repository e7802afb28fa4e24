"""What part of a lock an inventory describes: groups, extras, workspace packages and targets.

One semantics for every lock format, the runtime view by default: what installing the
project's runtime for the target installs (the root project's dependencies, extras followed on
edges, no dependency groups, no project extras), as `uv sync --no-default-groups` and
`poetry install --only main` do. The options are named as uv and poetry name them.
"""

from __future__ import annotations

import platform as _platform
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sscli.errors import UsageError
from sscli.inventory.markers import MarkerScope, default_environment
from sscli.inventory.model import canonical_name as canonicalize_name

_VERSION = re.compile(r"^3\.([0-9]{1,2})(?:\.([0-9]{1,3}))?\Z")
_MANYLINUX = re.compile(r"^(?:many|musl)linux_\d+_\d+_(\w+)$|^manylinux(?:1|2010|2014)_(\w+)$")
_MACOS = re.compile(r"^macosx_\d+_\d+_(\w+)$")
_LINUX_TAG = re.compile(r"^linux_(\w+)$")
# uv's --python-platform short names
_ALIASES = {
    "linux": "x86_64-unknown-linux-gnu",
    "windows": "x86_64-pc-windows-msvc",
    "macos": "aarch64-apple-darwin",
}
_OS = {
    "linux": {"os_name": "posix", "sys_platform": "linux", "platform_system": "Linux"},
    "darwin": {"os_name": "posix", "sys_platform": "darwin", "platform_system": "Darwin"},
    "windows": {"os_name": "nt", "sys_platform": "win32", "platform_system": "Windows"},
}
_WINDOWS_MACHINES = {"x86_64": "AMD64", "amd64": "AMD64", "aarch64": "ARM64", "arm64": "ARM64"}


@dataclass(frozen=True)
class Platform:
    """A target platform: its marker values and the wheel platform tags it installs."""

    text: str
    os: str  # linux, darwin, windows
    machine: str  # platform_machine as that OS reports it
    wheel_tags: tuple[str, ...]

    def markers(self) -> dict[str, str]:
        return {
            **_OS[self.os],
            "platform_machine": self.machine,
            "platform_release": "",
            "platform_version": "",
        }


def parse_platform(text: str) -> Platform:
    """A platform from a uv name (`linux`, `windows`, `macos`, `aarch64-apple-darwin`,
    `x86_64-unknown-linux-gnu`, ...) or a wheel platform tag (`manylinux_2_17_x86_64`,
    `macosx_11_0_arm64`, `win_amd64`, ...)."""
    value = text.strip()
    triple = _ALIASES.get(value.lower(), value)
    parts = triple.split("-")
    if len(parts) >= 3 and parts[0] and not triple.startswith(("win", "manylinux", "musllinux")):
        arch = parts[0].lower()
        rest = "-".join(parts[1:]).lower()
        if "linux" in rest:
            base = "musllinux" if "musl" in rest else "manylinux"
            floor = "1_2" if base == "musllinux" else "2_28"
            tags = _linux_tags(base, floor, arch)
            return Platform(text, "linux", arch, tags)
        if "darwin" in rest or "apple" in rest:
            machine = "arm64" if arch in ("aarch64", "arm64") else arch
            tags = tuple(
                f"macosx_{v}_0_{m}" for v in range(15, 10, -1) for m in (machine, "universal2")
            )
            return Platform(text, "darwin", machine, tags)
        if "windows" in rest:
            machine = _WINDOWS_MACHINES.get(arch, arch)
            tag = {"AMD64": "win_amd64", "ARM64": "win_arm64"}.get(machine, "win32")
            return Platform(text, "windows", machine, (tag,))
    return _from_wheel_tag(text, value)


def _linux_tags(base: str, floor: str, arch: str) -> tuple[str, ...]:
    if base == "musllinux":
        return (*(f"musllinux_1_{minor}_{arch}" for minor in (2, 1)), f"linux_{arch}")
    top = int(floor.split("_")[1])
    return (
        *(f"manylinux_2_{minor}_{arch}" for minor in range(top, 4, -1)),
        f"manylinux2014_{arch}",
        f"manylinux2010_{arch}",
        f"manylinux1_{arch}",
        f"linux_{arch}",
    )


def _from_wheel_tag(text: str, value: str) -> Platform:
    tag = value.lower()
    if tag in ("win_amd64", "win_arm64", "win32"):
        machine = {"win_amd64": "AMD64", "win_arm64": "ARM64", "win32": "x86"}[tag]
        return Platform(text, "windows", machine, (tag,))
    for pattern, os_name in ((_MANYLINUX, "linux"), (_LINUX_TAG, "linux"), (_MACOS, "darwin")):
        match = pattern.match(tag)
        if match:
            machine = next(g for g in match.groups() if g)
            if os_name == "darwin" and machine in ("universal2", "universal", "intel"):
                machine = "x86_64" if machine == "intel" else "arm64"
            return Platform(text, os_name, machine, (tag,))
    raise UsageError(
        f"unknown platform {text!r}",
        hint="use linux, windows, macos, a target such as aarch64-apple-darwin, or a wheel "
        "platform tag such as manylinux_2_17_x86_64, macosx_11_0_arm64, win_amd64",
    )


@dataclass(frozen=True)
class Target:
    """One environment to install for: a Python version and a platform; what is not given is
    the running interpreter's."""

    python_version: str | None = None
    platform: Platform | None = None

    def environment(self) -> dict[str, str]:
        environment = default_environment()
        if self.python_version is not None:
            match = _VERSION.match(self.python_version)
            if match is None:
                raise UsageError(
                    f"--python-version {self.python_version!r}: give 3.X or 3.X.Y (e.g. 3.12)"
                )
            minor, micro = match.group(1), match.group(2) or "0"
            environment["python_version"] = f"3.{minor}"
            environment["python_full_version"] = f"3.{minor}.{micro}"
        if self.platform is not None:
            environment.update(self.platform.markers())
        return environment

    def label(self) -> str:
        python = self.python_version or _platform.python_version()
        where = self.platform.text if self.platform else f"{_platform.system().lower()} (running)"
        return f"python {python} on {where}"


@dataclass(frozen=True)
class Selection:
    """The groups, extras, workspace packages and targets an inventory describes.

    Names are normalized (PEP 503 / PEP 685). `universal` describes everything locked, with no
    target: markers on the target environment are kept, not evaluated.
    """

    groups: frozenset[str] = frozenset()
    all_groups: bool = False
    extras: frozenset[str] = frozenset()
    all_extras: bool = False
    packages: tuple[str, ...] = ()
    all_packages: bool = False
    targets: tuple[Target, ...] = (Target(),)
    universal: bool = False
    allow_unpinned: bool = False
    _environments: list[dict[str, str]] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def create(
        cls,
        *,
        groups: Iterable[str] = (),
        all_groups: bool = False,
        extras: Iterable[str] = (),
        all_extras: bool = False,
        packages: Iterable[str] = (),
        all_packages: bool = False,
        python_version: str | None = None,
        platforms: Iterable[str] = (),
        universal: bool = False,
        allow_unpinned: bool = False,
    ) -> Selection:
        """A selection from command-line values, checked: contradictions are usage errors."""
        platform_list = [parse_platform(p) for p in platforms]
        if universal and (platform_list or python_version):
            raise UsageError("--universal describes every target: drop --platform/--python-version")
        if packages and all_packages:
            raise UsageError("--package and --all-packages exclude each other")
        if groups and all_groups:
            raise UsageError("--group and --all-groups exclude each other")
        if extras and all_extras:
            raise UsageError("--extra and --all-extras exclude each other")
        targets = tuple(Target(python_version, p) for p in platform_list) or (
            Target(python_version),
        )
        selection = cls(
            groups=frozenset(_names(groups, "--group")),
            all_groups=all_groups,
            extras=frozenset(_names(extras, "--extra")),
            all_extras=all_extras,
            packages=tuple(dict.fromkeys(_names(packages, "--package"))),
            all_packages=all_packages,
            targets=targets,
            universal=universal,
            allow_unpinned=allow_unpinned,
        )
        selection.environments()  # a bad --python-version fails here, before any reading
        return selection

    @classmethod
    def for_environment(cls, environment: Mapping[str, str]) -> Selection:
        """The runtime for one explicit marker environment (an interpreter's, or a test's)."""
        selection = cls()
        selection._environments.append(dict(environment))
        return selection

    @property
    def runtime_only(self) -> bool:
        """True when no group and no extra is asked for (the default)."""
        return not (self.groups or self.all_groups or self.extras or self.all_extras)

    def environments(self) -> list[dict[str, str]]:
        if not self._environments:
            self._environments.extend(t.environment() for t in self.targets)
        return self._environments

    def scopes(self) -> list[MarkerScope]:
        """One marker scope per target (one target-less scope in universal mode)."""
        if self.universal:
            return [MarkerScope(None)]
        return [MarkerScope(environment) for environment in self.environments()]

    def wanted_groups(self, available: Iterable[str]) -> frozenset[str]:
        names = frozenset(canonicalize_name(g) for g in available)
        return names if self.all_groups else self.groups & names

    def wanted_extras(self, available: Iterable[str]) -> frozenset[str]:
        names = frozenset(canonicalize_name(e) for e in available)
        return names if self.all_extras else self.extras & names

    def properties(self) -> tuple[tuple[str, str], ...]:
        """How the SBOM records the selection (CycloneDX metadata properties)."""
        props: list[tuple[str, str]] = []
        groups = "*" if self.all_groups else ",".join(sorted(self.groups))
        extras = "*" if self.all_extras else ",".join(sorted(self.extras))
        packages = "*" if self.all_packages else ",".join(self.packages)
        props.append(("sscli:selection:groups", groups or "(none)"))
        props.append(("sscli:selection:extras", extras or "(none)"))
        if packages:
            props.append(("sscli:selection:packages", packages))
        if self.universal:
            props.append(("sscli:selection:target", "universal"))
        else:
            props.extend(("sscli:selection:target", _target_text(e)) for e in self.environments())
        return tuple(props)

    def check_known(
        self, *, groups: Iterable[str], extras: Iterable[str], where: object = None
    ) -> None:
        """A group or extra asked for by name that the project does not define is a usage
        error (as in uv), naming what there is."""
        for kind, wanted, known in (
            ("group", self.groups, frozenset(canonicalize_name(g) for g in groups)),
            ("extra", self.extras, frozenset(canonicalize_name(e) for e in extras)),
        ):
            missing = sorted(wanted - known)
            if missing:
                there = ", ".join(sorted(known)) or "none"
                raise UsageError(
                    f"no {kind} named {', '.join(missing)} (defined: {there})",
                    path=str(where) if where is not None else None,
                )


def _names(values: Iterable[str], option: str) -> list[str]:
    names: list[str] = []
    for value in values:
        if not re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?", value or ""):
            raise UsageError(f"{option} {value!r} is not a valid name")
        names.append(canonicalize_name(value))
    return names


def _target_text(environment: Mapping[str, str]) -> str:
    return (
        f"python_full_version={environment.get('python_full_version', '')};"
        f"sys_platform={environment.get('sys_platform', '')};"
        f"platform_machine={environment.get('platform_machine', '')}"
    )
