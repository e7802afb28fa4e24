"""Inspect the code of one wheel or sdist without running it: place every file (when its
code runs), walk each Python file's AST once, follow what runs by itself (module bodies, the
functions they call, decorate with or hand over; the package modules they import; what .pth
lines import; what setup.py and build hooks run) and let the rule families judge it."""

from __future__ import annotations

import ast
import contextlib
import gc
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sscli.ingest.code import vocabulary as v
from sscli.ingest.code.context import ArchiveContext
from sscli.ingest.code.flow import (
    Event,
    Foreign,
    ModuleFlow,
    ModuleWalker,
    Scope,
    TooComplex,
    exports,
    obscured_identifiers,
    uses,
)
from sscli.ingest.code.members import Archive, Member, UnreadableArchive, read_archive
from sscli.ingest.code.model import PHASE_RANK, SEVERITIES, Finding, Phase, escape_snippet
from sscli.ingest.code.parse import Unparsable, salvage
from sscli.ingest.code.placement import Layout, Placement, place, sdist_layout
from sscli.ingest.code.registry import EVENT_JUDGES, rules
from sscli.ingest.code.release import ReleaseLayout
from sscli.ingest.code.rules import autorun, files, metadata, obfuscation
from sscli.ingest.code.rules import layout as release_rules

MAX_NESTED_CODE = 3  # python -c "exec(...)" inside a .pth inside ...


@dataclass
class CodeReport:
    """The code inspection of one archive: its findings, how much it analysed, how long it took."""

    filename: str
    findings: list[Finding] = field(default_factory=list)
    files_analysed: int = 0
    seconds: float = 0.0
    error: str | None = None  # the archive could not be read at all
    previous: str | None = None  # the previous release's archive its layout was compared with

    def to_json(self) -> dict[str, Any]:
        return {
            "filename": self.filename,
            "files_analysed": self.files_analysed,
            "seconds": round(self.seconds, 3),
            "error": self.error,
            "previous": self.previous,
            "findings": [f.to_json() for f in self.findings],
        }


class _Lines:
    """A source's lines, split only when a finding quotes one."""

    __slots__ = ("_data", "_lines")

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._lines: list[str] | None = None

    def __getitem__(self, number: int) -> str:
        """Line `number` (1-based) stripped, "" when there is none."""
        if self._lines is None:
            self._lines = self._data.decode("utf-8", "replace").splitlines()
        if 0 < number <= len(self._lines):
            return self._lines[number - 1].strip()
        return ""


@dataclass
class _Module:
    """Code of the archive (a Python file, .pth lines, nested code), analysed: where it is installed
    and what it does."""

    path: str
    placement: Placement
    flow: ModuleFlow
    lines: _Lines
    name: str  # dotted, or a pseudo name for .pth lines and nested code


def inspect_code(
    path: Path,
    filename: str | None = None,
    project: str | None = None,
    previous: ReleaseLayout | None = None,
) -> CodeReport:
    """Every finding in the archive's code (never raises for hostile content); with
    `previous`, the layout of the project's previous release, what changed since."""
    name = filename or path.name
    started = time.process_time()
    report = CodeReport(name, previous=previous.filename if previous is not None else None)
    with _no_cyclic_gc():
        try:
            archive = read_archive(path, name)
        except UnreadableArchive as exc:
            report.error = f"unreadable archive: {exc}"
            return report
        report.findings, report.files_analysed = _inspect(archive, project, previous)
    report.seconds = time.process_time() - started
    return report


_GC_LOCK = threading.Lock()
_GC_USERS = 0


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Millions of small AST and label objects, all alive until the end: the cyclic collector
    would rescan them over and over (3x the parse time on litellm); nothing here makes cycles
    that outlive the inspection, and reference counting frees the rest."""
    global _GC_USERS  # noqa: PLW0603 - one switch for the whole process
    with _GC_LOCK:
        _GC_USERS += 1
        if _GC_USERS == 1:
            was_enabled = gc.isenabled()
            gc.disable()
            _GC_STATE[0] = was_enabled
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_USERS -= 1
            if _GC_USERS == 0 and _GC_STATE[0]:
                gc.enable()


_GC_STATE = [True]


def _pure(archive: Archive) -> bool:
    if archive.kind != "wheel":
        return False
    dist_info = archive.dist_info
    wheel = archive.get(f"{dist_info}/WHEEL") if dist_info else None
    text = wheel.data.decode("utf-8", "replace") if wheel is not None else ""
    purelib = "root-is-purelib: true" in text.lower()
    tags = [
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if line.lower().startswith("tag:")
    ]
    return purelib and bool(tags) and all(t.endswith("-any") for t in tags)


class _Collector:
    def __init__(self) -> None:
        self.found: dict[tuple[str, str, int], Finding] = {}

    def add(  # noqa: PLR0917
        self, rule_id: str, file: str, line: int, phase: Phase, message: str, snippet: str
    ) -> None:
        rule = rules()[rule_id]
        severity = rule.severity(phase)
        if severity is None:
            return
        finding = Finding(rule_id, severity, file, line, phase, message, escape_snippet(snippet))
        key = (rule_id, file, line)
        old = self.found.get(key)
        if (
            old is None
            or SEVERITIES.index(severity) > SEVERITIES.index(old.severity)
            or (severity == old.severity and PHASE_RANK[phase] > PHASE_RANK[old.phase])
        ):
            self.found[key] = finding


def _inspect(
    archive: Archive, project: str | None, previous: ReleaseLayout | None = None
) -> tuple[list[Finding], int]:
    collector = _Collector()
    binaries = frozenset(
        m.path.rsplit("/", 1)[-1]
        for m in archive.members
        if m.data.startswith((b"\x7fELF", b"MZ", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa"))
    )
    context = ArchiveContext(
        archive, _pure(archive), project, bundled_binaries=binaries, add=collector.add
    )
    layout = sdist_layout(archive) if archive.kind == "sdist" else Layout()
    modules: dict[str, _Module] = {}
    pseudo: list[_Module] = []
    analysed = 0
    deferred: list[tuple[Member, Placement]] = []  # never installed: only if install code imports
    for member in archive.members:
        placement = place(member.path, archive, layout)
        context.phases[member.path] = placement.phase
        lower = member.path.lower()
        if lower.endswith((".py", ".pyw")) or (
            ".data/scripts/" in member.path
            and member.data.startswith(b"#!")
            and b"python" in member.data.split(b"\n", 1)[0]
        ):
            if not member.complete:
                collector.add(
                    "unanalysed",
                    member.path,
                    0,
                    placement.phase,
                    f"{member.size} bytes, over the analysis limit",
                    "",
                )
                continue
            if placement.phase is Phase.NOT_INSTALLED:
                deferred.append((member, placement))
                continue
            analysed += _add_module(member, placement, collector, modules, pseudo)
        elif lower.endswith(".pth") and member.complete:
            pseudo.extend(_pth(member.path, member.data, placement, collector))
    imported = {
        name
        for module in modules.values()
        if module.placement.phase is Phase.INSTALL
        for scope in module.flow.scopes.values()
        for target in scope.imports
        for name in _parents(target)
    }
    for member, placement in deferred:
        if placement.module in imported:
            analysed += _add_module(member, placement, collector, modules, pseudo)
    _across_modules(modules, archive)
    for hook in layout.hooks:
        collector.add(
            "build-hook",
            "pyproject.toml" if "setup.cfg" not in hook else "setup.cfg",
            0,
            Phase.INSTALL,
            hook,
            "",
        )
    phases = _propagate(
        modules,
        pseudo,
        layout,
        autorun.pytest_plugin_modules(context),
        autorun.build_plugin_targets(context),
    )
    for module in [*modules.values(), *pseudo]:
        for qualname, scope in module.flow.scopes.items():
            phase = phases.get((module.name, qualname)) or _default_phase(module, qualname)
            _judge(module, scope, phase, context, collector, 0)
    files.scan(context)
    autorun.scan(context)
    metadata.scan(context)
    if previous is not None:
        release_rules.scan(context, previous)
    return sorted(
        collector.found.values(), key=lambda f: (-SEVERITIES.index(f.severity), f.file, f.line)
    ), analysed


def _across_modules(modules: dict[str, _Module], archive: Archive) -> None:
    """Modules that use what a sibling module exports (an alias of exec, a decoder helper, a
    function returning downloaded data) are walked again knowing it."""
    foreign = Foreign()
    worth: set[str] = set()
    for name, module in modules.items():
        worth |= exports(name, module.flow, foreign)
    if not worth:
        return
    for name, module in modules.items():
        # what runs by itself: a module's top level (its functions mostly run when called),
        # every function of install-time code
        if not uses(module.flow, worth, top_only=module.placement.all_functions is None):
            continue
        member = archive.get(module.path)
        if member is None:
            continue
        try:
            tree = salvage(member.data, module.path).tree
            module.flow = _walk(tree, name, module.placement.package, foreign)
        except (Unparsable, RecursionError):
            continue  # reported by the first walk


def _add_module(
    member: Member,
    placement: Placement,
    collector: _Collector,
    modules: dict[str, _Module],
    pseudo: list[_Module],
) -> int:
    module = _analyse(member.path, member.data, placement, collector)
    if module is not None:
        if placement.module and placement.module not in modules:
            modules[placement.module] = module
        else:
            pseudo.append(module)
    return 1


def _default_phase(module: _Module, qualname: str) -> Phase:
    placement = module.placement
    if placement.all_functions is not None:
        return placement.all_functions
    if qualname == "":
        return placement.phase
    if placement.phase is Phase.NOT_INSTALLED:
        return Phase.NOT_INSTALLED
    return Phase.RUNTIME


def _analyse(
    path: str, data: bytes, placement: Placement, collector: _Collector, name: str | None = None
) -> _Module | None:
    phase = placement.all_functions or placement.phase
    try:
        parsed = salvage(data, path)
    except Unparsable as exc:
        rule = "unanalysed" if "limit" in str(exc) or "nested" in str(exc) else "unparsable"
        collector.add(rule, path, 0, _unread_phase(placement, phase), str(exc), "")
        return None
    if parsed.problem is not None:
        rule = "unparsable-python2" if parsed.python2 else "unparsable"
        collector.add(rule, path, 0, _unread_phase(placement, phase), parsed.problem, "")
    lines = _Lines(data)
    try:
        flow = _walk(parsed.tree, name or placement.module or path, placement.package)
    except RecursionError:
        collector.add("unanalysed", path, 0, phase, "too deeply nested to analyse", "")
        return None
    except TooComplex as exc:
        collector.add("unanalysed", path, 0, phase, str(exc), "")
        return None
    except Exception as exc:
        collector.add(
            "unanalysed", path, 0, phase, f"the analyser failed: {type(exc).__name__}", ""
        )
        return None
    if not data.isascii():
        for line, identifier in obscured_identifiers(data.decode("utf-8", "replace")):
            collector.add(
                "obscured-identifier",
                path,
                line,
                phase,
                f"identifier {identifier!r} folds to ASCII",
                lines[line],
            )
    if phase is not Phase.NOT_INSTALLED:
        for rule_id, line, message in obfuscation.scan_source(data):
            collector.add(rule_id, path, line, phase, message, lines[line][:120])
    return _Module(path, placement, flow, lines, name or placement.module or path)


_DEEP_LOCK = threading.Lock()
DEEP_RECURSION = 30_000  # what the walk of a module CPython itself compiles may need
_DEEP_STACK = 512 * 1024 * 1024


def _walk(
    tree: ast.Module, module: str, package: str, foreign: Foreign | None = None
) -> ModuleFlow:
    """The module's flow; a module nested deeper than the interpreter's recursion limit allows
    (CPython compiles a 990-deep expression) is walked again on a thread with a deep stack."""
    try:
        return ModuleWalker(tree, module, package, foreign).run()
    except RecursionError:
        pass
    result: list[ModuleFlow] = []
    failure: list[BaseException] = []

    def walk() -> None:
        try:
            result.append(ModuleWalker(tree, module, package, foreign).run())
        except BaseException as exc:  # handed back to the caller's thread
            failure.append(exc)

    with _DEEP_LOCK:
        old_limit, old_stack = sys.getrecursionlimit(), threading.stack_size()
        try:
            threading.stack_size(_DEEP_STACK)
            sys.setrecursionlimit(max(old_limit, DEEP_RECURSION))
            thread = threading.Thread(target=walk, name="sscli-deep-walk")
            thread.start()
            thread.join()
        finally:
            sys.setrecursionlimit(old_limit)
            threading.stack_size(old_stack)
    if failure:
        raise failure[0]
    return result[0]


def _unread_phase(placement: Placement, phase: Phase) -> Phase:
    """When a file that could not be read would run: an installed file no import can name
    (`src/__init__.py` with no package around it, `my-module.py`) runs only when something
    runs it by path."""
    if placement.module is None and placement.package == "" and phase is Phase.IMPORT:
        return Phase.RUNTIME
    return phase


def _pth(path: str, data: bytes, placement: Placement, collector: _Collector) -> list[_Module]:
    """Each executable line of a .pth file, analysed as start-up code."""
    out = []
    phase = placement.phase if placement.phase is not Phase.RUNTIME else Phase.STARTUP
    for number, raw in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        if not raw.startswith(("import ", "import\t")):
            continue
        collector.add("pth-exec", path, number, phase, "executable .pth line", raw)
        line_placement = Placement(None, "", phase, phase)
        # keep line numbers: pad with blank lines
        source = ("\n" * (number - 1) + raw).encode()
        module = _analyse(path, source, line_placement, collector, name=f"<pth:{path}:{number}>")
        if module is not None:
            out.append(module)
    return out


def _propagate(  # noqa: PLR0915 - one work list over every way code gets run
    modules: dict[str, _Module],
    pseudo: list[_Module],
    layout: Layout,
    plugins: set[str],
    build_plugins: set[tuple[str, str]] = frozenset(),  # type: ignore[assignment]
) -> dict[tuple[str, str], Phase]:
    """The phase of each scope reached from code that runs by itself."""
    phases: dict[tuple[str, str], Phase] = {}
    work: list[tuple[str, str, Phase]] = []
    everything = {m.name: m for m in [*modules.values(), *pseudo]}
    for module in everything.values():
        work.append((module.name, "", module.placement.phase))
        if module.placement.all_functions is not None:
            for qualname in module.flow.scopes:
                work.append((module.name, qualname, module.placement.all_functions))
        elif "<main>" in module.flow.scopes:
            work.append(
                (
                    module.name,
                    "<main>",
                    Phase.RUNTIME
                    if module.placement.phase is not Phase.NOT_INSTALLED
                    else Phase.NOT_INSTALLED,
                )
            )
        hooks_run = module.name in plugins or module.path.endswith("conftest.py")
        if hooks_run and module.placement.phase is not Phase.NOT_INSTALLED:
            for qualname in module.flow.scopes:
                if qualname.startswith("pytest_"):
                    work.append((module.name, qualname, Phase.IMPORT))
    for name in layout.install_modules:
        if name in modules:
            work.append((name, "", Phase.INSTALL))
    # called by every later setuptools build on the machine, as pytest calls its plugins'
    # hooks: weighed as import-time code (what they are handed is the other project's)
    for name, qualname in build_plugins:
        if name in modules:
            work.append((name, "", Phase.IMPORT))
            defined = modules[name].flow.scopes
            for candidate in (qualname, f"{qualname}.__call__", f"{qualname}.run"):
                if candidate in defined:
                    work.append((name, candidate, Phase.IMPORT))
    while work:
        name, qualname, phase = work.pop()
        key = (name, qualname)
        old = phases.get(key)
        if old is not None and PHASE_RANK[old] >= PHASE_RANK[phase]:
            continue
        phases[key] = phase
        found = everything.get(name)
        if found is None:
            continue
        scope = found.flow.scopes.get(qualname)
        if scope is None:
            continue
        for target in scope.runs:
            work.append((name, target, phase))
        for imported in scope.imports:
            for candidate in _parents(imported):
                if candidate in modules:
                    work.append((candidate, "", phase))
        for called in scope.calls:
            found_at = _definition(modules, called)
            if found_at is not None:
                owner, function = found_at
                target_module = modules[owner]
                if function in target_module.flow.scopes:
                    work.append((owner, function, phase))
                elif f"{function}.__init__" in target_module.flow.scopes:
                    work.append((owner, f"{function}.__init__", phase))
        if phase is Phase.INSTALL:
            # a class of the sdist's own modules handed to the build (cmdclass={...: Cls},
            # a command mapping): the build runs its methods
            for referenced in scope.refs:
                found_at = _definition(modules, referenced)
                if found_at is None:
                    continue
                owner, qualname = found_at
                prefix = qualname + "."
                for candidate in modules[owner].flow.scopes:
                    if candidate.startswith(prefix) or candidate == qualname:
                        work.append((owner, candidate, phase))
    return phases


def _definition(modules: dict[str, _Module], dotted: str) -> tuple[str, str] | None:
    """(module, qualname) where a dotted name of the archive's own modules is defined, through
    re-exports (`from ._cmd import Install` in a package's __init__)."""
    for _hop in range(6):
        owner, _, name = dotted.rpartition(".")
        while owner and owner not in modules:
            owner, _, outer = owner.rpartition(".")
            name = f"{outer}.{name}"
        if not owner or not name:
            return None
        module = modules[owner]
        head = name.split(".", 1)[0]
        if head in module.flow.defined or any(q.startswith(f"{head}.") for q in module.flow.scopes):
            return owner, name
        top = module.flow.scopes.get("")
        alias = top.aliases.get(head) if top is not None else None
        if alias is None or alias.startswith("<local>.") or alias == dotted:
            return owner, name
        dotted = alias + name[len(head) :]
    return None


def _parents(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts) + 1)]


def _judge(  # noqa: PLR0917
    module: _Module,
    scope: Scope,
    phase: Phase,
    context: ArchiveContext,
    collector: _Collector,
    depth: int,
    at_line: int = 0,
) -> None:
    for event in scope.events:
        line = at_line or event.line
        for judge in EVENT_JUDGES:
            for rule_id, message in judge(event, context):
                collector.add(rule_id, module.path, line, phase, message, module.lines[line])
        if event.code and depth < MAX_NESTED_CODE:
            _nested(module, event, phase, context, collector, depth, line)


def _nested(  # noqa: PLR0917
    module: _Module,
    event: Event,
    phase: Phase,
    context: ArchiveContext,
    collector: _Collector,
    depth: int,
    line: int,
) -> None:
    """Code handed to `python -c` or to exec as a string: analysed where it is handed over."""
    assert event.code is not None
    placement = Placement(None, "", phase, phase)
    inner = _analyse(
        module.path,
        event.code.encode("utf-8", "surrogatepass"),
        placement,
        _Discard(collector, line),
        name=f"<code:{module.path}:{line}>",
    )
    if inner is None:
        return
    for scope in inner.flow.scopes.values():
        _judge(
            _Module(module.path, placement, inner.flow, module.lines, inner.name),
            scope,
            phase,
            context,
            collector,
            depth + 1,
            line,
        )


class _Discard(_Collector):
    """Findings about nested code text itself (parse errors) are placed at the outer line."""

    def __init__(self, outer: _Collector, line: int) -> None:
        super().__init__()
        self.outer = outer
        self.line = line

    def add(  # noqa: PLR0917
        self, rule_id: str, file: str, line: int, phase: Phase, message: str, snippet: str
    ) -> None:
        if rule_id in ("unparsable",):
            return
        self.outer.add(rule_id, file, self.line, phase, message, snippet)


__all__ = ["CodeReport", "inspect_code", "v"]
