from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sscli.errors import InputError
from sscli.inventory import load_inventory
from tests.builders import build_wheel


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real venv of another interpreter process, with wheels installed by pip."""
    root = tmp_path_factory.mktemp("env")
    wheels = root / "wheels"
    wheels.mkdir()
    build_wheel(
        wheels,
        "alpha",
        "1.0",
        requires=["beta>=1", "gamma; sys_platform == 'win32'", "delta; extra == 'more'"],
        license_expression="MIT",
    )
    build_wheel(
        wheels, "beta", "2.1", classifiers=["License :: OSI Approved :: Apache Software License"]
    )
    target = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(target)], check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(target / "bin" / "python"),
            "install",
            "-q",
            "--no-index",
            "--no-deps",
            *map(str, wheels.iterdir()),
        ],
        check=True,
    )
    return target


def test_environment_by_venv_directory_and_interpreter(venv: Path) -> None:
    for target in (venv, venv / "bin" / "python"):
        inventory = load_inventory(python=target)
        by_name = {p.name: p for p in inventory.packages}
        assert set(by_name) == {"alpha", "beta"}
        assert by_name["alpha"].dependencies == (
            "beta",
        )  # gamma (win32) and delta (extra) not active
        assert by_name["beta"].license_expression == "Apache-2.0"
        assert by_name["alpha"].location is not None
        assert inventory.source_kind == "environment"


def test_environment_with_project_root(venv: Path, hello_dir: Path) -> None:
    inventory = load_inventory(hello_dir, python=venv)
    assert inventory.root is not None and inventory.root.name == "sscli-hello"


def test_not_an_environment(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a virtual environment"):
        load_inventory(python=tmp_path)
    script = tmp_path / "python"
    script.write_text("#!/bin/sh\nexit 7\n")
    script.chmod(0o755)
    with pytest.raises(InputError, match="interpreter failed"):
        load_inventory(python=script)
