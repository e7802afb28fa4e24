"""Targets as users name them: uv's platform names, target triples and wheel tags all give the
marker values of that platform (and, for ingest, the wheel tags it installs)."""

from __future__ import annotations

import pytest

from sscli.errors import UsageError
from sscli.inventory.selection import Selection, parse_platform


@pytest.mark.parametrize(
    ("text", "sys_platform", "machine", "tag"),
    [
        ("linux", "linux", "x86_64", "manylinux_2_17_x86_64"),
        ("aarch64-unknown-linux-gnu", "linux", "aarch64", "manylinux2014_aarch64"),
        ("x86_64-unknown-linux-musl", "linux", "x86_64", "musllinux_1_2_x86_64"),
        ("windows", "win32", "AMD64", "win_amd64"),
        ("macos", "darwin", "arm64", "macosx_14_0_arm64"),
        ("manylinux_2_17_x86_64", "linux", "x86_64", "manylinux_2_17_x86_64"),
        ("macosx_11_0_arm64", "darwin", "arm64", "macosx_11_0_arm64"),
        ("win_amd64", "win32", "AMD64", "win_amd64"),
    ],
)
def test_platforms(text: str, sys_platform: str, machine: str, tag: str) -> None:
    platform = parse_platform(text)
    markers = platform.markers()
    assert (markers["sys_platform"], markers["platform_machine"]) == (sys_platform, machine)
    assert tag in platform.wheel_tags


def test_python_version_sets_both_version_markers() -> None:
    (environment,) = Selection.create(python_version="3.10").environments()
    assert (environment["python_version"], environment["python_full_version"]) == ("3.10", "3.10.0")


@pytest.mark.parametrize(
    "options",
    [
        {"platforms": ["plan9"]},
        {"python_version": "three"},
        {"universal": True, "platforms": ["linux"]},
        {"groups": ["dev"], "all_groups": True},
        {"packages": ["a"], "all_packages": True},
        {"groups": ["../x"]},
    ],
)
def test_contradictions_and_bad_values_are_usage_errors(options: dict[str, object]) -> None:
    with pytest.raises(UsageError):
        Selection.create(**options)  # type: ignore[arg-type]
