from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO, Cli

WHEELS = REPO / "tests" / "data" / "wheels"


@pytest.fixture(scope="session")
def build_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault holding real build backends (flit_core, hatchling and its dependencies,
    setuptools), ingested from the recorded wheels through sscli itself."""
    root = tmp_path_factory.mktemp("build-vault")
    from tests.builders import sha256

    # one lock per version of a project (flit_core 3.9.0 and 3.12.0): a lock pins each once
    locks: list[list[Path]] = []
    for wheel in sorted(WHEELS.glob("*.whl")):
        name = wheel.name.split("-")[0]
        lock = next(
            (lock for lock in locks if all(w.name.split("-")[0] != name for w in lock)), None
        )
        if lock is None:
            locks.append(lock := [])
        lock.append(wheel)
    policy = root / "policy.yaml"
    policy.write_text(
        "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: none}\n"
    )
    for number, wheels in enumerate(locks):
        lock_file = root / f"build-requirements-{number}.txt"
        lock_file.write_text(
            "".join(
                f"{w.name.split('-')[0]}=={w.name.split('-')[1]} --hash=sha256:{sha256(w)}\n"
                for w in wheels
            )
        )
        Cli(root / "state")(
            "ingest",
            lock_file,
            "--index-url",
            WHEELS.as_uri(),
            "--vault",
            root / "vault",
            "--policy",
            policy,
        )
    return root / "vault"


def write_project(
    directory: Path, backend: str, *, name: str = "demo", extra_setup: str = ""
) -> Path:
    """A small real project for `backend` (flit, hatchling or setuptools)."""
    directory.mkdir(parents=True)
    package = directory / "src" / name
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(f'"""The {name} package."""\n\n__version__ = "1.0"\n')
    (directory / "README.md").write_text(f"# {name}\n")
    requires, build_backend, tool = {
        "flit": (
            '"flit_core==3.9.0"',
            "flit_core.buildapi",
            f'[tool.flit.module]\nname = "{name}"\n',
        ),
        "hatchling": (
            '"hatchling==1.25.0"',
            "hatchling.build",
            f'[tool.hatch.build.targets.wheel]\npackages = ["src/{name}"]\n',
        ),
        "setuptools": (
            '"setuptools==75.1.0"',
            "setuptools.build_meta",
            '[tool.setuptools.packages.find]\nwhere = ["src"]\n',
        ),
    }[backend]
    (directory / "pyproject.toml").write_text(
        f'[build-system]\nrequires = [{requires}]\nbuild-backend = "{build_backend}"\n\n'
        f'[project]\nname = "{name}"\nversion = "1.0"\ndescription = "A {backend} project"\n'
        f'readme = "README.md"\nrequires-python = ">=3.9"\n\n{tool}'
    )
    if extra_setup:
        (directory / "setup.py").write_text(extra_setup)
    return directory
