"""CycloneDX 1.5: bom-1.5.SNAPSHOT.schema.json, spdx.SNAPSHOT.schema.json, jsf-0.82.SNAPSHOT.schema.json of cyclonedx-python-lib compiled by sscli.schema_compiler: generated, do not edit
(regenerate: python -m sscli.schemas_compiled)."""
# mypy: ignore-errors
SCHEMA_DIGEST = "821d72c05b66b3f4bd3295d0f68c9c54c332f65605159db5051c2a207be1c99e"

import re

from sscli.schema_compiler import _enum, _equal, _unique
from sscli.schemas import FORMAT_CHECKS

_k0 = frozenset(('$schema', 'annotations', 'bomFormat', 'components', 'compositions', 'dependencies', 'externalReferences', 'formulation', 'metadata', 'properties', 'serialNumber', 'services', 'signature', 'specVersion', 'version', 'vulnerabilities',))
_k1 = ({'additionalProperties': False, 'properties': {'signers': {'type': 'array', 'title': 'Signature', 'description': 'Unique top level property for Multiple Signatures. (multisignature)', 'items': {'$ref': '#/definitions/signer'}}}}, {'additionalProperties': False, 'properties': {'chain': {'type': 'array', 'title': 'Signature', 'description': 'Unique top level property for Signature Chains. (signaturechain)', 'items': {'$ref': '#/definitions/signer'}}}}, {'title': 'Signature', 'description': 'Unique top level property for simple signatures. (signaturecore)', '$ref': '#/definitions/signer'})
_k2 = frozenset(('algorithm', 'certificatePath', 'excludes', 'keyId', 'publicKey', 'value',))
_k3 = frozenset(('kty',))
_k4 = frozenset(('e', 'kty', 'n',))
_k5 = frozenset(('crv', 'kty', 'x',))
_k6 = frozenset(('Ed25519', 'Ed448',))
_k7 = frozenset(('crv', 'kty', 'x', 'y',))
_k8 = frozenset(('P-256', 'P-384', 'P-521',))
_k9 = frozenset(('EC', 'OKP', 'RSA',))
_k10 = ({'type': 'string', 'title': 'Algorithm', 'description': 'Signature algorithm. The currently recognized JWA [RFC7518] and RFC8037 [RFC8037] asymmetric key algorithms. Note: Unlike RFC8037 [RFC8037] JSF requires explicit Ed* algorithm names instead of "EdDSA".', 'enum': ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'Ed25519', 'Ed448', 'HS256', 'HS384', 'HS512']}, {'type': 'string', 'title': 'Algorithm', 'description': 'Signature algorithm. Note: If proprietary signature algorithms are added, they must be expressed as URIs.', 'format': 'uri'})
_k11 = FORMAT_CHECKS['uri']
_k12 = frozenset(('ES256', 'ES384', 'ES512', 'Ed25519', 'Ed448', 'HS256', 'HS384', 'HS512', 'PS256', 'PS384', 'PS512', 'RS256', 'RS384', 'RS512',))
_k13 = frozenset(('chain',))
_k14 = frozenset(('signers',))
_k15 = frozenset(('bom-ref', 'components', 'properties', 'services', 'workflows',))
_k16 = frozenset(('bom-ref', 'description', 'inputs', 'name', 'outputs', 'properties', 'resourceReferences', 'runtimeTopology', 'steps', 'taskDependencies', 'taskTypes', 'tasks', 'timeEnd', 'timeStart', 'trigger', 'uid', 'workspaces',))
_k17 = frozenset(('dependsOn', 'ref',))
_k18 = frozenset(('accessMode', 'aliases', 'bom-ref', 'description', 'managedDataType', 'mountPath', 'name', 'properties', 'resourceReferences', 'uid', 'volume', 'volumeRequest',))
_k19 = frozenset(('mode', 'name', 'path', 'persistent', 'properties', 'remote', 'sizeAllocated', 'uid',))
_k20 = frozenset(('block', 'filesystem',))
_k21 = frozenset(('read-only', 'read-write', 'read-write-once', 'write-once', 'write-only',))
_k22 = frozenset(('externalReference', 'ref',))
_k23 = ({'required': ['ref']}, {'required': ['externalReference']})
_k24 = frozenset(('comment', 'hashes', 'type', 'url',))
_k25 = frozenset(('alg', 'content',))
_k26 = re.compile('^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})\\Z')
_k27 = frozenset(('BLAKE2b-256', 'BLAKE2b-384', 'BLAKE2b-512', 'BLAKE3', 'MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-256', 'SHA3-384', 'SHA3-512',))
_k28 = frozenset(('adversary-model', 'advisories', 'attestation', 'bom', 'build-meta', 'build-system', 'certification-report', 'chat', 'codified-infrastructure', 'component-analysis-report', 'configuration', 'distribution', 'distribution-intake', 'documentation', 'dynamic-analysis-report', 'evidence', 'exploitability-statement', 'formulation', 'issue-tracker', 'license', 'log', 'mailing-list', 'maturity-report', 'model-card', 'other', 'pentest-report', 'poam', 'quality-metrics', 'release-notes', 'risk-assessment', 'runtime-analysis-report', 'security-contact', 'social', 'static-analysis-report', 'support', 'threat-model', 'vcs', 'vulnerability-assertion', 'website',))
_k29 = FORMAT_CHECKS['iri-reference']
_k30 = re.compile('^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+\\Z')
_k31 = FORMAT_CHECKS['iri-reference']
_k32 = re.compile('^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*\\Z')
_k33 = FORMAT_CHECKS['iri-reference']
_k34 = FORMAT_CHECKS['date-time']
_k35 = FORMAT_CHECKS['date-time']
_k36 = ({'required': ['resource']}, {'required': ['environmentVars']}, {'required': ['data']})
_k37 = frozenset(('data', 'environmentVars', 'properties', 'resource', 'source', 'target', 'type',))
_k38 = ({'$ref': '#/definitions/property'}, {'type': 'string'})
_k39 = frozenset(('content', 'contentType', 'encoding',))
_k40 = frozenset(('base64',))
_k41 = frozenset(('artifact', 'attestation', 'evidence', 'log', 'metrics', 'other',))
_k42 = ({'required': ['resource']}, {'required': ['parameters']}, {'required': ['environmentVars']}, {'required': ['data']})
_k43 = frozenset(('data', 'environmentVars', 'parameters', 'properties', 'resource', 'source', 'target',))
_k44 = ({'$ref': '#/definitions/property'}, {'type': 'string'})
_k45 = frozenset(('dataType', 'name', 'value',))
_k46 = frozenset(('commands', 'description', 'name', 'properties',))
_k47 = frozenset(('executed', 'properties',))
_k48 = frozenset(('bom-ref', 'conditions', 'description', 'event', 'inputs', 'name', 'outputs', 'properties', 'resourceReferences', 'timeActivated', 'type', 'uid',))
_k49 = FORMAT_CHECKS['date-time']
_k50 = frozenset(('description', 'expression', 'properties',))
_k51 = frozenset(('data', 'description', 'properties', 'source', 'target', 'timeReceived', 'uid',))
_k52 = FORMAT_CHECKS['date-time']
_k53 = frozenset(('api', 'manual', 'scheduled', 'webhook',))
_k54 = frozenset(('build', 'clean', 'clone', 'copy', 'deliver', 'deploy', 'lint', 'merge', 'other', 'release', 'scan', 'test',))
_k55 = frozenset(('bom-ref', 'description', 'inputs', 'name', 'outputs', 'properties', 'resourceReferences', 'runtimeTopology', 'steps', 'taskTypes', 'timeEnd', 'timeStart', 'trigger', 'uid', 'workspaces',))
_k56 = FORMAT_CHECKS['date-time']
_k57 = FORMAT_CHECKS['date-time']
_k58 = frozenset(('authenticated', 'bom-ref', 'data', 'description', 'endpoints', 'externalReferences', 'group', 'licenses', 'name', 'properties', 'provider', 'releaseNotes', 'services', 'signature', 'trustZone', 'version', 'x-trust-boundary',))
_k59 = frozenset(('aliases', 'description', 'featuredImage', 'notes', 'properties', 'resolves', 'socialImage', 'tags', 'timestamp', 'title', 'type',))
_k60 = frozenset(('locale', 'text',))
_k61 = re.compile('^([a-z]{2})(-[A-Z]{2})?\\Z')
_k62 = frozenset(('description', 'id', 'name', 'references', 'source', 'type',))
_k63 = FORMAT_CHECKS['iri-reference']
_k64 = frozenset(('name', 'url',))
_k65 = FORMAT_CHECKS['iri-reference']
_k66 = frozenset(('defect', 'enhancement', 'security',))
_k67 = FORMAT_CHECKS['date-time']
_k68 = FORMAT_CHECKS['iri-reference']
_k69 = FORMAT_CHECKS['iri-reference']
_k70 = ({'title': 'Multiple licenses', 'description': 'A list of SPDX licenses and/or named licenses.', 'type': 'array', 'items': {'type': 'object', 'required': ['license'], 'additionalProperties': False, 'properties': {'license': {'$ref': '#/definitions/license'}}}}, {'title': 'SPDX License Expression', 'description': 'A tuple of exactly one SPDX License Expression.', 'type': 'array', 'additionalItems': False, 'minItems': 1, 'maxItems': 1, 'items': [{'type': 'object', 'additionalProperties': False, 'required': ['expression'], 'properties': {'expression': {'type': 'string', 'title': 'SPDX License Expression', 'examples': ['Apache-2.0 AND (MIT OR GPL-2.0-only)', 'GPL-3.0-only WITH Classpath-exception-2.0']}, 'bom-ref': {'$ref': '#/definitions/refType', 'title': 'BOM Reference', 'description': 'An optional identifier which can be used to reference the license elsewhere in the BOM. Every bom-ref MUST be unique within the BOM.'}}}]})
_k71 = frozenset(('bom-ref', 'expression',))
_k72 = frozenset(('license',))
_k73 = ({'required': ['id']}, {'required': ['name']})
_k74 = frozenset(('bom-ref', 'id', 'licensing', 'name', 'properties', 'text', 'url',))
_k75 = frozenset(('altIds', 'expiration', 'lastRenewal', 'licenseTypes', 'licensee', 'licensor', 'purchaseOrder', 'purchaser',))
_k76 = FORMAT_CHECKS['date-time']
_k77 = FORMAT_CHECKS['date-time']
_k78 = frozenset(('academic', 'appliance', 'client-access', 'concurrent-user', 'core-points', 'custom-metric', 'device', 'evaluation', 'named-user', 'node-locked', 'oem', 'other', 'perpetual', 'processor-points', 'subscription', 'user',))
_k79 = frozenset(('individual', 'organization',))
_k80 = ({'required': ['organization']}, {'required': ['individual']})
_k81 = frozenset(('bom-ref', 'email', 'name', 'phone',))
_k82 = FORMAT_CHECKS['idn-email']
_k83 = frozenset(('individual', 'organization',))
_k84 = ({'required': ['organization']}, {'required': ['individual']})
_k85 = frozenset(('individual', 'organization',))
_k86 = ({'required': ['organization']}, {'required': ['individual']})
_k87 = FORMAT_CHECKS['iri-reference']
_k88 = frozenset(('0BSD', '389-exception', '3D-Slicer-1.0', 'AAL', 'ADSL', 'AFL-1.1', 'AFL-1.2', 'AFL-2.0', 'AFL-2.1', 'AFL-3.0', 'AGPL-1.0', 'AGPL-1.0-only', 'AGPL-1.0-or-later', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'ALGLIB-Documentation', 'AMD-newlib', 'AMDPLPA', 'AML', 'AML-glslang', 'AMPAS', 'ANTLR-PD', 'ANTLR-PD-fallback', 'APAFML', 'APL-1.0', 'APSL-1.0', 'APSL-1.1', 'APSL-1.2', 'APSL-2.0', 'ASWF-Digital-Assets-1.0', 'ASWF-Digital-Assets-1.1', 'Abstyles', 'AdaCore-doc', 'Adobe-2006', 'Adobe-Display-PostScript', 'Adobe-Glyph', 'Adobe-Utopia', 'Advanced-Cryptics-Dictionary', 'Afmparse', 'Aladdin', 'Apache-1.0', 'Apache-1.1', 'Apache-2.0', 'App-s2p', 'Arphic-1999', 'Artistic-1.0', 'Artistic-1.0-Perl', 'Artistic-1.0-cl8', 'Artistic-2.0', 'Artistic-dist', 'Aspell-RU', 'Asterisk-exception', 'Asterisk-linking-protocols-exception', 'Autoconf-exception-2.0', 'Autoconf-exception-3.0', 'Autoconf-exception-generic', 'Autoconf-exception-generic-3.0', 'Autoconf-exception-macro', 'BOLA-1.1', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Darwin', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'BSD-2-Clause-Patent', 'BSD-2-Clause-Views', 'BSD-2-Clause-first-lines', 'BSD-2-Clause-pkgconf-disclaimer', 'BSD-3-Clause', 'BSD-3-Clause-Attribution', 'BSD-3-Clause-Clear', 'BSD-3-Clause-HP', 'BSD-3-Clause-LBNL', 'BSD-3-Clause-Modification', 'BSD-3-Clause-No-Military-License', 'BSD-3-Clause-No-Nuclear-License', 'BSD-3-Clause-No-Nuclear-License-2014', 'BSD-3-Clause-No-Nuclear-Warranty', 'BSD-3-Clause-Open-MPI', 'BSD-3-Clause-Sun', 'BSD-3-Clause-Tso', 'BSD-3-Clause-acpica', 'BSD-3-Clause-flex', 'BSD-4-Clause', 'BSD-4-Clause-Shortened', 'BSD-4-Clause-UC', 'BSD-4.3RENO', 'BSD-4.3TAHOE', 'BSD-Advertising-Acknowledgement', 'BSD-Attribution-HPND-disclaimer', 'BSD-Inferno-Nettverk', 'BSD-Mark-Modifications', 'BSD-Protection', 'BSD-Source-Code', 'BSD-Source-beginning-file', 'BSD-Systemics', 'BSD-Systemics-W3Works', 'BSL-1.0', 'BUSL-1.1', 'Baekmuk', 'Bahyph', 'Barr', 'Beerware', 'Bison-exception-1.24', 'Bison-exception-2.2', 'BitTorrent-1.0', 'BitTorrent-1.1', 'Bitstream-Charter', 'Bitstream-Vera', 'BlueOak-1.0.0', 'Boehm-GC', 'Boehm-GC-without-fee', 'Bootloader-exception', 'Borceux', 'Brian-Gladman-2-Clause', 'Brian-Gladman-3-Clause', 'Buddy', 'C-UDA-1.0', 'CAL-1.0', 'CAL-1.0-Combined-Work-Exception', 'CAPEC-tou', 'CATOSL-1.1', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-2.5-AU', 'CC-BY-3.0', 'CC-BY-3.0-AT', 'CC-BY-3.0-AU', 'CC-BY-3.0-DE', 'CC-BY-3.0-IGO', 'CC-BY-3.0-NL', 'CC-BY-3.0-US', 'CC-BY-4.0', 'CC-BY-NC-1.0', 'CC-BY-NC-2.0', 'CC-BY-NC-2.5', 'CC-BY-NC-3.0', 'CC-BY-NC-3.0-DE', 'CC-BY-NC-4.0', 'CC-BY-NC-ND-1.0', 'CC-BY-NC-ND-2.0', 'CC-BY-NC-ND-2.5', 'CC-BY-NC-ND-3.0', 'CC-BY-NC-ND-3.0-DE', 'CC-BY-NC-ND-3.0-IGO', 'CC-BY-NC-ND-4.0', 'CC-BY-NC-SA-1.0', 'CC-BY-NC-SA-2.0', 'CC-BY-NC-SA-2.0-DE', 'CC-BY-NC-SA-2.0-FR', 'CC-BY-NC-SA-2.0-UK', 'CC-BY-NC-SA-2.5', 'CC-BY-NC-SA-3.0', 'CC-BY-NC-SA-3.0-DE', 'CC-BY-NC-SA-3.0-IGO', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-1.0', 'CC-BY-ND-2.0', 'CC-BY-ND-2.5', 'CC-BY-ND-3.0', 'CC-BY-ND-3.0-DE', 'CC-BY-ND-4.0', 'CC-BY-SA-1.0', 'CC-BY-SA-2.0', 'CC-BY-SA-2.0-UK', 'CC-BY-SA-2.1-JP', 'CC-BY-SA-2.5', 'CC-BY-SA-3.0', 'CC-BY-SA-3.0-AT', 'CC-BY-SA-3.0-DE', 'CC-BY-SA-3.0-IGO', 'CC-BY-SA-4.0', 'CC-PDDC', 'CC-PDM-1.0', 'CC-SA-1.0', 'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1', 'CDL-1.0', 'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'CDLA-Sharing-1.0', 'CECILL-1.0', 'CECILL-1.1', 'CECILL-2.0', 'CECILL-2.1', 'CECILL-B', 'CECILL-C', 'CERN-OHL-1.1', 'CERN-OHL-1.2', 'CERN-OHL-P-2.0', 'CERN-OHL-S-2.0', 'CERN-OHL-W-2.0', 'CFITSIO', 'CGAL-linking-exception', 'CLISP-exception-2.0', 'CMU-Mach', 'CMU-Mach-nodoc', 'CNRI-Jython', 'CNRI-Python', 'CNRI-Python-GPL-Compatible', 'COIL-1.0', 'CPAL-1.0', 'CPL-1.0', 'CPOL-1.02', 'CUA-OPL-1.0', 'Caldera', 'Caldera-no-preamble', 'Catharon', 'ClArtistic', 'Classpath-exception-2.0', 'Classpath-exception-2.0-short', 'Clips', 'Community-Spec-1.0', 'Condor-1.1', 'Cornell-Lossless-JPEG', 'Cronyx', 'Crossword', 'CryptoSwift', 'CrystalStacker', 'Cube', 'D-FSL-1.0', 'DEC-3-Clause', 'DL-DE-BY-2.0', 'DL-DE-ZERO-2.0', 'DOC', 'DRL-1.0', 'DRL-1.1', 'DSDP', 'DigiRule-FOSS-exception', 'Digia-Qt-LGPL-exception-1.1', 'DocBook-DTD', 'DocBook-Schema', 'DocBook-Stylesheet', 'DocBook-XML', 'Dotseqn', 'ECL-1.0', 'ECL-2.0', 'EFL-1.0', 'EFL-2.0', 'EPICS', 'EPL-1.0', 'EPL-2.0', 'ESA-PL-permissive-2.4', 'ESA-PL-strong-copyleft-2.4', 'ESA-PL-weak-copyleft-2.4', 'EUDatagrid', 'EUPL-1.0', 'EUPL-1.1', 'EUPL-1.2', 'Elastic-2.0', 'Entessa', 'ErlPL-1.1', 'Eurosym', 'FBM', 'FDK-AAC', 'FLTK-exception', 'FSFAP', 'FSFAP-no-warranty-disclaimer', 'FSFUL', 'FSFULLR', 'FSFULLRSD', 'FSFULLRWD', 'FSL-1.1-ALv2', 'FSL-1.1-MIT', 'FTL', 'Fair', 'Fawkes-Runtime-exception', 'Ferguson-Twofish', 'Font-exception-2.0', 'Frameworx-1.0', 'FreeBSD-DOC', 'FreeImage', 'Furuseth', 'GCC-exception-2.0', 'GCC-exception-2.0-note', 'GCC-exception-3.1', 'GCR-docs', 'GD', 'GFDL-1.1', 'GFDL-1.1-invariants-only', 'GFDL-1.1-invariants-or-later', 'GFDL-1.1-no-invariants-only', 'GFDL-1.1-no-invariants-or-later', 'GFDL-1.1-only', 'GFDL-1.1-or-later', 'GFDL-1.2', 'GFDL-1.2-invariants-only', 'GFDL-1.2-invariants-or-later', 'GFDL-1.2-no-invariants-only', 'GFDL-1.2-no-invariants-or-later', 'GFDL-1.2-only', 'GFDL-1.2-or-later', 'GFDL-1.3', 'GFDL-1.3-invariants-only', 'GFDL-1.3-invariants-or-later', 'GFDL-1.3-no-invariants-only', 'GFDL-1.3-no-invariants-or-later', 'GFDL-1.3-only', 'GFDL-1.3-or-later', 'GL2PS', 'GLWTPL', 'GNAT-exception', 'GNOME-examples-exception', 'GNU-compiler-exception', 'GPL-1.0', 'GPL-1.0+', 'GPL-1.0-only', 'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0+', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-2.0-with-GCC-exception', 'GPL-2.0-with-autoconf-exception', 'GPL-2.0-with-bison-exception', 'GPL-2.0-with-classpath-exception', 'GPL-2.0-with-font-exception', 'GPL-3.0', 'GPL-3.0+', 'GPL-3.0-389-ds-base-exception', 'GPL-3.0-interface-exception', 'GPL-3.0-linking-exception', 'GPL-3.0-linking-source-exception', 'GPL-3.0-only', 'GPL-3.0-or-later', 'GPL-3.0-with-GCC-exception', 'GPL-3.0-with-autoconf-exception', 'GPL-CC-1.0', 'GStreamer-exception-2005', 'GStreamer-exception-2008', 'Game-Programming-Gems', 'Giftware', 'Glide', 'Glulxe', 'Gmsh-exception', 'Graphics-Gems', 'Gutmann', 'HDF5', 'HIDAPI', 'HP-1986', 'HP-1989', 'HPND', 'HPND-DEC', 'HPND-Fenneberg-Livingston', 'HPND-INRIA-IMAG', 'HPND-Intel', 'HPND-Kevlin-Henney', 'HPND-MIT-disclaimer', 'HPND-Markus-Kuhn', 'HPND-Netrek', 'HPND-Pbmplus', 'HPND-SMC', 'HPND-UC', 'HPND-UC-export-US', 'HPND-doc', 'HPND-doc-sell', 'HPND-export-US', 'HPND-export-US-acknowledgement', 'HPND-export-US-modify', 'HPND-export2-US', 'HPND-merchantability-variant', 'HPND-sell-MIT-disclaimer-xserver', 'HPND-sell-regexpr', 'HPND-sell-variant', 'HPND-sell-variant-MIT-disclaimer', 'HPND-sell-variant-MIT-disclaimer-rev', 'HPND-sell-variant-critical-systems', 'HTMLTIDY', 'HaskellReport', 'Hippocratic-2.1', 'IBM-pibs', 'ICU', 'IEC-Code-Components-EULA', 'IJG', 'IJG-short', 'IPA', 'IPL-1.0', 'ISC', 'ISC-Veillard', 'ISO-permission', 'ImageMagick', 'Imlib2', 'Independent-modules-exception', 'Info-ZIP', 'Inner-Net-2.0', 'InnoSetup', 'Intel', 'Intel-ACPI', 'Interbase-1.0', 'JPL-image', 'JPNIC', 'JSON', 'Jam', 'JasPer-2.0', 'Kastrup', 'Kazlib', 'KiCad-libraries-exception', 'Knuth-CTAN', 'LAL-1.2', 'LAL-1.3', 'LGPL-2.0', 'LGPL-2.0+', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1', 'LGPL-2.1+', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0+', 'LGPL-3.0-linking-exception', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'LGPLLR', 'LLGPL', 'LLVM-exception', 'LOOP', 'LPD-document', 'LPL-1.0', 'LPL-1.02', 'LPPL-1.0', 'LPPL-1.1', 'LPPL-1.2', 'LPPL-1.3a', 'LPPL-1.3c', 'LZMA-SDK-9.11-to-9.20', 'LZMA-SDK-9.22', 'LZMA-exception', 'Latex2e', 'Latex2e-translated-notice', 'Leptonica', 'LiLiQ-P-1.1', 'LiLiQ-R-1.1', 'LiLiQ-Rplus-1.1', 'Libpng', 'Libtool-exception', 'Linux-OpenIB', 'Linux-man-pages-1-para', 'Linux-man-pages-copyleft', 'Linux-man-pages-copyleft-2-para', 'Linux-man-pages-copyleft-var', 'Linux-syscall-note', 'Lucida-Bitmap-Fonts', 'MIPS', 'MIT', 'MIT-0', 'MIT-CMU', 'MIT-Click', 'MIT-Festival', 'MIT-Khronos-old', 'MIT-Modern-Variant', 'MIT-STK', 'MIT-Wu', 'MIT-advertising', 'MIT-enna', 'MIT-feh', 'MIT-open-group', 'MIT-testregex', 'MITNFA', 'MMIXware', 'MMPL-1.0.1', 'MPEG-SSG', 'MPL-1.0', 'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception', 'MS-LPL', 'MS-PL', 'MS-RL', 'MTLL', 'Mackerras-3-Clause', 'Mackerras-3-Clause-acknowledgment', 'MakeIndex', 'Martin-Birgmeier', 'McPhee-slideshow', 'Minpack', 'MirOS', 'Motosoto', 'MulanPSL-1.0', 'MulanPSL-2.0', 'Multics', 'Mup', 'NAIST-2003', 'NASA-1.3', 'NBPL-1.0', 'NCBI-PD', 'NCGL-UK-2.0', 'NCL', 'NCSA', 'NGPL', 'NICTA-1.0', 'NIST-PD', 'NIST-PD-TNT', 'NIST-PD-fallback', 'NIST-Software', 'NLOD-1.0', 'NLOD-2.0', 'NLPL', 'NOSL', 'NPL-1.0', 'NPL-1.1', 'NPOSL-3.0', 'NRL', 'NTIA-PD', 'NTP', 'NTP-0', 'Naumen', 'Net-SNMP', 'NetCDF', 'Newsletr', 'Nokia', 'Nokia-Qt-exception-1.1', 'Noweb', 'Nunit', 'O-UDA-1.0', 'OAR', 'OCCT-PL', 'OCCT-exception-1.0', 'OCLC-2.0', 'OCaml-LGPL-linking-exception', 'ODC-By-1.0', 'ODbL-1.0', 'OFFIS', 'OFL-1.0', 'OFL-1.0-RFN', 'OFL-1.0-no-RFN', 'OFL-1.1', 'OFL-1.1-RFN', 'OFL-1.1-no-RFN', 'OGC-1.0', 'OGDL-Taiwan-1.0', 'OGL-Canada-2.0', 'OGL-UK-1.0', 'OGL-UK-2.0', 'OGL-UK-3.0', 'OGTSL', 'OLDAP-1.1', 'OLDAP-1.2', 'OLDAP-1.3', 'OLDAP-1.4', 'OLDAP-2.0', 'OLDAP-2.0.1', 'OLDAP-2.1', 'OLDAP-2.2', 'OLDAP-2.2.1', 'OLDAP-2.2.2', 'OLDAP-2.3', 'OLDAP-2.4', 'OLDAP-2.5', 'OLDAP-2.6', 'OLDAP-2.7', 'OLDAP-2.8', 'OLFL-1.3', 'OML', 'OPL-1.0', 'OPL-UK-3.0', 'OPUBL-1.0', 'OSC-1.0', 'OSET-PL-2.1', 'OSL-1.0', 'OSL-1.1', 'OSL-2.0', 'OSL-2.1', 'OSL-3.0', 'OSSP', 'OpenJDK-assembly-exception-1.0', 'OpenMDW-1.0', 'OpenPBS-2.3', 'OpenSSL', 'OpenSSL-standalone', 'OpenVision', 'PADL', 'PCRE2-exception', 'PDDL-1.0', 'PHP-3.0', 'PHP-3.01', 'PPL', 'PS-or-PDF-font-exception-20170817', 'PSF-2.0', 'ParaType-Free-Font-1.3', 'Parity-6.0.0', 'Parity-7.0.0', 'Pixar', 'Plexus', 'PolyForm-Noncommercial-1.0.0', 'PolyForm-Small-Business-1.0.0', 'PostgreSQL', 'Python-2.0', 'Python-2.0.1', 'QPL-1.0', 'QPL-1.0-INRIA-2004', 'QPL-1.0-INRIA-2004-exception', 'Qhull', 'Qt-GPL-exception-1.0', 'Qt-LGPL-exception-1.1', 'Qwt-exception-1.0', 'RHeCos-1.1', 'RPL-1.1', 'RPL-1.5', 'RPSL-1.0', 'RRDtool-FLOSS-exception-2.0', 'RSA-MD', 'RSCPL', 'Rdisc', 'Ruby', 'Ruby-pty', 'SANE-exception', 'SAX-PD', 'SAX-PD-2.0', 'SCEA', 'SGI-B-1.0', 'SGI-B-1.1', 'SGI-B-2.0', 'SGI-OpenGL', 'SGMLUG-PM', 'SGP4', 'SHL-0.5', 'SHL-0.51', 'SHL-2.0', 'SHL-2.1', 'SISSL', 'SISSL-1.2', 'SL', 'SMAIL-GPL', 'SMLNJ', 'SMPPL', 'SNIA', 'SOFA', 'SPL-1.0', 'SSH-OpenSSH', 'SSH-short', 'SSLeay-standalone', 'SSPL-1.0', 'SUL-1.0', 'SWI-exception', 'SWL', 'Saxpath', 'SchemeReport', 'Sendmail', 'Sendmail-8.23', 'Sendmail-Open-Source-1.1', 'SimPL-2.0', 'Simple-Library-Usage-exception', 'Sleepycat', 'Soundex', 'Spencer-86', 'Spencer-94', 'Spencer-99', 'StandardML-NJ', 'SugarCRM-1.1.3', 'Sun-PPP', 'Sun-PPP-2000', 'SunPro', 'Swift-exception', 'Symlinks', 'TAPR-OHL-1.0', 'TCL', 'TCP-wrappers', 'TGPPL-1.0', 'TMate', 'TORQUE-1.1', 'TOSL', 'TPDL', 'TPL-1.0', 'TTWL', 'TTYP0', 'TU-Berlin-1.0', 'TU-Berlin-2.0', 'TekHVC', 'TermReadKey', 'Texinfo-exception', 'ThirdEye', 'TrustedQSL', 'UBDL-exception', 'UCAR', 'UCL-1.0', 'UMich-Merit', 'UPL-1.0', 'URT-RLE', 'Ubuntu-font-1.0', 'UnRAR', 'Unicode-3.0', 'Unicode-DFS-2015', 'Unicode-DFS-2016', 'Unicode-TOU', 'Universal-FOSS-exception-1.0', 'UnixCrypt', 'Unlicense', 'Unlicense-libtelnet', 'Unlicense-libwhirlpool', 'VOSTROM', 'VSL-1.0', 'Vim', 'Vixie-Cron', 'W3C', 'W3C-19980720', 'W3C-20150513', 'WTFNMFPL', 'WTFPL', 'Watcom-1.0', 'Widget-Workshop', 'WordNet', 'Wsuipa', 'WxWindows-exception-3.1', 'X11', 'X11-distribute-modifications-variant', 'X11-no-permit-persons', 'X11-swapped', 'XFree86-1.1', 'XSkat', 'Xdebug-1.03', 'Xerox', 'Xfig', 'Xnet', 'YPL-1.0', 'YPL-1.1', 'ZPL-1.1', 'ZPL-2.0', 'ZPL-2.1', 'Zed', 'Zeeff', 'Zend-2.0', 'Zimbra-1.3', 'Zimbra-1.4', 'Zlib', 'any-OSI', 'any-OSI-perl-modules', 'bcrypt-Solar-Designer', 'blessing', 'bzip2-1.0.5', 'bzip2-1.0.6', 'check-cvs', 'checkmk', 'copyleft-next-0.3.0', 'copyleft-next-0.3.1', 'cryptsetup-OpenSSL-exception', 'curl', 'cve-tou', 'diffmark', 'dtoa', 'dvipdfm', 'eCos-2.0', 'eCos-exception-2.0', 'eGenix', 'erlang-otp-linking-exception', 'etalab-2.0', 'fmt-exception', 'freertos-exception-2.0', 'fwlw', 'gSOAP-1.3b', 'generic-xts', 'gnu-javamail-exception', 'gnuplot', 'gtkbook', 'harbour-exception', 'hdparm', 'hyphen-bulgarian', 'i2p-gpl-java-exception', 'iMatix', 'jove', 'kvirc-openssl-exception', 'libpng-1.6.35', 'libpng-2.0', 'libpri-OpenH323-exception', 'libselinux-1.0', 'libtiff', 'libutil-David-Nugent', 'lsof', 'magaz', 'mailprio', 'man2html', 'metamail', 'mif-exception', 'mpi-permissive', 'mpich2', 'mplus', 'mxml-exception', 'ngrep', 'openvpn-openssl-exception', 'pkgconf', 'pnmstitch', 'polyparse-exception', 'psfrag', 'psutils', 'python-ldap', 'radvd', 'romic-exception', 'rsync-linking-exception', 'snprintf', 'softSurfer', 'sqlitestudio-OpenSSL-exception', 'ssh-keyscan', 'stunnel-exception', 'swrule', 'threeparttable', 'u-boot-exception-2.0', 'ulem', 'vsftpd-openssl-exception', 'w3m', 'wwl', 'wxWindows', 'x11vnc-openssl-exception', 'xinetd', 'xkeyboard-config-Zinoviev', 'xlock', 'xpp', 'xzoom', 'zlib-acknowledgement',))
_k89 = frozenset(('classification', 'description', 'destination', 'flow', 'governance', 'name', 'source',))
_k90 = FORMAT_CHECKS['iri-reference']
_k91 = FORMAT_CHECKS['iri-reference']
_k92 = frozenset(('custodians', 'owners', 'stewards',))
_k93 = frozenset(('contact', 'organization',))
_k94 = ({'required': ['organization']}, {'required': ['contact']})
_k95 = frozenset(('bi-directional', 'inbound', 'outbound', 'unknown',))
_k96 = FORMAT_CHECKS['iri-reference']
_k97 = frozenset(('bom-ref', 'contact', 'name', 'url',))
_k98 = FORMAT_CHECKS['iri-reference']
_k99 = frozenset(('author', 'bom-ref', 'components', 'copyright', 'cpe', 'data', 'description', 'evidence', 'externalReferences', 'group', 'hashes', 'licenses', 'mime-type', 'modelCard', 'modified', 'name', 'pedigree', 'properties', 'publisher', 'purl', 'releaseNotes', 'scope', 'signature', 'supplier', 'swid', 'type', 'version',))
_k100 = frozenset(('bom-ref', 'classification', 'contents', 'description', 'governance', 'graphics', 'name', 'sensitiveData', 'type',))
_k101 = frozenset(('collection', 'description',))
_k102 = frozenset(('image', 'name',))
_k103 = frozenset(('attachment', 'properties', 'url',))
_k104 = FORMAT_CHECKS['iri-reference']
_k105 = frozenset(('configuration', 'dataset', 'definition', 'other', 'source-code',))
_k106 = frozenset(('bom-ref', 'considerations', 'modelParameters', 'properties', 'quantitativeAnalysis',))
_k107 = frozenset(('ethicalConsiderations', 'fairnessAssessments', 'performanceTradeoffs', 'technicalLimitations', 'useCases', 'users',))
_k108 = frozenset(('benefits', 'groupAtRisk', 'harms', 'mitigationStrategy',))
_k109 = frozenset(('mitigationStrategy', 'name',))
_k110 = frozenset(('graphics', 'performanceMetrics',))
_k111 = frozenset(('confidenceInterval', 'slice', 'type', 'value',))
_k112 = frozenset(('lowerBound', 'upperBound',))
_k113 = frozenset(('approach', 'architectureFamily', 'datasets', 'inputs', 'modelArchitecture', 'outputs', 'task',))
_k114 = frozenset(('format',))
_k115 = ({'title': 'Inline Component Data', '$ref': '#/definitions/componentData'}, {'type': 'object', 'title': 'Data Component Reference', 'additionalProperties': False, 'properties': {'ref': {'anyOf': [{'title': 'Ref', '$ref': '#/definitions/refLinkType'}, {'title': 'BOM-Link Element', '$ref': '#/definitions/bomLinkElementType'}], 'title': 'Reference', 'description': 'References a data component by the components bom-ref attribute'}}})
_k116 = frozenset(('ref',))
_k117 = frozenset(('type',))
_k118 = frozenset(('reinforcement-learning', 'self-supervised', 'semi-supervised', 'supervised', 'unsupervised',))
_k119 = frozenset(('callstack', 'copyright', 'identity', 'licenses', 'occurrences',))
_k120 = frozenset(('text',))
_k121 = frozenset(('frames',))
_k122 = frozenset(('column', 'fullFilename', 'function', 'line', 'module', 'package', 'parameters',))
_k123 = frozenset(('bom-ref', 'location',))
_k124 = frozenset(('confidence', 'field', 'methods', 'tools',))
_k125 = frozenset(('confidence', 'technique', 'value',))
_k126 = frozenset(('ast-fingerprint', 'attestation', 'binary-analysis', 'dynamic-analysis', 'filename', 'hash-comparison', 'instrumentation', 'manifest-analysis', 'other', 'source-code-analysis',))
_k127 = frozenset(('cpe', 'group', 'hash', 'name', 'purl', 'swid', 'version',))
_k128 = frozenset(('ancestors', 'commits', 'descendants', 'notes', 'patches', 'variants',))
_k129 = frozenset(('diff', 'resolves', 'type',))
_k130 = frozenset(('text', 'url',))
_k131 = FORMAT_CHECKS['iri-reference']
_k132 = frozenset(('backport', 'cherry-pick', 'monkey', 'unofficial',))
_k133 = frozenset(('author', 'committer', 'message', 'uid', 'url',))
_k134 = frozenset(('email', 'name', 'timestamp',))
_k135 = FORMAT_CHECKS['idn-email']
_k136 = FORMAT_CHECKS['date-time']
_k137 = FORMAT_CHECKS['iri-reference']
_k138 = frozenset(('name', 'patch', 'tagId', 'tagVersion', 'text', 'url', 'version',))
_k139 = FORMAT_CHECKS['iri-reference']
_k140 = frozenset(('excluded', 'optional', 'required',))
_k141 = re.compile('^[-+a-z0-9.]+/[-+a-z0-9.]+\\Z')
_k142 = frozenset(('application', 'container', 'data', 'device', 'device-driver', 'file', 'firmware', 'framework', 'library', 'machine-learning-model', 'operating-system', 'platform',))
_k143 = frozenset(('annotator', 'bom-ref', 'signature', 'subjects', 'text', 'timestamp',))
_k144 = FORMAT_CHECKS['date-time']
_k145 = ({'required': ['organization']}, {'required': ['individual']}, {'required': ['component']}, {'required': ['service']})
_k146 = frozenset(('component', 'individual', 'organization', 'service',))
_k147 = frozenset(('advisories', 'affects', 'analysis', 'bom-ref', 'created', 'credits', 'cwes', 'description', 'detail', 'id', 'proofOfConcept', 'properties', 'published', 'ratings', 'recommendation', 'references', 'rejected', 'source', 'tools', 'updated', 'workaround',))
_k148 = frozenset(('ref', 'versions',))
_k149 = ({'required': ['version']}, {'required': ['range']})
_k150 = frozenset(('range', 'status', 'version',))
_k151 = frozenset(('affected', 'unaffected', 'unknown',))
_k152 = frozenset(('detail', 'firstIssued', 'justification', 'lastUpdated', 'response', 'state',))
_k153 = FORMAT_CHECKS['date-time']
_k154 = FORMAT_CHECKS['date-time']
_k155 = frozenset(('can_not_fix', 'rollback', 'update', 'will_not_fix', 'workaround_available',))
_k156 = frozenset(('code_not_present', 'code_not_reachable', 'protected_at_perimeter', 'protected_at_runtime', 'protected_by_compiler', 'protected_by_mitigating_control', 'requires_configuration', 'requires_dependency', 'requires_environment',))
_k157 = frozenset(('exploitable', 'false_positive', 'in_triage', 'not_affected', 'resolved', 'resolved_with_pedigree',))
_k158 = ({'type': 'object', 'title': 'Tools', 'description': 'The tool(s) used to identify, confirm, or score the vulnerability.', 'additionalProperties': False, 'properties': {'components': {'type': 'array', 'items': {'$ref': '#/definitions/component'}, 'uniqueItems': True, 'title': 'Components', 'description': 'A list of software and hardware components used as tools'}, 'services': {'type': 'array', 'items': {'$ref': '#/definitions/service'}, 'uniqueItems': True, 'title': 'Services', 'description': 'A list of services used as tools. This may include microservices, function-as-a-service, and other types of network or intra-process services.'}}}, {'type': 'array', 'title': 'Tools (legacy)', 'description': '[Deprecated] The tool(s) used to identify, confirm, or score the vulnerability.', 'items': {'$ref': '#/definitions/tool'}})
_k159 = frozenset(('externalReferences', 'hashes', 'name', 'vendor', 'version',))
_k160 = frozenset(('components', 'services',))
_k161 = frozenset(('individuals', 'organizations',))
_k162 = FORMAT_CHECKS['date-time']
_k163 = FORMAT_CHECKS['date-time']
_k164 = FORMAT_CHECKS['date-time']
_k165 = FORMAT_CHECKS['date-time']
_k166 = frozenset(('title', 'url',))
_k167 = FORMAT_CHECKS['iri-reference']
_k168 = frozenset(('justification', 'method', 'score', 'severity', 'source', 'vector',))
_k169 = frozenset(('CVSSv2', 'CVSSv3', 'CVSSv31', 'CVSSv4', 'OWASP', 'SSVC', 'other',))
_k170 = frozenset(('critical', 'high', 'info', 'low', 'medium', 'none', 'unknown',))
_k171 = frozenset(('id', 'source',))
_k172 = frozenset(('name', 'url',))
_k173 = frozenset(('aggregate', 'assemblies', 'bom-ref', 'dependencies', 'signature', 'vulnerabilities',))
_k174 = frozenset(('complete', 'incomplete', 'incomplete_first_party_only', 'incomplete_first_party_opensource_only', 'incomplete_first_party_proprietary_only', 'incomplete_third_party_only', 'incomplete_third_party_opensource_only', 'incomplete_third_party_proprietary_only', 'not_specified', 'unknown',))
_k175 = frozenset(('authors', 'component', 'licenses', 'lifecycles', 'manufacture', 'properties', 'supplier', 'timestamp', 'tools',))
_k176 = ({'type': 'object', 'title': 'Creation Tools', 'description': 'The tool(s) used in the creation of the BOM.', 'additionalProperties': False, 'properties': {'components': {'type': 'array', 'items': {'$ref': '#/definitions/component'}, 'uniqueItems': True, 'title': 'Components', 'description': 'A list of software and hardware components used as tools'}, 'services': {'type': 'array', 'items': {'$ref': '#/definitions/service'}, 'uniqueItems': True, 'title': 'Services', 'description': 'A list of services used as tools. This may include microservices, function-as-a-service, and other types of network or intra-process services.'}}}, {'type': 'array', 'title': 'Creation Tools (legacy)', 'description': '[Deprecated] The tool(s) used in the creation of the BOM.', 'items': {'$ref': '#/definitions/tool'}})
_k177 = frozenset(('components', 'services',))
_k178 = ({'required': ['phase'], 'additionalProperties': False, 'properties': {'phase': {'type': 'string', 'title': 'Phase', 'description': 'A pre-defined phase in the product lifecycle.\n\n* __design__ = BOM produced early in the development lifecycle containing inventory of components and services that are proposed or planned to be used. The inventory may need to be procured, retrieved, or resourced prior to use.\n* __pre-build__ = BOM consisting of information obtained prior to a build process and may contain source files and development artifacts and manifests. The inventory may need to be resolved and retrieved prior to use.\n* __build__ = BOM consisting of information obtained during a build process where component inventory is available for use. The precise versions of resolved components are usually available at this time as well as the provenance of where the components were retrieved from.\n* __post-build__ = BOM consisting of information obtained after a build process has completed and the resulting components(s) are available for further analysis. Built components may exist as the result of a CI/CD process, may have been installed or deployed to a system or device, and may need to be retrieved or extracted from the system or device.\n* __operations__ = BOM produced that represents inventory that is running and operational. This may include staging or production environments and will generally encompass multiple SBOMs describing the applications and operating system, along with HBOMs describing the hardware that makes up the system. Operations Bill of Materials (OBOM) can provide full-stack inventory of runtime environments, configurations, and additional dependencies.\n* __discovery__ = BOM consisting of information observed through network discovery providing point-in-time enumeration of embedded, on-premise, and cloud-native services such as server applications, connected devices, microservices, and serverless functions.\n* __decommission__ = BOM containing inventory that will be, or has been retired from operations.', 'enum': ['design', 'pre-build', 'build', 'post-build', 'operations', 'discovery', 'decommission']}}}, {'required': ['name'], 'additionalProperties': False, 'properties': {'name': {'type': 'string', 'title': 'Name', 'description': 'The name of the lifecycle phase'}, 'description': {'type': 'string', 'title': 'Description', 'description': 'The description of the lifecycle phase'}}})
_k179 = frozenset(('description', 'name',))
_k180 = frozenset(('phase',))
_k181 = frozenset(('build', 'decommission', 'design', 'discovery', 'operations', 'post-build', 'pre-build',))
_k182 = FORMAT_CHECKS['date-time']
_k183 = re.compile('^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\Z')
_k184 = frozenset(('CycloneDX',))

def _v0(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'bomFormat' not in x:
            e.append((p, "'bomFormat' is a required property"))
        if 'specVersion' not in x:
            e.append((p, "'specVersion' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k0]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if '$schema' in x:
            y = x['$schema']
            if not (isinstance(y, str)):
                e.append((p + ('$schema',), f"{y!r} is not of type 'string'"))
        if 'bomFormat' in x:
            _v1(x['bomFormat'], p + ('bomFormat',), e)
        if 'specVersion' in x:
            y = x['specVersion']
            if not (isinstance(y, str)):
                e.append((p + ('specVersion',), f"{y!r} is not of type 'string'"))
        if 'serialNumber' in x:
            _v2(x['serialNumber'], p + ('serialNumber',), e)
        if 'version' in x:
            _v3(x['version'], p + ('version',), e)
        if 'metadata' in x:
            _v4(x['metadata'], p + ('metadata',), e)
        if 'components' in x:
            _v5(x['components'], p + ('components',), e)
        if 'services' in x:
            _v6(x['services'], p + ('services',), e)
        if 'externalReferences' in x:
            _v7(x['externalReferences'], p + ('externalReferences',), e)
        if 'dependencies' in x:
            _v8(x['dependencies'], p + ('dependencies',), e)
        if 'compositions' in x:
            _v9(x['compositions'], p + ('compositions',), e)
        if 'vulnerabilities' in x:
            _v10(x['vulnerabilities'], p + ('vulnerabilities',), e)
        if 'annotations' in x:
            _v11(x['annotations'], p + ('annotations',), e)
        if 'formulation' in x:
            _v12(x['formulation'], p + ('formulation',), e)
        if 'properties' in x:
            _v13(x['properties'], p + ('properties',), e)
        if 'signature' in x:
            _v14(x['signature'], p + ('signature',), e)
def _v14(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v15, _v16, _v17,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k1[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v17(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'algorithm' not in x:
            e.append((p, "'algorithm' is a required property"))
        if 'value' not in x:
            e.append((p, "'value' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k2]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'algorithm' in x:
            _v18(x['algorithm'], p + ('algorithm',), e)
        if 'keyId' in x:
            y = x['keyId']
            if not (isinstance(y, str)):
                e.append((p + ('keyId',), f"{y!r} is not of type 'string'"))
        if 'publicKey' in x:
            _v19(x['publicKey'], p + ('publicKey',), e)
        if 'certificatePath' in x:
            _v20(x['certificatePath'], p + ('certificatePath',), e)
        if 'excludes' in x:
            _v21(x['excludes'], p + ('excludes',), e)
        if 'value' in x:
            y = x['value']
            if not (isinstance(y, str)):
                e.append((p + ('value',), f"{y!r} is not of type 'string'"))
def _v21(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v20(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v19(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'kty' not in x:
            e.append((p, "'kty' is a required property"))
    if isinstance(x, dict):
        pass
    if isinstance(x, dict):
        if 'kty' in x:
            _v22(x['kty'], p + ('kty',), e)
    _v23(x, p, e)
    _v24(x, p, e)
    _v25(x, p, e)
def _v25(x, p, e):
    t = []
    _v26(x, p, t)
    if not t:
        _v27(x, p, e)
def _v27(x, p, e):
    if isinstance(x, dict):
        if 'kty' not in x:
            e.append((p, "'kty' is a required property"))
        if 'n' not in x:
            e.append((p, "'n' is a required property"))
        if 'e' not in x:
            e.append((p, "'e' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k4]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'kty' in x:
            _v22(x['kty'], p + ('kty',), e)
        if 'n' in x:
            y = x['n']
            if not (isinstance(y, str)):
                e.append((p + ('n',), f"{y!r} is not of type 'string'"))
        if 'e' in x:
            y = x['e']
            if not (isinstance(y, str)):
                e.append((p + ('e',), f"{y!r} is not of type 'string'"))
def _v26(x, p, e):
    if isinstance(x, dict):
        if 'kty' in x:
            _v28(x['kty'], p + ('kty',), e)
def _v28(x, p, e):
    if not _equal(x, 'RSA'):
        e.append((p, "'RSA' was expected"))
def _v24(x, p, e):
    t = []
    _v29(x, p, t)
    if not t:
        _v30(x, p, e)
def _v30(x, p, e):
    if isinstance(x, dict):
        if 'kty' not in x:
            e.append((p, "'kty' is a required property"))
        if 'crv' not in x:
            e.append((p, "'crv' is a required property"))
        if 'x' not in x:
            e.append((p, "'x' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k5]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'kty' in x:
            _v22(x['kty'], p + ('kty',), e)
        if 'crv' in x:
            _v31(x['crv'], p + ('crv',), e)
        if 'x' in x:
            y = x['x']
            if not (isinstance(y, str)):
                e.append((p + ('x',), f"{y!r} is not of type 'string'"))
def _v31(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k6):
        e.append((p, f"{x!r} is not one of ['Ed25519', 'Ed448']"))
def _v29(x, p, e):
    if isinstance(x, dict):
        if 'kty' in x:
            _v32(x['kty'], p + ('kty',), e)
def _v32(x, p, e):
    if not _equal(x, 'OKP'):
        e.append((p, "'OKP' was expected"))
def _v23(x, p, e):
    t = []
    _v33(x, p, t)
    if not t:
        _v34(x, p, e)
def _v34(x, p, e):
    if isinstance(x, dict):
        if 'kty' not in x:
            e.append((p, "'kty' is a required property"))
        if 'crv' not in x:
            e.append((p, "'crv' is a required property"))
        if 'x' not in x:
            e.append((p, "'x' is a required property"))
        if 'y' not in x:
            e.append((p, "'y' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k7]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'kty' in x:
            _v22(x['kty'], p + ('kty',), e)
        if 'crv' in x:
            _v35(x['crv'], p + ('crv',), e)
        if 'x' in x:
            y = x['x']
            if not (isinstance(y, str)):
                e.append((p + ('x',), f"{y!r} is not of type 'string'"))
        if 'y' in x:
            y = x['y']
            if not (isinstance(y, str)):
                e.append((p + ('y',), f"{y!r} is not of type 'string'"))
def _v35(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k8):
        e.append((p, f"{x!r} is not one of ['P-256', 'P-384', 'P-521']"))
def _v33(x, p, e):
    if isinstance(x, dict):
        if 'kty' in x:
            _v36(x['kty'], p + ('kty',), e)
def _v36(x, p, e):
    if not _equal(x, 'EC'):
        e.append((p, "'EC' was expected"))
def _v22(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k9):
        e.append((p, f"{x!r} is not one of ['EC', 'OKP', 'RSA']"))
def _v18(x, p, e):
    valid = []
    for n, check in enumerate((_v37, _v38,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k10[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v38(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k11(x):
        e.append((p, f"{x!r} is not a 'uri'"))
def _v37(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k12):
        e.append((p, f"{x!r} is not one of ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'Ed25519', 'Ed448', 'HS256', 'HS384', 'HS512']"))
def _v16(x, p, e):
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k13]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'chain' in x:
            _v39(x['chain'], p + ('chain',), e)
def _v39(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v17(y, p + (i,), e)
def _v15(x, p, e):
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k14]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'signers' in x:
            _v40(x['signers'], p + ('signers',), e)
def _v40(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v17(y, p + (i,), e)
def _v13(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v41(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'value' in x:
            y = x['value']
            if not (isinstance(y, str)):
                e.append((p + ('value',), f"{y!r} is not of type 'string'"))
def _v12(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v42(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v42(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k15]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'components' in x:
            _v44(x['components'], p + ('components',), e)
        if 'services' in x:
            _v45(x['services'], p + ('services',), e)
        if 'workflows' in x:
            _v46(x['workflows'], p + ('workflows',), e)
        if 'properties' in x:
            _v47(x['properties'], p + ('properties',), e)
def _v47(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v46(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v48(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v48(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'bom-ref' not in x:
            e.append((p, "'bom-ref' is a required property"))
        if 'uid' not in x:
            e.append((p, "'uid' is a required property"))
        if 'taskTypes' not in x:
            e.append((p, "'taskTypes' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k16]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'uid' in x:
            y = x['uid']
            if not (isinstance(y, str)):
                e.append((p + ('uid',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'resourceReferences' in x:
            _v49(x['resourceReferences'], p + ('resourceReferences',), e)
        if 'tasks' in x:
            _v50(x['tasks'], p + ('tasks',), e)
        if 'taskDependencies' in x:
            _v51(x['taskDependencies'], p + ('taskDependencies',), e)
        if 'taskTypes' in x:
            _v52(x['taskTypes'], p + ('taskTypes',), e)
        if 'trigger' in x:
            _v53(x['trigger'], p + ('trigger',), e)
        if 'steps' in x:
            _v54(x['steps'], p + ('steps',), e)
        if 'inputs' in x:
            _v55(x['inputs'], p + ('inputs',), e)
        if 'outputs' in x:
            _v56(x['outputs'], p + ('outputs',), e)
        if 'timeStart' in x:
            _v57(x['timeStart'], p + ('timeStart',), e)
        if 'timeEnd' in x:
            _v58(x['timeEnd'], p + ('timeEnd',), e)
        if 'workspaces' in x:
            _v59(x['workspaces'], p + ('workspaces',), e)
        if 'runtimeTopology' in x:
            _v60(x['runtimeTopology'], p + ('runtimeTopology',), e)
        if 'properties' in x:
            _v61(x['properties'], p + ('properties',), e)
def _v61(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v60(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v62(y, p + (i,), e)
def _v62(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'ref' not in x:
            e.append((p, "'ref' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k17]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'ref' in x:
            _v63(x['ref'], p + ('ref',), e)
        if 'dependsOn' in x:
            _v64(x['dependsOn'], p + ('dependsOn',), e)
def _v64(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v63(y, p + (i,), e)
def _v63(x, p, e):
    _v43(x, p, e)
def _v59(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v65(y, p + (i,), e)
def _v65(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'bom-ref' not in x:
            e.append((p, "'bom-ref' is a required property"))
        if 'uid' not in x:
            e.append((p, "'uid' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k18]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'uid' in x:
            y = x['uid']
            if not (isinstance(y, str)):
                e.append((p + ('uid',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'aliases' in x:
            _v66(x['aliases'], p + ('aliases',), e)
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'resourceReferences' in x:
            _v67(x['resourceReferences'], p + ('resourceReferences',), e)
        if 'accessMode' in x:
            _v68(x['accessMode'], p + ('accessMode',), e)
        if 'mountPath' in x:
            y = x['mountPath']
            if not (isinstance(y, str)):
                e.append((p + ('mountPath',), f"{y!r} is not of type 'string'"))
        if 'managedDataType' in x:
            y = x['managedDataType']
            if not (isinstance(y, str)):
                e.append((p + ('managedDataType',), f"{y!r} is not of type 'string'"))
        if 'volumeRequest' in x:
            y = x['volumeRequest']
            if not (isinstance(y, str)):
                e.append((p + ('volumeRequest',), f"{y!r} is not of type 'string'"))
        if 'volume' in x:
            _v69(x['volume'], p + ('volume',), e)
        if 'properties' in x:
            _v70(x['properties'], p + ('properties',), e)
def _v70(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v69(x, p, e):
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
        if 'uid' in x:
            y = x['uid']
            if not (isinstance(y, str)):
                e.append((p + ('uid',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'mode' in x:
            _v71(x['mode'], p + ('mode',), e)
        if 'path' in x:
            y = x['path']
            if not (isinstance(y, str)):
                e.append((p + ('path',), f"{y!r} is not of type 'string'"))
        if 'sizeAllocated' in x:
            y = x['sizeAllocated']
            if not (isinstance(y, str)):
                e.append((p + ('sizeAllocated',), f"{y!r} is not of type 'string'"))
        if 'persistent' in x:
            y = x['persistent']
            if not (isinstance(y, bool)):
                e.append((p + ('persistent',), f"{y!r} is not of type 'boolean'"))
        if 'remote' in x:
            y = x['remote']
            if not (isinstance(y, bool)):
                e.append((p + ('remote',), f"{y!r} is not of type 'boolean'"))
        if 'properties' in x:
            _v72(x['properties'], p + ('properties',), e)
def _v72(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v71(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k20):
        e.append((p, f"{x!r} is not one of ['filesystem', 'block']"))
def _v68(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k21):
        e.append((p, f"{x!r} is not one of ['read-only', 'read-write', 'read-write-once', 'write-once', 'write-only']"))
def _v67(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v73(y, p + (i,), e)
def _v73(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k22]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'ref' in x:
            _v74(x['ref'], p + ('ref',), e)
        if 'externalReference' in x:
            _v75(x['externalReference'], p + ('externalReference',), e)
    valid = []
    for n, check in enumerate((_v76, _v77,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k23[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v77(x, p, e):
    if isinstance(x, dict):
        if 'externalReference' not in x:
            e.append((p, "'externalReference' is a required property"))
def _v76(x, p, e):
    if isinstance(x, dict):
        if 'ref' not in x:
            e.append((p, "'ref' is a required property"))
def _v75(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'url' not in x:
            e.append((p, "'url' is a required property"))
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k24]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'url' in x:
            _v78(x['url'], p + ('url',), e)
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
        if 'type' in x:
            _v79(x['type'], p + ('type',), e)
        if 'hashes' in x:
            _v80(x['hashes'], p + ('hashes',), e)
def _v80(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v81(y, p + (i,), e)
def _v81(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'alg' not in x:
            e.append((p, "'alg' is a required property"))
        if 'content' not in x:
            e.append((p, "'content' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k25]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'alg' in x:
            _v82(x['alg'], p + ('alg',), e)
        if 'content' in x:
            _v83(x['content'], p + ('content',), e)
def _v83(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k26.search(x):
        e.append((p, f"{x!r} does not match '^([a-fA-F0-9]{{32}}|[a-fA-F0-9]{{40}}|[a-fA-F0-9]{{64}}|[a-fA-F0-9]{{96}}|[a-fA-F0-9]{{128}})$'"))
def _v82(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k27):
        e.append((p, f"{x!r} is not one of ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-256', 'SHA3-384', 'SHA3-512', 'BLAKE2b-256', 'BLAKE2b-384', 'BLAKE2b-512', 'BLAKE3']"))
def _v79(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k28):
        e.append((p, f"{x!r} is not one of ['vcs', 'issue-tracker', 'website', 'advisories', 'bom', 'mailing-list', 'social', 'chat', 'documentation', 'support', 'distribution', 'distribution-intake', 'license', 'build-meta', 'build-system', 'release-notes', 'security-contact', 'model-card', 'log', 'configuration', 'evidence', 'formulation', 'attestation', 'threat-model', 'adversary-model', 'risk-assessment', 'vulnerability-assertion', 'exploitability-statement', 'pentest-report', 'static-analysis-report', 'dynamic-analysis-report', 'runtime-analysis-report', 'component-analysis-report', 'maturity-report', 'certification-report', 'codified-infrastructure', 'quality-metrics', 'poam', 'other']"))
def _v78(x, p, e):
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
    valid = []
    for n, check in enumerate((_v86, _v87,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v87(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k29(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
    if isinstance(x, str) and not _k30.search(x):
        e.append((p, f"{x!r} does not match '^urn:cdx:[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}/[1-9][0-9]*#.+$'"))
def _v86(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k31(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
    if isinstance(x, str) and not _k32.search(x):
        e.append((p, f"{x!r} does not match '^urn:cdx:[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}/[1-9][0-9]*$'"))
def _v84(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k33(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v74(x, p, e):
    valid = []
    for n, check in enumerate((_v63, _v87,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v66(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v58(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k34(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v57(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k35(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v56(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v88(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v88(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v89, _v90, _v91,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k36[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k37]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v92(x['type'], p + ('type',), e)
        if 'source' in x:
            _v73(x['source'], p + ('source',), e)
        if 'target' in x:
            _v73(x['target'], p + ('target',), e)
        if 'resource' in x:
            _v73(x['resource'], p + ('resource',), e)
        if 'data' in x:
            _v93(x['data'], p + ('data',), e)
        if 'environmentVars' in x:
            _v94(x['environmentVars'], p + ('environmentVars',), e)
        if 'properties' in x:
            _v95(x['properties'], p + ('properties',), e)
def _v95(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v94(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v96(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v96(x, p, e):
    valid = []
    for n, check in enumerate((_v41, _v97,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k38[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v97(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v93(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'content' not in x:
            e.append((p, "'content' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k39]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'contentType' in x:
            y = x['contentType']
            if not (isinstance(y, str)):
                e.append((p + ('contentType',), f"{y!r} is not of type 'string'"))
        if 'encoding' in x:
            _v98(x['encoding'], p + ('encoding',), e)
        if 'content' in x:
            y = x['content']
            if not (isinstance(y, str)):
                e.append((p + ('content',), f"{y!r} is not of type 'string'"))
def _v98(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k40):
        e.append((p, f"{x!r} is not one of ['base64']"))
def _v92(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k41):
        e.append((p, f"{x!r} is not one of ['artifact', 'attestation', 'log', 'evidence', 'metrics', 'other']"))
def _v91(x, p, e):
    if isinstance(x, dict):
        if 'data' not in x:
            e.append((p, "'data' is a required property"))
def _v90(x, p, e):
    if isinstance(x, dict):
        if 'environmentVars' not in x:
            e.append((p, "'environmentVars' is a required property"))
def _v89(x, p, e):
    if isinstance(x, dict):
        if 'resource' not in x:
            e.append((p, "'resource' is a required property"))
def _v55(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v99(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v99(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v100, _v101, _v102, _v103,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k42[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k43]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'source' in x:
            _v73(x['source'], p + ('source',), e)
        if 'target' in x:
            _v73(x['target'], p + ('target',), e)
        if 'resource' in x:
            _v73(x['resource'], p + ('resource',), e)
        if 'parameters' in x:
            _v104(x['parameters'], p + ('parameters',), e)
        if 'environmentVars' in x:
            _v105(x['environmentVars'], p + ('environmentVars',), e)
        if 'data' in x:
            _v93(x['data'], p + ('data',), e)
        if 'properties' in x:
            _v106(x['properties'], p + ('properties',), e)
def _v106(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v105(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v107(y, p + (i,), e)
def _v107(x, p, e):
    valid = []
    for n, check in enumerate((_v41, _v108,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k44[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v108(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v104(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v109(y, p + (i,), e)
def _v109(x, p, e):
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
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'value' in x:
            y = x['value']
            if not (isinstance(y, str)):
                e.append((p + ('value',), f"{y!r} is not of type 'string'"))
        if 'dataType' in x:
            y = x['dataType']
            if not (isinstance(y, str)):
                e.append((p + ('dataType',), f"{y!r} is not of type 'string'"))
def _v103(x, p, e):
    if isinstance(x, dict):
        if 'data' not in x:
            e.append((p, "'data' is a required property"))
def _v102(x, p, e):
    if isinstance(x, dict):
        if 'environmentVars' not in x:
            e.append((p, "'environmentVars' is a required property"))
def _v101(x, p, e):
    if isinstance(x, dict):
        if 'parameters' not in x:
            e.append((p, "'parameters' is a required property"))
def _v100(x, p, e):
    if isinstance(x, dict):
        if 'resource' not in x:
            e.append((p, "'resource' is a required property"))
def _v54(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v110(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v110(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k46]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'commands' in x:
            _v111(x['commands'], p + ('commands',), e)
        if 'properties' in x:
            _v112(x['properties'], p + ('properties',), e)
def _v112(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v111(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v113(y, p + (i,), e)
def _v113(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k47]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'executed' in x:
            y = x['executed']
            if not (isinstance(y, str)):
                e.append((p + ('executed',), f"{y!r} is not of type 'string'"))
        if 'properties' in x:
            _v114(x['properties'], p + ('properties',), e)
def _v114(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v53(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k48]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
        if 'bom-ref' not in x:
            e.append((p, "'bom-ref' is a required property"))
        if 'uid' not in x:
            e.append((p, "'uid' is a required property"))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'uid' in x:
            y = x['uid']
            if not (isinstance(y, str)):
                e.append((p + ('uid',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'resourceReferences' in x:
            _v115(x['resourceReferences'], p + ('resourceReferences',), e)
        if 'type' in x:
            _v116(x['type'], p + ('type',), e)
        if 'event' in x:
            _v117(x['event'], p + ('event',), e)
        if 'conditions' in x:
            _v118(x['conditions'], p + ('conditions',), e)
        if 'timeActivated' in x:
            _v119(x['timeActivated'], p + ('timeActivated',), e)
        if 'inputs' in x:
            _v120(x['inputs'], p + ('inputs',), e)
        if 'outputs' in x:
            _v121(x['outputs'], p + ('outputs',), e)
        if 'properties' in x:
            _v122(x['properties'], p + ('properties',), e)
def _v122(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v121(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v88(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v120(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v99(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v119(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k49(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v118(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v123(y, p + (i,), e)
def _v123(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k50]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'expression' in x:
            y = x['expression']
            if not (isinstance(y, str)):
                e.append((p + ('expression',), f"{y!r} is not of type 'string'"))
        if 'properties' in x:
            _v124(x['properties'], p + ('properties',), e)
def _v124(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v117(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k51]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'uid' in x:
            y = x['uid']
            if not (isinstance(y, str)):
                e.append((p + ('uid',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'timeReceived' in x:
            _v125(x['timeReceived'], p + ('timeReceived',), e)
        if 'data' in x:
            _v93(x['data'], p + ('data',), e)
        if 'source' in x:
            _v73(x['source'], p + ('source',), e)
        if 'target' in x:
            _v73(x['target'], p + ('target',), e)
        if 'properties' in x:
            _v126(x['properties'], p + ('properties',), e)
def _v126(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v125(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k52(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v116(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k53):
        e.append((p, f"{x!r} is not one of ['manual', 'api', 'webhook', 'scheduled']"))
def _v115(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v73(y, p + (i,), e)
def _v52(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v127(y, p + (i,), e)
def _v127(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k54):
        e.append((p, f"{x!r} is not one of ['copy', 'clone', 'lint', 'scan', 'merge', 'build', 'test', 'deliver', 'deploy', 'release', 'clean', 'other']"))
def _v51(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v62(y, p + (i,), e)
def _v50(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v128(y, p + (i,), e)
def _v128(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'bom-ref' not in x:
            e.append((p, "'bom-ref' is a required property"))
        if 'uid' not in x:
            e.append((p, "'uid' is a required property"))
        if 'taskTypes' not in x:
            e.append((p, "'taskTypes' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k55]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'uid' in x:
            y = x['uid']
            if not (isinstance(y, str)):
                e.append((p + ('uid',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'resourceReferences' in x:
            _v129(x['resourceReferences'], p + ('resourceReferences',), e)
        if 'taskTypes' in x:
            _v130(x['taskTypes'], p + ('taskTypes',), e)
        if 'trigger' in x:
            _v53(x['trigger'], p + ('trigger',), e)
        if 'steps' in x:
            _v131(x['steps'], p + ('steps',), e)
        if 'inputs' in x:
            _v132(x['inputs'], p + ('inputs',), e)
        if 'outputs' in x:
            _v133(x['outputs'], p + ('outputs',), e)
        if 'timeStart' in x:
            _v134(x['timeStart'], p + ('timeStart',), e)
        if 'timeEnd' in x:
            _v135(x['timeEnd'], p + ('timeEnd',), e)
        if 'workspaces' in x:
            _v136(x['workspaces'], p + ('workspaces',), e)
        if 'runtimeTopology' in x:
            _v137(x['runtimeTopology'], p + ('runtimeTopology',), e)
        if 'properties' in x:
            _v138(x['properties'], p + ('properties',), e)
def _v138(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v137(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v62(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v136(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v65(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v135(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k56(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v134(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k57(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v133(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v88(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v132(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v99(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v131(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v110(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v130(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v127(y, p + (i,), e)
def _v129(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v73(y, p + (i,), e)
def _v49(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v73(y, p + (i,), e)
def _v45(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v139(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v139(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k58]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'provider' in x:
            _v140(x['provider'], p + ('provider',), e)
        if 'group' in x:
            y = x['group']
            if not (isinstance(y, str)):
                e.append((p + ('group',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'version' in x:
            y = x['version']
            if not (isinstance(y, str)):
                e.append((p + ('version',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'endpoints' in x:
            _v141(x['endpoints'], p + ('endpoints',), e)
        if 'authenticated' in x:
            y = x['authenticated']
            if not (isinstance(y, bool)):
                e.append((p + ('authenticated',), f"{y!r} is not of type 'boolean'"))
        if 'x-trust-boundary' in x:
            y = x['x-trust-boundary']
            if not (isinstance(y, bool)):
                e.append((p + ('x-trust-boundary',), f"{y!r} is not of type 'boolean'"))
        if 'trustZone' in x:
            y = x['trustZone']
            if not (isinstance(y, str)):
                e.append((p + ('trustZone',), f"{y!r} is not of type 'string'"))
        if 'data' in x:
            _v142(x['data'], p + ('data',), e)
        if 'licenses' in x:
            _v143(x['licenses'], p + ('licenses',), e)
        if 'externalReferences' in x:
            _v144(x['externalReferences'], p + ('externalReferences',), e)
        if 'services' in x:
            _v145(x['services'], p + ('services',), e)
        if 'releaseNotes' in x:
            _v146(x['releaseNotes'], p + ('releaseNotes',), e)
        if 'properties' in x:
            _v147(x['properties'], p + ('properties',), e)
        if 'signature' in x:
            _v14(x['signature'], p + ('signature',), e)
def _v147(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v146(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k59]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v148(x['type'], p + ('type',), e)
        if 'title' in x:
            y = x['title']
            if not (isinstance(y, str)):
                e.append((p + ('title',), f"{y!r} is not of type 'string'"))
        if 'featuredImage' in x:
            _v149(x['featuredImage'], p + ('featuredImage',), e)
        if 'socialImage' in x:
            _v150(x['socialImage'], p + ('socialImage',), e)
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'timestamp' in x:
            _v151(x['timestamp'], p + ('timestamp',), e)
        if 'aliases' in x:
            _v152(x['aliases'], p + ('aliases',), e)
        if 'tags' in x:
            _v153(x['tags'], p + ('tags',), e)
        if 'resolves' in x:
            _v154(x['resolves'], p + ('resolves',), e)
        if 'notes' in x:
            _v155(x['notes'], p + ('notes',), e)
        if 'properties' in x:
            _v156(x['properties'], p + ('properties',), e)
def _v156(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v155(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v157(y, p + (i,), e)
def _v157(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'text' not in x:
            e.append((p, "'text' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k60]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'locale' in x:
            _v158(x['locale'], p + ('locale',), e)
        if 'text' in x:
            _v93(x['text'], p + ('text',), e)
def _v158(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k61.search(x):
        e.append((p, f"{x!r} does not match '^([a-z]{{2}})(-[A-Z]{{2}})?$'"))
def _v154(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v159(y, p + (i,), e)
def _v159(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k62]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v160(x['type'], p + ('type',), e)
        if 'id' in x:
            y = x['id']
            if not (isinstance(y, str)):
                e.append((p + ('id',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'source' in x:
            _v161(x['source'], p + ('source',), e)
        if 'references' in x:
            _v162(x['references'], p + ('references',), e)
def _v162(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v163(y, p + (i,), e)
def _v163(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k63(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v161(x, p, e):
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
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'url' in x:
            _v164(x['url'], p + ('url',), e)
def _v164(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k65(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v160(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k66):
        e.append((p, f"{x!r} is not one of ['defect', 'enhancement', 'security']"))
def _v153(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v152(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v151(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k67(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v150(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k68(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v149(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k69(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v148(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v145(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v139(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v144(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v75(y, p + (i,), e)
def _v143(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    valid = []
    for n, check in enumerate((_v165, _v166,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k70[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v166(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and len(x) > 1:
        said = ', '.join(repr(y) for y in x[1:])
        verb = 'was' if len(x) == 2 else 'were'
        said = f'Additional items are not allowed ({said} {verb} unexpected)'
        e.append((p, said))
    if isinstance(x, list) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, list) and len(x) > 1:
        e.append((p, f"{x!r} is too long"))
    if isinstance(x, list):
        if len(x) > 0:
            _v167(x[0], p + (0,), e)
def _v167(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k71]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'expression' not in x:
            e.append((p, "'expression' is a required property"))
    if isinstance(x, dict):
        if 'expression' in x:
            y = x['expression']
            if not (isinstance(y, str)):
                e.append((p + ('expression',), f"{y!r} is not of type 'string'"))
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
def _v165(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v168(y, p + (i,), e)
def _v168(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'license' not in x:
            e.append((p, "'license' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k72]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'license' in x:
            _v169(x['license'], p + ('license',), e)
def _v169(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v170, _v171,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k73[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k74]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'id' in x:
            _v172(x['id'], p + ('id',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'text' in x:
            _v93(x['text'], p + ('text',), e)
        if 'url' in x:
            _v173(x['url'], p + ('url',), e)
        if 'licensing' in x:
            _v174(x['licensing'], p + ('licensing',), e)
        if 'properties' in x:
            _v175(x['properties'], p + ('properties',), e)
def _v175(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v174(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k75]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'altIds' in x:
            _v176(x['altIds'], p + ('altIds',), e)
        if 'licensor' in x:
            _v177(x['licensor'], p + ('licensor',), e)
        if 'licensee' in x:
            _v178(x['licensee'], p + ('licensee',), e)
        if 'purchaser' in x:
            _v179(x['purchaser'], p + ('purchaser',), e)
        if 'purchaseOrder' in x:
            y = x['purchaseOrder']
            if not (isinstance(y, str)):
                e.append((p + ('purchaseOrder',), f"{y!r} is not of type 'string'"))
        if 'licenseTypes' in x:
            _v180(x['licenseTypes'], p + ('licenseTypes',), e)
        if 'lastRenewal' in x:
            _v181(x['lastRenewal'], p + ('lastRenewal',), e)
        if 'expiration' in x:
            _v182(x['expiration'], p + ('expiration',), e)
def _v182(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k76(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v181(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k77(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v180(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v183(y, p + (i,), e)
def _v183(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k78):
        e.append((p, f"{x!r} is not one of ['academic', 'appliance', 'client-access', 'concurrent-user', 'core-points', 'custom-metric', 'device', 'evaluation', 'named-user', 'node-locked', 'oem', 'perpetual', 'processor-points', 'subscription', 'user', 'other']"))
def _v179(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k79]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'organization' in x:
            _v140(x['organization'], p + ('organization',), e)
        if 'individual' in x:
            _v184(x['individual'], p + ('individual',), e)
    valid = []
    for n, check in enumerate((_v185, _v186,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k80[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v186(x, p, e):
    if isinstance(x, dict):
        if 'individual' not in x:
            e.append((p, "'individual' is a required property"))
def _v185(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v184(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k81]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'email' in x:
            _v187(x['email'], p + ('email',), e)
        if 'phone' in x:
            y = x['phone']
            if not (isinstance(y, str)):
                e.append((p + ('phone',), f"{y!r} is not of type 'string'"))
def _v187(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k82(x):
        e.append((p, f"{x!r} is not a 'idn-email'"))
def _v178(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k83]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'organization' in x:
            _v140(x['organization'], p + ('organization',), e)
        if 'individual' in x:
            _v184(x['individual'], p + ('individual',), e)
    valid = []
    for n, check in enumerate((_v188, _v189,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k84[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v189(x, p, e):
    if isinstance(x, dict):
        if 'individual' not in x:
            e.append((p, "'individual' is a required property"))
def _v188(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v177(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k85]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'organization' in x:
            _v140(x['organization'], p + ('organization',), e)
        if 'individual' in x:
            _v184(x['individual'], p + ('individual',), e)
    valid = []
    for n, check in enumerate((_v190, _v191,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k86[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v191(x, p, e):
    if isinstance(x, dict):
        if 'individual' not in x:
            e.append((p, "'individual' is a required property"))
def _v190(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v176(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v173(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k87(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v172(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k88):
        e.append((p, f"{x!r} is not one of ['0BSD', '3D-Slicer-1.0', 'AAL', 'Abstyles', 'AdaCore-doc', 'Adobe-2006', 'Adobe-Display-PostScript', 'Adobe-Glyph', 'Adobe-Utopia', 'ADSL', 'Advanced-Cryptics-Dictionary', 'AFL-1.1', 'AFL-1.2', 'AFL-2.0', 'AFL-2.1', 'AFL-3.0', 'Afmparse', 'AGPL-1.0', 'AGPL-1.0-only', 'AGPL-1.0-or-later', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Aladdin', 'ALGLIB-Documentation', 'AMD-newlib', 'AMDPLPA', 'AML', 'AML-glslang', 'AMPAS', 'ANTLR-PD', 'ANTLR-PD-fallback', 'any-OSI', 'any-OSI-perl-modules', 'Apache-1.0', 'Apache-1.1', 'Apache-2.0', 'APAFML', 'APL-1.0', 'App-s2p', 'APSL-1.0', 'APSL-1.1', 'APSL-1.2', 'APSL-2.0', 'Arphic-1999', 'Artistic-1.0', 'Artistic-1.0-cl8', 'Artistic-1.0-Perl', 'Artistic-2.0', 'Artistic-dist', 'Aspell-RU', 'ASWF-Digital-Assets-1.0', 'ASWF-Digital-Assets-1.1', 'Baekmuk', 'Bahyph', 'Barr', 'bcrypt-Solar-Designer', 'Beerware', 'Bitstream-Charter', 'Bitstream-Vera', 'BitTorrent-1.0', 'BitTorrent-1.1', 'blessing', 'BlueOak-1.0.0', 'Boehm-GC', 'Boehm-GC-without-fee', 'BOLA-1.1', 'Borceux', 'Brian-Gladman-2-Clause', 'Brian-Gladman-3-Clause', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Darwin', 'BSD-2-Clause-first-lines', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'BSD-2-Clause-Patent', 'BSD-2-Clause-pkgconf-disclaimer', 'BSD-2-Clause-Views', 'BSD-3-Clause', 'BSD-3-Clause-acpica', 'BSD-3-Clause-Attribution', 'BSD-3-Clause-Clear', 'BSD-3-Clause-flex', 'BSD-3-Clause-HP', 'BSD-3-Clause-LBNL', 'BSD-3-Clause-Modification', 'BSD-3-Clause-No-Military-License', 'BSD-3-Clause-No-Nuclear-License', 'BSD-3-Clause-No-Nuclear-License-2014', 'BSD-3-Clause-No-Nuclear-Warranty', 'BSD-3-Clause-Open-MPI', 'BSD-3-Clause-Sun', 'BSD-3-Clause-Tso', 'BSD-4-Clause', 'BSD-4-Clause-Shortened', 'BSD-4-Clause-UC', 'BSD-4.3RENO', 'BSD-4.3TAHOE', 'BSD-Advertising-Acknowledgement', 'BSD-Attribution-HPND-disclaimer', 'BSD-Inferno-Nettverk', 'BSD-Mark-Modifications', 'BSD-Protection', 'BSD-Source-beginning-file', 'BSD-Source-Code', 'BSD-Systemics', 'BSD-Systemics-W3Works', 'BSL-1.0', 'Buddy', 'BUSL-1.1', 'bzip2-1.0.5', 'bzip2-1.0.6', 'C-UDA-1.0', 'CAL-1.0', 'CAL-1.0-Combined-Work-Exception', 'Caldera', 'Caldera-no-preamble', 'CAPEC-tou', 'Catharon', 'CATOSL-1.1', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-2.5-AU', 'CC-BY-3.0', 'CC-BY-3.0-AT', 'CC-BY-3.0-AU', 'CC-BY-3.0-DE', 'CC-BY-3.0-IGO', 'CC-BY-3.0-NL', 'CC-BY-3.0-US', 'CC-BY-4.0', 'CC-BY-NC-1.0', 'CC-BY-NC-2.0', 'CC-BY-NC-2.5', 'CC-BY-NC-3.0', 'CC-BY-NC-3.0-DE', 'CC-BY-NC-4.0', 'CC-BY-NC-ND-1.0', 'CC-BY-NC-ND-2.0', 'CC-BY-NC-ND-2.5', 'CC-BY-NC-ND-3.0', 'CC-BY-NC-ND-3.0-DE', 'CC-BY-NC-ND-3.0-IGO', 'CC-BY-NC-ND-4.0', 'CC-BY-NC-SA-1.0', 'CC-BY-NC-SA-2.0', 'CC-BY-NC-SA-2.0-DE', 'CC-BY-NC-SA-2.0-FR', 'CC-BY-NC-SA-2.0-UK', 'CC-BY-NC-SA-2.5', 'CC-BY-NC-SA-3.0', 'CC-BY-NC-SA-3.0-DE', 'CC-BY-NC-SA-3.0-IGO', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-1.0', 'CC-BY-ND-2.0', 'CC-BY-ND-2.5', 'CC-BY-ND-3.0', 'CC-BY-ND-3.0-DE', 'CC-BY-ND-4.0', 'CC-BY-SA-1.0', 'CC-BY-SA-2.0', 'CC-BY-SA-2.0-UK', 'CC-BY-SA-2.1-JP', 'CC-BY-SA-2.5', 'CC-BY-SA-3.0', 'CC-BY-SA-3.0-AT', 'CC-BY-SA-3.0-DE', 'CC-BY-SA-3.0-IGO', 'CC-BY-SA-4.0', 'CC-PDDC', 'CC-PDM-1.0', 'CC-SA-1.0', 'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1', 'CDL-1.0', 'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'CDLA-Sharing-1.0', 'CECILL-1.0', 'CECILL-1.1', 'CECILL-2.0', 'CECILL-2.1', 'CECILL-B', 'CECILL-C', 'CERN-OHL-1.1', 'CERN-OHL-1.2', 'CERN-OHL-P-2.0', 'CERN-OHL-S-2.0', 'CERN-OHL-W-2.0', 'CFITSIO', 'check-cvs', 'checkmk', 'ClArtistic', 'Clips', 'CMU-Mach', 'CMU-Mach-nodoc', 'CNRI-Jython', 'CNRI-Python', 'CNRI-Python-GPL-Compatible', 'COIL-1.0', 'Community-Spec-1.0', 'Condor-1.1', 'copyleft-next-0.3.0', 'copyleft-next-0.3.1', 'Cornell-Lossless-JPEG', 'CPAL-1.0', 'CPL-1.0', 'CPOL-1.02', 'Cronyx', 'Crossword', 'CryptoSwift', 'CrystalStacker', 'CUA-OPL-1.0', 'Cube', 'curl', 'cve-tou', 'D-FSL-1.0', 'DEC-3-Clause', 'diffmark', 'DL-DE-BY-2.0', 'DL-DE-ZERO-2.0', 'DOC', 'DocBook-DTD', 'DocBook-Schema', 'DocBook-Stylesheet', 'DocBook-XML', 'Dotseqn', 'DRL-1.0', 'DRL-1.1', 'DSDP', 'dtoa', 'dvipdfm', 'ECL-1.0', 'ECL-2.0', 'eCos-2.0', 'EFL-1.0', 'EFL-2.0', 'eGenix', 'Elastic-2.0', 'Entessa', 'EPICS', 'EPL-1.0', 'EPL-2.0', 'ErlPL-1.1', 'ESA-PL-permissive-2.4', 'ESA-PL-strong-copyleft-2.4', 'ESA-PL-weak-copyleft-2.4', 'etalab-2.0', 'EUDatagrid', 'EUPL-1.0', 'EUPL-1.1', 'EUPL-1.2', 'Eurosym', 'Fair', 'FBM', 'FDK-AAC', 'Ferguson-Twofish', 'Frameworx-1.0', 'FreeBSD-DOC', 'FreeImage', 'FSFAP', 'FSFAP-no-warranty-disclaimer', 'FSFUL', 'FSFULLR', 'FSFULLRSD', 'FSFULLRWD', 'FSL-1.1-ALv2', 'FSL-1.1-MIT', 'FTL', 'Furuseth', 'fwlw', 'Game-Programming-Gems', 'GCR-docs', 'GD', 'generic-xts', 'GFDL-1.1', 'GFDL-1.1-invariants-only', 'GFDL-1.1-invariants-or-later', 'GFDL-1.1-no-invariants-only', 'GFDL-1.1-no-invariants-or-later', 'GFDL-1.1-only', 'GFDL-1.1-or-later', 'GFDL-1.2', 'GFDL-1.2-invariants-only', 'GFDL-1.2-invariants-or-later', 'GFDL-1.2-no-invariants-only', 'GFDL-1.2-no-invariants-or-later', 'GFDL-1.2-only', 'GFDL-1.2-or-later', 'GFDL-1.3', 'GFDL-1.3-invariants-only', 'GFDL-1.3-invariants-or-later', 'GFDL-1.3-no-invariants-only', 'GFDL-1.3-no-invariants-or-later', 'GFDL-1.3-only', 'GFDL-1.3-or-later', 'Giftware', 'GL2PS', 'Glide', 'Glulxe', 'GLWTPL', 'gnuplot', 'GPL-1.0', 'GPL-1.0+', 'GPL-1.0-only', 'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0+', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-2.0-with-autoconf-exception', 'GPL-2.0-with-bison-exception', 'GPL-2.0-with-classpath-exception', 'GPL-2.0-with-font-exception', 'GPL-2.0-with-GCC-exception', 'GPL-3.0', 'GPL-3.0+', 'GPL-3.0-only', 'GPL-3.0-or-later', 'GPL-3.0-with-autoconf-exception', 'GPL-3.0-with-GCC-exception', 'Graphics-Gems', 'gSOAP-1.3b', 'gtkbook', 'Gutmann', 'HaskellReport', 'HDF5', 'hdparm', 'HIDAPI', 'Hippocratic-2.1', 'HP-1986', 'HP-1989', 'HPND', 'HPND-DEC', 'HPND-doc', 'HPND-doc-sell', 'HPND-export-US', 'HPND-export-US-acknowledgement', 'HPND-export-US-modify', 'HPND-export2-US', 'HPND-Fenneberg-Livingston', 'HPND-INRIA-IMAG', 'HPND-Intel', 'HPND-Kevlin-Henney', 'HPND-Markus-Kuhn', 'HPND-merchantability-variant', 'HPND-MIT-disclaimer', 'HPND-Netrek', 'HPND-Pbmplus', 'HPND-sell-MIT-disclaimer-xserver', 'HPND-sell-regexpr', 'HPND-sell-variant', 'HPND-sell-variant-critical-systems', 'HPND-sell-variant-MIT-disclaimer', 'HPND-sell-variant-MIT-disclaimer-rev', 'HPND-SMC', 'HPND-UC', 'HPND-UC-export-US', 'HTMLTIDY', 'hyphen-bulgarian', 'IBM-pibs', 'ICU', 'IEC-Code-Components-EULA', 'IJG', 'IJG-short', 'ImageMagick', 'iMatix', 'Imlib2', 'Info-ZIP', 'Inner-Net-2.0', 'InnoSetup', 'Intel', 'Intel-ACPI', 'Interbase-1.0', 'IPA', 'IPL-1.0', 'ISC', 'ISC-Veillard', 'ISO-permission', 'Jam', 'JasPer-2.0', 'jove', 'JPL-image', 'JPNIC', 'JSON', 'Kastrup', 'Kazlib', 'Knuth-CTAN', 'LAL-1.2', 'LAL-1.3', 'Latex2e', 'Latex2e-translated-notice', 'Leptonica', 'LGPL-2.0', 'LGPL-2.0+', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1', 'LGPL-2.1+', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0+', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'LGPLLR', 'Libpng', 'libpng-1.6.35', 'libpng-2.0', 'libselinux-1.0', 'libtiff', 'libutil-David-Nugent', 'LiLiQ-P-1.1', 'LiLiQ-R-1.1', 'LiLiQ-Rplus-1.1', 'Linux-man-pages-1-para', 'Linux-man-pages-copyleft', 'Linux-man-pages-copyleft-2-para', 'Linux-man-pages-copyleft-var', 'Linux-OpenIB', 'LOOP', 'LPD-document', 'LPL-1.0', 'LPL-1.02', 'LPPL-1.0', 'LPPL-1.1', 'LPPL-1.2', 'LPPL-1.3a', 'LPPL-1.3c', 'lsof', 'Lucida-Bitmap-Fonts', 'LZMA-SDK-9.11-to-9.20', 'LZMA-SDK-9.22', 'Mackerras-3-Clause', 'Mackerras-3-Clause-acknowledgment', 'magaz', 'mailprio', 'MakeIndex', 'man2html', 'Martin-Birgmeier', 'McPhee-slideshow', 'metamail', 'Minpack', 'MIPS', 'MirOS', 'MIT', 'MIT-0', 'MIT-advertising', 'MIT-Click', 'MIT-CMU', 'MIT-enna', 'MIT-feh', 'MIT-Festival', 'MIT-Khronos-old', 'MIT-Modern-Variant', 'MIT-open-group', 'MIT-STK', 'MIT-testregex', 'MIT-Wu', 'MITNFA', 'MMIXware', 'MMPL-1.0.1', 'Motosoto', 'MPEG-SSG', 'mpi-permissive', 'mpich2', 'MPL-1.0', 'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception', 'mplus', 'MS-LPL', 'MS-PL', 'MS-RL', 'MTLL', 'MulanPSL-1.0', 'MulanPSL-2.0', 'Multics', 'Mup', 'NAIST-2003', 'NASA-1.3', 'Naumen', 'NBPL-1.0', 'NCBI-PD', 'NCGL-UK-2.0', 'NCL', 'NCSA', 'Net-SNMP', 'NetCDF', 'Newsletr', 'NGPL', 'ngrep', 'NICTA-1.0', 'NIST-PD', 'NIST-PD-fallback', 'NIST-PD-TNT', 'NIST-Software', 'NLOD-1.0', 'NLOD-2.0', 'NLPL', 'Nokia', 'NOSL', 'Noweb', 'NPL-1.0', 'NPL-1.1', 'NPOSL-3.0', 'NRL', 'NTIA-PD', 'NTP', 'NTP-0', 'Nunit', 'O-UDA-1.0', 'OAR', 'OCCT-PL', 'OCLC-2.0', 'ODbL-1.0', 'ODC-By-1.0', 'OFFIS', 'OFL-1.0', 'OFL-1.0-no-RFN', 'OFL-1.0-RFN', 'OFL-1.1', 'OFL-1.1-no-RFN', 'OFL-1.1-RFN', 'OGC-1.0', 'OGDL-Taiwan-1.0', 'OGL-Canada-2.0', 'OGL-UK-1.0', 'OGL-UK-2.0', 'OGL-UK-3.0', 'OGTSL', 'OLDAP-1.1', 'OLDAP-1.2', 'OLDAP-1.3', 'OLDAP-1.4', 'OLDAP-2.0', 'OLDAP-2.0.1', 'OLDAP-2.1', 'OLDAP-2.2', 'OLDAP-2.2.1', 'OLDAP-2.2.2', 'OLDAP-2.3', 'OLDAP-2.4', 'OLDAP-2.5', 'OLDAP-2.6', 'OLDAP-2.7', 'OLDAP-2.8', 'OLFL-1.3', 'OML', 'OpenMDW-1.0', 'OpenPBS-2.3', 'OpenSSL', 'OpenSSL-standalone', 'OpenVision', 'OPL-1.0', 'OPL-UK-3.0', 'OPUBL-1.0', 'OSC-1.0', 'OSET-PL-2.1', 'OSL-1.0', 'OSL-1.1', 'OSL-2.0', 'OSL-2.1', 'OSL-3.0', 'OSSP', 'PADL', 'ParaType-Free-Font-1.3', 'Parity-6.0.0', 'Parity-7.0.0', 'PDDL-1.0', 'PHP-3.0', 'PHP-3.01', 'Pixar', 'pkgconf', 'Plexus', 'pnmstitch', 'PolyForm-Noncommercial-1.0.0', 'PolyForm-Small-Business-1.0.0', 'PostgreSQL', 'PPL', 'PSF-2.0', 'psfrag', 'psutils', 'Python-2.0', 'Python-2.0.1', 'python-ldap', 'Qhull', 'QPL-1.0', 'QPL-1.0-INRIA-2004', 'radvd', 'Rdisc', 'RHeCos-1.1', 'RPL-1.1', 'RPL-1.5', 'RPSL-1.0', 'RSA-MD', 'RSCPL', 'Ruby', 'Ruby-pty', 'SAX-PD', 'SAX-PD-2.0', 'Saxpath', 'SCEA', 'SchemeReport', 'Sendmail', 'Sendmail-8.23', 'Sendmail-Open-Source-1.1', 'SGI-B-1.0', 'SGI-B-1.1', 'SGI-B-2.0', 'SGI-OpenGL', 'SGMLUG-PM', 'SGP4', 'SHL-0.5', 'SHL-0.51', 'SimPL-2.0', 'SISSL', 'SISSL-1.2', 'SL', 'Sleepycat', 'SMAIL-GPL', 'SMLNJ', 'SMPPL', 'SNIA', 'snprintf', 'SOFA', 'softSurfer', 'Soundex', 'Spencer-86', 'Spencer-94', 'Spencer-99', 'SPL-1.0', 'ssh-keyscan', 'SSH-OpenSSH', 'SSH-short', 'SSLeay-standalone', 'SSPL-1.0', 'StandardML-NJ', 'SugarCRM-1.1.3', 'SUL-1.0', 'Sun-PPP', 'Sun-PPP-2000', 'SunPro', 'SWL', 'swrule', 'Symlinks', 'TAPR-OHL-1.0', 'TCL', 'TCP-wrappers', 'TekHVC', 'TermReadKey', 'TGPPL-1.0', 'ThirdEye', 'threeparttable', 'TMate', 'TORQUE-1.1', 'TOSL', 'TPDL', 'TPL-1.0', 'TrustedQSL', 'TTWL', 'TTYP0', 'TU-Berlin-1.0', 'TU-Berlin-2.0', 'Ubuntu-font-1.0', 'UCAR', 'UCL-1.0', 'ulem', 'UMich-Merit', 'Unicode-3.0', 'Unicode-DFS-2015', 'Unicode-DFS-2016', 'Unicode-TOU', 'UnixCrypt', 'Unlicense', 'Unlicense-libtelnet', 'Unlicense-libwhirlpool', 'UnRAR', 'UPL-1.0', 'URT-RLE', 'Vim', 'Vixie-Cron', 'VOSTROM', 'VSL-1.0', 'W3C', 'W3C-19980720', 'W3C-20150513', 'w3m', 'Watcom-1.0', 'Widget-Workshop', 'WordNet', 'Wsuipa', 'WTFNMFPL', 'WTFPL', 'wwl', 'wxWindows', 'X11', 'X11-distribute-modifications-variant', 'X11-no-permit-persons', 'X11-swapped', 'Xdebug-1.03', 'Xerox', 'Xfig', 'XFree86-1.1', 'xinetd', 'xkeyboard-config-Zinoviev', 'xlock', 'Xnet', 'xpp', 'XSkat', 'xzoom', 'YPL-1.0', 'YPL-1.1', 'Zed', 'Zeeff', 'Zend-2.0', 'Zimbra-1.3', 'Zimbra-1.4', 'Zlib', 'zlib-acknowledgement', 'ZPL-1.1', 'ZPL-2.0', 'ZPL-2.1', '389-exception', 'Asterisk-exception', 'Asterisk-linking-protocols-exception', 'Autoconf-exception-2.0', 'Autoconf-exception-3.0', 'Autoconf-exception-generic', 'Autoconf-exception-generic-3.0', 'Autoconf-exception-macro', 'Bison-exception-1.24', 'Bison-exception-2.2', 'Bootloader-exception', 'CGAL-linking-exception', 'Classpath-exception-2.0', 'Classpath-exception-2.0-short', 'CLISP-exception-2.0', 'cryptsetup-OpenSSL-exception', 'Digia-Qt-LGPL-exception-1.1', 'DigiRule-FOSS-exception', 'eCos-exception-2.0', 'erlang-otp-linking-exception', 'Fawkes-Runtime-exception', 'FLTK-exception', 'fmt-exception', 'Font-exception-2.0', 'freertos-exception-2.0', 'GCC-exception-2.0', 'GCC-exception-2.0-note', 'GCC-exception-3.1', 'Gmsh-exception', 'GNAT-exception', 'GNOME-examples-exception', 'GNU-compiler-exception', 'gnu-javamail-exception', 'GPL-3.0-389-ds-base-exception', 'GPL-3.0-interface-exception', 'GPL-3.0-linking-exception', 'GPL-3.0-linking-source-exception', 'GPL-CC-1.0', 'GStreamer-exception-2005', 'GStreamer-exception-2008', 'harbour-exception', 'i2p-gpl-java-exception', 'Independent-modules-exception', 'KiCad-libraries-exception', 'kvirc-openssl-exception', 'LGPL-3.0-linking-exception', 'libpri-OpenH323-exception', 'Libtool-exception', 'Linux-syscall-note', 'LLGPL', 'LLVM-exception', 'LZMA-exception', 'mif-exception', 'mxml-exception', 'Nokia-Qt-exception-1.1', 'OCaml-LGPL-linking-exception', 'OCCT-exception-1.0', 'OpenJDK-assembly-exception-1.0', 'openvpn-openssl-exception', 'PCRE2-exception', 'polyparse-exception', 'PS-or-PDF-font-exception-20170817', 'QPL-1.0-INRIA-2004-exception', 'Qt-GPL-exception-1.0', 'Qt-LGPL-exception-1.1', 'Qwt-exception-1.0', 'romic-exception', 'RRDtool-FLOSS-exception-2.0', 'rsync-linking-exception', 'SANE-exception', 'SHL-2.0', 'SHL-2.1', 'Simple-Library-Usage-exception', 'sqlitestudio-OpenSSL-exception', 'stunnel-exception', 'SWI-exception', 'Swift-exception', 'Texinfo-exception', 'u-boot-exception-2.0', 'UBDL-exception', 'Universal-FOSS-exception-1.0', 'vsftpd-openssl-exception', 'WxWindows-exception-3.1', 'x11vnc-openssl-exception']"))
def _v171(x, p, e):
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
def _v170(x, p, e):
    if isinstance(x, dict):
        if 'id' not in x:
            e.append((p, "'id' is a required property"))
def _v142(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v192(y, p + (i,), e)
def _v192(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'flow' not in x:
            e.append((p, "'flow' is a required property"))
        if 'classification' not in x:
            e.append((p, "'classification' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k89]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'flow' in x:
            _v193(x['flow'], p + ('flow',), e)
        if 'classification' in x:
            _v194(x['classification'], p + ('classification',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'governance' in x:
            _v195(x['governance'], p + ('governance',), e)
        if 'source' in x:
            _v196(x['source'], p + ('source',), e)
        if 'destination' in x:
            _v197(x['destination'], p + ('destination',), e)
def _v197(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v198(y, p + (i,), e)
def _v198(x, p, e):
    valid = []
    for n, check in enumerate((_v199, _v87,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v199(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k90(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v196(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v200(y, p + (i,), e)
def _v200(x, p, e):
    valid = []
    for n, check in enumerate((_v201, _v87,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v201(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k91(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v195(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k92]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'custodians' in x:
            _v202(x['custodians'], p + ('custodians',), e)
        if 'stewards' in x:
            _v203(x['stewards'], p + ('stewards',), e)
        if 'owners' in x:
            _v204(x['owners'], p + ('owners',), e)
def _v204(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v205(y, p + (i,), e)
def _v205(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k93]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'organization' in x:
            _v140(x['organization'], p + ('organization',), e)
        if 'contact' in x:
            _v184(x['contact'], p + ('contact',), e)
    valid = []
    for n, check in enumerate((_v206, _v207,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k94[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v207(x, p, e):
    if isinstance(x, dict):
        if 'contact' not in x:
            e.append((p, "'contact' is a required property"))
def _v206(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v203(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v205(y, p + (i,), e)
def _v202(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v205(y, p + (i,), e)
def _v194(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v193(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k95):
        e.append((p, f"{x!r} is not one of ['inbound', 'outbound', 'bi-directional', 'unknown']"))
def _v141(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v208(y, p + (i,), e)
def _v208(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k96(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v140(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k97]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'url' in x:
            _v209(x['url'], p + ('url',), e)
        if 'contact' in x:
            _v210(x['contact'], p + ('contact',), e)
def _v210(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v184(y, p + (i,), e)
def _v209(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v211(y, p + (i,), e)
def _v211(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k98(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v44(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v212(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v212(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k99]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v213(x['type'], p + ('type',), e)
        if 'mime-type' in x:
            _v214(x['mime-type'], p + ('mime-type',), e)
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'supplier' in x:
            _v140(x['supplier'], p + ('supplier',), e)
        if 'author' in x:
            y = x['author']
            if not (isinstance(y, str)):
                e.append((p + ('author',), f"{y!r} is not of type 'string'"))
        if 'publisher' in x:
            y = x['publisher']
            if not (isinstance(y, str)):
                e.append((p + ('publisher',), f"{y!r} is not of type 'string'"))
        if 'group' in x:
            y = x['group']
            if not (isinstance(y, str)):
                e.append((p + ('group',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'version' in x:
            y = x['version']
            if not (isinstance(y, str)):
                e.append((p + ('version',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'scope' in x:
            _v215(x['scope'], p + ('scope',), e)
        if 'hashes' in x:
            _v216(x['hashes'], p + ('hashes',), e)
        if 'licenses' in x:
            _v143(x['licenses'], p + ('licenses',), e)
        if 'copyright' in x:
            y = x['copyright']
            if not (isinstance(y, str)):
                e.append((p + ('copyright',), f"{y!r} is not of type 'string'"))
        if 'cpe' in x:
            y = x['cpe']
            if not (isinstance(y, str)):
                e.append((p + ('cpe',), f"{y!r} is not of type 'string'"))
        if 'purl' in x:
            y = x['purl']
            if not (isinstance(y, str)):
                e.append((p + ('purl',), f"{y!r} is not of type 'string'"))
        if 'swid' in x:
            _v217(x['swid'], p + ('swid',), e)
        if 'modified' in x:
            y = x['modified']
            if not (isinstance(y, bool)):
                e.append((p + ('modified',), f"{y!r} is not of type 'boolean'"))
        if 'pedigree' in x:
            _v218(x['pedigree'], p + ('pedigree',), e)
        if 'externalReferences' in x:
            _v219(x['externalReferences'], p + ('externalReferences',), e)
        if 'components' in x:
            _v220(x['components'], p + ('components',), e)
        if 'evidence' in x:
            _v221(x['evidence'], p + ('evidence',), e)
        if 'releaseNotes' in x:
            _v146(x['releaseNotes'], p + ('releaseNotes',), e)
        if 'modelCard' in x:
            _v222(x['modelCard'], p + ('modelCard',), e)
        if 'data' in x:
            _v223(x['data'], p + ('data',), e)
        if 'properties' in x:
            _v224(x['properties'], p + ('properties',), e)
        if 'signature' in x:
            _v14(x['signature'], p + ('signature',), e)
def _v224(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v223(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v225(y, p + (i,), e)
def _v225(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k100]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'type' in x:
            _v226(x['type'], p + ('type',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'contents' in x:
            _v227(x['contents'], p + ('contents',), e)
        if 'classification' in x:
            _v194(x['classification'], p + ('classification',), e)
        if 'sensitiveData' in x:
            _v228(x['sensitiveData'], p + ('sensitiveData',), e)
        if 'graphics' in x:
            _v229(x['graphics'], p + ('graphics',), e)
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'governance' in x:
            _v195(x['governance'], p + ('governance',), e)
def _v229(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k101]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'collection' in x:
            _v230(x['collection'], p + ('collection',), e)
def _v230(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v231(y, p + (i,), e)
def _v231(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k102]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'image' in x:
            _v93(x['image'], p + ('image',), e)
def _v228(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v227(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k103]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'attachment' in x:
            _v93(x['attachment'], p + ('attachment',), e)
        if 'url' in x:
            _v232(x['url'], p + ('url',), e)
        if 'properties' in x:
            _v233(x['properties'], p + ('properties',), e)
def _v233(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v232(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k104(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v226(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k105):
        e.append((p, f"{x!r} is not one of ['source-code', 'configuration', 'dataset', 'definition', 'other']"))
def _v222(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k106]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'modelParameters' in x:
            _v234(x['modelParameters'], p + ('modelParameters',), e)
        if 'quantitativeAnalysis' in x:
            _v235(x['quantitativeAnalysis'], p + ('quantitativeAnalysis',), e)
        if 'considerations' in x:
            _v236(x['considerations'], p + ('considerations',), e)
        if 'properties' in x:
            _v237(x['properties'], p + ('properties',), e)
def _v237(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v236(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k107]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'users' in x:
            _v238(x['users'], p + ('users',), e)
        if 'useCases' in x:
            _v239(x['useCases'], p + ('useCases',), e)
        if 'technicalLimitations' in x:
            _v240(x['technicalLimitations'], p + ('technicalLimitations',), e)
        if 'performanceTradeoffs' in x:
            _v241(x['performanceTradeoffs'], p + ('performanceTradeoffs',), e)
        if 'ethicalConsiderations' in x:
            _v242(x['ethicalConsiderations'], p + ('ethicalConsiderations',), e)
        if 'fairnessAssessments' in x:
            _v243(x['fairnessAssessments'], p + ('fairnessAssessments',), e)
def _v243(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v244(y, p + (i,), e)
def _v244(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k108]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'groupAtRisk' in x:
            y = x['groupAtRisk']
            if not (isinstance(y, str)):
                e.append((p + ('groupAtRisk',), f"{y!r} is not of type 'string'"))
        if 'benefits' in x:
            y = x['benefits']
            if not (isinstance(y, str)):
                e.append((p + ('benefits',), f"{y!r} is not of type 'string'"))
        if 'harms' in x:
            y = x['harms']
            if not (isinstance(y, str)):
                e.append((p + ('harms',), f"{y!r} is not of type 'string'"))
        if 'mitigationStrategy' in x:
            y = x['mitigationStrategy']
            if not (isinstance(y, str)):
                e.append((p + ('mitigationStrategy',), f"{y!r} is not of type 'string'"))
def _v242(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v245(y, p + (i,), e)
def _v245(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k109]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'mitigationStrategy' in x:
            y = x['mitigationStrategy']
            if not (isinstance(y, str)):
                e.append((p + ('mitigationStrategy',), f"{y!r} is not of type 'string'"))
def _v241(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v240(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v239(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v238(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v235(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k110]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'performanceMetrics' in x:
            _v246(x['performanceMetrics'], p + ('performanceMetrics',), e)
        if 'graphics' in x:
            _v229(x['graphics'], p + ('graphics',), e)
def _v246(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v247(y, p + (i,), e)
def _v247(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k111]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            y = x['type']
            if not (isinstance(y, str)):
                e.append((p + ('type',), f"{y!r} is not of type 'string'"))
        if 'value' in x:
            y = x['value']
            if not (isinstance(y, str)):
                e.append((p + ('value',), f"{y!r} is not of type 'string'"))
        if 'slice' in x:
            y = x['slice']
            if not (isinstance(y, str)):
                e.append((p + ('slice',), f"{y!r} is not of type 'string'"))
        if 'confidenceInterval' in x:
            _v248(x['confidenceInterval'], p + ('confidenceInterval',), e)
def _v248(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k112]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'lowerBound' in x:
            y = x['lowerBound']
            if not (isinstance(y, str)):
                e.append((p + ('lowerBound',), f"{y!r} is not of type 'string'"))
        if 'upperBound' in x:
            y = x['upperBound']
            if not (isinstance(y, str)):
                e.append((p + ('upperBound',), f"{y!r} is not of type 'string'"))
def _v234(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k113]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'approach' in x:
            _v249(x['approach'], p + ('approach',), e)
        if 'task' in x:
            y = x['task']
            if not (isinstance(y, str)):
                e.append((p + ('task',), f"{y!r} is not of type 'string'"))
        if 'architectureFamily' in x:
            y = x['architectureFamily']
            if not (isinstance(y, str)):
                e.append((p + ('architectureFamily',), f"{y!r} is not of type 'string'"))
        if 'modelArchitecture' in x:
            y = x['modelArchitecture']
            if not (isinstance(y, str)):
                e.append((p + ('modelArchitecture',), f"{y!r} is not of type 'string'"))
        if 'datasets' in x:
            _v250(x['datasets'], p + ('datasets',), e)
        if 'inputs' in x:
            _v251(x['inputs'], p + ('inputs',), e)
        if 'outputs' in x:
            _v252(x['outputs'], p + ('outputs',), e)
def _v252(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v253(y, p + (i,), e)
def _v253(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k114]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'format' in x:
            y = x['format']
            if not (isinstance(y, str)):
                e.append((p + ('format',), f"{y!r} is not of type 'string'"))
def _v251(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v253(y, p + (i,), e)
def _v250(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v254(y, p + (i,), e)
def _v254(x, p, e):
    valid = []
    for n, check in enumerate((_v225, _v255,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k115[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v255(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k116]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'ref' in x:
            _v256(x['ref'], p + ('ref',), e)
def _v256(x, p, e):
    valid = []
    for n, check in enumerate((_v63, _v87,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v249(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k117]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v257(x['type'], p + ('type',), e)
def _v257(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k118):
        e.append((p, f"{x!r} is not one of ['supervised', 'unsupervised', 'reinforcement-learning', 'semi-supervised', 'self-supervised']"))
def _v221(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k119]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'identity' in x:
            _v258(x['identity'], p + ('identity',), e)
        if 'occurrences' in x:
            _v259(x['occurrences'], p + ('occurrences',), e)
        if 'callstack' in x:
            _v260(x['callstack'], p + ('callstack',), e)
        if 'licenses' in x:
            _v143(x['licenses'], p + ('licenses',), e)
        if 'copyright' in x:
            _v261(x['copyright'], p + ('copyright',), e)
def _v261(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v262(y, p + (i,), e)
def _v262(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'text' not in x:
            e.append((p, "'text' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k120]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'text' in x:
            y = x['text']
            if not (isinstance(y, str)):
                e.append((p + ('text',), f"{y!r} is not of type 'string'"))
def _v260(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k121]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'frames' in x:
            _v263(x['frames'], p + ('frames',), e)
def _v263(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v264(y, p + (i,), e)
def _v264(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'module' not in x:
            e.append((p, "'module' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k122]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'package' in x:
            y = x['package']
            if not (isinstance(y, str)):
                e.append((p + ('package',), f"{y!r} is not of type 'string'"))
        if 'module' in x:
            y = x['module']
            if not (isinstance(y, str)):
                e.append((p + ('module',), f"{y!r} is not of type 'string'"))
        if 'function' in x:
            y = x['function']
            if not (isinstance(y, str)):
                e.append((p + ('function',), f"{y!r} is not of type 'string'"))
        if 'parameters' in x:
            _v265(x['parameters'], p + ('parameters',), e)
        if 'line' in x:
            y = x['line']
            if not (((isinstance(y, int) and not isinstance(y, bool)) or (isinstance(y, float) and y.is_integer()))):
                e.append((p + ('line',), f"{y!r} is not of type 'integer'"))
        if 'column' in x:
            y = x['column']
            if not (((isinstance(y, int) and not isinstance(y, bool)) or (isinstance(y, float) and y.is_integer()))):
                e.append((p + ('column',), f"{y!r} is not of type 'integer'"))
        if 'fullFilename' in x:
            y = x['fullFilename']
            if not (isinstance(y, str)):
                e.append((p + ('fullFilename',), f"{y!r} is not of type 'string'"))
def _v265(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v259(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v266(y, p + (i,), e)
def _v266(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'location' not in x:
            e.append((p, "'location' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k123]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'location' in x:
            y = x['location']
            if not (isinstance(y, str)):
                e.append((p + ('location',), f"{y!r} is not of type 'string'"))
def _v258(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'field' not in x:
            e.append((p, "'field' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k124]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'field' in x:
            _v267(x['field'], p + ('field',), e)
        if 'confidence' in x:
            _v268(x['confidence'], p + ('confidence',), e)
        if 'methods' in x:
            _v269(x['methods'], p + ('methods',), e)
        if 'tools' in x:
            _v270(x['tools'], p + ('tools',), e)
def _v270(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v271(y, p + (i,), e)
def _v271(x, p, e):
    valid = []
    for n, check in enumerate((_v63, _v87,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v269(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v272(y, p + (i,), e)
def _v272(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'technique' not in x:
            e.append((p, "'technique' is a required property"))
        if 'confidence' not in x:
            e.append((p, "'confidence' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k125]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'technique' in x:
            _v273(x['technique'], p + ('technique',), e)
        if 'confidence' in x:
            _v274(x['confidence'], p + ('confidence',), e)
        if 'value' in x:
            y = x['value']
            if not (isinstance(y, str)):
                e.append((p + ('value',), f"{y!r} is not of type 'string'"))
def _v274(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 1:
        e.append((p, f"{x!r} is greater than the maximum of 1"))
def _v273(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k126):
        e.append((p, f"{x!r} is not one of ['source-code-analysis', 'binary-analysis', 'manifest-analysis', 'ast-fingerprint', 'hash-comparison', 'instrumentation', 'dynamic-analysis', 'filename', 'attestation', 'other']"))
def _v268(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 1:
        e.append((p, f"{x!r} is greater than the maximum of 1"))
def _v267(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k127):
        e.append((p, f"{x!r} is not one of ['group', 'name', 'version', 'purl', 'cpe', 'swid', 'hash']"))
def _v220(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v212(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v219(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v75(y, p + (i,), e)
def _v218(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k128]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'ancestors' in x:
            _v275(x['ancestors'], p + ('ancestors',), e)
        if 'descendants' in x:
            _v276(x['descendants'], p + ('descendants',), e)
        if 'variants' in x:
            _v277(x['variants'], p + ('variants',), e)
        if 'commits' in x:
            _v278(x['commits'], p + ('commits',), e)
        if 'patches' in x:
            _v279(x['patches'], p + ('patches',), e)
        if 'notes' in x:
            y = x['notes']
            if not (isinstance(y, str)):
                e.append((p + ('notes',), f"{y!r} is not of type 'string'"))
def _v279(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v280(y, p + (i,), e)
def _v280(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k129]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v281(x['type'], p + ('type',), e)
        if 'diff' in x:
            _v282(x['diff'], p + ('diff',), e)
        if 'resolves' in x:
            _v283(x['resolves'], p + ('resolves',), e)
def _v283(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v159(y, p + (i,), e)
def _v282(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k130]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'text' in x:
            _v93(x['text'], p + ('text',), e)
        if 'url' in x:
            _v284(x['url'], p + ('url',), e)
def _v284(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k131(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v281(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k132):
        e.append((p, f"{x!r} is not one of ['unofficial', 'monkey', 'backport', 'cherry-pick']"))
def _v278(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v285(y, p + (i,), e)
def _v285(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k133]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'uid' in x:
            y = x['uid']
            if not (isinstance(y, str)):
                e.append((p + ('uid',), f"{y!r} is not of type 'string'"))
        if 'url' in x:
            _v286(x['url'], p + ('url',), e)
        if 'author' in x:
            _v287(x['author'], p + ('author',), e)
        if 'committer' in x:
            _v287(x['committer'], p + ('committer',), e)
        if 'message' in x:
            y = x['message']
            if not (isinstance(y, str)):
                e.append((p + ('message',), f"{y!r} is not of type 'string'"))
def _v287(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k134]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'timestamp' in x:
            _v288(x['timestamp'], p + ('timestamp',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'email' in x:
            _v289(x['email'], p + ('email',), e)
def _v289(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k135(x):
        e.append((p, f"{x!r} is not a 'idn-email'"))
def _v288(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k136(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v286(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k137(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v277(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v212(y, p + (i,), e)
def _v276(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v212(y, p + (i,), e)
def _v275(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v212(y, p + (i,), e)
def _v217(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'tagId' not in x:
            e.append((p, "'tagId' is a required property"))
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k138]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'tagId' in x:
            y = x['tagId']
            if not (isinstance(y, str)):
                e.append((p + ('tagId',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'version' in x:
            y = x['version']
            if not (isinstance(y, str)):
                e.append((p + ('version',), f"{y!r} is not of type 'string'"))
        if 'tagVersion' in x:
            y = x['tagVersion']
            if not (((isinstance(y, int) and not isinstance(y, bool)) or (isinstance(y, float) and y.is_integer()))):
                e.append((p + ('tagVersion',), f"{y!r} is not of type 'integer'"))
        if 'patch' in x:
            y = x['patch']
            if not (isinstance(y, bool)):
                e.append((p + ('patch',), f"{y!r} is not of type 'boolean'"))
        if 'text' in x:
            _v93(x['text'], p + ('text',), e)
        if 'url' in x:
            _v290(x['url'], p + ('url',), e)
def _v290(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k139(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v216(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v81(y, p + (i,), e)
def _v215(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k140):
        e.append((p, f"{x!r} is not one of ['required', 'optional', 'excluded']"))
def _v214(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k141.search(x):
        e.append((p, f"{x!r} does not match '^[-+a-z0-9.]+/[-+a-z0-9.]+$'"))
def _v213(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k142):
        e.append((p, f"{x!r} is not one of ['application', 'framework', 'library', 'container', 'platform', 'operating-system', 'device', 'device-driver', 'firmware', 'file', 'machine-learning-model', 'data']"))
def _v43(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v11(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v291(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v291(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'subjects' not in x:
            e.append((p, "'subjects' is a required property"))
        if 'annotator' not in x:
            e.append((p, "'annotator' is a required property"))
        if 'timestamp' not in x:
            e.append((p, "'timestamp' is a required property"))
        if 'text' not in x:
            e.append((p, "'text' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k143]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'subjects' in x:
            _v292(x['subjects'], p + ('subjects',), e)
        if 'annotator' in x:
            _v293(x['annotator'], p + ('annotator',), e)
        if 'timestamp' in x:
            _v294(x['timestamp'], p + ('timestamp',), e)
        if 'text' in x:
            y = x['text']
            if not (isinstance(y, str)):
                e.append((p + ('text',), f"{y!r} is not of type 'string'"))
        if 'signature' in x:
            _v14(x['signature'], p + ('signature',), e)
def _v294(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k144(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v293(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v295, _v296, _v297, _v298,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k145[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k146]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'organization' in x:
            _v140(x['organization'], p + ('organization',), e)
        if 'individual' in x:
            _v184(x['individual'], p + ('individual',), e)
        if 'component' in x:
            _v212(x['component'], p + ('component',), e)
        if 'service' in x:
            _v139(x['service'], p + ('service',), e)
def _v298(x, p, e):
    if isinstance(x, dict):
        if 'service' not in x:
            e.append((p, "'service' is a required property"))
def _v297(x, p, e):
    if isinstance(x, dict):
        if 'component' not in x:
            e.append((p, "'component' is a required property"))
def _v296(x, p, e):
    if isinstance(x, dict):
        if 'individual' not in x:
            e.append((p, "'individual' is a required property"))
def _v295(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v292(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v299(y, p + (i,), e)
def _v299(x, p, e):
    valid = []
    for n, check in enumerate((_v63, _v87,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v10(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v300(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v300(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k147]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'id' in x:
            y = x['id']
            if not (isinstance(y, str)):
                e.append((p + ('id',), f"{y!r} is not of type 'string'"))
        if 'source' in x:
            _v301(x['source'], p + ('source',), e)
        if 'references' in x:
            _v302(x['references'], p + ('references',), e)
        if 'ratings' in x:
            _v303(x['ratings'], p + ('ratings',), e)
        if 'cwes' in x:
            _v304(x['cwes'], p + ('cwes',), e)
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'detail' in x:
            y = x['detail']
            if not (isinstance(y, str)):
                e.append((p + ('detail',), f"{y!r} is not of type 'string'"))
        if 'recommendation' in x:
            y = x['recommendation']
            if not (isinstance(y, str)):
                e.append((p + ('recommendation',), f"{y!r} is not of type 'string'"))
        if 'workaround' in x:
            y = x['workaround']
            if not (isinstance(y, str)):
                e.append((p + ('workaround',), f"{y!r} is not of type 'string'"))
        if 'proofOfConcept' in x:
            _v305(x['proofOfConcept'], p + ('proofOfConcept',), e)
        if 'advisories' in x:
            _v306(x['advisories'], p + ('advisories',), e)
        if 'created' in x:
            _v307(x['created'], p + ('created',), e)
        if 'published' in x:
            _v308(x['published'], p + ('published',), e)
        if 'updated' in x:
            _v309(x['updated'], p + ('updated',), e)
        if 'rejected' in x:
            _v310(x['rejected'], p + ('rejected',), e)
        if 'credits' in x:
            _v311(x['credits'], p + ('credits',), e)
        if 'tools' in x:
            _v312(x['tools'], p + ('tools',), e)
        if 'analysis' in x:
            _v313(x['analysis'], p + ('analysis',), e)
        if 'affects' in x:
            _v314(x['affects'], p + ('affects',), e)
        if 'properties' in x:
            _v315(x['properties'], p + ('properties',), e)
def _v315(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v314(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v316(y, p + (i,), e)
def _v316(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'ref' not in x:
            e.append((p, "'ref' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k148]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'ref' in x:
            _v317(x['ref'], p + ('ref',), e)
        if 'versions' in x:
            _v318(x['versions'], p + ('versions',), e)
def _v318(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v319(y, p + (i,), e)
def _v319(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v320, _v321,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k149[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k150]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'version' in x:
            _v322(x['version'], p + ('version',), e)
        if 'range' in x:
            _v323(x['range'], p + ('range',), e)
        if 'status' in x:
            _v324(x['status'], p + ('status',), e)
def _v324(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k151):
        e.append((p, f"{x!r} is not one of ['affected', 'unaffected', 'unknown']"))
def _v323(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 1024:
        e.append((p, f"{x!r} is too long"))
def _v322(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 1024:
        e.append((p, f"{x!r} is too long"))
def _v321(x, p, e):
    if isinstance(x, dict):
        if 'range' not in x:
            e.append((p, "'range' is a required property"))
def _v320(x, p, e):
    if isinstance(x, dict):
        if 'version' not in x:
            e.append((p, "'version' is a required property"))
def _v317(x, p, e):
    valid = []
    for n, check in enumerate((_v63, _v87,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v313(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k152]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'state' in x:
            _v325(x['state'], p + ('state',), e)
        if 'justification' in x:
            _v326(x['justification'], p + ('justification',), e)
        if 'response' in x:
            _v327(x['response'], p + ('response',), e)
        if 'detail' in x:
            y = x['detail']
            if not (isinstance(y, str)):
                e.append((p + ('detail',), f"{y!r} is not of type 'string'"))
        if 'firstIssued' in x:
            _v328(x['firstIssued'], p + ('firstIssued',), e)
        if 'lastUpdated' in x:
            _v329(x['lastUpdated'], p + ('lastUpdated',), e)
def _v329(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k153(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v328(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k154(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v327(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v330(y, p + (i,), e)
def _v330(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k155):
        e.append((p, f"{x!r} is not one of ['can_not_fix', 'will_not_fix', 'update', 'rollback', 'workaround_available']"))
def _v326(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k156):
        e.append((p, f"{x!r} is not one of ['code_not_present', 'code_not_reachable', 'requires_configuration', 'requires_dependency', 'requires_environment', 'protected_by_compiler', 'protected_at_runtime', 'protected_at_perimeter', 'protected_by_mitigating_control']"))
def _v325(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k157):
        e.append((p, f"{x!r} is not one of ['resolved', 'resolved_with_pedigree', 'exploitable', 'in_triage', 'false_positive', 'not_affected']"))
def _v312(x, p, e):
    valid = []
    for n, check in enumerate((_v331, _v332,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k158[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v332(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v333(y, p + (i,), e)
def _v333(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k159]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'vendor' in x:
            y = x['vendor']
            if not (isinstance(y, str)):
                e.append((p + ('vendor',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'version' in x:
            y = x['version']
            if not (isinstance(y, str)):
                e.append((p + ('version',), f"{y!r} is not of type 'string'"))
        if 'hashes' in x:
            _v334(x['hashes'], p + ('hashes',), e)
        if 'externalReferences' in x:
            _v335(x['externalReferences'], p + ('externalReferences',), e)
def _v335(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v75(y, p + (i,), e)
def _v334(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v81(y, p + (i,), e)
def _v331(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k160]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'components' in x:
            _v336(x['components'], p + ('components',), e)
        if 'services' in x:
            _v337(x['services'], p + ('services',), e)
def _v337(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v139(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v336(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v212(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v311(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k161]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'organizations' in x:
            _v338(x['organizations'], p + ('organizations',), e)
        if 'individuals' in x:
            _v339(x['individuals'], p + ('individuals',), e)
def _v339(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v184(y, p + (i,), e)
def _v338(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v140(y, p + (i,), e)
def _v310(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k162(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v309(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k163(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v308(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k164(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v307(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k165(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v306(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v340(y, p + (i,), e)
def _v340(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'url' not in x:
            e.append((p, "'url' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k166]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'title' in x:
            y = x['title']
            if not (isinstance(y, str)):
                e.append((p + ('title',), f"{y!r} is not of type 'string'"))
        if 'url' in x:
            _v341(x['url'], p + ('url',), e)
def _v341(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k167(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v305(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'reproductionSteps' in x:
            y = x['reproductionSteps']
            if not (isinstance(y, str)):
                e.append((p + ('reproductionSteps',), f"{y!r} is not of type 'string'"))
        if 'environment' in x:
            y = x['environment']
            if not (isinstance(y, str)):
                e.append((p + ('environment',), f"{y!r} is not of type 'string'"))
        if 'supportingMaterial' in x:
            _v342(x['supportingMaterial'], p + ('supportingMaterial',), e)
def _v342(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v93(y, p + (i,), e)
def _v304(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v343(y, p + (i,), e)
def _v343(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
def _v303(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v344(y, p + (i,), e)
def _v344(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k168]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'source' in x:
            _v301(x['source'], p + ('source',), e)
        if 'score' in x:
            y = x['score']
            if not ((isinstance(y, (int, float)) and not isinstance(y, bool))):
                e.append((p + ('score',), f"{y!r} is not of type 'number'"))
        if 'severity' in x:
            _v345(x['severity'], p + ('severity',), e)
        if 'method' in x:
            _v346(x['method'], p + ('method',), e)
        if 'vector' in x:
            y = x['vector']
            if not (isinstance(y, str)):
                e.append((p + ('vector',), f"{y!r} is not of type 'string'"))
        if 'justification' in x:
            y = x['justification']
            if not (isinstance(y, str)):
                e.append((p + ('justification',), f"{y!r} is not of type 'string'"))
def _v346(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k169):
        e.append((p, f"{x!r} is not one of ['CVSSv2', 'CVSSv3', 'CVSSv31', 'CVSSv4', 'OWASP', 'SSVC', 'other']"))
def _v345(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k170):
        e.append((p, f"{x!r} is not one of ['critical', 'high', 'medium', 'low', 'info', 'none', 'unknown']"))
def _v302(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v347(y, p + (i,), e)
def _v347(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'id' not in x:
            e.append((p, "'id' is a required property"))
        if 'source' not in x:
            e.append((p, "'source' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k171]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'id' in x:
            y = x['id']
            if not (isinstance(y, str)):
                e.append((p + ('id',), f"{y!r} is not of type 'string'"))
        if 'source' in x:
            _v301(x['source'], p + ('source',), e)
def _v301(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k172]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'url' in x:
            y = x['url']
            if not (isinstance(y, str)):
                e.append((p + ('url',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
def _v9(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v348(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v348(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'aggregate' not in x:
            e.append((p, "'aggregate' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k173]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v43(x['bom-ref'], p + ('bom-ref',), e)
        if 'aggregate' in x:
            _v349(x['aggregate'], p + ('aggregate',), e)
        if 'assemblies' in x:
            _v350(x['assemblies'], p + ('assemblies',), e)
        if 'dependencies' in x:
            _v351(x['dependencies'], p + ('dependencies',), e)
        if 'vulnerabilities' in x:
            _v352(x['vulnerabilities'], p + ('vulnerabilities',), e)
        if 'signature' in x:
            _v14(x['signature'], p + ('signature',), e)
def _v352(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v351(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v350(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v353(y, p + (i,), e)
def _v353(x, p, e):
    valid = []
    for n, check in enumerate((_v63, _v87,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v349(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k174):
        e.append((p, f"{x!r} is not one of ['complete', 'incomplete', 'incomplete_first_party_only', 'incomplete_first_party_proprietary_only', 'incomplete_first_party_opensource_only', 'incomplete_third_party_only', 'incomplete_third_party_proprietary_only', 'incomplete_third_party_opensource_only', 'unknown', 'not_specified']"))
def _v8(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v62(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v7(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v75(y, p + (i,), e)
def _v6(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v139(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v5(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v212(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v4(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k175]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'timestamp' in x:
            _v354(x['timestamp'], p + ('timestamp',), e)
        if 'lifecycles' in x:
            _v355(x['lifecycles'], p + ('lifecycles',), e)
        if 'tools' in x:
            _v356(x['tools'], p + ('tools',), e)
        if 'authors' in x:
            _v357(x['authors'], p + ('authors',), e)
        if 'component' in x:
            _v212(x['component'], p + ('component',), e)
        if 'manufacture' in x:
            _v140(x['manufacture'], p + ('manufacture',), e)
        if 'supplier' in x:
            _v140(x['supplier'], p + ('supplier',), e)
        if 'licenses' in x:
            _v143(x['licenses'], p + ('licenses',), e)
        if 'properties' in x:
            _v358(x['properties'], p + ('properties',), e)
def _v358(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v41(y, p + (i,), e)
def _v357(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v184(y, p + (i,), e)
def _v356(x, p, e):
    valid = []
    for n, check in enumerate((_v359, _v360,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k176[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v360(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v333(y, p + (i,), e)
def _v359(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k177]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'components' in x:
            _v361(x['components'], p + ('components',), e)
        if 'services' in x:
            _v362(x['services'], p + ('services',), e)
def _v362(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v139(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v361(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v212(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v355(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v363(y, p + (i,), e)
def _v363(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v364, _v365,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k178[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v365(x, p, e):
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k179]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
def _v364(x, p, e):
    if isinstance(x, dict):
        if 'phase' not in x:
            e.append((p, "'phase' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k180]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'phase' in x:
            _v366(x['phase'], p + ('phase',), e)
def _v366(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k181):
        e.append((p, f"{x!r} is not one of ['design', 'pre-build', 'build', 'post-build', 'operations', 'discovery', 'decommission']"))
def _v354(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k182(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v3(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
def _v2(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k183.search(x):
        e.append((p, f"{x!r} does not match '^urn:uuid:[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}$'"))
def _v1(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k184):
        e.append((p, f"{x!r} is not one of ['CycloneDX']"))

validate = _v0
