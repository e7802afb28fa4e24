"""The selection as users meet it: sbom create, scan and ingest on real locks, their errors, the
origins of git packages, and SBOMs that name no machine path."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

import pytest

from sscli.inventory import load_inventory
from sscli.inventory.model import OriginKind
from sscli.inventory.selection import Selection
from sscli.scan.run import scannable
from tests.conftest import Cli

LOCKS = Path(__file__).parents[1] / "data" / "locks"
TINYPROJ_COMMIT = "255318ab8ff92119c0e8592a198117f52d0d885c"


def sbom(cli: Cli, target: Path, *args: str, env: dict[str, str] | None = None) -> dict:  # type: ignore[type-arg]
    result = cli("sbom", "create", target, *args, env=env)
    document: dict = json.loads(result.stdout)  # type: ignore[type-arg]
    return document


def scan(cli: Cli, target: Path, db: Path, *args: str, expect: int = 0) -> dict:  # type: ignore[type-arg]
    result = cli("scan", target, "--db", db, "--format", "json", *args, expect=expect)
    report: dict = json.loads(result.stdout)  # type: ignore[type-arg]
    return report


def test_a_vulnerable_version_reached_only_through_an_extra_is_reported(
    cli: Cli, snapshot_db: Path
) -> None:
    report = scan(cli, LOCKS / "jwt-extra", snapshot_db)
    vulnerable = {(f["package"]["name"], f["package"]["version"]) for f in report["findings"]}
    assert ("cryptography", "41.0.1") in vulnerable
    document = sbom(cli, LOCKS / "jwt-extra")
    names = {c["name"] for c in document["components"]}
    assert {"pyjwt", "cryptography", "cffi", "pycparser"} <= names


def test_sbom_of_the_mcp_workspace_has_cryptography_through_pyjwt_crypto(cli: Cli) -> None:
    document = sbom(cli, LOCKS / "mcp", "--platform", "linux", "--python-version", "3.12")
    names = {c["name"] for c in document["components"]}
    assert {"cryptography", "cffi", "pycparser", "mcp-types"} <= names
    assert "mcp-simple-chatbot" not in names  # an example member the root does not reach
    graph = {d["ref"]: set(d.get("dependsOn", [])) for d in document["dependencies"]}
    root_ref = document["metadata"]["component"]["bom-ref"]
    lock = tomllib.loads((LOCKS / "mcp" / "uv.lock").read_text())
    (root,) = [p for p in lock["package"] if p.get("source") == {"editable": "."}]
    stated = {d["name"] for d in root["dependencies"]}
    refs = {c["bom-ref"]: c["name"] for c in document["components"]}
    assert graph[root_ref] and {refs[t] for t in graph[root_ref]} <= stated


def test_the_sbom_records_the_selection_and_scopes(cli: Cli) -> None:
    document = sbom(cli, LOCKS / "rich", "--group", "dev", "--extra", "jupyter")
    properties = {(p["name"], p["value"]) for p in document["metadata"]["properties"]}
    assert ("sscli:selection:groups", "dev") in properties
    assert ("sscli:selection:extras", "jupyter") in properties
    assert any(name == "sscli:selection:target" for name, _value in properties)
    scopes = {c["name"]: c.get("scope") for c in document["components"]}
    assert scopes["pygments"] == "required"
    assert scopes["pytest"] == "optional"
    assert scopes["ipywidgets"] == "optional"


@pytest.mark.parametrize(
    "path",
    [
        "git-sources/uv",
        "git-sources/uv/pylock.toml",
        "git-sources/uv/requirements.txt",
        "git-sources/poetry",
        "git-sources/pipenv/Pipfile.lock",
    ],
)
def test_git_packages_keep_their_origin_and_are_not_scanned_as_releases(
    path: str, cli: Cli
) -> None:
    inventory = load_inventory(LOCKS / path)
    (tinyproj,) = [p for p in inventory.packages if p.name == "tinyproj"]
    assert tinyproj.origin is not None and tinyproj.origin.kind is OriginKind.GIT
    assert tinyproj.origin.commit == TINYPROJ_COMMIT
    assert "vcs_url=git%2Bfile:" in tinyproj.package_url and TINYPROJ_COMMIT in tinyproj.package_url
    scanned, skipped = scannable(inventory)
    assert "six" in {p.name for p in scanned}
    (reason,) = [s.reason for s in skipped if s.name == "tinyproj"]
    assert "git source" in reason and "not an index release" in reason
    document = sbom(cli, LOCKS / path)
    (component,) = [c for c in document["components"] if c["name"] == "tinyproj"]
    vcs = [r for r in component["externalReferences"] if r["type"] == "vcs"]
    assert vcs and TINYPROJ_COMMIT in vcs[0]["comment"]


def test_workspace_members_the_root_reaches_are_components_with_generic_purls() -> None:
    inventory = load_inventory(LOCKS / "pydantic-ai")
    members = {
        p.name: p for p in inventory.packages if p.origin and p.origin.kind is OriginKind.WORKSPACE
    }
    assert {"pydantic-ai-slim", "pydantic-graph", "pydantic-evals"} <= set(members)
    assert "pydantic-ai-examples" not in members  # only through the `examples` extra
    assert members["pydantic-ai-slim"].package_url.startswith("pkg:generic/pydantic-ai-slim")
    assert inventory.root is not None and inventory.root.dependencies == ("pydantic-ai-slim",)
    assert {"openai", "anthropic", "google-genai"} <= {p.name for p in inventory.packages}


def test_the_same_lock_elsewhere_gives_a_byte_identical_sbom(cli: Cli, tmp_path: Path) -> None:
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    texts = []
    for place in ("a/deep/place", "b"):
        target = tmp_path / place / "project"
        shutil.copytree(LOCKS / "rich", target)
        texts.append(cli("sbom", "create", target / "poetry.lock", env=env).stdout)
    assert texts[0] == texts[1]
    assert str(tmp_path) not in texts[0]
    declared = {
        p["value"]
        for c in json.loads(texts[0])["components"]
        for p in c.get("properties", [])
        if p["name"] == "sscli:declared-in"
    }
    assert declared == {"poetry.lock"}


def test_python_beside_a_lock_is_a_usage_error(cli: Cli, hello_dir: Path) -> None:
    result = cli("sbom", "create", hello_dir / "uv.lock", "--python", "/usr/bin/python3", expect=2)
    assert "--python" in result.stderr and "not both" in result.stderr


def test_an_unpinned_requirements_file_is_refused_naming_its_lines(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "requirements.txt"
    path.write_text("flask>=2\nrequests\n")
    result = cli("sbom", "create", path, expect=2)
    assert "pins no package" in result.stderr
    assert "requirements.txt:1" in result.stderr and "requirements.txt:2" in result.stderr
    document = sbom(cli, path, "--allow-unpinned")
    assert document.get("components", []) == []


def test_unknown_group_or_extra_is_a_usage_error_naming_what_exists(cli: Cli) -> None:
    result = cli("sbom", "create", LOCKS / "rich", "--group", "nope", expect=2)
    assert "no group named nope" in result.stderr and "dev" in result.stderr
    result = cli("scan", LOCKS / "pdm", "--extra", "nope", expect=2)
    assert "no extra named nope" in result.stderr


def test_a_package_outside_the_workspace_is_a_usage_error(cli: Cli) -> None:
    result = cli("sbom", "create", LOCKS / "pydantic-ai", "--package", "requests", expect=2)
    assert "not a project of this workspace" in result.stderr


def test_a_project_without_a_lock_gives_declared_ranges_and_scan_refuses_them(
    cli: Cli, tmp_path: Path, snapshot_db: Path
) -> None:
    shutil.copy(LOCKS / "rich" / "pyproject.toml", tmp_path / "pyproject.toml")
    document = sbom(cli, tmp_path)
    components = {c["name"]: c for c in document["components"]}
    assert set(components) == {"pygments", "markdown-it-py"}
    properties = {p["name"]: p["value"] for p in components["pygments"]["properties"]}
    assert properties["sscli:unresolved"] == "true"
    assert properties["sscli:version-range"] == "^2.13.0"
    result = cli("scan", tmp_path, "--db", snapshot_db, expect=2)
    assert "cannot scan version ranges" in result.stderr


def test_errors_name_the_file_the_user_gave(cli: Cli, tmp_path: Path) -> None:
    shutil.copy(LOCKS / "rich" / "poetry.lock", tmp_path / "poetry.lock")
    (tmp_path / "pyproject.toml").write_text("[tool.poetry\n")
    result = cli("sbom", "create", tmp_path / "poetry.lock", expect=2)
    assert str(tmp_path / "poetry.lock") in result.stderr
    assert "Traceback" not in result.stderr


def test_input_format_forces_a_reader_and_content_picks_one(cli: Cli, tmp_path: Path) -> None:
    renamed = tmp_path / "locked.toml"
    shutil.copy(LOCKS / "pdm" / "pdm.lock", renamed)
    assert load_inventory(renamed).source_kind == "pdm"  # by content
    text = tmp_path / "deps"
    shutil.copy(LOCKS / "rye" / "requirements.lock", text)
    result = cli("sbom", "create", text, "--input-format", "requirements")
    assert json.loads(result.stdout)["components"]
    cli("sbom", "create", text, "--input-format", "nonsense", expect=2)


def test_universal_describes_every_target(hello_dir: Path) -> None:
    universal = load_inventory(hello_dir / "uv.lock", selection=Selection.create(universal=True))
    linux = load_inventory(hello_dir / "uv.lock", selection=Selection.create(platforms=["linux"]))
    assert "colorama" in {p.name for p in universal.packages}
    assert "colorama" not in {p.name for p in linux.packages}


def test_several_platforms_are_the_union_of_their_targets(hello_dir: Path) -> None:
    both = load_inventory(
        hello_dir / "uv.lock", selection=Selection.create(platforms=["linux", "win_amd64"])
    )
    assert "colorama" in {p.name for p in both.packages}


def test_a_script_lock_is_read_from_its_requirements() -> None:
    inventory = load_inventory(LOCKS / "uv-script" / "s.py.lock")  # by content: no known name
    assert inventory.source_kind == "uv-lock"
    assert [p.key for p in inventory.packages] == ["six==1.16.0"]


def test_universal_keeps_the_markers_of_packages() -> None:
    inventory = load_inventory(
        LOCKS / "pipenv" / "pylock.toml",
        selection=Selection.create(universal=True, all_groups=True),
    )
    markers = {p.name: dict(p.properties).get("sscli:marker") for p in inventory.packages}
    assert markers["atomicwrites"] == "('dev' in dependency_groups) and (sys_platform == 'win32')"
    assert markers["pytz"] is None


def test_ingest_never_fetches_a_git_package_from_an_index_by_its_name(
    cli: Cli, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    index.mkdir()
    result = cli(
        "ingest",
        LOCKS / "git-sources" / "uv",
        "--index-url",
        index.as_uri(),
        "--vault",
        tmp_path / "vault",
        "--policy",
        Path(__file__).parents[2] / "policies" / "default.yaml",
        "--format",
        "json",
        expect=None,
    )
    assert "not ingested: tinyproj comes from a git source" in result.stderr
    assert "tinyproj" not in result.stdout


def test_ingest_refuses_declared_ranges(cli: Cli, tmp_path: Path) -> None:
    shutil.copy(LOCKS / "rich" / "pyproject.toml", tmp_path / "pyproject.toml")
    result = cli("ingest", tmp_path, "--vault", tmp_path / "vault", expect=2)
    assert "cannot be ingested" in result.stderr
