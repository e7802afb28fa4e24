"""Places that run code without an import: console scripts and installed scripts that
shadow common tools, pytest plugins, a conftest.py shipped at the top of a wheel, in-tree
build backends and build hooks, shell scripts that download and run."""

from __future__ import annotations

import configparser

from sscli.ingest.code import vocabulary as v
from sscli.ingest.code.context import ArchiveContext
from sscli.ingest.code.model import Phase, rule

FAMILY = "autorun"
RULES = (
    rule("shadow-command", FAMILY, "installs a command named like a common tool (pip, python, "
         "git, ssh, sudo...), run instead of it", "high", "high"),
    rule("pytest-plugin", FAMILY, "registers a pytest plugin (imported by every pytest run)",
         "low", "low"),
    rule("conftest-shipped", FAMILY, "a conftest.py at the top of a wheel (pytest loads it "
         "from site-packages)", "medium", "medium"),
    rule("build-plugin", FAMILY, "registers a setuptools or distutils plugin (run by every "
         "later build on the machine)", "low", "low"),
    rule("build-hook", FAMILY, "code the build runs from the sdist (in-tree backend, cmdclass, "
         "build hook)", "low", "low"),
    rule("script-download", FAMILY, "an installed script that downloads and runs something",
         "medium", "medium"),
)  # fmt: skip

# command -> the projects that legitimately install it
SHADOWED = {
    "pip": {"pip"}, "pip3": {"pip"}, "python": set(), "python3": set(), "git": set(),
    "ssh": set(), "scp": set(), "sudo": set(), "su": set(), "ls": set(), "cp": set(),
    "mv": set(), "rm": set(), "cat": set(), "sh": set(), "bash": set(), "zsh": set(),
    "curl": set(), "wget": set(), "node": set(), "npm": set(), "apt": set(), "apt-get": set(),
    "yum": set(), "dnf": set(), "brew": set(), "systemctl": set(), "crontab": set(),
    "openssl": set(), "gpg": set(), "ps": set(), "which": set(), "env": set(), "id": set(),
    "whoami": set(), "chmod": set(), "tar": set(), "docker": set(), "kubectl": set(),
    "aws": {"awscli"}, "gcloud": set(), "az": {"azure-cli"}, "uv": {"uv"}, "uvx": {"uv"},
    "poetry": {"poetry"}, "pytest": {"pytest"}, "py.test": {"pytest"}, "conda": {"conda"},
    "twine": {"twine"}, "virtualenv": {"virtualenv"}, "pipx": {"pipx"}, "gh": set(),
    "make": set(), "gcc": set(), "cc": set(), "go": set(), "cargo": set(), "java": set(),
}  # fmt: skip


def _shadows(name: str, project: str | None) -> bool:
    base = name.lower().removesuffix(".exe").removesuffix(".py")
    if base.startswith(("pip3.", "python3.")):
        base = base.split(".")[0].rstrip("0123456789") or base
    owners = SHADOWED.get(base)
    return owners is not None and (project or "") not in owners


def scan(context: ArchiveContext) -> None:
    archive = context.archive
    project = context.project
    for member in archive.members:
        path = member.path
        parts = path.split("/")
        if (
            archive.kind == "wheel"
            and len(parts) == 2
            and parts[0].endswith(".dist-info")
            and parts[1] == "entry_points.txt"
        ):
            _entry_points(context, member.data.decode("utf-8", "replace"), path)
        elif (
            archive.kind == "wheel"
            and len(parts) >= 3
            and parts[0].endswith(".data")
            and parts[1] == "scripts"
        ):
            name = parts[-1]
            if _shadows(name, project):
                context.add(
                    "shadow-command", path, 0, Phase.RUNTIME, f"installs the command {name!r}", ""
                )
            text = member.data.decode("utf-8", "replace")
            if (
                member.complete and v.DOWNLOAD_COMMAND.search(text) and not text.startswith("#!")
            ) or (
                text.startswith("#!")
                and "python" not in text.split("\n", 1)[0]
                and v.DOWNLOAD_COMMAND.search(text)
            ):
                context.add(
                    "script-download", path, 0, Phase.RUNTIME, "script downloads and runs", ""
                )
        elif archive.kind == "wheel" and path == "conftest.py":
            context.add(
                "conftest-shipped",
                path,
                0,
                Phase.IMPORT,
                "conftest.py at the top of site-packages",
                "",
            )


def _entry_points(context: ArchiveContext, text: str, path: str) -> None:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",), strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        parser.read_string(text)
    except configparser.Error:
        return
    for section in parser.sections():
        for name, target in parser.items(section):
            if section in ("console_scripts", "gui_scripts") and _shadows(name, context.project):
                context.add(
                    "shadow-command",
                    path,
                    0,
                    Phase.RUNTIME,
                    f"console script {name!r} -> {target}",
                    f"{name} = {target}",
                )
            elif section in BUILD_PLUGIN_GROUPS:
                context.add(
                    "build-plugin",
                    path,
                    0,
                    Phase.INSTALL,
                    f"{section} plugin {name!r} -> {target}",
                    f"{name} = {target}",
                )
            elif section == "pytest11":
                context.add(
                    "pytest-plugin",
                    path,
                    0,
                    Phase.IMPORT,
                    f"pytest plugin {name!r} -> {target}",
                    f"{name} = {target}",
                )


# entry-point groups setuptools loads and calls in every build (of any project) once the
# distribution is installed: their targets run at the next `pip install` of an sdist
BUILD_PLUGIN_GROUPS = frozenset(
    {
        "setuptools.finalize_distribution_options",
        "distutils.setup_keywords",
        "distutils.commands",
        "egg_info.writers",
        "setuptools.file_finders",
        "setuptools.installation",
    }
)

# distutils.commands names a command by the name the build invokes: these projects define the
# commands every build runs (egg_info, build_py, bdist_wheel...), a plugin may not replace them
BUILD_COMMAND_OWNERS = frozenset({"setuptools", "wheel"})


def _entry_point_sections(context: ArchiveContext) -> configparser.ConfigParser | None:
    dist_info = context.archive.dist_info
    member = context.archive.get(f"{dist_info}/entry_points.txt") if dist_info else None
    if member is None:
        return None
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",), strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        parser.read_string(member.data.decode("utf-8", "replace"))
    except configparser.Error:
        return None
    return parser


def pytest_plugin_modules(context: ArchiveContext) -> set[str]:
    """Modules a wheel registers as pytest plugins (their hooks run in every pytest run)."""
    parser = _entry_point_sections(context)
    if parser is None or not parser.has_section("pytest11"):
        return set()
    return {target.split(":")[0].strip() for _name, target in parser.items("pytest11")}


def build_plugin_targets(context: ArchiveContext) -> set[tuple[str, str]]:
    """(module, qualname) of the setuptools plugins a wheel registers: called by later builds
    (qualname "" when the entry point names a module)."""
    parser = _entry_point_sections(context)
    out: set[tuple[str, str]] = set()
    if parser is None:
        return out
    for section in parser.sections():
        if section not in BUILD_PLUGIN_GROUPS:
            continue
        if section == "distutils.commands" and (context.project or "") in BUILD_COMMAND_OWNERS:
            continue  # the build's own commands, from the projects that define them
        for _name, target in parser.items(section):
            module, _, attr = target.split("[", 1)[0].partition(":")
            out.add((module.strip(), attr.strip()))
    return out
