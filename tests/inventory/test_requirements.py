from __future__ import annotations

from pathlib import Path

import pytest
from packaging.markers import default_environment

from sscli.errors import InputError
from sscli.inventory import load_inventory
from sscli.inventory.readers.interface import ReadOptions
from sscli.inventory.readers.requirements import RequirementsReader

H1 = "a" * 64
H2 = "b" * 64


def read(path: Path, **env: str):  # type: ignore[no-untyped-def]
    environment = {**default_environment(), **env}
    return RequirementsReader().read(path, ReadOptions.for_environment(environment))


def write(tmp_path: Path, text: str, name: str = "requirements.txt") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_pins_hashes_continuations_and_comments(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "# a comment\n"
        "Requests==2.31.0 \\\n"
        f"    --hash=sha256:{H1} \\\n"
        f"    --hash sha256:{H2}  # trailing comment\n"
        "\n"
        "idna==3.4  # pinned\n",
    )
    inventory = read(path)
    by_name = {p.name: p for p in inventory.packages}
    assert set(by_name) == {"requests", "idna"}
    requests = by_name["requests"]
    assert requests.version == "2.31.0"
    assert requests.display_name == "Requests"
    assert sorted(requests.sha256_hashes) == [H1, H2]
    assert requests.location is not None and requests.location.line == 2
    assert by_name["idna"].location.line == 6  # type: ignore[union-attr]
    assert inventory.problems == ()


def test_markers_are_evaluated_for_the_target(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "colorama==0.4.6 ; sys_platform == 'win32'\nuvloop==0.19.0 ; sys_platform != 'win32'\n",
    )
    assert [p.name for p in read(path, sys_platform="linux").packages] == ["uvloop"]
    assert [p.name for p in read(path, sys_platform="win32").packages] == ["colorama"]


def test_extras_are_accepted_and_canonical_versions_kept(tmp_path: Path) -> None:
    path = write(tmp_path, "requests[socks,security]==2.31.00\n")
    (package,) = read(path).packages
    assert (package.name, package.version) == ("requests", "2.31.0")
    assert package.package_url == "pkg:pypi/requests@2.31.0"


def test_unpinned_lines_are_reported_not_guessed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "flask>=2\nrequests\ndjango==4.*\n-e ./local\nmypkg @ https://example.org/mypkg-1.0.tar.gz\nok==1.0\n",
    )
    inventory = read(path)
    assert [p.name for p in inventory.packages] == ["mypkg", "ok"]
    mypkg = inventory.packages[0]
    assert mypkg.version is None and mypkg.origin is not None
    assert mypkg.package_url == ("pkg:pypi/mypkg?download_url=https://example.org/mypkg-1.0.tar.gz")
    messages = [str(p) for p in inventory.problems]
    assert len(messages) == 4
    assert any("flask is not pinned" in m and ":1:" in m for m in messages)
    assert any("requests is not pinned" in m for m in messages)
    assert any("django is not pinned" in m for m in messages)
    assert any("editable" in m for m in messages)


def test_includes_and_constraints(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    write(tmp_path, f"urllib3==2.0.7 --hash=sha256:{H1}\n", "sub/base.txt")
    write(tmp_path, f"requests==2.31.0 --hash=sha256:{H2}\n", "constraints.txt")
    path = write(tmp_path, "-r sub/base.txt\n--constraint constraints.txt\nrequests\n")
    inventory = read(path)
    by_name = {p.name: p for p in inventory.packages}
    assert by_name["urllib3"].version == "2.0.7"
    assert by_name["requests"].version == "2.31.0"  # pinned by the constraint
    assert by_name["requests"].sha256_hashes == (H2,)
    assert "constraints" not in {p.name for p in inventory.packages}
    assert inventory.problems == ()


def test_include_cycle_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "-r b.txt\n", "a.txt")
    write(tmp_path, "-r a.txt\n", "b.txt")
    with pytest.raises(InputError, match="cycle"):
        read(tmp_path / "a.txt")


def test_environment_variables_are_expanded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIN", "1.2.3")
    path = write(tmp_path, "pkg==${PIN}\n")
    assert read(path).packages[0].version == "1.2.3"
    monkeypatch.delenv("PIN")
    with pytest.raises(InputError, match="PIN is not set"):
        read(path)


def test_global_options_are_accepted_and_index_recorded(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "--index-url https://pypi.example/simple\n--extra-index-url=https://x/simple\n"
        "--require-hashes\n--no-binary :all:\npkg==1.0\n",
    )
    (package,) = read(path).packages
    assert package.index_url == "https://pypi.example/simple"


def test_pip_compile_via_annotations_give_the_graph(hello_dir: Path) -> None:
    inventory = read(hello_dir / "requirements.txt")
    graph = {p.name: set(p.dependencies) for p in inventory.packages}
    assert graph["rich"] == {"markdown-it-py", "pygments"}
    assert graph["markdown-it-py"] == {"mdurl"}
    assert graph["click"] == set()  # colorama is for win32 only


def test_via_annotations_that_name_the_project_file_are_read(tmp_path: Path) -> None:
    """`uv pip compile pyproject.toml` (the real uv, on examples/fetch, offline) annotates a
    direct dependency `# via sscli-fetch (pyproject.toml)`; reading it failed with
    "invalid project name" before."""
    import shutil
    import subprocess
    import sys

    from tests.conftest import EXAMPLES, REPO

    shutil.copy(EXAMPLES / "fetch" / "pyproject.toml", tmp_path / "pyproject.toml")
    uv = Path(sys.executable).parent / "uv"
    compiled = subprocess.run(
        [uv, "pip", "compile", "pyproject.toml", "--no-index", "--generate-hashes", "--quiet",
         "--find-links", REPO / "tests" / "data" / "wheels", "--no-cache"],
        cwd=tmp_path, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert "# via sscli-fetch (pyproject.toml)" in compiled
    extra = "pluggy==1.5.0\n    # via\n    #   -r requirements.in\n    #   requests[socks]\n"
    inventory = read(write(tmp_path, compiled + extra))
    assert [(p.name, p.version) for p in inventory.packages] == [
        ("urllib3", "1.26.17"),
        ("pluggy", "1.5.0"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pkg==1.0 --hash=md5:abc\n", "unsupported hash algorithm 'md5'"),
        ("pkg==1.0 --hash=sha256:xyz\n", "malformed sha256 hash"),
        ("pkg==1.0 --frobnicate\n", "unknown per-requirement option"),
        ("--frobnicate\n", "unknown option"),
        ("pkg==1.0\npkg==2.0\n", "required twice with different versions"),
        ("pkg===not-a-version!\n", "invalid version"),
        ("pkg=1.0\n", "invalid requirement"),
        ("-r https://example.org/r.txt\n", "remote include"),
        ("-r missing.txt\n", "not found"),
    ],
)
def test_malformed_lines_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, "ok==1.0\n" + text)
    with pytest.raises(InputError, match=message) as info:
        read(path)
    assert info.value.path is not None and info.value.path.endswith(".txt")
    assert info.value.line is not None and info.value.line >= 2


def test_duplicate_identical_pins_merge_hashes(tmp_path: Path) -> None:
    path = write(tmp_path, f"pkg==1.0 --hash=sha256:{H1}\npkg==1.0 --hash=sha256:{H2}\n")
    (package,) = read(path).packages
    assert sorted(package.sha256_hashes) == [H1, H2]


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "requirements.txt"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError, match=r"UTF-8|NUL"):
        load_inventory(path)
