"""One walk over a module's AST that resolves what each call really calls (through import
aliases, `getattr(builtins, 'ex' + 'ec')`, `__builtins__['exec']`, `__import__(...)`, folded
constants) and carries labels along the data flow (credentials, environment, host identity,
decoded or downloaded data, credential and persistence paths, exfiltration endpoints) from
sources to sinks, within functions and through the module's own functions (their parameters
and return values).

The result is a set of scopes (the module body, each function) with the sink events that
occur in them, the module's own functions they call or hand to others (decorators, metaclasses,
`atexit.register(f)`, `Thread(target=f)`), and the package modules they import: the engine
decides from those when each scope runs, and the rule families judge the events."""

from __future__ import annotations

import ast
import builtins
import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sscli.ingest.code import vocabulary as v

# calls that run a function they are handed (a thread's target, an exit hook)
_SCHEDULERS = frozenset(
    {
        "threading.Thread",
        "threading.Timer",
        "atexit.register",
        "multiprocessing.Process",
        "asyncio.run",
        "sys.settrace",
        "sys.setprofile",
        "sys.addaudithook",
        "threading.settrace",
        "_thread.start_new_thread",
        "thread.start_new_thread",
        "builtins.map",
        "weakref.finalize",
        "signal.signal",
    }
)
_READ_METHODS = frozenset({"read", "read_file", "read_string", "load", "open", "parse", "loads",
                           "read_text", "read_bytes"})  # fmt: skip
# every callee and last name part the sources and sinks of `ModuleWalker._call` test for (a
# test keeps this a superset of what it compares): any other call is only passed through
_SINK_NAMES = frozenset().union(
    v.HOST_SOURCES, v.CREDENTIAL_CALLS, v.SITE_CALLS, v.DECODERS, v.NETWORK_READS,
    v.EXEC_SINKS, v.IMPORT_SINKS, v.PROCESS_SINKS, v.NATIVE_SINKS, v.REGISTRY_WRITES,
    v.NETWORK_SINKS, v.WRITE_CALLS, v.LISTING_CALLS,
    {"os.getenv", "os.environ.get", "os.getenvb", "os.environ.pop", "builtins.open", "io.open",
     "codecs.open", "os.open", "os.fdopen", "sqlite3.connect", "PIL.Image.open", "imageio.imread",
     "cv2.imread", "wave.open", "os.chmod", "os.chown", "os.fork", "os.setsid", "os.daemon",
     "daemon.DaemonContext", "importlib.resources.files", "importlib.resources.path",
     "pkg_resources.resource_filename", "pkgutil.get_data", "importlib.resources.read_binary",
     "builtins.bytes", "builtins.bytearray"},
)  # fmt: skip
_SINK_LASTS = frozenset().union(
    v.DECODE_METHODS, v.WRITE_METHODS,
    {"exec_module", "load_module", "Popen", "run", "call", "check_output", "check_call", "CDLL",
     "WinDLL", "LoadLibrary", "dlopen", "PyDLL", "urlretrieve", "write", "writelines", "read",
     "read_text", "read_bytes", "readlines", "readline", "getdata", "tobytes", "load",
     "getpixel", "text", "content", "json", "get_data", "read_binary", "open"},
)  # fmt: skip
_BUILTINS = frozenset(dir(builtins)) | {"__builtins__", "__file__"}
_LOCAL = "<local>."
_MAX_FOLD = 4096
_HOLE = "\x00"  # a piece of a built string that is not constant
_FOLDABLE_NODES = (ast.Constant, ast.BinOp, ast.JoinedStr, ast.Call)
_PATH_JOINS = frozenset({"os.path.join", "posixpath.join", "ntpath.join"})
_NET_VERBS = frozenset(
    {
        "get",
        "post",
        "put",
        "patch",
        "delete",
        "head",
        "options",
        "request",
        "urlopen",
        "urlretrieve",
        "send",
        "sendall",
        "sendto",
        "connect",
        "sendmail",
        "send_message",
        "storbinary",
        "storlines",
        "resolve",
        "query",
        "fetch",
        "stream",
        "ws_connect",
        "create_connection",
        "SMTP",
        "SMTP_SSL",
        "FTP",
        "FTP_TLS",
        "HTTPConnection",
        "HTTPSConnection",
        "Telnet",
        "exec_command",
        "Request",
        "open",
    }
)


@dataclass(frozen=True)
class Event:
    """A sink reached: what was called, where, and what flowed into it."""

    kind: str  # exec, import, process, network, write, read, native, registry
    callee: str
    line: int
    labels: frozenset[str]
    strings: tuple[str, ...] = ()
    obscured: bool = False
    detached: bool = False
    code: str | None = None  # Python source handed to `python -c` or exec as a literal
    target: frozenset[str] = frozenset()  # labels of the path written or opened


@dataclass
class Scope:
    """The module body or one function: the sink events in it, what it runs, calls and imports,
    and the names and labels its data flow carries."""

    qualname: str  # "" for the module body, "<main>" for its `if __name__ == "__main__":`
    params: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    runs: set[str] = field(default_factory=set)  # local qualnames this scope runs
    calls: set[str] = field(default_factory=set)  # resolved names of other calls (modules)
    imports: set[str] = field(default_factory=set)  # absolute module names imported
    refs: set[str] = field(default_factory=set)  # other modules' names used as values
    consts: dict[str, str] = field(default_factory=dict)  # names bound to a constant string
    returns: set[str] = field(default_factory=set)
    env: dict[str, frozenset[str]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    obscured: set[str] = field(default_factory=set)  # aliases reached by an obscured route
    seen: set[Event] = field(default_factory=set)  # events already recorded (once each)

    def record(self, event: Event) -> None:
        """Add an event once: a function called three times by one called three times...
        would otherwise hand its callers 3**depth copies of the same sink."""
        if event in self.seen:
            return
        if len(self.seen) >= MAX_EVENTS:
            raise TooComplex(f"over {MAX_EVENTS} sink events in one scope")
        self.seen.add(event)
        self.events.append(event)


MAX_EVENTS = 20_000
MAX_SECONDS = 20.0  # CPU time for one module's walk (litellm's largest, 1 MB, takes 0.2 s)


class TooComplex(Exception):
    """A module whose data flow is over the analysis bounds."""


@dataclass
class ModuleFlow:
    """What one walk found in a module: its scopes, and the names spelled to deceive."""

    scopes: dict[str, Scope]
    obscured_names: list[tuple[int, str]]  # identifiers spelled with non-ASCII look-alikes
    defined: frozenset[str] = frozenset()  # the functions and classes of the module's top


@dataclass
class Foreign:
    """What the archive's other modules export, by dotted name: names bound to library
    callables (`run = builtins.exec`), module-level values' labels, and functions' parameters
    and return labels (a decoder helper)."""

    aliases: dict[str, str] = field(default_factory=dict)
    env: dict[str, frozenset[str]] = field(default_factory=dict)
    functions: dict[str, tuple[list[str], frozenset[str]]] = field(default_factory=dict)

    def resolve(self, dotted: str) -> str:
        for _hop in range(4):
            target = self.aliases.get(dotted)
            if target is None or target == dotted:
                break
            dotted = target
        return dotted


@dataclass
class _Def:
    """A function or class definition the walk met, and the class it is a method of."""

    node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
    owner: str  # enclosing class qualname for methods


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text) if not text.isascii() else text


def _subst(labels: Iterable[str], mapping: dict[str, frozenset[str]]) -> frozenset[str]:
    out: set[str] = set()
    for label in labels:
        if label.startswith(f"{v.PARAM}decoded:"):
            passed = mapping.get(label[len(v.PARAM) + len("decoded:") :], frozenset())
            if passed & v.DECODABLE:
                out.add(v.DECODED)
        elif label.startswith(v.PARAM):
            out |= mapping.get(label[len(v.PARAM) :], frozenset())
        else:
            out.add(label)
    return frozenset(out)


def _literal_if_all(labels: frozenset[str], parts: list[frozenset[str]]) -> frozenset[str]:
    if parts and all(v.LITERAL in p for p in parts):
        return labels
    return labels - {v.LITERAL}


def _stored(container: frozenset[str], value: frozenset[str]) -> frozenset[str]:
    """A container once one more value is stored in it: it holds what either held, and
    nothing but constants only while every value stored was (a dict of parsed values that
    also received a default 8 is not an encoded payload)."""
    if not container:
        return value
    if v.LITERAL in container and v.LITERAL in value:
        return container | value
    return (container | value) - {v.LITERAL}


def _plain(labels: frozenset[str]) -> frozenset[str]:
    return labels - {v.LITERAL}


def _decoded_if(labels: frozenset[str]) -> frozenset[str]:
    """Decoding a parameter: decoded when the caller passes a literal or downloaded data."""
    return frozenset(
        f"{v.PARAM}decoded:{label[len(v.PARAM) :]}"
        for label in labels
        if label.startswith(v.PARAM) and not label.startswith(f"{v.PARAM}decoded:")
    )


def _data(labels: Iterable[str]) -> frozenset[str]:
    return frozenset(label for label in labels if not label.startswith(v.PARAM))


class ModuleWalker:
    """Analyse one module (`module` is its dotted name, `package` the package relative imports
    start from)."""

    def __init__(
        self,
        tree: ast.Module,
        module: str,
        package: str,
        foreign: Foreign | None = None,
    ) -> None:
        self.foreign = foreign
        self.module = module
        self.package = package
        self.tree = tree
        self.defs: dict[str, _Def] = {}
        self.scopes: dict[str, Scope] = {}
        self.module_scope = Scope("")
        self.scopes[""] = self.module_scope
        self._busy: set[str] = set()
        self._deadline = time.process_time() + MAX_SECONDS
        self._statements = 0
        self._defaults: dict[str, dict[str, frozenset[str]]] = {}
        self._tables: dict[str, set[str]] = {}  # name -> local functions of a dict literal

    # --- driver -------------------------------------------------------------------------------

    def run(self) -> ModuleFlow:
        self._collect_defs(self.tree.body, "", "")
        self._body(self.tree.body, self.module_scope, "")
        for qualname in list(self.defs):
            if isinstance(self.defs[qualname].node, ast.ClassDef):
                continue
            self._function(qualname)
        return ModuleFlow(self.scopes, [], frozenset(q for q in self.defs if "." not in q))

    def _collect_defs(self, body: list[ast.stmt], prefix: str, owner: str) -> None:
        for stmt in body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                qualname = prefix + stmt.name
                self.defs[qualname] = _Def(stmt, owner)
                if isinstance(stmt, ast.ClassDef):
                    self._collect_defs(stmt.body, qualname + ".", qualname)
                else:
                    self._collect_defs(stmt.body, qualname + ".", "")
            elif isinstance(stmt, ast.If | ast.Try | ast.With):
                for part in _sub_bodies(stmt):
                    self._collect_defs(part, prefix, owner)

    def _function(self, qualname: str) -> Scope:
        done = self.scopes.get(qualname)
        if done is not None or qualname in self._busy:
            return done or Scope(qualname)
        definition = self.defs[qualname]
        node = definition.node
        assert not isinstance(node, ast.ClassDef)
        self._busy.add(qualname)
        scope = Scope(qualname)
        arguments = node.args
        params = [a.arg for a in (*arguments.posonlyargs, *arguments.args)]
        scope.params = params
        defaults = self._defaults.get(qualname, {})
        for name in (*params, *(a.arg for a in arguments.kwonlyargs)):
            scope.env[name] = frozenset({v.PARAM + name}) | defaults.get(name, frozenset())
        if definition.owner and params:
            scope.aliases[params[0]] = f"{_LOCAL}{definition.owner}()"
        prefix = qualname + "."
        self._body(node.body, scope, prefix)
        self._busy.discard(qualname)
        self.scopes[qualname] = scope
        return scope

    # --- statements ---------------------------------------------------------------------------

    def _body(self, body: list[ast.stmt], scope: Scope, prefix: str) -> None:
        for stmt in body:
            self._stmt(stmt, scope, prefix)

    def _stmt(self, stmt: ast.stmt, scope: Scope, prefix: str) -> None:  # noqa: PLR0915
        self._statements += 1
        if not self._statements & 1023 and time.process_time() > self._deadline:
            raise TooComplex(f"over {MAX_SECONDS:g} CPU seconds to analyse")
        if isinstance(stmt, ast.Expr):
            if not isinstance(stmt.value, ast.Constant):  # a docstring does nothing
                self._labels(stmt.value, scope)
        elif isinstance(stmt, ast.Assign):
            labels = self._labels(stmt.value, scope)
            alias = self._alias_of(stmt.value, scope)
            folded = (
                self._fold(stmt.value, scope)[0]
                if isinstance(stmt.value, _FOLDABLE_NODES)
                else None
            )
            if isinstance(stmt.value, ast.Dict):
                handlers = {
                    resolved[len(_LOCAL) :]
                    for value in stmt.value.values
                    if isinstance(value, ast.Name | ast.Attribute)
                    and (resolved := self._resolve(value, scope)[0]) is not None
                    and resolved.startswith(_LOCAL)
                }
                for target in stmt.targets:
                    if isinstance(target, ast.Name) and handlers:
                        self._tables[target.id] = handlers
            for target in stmt.targets:
                self._assign(target, labels, alias, scope)
                if isinstance(target, ast.Name):
                    if folded is not None:
                        scope.consts[target.id] = folded
                    else:
                        scope.consts.pop(target.id, None)
        elif isinstance(stmt, ast.AnnAssign | ast.AugAssign):
            if isinstance(stmt.target, ast.Name):
                before = scope.consts.pop(stmt.target.id, None)
                after = self._fold(stmt.value, scope)[0] if stmt.value is not None else None
                if isinstance(stmt, ast.AugAssign):
                    after = (
                        before + after
                        if before is not None and after is not None and isinstance(stmt.op, ast.Add)
                        else None
                    )
                if after is not None:
                    scope.consts[stmt.target.id] = after[:_MAX_FOLD]
            if stmt.value is not None:
                labels = self._labels(stmt.value, scope)
                alias = (
                    self._alias_of(stmt.value, scope) if isinstance(stmt, ast.AnnAssign) else None
                )
                self._assign(stmt.target, labels, alias, scope, augment=True)
        elif isinstance(stmt, ast.Import):
            for name in stmt.names:
                module = _norm(name.name)
                scope.imports.add(module)
                if name.asname:
                    scope.aliases[_norm(name.asname)] = module
                else:
                    top = module.split(".")[0]
                    scope.aliases[top] = top
        elif isinstance(stmt, ast.ImportFrom):
            base = self._absolute(stmt.module, stmt.level)
            scope.imports.add(base)
            for name in stmt.names:
                if name.name == "*":
                    continue
                full = f"{base}.{_norm(name.name)}" if base else _norm(name.name)
                scope.imports.add(full)
                scope.aliases[_norm(name.asname or name.name)] = full
        elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            qualname = prefix + stmt.name
            for decorator in stmt.decorator_list:
                self._decorator(decorator, scope)
            positional = [*stmt.args.posonlyargs, *stmt.args.args]
            named = [
                *zip(
                    positional[len(positional) - len(stmt.args.defaults) :],
                    stmt.args.defaults,
                    strict=True,
                ),
                *zip(stmt.args.kwonlyargs, stmt.args.kw_defaults, strict=True),
            ]
            for argument, default in named:
                if default is not None:
                    labels = _data(self._labels(default, scope))
                    if labels:  # evaluated here, the parameter's value unless one is passed
                        self._defaults.setdefault(qualname, {})[argument.arg] = labels
            scope.aliases[stmt.name] = _LOCAL + qualname
        elif isinstance(stmt, ast.ClassDef):
            self._class(stmt, scope, prefix)
        elif isinstance(stmt, ast.Return):
            if stmt.value is not None:
                scope.returns |= self._labels(stmt.value, scope)
        elif isinstance(stmt, ast.If):
            if _is_main_guard(stmt.test) and scope is self.module_scope:
                main = self.scopes.setdefault("<main>", Scope("<main>"))
                main.aliases = scope.aliases
                main.env = scope.env
                main.consts = scope.consts
                self._body(stmt.body, main, prefix)
                self._body(stmt.orelse, scope, prefix)
                return
            self._labels(stmt.test, scope)
            self._body(stmt.body, scope, prefix)
            self._body(stmt.orelse, scope, prefix)
        elif isinstance(stmt, ast.For | ast.AsyncFor):
            labels = self._labels(stmt.iter, scope)
            self._assign(stmt.target, labels, None, scope, augment=True)
            self._body(stmt.body, scope, prefix)
            self._body(stmt.orelse, scope, prefix)
        elif isinstance(stmt, ast.While):
            self._labels(stmt.test, scope)
            self._body(stmt.body, scope, prefix)
            self._body(stmt.orelse, scope, prefix)
        elif isinstance(stmt, ast.With | ast.AsyncWith):
            for item in stmt.items:
                labels = self._labels(item.context_expr, scope)
                if item.optional_vars is not None:
                    alias = self._alias_of(item.context_expr, scope)
                    self._assign(item.optional_vars, labels, alias, scope)
            self._body(stmt.body, scope, prefix)
        elif isinstance(stmt, ast.Try | ast.TryStar):
            self._body(stmt.body, scope, prefix)
            for handler in stmt.handlers:
                self._body(handler.body, scope, prefix)
            self._body(stmt.orelse, scope, prefix)
            self._body(stmt.finalbody, scope, prefix)
        elif isinstance(stmt, ast.Match):
            self._labels(stmt.subject, scope)
            for case in stmt.cases:
                self._body(case.body, scope, prefix)
        elif isinstance(stmt, ast.Raise):
            if stmt.exc is not None:
                self._labels(stmt.exc, scope)
        elif isinstance(stmt, ast.Assert):
            self._labels(stmt.test, scope)
        elif isinstance(stmt, ast.Delete | ast.Global | ast.Nonlocal | ast.Pass):
            return
        else:
            for child in ast.iter_child_nodes(stmt):
                if isinstance(child, ast.expr):
                    self._labels(child, scope)

    def _class(self, stmt: ast.ClassDef, scope: Scope, prefix: str) -> None:
        qualname = prefix + stmt.name
        for decorator in stmt.decorator_list:
            self._decorator(decorator, scope)
        for base in stmt.bases:
            self._labels(base, scope)
            resolved, _ = self._resolve(base, scope)
            if resolved and resolved.startswith(_LOCAL):
                self._run(resolved[len(_LOCAL) :] + ".__init_subclass__", scope)
        for keyword in stmt.keywords:
            self._labels(keyword.value, scope)
            resolved, _ = self._resolve(keyword.value, scope)
            if keyword.arg == "metaclass" and resolved and resolved.startswith(_LOCAL):
                meta = resolved[len(_LOCAL) :]
                for method in ("__new__", "__init__", "__prepare__"):
                    self._run(f"{meta}.{method}", scope)
            elif resolved and resolved.startswith(_LOCAL):
                self._run(resolved[len(_LOCAL) :], scope)
        scope.aliases[stmt.name] = _LOCAL + qualname
        # the class body runs when the class statement does, in the enclosing scope
        self._body(stmt.body, scope, qualname + ".")
        scope.aliases[stmt.name] = _LOCAL + qualname

    def _decorator(self, decorator: ast.expr, scope: Scope) -> None:
        self._labels(decorator, scope)
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        resolved, _ = self._resolve(target, scope)
        if resolved and resolved.startswith(_LOCAL):
            qualname = resolved[len(_LOCAL) :]
            self._run(qualname, scope)
            # a decorator factory's inner decorator runs too
            for nested in self.defs:
                if (
                    nested.startswith(qualname + ".")
                    and nested.count(".") == qualname.count(".") + 1
                ):
                    self._run(nested, scope)

    def _assign(
        self,
        target: ast.expr,
        labels: frozenset[str],
        alias: tuple[str, bool] | None,
        scope: Scope,
        *,
        augment: bool = False,
    ) -> None:
        if isinstance(target, ast.Name):
            name = target.id
            if augment:
                scope.env[name] = scope.env.get(name, frozenset()) | labels
            else:
                scope.env[name] = labels
            if alias is not None:
                scope.aliases[name] = alias[0]
                if alias[1]:
                    scope.obscured.add(name)
                else:
                    scope.obscured.discard(name)
            elif not augment:
                scope.aliases.pop(name, None)
        elif isinstance(target, ast.Tuple | ast.List):
            for element in target.elts:
                self._assign(element, labels, None, scope, augment=augment)
        elif isinstance(target, ast.Starred):
            self._assign(target.value, labels, None, scope, augment=augment)
        elif isinstance(target, ast.Subscript | ast.Attribute):
            self._labels(target, scope) if isinstance(target, ast.Subscript) else None
            base = target.value
            while isinstance(base, ast.Subscript | ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name):
                scope.env[base.id] = _stored(scope.env.get(base.id, frozenset()), labels)
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
                key = f"{target.value.id}.{target.attr}"
                scope.env[key] = _stored(scope.env.get(key, frozenset()), labels)

    # --- names --------------------------------------------------------------------------------

    def _absolute(self, module: str | None, level: int) -> str:
        module = _norm(module) if module else None
        if level == 0:
            return module or ""
        parts = self.package.split(".") if self.package else []
        if level > 1:
            parts = parts[: len(parts) - (level - 1)] if level - 1 <= len(parts) else []
        base = ".".join(parts)
        return f"{base}.{module}" if base and module else (base or module or "")

    def _lookup(self, name: str, scope: Scope) -> str | None:
        found = scope.aliases.get(name)
        if found is None and scope is not self.module_scope:
            found = self.module_scope.aliases.get(name)
        if found is None and name in _BUILTINS:
            return "builtins" if name == "__builtins__" else f"builtins.{name}"
        if found is not None and self.foreign is not None:
            return self.foreign.resolve(found)
        return found

    def _alias_of(self, expr: ast.expr, scope: Scope) -> tuple[str, bool] | None:
        resolved, obscured = self._resolve(expr, scope)
        return None if resolved is None else (resolved, obscured)

    def _resolve(self, expr: ast.expr, scope: Scope) -> tuple[str | None, bool]:
        """The dotted name an expression denotes, and whether it was reached by an obscured
        route (a name built from pieces, a lookup in the builtins' or globals' dict)."""
        if isinstance(expr, ast.Name):
            hidden = expr.id in scope.obscured or (
                expr.id not in scope.aliases and expr.id in self.module_scope.obscured
            )
            return self._lookup(expr.id, scope), hidden
        if isinstance(expr, ast.Attribute):
            base, obscured = self._resolve(expr.value, scope)
            if base is None:
                return None, False
            if base == "builtins.__dict__":
                base = "builtins"
            dotted = f"{base}.{_norm(expr.attr)}"
            if self.foreign is not None:
                dotted = self.foreign.resolve(dotted)
            return dotted, obscured
        if isinstance(expr, ast.Subscript):
            base, obscured = self._resolve(expr.value, scope)
            key, _folded = self._fold(expr.slice, scope)
            if base is None or key is None:
                return None, False
            key = _norm(key)
            if base in ("builtins", "builtins.__dict__", "builtins.globals()", "builtins.vars()",
                        "builtins.locals()", "builtins.vars(builtins)") or base.endswith(
                ".__dict__"
            ):  # fmt: skip
                if key == "__builtins__":
                    return "builtins", True
                resolved = self._lookup(key, scope) if base.startswith("builtins.g") else None
                owner = base.removesuffix(".__dict__")
                if owner in ("builtins", "builtins.vars(builtins)") or resolved is None:
                    owner = "builtins" if owner.startswith("builtins") else owner
                    return f"{owner}.{key}", True
                return resolved, True
            if base == "sys.modules":
                return key, True
            return None, False
        if isinstance(expr, ast.IfExp | ast.BoolOp):
            # `__builtins__['exec'] if isinstance(__builtins__, dict) else
            # getattr(__builtins__, 'exec')`: either branch may be what runs
            branches = [expr.body, expr.orelse] if isinstance(expr, ast.IfExp) else expr.values
            for branch in branches:
                resolved, obscured = self._resolve(branch, scope)
                if resolved is not None:
                    return resolved, obscured
            return None, False
        if isinstance(expr, ast.Call):
            callee, obscured = self._resolve(expr.func, scope)
            if callee is None:
                return None, False
            if callee == "functools.partial" and expr.args:  # calls what it wraps
                return self._resolve(expr.args[0], scope)
            if callee in ("builtins.__import__", "importlib.import_module") and expr.args:
                module, folded = self._fold(expr.args[0], scope)
                if module is not None:
                    return _norm(module), obscured or folded
            if callee == "builtins.getattr" and len(expr.args) >= 2:
                target, owner_obscured = self._resolve(expr.args[0], scope)
                attribute, folded = self._fold(expr.args[1], scope)
                if target is not None and attribute is not None:
                    if target == "builtins.__dict__":
                        target = "builtins"
                    return f"{target}.{_norm(attribute)}", owner_obscured or obscured or folded
            if callee == "builtins.vars" and expr.args:
                target, _ = self._resolve(expr.args[0], scope)
                if target == "builtins":
                    return "builtins.vars(builtins)", True
            if callee in ("builtins.globals", "builtins.vars", "builtins.locals"):
                return f"{callee}()", obscured
            if (
                callee.startswith("builtins.")
                and callee.count(".") == 1
                and callee != "builtins.super"
            ):
                return f"{callee}()", obscured
            return f"{callee}()", obscured
        return None, False

    def _fold(self, expr: ast.expr, scope: Scope) -> tuple[str | None, bool]:
        """The constant string an expression always evaluates to, and whether it took more than
        a plain literal to get there."""
        if isinstance(expr, ast.Constant):
            if isinstance(expr.value, str):
                return expr.value[:_MAX_FOLD], False
            if isinstance(expr.value, bytes):
                return expr.value[:_MAX_FOLD].decode("latin-1"), False
            return None, False
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left, _ = self._fold(expr.left, scope)
            right, _ = self._fold(expr.right, scope)
            if left is not None and right is not None:
                return (left + right)[:_MAX_FOLD], True
            return None, False
        if isinstance(expr, ast.JoinedStr):
            parts = []
            for value in expr.values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    parts.append(value.value)
                elif isinstance(value, ast.FormattedValue):
                    inner, _ = self._fold(value.value, scope)
                    if inner is None:
                        return None, False
                    parts.append(inner)
            return "".join(parts)[:_MAX_FOLD], True
        if isinstance(expr, ast.Subscript) and isinstance(expr.slice, ast.Slice):
            step = expr.slice.step
            inner, _ = self._fold(expr.value, scope)
            if inner is not None and isinstance(step, ast.UnaryOp) and expr.slice.lower is None:
                return inner[::-1], True
            return None, False
        if isinstance(expr, ast.Name):
            found = scope.consts.get(expr.id)
            if found is None and scope is not self.module_scope and expr.id not in scope.env:
                found = self.module_scope.consts.get(expr.id)
            return (found, True) if found is not None else (None, False)
        if isinstance(expr, ast.Call):
            return self._fold_call(expr, scope)
        return None, False

    def _fold_call(self, expr: ast.Call, scope: Scope) -> tuple[str | None, bool]:
        func = expr.func
        callee, _ = self._resolve(func, scope)
        if callee == "builtins.chr" and expr.args:
            arg = expr.args[0]
            if (
                isinstance(arg, ast.Constant)
                and isinstance(arg.value, int)
                and 0 <= arg.value < 0x110000
            ):
                return chr(arg.value), True
            return None, False
        if not isinstance(func, ast.Attribute):
            return None, False
        if func.attr == "join" and expr.args:
            sep, _ = self._fold(func.value, scope)
            items = self._fold_items(expr.args[0], scope)
            if sep is not None and items is not None:
                return sep.join(items)[:_MAX_FOLD], True
            return None, False
        if (
            func.attr in ("decode", "lower", "upper", "strip") and not expr.args
        ) or func.attr == "decode":
            inner, _ = self._fold(func.value, scope)
            if inner is None:
                return None, False
            return (
                inner.lower()
                if func.attr == "lower"
                else inner.upper()
                if func.attr == "upper"
                else inner.strip()
                if func.attr == "strip"
                else inner
            ), True
        if func.attr == "replace" and len(expr.args) == 2:
            inner, _ = self._fold(func.value, scope)
            old, _ = self._fold(expr.args[0], scope)
            new, _ = self._fold(expr.args[1], scope)
            if None not in (inner, old, new):
                assert inner is not None and old is not None and new is not None
                return inner.replace(old, new)[:_MAX_FOLD], True
            return None, False
        if (
            callee
            in ("base64.b64decode", "bytes.fromhex", "builtins.bytes.fromhex", "codecs.decode")
            and expr.args
        ):
            inner, _ = self._fold(expr.args[0], scope)
            if inner is None:
                return None, False
            import base64
            import binascii
            import codecs

            try:
                if callee == "base64.b64decode":
                    return base64.b64decode(inner, validate=False).decode("latin-1"), True
                if callee == "codecs.decode":
                    return codecs.decode(inner, "rot13"), True
                return bytes.fromhex(inner).decode("latin-1"), True
            except (ValueError, binascii.Error, LookupError):
                return None, False
        return None, False

    def _fold_items(self, expr: ast.expr, scope: Scope) -> list[str] | None:
        if isinstance(expr, ast.List | ast.Tuple):
            out = []
            for element in expr.elts:
                folded, _ = self._fold(element, scope)
                if folded is None:
                    return None
                out.append(folded)
            return out
        if (
            isinstance(expr, ast.Call)
            and isinstance(expr.func, ast.Name)
            and expr.func.id == "map"
            and len(expr.args) == 2
            and isinstance(expr.args[0], ast.Name)
            and expr.args[0].id == "chr"
        ):
            ints = _int_list(expr.args[1])
            return [chr(i) for i in ints] if ints is not None else None
        if isinstance(expr, ast.GeneratorExp | ast.ListComp) and len(expr.generators) == 1:
            elt = expr.elt
            if (
                isinstance(elt, ast.Call)
                and isinstance(elt.func, ast.Name)
                and elt.func.id == "chr"
            ):
                ints = _int_list(expr.generators[0].iter)
                if ints is not None and isinstance(elt.args[0], ast.Name):
                    return [chr(i) for i in ints]
        folded, _ = self._fold(expr, scope)
        return list(folded) if folded is not None else None

    # --- expressions --------------------------------------------------------------------------

    def _labels(self, expr: ast.expr, scope: Scope) -> frozenset[str]:  # noqa: PLR0915
        """The labels of an expression's value; sinks met on the way are recorded."""
        if isinstance(expr, ast.Constant):
            value = expr.value
            if isinstance(value, str):
                return v.string_labels(value)
            if isinstance(value, bytes):
                return v.string_labels(value[:4096].decode("latin-1"))
            return _CONSTANT
        if isinstance(expr, ast.Name):
            if expr.id == "__file__":
                return frozenset({v.BUNDLED})
            labels = scope.env.get(expr.id)
            if labels is None and scope is not self.module_scope:
                labels = self.module_scope.env.get(expr.id)
            resolved = self._lookup(expr.id, scope)
            if resolved == "os.environ":
                return (labels or frozenset()) | {v.ENVDUMP}
            if labels is None and resolved is not None and self.foreign is not None:
                labels = self.foreign.env.get(resolved)
            if resolved is not None and "." in resolved and not resolved.startswith(_LOCAL):
                scope.refs.add(resolved)  # handed on: a cmdclass, a callback
            return labels or frozenset()
        if isinstance(expr, ast.Call):
            return self._call(expr, scope)
        if isinstance(expr, ast.Attribute):
            resolved, _ = self._resolve(expr, scope)
            if resolved in {"os.environ", "posix.environ"}:
                return frozenset({v.ENVDUMP})
            if resolved in ("sys.executable",):
                return frozenset({v.CONST})
            if resolved is not None and not resolved.startswith(_LOCAL):
                scope.refs.add(resolved)
            base = self._labels(expr.value, scope)
            if isinstance(expr.value, ast.Name):
                base |= scope.env.get(f"{expr.value.id}.{expr.attr}", frozenset())
            return base
        if isinstance(expr, ast.Subscript):
            resolved, _ = self._resolve(expr.value, scope)
            if resolved in ("os.environ", "posix.environ"):
                return self._env_read(expr.slice, scope)
            base_labels = self._labels(expr.value, scope)
            index = (
                self._labels(expr.slice, scope)
                if not isinstance(expr.slice, ast.Constant)
                else frozenset()
            )
            if isinstance(expr.slice, ast.Slice) and (
                (isinstance(expr.slice.step, ast.UnaryOp) and base_labels & v.DECODABLE)
                or (  # bytes carved out of a file at a computed offset
                    base_labels & {v.BINARYDATA}
                    and expr.slice.lower is not None
                    and not isinstance(expr.slice.lower, ast.Constant)
                )
            ):
                base_labels = base_labels | {v.DECODED}
            return base_labels | _data(index)
        if isinstance(expr, ast.Lambda):
            return self._labels(expr.body, scope)
        if isinstance(expr, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            for generator in expr.generators:
                labels = self._labels(generator.iter, scope)
                self._assign(generator.target, labels, None, scope, augment=True)
                for condition in generator.ifs:
                    self._labels(condition, scope)
            if isinstance(expr, ast.DictComp):
                return self._labels(expr.key, scope) | self._labels(expr.value, scope)
            element = self._labels(expr.elt, scope)
            if _xor_over_literal(expr):  # bytes(b ^ 0x5A for b in b'...')
                element |= {v.DECODED}
            return element
        if isinstance(expr, ast.NamedExpr):
            labels = self._labels(expr.value, scope)
            self._assign(expr.target, labels, None, scope)
            return labels
        extra: frozenset[str] = frozenset()
        if isinstance(expr, ast.BinOp):
            if isinstance(expr.op, ast.Add | ast.Div):  # a path or a command built of pieces
                extra = self._shape_labels(expr, scope)
            elif isinstance(expr.op, ast.BitXor):  # bytes read from a file XOR-ed with a key
                pieces = self._labels(expr.left, scope) | self._labels(expr.right, scope)
                if pieces & {v.FILEDATA, v.NETWORK, v.BINARYDATA}:
                    extra = frozenset({v.DECODED})
        elif isinstance(expr, ast.JoinedStr):
            extra = self._shape_labels(expr, scope)
        out: frozenset[str] = extra
        literal = True
        for child in _children(expr):
            if isinstance(child, ast.expr):
                labels = self._labels(child, scope)
            elif isinstance(child, ast.keyword):
                labels = self._labels(child.value, scope)
            elif isinstance(child, ast.comprehension):
                labels = self._labels(child.iter, scope)
            else:
                continue
            literal = literal and v.LITERAL in labels
            out |= labels
        return out if literal else out - {v.LITERAL}

    def _shape_labels(self, expr: ast.expr, scope: Scope) -> frozenset[str]:
        """Path and endpoint labels of a string built from pieces ('.ba' + 'shrc',
        os.path.join(home, '.ssh', '_'.join(['authorized', 'keys'])), f'{home}/.ssh/id_rsa'):
        what is not constant stands as a hole."""
        shape = self._shape(expr, scope, 0)
        if shape is None or not shape.strip(_HOLE):
            return frozenset()
        return v.string_labels(shape) - {v.CONST, v.LITERAL}

    def _shape(self, expr: ast.expr, scope: Scope, depth: int) -> str | None:
        if depth > 24:
            return None
        if isinstance(expr, ast.Constant):
            if isinstance(expr.value, str):
                return expr.value[:_MAX_FOLD]
            if isinstance(expr.value, bytes):
                return expr.value[:_MAX_FOLD].decode("latin-1")
            return None
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add | ast.Div):
            left = self._shape(expr.left, scope, depth + 1)
            right = self._shape(expr.right, scope, depth + 1)
            if left is None and right is None:
                return None
            joint = "/" if isinstance(expr.op, ast.Div) else ""
            return f"{left or _HOLE}{joint}{right or _HOLE}"[:_MAX_FOLD]
        if isinstance(expr, ast.JoinedStr):
            parts = []
            for value in expr.values:
                if isinstance(value, ast.FormattedValue):
                    parts.append(self._shape(value.value, scope, depth + 1) or _HOLE)
                else:
                    parts.append(self._shape(value, scope, depth + 1) or "")
            return "".join(parts)[:_MAX_FOLD]
        if isinstance(expr, ast.Call):
            return self._shape_call(expr, scope, depth)
        folded, _ = self._fold(expr, scope)
        return folded

    def _shape_call(self, expr: ast.Call, scope: Scope, depth: int) -> str | None:
        folded, _ = self._fold(expr, scope)
        if folded is not None:
            return folded
        callee, _ = self._resolve(expr.func, scope)
        method = expr.func.attr if isinstance(expr.func, ast.Attribute) else ""
        last = callee.rsplit(".", 1)[-1] if callee else ""
        if callee in _PATH_JOINS or method == "joinpath" or callee == "pathlib.Path":
            pieces = list(expr.args)
            if isinstance(expr.func, ast.Attribute) and method == "joinpath":
                pieces.insert(0, expr.func.value)
            shapes = [self._shape(p, scope, depth + 1) for p in pieces]
            if all(s is None for s in shapes):
                return None
            return "/".join(s or _HOLE for s in shapes)[:_MAX_FOLD]
        if callee in ("os.path.expanduser", "posixpath.expanduser") and expr.args:
            return self._shape(expr.args[0], scope, depth + 1)
        if callee in ("pathlib.Path.home", "os.path.expandvars") or last == "home":
            return "~"
        if isinstance(expr.func, ast.Attribute) and expr.func.attr == "join" and expr.args:
            separator, _ = self._fold(expr.func.value, scope)
            items = expr.args[0]
            if separator is not None and isinstance(items, ast.List | ast.Tuple):
                shapes = [self._shape(e, scope, depth + 1) for e in items.elts]
                if all(s is None for s in shapes):
                    return None
                return separator.join(s or _HOLE for s in shapes)[:_MAX_FOLD]
        return None

    def _env_read(self, key: ast.expr, scope: Scope) -> frozenset[str]:
        name, _ = self._fold(key, scope)
        if name is None:
            return frozenset({v.SECRETENV}) | _data(self._labels(key, scope))
        return frozenset({v.SECRETENV}) if v.secret_env_name(name) else frozenset()

    def _mutate(self, expr: ast.Call, labels: frozenset[str], scope: Scope) -> None:
        """`data.update(os.environ)`, `rows.append(secret)`, `config.read(path)`: the
        receiver now holds what it was given."""
        if (
            labels
            and isinstance(expr.func, ast.Attribute)
            and isinstance(expr.func.value, ast.Name)
        ):
            name = expr.func.value.id
            scope.env[name] = scope.env.get(name, frozenset()) | labels

    def _lambda_call(
        self, function: ast.Lambda, expr: ast.Call, args: list[frozenset[str]], scope: Scope
    ) -> frozenset[str]:
        """`(lambda c: run(c))('curl ... | sh')`: the body, with the arguments bound."""
        names = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
        saved = {n: (scope.env.get(n), scope.consts.get(n)) for n in names}
        for index, name in enumerate(names):
            scope.env[name] = args[index] if index < len(args) else frozenset()
            folded = self._fold(expr.args[index], scope)[0] if index < len(expr.args) else None
            if folded is not None:
                scope.consts[name] = folded
            else:
                scope.consts.pop(name, None)
        try:
            return self._labels(function.body, scope)
        finally:
            for name, (env, const) in saved.items():
                if env is None:
                    scope.env.pop(name, None)
                else:
                    scope.env[name] = env
                if const is None:
                    scope.consts.pop(name, None)
                else:
                    scope.consts[name] = const

    def _handed(self, expr: ast.Call, args: list[frozenset[str]], scope: Scope) -> frozenset[str]:
        """Library functions handed to a call as values (`map(exec, payloads)`,
        `try_call(socket.getfqdn)`): the callee calls them with what it is given."""
        out: frozenset[str] = frozenset()
        for index, node in enumerate(expr.args):
            if not isinstance(node, ast.Name | ast.Attribute):
                continue
            resolved, obscured = self._resolve(node, scope)
            if resolved is None or resolved.startswith(_LOCAL):
                continue
            rest = frozenset().union(*(a for i, a in enumerate(args) if i != index))
            if resolved in v.HOST_SOURCES:
                out |= {v.HOST}
            elif resolved in v.EXEC_SINKS:
                self._event(scope, "exec", resolved, expr.lineno, rest, expr, obscured)
            elif resolved in v.PROCESS_SINKS:
                self._event(scope, "process", resolved, expr.lineno, rest, expr, obscured)
        return out

    def _reference(self, resolved: str, scope: Scope) -> None:
        """A function of this module handed to someone (a callback, a thread's target)."""
        qualname = resolved[len(_LOCAL) :]
        if qualname in self.defs:
            self._run(qualname, scope)

    def _run(self, qualname: str, scope: Scope) -> None:
        if qualname in self.defs:
            scope.runs.add(qualname)

    def _call(self, expr: ast.Call, scope: Scope) -> frozenset[str]:  # noqa: PLR0915
        callee, obscured = self._resolve(expr.func, scope)
        receiver: frozenset[str] = frozenset()
        if isinstance(expr.func, ast.Attribute):
            receiver = self._labels(expr.func.value, scope)
        elif not isinstance(expr.func, ast.Name):
            receiver = self._labels(expr.func, scope)
        args = [self._labels(a, scope) for a in expr.args]
        keywords = {k.arg: self._labels(k.value, scope) for k in expr.keywords}
        handed_labels = self._handed(expr, args, scope)
        if callee in _SCHEDULERS:
            for handed in (*expr.args, *(k.value for k in expr.keywords)):
                target, _ = (
                    self._resolve(handed, scope)
                    if isinstance(handed, ast.Name | ast.Attribute)
                    else (None, False)
                )
                if target is not None and target.startswith(_LOCAL):
                    self._reference(target, scope)
        every = frozenset().union(
            *args, *(labels for name, labels in keywords.items() if name != "env")
        )
        if callee in _PATH_JOINS or (
            isinstance(expr.func, ast.Attribute) and expr.func.attr in ("join", "joinpath")
        ):
            every |= self._shape_labels(expr, scope)
        every |= handed_labels
        self._mutate(expr, every & v.DATA_LABELS, scope)
        if isinstance(expr.func, ast.Lambda):
            return self._lambda_call(expr.func, expr, args, scope)
        if (
            isinstance(expr.func, ast.Subscript)
            and isinstance(expr.func.value, ast.Name)
            and expr.func.value.id in self._tables
        ):  # HANDLERS[key](): any of the table's functions
            for qualname in self._tables[expr.func.value.id]:
                self._run(qualname, scope)
        if callee is None:
            method = expr.func.attr if isinstance(expr.func, ast.Attribute) else ""
            return self._method(method, expr, receiver, every, scope)
        if callee.startswith(_LOCAL):
            result = self._local_call(callee[len(_LOCAL) :], expr, args, keywords, scope)
            return result | _plain(receiver) | handed_labels
        last_part = callee.rsplit(".", 1)[-1]
        if last_part in ("communicate", "write", "writelines") and v.PROCHANDLE in receiver:
            return self._method(last_part, expr, receiver, every, scope)
        scope.calls.add(callee.removesuffix("()"))
        if self.foreign is not None and callee in self.foreign.functions:
            params, returns = self.foreign.functions[callee]
            mapping = dict(zip(params, args, strict=False))
            mapping.update((k, labels) for k, labels in keywords.items() if k is not None)
            return _subst(returns, mapping) | handed_labels
        name = callee.removeprefix("builtins.")
        last = callee.rsplit(".", 1)[-1]
        line = expr.lineno
        if (
            callee not in _SINK_NAMES
            and last not in _SINK_LASTS
            and not callee.startswith(v.NETWORK_PREFIXES)
        ):  # what none of the branches below knows (most calls): its value, as at the end
            return _literal_if_all(every | receiver, [*args, *keywords.values()])
        # sources
        if callee in v.HOST_SOURCES:
            return every | {v.HOST}
        if callee in ("os.getenv", "os.environ.get", "os.getenvb", "os.environ.pop"):
            return self._env_read(expr.args[0], scope) if expr.args else frozenset({v.SECRETENV})
        if callee in v.CREDENTIAL_CALLS:
            if callee.startswith("os.environ."):
                return frozenset({v.ENVDUMP})
            # a keyring entry belongs to the service it is named by; anything else, to no one
            stores = (
                frozenset(v.STORE + d[len(v.DEST) :] for d in every if d.startswith(v.DEST))
                if callee.startswith("keyring.")
                else frozenset()
            ) or frozenset({v.STORE_OTHER})
            self._event(scope, "read", callee, line, every | stores | {v.CRED}, expr, obscured)
            return every | stores | {v.CRED}
        if callee in v.SITE_CALLS:
            return every | {v.SITEDIR}
        if callee in v.DECODERS or (last in v.DECODE_METHODS and callee.count(".") > 0):
            if callee == "codecs.decode" and len(expr.args) > 1:
                encoding, _ = self._fold(expr.args[1], scope)
                if encoding is not None and encoding.lower().replace("-", "_") in (
                    "utf_8",
                    "utf8",
                    "ascii",
                    "latin_1",
                    "latin1",
                ):
                    return every | receiver
            inputs = every | receiver
            if inputs & v.DECODABLE:
                return _plain(inputs) | {v.DECODED}
            return _plain(inputs) | _decoded_if(inputs)
        if callee in v.NETWORK_READS:
            return every | receiver | {v.NETWORK}
        # sinks
        if callee in v.EXEC_SINKS:
            code = None
            if (name in ("exec", "eval", "compile") or callee.startswith("timeit.")) and (
                expr.args
            ):
                code, _ = self._fold(expr.args[0], scope)
            # what runs is the code argument; the namespaces handed beside it matter only to
            # literal code, which reads its names from them
            data = every if code is not None or name not in _CODE_FIRST else _first(args, keywords)
            self._event(scope, "exec", callee, line, data | receiver, expr, obscured, code=code)
            return _plain(every)
        if callee in v.IMPORT_SINKS or last in {"exec_module", "load_module"}:
            self._event(scope, "import", callee, line, every | receiver, expr, obscured)
            return every | receiver
        if callee in v.PROCESS_SINKS or (
            last in ("Popen", "run", "call", "check_output", "check_call")
            and callee.startswith("subprocess")
        ):
            self._process(scope, callee, expr, every | receiver, obscured)
            handle = every | {v.PROCHANDLE}
            return handle | {v.NETWORK} if every & {v.NETWORK} else handle
        if callee in v.NATIVE_SINKS or (
            last in ("CDLL", "WinDLL", "LoadLibrary", "dlopen", "PyDLL")
            and ("ctypes" in callee or "cffi" in callee)
        ):
            strings = tuple(self._strings(expr.args, scope))
            self._event(
                scope, "native", callee, line, every | receiver, expr, obscured, strings=strings
            )
            return every
        if callee in v.REGISTRY_WRITES:
            self._event(scope, "registry", callee, line, every, expr, obscured)
            return every
        if last == "urlretrieve" and len(args) >= 2:
            self._event(
                scope, "write", callee, line, frozenset({v.NETWORK}), expr, obscured, target=args[1]
            )
            if isinstance(expr.args[1], ast.Name):
                name_ = expr.args[1].id
                scope.env[name_] = scope.env.get(name_, frozenset()) | {v.NETWORK}
        if callee in v.NETWORK_SINKS or (
            callee.startswith(v.NETWORK_PREFIXES) and last in _NET_VERBS
        ):
            self._event(
                scope,
                "network",
                callee,
                line,
                every | _data(receiver),
                expr,
                obscured,
                target=receiver,
            )
            return every | receiver | {v.NETWORK}
        if callee in ("builtins.open", "io.open", "codecs.open", "os.open", "os.fdopen"):
            return self._open(scope, callee, expr, args, keywords, obscured)
        if callee in v.WRITE_CALLS and len(args) >= 2:
            if args[0] & {v.CREDPATH}:
                self._event(scope, "read", callee, line, args[0] | {v.CRED}, expr, obscured)
            self._event(scope, "write", callee, line, frozenset(), expr, obscured, target=args[1])
            return every
        if callee in v.LISTING_CALLS and every & {v.CREDPATH}:
            self._event(scope, "read", callee, line, every | {v.CRED}, expr, obscured)
            return every | {v.CRED}
        if callee in ("sqlite3.connect",) and every & {v.CREDPATH}:
            self._event(scope, "read", callee, line, every | {v.CRED}, expr, obscured)
            return every | {v.CRED}
        if callee in ("PIL.Image.open", "imageio.imread", "cv2.imread", "wave.open"):
            return every | {v.FILEDATA}
        if callee in ("os.chmod", "os.chown") and args:
            self._event(scope, "write", callee, line, frozenset(), expr, obscured, target=args[0])
            return every
        if callee in ("os.fork", "os.setsid", "os.daemon", "daemon.DaemonContext"):
            self._event(scope, "process", callee, line, every, expr, obscured, detached=True)
            return every
        if callee in (
            "importlib.resources.files",
            "importlib.resources.path",
            "pkg_resources.resource_filename",
            "pkgutil.get_data",
            "importlib.resources.read_binary",
        ):
            return (
                every
                | {v.BUNDLED}
                | ({v.FILEDATA} if last in ("get_data", "read_binary") else set())
            )
        if callee.startswith("builtins.") and name in ("bytes", "bytearray") and expr.args:
            ints = _int_list(expr.args[0])
            if ints is not None and len(ints) >= 8:
                return every | {v.DECODED}
        if (
            last in v.WRITE_METHODS
            or last in ("write", "writelines")
            or callee.endswith("().open")  # a path object's open(mode)
        ):
            return self._method(last, expr, receiver, every, scope)
        if last in (
            "read",
            "read_text",
            "read_bytes",
            "readlines",
            "readline",
            "getdata",
            "tobytes",
            "load",
            "getpixel",
            "text",
            "content",
            "json",
        ):
            return self._method(last, expr, receiver, every, scope)
        return _literal_if_all(every | receiver, [*args, *keywords.values()])

    def _method(
        self,
        method: str,
        expr: ast.Call,
        receiver: frozenset[str],
        every: frozenset[str],
        scope: Scope,
    ) -> frozenset[str]:
        """Calls on values whose type is not known: files, paths, responses."""
        line = expr.lineno
        if method == "to_bytes":  # exec(N.to_bytes(n, 'big')): a payload kept as an integer
            return _plain(receiver | every) | {v.INTBYTES}
        if method in ("communicate", "write", "writelines") and v.PROCHANDLE in receiver:
            if every & {v.DECODED, v.NETWORK}:  # fed to the child's stdin: what it runs
                self._event(scope, "process", method, line, every, expr, False)
            return receiver
        if method == "open" and expr.args:
            mode = self._fold(expr.args[0], scope)[0] or "r"
            if any(c in mode for c in "wax+"):
                self._event(scope, "write", method, line, frozenset(), expr, False, target=receiver)
                return receiver | {v.WRITEHANDLE}
        if method in _READ_METHODS and (every | (receiver if method == "open" else frozenset())) & {
            v.CREDPATH
        }:
            self._event(scope, "read", method, line, every | {v.CRED}, expr, False)
            self._mutate(expr, v.stores_of(every | receiver) | {v.CRED}, scope)
            return receiver | every | {v.CRED}
        if method in v.WRITE_METHODS or method in ("write", "writelines"):
            if (method != "write" or v.WRITEHANDLE in receiver) and (
                method != "write"
                or receiver & {v.PERSISTPATH, v.PTHPATH, v.SITEDIR, v.CREDPATH}
                or every & {v.NETWORK, v.DECODED}
            ):
                self._event(scope, "write", method, line, every, expr, False, target=receiver)
            return receiver
        if method in ("read_text", "read_bytes", "open") and receiver & {v.CREDPATH}:
            self._event(scope, "read", method, line, receiver | {v.CRED}, expr, False)
            return receiver | {v.CRED}
        if method in ("read_text", "read_bytes") and receiver & {v.CONST, v.BUNDLED}:
            binary = {v.BINARYDATA} if method == "read_bytes" else set()
            source = isinstance(expr.func, ast.Attribute) and _py_path_node(expr.func.value)
            return receiver | ({v.PYSOURCE} if source else {v.FILEDATA} | binary)
        if method in ("decode", "encode", "getdata", "tobytes", "getpixel", "load"):
            return receiver | every
        if method in v.DECODE_METHODS and (receiver | every) & v.DECODABLE:
            return _plain(receiver | every) | {v.DECODED}
        if v.LITERAL in receiver and (not every or v.LITERAL in every):
            return receiver | every
        return _plain(receiver | every)

    def _open(  # noqa: PLR0917
        self,
        scope: Scope,
        callee: str,
        expr: ast.Call,
        args: list[frozenset[str]],
        keywords: dict[str | None, frozenset[str]],
        obscured: bool,
    ) -> frozenset[str]:
        path = args[0] if args else keywords.get("file", frozenset())
        mode_node = (
            expr.args[1]
            if len(expr.args) > 1
            else next((k.value for k in expr.keywords if k.arg == "mode"), None)
        )
        mode = "r"
        if callee == "os.open":  # flags, not a mode: os.O_WRONLY | os.O_APPEND | os.O_CREAT
            flags = (
                {
                    n.attr if isinstance(n, ast.Attribute) else n.id
                    for n in ast.walk(mode_node)
                    if isinstance(n, ast.Attribute | ast.Name)
                }
                if mode_node is not None
                else set()
            )
            if flags & {"O_WRONLY", "O_RDWR", "O_APPEND", "O_CREAT", "O_TRUNC"}:
                mode = "w"
        elif mode_node is not None:
            mode = self._fold(mode_node, scope)[0] or "r"
        if any(c in mode for c in "wax+"):
            self._event(
                scope, "write", callee, expr.lineno, frozenset(), expr, obscured, target=path
            )
            return _plain(path) | {v.WRITEHANDLE}
        if path & {v.CREDPATH}:
            self._event(scope, "read", callee, expr.lineno, path | {v.CRED}, expr, obscured)
            return _plain(path) | {v.CRED}
        literal = self._fold(expr.args[0], scope)[0] if expr.args else None
        if (literal is not None and literal.endswith(".py")) or _py_path_node(
            expr.args[0] if expr.args else None
        ):
            return _plain(path) | {v.PYSOURCE}
        return _plain(path) | {v.FILEDATA} | ({v.BINARYDATA} if "b" in mode else set())

    def _process(
        self, scope: Scope, callee: str, expr: ast.Call, labels: frozenset[str], obscured: bool
    ) -> None:
        strings = self._strings(expr.args[:1], scope) if expr.args else []
        for keyword in expr.keywords:
            if keyword.arg in ("args", "cmd", "command"):
                strings += self._strings([keyword.value], scope)
        detached = any(
            k.arg in ("start_new_session", "creationflags", "preexec_fn")
            and not (isinstance(k.value, ast.Constant) and not k.value.value)
            for k in expr.keywords
        ) or any(s.rstrip().endswith("&") or "nohup" in s for s in strings)
        code = None
        for index, text in enumerate(strings[:-1]):
            program = text if text.endswith(" -c") else strings[index - 1] if index else ""
            if (text == "-c" or text.endswith(" -c")) and "python" in program.rsplit("/", 1)[-1]:
                code = strings[index + 1]
        if code is None and len(strings) == 1:
            marker = strings[0].find(" -c ")
            if marker >= 0 and "python" in strings[0][:marker]:
                code = strings[0][marker + 4 :].strip().strip("'\"")
        self._event(
            scope,
            "process",
            callee,
            expr.lineno,
            labels,
            expr,
            obscured,
            strings=tuple(strings),
            detached=detached,
            code=code,
        )

    def _strings(self, nodes: Iterable[ast.expr], scope: Scope) -> list[str]:
        out: list[str] = []
        for node in nodes:
            if isinstance(node, ast.List | ast.Tuple):
                out += self._strings(node.elts, scope)
                continue
            folded, _ = self._fold(node, scope)
            if folded is not None:
                out.append(folded)
            elif isinstance(node, ast.JoinedStr):
                out.append(
                    "".join(
                        p.value
                        for p in node.values
                        if isinstance(p, ast.Constant) and isinstance(p.value, str)
                    )
                )
            elif isinstance(node, ast.Name):
                resolved = self._lookup(node.id, scope)
                if resolved == "sys.executable":
                    out.append("python")
            elif isinstance(node, ast.Attribute):
                resolved, _ = self._resolve(node, scope)
                if resolved == "sys.executable":
                    out.append("python")
        return out

    def _local_call(
        self,
        qualname: str,
        expr: ast.Call,
        args: list[frozenset[str]],
        keywords: dict[str | None, frozenset[str]],
        scope: Scope,
    ) -> frozenset[str]:
        bound = False
        if qualname.endswith("()"):  # a method of an instance of a local class
            qualname = qualname[:-2]
        if "()." in qualname:
            qualname = qualname.replace("().", ".")
            bound = True
        definition = self.defs.get(qualname)
        if definition is None:
            return frozenset().union(*args, *keywords.values())
        if isinstance(definition.node, ast.ClassDef):
            for method in ("__init__", "__new__", "__post_init__"):
                target = f"{qualname}.{method}"
                if target in self.defs:
                    self._run(target, scope)
                    self._flow_into(target, args, keywords, scope, bound=True)
            return frozenset().union(*args, *keywords.values())
        self._run(qualname, scope)
        if definition.owner and not bound and isinstance(expr.func, ast.Attribute):
            bound = (
                isinstance(expr.func.value, ast.Name)
                and self._lookup(expr.func.value.id, scope) == f"{_LOCAL}{definition.owner}()"
            )
        return self._flow_into(
            qualname,
            args,
            keywords,
            scope,
            bound=bound or bool(definition.owner and isinstance(expr.func, ast.Attribute)),
        )

    def _flow_into(
        self,
        qualname: str,
        args: list[frozenset[str]],
        keywords: dict[str | None, frozenset[str]],
        scope: Scope,
        *,
        bound: bool,
    ) -> frozenset[str]:
        callee = self._function(qualname)
        params = callee.params[1:] if bound and callee.params else callee.params
        mapping: dict[str, frozenset[str]] = {}
        for index, labels in enumerate(args):
            if index < len(params):
                mapping[params[index]] = labels
        for name, labels in keywords.items():
            if name is not None:
                mapping[name] = labels
        for event in callee.events:
            if any(label.startswith(v.PARAM) for label in (*event.labels, *event.target)):
                labels = _subst(event.labels, mapping)
                target = _subst(event.target, mapping)
                if (labels | target) - {v.CONST}:
                    scope.record(_replace(event, labels, target))
        return _subst(callee.returns, mapping)

    def _event(  # noqa: PLR0917
        self,
        scope: Scope,
        kind: str,
        callee: str,
        line: int,
        labels: frozenset[str],
        expr: ast.AST,
        obscured: bool,
        *,
        strings: tuple[str, ...] = (),
        detached: bool = False,
        code: str | None = None,
        target: frozenset[str] = frozenset(),
    ) -> None:
        scope.record(Event(kind, callee, line, labels, strings, obscured, detached, code, target))


_CODE_FIRST = frozenset({"exec", "eval", "compile", "types.FunctionType"})


def _first(
    args: list[frozenset[str]], keywords: dict[str | None, frozenset[str]]
) -> frozenset[str]:
    """The labels of a call's first argument (positional, or compile's `source=`)."""
    return args[0] if args else keywords.get("source", frozenset())


_CONSTANT = frozenset({v.CONST, v.LITERAL})


def _children(node: ast.AST) -> list[Any]:
    """What `ast.iter_child_nodes` yields (and None list items), without its generators."""
    out: list[Any] = []
    for name in node._fields:
        value = getattr(node, name, None)
        if type(value) is list:
            out += value
        elif isinstance(value, ast.AST):
            out.append(value)
    return out


_INTERESTING = frozenset().union(
    v.EXEC_SINKS, v.IMPORT_SINKS, v.PROCESS_SINKS, v.NETWORK_SINKS, v.NATIVE_SINKS,
    v.HOST_SOURCES, v.CREDENTIAL_CALLS, v.DECODERS,
)  # fmt: skip


# what a sibling's function may return that matters where it is used (data read from files
# is everywhere, and judged where it is read)
_EXPORTED = (v.DATA_LABELS | {v.NETWORK}) - {v.FILEDATA}


def exports(module: str, flow: ModuleFlow, into: Foreign) -> set[str]:
    """Add what `module` exports to `into`; the names worth re-analysing its importers for
    (an alias of a sink or source, a function returning data or decoding its argument)."""
    top = flow.scopes.get("")
    interesting: set[str] = set()
    if top is None:
        return interesting
    for name, target in top.aliases.items():
        if not target.startswith(_LOCAL) and target != f"{module}.{name}":
            into.aliases[f"{module}.{name}"] = target
            if target in _INTERESTING:
                interesting.add(f"{module}.{name}")
    for name, labels in top.env.items():
        if "." not in name and labels:
            into.env[f"{module}.{name}"] = _data(labels) | (labels & {v.LITERAL, v.CONST})
    for qualname, scope in flow.scopes.items():
        if "." in qualname or qualname in ("", "<main>"):
            continue
        if scope.returns & _EXPORTED or any(
            label.startswith(f"{v.PARAM}decoded:") for label in scope.returns
        ):
            into.functions[f"{module}.{qualname}"] = (scope.params, frozenset(scope.returns))
            interesting.add(f"{module}.{qualname}")
    return interesting


def uses(flow: ModuleFlow, names: set[str], *, top_only: bool = False) -> bool:
    """Whether the module refers to any of these dotted names (calls, values, aliases), in
    its top level only (`top_only`) or anywhere."""
    scopes = [flow.scopes[""]] if top_only and "" in flow.scopes else flow.scopes.values()
    for scope in scopes:
        if not names.isdisjoint(scope.calls) or not names.isdisjoint(scope.refs):
            return True
        if not top_only and not names.isdisjoint(scope.aliases.values()):
            return True
    return False


def _replace(event: Event, labels: frozenset[str], target: frozenset[str]) -> Event:
    return Event(
        event.kind,
        event.callee,
        event.line,
        labels,
        event.strings,
        event.obscured,
        event.detached,
        event.code,
        target,
    )


def _xor_over_literal(expr: ast.ListComp | ast.SetComp | ast.GeneratorExp) -> bool:
    """Each character of a long string or bytes constant XOR-ed: a one-byte-key cipher."""
    source = expr.generators[0].iter
    return (
        isinstance(source, ast.Constant)
        and isinstance(source.value, str | bytes)
        and len(source.value) >= 16
        and any(
            isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitXor) for n in ast.walk(expr.elt)
        )
    )


def _int_list(node: ast.expr) -> list[int] | None:
    if isinstance(node, ast.List | ast.Tuple) and node.elts:
        out = []
        for element in node.elts:
            if not (
                isinstance(element, ast.Constant)
                and type(element.value) is int
                and 0 <= element.value < 0x110000
            ):
                return None
            out.append(element.value)
        return out
    return None


def _py_path(labels: frozenset[str]) -> bool:
    return False


def _py_path_node(node: ast.expr | None) -> bool:
    """A path expression whose last constant part names a .py file."""
    if node is None:
        return False
    strings = [
        (child.lineno, child.col_offset, child.value)
        for child in ast.walk(node)
        if isinstance(child, ast.Constant) and isinstance(child.value, str)
    ]
    return bool(strings) and max(strings)[2].endswith(".py")


def _is_main_guard(test: ast.expr) -> bool:
    """`if __name__ == "__main__":`, alone or and-ed with other conditions."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return any(_is_main_guard(value) for value in test.values)
    if not (isinstance(test, ast.Compare) and len(test.comparators) == 1):
        return False
    if not isinstance(test.ops[0], ast.Eq):
        return False
    sides = (test.left, test.comparators[0])
    return any(isinstance(s, ast.Name) and s.id == "__name__" for s in sides) and any(
        isinstance(s, ast.Constant) and s.value == "__main__" for s in sides
    )


def _sub_bodies(stmt: ast.stmt) -> list[list[ast.stmt]]:
    if isinstance(stmt, ast.If):
        return [stmt.body, stmt.orelse]
    if isinstance(stmt, ast.Try):
        return [stmt.body, *(h.body for h in stmt.handlers), stmt.orelse, stmt.finalbody]
    if isinstance(stmt, ast.With):
        return [stmt.body]
    return []


# characters NFKC folds to ASCII letters, digits or "_": fullwidth forms, mathematical
# alphanumerics, letterlike symbols, ligatures, super- and subscripts, circled and roman letters
_FOLDABLE = re.compile(
    "[\u00aa\u00b2\u00b3\u00b9\u00ba\u2070-\u209f\u2100-\u218f\u2460-\u24ff"
    "\ufb00-\ufb06\ufe33\ufe34\ufe4d-\ufe4f\uff10-\uff19\uff21-\uff3a\uff3f"
    "\uff41-\uff5a\U0001d400-\U0001d7ff]"
)


def obscured_identifiers(source: str) -> list[tuple[int, str]]:
    """Identifiers written with characters that NFKC folds to something else (fullwidth
    `exec` is `exec` to Python): never needed, always meant to hide."""
    if source.isascii() or not _FOLDABLE.search(source):
        return []
    import io
    import tokenize

    found = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.NAME and not token.string.isascii():
                normal = unicodedata.normalize("NFKC", token.string)
                if normal != token.string and normal.isascii():
                    found.append((token.start[0], token.string))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        pass
    return found
