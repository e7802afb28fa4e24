"""Every dataclass in sscli has a class docstring: for a class without one, `dataclasses`
(Python 3.11) builds it from `inspect.signature`, and importing `inspect` (ast, dis, tokenize)
is what sscli defers so that commands which never need it do not pay for it."""

from __future__ import annotations

import ast
from pathlib import Path

import sscli

ROOT = Path(sscli.__file__).parent
GENERATED = ("dataclass_methods", "schemas_compiled")


def _is_dataclass(decorator: ast.expr) -> bool:
    if isinstance(decorator, ast.Call):
        decorator = decorator.func
    if isinstance(decorator, ast.Name):
        return decorator.id == "dataclass"
    return (
        isinstance(decorator, ast.Attribute)
        and decorator.attr == "dataclass"
        and isinstance(decorator.value, ast.Name)
        and decorator.value.id == "dataclasses"
    )


def _has_docstring(node: ast.ClassDef) -> bool:
    first = node.body[0]
    return (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    )


def _undocumented(path: Path) -> list[str]:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        f"{module}:{node.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and any(_is_dataclass(d) for d in node.decorator_list)
        and not _has_docstring(node)
    ]


def _sources() -> list[Path]:
    return sorted(
        path for path in ROOT.rglob("*.py") if path.relative_to(ROOT).parts[0] not in GENERATED
    )


def test_the_scan_sees_the_package_and_skips_the_generated_code() -> None:
    sources = _sources()
    assert ROOT / "cli" / "build.py" in sources
    assert not any(path.is_relative_to(ROOT / name) for path in sources for name in GENERATED)


def test_the_decorator_forms_are_recognised() -> None:
    source = (
        "import dataclasses\nfrom dataclasses import dataclass\n"
        "@dataclass\nclass A:\n    x: int\n"
        "@dataclass(frozen=True)\nclass B:\n    x: int\n"
        "@dataclasses.dataclass(slots=True)\nclass C:\n    x: int\n"
        "@dataclasses.dataclass\nclass D:\n    'D.'\n    x: int\n"
        "class E:\n    x: int\n"
    )
    classes = [n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)]
    found = [n.name for n in classes if any(_is_dataclass(d) for d in n.decorator_list)]
    assert found == ["A", "B", "C", "D"]
    assert [n.name for n in classes if _has_docstring(n)] == ["D"]


def test_every_dataclass_has_a_docstring() -> None:
    missing = [name for path in _sources() for name in _undocumented(path)]
    assert not missing, "dataclasses without a class docstring:\n" + "\n".join(missing)
