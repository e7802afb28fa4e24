"""The build requirements an sdist declares, against what a vault holds: a build whose declared
requirements no vault file satisfies would fail in the sandbox (which has no network), so it is
refused before it runs, naming what to ingest."""

from __future__ import annotations

from pathlib import Path

from sscli.errors import InputError
from sscli.vault.store import Vault

# What pypa/build installs for a project whose pyproject.toml declares no build system (PEP 517)
_LEGACY_REQUIRES = ("setuptools>=40.8.0",)


def missing_build_requirements(tree: Path, vault: Vault) -> list[str]:
    """The build requirements the project at `tree` declares (`build-system.requires`, or
    setuptools for a bare setup.py) that no vault file satisfies: its build would fail in the
    sandbox. Only the declared ones: what they need in turn shows when pip resolves them."""
    import tomllib

    from packaging.requirements import InvalidRequirement, Requirement
    from packaging.utils import canonicalize_name

    declared: list[str] = list(_LEGACY_REQUIRES)
    pyproject = tree / "pyproject.toml"
    if pyproject.is_file():
        try:
            system = tomllib.loads(pyproject.read_text("utf-8")).get("build-system")
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"the sdist's pyproject.toml is unreadable: {exc}") from exc
        if isinstance(system, dict) and "requires" in system:
            declared = [str(r) for r in system.get("requires") or []]
    versions: dict[str, list[str]] = {}
    for entry in vault.entries():
        versions.setdefault(entry.project, []).append(entry.version)
    missing = []
    for text in declared:
        try:
            requirement = Requirement(text)
        except InvalidRequirement as exc:
            raise InputError(f"the sdist declares an invalid build requirement: {exc}") from exc
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        held = versions.get(canonicalize_name(requirement.name), [])
        if not any(requirement.specifier.contains(v, prereleases=True) for v in held):
            missing.append(text)
    return missing
