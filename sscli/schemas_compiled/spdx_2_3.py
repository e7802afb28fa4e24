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
            _v1(x['SPDXID'], p + ('SPDXID',), e)
        if 'annotations' in x:
            _v2(x['annotations'], p + ('annotations',), e)
        if 'comment' in x:
            _v3(x['comment'], p + ('comment',), e)
        if 'creationInfo' in x:
            _v4(x['creationInfo'], p + ('creationInfo',), e)
        if 'dataLicense' in x:
            _v5(x['dataLicense'], p + ('dataLicense',), e)
        if 'externalDocumentRefs' in x:
            _v6(x['externalDocumentRefs'], p + ('externalDocumentRefs',), e)
        if 'hasExtractedLicensingInfos' in x:
            _v7(x['hasExtractedLicensingInfos'], p + ('hasExtractedLicensingInfos',), e)
        if 'name' in x:
            _v8(x['name'], p + ('name',), e)
        if 'revieweds' in x:
            _v9(x['revieweds'], p + ('revieweds',), e)
        if 'spdxVersion' in x:
            _v10(x['spdxVersion'], p + ('spdxVersion',), e)
        if 'documentNamespace' in x:
            _v11(x['documentNamespace'], p + ('documentNamespace',), e)
        if 'documentDescribes' in x:
            _v12(x['documentDescribes'], p + ('documentDescribes',), e)
        if 'packages' in x:
            _v13(x['packages'], p + ('packages',), e)
        if 'files' in x:
            _v14(x['files'], p + ('files',), e)
        if 'snippets' in x:
            _v15(x['snippets'], p + ('snippets',), e)
        if 'relationships' in x:
            _v16(x['relationships'], p + ('relationships',), e)
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
def _v16(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v17(y, p + (i,), e)
def _v17(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'spdxElementId' in x:
            _v18(x['spdxElementId'], p + ('spdxElementId',), e)
        if 'comment' in x:
            _v19(x['comment'], p + ('comment',), e)
        if 'relatedSpdxElement' in x:
            _v20(x['relatedSpdxElement'], p + ('relatedSpdxElement',), e)
        if 'relationshipType' in x:
            _v21(x['relationshipType'], p + ('relationshipType',), e)
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
def _v21(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k2):
        e.append((p, f"{x!r} is not one of ['VARIANT_OF', 'COPY_OF', 'PATCH_FOR', 'TEST_DEPENDENCY_OF', 'CONTAINED_BY', 'DATA_FILE_OF', 'OPTIONAL_COMPONENT_OF', 'ANCESTOR_OF', 'GENERATES', 'CONTAINS', 'OPTIONAL_DEPENDENCY_OF', 'FILE_ADDED', 'REQUIREMENT_DESCRIPTION_FOR', 'DEV_DEPENDENCY_OF', 'DEPENDENCY_OF', 'BUILD_DEPENDENCY_OF', 'DESCRIBES', 'PREREQUISITE_FOR', 'HAS_PREREQUISITE', 'PROVIDED_DEPENDENCY_OF', 'DYNAMIC_LINK', 'DESCRIBED_BY', 'METAFILE_OF', 'DEPENDENCY_MANIFEST_OF', 'PATCH_APPLIED', 'RUNTIME_DEPENDENCY_OF', 'TEST_OF', 'TEST_TOOL_OF', 'DEPENDS_ON', 'SPECIFICATION_FOR', 'FILE_MODIFIED', 'DISTRIBUTION_ARTIFACT', 'AMENDS', 'DOCUMENTATION_OF', 'GENERATED_FROM', 'STATIC_LINK', 'OTHER', 'BUILD_TOOL_OF', 'TEST_CASE_OF', 'PACKAGE_OF', 'DESCENDANT_OF', 'FILE_DELETED', 'EXPANDED_FROM_ARCHIVE', 'DEV_TOOL_OF', 'EXAMPLE_OF']"))
def _v20(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v19(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v18(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v15(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v22(y, p + (i,), e)
def _v22(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'SPDXID' in x:
            _v23(x['SPDXID'], p + ('SPDXID',), e)
        if 'annotations' in x:
            _v24(x['annotations'], p + ('annotations',), e)
        if 'attributionTexts' in x:
            _v25(x['attributionTexts'], p + ('attributionTexts',), e)
        if 'comment' in x:
            _v26(x['comment'], p + ('comment',), e)
        if 'copyrightText' in x:
            _v27(x['copyrightText'], p + ('copyrightText',), e)
        if 'licenseComments' in x:
            _v28(x['licenseComments'], p + ('licenseComments',), e)
        if 'licenseConcluded' in x:
            _v29(x['licenseConcluded'], p + ('licenseConcluded',), e)
        if 'licenseInfoInSnippets' in x:
            _v30(x['licenseInfoInSnippets'], p + ('licenseInfoInSnippets',), e)
        if 'name' in x:
            _v31(x['name'], p + ('name',), e)
        if 'ranges' in x:
            _v32(x['ranges'], p + ('ranges',), e)
        if 'snippetFromFile' in x:
            _v33(x['snippetFromFile'], p + ('snippetFromFile',), e)
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
def _v33(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v32(x, p, e):
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v34(y, p + (i,), e)
def _v34(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'endPointer' in x:
            _v35(x['endPointer'], p + ('endPointer',), e)
        if 'startPointer' in x:
            _v36(x['startPointer'], p + ('startPointer',), e)
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
def _v36(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'reference' in x:
            _v37(x['reference'], p + ('reference',), e)
        if 'offset' in x:
            _v38(x['offset'], p + ('offset',), e)
        if 'lineNumber' in x:
            _v39(x['lineNumber'], p + ('lineNumber',), e)
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
def _v39(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
def _v38(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
def _v37(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v35(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'reference' in x:
            _v40(x['reference'], p + ('reference',), e)
        if 'offset' in x:
            _v41(x['offset'], p + ('offset',), e)
        if 'lineNumber' in x:
            _v42(x['lineNumber'], p + ('lineNumber',), e)
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
def _v42(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
def _v41(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
def _v40(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v31(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v30(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v43(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v29(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v28(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v27(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v26(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v25(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v44(y, p + (i,), e)
def _v44(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v24(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v45(y, p + (i,), e)
def _v45(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'annotationDate' in x:
            _v46(x['annotationDate'], p + ('annotationDate',), e)
        if 'annotationType' in x:
            _v47(x['annotationType'], p + ('annotationType',), e)
        if 'annotator' in x:
            _v48(x['annotator'], p + ('annotator',), e)
        if 'comment' in x:
            _v49(x['comment'], p + ('comment',), e)
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
def _v49(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v48(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v47(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k8):
        e.append((p, f"{x!r} is not one of ['OTHER', 'REVIEW']"))
def _v46(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v23(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v14(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v50(y, p + (i,), e)
def _v50(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'SPDXID' in x:
            _v51(x['SPDXID'], p + ('SPDXID',), e)
        if 'annotations' in x:
            _v52(x['annotations'], p + ('annotations',), e)
        if 'artifactOfs' in x:
            _v53(x['artifactOfs'], p + ('artifactOfs',), e)
        if 'attributionTexts' in x:
            _v54(x['attributionTexts'], p + ('attributionTexts',), e)
        if 'checksums' in x:
            _v55(x['checksums'], p + ('checksums',), e)
        if 'comment' in x:
            _v56(x['comment'], p + ('comment',), e)
        if 'copyrightText' in x:
            _v57(x['copyrightText'], p + ('copyrightText',), e)
        if 'fileContributors' in x:
            _v58(x['fileContributors'], p + ('fileContributors',), e)
        if 'fileDependencies' in x:
            _v59(x['fileDependencies'], p + ('fileDependencies',), e)
        if 'fileName' in x:
            _v60(x['fileName'], p + ('fileName',), e)
        if 'fileTypes' in x:
            _v61(x['fileTypes'], p + ('fileTypes',), e)
        if 'licenseComments' in x:
            _v62(x['licenseComments'], p + ('licenseComments',), e)
        if 'licenseConcluded' in x:
            _v63(x['licenseConcluded'], p + ('licenseConcluded',), e)
        if 'licenseInfoInFiles' in x:
            _v64(x['licenseInfoInFiles'], p + ('licenseInfoInFiles',), e)
        if 'noticeText' in x:
            _v65(x['noticeText'], p + ('noticeText',), e)
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
def _v65(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v64(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v66(y, p + (i,), e)
def _v66(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v63(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v62(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v61(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v67(y, p + (i,), e)
def _v67(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k10):
        e.append((p, f"{x!r} is not one of ['OTHER', 'DOCUMENTATION', 'IMAGE', 'VIDEO', 'ARCHIVE', 'SPDX', 'APPLICATION', 'SOURCE', 'BINARY', 'TEXT', 'AUDIO']"))
def _v60(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v59(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v68(y, p + (i,), e)
def _v68(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v58(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v69(y, p + (i,), e)
def _v69(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v57(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v56(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v55(x, p, e):
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v70(y, p + (i,), e)
def _v70(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'algorithm' in x:
            _v71(x['algorithm'], p + ('algorithm',), e)
        if 'checksumValue' in x:
            _v72(x['checksumValue'], p + ('checksumValue',), e)
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
def _v72(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v71(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k12):
        e.append((p, f"{x!r} is not one of ['SHA1', 'BLAKE3', 'SHA3-384', 'SHA256', 'SHA384', 'BLAKE2b-512', 'BLAKE2b-256', 'SHA3-512', 'MD2', 'ADLER32', 'MD4', 'SHA3-256', 'BLAKE2b-384', 'SHA512', 'MD6', 'MD5', 'SHA224']"))
def _v54(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v73(y, p + (i,), e)
def _v73(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v53(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v74(y, p + (i,), e)
def _v74(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
def _v52(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v75(y, p + (i,), e)
def _v75(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'annotationDate' in x:
            _v76(x['annotationDate'], p + ('annotationDate',), e)
        if 'annotationType' in x:
            _v77(x['annotationType'], p + ('annotationType',), e)
        if 'annotator' in x:
            _v78(x['annotator'], p + ('annotator',), e)
        if 'comment' in x:
            _v79(x['comment'], p + ('comment',), e)
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
def _v79(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v78(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v77(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k14):
        e.append((p, f"{x!r} is not one of ['OTHER', 'REVIEW']"))
def _v76(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v51(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v13(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v80(y, p + (i,), e)
def _v80(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'SPDXID' in x:
            _v81(x['SPDXID'], p + ('SPDXID',), e)
        if 'annotations' in x:
            _v82(x['annotations'], p + ('annotations',), e)
        if 'attributionTexts' in x:
            _v83(x['attributionTexts'], p + ('attributionTexts',), e)
        if 'builtDate' in x:
            _v84(x['builtDate'], p + ('builtDate',), e)
        if 'checksums' in x:
            _v85(x['checksums'], p + ('checksums',), e)
        if 'comment' in x:
            _v86(x['comment'], p + ('comment',), e)
        if 'copyrightText' in x:
            _v87(x['copyrightText'], p + ('copyrightText',), e)
        if 'description' in x:
            _v88(x['description'], p + ('description',), e)
        if 'downloadLocation' in x:
            _v89(x['downloadLocation'], p + ('downloadLocation',), e)
        if 'externalRefs' in x:
            _v90(x['externalRefs'], p + ('externalRefs',), e)
        if 'filesAnalyzed' in x:
            _v91(x['filesAnalyzed'], p + ('filesAnalyzed',), e)
        if 'hasFiles' in x:
            _v92(x['hasFiles'], p + ('hasFiles',), e)
        if 'homepage' in x:
            _v93(x['homepage'], p + ('homepage',), e)
        if 'licenseComments' in x:
            _v94(x['licenseComments'], p + ('licenseComments',), e)
        if 'licenseConcluded' in x:
            _v95(x['licenseConcluded'], p + ('licenseConcluded',), e)
        if 'licenseDeclared' in x:
            _v96(x['licenseDeclared'], p + ('licenseDeclared',), e)
        if 'licenseInfoFromFiles' in x:
            _v97(x['licenseInfoFromFiles'], p + ('licenseInfoFromFiles',), e)
        if 'name' in x:
            _v98(x['name'], p + ('name',), e)
        if 'originator' in x:
            _v99(x['originator'], p + ('originator',), e)
        if 'packageFileName' in x:
            _v100(x['packageFileName'], p + ('packageFileName',), e)
        if 'packageVerificationCode' in x:
            _v101(x['packageVerificationCode'], p + ('packageVerificationCode',), e)
        if 'primaryPackagePurpose' in x:
            _v102(x['primaryPackagePurpose'], p + ('primaryPackagePurpose',), e)
        if 'releaseDate' in x:
            _v103(x['releaseDate'], p + ('releaseDate',), e)
        if 'sourceInfo' in x:
            _v104(x['sourceInfo'], p + ('sourceInfo',), e)
        if 'summary' in x:
            _v105(x['summary'], p + ('summary',), e)
        if 'supplier' in x:
            _v106(x['supplier'], p + ('supplier',), e)
        if 'validUntilDate' in x:
            _v107(x['validUntilDate'], p + ('validUntilDate',), e)
        if 'versionInfo' in x:
            _v108(x['versionInfo'], p + ('versionInfo',), e)
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
def _v108(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v107(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v106(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v105(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v104(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v103(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v102(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k16):
        e.append((p, f"{x!r} is not one of ['OTHER', 'INSTALL', 'ARCHIVE', 'FIRMWARE', 'APPLICATION', 'FRAMEWORK', 'LIBRARY', 'CONTAINER', 'SOURCE', 'DEVICE', 'OPERATING_SYSTEM', 'FILE']"))
def _v101(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'packageVerificationCodeExcludedFiles' in x:
            _v109(x['packageVerificationCodeExcludedFiles'], p + ('packageVerificationCodeExcludedFiles',), e)
        if 'packageVerificationCodeValue' in x:
            _v110(x['packageVerificationCodeValue'], p + ('packageVerificationCodeValue',), e)
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
def _v110(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v109(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v111(y, p + (i,), e)
def _v111(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v100(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v99(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v98(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v97(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v112(y, p + (i,), e)
def _v112(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v96(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v95(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v94(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v93(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v92(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v113(y, p + (i,), e)
def _v113(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v91(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v90(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v114(y, p + (i,), e)
def _v114(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'comment' in x:
            _v115(x['comment'], p + ('comment',), e)
        if 'referenceCategory' in x:
            _v116(x['referenceCategory'], p + ('referenceCategory',), e)
        if 'referenceLocator' in x:
            _v117(x['referenceLocator'], p + ('referenceLocator',), e)
        if 'referenceType' in x:
            _v118(x['referenceType'], p + ('referenceType',), e)
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
def _v118(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v117(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v116(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k19):
        e.append((p, f"{x!r} is not one of ['OTHER', 'PERSISTENT-ID', 'SECURITY', 'PACKAGE-MANAGER']"))
def _v115(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v89(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v88(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v87(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v86(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v85(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v119(y, p + (i,), e)
def _v119(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'algorithm' in x:
            _v120(x['algorithm'], p + ('algorithm',), e)
        if 'checksumValue' in x:
            _v121(x['checksumValue'], p + ('checksumValue',), e)
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
def _v121(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v120(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k21):
        e.append((p, f"{x!r} is not one of ['SHA1', 'BLAKE3', 'SHA3-384', 'SHA256', 'SHA384', 'BLAKE2b-512', 'BLAKE2b-256', 'SHA3-512', 'MD2', 'ADLER32', 'MD4', 'SHA3-256', 'BLAKE2b-384', 'SHA512', 'MD6', 'MD5', 'SHA224']"))
def _v84(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v83(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v122(y, p + (i,), e)
def _v122(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v82(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v123(y, p + (i,), e)
def _v123(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'annotationDate' in x:
            _v124(x['annotationDate'], p + ('annotationDate',), e)
        if 'annotationType' in x:
            _v125(x['annotationType'], p + ('annotationType',), e)
        if 'annotator' in x:
            _v126(x['annotator'], p + ('annotator',), e)
        if 'comment' in x:
            _v127(x['comment'], p + ('comment',), e)
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
def _v127(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v126(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v125(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k23):
        e.append((p, f"{x!r} is not one of ['OTHER', 'REVIEW']"))
def _v124(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v81(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v12(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v128(y, p + (i,), e)
def _v128(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v11(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v10(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v9(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v129(y, p + (i,), e)
def _v129(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'comment' in x:
            _v130(x['comment'], p + ('comment',), e)
        if 'reviewDate' in x:
            _v131(x['reviewDate'], p + ('reviewDate',), e)
        if 'reviewer' in x:
            _v132(x['reviewer'], p + ('reviewer',), e)
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
def _v132(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v131(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v130(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v8(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v7(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v133(y, p + (i,), e)
def _v133(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'comment' in x:
            _v134(x['comment'], p + ('comment',), e)
        if 'crossRefs' in x:
            _v135(x['crossRefs'], p + ('crossRefs',), e)
        if 'extractedText' in x:
            _v136(x['extractedText'], p + ('extractedText',), e)
        if 'licenseId' in x:
            _v137(x['licenseId'], p + ('licenseId',), e)
        if 'name' in x:
            _v138(x['name'], p + ('name',), e)
        if 'seeAlsos' in x:
            _v139(x['seeAlsos'], p + ('seeAlsos',), e)
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
def _v139(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v140(y, p + (i,), e)
def _v140(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v138(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v137(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v136(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v135(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v141(y, p + (i,), e)
def _v141(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'isLive' in x:
            _v142(x['isLive'], p + ('isLive',), e)
        if 'isValid' in x:
            _v143(x['isValid'], p + ('isValid',), e)
        if 'isWayBackLink' in x:
            _v144(x['isWayBackLink'], p + ('isWayBackLink',), e)
        if 'match' in x:
            _v145(x['match'], p + ('match',), e)
        if 'order' in x:
            _v146(x['order'], p + ('order',), e)
        if 'timestamp' in x:
            _v147(x['timestamp'], p + ('timestamp',), e)
        if 'url' in x:
            _v148(x['url'], p + ('url',), e)
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
def _v148(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v147(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v146(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
def _v145(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v144(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v143(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v142(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v134(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v6(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v149(y, p + (i,), e)
def _v149(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'checksum' in x:
            _v150(x['checksum'], p + ('checksum',), e)
        if 'externalDocumentId' in x:
            _v151(x['externalDocumentId'], p + ('externalDocumentId',), e)
        if 'spdxDocument' in x:
            _v152(x['spdxDocument'], p + ('spdxDocument',), e)
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
def _v152(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v151(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v150(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'algorithm' in x:
            _v153(x['algorithm'], p + ('algorithm',), e)
        if 'checksumValue' in x:
            _v154(x['checksumValue'], p + ('checksumValue',), e)
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
def _v154(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v153(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k29):
        e.append((p, f"{x!r} is not one of ['SHA1', 'BLAKE3', 'SHA3-384', 'SHA256', 'SHA384', 'BLAKE2b-512', 'BLAKE2b-256', 'SHA3-512', 'MD2', 'ADLER32', 'MD4', 'SHA3-256', 'BLAKE2b-384', 'SHA512', 'MD6', 'MD5', 'SHA224']"))
def _v5(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v4(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'comment' in x:
            _v155(x['comment'], p + ('comment',), e)
        if 'created' in x:
            _v156(x['created'], p + ('created',), e)
        if 'creators' in x:
            _v157(x['creators'], p + ('creators',), e)
        if 'licenseListVersion' in x:
            _v158(x['licenseListVersion'], p + ('licenseListVersion',), e)
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
def _v158(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v157(x, p, e):
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v159(y, p + (i,), e)
def _v159(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v156(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v155(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v3(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v2(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v160(y, p + (i,), e)
def _v160(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'annotationDate' in x:
            _v161(x['annotationDate'], p + ('annotationDate',), e)
        if 'annotationType' in x:
            _v162(x['annotationType'], p + ('annotationType',), e)
        if 'annotator' in x:
            _v163(x['annotator'], p + ('annotator',), e)
        if 'comment' in x:
            _v164(x['comment'], p + ('comment',), e)
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
def _v164(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v163(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v162(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k32):
        e.append((p, f"{x!r} is not one of ['OTHER', 'REVIEW']"))
def _v161(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v1(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))

validate = _v0
