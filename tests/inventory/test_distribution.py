from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from sscli.errors import InputError
from sscli.inventory import load_inventory
from tests.builders import build_sdist, build_wheel, metadata_text, sha256


def test_wheel_metadata_hash_licenses_and_urls(tmp_path: Path) -> None:
    wheel = build_wheel(
        tmp_path,
        "Demo-Pkg",
        "1.0.0",
        requires=["requests>=2", "colorama; sys_platform == 'win32'"],
        classifiers=["License :: OSI Approved :: MIT License"],
        urls=[
            ("Source", "https://github.com/example/demo"),
            ("Documentation", "https://demo.example/docs"),
        ],
        home_page="https://demo.example",
    )
    inventory = load_inventory(wheel)
    root = inventory.root
    assert root is not None
    assert (root.name, root.version, root.display_name) == ("demo-pkg", "1.0.0", "Demo-Pkg")
    assert root.license_expression == "MIT"
    assert root.author == "Test Author"
    assert root.artifacts[0].sha256 == sha256(wheel)
    assert root.artifacts[0].filename == wheel.name
    kinds = {(r.type.value, r.url) for r in root.external_refs}
    assert ("vcs", "https://github.com/example/demo") in kinds
    assert ("documentation", "https://demo.example/docs") in kinds
    assert ("website", "https://demo.example") in kinds
    assert [c.name for c in inventory.components()] == ["demo-pkg"]


def test_license_expression_wins_and_ambiguous_classifiers_stay_names(tmp_path: Path) -> None:
    a = build_wheel(
        tmp_path,
        "a",
        "1.0",
        license_expression="Apache-2.0 OR MIT",
        classifiers=["License :: OSI Approved :: BSD License"],
    )
    b = build_wheel(tmp_path, "b", "1.0", classifiers=["License :: OSI Approved :: BSD License"])
    c = build_wheel(tmp_path, "c", "1.0", license_field="Apache 2.0")
    assert load_inventory(a).root.license_expression == "Apache-2.0 OR MIT"  # type: ignore[union-attr]
    rb = load_inventory(b).root
    assert rb is not None and rb.license_expression is None and rb.license_names == ("BSD License",)
    assert load_inventory(c).root.license_expression == "Apache-2.0"  # type: ignore[union-attr]


def test_sdist_metadata(tmp_path: Path) -> None:
    sdist = build_sdist(tmp_path, "demo", "2.0", license_expression="BSD-3-Clause")
    root = load_inventory(sdist).root
    assert root is not None and (root.name, root.version) == ("demo", "2.0")
    assert root.license_expression == "BSD-3-Clause"
    assert root.artifacts[0].sha256 == sha256(sdist)


def _symlink(name: str, target: str) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = tarfile.SYMTYPE
    info.linkname = target
    return info


def _device(name: str) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = tarfile.CHRTYPE
    return info


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda d: build_wheel(d, "evil", "1.0", extra_members=[("../../etc/passwd", b"x")]),
            "unsafe member path",
        ),
        (
            lambda d: build_wheel(d, "evil", "1.0", extra_members=[("/abs/path", b"x")]),
            "unsafe member path",
        ),
        (
            lambda d: build_wheel(
                d, "evil", "1.0", metadata=b"Name: evil\nVersion: 1.0\nSummary: \xff\xfe\n"
            ),
            "not valid UTF-8",
        ),
        (
            lambda d: build_wheel(d, "evil", "1.0", metadata=metadata_text("other", "1.0")),
            "does not match the filename|expected one",
        ),
        (
            lambda d: build_wheel(d, "evil", "1.0", metadata=metadata_text("evil", "2.0")),
            "does not match the filename",
        ),
        (
            lambda d: build_wheel(
                d,
                "evil",
                "1.0",
                metadata="Name: evil\n" + "X-Pad: " + "a" * (5 * 1024 * 1024) + "\n",
            ),
            "over the 4 MiB|compression ratio",
        ),
        (
            lambda d: build_wheel(
                d, "evil", "1.0", metadata="Name: evil\nVersion: not.a.version!\n"
            ),
            "invalid version|expected one",
        ),
        (
            lambda d: build_wheel(d, "evil", "1.0", dist_info_name="other"),
            "expected one evil-1.0.dist-info",
        ),
        (
            lambda d: build_sdist(
                d, "evil", "1.0", extra=[_symlink("evil-1.0/link", "../../../etc/passwd")]
            ),
            "points outside",
        ),
        (lambda d: build_sdist(d, "evil", "1.0", extra=[_device("evil-1.0/dev")]), "device"),
        (
            lambda d: build_sdist(d, "evil", "1.0", extra=[("evil-1.0/../../x", b"x")]),
            "unsafe member path",
        ),
    ],
    ids=[
        "zip-slip",
        "absolute",
        "non-utf8",
        "wrong-name",
        "wrong-version",
        "huge-metadata",
        "bad-version",
        "no-metadata",
        "tar-symlink-escape",
        "tar-device",
        "tar-slip",
    ],
)
def test_hostile_distributions_are_refused(tmp_path: Path, build, message: str) -> None:  # type: ignore[no-untyped-def]
    path = build(tmp_path)
    with pytest.raises(InputError, match=message) as info:
        load_inventory(path)
    assert str(path) in info.value.message


def test_corrupt_archives(tmp_path: Path) -> None:
    wheel = tmp_path / "x-1.0-py3-none-any.whl"
    wheel.write_bytes(b"PK\x03\x04 this is not a zip")
    with pytest.raises(InputError, match="not a readable zip"):
        load_inventory(wheel)
    sdist = tmp_path / "x-1.0.tar.gz"
    sdist.write_bytes(b"\x1f\x8b\x08\x00 truncated gzip")
    with pytest.raises(InputError, match="tar"):
        load_inventory(sdist)
    bad_name = tmp_path / "not_a_wheel.whl"
    bad_name.write_bytes(b"")
    with pytest.raises(InputError, match="wheel filename"):
        load_inventory(bad_name)
