"""The release against the previous release of the same project: what a hijacked account's
upload tends to change (litellm 1.82.8 added litellm_init.pth; takeovers add a new top-level
module, a binary, an install hook, or replace the package wholesale), when ordinary releases
rarely do. Only run when the previous release's archive of the same kind is at hand."""

from __future__ import annotations

from sscli.ingest.code.context import ArchiveContext
from sscli.ingest.code.model import Phase, rule
from sscli.ingest.code.release import ReleaseLayout, release_layout

FAMILY = "layout"
RULES = (
    rule("layout-new-pth-exec", FAMILY, "a .pth file with an executed line that the previous "
         "release did not ship (runs at every interpreter start)", "high", "high"),
    rule("layout-new-pth", FAMILY, "a .pth file that the previous release did not ship",
         "medium", "medium"),
    rule("layout-new-top-level", FAMILY, "a top-level module or package that the previous "
         "release did not install", "medium", "medium", not_installed=None),
    rule("layout-new-top-level-source", FAMILY, "a top-level module or package in an sdist "
         "that the previous sdist did not have (an sdist's root also holds its tooling)",
         "low", "low", not_installed=None),
    rule("layout-binary-appears", FAMILY, "executables or shared objects in a pure-Python "
         "wheel or an sdist whose previous release shipped none", "high", "high",
         not_installed="medium"),
    rule("layout-native-appears", FAMILY, "executables or shared objects in a release whose "
         "previous release shipped none", "medium", "medium"),
    rule("layout-new-binary", FAMILY, "an executable or shared object beside those the previous "
         "release shipped", "low", "low"),
    rule("layout-new-install-hook", FAMILY, "setup.py or a build hook (in-tree backend, "
         "cmdclass, hatch or poetry build script) that the previous release did not have",
         "medium", "medium"),
    rule("layout-new-backend", FAMILY, "another PEP 517 build backend than the previous "
         "release's", "low", "low"),
    rule("layout-replaced", FAMILY, "most of the previous release's modules are gone and as "
         "many new ones took their place", "medium", "medium"),
    rule("layout-previous-unreadable", FAMILY, "the previous release exists but could not be "
         "read to compare with (download failed, hash mismatch, unreadable archive)",
         "medium", "medium"),
    rule("layout-size-jump", FAMILY, "the release is many times the size of the previous one",
         "low", "low"),
)  # fmt: skip

KEPT_BELOW = 0.3  # share of the previous release's modules still there: under it, "replaced"
MIN_MODULES = 3  # fewer modules than this in the previous release: no "replaced" judgement
SIZE_FACTOR = 10
SIZE_MIN_GROWTH = 10 * 1024 * 1024
MAX_LISTED = 20  # findings of one rule listed one by one, then summed up


def scan(context: ArchiveContext, previous: ReleaseLayout) -> None:
    """Findings for what this archive adds or changes against `previous` (same project, an
    earlier version, the same kind of archive)."""
    current = release_layout(context.archive)
    if current.kind != previous.kind:
        return
    against = f"not in {previous.filename}"
    _new_pth(context, current, previous, against)
    new_top = sorted(set(current.top_level) - set(previous.top_level))
    _listed(
        context,
        "layout-new-top-level" if current.kind == "wheel" else "layout-new-top-level-source",
        [(current.top_level[name], f"new top-level name {name!r}, {against}") for name in new_top],
        Phase.IMPORT,
    )
    _binaries(context, current, previous, against)
    _hooks(context, current, previous)
    _replaced(context, current, previous)
    if (
        previous.size
        and current.size > SIZE_FACTOR * previous.size
        and current.size - previous.size > SIZE_MIN_GROWTH
    ):
        context.add(
            "layout-size-jump",
            context.archive.filename,
            0,
            Phase.RUNTIME,
            f"{current.size} bytes unpacked, {current.size // previous.size} times the "
            f"{previous.size} of {previous.filename}",
            "",
        )


def _new_pth(
    context: ArchiveContext, current: ReleaseLayout, previous: ReleaseLayout, against: str
) -> None:
    for name, path in sorted(current.pth.items()):
        if name in previous.pth:
            continue
        executes = name in current.pth_exec
        context.add(
            "layout-new-pth-exec" if executes else "layout-new-pth",
            path,
            0,
            Phase.STARTUP,
            f"new .pth file{' with an executed line' if executes else ''}, {against}",
            _first_line(context, path) if executes else "",
        )


def _binaries(
    context: ArchiveContext, current: ReleaseLayout, previous: ReleaseLayout, against: str
) -> None:
    new = sorted(set(current.binaries) - set(previous.binaries))
    if not new:
        return
    if not previous.binaries:
        first = "layout-binary-appears" if context.pure or current.kind == "sdist" else None
        rule_id = first or "layout-native-appears"
        message = f"{len(new)} executable(s) or shared object(s); {previous.filename} had none"
    else:
        rule_id, message = "layout-new-binary", f"new binary, {against}"
    items = [(current.binaries[name], message) for name in new]
    for path, text in items[:MAX_LISTED]:
        context.add(rule_id, path, 0, context.phases.get(path, Phase.RUNTIME), text, "")
    if len(items) > MAX_LISTED:
        context.add(
            rule_id,
            context.archive.filename,
            0,
            Phase.RUNTIME,
            f"and {len(items) - MAX_LISTED} more new binaries",
            "",
        )


def _hooks(context: ArchiveContext, current: ReleaseLayout, previous: ReleaseLayout) -> None:
    if current.kind != "sdist":
        return
    for hook in sorted(current.install_hooks - previous.install_hooks):
        where = "setup.py" if hook == "setup.py" else _hook_file(hook)
        context.add(
            "layout-new-install-hook",
            where,
            0,
            Phase.INSTALL,
            f"{hook}: new since {previous.filename}",
            "",
        )
    if current.backend != previous.backend:
        context.add(
            "layout-new-backend",
            "pyproject.toml",
            0,
            Phase.INSTALL,
            f"build backend {current.backend or 'setuptools (legacy)'}, was "
            f"{previous.backend or 'setuptools (legacy)'} in {previous.filename}",
            "",
        )


def _replaced(context: ArchiveContext, current: ReleaseLayout, previous: ReleaseLayout) -> None:
    if len(previous.modules) < MIN_MODULES:
        return
    kept = previous.modules & current.modules
    added = current.modules - previous.modules
    share = len(kept) / len(previous.modules)
    if share < KEPT_BELOW and len(added) >= max(len(kept), 1):
        context.add(
            "layout-replaced",
            context.archive.filename,
            0,
            Phase.IMPORT,
            f"{len(kept)} of the {len(previous.modules)} modules of {previous.filename} are "
            f"left ({share:.0%}); {len(added)} are new",
            "",
        )


def _listed(
    context: ArchiveContext, rule_id: str, items: list[tuple[str, str]], phase: Phase
) -> None:
    for path, message in items[:MAX_LISTED]:
        context.add(rule_id, path, 0, phase, message, "")
    if len(items) > MAX_LISTED:
        context.add(
            rule_id,
            context.archive.filename,
            0,
            phase,
            f"and {len(items) - MAX_LISTED} more",
            "",
        )


def _hook_file(hook: str) -> str:
    if hook.startswith("setup.cfg"):
        return "setup.cfg"
    return "pyproject.toml"


def _first_line(context: ArchiveContext, path: str) -> str:
    member = context.archive.get(path)
    if member is None:
        return ""
    for line in member.data.decode("utf-8", "replace").splitlines():
        if line.startswith(("import ", "import\t")):
            return line
    return ""
