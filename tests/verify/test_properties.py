"""Properties of the deploy gate over what an attacker controls, with hypothesis.

The `.intoto.jsonl` container is unsigned: its lines can be reordered, duplicated, dropped, or
mixed with lines of the attacker's own, and files can be planted beside the artifact or the
artifact renamed. The gate's decision must be a function of the set of trusted statements
about the artifact's digest: a simple model of the policy (allow exactly when every required
type has a trusted statement, none of them breaks a rule, and nothing is malformed or
tampered) predicts it for any container, and no rearrangement turns a deny into an allow.
And no policy document the schema accepts makes the gate crash.

The signed material is real (real keys, real signatures) and made once per session.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sscli.attest.keys import KeyType, generate_key_pair, load_private_key
from sscli.attest.predicates import PredicateType
from sscli.attest.signing import sign_statement
from sscli.attest.statement import ResourceDescriptor, Statement
from sscli.errors import SscliError
from sscli.policy import load_policy
from sscli.policy.deploy import DeployPolicy
from sscli.verify.artifact import find_attestations, verify_artifact
from tests.builders import build_wheel, sha256
from tests.verify.conftest import BUILDER, NOW, iso, provenance, vulns

PROPERTY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=True,
)

POLICY = """version: 1
deploy:
  signers:
    - name: ci
      keys: [builder.pem.pub]
      predicates: [provenance, sbom, vulns]
  require: [provenance, sbom, vulns]
  provenance:
    builder_ids: ["{builder}"]
    sandboxed: true
  max_age: 7d
  subject_names: ["demo-*.whl"]
  vulnerabilities: {{rescan: false, fail_on: high}}
  licenses:
    deny: [AGPL-3.0-only]
"""


@dataclass(frozen=True)
class Line:
    """One line the attacker may put in the container, and what the model says it is."""

    label: str
    data: bytes = field(repr=False)
    trusted_type: str | None = None  # the predicate type, if trusted and about the artifact
    bad: bool = False  # a trusted statement that breaks a rule
    poison: bool = False  # malformed or tampered: denies whatever else is there


@dataclass(frozen=True)
class Material:
    root: Path
    artifact: Path
    policy: DeployPolicy
    policy_path: Path
    lines: tuple[Line, ...]


def _sbom(artifact: Path, license_expression: str | None = None) -> dict[str, Any]:
    from sscli.inventory import load_inventory
    from sscli.sbom import create_sbom

    sbom: dict[str, Any] = json.loads(create_sbom(load_inventory(artifact)))
    # made when the session first needs it, which may be long after NOW: date it NOW
    sbom["metadata"]["timestamp"] = iso(NOW)
    if license_expression:
        sbom.setdefault("components", []).append(
            {
                "type": "library",
                "name": "copyleft",
                "version": "1",
                "licenses": [{"expression": license_expression}],
            }
        )
    return sbom


@pytest.fixture(scope="session")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    root = tmp_path_factory.mktemp("properties")
    for name in ("builder", "attacker"):
        generate_key_pair(KeyType.ED25519, root / f"{name}.pem")
    builder = load_private_key(root / "builder.pem", None)
    attacker = load_private_key(root / "attacker.pem", None)
    artifact = build_wheel(root, "demo", "1.0", license_expression="MIT")
    other = build_wheel(root, "demo", "0.9", license_expression="MIT")
    policy_path = root / "deploy.yaml"
    policy_path.write_text(POLICY.format(builder=BUILDER))
    policy = load_policy(policy_path).deploy
    assert policy is not None

    def signed(predicate_type: str, predicate: dict[str, Any], *, about: Path = artifact,
               key: Any = builder, name: str | None = None) -> bytes:  # fmt: skip
        subject = ResourceDescriptor(name=name or about.name, digest={"sha256": sha256(about)})
        return sign_statement(
            Statement((subject,), predicate_type, predicate), [key]
        ).to_json_line()

    critical = vulns()
    critical["scanner"]["result"] = [
        {"id": "GHSA-xxxx-yyyy-zzzz", "severity": [{"method": "sscli-level", "score": "critical"}]}
    ]
    good_sbom = _sbom(artifact)
    good = signed(PredicateType.SLSA_PROVENANCE_V1, provenance())
    tampered = json.loads(good)
    tampered["payload"] = json.loads(signed(PredicateType.SLSA_PROVENANCE_V1, provenance(ref="x")))[
        "payload"
    ]
    prov, sbom_t, vulns_t = (
        PredicateType.SLSA_PROVENANCE_V1,
        PredicateType.CYCLONEDX,
        PredicateType.VULNS_V01,
    )
    lines = (
        Line("good provenance", good, prov),
        Line("good sbom", signed(sbom_t, good_sbom), sbom_t),
        Line("good vulns", signed(vulns_t, vulns()), vulns_t),
        Line("second good vulns", signed(vulns_t, vulns(NOW - timedelta(hours=3))), vulns_t),
        Line("unsandboxed provenance", signed(prov, provenance(sandboxed=False)), prov, bad=True),
        Line("copyleft sbom", signed(sbom_t, _sbom(artifact, "AGPL-3.0-only+")), sbom_t, bad=True),
        Line("critical scan", signed(vulns_t, critical), vulns_t, bad=True),
        Line("stale scan", signed(vulns_t, vulns(NOW - timedelta(days=30))), vulns_t, bad=True),
        Line(
            "provenance naming it evil",
            signed(prov, provenance(), name="evil-1.0-py3-none-any.whl"),
            prov,
            bad=True,
        ),
        # foreign lines: the gate ignores them
        Line("attacker's sbom", signed(sbom_t, good_sbom, key=attacker)),
        Line("attacker's clean scan", signed(vulns_t, vulns(), key=attacker)),
        Line("another artifact's provenance", signed(prov, provenance(), about=other)),
        Line("ingest record ci may not sign", signed(PredicateType.SSCLI_INGEST_V1, {})),
        # poison: the container as a whole is refused
        Line("tampered provenance", json.dumps(tampered).encode(), poison=True),
        Line("truncated line", good[:-30], poison=True),
    )
    return Material(root, artifact, policy, policy_path, lines)


def model_allows(lines: list[Line], material: Material) -> bool:
    """The policy, as a reader of docs/deploy-gate.md would state it."""
    if not lines or any(line.poison for line in lines):
        return False
    present = {line.trusted_type for line in lines if line.trusted_type}
    required = set(material.policy.required_types)
    return required <= present and not any(line.bad for line in lines)


@contextmanager
def fresh(material: Material) -> Iterator[Path]:
    """A directory of its own for one example (hypothesis runs many in one test)."""
    with tempfile.TemporaryDirectory(dir=material.root) as directory:
        yield Path(directory)


def _decide(
    material: Material, container: list[Line], directory: Path, *, name: str | None = None
) -> tuple[bool, dict[str, str]]:
    import shutil

    artifact = directory / (name or material.artifact.name)
    if not artifact.exists():
        shutil.copyfile(material.artifact, artifact)
    attestations = directory / f"{material.artifact.name}.intoto.jsonl"
    attestations.write_bytes(b"".join(line.data + b"\n" for line in container))
    given = [attestations] if artifact.name != material.artifact.name else []
    decision = verify_artifact(
        artifact, find_attestations(artifact, given), material.policy, now=NOW
    )
    return decision.allowed, {r.rule: r.status.value for r in decision.rules}


def containers(material: Material) -> st.SearchStrategy[list[Line]]:
    return st.lists(st.sampled_from(material.lines), min_size=0, max_size=8)


@given(data=st.data())
@PROPERTY
def test_the_decision_is_what_the_model_says(material: Material, data: st.DataObject) -> None:
    with fresh(material) as workdir:
        container = data.draw(containers(material))
        allowed, rules = _decide(material, container, workdir)
        assert allowed == model_allows(container, material), (
            [line.label for line in container],
            rules,
        )


@given(data=st.data())
@PROPERTY
def test_reordering_duplicating_and_adding_foreign_lines_change_nothing(
    material: Material, data: st.DataObject
) -> None:
    with fresh(material) as workdir:
        container = data.draw(containers(material))
        foreign = [line for line in material.lines if not line.trusted_type and not line.poison]
        changed = data.draw(
            st.permutations(
                container
                + data.draw(
                    st.lists(st.sampled_from(container), max_size=4) if container else st.just([])
                )
                + data.draw(st.lists(st.sampled_from(foreign), max_size=3))
            )
        )
        before = _decide(material, container, workdir)
        after = _decide(material, list(changed), workdir)
        if container:
            assert before == after, [line.label for line in changed]
        else:  # an empty file is malformed; foreign lines make it a file of strangers' lines
            assert before[0] is after[0] is False


@given(data=st.data())
@PROPERTY
def test_dropping_lines_allows_only_what_the_remaining_trusted_statements_allow(
    material: Material, data: st.DataObject
) -> None:
    """Withholding a statement is undetectable in an unsigned container (the threat model says
    so); what must hold is that the decision on what remains is that set's own decision, so a
    drop can only allow by removing a statement that was itself a reason to deny."""
    with fresh(material) as workdir:
        container = data.draw(containers(material))
        kept = [line for line in container if data.draw(st.booleans())]
        allowed, rules = _decide(material, kept, workdir)
        assert allowed == model_allows(kept, material), ([line.label for line in kept], rules)
        denied_before = not model_allows(container, material)
        if denied_before and allowed:
            dropped = [line for line in container if line not in kept]
            assert any(line.bad or line.poison for line in dropped)


@given(data=st.data())
@PROPERTY
def test_extra_files_beside_the_artifact_never_turn_deny_into_allow(
    material: Material, data: st.DataObject
) -> None:
    with fresh(material) as workdir:
        container = data.draw(containers(material))
        allowed, _ = _decide(material, container, workdir)
        planted = data.draw(
            st.lists(
                st.tuples(
                    st.sampled_from(
                        [".sigstore.json", ".x.sigstore.json", ".intoto.jsonl.bak", ".sig", ".txt"]
                    ),
                    st.sampled_from(
                        [b"", b"{}", b"not json", *[line.data for line in material.lines]]
                    ),
                ),
                max_size=3,
            )
        )
        for suffix, content in planted:
            (workdir / f"{material.artifact.name}{suffix}").write_bytes(content)
        (workdir / "other.intoto.jsonl").write_bytes(
            b"".join(line.data + b"\n" for line in material.lines)
        )
        after, _ = _decide(material, container, workdir)
        assert after <= allowed  # allowed only if it was allowed before
        if not any(suffix.endswith(".sigstore.json") for suffix, _ in planted):
            assert after == allowed  # files the gate does not read cannot change anything


@given(data=st.data())
@PROPERTY
def test_renaming_the_artifact_changes_nothing(material: Material, data: st.DataObject) -> None:
    with fresh(material) as workdir:
        container = data.draw(containers(material))
        name = data.draw(
            st.sampled_from(["evil-1.0-py3-none-any.whl", "demo-2.0-py3-none-any.whl", "x.bin"])
        )
        before = _decide(material, container, workdir)
        renamed = workdir / "renamed"
        renamed.mkdir(exist_ok=True)
        assert _decide(material, container, renamed, name=name) == before


# --- policy documents ---------------------------------------------------------------------------

_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
_PATTERNS = st.lists(
    st.one_of(
        _TEXT,
        st.sampled_from(
            ["*", "**", "***", "a/**", "demo-*.whl", "refs/tags/v*", f"{BUILDER}", "x**y", "[a-"]
        ),
    ),
    max_size=3,
    unique=True,
)
_KINDS = st.lists(
    st.sampled_from(["provenance", "sbom", "vulns", "ingest"]), min_size=1, unique=True
)
_DURATION = st.one_of(
    st.from_regex(r"\A[0-9]{1,12}[mhdw]\Z"), st.sampled_from(["7d", "99999999999d", "0m", "x"])
)
_LICENSES = st.lists(
    st.one_of(_TEXT, st.sampled_from(["AGPL-3.0-only", "MIT OR (", "GPL-2.0+", "mit"])),
    max_size=3,
    unique=True,
)


@st.composite
def deploy_documents(draw: st.DrawFn) -> dict[str, Any]:
    signers = []
    for index in range(draw(st.integers(1, 3))):
        signer: dict[str, Any] = {"name": f"s{index}", "predicates": draw(_KINDS)}
        if draw(st.booleans()):
            signer["keys"] = draw(
                st.lists(
                    st.sampled_from(["builder.pem.pub", "attacker.pem.pub", "copy.pub"]),
                    min_size=1,
                    unique=True,
                )
            )
            signer["threshold"] = draw(st.integers(1, 3))
        if draw(st.booleans()) or "keys" not in signer:
            signer["sigstore"] = [
                draw(
                    st.one_of(
                        st.fixed_dictionaries(
                            {
                                "identity": st.one_of(_TEXT.filter(bool), st.just("*@example.org")),
                                "issuer": st.just("https://accounts.google.com"),
                            }
                        ),
                        # gh attestation verify's checks, hostile values included
                        st.fixed_dictionaries(
                            {"owner": st.one_of(_TEXT, st.just("sigstore"))},
                            optional={
                                "repo": st.one_of(_TEXT, st.just("sigstore/sigstore-js")),
                                "signer-workflow": _TEXT,
                                "signer-repo": _TEXT,
                                "source-ref": st.one_of(_TEXT, st.just("refs/heads/main")),
                                "source-digest": _TEXT,
                                "deny-self-hosted-runners": st.booleans(),
                                "hostname": _TEXT,
                                "predicate-type": _TEXT,
                            },
                        ),
                    )
                )
            ]
        if draw(st.booleans()):
            signer["development"] = draw(st.booleans())
        signers.append(signer)
    deploy: dict[str, Any] = {"signers": signers, "require": draw(_KINDS)}
    optional: dict[str, Any] = {
        "allow_development_keys": st.booleans(),
        "provenance": st.fixed_dictionaries(
            {},
            optional={
                "builder_ids": _PATTERNS,
                "source_repositories": _PATTERNS,
                "source_refs": _PATTERNS,
                "reproducible": st.sampled_from(["identical", "equivalent", "any"]),
                "sandboxed": st.booleans(),
                "dependencies_from_vault": st.booleans(),
                "allow_dirty": st.booleans(),
            },
        ),
        "max_age": _DURATION,
        "subject_names": _PATTERNS,
        "vulnerabilities": st.fixed_dictionaries(
            {},
            optional={
                "rescan": st.just(False),
                "fail_on": st.sampled_from(["low", "medium", "high", "critical", "any", "none"]),
            },
        ),
        "licenses": st.fixed_dictionaries(
            {},
            optional={
                "allow": _LICENSES,
                "deny": _LICENSES,
                "unknown": st.sampled_from(["allow", "warn", "deny"]),
            },
        ),
        "exceptions": st.lists(
            st.fixed_dictionaries(
                {
                    "rule": st.sampled_from(["provenance", "subject", "licenses", "signatures"]),
                    "reason": st.just("a reason long enough"),
                    "expires": st.sampled_from(["2020-01-01", "2999-12-31"]),
                },
                optional={"subject": st.one_of(_TEXT.filter(bool), st.just("demo-*.whl"))},
            ),
            max_size=2,
        ),
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            deploy[key] = draw(strategy)
    return {"version": 1, "deploy": deploy}


@given(document=deploy_documents())
@settings(PROPERTY, max_examples=80)
def test_no_policy_document_crashes_the_gate(material: Material, document: dict[str, Any]) -> None:
    with fresh(material) as workdir:
        from sscli.policy.load import policy_violations

        (workdir / "builder.pem.pub").write_bytes((material.root / "builder.pem.pub").read_bytes())
        (workdir / "attacker.pem.pub").write_bytes(
            (material.root / "attacker.pem.pub").read_bytes()
        )
        (workdir / "copy.pub").write_bytes((material.root / "builder.pem.pub").read_bytes())
        path = workdir / "policy.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True))
        container = [line for line in material.lines if line.trusted_type and not line.bad]
        try:
            policy = load_policy(path).deploy
            assert policy is not None
            artifact = workdir / material.artifact.name
            artifact.write_bytes(material.artifact.read_bytes())
            (workdir / f"{artifact.name}.intoto.jsonl").write_bytes(
                b"".join(line.data + b"\n" for line in container)
            )
            decision = verify_artifact(artifact, find_attestations(artifact, []), policy, now=NOW)
            assert decision.to_json()["decision"] in ("allow", "deny")
        except SscliError as error:
            assert error.exit_code == 2  # a policy error names itself; nothing else escapes
            if not policy_violations(document):
                assert "Traceback" not in error.diagnostics()


@pytest.mark.parametrize(
    "labels",
    [
        ["good provenance", "good sbom", "copyleft sbom", "good vulns"],
        ["good provenance", "good sbom", "good vulns", "critical scan"],
        ["good provenance", "unsandboxed provenance", "good sbom", "good vulns"],
        ["good provenance", "good sbom", "good vulns", "stale scan"],
    ],
)
def test_known_orders_are_judged_alike(material: Material, labels: list[str]) -> None:
    """The orders a first-wins gate got wrong, pinned (the properties above may not draw them)."""
    by_label = {line.label: line for line in material.lines}
    container = [by_label[label] for label in labels]
    with fresh(material) as workdir:
        decisions = {
            _decide(material, order, workdir)[0]
            for order in (container, container[::-1], container[1:] + container[:1])
        }
    assert decisions == {False}
