"""sscli's vulns-v0.1.schema.json compiled by sscli.schema_compiler: generated, do not edit
(regenerate: python -m sscli.schemas_compiled)."""
# mypy: ignore-errors
SCHEMA_DIGEST = "f5f56a2419e2fdb4836be5f09d9a4151db5dc2956f31591f3b810169824e90b5"

import re

from sscli.schema_compiler import _enum, _equal, _unique
from sscli.schemas import FORMAT_CHECKS

_k0 = FORMAT_CHECKS['date-time']
_k1 = FORMAT_CHECKS['date-time']
_k2 = FORMAT_CHECKS['date-time']

def _v0(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'scanner' not in x:
            e.append((p, "'scanner' is a required property"))
    if isinstance(x, dict):
        if 'invocation' in x:
            _v1(x['invocation'], p + ('invocation',), e)
        if 'scanner' in x:
            _v2(x['scanner'], p + ('scanner',), e)
        if 'metadata' in x:
            _v3(x['metadata'], p + ('metadata',), e)
def _v3(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'scanStartedOn' in x:
            _v4(x['scanStartedOn'], p + ('scanStartedOn',), e)
        if 'scanFinishedOn' in x:
            _v5(x['scanFinishedOn'], p + ('scanFinishedOn',), e)
def _v5(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k0(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v4(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k1(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v2(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'uri' not in x:
            e.append((p, "'uri' is a required property"))
    if isinstance(x, dict):
        if 'uri' in x:
            _v6(x['uri'], p + ('uri',), e)
        if 'version' in x:
            y = x['version']
            if not (isinstance(y, str)):
                e.append((p + ('version',), f"{y!r} is not of type 'string'"))
        if 'db' in x:
            _v7(x['db'], p + ('db',), e)
        if 'result' in x:
            _v8(x['result'], p + ('result',), e)
def _v8(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v9(y, p + (i,), e)
def _v9(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'id' not in x:
            e.append((p, "'id' is a required property"))
    if isinstance(x, dict):
        if 'id' in x:
            _v10(x['id'], p + ('id',), e)
        if 'severity' in x:
            _v11(x['severity'], p + ('severity',), e)
        if 'annotations' in x:
            y = x['annotations']
            if not (isinstance(y, list)):
                e.append((p + ('annotations',), f"{y!r} is not of type 'array'"))
def _v11(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v12(y, p + (i,), e)
def _v12(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'method' not in x:
            e.append((p, "'method' is a required property"))
        if 'score' not in x:
            e.append((p, "'score' is a required property"))
    if isinstance(x, dict):
        if 'method' in x:
            y = x['method']
            if not (isinstance(y, str)):
                e.append((p + ('method',), f"{y!r} is not of type 'string'"))
        if 'score' in x:
            y = x['score']
            if not (isinstance(y, str)):
                e.append((p + ('score',), f"{y!r} is not of type 'string'"))
def _v10(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v7(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'uri' in x:
            y = x['uri']
            if not (isinstance(y, str)):
                e.append((p + ('uri',), f"{y!r} is not of type 'string'"))
        if 'version' in x:
            y = x['version']
            if not (isinstance(y, str)):
                e.append((p + ('version',), f"{y!r} is not of type 'string'"))
        if 'lastUpdate' in x:
            _v13(x['lastUpdate'], p + ('lastUpdate',), e)
def _v13(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k2(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v6(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v1(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'parameters' in x:
            y = x['parameters']
            if not (isinstance(y, list)):
                e.append((p + ('parameters',), f"{y!r} is not of type 'array'"))
        if 'uri' in x:
            y = x['uri']
            if not (isinstance(y, str)):
                e.append((p + ('uri',), f"{y!r} is not of type 'string'"))
        if 'event_id' in x:
            y = x['event_id']
            if not (isinstance(y, str)):
                e.append((p + ('event_id',), f"{y!r} is not of type 'string'"))
        if 'builder.id' in x:
            y = x['builder.id']
            if not (isinstance(y, str)):
                e.append((p + ('builder.id',), f"{y!r} is not of type 'string'"))

validate = _v0
