"""Where each file of an archive ends up, hence when its code runs: the module name it is
imported as, and the phase its top level runs in (setup.py and in-tree build backends and
hooks at install time, .pth files at start-up, installed modules at import, scripts and tests
of a wheel at runtime, tests, docs and examples of an sdist never)."""

from __future__ import annotations

import configparser
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from sscli.ingest.code.members import Archive
from sscli.ingest.code.model import Phase

NOT_INSTALLED_DIRS = frozenset(
    {
        "tests", "test", "testing", "docs", "doc", "examples", "example", "benchmarks",
        "benchmark", "bench", ".github", ".gitlab", ".circleci", "ci", "notebooks",
        "demos", "samples", "tutorials", "tutorial", "asv_bench", "tools", "dev",
        "devtools", "contrib", ".ci", "requirements", "subprojects", "script", "scripts",
    }
)  # fmt: skip
NOT_INSTALLED_ROOT_FILES = frozenset(
    {"conftest.py", "noxfile.py", "tasks.py", "fabfile.py", "runtests.py", "dodo.py",
     "toxfile.py", "pavement.py"}
)  # fmt: skip
STARTUP_MODULES = frozenset({"sitecustomize.py", "usercustomize.py"})
TEST_DIRS = frozenset({"tests", "test", "testing"})
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\Z")
_WORDS = re.compile(r"[ _.-]+")


def _test_dir(name: str) -> bool:
    """A directory of tests by its name or one of its words ("manual tests", "unit_tests");
    importing one from installed code still makes it import-time (the engine follows imports)."""
    return name in TEST_DIRS or not TEST_DIRS.isdisjoint(_WORDS.split(name.lower()))


@dataclass
class Placement:
    """Where a file of the archive ends up: the module it is imported as, and when its code runs."""

    module: str | None  # dotted module name, None when it is not importable
    package: str  # what relative imports start from
    phase: Phase  # when its top level runs, before following imports
    all_functions: Phase | None = None  # install-time files: every function runs then


@dataclass
class Layout:
    """The files an sdist's build runs at install time, and the hooks that make them run."""

    install_modules: set[str] = field(default_factory=set)  # run by the build (cmdclass...)
    install_files: set[str] = field(default_factory=set)
    hooks: list[str] = field(default_factory=list)  # what makes them run, for the report


def _module_of(parts: list[str]) -> tuple[str | None, str]:
    if not parts or not parts[-1].endswith((".py", ".pyw")):
        return None, ""
    stem = parts[-1].rsplit(".", 1)[0]
    names = [*parts[:-1], stem] if stem != "__init__" else parts[:-1]
    if not names or not all(_IDENT.match(n) for n in names):
        return None, ""
    package = ".".join(names if stem == "__init__" else names[:-1])
    return ".".join(names), package


def sdist_layout(archive: Archive) -> Layout:
    """The install-time hooks an sdist declares: an in-tree PEP 517 backend, cmdclass
    overrides in setup.cfg or pyproject.toml, hatch and pdm build hooks."""
    layout = Layout()
    pyproject = archive.get("pyproject.toml")
    if pyproject is not None and pyproject.complete:
        try:
            document = tomllib.loads(pyproject.data.decode("utf-8", "replace"))
        except tomllib.TOMLDecodeError:
            document = {}
        system = document.get("build-system", {}) if isinstance(document, dict) else {}
        backend = system.get("build-backend") if isinstance(system, dict) else None
        paths = system.get("backend-path") if isinstance(system, dict) else None
        if isinstance(backend, str) and isinstance(paths, list):
            module = backend.split(":")[0].strip()
            for base in paths:
                if isinstance(base, str):
                    prefix = base.strip("./")
                    layout.install_modules.add(module)
                    layout.install_files.add(f"{prefix}/" if prefix else "")
            layout.hooks.append(f"in-tree build backend {module} (backend-path {paths})")
        tool = document.get("tool", {}) if isinstance(document, dict) else {}
        if isinstance(tool, dict):
            cmdclass = (
                tool.get("setuptools", {}).get("cmdclass", {})
                if isinstance(tool.get("setuptools"), dict)
                else {}
            )
            for target in cmdclass.values() if isinstance(cmdclass, dict) else ():
                if isinstance(target, str):
                    layout.install_modules.add(target.rsplit(".", 1)[0])
                    layout.hooks.append(f"cmdclass {target}")
            _hatch_hooks(tool.get("hatch"), layout)
            poetry = tool.get("poetry")
            build = poetry.get("build") if isinstance(poetry, dict) else None
            script = (
                build.get("script")
                if isinstance(build, dict)
                else build
                if isinstance(build, str)
                else None
            )
            if isinstance(script, str):
                layout.install_files.add(script)
                layout.hooks.append(f"poetry build script {script}")
    setup_cfg = archive.get("setup.cfg")
    if setup_cfg is not None and setup_cfg.complete:
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read_string(setup_cfg.data.decode("utf-8", "replace"))
            value = parser.get("options", "cmdclass", fallback="")
            # setuptools reads the [options.cmdclass] section: `install = pkg.module.Class`
            if parser.has_section("options.cmdclass"):
                value += "\n" + "\n".join(f"{k} = {v}" for k, v in parser.items("options.cmdclass"))
        except configparser.Error:
            value = ""
        for line in value.splitlines():
            if "=" in line:
                target = line.split("=", 1)[1].strip()
                layout.install_modules.add(target.rsplit(".", 1)[0])
                layout.hooks.append(f"setup.cfg cmdclass {target}")
    for name in (
        "setup.py",
        "hatch_build.py",
        "pdm_build.py",
        "build.py" if "build.py" in layout.install_files else "setup.py",
    ):
        if archive.get(name) is not None:
            layout.install_files.add(name)
    return layout


def _hatch_hooks(hatch: object, layout: Layout) -> None:
    if not isinstance(hatch, dict):
        return
    found: list[dict[str, object]] = []
    build = hatch.get("build")
    if isinstance(build, dict):
        hooks = build.get("hooks")
        if isinstance(hooks, dict) and isinstance(hooks.get("custom"), dict):
            found.append(hooks["custom"])
        targets = build.get("targets")
        for target in targets.values() if isinstance(targets, dict) else ():
            hooks = target.get("hooks") if isinstance(target, dict) else None
            if isinstance(hooks, dict) and isinstance(hooks.get("custom"), dict):
                found.append(hooks["custom"])
    metadata = hatch.get("metadata")
    if isinstance(metadata, dict):
        hooks = metadata.get("hooks")
        if isinstance(hooks, dict) and isinstance(hooks.get("custom"), dict):
            found.append(hooks["custom"])
    for hook in found:
        path = hook.get("path", "hatch_build.py")
        if isinstance(path, str):
            layout.install_files.add(path.lstrip("./"))
            layout.hooks.append(f"hatch build hook {path}")


def place(path: str, archive: Archive, layout: Layout) -> Placement:
    parts = path.split("/")
    if archive.kind == "wheel":
        return _place_wheel(parts)
    return _place_sdist(path, parts, layout)


def _place_wheel(parts: list[str]) -> Placement:
    if len(parts) >= 3 and parts[0].endswith(".data"):
        if parts[1] in ("purelib", "platlib"):
            parts = parts[2:]
        else:
            return Placement(None, "", Phase.RUNTIME)  # scripts, data, headers
    if parts[0].endswith(".dist-info"):
        return Placement(None, "", Phase.RUNTIME)
    module, package = _module_of(parts)
    if len(parts) == 1 and parts[0].endswith(".pth"):
        return Placement(None, "", Phase.STARTUP)
    if len(parts) == 1 and parts[0] in STARTUP_MODULES:  # `site` imports it at every start
        return Placement(module, package, Phase.STARTUP)
    if any(_test_dir(p) for p in parts[:-1]) or parts[-1] == "__main__.py":  # python -m
        return Placement(module, package, Phase.RUNTIME)
    return Placement(module, package, Phase.IMPORT)


def _place_sdist(path: str, parts: list[str], layout: Layout) -> Placement:
    if path in layout.install_files or any(
        f.endswith("/") and path.startswith(f) for f in layout.install_files
    ):
        module, package = _module_of(parts)
        return Placement(module, package, Phase.INSTALL, Phase.INSTALL)
    if parts[0] in NOT_INSTALLED_DIRS or (len(parts) == 1 and parts[0] in NOT_INSTALLED_ROOT_FILES):
        module, package = _module_of(parts)  # named, so that what install code imports counts
        return Placement(module, package, Phase.NOT_INSTALLED)
    if parts[0] == "src" and len(parts) > 1:
        parts = parts[1:]
    if parts[-1].endswith(".pth") and len(parts) == 1:
        return Placement(None, "", Phase.STARTUP)
    module, package = _module_of(parts)
    if len(parts) == 1 and parts[0] in STARTUP_MODULES:
        return Placement(module, package, Phase.STARTUP)
    if module is not None and module in layout.install_modules:
        return Placement(module, package, Phase.INSTALL, Phase.INSTALL)
    if any(_test_dir(p) for p in parts[:-1]) or parts[-1] == "__main__.py":
        return Placement(module, package, Phase.RUNTIME)
    return Placement(module, package, Phase.IMPORT)


def is_test_path(path: str) -> bool:
    return any(_test_dir(p) for p in PurePosixPath(path).parts[:-1])
