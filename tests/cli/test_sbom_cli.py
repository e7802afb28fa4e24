"""`sscli sbom` end to end through the real CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
from cyclonedx.validation.xml import XmlValidator

from tests.builders import build_wheel
from tests.conftest import Cli


def test_create_from_project_directory_to_stdout(cli: Cli, hello_dir: Path) -> None:
    result = cli("sbom", "create", hello_dir)
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(result.stdout) is None
    assert "5 components" in result.stderr
    assert json.loads(result.stdout)["metadata"]["component"]["name"] == "sscli-hello"


def test_create_xml_spec_15_to_file(cli: Cli, hello_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "sbom.cdx.xml"
    result = cli(
        "sbom",
        "create",
        hello_dir / "uv.lock",
        "--format",
        "cyclonedx-xml",
        "--spec",
        "1.5",
        "-o",
        out,
    )
    assert result.stdout == ""
    assert XmlValidator(SchemaVersion.V1_5).validate_str(out.read_text()) is None


def test_create_from_environment(cli: Cli, tmp_path: Path) -> None:
    result = cli("sbom", "create", "--python", sys.executable)
    document = json.loads(result.stdout)
    names = {c["name"].lower() for c in document["components"]}
    assert {"typer", "cyclonedx-python-lib", "packaging"} <= names


def test_unpinned_lines_are_warned_about(cli: Cli, tmp_path: Path) -> None:
    lock = tmp_path / "requirements.txt"
    lock.write_text("flask>=2\nidna==3.10\n")
    result = cli("sbom", "create", lock)
    assert "flask is not pinned" in result.stderr
    assert [c["name"] for c in json.loads(result.stdout)["components"]] == ["idna"]


def test_diff_json_and_text(cli: Cli, tmp_path: Path, hello_dir: Path) -> None:
    before = tmp_path / "before.cdx.json"
    cli("sbom", "create", hello_dir / "uv.lock", "-o", before)
    lock = tmp_path / "requirements.txt"
    text = (
        (hello_dir / "requirements.txt").read_text().replace("pygments==2.18.0", "pygments==2.17.2")
    )
    text = text.replace("sha256:786ff802", "sha256:00000000")  # one pygments file changed
    lock.write_text(text.replace("mdurl==0.1.2", "mdurl2==0.1.2") + "idna==3.10\n")
    after = tmp_path / "after.cdx.json"
    cli("sbom", "create", lock, "-o", after)
    data = json.loads(cli("sbom", "diff", before, after, "--format", "json").stdout)
    assert [p["name"] for p in data["added"]] == ["idna", "mdurl2"]
    assert [p["name"] for p in data["removed"]] == ["mdurl"]
    changed = {c["name"]: c["changes"] for c in data["changed"]}
    assert changed["pygments"]["version"] == {"before": "2.18.0", "after": "2.17.2"}
    assert "sha256" in changed["pygments"]
    cli("sbom", "diff", before, after, "--exit-code", expect=1)
    text_result = cli("sbom", "diff", before, before, "--exit-code")
    assert "no differences" in text_result.stderr


def test_report_html_is_self_contained(cli: Cli, tmp_path: Path, hello_dir: Path) -> None:
    sbom = tmp_path / "sbom.cdx.json"
    cli("sbom", "create", hello_dir, "-o", sbom)
    report = tmp_path / "report.html"
    result = cli("sbom", "report", sbom, "-o", report)
    html = report.read_text()
    assert "sscli-hello 1.0.0" in html and "markdown-it-py" in html
    assert "Dependency tree" in html and "<details" in html
    assert "http://" not in html.replace("http://cyclonedx", "") and "<script src" not in html
    assert "5 components" in result.stderr


def test_report_escapes_hostile_names(cli: Cli, tmp_path: Path) -> None:
    wheel = build_wheel(
        tmp_path, "evil", "1.0", summary="<script>alert(1)</script>", author="<b>x</b>"
    )
    report = tmp_path / "r.html"
    cli("sbom", "report", wheel, "-o", report)
    html = report.read_text()
    assert "<script>alert" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_show_text_and_json(cli: Cli, hello_dir: Path) -> None:
    assert "rich" in cli("sbom", "show", hello_dir / "pylock.toml").stderr
    data = json.loads(cli("sbom", "show", hello_dir / "pylock.toml", "--format", "json").stdout)
    assert {d["name"] for d in data} == {"click", "markdown-it-py", "mdurl", "pygments", "rich"}


def test_python_dash_m_and_console_script(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sscli", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("sscli ")
    script = shutil.which("sscli", path=str(Path(sys.executable).parent))
    assert script is not None


HEAVY = ("sigstore", "cryptography", "in_toto", "securesystemslib", "cyclonedx", "jsonschema")
HELP_PROBE = f"""
import sys
from sscli.cli.app import main
sys.argv = ["sscli", "--help"]
try:
    main()
except SystemExit:
    pass
print("HEAVY:" + ",".join(m for m in sys.modules if m.split(".")[0] in {HEAVY!r}))
"""


def test_help_imports_no_crypto_or_sigstore() -> None:
    result = subprocess.run(
        [sys.executable, "-c", HELP_PROBE], capture_output=True, text=True, check=True
    )
    assert result.stdout.rstrip().splitlines()[-1] == "HEAVY:"


def test_report_with_findings_provenance_and_decision(
    cli: Cli, tmp_path: Path, hello_dir: Path
) -> None:
    sbom = tmp_path / "sbom.cdx.json"
    cli("sbom", "create", hello_dir, "-o", sbom)
    scan = tmp_path / "scan.json"
    scan.write_text(
        json.dumps(
            {
                "summary": {"scanned": 5},
                "findings": [
                    {
                        "id": "PYSEC-2099-1",
                        "package": {"name": "rich", "version": "13.8.1"},
                        "severity": {"level": "high"},
                        "smallest_fix": "13.9.0",
                        "status": "affected",
                        "summary": "<img src=x onerror=alert(1)>",
                    }
                ],
            }
        )
    )
    provenance = tmp_path / "provenance.json"
    provenance.write_text(
        json.dumps(
            {
                "buildDefinition": {
                    "buildType": "https://sscli.dev/build/python-pep517/v1",
                    "externalParameters": {
                        "source": {"uri": None, "ref": "refs/heads/main", "commit": "a" * 40}
                    },
                    "internalParameters": {"sandbox": "bubblewrap", "SOURCE_DATE_EPOCH": 1},
                },
                "runDetails": {
                    "builder": {"id": "https://sscli.dev/builders/local"},
                    "byproducts": [],
                },
            }
        )
    )
    decision = tmp_path / "verify.json"
    decision.write_text(
        json.dumps(
            {
                "artifact": "dist/x.whl",
                "decision": "deny",
                "rules": [{"rule": "required", "status": "fail", "reason": "missing sbom"}],
            }
        )
    )
    layout = tmp_path / "layout-verify.json"
    layout.write_text(
        json.dumps(
            {
                "decision": "deny",
                "failure": "final products differ: <script>x</script>",
                "steps": [{"name": "sbom", "status": "fail", "links": 1, "threshold": 1}],
            }
        )
    )
    report = tmp_path / "report.html"
    cli(
        "sbom",
        "report",
        sbom,
        "-o",
        report,
        "--scan",
        scan,
        "--provenance",
        provenance,
        "--verify",
        decision,
        "--layout-report",
        layout,
    )
    html = report.read_text()
    assert (
        "PYSEC-2099-1" in html
        and "13.9.0" in html
        and "&lt;img src=x" in html
        and "<img src=x" not in html
    )
    assert "bubblewrap" in html and "https://sscli.dev/builders/local" in html
    assert "DENY" in html and "missing sbom" in html
    assert "in-toto layout" in html and "&lt;script&gt;x" in html and "<script>x" not in html
    layout.write_text("[]")
    assert (
        "not a layout verification report"
        in cli("sbom", "report", sbom, "-o", report, "--layout-report", layout, expect=2).stderr
    )
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert (
        "not valid JSON"
        in cli("sbom", "report", sbom, "-o", report, "--scan", bad, expect=2).stderr
    )


def test_several_formats_from_one_read(cli: Cli, hello_dir: Path, tmp_path: Path) -> None:
    """`-o FORMAT=PATH` as syft takes it: CycloneDX and SPDX from one read of the lock."""
    cdx, spdx, tv = tmp_path / "sbom.cdx.json", tmp_path / "sbom.spdx.json", tmp_path / "sbom.spdx"
    result = cli(
        "sbom", "create", hello_dir / "uv.lock",
        "-o", f"cyclonedx-json={cdx}", "-o", f"spdx-json={spdx}", "-o", f"spdx-tag-value={tv}",
    )  # fmt: skip
    assert result.stdout == ""
    assert "CycloneDX 1.6, SPDX 2.3" in result.stderr
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(cdx.read_text()) is None
    assert json.loads(spdx.read_text())["spdxVersion"] == "SPDX-2.3"
    assert tv.read_text().startswith("SPDXVersion: SPDX-2.3\n")
    purls = {c["purl"] for c in json.loads(cdx.read_text())["components"]}
    spdx_purls = {
        ref["referenceLocator"]
        for package in json.loads(spdx.read_text())["packages"]
        for ref in package.get("externalRefs", [])
        if ref["referenceType"] == "purl" and package["primaryPackagePurpose"] == "LIBRARY"
    }
    assert purls == spdx_purls


def test_a_bad_output_writes_nothing(cli: Cli, hello_dir: Path, tmp_path: Path) -> None:
    result = cli(
        "sbom", "create", hello_dir / "uv.lock", "-o", f"spdx-json={tmp_path}/a.json",
        "-o", f"cyclonedx-json={tmp_path}/a.json", expect=2,
    )  # fmt: skip
    assert "same file" in result.stderr
    assert not (tmp_path / "a.json").exists()


def test_report_shows_the_source_stage_escaped(cli: Cli, tmp_path: Path, hello_dir: Path) -> None:
    sbom = tmp_path / "sbom.cdx.json"
    cli("sbom", "create", hello_dir / "uv.lock", "-o", sbom)
    verified = tmp_path / "source-verify.json"
    verified.write_text(
        json.dumps(
            {
                "result": "fail",
                "repository": "git+https://example.com/<b>org</b>/app",
                "ref": "refs/heads/main",
                "commit": "c" * 40,
                "range": {"commits": 2, "description": "the whole history"},
                "level": "SLSA_SOURCE_LEVEL_0",
                "rules": [{"rule": "signature", "status": "fail", "pass": 1, "fail": 1}],
                "checks": [
                    {
                        "rule": "signature",
                        "status": "fail",
                        "commit": "d" * 40,
                        "message": "not signed",
                    }
                ],
            }
        )
    )
    scanned = tmp_path / "source-scan.json"
    scanned.write_text(
        json.dumps(
            {
                "result": "fail",
                "commit": "c" * 40,
                "summary": {"files": 3},
                "findings": [
                    {"kind": "secret", "id": "AWS Access Key", "path": "<i>a.py</i>", "line": 1,
                     "severity": "high", "status": "fail", "commit": None}
                ],
            }
        )
    )  # fmt: skip
    report = tmp_path / "report.html"
    cli("sbom", "report", sbom, "-o", report, "--source", verified, "--source-scan", scanned)
    html = report.read_text()
    assert "Source (signed history)" in html and "SLSA_SOURCE_LEVEL_0" in html
    assert "not signed" in html and "dddddddddddd" in html and "FAILED" in html
    assert "&lt;b&gt;org" in html and "<b>org" not in html
    assert "AWS Access Key" in html and "&lt;i&gt;a.py" in html and "<i>a.py" not in html
    verified.write_text("[]")
    result = cli("sbom", "report", sbom, "-o", report, "--source", verified, expect=2)
    assert "not a source verification report" in result.stderr
