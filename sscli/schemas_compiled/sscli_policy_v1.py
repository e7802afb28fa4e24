"""sscli's policy.schema.json, source.schema.json compiled by sscli.schema_compiler: generated, do not edit
(regenerate: python -m sscli.schemas_compiled)."""
# mypy: ignore-errors
SCHEMA_DIGEST = "0f2c38554fa794773be651a0d55da2a08c5349634f5144ebd5cd84844e180c72"

import re

from sscli.schema_compiler import _enum, _equal, _unique
from sscli.schemas import FORMAT_CHECKS

_k0 = frozenset(('deploy', 'ingest', 'name', 'source', 'version',))
_k1 = frozenset(('code', 'contribution', 'exceptions', 'history', 'refs', 'repository', 'secrets', 'secrets_baseline', 'signers',))
_k2 = frozenset(('expires', 'paths', 'reason', 'rule',))
_k3 = FORMAT_CHECKS['date']
_k4 = frozenset(('confidence', 'config', 'fail_on', 'honor_nosec',))
_k5 = frozenset(('high', 'low', 'medium',))
_k6 = frozenset(('high', 'low', 'medium', 'none',))
_k7 = frozenset(('allow', 'deny', 'warn',))
_k8 = frozenset(('codeowners', 'dco', 'review', 'trailers',))
_k9 = frozenset(('evidence', 'required',))
_k10 = frozenset(('signed-merge', 'trailer',))
_k11 = re.compile('^[A-Za-z0-9][A-Za-z0-9-]{0,99}\\Z')
_k12 = frozenset(('linear', 'max_commits', 'since',))
_k13 = re.compile('^([0-9a-f]{40}|[0-9a-f]{64})\\Z')
_k14 = frozenset(('allow',))
_k15 = re.compile('^refs/[^\\s]+\\Z')
_k16 = frozenset(('emails', 'handles', 'name', 'openpgp', 'paths', 'refs', 'sign_for_others', 'ssh',))
_k17 = frozenset(('fingerprint', 'key',))
_k18 = re.compile('^([0-9A-F]{40}|[0-9A-F]{64})\\Z')
_k19 = frozenset(('key', 'valid_after', 'valid_before',))
_k20 = FORMAT_CHECKS['date']
_k21 = FORMAT_CHECKS['date']
_k22 = re.compile('^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384|ecdsa-sha2-nistp521|sk-ssh-ed25519@openssh.com|sk-ecdsa-sha2-nistp256@openssh.com) [A-Za-z0-9+/]+={0,3}( [^\\n\\r"]*)?\\Z')
_k23 = re.compile('^@[A-Za-z0-9][A-Za-z0-9_./-]{0,199}\\Z')
_k24 = re.compile('^[^\\s<>@]+@[^\\s<>@]+\\Z')
_k25 = re.compile('^[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}\\Z')
_k26 = re.compile('^git\\+(https|ssh|file)://[^\\s@#]+\\Z')
_k27 = frozenset(('allow_development_keys', 'dependencies', 'exceptions', 'licenses', 'max_age', 'provenance', 'require', 'signers', 'source', 'subject_names', 'trusted_root', 'vulnerabilities',))
_k28 = frozenset(('built_from_source',))
_k29 = re.compile('^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?\\Z')
_k30 = frozenset(('expires', 'reason', 'rule', 'subject',))
_k31 = FORMAT_CHECKS['date']
_k32 = frozenset(('licenses', 'provenance', 'vulnerabilities',))
_k33 = frozenset(('allow', 'deny', 'unknown',))
_k34 = frozenset(('allow', 'deny', 'warn',))
_k35 = frozenset(('fail_on', 'rescan', 'unscannable', 'vex',))
_k36 = frozenset(('allow', 'deny', 'warn',))
_k37 = frozenset(('any', 'critical', 'high', 'low', 'medium', 'none',))
_k38 = re.compile('^[0-9]{1,9}[mhdw]\\Z')
_k39 = frozenset(('level', 'refs', 'repositories', 'scan', 'verifier_ids',))
_k40 = frozenset(('allow_dirty', 'build_types', 'builder_ids', 'dependencies_from_vault', 'reproducible', 'sandboxed', 'source_refs', 'source_repositories',))
_k41 = frozenset(('any', 'equivalent', 'identical',))
_k42 = frozenset(('ingest', 'provenance', 'sbom', 'vulns',))
_k43 = frozenset(('development', 'keys', 'name', 'predicates', 'sigstore', 'threshold',))
_k44 = frozenset(('ingest', 'provenance', 'sbom', 'source', 'source-scan', 'vulns',))
_k45 = frozenset(('cert-identity', 'cert-oidc-issuer', 'deny-self-hosted-runners', 'hostname', 'identity', 'issuer', 'owner', 'predicate-type', 'repo', 'signer-digest', 'signer-repo', 'signer-workflow', 'source-digest', 'source-ref',))
_k46 = FORMAT_CHECKS['uri']
_k47 = re.compile('^([0-9a-f]{40}|[0-9a-f]{64})\\Z')
_k48 = re.compile('^refs/')
_k49 = re.compile('^([0-9a-f]{40}|[0-9a-f]{64})\\Z')
_k50 = re.compile('^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}\\Z')
_k51 = re.compile('^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}\\Z')
_k52 = re.compile('^[A-Za-z0-9][A-Za-z0-9-]{0,38}\\Z')
_k53 = FORMAT_CHECKS['uri']
_k54 = FORMAT_CHECKS['uri']
_k55 = frozenset(('allow_sdist_only', 'allow_yanked', 'archive', 'build_from_source', 'code', 'exceptions', 'licenses', 'malicious_names', 'min_age', 'previous_release', 'require_provenance', 'typosquat', 'vulnerabilities',))
_k56 = frozenset(('expires', 'package', 'reason', 'rules', 'version',))
_k57 = FORMAT_CHECKS['date']
_k58 = frozenset(('archive', 'code', 'hashes', 'license', 'malicious', 'metadata', 'min_age', 'provenance', 'sdist_only', 'typosquat', 'vulnerabilities', 'yanked',))
_k59 = re.compile('^code:[a-z0-9-]+\\Z')
_k60 = re.compile('^code:')
_k61 = frozenset(('index', 'none', 'vault',))
_k62 = frozenset(('deny', 'warn',))
_k63 = frozenset(('critical', 'high', 'low', 'medium',))
_k64 = frozenset(('max_file_bytes', 'max_members', 'max_ratio', 'max_uncompressed_bytes',))
_k65 = frozenset(('package', 'publisher',))
_k66 = re.compile('^(github|gitlab|google):.+\\Z')
_k67 = frozenset(('fail_on',))
_k68 = frozenset(('allow', 'deny', 'unknown',))
_k69 = frozenset(('allow', 'deny', 'warn',))
_k70 = frozenset(('allow', 'enabled', 'max_distance',))

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
        if 'version' not in x:
            e.append((p, "'version' is a required property"))
    if isinstance(x, dict):
        if 'version' in x:
            _v1(x['version'], p + ('version',), e)
        if 'name' in x:
            _v2(x['name'], p + ('name',), e)
        if 'ingest' in x:
            _v3(x['ingest'], p + ('ingest',), e)
        if 'deploy' in x:
            _v4(x['deploy'], p + ('deploy',), e)
        if 'source' in x:
            _v5(x['source'], p + ('source',), e)
def _v5(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k1]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'repository' in x:
            _v6(x['repository'], p + ('repository',), e)
        if 'signers' in x:
            _v7(x['signers'], p + ('signers',), e)
        if 'refs' in x:
            _v8(x['refs'], p + ('refs',), e)
        if 'history' in x:
            _v9(x['history'], p + ('history',), e)
        if 'contribution' in x:
            _v10(x['contribution'], p + ('contribution',), e)
        if 'secrets' in x:
            _v11(x['secrets'], p + ('secrets',), e)
        if 'secrets_baseline' in x:
            _v12(x['secrets_baseline'], p + ('secrets_baseline',), e)
        if 'code' in x:
            _v13(x['code'], p + ('code',), e)
        if 'exceptions' in x:
            _v14(x['exceptions'], p + ('exceptions',), e)
def _v14(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v15(y, p + (i,), e)
def _v15(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k2]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'rule' not in x:
            e.append((p, "'rule' is a required property"))
        if 'paths' not in x:
            e.append((p, "'paths' is a required property"))
        if 'reason' not in x:
            e.append((p, "'reason' is a required property"))
        if 'expires' not in x:
            e.append((p, "'expires' is a required property"))
    if isinstance(x, dict):
        if 'rule' in x:
            _v16(x['rule'], p + ('rule',), e)
        if 'paths' in x:
            _v17(x['paths'], p + ('paths',), e)
        if 'reason' in x:
            _v18(x['reason'], p + ('reason',), e)
        if 'expires' in x:
            _v19(x['expires'], p + ('expires',), e)
def _v19(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k3(x):
        e.append((p, f"{x!r} is not a 'date'"))
def _v18(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 10:
        e.append((p, f"{x!r} is too short"))
    if isinstance(x, str) and len(x) > 2000:
        e.append((p, f"{x!r} is too long"))
def _v17(x, p, e):
    _v20(x, p, e)
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v20(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v21(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v21(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 500:
        e.append((p, f"{x!r} is too long"))
def _v16(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 200:
        e.append((p, f"{x!r} is too long"))
def _v13(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k4]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'fail_on' in x:
            _v22(x['fail_on'], p + ('fail_on',), e)
        if 'confidence' in x:
            _v23(x['confidence'], p + ('confidence',), e)
        if 'config' in x:
            _v24(x['config'], p + ('config',), e)
        if 'honor_nosec' in x:
            y = x['honor_nosec']
            if not (isinstance(y, bool)):
                e.append((p + ('honor_nosec',), f"{y!r} is not of type 'boolean'"))
def _v24(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 500:
        e.append((p, f"{x!r} is too long"))
def _v23(x, p, e):
    if not (isinstance(x, str) and x in _k5):
        e.append((p, f"{x!r} is not one of ['low', 'medium', 'high']"))
def _v22(x, p, e):
    if not (isinstance(x, str) and x in _k6):
        e.append((p, f"{x!r} is not one of ['low', 'medium', 'high', 'none']"))
def _v12(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 500:
        e.append((p, f"{x!r} is too long"))
def _v11(x, p, e):
    if not (isinstance(x, str) and x in _k7):
        e.append((p, f"{x!r} is not one of ['deny', 'warn', 'allow']"))
def _v10(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k8]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'dco' in x:
            y = x['dco']
            if not (isinstance(y, bool)):
                e.append((p + ('dco',), f"{y!r} is not of type 'boolean'"))
        if 'trailers' in x:
            _v25(x['trailers'], p + ('trailers',), e)
        if 'review' in x:
            _v26(x['review'], p + ('review',), e)
        if 'codeowners' in x:
            _v27(x['codeowners'], p + ('codeowners',), e)
def _v27(x, p, e):
    valid = []
    for n, check in enumerate((_v28, _v29,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v29(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 500:
        e.append((p, f"{x!r} is too long"))
def _v28(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v26(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k9]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'required' not in x:
            e.append((p, "'required' is a required property"))
    if isinstance(x, dict):
        if 'required' in x:
            y = x['required']
            if not (isinstance(y, bool)):
                e.append((p + ('required',), f"{y!r} is not of type 'boolean'"))
        if 'evidence' in x:
            _v30(x['evidence'], p + ('evidence',), e)
def _v30(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v31(y, p + (i,), e)
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v31(x, p, e):
    if not (isinstance(x, str) and x in _k10):
        e.append((p, f"{x!r} is not one of ['signed-merge', 'trailer']"))
def _v25(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v32(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v32(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k11.search(x):
        e.append((p, f"{x!r} does not match '^[A-Za-z0-9][A-Za-z0-9-]{{0,99}}$'"))
def _v9(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k12]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'since' in x:
            _v33(x['since'], p + ('since',), e)
        if 'linear' in x:
            y = x['linear']
            if not (isinstance(y, bool)):
                e.append((p + ('linear',), f"{y!r} is not of type 'boolean'"))
        if 'max_commits' in x:
            _v34(x['max_commits'], p + ('max_commits',), e)
def _v34(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
def _v33(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k13.search(x):
        e.append((p, f"{x!r} does not match '^([0-9a-f]{{40}}|[0-9a-f]{{64}})$'"))
def _v8(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k14]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'allow' in x:
            _v35(x['allow'], p + ('allow',), e)
def _v35(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v36(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v36(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k15.search(x):
        e.append((p, f"{x!r} does not match '^refs/[^\\\\s]+$'"))
    if isinstance(x, str) and len(x) > 300:
        e.append((p, f"{x!r} is too long"))
def _v7(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v37(y, p + (i,), e)
    if isinstance(x, list) and len(x) > 1000:
        e.append((p, f"{x!r} is too long"))
def _v37(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k16]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
        if 'emails' not in x:
            e.append((p, "'emails' is a required property"))
    if isinstance(x, dict):
        if 'name' in x:
            _v38(x['name'], p + ('name',), e)
        if 'emails' in x:
            _v39(x['emails'], p + ('emails',), e)
        if 'handles' in x:
            _v40(x['handles'], p + ('handles',), e)
        if 'ssh' in x:
            _v41(x['ssh'], p + ('ssh',), e)
        if 'openpgp' in x:
            _v42(x['openpgp'], p + ('openpgp',), e)
        if 'refs' in x:
            _v35(x['refs'], p + ('refs',), e)
        if 'paths' in x:
            _v20(x['paths'], p + ('paths',), e)
        if 'sign_for_others' in x:
            y = x['sign_for_others']
            if not (isinstance(y, bool)):
                e.append((p + ('sign_for_others',), f"{y!r} is not of type 'boolean'"))
    valid = []
    for n, check in enumerate((_v43, _v44,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v44(x, p, e):
    if isinstance(x, dict):
        if 'openpgp' not in x:
            e.append((p, "'openpgp' is a required property"))
def _v43(x, p, e):
    if isinstance(x, dict):
        if 'ssh' not in x:
            e.append((p, "'ssh' is a required property"))
def _v42(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v45(y, p + (i,), e)
def _v45(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k17]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'fingerprint' not in x:
            e.append((p, "'fingerprint' is a required property"))
        if 'key' not in x:
            e.append((p, "'key' is a required property"))
    if isinstance(x, dict):
        if 'fingerprint' in x:
            _v46(x['fingerprint'], p + ('fingerprint',), e)
        if 'key' in x:
            _v47(x['key'], p + ('key',), e)
def _v47(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 500:
        e.append((p, f"{x!r} is too long"))
def _v46(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k18.search(x):
        e.append((p, f"{x!r} does not match '^([0-9A-F]{{40}}|[0-9A-F]{{64}})$'"))
def _v41(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v48(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v48(x, p, e):
    valid = []
    for n, check in enumerate((_v49, _v50,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v50(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k19]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'key' not in x:
            e.append((p, "'key' is a required property"))
    if isinstance(x, dict):
        if 'key' in x:
            _v49(x['key'], p + ('key',), e)
        if 'valid_after' in x:
            _v51(x['valid_after'], p + ('valid_after',), e)
        if 'valid_before' in x:
            _v52(x['valid_before'], p + ('valid_before',), e)
def _v52(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k20(x):
        e.append((p, f"{x!r} is not a 'date'"))
def _v51(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k21(x):
        e.append((p, f"{x!r} is not a 'date'"))
def _v49(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k22.search(x):
        e.append((p, f"{x!r} does not match '^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384|ecdsa-sha2-nistp521|sk-ssh-ed25519@openssh.com|sk-ecdsa-sha2-nistp256@openssh.com) [A-Za-z0-9+/]+={{0,3}}( [^\\\\n\\\\r\"]*)?$'"))
    if isinstance(x, str) and len(x) > 20000:
        e.append((p, f"{x!r} is too long"))
def _v40(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v53(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v53(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k23.search(x):
        e.append((p, f"{x!r} does not match '^@[A-Za-z0-9][A-Za-z0-9_./-]{{0,199}}$'"))
def _v39(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v54(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k24.search(x):
        e.append((p, f"{x!r} does not match '^[^\\\\s<>@]+@[^\\\\s<>@]+$'"))
    if isinstance(x, str) and len(x) > 320:
        e.append((p, f"{x!r} is too long"))
def _v38(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k25.search(x):
        e.append((p, f"{x!r} does not match '^[A-Za-z0-9][A-Za-z0-9._@+-]{{0,99}}$'"))
def _v6(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k26.search(x):
        e.append((p, f"{x!r} does not match '^git\\\\+(https|ssh|file)://[^\\\\s@#]+$'"))
    if isinstance(x, str) and len(x) > 500:
        e.append((p, f"{x!r} is too long"))
def _v4(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k27]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'signers' not in x:
            e.append((p, "'signers' is a required property"))
        if 'require' not in x:
            e.append((p, "'require' is a required property"))
    if isinstance(x, dict):
        if 'signers' in x:
            _v55(x['signers'], p + ('signers',), e)
        if 'require' in x:
            _v56(x['require'], p + ('require',), e)
        if 'allow_development_keys' in x:
            y = x['allow_development_keys']
            if not (isinstance(y, bool)):
                e.append((p + ('allow_development_keys',), f"{y!r} is not of type 'boolean'"))
        if 'trusted_root' in x:
            _v57(x['trusted_root'], p + ('trusted_root',), e)
        if 'provenance' in x:
            _v58(x['provenance'], p + ('provenance',), e)
        if 'source' in x:
            _v59(x['source'], p + ('source',), e)
        if 'max_age' in x:
            _v60(x['max_age'], p + ('max_age',), e)
        if 'subject_names' in x:
            _v61(x['subject_names'], p + ('subject_names',), e)
        if 'vulnerabilities' in x:
            _v62(x['vulnerabilities'], p + ('vulnerabilities',), e)
        if 'licenses' in x:
            _v63(x['licenses'], p + ('licenses',), e)
        if 'exceptions' in x:
            _v64(x['exceptions'], p + ('exceptions',), e)
        if 'dependencies' in x:
            _v65(x['dependencies'], p + ('dependencies',), e)
def _v65(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k28]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'built_from_source' in x:
            _v66(x['built_from_source'], p + ('built_from_source',), e)
def _v66(x, p, e):
    valid = []
    for n, check in enumerate((_v67, _v68,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v68(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v69(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v69(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k29.search(x):
        e.append((p, f"{x!r} does not match '^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$'"))
    if isinstance(x, str) and len(x) > 200:
        e.append((p, f"{x!r} is too long"))
def _v67(x, p, e):
    if not _equal(x, 'all'):
        e.append((p, "'all' was expected"))
def _v64(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v70(y, p + (i,), e)
def _v70(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k30]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'rule' not in x:
            e.append((p, "'rule' is a required property"))
        if 'reason' not in x:
            e.append((p, "'reason' is a required property"))
        if 'expires' not in x:
            e.append((p, "'expires' is a required property"))
    if isinstance(x, dict):
        if 'rule' in x:
            _v71(x['rule'], p + ('rule',), e)
        if 'subject' in x:
            _v72(x['subject'], p + ('subject',), e)
        if 'reason' in x:
            _v73(x['reason'], p + ('reason',), e)
        if 'expires' in x:
            _v74(x['expires'], p + ('expires',), e)
def _v74(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k31(x):
        e.append((p, f"{x!r} is not a 'date'"))
def _v73(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 10:
        e.append((p, f"{x!r} is too short"))
    if isinstance(x, str) and len(x) > 2000:
        e.append((p, f"{x!r} is too long"))
def _v72(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 1000:
        e.append((p, f"{x!r} is too long"))
def _v71(x, p, e):
    if not (isinstance(x, str) and x in _k32):
        e.append((p, f"{x!r} is not one of ['provenance', 'vulnerabilities', 'licenses']"))
def _v63(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k33]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'allow' in x:
            _v75(x['allow'], p + ('allow',), e)
        if 'deny' in x:
            _v76(x['deny'], p + ('deny',), e)
        if 'unknown' in x:
            _v77(x['unknown'], p + ('unknown',), e)
def _v77(x, p, e):
    if not (isinstance(x, str) and x in _k34):
        e.append((p, f"{x!r} is not one of ['allow', 'warn', 'deny']"))
def _v76(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v75(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v62(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k35]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'rescan' in x:
            y = x['rescan']
            if not (isinstance(y, bool)):
                e.append((p + ('rescan',), f"{y!r} is not of type 'boolean'"))
        if 'fail_on' in x:
            _v78(x['fail_on'], p + ('fail_on',), e)
        if 'unscannable' in x:
            _v79(x['unscannable'], p + ('unscannable',), e)
        if 'vex' in x:
            _v80(x['vex'], p + ('vex',), e)
def _v80(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v79(x, p, e):
    if not (isinstance(x, str) and x in _k36):
        e.append((p, f"{x!r} is not one of ['allow', 'warn', 'deny']"))
def _v78(x, p, e):
    if not (isinstance(x, str) and x in _k37):
        e.append((p, f"{x!r} is not one of ['low', 'medium', 'high', 'critical', 'any', 'none']"))
def _v61(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v81(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v81(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 500:
        e.append((p, f"{x!r} is too long"))
def _v60(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k38.search(x):
        e.append((p, f"{x!r} does not match '^[0-9]{{1,9}}[mhdw]$'"))
def _v59(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k39]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'level' in x:
            _v82(x['level'], p + ('level',), e)
        if 'repositories' in x:
            _v61(x['repositories'], p + ('repositories',), e)
        if 'verifier_ids' in x:
            _v61(x['verifier_ids'], p + ('verifier_ids',), e)
        if 'refs' in x:
            _v61(x['refs'], p + ('refs',), e)
        if 'scan' in x:
            y = x['scan']
            if not (isinstance(y, bool)):
                e.append((p + ('scan',), f"{y!r} is not of type 'boolean'"))
def _v82(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 4:
        e.append((p, f"{x!r} is greater than the maximum of 4"))
def _v58(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k40]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'builder_ids' in x:
            _v61(x['builder_ids'], p + ('builder_ids',), e)
        if 'build_types' in x:
            _v61(x['build_types'], p + ('build_types',), e)
        if 'source_repositories' in x:
            _v61(x['source_repositories'], p + ('source_repositories',), e)
        if 'source_refs' in x:
            _v61(x['source_refs'], p + ('source_refs',), e)
        if 'reproducible' in x:
            _v83(x['reproducible'], p + ('reproducible',), e)
        if 'sandboxed' in x:
            y = x['sandboxed']
            if not (isinstance(y, bool)):
                e.append((p + ('sandboxed',), f"{y!r} is not of type 'boolean'"))
        if 'dependencies_from_vault' in x:
            y = x['dependencies_from_vault']
            if not (isinstance(y, bool)):
                e.append((p + ('dependencies_from_vault',), f"{y!r} is not of type 'boolean'"))
        if 'allow_dirty' in x:
            y = x['allow_dirty']
            if not (isinstance(y, bool)):
                e.append((p + ('allow_dirty',), f"{y!r} is not of type 'boolean'"))
def _v83(x, p, e):
    if not (isinstance(x, str) and x in _k41):
        e.append((p, f"{x!r} is not one of ['identical', 'equivalent', 'any']"))
def _v57(x, p, e):
    valid = []
    for n, check in enumerate((_v84, _v85,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v85(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v86(y, p + (i,), e)
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v86(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v84(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v56(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v87(y, p + (i,), e)
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v87(x, p, e):
    if not (isinstance(x, str) and x in _k42):
        e.append((p, f"{x!r} is not one of ['provenance', 'sbom', 'vulns', 'ingest']"))
def _v55(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v88(y, p + (i,), e)
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v88(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k43]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
        if 'predicates' not in x:
            e.append((p, "'predicates' is a required property"))
    if isinstance(x, dict):
        if 'name' in x:
            _v89(x['name'], p + ('name',), e)
        if 'keys' in x:
            _v90(x['keys'], p + ('keys',), e)
        if 'threshold' in x:
            _v91(x['threshold'], p + ('threshold',), e)
        if 'sigstore' in x:
            _v92(x['sigstore'], p + ('sigstore',), e)
        if 'predicates' in x:
            _v93(x['predicates'], p + ('predicates',), e)
        if 'development' in x:
            y = x['development']
            if not (isinstance(y, bool)):
                e.append((p + ('development',), f"{y!r} is not of type 'boolean'"))
    valid = []
    for n, check in enumerate((_v94, _v95,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v95(x, p, e):
    if isinstance(x, dict):
        if 'sigstore' not in x:
            e.append((p, "'sigstore' is a required property"))
def _v94(x, p, e):
    if isinstance(x, dict):
        if 'keys' not in x:
            e.append((p, "'keys' is a required property"))
def _v93(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v96(y, p + (i,), e)
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v96(x, p, e):
    if not (isinstance(x, str) and x in _k44):
        e.append((p, f"{x!r} is not one of ['provenance', 'sbom', 'vulns', 'ingest', 'source', 'source-scan']"))
def _v92(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v97(y, p + (i,), e)
def _v97(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k45]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'identity' in x:
            _v98(x['identity'], p + ('identity',), e)
        if 'issuer' in x:
            _v99(x['issuer'], p + ('issuer',), e)
        if 'cert-identity' in x:
            _v100(x['cert-identity'], p + ('cert-identity',), e)
        if 'cert-oidc-issuer' in x:
            _v101(x['cert-oidc-issuer'], p + ('cert-oidc-issuer',), e)
        if 'owner' in x:
            _v102(x['owner'], p + ('owner',), e)
        if 'repo' in x:
            _v103(x['repo'], p + ('repo',), e)
        if 'signer-workflow' in x:
            _v104(x['signer-workflow'], p + ('signer-workflow',), e)
        if 'signer-repo' in x:
            _v105(x['signer-repo'], p + ('signer-repo',), e)
        if 'signer-digest' in x:
            _v106(x['signer-digest'], p + ('signer-digest',), e)
        if 'source-ref' in x:
            _v107(x['source-ref'], p + ('source-ref',), e)
        if 'source-digest' in x:
            _v108(x['source-digest'], p + ('source-digest',), e)
        if 'deny-self-hosted-runners' in x:
            y = x['deny-self-hosted-runners']
            if not (isinstance(y, bool)):
                e.append((p + ('deny-self-hosted-runners',), f"{y!r} is not of type 'boolean'"))
        if 'hostname' in x:
            _v109(x['hostname'], p + ('hostname',), e)
        if 'predicate-type' in x:
            _v110(x['predicate-type'], p + ('predicate-type',), e)
    valid = []
    for n, check in enumerate((_v111, _v112, _v113,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    _v114(x, p, e)
    _v115(x, p, e)
    _v116(x, p, e)
def _v116(x, p, e):
    t = []
    _v117(x, p, t)
    if not t:
        _v118(x, p, e)
def _v118(x, p, e):
    valid = []
    for n, check in enumerate((_v119, _v120,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v120(x, p, e):
    if isinstance(x, dict):
        if 'cert-oidc-issuer' not in x:
            e.append((p, "'cert-oidc-issuer' is a required property"))
def _v119(x, p, e):
    if isinstance(x, dict):
        if 'issuer' not in x:
            e.append((p, "'issuer' is a required property"))
def _v117(x, p, e):
    t = []
    _v121(x, p, t)
    if not t:
        e.append((p, f"{x!r} should not be valid under {{'anyOf': [{{'required': ['owner']}}, {{'required': ['repo']}}]}}"))
def _v121(x, p, e):
    valid = []
    for n, check in enumerate((_v122, _v123,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v123(x, p, e):
    if isinstance(x, dict):
        if 'repo' not in x:
            e.append((p, "'repo' is a required property"))
def _v122(x, p, e):
    if isinstance(x, dict):
        if 'owner' not in x:
            e.append((p, "'owner' is a required property"))
def _v115(x, p, e):
    t = []
    _v124(x, p, t)
    if not t:
        e.append((p, f"{x!r} should not be valid under {{'required': ['issuer', 'cert-oidc-issuer']}}"))
def _v124(x, p, e):
    if isinstance(x, dict):
        if 'issuer' not in x:
            e.append((p, "'issuer' is a required property"))
        if 'cert-oidc-issuer' not in x:
            e.append((p, "'cert-oidc-issuer' is a required property"))
def _v114(x, p, e):
    t = []
    _v125(x, p, t)
    if not t:
        e.append((p, f"{x!r} should not be valid under {{'required': ['identity', 'cert-identity']}}"))
def _v125(x, p, e):
    if isinstance(x, dict):
        if 'identity' not in x:
            e.append((p, "'identity' is a required property"))
        if 'cert-identity' not in x:
            e.append((p, "'cert-identity' is a required property"))
def _v113(x, p, e):
    valid = []
    for n, check in enumerate((_v126, _v127,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v127(x, p, e):
    if isinstance(x, dict):
        if 'cert-identity' not in x:
            e.append((p, "'cert-identity' is a required property"))
def _v126(x, p, e):
    if isinstance(x, dict):
        if 'identity' not in x:
            e.append((p, "'identity' is a required property"))
def _v112(x, p, e):
    if isinstance(x, dict):
        if 'repo' not in x:
            e.append((p, "'repo' is a required property"))
def _v111(x, p, e):
    if isinstance(x, dict):
        if 'owner' not in x:
            e.append((p, "'owner' is a required property"))
def _v110(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k46(x):
        e.append((p, f"{x!r} is not a 'uri'"))
    if isinstance(x, str) and len(x) > 500:
        e.append((p, f"{x!r} is too long"))
def _v109(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) > 253:
        e.append((p, f"{x!r} is too long"))
def _v108(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k47.search(x):
        e.append((p, f"{x!r} does not match '^([0-9a-f]{{40}}|[0-9a-f]{{64}})$'"))
def _v107(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k48.search(x):
        e.append((p, f"{x!r} does not match '^refs/'"))
    if isinstance(x, str) and len(x) > 1000:
        e.append((p, f"{x!r} is too long"))
def _v106(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k49.search(x):
        e.append((p, f"{x!r} does not match '^([0-9a-f]{{40}}|[0-9a-f]{{64}})$'"))
def _v105(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k50.search(x):
        e.append((p, f"{x!r} does not match '^[A-Za-z0-9][A-Za-z0-9-]{{0,38}}/[A-Za-z0-9._-]{{1,100}}$'"))
def _v104(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 1000:
        e.append((p, f"{x!r} is too long"))
def _v103(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k51.search(x):
        e.append((p, f"{x!r} does not match '^[A-Za-z0-9][A-Za-z0-9-]{{0,38}}/[A-Za-z0-9._-]{{1,100}}$'"))
def _v102(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k52.search(x):
        e.append((p, f"{x!r} does not match '^[A-Za-z0-9][A-Za-z0-9-]{{0,38}}$'"))
def _v101(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k53(x):
        e.append((p, f"{x!r} is not a 'uri'"))
def _v100(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 1000:
        e.append((p, f"{x!r} is too long"))
def _v99(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k54(x):
        e.append((p, f"{x!r} is not a 'uri'"))
def _v98(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 1000:
        e.append((p, f"{x!r} is too long"))
def _v91(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
def _v90(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v128(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v128(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v89(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 100:
        e.append((p, f"{x!r} is too long"))
def _v3(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k55]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'allow_yanked' in x:
            y = x['allow_yanked']
            if not (isinstance(y, bool)):
                e.append((p + ('allow_yanked',), f"{y!r} is not of type 'boolean'"))
        if 'min_age' in x:
            _v60(x['min_age'], p + ('min_age',), e)
        if 'allow_sdist_only' in x:
            _v68(x['allow_sdist_only'], p + ('allow_sdist_only',), e)
        if 'typosquat' in x:
            _v129(x['typosquat'], p + ('typosquat',), e)
        if 'malicious_names' in x:
            _v68(x['malicious_names'], p + ('malicious_names',), e)
        if 'licenses' in x:
            _v130(x['licenses'], p + ('licenses',), e)
        if 'vulnerabilities' in x:
            _v131(x['vulnerabilities'], p + ('vulnerabilities',), e)
        if 'require_provenance' in x:
            _v132(x['require_provenance'], p + ('require_provenance',), e)
        if 'archive' in x:
            _v133(x['archive'], p + ('archive',), e)
        if 'code' in x:
            _v134(x['code'], p + ('code',), e)
        if 'previous_release' in x:
            _v135(x['previous_release'], p + ('previous_release',), e)
        if 'exceptions' in x:
            _v136(x['exceptions'], p + ('exceptions',), e)
        if 'build_from_source' in x:
            _v137(x['build_from_source'], p + ('build_from_source',), e)
def _v137(x, p, e):
    valid = []
    for n, check in enumerate((_v138, _v68,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v138(x, p, e):
    if not _equal(x, 'all'):
        e.append((p, "'all' was expected"))
def _v136(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v139(y, p + (i,), e)
def _v139(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k56]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'package' not in x:
            e.append((p, "'package' is a required property"))
        if 'rules' not in x:
            e.append((p, "'rules' is a required property"))
        if 'reason' not in x:
            e.append((p, "'reason' is a required property"))
        if 'expires' not in x:
            e.append((p, "'expires' is a required property"))
    if isinstance(x, dict):
        if 'package' in x:
            _v69(x['package'], p + ('package',), e)
        if 'version' in x:
            _v140(x['version'], p + ('version',), e)
        if 'rules' in x:
            _v141(x['rules'], p + ('rules',), e)
        if 'reason' in x:
            _v142(x['reason'], p + ('reason',), e)
        if 'expires' in x:
            _v143(x['expires'], p + ('expires',), e)
def _v143(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k57(x):
        e.append((p, f"{x!r} is not a 'date'"))
def _v142(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 10:
        e.append((p, f"{x!r} is too short"))
    if isinstance(x, str) and len(x) > 2000:
        e.append((p, f"{x!r} is too long"))
def _v141(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v144(y, p + (i,), e)
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v144(x, p, e):
    t = []
    _v145(x, p, t)
    if not t:
        _v146(x, p, e)
    else:
        _v147(x, p, e)
def _v147(x, p, e):
    if not (isinstance(x, str) and x in _k58):
        e.append((p, f"{x!r} is not one of ['hashes', 'yanked', 'min_age', 'sdist_only', 'typosquat', 'malicious', 'license', 'vulnerabilities', 'provenance', 'archive', 'metadata', 'code']"))
def _v146(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k59.search(x):
        e.append((p, f"{x!r} does not match '^code:[a-z0-9-]+$'"))
    if isinstance(x, str) and len(x) > 100:
        e.append((p, f"{x!r} is too long"))
def _v145(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k60.search(x):
        e.append((p, f"{x!r} does not match '^code:'"))
def _v140(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) > 100:
        e.append((p, f"{x!r} is too long"))
def _v135(x, p, e):
    if not (isinstance(x, str) and x in _k61):
        e.append((p, f"{x!r} is not one of ['none', 'vault', 'index']"))
def _v134(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k62]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'deny' in x:
            _v148(x['deny'], p + ('deny',), e)
        if 'warn' in x:
            _v149(x['warn'], p + ('warn',), e)
def _v149(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v150(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v150(x, p, e):
    if not (isinstance(x, str) and x in _k63):
        e.append((p, f"{x!r} is not one of ['low', 'medium', 'high', 'critical']"))
def _v148(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v150(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v133(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k64]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'max_file_bytes' in x:
            _v151(x['max_file_bytes'], p + ('max_file_bytes',), e)
        if 'max_uncompressed_bytes' in x:
            _v152(x['max_uncompressed_bytes'], p + ('max_uncompressed_bytes',), e)
        if 'max_ratio' in x:
            _v153(x['max_ratio'], p + ('max_ratio',), e)
        if 'max_members' in x:
            _v154(x['max_members'], p + ('max_members',), e)
def _v154(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
def _v153(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 2:
        e.append((p, f"{x!r} is less than the minimum of 2"))
def _v152(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
def _v151(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
def _v132(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v155(y, p + (i,), e)
def _v155(x, p, e):
    valid = []
    for n, check in enumerate((_v69, _v156,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v156(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k65]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'package' not in x:
            e.append((p, "'package' is a required property"))
        if 'publisher' not in x:
            e.append((p, "'publisher' is a required property"))
    if isinstance(x, dict):
        if 'package' in x:
            _v69(x['package'], p + ('package',), e)
        if 'publisher' in x:
            _v157(x['publisher'], p + ('publisher',), e)
def _v157(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k66.search(x):
        e.append((p, f"{x!r} does not match '^(github|gitlab|google):.+$'"))
def _v131(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k67]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'fail_on' in x:
            _v78(x['fail_on'], p + ('fail_on',), e)
def _v130(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k68]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'allow' in x:
            _v158(x['allow'], p + ('allow',), e)
        if 'deny' in x:
            _v159(x['deny'], p + ('deny',), e)
        if 'unknown' in x:
            _v160(x['unknown'], p + ('unknown',), e)
def _v160(x, p, e):
    if not (isinstance(x, str) and x in _k69):
        e.append((p, f"{x!r} is not one of ['allow', 'warn', 'deny']"))
def _v159(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v161(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v161(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) > 100:
        e.append((p, f"{x!r} is too long"))
def _v158(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v162(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v162(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) > 100:
        e.append((p, f"{x!r} is too long"))
def _v129(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k70]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'enabled' in x:
            y = x['enabled']
            if not (isinstance(y, bool)):
                e.append((p + ('enabled',), f"{y!r} is not of type 'boolean'"))
        if 'max_distance' in x:
            _v163(x['max_distance'], p + ('max_distance',), e)
        if 'allow' in x:
            _v68(x['allow'], p + ('allow',), e)
def _v163(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 3:
        e.append((p, f"{x!r} is greater than the maximum of 3"))
def _v2(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) > 200:
        e.append((p, f"{x!r} is too long"))
def _v1(x, p, e):
    if not _equal(x, 1):
        e.append((p, '1 was expected'))

validate = _v0
