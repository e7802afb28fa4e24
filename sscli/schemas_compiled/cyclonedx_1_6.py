"""CycloneDX 1.6: bom-1.6.SNAPSHOT.schema.json, spdx.SNAPSHOT.schema.json, jsf-0.82.SNAPSHOT.schema.json of cyclonedx-python-lib compiled by sscli.schema_compiler: generated, do not edit
(regenerate: python -m sscli.schemas_compiled)."""
# mypy: ignore-errors
SCHEMA_DIGEST = "493d5b60a01e05faffdbc5f1bd15af8124a7d0149ae1633f35dadfccce068325"

import re

from sscli.schema_compiler import _enum, _equal, _unique
from sscli.schemas import FORMAT_CHECKS

_k0 = frozenset(('$schema', 'annotations', 'bomFormat', 'components', 'compositions', 'declarations', 'definitions', 'dependencies', 'externalReferences', 'formulation', 'metadata', 'properties', 'serialNumber', 'services', 'signature', 'specVersion', 'version', 'vulnerabilities',))
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
_k15 = frozenset(('name', 'value',))
_k16 = frozenset(('standards',))
_k17 = frozenset(('bom-ref', 'description', 'externalReferences', 'levels', 'name', 'owner', 'requirements', 'signature', 'version',))
_k18 = frozenset(('comment', 'hashes', 'type', 'url',))
_k19 = frozenset(('alg', 'content',))
_k20 = re.compile('^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})\\Z')
_k21 = frozenset(('BLAKE2b-256', 'BLAKE2b-384', 'BLAKE2b-512', 'BLAKE3', 'MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-256', 'SHA3-384', 'SHA3-512',))
_k22 = frozenset(('adversary-model', 'advisories', 'attestation', 'bom', 'build-meta', 'build-system', 'certification-report', 'chat', 'codified-infrastructure', 'component-analysis-report', 'configuration', 'digital-signature', 'distribution', 'distribution-intake', 'documentation', 'dynamic-analysis-report', 'electronic-signature', 'evidence', 'exploitability-statement', 'formulation', 'issue-tracker', 'license', 'log', 'mailing-list', 'maturity-report', 'model-card', 'other', 'pentest-report', 'poam', 'quality-metrics', 'release-notes', 'rfc-9116', 'risk-assessment', 'runtime-analysis-report', 'security-contact', 'social', 'source-distribution', 'static-analysis-report', 'support', 'threat-model', 'vcs', 'vulnerability-assertion', 'website',))
_k23 = FORMAT_CHECKS['iri-reference']
_k24 = re.compile('^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+\\Z')
_k25 = FORMAT_CHECKS['iri-reference']
_k26 = re.compile('^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*\\Z')
_k27 = FORMAT_CHECKS['iri-reference']
_k28 = frozenset(('bom-ref', 'description', 'identifier', 'requirements', 'title',))
_k29 = frozenset(('bom-ref', 'descriptions', 'externalReferences', 'identifier', 'openCre', 'parent', 'properties', 'text', 'title',))
_k30 = re.compile('^CRE:[0-9]+-[0-9]+\\Z')
_k31 = frozenset(('affirmation', 'assessors', 'attestations', 'claims', 'evidence', 'signature', 'targets',))
_k32 = frozenset(('signatories', 'signature', 'statement',))
_k33 = frozenset(('externalReference', 'name', 'organization', 'role', 'signature',))
_k34 = ({'required': ['signature']}, {'required': ['externalReference', 'organization']})
_k35 = frozenset(('address', 'bom-ref', 'contact', 'name', 'url',))
_k36 = frozenset(('bom-ref', 'email', 'name', 'phone',))
_k37 = FORMAT_CHECKS['idn-email']
_k38 = FORMAT_CHECKS['iri-reference']
_k39 = frozenset(('bom-ref', 'country', 'locality', 'postOfficeBoxNumber', 'postalCode', 'region', 'streetAddress',))
_k40 = frozenset(('components', 'organizations', 'services',))
_k41 = frozenset(('authenticated', 'bom-ref', 'data', 'description', 'endpoints', 'externalReferences', 'group', 'licenses', 'name', 'properties', 'provider', 'releaseNotes', 'services', 'signature', 'tags', 'trustZone', 'version', 'x-trust-boundary',))
_k42 = frozenset(('aliases', 'description', 'featuredImage', 'notes', 'properties', 'resolves', 'socialImage', 'tags', 'timestamp', 'title', 'type',))
_k43 = frozenset(('locale', 'text',))
_k44 = frozenset(('content', 'contentType', 'encoding',))
_k45 = frozenset(('base64',))
_k46 = re.compile('^([a-z]{2})(-[A-Z]{2})?\\Z')
_k47 = frozenset(('description', 'id', 'name', 'references', 'source', 'type',))
_k48 = FORMAT_CHECKS['iri-reference']
_k49 = frozenset(('name', 'url',))
_k50 = FORMAT_CHECKS['iri-reference']
_k51 = frozenset(('defect', 'enhancement', 'security',))
_k52 = FORMAT_CHECKS['date-time']
_k53 = FORMAT_CHECKS['iri-reference']
_k54 = FORMAT_CHECKS['iri-reference']
_k55 = ({'title': 'Multiple licenses', 'description': 'A list of SPDX licenses and/or named licenses.', 'type': 'array', 'items': {'type': 'object', 'title': 'License', 'required': ['license'], 'additionalProperties': False, 'properties': {'license': {'$ref': '#/definitions/license'}}}}, {'title': 'SPDX License Expression', 'description': 'A tuple of exactly one SPDX License Expression.', 'type': 'array', 'additionalItems': False, 'minItems': 1, 'maxItems': 1, 'items': [{'type': 'object', 'additionalProperties': False, 'required': ['expression'], 'properties': {'expression': {'type': 'string', 'title': 'SPDX License Expression', 'description': 'A valid SPDX license expression.\nRefer to https://spdx.org/specifications for syntax requirements', 'examples': ['Apache-2.0 AND (MIT OR GPL-2.0-only)', 'GPL-3.0-only WITH Classpath-exception-2.0']}, 'acknowledgement': {'$ref': '#/definitions/licenseAcknowledgementEnumeration'}, 'bom-ref': {'$ref': '#/definitions/refType', 'title': 'BOM Reference', 'description': "An optional identifier which can be used to reference the license elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."}}}]})
_k56 = frozenset(('acknowledgement', 'bom-ref', 'expression',))
_k57 = frozenset(('concluded', 'declared',))
_k58 = frozenset(('license',))
_k59 = ({'required': ['id']}, {'required': ['name']})
_k60 = frozenset(('acknowledgement', 'bom-ref', 'id', 'licensing', 'name', 'properties', 'text', 'url',))
_k61 = frozenset(('altIds', 'expiration', 'lastRenewal', 'licenseTypes', 'licensee', 'licensor', 'purchaseOrder', 'purchaser',))
_k62 = FORMAT_CHECKS['date-time']
_k63 = FORMAT_CHECKS['date-time']
_k64 = frozenset(('academic', 'appliance', 'client-access', 'concurrent-user', 'core-points', 'custom-metric', 'device', 'evaluation', 'named-user', 'node-locked', 'oem', 'other', 'perpetual', 'processor-points', 'subscription', 'user',))
_k65 = frozenset(('individual', 'organization',))
_k66 = ({'required': ['organization']}, {'required': ['individual']})
_k67 = frozenset(('individual', 'organization',))
_k68 = ({'required': ['organization']}, {'required': ['individual']})
_k69 = frozenset(('individual', 'organization',))
_k70 = ({'required': ['organization']}, {'required': ['individual']})
_k71 = FORMAT_CHECKS['iri-reference']
_k72 = frozenset(('0BSD', '389-exception', '3D-Slicer-1.0', 'AAL', 'ADSL', 'AFL-1.1', 'AFL-1.2', 'AFL-2.0', 'AFL-2.1', 'AFL-3.0', 'AGPL-1.0', 'AGPL-1.0-only', 'AGPL-1.0-or-later', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'ALGLIB-Documentation', 'AMD-newlib', 'AMDPLPA', 'AML', 'AML-glslang', 'AMPAS', 'ANTLR-PD', 'ANTLR-PD-fallback', 'APAFML', 'APL-1.0', 'APSL-1.0', 'APSL-1.1', 'APSL-1.2', 'APSL-2.0', 'ASWF-Digital-Assets-1.0', 'ASWF-Digital-Assets-1.1', 'Abstyles', 'AdaCore-doc', 'Adobe-2006', 'Adobe-Display-PostScript', 'Adobe-Glyph', 'Adobe-Utopia', 'Advanced-Cryptics-Dictionary', 'Afmparse', 'Aladdin', 'Apache-1.0', 'Apache-1.1', 'Apache-2.0', 'App-s2p', 'Arphic-1999', 'Artistic-1.0', 'Artistic-1.0-Perl', 'Artistic-1.0-cl8', 'Artistic-2.0', 'Artistic-dist', 'Aspell-RU', 'Asterisk-exception', 'Asterisk-linking-protocols-exception', 'Autoconf-exception-2.0', 'Autoconf-exception-3.0', 'Autoconf-exception-generic', 'Autoconf-exception-generic-3.0', 'Autoconf-exception-macro', 'BOLA-1.1', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Darwin', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'BSD-2-Clause-Patent', 'BSD-2-Clause-Views', 'BSD-2-Clause-first-lines', 'BSD-2-Clause-pkgconf-disclaimer', 'BSD-3-Clause', 'BSD-3-Clause-Attribution', 'BSD-3-Clause-Clear', 'BSD-3-Clause-HP', 'BSD-3-Clause-LBNL', 'BSD-3-Clause-Modification', 'BSD-3-Clause-No-Military-License', 'BSD-3-Clause-No-Nuclear-License', 'BSD-3-Clause-No-Nuclear-License-2014', 'BSD-3-Clause-No-Nuclear-Warranty', 'BSD-3-Clause-Open-MPI', 'BSD-3-Clause-Sun', 'BSD-3-Clause-Tso', 'BSD-3-Clause-acpica', 'BSD-3-Clause-flex', 'BSD-4-Clause', 'BSD-4-Clause-Shortened', 'BSD-4-Clause-UC', 'BSD-4.3RENO', 'BSD-4.3TAHOE', 'BSD-Advertising-Acknowledgement', 'BSD-Attribution-HPND-disclaimer', 'BSD-Inferno-Nettverk', 'BSD-Mark-Modifications', 'BSD-Protection', 'BSD-Source-Code', 'BSD-Source-beginning-file', 'BSD-Systemics', 'BSD-Systemics-W3Works', 'BSL-1.0', 'BUSL-1.1', 'Baekmuk', 'Bahyph', 'Barr', 'Beerware', 'Bison-exception-1.24', 'Bison-exception-2.2', 'BitTorrent-1.0', 'BitTorrent-1.1', 'Bitstream-Charter', 'Bitstream-Vera', 'BlueOak-1.0.0', 'Boehm-GC', 'Boehm-GC-without-fee', 'Bootloader-exception', 'Borceux', 'Brian-Gladman-2-Clause', 'Brian-Gladman-3-Clause', 'Buddy', 'C-UDA-1.0', 'CAL-1.0', 'CAL-1.0-Combined-Work-Exception', 'CAPEC-tou', 'CATOSL-1.1', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-2.5-AU', 'CC-BY-3.0', 'CC-BY-3.0-AT', 'CC-BY-3.0-AU', 'CC-BY-3.0-DE', 'CC-BY-3.0-IGO', 'CC-BY-3.0-NL', 'CC-BY-3.0-US', 'CC-BY-4.0', 'CC-BY-NC-1.0', 'CC-BY-NC-2.0', 'CC-BY-NC-2.5', 'CC-BY-NC-3.0', 'CC-BY-NC-3.0-DE', 'CC-BY-NC-4.0', 'CC-BY-NC-ND-1.0', 'CC-BY-NC-ND-2.0', 'CC-BY-NC-ND-2.5', 'CC-BY-NC-ND-3.0', 'CC-BY-NC-ND-3.0-DE', 'CC-BY-NC-ND-3.0-IGO', 'CC-BY-NC-ND-4.0', 'CC-BY-NC-SA-1.0', 'CC-BY-NC-SA-2.0', 'CC-BY-NC-SA-2.0-DE', 'CC-BY-NC-SA-2.0-FR', 'CC-BY-NC-SA-2.0-UK', 'CC-BY-NC-SA-2.5', 'CC-BY-NC-SA-3.0', 'CC-BY-NC-SA-3.0-DE', 'CC-BY-NC-SA-3.0-IGO', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-1.0', 'CC-BY-ND-2.0', 'CC-BY-ND-2.5', 'CC-BY-ND-3.0', 'CC-BY-ND-3.0-DE', 'CC-BY-ND-4.0', 'CC-BY-SA-1.0', 'CC-BY-SA-2.0', 'CC-BY-SA-2.0-UK', 'CC-BY-SA-2.1-JP', 'CC-BY-SA-2.5', 'CC-BY-SA-3.0', 'CC-BY-SA-3.0-AT', 'CC-BY-SA-3.0-DE', 'CC-BY-SA-3.0-IGO', 'CC-BY-SA-4.0', 'CC-PDDC', 'CC-PDM-1.0', 'CC-SA-1.0', 'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1', 'CDL-1.0', 'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'CDLA-Sharing-1.0', 'CECILL-1.0', 'CECILL-1.1', 'CECILL-2.0', 'CECILL-2.1', 'CECILL-B', 'CECILL-C', 'CERN-OHL-1.1', 'CERN-OHL-1.2', 'CERN-OHL-P-2.0', 'CERN-OHL-S-2.0', 'CERN-OHL-W-2.0', 'CFITSIO', 'CGAL-linking-exception', 'CLISP-exception-2.0', 'CMU-Mach', 'CMU-Mach-nodoc', 'CNRI-Jython', 'CNRI-Python', 'CNRI-Python-GPL-Compatible', 'COIL-1.0', 'CPAL-1.0', 'CPL-1.0', 'CPOL-1.02', 'CUA-OPL-1.0', 'Caldera', 'Caldera-no-preamble', 'Catharon', 'ClArtistic', 'Classpath-exception-2.0', 'Classpath-exception-2.0-short', 'Clips', 'Community-Spec-1.0', 'Condor-1.1', 'Cornell-Lossless-JPEG', 'Cronyx', 'Crossword', 'CryptoSwift', 'CrystalStacker', 'Cube', 'D-FSL-1.0', 'DEC-3-Clause', 'DL-DE-BY-2.0', 'DL-DE-ZERO-2.0', 'DOC', 'DRL-1.0', 'DRL-1.1', 'DSDP', 'DigiRule-FOSS-exception', 'Digia-Qt-LGPL-exception-1.1', 'DocBook-DTD', 'DocBook-Schema', 'DocBook-Stylesheet', 'DocBook-XML', 'Dotseqn', 'ECL-1.0', 'ECL-2.0', 'EFL-1.0', 'EFL-2.0', 'EPICS', 'EPL-1.0', 'EPL-2.0', 'ESA-PL-permissive-2.4', 'ESA-PL-strong-copyleft-2.4', 'ESA-PL-weak-copyleft-2.4', 'EUDatagrid', 'EUPL-1.0', 'EUPL-1.1', 'EUPL-1.2', 'Elastic-2.0', 'Entessa', 'ErlPL-1.1', 'Eurosym', 'FBM', 'FDK-AAC', 'FLTK-exception', 'FSFAP', 'FSFAP-no-warranty-disclaimer', 'FSFUL', 'FSFULLR', 'FSFULLRSD', 'FSFULLRWD', 'FSL-1.1-ALv2', 'FSL-1.1-MIT', 'FTL', 'Fair', 'Fawkes-Runtime-exception', 'Ferguson-Twofish', 'Font-exception-2.0', 'Frameworx-1.0', 'FreeBSD-DOC', 'FreeImage', 'Furuseth', 'GCC-exception-2.0', 'GCC-exception-2.0-note', 'GCC-exception-3.1', 'GCR-docs', 'GD', 'GFDL-1.1', 'GFDL-1.1-invariants-only', 'GFDL-1.1-invariants-or-later', 'GFDL-1.1-no-invariants-only', 'GFDL-1.1-no-invariants-or-later', 'GFDL-1.1-only', 'GFDL-1.1-or-later', 'GFDL-1.2', 'GFDL-1.2-invariants-only', 'GFDL-1.2-invariants-or-later', 'GFDL-1.2-no-invariants-only', 'GFDL-1.2-no-invariants-or-later', 'GFDL-1.2-only', 'GFDL-1.2-or-later', 'GFDL-1.3', 'GFDL-1.3-invariants-only', 'GFDL-1.3-invariants-or-later', 'GFDL-1.3-no-invariants-only', 'GFDL-1.3-no-invariants-or-later', 'GFDL-1.3-only', 'GFDL-1.3-or-later', 'GL2PS', 'GLWTPL', 'GNAT-exception', 'GNOME-examples-exception', 'GNU-compiler-exception', 'GPL-1.0', 'GPL-1.0+', 'GPL-1.0-only', 'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0+', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-2.0-with-GCC-exception', 'GPL-2.0-with-autoconf-exception', 'GPL-2.0-with-bison-exception', 'GPL-2.0-with-classpath-exception', 'GPL-2.0-with-font-exception', 'GPL-3.0', 'GPL-3.0+', 'GPL-3.0-389-ds-base-exception', 'GPL-3.0-interface-exception', 'GPL-3.0-linking-exception', 'GPL-3.0-linking-source-exception', 'GPL-3.0-only', 'GPL-3.0-or-later', 'GPL-3.0-with-GCC-exception', 'GPL-3.0-with-autoconf-exception', 'GPL-CC-1.0', 'GStreamer-exception-2005', 'GStreamer-exception-2008', 'Game-Programming-Gems', 'Giftware', 'Glide', 'Glulxe', 'Gmsh-exception', 'Graphics-Gems', 'Gutmann', 'HDF5', 'HIDAPI', 'HP-1986', 'HP-1989', 'HPND', 'HPND-DEC', 'HPND-Fenneberg-Livingston', 'HPND-INRIA-IMAG', 'HPND-Intel', 'HPND-Kevlin-Henney', 'HPND-MIT-disclaimer', 'HPND-Markus-Kuhn', 'HPND-Netrek', 'HPND-Pbmplus', 'HPND-SMC', 'HPND-UC', 'HPND-UC-export-US', 'HPND-doc', 'HPND-doc-sell', 'HPND-export-US', 'HPND-export-US-acknowledgement', 'HPND-export-US-modify', 'HPND-export2-US', 'HPND-merchantability-variant', 'HPND-sell-MIT-disclaimer-xserver', 'HPND-sell-regexpr', 'HPND-sell-variant', 'HPND-sell-variant-MIT-disclaimer', 'HPND-sell-variant-MIT-disclaimer-rev', 'HPND-sell-variant-critical-systems', 'HTMLTIDY', 'HaskellReport', 'Hippocratic-2.1', 'IBM-pibs', 'ICU', 'IEC-Code-Components-EULA', 'IJG', 'IJG-short', 'IPA', 'IPL-1.0', 'ISC', 'ISC-Veillard', 'ISO-permission', 'ImageMagick', 'Imlib2', 'Independent-modules-exception', 'Info-ZIP', 'Inner-Net-2.0', 'InnoSetup', 'Intel', 'Intel-ACPI', 'Interbase-1.0', 'JPL-image', 'JPNIC', 'JSON', 'Jam', 'JasPer-2.0', 'Kastrup', 'Kazlib', 'KiCad-libraries-exception', 'Knuth-CTAN', 'LAL-1.2', 'LAL-1.3', 'LGPL-2.0', 'LGPL-2.0+', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1', 'LGPL-2.1+', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0+', 'LGPL-3.0-linking-exception', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'LGPLLR', 'LLGPL', 'LLVM-exception', 'LOOP', 'LPD-document', 'LPL-1.0', 'LPL-1.02', 'LPPL-1.0', 'LPPL-1.1', 'LPPL-1.2', 'LPPL-1.3a', 'LPPL-1.3c', 'LZMA-SDK-9.11-to-9.20', 'LZMA-SDK-9.22', 'LZMA-exception', 'Latex2e', 'Latex2e-translated-notice', 'Leptonica', 'LiLiQ-P-1.1', 'LiLiQ-R-1.1', 'LiLiQ-Rplus-1.1', 'Libpng', 'Libtool-exception', 'Linux-OpenIB', 'Linux-man-pages-1-para', 'Linux-man-pages-copyleft', 'Linux-man-pages-copyleft-2-para', 'Linux-man-pages-copyleft-var', 'Linux-syscall-note', 'Lucida-Bitmap-Fonts', 'MIPS', 'MIT', 'MIT-0', 'MIT-CMU', 'MIT-Click', 'MIT-Festival', 'MIT-Khronos-old', 'MIT-Modern-Variant', 'MIT-STK', 'MIT-Wu', 'MIT-advertising', 'MIT-enna', 'MIT-feh', 'MIT-open-group', 'MIT-testregex', 'MITNFA', 'MMIXware', 'MMPL-1.0.1', 'MPEG-SSG', 'MPL-1.0', 'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception', 'MS-LPL', 'MS-PL', 'MS-RL', 'MTLL', 'Mackerras-3-Clause', 'Mackerras-3-Clause-acknowledgment', 'MakeIndex', 'Martin-Birgmeier', 'McPhee-slideshow', 'Minpack', 'MirOS', 'Motosoto', 'MulanPSL-1.0', 'MulanPSL-2.0', 'Multics', 'Mup', 'NAIST-2003', 'NASA-1.3', 'NBPL-1.0', 'NCBI-PD', 'NCGL-UK-2.0', 'NCL', 'NCSA', 'NGPL', 'NICTA-1.0', 'NIST-PD', 'NIST-PD-TNT', 'NIST-PD-fallback', 'NIST-Software', 'NLOD-1.0', 'NLOD-2.0', 'NLPL', 'NOSL', 'NPL-1.0', 'NPL-1.1', 'NPOSL-3.0', 'NRL', 'NTIA-PD', 'NTP', 'NTP-0', 'Naumen', 'Net-SNMP', 'NetCDF', 'Newsletr', 'Nokia', 'Nokia-Qt-exception-1.1', 'Noweb', 'Nunit', 'O-UDA-1.0', 'OAR', 'OCCT-PL', 'OCCT-exception-1.0', 'OCLC-2.0', 'OCaml-LGPL-linking-exception', 'ODC-By-1.0', 'ODbL-1.0', 'OFFIS', 'OFL-1.0', 'OFL-1.0-RFN', 'OFL-1.0-no-RFN', 'OFL-1.1', 'OFL-1.1-RFN', 'OFL-1.1-no-RFN', 'OGC-1.0', 'OGDL-Taiwan-1.0', 'OGL-Canada-2.0', 'OGL-UK-1.0', 'OGL-UK-2.0', 'OGL-UK-3.0', 'OGTSL', 'OLDAP-1.1', 'OLDAP-1.2', 'OLDAP-1.3', 'OLDAP-1.4', 'OLDAP-2.0', 'OLDAP-2.0.1', 'OLDAP-2.1', 'OLDAP-2.2', 'OLDAP-2.2.1', 'OLDAP-2.2.2', 'OLDAP-2.3', 'OLDAP-2.4', 'OLDAP-2.5', 'OLDAP-2.6', 'OLDAP-2.7', 'OLDAP-2.8', 'OLFL-1.3', 'OML', 'OPL-1.0', 'OPL-UK-3.0', 'OPUBL-1.0', 'OSC-1.0', 'OSET-PL-2.1', 'OSL-1.0', 'OSL-1.1', 'OSL-2.0', 'OSL-2.1', 'OSL-3.0', 'OSSP', 'OpenJDK-assembly-exception-1.0', 'OpenMDW-1.0', 'OpenPBS-2.3', 'OpenSSL', 'OpenSSL-standalone', 'OpenVision', 'PADL', 'PCRE2-exception', 'PDDL-1.0', 'PHP-3.0', 'PHP-3.01', 'PPL', 'PS-or-PDF-font-exception-20170817', 'PSF-2.0', 'ParaType-Free-Font-1.3', 'Parity-6.0.0', 'Parity-7.0.0', 'Pixar', 'Plexus', 'PolyForm-Noncommercial-1.0.0', 'PolyForm-Small-Business-1.0.0', 'PostgreSQL', 'Python-2.0', 'Python-2.0.1', 'QPL-1.0', 'QPL-1.0-INRIA-2004', 'QPL-1.0-INRIA-2004-exception', 'Qhull', 'Qt-GPL-exception-1.0', 'Qt-LGPL-exception-1.1', 'Qwt-exception-1.0', 'RHeCos-1.1', 'RPL-1.1', 'RPL-1.5', 'RPSL-1.0', 'RRDtool-FLOSS-exception-2.0', 'RSA-MD', 'RSCPL', 'Rdisc', 'Ruby', 'Ruby-pty', 'SANE-exception', 'SAX-PD', 'SAX-PD-2.0', 'SCEA', 'SGI-B-1.0', 'SGI-B-1.1', 'SGI-B-2.0', 'SGI-OpenGL', 'SGMLUG-PM', 'SGP4', 'SHL-0.5', 'SHL-0.51', 'SHL-2.0', 'SHL-2.1', 'SISSL', 'SISSL-1.2', 'SL', 'SMAIL-GPL', 'SMLNJ', 'SMPPL', 'SNIA', 'SOFA', 'SPL-1.0', 'SSH-OpenSSH', 'SSH-short', 'SSLeay-standalone', 'SSPL-1.0', 'SUL-1.0', 'SWI-exception', 'SWL', 'Saxpath', 'SchemeReport', 'Sendmail', 'Sendmail-8.23', 'Sendmail-Open-Source-1.1', 'SimPL-2.0', 'Simple-Library-Usage-exception', 'Sleepycat', 'Soundex', 'Spencer-86', 'Spencer-94', 'Spencer-99', 'StandardML-NJ', 'SugarCRM-1.1.3', 'Sun-PPP', 'Sun-PPP-2000', 'SunPro', 'Swift-exception', 'Symlinks', 'TAPR-OHL-1.0', 'TCL', 'TCP-wrappers', 'TGPPL-1.0', 'TMate', 'TORQUE-1.1', 'TOSL', 'TPDL', 'TPL-1.0', 'TTWL', 'TTYP0', 'TU-Berlin-1.0', 'TU-Berlin-2.0', 'TekHVC', 'TermReadKey', 'Texinfo-exception', 'ThirdEye', 'TrustedQSL', 'UBDL-exception', 'UCAR', 'UCL-1.0', 'UMich-Merit', 'UPL-1.0', 'URT-RLE', 'Ubuntu-font-1.0', 'UnRAR', 'Unicode-3.0', 'Unicode-DFS-2015', 'Unicode-DFS-2016', 'Unicode-TOU', 'Universal-FOSS-exception-1.0', 'UnixCrypt', 'Unlicense', 'Unlicense-libtelnet', 'Unlicense-libwhirlpool', 'VOSTROM', 'VSL-1.0', 'Vim', 'Vixie-Cron', 'W3C', 'W3C-19980720', 'W3C-20150513', 'WTFNMFPL', 'WTFPL', 'Watcom-1.0', 'Widget-Workshop', 'WordNet', 'Wsuipa', 'WxWindows-exception-3.1', 'X11', 'X11-distribute-modifications-variant', 'X11-no-permit-persons', 'X11-swapped', 'XFree86-1.1', 'XSkat', 'Xdebug-1.03', 'Xerox', 'Xfig', 'Xnet', 'YPL-1.0', 'YPL-1.1', 'ZPL-1.1', 'ZPL-2.0', 'ZPL-2.1', 'Zed', 'Zeeff', 'Zend-2.0', 'Zimbra-1.3', 'Zimbra-1.4', 'Zlib', 'any-OSI', 'any-OSI-perl-modules', 'bcrypt-Solar-Designer', 'blessing', 'bzip2-1.0.5', 'bzip2-1.0.6', 'check-cvs', 'checkmk', 'copyleft-next-0.3.0', 'copyleft-next-0.3.1', 'cryptsetup-OpenSSL-exception', 'curl', 'cve-tou', 'diffmark', 'dtoa', 'dvipdfm', 'eCos-2.0', 'eCos-exception-2.0', 'eGenix', 'erlang-otp-linking-exception', 'etalab-2.0', 'fmt-exception', 'freertos-exception-2.0', 'fwlw', 'gSOAP-1.3b', 'generic-xts', 'gnu-javamail-exception', 'gnuplot', 'gtkbook', 'harbour-exception', 'hdparm', 'hyphen-bulgarian', 'i2p-gpl-java-exception', 'iMatix', 'jove', 'kvirc-openssl-exception', 'libpng-1.6.35', 'libpng-2.0', 'libpri-OpenH323-exception', 'libselinux-1.0', 'libtiff', 'libutil-David-Nugent', 'lsof', 'magaz', 'mailprio', 'man2html', 'metamail', 'mif-exception', 'mpi-permissive', 'mpich2', 'mplus', 'mxml-exception', 'ngrep', 'openvpn-openssl-exception', 'pkgconf', 'pnmstitch', 'polyparse-exception', 'psfrag', 'psutils', 'python-ldap', 'radvd', 'romic-exception', 'rsync-linking-exception', 'snprintf', 'softSurfer', 'sqlitestudio-OpenSSL-exception', 'ssh-keyscan', 'stunnel-exception', 'swrule', 'threeparttable', 'u-boot-exception-2.0', 'ulem', 'vsftpd-openssl-exception', 'w3m', 'wwl', 'wxWindows', 'x11vnc-openssl-exception', 'xinetd', 'xkeyboard-config-Zinoviev', 'xlock', 'xpp', 'xzoom', 'zlib-acknowledgement',))
_k73 = frozenset(('classification', 'description', 'destination', 'flow', 'governance', 'name', 'source',))
_k74 = FORMAT_CHECKS['iri-reference']
_k75 = FORMAT_CHECKS['iri-reference']
_k76 = frozenset(('custodians', 'owners', 'stewards',))
_k77 = frozenset(('contact', 'organization',))
_k78 = ({'required': ['organization']}, {'required': ['contact']})
_k79 = frozenset(('bi-directional', 'inbound', 'outbound', 'unknown',))
_k80 = FORMAT_CHECKS['iri-reference']
_k81 = frozenset(('author', 'authors', 'bom-ref', 'components', 'copyright', 'cpe', 'cryptoProperties', 'data', 'description', 'evidence', 'externalReferences', 'group', 'hashes', 'licenses', 'manufacturer', 'mime-type', 'modelCard', 'modified', 'name', 'omniborId', 'pedigree', 'properties', 'publisher', 'purl', 'releaseNotes', 'scope', 'signature', 'supplier', 'swhid', 'swid', 'tags', 'type', 'version',))
_k82 = frozenset(('algorithmProperties', 'assetType', 'certificateProperties', 'oid', 'protocolProperties', 'relatedCryptoMaterialProperties',))
_k83 = frozenset(('cipherSuites', 'cryptoRefArray', 'ikev2TransformTypes', 'type', 'version',))
_k84 = frozenset(('auth', 'encr', 'esn', 'integ', 'ke', 'prf',))
_k85 = frozenset(('algorithms', 'identifiers', 'name',))
_k86 = frozenset(('ike', 'ipsec', 'other', 'ssh', 'sstp', 'tls', 'unknown', 'wpa',))
_k87 = frozenset(('activationDate', 'algorithmRef', 'creationDate', 'expirationDate', 'format', 'id', 'securedBy', 'size', 'state', 'type', 'updateDate', 'value',))
_k88 = frozenset(('algorithmRef', 'mechanism',))
_k89 = FORMAT_CHECKS['date-time']
_k90 = FORMAT_CHECKS['date-time']
_k91 = FORMAT_CHECKS['date-time']
_k92 = FORMAT_CHECKS['date-time']
_k93 = frozenset(('active', 'compromised', 'deactivated', 'destroyed', 'pre-activation', 'suspended',))
_k94 = frozenset(('additional-data', 'ciphertext', 'credential', 'digest', 'initialization-vector', 'key', 'nonce', 'other', 'password', 'private-key', 'public-key', 'salt', 'secret-key', 'seed', 'shared-secret', 'signature', 'tag', 'token', 'unknown',))
_k95 = frozenset(('certificateExtension', 'certificateFormat', 'issuerName', 'notValidAfter', 'notValidBefore', 'signatureAlgorithmRef', 'subjectName', 'subjectPublicKeyRef',))
_k96 = FORMAT_CHECKS['date-time']
_k97 = FORMAT_CHECKS['date-time']
_k98 = frozenset(('certificationLevel', 'classicalSecurityLevel', 'cryptoFunctions', 'curve', 'executionEnvironment', 'implementationPlatform', 'mode', 'nistQuantumSecurityLevel', 'padding', 'parameterSetIdentifier', 'primitive',))
_k99 = frozenset(('decapsulate', 'decrypt', 'digest', 'encapsulate', 'encrypt', 'generate', 'keyderive', 'keygen', 'other', 'sign', 'tag', 'unknown', 'verify',))
_k100 = frozenset(('oaep', 'other', 'pkcs1v15', 'pkcs5', 'pkcs7', 'raw', 'unknown',))
_k101 = frozenset(('cbc', 'ccm', 'cfb', 'ctr', 'ecb', 'gcm', 'ofb', 'other', 'unknown',))
_k102 = frozenset(('cc-eal1', 'cc-eal1+', 'cc-eal2', 'cc-eal2+', 'cc-eal3', 'cc-eal3+', 'cc-eal4', 'cc-eal4+', 'cc-eal5', 'cc-eal5+', 'cc-eal6', 'cc-eal6+', 'cc-eal7', 'cc-eal7+', 'fips140-1-l1', 'fips140-1-l2', 'fips140-1-l3', 'fips140-1-l4', 'fips140-2-l1', 'fips140-2-l2', 'fips140-2-l3', 'fips140-2-l4', 'fips140-3-l1', 'fips140-3-l2', 'fips140-3-l3', 'fips140-3-l4', 'none', 'other', 'unknown',))
_k103 = frozenset(('armv7-a', 'armv7-m', 'armv8-a', 'armv8-m', 'armv9-a', 'armv9-m', 'generic', 'other', 'ppc64', 'ppc64le', 's390x', 'unknown', 'x86_32', 'x86_64',))
_k104 = frozenset(('hardware', 'other', 'software-encrypted-ram', 'software-plain-ram', 'software-tee', 'unknown',))
_k105 = frozenset(('ae', 'block-cipher', 'combiner', 'drbg', 'hash', 'kdf', 'kem', 'key-agree', 'mac', 'other', 'pke', 'signature', 'stream-cipher', 'unknown', 'xof',))
_k106 = frozenset(('algorithm', 'certificate', 'protocol', 'related-crypto-material',))
_k107 = frozenset(('bom-ref', 'classification', 'contents', 'description', 'governance', 'graphics', 'name', 'sensitiveData', 'type',))
_k108 = frozenset(('collection', 'description',))
_k109 = frozenset(('image', 'name',))
_k110 = frozenset(('attachment', 'properties', 'url',))
_k111 = FORMAT_CHECKS['iri-reference']
_k112 = frozenset(('configuration', 'dataset', 'definition', 'other', 'source-code',))
_k113 = frozenset(('bom-ref', 'considerations', 'modelParameters', 'properties', 'quantitativeAnalysis',))
_k114 = frozenset(('environmentalConsiderations', 'ethicalConsiderations', 'fairnessAssessments', 'performanceTradeoffs', 'technicalLimitations', 'useCases', 'users',))
_k115 = frozenset(('benefits', 'groupAtRisk', 'harms', 'mitigationStrategy',))
_k116 = frozenset(('energyConsumptions', 'properties',))
_k117 = frozenset(('activity', 'activityEnergyCost', 'co2CostEquivalent', 'co2CostOffset', 'energyProviders', 'properties',))
_k118 = frozenset(('unit', 'value',))
_k119 = frozenset(('tCO2eq',))
_k120 = frozenset(('unit', 'value',))
_k121 = frozenset(('kWh',))
_k122 = frozenset(('bom-ref', 'description', 'energyProvided', 'energySource', 'externalReferences', 'organization',))
_k123 = frozenset(('biofuel', 'coal', 'geothermal', 'hydropower', 'natural-gas', 'nuclear', 'oil', 'other', 'solar', 'unknown', 'wind',))
_k124 = frozenset(('data-collection', 'data-preparation', 'deployment', 'design', 'fine-tuning', 'inference', 'other', 'training', 'validation',))
_k125 = frozenset(('mitigationStrategy', 'name',))
_k126 = frozenset(('graphics', 'performanceMetrics',))
_k127 = frozenset(('confidenceInterval', 'slice', 'type', 'value',))
_k128 = frozenset(('lowerBound', 'upperBound',))
_k129 = frozenset(('approach', 'architectureFamily', 'datasets', 'inputs', 'modelArchitecture', 'outputs', 'task',))
_k130 = frozenset(('format',))
_k131 = ({'title': 'Inline Data Information', '$ref': '#/definitions/componentData'}, {'type': 'object', 'title': 'Data Reference', 'additionalProperties': False, 'properties': {'ref': {'anyOf': [{'title': 'Ref', '$ref': '#/definitions/refLinkType'}, {'title': 'BOM-Link Element', '$ref': '#/definitions/bomLinkElementType'}], 'title': 'Reference', 'type': 'string', 'description': 'References a data component by the components bom-ref attribute'}}})
_k132 = frozenset(('ref',))
_k133 = frozenset(('type',))
_k134 = frozenset(('reinforcement-learning', 'self-supervised', 'semi-supervised', 'supervised', 'unsupervised',))
_k135 = frozenset(('callstack', 'copyright', 'identity', 'licenses', 'occurrences',))
_k136 = frozenset(('text',))
_k137 = frozenset(('frames',))
_k138 = frozenset(('column', 'fullFilename', 'function', 'line', 'module', 'package', 'parameters',))
_k139 = frozenset(('additionalContext', 'bom-ref', 'line', 'location', 'offset', 'symbol',))
_k140 = ({'type': 'array', 'title': 'Array of Identity Objects', 'items': {'$ref': '#/definitions/componentIdentityEvidence'}}, {'title': 'A Single Identity Object', 'description': '[Deprecated]', '$ref': '#/definitions/componentIdentityEvidence', 'deprecated': True})
_k141 = frozenset(('concludedValue', 'confidence', 'field', 'methods', 'tools',))
_k142 = frozenset(('confidence', 'technique', 'value',))
_k143 = frozenset(('ast-fingerprint', 'attestation', 'binary-analysis', 'dynamic-analysis', 'filename', 'hash-comparison', 'instrumentation', 'manifest-analysis', 'other', 'source-code-analysis',))
_k144 = frozenset(('cpe', 'group', 'hash', 'name', 'omniborId', 'purl', 'swhid', 'swid', 'version',))
_k145 = frozenset(('ancestors', 'commits', 'descendants', 'notes', 'patches', 'variants',))
_k146 = frozenset(('diff', 'resolves', 'type',))
_k147 = frozenset(('text', 'url',))
_k148 = FORMAT_CHECKS['iri-reference']
_k149 = frozenset(('backport', 'cherry-pick', 'monkey', 'unofficial',))
_k150 = frozenset(('author', 'committer', 'message', 'uid', 'url',))
_k151 = frozenset(('email', 'name', 'timestamp',))
_k152 = FORMAT_CHECKS['idn-email']
_k153 = FORMAT_CHECKS['date-time']
_k154 = FORMAT_CHECKS['iri-reference']
_k155 = frozenset(('name', 'patch', 'tagId', 'tagVersion', 'text', 'url', 'version',))
_k156 = FORMAT_CHECKS['iri-reference']
_k157 = frozenset(('excluded', 'optional', 'required',))
_k158 = re.compile('^[-+a-z0-9.]+/[-+a-z0-9.]+\\Z')
_k159 = frozenset(('application', 'container', 'cryptographic-asset', 'data', 'device', 'device-driver', 'file', 'firmware', 'framework', 'library', 'machine-learning-model', 'operating-system', 'platform',))
_k160 = frozenset(('author', 'bom-ref', 'created', 'data', 'description', 'expires', 'propertyName', 'reviewer', 'signature',))
_k161 = FORMAT_CHECKS['date-time']
_k162 = FORMAT_CHECKS['date-time']
_k163 = frozenset(('classification', 'contents', 'governance', 'name', 'sensitiveData',))
_k164 = frozenset(('attachment', 'url',))
_k165 = FORMAT_CHECKS['iri-reference']
_k166 = frozenset(('bom-ref', 'counterEvidence', 'evidence', 'externalReferences', 'mitigationStrategies', 'predicate', 'reasoning', 'signature', 'target',))
_k167 = frozenset(('assessor', 'map', 'signature', 'summary',))
_k168 = frozenset(('claims', 'confidence', 'conformance', 'counterClaims', 'requirement',))
_k169 = frozenset(('rationale', 'score',))
_k170 = frozenset(('mitigationStrategies', 'rationale', 'score',))
_k171 = frozenset(('bom-ref', 'organization', 'thirdParty',))
_k172 = frozenset(('bom-ref', 'components', 'properties', 'services', 'workflows',))
_k173 = frozenset(('bom-ref', 'description', 'inputs', 'name', 'outputs', 'properties', 'resourceReferences', 'runtimeTopology', 'steps', 'taskDependencies', 'taskTypes', 'tasks', 'timeEnd', 'timeStart', 'trigger', 'uid', 'workspaces',))
_k174 = frozenset(('dependsOn', 'provides', 'ref',))
_k175 = frozenset(('accessMode', 'aliases', 'bom-ref', 'description', 'managedDataType', 'mountPath', 'name', 'properties', 'resourceReferences', 'uid', 'volume', 'volumeRequest',))
_k176 = frozenset(('mode', 'name', 'path', 'persistent', 'properties', 'remote', 'sizeAllocated', 'uid',))
_k177 = frozenset(('block', 'filesystem',))
_k178 = frozenset(('read-only', 'read-write', 'read-write-once', 'write-once', 'write-only',))
_k179 = frozenset(('externalReference', 'ref',))
_k180 = ({'required': ['ref']}, {'required': ['externalReference']})
_k181 = FORMAT_CHECKS['date-time']
_k182 = FORMAT_CHECKS['date-time']
_k183 = ({'required': ['resource']}, {'required': ['environmentVars']}, {'required': ['data']})
_k184 = frozenset(('data', 'environmentVars', 'properties', 'resource', 'source', 'target', 'type',))
_k185 = ({'$ref': '#/definitions/property'}, {'type': 'string'})
_k186 = frozenset(('artifact', 'attestation', 'evidence', 'log', 'metrics', 'other',))
_k187 = ({'required': ['resource']}, {'required': ['parameters']}, {'required': ['environmentVars']}, {'required': ['data']})
_k188 = frozenset(('data', 'environmentVars', 'parameters', 'properties', 'resource', 'source', 'target',))
_k189 = ({'$ref': '#/definitions/property'}, {'type': 'string'})
_k190 = frozenset(('dataType', 'name', 'value',))
_k191 = frozenset(('commands', 'description', 'name', 'properties',))
_k192 = frozenset(('executed', 'properties',))
_k193 = frozenset(('bom-ref', 'conditions', 'description', 'event', 'inputs', 'name', 'outputs', 'properties', 'resourceReferences', 'timeActivated', 'type', 'uid',))
_k194 = FORMAT_CHECKS['date-time']
_k195 = frozenset(('description', 'expression', 'properties',))
_k196 = frozenset(('data', 'description', 'properties', 'source', 'target', 'timeReceived', 'uid',))
_k197 = FORMAT_CHECKS['date-time']
_k198 = frozenset(('api', 'manual', 'scheduled', 'webhook',))
_k199 = frozenset(('build', 'clean', 'clone', 'copy', 'deliver', 'deploy', 'lint', 'merge', 'other', 'release', 'scan', 'test',))
_k200 = frozenset(('bom-ref', 'description', 'inputs', 'name', 'outputs', 'properties', 'resourceReferences', 'runtimeTopology', 'steps', 'taskTypes', 'timeEnd', 'timeStart', 'trigger', 'uid', 'workspaces',))
_k201 = FORMAT_CHECKS['date-time']
_k202 = FORMAT_CHECKS['date-time']
_k203 = frozenset(('annotator', 'bom-ref', 'signature', 'subjects', 'text', 'timestamp',))
_k204 = FORMAT_CHECKS['date-time']
_k205 = ({'required': ['organization']}, {'required': ['individual']}, {'required': ['component']}, {'required': ['service']})
_k206 = frozenset(('component', 'individual', 'organization', 'service',))
_k207 = frozenset(('advisories', 'affects', 'analysis', 'bom-ref', 'created', 'credits', 'cwes', 'description', 'detail', 'id', 'proofOfConcept', 'properties', 'published', 'ratings', 'recommendation', 'references', 'rejected', 'source', 'tools', 'updated', 'workaround',))
_k208 = frozenset(('ref', 'versions',))
_k209 = ({'required': ['version']}, {'required': ['range']})
_k210 = frozenset(('range', 'status', 'version',))
_k211 = frozenset(('affected', 'unaffected', 'unknown',))
_k212 = frozenset(('detail', 'firstIssued', 'justification', 'lastUpdated', 'response', 'state',))
_k213 = FORMAT_CHECKS['date-time']
_k214 = FORMAT_CHECKS['date-time']
_k215 = frozenset(('can_not_fix', 'rollback', 'update', 'will_not_fix', 'workaround_available',))
_k216 = frozenset(('code_not_present', 'code_not_reachable', 'protected_at_perimeter', 'protected_at_runtime', 'protected_by_compiler', 'protected_by_mitigating_control', 'requires_configuration', 'requires_dependency', 'requires_environment',))
_k217 = frozenset(('exploitable', 'false_positive', 'in_triage', 'not_affected', 'resolved', 'resolved_with_pedigree',))
_k218 = ({'type': 'object', 'title': 'Tools', 'description': 'The tool(s) used to identify, confirm, or score the vulnerability.', 'additionalProperties': False, 'properties': {'components': {'type': 'array', 'items': {'$ref': '#/definitions/component'}, 'uniqueItems': True, 'title': 'Components', 'description': 'A list of software and hardware components used as tools.'}, 'services': {'type': 'array', 'items': {'$ref': '#/definitions/service'}, 'uniqueItems': True, 'title': 'Services', 'description': 'A list of services used as tools. This may include microservices, function-as-a-service, and other types of network or intra-process services.'}}}, {'type': 'array', 'title': 'Tools (legacy)', 'description': '[Deprecated] The tool(s) used to identify, confirm, or score the vulnerability.', 'items': {'$ref': '#/definitions/tool'}})
_k219 = frozenset(('externalReferences', 'hashes', 'name', 'vendor', 'version',))
_k220 = frozenset(('components', 'services',))
_k221 = frozenset(('individuals', 'organizations',))
_k222 = FORMAT_CHECKS['date-time']
_k223 = FORMAT_CHECKS['date-time']
_k224 = FORMAT_CHECKS['date-time']
_k225 = FORMAT_CHECKS['date-time']
_k226 = frozenset(('title', 'url',))
_k227 = FORMAT_CHECKS['iri-reference']
_k228 = frozenset(('justification', 'method', 'score', 'severity', 'source', 'vector',))
_k229 = frozenset(('CVSSv2', 'CVSSv3', 'CVSSv31', 'CVSSv4', 'OWASP', 'SSVC', 'other',))
_k230 = frozenset(('critical', 'high', 'info', 'low', 'medium', 'none', 'unknown',))
_k231 = frozenset(('id', 'source',))
_k232 = frozenset(('name', 'url',))
_k233 = frozenset(('aggregate', 'assemblies', 'bom-ref', 'dependencies', 'signature', 'vulnerabilities',))
_k234 = frozenset(('complete', 'incomplete', 'incomplete_first_party_only', 'incomplete_first_party_opensource_only', 'incomplete_first_party_proprietary_only', 'incomplete_third_party_only', 'incomplete_third_party_opensource_only', 'incomplete_third_party_proprietary_only', 'not_specified', 'unknown',))
_k235 = frozenset(('authors', 'component', 'licenses', 'lifecycles', 'manufacture', 'manufacturer', 'properties', 'supplier', 'timestamp', 'tools',))
_k236 = ({'type': 'object', 'title': 'Tools', 'description': 'The tool(s) used in the creation, enrichment, and validation of the BOM.', 'additionalProperties': False, 'properties': {'components': {'type': 'array', 'items': {'$ref': '#/definitions/component'}, 'uniqueItems': True, 'title': 'Components', 'description': 'A list of software and hardware components used as tools.'}, 'services': {'type': 'array', 'items': {'$ref': '#/definitions/service'}, 'uniqueItems': True, 'title': 'Services', 'description': 'A list of services used as tools. This may include microservices, function-as-a-service, and other types of network or intra-process services.'}}}, {'type': 'array', 'title': 'Tools (legacy)', 'description': '[Deprecated] The tool(s) used in the creation, enrichment, and validation of the BOM.', 'items': {'$ref': '#/definitions/tool'}})
_k237 = frozenset(('components', 'services',))
_k238 = ({'title': 'Pre-Defined Phase', 'required': ['phase'], 'additionalProperties': False, 'properties': {'phase': {'type': 'string', 'title': 'Phase', 'description': 'A pre-defined phase in the product lifecycle.', 'enum': ['design', 'pre-build', 'build', 'post-build', 'operations', 'discovery', 'decommission'], 'meta:enum': {'design': 'BOM produced early in the development lifecycle containing an inventory of components and services that are proposed or planned to be used. The inventory may need to be procured, retrieved, or resourced prior to use.', 'pre-build': 'BOM consisting of information obtained prior to a build process and may contain source files and development artifacts and manifests. The inventory may need to be resolved and retrieved prior to use.', 'build': 'BOM consisting of information obtained during a build process where component inventory is available for use. The precise versions of resolved components are usually available at this time as well as the provenance of where the components were retrieved from.', 'post-build': 'BOM consisting of information obtained after a build process has completed and the resulting components(s) are available for further analysis. Built components may exist as the result of a CI/CD process, may have been installed or deployed to a system or device, and may need to be retrieved or extracted from the system or device.', 'operations': 'BOM produced that represents inventory that is running and operational. This may include staging or production environments and will generally encompass multiple SBOMs describing the applications and operating system, along with HBOMs describing the hardware that makes up the system. Operations Bill of Materials (OBOM) can provide full-stack inventory of runtime environments, configurations, and additional dependencies.', 'discovery': 'BOM consisting of information observed through network discovery providing point-in-time enumeration of embedded, on-premise, and cloud-native services such as server applications, connected devices, microservices, and serverless functions.', 'decommission': 'BOM containing inventory that will be, or has been retired from operations.'}}}}, {'title': 'Custom Phase', 'required': ['name'], 'additionalProperties': False, 'properties': {'name': {'type': 'string', 'title': 'Name', 'description': 'The name of the lifecycle phase'}, 'description': {'type': 'string', 'title': 'Description', 'description': 'The description of the lifecycle phase'}}})
_k239 = frozenset(('description', 'name',))
_k240 = frozenset(('phase',))
_k241 = frozenset(('build', 'decommission', 'design', 'discovery', 'operations', 'post-build', 'pre-build',))
_k242 = FORMAT_CHECKS['date-time']
_k243 = re.compile('^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\Z')
_k244 = frozenset(('CycloneDX',))

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
        if 'declarations' in x:
            _v13(x['declarations'], p + ('declarations',), e)
        if 'definitions' in x:
            _v14(x['definitions'], p + ('definitions',), e)
        if 'properties' in x:
            _v15(x['properties'], p + ('properties',), e)
        if 'signature' in x:
            _v16(x['signature'], p + ('signature',), e)
def _v16(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v17, _v18, _v19,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k1[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v19(x, p, e):
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
            _v20(x['algorithm'], p + ('algorithm',), e)
        if 'keyId' in x:
            y = x['keyId']
            if not (isinstance(y, str)):
                e.append((p + ('keyId',), f"{y!r} is not of type 'string'"))
        if 'publicKey' in x:
            _v21(x['publicKey'], p + ('publicKey',), e)
        if 'certificatePath' in x:
            _v22(x['certificatePath'], p + ('certificatePath',), e)
        if 'excludes' in x:
            _v23(x['excludes'], p + ('excludes',), e)
        if 'value' in x:
            y = x['value']
            if not (isinstance(y, str)):
                e.append((p + ('value',), f"{y!r} is not of type 'string'"))
def _v23(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v22(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v21(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'kty' not in x:
            e.append((p, "'kty' is a required property"))
    if isinstance(x, dict):
        pass
    if isinstance(x, dict):
        if 'kty' in x:
            _v24(x['kty'], p + ('kty',), e)
    _v25(x, p, e)
    _v26(x, p, e)
    _v27(x, p, e)
def _v27(x, p, e):
    t = []
    _v28(x, p, t)
    if not t:
        _v29(x, p, e)
def _v29(x, p, e):
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
            _v24(x['kty'], p + ('kty',), e)
        if 'n' in x:
            y = x['n']
            if not (isinstance(y, str)):
                e.append((p + ('n',), f"{y!r} is not of type 'string'"))
        if 'e' in x:
            y = x['e']
            if not (isinstance(y, str)):
                e.append((p + ('e',), f"{y!r} is not of type 'string'"))
def _v28(x, p, e):
    if isinstance(x, dict):
        if 'kty' in x:
            _v30(x['kty'], p + ('kty',), e)
def _v30(x, p, e):
    if not _equal(x, 'RSA'):
        e.append((p, "'RSA' was expected"))
def _v26(x, p, e):
    t = []
    _v31(x, p, t)
    if not t:
        _v32(x, p, e)
def _v32(x, p, e):
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
            _v24(x['kty'], p + ('kty',), e)
        if 'crv' in x:
            _v33(x['crv'], p + ('crv',), e)
        if 'x' in x:
            y = x['x']
            if not (isinstance(y, str)):
                e.append((p + ('x',), f"{y!r} is not of type 'string'"))
def _v33(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k6):
        e.append((p, f"{x!r} is not one of ['Ed25519', 'Ed448']"))
def _v31(x, p, e):
    if isinstance(x, dict):
        if 'kty' in x:
            _v34(x['kty'], p + ('kty',), e)
def _v34(x, p, e):
    if not _equal(x, 'OKP'):
        e.append((p, "'OKP' was expected"))
def _v25(x, p, e):
    t = []
    _v35(x, p, t)
    if not t:
        _v36(x, p, e)
def _v36(x, p, e):
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
            _v24(x['kty'], p + ('kty',), e)
        if 'crv' in x:
            _v37(x['crv'], p + ('crv',), e)
        if 'x' in x:
            y = x['x']
            if not (isinstance(y, str)):
                e.append((p + ('x',), f"{y!r} is not of type 'string'"))
        if 'y' in x:
            y = x['y']
            if not (isinstance(y, str)):
                e.append((p + ('y',), f"{y!r} is not of type 'string'"))
def _v37(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k8):
        e.append((p, f"{x!r} is not one of ['P-256', 'P-384', 'P-521']"))
def _v35(x, p, e):
    if isinstance(x, dict):
        if 'kty' in x:
            _v38(x['kty'], p + ('kty',), e)
def _v38(x, p, e):
    if not _equal(x, 'EC'):
        e.append((p, "'EC' was expected"))
def _v24(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k9):
        e.append((p, f"{x!r} is not one of ['EC', 'OKP', 'RSA']"))
def _v20(x, p, e):
    valid = []
    for n, check in enumerate((_v39, _v40,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k10[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v40(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k11(x):
        e.append((p, f"{x!r} is not a 'uri'"))
def _v39(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k12):
        e.append((p, f"{x!r} is not one of ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'Ed25519', 'Ed448', 'HS256', 'HS384', 'HS512']"))
def _v18(x, p, e):
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
            _v41(x['chain'], p + ('chain',), e)
def _v41(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v19(y, p + (i,), e)
def _v17(x, p, e):
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
            _v42(x['signers'], p + ('signers',), e)
def _v42(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v19(y, p + (i,), e)
def _v15(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v43(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'value' in x:
            y = x['value']
            if not (isinstance(y, str)):
                e.append((p + ('value',), f"{y!r} is not of type 'string'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k15]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v14(x, p, e):
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
        if 'standards' in x:
            _v44(x['standards'], p + ('standards',), e)
def _v44(x, p, e):
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
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
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
        if 'owner' in x:
            y = x['owner']
            if not (isinstance(y, str)):
                e.append((p + ('owner',), f"{y!r} is not of type 'string'"))
        if 'requirements' in x:
            _v47(x['requirements'], p + ('requirements',), e)
        if 'levels' in x:
            _v48(x['levels'], p + ('levels',), e)
        if 'externalReferences' in x:
            _v49(x['externalReferences'], p + ('externalReferences',), e)
        if 'signature' in x:
            _v16(x['signature'], p + ('signature',), e)
def _v49(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v50(y, p + (i,), e)
def _v50(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'url' not in x:
            e.append((p, "'url' is a required property"))
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k18]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'url' in x:
            _v51(x['url'], p + ('url',), e)
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
        if 'type' in x:
            _v52(x['type'], p + ('type',), e)
        if 'hashes' in x:
            _v53(x['hashes'], p + ('hashes',), e)
def _v53(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v54(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'alg' not in x:
            e.append((p, "'alg' is a required property"))
        if 'content' not in x:
            e.append((p, "'content' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k19]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'alg' in x:
            _v55(x['alg'], p + ('alg',), e)
        if 'content' in x:
            _v56(x['content'], p + ('content',), e)
def _v56(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k20.search(x):
        e.append((p, f"{x!r} does not match '^([a-fA-F0-9]{{32}}|[a-fA-F0-9]{{40}}|[a-fA-F0-9]{{64}}|[a-fA-F0-9]{{96}}|[a-fA-F0-9]{{128}})$'"))
def _v55(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k21):
        e.append((p, f"{x!r} is not one of ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-256', 'SHA3-384', 'SHA3-512', 'BLAKE2b-256', 'BLAKE2b-384', 'BLAKE2b-512', 'BLAKE3']"))
def _v52(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k22):
        e.append((p, f"{x!r} is not one of ['vcs', 'issue-tracker', 'website', 'advisories', 'bom', 'mailing-list', 'social', 'chat', 'documentation', 'support', 'source-distribution', 'distribution', 'distribution-intake', 'license', 'build-meta', 'build-system', 'release-notes', 'security-contact', 'model-card', 'log', 'configuration', 'evidence', 'formulation', 'attestation', 'threat-model', 'adversary-model', 'risk-assessment', 'vulnerability-assertion', 'exploitability-statement', 'pentest-report', 'static-analysis-report', 'dynamic-analysis-report', 'runtime-analysis-report', 'component-analysis-report', 'maturity-report', 'certification-report', 'codified-infrastructure', 'quality-metrics', 'poam', 'electronic-signature', 'digital-signature', 'rfc-9116', 'other']"))
def _v51(x, p, e):
    valid = []
    for n, check in enumerate((_v57, _v58,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v58(x, p, e):
    valid = []
    for n, check in enumerate((_v59, _v60,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v60(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k23(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
    if isinstance(x, str) and not _k24.search(x):
        e.append((p, f"{x!r} does not match '^urn:cdx:[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}/[1-9][0-9]*#.+$'"))
def _v59(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k25(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
    if isinstance(x, str) and not _k26.search(x):
        e.append((p, f"{x!r} does not match '^urn:cdx:[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}/[1-9][0-9]*$'"))
def _v57(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k27(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v48(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v61(y, p + (i,), e)
def _v61(x, p, e):
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
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'identifier' in x:
            y = x['identifier']
            if not (isinstance(y, str)):
                e.append((p + ('identifier',), f"{y!r} is not of type 'string'"))
        if 'title' in x:
            y = x['title']
            if not (isinstance(y, str)):
                e.append((p + ('title',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'requirements' in x:
            _v62(x['requirements'], p + ('requirements',), e)
def _v62(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v46(y, p + (i,), e)
def _v47(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v63(y, p + (i,), e)
def _v63(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k29]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'identifier' in x:
            y = x['identifier']
            if not (isinstance(y, str)):
                e.append((p + ('identifier',), f"{y!r} is not of type 'string'"))
        if 'title' in x:
            y = x['title']
            if not (isinstance(y, str)):
                e.append((p + ('title',), f"{y!r} is not of type 'string'"))
        if 'text' in x:
            y = x['text']
            if not (isinstance(y, str)):
                e.append((p + ('text',), f"{y!r} is not of type 'string'"))
        if 'descriptions' in x:
            _v64(x['descriptions'], p + ('descriptions',), e)
        if 'openCre' in x:
            _v65(x['openCre'], p + ('openCre',), e)
        if 'parent' in x:
            _v46(x['parent'], p + ('parent',), e)
        if 'properties' in x:
            _v66(x['properties'], p + ('properties',), e)
        if 'externalReferences' in x:
            _v67(x['externalReferences'], p + ('externalReferences',), e)
def _v67(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v50(y, p + (i,), e)
def _v66(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v65(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v68(y, p + (i,), e)
def _v68(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k30.search(x):
        e.append((p, f"{x!r} does not match '^CRE:[0-9]+-[0-9]+$'"))
def _v64(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v46(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v13(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k31]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'assessors' in x:
            _v69(x['assessors'], p + ('assessors',), e)
        if 'attestations' in x:
            _v70(x['attestations'], p + ('attestations',), e)
        if 'claims' in x:
            _v71(x['claims'], p + ('claims',), e)
        if 'evidence' in x:
            _v72(x['evidence'], p + ('evidence',), e)
        if 'targets' in x:
            _v73(x['targets'], p + ('targets',), e)
        if 'affirmation' in x:
            _v74(x['affirmation'], p + ('affirmation',), e)
        if 'signature' in x:
            _v16(x['signature'], p + ('signature',), e)
def _v74(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k32]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'statement' in x:
            y = x['statement']
            if not (isinstance(y, str)):
                e.append((p + ('statement',), f"{y!r} is not of type 'string'"))
        if 'signatories' in x:
            _v75(x['signatories'], p + ('signatories',), e)
        if 'signature' in x:
            _v16(x['signature'], p + ('signature',), e)
def _v75(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v76(y, p + (i,), e)
def _v76(x, p, e):
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
    valid = []
    for n, check in enumerate((_v77, _v78,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k34[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'role' in x:
            y = x['role']
            if not (isinstance(y, str)):
                e.append((p + ('role',), f"{y!r} is not of type 'string'"))
        if 'signature' in x:
            _v16(x['signature'], p + ('signature',), e)
        if 'organization' in x:
            _v79(x['organization'], p + ('organization',), e)
        if 'externalReference' in x:
            _v50(x['externalReference'], p + ('externalReference',), e)
def _v79(x, p, e):
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
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'address' in x:
            _v80(x['address'], p + ('address',), e)
        if 'url' in x:
            _v81(x['url'], p + ('url',), e)
        if 'contact' in x:
            _v82(x['contact'], p + ('contact',), e)
def _v82(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v83(y, p + (i,), e)
def _v83(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k36]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'email' in x:
            _v84(x['email'], p + ('email',), e)
        if 'phone' in x:
            y = x['phone']
            if not (isinstance(y, str)):
                e.append((p + ('phone',), f"{y!r} is not of type 'string'"))
def _v84(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k37(x):
        e.append((p, f"{x!r} is not a 'idn-email'"))
def _v81(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v85(y, p + (i,), e)
def _v85(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k38(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v80(x, p, e):
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
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'country' in x:
            y = x['country']
            if not (isinstance(y, str)):
                e.append((p + ('country',), f"{y!r} is not of type 'string'"))
        if 'region' in x:
            y = x['region']
            if not (isinstance(y, str)):
                e.append((p + ('region',), f"{y!r} is not of type 'string'"))
        if 'locality' in x:
            y = x['locality']
            if not (isinstance(y, str)):
                e.append((p + ('locality',), f"{y!r} is not of type 'string'"))
        if 'postOfficeBoxNumber' in x:
            y = x['postOfficeBoxNumber']
            if not (isinstance(y, str)):
                e.append((p + ('postOfficeBoxNumber',), f"{y!r} is not of type 'string'"))
        if 'postalCode' in x:
            y = x['postalCode']
            if not (isinstance(y, str)):
                e.append((p + ('postalCode',), f"{y!r} is not of type 'string'"))
        if 'streetAddress' in x:
            y = x['streetAddress']
            if not (isinstance(y, str)):
                e.append((p + ('streetAddress',), f"{y!r} is not of type 'string'"))
def _v78(x, p, e):
    if isinstance(x, dict):
        if 'externalReference' not in x:
            e.append((p, "'externalReference' is a required property"))
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v77(x, p, e):
    if isinstance(x, dict):
        if 'signature' not in x:
            e.append((p, "'signature' is a required property"))
def _v73(x, p, e):
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
        if 'organizations' in x:
            _v86(x['organizations'], p + ('organizations',), e)
        if 'components' in x:
            _v87(x['components'], p + ('components',), e)
        if 'services' in x:
            _v88(x['services'], p + ('services',), e)
def _v88(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v89(y, p + (i,), e)
def _v89(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k41]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'provider' in x:
            _v79(x['provider'], p + ('provider',), e)
        if 'group' in x:
            y = x['group']
            if not (isinstance(y, str)):
                e.append((p + ('group',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'version' in x:
            _v90(x['version'], p + ('version',), e)
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'endpoints' in x:
            _v91(x['endpoints'], p + ('endpoints',), e)
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
            _v92(x['data'], p + ('data',), e)
        if 'licenses' in x:
            _v93(x['licenses'], p + ('licenses',), e)
        if 'externalReferences' in x:
            _v94(x['externalReferences'], p + ('externalReferences',), e)
        if 'services' in x:
            _v95(x['services'], p + ('services',), e)
        if 'releaseNotes' in x:
            _v96(x['releaseNotes'], p + ('releaseNotes',), e)
        if 'properties' in x:
            _v97(x['properties'], p + ('properties',), e)
        if 'tags' in x:
            _v98(x['tags'], p + ('tags',), e)
        if 'signature' in x:
            _v16(x['signature'], p + ('signature',), e)
def _v98(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v97(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v96(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k42]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v99(x['type'], p + ('type',), e)
        if 'title' in x:
            y = x['title']
            if not (isinstance(y, str)):
                e.append((p + ('title',), f"{y!r} is not of type 'string'"))
        if 'featuredImage' in x:
            _v100(x['featuredImage'], p + ('featuredImage',), e)
        if 'socialImage' in x:
            _v101(x['socialImage'], p + ('socialImage',), e)
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'timestamp' in x:
            _v102(x['timestamp'], p + ('timestamp',), e)
        if 'aliases' in x:
            _v103(x['aliases'], p + ('aliases',), e)
        if 'tags' in x:
            _v98(x['tags'], p + ('tags',), e)
        if 'resolves' in x:
            _v104(x['resolves'], p + ('resolves',), e)
        if 'notes' in x:
            _v105(x['notes'], p + ('notes',), e)
        if 'properties' in x:
            _v106(x['properties'], p + ('properties',), e)
def _v106(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v105(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v107(y, p + (i,), e)
def _v107(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'text' not in x:
            e.append((p, "'text' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k43]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'locale' in x:
            _v108(x['locale'], p + ('locale',), e)
        if 'text' in x:
            _v109(x['text'], p + ('text',), e)
def _v109(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'content' not in x:
            e.append((p, "'content' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k44]
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
            _v110(x['encoding'], p + ('encoding',), e)
        if 'content' in x:
            y = x['content']
            if not (isinstance(y, str)):
                e.append((p + ('content',), f"{y!r} is not of type 'string'"))
def _v110(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k45):
        e.append((p, f"{x!r} is not one of ['base64']"))
def _v108(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k46.search(x):
        e.append((p, f"{x!r} does not match '^([a-z]{{2}})(-[A-Z]{{2}})?$'"))
def _v104(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v111(y, p + (i,), e)
def _v111(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k47]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v112(x['type'], p + ('type',), e)
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
            _v113(x['source'], p + ('source',), e)
        if 'references' in x:
            _v114(x['references'], p + ('references',), e)
def _v114(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v115(y, p + (i,), e)
def _v115(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k48(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v113(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k49]
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
            _v116(x['url'], p + ('url',), e)
def _v116(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k50(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v112(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k51):
        e.append((p, f"{x!r} is not one of ['defect', 'enhancement', 'security']"))
def _v103(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v102(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k52(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v101(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k53(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v100(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k54(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v99(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v95(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v89(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v94(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v50(y, p + (i,), e)
def _v93(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    valid = []
    for n, check in enumerate((_v117, _v118,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k55[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v118(x, p, e):
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
            _v119(x[0], p + (0,), e)
def _v119(x, p, e):
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
        if 'expression' not in x:
            e.append((p, "'expression' is a required property"))
    if isinstance(x, dict):
        if 'expression' in x:
            y = x['expression']
            if not (isinstance(y, str)):
                e.append((p + ('expression',), f"{y!r} is not of type 'string'"))
        if 'acknowledgement' in x:
            _v120(x['acknowledgement'], p + ('acknowledgement',), e)
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
def _v120(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k57):
        e.append((p, f"{x!r} is not one of ['declared', 'concluded']"))
def _v117(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v121(y, p + (i,), e)
def _v121(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'license' not in x:
            e.append((p, "'license' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k58]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'license' in x:
            _v122(x['license'], p + ('license',), e)
def _v122(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v123, _v124,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k59[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k60]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'id' in x:
            _v125(x['id'], p + ('id',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'acknowledgement' in x:
            _v120(x['acknowledgement'], p + ('acknowledgement',), e)
        if 'text' in x:
            _v109(x['text'], p + ('text',), e)
        if 'url' in x:
            _v126(x['url'], p + ('url',), e)
        if 'licensing' in x:
            _v127(x['licensing'], p + ('licensing',), e)
        if 'properties' in x:
            _v128(x['properties'], p + ('properties',), e)
def _v128(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v127(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k61]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'altIds' in x:
            _v129(x['altIds'], p + ('altIds',), e)
        if 'licensor' in x:
            _v130(x['licensor'], p + ('licensor',), e)
        if 'licensee' in x:
            _v131(x['licensee'], p + ('licensee',), e)
        if 'purchaser' in x:
            _v132(x['purchaser'], p + ('purchaser',), e)
        if 'purchaseOrder' in x:
            y = x['purchaseOrder']
            if not (isinstance(y, str)):
                e.append((p + ('purchaseOrder',), f"{y!r} is not of type 'string'"))
        if 'licenseTypes' in x:
            _v133(x['licenseTypes'], p + ('licenseTypes',), e)
        if 'lastRenewal' in x:
            _v134(x['lastRenewal'], p + ('lastRenewal',), e)
        if 'expiration' in x:
            _v135(x['expiration'], p + ('expiration',), e)
def _v135(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k62(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v134(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k63(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v133(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v136(y, p + (i,), e)
def _v136(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k64):
        e.append((p, f"{x!r} is not one of ['academic', 'appliance', 'client-access', 'concurrent-user', 'core-points', 'custom-metric', 'device', 'evaluation', 'named-user', 'node-locked', 'oem', 'perpetual', 'processor-points', 'subscription', 'user', 'other']"))
def _v132(x, p, e):
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
        if 'organization' in x:
            _v79(x['organization'], p + ('organization',), e)
        if 'individual' in x:
            _v83(x['individual'], p + ('individual',), e)
    valid = []
    for n, check in enumerate((_v137, _v138,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k66[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v138(x, p, e):
    if isinstance(x, dict):
        if 'individual' not in x:
            e.append((p, "'individual' is a required property"))
def _v137(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
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
        if 'organization' in x:
            _v79(x['organization'], p + ('organization',), e)
        if 'individual' in x:
            _v83(x['individual'], p + ('individual',), e)
    valid = []
    for n, check in enumerate((_v139, _v140,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k68[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v140(x, p, e):
    if isinstance(x, dict):
        if 'individual' not in x:
            e.append((p, "'individual' is a required property"))
def _v139(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v130(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k69]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'organization' in x:
            _v79(x['organization'], p + ('organization',), e)
        if 'individual' in x:
            _v83(x['individual'], p + ('individual',), e)
    valid = []
    for n, check in enumerate((_v141, _v142,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k70[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v142(x, p, e):
    if isinstance(x, dict):
        if 'individual' not in x:
            e.append((p, "'individual' is a required property"))
def _v141(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v129(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v126(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k71(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v125(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k72):
        e.append((p, f"{x!r} is not one of ['0BSD', '3D-Slicer-1.0', 'AAL', 'Abstyles', 'AdaCore-doc', 'Adobe-2006', 'Adobe-Display-PostScript', 'Adobe-Glyph', 'Adobe-Utopia', 'ADSL', 'Advanced-Cryptics-Dictionary', 'AFL-1.1', 'AFL-1.2', 'AFL-2.0', 'AFL-2.1', 'AFL-3.0', 'Afmparse', 'AGPL-1.0', 'AGPL-1.0-only', 'AGPL-1.0-or-later', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Aladdin', 'ALGLIB-Documentation', 'AMD-newlib', 'AMDPLPA', 'AML', 'AML-glslang', 'AMPAS', 'ANTLR-PD', 'ANTLR-PD-fallback', 'any-OSI', 'any-OSI-perl-modules', 'Apache-1.0', 'Apache-1.1', 'Apache-2.0', 'APAFML', 'APL-1.0', 'App-s2p', 'APSL-1.0', 'APSL-1.1', 'APSL-1.2', 'APSL-2.0', 'Arphic-1999', 'Artistic-1.0', 'Artistic-1.0-cl8', 'Artistic-1.0-Perl', 'Artistic-2.0', 'Artistic-dist', 'Aspell-RU', 'ASWF-Digital-Assets-1.0', 'ASWF-Digital-Assets-1.1', 'Baekmuk', 'Bahyph', 'Barr', 'bcrypt-Solar-Designer', 'Beerware', 'Bitstream-Charter', 'Bitstream-Vera', 'BitTorrent-1.0', 'BitTorrent-1.1', 'blessing', 'BlueOak-1.0.0', 'Boehm-GC', 'Boehm-GC-without-fee', 'BOLA-1.1', 'Borceux', 'Brian-Gladman-2-Clause', 'Brian-Gladman-3-Clause', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Darwin', 'BSD-2-Clause-first-lines', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'BSD-2-Clause-Patent', 'BSD-2-Clause-pkgconf-disclaimer', 'BSD-2-Clause-Views', 'BSD-3-Clause', 'BSD-3-Clause-acpica', 'BSD-3-Clause-Attribution', 'BSD-3-Clause-Clear', 'BSD-3-Clause-flex', 'BSD-3-Clause-HP', 'BSD-3-Clause-LBNL', 'BSD-3-Clause-Modification', 'BSD-3-Clause-No-Military-License', 'BSD-3-Clause-No-Nuclear-License', 'BSD-3-Clause-No-Nuclear-License-2014', 'BSD-3-Clause-No-Nuclear-Warranty', 'BSD-3-Clause-Open-MPI', 'BSD-3-Clause-Sun', 'BSD-3-Clause-Tso', 'BSD-4-Clause', 'BSD-4-Clause-Shortened', 'BSD-4-Clause-UC', 'BSD-4.3RENO', 'BSD-4.3TAHOE', 'BSD-Advertising-Acknowledgement', 'BSD-Attribution-HPND-disclaimer', 'BSD-Inferno-Nettverk', 'BSD-Mark-Modifications', 'BSD-Protection', 'BSD-Source-beginning-file', 'BSD-Source-Code', 'BSD-Systemics', 'BSD-Systemics-W3Works', 'BSL-1.0', 'Buddy', 'BUSL-1.1', 'bzip2-1.0.5', 'bzip2-1.0.6', 'C-UDA-1.0', 'CAL-1.0', 'CAL-1.0-Combined-Work-Exception', 'Caldera', 'Caldera-no-preamble', 'CAPEC-tou', 'Catharon', 'CATOSL-1.1', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-2.5-AU', 'CC-BY-3.0', 'CC-BY-3.0-AT', 'CC-BY-3.0-AU', 'CC-BY-3.0-DE', 'CC-BY-3.0-IGO', 'CC-BY-3.0-NL', 'CC-BY-3.0-US', 'CC-BY-4.0', 'CC-BY-NC-1.0', 'CC-BY-NC-2.0', 'CC-BY-NC-2.5', 'CC-BY-NC-3.0', 'CC-BY-NC-3.0-DE', 'CC-BY-NC-4.0', 'CC-BY-NC-ND-1.0', 'CC-BY-NC-ND-2.0', 'CC-BY-NC-ND-2.5', 'CC-BY-NC-ND-3.0', 'CC-BY-NC-ND-3.0-DE', 'CC-BY-NC-ND-3.0-IGO', 'CC-BY-NC-ND-4.0', 'CC-BY-NC-SA-1.0', 'CC-BY-NC-SA-2.0', 'CC-BY-NC-SA-2.0-DE', 'CC-BY-NC-SA-2.0-FR', 'CC-BY-NC-SA-2.0-UK', 'CC-BY-NC-SA-2.5', 'CC-BY-NC-SA-3.0', 'CC-BY-NC-SA-3.0-DE', 'CC-BY-NC-SA-3.0-IGO', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-1.0', 'CC-BY-ND-2.0', 'CC-BY-ND-2.5', 'CC-BY-ND-3.0', 'CC-BY-ND-3.0-DE', 'CC-BY-ND-4.0', 'CC-BY-SA-1.0', 'CC-BY-SA-2.0', 'CC-BY-SA-2.0-UK', 'CC-BY-SA-2.1-JP', 'CC-BY-SA-2.5', 'CC-BY-SA-3.0', 'CC-BY-SA-3.0-AT', 'CC-BY-SA-3.0-DE', 'CC-BY-SA-3.0-IGO', 'CC-BY-SA-4.0', 'CC-PDDC', 'CC-PDM-1.0', 'CC-SA-1.0', 'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1', 'CDL-1.0', 'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'CDLA-Sharing-1.0', 'CECILL-1.0', 'CECILL-1.1', 'CECILL-2.0', 'CECILL-2.1', 'CECILL-B', 'CECILL-C', 'CERN-OHL-1.1', 'CERN-OHL-1.2', 'CERN-OHL-P-2.0', 'CERN-OHL-S-2.0', 'CERN-OHL-W-2.0', 'CFITSIO', 'check-cvs', 'checkmk', 'ClArtistic', 'Clips', 'CMU-Mach', 'CMU-Mach-nodoc', 'CNRI-Jython', 'CNRI-Python', 'CNRI-Python-GPL-Compatible', 'COIL-1.0', 'Community-Spec-1.0', 'Condor-1.1', 'copyleft-next-0.3.0', 'copyleft-next-0.3.1', 'Cornell-Lossless-JPEG', 'CPAL-1.0', 'CPL-1.0', 'CPOL-1.02', 'Cronyx', 'Crossword', 'CryptoSwift', 'CrystalStacker', 'CUA-OPL-1.0', 'Cube', 'curl', 'cve-tou', 'D-FSL-1.0', 'DEC-3-Clause', 'diffmark', 'DL-DE-BY-2.0', 'DL-DE-ZERO-2.0', 'DOC', 'DocBook-DTD', 'DocBook-Schema', 'DocBook-Stylesheet', 'DocBook-XML', 'Dotseqn', 'DRL-1.0', 'DRL-1.1', 'DSDP', 'dtoa', 'dvipdfm', 'ECL-1.0', 'ECL-2.0', 'eCos-2.0', 'EFL-1.0', 'EFL-2.0', 'eGenix', 'Elastic-2.0', 'Entessa', 'EPICS', 'EPL-1.0', 'EPL-2.0', 'ErlPL-1.1', 'ESA-PL-permissive-2.4', 'ESA-PL-strong-copyleft-2.4', 'ESA-PL-weak-copyleft-2.4', 'etalab-2.0', 'EUDatagrid', 'EUPL-1.0', 'EUPL-1.1', 'EUPL-1.2', 'Eurosym', 'Fair', 'FBM', 'FDK-AAC', 'Ferguson-Twofish', 'Frameworx-1.0', 'FreeBSD-DOC', 'FreeImage', 'FSFAP', 'FSFAP-no-warranty-disclaimer', 'FSFUL', 'FSFULLR', 'FSFULLRSD', 'FSFULLRWD', 'FSL-1.1-ALv2', 'FSL-1.1-MIT', 'FTL', 'Furuseth', 'fwlw', 'Game-Programming-Gems', 'GCR-docs', 'GD', 'generic-xts', 'GFDL-1.1', 'GFDL-1.1-invariants-only', 'GFDL-1.1-invariants-or-later', 'GFDL-1.1-no-invariants-only', 'GFDL-1.1-no-invariants-or-later', 'GFDL-1.1-only', 'GFDL-1.1-or-later', 'GFDL-1.2', 'GFDL-1.2-invariants-only', 'GFDL-1.2-invariants-or-later', 'GFDL-1.2-no-invariants-only', 'GFDL-1.2-no-invariants-or-later', 'GFDL-1.2-only', 'GFDL-1.2-or-later', 'GFDL-1.3', 'GFDL-1.3-invariants-only', 'GFDL-1.3-invariants-or-later', 'GFDL-1.3-no-invariants-only', 'GFDL-1.3-no-invariants-or-later', 'GFDL-1.3-only', 'GFDL-1.3-or-later', 'Giftware', 'GL2PS', 'Glide', 'Glulxe', 'GLWTPL', 'gnuplot', 'GPL-1.0', 'GPL-1.0+', 'GPL-1.0-only', 'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0+', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-2.0-with-autoconf-exception', 'GPL-2.0-with-bison-exception', 'GPL-2.0-with-classpath-exception', 'GPL-2.0-with-font-exception', 'GPL-2.0-with-GCC-exception', 'GPL-3.0', 'GPL-3.0+', 'GPL-3.0-only', 'GPL-3.0-or-later', 'GPL-3.0-with-autoconf-exception', 'GPL-3.0-with-GCC-exception', 'Graphics-Gems', 'gSOAP-1.3b', 'gtkbook', 'Gutmann', 'HaskellReport', 'HDF5', 'hdparm', 'HIDAPI', 'Hippocratic-2.1', 'HP-1986', 'HP-1989', 'HPND', 'HPND-DEC', 'HPND-doc', 'HPND-doc-sell', 'HPND-export-US', 'HPND-export-US-acknowledgement', 'HPND-export-US-modify', 'HPND-export2-US', 'HPND-Fenneberg-Livingston', 'HPND-INRIA-IMAG', 'HPND-Intel', 'HPND-Kevlin-Henney', 'HPND-Markus-Kuhn', 'HPND-merchantability-variant', 'HPND-MIT-disclaimer', 'HPND-Netrek', 'HPND-Pbmplus', 'HPND-sell-MIT-disclaimer-xserver', 'HPND-sell-regexpr', 'HPND-sell-variant', 'HPND-sell-variant-critical-systems', 'HPND-sell-variant-MIT-disclaimer', 'HPND-sell-variant-MIT-disclaimer-rev', 'HPND-SMC', 'HPND-UC', 'HPND-UC-export-US', 'HTMLTIDY', 'hyphen-bulgarian', 'IBM-pibs', 'ICU', 'IEC-Code-Components-EULA', 'IJG', 'IJG-short', 'ImageMagick', 'iMatix', 'Imlib2', 'Info-ZIP', 'Inner-Net-2.0', 'InnoSetup', 'Intel', 'Intel-ACPI', 'Interbase-1.0', 'IPA', 'IPL-1.0', 'ISC', 'ISC-Veillard', 'ISO-permission', 'Jam', 'JasPer-2.0', 'jove', 'JPL-image', 'JPNIC', 'JSON', 'Kastrup', 'Kazlib', 'Knuth-CTAN', 'LAL-1.2', 'LAL-1.3', 'Latex2e', 'Latex2e-translated-notice', 'Leptonica', 'LGPL-2.0', 'LGPL-2.0+', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1', 'LGPL-2.1+', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0+', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'LGPLLR', 'Libpng', 'libpng-1.6.35', 'libpng-2.0', 'libselinux-1.0', 'libtiff', 'libutil-David-Nugent', 'LiLiQ-P-1.1', 'LiLiQ-R-1.1', 'LiLiQ-Rplus-1.1', 'Linux-man-pages-1-para', 'Linux-man-pages-copyleft', 'Linux-man-pages-copyleft-2-para', 'Linux-man-pages-copyleft-var', 'Linux-OpenIB', 'LOOP', 'LPD-document', 'LPL-1.0', 'LPL-1.02', 'LPPL-1.0', 'LPPL-1.1', 'LPPL-1.2', 'LPPL-1.3a', 'LPPL-1.3c', 'lsof', 'Lucida-Bitmap-Fonts', 'LZMA-SDK-9.11-to-9.20', 'LZMA-SDK-9.22', 'Mackerras-3-Clause', 'Mackerras-3-Clause-acknowledgment', 'magaz', 'mailprio', 'MakeIndex', 'man2html', 'Martin-Birgmeier', 'McPhee-slideshow', 'metamail', 'Minpack', 'MIPS', 'MirOS', 'MIT', 'MIT-0', 'MIT-advertising', 'MIT-Click', 'MIT-CMU', 'MIT-enna', 'MIT-feh', 'MIT-Festival', 'MIT-Khronos-old', 'MIT-Modern-Variant', 'MIT-open-group', 'MIT-STK', 'MIT-testregex', 'MIT-Wu', 'MITNFA', 'MMIXware', 'MMPL-1.0.1', 'Motosoto', 'MPEG-SSG', 'mpi-permissive', 'mpich2', 'MPL-1.0', 'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception', 'mplus', 'MS-LPL', 'MS-PL', 'MS-RL', 'MTLL', 'MulanPSL-1.0', 'MulanPSL-2.0', 'Multics', 'Mup', 'NAIST-2003', 'NASA-1.3', 'Naumen', 'NBPL-1.0', 'NCBI-PD', 'NCGL-UK-2.0', 'NCL', 'NCSA', 'Net-SNMP', 'NetCDF', 'Newsletr', 'NGPL', 'ngrep', 'NICTA-1.0', 'NIST-PD', 'NIST-PD-fallback', 'NIST-PD-TNT', 'NIST-Software', 'NLOD-1.0', 'NLOD-2.0', 'NLPL', 'Nokia', 'NOSL', 'Noweb', 'NPL-1.0', 'NPL-1.1', 'NPOSL-3.0', 'NRL', 'NTIA-PD', 'NTP', 'NTP-0', 'Nunit', 'O-UDA-1.0', 'OAR', 'OCCT-PL', 'OCLC-2.0', 'ODbL-1.0', 'ODC-By-1.0', 'OFFIS', 'OFL-1.0', 'OFL-1.0-no-RFN', 'OFL-1.0-RFN', 'OFL-1.1', 'OFL-1.1-no-RFN', 'OFL-1.1-RFN', 'OGC-1.0', 'OGDL-Taiwan-1.0', 'OGL-Canada-2.0', 'OGL-UK-1.0', 'OGL-UK-2.0', 'OGL-UK-3.0', 'OGTSL', 'OLDAP-1.1', 'OLDAP-1.2', 'OLDAP-1.3', 'OLDAP-1.4', 'OLDAP-2.0', 'OLDAP-2.0.1', 'OLDAP-2.1', 'OLDAP-2.2', 'OLDAP-2.2.1', 'OLDAP-2.2.2', 'OLDAP-2.3', 'OLDAP-2.4', 'OLDAP-2.5', 'OLDAP-2.6', 'OLDAP-2.7', 'OLDAP-2.8', 'OLFL-1.3', 'OML', 'OpenMDW-1.0', 'OpenPBS-2.3', 'OpenSSL', 'OpenSSL-standalone', 'OpenVision', 'OPL-1.0', 'OPL-UK-3.0', 'OPUBL-1.0', 'OSC-1.0', 'OSET-PL-2.1', 'OSL-1.0', 'OSL-1.1', 'OSL-2.0', 'OSL-2.1', 'OSL-3.0', 'OSSP', 'PADL', 'ParaType-Free-Font-1.3', 'Parity-6.0.0', 'Parity-7.0.0', 'PDDL-1.0', 'PHP-3.0', 'PHP-3.01', 'Pixar', 'pkgconf', 'Plexus', 'pnmstitch', 'PolyForm-Noncommercial-1.0.0', 'PolyForm-Small-Business-1.0.0', 'PostgreSQL', 'PPL', 'PSF-2.0', 'psfrag', 'psutils', 'Python-2.0', 'Python-2.0.1', 'python-ldap', 'Qhull', 'QPL-1.0', 'QPL-1.0-INRIA-2004', 'radvd', 'Rdisc', 'RHeCos-1.1', 'RPL-1.1', 'RPL-1.5', 'RPSL-1.0', 'RSA-MD', 'RSCPL', 'Ruby', 'Ruby-pty', 'SAX-PD', 'SAX-PD-2.0', 'Saxpath', 'SCEA', 'SchemeReport', 'Sendmail', 'Sendmail-8.23', 'Sendmail-Open-Source-1.1', 'SGI-B-1.0', 'SGI-B-1.1', 'SGI-B-2.0', 'SGI-OpenGL', 'SGMLUG-PM', 'SGP4', 'SHL-0.5', 'SHL-0.51', 'SimPL-2.0', 'SISSL', 'SISSL-1.2', 'SL', 'Sleepycat', 'SMAIL-GPL', 'SMLNJ', 'SMPPL', 'SNIA', 'snprintf', 'SOFA', 'softSurfer', 'Soundex', 'Spencer-86', 'Spencer-94', 'Spencer-99', 'SPL-1.0', 'ssh-keyscan', 'SSH-OpenSSH', 'SSH-short', 'SSLeay-standalone', 'SSPL-1.0', 'StandardML-NJ', 'SugarCRM-1.1.3', 'SUL-1.0', 'Sun-PPP', 'Sun-PPP-2000', 'SunPro', 'SWL', 'swrule', 'Symlinks', 'TAPR-OHL-1.0', 'TCL', 'TCP-wrappers', 'TekHVC', 'TermReadKey', 'TGPPL-1.0', 'ThirdEye', 'threeparttable', 'TMate', 'TORQUE-1.1', 'TOSL', 'TPDL', 'TPL-1.0', 'TrustedQSL', 'TTWL', 'TTYP0', 'TU-Berlin-1.0', 'TU-Berlin-2.0', 'Ubuntu-font-1.0', 'UCAR', 'UCL-1.0', 'ulem', 'UMich-Merit', 'Unicode-3.0', 'Unicode-DFS-2015', 'Unicode-DFS-2016', 'Unicode-TOU', 'UnixCrypt', 'Unlicense', 'Unlicense-libtelnet', 'Unlicense-libwhirlpool', 'UnRAR', 'UPL-1.0', 'URT-RLE', 'Vim', 'Vixie-Cron', 'VOSTROM', 'VSL-1.0', 'W3C', 'W3C-19980720', 'W3C-20150513', 'w3m', 'Watcom-1.0', 'Widget-Workshop', 'WordNet', 'Wsuipa', 'WTFNMFPL', 'WTFPL', 'wwl', 'wxWindows', 'X11', 'X11-distribute-modifications-variant', 'X11-no-permit-persons', 'X11-swapped', 'Xdebug-1.03', 'Xerox', 'Xfig', 'XFree86-1.1', 'xinetd', 'xkeyboard-config-Zinoviev', 'xlock', 'Xnet', 'xpp', 'XSkat', 'xzoom', 'YPL-1.0', 'YPL-1.1', 'Zed', 'Zeeff', 'Zend-2.0', 'Zimbra-1.3', 'Zimbra-1.4', 'Zlib', 'zlib-acknowledgement', 'ZPL-1.1', 'ZPL-2.0', 'ZPL-2.1', '389-exception', 'Asterisk-exception', 'Asterisk-linking-protocols-exception', 'Autoconf-exception-2.0', 'Autoconf-exception-3.0', 'Autoconf-exception-generic', 'Autoconf-exception-generic-3.0', 'Autoconf-exception-macro', 'Bison-exception-1.24', 'Bison-exception-2.2', 'Bootloader-exception', 'CGAL-linking-exception', 'Classpath-exception-2.0', 'Classpath-exception-2.0-short', 'CLISP-exception-2.0', 'cryptsetup-OpenSSL-exception', 'Digia-Qt-LGPL-exception-1.1', 'DigiRule-FOSS-exception', 'eCos-exception-2.0', 'erlang-otp-linking-exception', 'Fawkes-Runtime-exception', 'FLTK-exception', 'fmt-exception', 'Font-exception-2.0', 'freertos-exception-2.0', 'GCC-exception-2.0', 'GCC-exception-2.0-note', 'GCC-exception-3.1', 'Gmsh-exception', 'GNAT-exception', 'GNOME-examples-exception', 'GNU-compiler-exception', 'gnu-javamail-exception', 'GPL-3.0-389-ds-base-exception', 'GPL-3.0-interface-exception', 'GPL-3.0-linking-exception', 'GPL-3.0-linking-source-exception', 'GPL-CC-1.0', 'GStreamer-exception-2005', 'GStreamer-exception-2008', 'harbour-exception', 'i2p-gpl-java-exception', 'Independent-modules-exception', 'KiCad-libraries-exception', 'kvirc-openssl-exception', 'LGPL-3.0-linking-exception', 'libpri-OpenH323-exception', 'Libtool-exception', 'Linux-syscall-note', 'LLGPL', 'LLVM-exception', 'LZMA-exception', 'mif-exception', 'mxml-exception', 'Nokia-Qt-exception-1.1', 'OCaml-LGPL-linking-exception', 'OCCT-exception-1.0', 'OpenJDK-assembly-exception-1.0', 'openvpn-openssl-exception', 'PCRE2-exception', 'polyparse-exception', 'PS-or-PDF-font-exception-20170817', 'QPL-1.0-INRIA-2004-exception', 'Qt-GPL-exception-1.0', 'Qt-LGPL-exception-1.1', 'Qwt-exception-1.0', 'romic-exception', 'RRDtool-FLOSS-exception-2.0', 'rsync-linking-exception', 'SANE-exception', 'SHL-2.0', 'SHL-2.1', 'Simple-Library-Usage-exception', 'sqlitestudio-OpenSSL-exception', 'stunnel-exception', 'SWI-exception', 'Swift-exception', 'Texinfo-exception', 'u-boot-exception-2.0', 'UBDL-exception', 'Universal-FOSS-exception-1.0', 'vsftpd-openssl-exception', 'WxWindows-exception-3.1', 'x11vnc-openssl-exception']"))
def _v124(x, p, e):
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
def _v123(x, p, e):
    if isinstance(x, dict):
        if 'id' not in x:
            e.append((p, "'id' is a required property"))
def _v92(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v143(y, p + (i,), e)
def _v143(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'flow' not in x:
            e.append((p, "'flow' is a required property"))
        if 'classification' not in x:
            e.append((p, "'classification' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k73]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'flow' in x:
            _v144(x['flow'], p + ('flow',), e)
        if 'classification' in x:
            _v145(x['classification'], p + ('classification',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'governance' in x:
            _v146(x['governance'], p + ('governance',), e)
        if 'source' in x:
            _v147(x['source'], p + ('source',), e)
        if 'destination' in x:
            _v148(x['destination'], p + ('destination',), e)
def _v148(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v149(y, p + (i,), e)
def _v149(x, p, e):
    valid = []
    for n, check in enumerate((_v150, _v60,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v150(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k74(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v147(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v151(y, p + (i,), e)
def _v151(x, p, e):
    valid = []
    for n, check in enumerate((_v152, _v60,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v152(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k75(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v146(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k76]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'custodians' in x:
            _v153(x['custodians'], p + ('custodians',), e)
        if 'stewards' in x:
            _v154(x['stewards'], p + ('stewards',), e)
        if 'owners' in x:
            _v155(x['owners'], p + ('owners',), e)
def _v155(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v156(y, p + (i,), e)
def _v156(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k77]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'organization' in x:
            _v79(x['organization'], p + ('organization',), e)
        if 'contact' in x:
            _v83(x['contact'], p + ('contact',), e)
    valid = []
    for n, check in enumerate((_v157, _v158,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k78[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v158(x, p, e):
    if isinstance(x, dict):
        if 'contact' not in x:
            e.append((p, "'contact' is a required property"))
def _v157(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v154(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v156(y, p + (i,), e)
def _v153(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v156(y, p + (i,), e)
def _v145(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v144(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k79):
        e.append((p, f"{x!r} is not one of ['inbound', 'outbound', 'bi-directional', 'unknown']"))
def _v91(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v159(y, p + (i,), e)
def _v159(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k80(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v90(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) > 1024:
        e.append((p, f"{x!r} is too long"))
def _v87(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v160(y, p + (i,), e)
def _v160(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k81]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v161(x['type'], p + ('type',), e)
        if 'mime-type' in x:
            _v162(x['mime-type'], p + ('mime-type',), e)
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'supplier' in x:
            _v79(x['supplier'], p + ('supplier',), e)
        if 'manufacturer' in x:
            _v79(x['manufacturer'], p + ('manufacturer',), e)
        if 'authors' in x:
            _v163(x['authors'], p + ('authors',), e)
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
            _v90(x['version'], p + ('version',), e)
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'scope' in x:
            _v164(x['scope'], p + ('scope',), e)
        if 'hashes' in x:
            _v165(x['hashes'], p + ('hashes',), e)
        if 'licenses' in x:
            _v93(x['licenses'], p + ('licenses',), e)
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
        if 'omniborId' in x:
            _v166(x['omniborId'], p + ('omniborId',), e)
        if 'swhid' in x:
            _v167(x['swhid'], p + ('swhid',), e)
        if 'swid' in x:
            _v168(x['swid'], p + ('swid',), e)
        if 'modified' in x:
            y = x['modified']
            if not (isinstance(y, bool)):
                e.append((p + ('modified',), f"{y!r} is not of type 'boolean'"))
        if 'pedigree' in x:
            _v169(x['pedigree'], p + ('pedigree',), e)
        if 'externalReferences' in x:
            _v170(x['externalReferences'], p + ('externalReferences',), e)
        if 'components' in x:
            _v171(x['components'], p + ('components',), e)
        if 'evidence' in x:
            _v172(x['evidence'], p + ('evidence',), e)
        if 'releaseNotes' in x:
            _v96(x['releaseNotes'], p + ('releaseNotes',), e)
        if 'modelCard' in x:
            _v173(x['modelCard'], p + ('modelCard',), e)
        if 'data' in x:
            _v174(x['data'], p + ('data',), e)
        if 'cryptoProperties' in x:
            _v175(x['cryptoProperties'], p + ('cryptoProperties',), e)
        if 'properties' in x:
            _v176(x['properties'], p + ('properties',), e)
        if 'tags' in x:
            _v98(x['tags'], p + ('tags',), e)
        if 'signature' in x:
            _v16(x['signature'], p + ('signature',), e)
def _v176(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v175(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k82]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'assetType' not in x:
            e.append((p, "'assetType' is a required property"))
    if isinstance(x, dict):
        if 'assetType' in x:
            _v177(x['assetType'], p + ('assetType',), e)
        if 'algorithmProperties' in x:
            _v178(x['algorithmProperties'], p + ('algorithmProperties',), e)
        if 'certificateProperties' in x:
            _v179(x['certificateProperties'], p + ('certificateProperties',), e)
        if 'relatedCryptoMaterialProperties' in x:
            _v180(x['relatedCryptoMaterialProperties'], p + ('relatedCryptoMaterialProperties',), e)
        if 'protocolProperties' in x:
            _v181(x['protocolProperties'], p + ('protocolProperties',), e)
        if 'oid' in x:
            y = x['oid']
            if not (isinstance(y, str)):
                e.append((p + ('oid',), f"{y!r} is not of type 'string'"))
def _v181(x, p, e):
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
        if 'type' in x:
            _v182(x['type'], p + ('type',), e)
        if 'version' in x:
            y = x['version']
            if not (isinstance(y, str)):
                e.append((p + ('version',), f"{y!r} is not of type 'string'"))
        if 'cipherSuites' in x:
            _v183(x['cipherSuites'], p + ('cipherSuites',), e)
        if 'ikev2TransformTypes' in x:
            _v184(x['ikev2TransformTypes'], p + ('ikev2TransformTypes',), e)
        if 'cryptoRefArray' in x:
            _v185(x['cryptoRefArray'], p + ('cryptoRefArray',), e)
def _v185(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v46(y, p + (i,), e)
def _v184(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k84]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'encr' in x:
            _v185(x['encr'], p + ('encr',), e)
        if 'prf' in x:
            _v185(x['prf'], p + ('prf',), e)
        if 'integ' in x:
            _v185(x['integ'], p + ('integ',), e)
        if 'ke' in x:
            _v185(x['ke'], p + ('ke',), e)
        if 'esn' in x:
            y = x['esn']
            if not (isinstance(y, bool)):
                e.append((p + ('esn',), f"{y!r} is not of type 'boolean'"))
        if 'auth' in x:
            _v185(x['auth'], p + ('auth',), e)
def _v183(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v186(y, p + (i,), e)
def _v186(x, p, e):
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
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'algorithms' in x:
            _v187(x['algorithms'], p + ('algorithms',), e)
        if 'identifiers' in x:
            _v188(x['identifiers'], p + ('identifiers',), e)
def _v188(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v187(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v46(y, p + (i,), e)
def _v182(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k86):
        e.append((p, f"{x!r} is not one of ['tls', 'ssh', 'ipsec', 'ike', 'sstp', 'wpa', 'other', 'unknown']"))
def _v180(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k87]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v189(x['type'], p + ('type',), e)
        if 'id' in x:
            y = x['id']
            if not (isinstance(y, str)):
                e.append((p + ('id',), f"{y!r} is not of type 'string'"))
        if 'state' in x:
            _v190(x['state'], p + ('state',), e)
        if 'algorithmRef' in x:
            _v46(x['algorithmRef'], p + ('algorithmRef',), e)
        if 'creationDate' in x:
            _v191(x['creationDate'], p + ('creationDate',), e)
        if 'activationDate' in x:
            _v192(x['activationDate'], p + ('activationDate',), e)
        if 'updateDate' in x:
            _v193(x['updateDate'], p + ('updateDate',), e)
        if 'expirationDate' in x:
            _v194(x['expirationDate'], p + ('expirationDate',), e)
        if 'value' in x:
            y = x['value']
            if not (isinstance(y, str)):
                e.append((p + ('value',), f"{y!r} is not of type 'string'"))
        if 'size' in x:
            y = x['size']
            if not (((isinstance(y, int) and not isinstance(y, bool)) or (isinstance(y, float) and y.is_integer()))):
                e.append((p + ('size',), f"{y!r} is not of type 'integer'"))
        if 'format' in x:
            y = x['format']
            if not (isinstance(y, str)):
                e.append((p + ('format',), f"{y!r} is not of type 'string'"))
        if 'securedBy' in x:
            _v195(x['securedBy'], p + ('securedBy',), e)
def _v195(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k88]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'mechanism' in x:
            y = x['mechanism']
            if not (isinstance(y, str)):
                e.append((p + ('mechanism',), f"{y!r} is not of type 'string'"))
        if 'algorithmRef' in x:
            _v46(x['algorithmRef'], p + ('algorithmRef',), e)
def _v194(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k89(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v193(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k90(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v192(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k91(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v191(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k92(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v190(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k93):
        e.append((p, f"{x!r} is not one of ['pre-activation', 'active', 'suspended', 'deactivated', 'compromised', 'destroyed']"))
def _v189(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k94):
        e.append((p, f"{x!r} is not one of ['private-key', 'public-key', 'secret-key', 'key', 'ciphertext', 'signature', 'digest', 'initialization-vector', 'nonce', 'seed', 'salt', 'shared-secret', 'tag', 'additional-data', 'password', 'credential', 'token', 'other', 'unknown']"))
def _v179(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k95]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'subjectName' in x:
            y = x['subjectName']
            if not (isinstance(y, str)):
                e.append((p + ('subjectName',), f"{y!r} is not of type 'string'"))
        if 'issuerName' in x:
            y = x['issuerName']
            if not (isinstance(y, str)):
                e.append((p + ('issuerName',), f"{y!r} is not of type 'string'"))
        if 'notValidBefore' in x:
            _v196(x['notValidBefore'], p + ('notValidBefore',), e)
        if 'notValidAfter' in x:
            _v197(x['notValidAfter'], p + ('notValidAfter',), e)
        if 'signatureAlgorithmRef' in x:
            _v46(x['signatureAlgorithmRef'], p + ('signatureAlgorithmRef',), e)
        if 'subjectPublicKeyRef' in x:
            _v46(x['subjectPublicKeyRef'], p + ('subjectPublicKeyRef',), e)
        if 'certificateFormat' in x:
            y = x['certificateFormat']
            if not (isinstance(y, str)):
                e.append((p + ('certificateFormat',), f"{y!r} is not of type 'string'"))
        if 'certificateExtension' in x:
            y = x['certificateExtension']
            if not (isinstance(y, str)):
                e.append((p + ('certificateExtension',), f"{y!r} is not of type 'string'"))
def _v197(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k96(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v196(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k97(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v178(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k98]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'primitive' in x:
            _v198(x['primitive'], p + ('primitive',), e)
        if 'parameterSetIdentifier' in x:
            y = x['parameterSetIdentifier']
            if not (isinstance(y, str)):
                e.append((p + ('parameterSetIdentifier',), f"{y!r} is not of type 'string'"))
        if 'curve' in x:
            y = x['curve']
            if not (isinstance(y, str)):
                e.append((p + ('curve',), f"{y!r} is not of type 'string'"))
        if 'executionEnvironment' in x:
            _v199(x['executionEnvironment'], p + ('executionEnvironment',), e)
        if 'implementationPlatform' in x:
            _v200(x['implementationPlatform'], p + ('implementationPlatform',), e)
        if 'certificationLevel' in x:
            _v201(x['certificationLevel'], p + ('certificationLevel',), e)
        if 'mode' in x:
            _v202(x['mode'], p + ('mode',), e)
        if 'padding' in x:
            _v203(x['padding'], p + ('padding',), e)
        if 'cryptoFunctions' in x:
            _v204(x['cryptoFunctions'], p + ('cryptoFunctions',), e)
        if 'classicalSecurityLevel' in x:
            _v205(x['classicalSecurityLevel'], p + ('classicalSecurityLevel',), e)
        if 'nistQuantumSecurityLevel' in x:
            _v206(x['nistQuantumSecurityLevel'], p + ('nistQuantumSecurityLevel',), e)
def _v206(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 6:
        e.append((p, f"{x!r} is greater than the maximum of 6"))
def _v205(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
def _v204(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v207(y, p + (i,), e)
def _v207(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k99):
        e.append((p, f"{x!r} is not one of ['generate', 'keygen', 'encrypt', 'decrypt', 'digest', 'tag', 'keyderive', 'sign', 'verify', 'encapsulate', 'decapsulate', 'other', 'unknown']"))
def _v203(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k100):
        e.append((p, f"{x!r} is not one of ['pkcs5', 'pkcs7', 'pkcs1v15', 'oaep', 'raw', 'other', 'unknown']"))
def _v202(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k101):
        e.append((p, f"{x!r} is not one of ['cbc', 'ecb', 'ccm', 'gcm', 'cfb', 'ofb', 'ctr', 'other', 'unknown']"))
def _v201(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v208(y, p + (i,), e)
def _v208(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k102):
        e.append((p, f"{x!r} is not one of ['none', 'fips140-1-l1', 'fips140-1-l2', 'fips140-1-l3', 'fips140-1-l4', 'fips140-2-l1', 'fips140-2-l2', 'fips140-2-l3', 'fips140-2-l4', 'fips140-3-l1', 'fips140-3-l2', 'fips140-3-l3', 'fips140-3-l4', 'cc-eal1', 'cc-eal1+', 'cc-eal2', 'cc-eal2+', 'cc-eal3', 'cc-eal3+', 'cc-eal4', 'cc-eal4+', 'cc-eal5', 'cc-eal5+', 'cc-eal6', 'cc-eal6+', 'cc-eal7', 'cc-eal7+', 'other', 'unknown']"))
def _v200(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k103):
        e.append((p, f"{x!r} is not one of ['generic', 'x86_32', 'x86_64', 'armv7-a', 'armv7-m', 'armv8-a', 'armv8-m', 'armv9-a', 'armv9-m', 's390x', 'ppc64', 'ppc64le', 'other', 'unknown']"))
def _v199(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k104):
        e.append((p, f"{x!r} is not one of ['software-plain-ram', 'software-encrypted-ram', 'software-tee', 'hardware', 'other', 'unknown']"))
def _v198(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k105):
        e.append((p, f"{x!r} is not one of ['drbg', 'mac', 'block-cipher', 'stream-cipher', 'signature', 'hash', 'pke', 'xof', 'kdf', 'key-agree', 'kem', 'ae', 'combiner', 'other', 'unknown']"))
def _v177(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k106):
        e.append((p, f"{x!r} is not one of ['algorithm', 'certificate', 'protocol', 'related-crypto-material']"))
def _v174(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v209(y, p + (i,), e)
def _v209(x, p, e):
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
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'type' in x:
            _v210(x['type'], p + ('type',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'contents' in x:
            _v211(x['contents'], p + ('contents',), e)
        if 'classification' in x:
            _v145(x['classification'], p + ('classification',), e)
        if 'sensitiveData' in x:
            _v212(x['sensitiveData'], p + ('sensitiveData',), e)
        if 'graphics' in x:
            _v213(x['graphics'], p + ('graphics',), e)
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'governance' in x:
            _v146(x['governance'], p + ('governance',), e)
def _v213(x, p, e):
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
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'collection' in x:
            _v214(x['collection'], p + ('collection',), e)
def _v214(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v215(y, p + (i,), e)
def _v215(x, p, e):
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
        if 'image' in x:
            _v109(x['image'], p + ('image',), e)
def _v212(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v211(x, p, e):
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
        if 'attachment' in x:
            _v109(x['attachment'], p + ('attachment',), e)
        if 'url' in x:
            _v216(x['url'], p + ('url',), e)
        if 'properties' in x:
            _v217(x['properties'], p + ('properties',), e)
def _v217(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v216(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k111(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v210(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k112):
        e.append((p, f"{x!r} is not one of ['source-code', 'configuration', 'dataset', 'definition', 'other']"))
def _v173(x, p, e):
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
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'modelParameters' in x:
            _v218(x['modelParameters'], p + ('modelParameters',), e)
        if 'quantitativeAnalysis' in x:
            _v219(x['quantitativeAnalysis'], p + ('quantitativeAnalysis',), e)
        if 'considerations' in x:
            _v220(x['considerations'], p + ('considerations',), e)
        if 'properties' in x:
            _v221(x['properties'], p + ('properties',), e)
def _v221(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v220(x, p, e):
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
        if 'users' in x:
            _v222(x['users'], p + ('users',), e)
        if 'useCases' in x:
            _v223(x['useCases'], p + ('useCases',), e)
        if 'technicalLimitations' in x:
            _v224(x['technicalLimitations'], p + ('technicalLimitations',), e)
        if 'performanceTradeoffs' in x:
            _v225(x['performanceTradeoffs'], p + ('performanceTradeoffs',), e)
        if 'ethicalConsiderations' in x:
            _v226(x['ethicalConsiderations'], p + ('ethicalConsiderations',), e)
        if 'environmentalConsiderations' in x:
            _v227(x['environmentalConsiderations'], p + ('environmentalConsiderations',), e)
        if 'fairnessAssessments' in x:
            _v228(x['fairnessAssessments'], p + ('fairnessAssessments',), e)
def _v228(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v229(y, p + (i,), e)
def _v229(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k115]
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
def _v227(x, p, e):
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
        if 'energyConsumptions' in x:
            _v230(x['energyConsumptions'], p + ('energyConsumptions',), e)
        if 'properties' in x:
            _v231(x['properties'], p + ('properties',), e)
def _v231(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v230(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v232(y, p + (i,), e)
def _v232(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'activity' not in x:
            e.append((p, "'activity' is a required property"))
        if 'energyProviders' not in x:
            e.append((p, "'energyProviders' is a required property"))
        if 'activityEnergyCost' not in x:
            e.append((p, "'activityEnergyCost' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k117]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'activity' in x:
            _v233(x['activity'], p + ('activity',), e)
        if 'energyProviders' in x:
            _v234(x['energyProviders'], p + ('energyProviders',), e)
        if 'activityEnergyCost' in x:
            _v235(x['activityEnergyCost'], p + ('activityEnergyCost',), e)
        if 'co2CostEquivalent' in x:
            _v236(x['co2CostEquivalent'], p + ('co2CostEquivalent',), e)
        if 'co2CostOffset' in x:
            _v236(x['co2CostOffset'], p + ('co2CostOffset',), e)
        if 'properties' in x:
            _v237(x['properties'], p + ('properties',), e)
def _v237(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v236(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'value' not in x:
            e.append((p, "'value' is a required property"))
        if 'unit' not in x:
            e.append((p, "'unit' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k118]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'value' in x:
            y = x['value']
            if not ((isinstance(y, (int, float)) and not isinstance(y, bool))):
                e.append((p + ('value',), f"{y!r} is not of type 'number'"))
        if 'unit' in x:
            _v238(x['unit'], p + ('unit',), e)
def _v238(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k119):
        e.append((p, f"{x!r} is not one of ['tCO2eq']"))
def _v235(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'value' not in x:
            e.append((p, "'value' is a required property"))
        if 'unit' not in x:
            e.append((p, "'unit' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k120]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'value' in x:
            y = x['value']
            if not ((isinstance(y, (int, float)) and not isinstance(y, bool))):
                e.append((p + ('value',), f"{y!r} is not of type 'number'"))
        if 'unit' in x:
            _v239(x['unit'], p + ('unit',), e)
def _v239(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k121):
        e.append((p, f"{x!r} is not one of ['kWh']"))
def _v234(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v240(y, p + (i,), e)
def _v240(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
        if 'energySource' not in x:
            e.append((p, "'energySource' is a required property"))
        if 'energyProvided' not in x:
            e.append((p, "'energyProvided' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k122]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'organization' in x:
            _v79(x['organization'], p + ('organization',), e)
        if 'energySource' in x:
            _v241(x['energySource'], p + ('energySource',), e)
        if 'energyProvided' in x:
            _v235(x['energyProvided'], p + ('energyProvided',), e)
        if 'externalReferences' in x:
            _v242(x['externalReferences'], p + ('externalReferences',), e)
def _v242(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v50(y, p + (i,), e)
def _v241(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k123):
        e.append((p, f"{x!r} is not one of ['coal', 'oil', 'natural-gas', 'nuclear', 'wind', 'solar', 'geothermal', 'hydropower', 'biofuel', 'unknown', 'other']"))
def _v233(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k124):
        e.append((p, f"{x!r} is not one of ['design', 'data-collection', 'data-preparation', 'training', 'fine-tuning', 'validation', 'deployment', 'inference', 'other']"))
def _v226(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v243(y, p + (i,), e)
def _v243(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k125]
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
def _v225(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v224(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v223(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v222(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v219(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k126]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'performanceMetrics' in x:
            _v244(x['performanceMetrics'], p + ('performanceMetrics',), e)
        if 'graphics' in x:
            _v213(x['graphics'], p + ('graphics',), e)
def _v244(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v245(y, p + (i,), e)
def _v245(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k127]
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
            _v246(x['confidenceInterval'], p + ('confidenceInterval',), e)
def _v246(x, p, e):
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
        if 'lowerBound' in x:
            y = x['lowerBound']
            if not (isinstance(y, str)):
                e.append((p + ('lowerBound',), f"{y!r} is not of type 'string'"))
        if 'upperBound' in x:
            y = x['upperBound']
            if not (isinstance(y, str)):
                e.append((p + ('upperBound',), f"{y!r} is not of type 'string'"))
def _v218(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k129]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'approach' in x:
            _v247(x['approach'], p + ('approach',), e)
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
            _v248(x['datasets'], p + ('datasets',), e)
        if 'inputs' in x:
            _v249(x['inputs'], p + ('inputs',), e)
        if 'outputs' in x:
            _v250(x['outputs'], p + ('outputs',), e)
def _v250(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v251(y, p + (i,), e)
def _v251(x, p, e):
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
        if 'format' in x:
            y = x['format']
            if not (isinstance(y, str)):
                e.append((p + ('format',), f"{y!r} is not of type 'string'"))
def _v249(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v251(y, p + (i,), e)
def _v248(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v252(y, p + (i,), e)
def _v252(x, p, e):
    valid = []
    for n, check in enumerate((_v209, _v253,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k131[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v253(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k132]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'ref' in x:
            _v254(x['ref'], p + ('ref',), e)
def _v254(x, p, e):
    valid = []
    for n, check in enumerate((_v46, _v60,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v247(x, p, e):
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
        if 'type' in x:
            _v255(x['type'], p + ('type',), e)
def _v255(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k134):
        e.append((p, f"{x!r} is not one of ['supervised', 'unsupervised', 'reinforcement-learning', 'semi-supervised', 'self-supervised']"))
def _v172(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k135]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'identity' in x:
            _v256(x['identity'], p + ('identity',), e)
        if 'occurrences' in x:
            _v257(x['occurrences'], p + ('occurrences',), e)
        if 'callstack' in x:
            _v258(x['callstack'], p + ('callstack',), e)
        if 'licenses' in x:
            _v93(x['licenses'], p + ('licenses',), e)
        if 'copyright' in x:
            _v259(x['copyright'], p + ('copyright',), e)
def _v259(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v260(y, p + (i,), e)
def _v260(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'text' not in x:
            e.append((p, "'text' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k136]
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
def _v258(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k137]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'frames' in x:
            _v261(x['frames'], p + ('frames',), e)
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
        if 'module' not in x:
            e.append((p, "'module' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k138]
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
            _v263(x['parameters'], p + ('parameters',), e)
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
def _v263(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v257(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v264(y, p + (i,), e)
def _v264(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'location' not in x:
            e.append((p, "'location' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k139]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'location' in x:
            y = x['location']
            if not (isinstance(y, str)):
                e.append((p + ('location',), f"{y!r} is not of type 'string'"))
        if 'line' in x:
            _v265(x['line'], p + ('line',), e)
        if 'offset' in x:
            _v266(x['offset'], p + ('offset',), e)
        if 'symbol' in x:
            y = x['symbol']
            if not (isinstance(y, str)):
                e.append((p + ('symbol',), f"{y!r} is not of type 'string'"))
        if 'additionalContext' in x:
            y = x['additionalContext']
            if not (isinstance(y, str)):
                e.append((p + ('additionalContext',), f"{y!r} is not of type 'string'"))
def _v266(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
def _v265(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
def _v256(x, p, e):
    valid = []
    for n, check in enumerate((_v267, _v268,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k140[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v268(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'field' not in x:
            e.append((p, "'field' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k141]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'field' in x:
            _v269(x['field'], p + ('field',), e)
        if 'confidence' in x:
            _v270(x['confidence'], p + ('confidence',), e)
        if 'concludedValue' in x:
            y = x['concludedValue']
            if not (isinstance(y, str)):
                e.append((p + ('concludedValue',), f"{y!r} is not of type 'string'"))
        if 'methods' in x:
            _v271(x['methods'], p + ('methods',), e)
        if 'tools' in x:
            _v272(x['tools'], p + ('tools',), e)
def _v272(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v273(y, p + (i,), e)
def _v273(x, p, e):
    valid = []
    for n, check in enumerate((_v46, _v60,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v271(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v274(y, p + (i,), e)
def _v274(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'technique' not in x:
            e.append((p, "'technique' is a required property"))
        if 'confidence' not in x:
            e.append((p, "'confidence' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k142]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'technique' in x:
            _v275(x['technique'], p + ('technique',), e)
        if 'confidence' in x:
            _v276(x['confidence'], p + ('confidence',), e)
        if 'value' in x:
            y = x['value']
            if not (isinstance(y, str)):
                e.append((p + ('value',), f"{y!r} is not of type 'string'"))
def _v276(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 1:
        e.append((p, f"{x!r} is greater than the maximum of 1"))
def _v275(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k143):
        e.append((p, f"{x!r} is not one of ['source-code-analysis', 'binary-analysis', 'manifest-analysis', 'ast-fingerprint', 'hash-comparison', 'instrumentation', 'dynamic-analysis', 'filename', 'attestation', 'other']"))
def _v270(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 1:
        e.append((p, f"{x!r} is greater than the maximum of 1"))
def _v269(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k144):
        e.append((p, f"{x!r} is not one of ['group', 'name', 'version', 'purl', 'cpe', 'omniborId', 'swhid', 'swid', 'hash']"))
def _v267(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v268(y, p + (i,), e)
def _v171(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v160(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v170(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v50(y, p + (i,), e)
def _v169(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k145]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'ancestors' in x:
            _v277(x['ancestors'], p + ('ancestors',), e)
        if 'descendants' in x:
            _v278(x['descendants'], p + ('descendants',), e)
        if 'variants' in x:
            _v279(x['variants'], p + ('variants',), e)
        if 'commits' in x:
            _v280(x['commits'], p + ('commits',), e)
        if 'patches' in x:
            _v281(x['patches'], p + ('patches',), e)
        if 'notes' in x:
            y = x['notes']
            if not (isinstance(y, str)):
                e.append((p + ('notes',), f"{y!r} is not of type 'string'"))
def _v281(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v282(y, p + (i,), e)
def _v282(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k146]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v283(x['type'], p + ('type',), e)
        if 'diff' in x:
            _v284(x['diff'], p + ('diff',), e)
        if 'resolves' in x:
            _v285(x['resolves'], p + ('resolves',), e)
def _v285(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v111(y, p + (i,), e)
def _v284(x, p, e):
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
        if 'text' in x:
            _v109(x['text'], p + ('text',), e)
        if 'url' in x:
            _v286(x['url'], p + ('url',), e)
def _v286(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k148(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v283(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k149):
        e.append((p, f"{x!r} is not one of ['unofficial', 'monkey', 'backport', 'cherry-pick']"))
def _v280(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v287(y, p + (i,), e)
def _v287(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k150]
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
            _v288(x['url'], p + ('url',), e)
        if 'author' in x:
            _v289(x['author'], p + ('author',), e)
        if 'committer' in x:
            _v289(x['committer'], p + ('committer',), e)
        if 'message' in x:
            y = x['message']
            if not (isinstance(y, str)):
                e.append((p + ('message',), f"{y!r} is not of type 'string'"))
def _v289(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k151]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'timestamp' in x:
            _v290(x['timestamp'], p + ('timestamp',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'email' in x:
            _v291(x['email'], p + ('email',), e)
def _v291(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k152(x):
        e.append((p, f"{x!r} is not a 'idn-email'"))
def _v290(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k153(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v288(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k154(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v279(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v160(y, p + (i,), e)
def _v278(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v160(y, p + (i,), e)
def _v277(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v160(y, p + (i,), e)
def _v168(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'tagId' not in x:
            e.append((p, "'tagId' is a required property"))
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k155]
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
            _v109(x['text'], p + ('text',), e)
        if 'url' in x:
            _v292(x['url'], p + ('url',), e)
def _v292(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k156(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v167(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v166(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v165(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v164(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k157):
        e.append((p, f"{x!r} is not one of ['required', 'optional', 'excluded']"))
def _v163(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v83(y, p + (i,), e)
def _v162(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k158.search(x):
        e.append((p, f"{x!r} does not match '^[-+a-z0-9.]+/[-+a-z0-9.]+$'"))
def _v161(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k159):
        e.append((p, f"{x!r} is not one of ['application', 'framework', 'library', 'container', 'platform', 'operating-system', 'device', 'device-driver', 'firmware', 'file', 'machine-learning-model', 'data', 'cryptographic-asset']"))
def _v86(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v79(y, p + (i,), e)
def _v72(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v293(y, p + (i,), e)
def _v293(x, p, e):
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
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'propertyName' in x:
            y = x['propertyName']
            if not (isinstance(y, str)):
                e.append((p + ('propertyName',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'data' in x:
            _v294(x['data'], p + ('data',), e)
        if 'created' in x:
            _v295(x['created'], p + ('created',), e)
        if 'expires' in x:
            _v296(x['expires'], p + ('expires',), e)
        if 'author' in x:
            _v83(x['author'], p + ('author',), e)
        if 'reviewer' in x:
            _v83(x['reviewer'], p + ('reviewer',), e)
        if 'signature' in x:
            _v16(x['signature'], p + ('signature',), e)
def _v296(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k161(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v295(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k162(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v294(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v297(y, p + (i,), e)
def _v297(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k163]
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
        if 'contents' in x:
            _v298(x['contents'], p + ('contents',), e)
        if 'classification' in x:
            _v145(x['classification'], p + ('classification',), e)
        if 'sensitiveData' in x:
            _v299(x['sensitiveData'], p + ('sensitiveData',), e)
        if 'governance' in x:
            _v146(x['governance'], p + ('governance',), e)
def _v299(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v298(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k164]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'attachment' in x:
            _v109(x['attachment'], p + ('attachment',), e)
        if 'url' in x:
            _v300(x['url'], p + ('url',), e)
def _v300(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k165(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v71(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v301(y, p + (i,), e)
def _v301(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k166]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'target' in x:
            _v46(x['target'], p + ('target',), e)
        if 'predicate' in x:
            y = x['predicate']
            if not (isinstance(y, str)):
                e.append((p + ('predicate',), f"{y!r} is not of type 'string'"))
        if 'mitigationStrategies' in x:
            _v302(x['mitigationStrategies'], p + ('mitigationStrategies',), e)
        if 'reasoning' in x:
            y = x['reasoning']
            if not (isinstance(y, str)):
                e.append((p + ('reasoning',), f"{y!r} is not of type 'string'"))
        if 'evidence' in x:
            _v303(x['evidence'], p + ('evidence',), e)
        if 'counterEvidence' in x:
            _v304(x['counterEvidence'], p + ('counterEvidence',), e)
        if 'externalReferences' in x:
            _v305(x['externalReferences'], p + ('externalReferences',), e)
        if 'signature' in x:
            _v16(x['signature'], p + ('signature',), e)
def _v305(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v50(y, p + (i,), e)
def _v304(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v46(y, p + (i,), e)
def _v303(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v46(y, p + (i,), e)
def _v302(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v46(y, p + (i,), e)
def _v70(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v306(y, p + (i,), e)
def _v306(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k167]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'summary' in x:
            y = x['summary']
            if not (isinstance(y, str)):
                e.append((p + ('summary',), f"{y!r} is not of type 'string'"))
        if 'assessor' in x:
            _v46(x['assessor'], p + ('assessor',), e)
        if 'map' in x:
            _v307(x['map'], p + ('map',), e)
        if 'signature' in x:
            _v16(x['signature'], p + ('signature',), e)
def _v307(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v308(y, p + (i,), e)
def _v308(x, p, e):
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
        if 'requirement' in x:
            _v46(x['requirement'], p + ('requirement',), e)
        if 'claims' in x:
            _v309(x['claims'], p + ('claims',), e)
        if 'counterClaims' in x:
            _v310(x['counterClaims'], p + ('counterClaims',), e)
        if 'conformance' in x:
            _v311(x['conformance'], p + ('conformance',), e)
        if 'confidence' in x:
            _v312(x['confidence'], p + ('confidence',), e)
def _v312(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k169]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'score' in x:
            _v313(x['score'], p + ('score',), e)
        if 'rationale' in x:
            y = x['rationale']
            if not (isinstance(y, str)):
                e.append((p + ('rationale',), f"{y!r} is not of type 'string'"))
def _v313(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 1:
        e.append((p, f"{x!r} is greater than the maximum of 1"))
def _v311(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k170]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'score' in x:
            _v314(x['score'], p + ('score',), e)
        if 'rationale' in x:
            y = x['rationale']
            if not (isinstance(y, str)):
                e.append((p + ('rationale',), f"{y!r} is not of type 'string'"))
        if 'mitigationStrategies' in x:
            _v315(x['mitigationStrategies'], p + ('mitigationStrategies',), e)
def _v315(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v46(y, p + (i,), e)
def _v314(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 1:
        e.append((p, f"{x!r} is greater than the maximum of 1"))
def _v310(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v46(y, p + (i,), e)
def _v309(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v46(y, p + (i,), e)
def _v69(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v316(y, p + (i,), e)
def _v316(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k171]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'thirdParty' in x:
            y = x['thirdParty']
            if not (isinstance(y, bool)):
                e.append((p + ('thirdParty',), f"{y!r} is not of type 'boolean'"))
        if 'organization' in x:
            _v79(x['organization'], p + ('organization',), e)
def _v12(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v317(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v317(x, p, e):
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
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'components' in x:
            _v318(x['components'], p + ('components',), e)
        if 'services' in x:
            _v319(x['services'], p + ('services',), e)
        if 'workflows' in x:
            _v320(x['workflows'], p + ('workflows',), e)
        if 'properties' in x:
            _v321(x['properties'], p + ('properties',), e)
def _v321(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v320(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v322(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v322(x, p, e):
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
        extra = [k for k in x if k not in _k173]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
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
            _v323(x['resourceReferences'], p + ('resourceReferences',), e)
        if 'tasks' in x:
            _v324(x['tasks'], p + ('tasks',), e)
        if 'taskDependencies' in x:
            _v325(x['taskDependencies'], p + ('taskDependencies',), e)
        if 'taskTypes' in x:
            _v326(x['taskTypes'], p + ('taskTypes',), e)
        if 'trigger' in x:
            _v327(x['trigger'], p + ('trigger',), e)
        if 'steps' in x:
            _v328(x['steps'], p + ('steps',), e)
        if 'inputs' in x:
            _v329(x['inputs'], p + ('inputs',), e)
        if 'outputs' in x:
            _v330(x['outputs'], p + ('outputs',), e)
        if 'timeStart' in x:
            _v331(x['timeStart'], p + ('timeStart',), e)
        if 'timeEnd' in x:
            _v332(x['timeEnd'], p + ('timeEnd',), e)
        if 'workspaces' in x:
            _v333(x['workspaces'], p + ('workspaces',), e)
        if 'runtimeTopology' in x:
            _v334(x['runtimeTopology'], p + ('runtimeTopology',), e)
        if 'properties' in x:
            _v335(x['properties'], p + ('properties',), e)
def _v335(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v334(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v336(y, p + (i,), e)
def _v336(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'ref' not in x:
            e.append((p, "'ref' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k174]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'ref' in x:
            _v46(x['ref'], p + ('ref',), e)
        if 'dependsOn' in x:
            _v337(x['dependsOn'], p + ('dependsOn',), e)
        if 'provides' in x:
            _v338(x['provides'], p + ('provides',), e)
def _v338(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v46(y, p + (i,), e)
def _v337(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v46(y, p + (i,), e)
def _v333(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v339(y, p + (i,), e)
def _v339(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'bom-ref' not in x:
            e.append((p, "'bom-ref' is a required property"))
        if 'uid' not in x:
            e.append((p, "'uid' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k175]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'uid' in x:
            y = x['uid']
            if not (isinstance(y, str)):
                e.append((p + ('uid',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'aliases' in x:
            _v340(x['aliases'], p + ('aliases',), e)
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'resourceReferences' in x:
            _v341(x['resourceReferences'], p + ('resourceReferences',), e)
        if 'accessMode' in x:
            _v342(x['accessMode'], p + ('accessMode',), e)
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
            _v343(x['volume'], p + ('volume',), e)
        if 'properties' in x:
            _v344(x['properties'], p + ('properties',), e)
def _v344(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v343(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k176]
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
            _v345(x['mode'], p + ('mode',), e)
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
            _v346(x['properties'], p + ('properties',), e)
def _v346(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v345(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k177):
        e.append((p, f"{x!r} is not one of ['filesystem', 'block']"))
def _v342(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k178):
        e.append((p, f"{x!r} is not one of ['read-only', 'read-write', 'read-write-once', 'write-once', 'write-only']"))
def _v341(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v347(y, p + (i,), e)
def _v347(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k179]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'ref' in x:
            _v348(x['ref'], p + ('ref',), e)
        if 'externalReference' in x:
            _v50(x['externalReference'], p + ('externalReference',), e)
    valid = []
    for n, check in enumerate((_v349, _v350,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k180[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v350(x, p, e):
    if isinstance(x, dict):
        if 'externalReference' not in x:
            e.append((p, "'externalReference' is a required property"))
def _v349(x, p, e):
    if isinstance(x, dict):
        if 'ref' not in x:
            e.append((p, "'ref' is a required property"))
def _v348(x, p, e):
    valid = []
    for n, check in enumerate((_v46, _v60,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v340(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v332(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k181(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v331(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k182(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v330(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v351(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v351(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v352, _v353, _v354,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k183[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k184]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v355(x['type'], p + ('type',), e)
        if 'source' in x:
            _v347(x['source'], p + ('source',), e)
        if 'target' in x:
            _v347(x['target'], p + ('target',), e)
        if 'resource' in x:
            _v347(x['resource'], p + ('resource',), e)
        if 'data' in x:
            _v109(x['data'], p + ('data',), e)
        if 'environmentVars' in x:
            _v356(x['environmentVars'], p + ('environmentVars',), e)
        if 'properties' in x:
            _v357(x['properties'], p + ('properties',), e)
def _v357(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v356(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v358(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v358(x, p, e):
    valid = []
    for n, check in enumerate((_v43, _v359,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k185[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v359(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v355(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k186):
        e.append((p, f"{x!r} is not one of ['artifact', 'attestation', 'log', 'evidence', 'metrics', 'other']"))
def _v354(x, p, e):
    if isinstance(x, dict):
        if 'data' not in x:
            e.append((p, "'data' is a required property"))
def _v353(x, p, e):
    if isinstance(x, dict):
        if 'environmentVars' not in x:
            e.append((p, "'environmentVars' is a required property"))
def _v352(x, p, e):
    if isinstance(x, dict):
        if 'resource' not in x:
            e.append((p, "'resource' is a required property"))
def _v329(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v360(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v360(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v361, _v362, _v363, _v364,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k187[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k188]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'source' in x:
            _v347(x['source'], p + ('source',), e)
        if 'target' in x:
            _v347(x['target'], p + ('target',), e)
        if 'resource' in x:
            _v347(x['resource'], p + ('resource',), e)
        if 'parameters' in x:
            _v365(x['parameters'], p + ('parameters',), e)
        if 'environmentVars' in x:
            _v366(x['environmentVars'], p + ('environmentVars',), e)
        if 'data' in x:
            _v109(x['data'], p + ('data',), e)
        if 'properties' in x:
            _v367(x['properties'], p + ('properties',), e)
def _v367(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v366(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v368(y, p + (i,), e)
def _v368(x, p, e):
    valid = []
    for n, check in enumerate((_v43, _v369,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k189[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v369(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v365(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v370(y, p + (i,), e)
def _v370(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k190]
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
def _v364(x, p, e):
    if isinstance(x, dict):
        if 'data' not in x:
            e.append((p, "'data' is a required property"))
def _v363(x, p, e):
    if isinstance(x, dict):
        if 'environmentVars' not in x:
            e.append((p, "'environmentVars' is a required property"))
def _v362(x, p, e):
    if isinstance(x, dict):
        if 'parameters' not in x:
            e.append((p, "'parameters' is a required property"))
def _v361(x, p, e):
    if isinstance(x, dict):
        if 'resource' not in x:
            e.append((p, "'resource' is a required property"))
def _v328(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v371(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v371(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k191]
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
            _v372(x['commands'], p + ('commands',), e)
        if 'properties' in x:
            _v373(x['properties'], p + ('properties',), e)
def _v373(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v372(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v374(y, p + (i,), e)
def _v374(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k192]
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
            _v375(x['properties'], p + ('properties',), e)
def _v375(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v327(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k193]
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
            _v46(x['bom-ref'], p + ('bom-ref',), e)
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
            _v376(x['resourceReferences'], p + ('resourceReferences',), e)
        if 'type' in x:
            _v377(x['type'], p + ('type',), e)
        if 'event' in x:
            _v378(x['event'], p + ('event',), e)
        if 'conditions' in x:
            _v379(x['conditions'], p + ('conditions',), e)
        if 'timeActivated' in x:
            _v380(x['timeActivated'], p + ('timeActivated',), e)
        if 'inputs' in x:
            _v381(x['inputs'], p + ('inputs',), e)
        if 'outputs' in x:
            _v382(x['outputs'], p + ('outputs',), e)
        if 'properties' in x:
            _v383(x['properties'], p + ('properties',), e)
def _v383(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v382(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v351(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v381(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v360(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v380(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k194(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v379(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v384(y, p + (i,), e)
def _v384(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k195]
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
            _v385(x['properties'], p + ('properties',), e)
def _v385(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v378(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k196]
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
            _v386(x['timeReceived'], p + ('timeReceived',), e)
        if 'data' in x:
            _v109(x['data'], p + ('data',), e)
        if 'source' in x:
            _v347(x['source'], p + ('source',), e)
        if 'target' in x:
            _v347(x['target'], p + ('target',), e)
        if 'properties' in x:
            _v387(x['properties'], p + ('properties',), e)
def _v387(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v386(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k197(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v377(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k198):
        e.append((p, f"{x!r} is not one of ['manual', 'api', 'webhook', 'scheduled']"))
def _v376(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v347(y, p + (i,), e)
def _v326(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v388(y, p + (i,), e)
def _v388(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k199):
        e.append((p, f"{x!r} is not one of ['copy', 'clone', 'lint', 'scan', 'merge', 'build', 'test', 'deliver', 'deploy', 'release', 'clean', 'other']"))
def _v325(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v336(y, p + (i,), e)
def _v324(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v389(y, p + (i,), e)
def _v389(x, p, e):
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
        extra = [k for k in x if k not in _k200]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
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
            _v390(x['resourceReferences'], p + ('resourceReferences',), e)
        if 'taskTypes' in x:
            _v391(x['taskTypes'], p + ('taskTypes',), e)
        if 'trigger' in x:
            _v327(x['trigger'], p + ('trigger',), e)
        if 'steps' in x:
            _v392(x['steps'], p + ('steps',), e)
        if 'inputs' in x:
            _v393(x['inputs'], p + ('inputs',), e)
        if 'outputs' in x:
            _v394(x['outputs'], p + ('outputs',), e)
        if 'timeStart' in x:
            _v395(x['timeStart'], p + ('timeStart',), e)
        if 'timeEnd' in x:
            _v396(x['timeEnd'], p + ('timeEnd',), e)
        if 'workspaces' in x:
            _v397(x['workspaces'], p + ('workspaces',), e)
        if 'runtimeTopology' in x:
            _v398(x['runtimeTopology'], p + ('runtimeTopology',), e)
        if 'properties' in x:
            _v399(x['properties'], p + ('properties',), e)
def _v399(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v398(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v336(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v397(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v339(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v396(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k201(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v395(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k202(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v394(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v351(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v393(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v360(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v392(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v371(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v391(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v388(y, p + (i,), e)
def _v390(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v347(y, p + (i,), e)
def _v323(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v347(y, p + (i,), e)
def _v319(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v89(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v318(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v160(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v11(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v400(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v400(x, p, e):
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
        extra = [k for k in x if k not in _k203]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'subjects' in x:
            _v401(x['subjects'], p + ('subjects',), e)
        if 'annotator' in x:
            _v402(x['annotator'], p + ('annotator',), e)
        if 'timestamp' in x:
            _v403(x['timestamp'], p + ('timestamp',), e)
        if 'text' in x:
            y = x['text']
            if not (isinstance(y, str)):
                e.append((p + ('text',), f"{y!r} is not of type 'string'"))
        if 'signature' in x:
            _v16(x['signature'], p + ('signature',), e)
def _v403(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k204(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v402(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v404, _v405, _v406, _v407,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k205[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k206]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'organization' in x:
            _v79(x['organization'], p + ('organization',), e)
        if 'individual' in x:
            _v83(x['individual'], p + ('individual',), e)
        if 'component' in x:
            _v160(x['component'], p + ('component',), e)
        if 'service' in x:
            _v89(x['service'], p + ('service',), e)
def _v407(x, p, e):
    if isinstance(x, dict):
        if 'service' not in x:
            e.append((p, "'service' is a required property"))
def _v406(x, p, e):
    if isinstance(x, dict):
        if 'component' not in x:
            e.append((p, "'component' is a required property"))
def _v405(x, p, e):
    if isinstance(x, dict):
        if 'individual' not in x:
            e.append((p, "'individual' is a required property"))
def _v404(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v401(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v408(y, p + (i,), e)
def _v408(x, p, e):
    valid = []
    for n, check in enumerate((_v46, _v60,)):
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
            _v409(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v409(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k207]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'id' in x:
            y = x['id']
            if not (isinstance(y, str)):
                e.append((p + ('id',), f"{y!r} is not of type 'string'"))
        if 'source' in x:
            _v410(x['source'], p + ('source',), e)
        if 'references' in x:
            _v411(x['references'], p + ('references',), e)
        if 'ratings' in x:
            _v412(x['ratings'], p + ('ratings',), e)
        if 'cwes' in x:
            _v413(x['cwes'], p + ('cwes',), e)
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
            _v414(x['proofOfConcept'], p + ('proofOfConcept',), e)
        if 'advisories' in x:
            _v415(x['advisories'], p + ('advisories',), e)
        if 'created' in x:
            _v416(x['created'], p + ('created',), e)
        if 'published' in x:
            _v417(x['published'], p + ('published',), e)
        if 'updated' in x:
            _v418(x['updated'], p + ('updated',), e)
        if 'rejected' in x:
            _v419(x['rejected'], p + ('rejected',), e)
        if 'credits' in x:
            _v420(x['credits'], p + ('credits',), e)
        if 'tools' in x:
            _v421(x['tools'], p + ('tools',), e)
        if 'analysis' in x:
            _v422(x['analysis'], p + ('analysis',), e)
        if 'affects' in x:
            _v423(x['affects'], p + ('affects',), e)
        if 'properties' in x:
            _v424(x['properties'], p + ('properties',), e)
def _v424(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v423(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v425(y, p + (i,), e)
def _v425(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'ref' not in x:
            e.append((p, "'ref' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k208]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'ref' in x:
            _v426(x['ref'], p + ('ref',), e)
        if 'versions' in x:
            _v427(x['versions'], p + ('versions',), e)
def _v427(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v428(y, p + (i,), e)
def _v428(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v429, _v430,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k209[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k210]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'version' in x:
            _v90(x['version'], p + ('version',), e)
        if 'range' in x:
            _v431(x['range'], p + ('range',), e)
        if 'status' in x:
            _v432(x['status'], p + ('status',), e)
def _v432(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k211):
        e.append((p, f"{x!r} is not one of ['affected', 'unaffected', 'unknown']"))
def _v431(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 4096:
        e.append((p, f"{x!r} is too long"))
def _v430(x, p, e):
    if isinstance(x, dict):
        if 'range' not in x:
            e.append((p, "'range' is a required property"))
def _v429(x, p, e):
    if isinstance(x, dict):
        if 'version' not in x:
            e.append((p, "'version' is a required property"))
def _v426(x, p, e):
    valid = []
    for n, check in enumerate((_v46, _v60,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v422(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k212]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'state' in x:
            _v433(x['state'], p + ('state',), e)
        if 'justification' in x:
            _v434(x['justification'], p + ('justification',), e)
        if 'response' in x:
            _v435(x['response'], p + ('response',), e)
        if 'detail' in x:
            y = x['detail']
            if not (isinstance(y, str)):
                e.append((p + ('detail',), f"{y!r} is not of type 'string'"))
        if 'firstIssued' in x:
            _v436(x['firstIssued'], p + ('firstIssued',), e)
        if 'lastUpdated' in x:
            _v437(x['lastUpdated'], p + ('lastUpdated',), e)
def _v437(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k213(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v436(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k214(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v435(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v438(y, p + (i,), e)
def _v438(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k215):
        e.append((p, f"{x!r} is not one of ['can_not_fix', 'will_not_fix', 'update', 'rollback', 'workaround_available']"))
def _v434(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k216):
        e.append((p, f"{x!r} is not one of ['code_not_present', 'code_not_reachable', 'requires_configuration', 'requires_dependency', 'requires_environment', 'protected_by_compiler', 'protected_at_runtime', 'protected_at_perimeter', 'protected_by_mitigating_control']"))
def _v433(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k217):
        e.append((p, f"{x!r} is not one of ['resolved', 'resolved_with_pedigree', 'exploitable', 'in_triage', 'false_positive', 'not_affected']"))
def _v421(x, p, e):
    valid = []
    for n, check in enumerate((_v439, _v440,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k218[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v440(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v441(y, p + (i,), e)
def _v441(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k219]
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
            _v90(x['version'], p + ('version',), e)
        if 'hashes' in x:
            _v442(x['hashes'], p + ('hashes',), e)
        if 'externalReferences' in x:
            _v443(x['externalReferences'], p + ('externalReferences',), e)
def _v443(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v50(y, p + (i,), e)
def _v442(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v439(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k220]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'components' in x:
            _v444(x['components'], p + ('components',), e)
        if 'services' in x:
            _v445(x['services'], p + ('services',), e)
def _v445(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v89(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v444(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v160(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v420(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k221]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'organizations' in x:
            _v446(x['organizations'], p + ('organizations',), e)
        if 'individuals' in x:
            _v447(x['individuals'], p + ('individuals',), e)
def _v447(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v83(y, p + (i,), e)
def _v446(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v79(y, p + (i,), e)
def _v419(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k222(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v418(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k223(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v417(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k224(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v416(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k225(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v415(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v448(y, p + (i,), e)
def _v448(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'url' not in x:
            e.append((p, "'url' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k226]
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
            _v449(x['url'], p + ('url',), e)
def _v449(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k227(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v414(x, p, e):
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
            _v450(x['supportingMaterial'], p + ('supportingMaterial',), e)
def _v450(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v109(y, p + (i,), e)
def _v413(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v451(y, p + (i,), e)
def _v451(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
def _v412(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v452(y, p + (i,), e)
def _v452(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k228]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'source' in x:
            _v410(x['source'], p + ('source',), e)
        if 'score' in x:
            y = x['score']
            if not ((isinstance(y, (int, float)) and not isinstance(y, bool))):
                e.append((p + ('score',), f"{y!r} is not of type 'number'"))
        if 'severity' in x:
            _v453(x['severity'], p + ('severity',), e)
        if 'method' in x:
            _v454(x['method'], p + ('method',), e)
        if 'vector' in x:
            y = x['vector']
            if not (isinstance(y, str)):
                e.append((p + ('vector',), f"{y!r} is not of type 'string'"))
        if 'justification' in x:
            y = x['justification']
            if not (isinstance(y, str)):
                e.append((p + ('justification',), f"{y!r} is not of type 'string'"))
def _v454(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k229):
        e.append((p, f"{x!r} is not one of ['CVSSv2', 'CVSSv3', 'CVSSv31', 'CVSSv4', 'OWASP', 'SSVC', 'other']"))
def _v453(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k230):
        e.append((p, f"{x!r} is not one of ['critical', 'high', 'medium', 'low', 'info', 'none', 'unknown']"))
def _v411(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v455(y, p + (i,), e)
def _v455(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'id' not in x:
            e.append((p, "'id' is a required property"))
        if 'source' not in x:
            e.append((p, "'source' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k231]
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
            _v410(x['source'], p + ('source',), e)
def _v410(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k232]
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
            _v456(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v456(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'aggregate' not in x:
            e.append((p, "'aggregate' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k233]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v46(x['bom-ref'], p + ('bom-ref',), e)
        if 'aggregate' in x:
            _v457(x['aggregate'], p + ('aggregate',), e)
        if 'assemblies' in x:
            _v458(x['assemblies'], p + ('assemblies',), e)
        if 'dependencies' in x:
            _v459(x['dependencies'], p + ('dependencies',), e)
        if 'vulnerabilities' in x:
            _v460(x['vulnerabilities'], p + ('vulnerabilities',), e)
        if 'signature' in x:
            _v16(x['signature'], p + ('signature',), e)
def _v460(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v459(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v458(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v461(y, p + (i,), e)
def _v461(x, p, e):
    valid = []
    for n, check in enumerate((_v46, _v60,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v457(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k234):
        e.append((p, f"{x!r} is not one of ['complete', 'incomplete', 'incomplete_first_party_only', 'incomplete_first_party_proprietary_only', 'incomplete_first_party_opensource_only', 'incomplete_third_party_only', 'incomplete_third_party_proprietary_only', 'incomplete_third_party_opensource_only', 'unknown', 'not_specified']"))
def _v8(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v336(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v7(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v50(y, p + (i,), e)
def _v6(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v89(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v5(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v160(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v4(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k235]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'timestamp' in x:
            _v462(x['timestamp'], p + ('timestamp',), e)
        if 'lifecycles' in x:
            _v463(x['lifecycles'], p + ('lifecycles',), e)
        if 'tools' in x:
            _v464(x['tools'], p + ('tools',), e)
        if 'manufacturer' in x:
            _v79(x['manufacturer'], p + ('manufacturer',), e)
        if 'authors' in x:
            _v465(x['authors'], p + ('authors',), e)
        if 'component' in x:
            _v160(x['component'], p + ('component',), e)
        if 'manufacture' in x:
            _v79(x['manufacture'], p + ('manufacture',), e)
        if 'supplier' in x:
            _v79(x['supplier'], p + ('supplier',), e)
        if 'licenses' in x:
            _v93(x['licenses'], p + ('licenses',), e)
        if 'properties' in x:
            _v466(x['properties'], p + ('properties',), e)
def _v466(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v43(y, p + (i,), e)
def _v465(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v83(y, p + (i,), e)
def _v464(x, p, e):
    valid = []
    for n, check in enumerate((_v467, _v468,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k236[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v468(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v441(y, p + (i,), e)
def _v467(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k237]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'components' in x:
            _v469(x['components'], p + ('components',), e)
        if 'services' in x:
            _v470(x['services'], p + ('services',), e)
def _v470(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v89(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v469(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v160(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v463(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v471(y, p + (i,), e)
def _v471(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v472, _v473,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k238[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v473(x, p, e):
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k239]
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
def _v472(x, p, e):
    if isinstance(x, dict):
        if 'phase' not in x:
            e.append((p, "'phase' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k240]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'phase' in x:
            _v474(x['phase'], p + ('phase',), e)
def _v474(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k241):
        e.append((p, f"{x!r} is not one of ['design', 'pre-build', 'build', 'post-build', 'operations', 'discovery', 'decommission']"))
def _v462(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k242(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v3(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
def _v2(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k243.search(x):
        e.append((p, f"{x!r} does not match '^urn:uuid:[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}$'"))
def _v1(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k244):
        e.append((p, f"{x!r} is not one of ['CycloneDX']"))

validate = _v0
