from __future__ import annotations

from pathlib import Path

import pytest
from packaging.markers import default_environment

from sscli.errors import InputError
from sscli.inventory import load_inventory
from sscli.inventory.readers.interface import ReadOptions
from sscli.inventory.readers.poetry import PoetryLockReader
from sscli.inventory.readers.uvlock import UvLockReader

DATA = Path(__file__).parents[1] / "data"
HELLO = {"click", "markdown-it-py", "mdurl", "pygments", "rich"}


def options(**env: str) -> ReadOptions:
    return ReadOptions.for_environment({**default_environment(), **env})


def test_pylock_example(hello_dir: Path) -> None:
    inventory = load_inventory(hello_dir / "pylock.toml")
    assert {p.name for p in inventory.packages} == HELLO
    rich = next(p for p in inventory.packages if p.name == "rich")
    assert rich.version == "13.8.1"
    assert {a.filename for a in rich.artifacts} == {
        "rich-13.8.1.tar.gz",
        "rich-13.8.1-py3-none-any.whl",
    }
    wheel = next(a for a in rich.artifacts if a.kind == "wheel")
    assert wheel.sha256 == "1760a3c0848469b97b558fc61c85233e3dafb69c7a071b4d60c38099d3cd4c06"
    assert (
        wheel.size == 241608
        and wheel.url
        and wheel.url.startswith("https://files.pythonhosted.org/")
    )
    assert inventory.root is not None and inventory.root.name == "sscli-hello"
    assert set(inventory.root.dependencies) == {"click", "rich"}
    assert inventory.problems == ()


def test_pylock_marker_keeps_windows_only_packages_out(hello_dir: Path) -> None:
    inventory = load_inventory(hello_dir / "pylock.toml")
    assert "colorama" not in {p.name for p in inventory.packages}


def test_uv_lock_walks_the_graph_for_the_target(hello_dir: Path) -> None:
    linux = UvLockReader().read(hello_dir / "uv.lock", options(sys_platform="linux"))
    windows = UvLockReader().read(hello_dir / "uv.lock", options(sys_platform="win32"))
    assert {p.name for p in linux.packages} == HELLO
    assert {p.name for p in windows.packages} == HELLO | {"colorama"}
    graph = {p.name: set(p.dependencies) for p in windows.packages}
    assert graph["click"] == {"colorama"}
    assert graph["rich"] == {"markdown-it-py", "pygments"}
    assert linux.root is not None and set(linux.root.dependencies) == {"click", "rich"}


def test_uv_lock_and_pylock_and_requirements_agree(hello_dir: Path) -> None:
    def pins(name: str) -> set[tuple[str, str | None, tuple[str, ...]]]:
        inventory = load_inventory(hello_dir / name)
        return {(p.name, p.version, tuple(sorted(p.sha256_hashes))) for p in inventory.packages}

    assert pins("uv.lock") == pins("pylock.toml") == pins("requirements.txt")


def test_poetry_lock() -> None:
    inventory = PoetryLockReader().read(DATA / "poetry.lock", options(sys_platform="linux"))
    by_name = {p.name: p for p in inventory.packages}
    assert set(by_name) == {"certifi", "colorama", "idna", "requests"}
    assert set(by_name["requests"].dependencies) == {"certifi", "idna"}  # pysocks optional
    assert by_name["idna"].sha256_hashes[0].startswith("946d195a")
    assert by_name["requests"].description == "Python HTTP for Humans."
    windows = PoetryLockReader().read(DATA / "poetry.lock", options(sys_platform="win32"))
    assert "colorama" in next(p for p in windows.packages if p.name == "requests").dependencies


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "uv.lock",
            "version = 1\n[[package]]\nname = 'x'\nversion = '1.0'\n"
            "sdist = { url = 'https://x/x-1.0.tar.gz', hash = 'md5:abc' }\n",
            "unsupported hash",
        ),
        (
            "uv.lock",
            "version = 1\n[[package]]\nname = 'x'\nversion = 'one'\n",
            "invalid version 'one'",
        ),
        ("uv.lock", "version = 'x'\n", "unsupported uv.lock version"),
        ("uv.lock", "version = 1\npackage = 3\n", "expected an array"),
        ("pylock.toml", "lock-version = '2.0'\n", "unsupported lock-version"),
        (
            "pylock.toml",
            "lock-version = '1.0'\n[[packages]]\nname = 'x'\nversion = '1.0'\n"
            "wheels = [{ url = 'https://x/x-1.0-py3-none-any.whl' }]\n",
            "needs at least one hash",
        ),
        (
            "pylock.toml",
            "lock-version = '1.0'\n[[packages]]\nname = 'x'\nversion = '1.0'\n"
            "marker = 'os_name === 1'\n",
            "invalid marker",
        ),
        (
            "poetry.lock",
            "[[package]]\nname = 'x'\nversion = '1.0'\nfiles = [{file = 'x.whl', hash = 'sha256:00'}]\n",
            "64 hex digits",
        ),
        ("poetry.lock", "[[package]\nname = 'x'\n", "invalid TOML"),
    ],
)
def test_malformed_lock_files(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(InputError, match=message) as info:
        load_inventory(path)
    assert info.value.path == str(path)
