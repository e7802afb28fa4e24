"""The generated dataclass methods (sscli/dataclass_methods): current, the very code `exec`
would compile from each text, and used only for the text they were generated from."""

from __future__ import annotations

import dataclasses
import importlib
import subprocess
import sys
import types
from pathlib import Path

import pytest

from sscli import dataclass_methods
from sscli.policy.model import ArchiveLimits, PolicyException

HERE = Path(dataclass_methods.__file__).parent
GENERATED = sorted(path.stem for path in HERE.glob("sscli_*.py"))


def test_the_generated_modules_are_what_the_current_dataclasses_give() -> None:
    # a fresh interpreter imports every module (this one has imported them already)
    result = subprocess.run(
        [sys.executable, "-m", "sscli.dataclass_methods", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, (
        f"{result.stdout}{result.stderr}\nregenerate: python -m sscli.dataclass_methods"
    )


def _same_code(ours: types.CodeType, theirs: types.CodeType) -> bool:
    """Equal but for where the code was compiled from (file name, line numbers)."""
    fields = ("co_code", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_argcount",
              "co_posonlyargcount", "co_kwonlyargcount", "co_flags", "co_name", "co_qualname",
              "co_stacksize", "co_exceptiontable")  # fmt: skip
    if any(getattr(ours, f) != getattr(theirs, f) for f in fields):
        return False
    if len(ours.co_consts) != len(theirs.co_consts):
        return False
    for a, b in zip(ours.co_consts, theirs.co_consts, strict=True):
        if isinstance(a, types.CodeType) and isinstance(b, types.CodeType):
            if not _same_code(a, b):
                return False
        elif type(a) is not type(b) or a != b:
            return False
    return True


@pytest.mark.parametrize("name", GENERATED)
def test_each_generated_code_is_what_exec_compiles_from_its_text(name: str) -> None:
    codes = importlib.import_module(f"{dataclass_methods.PREFIX}{name}").CODE
    assert codes
    for text, code in codes.items():
        compiled = compile(text, "<string>", "exec", dont_inherit=True)  # as dataclasses does
        (theirs,) = [c for c in compiled.co_consts if isinstance(c, types.CodeType)]
        assert _same_code(code, theirs), text
        assert code.co_name == "__create_fn__"


def test_a_class_of_sscli_gets_its_methods_from_the_generated_module() -> None:
    init = ArchiveLimits.__init__
    assert init.__code__.co_filename == str(HERE / "sscli_policy_model.py")
    assert init.__globals__ is sys.modules["sscli.policy.model"].__dict__
    assert init.__qualname__ == "ArchiveLimits.__init__"
    limits = ArchiveLimits(max_ratio=7)
    assert limits == ArchiveLimits(max_ratio=7) != ArchiveLimits()
    assert repr(limits).startswith("ArchiveLimits(max_file_bytes=536870912,")
    assert hash(limits) == hash(ArchiveLimits(max_ratio=7))
    with pytest.raises(dataclasses.FrozenInstanceError):
        limits.max_ratio = 8  # type: ignore[misc]
    assert PolicyException.__init__.__annotations__["return"] is None  # as dataclasses gives


def test_a_changed_or_foreign_class_is_compiled_as_before() -> None:
    namespace = {"__name__": "sscli.policy.model"}  # a class there that was not generated
    exec(
        "from dataclasses import dataclass\n"
        "@dataclass(frozen=True)\nclass Changed:\n  '''Not generated.'''\n  a: int\n  b: str = 'x'\n",
        namespace,
    )
    changed = namespace["Changed"]
    assert changed.__init__.__code__.co_filename == "<string>"  # type: ignore[attr-defined]
    assert changed(1) == changed(1, "x")  # type: ignore[operator]
    # compiled without this stand-in's own `from __future__ import annotations`
    assert changed.__init__.__annotations__["return"] is None  # type: ignore[attr-defined]

    @dataclasses.dataclass
    class Foreign:
        """A class outside sscli."""

        a: int

    assert Foreign.__init__.__code__.co_filename == "<string>"
    assert Foreign(1) == Foreign(1)


def test_the_stand_in_keeps_execs_defaults() -> None:
    use = dataclass_methods._exec
    namespace: dict[str, object] = {}
    use("x = 1", namespace)
    assert namespace["x"] == 1 and "__builtins__" in namespace
    local: dict[str, object] = {}
    use("y = x + 1", namespace, local)
    assert local == {"y": 2} and "y" not in namespace
    with pytest.raises(SyntaxError):
        use("def (", namespace)


def test_dataclasses_exec_is_the_stand_in_once_sscli_is_imported() -> None:
    assert dataclasses.exec is dataclass_methods._exec  # type: ignore[attr-defined]
