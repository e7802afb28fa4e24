"""In-toto layouts: create a signed layout for a supply chain, and verify one with its links.

Verification is in-toto's own (`in_toto_verify`: layout signature and expiry, step thresholds,
artifact rules), over layouts and links in either the classic Metablock or the DSSE format,
written by sscli or by the reference tools. Two of in-toto's sharp edges are handled here: rule
lists that do not end in `DISALLOW *` let unexpected files through (sscli appends it when it
creates a layout, and warns, or under --strict refuses, when it verifies one), and inspections
run arbitrary commands from the layout (sscli refuses layouts that have any).
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.errors import InputError, PolicyError
from sscli.fsutil import atomic_write_text

if TYPE_CHECKING:
    from securesystemslib.signer import Signer  # type: ignore[attr-defined]

DISALLOW_ALL = ["DISALLOW", "*"]
MAX_METADATA_BYTES = 64 * 1024 * 1024
MAX_STEP_NAME_BYTES = 200


@dataclass(frozen=True)
class StepSpec:
    """One step of a layout to create: who may perform it, how many must, and its artifact rules."""

    name: str
    functionaries: tuple[Path, ...]  # public key PEM files
    threshold: int = 1
    expected_command: tuple[str, ...] = ()
    materials: tuple[tuple[str, ...], ...] = ()
    products: tuple[tuple[str, ...], ...] = ()


@dataclass
class StepReport:
    """How one layout step fared in verification: the links found for it, and its status."""

    name: str
    threshold: int
    links: int
    status: str = "pass"
    reason: str = ""


@dataclass
class LayoutReport:
    """The verdict on a layout and its links, step by step, with its warnings and why it failed."""

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
    from sscli.yamlsafe import parse_yaml

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
    """Run in-toto's verification of `layout_path` (signed by every one of `owner_keys`) over
    the links in `links`; with `workdir`, also check the final products found there. Expected
    failures are a denying report, never an exception.

    Nothing of the layout is used before its signature verifies: its step names become file
    names only then, and only plain ones. The links are read once, through regular-file opens,
    each checked to be signed for the step it is filed under, and in-toto verifies those
    copies (so a FIFO or a link renamed to another step is a denial, not a hang or a pass)."""
    from sscli.attest.signing import load_trusted_key

    if not links.is_dir():
        raise InputError("no such links directory", path=links)
    metadata = _load_metadata(layout_path, what="layout")
    keys = {}
    for reference in owner_keys:
        key = load_trusted_key(reference)
        keys[key.keyid] = {"keyid": key.keyid, **key.to_dict()}
    report = LayoutReport(ok=False)
    report.failure = _signature_failure(metadata, keys)
    if report.failure:
        return report
    layout = metadata.get_payload()
    if getattr(layout, "_type", None) != "layout":
        raise InputError("not an in-toto layout (a link?)", path=layout_path)
    report.failure = _unusable_names(layout)
    if report.failure:
        return report
    report.warnings = _open_rules(layout)
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
    with tempfile.TemporaryDirectory(prefix="sscli-links-") as staged:
        report.failure = _stage_links(layout, links, Path(staged))
        if report.failure is None:
            report.failure = _run_in_toto(metadata, keys, Path(staged), report)
        if report.failure is None and workdir is not None:
            report.failure = _check_final_products(layout, Path(staged), workdir, report)
    report.ok = report.failure is None
    return report


def _load_metadata(path: Path, *, what: str) -> Any:
    """A layout or link (Metablock or DSSE) from a file read through a regular-file open."""
    from in_toto.models.metadata import Metadata

    from sscli.attest._json import loads_strict
    from sscli.fsutil import read_bytes_limited

    data = read_bytes_limited(path, MAX_METADATA_BYTES)
    try:
        return Metadata.from_dict(loads_strict(data))
    except Exception as exc:  # in-toto and securesystemslib raise many types for hostile JSON
        raise InputError(f"not an in-toto {what}: {type(exc).__name__}: {exc}", path=path) from exc


def _signature_failure(metadata: Any, keys: dict[str, Any]) -> str | None:
    from in_toto.verifylib import verify_metadata_signatures

    try:
        verify_metadata_signatures(metadata, keys)
    except Exception as exc:  # in-toto's, securesystemslib's and format errors
        return f"the layout's signature does not verify with the owner key(s): {exc}"
    return None


def _unusable_names(layout: Any) -> str | None:
    """Step names become link file names (`NAME.KEYID8.link`): only plain names are used."""
    for item in [*layout.steps, *layout.inspect]:
        name = item.name
        if (
            not isinstance(name, str)
            or not name
            or "/" in name
            or "\x00" in name
            or name.startswith(".")
            or len(name.encode("utf-8")) > MAX_STEP_NAME_BYTES
        ):
            shown = repr(name[:60]) + ("..." if len(str(name)) > 60 else "")
            return (
                f"unusable step name {shown}: a step name must be a plain file name of at most "
                f"{MAX_STEP_NAME_BYTES} bytes"
            )
    return None


def _stage_links(layout: Any, links: Path, staged: Path) -> str | None:
    """Copy each link a step's functionaries may have written into `staged`, read once and
    checked: a regular file, in-toto link metadata, signed for the step it is filed under."""
    from in_toto.models.link import FILENAME_FORMAT

    from sscli.fsutil import atomic_write_bytes, read_bytes_limited

    for step in layout.steps:
        for keyid in step.pubkeys:
            name = FILENAME_FORMAT.format(step_name=step.name, keyid=keyid)
            path = links / name
            if not (path.exists() or path.is_symlink()):
                continue
            try:
                data = read_bytes_limited(path, MAX_METADATA_BYTES)
                payload = _load_metadata(path, what="link").get_payload()
            except InputError as exc:
                return f"link {name}: {exc.message}"
            if getattr(payload, "_type", None) != "link":
                return f"link {name} is not a link (sublayouts are not supported)"
            if payload.name != step.name:
                return (
                    f"link {name} is signed for step {payload.name!r}, not for step {step.name!r}"
                )
            atomic_write_bytes(staged / name, data)
    return None


def _run_in_toto(
    metadata: Any, keys: dict[str, Any], staged: Path, report: LayoutReport
) -> str | None:
    from in_toto import exceptions as intoto_errors
    from in_toto.verifylib import in_toto_verify

    with _in_toto_warnings(report.warnings):
        try:
            in_toto_verify(metadata, keys, link_dir_path=str(staged))
        except (intoto_errors.Error, PolicyError, ValueError, KeyError) as exc:
            failure = f"{type(exc).__name__}: {exc}"
            _blame(report, str(exc))
            return failure
        except Exception as exc:  # signature and format errors from securesystemslib
            return f"{type(exc).__name__}: {exc}"
    return None


@contextlib.contextmanager
def _in_toto_warnings(warnings: list[str]) -> Iterator[None]:
    """in-toto logs what it tolerates (a command that differs from the expected one) to its own
    stream handler: collect it into the report instead."""
    import logging

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.WARNING:
                warnings.append(f"in-toto: {record.getMessage()}")

    logger = logging.getLogger("in_toto")
    saved = logger.handlers[:], logger.propagate
    logger.handlers, logger.propagate = [Collect()], False
    try:
        yield
    finally:
        logger.handlers, logger.propagate = saved


def _check_final_products(
    layout: Any, links: Path, workdir: Path, report: LayoutReport
) -> str | None:
    """Every product a verified link records that exists under `workdir` must still have the
    recorded digest (the last step to produce a name wins): the layout's links say what the
    factory made, and this says the files on disk are those. A built-in inspection, without
    running commands from the layout. A symlinked product is judged by its target, as in-toto
    recorded it, and only when the target (through every symlink on the way) stays inside
    `workdir`; anything but a regular file (a FIFO, a directory) differs."""
    from in_toto.verifylib import load_links_for_layout

    from sscli.attest.verify import CHECKED_ALGORITHMS
    from sscli.fsutil import hash_file

    # name -> (step, the recorded digests sscli checks: every one of sha256/sha384/sha512)
    final: dict[str, tuple[str, dict[str, str]]] = {}
    chain = load_links_for_layout(layout, str(links))
    for step in layout.steps:
        for metablock in chain.get(step.name, {}).values():
            for name, digests in metablock.get_payload().products.items():
                checked = {a: str(digests[a]) for a in CHECKED_ALGORITHMS if a in digests}
                final[name] = (step.name, checked)
    root = workdir.resolve()
    changed = []
    for name, (step_name, recorded) in sorted(final.items()):
        if Path(name).is_absolute() or ".." in Path(name).parts:
            continue  # names outside the working directory are not final products here
        path = workdir / name
        if not (path.exists() or path.is_symlink()):
            continue  # absent: not deployed from here
        problem = None
        if not path.resolve().is_relative_to(root):
            problem = "a symlink leaving the working directory"
        elif not recorded:
            problem = "recorded without a sha256, sha384 or sha512 digest, which sscli checks"
        else:
            try:
                if hash_file(path, tuple(recorded)) != recorded:
                    problem = "changed after the step"
            except InputError as exc:
                problem = exc.message.rpartition(": ")[2]
        if problem:
            changed.append(f"{name} (recorded by {step_name}: {problem})")
            for step_report in report.steps:
                if step_report.name == step_name:
                    step_report.status = "fail"
                    step_report.reason = f"{name}: {problem}"
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
