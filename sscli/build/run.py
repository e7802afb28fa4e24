"""`sscli build`: a PEP 517 build (pypa/build) of sdist and wheel, in the sandbox, with build
dependencies only from the vault; twice, in two directories at once, then compared.

The build environment is made once, as pypa/build makes its isolated one (a venv without pip,
filled by pip from the vault: `build-system.requires`, then what the backend's
`get_requires_for_build_*` hooks ask for), in a sandbox of its own over a third copy of the
sources. The two builds then run at once, each in its own sandbox (its own mount namespace,
/tmp, HOME, copy of the sources and output directory, and no network), with that environment
mounted read-only at /build/env: neither build can change what the other builds with, and
neither sees the other's files. What they share is the environment's making: pip and the
backend's `get_requires_for_build_*` hooks run once, so a nondeterministic resolution, or a
backend that alters its environment while it is made, is not caught by comparing the two builds
(the provenance lists the vault files pip installed). A backend that alters its environment
during a build cannot: the environment is read-only there.

The builds see the same paths (/build/src, /build/out, /build/env, /vault), the same clean
environment (SOURCE_DATE_EPOCH, TZ=UTC, LC_ALL=C.UTF-8, PYTHONHASHSEED=0, umask 022).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
import tempfile
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sscli.build.compare import FileComparison, compare_outputs
from sscli.build.piplog import PipLog
from sscli.build.sandbox import Bind, Sandbox, SandboxRun
from sscli.build.source import SourceInfo, source_files
from sscli.errors import InputError
from sscli.fsutil import atomic_write_bytes, hash_file, read_bytes_limited
from sscli.progress import Progress, silent
from sscli.vault.store import Vault, VaultEntry

_PROCESSING = re.compile(r"^\S+ Processing (\S+)", re.MULTILINE)  # pip: a file it installs
MAX_OUTPUT_BYTES = 2 * 1024 * 1024 * 1024  # one build output
_VAULT_FILE = re.compile(r"/files/([^/\s]+)/([^/\s#?'\"]+?\.(?:whl|tar\.gz|zip))")


@dataclass(frozen=True)
class BuildRequest:
    """One build to run twice: what to build, from which vault, into where, and in which sandbox."""

    project: Path
    vault: Vault
    out: Path
    source: SourceInfo
    source_date_epoch: int
    sandbox: Sandbox
    timeout: float = 900.0

    @property
    def targets(self) -> tuple[str, ...]:
        """pypa/build's targets: sdist and wheel, or from an sdist file its wheel (as uv does)."""
        sdist = self.source.sdist
        return ("--wheel",) if sdist and sdist.sha256 else ("--sdist", "--wheel")


@dataclass
class BuildResult:
    """The outputs of a build run twice, how the two compare, and what its provenance records."""

    outputs: list[Path]
    comparisons: list[FileComparison]
    dependencies: list[VaultEntry]
    log: bytes
    started: datetime
    finished: datetime
    invocation_id: str
    environment: dict[str, str]
    sandbox_kind: str
    extra: dict[str, Any] = field(default_factory=dict)
    targets: tuple[str, ...] = ("--sdist", "--wheel")
    sources: dict[str, str] = field(default_factory=dict)  # the files built from, by sha256

    @property
    def reproducible(self) -> bool:
        """Every output is byte-identical across the two builds."""
        return bool(self.comparisons) and all(c.verdict == "identical" for c in self.comparisons)

    @property
    def equivalent(self) -> bool:
        """Every output has the same members, contents and modes: only archive metadata
        (timestamps, order, gzip header) differs, as in any setuptools sdist."""
        verdicts = {c.verdict for c in self.comparisons}
        return bool(self.comparisons) and verdicts <= {"identical", "equivalent"}


def build_environment(source_date_epoch: int) -> dict[str, str]:
    return {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "HOME": "/build/home",
        "TMPDIR": "/tmp",  # noqa: S108 - a private tmpfs inside the sandbox
        "SOURCE_DATE_EPOCH": str(source_date_epoch),
        "TZ": "UTC",
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PIP_INDEX_URL": "file:///vault/simple",
        "PIP_CONFIG_FILE": "/dev/null",
        "PIP_NO_CACHE_DIR": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_NO_INPUT": "1",
        "PIP_LOG": "/build/pip.log",
    }


def build_twice(request: BuildRequest, progress: Progress = silent) -> BuildResult:
    """Build the project twice, concurrently, and compare the outputs; `progress` hears of
    each stage (copy, each of the two builds, the comparison)."""
    if (
        not (request.project / "pyproject.toml").is_file()
        and not (request.project / "setup.py").is_file()
    ):
        raise InputError(
            "not a Python project (no pyproject.toml or setup.py)", path=request.project
        )
    if not (request.vault.simple_dir / "index.html").is_file():
        raise InputError(
            "the vault has no index",
            path=request.vault.root,
            hint="ingest the build dependencies first: sscli ingest build-requirements.txt",
        )
    env = build_environment(request.source_date_epoch)
    started = datetime.now(tz=UTC)
    files = source_files(request.project, exclude=(request.out, request.vault.root))
    stages = 4
    progress(0, stages, f"copying {len(files)} source files")
    with tempfile.TemporaryDirectory(prefix="sscli-build-") as tmp:
        roots = [Path(tmp) / "a", Path(tmp) / "b"]
        setup = Path(tmp) / "environment"
        for root in [*roots, setup]:
            copy_sources(request.project, files, root / "src")
            clamp_mtimes(root / "src", request.source_date_epoch)
        for root in roots:
            (root / "out").mkdir()
        sources = {f.as_posix(): hash_file(roots[0] / "src" / f)["sha256"] for f in files}
        progress(1, stages, "installing the build environment from the vault")
        prepared = prepare_environment(request, setup, env)
        if prepared.returncode != 0:
            raise _failed(prepared, f"=== build environment ===\n{prepared.output}\n".encode())
        progress(2, stages, "building twice in the sandbox")

        def build(root: Path) -> BuildRun:
            return build_in_environment(request, root, setup / "env", env)

        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(build, roots))
        finished = datetime.now(tz=UTC)
        log = f"=== build environment ===\n{prepared.output}\n".encode() + b"".join(
            f"=== build {n} ===\n{r.output}\n".encode() for n, r in zip("ab", results, strict=True)
        )
        for result in results:
            if result.returncode != 0:
                raise _failed(result, log)
        progress(3, stages, "comparing the two builds")
        comparisons = compare_outputs(roots[0] / "out", roots[1] / "out")
        normalized = _normalize_equivalent_sdists(comparisons, roots, request.source_date_epoch)
        if normalized:
            comparisons = compare_outputs(roots[0] / "out", roots[1] / "out")
        dependencies = vault_files_used(request.vault, [prepared.pip_log])
        request.out.mkdir(parents=True, exist_ok=True)
        outputs = []
        for produced in sorted((roots[0] / "out").iterdir()):
            target = request.out / produced.name
            atomic_write_bytes(target, read_bytes_limited(produced, MAX_OUTPUT_BYTES))
            outputs.append(target)
    return BuildResult(
        outputs=outputs,
        comparisons=comparisons,
        dependencies=dependencies,
        log=log,
        started=started,
        finished=finished,
        invocation_id=str(uuid.uuid4()),
        environment=env,
        sandbox_kind=request.sandbox.kind,
        extra={"normalized": normalized},
        targets=request.targets,
        sources=sources,
    )


def _failed(run: BuildRun, log: bytes) -> BuildFailedError:
    tail = "\n".join(run.output.strip().splitlines()[-15:])
    return BuildFailedError(f"the build failed (exit {run.returncode}):\n{tail}", log=log)


# Run inside the sandbox by the interpreter running sscli (its pypa/build and pip): make the
# environment as pypa/build makes its isolated one, at the path the builds will see it at.
_PREPARE = """
import subprocess, sys
from build import ProjectBuilder
env, source, *distributions = sys.argv[1:]
subprocess.run([sys.executable, "-m", "venv", "--without-pip", env], check=True)
python = env + "/bin/python"
def install(requirements):
    if requirements:
        subprocess.run([sys.executable, "-m", "pip", "--python", python, "install",
                        "--use-pep517", "--no-warn-script-location", *sorted(requirements)],
                       check=True)
builder = ProjectBuilder(source, python_executable=python)
install(builder.build_system_requires)
extra = set()
for distribution in distributions:
    extra |= builder.get_requires_for_build(distribution)
install(extra)
"""

# Run inside each build's sandbox: pypa/build's hooks, in the environment made above.
_BUILD = """
import sys
from build import ProjectBuilder
python, source, out, *distributions = sys.argv[1:]
builder = ProjectBuilder(source, python_executable=python)
for distribution in distributions:
    print("built", builder.build(distribution, out), flush=True)
"""


def _distributions(targets: tuple[str, ...]) -> list[str]:
    return [t.removeprefix("--") for t in targets]


def prepare_environment(request: BuildRequest, setup: Path, env: dict[str, str]) -> BuildRun:
    """Make the build environment under `setup`/env (mounted at /build/env), from the vault
    only, in its own sandbox over `setup`/src; pip's log is read as it is written."""
    (setup / "env").mkdir()
    spec = SandboxRun(
        argv=[sys.executable, "-I", "-c", _PREPARE, "/build/env", "/build/src",
              *_distributions(request.targets)],
        binds=[
            Bind(setup / "src", "/build/src", writable=True),
            Bind(setup / "env", "/build/env", writable=True),
            Bind(setup / "pip.log", "/build/pip.log", writable=True),
            Bind(request.vault.root.resolve(), "/vault"),
        ],
        env=env,
        cwd="/build/src",
        timeout=request.timeout,
    )  # fmt: skip
    with PipLog(setup / "pip.log") as log:
        result = request.sandbox.run(spec)
    return BuildRun(result.returncode, result.output, log.text())


def build_in_environment(
    request: BuildRequest, root: Path, environment: Path, env: dict[str, str]
) -> BuildRun:
    """One build of `root`/src into `root`/out with the environment read-only at /build/env.
    No pip runs here; PIP_LOG still names a file of this build's own, as it did for pip."""
    (root / "pip.log").touch()
    spec = SandboxRun(
        argv=[sys.executable, "-I", "-c", _BUILD, "/build/env/bin/python", "/build/src",
              "/build/out", *_distributions(request.targets)],
        binds=[
            Bind(root / "src", "/build/src", writable=True),
            Bind(root / "out", "/build/out", writable=True),
            Bind(root / "pip.log", "/build/pip.log", writable=True),
            Bind(environment, "/build/env"),
            Bind(request.vault.root.resolve(), "/vault"),
        ],
        env=env,
        cwd="/build/src",
        timeout=request.timeout,
    )  # fmt: skip
    result = request.sandbox.run(spec)
    return BuildRun(result.returncode, result.output, "")


class BuildFailedError(InputError):
    """The project's own build failed (its log says why)."""

    def __init__(self, message: str, *, log: bytes) -> None:
        super().__init__(
            message,
            hint="a build that needs something missing from the vault fails here: "
            "ingest it first; the sandbox has no network",
        )
        self.log = log


def _normalize_equivalent_sdists(
    comparisons: list[FileComparison], roots: list[Path], epoch: int
) -> list[str]:
    """Normalize the sdists whose builds differ only in archive metadata (see normalize.py)."""
    from sscli.build.normalize import normalize_sdist

    names = [
        c.filename
        for c in comparisons
        if c.verdict == "equivalent" and c.filename.endswith(".tar.gz")
    ]
    for name in names:
        for root in roots:
            normalize_sdist(root / "out" / name, epoch)
    return names


def copy_sources(project: Path, files: list[Path], destination: Path) -> None:
    """Copy `files` (relative to `project`) into `destination`; symlinks stay symlinks."""
    destination.mkdir(parents=True)
    for relative in files:
        source, target = project / relative, destination / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            target.symlink_to(source.readlink())
        else:
            shutil.copy2(source, target)


def clamp_mtimes(tree: Path, epoch: int) -> None:
    """Source files carry SOURCE_DATE_EPOCH as their time, whoever checked them out when."""
    for path in [tree, *tree.rglob("*")]:
        if not path.is_symlink():
            os.utime(path, (epoch, epoch))


@dataclass(frozen=True)
class BuildRun:
    """One sandboxed pypa/build run: its exit status, its output, and pip's log."""

    returncode: int
    output: str
    pip_log: str


def run_build(  # noqa: PLR0917 - mirrors SandboxRun's fields
    sandbox: Sandbox,
    vault: Vault,
    root: Path,
    env: dict[str, str],
    targets: tuple[str, ...],
    timeout: float,
) -> BuildRun:
    """One pypa/build run in `sandbox` over `root`/src into `root`/out, with the vault read-only
    at /vault and pip's log read from outside the sandbox as it is written (see piplog)."""
    spec = SandboxRun(
        argv=[sys.executable, "-m", "build", *targets, "--outdir", "/build/out", "/build/src"],
        binds=[
            Bind(root / "src", "/build/src", writable=True),
            Bind(root / "out", "/build/out", writable=True),
            Bind(root / "pip.log", "/build/pip.log", writable=True),
            Bind(vault.root.resolve(), "/vault"),
        ],
        env=env,
        cwd="/build/src",
        timeout=timeout,
    )
    with PipLog(root / "pip.log") as log:
        result = sandbox.run(spec)
    return BuildRun(result.returncode, result.output, log.text())


def vault_files_used(vault: Vault, logs: list[str]) -> list[VaultEntry]:
    """The vault files pip installed into the isolated build environments, from pip's log: the
    files on its `Processing` lines (the candidates it only looked at are not dependencies).
    A log with no such line but with vault files in it (a pip that words its log otherwise)
    gives every vault file it names: more than was used, never less."""
    used: dict[tuple[str, str], VaultEntry] = {}
    for log in logs:
        processed = [m for line in _PROCESSING.findall(log) for m in _VAULT_FILE.findall(line)]
        for project, filename in processed or _VAULT_FILE.findall(log):
            entry = vault.get(project, filename)
            if entry is not None:
                used[(entry.project, entry.filename)] = entry
    return sorted(used.values(), key=lambda e: (e.project, e.filename))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_build_records(
    result: BuildResult, predicate: dict[str, Any], target: Path
) -> dict[str, Any]:
    """Write build-report.json, provenance.predicate.json and build.log beside the outputs;
    return the report."""
    import json

    report = {
        "reproducible": result.reproducible,
        "equivalent": result.equivalent,
        "outputs": [
            {"filename": c.filename, "verdict": c.verdict, "sha256": c.sha256_a}
            for c in result.comparisons
        ],
        "comparisons": [c.to_json() for c in result.comparisons],
        "dependencies": [{"filename": d.filename, "sha256": d.sha256} for d in result.dependencies],
    }
    atomic_write_bytes(target / "build-report.json", (json.dumps(report, indent=2) + "\n").encode())
    atomic_write_bytes(
        target / "provenance.predicate.json", (json.dumps(predicate, indent=2) + "\n").encode()
    )
    atomic_write_bytes(target / "build.log", result.log)
    return report


def link_artifacts(
    result: BuildResult, source: SourceInfo
) -> tuple[dict[str, str], dict[str, str]]:
    """In-toto materials (the source files built from, or the sdist file, and the vault files
    the build installed) and products (the outputs, as dist/NAME) of a build, by sha256."""
    materials: dict[str, str] = {}
    if source.sdist is not None and source.sdist.sha256 is not None:
        materials[source.sdist.filename] = source.sdist.sha256
    else:
        materials.update(result.sources)
    for entry in result.dependencies:
        materials[f"vault/files/{entry.project}/{entry.filename}"] = entry.sha256
    products = {f"dist/{output.name}": hash_file(output)["sha256"] for output in result.outputs}
    return materials, products
