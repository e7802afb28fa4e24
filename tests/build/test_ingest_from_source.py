"""`sscli ingest --build-from-source`: real sdists from PyPI (flit_core 3.9.0, which builds
itself, and packaging 24.1, built with it) served by a real pypiserver on loopback, built twice
in the real bubblewrap sandbox from the vault, stored with signed provenance, compared with the
wheels PyPI published, and installed by pip from the vault's index."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.build.conftest import write_project
from tests.builders import sha256
from tests.conftest import REPO, Cli
from tests.servers import pypiserver

SDISTS = REPO / "tests" / "data" / "sdists"
WHEELS = REPO / "tests" / "data" / "wheels"
FILES = {
    "flit_core==3.9.0": [SDISTS / "flit_core-3.9.0.tar.gz", WHEELS / "flit_core-3.9.0-py3-none-any.whl"],
    "packaging==24.1": [SDISTS / "packaging-24.1.tar.gz", WHEELS / "packaging-24.1-py3-none-any.whl"],
}  # fmt: skip
POLICY = "version: 1\ningest:\n  licenses: {unknown: allow}\n  vulnerabilities: {fail_on: none}\n"


def write_lock(path: Path, files: dict[str, list[Path]] = FILES) -> Path:
    """requirements.txt pinning every file (sdist and published wheel) of each release."""
    path.write_text(
        "".join(
            f"{pin}{''.join(f' --hash=sha256:{sha256(f)}' for f in paths)}\n"
            for pin, paths in files.items()
        )
    )
    return path


def index_dir(directory: Path, files: dict[str, list[Path]] = FILES) -> Path:
    directory.mkdir(parents=True)
    for paths in files.values():
        for path in paths:
            shutil.copy(path, directory)
    return directory


@dataclass
class Run:
    root: Path
    vault: Path
    lock: Path
    key: Path
    report: dict[str, Any]
    stderr: str

    def built(self, package: str) -> dict[str, Any]:
        return next(
            f for f in self.report["files"] if f["package"] == package and f["status"] == "built"
        )


def ingest(cli: Cli, url: str, lock: Path, vault: Path, policy: Path, *extra: Any, expect: int = 0) -> Any:  # fmt: skip
    return cli(
        "ingest", lock, "--index-url", url, "--metadata-index", "none", "--vault", vault,
        "--policy", policy, "--format", "json", *extra, expect=expect,
    )  # fmt: skip


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    """One signed ingest of the lock with every wheel built from source."""
    from sscli.attest.keys import KeyType, generate_key_pair

    root = tmp_path_factory.mktemp("from-source")
    key = root / "ci.pem"
    generate_key_pair(KeyType.ED25519, key)
    (root / "policy.yaml").write_text(POLICY)
    lock = write_lock(root / "requirements.txt")
    with pypiserver(index_dir(root / "index")) as url:
        result = ingest(
            Cli(root / "state"), url, lock, root / "vault", root / "policy.yaml",
            "--build-from-source", "--key", key,
        )  # fmt: skip
        yield Run(root, root / "vault", lock, key, json.loads(result.stdout), result.stderr)


def test_each_sdist_is_ingested_and_its_wheel_built_here(run: Run) -> None:
    statuses = sorted((f["filename"], f["status"]) for f in run.report["files"])
    assert statuses == [
        ("flit_core-3.9.0-py3-none-any.whl", "built"),
        ("flit_core-3.9.0.tar.gz", "stored"),
        ("packaging-24.1-py3-none-any.whl", "built"),
        ("packaging-24.1.tar.gz", "stored"),
    ]
    for package, (sdist, published) in zip(("flit-core", "packaging"), FILES.values(), strict=True):
        record = run.built(package)
        built = record["built"]
        assert built["sdist"] == {"filename": sdist.name, "digest": {"sha256": sha256(sdist)}}
        assert (built["sandbox"], built["builds"]) == ("bubblewrap", "identical")
        # both published wheels were made by flit from these very sdists: the same members
        assert built["published"] == {
            "filename": published.name,
            "digest": {"sha256": sha256(published)},
            "verdict": "equivalent",
        }
        # the built wheel's digest is not the lock's: the report says both
        assert record["sha256"] != sha256(published)
        assert built["lock"]["sha256"] == sorted([sha256(sdist), sha256(published)])


def test_the_vault_records_and_serves_the_built_wheels_only(run: Run, cli: Cli) -> None:
    from sscli.vault.store import Vault

    vault = Vault(run.vault)
    packaging = run.built("packaging")
    entry = vault.get("packaging", "packaging-24.1-py3-none-any.whl")
    assert entry is not None and entry.built is not None
    assert (
        entry.sha256 == packaging["sha256"] == sha256(vault.file_path("packaging", entry.filename))
    )
    page = json.loads((run.vault / "simple" / "packaging" / "index.json").read_text())
    assert {f["filename"]: f["hashes"]["sha256"] for f in page["files"]} == {
        "packaging-24.1-py3-none-any.whl": packaging["sha256"],
        "packaging-24.1.tar.gz": sha256(FILES["packaging==24.1"][0]),
    }
    assert (
        sha256(FILES["packaging==24.1"][1])
        not in (run.vault / "simple" / "packaging" / "index.html").read_text()
    )
    listing = cli("vault", "ls", "--vault", run.vault, env={"COLUMNS": "300"}).stderr
    line = next(x for x in listing.splitlines() if "packaging-24.1-py3-none-any.whl" in x)
    assert line.split()[-3:] == ["yes", "yes,", "equivalent"]  # attested, built here


def test_the_provenance_names_the_sdist_and_the_wheels_built_here_before(run: Run) -> None:
    packaging = run.built("packaging")
    predicate = json.loads((run.vault / packaging["built"]["provenance"]).read_text())
    definition = predicate["buildDefinition"]
    assert definition["externalParameters"]["source"]["sdist"]["sha256"] == sha256(
        FILES["packaging==24.1"][0]
    )
    # packaging was built with the flit_core built here a moment before, not PyPI's
    used = {d["name"]: d["digest"]["sha256"] for d in definition["resolvedDependencies"]}
    assert used == {"flit_core-3.9.0-py3-none-any.whl": run.built("flit-core")["sha256"]}
    assert definition["internalParameters"]["SOURCE_DATE_EPOCH_from"] == "published-wheel"
    assert predicate["runDetails"]["builder"]["id"] == "https://sscli.dev/builders/local"
    report = json.loads(
        (run.vault / "builds" / packaging["sha256"] / "build-report.json").read_text()
    )
    assert report["reproducible"] is True


def test_the_signed_provenance_and_ingest_record_verify(run: Run, cli: Cli, tmp_path: Path) -> None:
    from sscli.attest.keys import KeyType, generate_key_pair

    packaging = run.built("packaging")
    wheel = run.vault / "files" / "packaging" / packaging["filename"]
    records = run.vault / "attestations" / f"{packaging['sha256']}.intoto.jsonl"
    result = cli("attest", "verify", records, "--key", f"{run.key}.pub", "--artifact", wheel)
    assert "https://slsa.dev/provenance/v1" in result.stderr
    assert "https://sscli.dev/attestation/ingest/v1" in result.stderr
    lines = [json.loads(line) for line in records.read_text().splitlines()]
    import base64

    statements = [json.loads(base64.b64decode(line["payload"])) for line in lines]
    ingest = next(s for s in statements if s["predicateType"].endswith("ingest/v1"))
    assert ingest["predicate"]["build"]["sdist"]["digest"]["sha256"] == sha256(
        FILES["packaging==24.1"][0]
    )
    other = tmp_path / "other.pem"
    generate_key_pair(KeyType.ED25519, other)
    cli("attest", "verify", records, "--key", f"{other}.pub", "--artifact", wheel, expect=1)


def test_pip_installs_the_built_wheel_from_the_vault(run: Run, tmp_path: Path) -> None:
    requirements = run.lock.with_name("requirements.built.txt")
    assert requirements.is_file()
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--require-hashes",
         "-r", str(requirements), "--index-url", f"{run.vault.resolve().as_uri()}/simple/",
         "--target", str(tmp_path / "site"), "--report", str(tmp_path / "pip.json")],
        check=True, env=env, timeout=300,
    )  # fmt: skip
    installed = json.loads((tmp_path / "pip.json").read_text())["install"]
    by_name = {i["metadata"]["name"]: i["download_info"] for i in installed}
    packaging = by_name["packaging"]
    assert packaging["url"].endswith("/files/packaging/packaging-24.1-py3-none-any.whl")
    assert packaging["archive_info"]["hashes"]["sha256"] == run.built("packaging")["sha256"]


def test_a_second_run_builds_nothing_again(run: Run) -> None:
    with pypiserver(run.root / "index") as url:
        result = Cli(run.root / "state")(
            "ingest", run.lock, "--index-url", url, "--metadata-index", "none", "--vault",
            run.vault, "--policy", run.root / "policy.yaml", "--build-from-source", "--output",
            run.root / "again.json", env={"COLUMNS": "300"},
        )  # fmt: skip
    again = json.loads((run.root / "again.json").read_text())["files"]
    statuses = {f["filename"]: f["status"] for f in again}
    assert statuses["packaging-24.1-py3-none-any.whl"] == "already-built"
    assert statuses["flit_core-3.9.0-py3-none-any.whl"] == "already-built"
    # the text report puts the built wheel's digest beside the lock's
    built, published = run.built("packaging")["sha256"], sha256(FILES["packaging==24.1"][1])
    line = next(x for x in result.stderr.splitlines() if "built here: packaging" in x)
    assert built in line and published in line and "(equivalent)" in line


# --- refusals ---------------------------------------------------------------------------------


@pytest.fixture
def policy(tmp_path: Path) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(POLICY)
    return path


def test_a_tampered_sdist_on_the_index_is_refused_and_nothing_is_built(
    cli: Cli, tmp_path: Path, policy: Path
) -> None:
    files = {"flit_core==3.9.0": FILES["flit_core==3.9.0"]}
    lock = write_lock(tmp_path / "requirements.txt", files)
    index = index_dir(tmp_path / "index", files)
    tampered = index / "flit_core-3.9.0.tar.gz"
    tampered.write_bytes(tampered.read_bytes() + b"\0" * 512)
    with pypiserver(index) as url:
        result = ingest(cli, url, lock, tmp_path / "vault", policy, "--build-from-source", expect=1)
    files_seen = json.loads(result.stdout)["files"]
    # a requirements.txt names no files: no sdist on the index has the lock's digest
    assert [f["status"] for f in files_seen] == ["refused"]
    assert files_seen[0]["checks"][0]["rule"] == "build_from_source"
    assert "altered" in files_seen[0]["checks"][0]["message"]
    assert not list((tmp_path / "vault").glob("files/*/*.whl"))


def test_an_sdist_altered_in_the_vault_is_not_built(cli: Cli, tmp_path: Path, policy: Path) -> None:
    policy.write_text(POLICY + "  allow_sdist_only: [flit-core]\n")  # for the sdist alone first
    files = {"flit_core==3.9.0": FILES["flit_core==3.9.0"]}
    lock = write_lock(tmp_path / "requirements.txt", files)
    vault = tmp_path / "vault"
    sdist_only = {"flit_core==3.9.0": FILES["flit_core==3.9.0"][:1]}
    with pypiserver(index_dir(tmp_path / "index", files)) as url:
        ingest(cli, url, write_lock(tmp_path / "sdist.txt", sdist_only), vault, policy, "--sdist")
        stored = vault / "files" / "flit-core" / "flit_core-3.9.0.tar.gz"
        blob = next((vault / "blobs").rglob(sha256(stored)))
        blob.chmod(0o644)
        blob.write_bytes(blob.read_bytes()[:-1] + b"x")  # the hard link sees it too
        result = ingest(cli, url, lock, vault, policy, "--build-from-source", expect=1)
    refused = [f for f in json.loads(result.stdout)["files"] if f["status"] == "refused"]
    assert refused and "changed since ingest" in refused[0]["checks"][0]["message"]
    assert not list(vault.glob("files/*/*.whl"))


def test_a_lock_without_the_sdist_cannot_be_built_from_source(
    cli: Cli, tmp_path: Path, policy: Path
) -> None:
    wheel_only = {"flit_core==3.9.0": FILES["flit_core==3.9.0"][1:]}
    lock = write_lock(tmp_path / "requirements.txt", wheel_only)
    with pypiserver(index_dir(tmp_path / "index")) as url:
        result = ingest(cli, url, lock, tmp_path / "vault", policy, "--build-from-source", expect=1)
    (refused,) = json.loads(result.stdout)["files"]
    assert refused["checks"][0]["rule"] == "build_from_source"
    assert "no sdist on the index has a digest the lock pins" in refused["checks"][0]["message"]


def test_a_bucket_vault_is_refused_before_anything_is_fetched(
    cli: Cli, tmp_path: Path, policy: Path
) -> None:
    lock = write_lock(tmp_path / "requirements.txt")
    result = cli(
        "ingest", lock, "--index-url", "http://127.0.0.1:9/simple/", "--metadata-index", "none",
        "--vault", "s3://bucket/vault", "--s3-endpoint", "http://127.0.0.1:9", "--policy", policy,
        "--build-from-source", expect=2,
    )  # fmt: skip
    assert "needs a directory vault" in result.stderr


# --- the policy's build_from_source, and the deploy gate --------------------------------------


@pytest.fixture(scope="module")
def gate_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Two signed vaults for the demo project's build backend, flit_core 3.9.0: one holding
    PyPI's wheel, one the wheel built here (the policy names flit-core in build_from_source)."""
    from sscli.attest.keys import KeyType, generate_key_pair

    root = tmp_path_factory.mktemp("gate")
    key = root / "ci.pem"
    generate_key_pair(KeyType.ED25519, key)
    files = {"flit_core==3.9.0": FILES["flit_core==3.9.0"]}
    lock = write_lock(root / "requirements.txt", files)
    (root / "published.yaml").write_text(POLICY)
    (root / "built.yaml").write_text(POLICY + "  build_from_source: [flit-core]\n")
    cli = Cli(root / "state")
    world = {"key": key, "root": root}
    with pypiserver(index_dir(root / "index", files)) as url:
        for name in ("published", "built"):
            result = ingest(cli, url, lock, root / name, root / f"{name}.yaml", "--key", key)
            world[f"{name}-report"] = root / f"{name}.json"
            world[f"{name}-report"].write_text(result.stdout)
            project = write_project(root / f"project-{name}", "flit")
            cli(
                "build", project, "--vault", root / name, "--out", root / f"dist-{name}",
                "--source-date-epoch", "1700000000", "--key", key,
            )  # fmt: skip
            world[name] = root / name
    deploy = f"""version: 1
deploy:
  signers:
    - name: ci
      keys: [{key}.pub]
      predicates: [provenance, ingest]
  require: [provenance, ingest]
  vulnerabilities: {{rescan: false}}
  dependencies:
    built_from_source: [flit-core]
"""
    (root / "deploy.yaml").write_text(deploy)
    yield world


def test_the_policy_builds_the_packages_it_names(gate_world: dict[str, Path]) -> None:
    published = json.loads(gate_world["published-report"].read_text())["files"]
    built = json.loads(gate_world["built-report"].read_text())["files"]
    assert [f["status"] for f in published] == ["stored"]  # the published wheel, no sdist
    assert sorted(f["status"] for f in built) == ["built", "stored"]


def _verify(world: dict[str, Path], name: str, expect: int) -> dict[str, Any]:
    root = world["root"]
    result = Cli(root / "state")(
        "verify", "artifact", root / f"dist-{name}" / "demo-1.0-py3-none-any.whl", "--policy",
        root / "deploy.yaml", "--vault", world[name], "--format", "json", expect=expect,
    )  # fmt: skip
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_the_gate_denies_a_dependency_that_was_not_built_from_source(
    gate_world: dict[str, Path],
) -> None:
    decision = _verify(gate_world, "published", 1)
    rule = next(r for r in decision["rules"] if r["rule"] == "dependencies")
    assert rule["status"] == "fail"
    assert rule["reason"].startswith(
        "not built from source here: flit_core-3.9.0-py3-none-any.whl (its ingest record is of "
        "the wheel the index published"
    )


def test_the_gate_allows_a_dependency_built_from_source(gate_world: dict[str, Path]) -> None:
    decision = _verify(gate_world, "built", 0)
    rule = next(r for r in decision["rules"] if r["rule"] == "dependencies")
    assert rule["status"] == "pass" and "built here as the policy requires" in rule["reason"]


# --- the parts on their own -------------------------------------------------------------------


def test_the_index_serves_a_built_release_as_its_built_wheel_and_sdist() -> None:
    from sscli.vault.pages import generation, served
    from sscli.vault.store import VaultEntry

    def entry(filename: str, version: str = "1.0", built: bool = False) -> VaultEntry:
        record = {"sdist": {"filename": "x-1.0.tar.gz"}} if built else None
        return VaultEntry("x", version, filename, filename[:1] * 64, 1, built=record)

    published = entry("x-1.0-cp312-cp312-manylinux_2_17_x86_64.whl")
    here = entry("x-1.0-cp312-cp312-linux_x86_64.whl", built=True)
    sdist, older = entry("x-1.0.tar.gz"), entry("x-0.9-py3-none-any.whl", "0.9")
    assert served([published, here, sdist, older]) == [here, sdist, older]
    assert served([published, sdist]) == [published, sdist]  # nothing built: all served
    # the pages change when a wheel built here arrives
    assert generation([published, sdist]) != generation([published, sdist, here])


@pytest.mark.parametrize(
    ("value", "expected"),
    [("all", "everything"), ("[Flit_Core, packaging]", "flit-core packaging"), ("[]", "")],
)
def test_the_policy_names_what_is_built_from_source(
    tmp_path: Path, value: str, expected: str
) -> None:
    from sscli.policy import load_policy

    path = tmp_path / "policy.yaml"
    path.write_text(f"version: 1\ningest:\n  build_from_source: {value}\n")
    chosen = load_policy(path).ingest.build_from_source
    if expected == "everything":
        assert "anything" in chosen and chosen.every
    else:
        assert sorted(chosen.names) == expected.split()
        assert ("flit_core" in chosen) == bool(expected)


@pytest.mark.parametrize("value", ["some", "[not a name!]", "true"])
def test_a_malformed_build_from_source_is_refused(tmp_path: Path, value: str) -> None:
    from sscli.errors import InputError
    from sscli.policy import load_policy

    path = tmp_path / "policy.yaml"
    path.write_text(f"version: 1\ningest:\n  build_from_source: {value}\n")
    with pytest.raises(InputError):
        load_policy(path)


def test_the_gate_checks_built_from_source_only_with_ingest_required(tmp_path: Path) -> None:
    from sscli.errors import InputError
    from sscli.policy import load_policy

    key = tmp_path / "ci.pem.pub"
    key.write_text("unused")
    path = tmp_path / "deploy.yaml"
    path.write_text(
        "version: 1\ndeploy:\n  signers:\n    - {name: ci, keys: [ci.pem.pub], predicates: "
        "[provenance]}\n  require: [provenance]\n  dependencies: {built_from_source: all}\n"
    )
    with pytest.raises(InputError, match=r"add ingest to deploy\.require"):
        load_policy(path)


def _with_injected_code(wheel: Path, directory: Path) -> Path:
    """PyPI's flit_core wheel with a line its sdist does not have, RECORD rewritten to match
    (every other member as it was): a wheel uploaded beside an honest sdist, as in a
    compromised release."""
    import zipfile

    from tests.builders import _record_line

    directory.mkdir()
    target = directory / wheel.name
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(target, "w") as out:
        infos = source.infolist()
        members = [
            (
                i,
                source.read(i)
                + (
                    b"import os; os.system('id')\n"
                    if i.filename == "flit_core/__init__.py"
                    else b""
                ),
            )
            for i in infos
            if not i.filename.endswith("/RECORD")
        ]
        record_info = next(i for i in infos if i.filename.endswith("/RECORD"))
        record = "\n".join(_record_line(i.filename, d) for i, d in members)
        for info, data in [
            *members,
            (record_info, f"{record}\n{record_info.filename},,\n".encode()),
        ]:
            out.writestr(info, data)
    return target


def test_a_published_wheel_that_is_not_from_its_sdist_is_reported_and_not_served(
    cli: Cli, tmp_path: Path, policy: Path
) -> None:
    injected = _with_injected_code(FILES["flit_core==3.9.0"][1], tmp_path / "upload")
    files = {"flit_core==3.9.0": [FILES["flit_core==3.9.0"][0], injected]}
    lock = write_lock(tmp_path / "requirements.txt", files)
    vault = tmp_path / "vault"
    with pypiserver(index_dir(tmp_path / "index", files)) as url:
        result = ingest(cli, url, lock, vault, policy, "--build-from-source")
    built = next(f for f in json.loads(result.stdout)["files"] if f["status"] == "built")
    assert built["built"]["published"]["verdict"] == "differs"
    rebuild = next(c for c in built["checks"] if c["rule"] == "rebuild")
    assert rebuild["status"] == "warn"
    # what differs is named, and only that (not the members whose times alone differ)
    assert rebuild["message"].endswith(
        "flit_core-3.9.0.dist-info/RECORD (content), flit_core/__init__.py (content)"
    )
    served = (vault / "simple" / "flit-core" / "index.html").read_text()
    assert built["sha256"] in served and sha256(injected) not in served


def test_a_build_whose_backend_is_not_vaulted_is_refused_before_it_runs(
    cli: Cli, tmp_path: Path, policy: Path
) -> None:
    """packaging's sdist needs flit_core; only its sdist reaches this vault."""
    files = {"packaging==24.1": FILES["packaging==24.1"]}
    lock = write_lock(tmp_path / "requirements.txt", files)
    with pypiserver(index_dir(tmp_path / "index", files)) as url:
        result = ingest(cli, url, lock, tmp_path / "vault", policy, "--build-from-source", expect=1)
    refused = next(f for f in json.loads(result.stdout)["files"] if f["status"] == "refused")
    message = refused["checks"][0]["message"]
    assert "its build needs flit_core >=3.3, which the vault does not hold" in message


@pytest.mark.parametrize(
    ("pyproject", "missing"),
    [
        (None, ["setuptools>=40.8.0"]),  # a bare setup.py: what pypa/build installs for it
        ('[build-system]\nrequires = ["flit_core>=3.2,<4"]\n', []),
        ('[build-system]\nrequires = ["flit_core>=4"]\n', ["flit_core>=4"]),
        (
            '[build-system]\nrequires = ["hatchling", "win32; sys_platform == \'nope\'"]\n',
            ["hatchling"],
        ),
        ("[build-system]\nrequires = []\n", []),
    ],
)
def test_missing_build_requirements(
    tmp_path: Path, pyproject: str | None, missing: list[str]
) -> None:
    from sscli.build.requirements import missing_build_requirements
    from sscli.vault.store import Vault, VaultEntry

    vault = Vault(tmp_path / "vault")
    wheel = tmp_path / "flit_core-3.9.0-py3-none-any.whl"
    shutil.copy(FILES["flit_core==3.9.0"][1], wheel)
    with vault.locked():
        vault.add(wheel, VaultEntry("flit-core", "3.9.0", wheel.name, sha256(wheel), 1))
    tree = tmp_path / "src"
    tree.mkdir()
    if pyproject is not None:
        (tree / "pyproject.toml").write_text(pyproject)
    assert missing_build_requirements(tree, vault) == missing


def test_a_zip_member_stored_without_its_file_type_is_the_same_regular_file(tmp_path: Path) -> None:
    """Some wheel builders store 0o644, others 0o100644 (markdown-it-py 3.0.0 on PyPI)."""
    import zipfile

    from sscli.build.compare import compare_outputs

    for side, mode in (("a", 0o644), ("b", 0o100644)):
        (tmp_path / side).mkdir()
        with zipfile.ZipFile(tmp_path / side / "x-1.0-py3-none-any.whl", "w") as archive:
            info = zipfile.ZipInfo(
                "x/__init__.py", (2024, 1, 1, 0, 0, 0) if side == "a" else (2024, 1, 2, 0, 0, 0)
            )
            info.external_attr = mode << 16
            archive.writestr(info, b"x = 1\n")
    (comparison,) = compare_outputs(tmp_path / "a", tmp_path / "b")
    assert comparison.verdict == "equivalent"


def _sdist(directory: Path, files: dict[str, str], base: str = "demo-1.0") -> Path:
    import io
    import tarfile

    directory.mkdir(exist_ok=True)
    path = directory / f"{base}.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name, text in files.items():
            info = tarfile.TarInfo(f"{base}/{name}")
            info.size, info.mtime = len(text.encode()), 1_700_000_000
            archive.addfile(info, io.BytesIO(text.encode()))
    return path


def test_an_sdist_whose_build_makes_another_package_is_refused(
    cli: Cli, tmp_path: Path, policy: Path
) -> None:
    """PKG-INFO says demo 1.0 (what ingest inspected); pyproject.toml builds requests 99."""
    sdist = _sdist(
        tmp_path / "upload",
        {
            "PKG-INFO": "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n",
            "pyproject.toml": '[build-system]\nrequires = ["flit_core==3.9.0"]\n'
            'build-backend = "flit_core.buildapi"\n[project]\nname = "requests"\n'
            'version = "99.0"\ndescription = "not demo"\n',
            "requests/__init__.py": '"""Not demo."""\n',
        },
    )
    files = {"demo==1.0": [sdist], "flit_core==3.9.0": FILES["flit_core==3.9.0"][1:]}
    lock = write_lock(tmp_path / "requirements.txt", files)
    policy.write_text(POLICY + "  build_from_source: [demo]\n")
    with pypiserver(index_dir(tmp_path / "index", files)) as url:
        result = ingest(cli, url, lock, tmp_path / "vault", policy, expect=1)
    refused = next(f for f in json.loads(result.stdout)["files"] if f["status"] == "refused")
    assert refused["filename"].startswith("requests-99.0-")
    metadata = next(c for c in refused["checks"] if c["status"] == "fail")
    assert metadata["message"] == "the built wheel is requests 99.0, not the locked demo==1.0"
    assert not (tmp_path / "vault" / "files" / "requests").exists()
    assert not list((tmp_path / "vault" / "files" / "demo").glob("*.whl"))


def test_a_project_directory_gets_its_hashed_lock_inside(
    cli: Cli, tmp_path: Path, policy: Path
) -> None:
    files = {"flit_core==3.9.0": FILES["flit_core==3.9.0"]}
    project = tmp_path / "project"
    project.mkdir()
    write_lock(project / "requirements.txt", files)
    with pypiserver(index_dir(tmp_path / "index", files)) as url:
        ingest(cli, url, project, tmp_path / "vault", policy, "--build-from-source")
    written = (project / "requirements.built.txt").read_text()
    built = sha256(next((tmp_path / "vault" / "files" / "flit-core").glob("*.whl")))
    assert f"--hash=sha256:{built}" in written
    assert not list(tmp_path.glob("*.built.txt"))


def test_a_vault_holding_the_published_wheel_under_that_name_refuses_the_built_one(
    cli: Cli, tmp_path: Path, policy: Path
) -> None:
    files = {"flit_core==3.9.0": FILES["flit_core==3.9.0"]}
    lock = write_lock(tmp_path / "requirements.txt", files)
    vault = tmp_path / "vault"
    with pypiserver(index_dir(tmp_path / "index", files)) as url:
        ingest(cli, url, lock, vault, policy)  # PyPI's wheel, as ingest takes it
        result = ingest(cli, url, lock, vault, policy, "--build-from-source", expect=1)
    refused = next(f for f in json.loads(result.stdout)["files"] if f["status"] == "refused")
    assert (
        "already holds the published flit_core-3.9.0-py3-none-any.whl"
        in (refused["checks"][0]["message"])
    )
    (wheel,) = (vault / "files" / "flit-core").glob("*.whl")
    assert sha256(wheel) == sha256(FILES["flit_core==3.9.0"][1])  # untouched


def test_a_wheel_built_from_source_passes_the_gate_on_its_own_provenance(
    run: Run, cli: Cli, tmp_path: Path
) -> None:
    """packaging as built here: sandboxed, identical twice, its build dependency (flit_core)
    from the vault and built from source too."""
    policy = tmp_path / "gate.yaml"
    policy.write_text(
        f"""version: 1
deploy:
  signers:
    - name: ci
      keys: [{run.key}.pub]
      predicates: [provenance, ingest]
  require: [provenance, ingest]
  provenance:
    builder_ids: ["https://sscli.dev/builders/local"]
    build_types: ["https://sscli.dev/build/python-pep517/v1"]
    reproducible: identical
    sandboxed: true
    dependencies_from_vault: true
  vulnerabilities: {{rescan: false}}
  dependencies:
    built_from_source: all
"""
    )
    packaging = run.built("packaging")
    wheel = run.vault / "files" / "packaging" / packaging["filename"]
    records = run.vault / "attestations" / f"{packaging['sha256']}.intoto.jsonl"
    argv = ["verify", "artifact", wheel, "--policy", policy, "--attestations", records]
    decision = json.loads(cli(*argv, "--vault", run.vault, "--format", "json").stdout)
    assert decision["decision"] == "allow"
    # without the vault's records of flit_core, its being built here is not shown: deny
    cli(*argv, expect=1)


C_SETUP = """from setuptools import Extension, setup

setup(name="cdemo", version="1.0", ext_modules=[Extension("cdemo", ["cdemo.c"])])
"""
C_SOURCE = """#include <Python.h>
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "cdemo", NULL, -1, NULL};
PyMODINIT_FUNC PyInit_cdemo(void) { return PyModule_Create(&module); }
"""


def test_a_c_extension_is_built_in_the_sandbox_and_refused_for_another_platform(
    cli: Cli, tmp_path: Path, policy: Path
) -> None:
    """A setuptools C extension compiles in the sandbox (twice, compared); its wheel, tagged
    for this machine, is refused for a Windows target and stored for this one."""
    sdist = _sdist(
        tmp_path / "upload",
        {
            "PKG-INFO": "Metadata-Version: 2.1\nName: cdemo\nVersion: 1.0\n",
            "pyproject.toml": '[build-system]\nrequires = ["setuptools==75.1.0"]\n'
            'build-backend = "setuptools.build_meta"\n',
            "setup.py": C_SETUP,
            "cdemo.c": C_SOURCE,
        },
        base="cdemo-1.0",
    )
    setuptools = WHEELS / "setuptools-75.1.0-py3-none-any.whl"
    files = {"cdemo==1.0": [sdist], "setuptools==75.1.0": [setuptools]}
    lock = write_lock(tmp_path / "requirements.txt", files)
    policy.write_text(POLICY + "  build_from_source: [cdemo]\n")
    with pypiserver(index_dir(tmp_path / "index", files)) as url:
        foreign = ingest(
            cli, url, lock, tmp_path / "vault", policy, "--platform", "windows",
            "--python-version", f"3.{sys.version_info.minor}", expect=1,
        )  # fmt: skip
        here = ingest(cli, url, lock, tmp_path / "vault", policy)
    refused = next(f for f in json.loads(foreign.stdout)["files"] if f["status"] == "refused")
    assert "does not install on the target" in refused["checks"][0]["message"]
    built = next(f for f in json.loads(here.stdout)["files"] if f["status"] == "built")
    assert "-linux_" in built["filename"] and built["built"]["published"] is None
    assert built["built"]["builds"] in ("identical", "equivalent")


def test_built_wheels_cross_an_air_gap_with_their_build_records(
    run: Run, cli: Cli, tmp_path: Path
) -> None:
    export = tmp_path / "vault.tar.gz"
    cli("vault", "export", export, "--vault", run.vault)
    other = tmp_path / "other"
    cli("vault", "import", export, "--vault", other)
    packaging = run.built("packaging")
    digest = packaging["sha256"]
    for name in ("build-report.json", "provenance.predicate.json", "build.log"):
        assert (other / "builds" / digest / name).read_bytes() == (
            run.vault / "builds" / digest / name
        ).read_bytes()
    page = (other / "simple" / "packaging" / "index.html").read_text()
    assert digest in page and sha256(FILES["packaging==24.1"][1]) not in page
    wheel = other / "files" / "packaging" / packaging["filename"]
    records = other / "attestations" / f"{digest}.intoto.jsonl"
    result = cli("attest", "verify", records, "--key", f"{run.key}.pub", "--artifact", wheel)
    assert "https://slsa.dev/provenance/v1" in result.stderr


@pytest.mark.parametrize(
    "members",
    [
        {"pyproject.toml": "", "x": "a file", "x/y": "under the file"},
        {"pyproject.toml": "", "a" * 300: "a name too long for the file system"},
    ],
)
def test_an_sdist_the_file_system_cannot_hold_is_refused_without_a_traceback(
    cli: Cli, tmp_path: Path, policy: Path, members: dict[str, str]
) -> None:
    sdist = _sdist(
        tmp_path / "upload",
        {"PKG-INFO": "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n", **members},
    )
    files = {"demo==1.0": [sdist]}
    lock = write_lock(tmp_path / "requirements.txt", files)
    with pypiserver(index_dir(tmp_path / "index", files)) as url:
        result = ingest(cli, url, lock, tmp_path / "vault", policy, "--build-from-source", expect=1)
    refused = next(f for f in json.loads(result.stdout)["files"] if f["status"] == "refused")
    assert refused["checks"][0]["message"].startswith("demo-1.0.tar.gz: cannot unpack the sdist: ")
    built = cli("build", sdist, "--vault", tmp_path / "vault", expect=2)
    assert "cannot unpack the sdist" in built.stderr


def test_a_vaulted_sdist_that_vanished_is_refused_without_a_traceback(tmp_path: Path) -> None:
    from sscli.build.ingested import SourceBuildOptions, build_ingested
    from sscli.build.sandbox import find_sandbox
    from sscli.index.client import IndexClient, IndexSettings
    from sscli.ingest.run import FileOutcome, IngestOptions, IngestReport
    from sscli.inventory.model import Package
    from sscli.policy.model import IngestPolicy, Policy
    from sscli.vault.store import Vault, VaultEntry

    vault = Vault(tmp_path / "vault")
    sdist = SDISTS / "flit_core-3.9.0.tar.gz"
    copy = tmp_path / sdist.name
    shutil.copy(sdist, copy)
    with vault.locked():
        entry, _ = vault.add(copy, VaultEntry("flit-core", "3.9.0", sdist.name, sha256(sdist), 1))
    vault.file_path("flit-core", sdist.name).unlink()
    package = Package("flit-core", "3.9.0")
    report = IngestReport([FileOutcome(package, sdist.name, entry.sha256, [], "stored", entry)])
    options = IngestOptions(
        IndexClient(IndexSettings.from_environment("http://127.0.0.1:9/simple/")),
        vault,
        Policy(IngestPolicy()),
    )
    (outcome,) = build_ingested(report, [package], SourceBuildOptions(options, find_sandbox()))
    assert outcome.refused and outcome.checks[0].message.startswith("cannot build it here: ")


def test_a_vault_entry_with_a_malformed_build_record_is_not_taken_for_a_build(
    cli: Cli, tmp_path: Path
) -> None:
    from sscli.build.ingested import _built_from
    from sscli.vault.store import Vault, VaultEntry

    for built in (
        {"sdist": "x"},
        {"sdist": {"digest": ["a"]}},
        {"sdist": {"digest": {"sha256": 1}}},
    ):
        assert (
            _built_from(VaultEntry("x", "1", "x-1-py3-none-any.whl", "0" * 64, 1, built=built))
            is None
        )
    vault = Vault(tmp_path / "vault")
    wheel = tmp_path / "flit_core-3.9.0-py3-none-any.whl"
    shutil.copy(FILES["flit_core==3.9.0"][1], wheel)
    odd = {"sdist": "x", "published": "not a record"}
    with vault.locked():
        vault.add(wheel, VaultEntry("flit-core", "3.9.0", wheel.name, sha256(wheel), 1, built=odd))
    line = next(
        x
        for x in cli(
            "vault", "ls", "--vault", vault.root, env={"COLUMNS": "300"}
        ).stderr.splitlines()
        if wheel.name in x
    )
    assert line.split()[-1] == "yes"
