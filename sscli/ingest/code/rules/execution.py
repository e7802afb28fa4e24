"""Code run from data: exec/eval/compile, code objects, marshal and pickle, zipimport and
loaders, reached with decoded, downloaded or file data, or through an obscured name."""

from __future__ import annotations

from collections.abc import Iterator

from sscli.ingest.code import vocabulary as v
from sscli.ingest.code.flow import Event
from sscli.ingest.code.model import Rule, rule

FAMILY = "execution"
RULES = (
    rule("exec-decoded", FAMILY, "runs code decoded from an encoded, compressed, reversed or "
         "chr-built constant", "high", "high"),
    rule("unpickle-decoded", FAMILY, "unpickles or unmarshals decoded or downloaded data "
         "(runs whatever the data says)", "high", "medium"),
    rule("exec-download", FAMILY, "runs code downloaded from the network", "high", "high"),
    rule("exec-file-data", FAMILY, "runs code read from a file that is not Python source "
         "(configuration, a blob, a .pyc)", "medium", "low", install="high",
         startup="high"),
    rule("exec-obscured", FAMILY, "reaches exec, eval, compile or __import__ through a name "
         "built to hide it (getattr(builtins, 'ex'+'ec'), __builtins__['exec'])", "high", "high"),
    rule("exec-bytecode-data", FAMILY, "unmarshals code objects from a shipped file that is "
         "not a .pyc (bytecode hidden as data)", "high", "low"),
    rule("exec-dynamic", FAMILY, "runs code that is not a literal", "low", None,
         not_installed=None),
    rule("import-decoded", FAMILY, "imports a module named by decoded data, or loads one "
         "from bytes (zipimport, loaders) with decoded or downloaded data", "high", "high"),
    rule("obscured-identifier", FAMILY, "an identifier written with Unicode look-alikes that "
         "Python folds (NFKC) to another name", "high", "high"),
)  # fmt: skip


_DESERIALISERS = ("pickle.", "_pickle.", "cPickle.", "dill.", "cloudpickle.", "marshal.")


def judge(event: Event, context: object) -> Iterator[tuple[str, str]]:
    if event.kind == "exec":
        yield from _exec(event)
    elif event.kind == "import":
        if event.labels & {v.DECODED, v.NETWORK}:
            yield "import-decoded", f"{event.callee} with decoded or downloaded data"
        elif event.obscured:
            yield "exec-obscured", f"{event.callee} reached through an obscured name"


def _exec(event: Event) -> Iterator[tuple[str, str]]:
    name = event.callee
    if name.startswith(_DESERIALISERS) and event.labels & {v.NETWORK, v.DECODED}:
        # serializers decode their own payloads at runtime (sqlalchemy, celery): weigh by phase
        yield "unpickle-decoded", f"{name} of decoded or downloaded data"
        return
    if name.startswith("marshal.") and {v.FILEDATA, v.BUNDLED} <= event.labels:
        yield "exec-bytecode-data", f"{name} of a shipped file that is not a .pyc"
        return
    if event.labels & {v.NETWORK}:
        yield "exec-download", f"{name} of data read from the network"
    elif event.labels & {v.DECODED, v.INTBYTES}:
        yield "exec-decoded", f"{name} of decoded data"
    elif event.labels & {v.FILEDATA}:
        yield "exec-file-data", f"{name} of data read from a file that is not Python source"
    elif event.code is None and not event.labels & {v.PYSOURCE} and name != "builtins.compile":
        yield "exec-dynamic", f"{name} of a computed value"
    if event.obscured:
        yield "exec-obscured", f"{name} reached through an obscured name"


def all_rules() -> tuple[Rule, ...]:
    return RULES
