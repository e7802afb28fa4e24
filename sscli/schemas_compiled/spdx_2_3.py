"""SPDX 2.3: spdx-2.3.schema.json compiled by sscli.schema_compiler: generated, do not edit
(regenerate: python -m sscli.schemas_compiled)."""
# mypy: ignore-errors
SCHEMA_DIGEST = "c10ec4f127a7e343cceba70a4df179af7a54f7413f91e6fed659195e0ab52564"

import re

from sscli.schema_compiler import _enum, _equal, _unique
from sscli.schemas import FORMAT_CHECKS

_k0 = frozenset(('SPDXID', 'annotations', 'comment', 'creationInfo', 'dataLicense', 'documentDescribes', 'documentNamespace', 'externalDocumentRefs', 'files', 'hasExtractedLicensingInfos', 'name', 'packages', 'relationships', 'revieweds', 'snippets', 'spdxVersion',))
_k1 = frozenset(('comment', 'relatedSpdxElement', 'relationshipType', 'spdxElementId',))
_k2 = frozenset(('AMENDS', 'ANCESTOR_OF', 'BUILD_DEPENDENCY_OF', 'BUILD_TOOL_OF', 'CONTAINED_BY', 'CONTAINS', 'COPY_OF', 'DATA_FILE_OF', 'DEPENDENCY_MANIFEST_OF', 'DEPENDENCY_OF', 'DEPENDS_ON', 'DESCENDANT_OF', 'DESCRIBED_BY', 'DESCRIBES', 'DEV_DEPENDENCY_OF', 'DEV_TOOL_OF', 'DISTRIBUTION_ARTIFACT', 'DOCUMENTATION_OF', 'DYNAMIC_LINK', 'EXAMPLE_OF', 'EXPANDED_FROM_ARCHIVE', 'FILE_ADDED', 'FILE_DELETED', 'FILE_MODIFIED', 'GENERATED_FROM', 'GENERATES', 'HAS_PREREQUISITE', 'METAFILE_OF', 'OPTIONAL_COMPONENT_OF', 'OPTIONAL_DEPENDENCY_OF', 'OTHER', 'PACKAGE_OF', 'PATCH_APPLIED', 'PATCH_FOR', 'PREREQUISITE_FOR', 'PROVIDED_DEPENDENCY_OF', 'REQUIREMENT_DESCRIPTION_FOR', 'RUNTIME_DEPENDENCY_OF', 'SPECIFICATION_FOR', 'STATIC_LINK', 'TEST_CASE_OF', 'TEST_DEPENDENCY_OF', 'TEST_OF', 'TEST_TOOL_OF', 'VARIANT_OF',))
_k3 = frozenset(('SPDXID', 'annotations', 'attributionTexts', 'comment', 'copyrightText', 'licenseComments', 'licenseConcluded', 'licenseInfoInSnippets', 'name', 'ranges', 'snippetFromFile',))
_k4 = frozenset(('endPointer', 'startPointer',))
_k5 = frozenset(('lineNumber', 'offset', 'reference',))
_k6 = frozenset(('lineNumber', 'offset', 'reference',))
_k7 = frozenset(('annotationDate', 'annotationType', 'annotator', 'comment',))
_k8 = frozenset(('OTHER', 'REVIEW',))
_k9 = frozenset(('SPDXID', 'annotations', 'artifactOfs', 'attributionTexts', 'checksums', 'comment', 'copyrightText', 'fileContributors', 'fileDependencies', 'fileName', 'fileTypes', 'licenseComments', 'licenseConcluded', 'licenseInfoInFiles', 'noticeText',))
_k10 = frozenset(('APPLICATION', 'ARCHIVE', 'AUDIO', 'BINARY', 'DOCUMENTATION', 'IMAGE', 'OTHER', 'SOURCE', 'SPDX', 'TEXT', 'VIDEO',))
_k11 = frozenset(('algorithm', 'checksumValue',))
_k12 = frozenset(('ADLER32', 'BLAKE2b-256', 'BLAKE2b-384', 'BLAKE2b-512', 'BLAKE3', 'MD2', 'MD4', 'MD5', 'MD6', 'SHA1', 'SHA224', 'SHA256', 'SHA3-256', 'SHA3-384', 'SHA3-512', 'SHA384', 'SHA512',))
_k13 = frozenset(('annotationDate', 'annotationType', 'annotator', 'comment',))
_k14 = frozenset(('OTHER', 'REVIEW',))
_k15 = frozenset(('SPDXID', 'annotations', 'attributionTexts', 'builtDate', 'checksums', 'comment', 'copyrightText', 'description', 'downloadLocation', 'externalRefs', 'filesAnalyzed', 'hasFiles', 'homepage', 'licenseComments', 'licenseConcluded', 'licenseDeclared', 'licenseInfoFromFiles', 'name', 'originator', 'packageFileName', 'packageVerificationCode', 'primaryPackagePurpose', 'releaseDate', 'sourceInfo', 'summary', 'supplier', 'validUntilDate', 'versionInfo',))
_k16 = frozenset(('APPLICATION', 'ARCHIVE', 'CONTAINER', 'DEVICE', 'FILE', 'FIRMWARE', 'FRAMEWORK', 'INSTALL', 'LIBRARY', 'OPERATING_SYSTEM', 'OTHER', 'SOURCE',))
_k17 = frozenset(('packageVerificationCodeExcludedFiles', 'packageVerificationCodeValue',))
_k18 = frozenset(('comment', 'referenceCategory', 'referenceLocator', 'referenceType',))
_k19 = frozenset(('OTHER', 'PACKAGE-MANAGER', 'PERSISTENT-ID', 'SECURITY',))
_k20 = frozenset(('algorithm', 'checksumValue',))
_k21 = frozenset(('ADLER32', 'BLAKE2b-256', 'BLAKE2b-384', 'BLAKE2b-512', 'BLAKE3', 'MD2', 'MD4', 'MD5', 'MD6', 'SHA1', 'SHA224', 'SHA256', 'SHA3-256', 'SHA3-384', 'SHA3-512', 'SHA384', 'SHA512',))
_k22 = frozenset(('annotationDate', 'annotationType', 'annotator', 'comment',))
_k23 = frozenset(('OTHER', 'REVIEW',))
_k24 = frozenset(('comment', 'reviewDate', 'reviewer',))
_k25 = frozenset(('comment', 'crossRefs', 'extractedText', 'licenseId', 'name', 'seeAlsos',))
_k26 = frozenset(('isLive', 'isValid', 'isWayBackLink', 'match', 'order', 'timestamp', 'url',))
_k27 = frozenset(('checksum', 'externalDocumentId', 'spdxDocument',))
_k28 = frozenset(('algorithm', 'checksumValue',))
_k29 = frozenset(('ADLER32', 'BLAKE2b-256', 'BLAKE2b-384', 'BLAKE2b-512', 'BLAKE3', 'MD2', 'MD4', 'MD5', 'MD6', 'SHA1', 'SHA224', 'SHA256', 'SHA3-256', 'SHA3-384', 'SHA3-512', 'SHA384', 'SHA512',))
_k30 = frozenset(('comment', 'created', 'creators', 'licenseListVersion',))
_k31 = frozenset(('annotationDate', 'annotationType', 'annotator', 'comment',))
_k32 = frozenset(('OTHER', 'REVIEW',))

def _v0(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'SPDXID' in x:
            y = x['SPDXID']
            if not (isinstance(y, str)):
                e.append((p + ('SPDXID',), f"{y!r} is not of type 'string'"))
        if 'annotations' in x:
            _v1(x['annotations'], p + ('annotations',), e)
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
        if 'creationInfo' in x:
            _v2(x['creationInfo'], p + ('creationInfo',), e)
        if 'dataLicense' in x:
            y = x['dataLicense']
            if not (isinstance(y, str)):
                e.append((p + ('dataLicense',), f"{y!r} is not of type 'string'"))
        if 'externalDocumentRefs' in x:
            _v3(x['externalDocumentRefs'], p + ('externalDocumentRefs',), e)
        if 'hasExtractedLicensingInfos' in x:
            _v4(x['hasExtractedLicensingInfos'], p + ('hasExtractedLicensingInfos',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'revieweds' in x:
            _v5(x['revieweds'], p + ('revieweds',), e)
        if 'spdxVersion' in x:
            y = x['spdxVersion']
            if not (isinstance(y, str)):
                e.append((p + ('spdxVersion',), f"{y!r} is not of type 'string'"))
        if 'documentNamespace' in x:
            y = x['documentNamespace']
            if not (isinstance(y, str)):
                e.append((p + ('documentNamespace',), f"{y!r} is not of type 'string'"))
        if 'documentDescribes' in x:
            _v6(x['documentDescribes'], p + ('documentDescribes',), e)
        if 'packages' in x:
            _v7(x['packages'], p + ('packages',), e)
        if 'files' in x:
            _v8(x['files'], p + ('files',), e)
        if 'snippets' in x:
            _v9(x['snippets'], p + ('snippets',), e)
        if 'relationships' in x:
            _v10(x['relationships'], p + ('relationships',), e)
    if isinstance(x, dict):
        if 'SPDXID' not in x:
            e.append((p, "'SPDXID' is a required property"))
        if 'creationInfo' not in x:
            e.append((p, "'creationInfo' is a required property"))
        if 'dataLicense' not in x:
            e.append((p, "'dataLicense' is a required property"))
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
        if 'spdxVersion' not in x:
            e.append((p, "'spdxVersion' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k0]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v10(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v11(y, p + (i,), e)
def _v11(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'spdxElementId' in x:
            y = x['spdxElementId']
            if not (isinstance(y, str)):
                e.append((p + ('spdxElementId',), f"{y!r} is not of type 'string'"))
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
        if 'relatedSpdxElement' in x:
            y = x['relatedSpdxElement']
            if not (isinstance(y, str)):
                e.append((p + ('relatedSpdxElement',), f"{y!r} is not of type 'string'"))
        if 'relationshipType' in x:
            _v12(x['relationshipType'], p + ('relationshipType',), e)
    if isinstance(x, dict):
        if 'spdxElementId' not in x:
            e.append((p, "'spdxElementId' is a required property"))
        if 'relatedSpdxElement' not in x:
            e.append((p, "'relatedSpdxElement' is a required property"))
        if 'relationshipType' not in x:
            e.append((p, "'relationshipType' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k1]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v12(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k2):
        e.append((p, f"{x!r} is not one of ['VARIANT_OF', 'COPY_OF', 'PATCH_FOR', 'TEST_DEPENDENCY_OF', 'CONTAINED_BY', 'DATA_FILE_OF', 'OPTIONAL_COMPONENT_OF', 'ANCESTOR_OF', 'GENERATES', 'CONTAINS', 'OPTIONAL_DEPENDENCY_OF', 'FILE_ADDED', 'REQUIREMENT_DESCRIPTION_FOR', 'DEV_DEPENDENCY_OF', 'DEPENDENCY_OF', 'BUILD_DEPENDENCY_OF', 'DESCRIBES', 'PREREQUISITE_FOR', 'HAS_PREREQUISITE', 'PROVIDED_DEPENDENCY_OF', 'DYNAMIC_LINK', 'DESCRIBED_BY', 'METAFILE_OF', 'DEPENDENCY_MANIFEST_OF', 'PATCH_APPLIED', 'RUNTIME_DEPENDENCY_OF', 'TEST_OF', 'TEST_TOOL_OF', 'DEPENDS_ON', 'SPECIFICATION_FOR', 'FILE_MODIFIED', 'DISTRIBUTION_ARTIFACT', 'AMENDS', 'DOCUMENTATION_OF', 'GENERATED_FROM', 'STATIC_LINK', 'OTHER', 'BUILD_TOOL_OF', 'TEST_CASE_OF', 'PACKAGE_OF', 'DESCENDANT_OF', 'FILE_DELETED', 'EXPANDED_FROM_ARCHIVE', 'DEV_TOOL_OF', 'EXAMPLE_OF']"))
def _v9(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v13(y, p + (i,), e)
def _v13(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'SPDXID' in x:
            y = x['SPDXID']
            if not (isinstance(y, str)):
                e.append((p + ('SPDXID',), f"{y!r} is not of type 'string'"))
        if 'annotations' in x:
            _v14(x['annotations'], p + ('annotations',), e)
        if 'attributionTexts' in x:
            _v15(x['attributionTexts'], p + ('attributionTexts',), e)
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
        if 'copyrightText' in x:
            y = x['copyrightText']
            if not (isinstance(y, str)):
                e.append((p + ('copyrightText',), f"{y!r} is not of type 'string'"))
        if 'licenseComments' in x:
            y = x['licenseComments']
            if not (isinstance(y, str)):
                e.append((p + ('licenseComments',), f"{y!r} is not of type 'string'"))
        if 'licenseConcluded' in x:
            y = x['licenseConcluded']
            if not (isinstance(y, str)):
                e.append((p + ('licenseConcluded',), f"{y!r} is not of type 'string'"))
        if 'licenseInfoInSnippets' in x:
            _v16(x['licenseInfoInSnippets'], p + ('licenseInfoInSnippets',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'ranges' in x:
            _v17(x['ranges'], p + ('ranges',), e)
        if 'snippetFromFile' in x:
            y = x['snippetFromFile']
            if not (isinstance(y, str)):
                e.append((p + ('snippetFromFile',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'SPDXID' not in x:
            e.append((p, "'SPDXID' is a required property"))
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
        if 'ranges' not in x:
            e.append((p, "'ranges' is a required property"))
        if 'snippetFromFile' not in x:
            e.append((p, "'snippetFromFile' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k3]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v17(x, p, e):
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v18(y, p + (i,), e)
def _v18(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'endPointer' in x:
            _v19(x['endPointer'], p + ('endPointer',), e)
        if 'startPointer' in x:
            _v20(x['startPointer'], p + ('startPointer',), e)
    if isinstance(x, dict):
        if 'endPointer' not in x:
            e.append((p, "'endPointer' is a required property"))
        if 'startPointer' not in x:
            e.append((p, "'startPointer' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k4]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v20(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'reference' in x:
            y = x['reference']
            if not (isinstance(y, str)):
                e.append((p + ('reference',), f"{y!r} is not of type 'string'"))
        if 'offset' in x:
            y = x['offset']
            if not (((isinstance(y, int) and not isinstance(y, bool)) or (isinstance(y, float) and y.is_integer()))):
                e.append((p + ('offset',), f"{y!r} is not of type 'integer'"))
        if 'lineNumber' in x:
            y = x['lineNumber']
            if not (((isinstance(y, int) and not isinstance(y, bool)) or (isinstance(y, float) and y.is_integer()))):
                e.append((p + ('lineNumber',), f"{y!r} is not of type 'integer'"))
    if isinstance(x, dict):
        if 'reference' not in x:
            e.append((p, "'reference' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k5]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v19(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'reference' in x:
            y = x['reference']
            if not (isinstance(y, str)):
                e.append((p + ('reference',), f"{y!r} is not of type 'string'"))
        if 'offset' in x:
            y = x['offset']
            if not (((isinstance(y, int) and not isinstance(y, bool)) or (isinstance(y, float) and y.is_integer()))):
                e.append((p + ('offset',), f"{y!r} is not of type 'integer'"))
        if 'lineNumber' in x:
            y = x['lineNumber']
            if not (((isinstance(y, int) and not isinstance(y, bool)) or (isinstance(y, float) and y.is_integer()))):
                e.append((p + ('lineNumber',), f"{y!r} is not of type 'integer'"))
    if isinstance(x, dict):
        if 'reference' not in x:
            e.append((p, "'reference' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k6]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v16(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v15(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v14(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v21(y, p + (i,), e)
def _v21(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'annotationDate' in x:
            y = x['annotationDate']
            if not (isinstance(y, str)):
                e.append((p + ('annotationDate',), f"{y!r} is not of type 'string'"))
        if 'annotationType' in x:
            _v22(x['annotationType'], p + ('annotationType',), e)
        if 'annotator' in x:
            y = x['annotator']
            if not (isinstance(y, str)):
                e.append((p + ('annotator',), f"{y!r} is not of type 'string'"))
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'annotationDate' not in x:
            e.append((p, "'annotationDate' is a required property"))
        if 'annotationType' not in x:
            e.append((p, "'annotationType' is a required property"))
        if 'annotator' not in x:
            e.append((p, "'annotator' is a required property"))
        if 'comment' not in x:
            e.append((p, "'comment' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k7]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v22(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k8):
        e.append((p, f"{x!r} is not one of ['OTHER', 'REVIEW']"))
def _v8(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v23(y, p + (i,), e)
def _v23(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'SPDXID' in x:
            y = x['SPDXID']
            if not (isinstance(y, str)):
                e.append((p + ('SPDXID',), f"{y!r} is not of type 'string'"))
        if 'annotations' in x:
            _v24(x['annotations'], p + ('annotations',), e)
        if 'artifactOfs' in x:
            _v25(x['artifactOfs'], p + ('artifactOfs',), e)
        if 'attributionTexts' in x:
            _v26(x['attributionTexts'], p + ('attributionTexts',), e)
        if 'checksums' in x:
            _v27(x['checksums'], p + ('checksums',), e)
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
        if 'copyrightText' in x:
            y = x['copyrightText']
            if not (isinstance(y, str)):
                e.append((p + ('copyrightText',), f"{y!r} is not of type 'string'"))
        if 'fileContributors' in x:
            _v28(x['fileContributors'], p + ('fileContributors',), e)
        if 'fileDependencies' in x:
            _v29(x['fileDependencies'], p + ('fileDependencies',), e)
        if 'fileName' in x:
            y = x['fileName']
            if not (isinstance(y, str)):
                e.append((p + ('fileName',), f"{y!r} is not of type 'string'"))
        if 'fileTypes' in x:
            _v30(x['fileTypes'], p + ('fileTypes',), e)
        if 'licenseComments' in x:
            y = x['licenseComments']
            if not (isinstance(y, str)):
                e.append((p + ('licenseComments',), f"{y!r} is not of type 'string'"))
        if 'licenseConcluded' in x:
            y = x['licenseConcluded']
            if not (isinstance(y, str)):
                e.append((p + ('licenseConcluded',), f"{y!r} is not of type 'string'"))
        if 'licenseInfoInFiles' in x:
            _v31(x['licenseInfoInFiles'], p + ('licenseInfoInFiles',), e)
        if 'noticeText' in x:
            y = x['noticeText']
            if not (isinstance(y, str)):
                e.append((p + ('noticeText',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'SPDXID' not in x:
            e.append((p, "'SPDXID' is a required property"))
        if 'checksums' not in x:
            e.append((p, "'checksums' is a required property"))
        if 'fileName' not in x:
            e.append((p, "'fileName' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k9]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v31(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v30(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v32(y, p + (i,), e)
def _v32(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k10):
        e.append((p, f"{x!r} is not one of ['OTHER', 'DOCUMENTATION', 'IMAGE', 'VIDEO', 'ARCHIVE', 'SPDX', 'APPLICATION', 'SOURCE', 'BINARY', 'TEXT', 'AUDIO']"))
def _v29(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v28(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v27(x, p, e):
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v33(y, p + (i,), e)
def _v33(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'algorithm' in x:
            _v34(x['algorithm'], p + ('algorithm',), e)
        if 'checksumValue' in x:
            y = x['checksumValue']
            if not (isinstance(y, str)):
                e.append((p + ('checksumValue',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'algorithm' not in x:
            e.append((p, "'algorithm' is a required property"))
        if 'checksumValue' not in x:
            e.append((p, "'checksumValue' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k11]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v34(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k12):
        e.append((p, f"{x!r} is not one of ['SHA1', 'BLAKE3', 'SHA3-384', 'SHA256', 'SHA384', 'BLAKE2b-512', 'BLAKE2b-256', 'SHA3-512', 'MD2', 'ADLER32', 'MD4', 'SHA3-256', 'BLAKE2b-384', 'SHA512', 'MD6', 'MD5', 'SHA224']"))
def _v26(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v25(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, dict)):
                e.append((p + (i,), f"{y!r} is not of type 'object'"))
def _v24(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v35(y, p + (i,), e)
def _v35(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'annotationDate' in x:
            y = x['annotationDate']
            if not (isinstance(y, str)):
                e.append((p + ('annotationDate',), f"{y!r} is not of type 'string'"))
        if 'annotationType' in x:
            _v36(x['annotationType'], p + ('annotationType',), e)
        if 'annotator' in x:
            y = x['annotator']
            if not (isinstance(y, str)):
                e.append((p + ('annotator',), f"{y!r} is not of type 'string'"))
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'annotationDate' not in x:
            e.append((p, "'annotationDate' is a required property"))
        if 'annotationType' not in x:
            e.append((p, "'annotationType' is a required property"))
        if 'annotator' not in x:
            e.append((p, "'annotator' is a required property"))
        if 'comment' not in x:
            e.append((p, "'comment' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k13]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v36(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k14):
        e.append((p, f"{x!r} is not one of ['OTHER', 'REVIEW']"))
def _v7(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v37(y, p + (i,), e)
def _v37(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'SPDXID' in x:
            y = x['SPDXID']
            if not (isinstance(y, str)):
                e.append((p + ('SPDXID',), f"{y!r} is not of type 'string'"))
        if 'annotations' in x:
            _v38(x['annotations'], p + ('annotations',), e)
        if 'attributionTexts' in x:
            _v39(x['attributionTexts'], p + ('attributionTexts',), e)
        if 'builtDate' in x:
            y = x['builtDate']
            if not (isinstance(y, str)):
                e.append((p + ('builtDate',), f"{y!r} is not of type 'string'"))
        if 'checksums' in x:
            _v40(x['checksums'], p + ('checksums',), e)
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
        if 'copyrightText' in x:
            y = x['copyrightText']
            if not (isinstance(y, str)):
                e.append((p + ('copyrightText',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'downloadLocation' in x:
            y = x['downloadLocation']
            if not (isinstance(y, str)):
                e.append((p + ('downloadLocation',), f"{y!r} is not of type 'string'"))
        if 'externalRefs' in x:
            _v41(x['externalRefs'], p + ('externalRefs',), e)
        if 'filesAnalyzed' in x:
            y = x['filesAnalyzed']
            if not (isinstance(y, bool)):
                e.append((p + ('filesAnalyzed',), f"{y!r} is not of type 'boolean'"))
        if 'hasFiles' in x:
            _v42(x['hasFiles'], p + ('hasFiles',), e)
        if 'homepage' in x:
            y = x['homepage']
            if not (isinstance(y, str)):
                e.append((p + ('homepage',), f"{y!r} is not of type 'string'"))
        if 'licenseComments' in x:
            y = x['licenseComments']
            if not (isinstance(y, str)):
                e.append((p + ('licenseComments',), f"{y!r} is not of type 'string'"))
        if 'licenseConcluded' in x:
            y = x['licenseConcluded']
            if not (isinstance(y, str)):
                e.append((p + ('licenseConcluded',), f"{y!r} is not of type 'string'"))
        if 'licenseDeclared' in x:
            y = x['licenseDeclared']
            if not (isinstance(y, str)):
                e.append((p + ('licenseDeclared',), f"{y!r} is not of type 'string'"))
        if 'licenseInfoFromFiles' in x:
            _v43(x['licenseInfoFromFiles'], p + ('licenseInfoFromFiles',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'originator' in x:
            y = x['originator']
            if not (isinstance(y, str)):
                e.append((p + ('originator',), f"{y!r} is not of type 'string'"))
        if 'packageFileName' in x:
            y = x['packageFileName']
            if not (isinstance(y, str)):
                e.append((p + ('packageFileName',), f"{y!r} is not of type 'string'"))
        if 'packageVerificationCode' in x:
            _v44(x['packageVerificationCode'], p + ('packageVerificationCode',), e)
        if 'primaryPackagePurpose' in x:
            _v45(x['primaryPackagePurpose'], p + ('primaryPackagePurpose',), e)
        if 'releaseDate' in x:
            y = x['releaseDate']
            if not (isinstance(y, str)):
                e.append((p + ('releaseDate',), f"{y!r} is not of type 'string'"))
        if 'sourceInfo' in x:
            y = x['sourceInfo']
            if not (isinstance(y, str)):
                e.append((p + ('sourceInfo',), f"{y!r} is not of type 'string'"))
        if 'summary' in x:
            y = x['summary']
            if not (isinstance(y, str)):
                e.append((p + ('summary',), f"{y!r} is not of type 'string'"))
        if 'supplier' in x:
            y = x['supplier']
            if not (isinstance(y, str)):
                e.append((p + ('supplier',), f"{y!r} is not of type 'string'"))
        if 'validUntilDate' in x:
            y = x['validUntilDate']
            if not (isinstance(y, str)):
                e.append((p + ('validUntilDate',), f"{y!r} is not of type 'string'"))
        if 'versionInfo' in x:
            y = x['versionInfo']
            if not (isinstance(y, str)):
                e.append((p + ('versionInfo',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'SPDXID' not in x:
            e.append((p, "'SPDXID' is a required property"))
        if 'downloadLocation' not in x:
            e.append((p, "'downloadLocation' is a required property"))
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k15]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v45(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k16):
        e.append((p, f"{x!r} is not one of ['OTHER', 'INSTALL', 'ARCHIVE', 'FIRMWARE', 'APPLICATION', 'FRAMEWORK', 'LIBRARY', 'CONTAINER', 'SOURCE', 'DEVICE', 'OPERATING_SYSTEM', 'FILE']"))
def _v44(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'packageVerificationCodeExcludedFiles' in x:
            _v46(x['packageVerificationCodeExcludedFiles'], p + ('packageVerificationCodeExcludedFiles',), e)
        if 'packageVerificationCodeValue' in x:
            y = x['packageVerificationCodeValue']
            if not (isinstance(y, str)):
                e.append((p + ('packageVerificationCodeValue',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'packageVerificationCodeValue' not in x:
            e.append((p, "'packageVerificationCodeValue' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k17]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v46(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v43(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v42(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v41(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v47(y, p + (i,), e)
def _v47(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
        if 'referenceCategory' in x:
            _v48(x['referenceCategory'], p + ('referenceCategory',), e)
        if 'referenceLocator' in x:
            y = x['referenceLocator']
            if not (isinstance(y, str)):
                e.append((p + ('referenceLocator',), f"{y!r} is not of type 'string'"))
        if 'referenceType' in x:
            y = x['referenceType']
            if not (isinstance(y, str)):
                e.append((p + ('referenceType',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'referenceCategory' not in x:
            e.append((p, "'referenceCategory' is a required property"))
        if 'referenceLocator' not in x:
            e.append((p, "'referenceLocator' is a required property"))
        if 'referenceType' not in x:
            e.append((p, "'referenceType' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k18]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v48(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k19):
        e.append((p, f"{x!r} is not one of ['OTHER', 'PERSISTENT-ID', 'SECURITY', 'PACKAGE-MANAGER']"))
def _v40(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v49(y, p + (i,), e)
def _v49(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'algorithm' in x:
            _v50(x['algorithm'], p + ('algorithm',), e)
        if 'checksumValue' in x:
            y = x['checksumValue']
            if not (isinstance(y, str)):
                e.append((p + ('checksumValue',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'algorithm' not in x:
            e.append((p, "'algorithm' is a required property"))
        if 'checksumValue' not in x:
            e.append((p, "'checksumValue' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k20]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v50(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k21):
        e.append((p, f"{x!r} is not one of ['SHA1', 'BLAKE3', 'SHA3-384', 'SHA256', 'SHA384', 'BLAKE2b-512', 'BLAKE2b-256', 'SHA3-512', 'MD2', 'ADLER32', 'MD4', 'SHA3-256', 'BLAKE2b-384', 'SHA512', 'MD6', 'MD5', 'SHA224']"))
def _v39(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v38(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v51(y, p + (i,), e)
def _v51(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'annotationDate' in x:
            y = x['annotationDate']
            if not (isinstance(y, str)):
                e.append((p + ('annotationDate',), f"{y!r} is not of type 'string'"))
        if 'annotationType' in x:
            _v52(x['annotationType'], p + ('annotationType',), e)
        if 'annotator' in x:
            y = x['annotator']
            if not (isinstance(y, str)):
                e.append((p + ('annotator',), f"{y!r} is not of type 'string'"))
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'annotationDate' not in x:
            e.append((p, "'annotationDate' is a required property"))
        if 'annotationType' not in x:
            e.append((p, "'annotationType' is a required property"))
        if 'annotator' not in x:
            e.append((p, "'annotator' is a required property"))
        if 'comment' not in x:
            e.append((p, "'comment' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k22]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v52(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k23):
        e.append((p, f"{x!r} is not one of ['OTHER', 'REVIEW']"))
def _v6(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v5(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v53(y, p + (i,), e)
def _v53(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
        if 'reviewDate' in x:
            y = x['reviewDate']
            if not (isinstance(y, str)):
                e.append((p + ('reviewDate',), f"{y!r} is not of type 'string'"))
        if 'reviewer' in x:
            y = x['reviewer']
            if not (isinstance(y, str)):
                e.append((p + ('reviewer',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'reviewDate' not in x:
            e.append((p, "'reviewDate' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k24]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v4(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v54(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
        if 'crossRefs' in x:
            _v55(x['crossRefs'], p + ('crossRefs',), e)
        if 'extractedText' in x:
            y = x['extractedText']
            if not (isinstance(y, str)):
                e.append((p + ('extractedText',), f"{y!r} is not of type 'string'"))
        if 'licenseId' in x:
            y = x['licenseId']
            if not (isinstance(y, str)):
                e.append((p + ('licenseId',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'seeAlsos' in x:
            _v56(x['seeAlsos'], p + ('seeAlsos',), e)
    if isinstance(x, dict):
        if 'extractedText' not in x:
            e.append((p, "'extractedText' is a required property"))
        if 'licenseId' not in x:
            e.append((p, "'licenseId' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k25]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v56(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v55(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v57(y, p + (i,), e)
def _v57(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'isLive' in x:
            y = x['isLive']
            if not (isinstance(y, bool)):
                e.append((p + ('isLive',), f"{y!r} is not of type 'boolean'"))
        if 'isValid' in x:
            y = x['isValid']
            if not (isinstance(y, bool)):
                e.append((p + ('isValid',), f"{y!r} is not of type 'boolean'"))
        if 'isWayBackLink' in x:
            y = x['isWayBackLink']
            if not (isinstance(y, bool)):
                e.append((p + ('isWayBackLink',), f"{y!r} is not of type 'boolean'"))
        if 'match' in x:
            y = x['match']
            if not (isinstance(y, str)):
                e.append((p + ('match',), f"{y!r} is not of type 'string'"))
        if 'order' in x:
            y = x['order']
            if not (((isinstance(y, int) and not isinstance(y, bool)) or (isinstance(y, float) and y.is_integer()))):
                e.append((p + ('order',), f"{y!r} is not of type 'integer'"))
        if 'timestamp' in x:
            y = x['timestamp']
            if not (isinstance(y, str)):
                e.append((p + ('timestamp',), f"{y!r} is not of type 'string'"))
        if 'url' in x:
            y = x['url']
            if not (isinstance(y, str)):
                e.append((p + ('url',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'url' not in x:
            e.append((p, "'url' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k26]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v3(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v58(y, p + (i,), e)
def _v58(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'checksum' in x:
            _v59(x['checksum'], p + ('checksum',), e)
        if 'externalDocumentId' in x:
            y = x['externalDocumentId']
            if not (isinstance(y, str)):
                e.append((p + ('externalDocumentId',), f"{y!r} is not of type 'string'"))
        if 'spdxDocument' in x:
            y = x['spdxDocument']
            if not (isinstance(y, str)):
                e.append((p + ('spdxDocument',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'checksum' not in x:
            e.append((p, "'checksum' is a required property"))
        if 'externalDocumentId' not in x:
            e.append((p, "'externalDocumentId' is a required property"))
        if 'spdxDocument' not in x:
            e.append((p, "'spdxDocument' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k27]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v59(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'algorithm' in x:
            _v60(x['algorithm'], p + ('algorithm',), e)
        if 'checksumValue' in x:
            y = x['checksumValue']
            if not (isinstance(y, str)):
                e.append((p + ('checksumValue',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'algorithm' not in x:
            e.append((p, "'algorithm' is a required property"))
        if 'checksumValue' not in x:
            e.append((p, "'checksumValue' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k28]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v60(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k29):
        e.append((p, f"{x!r} is not one of ['SHA1', 'BLAKE3', 'SHA3-384', 'SHA256', 'SHA384', 'BLAKE2b-512', 'BLAKE2b-256', 'SHA3-512', 'MD2', 'ADLER32', 'MD4', 'SHA3-256', 'BLAKE2b-384', 'SHA512', 'MD6', 'MD5', 'SHA224']"))
def _v2(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
        if 'created' in x:
            y = x['created']
            if not (isinstance(y, str)):
                e.append((p + ('created',), f"{y!r} is not of type 'string'"))
        if 'creators' in x:
            _v61(x['creators'], p + ('creators',), e)
        if 'licenseListVersion' in x:
            y = x['licenseListVersion']
            if not (isinstance(y, str)):
                e.append((p + ('licenseListVersion',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'created' not in x:
            e.append((p, "'created' is a required property"))
        if 'creators' not in x:
            e.append((p, "'creators' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k30]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v61(x, p, e):
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v1(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v62(y, p + (i,), e)
def _v62(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'annotationDate' in x:
            y = x['annotationDate']
            if not (isinstance(y, str)):
                e.append((p + ('annotationDate',), f"{y!r} is not of type 'string'"))
        if 'annotationType' in x:
            _v63(x['annotationType'], p + ('annotationType',), e)
        if 'annotator' in x:
            y = x['annotator']
            if not (isinstance(y, str)):
                e.append((p + ('annotator',), f"{y!r} is not of type 'string'"))
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        if 'annotationDate' not in x:
            e.append((p, "'annotationDate' is a required property"))
        if 'annotationType' not in x:
            e.append((p, "'annotationType' is a required property"))
        if 'annotator' not in x:
            e.append((p, "'annotator' is a required property"))
        if 'comment' not in x:
            e.append((p, "'comment' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k31]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v63(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k32):
        e.append((p, f"{x!r} is not one of ['OTHER', 'REVIEW']"))

validate = _v0
