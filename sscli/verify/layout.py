"""In-toto layouts: create a signed layout for a supply chain, and verify one with its links.

Verification is in-toto's own (`in_toto_verify`: layout signature and expiry, step thresholds,
artifact rules), over layouts and links in either the classic Metablock or the DSSE format,
written by sscli or by the reference tools. Two of in-toto's sharp edges are handled here: rule
lists that do not end in `DISALLOW *` let unexpected files through (sscli appends it when it
creates a layout, and warns, or under --strict refuses, when it verifies one), and inspections
run arbitrary commands from the layout (sscli refuses layouts that have any).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.errors import InputError, PolicyError
from sscli.fsutil import atomic_write_text

if TYPE_CHECKING:
    from securesystemslib.signer import Signer  # type: ignore[attr-defined]

DISALLOW_ALL = ["DISALLOW", "*"]


@dataclass(frozen=True)
class StepSpec:
    name: str
    functionaries: tuple[Path, ...]  # public key PEM files
    threshold: int = 1
    expected_command: tuple[str, ...] = ()
    materials: tuple[tuple[str, ...], ...] = ()
    products: tuple[tuple[str, ...], ...] = ()


@dataclass
class StepReport:
    name: str
    threshold: int
    links: int
    status: str = "pass"
    reason: str = ""


@dataclass
class LayoutReport:
    ok: bool
    steps: list[StepReport] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failure: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "decision": "allow" if self.ok else "deny",
            "failure": self.failure,
            "warnings": self.warnings,
            "steps": [s.__dict__ for s in self.steps],
        }


def load_steps(
    path: Path, base: Path | None = None, functionaries: dict[str, Path] | None = None
) -> list[StepSpec]:
    """Steps from a YAML file: a list of {name, functionaries, threshold, expected_command,
    materials, products}. A functionary is a public key PEM path relative to the file, or a
    name that `functionaries` maps to a key file (`layout create --functionary NAME=PATH`)."""
    named = functionaries or {}
    from sscli.fsutil import read_bytes_limited
    from sscli.policy.load import parse_yaml

    document = parse_yaml(read_bytes_limited(path, 1024 * 1024), path=path)
    base = base or path.parent
    if not isinstance(document, dict) or not isinstance(document.get("steps"), list):
        raise InputError("a steps file is a mapping with a `steps` list", path=path)
    steps = []
    for number, raw in enumerate(document["steps"]):
        if (
            not isinstance(raw, dict)
            or not isinstance(raw.get("name"), str)
            or not raw.get("functionaries")
        ):
            raise InputError(
                "each step needs a name and functionaries", path=path, field=f"steps[{number}]"
            )
        steps.append(
            StepSpec(
                name=raw["name"],
                functionaries=tuple(named.get(str(k), base / str(k)) for k in raw["functionaries"]),
                threshold=int(raw.get("threshold", 1)),
                expected_command=tuple(str(a) for a in raw.get("expected_command", ())),
                materials=tuple(tuple(str(x) for x in rule) for rule in raw.get("materials", ())),
                products=tuple(tuple(str(x) for x in rule) for rule in raw.get("products", ())),
            )
        )
    return steps


def _closed(rules: tuple[tuple[str, ...], ...]) -> list[list[str]]:
    listed = [list(rule) for rule in rules]
    if not listed or listed[-1] != DISALLOW_ALL:
        listed.append(list(DISALLOW_ALL))
    return listed


def create_layout(steps: list[StepSpec], owner: Signer, out: Path, *, expires: timedelta) -> Path:
    """Write a layout signed by `owner`, every artifact rule list ending in DISALLOW *."""
    from in_toto.models.layout import Layout, Step
    from in_toto.models.metadata import Metablock

    from sscli.attest.keys import load_public_key

    if not steps:
        raise InputError("a layout needs at least one step")
    layout = Layout()
    layout.expires = (
        (datetime.now(tz=UTC) + expires).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    )
    for spec in steps:
        keys = [load_public_key(path) for path in spec.functionaries]
        if spec.threshold > len(keys):
            raise InputError(
                f"step {spec.name}: threshold {spec.threshold} exceeds its {len(keys)} key(s)"
            )
        for key in keys:
            layout.add_functionary_key({"keyid": key.keyid, **key.to_dict()})
        step = Step(name=spec.name)
        step.pubkeys = [key.keyid for key in keys]
        step.threshold = spec.threshold
        step.expected_command = list(spec.expected_command)
        step.expected_materials = _closed(spec.materials)
        step.expected_products = _closed(spec.products)
        layout.steps.append(step)
    layout.validate()
    metablock = Metablock(signed=layout)
    metablock.create_signature(owner)
    atomic_write_text(out, json.dumps(metablock.to_dict(), indent=1, sort_keys=True) + "\n")
    return out


def verify_layout(
    layout_path: Path,
    owner_keys: Sequence[Path | str],
    links: Path,
    *,
    strict: bool = False,
    workdir: Path | None = None,
) -> LayoutReport:
    """Run in-toto's verification of `layout_path` (signed by one of `owner_keys`) over the
    links in `links`; with `workdir`, also check the final products found there. Expected
    failures are a denying report, never an exception."""
    from in_toto import exceptions as intoto_errors
    from in_toto.models.metadata import Metadata
    from in_toto.verifylib import in_toto_verify

    if not links.is_dir():
        raise InputError("no such links directory", path=links)
    try:
        metadata = Metadata.load(str(layout_path))
        layout = metadata.get_payload()
    except Exception as exc:  # in-toto raises many types for hostile JSON
        raise InputError(f"not an in-toto layout: {exc}", path=layout_path) from exc
    if getattr(layout, "_type", None) != "layout":
        raise InputError("not an in-toto layout (a link?)", path=layout_path)
    keys = {}
    from sscli.attest.signing import load_trusted_key

    for reference in owner_keys:
        key = load_trusted_key(reference)
        keys[key.keyid] = {"keyid": key.keyid, **key.to_dict()}
    report = LayoutReport(ok=False, warnings=_open_rules(layout))
    report.steps = [_step_report(step, links) for step in layout.steps]
    if layout.inspect:
        report.failure = (
            "the layout has inspections, which run commands from it: sscli refuses to run them"
        )
        return report
    if strict and report.warnings:
        report.failure = "rule lists that do not end in DISALLOW * (strict): " + "; ".join(
            report.warnings
        )
        return report
    try:
        in_toto_verify(metadata, keys, link_dir_path=str(links))
    except (intoto_errors.Error, PolicyError, ValueError, KeyError) as exc:
        report.failure = f"{type(exc).__name__}: {exc}"
        _blame(report, str(exc))
        return report
    except Exception as exc:  # signature and format errors from securesystemslib
        report.failure = f"{type(exc).__name__}: {exc}"
        return report
    if workdir is not None:
        report.failure = _check_final_products(layout, links, workdir, report)
        if report.failure:
            return report
    report.ok = True
    return report


def _check_final_products(
    layout: Any, links: Path, workdir: Path, report: LayoutReport
) -> str | None:
    """Every product a verified link records that exists under `workdir` must still have the
    recorded digest (the last step to produce a name wins): the layout's links say what the
    factory made, and this says the files on disk are those. A built-in inspection, without
    running commands from the layout."""
    from in_toto.verifylib import load_links_for_layout

    from sscli.fsutil import hash_file

    final: dict[str, tuple[str, str]] = {}
    chain = load_links_for_layout(layout, str(links))
    for step in layout.steps:
        for metablock in chain.get(step.name, {}).values():
            for name, digests in metablock.signed.products.items():
                if "sha256" in digests:
                    final[name] = (step.name, digests["sha256"])
    changed = []
    for name, (step_name, digest) in sorted(final.items()):
        if Path(name).is_absolute() or ".." in Path(name).parts:
            continue  # names outside the working directory are not final products here
        path = workdir / name
        if path.is_file() and not path.is_symlink() and hash_file(path)["sha256"] != digest:
            changed.append(f"{name} (recorded by {step_name})")
            for step_report in report.steps:
                if step_report.name == step_name:
                    step_report.status = "fail"
                    step_report.reason = f"{name} changed after the step"
    if not changed:
        return None
    return f"final products differ from what the links record: {', '.join(changed[:8])}"


def _open_rules(layout: Any) -> list[str]:
    warnings = []
    for item in [*layout.steps, *layout.inspect]:
        for kind in ("expected_materials", "expected_products"):
            rules = getattr(item, kind)
            if not rules or list(rules[-1]) != DISALLOW_ALL:
                warnings.append(
                    f"{item.name}.{kind} does not end in DISALLOW *: unexpected files pass"
                )
    return warnings


def _step_report(step: Any, links: Path) -> StepReport:
    found = sum(1 for keyid in step.pubkeys if (links / f"{step.name}.{keyid[:8]}.link").is_file())
    report = StepReport(step.name, step.threshold, found)
    if found < step.threshold:
        report.status, report.reason = "fail", f"{found} of {step.threshold} required link(s) found"
    return report


def _blame(report: LayoutReport, message: str) -> None:
    for step in report.steps:
        if step.status == "fail":
            continue  # already explained
        if (
            f"'{step.name}'" in message
            or f" {step.name} " in message
            or f"'{step.name}." in message
        ):
            step.status, step.reason = "fail", message[:500]
