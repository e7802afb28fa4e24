"""The deploy gate's throughput: 200 artifacts, each with signed provenance, SBOM (120
components) and vulns attestations, verified by one `sscli verify artifact dist/*.whl` call with
the re-scan against the shared OSV snapshot. Per artifact: (CPU of the 200-artifact call - CPU
of a one-artifact call) / 199, medians of 5 interleaved runs; goal <= 15 ms. Then, in one
process: the per-rule cost from a profile, and the re-scan against `sscli scan` of the same
SBOM.

    .venv/bin/python benchmarks/verify.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._timing import compile_sources, cpu_commands, goal_row
from sscli.attest.keys import KeyType, generate_key_pair, load_private_key
from sscli.attest.predicates import PredicateType
from sscli.attest.signing import sign_statement
from sscli.attest.statement import ResourceDescriptor, Statement
from sscli.inventory import load_inventory
from sscli.policy import load_policy
from sscli.sbom import create_sbom
from sscli.verify.artifact import verify_artifact
from sscli.verify.rescan import database_rescan
from sscli.verify.signers import key_signers
from tests.builders import build_wheel, sha256
from tests.verify.conftest import POLICY, provenance, vulns
from tests.vulndb.snapshot import import_snapshot

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
COUNT = 200
BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[1]


def build_world(root: Path, count: int) -> tuple[list[Path], Path, Path, dict[str, Any]]:
    """`count` wheels in root/dist, each with signed provenance, SBOM and vulns attestations
    beside it; the deploy policy (re-scan on) and the OSV snapshot's database."""
    db = import_snapshot(SHARED, root / "osv.sqlite")
    generate_key_pair(KeyType.ED25519, root / "builder.pem")
    for name in ("dev", "second"):
        generate_key_pair(KeyType.ED25519, root / f"{name}.pem")
    signer = load_private_key(root / "builder.pem", None)
    names = json.loads(
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import json,sqlite3,sys;print(json.dumps([r[0] for r in sqlite3.connect(sys.argv[1]).execute('select distinct name from affected limit 120')]))",
                str(db),
            ],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        or "[]"
    ) or [f"pkg{i}" for i in range(120)]
    lock = root / "requirements.txt"
    lock.write_text("".join(f"{n}==1.0\n" for n in names[:120]))
    sbom = json.loads(create_sbom(load_inventory(lock)))
    policy_path = root / "deploy.yaml"
    policy_path.write_text(
        POLICY.format(builder="https://sscli.dev/builders/ci")
        .replace("{rescan: false}", "{rescan: true, fail_on: none}")
        .replace('["demo-*.whl"]', '["*.whl"]')
    )
    (root / "dist").mkdir(exist_ok=True)
    artifacts = []
    for i in range(count):
        wheel = build_wheel(root / "dist", f"app{i}", "1.0")
        subject = (ResourceDescriptor(name=wheel.name, digest={"sha256": sha256(wheel)}),)
        lines = [
            sign_statement(Statement(subject, t, p), [signer]).to_json_line()
            for t, p in (
                (PredicateType.SLSA_PROVENANCE_V1, provenance()),
                (PredicateType.CYCLONEDX, sbom),
                (PredicateType.VULNS_V01, vulns()),
            )
        ]
        wheel.with_name(wheel.name + ".intoto.jsonl").write_bytes(b"\n".join(lines) + b"\n")
        artifacts.append(wheel)
    return artifacts, policy_path, db, sbom


def batch_row(root: Path, artifacts: list[Path], policy: Path, db: Path) -> None:
    def gate(*paths: Path) -> list[str]:
        return [str(BIN / "sscli"), "verify", "artifact", *map(str, paths), "--policy",
                str(policy), "--db", str(db), "--format", "json", "-o", str(root / "out.json")]  # fmt: skip

    compile_sources(ROOT / "sscli")
    cpu = cpu_commands({"one": gate(artifacts[0]), "all": gate(*artifacts)}, repeat=5)
    each = (cpu["all"] - cpu["one"]) / (len(artifacts) - 1)
    goal_row(
        f"verify artifact, {len(artifacts)} in one call",
        f"{1000 * each:.1f} ms per artifact",
        f"one artifact per call {1000 * cpu['one']:.0f} ms",
        "<= 15 ms per artifact",
        each <= 0.015,
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        artifacts, policy_path, db, sbom = build_world(root, COUNT)
        batch_row(root, artifacts, policy_path, db)
        policy = load_policy(policy_path).deploy
        assert policy is not None
        rescan = database_rescan(db)
        signers = key_signers(policy)
        start = time.perf_counter()
        decisions = [
            verify_artifact(
                a,
                [a.with_name(a.name + ".intoto.jsonl")],
                policy,
                rescan=rescan,
                now=datetime.now(tz=UTC),
                signers=signers,
            )
            for a in artifacts
        ]
        elapsed = time.perf_counter() - start
        assert all(d.allowed for d in decisions), decisions[0].to_json()
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.enable()
        for artifact in artifacts[:50]:
            verify_artifact(
                artifact,
                [artifact.with_name(artifact.name + ".intoto.jsonl")],
                policy,
                rescan=rescan,
                signers=signers,
            )
        profile.disable()
        stats = pstats.Stats(profile)
        per_rule: dict[str, float] = defaultdict(float)
        for (filename, _line, function), row in stats.stats.items():  # type: ignore[attr-defined]
            if "/verify/rules/" in filename and function == "check":
                per_rule[f"rule {Path(filename).stem}"] += row[3] / 50
            elif filename.endswith("verify/evidence.py") and function == "collect_evidence":
                per_rule["reading and checking the attestations"] += row[3] / 50
            elif filename.endswith("attest/verify.py") and function == "artifact_digests":
                per_rule["reading the artifact"] += row[3] / 50
        scan_start = time.perf_counter()
        sbom_file = root / "sbom.cdx.json"
        sbom_file.write_text(json.dumps(sbom))
        subprocess.run(
            [
                sys.executable,
                "-m",
                "sscli",
                "scan",
                str(sbom_file),
                "--db",
                str(db),
                "--max-age",
                "100000",
                "--format",
                "json",
            ],
            check=False,
            capture_output=True,
        )
        scan_seconds = time.perf_counter() - scan_start
        rescan_start = time.perf_counter()
        rescan(sbom)
        rescan_seconds = time.perf_counter() - rescan_start
    print(
        f"{COUNT} artifacts (provenance + SBOM of {len(sbom.get('components', []))} components + vulns): {elapsed:.2f} s, "
        f"{COUNT / elapsed:.0f} artifacts/s, {1000 * elapsed / COUNT:.1f} ms each in one process (wall)"
    )
    for rule, seconds in sorted(per_rule.items(), key=lambda item: -item[1]):
        print(f"  {rule}: {1000 * seconds:.2f} ms per artifact")
    print(
        f"re-scan of the SBOM in the gate: {1000 * rescan_seconds:.1f} ms; `sscli scan` of the same SBOM: "
        f"{1000 * scan_seconds:.0f} ms including start-up"
    )


if __name__ == "__main__":
    main()
