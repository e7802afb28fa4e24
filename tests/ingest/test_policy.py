from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sscli.errors import InputError
from sscli.policy import default_policy_text, load_policy
from tests.conftest import REPO, Cli


def test_shipped_default_is_what_init_writes(cli: Cli, tmp_path: Path) -> None:
    assert (REPO / "policies" / "default.yaml").read_text() == default_policy_text()
    out = tmp_path / "policy.yaml"
    cli("policy", "init", "-o", out)
    assert out.read_text() == default_policy_text()
    assert "exists" in cli("policy", "init", "-o", out, expect=2).stderr
    cli("policy", "init", "-o", out, "--force")
    assert "valid" in cli("policy", "check", out).stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version: 1\ningest:\n  min_agee: 3d\n", "'min_agee' was unexpected"),
        ("version: 2\n", "/version"),
        ("version: 1\ningest:\n  min_age: 3 days\n", "does not match"),
        (
            "version: 1\ningest:\n  allow_yanked: true\n  allow_yanked: false\n",
            "duplicate key 'allow_yanked'",
        ),
        (
            "version: 1\ningest:\n  exceptions:\n    - package: x\n      rules: [min_age]\n      reason: ok\n      expires: 2027-01-01\n",
            "too short",
        ),
        (
            "version: 1\ningest:\n  exceptions:\n    - package: x\n      rules: [min_age]\n      reason: a good enough reason\n",
            "'expires' is a required property",
        ),
        (
            "version: 1\ningest:\n  exceptions:\n    - package: x\n      rules: [nap]\n      reason: a good enough reason\n      expires: 2027-01-01\n",
            "'nap' is not one of",
        ),
        (
            "version: 1\ningest:\n  exceptions:\n    - package: x\n      rules: [min_age]\n      reason: a good enough reason\n      expires: 2027-02-30\n",
            "is not a 'date'",
        ),
        ("- just\n- a list\n", "a YAML mapping"),
        ("version: 1\ningest: [\n", "invalid YAML"),
    ],
)
def test_invalid_policies_are_errors(cli: Cli, tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("(", r"\(")):
        load_policy(path)
    assert str(path) in cli("policy", "check", path, expect=2).stderr


def test_exceptions_and_digest(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(
        "version: 1\ningest:\n  exceptions:\n    - package: Legacy_Lib\n      rules: [sdist_only, license]\n"
        "      reason: reviewed in TICKET-1\n      expires: 2027-06-30\n"
    )
    policy = load_policy(path)
    assert policy.sha256 and len(policy.sha256) == 64
    valid, expired = policy.exception_for("legacy-lib", "1.0", "license", today=date(2027, 1, 1))
    assert valid is not None and expired is None
    valid, expired = policy.exception_for("legacy-lib", "1.0", "license", today=date(2027, 7, 1))
    assert valid is None and expired is not None
    assert policy.exception_for("legacy-lib", "1.0", "typosquat", today=date(2027, 1, 1)) == (
        None,
        None,
    )


def test_a_validated_policy_is_kept_as_json_and_read_back_without_yaml(tmp_path: Path) -> None:
    from sscli.policy.load import load_policy_document

    path = tmp_path / "policy.yaml"
    path.write_text("version: 1\ningest:\n  min_age: 3d\n  licenses: {deny: [GPL-3.0-only]}\n")
    cache = tmp_path / "cache"
    document, digest = load_policy_document(path, cache)
    (kept,) = cache.iterdir()
    assert kept.name.startswith(digest) and kept.suffix == ".json"
    assert list(load_policy_document(path, cache)[0]) == list(document)  # in order
    kept.write_text('{"version": 1, "ingest": {"min_age": "9d"}}')  # read back as kept
    assert load_policy_document(path, cache)[0]["ingest"] == {"min_age": "9d"}
    path.write_text("version: 1\ningest:\n  min_agee: 3d\n")  # other bytes: parsed, validated
    with pytest.raises(InputError, match="'min_agee' was unexpected"):
        load_policy_document(path, cache)
    kept.write_text("not json")  # a damaged copy: the policy is parsed again
    path.write_text("version: 1\ningest:\n  min_age: 3d\n  licenses: {deny: [GPL-3.0-only]}\n")
    assert load_policy_document(path, cache) == (document, digest)


def test_a_policy_json_cannot_keep_exactly_is_parsed_every_time(tmp_path: Path) -> None:
    from sscli.policy.load import _keep_document, _same

    assert (
        not _same({"a": True}, {"a": 1}) and not _same([1.0], [1]) and _same({"a": [1]}, {"a": [1]})
    )
    kept = tmp_path / "kept.json"
    _keep_document(kept, {"version": 1, "ingest": {1: "integer key"}})
    _keep_document(kept, {"version": 1, "x": float("nan")})
    assert not kept.exists()
    _keep_document(kept, {"version": 1})
    assert kept.read_text() == '{"version": 1}\n'
