"""`provenance`: every trusted SLSA provenance statement meets the policy: builder, build type,
source repository and ref (identity patterns), a clean working tree, the sandbox, the
reproducibility verdict, and every dependency from the vault."""

from __future__ import annotations

from typing import Any

from sscli.policy.deploy import KIND_TYPES, DeployPolicy
from sscli.policy.patterns import matches_any
from sscli.verify.context import GateContext
from sscli.verify.decision import Severity
from sscli.verify.dependencies import listed_dependencies
from sscli.verify.rules.base import Outcome, Problem, Rule, judged, skipped

PROVENANCE = KIND_TYPES["provenance"]


def check(context: GateContext) -> Outcome:
    provenances = context.evidence.of_type(PROVENANCE)
    if not provenances:
        if PROVENANCE in context.policy.required_types:
            return judged([Problem("no trusted provenance to check")], fail="", ok="")
        return skipped("no trusted provenance to check")
    problems = [
        Problem(message, item.source, waivable=message not in identity)
        for item in provenances
        for identity in [provenance_identity_problems(item.statement.predicate, context.policy)]
        for message in identity + provenance_problems(item.statement.predicate, context.policy)
    ]
    if context.policy.provenance.dependencies_from_vault:
        _, unmatchable = listed_dependencies(provenances)
        problems += [
            Problem(f"dependency {d.name} has no sha256: not from the vault", d.source)
            for d in unmatchable
        ]
    return judged(
        problems, fail="", ok=f"{len(provenances)} provenance statement(s) meet the rules"
    )


def _parts(predicate: Any) -> tuple[Any, Any, Any, Any, Any] | None:
    """(buildDefinition, builder id, internalParameters, source, byproducts) of a SLSA v1
    predicate, or None when it is not one."""
    try:
        definition = predicate["buildDefinition"]
        builder = predicate["runDetails"]["builder"]["id"]
        external = definition.get("externalParameters", {})
        internal = definition.get("internalParameters", {})
        source = external.get("source", {}) if isinstance(external.get("source"), dict) else {}
        byproducts = predicate["runDetails"].get("byproducts", [])
    except (KeyError, TypeError, AttributeError):
        return None
    return definition, builder, internal, source, byproducts


def provenance_identity_problems(predicate: Any, policy: DeployPolicy) -> list[str]:
    """Who built what, from where, against the policy: the builder, the build type, the source
    repository and ref. No policy exception waives these."""
    parts = _parts(predicate)
    if parts is None:
        return ["not a SLSA v1 provenance predicate"]
    definition, builder, _, source, _ = parts
    rules = policy.provenance
    problems = []
    if rules.builder_ids and not matches_any(rules.builder_ids, builder):
        problems.append(f"builder {builder!r} is not trusted")
    if rules.build_types and not matches_any(rules.build_types, definition.get("buildType")):
        problems.append(f"build type {definition.get('buildType')!r} is not allowed")
    repository = repository_of(source)
    if rules.source_repositories and not matches_any(rules.source_repositories, repository):
        problems.append(f"source {source.get('uri')!r} is not an allowed repository")
    if rules.source_refs and not matches_any(rules.source_refs, source.get("ref")):
        problems.append(f"ref {source.get('ref')!r} is not an allowed ref")
    return problems


def provenance_problems(predicate: Any, policy: DeployPolicy) -> list[str]:
    """How the build was made, against the policy: a clean tree, the sandbox, the
    reproducibility verdict, vault-only dependencies (exceptions may waive these)."""
    parts = _parts(predicate)
    if parts is None:
        return []  # provenance_identity_problems says so
    definition, _, internal, source, byproducts = parts
    rules = policy.provenance
    problems = []
    if not rules.allow_dirty and source.get("dirty") is not False:
        problems.append(
            "built from a working tree with uncommitted changes (or not known to be clean)"
        )
    if rules.sandboxed and internal.get("sandboxed") is not True:
        problems.append(f"not built in a sandbox (sandbox: {internal.get('sandbox')!r})")
    reproducibility = _reproducibility(byproducts)
    if rules.reproducible == "identical" and reproducibility.get("reproducible") is not True:
        problems.append("the build is not reproducible (identical)")
    if rules.reproducible == "equivalent" and reproducibility.get("equivalent") is not True:
        problems.append("the build is not reproducible (not even equivalent)")
    if rules.dependencies_from_vault:
        outside = [
            d.get("name") or d.get("uri")
            for d in definition.get("resolvedDependencies", []) or []
            if isinstance(d, dict)
            and "sha256" in (d.get("digest") or {})
            and (d.get("annotations") or {}).get("source") != "vault"
        ]
        if outside:
            problems.append(f"dependencies not from the vault: {', '.join(map(str, outside[:3]))}")
    return problems


def repository_of(source: dict[str, Any]) -> Any:
    """The source URI without the `@REF` it ends in (SLSA's `git+https://host/repo@ref`): the
    ref is judged by `source_refs`, the repository by `source_repositories`."""
    uri, ref = source.get("uri"), source.get("ref")
    if isinstance(uri, str) and isinstance(ref, str) and ref and uri.endswith(f"@{ref}"):
        return uri[: -len(ref) - 1]
    return uri


def _reproducibility(byproducts: Any) -> dict[str, Any]:
    for item in byproducts if isinstance(byproducts, list) else []:
        if isinstance(item, dict) and item.get("name") == "reproducibility":
            annotations = item.get("annotations", {})
            return annotations if isinstance(annotations, dict) else {}
    return {}


RULE = Rule(
    "provenance",
    Severity.HIGH,
    "every trusted provenance names an allowed builder, build type, repository and ref, a clean "
    "tree, the sandbox, the required reproducibility and vault-only dependencies",
    check,
    waivable=True,
)
