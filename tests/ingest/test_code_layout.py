"""The `layout` rules: a release against the previous release of the same project. Real
consecutive flit_core releases (wheels and sdists, tests/data/releases) are benign; a next release
crafted from the real one that adds a .pth and a new top-level module is refused naming the
rule, through `sscli inspect --previous`, ingest with the previous release in the vault, ingest
fetching it from a loopback index, and `vault import`."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest

from sscli.ingest.code.engine import inspect_code
from sscli.ingest.code.release import binary_name, read_release
from sscli.ingest.previous import pick_previous
from sscli.vault.store import Vault, VaultEntry
from tests.builders import sha256
from tests.conftest import REPO, Cli
from tests.ingest.conftest import ingest, write_lock
from tests.servers import Fault, ScriptedIndex, scripted_index

WHEELS = REPO / "tests" / "data" / "wheels"
RELEASES = REPO / "tests" / "data" / "releases"
SDISTS = REPO / "tests" / "data" / "sdists"
OLD_WHEEL = RELEASES / "flit_core-3.11.0-py3-none-any.whl"
NEW_WHEEL = WHEELS / "flit_core-3.12.0-py3-none-any.whl"
POLICY = "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: none}\n"
# what the crafted release adds: a start-up hook importing a new top-level module that reads
# like an ordinary helper (no rule of the other families refuses it on its own)
PTH = ("flit_core_init.pth", b"import flit_core_helpers\n")
HELPER = ("flit_core_helpers.py", b'"""Helpers."""\n\nVERSION = (3, 12, 1)\n')


def _record(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def next_wheel(
    directory: Path,
    real: Path,
    version: str,
    add: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
    rename: tuple[str, str] | None = None,
) -> Path:
    """The real wheel re-released as `version`: its members (a package renamed with
    `rename`), plus `add`, with its dist-info renamed and RECORD rewritten."""
    with zipfile.ZipFile(real) as source:
        old_info = next(
            n.split("/")[0] for n in source.namelist() if n.endswith(".dist-info/WHEEL")
        )
        project, old_version = old_info.removesuffix(".dist-info").rsplit("-", 1)
        new_info = f"{project}-{version}.dist-info"
        members = []
        for original in source.namelist():
            if original.endswith(".dist-info/RECORD"):
                continue
            data = source.read(original)
            if original == f"{old_info}/METADATA":
                data = data.replace(
                    f"Version: {old_version}".encode(), f"Version: {version}".encode()
                )
            name = original.replace(old_info, new_info)
            if rename is not None and name.startswith(rename[0] + "/"):
                name = rename[1] + name[len(rename[0]) :]
            members.append((name, data))
    members += list(add)
    record = "\n".join(_record(n, d) for n, d in members) + f"\n{new_info}/RECORD,,\n"
    members.append((f"{new_info}/RECORD", record.encode()))
    path = directory / f"{project}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members:
            out.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data)
    return path


def next_sdist(directory: Path, real: Path, version: str, add: list[tuple[str, bytes]]) -> Path:
    """The real sdist re-released as `version`, plus `add` (paths under its root)."""
    root = f"flit_core-{version}"
    path = directory / f"{root}.tar.gz"
    with tarfile.open(real) as source, tarfile.open(path, "w:gz") as out:
        for member in source.getmembers():
            data = source.extractfile(member).read() if member.isfile() else b""  # type: ignore[union-attr]
            member.name = root + "/" + member.name.split("/", 1)[1] if "/" in member.name else root
            out.addfile(member, io.BytesIO(data) if member.isfile() else None)
        for name, data in add:
            info = tarfile.TarInfo(f"{root}/{name}")
            info.size = len(data)
            out.addfile(info, io.BytesIO(data))
    return path


def _layout_findings(current: Path, previous: Path) -> dict[str, list[tuple[str, str]]]:
    report = inspect_code(current, current.name, "flit-core", read_release(previous, previous.name))
    found: dict[str, list[tuple[str, str]]] = {}
    for finding in report.findings:
        if finding.rule.startswith("layout-"):
            found.setdefault(finding.rule, []).append((finding.severity, finding.file))
    return found


@pytest.mark.parametrize(
    ("current", "previous"),
    [
        (NEW_WHEEL, OLD_WHEEL),
        (OLD_WHEEL, WHEELS / "flit_core-3.9.0-py3-none-any.whl"),
        (RELEASES / "flit_core-3.12.0.tar.gz", RELEASES / "flit_core-3.11.0.tar.gz"),
        # a .pth and eight .exe launchers in both: nothing new
        (
            WHEELS / "setuptools-75.1.0-py3-none-any.whl",
            RELEASES / "setuptools-75.0.0-py3-none-any.whl",
        ),
        (WHEELS / "packaging-24.1-py3-none-any.whl", RELEASES / "packaging-24.0-py3-none-any.whl"),
        (WHEELS / "pluggy-1.5.0-py3-none-any.whl", RELEASES / "pluggy-1.4.0-py3-none-any.whl"),
        # a major release that reorganised the package is still mostly the same modules
        (
            RELEASES / "urllib3-2.0.0-py3-none-any.whl",
            WHEELS / "urllib3-1.26.17-py2.py3-none-any.whl",
        ),
    ],
)
def test_real_consecutive_releases_change_nothing_of_note(current: Path, previous: Path) -> None:
    assert _layout_findings(current, previous) == {}


def test_real_sdists_with_a_new_test_package_are_low_only() -> None:
    found = _layout_findings(
        RELEASES / "flit_core-3.11.0.tar.gz", SDISTS / "flit_core-3.9.0.tar.gz"
    )
    assert found == {"layout-new-top-level-source": [("low", "tests_core/__init__.py")]}


def test_a_crafted_pth_and_module_are_named(tmp_path: Path) -> None:
    crafted = next_wheel(tmp_path, NEW_WHEEL, "3.12.1", [PTH, HELPER])
    found = _layout_findings(crafted, NEW_WHEEL)
    assert found == {
        "layout-new-pth-exec": [("high", "flit_core_init.pth")],
        "layout-new-top-level": [("medium", "flit_core_helpers.py")],
    }
    plain = next_wheel(tmp_path, NEW_WHEEL, "3.12.2", [("extra.pth", b"/opt/extra\n")])
    assert _layout_findings(plain, NEW_WHEEL) == {"layout-new-pth": [("medium", "extra.pth")]}


def test_binaries_replaced_modules_and_hooks(tmp_path: Path) -> None:
    elf = b"\x7fELF\x02\x01\x01" + b"\x00" * 57
    binary = next_wheel(tmp_path, NEW_WHEEL, "3.12.1", [("flit_core/_speedups.so", elf)])
    assert _layout_findings(binary, NEW_WHEEL) == {
        "layout-binary-appears": [("high", "flit_core/_speedups.so")]
    }
    renamed = next_wheel(tmp_path, NEW_WHEEL, "3.12.2", rename=("flit_core", "fl1t_core"))
    found = _layout_findings(renamed, NEW_WHEEL)
    assert found["layout-replaced"] == [("medium", renamed.name)]
    assert found["layout-new-top-level"] == [("medium", "fl1t_core/__init__.py")]
    setup = next_sdist(
        tmp_path, RELEASES / "flit_core-3.12.0.tar.gz", "3.12.1", [("setup.py", b"import os\n")]
    )
    found = _layout_findings(setup, RELEASES / "flit_core-3.12.0.tar.gz")
    assert found == {"layout-new-install-hook": [("medium", "setup.py")]}


def test_binary_names_drop_abi_tags_and_vendoring_hashes() -> None:
    assert binary_name("x/_c.cpython-312-x86_64-linux-gnu.so") == "x/_c.so"
    assert binary_name("x/_c.cp311-win_amd64.pyd") == "x/_c.pyd"
    assert binary_name("x/_c.abi3.so") == "x/_c.so"
    assert binary_name("numpy.libs/libgfortran-040039e1.so.5.0.0") == "numpy.libs/libgfortran.so"
    assert binary_name("x/tool.exe") == "x/tool.exe"


def test_the_previous_release_is_the_greatest_earlier_one_of_the_same_kind() -> None:
    names = [
        "demo-9.0-py3-none-any.whl",
        "demo-10.0-cp312-cp312-manylinux_2_17_x86_64.whl",
        "demo-10.0-cp312-cp312-win_amd64.whl",
        "demo-10.0.tar.gz",
        "demo-11.0-py3-none-any.whl",
        "demo-10.0.zip",
    ]
    current = "demo-10.1-cp312-cp312-win_amd64.whl"
    assert pick_previous(current, names) == "demo-10.0-cp312-cp312-win_amd64.whl"
    assert pick_previous("demo-10.1.tar.gz", names) == "demo-10.0.tar.gz"
    assert pick_previous("demo-10.0-py3-none-any.whl", names) == "demo-9.0-py3-none-any.whl"
    assert pick_previous("demo-9.0-py3-none-any.whl", names) is None
    assert pick_previous("not-a-distribution.txt", names) is None


def test_inspect_previous_refuses_the_crafted_release(cli: Cli, tmp_path: Path) -> None:
    crafted = next_wheel(tmp_path, NEW_WHEEL, "3.12.1", [PTH, HELPER])
    cli("inspect", crafted)  # on its own: a .pth importing a harmless module passes
    result = cli("inspect", crafted, "--previous", NEW_WHEEL, "--format", "json", expect=1)
    (code,) = [c for c in json.loads(result.stdout)["files"][0]["checks"] if c["rule"] == "code"]
    assert code["status"] == "fail"
    assert "layout-new-pth-exec at flit_core_init.pth" in code["message"]
    text = cli("inspect", crafted, "--previous", NEW_WHEEL, expect=1).stderr
    assert "layout-new-pth-exec" in text and "flit_core_helpers" in text
    report = json.loads(
        cli("inspect", NEW_WHEEL, "--previous", OLD_WHEEL, "--format", "json").stdout
    )
    (code,) = [c for c in report["files"][0]["checks"] if c["rule"] == "code"]
    assert code["status"] == "pass" and "flit_core-3.11.0-py3-none-any.whl" in code["message"]
    wrong = cli(
        "inspect", NEW_WHEEL, "--previous", WHEELS / "pluggy-1.5.0-py3-none-any.whl", expect=2
    )
    assert "not an earlier release" in wrong.stderr
    later = cli("inspect", OLD_WHEEL, "--previous", NEW_WHEEL, expect=2)
    assert "not an earlier release" in later.stderr


def _code(outcome: dict[str, object]) -> dict[str, object]:
    checks = outcome["checks"]
    assert isinstance(checks, list)
    (code,) = [c for c in checks if c["rule"] == "code"]
    return code  # type: ignore[no-any-return]


def test_ingest_compares_with_the_vault_and_refuses_naming_the_rule(
    cli: Cli, tmp_path: Path
) -> None:
    crafted = next_wheel(tmp_path, NEW_WHEEL, "3.12.1", [PTH, HELPER])
    index = ScriptedIndex()
    for path in (OLD_WHEEL, NEW_WHEEL, crafted):
        index.add(path)
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    vault = tmp_path / "vault"
    with scripted_index(index) as url:
        ingest(cli, url, write_lock(tmp_path / "a.txt", [OLD_WHEEL]), vault, policy)
        lock = write_lock(tmp_path / "b.txt", [NEW_WHEEL])
        real = ingest(cli, url, lock, vault, policy, "--format", "json")
        lock = write_lock(tmp_path / "c.txt", [crafted])
        result = ingest(cli, url, lock, vault, policy, "--format", "json", expect=1)
    (outcome,) = json.loads(real.stdout)["files"]
    code = _code(outcome)
    assert code["status"] == "pass"
    assert "flit_core-3.11.0-py3-none-any.whl (from the vault)" in str(code["message"])
    (refused,) = json.loads(result.stdout)["files"]
    assert refused["status"] == "refused"
    code = _code(refused)
    assert "layout-new-pth-exec at flit_core_init.pth" in str(code["message"])
    assert "not in flit_core-3.12.0-py3-none-any.whl" in str(code["message"])
    assert {e.filename for e in Vault(vault).entries()} == {OLD_WHEEL.name, NEW_WHEEL.name}


def test_ingest_fetches_the_previous_release_from_the_index_when_asked(
    cli: Cli, tmp_path: Path
) -> None:
    crafted = next_wheel(tmp_path, NEW_WHEEL, "3.12.1", [PTH, HELPER])
    index = ScriptedIndex()
    for path in (NEW_WHEEL, crafted):
        index.add(path)
    policy = tmp_path / "policy.yaml"
    lock = write_lock(tmp_path / "lock.txt", [crafted])
    vault = tmp_path / "vault"
    policy.write_text(POLICY)
    with scripted_index(index) as url:  # the default: the vault only, and it is empty
        ingest(cli, url, lock, vault / "one", policy)
        assert not any(path.endswith(NEW_WHEEL.name) for path, _ in index.requests)
    policy.write_text(POLICY + "  previous_release: index\n")
    with scripted_index(index) as url:
        result = ingest(cli, url, lock, vault / "two", policy, "--format", "json", expect=1)
    (outcome,) = json.loads(result.stdout)["files"]
    code = _code(outcome)
    assert "layout-new-pth-exec at flit_core_init.pth" in str(code["message"])
    assert sum(path.endswith(NEW_WHEEL.name) for path, _ in index.requests) == 1
    # a previous release whose bytes differ from the index's own sha256: compared with
    # nothing, and said so (a finding), never read
    index.faults.append(Fault(NEW_WHEEL.name, "swap"))
    with scripted_index(index) as url:
        result = ingest(cli, url, lock, vault / "three", policy, "--format", "json")
    (outcome,) = json.loads(result.stdout)["files"]
    assert _code(outcome)["status"] == "warn"
    findings = {f["rule"]: f for f in _code(outcome)["findings"]}  # type: ignore[union-attr]
    assert "layout-new-pth-exec" not in findings
    assert findings["layout-previous-unreadable"]["severity"] == "medium"
    assert "does not match" in findings["layout-previous-unreadable"]["message"]


def test_vault_import_compares_with_the_previous_release_it_holds(cli: Cli, tmp_path: Path) -> None:
    # 9.0 sorts after 10.0 by name: the import takes releases in version order
    earlier = next_wheel(tmp_path, NEW_WHEEL, "9.0")
    crafted = next_wheel(tmp_path, NEW_WHEEL, "10.0", [PTH, HELPER])
    source = Vault(tmp_path / "source")
    for path, version in ((earlier, "9.0"), (crafted, "10.0")):
        copy = tmp_path / f"copy-{path.name}"
        copy.write_bytes(path.read_bytes())
        entry = VaultEntry("flit-core", version, path.name, sha256(path), path.stat().st_size)
        with source.locked():
            source.add(copy, entry)
    export = tmp_path / "export.tar.gz"
    cli("vault", "export", export, "--vault", source.root)
    result = cli("vault", "import", export, "--vault", tmp_path / "target", expect=1)
    assert "layout-new-pth-exec" in result.stderr and crafted.name in result.stderr
    assert [e.filename for e in Vault(tmp_path / "target").entries()] == [earlier.name]


def test_an_altered_previous_release_in_the_vault_is_a_finding_not_a_comparison(
    tmp_path: Path,
) -> None:
    from sscli.ingest.previous import PreviousReleases

    vault = Vault(tmp_path / "vault")
    copy = tmp_path / "copy.whl"
    copy.write_bytes(NEW_WHEEL.read_bytes())
    entry = VaultEntry(
        "flit-core", "3.12.0", NEW_WHEEL.name, sha256(NEW_WHEEL), NEW_WHEEL.stat().st_size
    )
    with vault.locked():
        vault.add(copy, entry)
    finder = PreviousReleases(vault, vault.entries(), tmp_path / "work")
    found = finder.find("flit-core", "flit_core-3.12.1-py3-none-any.whl", None)
    assert found.layout is not None and not found.problem
    stored = vault.file_path("flit-core", NEW_WHEEL.name)
    stored.chmod(0o644)
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0xFF
    stored.write_bytes(bytes(data))
    fresh = PreviousReleases(vault, vault.entries(), tmp_path / "work")
    found = fresh.find("flit-core", "flit_core-3.12.1-py3-none-any.whl", None)
    assert found.layout is None and found.problem
    assert "does not match its entry" in found.note
    assert not list((tmp_path / "work").iterdir())  # nothing of it kept
