"""Modules that a library imports at its top but uses only in some calls, deferred.

`defer_while_importing(target, stand_ins)` puts an import hook in front of `target`: its code
runs with small stand-in modules in place of the named dependencies that are not loaded yet,
and the stand-ins are removed again right after, so the real modules stay importable by their
names. Each stand-in's attributes import the real module when used; a stand-in of None makes
the dependency absent while `target` runs (for optional imports it guards with ImportError).
Users:
- securesystemslib's signer package imports its AWS KMS signer, and that imports boto3 (several
  hundred milliseconds) whenever any signer or key class is used: every signature check of the
  deploy gate paid for the AWS SDK (`defer_aws_sdk`, from `sscli/__init__.py`);
- Typer's rich help imports rich.markdown and rich.traceback, which sscli never renders
  (sscli/cli/richhelp.py);
- jsonschema's format module imports a library per optional format checker (a lark grammar,
  arrow, ...), and sscli checks formats with its own (sscli/schemas.py);
- dataclasses imports inspect (and with it ast, dis, tokenize and linecache: a third of a plain
  scan's imports) to write the docstring of a dataclass that has none (`defer_inspect`, from
  `sscli/__init__.py`).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
import types
from collections.abc import Callable, Mapping, Sequence

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:  # importlib.abc imports importlib.resources and tempfile: milliseconds
    from importlib.abc import Loader
    from typing import Any

    StandIns = Mapping[str, Mapping[str, Any] | None]
    Then = Callable[[types.ModuleType], None] | None


class _Loader:  # the import system calls these two methods; no ABC needed
    def __init__(self, real: Loader, stand_ins: StandIns, then: Then) -> None:
        self._real = real
        self._stand_ins = stand_ins
        self._then = then

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._real.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        placed = []
        for name, attributes in self._stand_ins.items():
            if name not in sys.modules:
                stub = None if attributes is None else types.ModuleType(name)
                for attribute, value in (attributes or {}).items():
                    setattr(stub, attribute, value)
                sys.modules[name] = stub  # type: ignore[assignment]
                placed.append((name, stub))
        try:
            self._real.exec_module(module)
        finally:
            for name, stub in placed:
                if sys.modules.get(name) is stub:
                    del sys.modules[name]
        if self._then is not None:
            self._then(module)


class _Finder:  # a meta path finder is any object with find_spec
    def __init__(self, target: str, stand_ins: StandIns, then: Then) -> None:
        self.target = target
        self._stand_ins = stand_ins
        self._then = then

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.target:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader, self._stand_ins, self._then)  # type: ignore[assignment]
        return spec


def defer_while_importing(target: str, stand_ins: StandIns, *, then: Then = None) -> None:
    """Run `target`'s module code, when it is first imported, with `stand_ins` in place, and
    `then(module)` after it (at once when `target` was imported already)."""
    if target in sys.modules:
        if then is not None:
            then(sys.modules[target])
        return
    if any(isinstance(f, _Finder) and f.target == target for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Finder(target, stand_ins, then))


_AWS_SIGNER = "securesystemslib.signer._aws_signer"


class _BotoCoreError(Exception):
    """Stand-in for botocore's error classes until boto3 is imported (none can be raised)."""


def _boto3_client(*args: Any, **kwargs: Any) -> Any:
    import boto3
    import botocore.exceptions

    # Before any AWS call: the signer's `except (BotoCoreError, ClientError)` gets the real ones.
    signer = sys.modules[_AWS_SIGNER]
    signer.BotoCoreError = botocore.exceptions.BotoCoreError  # type: ignore[attr-defined]
    signer.ClientError = botocore.exceptions.ClientError  # type: ignore[attr-defined]
    return boto3.client(*args, **kwargs)


def defer_aws_sdk() -> None:
    """securesystemslib's AWS signer calls only `boto3.client`, and names botocore's errors
    only around those calls: import both when it makes a client."""
    if importlib.util.find_spec("boto3") is None:
        return  # the signer reports the missing library itself
    stand_ins = {"client": _boto3_client}
    errors = {"BotoCoreError": _BotoCoreError, "ClientError": _BotoCoreError}
    defer_while_importing(
        _AWS_SIGNER, {"boto3": stand_ins, "botocore": {}, "botocore.exceptions": errors}
    )


def _real_inspect(name: str) -> Any:
    return getattr(importlib.import_module("inspect"), name)


def defer_inspect(*, then: Then = None) -> None:
    """dataclasses calls `inspect.signature` only for a class without a docstring: it gets a
    stand-in whose every attribute is the real module's, imported on first use."""
    defer_while_importing("dataclasses", {"inspect": {"__getattr__": _real_inspect}}, then=then)
