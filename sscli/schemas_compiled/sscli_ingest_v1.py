"""sscli's ingest-v1.schema.json compiled by sscli.schema_compiler: generated, do not edit
(regenerate: python -m sscli.schemas_compiled)."""
# mypy: ignore-errors
SCHEMA_DIGEST = "cfe20b761a21ca4aeba4e6ffd8d5ba7e375deb17b7f9d2f6a42a21fd476164b8"

import re

from sscli.schema_compiler import _enum, _equal, _unique
from sscli.schemas import FORMAT_CHECKS

_k0 = frozenset(('artifact', 'build', 'checks', 'ingestedOn', 'package', 'policy', 'source',))
_k1 = frozenset(('builder', 'builds', 'provenance', 'published', 'sandbox', 'sdist',))
_k2 = frozenset(('differs', 'equivalent', 'reproducible',))
_k3 = frozenset(('equivalent', 'identical',))
_k4 = re.compile('^[0-9a-f]{64}\\Z')
_k5 = FORMAT_CHECKS['date-time']
_k6 = frozenset(('decision', 'policy', 'policyDigest', 'reasons',))
_k7 = frozenset(())
_k8 = frozenset(('allow', 'deny',))
_k9 = frozenset(('detail', 'name', 'result',))
_k10 = frozenset(('fail', 'pass', 'warn',))
_k11 = frozenset(('sha256',))
_k12 = re.compile('^[0-9a-f]{64}\\Z')
_k13 = FORMAT_CHECKS['uri']
_k14 = FORMAT_CHECKS['uri']
_k15 = re.compile('^pkg:pypi/')
_k16 = re.compile('^[a-z0-9]+(-[a-z0-9]+)*\\Z')

def _v0(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'package' not in x:
            e.append((p, "'package' is a required property"))
        if 'source' not in x:
            e.append((p, "'source' is a required property"))
        if 'artifact' not in x:
            e.append((p, "'artifact' is a required property"))
        if 'checks' not in x:
            e.append((p, "'checks' is a required property"))
        if 'policy' not in x:
            e.append((p, "'policy' is a required property"))
        if 'ingestedOn' not in x:
            e.append((p, "'ingestedOn' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k0]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'package' in x:
            _v1(x['package'], p + ('package',), e)
        if 'source' in x:
            _v2(x['source'], p + ('source',), e)
        if 'artifact' in x:
            _v3(x['artifact'], p + ('artifact',), e)
        if 'checks' in x:
            _v4(x['checks'], p + ('checks',), e)
        if 'policy' in x:
            _v5(x['policy'], p + ('policy',), e)
        if 'ingestedOn' in x:
            _v6(x['ingestedOn'], p + ('ingestedOn',), e)
        if 'build' in x:
            _v7(x['build'], p + ('build',), e)
def _v7(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'sdist' not in x:
            e.append((p, "'sdist' is a required property"))
        if 'builder' not in x:
            e.append((p, "'builder' is a required property"))
        if 'sandbox' not in x:
            e.append((p, "'sandbox' is a required property"))
        if 'builds' not in x:
            e.append((p, "'builds' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k1]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'sdist' in x:
            _v8(x['sdist'], p + ('sdist',), e)
        if 'builder' in x:
            _v9(x['builder'], p + ('builder',), e)
        if 'sandbox' in x:
            _v10(x['sandbox'], p + ('sandbox',), e)
        if 'builds' in x:
            _v11(x['builds'], p + ('builds',), e)
        if 'published' in x:
            _v12(x['published'], p + ('published',), e)
        if 'provenance' in x:
            y = x['provenance']
            if not (isinstance(y, str)):
                e.append((p + ('provenance',), f"{y!r} is not of type 'string'"))
def _v12(x, p, e):
    if not (isinstance(x, dict) or x is None):
        e.append((p, f"{x!r} is not of type 'object', 'null'"))
    if isinstance(x, dict):
        if 'filename' not in x:
            e.append((p, "'filename' is a required property"))
        if 'digest' not in x:
            e.append((p, "'digest' is a required property"))
        if 'verdict' not in x:
            e.append((p, "'verdict' is a required property"))
    if isinstance(x, dict):
        if 'filename' in x:
            _v13(x['filename'], p + ('filename',), e)
        if 'digest' in x:
            _v14(x['digest'], p + ('digest',), e)
        if 'verdict' in x:
            _v15(x['verdict'], p + ('verdict',), e)
def _v15(x, p, e):
    if not (isinstance(x, str) and x in _k2):
        e.append((p, f"{x!r} is not one of ['reproducible', 'equivalent', 'differs']"))
def _v14(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'sha256' in x:
            y = x['sha256']
            if not (isinstance(y, str)):
                e.append((p + ('sha256',), f"{y!r} is not of type 'string'"))
def _v13(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v11(x, p, e):
    if not (isinstance(x, str) and x in _k3):
        e.append((p, f"{x!r} is not one of ['identical', 'equivalent']"))
def _v10(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v9(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v8(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'filename' not in x:
            e.append((p, "'filename' is a required property"))
        if 'digest' not in x:
            e.append((p, "'digest' is a required property"))
    if isinstance(x, dict):
        if 'filename' in x:
            _v16(x['filename'], p + ('filename',), e)
        if 'digest' in x:
            _v17(x['digest'], p + ('digest',), e)
def _v17(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'sha256' not in x:
            e.append((p, "'sha256' is a required property"))
    if isinstance(x, dict):
        if 'sha256' in x:
            _v18(x['sha256'], p + ('sha256',), e)
def _v18(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k4.search(x):
        e.append((p, f"{x!r} does not match '^[0-9a-f]{{64}}$'"))
def _v16(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v6(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k5(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v5(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'decision' not in x:
            e.append((p, "'decision' is a required property"))
        if 'reasons' not in x:
            e.append((p, "'reasons' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k6]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'decision' in x:
            _v19(x['decision'], p + ('decision',), e)
        if 'reasons' in x:
            _v20(x['reasons'], p + ('reasons',), e)
        if 'policy' in x:
            y = x['policy']
            if not (isinstance(y, str)):
                e.append((p + ('policy',), f"{y!r} is not of type 'string'"))
        if 'policyDigest' in x:
            _v21(x['policyDigest'], p + ('policyDigest',), e)
def _v21(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        for k in x:
            if k not in _k7:
                _v22(x[k], p + (k,), e)
def _v22(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v20(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v19(x, p, e):
    if not (isinstance(x, str) and x in _k8):
        e.append((p, f"{x!r} is not one of ['allow', 'deny']"))
def _v4(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v23(y, p + (i,), e)
def _v23(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
        if 'result' not in x:
            e.append((p, "'result' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k9]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'name' in x:
            _v24(x['name'], p + ('name',), e)
        if 'result' in x:
            _v25(x['result'], p + ('result',), e)
        if 'detail' in x:
            y = x['detail']
            if not (isinstance(y, str)):
                e.append((p + ('detail',), f"{y!r} is not of type 'string'"))
def _v25(x, p, e):
    if not (isinstance(x, str) and x in _k10):
        e.append((p, f"{x!r} is not one of ['pass', 'warn', 'fail']"))
def _v24(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v3(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'filename' not in x:
            e.append((p, "'filename' is a required property"))
        if 'digest' not in x:
            e.append((p, "'digest' is a required property"))
    if isinstance(x, dict):
        if 'filename' in x:
            _v26(x['filename'], p + ('filename',), e)
        if 'digest' in x:
            _v27(x['digest'], p + ('digest',), e)
        if 'size' in x:
            _v28(x['size'], p + ('size',), e)
def _v28(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
def _v27(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'sha256' not in x:
            e.append((p, "'sha256' is a required property"))
    if isinstance(x, dict):
        if 'sha256' in x:
            _v29(x['sha256'], p + ('sha256',), e)
    if isinstance(x, dict):
        for k in x:
            if k not in _k11:
                _v30(x[k], p + (k,), e)
def _v30(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v29(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k12.search(x):
        e.append((p, f"{x!r} does not match '^[0-9a-f]{{64}}$'"))
def _v26(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v2(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'index' not in x:
            e.append((p, "'index' is a required property"))
    if isinstance(x, dict):
        if 'index' in x:
            _v31(x['index'], p + ('index',), e)
        if 'url' in x:
            _v32(x['url'], p + ('url',), e)
def _v32(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k13(x):
        e.append((p, f"{x!r} is not a 'uri'"))
def _v31(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k14(x):
        e.append((p, f"{x!r} is not a 'uri'"))
def _v1(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
        if 'version' not in x:
            e.append((p, "'version' is a required property"))
    if isinstance(x, dict):
        if 'name' in x:
            _v33(x['name'], p + ('name',), e)
        if 'version' in x:
            _v34(x['version'], p + ('version',), e)
        if 'purl' in x:
            _v35(x['purl'], p + ('purl',), e)
def _v35(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k15.search(x):
        e.append((p, f"{x!r} does not match '^pkg:pypi/'"))
def _v34(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v33(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k16.search(x):
        e.append((p, f"{x!r} does not match '^[a-z0-9]+(-[a-z0-9]+)*$'"))

validate = _v0
