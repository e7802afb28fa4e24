"""sscli's source-scan-v1.schema.json compiled by sscli.schema_compiler: generated, do not edit
(regenerate: python -m sscli.schemas_compiled)."""
# mypy: ignore-errors
SCHEMA_DIGEST = "98d06d51e6254eedfc5d0d4d8e1c63ac2ce500aa9aa929778b527f858a60ccf7"

import re

from sscli.schema_compiler import _enum, _equal, _unique
from sscli.schemas import FORMAT_CHECKS

_k0 = frozenset(('findings', 'history', 'metadata', 'policy', 'result', 'scanner', 'tools',))
_k1 = FORMAT_CHECKS['date-time']
_k2 = FORMAT_CHECKS['date-time']
_k3 = FORMAT_CHECKS['date']
_k4 = frozenset(('baseline', 'below-threshold', 'fail', 'nosec', 'waived', 'warn',))
_k5 = frozenset(('high', 'low', 'medium',))
_k6 = frozenset(('high', 'low', 'medium',))
_k7 = frozenset(('code', 'secret',))
_k8 = frozenset(('FAILED', 'PASSED',))
_k9 = frozenset(('high', 'low', 'medium',))
_k10 = frozenset(('high', 'low', 'medium', 'none',))
_k11 = frozenset(('allow', 'deny', 'warn',))
_k12 = re.compile('^[0-9a-f]{64}\\Z')
_k13 = FORMAT_CHECKS['uri']

def _v0(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k0]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'scanner' not in x:
            e.append((p, "'scanner' is a required property"))
        if 'tools' not in x:
            e.append((p, "'tools' is a required property"))
        if 'result' not in x:
            e.append((p, "'result' is a required property"))
        if 'findings' not in x:
            e.append((p, "'findings' is a required property"))
        if 'metadata' not in x:
            e.append((p, "'metadata' is a required property"))
    if isinstance(x, dict):
        if 'scanner' in x:
            _v1(x['scanner'], p + ('scanner',), e)
        if 'tools' in x:
            _v2(x['tools'], p + ('tools',), e)
        if 'policy' in x:
            _v3(x['policy'], p + ('policy',), e)
        if 'history' in x:
            _v4(x['history'], p + ('history',), e)
        if 'result' in x:
            _v5(x['result'], p + ('result',), e)
        if 'findings' in x:
            _v6(x['findings'], p + ('findings',), e)
        if 'metadata' in x:
            _v7(x['metadata'], p + ('metadata',), e)
def _v7(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'scanStartedOn' not in x:
            e.append((p, "'scanStartedOn' is a required property"))
        if 'scanFinishedOn' not in x:
            e.append((p, "'scanFinishedOn' is a required property"))
    if isinstance(x, dict):
        if 'scanStartedOn' in x:
            _v8(x['scanStartedOn'], p + ('scanStartedOn',), e)
        if 'scanFinishedOn' in x:
            _v9(x['scanFinishedOn'], p + ('scanFinishedOn',), e)
def _v9(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k1(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v8(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k2(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v6(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v10(y, p + (i,), e)
def _v10(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'kind' not in x:
            e.append((p, "'kind' is a required property"))
        if 'id' not in x:
            e.append((p, "'id' is a required property"))
        if 'severity' not in x:
            e.append((p, "'severity' is a required property"))
        if 'path' not in x:
            e.append((p, "'path' is a required property"))
        if 'line' not in x:
            e.append((p, "'line' is a required property"))
        if 'status' not in x:
            e.append((p, "'status' is a required property"))
    if isinstance(x, dict):
        if 'kind' in x:
            _v11(x['kind'], p + ('kind',), e)
        if 'id' in x:
            y = x['id']
            if not (isinstance(y, str)):
                e.append((p + ('id',), f"{y!r} is not of type 'string'"))
        if 'title' in x:
            y = x['title']
            if not (isinstance(y, str)):
                e.append((p + ('title',), f"{y!r} is not of type 'string'"))
        if 'severity' in x:
            _v12(x['severity'], p + ('severity',), e)
        if 'confidence' in x:
            _v13(x['confidence'], p + ('confidence',), e)
        if 'path' in x:
            y = x['path']
            if not (isinstance(y, str)):
                e.append((p + ('path',), f"{y!r} is not of type 'string'"))
        if 'line' in x:
            _v14(x['line'], p + ('line',), e)
        if 'commit' in x:
            y = x['commit']
            if not (isinstance(y, str) or y is None):
                e.append((p + ('commit',), f"{y!r} is not of type 'string', 'null'"))
        if 'status' in x:
            _v15(x['status'], p + ('status',), e)
        if 'waiver' in x:
            _v16(x['waiver'], p + ('waiver',), e)
def _v16(x, p, e):
    if not (isinstance(x, dict) or x is None):
        e.append((p, f"{x!r} is not of type 'object', 'null'"))
    if isinstance(x, dict):
        if 'reason' in x:
            y = x['reason']
            if not (isinstance(y, str)):
                e.append((p + ('reason',), f"{y!r} is not of type 'string'"))
        if 'expires' in x:
            _v17(x['expires'], p + ('expires',), e)
def _v17(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k3(x):
        e.append((p, f"{x!r} is not a 'date'"))
def _v15(x, p, e):
    if not (isinstance(x, str) and x in _k4):
        e.append((p, f"{x!r} is not one of ['fail', 'warn', 'baseline', 'waived', 'below-threshold', 'nosec']"))
def _v14(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
def _v13(x, p, e):
    if not (isinstance(x, str) and x in _k5):
        e.append((p, f"{x!r} is not one of ['low', 'medium', 'high']"))
def _v12(x, p, e):
    if not (isinstance(x, str) and x in _k6):
        e.append((p, f"{x!r} is not one of ['low', 'medium', 'high']"))
def _v11(x, p, e):
    if not (isinstance(x, str) and x in _k7):
        e.append((p, f"{x!r} is not one of ['secret', 'code']"))
def _v5(x, p, e):
    if not (isinstance(x, str) and x in _k8):
        e.append((p, f"{x!r} is not one of ['PASSED', 'FAILED']"))
def _v4(x, p, e):
    if not (isinstance(x, dict) or x is None):
        e.append((p, f"{x!r} is not of type 'object', 'null'"))
    if isinstance(x, dict):
        if 'range' in x:
            y = x['range']
            if not (isinstance(y, str)):
                e.append((p + ('range',), f"{y!r} is not of type 'string'"))
        if 'commits' in x:
            _v18(x['commits'], p + ('commits',), e)
def _v18(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
def _v3(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'sha256' in x:
            y = x['sha256']
            if not (isinstance(y, str) or y is None):
                e.append((p + ('sha256',), f"{y!r} is not of type 'string', 'null'"))
        if 'secrets' in x:
            _v19(x['secrets'], p + ('secrets',), e)
        if 'codeFailOn' in x:
            _v20(x['codeFailOn'], p + ('codeFailOn',), e)
        if 'codeConfidence' in x:
            _v21(x['codeConfidence'], p + ('codeConfidence',), e)
def _v21(x, p, e):
    if not (isinstance(x, str) and x in _k9):
        e.append((p, f"{x!r} is not one of ['low', 'medium', 'high']"))
def _v20(x, p, e):
    if not (isinstance(x, str) and x in _k10):
        e.append((p, f"{x!r} is not one of ['low', 'medium', 'high', 'none']"))
def _v19(x, p, e):
    if not (isinstance(x, str) and x in _k11):
        e.append((p, f"{x!r} is not one of ['deny', 'warn', 'allow']"))
def _v2(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v22(y, p + (i,), e)
def _v22(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
        if 'version' not in x:
            e.append((p, "'version' is a required property"))
    if isinstance(x, dict):
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'version' in x:
            y = x['version']
            if not (isinstance(y, str)):
                e.append((p + ('version',), f"{y!r} is not of type 'string'"))
        if 'config' in x:
            y = x['config']
            if not (isinstance(y, str) or y is None):
                e.append((p + ('config',), f"{y!r} is not of type 'string', 'null'"))
        if 'configSha256' in x:
            _v23(x['configSha256'], p + ('configSha256',), e)
def _v23(x, p, e):
    if not (isinstance(x, str) or x is None):
        e.append((p, f"{x!r} is not of type 'string', 'null'"))
    if isinstance(x, str) and not _k12.search(x):
        e.append((p, f"{x!r} does not match '^[0-9a-f]{{64}}$'"))
def _v1(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'uri' not in x:
            e.append((p, "'uri' is a required property"))
        if 'version' not in x:
            e.append((p, "'version' is a required property"))
    if isinstance(x, dict):
        if 'uri' in x:
            _v24(x['uri'], p + ('uri',), e)
        if 'version' in x:
            y = x['version']
            if not (isinstance(y, str)):
                e.append((p + ('version',), f"{y!r} is not of type 'string'"))
def _v24(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k13(x):
        e.append((p, f"{x!r} is not a 'uri'"))

validate = _v0
