"""sscli's slsa-vsa-v1.schema.json compiled by sscli.schema_compiler: generated, do not edit
(regenerate: python -m sscli.schemas_compiled)."""
# mypy: ignore-errors
SCHEMA_DIGEST = "ef775a73e6cda40f5ae2f9f1393efb46b711d4feac3c9965106d3c79f70d933c"

import re

from sscli.schema_compiler import _enum, _equal, _unique
from sscli.schemas import FORMAT_CHECKS

_k0 = re.compile('^[0-9]+\\.[0-9]+\\Z')
_k1 = frozenset(())
_k2 = re.compile('^[A-Z0-9_]+\\Z')
_k3 = frozenset(('FAILED', 'PASSED',))
_k4 = frozenset(())
_k5 = FORMAT_CHECKS['uri']
_k6 = frozenset(())
_k7 = FORMAT_CHECKS['uri']
_k8 = FORMAT_CHECKS['date-time']
_k9 = frozenset(())
_k10 = FORMAT_CHECKS['uri']

def _v0(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'verifier' not in x:
            e.append((p, "'verifier' is a required property"))
        if 'resourceUri' not in x:
            e.append((p, "'resourceUri' is a required property"))
        if 'policy' not in x:
            e.append((p, "'policy' is a required property"))
        if 'verificationResult' not in x:
            e.append((p, "'verificationResult' is a required property"))
        if 'verifiedLevels' not in x:
            e.append((p, "'verifiedLevels' is a required property"))
    if isinstance(x, dict):
        if 'verifier' in x:
            _v1(x['verifier'], p + ('verifier',), e)
        if 'timeVerified' in x:
            _v2(x['timeVerified'], p + ('timeVerified',), e)
        if 'resourceUri' in x:
            _v3(x['resourceUri'], p + ('resourceUri',), e)
        if 'policy' in x:
            _v4(x['policy'], p + ('policy',), e)
        if 'inputAttestations' in x:
            _v5(x['inputAttestations'], p + ('inputAttestations',), e)
        if 'verificationResult' in x:
            _v6(x['verificationResult'], p + ('verificationResult',), e)
        if 'verifiedLevels' in x:
            _v7(x['verifiedLevels'], p + ('verifiedLevels',), e)
        if 'dependencyLevels' in x:
            _v8(x['dependencyLevels'], p + ('dependencyLevels',), e)
        if 'slsaVersion' in x:
            _v9(x['slsaVersion'], p + ('slsaVersion',), e)
def _v9(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k0.search(x):
        e.append((p, f"{x!r} does not match '^[0-9]+\\\\.[0-9]+$'"))
def _v8(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        for k in x:
            if k not in _k1:
                _v10(x[k], p + (k,), e)
def _v10(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
def _v7(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v11(y, p + (i,), e)
def _v11(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k2.search(x):
        e.append((p, f"{x!r} does not match '^[A-Z0-9_]+$'"))
def _v6(x, p, e):
    if not (isinstance(x, str) and x in _k3):
        e.append((p, f"{x!r} is not one of ['PASSED', 'FAILED']"))
def _v5(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v12(y, p + (i,), e)
def _v12(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'digest' not in x:
            e.append((p, "'digest' is a required property"))
    if isinstance(x, dict):
        if 'uri' in x:
            _v13(x['uri'], p + ('uri',), e)
        if 'digest' in x:
            _v14(x['digest'], p + ('digest',), e)
def _v14(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, dict):
        for k in x:
            if k not in _k4:
                _v15(x[k], p + (k,), e)
def _v15(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v13(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k5(x):
        e.append((p, f"{x!r} is not a 'uri'"))
def _v4(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'uri' not in x:
            e.append((p, "'uri' is a required property"))
    if isinstance(x, dict):
        if 'uri' in x:
            _v16(x['uri'], p + ('uri',), e)
        if 'digest' in x:
            _v17(x['digest'], p + ('digest',), e)
def _v17(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        for k in x:
            if k not in _k6:
                _v18(x[k], p + (k,), e)
def _v18(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v16(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k7(x):
        e.append((p, f"{x!r} is not a 'uri'"))
def _v3(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v2(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k8(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v1(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'id' not in x:
            e.append((p, "'id' is a required property"))
    if isinstance(x, dict):
        if 'id' in x:
            _v19(x['id'], p + ('id',), e)
        if 'version' in x:
            _v20(x['version'], p + ('version',), e)
def _v20(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        for k in x:
            if k not in _k9:
                _v21(x[k], p + (k,), e)
def _v21(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v19(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k10(x):
        e.append((p, f"{x!r} is not a 'uri'"))

validate = _v0
