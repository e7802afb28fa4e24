"""sscli: a secure software factory for Python projects.

The modules the quick answers load (`sscli --help`, the deploy gate, a plain scan, a re-ingest
of an unchanged lock) do not import `typing` at run time, whose import is about a twentieth of
a quick re-ingest: their annotations are strings (`from __future__ import annotations`), the
names they annotate with are imported under a module-level `TYPE_CHECKING = False` (which
type checkers read as true), and a `Protocol` there is a plain class at run time. A test keeps
`typing` out of the re-ingest's imports."""

from sscli import dataclass_methods, lazyimports

__version__ = "0.1.0"

lazyimports.defer_aws_sdk()
lazyimports.defer_inspect(then=dataclass_methods.use_generated)
