"""sscli's slsa-provenance-v1.schema.json compiled by sscli.schema_compiler: generated, do not edit
(regenerate: python -m sscli.schemas_compiled)."""
# mypy: ignore-errors
SCHEMA_DIGEST = "773d7474118097a22817d5c68d150344e916a19d296c5a34d2af60c114a0dfe3"

import re

from sscli.schema_compiler import _enum, _equal, _unique
from sscli.schemas import FORMAT_CHECKS

_k0 = frozenset(())
_k1 = FORMAT_CHECKS['date-time']
_k2 = FORMAT_CHECKS['date-time']
_k3 = frozenset(())
_k4 = FORMAT_CHECKS['uri']
_k5 = FORMAT_CHECKS['uri']

def _v0(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'buildDefinition' not in x:
            e.append((p, "'buildDefinition' is a required property"))
        if 'runDetails' not in x:
            e.append((p, "'runDetails' is a required property"))
    if isinstance(x, dict):
        if 'buildDefinition' in x:
            _v1(x['buildDefinition'], p + ('buildDefinition',), e)
        if 'runDetails' in x:
            _v2(x['runDetails'], p + ('runDetails',), e)
def _v2(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'builder' not in x:
            e.append((p, "'builder' is a required property"))
    if isinstance(x, dict):
        if 'builder' in x:
            _v3(x['builder'], p + ('builder',), e)
        if 'metadata' in x:
            _v4(x['metadata'], p + ('metadata',), e)
        if 'byproducts' in x:
            _v5(x['byproducts'], p + ('byproducts',), e)
def _v5(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v6(y, p + (i,), e)
def _v6(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v7, _v8, _v9,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    if isinstance(x, dict):
        if 'uri' in x:
            y = x['uri']
            if not (isinstance(y, str)):
                e.append((p + ('uri',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'digest' in x:
            _v10(x['digest'], p + ('digest',), e)
        if 'content' in x:
            y = x['content']
            if not (isinstance(y, str)):
                e.append((p + ('content',), f"{y!r} is not of type 'string'"))
        if 'downloadLocation' in x:
            y = x['downloadLocation']
            if not (isinstance(y, str)):
                e.append((p + ('downloadLocation',), f"{y!r} is not of type 'string'"))
        if 'mediaType' in x:
            y = x['mediaType']
            if not (isinstance(y, str)):
                e.append((p + ('mediaType',), f"{y!r} is not of type 'string'"))
        if 'annotations' in x:
            y = x['annotations']
            if not (isinstance(y, dict)):
                e.append((p + ('annotations',), f"{y!r} is not of type 'object'"))
def _v10(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, dict):
        for k in x:
            if k not in _k0:
                _v11(x[k], p + (k,), e)
def _v11(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v9(x, p, e):
    if isinstance(x, dict):
        if 'content' not in x:
            e.append((p, "'content' is a required property"))
def _v8(x, p, e):
    if isinstance(x, dict):
        if 'digest' not in x:
            e.append((p, "'digest' is a required property"))
def _v7(x, p, e):
    if isinstance(x, dict):
        if 'uri' not in x:
            e.append((p, "'uri' is a required property"))
def _v4(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'invocationId' in x:
            y = x['invocationId']
            if not (isinstance(y, str)):
                e.append((p + ('invocationId',), f"{y!r} is not of type 'string'"))
        if 'startedOn' in x:
            _v12(x['startedOn'], p + ('startedOn',), e)
        if 'finishedOn' in x:
            _v13(x['finishedOn'], p + ('finishedOn',), e)
def _v13(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k1(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v12(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k2(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v3(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'id' not in x:
            e.append((p, "'id' is a required property"))
    if isinstance(x, dict):
        if 'id' in x:
            _v14(x['id'], p + ('id',), e)
        if 'version' in x:
            _v15(x['version'], p + ('version',), e)
        if 'builderDependencies' in x:
            _v16(x['builderDependencies'], p + ('builderDependencies',), e)
def _v16(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v6(y, p + (i,), e)
def _v15(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        for k in x:
            if k not in _k3:
                _v17(x[k], p + (k,), e)
def _v17(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v14(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k4(x):
        e.append((p, f"{x!r} is not a 'uri'"))
def _v1(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'buildType' not in x:
            e.append((p, "'buildType' is a required property"))
        if 'externalParameters' not in x:
            e.append((p, "'externalParameters' is a required property"))
    if isinstance(x, dict):
        if 'buildType' in x:
            _v18(x['buildType'], p + ('buildType',), e)
        if 'externalParameters' in x:
            y = x['externalParameters']
            if not (isinstance(y, dict)):
                e.append((p + ('externalParameters',), f"{y!r} is not of type 'object'"))
        if 'internalParameters' in x:
            y = x['internalParameters']
            if not (isinstance(y, dict)):
                e.append((p + ('internalParameters',), f"{y!r} is not of type 'object'"))
        if 'resolvedDependencies' in x:
            _v19(x['resolvedDependencies'], p + ('resolvedDependencies',), e)
def _v19(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v6(y, p + (i,), e)
def _v18(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k5(x):
        e.append((p, f"{x!r} is not a 'uri'"))

validate = _v0
