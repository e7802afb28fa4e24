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
        (
            "version: 1\ningest:\n  exceptions:\n    - package: x\n      rules: [min_age]\n      reason: a good enough reason\n      expires: \u0662\u0660\u0669\u0669-01-01\n",
            "is not a 'date'",  # Arabic-Indic digits: passed the format, then a traceback
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
    from sscli.policy.load import PolicyCache, load_policy_document

    path = tmp_path / "policy.yaml"
    path.write_text("version: 1\ningest:\n  min_age: 3d\n  licenses: {deny: [GPL-3.0-only]}\n")
    cache = PolicyCache.in_state_dir(tmp_path / "state")
    assert cache is not None
    document, digest = load_policy_document(path, cache)
    (kept,) = cache.directory.iterdir()
    assert kept.name.startswith(digest) and kept.suffix == ".json"
    assert list(load_policy_document(path, cache)[0]) == list(document)  # in order
    path.write_text("version: 1\ningest:\n  min_agee: 3d\n")  # other bytes: parsed, validated
    with pytest.raises(InputError, match="'min_agee' was unexpected"):
        load_policy_document(path, cache)
    kept.write_text("not json")  # a damaged copy: the policy is parsed again
    path.write_text("version: 1\ningest:\n  min_age: 3d\n  licenses: {deny: [GPL-3.0-only]}\n")
    assert load_policy_document(path, cache) == (document, digest)
    assert load_policy_document(path, cache) == (document, digest)  # read back


@pytest.mark.parametrize(
    "forged",
    [
        '{"version": 1}',  # looser: the license denial and the minimum age dropped
        '{"version": 1, "ingest": {"min_age": 5}}',  # not what the schema allows: a traceback
        '{"version": 1, "ingest": {"min_age": "0m"}}',
    ],
)
def test_a_kept_policy_not_sealed_by_the_state_dirs_key_is_not_read(
    tmp_path: Path, forged: str
) -> None:
    """Whoever writes the cache directory without the state directory's key cannot change the
    policy a run applies (or make it crash): an unsealed, edited or re-sealed-under-another-key
    copy is ignored and the file parsed and validated again."""
    from sscli.policy.load import PolicyCache
    from sscli.sealed import sealed

    path = tmp_path / "policy.yaml"
    path.write_text("version: 1\ningest:\n  min_age: 3d\n  licenses: {deny: [GPL-3.0-only]}\n")
    cache = PolicyCache.in_state_dir(tmp_path / "state")
    assert cache is not None
    load_policy(path, cache=cache)
    (kept,) = cache.directory.iterdir()
    seal, _, text = kept.read_bytes().partition(b"\n")
    assert kept.read_bytes() == sealed(cache.key, kept.stem, text)
    other = PolicyCache(cache.directory, b"k" * 32)
    body = (forged + "\n").encode()
    for copy in (
        body,  # no seal
        seal + b"\n" + body,  # the genuine copy's seal over other text
        sealed(other.key, kept.stem, body),  # sealed under another key
    ):
        kept.write_bytes(copy)
        loaded = load_policy(path, cache=cache)
        assert loaded.ingest.licenses_deny == {"GPL-3.0-only"}
        assert loaded.ingest.min_age is not None and loaded.ingest.min_age.days == 3


def test_a_kept_policy_is_bound_to_the_policy_it_was_kept_for(tmp_path: Path) -> None:
    """A sealed copy of a looser policy renamed to a stricter policy's name is not read."""
    from sscli.policy.load import PolicyCache

    cache = PolicyCache.in_state_dir(tmp_path / "state")
    assert cache is not None
    loose, strict = tmp_path / "loose.yaml", tmp_path / "strict.yaml"
    loose.write_text("version: 1\n")
    strict.write_text("version: 1\ningest:\n  licenses: {deny: [GPL-3.0-only]}\n")
    load_policy(loose, cache=cache)
    (loose_kept,) = cache.directory.iterdir()
    load_policy(strict, cache=cache)
    (strict_kept,) = set(cache.directory.iterdir()) - {loose_kept}
    strict_kept.write_bytes(loose_kept.read_bytes())
    assert load_policy(strict, cache=cache).ingest.licenses_deny == {"GPL-3.0-only"}


def test_without_the_state_dirs_key_nothing_is_kept(tmp_path: Path) -> None:
    from sscli.policy.load import PolicyCache

    keys = tmp_path / "state" / "keys"
    keys.mkdir(parents=True)
    (keys / "policy-cache.key").write_bytes(b"short")  # malformed: not repaired, not used
    assert PolicyCache.in_state_dir(tmp_path / "state") is None
    (keys / "policy-cache.key").unlink()
    (keys / "policy-cache.key").symlink_to(tmp_path / "elsewhere")
    assert PolicyCache.in_state_dir(tmp_path / "state") is None
    assert not (tmp_path / "elsewhere").exists()


def test_a_policy_json_cannot_keep_exactly_is_parsed_every_time(tmp_path: Path) -> None:
    from sscli.policy.load import PolicyCache, _keep_document, _kept_document, _same

    assert (
        not _same({"a": True}, {"a": 1}) and not _same([1.0], [1]) and _same({"a": [1]}, {"a": [1]})
    )
    cache = PolicyCache(tmp_path / "kept", b"k" * 32)
    _keep_document(cache, "n", {"version": 1, "ingest": {1: "integer key"}})
    _keep_document(cache, "n", {"version": 1, "x": float("nan")})
    assert not cache.directory.exists()
    _keep_document(cache, "n", {"version": 1})
    assert (cache.directory / "n.json").read_text().endswith('\n{"version": 1}\n')
    assert _kept_document(cache, "n") == {"version": 1}


def test_a_kept_policy_is_not_read_by_other_parsing_or_validating_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kept document's name covers the YAML parser, the formats and the validator: a fix to
    one of them under the same version string (a development install) re-validates."""
    from sscli.policy import load

    before = load._cache_tag()
    real = load._shipped_bytes

    def patched(package: str, name: str) -> bytes:
        return real(package, name) + (b"# fixed\n" if name == "yamlsafe.py" else b"")

    monkeypatch.setattr(load, "_shipped_bytes", patched)
    load._cache_tag.cache_clear()
    load._schema_digest.cache_clear()
    try:
        assert load._cache_tag() != before
    finally:
        load._cache_tag.cache_clear()
        load._schema_digest.cache_clear()


def test_the_deciding_files_are_read_as_importlib_resources_reads_them() -> None:
    from sscli.policy import load
    from sscli.schemas import resource_bytes

    for package, name in load._DECIDING:
        assert load._shipped_bytes(package, name) == resource_bytes(package, name), name


def test_whole_numbers_written_as_floats_reach_the_model_as_ints(tmp_path: Path) -> None:
    """JSON Schema's `integer` takes YAML's `6.0` and `1.0e+3`: the model gets 6 and 1000, never
    a float that would reach `git log --max-count=6.0` or an archive limit as 1000.0."""
    path = tmp_path / "policy.yaml"
    path.write_text(
        "version: 1\n"
        "ingest:\n  archive: {max_members: 1.0e+3}\n  typosquat: {max_distance: 2.0}\n"
        "source:\n  history: {max_commits: 6.0}\n"
    )
    policy = load_policy(path)
    assert policy.source is not None
    assert type(policy.source.max_commits) is int and policy.source.max_commits == 6
    assert type(policy.ingest.archive.max_members) is int
    assert policy.ingest.archive.max_members == 1000
    assert type(policy.ingest.typosquat_distance) is int
