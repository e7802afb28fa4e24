"""Policies: YAML files validated against the shipped JSON Schema, and the typed model."""

from __future__ import annotations

from pathlib import Path

from sscli.policy.load import PolicyCache, load_policy_document
from sscli.policy.model import IngestPolicy, Policy, PolicyException, policy_from_document


def default_policy_text() -> str:
    """The commented default policy (what `sscli policy init` writes)."""
    from importlib.resources import files

    return files("sscli.policy").joinpath("default-policy.yaml").read_text("utf-8")


def load_policy(path: Path | None, *, cache: PolicyCache | None = None) -> Policy:
    """The policy at `path`, or the shipped default policy when `path` is None. `cache` remembers
    policies already validated (`PolicyCache.in_state_dir`; see `load_policy_document`)."""
    if path is None:
        from importlib.resources import as_file, files

        with as_file(files("sscli.policy").joinpath("default-policy.yaml")) as default:
            document, digest = load_policy_document(default, cache)
        return policy_from_document(document, path=None, sha256=digest)
    document, digest = load_policy_document(path, cache)
    return policy_from_document(document, path=path, sha256=digest)


__all__ = [
    "IngestPolicy",
    "Policy",
    "PolicyCache",
    "PolicyException",
    "default_policy_text",
    "load_policy",
]
