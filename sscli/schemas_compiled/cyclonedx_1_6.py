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
_k20 = re.compile('^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$')
_k21 = frozenset(('BLAKE2b-256', 'BLAKE2b-384', 'BLAKE2b-512', 'BLAKE3', 'MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-256', 'SHA3-384', 'SHA3-512',))
_k22 = frozenset(('adversary-model', 'advisories', 'attestation', 'bom', 'build-meta', 'build-system', 'certification-report', 'chat', 'codified-infrastructure', 'component-analysis-report', 'configuration', 'digital-signature', 'distribution', 'distribution-intake', 'documentation', 'dynamic-analysis-report', 'electronic-signature', 'evidence', 'exploitability-statement', 'formulation', 'issue-tracker', 'license', 'log', 'mailing-list', 'maturity-report', 'model-card', 'other', 'pentest-report', 'poam', 'quality-metrics', 'release-notes', 'rfc-9116', 'risk-assessment', 'runtime-analysis-report', 'security-contact', 'social', 'source-distribution', 'static-analysis-report', 'support', 'threat-model', 'vcs', 'vulnerability-assertion', 'website',))
_k23 = FORMAT_CHECKS['iri-reference']
_k24 = re.compile('^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$')
_k25 = FORMAT_CHECKS['iri-reference']
_k26 = re.compile('^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*$')
_k27 = FORMAT_CHECKS['iri-reference']
_k28 = frozenset(('bom-ref', 'description', 'identifier', 'requirements', 'title',))
_k29 = frozenset(('bom-ref', 'descriptions', 'externalReferences', 'identifier', 'openCre', 'parent', 'properties', 'text', 'title',))
_k30 = re.compile('^CRE:[0-9]+-[0-9]+$')
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
_k46 = re.compile('^([a-z]{2})(-[A-Z]{2})?$')
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
_k158 = re.compile('^[-+a-z0-9.]+/[-+a-z0-9.]+$')
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
_k243 = re.compile('^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
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
            _v1(x['$schema'], p + ('$schema',), e)
        if 'bomFormat' in x:
            _v2(x['bomFormat'], p + ('bomFormat',), e)
        if 'specVersion' in x:
            _v3(x['specVersion'], p + ('specVersion',), e)
        if 'serialNumber' in x:
            _v4(x['serialNumber'], p + ('serialNumber',), e)
        if 'version' in x:
            _v5(x['version'], p + ('version',), e)
        if 'metadata' in x:
            _v6(x['metadata'], p + ('metadata',), e)
        if 'components' in x:
            _v7(x['components'], p + ('components',), e)
        if 'services' in x:
            _v8(x['services'], p + ('services',), e)
        if 'externalReferences' in x:
            _v9(x['externalReferences'], p + ('externalReferences',), e)
        if 'dependencies' in x:
            _v10(x['dependencies'], p + ('dependencies',), e)
        if 'compositions' in x:
            _v11(x['compositions'], p + ('compositions',), e)
        if 'vulnerabilities' in x:
            _v12(x['vulnerabilities'], p + ('vulnerabilities',), e)
        if 'annotations' in x:
            _v13(x['annotations'], p + ('annotations',), e)
        if 'formulation' in x:
            _v14(x['formulation'], p + ('formulation',), e)
        if 'declarations' in x:
            _v15(x['declarations'], p + ('declarations',), e)
        if 'definitions' in x:
            _v16(x['definitions'], p + ('definitions',), e)
        if 'properties' in x:
            _v17(x['properties'], p + ('properties',), e)
        if 'signature' in x:
            _v18(x['signature'], p + ('signature',), e)
def _v18(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v19, _v20, _v21,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k1[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v21(x, p, e):
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
            _v22(x['algorithm'], p + ('algorithm',), e)
        if 'keyId' in x:
            _v23(x['keyId'], p + ('keyId',), e)
        if 'publicKey' in x:
            _v24(x['publicKey'], p + ('publicKey',), e)
        if 'certificatePath' in x:
            _v25(x['certificatePath'], p + ('certificatePath',), e)
        if 'excludes' in x:
            _v26(x['excludes'], p + ('excludes',), e)
        if 'value' in x:
            _v27(x['value'], p + ('value',), e)
def _v27(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v26(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v28(y, p + (i,), e)
def _v28(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v25(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v29(y, p + (i,), e)
def _v29(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v24(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'kty' not in x:
            e.append((p, "'kty' is a required property"))
    if isinstance(x, dict):
        pass
    if isinstance(x, dict):
        if 'kty' in x:
            _v30(x['kty'], p + ('kty',), e)
    _v31(x, p, e)
    _v32(x, p, e)
    _v33(x, p, e)
def _v33(x, p, e):
    t = []
    _v34(x, p, t)
    if not t:
        _v35(x, p, e)
def _v35(x, p, e):
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
            _v30(x['kty'], p + ('kty',), e)
        if 'n' in x:
            _v36(x['n'], p + ('n',), e)
        if 'e' in x:
            _v37(x['e'], p + ('e',), e)
def _v37(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v36(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v34(x, p, e):
    if isinstance(x, dict):
        if 'kty' in x:
            _v38(x['kty'], p + ('kty',), e)
def _v38(x, p, e):
    if not _equal(x, 'RSA'):
        e.append((p, "'RSA' was expected"))
def _v32(x, p, e):
    t = []
    _v39(x, p, t)
    if not t:
        _v40(x, p, e)
def _v40(x, p, e):
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
            _v30(x['kty'], p + ('kty',), e)
        if 'crv' in x:
            _v41(x['crv'], p + ('crv',), e)
        if 'x' in x:
            _v42(x['x'], p + ('x',), e)
def _v42(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v41(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k6):
        e.append((p, f"{x!r} is not one of ['Ed25519', 'Ed448']"))
def _v39(x, p, e):
    if isinstance(x, dict):
        if 'kty' in x:
            _v43(x['kty'], p + ('kty',), e)
def _v43(x, p, e):
    if not _equal(x, 'OKP'):
        e.append((p, "'OKP' was expected"))
def _v31(x, p, e):
    t = []
    _v44(x, p, t)
    if not t:
        _v45(x, p, e)
def _v45(x, p, e):
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
            _v30(x['kty'], p + ('kty',), e)
        if 'crv' in x:
            _v46(x['crv'], p + ('crv',), e)
        if 'x' in x:
            _v47(x['x'], p + ('x',), e)
        if 'y' in x:
            _v48(x['y'], p + ('y',), e)
def _v48(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v47(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v46(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k8):
        e.append((p, f"{x!r} is not one of ['P-256', 'P-384', 'P-521']"))
def _v44(x, p, e):
    if isinstance(x, dict):
        if 'kty' in x:
            _v49(x['kty'], p + ('kty',), e)
def _v49(x, p, e):
    if not _equal(x, 'EC'):
        e.append((p, "'EC' was expected"))
def _v30(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k9):
        e.append((p, f"{x!r} is not one of ['EC', 'OKP', 'RSA']"))
def _v23(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v22(x, p, e):
    valid = []
    for n, check in enumerate((_v50, _v51,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k10[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v51(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k11(x):
        e.append((p, f"{x!r} is not a 'uri'"))
def _v50(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k12):
        e.append((p, f"{x!r} is not one of ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'Ed25519', 'Ed448', 'HS256', 'HS384', 'HS512']"))
def _v20(x, p, e):
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
            _v52(x['chain'], p + ('chain',), e)
def _v52(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v21(y, p + (i,), e)
def _v19(x, p, e):
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
            _v53(x['signers'], p + ('signers',), e)
def _v53(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v21(y, p + (i,), e)
def _v17(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v54(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        if 'name' in x:
            _v55(x['name'], p + ('name',), e)
        if 'value' in x:
            _v56(x['value'], p + ('value',), e)
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k15]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
def _v56(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v55(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v16(x, p, e):
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
            _v57(x['standards'], p + ('standards',), e)
def _v57(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v58(y, p + (i,), e)
def _v58(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'name' in x:
            _v60(x['name'], p + ('name',), e)
        if 'version' in x:
            _v61(x['version'], p + ('version',), e)
        if 'description' in x:
            _v62(x['description'], p + ('description',), e)
        if 'owner' in x:
            _v63(x['owner'], p + ('owner',), e)
        if 'requirements' in x:
            _v64(x['requirements'], p + ('requirements',), e)
        if 'levels' in x:
            _v65(x['levels'], p + ('levels',), e)
        if 'externalReferences' in x:
            _v66(x['externalReferences'], p + ('externalReferences',), e)
        if 'signature' in x:
            _v18(x['signature'], p + ('signature',), e)
def _v66(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v67(y, p + (i,), e)
def _v67(x, p, e):
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
            _v68(x['url'], p + ('url',), e)
        if 'comment' in x:
            _v69(x['comment'], p + ('comment',), e)
        if 'type' in x:
            _v70(x['type'], p + ('type',), e)
        if 'hashes' in x:
            _v71(x['hashes'], p + ('hashes',), e)
def _v71(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v72(y, p + (i,), e)
def _v72(x, p, e):
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
            _v73(x['alg'], p + ('alg',), e)
        if 'content' in x:
            _v74(x['content'], p + ('content',), e)
def _v74(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k20.search(x):
        e.append((p, f"{x!r} does not match '^([a-fA-F0-9]{{32}}|[a-fA-F0-9]{{40}}|[a-fA-F0-9]{{64}}|[a-fA-F0-9]{{96}}|[a-fA-F0-9]{{128}})$'"))
def _v73(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k21):
        e.append((p, f"{x!r} is not one of ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-256', 'SHA3-384', 'SHA3-512', 'BLAKE2b-256', 'BLAKE2b-384', 'BLAKE2b-512', 'BLAKE3']"))
def _v70(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k22):
        e.append((p, f"{x!r} is not one of ['vcs', 'issue-tracker', 'website', 'advisories', 'bom', 'mailing-list', 'social', 'chat', 'documentation', 'support', 'source-distribution', 'distribution', 'distribution-intake', 'license', 'build-meta', 'build-system', 'release-notes', 'security-contact', 'model-card', 'log', 'configuration', 'evidence', 'formulation', 'attestation', 'threat-model', 'adversary-model', 'risk-assessment', 'vulnerability-assertion', 'exploitability-statement', 'pentest-report', 'static-analysis-report', 'dynamic-analysis-report', 'runtime-analysis-report', 'component-analysis-report', 'maturity-report', 'certification-report', 'codified-infrastructure', 'quality-metrics', 'poam', 'electronic-signature', 'digital-signature', 'rfc-9116', 'other']"))
def _v69(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v68(x, p, e):
    valid = []
    for n, check in enumerate((_v75, _v76,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v76(x, p, e):
    valid = []
    for n, check in enumerate((_v77, _v78,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v78(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k23(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
    if isinstance(x, str) and not _k24.search(x):
        e.append((p, f"{x!r} does not match '^urn:cdx:[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}/[1-9][0-9]*#.+$'"))
def _v77(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k25(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
    if isinstance(x, str) and not _k26.search(x):
        e.append((p, f"{x!r} does not match '^urn:cdx:[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}/[1-9][0-9]*$'"))
def _v75(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k27(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v65(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v79(y, p + (i,), e)
def _v79(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'identifier' in x:
            _v80(x['identifier'], p + ('identifier',), e)
        if 'title' in x:
            _v81(x['title'], p + ('title',), e)
        if 'description' in x:
            _v82(x['description'], p + ('description',), e)
        if 'requirements' in x:
            _v83(x['requirements'], p + ('requirements',), e)
def _v83(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v59(y, p + (i,), e)
def _v82(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v81(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v80(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v64(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v84(y, p + (i,), e)
def _v84(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'identifier' in x:
            _v85(x['identifier'], p + ('identifier',), e)
        if 'title' in x:
            _v86(x['title'], p + ('title',), e)
        if 'text' in x:
            _v87(x['text'], p + ('text',), e)
        if 'descriptions' in x:
            _v88(x['descriptions'], p + ('descriptions',), e)
        if 'openCre' in x:
            _v89(x['openCre'], p + ('openCre',), e)
        if 'parent' in x:
            _v59(x['parent'], p + ('parent',), e)
        if 'properties' in x:
            _v90(x['properties'], p + ('properties',), e)
        if 'externalReferences' in x:
            _v91(x['externalReferences'], p + ('externalReferences',), e)
def _v91(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v67(y, p + (i,), e)
def _v90(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v89(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v92(y, p + (i,), e)
def _v92(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k30.search(x):
        e.append((p, f"{x!r} does not match '^CRE:[0-9]+-[0-9]+$'"))
def _v88(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v93(y, p + (i,), e)
def _v93(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v87(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v86(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v85(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v63(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v62(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v61(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v60(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v59(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
def _v15(x, p, e):
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
            _v94(x['assessors'], p + ('assessors',), e)
        if 'attestations' in x:
            _v95(x['attestations'], p + ('attestations',), e)
        if 'claims' in x:
            _v96(x['claims'], p + ('claims',), e)
        if 'evidence' in x:
            _v97(x['evidence'], p + ('evidence',), e)
        if 'targets' in x:
            _v98(x['targets'], p + ('targets',), e)
        if 'affirmation' in x:
            _v99(x['affirmation'], p + ('affirmation',), e)
        if 'signature' in x:
            _v18(x['signature'], p + ('signature',), e)
def _v99(x, p, e):
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
            _v100(x['statement'], p + ('statement',), e)
        if 'signatories' in x:
            _v101(x['signatories'], p + ('signatories',), e)
        if 'signature' in x:
            _v18(x['signature'], p + ('signature',), e)
def _v101(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v102(y, p + (i,), e)
def _v102(x, p, e):
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
    for n, check in enumerate((_v103, _v104,)):
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
            _v105(x['name'], p + ('name',), e)
        if 'role' in x:
            _v106(x['role'], p + ('role',), e)
        if 'signature' in x:
            _v18(x['signature'], p + ('signature',), e)
        if 'organization' in x:
            _v107(x['organization'], p + ('organization',), e)
        if 'externalReference' in x:
            _v67(x['externalReference'], p + ('externalReference',), e)
def _v107(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'name' in x:
            _v108(x['name'], p + ('name',), e)
        if 'address' in x:
            _v109(x['address'], p + ('address',), e)
        if 'url' in x:
            _v110(x['url'], p + ('url',), e)
        if 'contact' in x:
            _v111(x['contact'], p + ('contact',), e)
def _v111(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v112(y, p + (i,), e)
def _v112(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'name' in x:
            _v113(x['name'], p + ('name',), e)
        if 'email' in x:
            _v114(x['email'], p + ('email',), e)
        if 'phone' in x:
            _v115(x['phone'], p + ('phone',), e)
def _v115(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v114(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k37(x):
        e.append((p, f"{x!r} is not a 'idn-email'"))
def _v113(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v110(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v116(y, p + (i,), e)
def _v116(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k38(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v109(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'country' in x:
            _v117(x['country'], p + ('country',), e)
        if 'region' in x:
            _v118(x['region'], p + ('region',), e)
        if 'locality' in x:
            _v119(x['locality'], p + ('locality',), e)
        if 'postOfficeBoxNumber' in x:
            _v120(x['postOfficeBoxNumber'], p + ('postOfficeBoxNumber',), e)
        if 'postalCode' in x:
            _v121(x['postalCode'], p + ('postalCode',), e)
        if 'streetAddress' in x:
            _v122(x['streetAddress'], p + ('streetAddress',), e)
def _v122(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v121(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v120(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v119(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v118(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v117(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v108(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v106(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v105(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v104(x, p, e):
    if isinstance(x, dict):
        if 'externalReference' not in x:
            e.append((p, "'externalReference' is a required property"))
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v103(x, p, e):
    if isinstance(x, dict):
        if 'signature' not in x:
            e.append((p, "'signature' is a required property"))
def _v100(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v98(x, p, e):
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
            _v123(x['organizations'], p + ('organizations',), e)
        if 'components' in x:
            _v124(x['components'], p + ('components',), e)
        if 'services' in x:
            _v125(x['services'], p + ('services',), e)
def _v125(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v126(y, p + (i,), e)
def _v126(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'provider' in x:
            _v107(x['provider'], p + ('provider',), e)
        if 'group' in x:
            _v127(x['group'], p + ('group',), e)
        if 'name' in x:
            _v128(x['name'], p + ('name',), e)
        if 'version' in x:
            _v129(x['version'], p + ('version',), e)
        if 'description' in x:
            _v130(x['description'], p + ('description',), e)
        if 'endpoints' in x:
            _v131(x['endpoints'], p + ('endpoints',), e)
        if 'authenticated' in x:
            _v132(x['authenticated'], p + ('authenticated',), e)
        if 'x-trust-boundary' in x:
            _v133(x['x-trust-boundary'], p + ('x-trust-boundary',), e)
        if 'trustZone' in x:
            _v134(x['trustZone'], p + ('trustZone',), e)
        if 'data' in x:
            _v135(x['data'], p + ('data',), e)
        if 'licenses' in x:
            _v136(x['licenses'], p + ('licenses',), e)
        if 'externalReferences' in x:
            _v137(x['externalReferences'], p + ('externalReferences',), e)
        if 'services' in x:
            _v138(x['services'], p + ('services',), e)
        if 'releaseNotes' in x:
            _v139(x['releaseNotes'], p + ('releaseNotes',), e)
        if 'properties' in x:
            _v140(x['properties'], p + ('properties',), e)
        if 'tags' in x:
            _v141(x['tags'], p + ('tags',), e)
        if 'signature' in x:
            _v18(x['signature'], p + ('signature',), e)
def _v141(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v142(y, p + (i,), e)
def _v142(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v140(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v139(x, p, e):
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
            _v143(x['type'], p + ('type',), e)
        if 'title' in x:
            _v144(x['title'], p + ('title',), e)
        if 'featuredImage' in x:
            _v145(x['featuredImage'], p + ('featuredImage',), e)
        if 'socialImage' in x:
            _v146(x['socialImage'], p + ('socialImage',), e)
        if 'description' in x:
            _v147(x['description'], p + ('description',), e)
        if 'timestamp' in x:
            _v148(x['timestamp'], p + ('timestamp',), e)
        if 'aliases' in x:
            _v149(x['aliases'], p + ('aliases',), e)
        if 'tags' in x:
            _v141(x['tags'], p + ('tags',), e)
        if 'resolves' in x:
            _v150(x['resolves'], p + ('resolves',), e)
        if 'notes' in x:
            _v151(x['notes'], p + ('notes',), e)
        if 'properties' in x:
            _v152(x['properties'], p + ('properties',), e)
def _v152(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v151(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v153(y, p + (i,), e)
def _v153(x, p, e):
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
            _v154(x['locale'], p + ('locale',), e)
        if 'text' in x:
            _v155(x['text'], p + ('text',), e)
def _v155(x, p, e):
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
            _v156(x['contentType'], p + ('contentType',), e)
        if 'encoding' in x:
            _v157(x['encoding'], p + ('encoding',), e)
        if 'content' in x:
            _v158(x['content'], p + ('content',), e)
def _v158(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v157(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k45):
        e.append((p, f"{x!r} is not one of ['base64']"))
def _v156(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v154(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k46.search(x):
        e.append((p, f"{x!r} does not match '^([a-z]{{2}})(-[A-Z]{{2}})?$'"))
def _v150(x, p, e):
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
        extra = [k for k in x if k not in _k47]
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
            _v161(x['id'], p + ('id',), e)
        if 'name' in x:
            _v162(x['name'], p + ('name',), e)
        if 'description' in x:
            _v163(x['description'], p + ('description',), e)
        if 'source' in x:
            _v164(x['source'], p + ('source',), e)
        if 'references' in x:
            _v165(x['references'], p + ('references',), e)
def _v165(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v166(y, p + (i,), e)
def _v166(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k48(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v164(x, p, e):
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
            _v167(x['name'], p + ('name',), e)
        if 'url' in x:
            _v168(x['url'], p + ('url',), e)
def _v168(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k50(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v167(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v163(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v162(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v161(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v160(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k51):
        e.append((p, f"{x!r} is not one of ['defect', 'enhancement', 'security']"))
def _v149(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v169(y, p + (i,), e)
def _v169(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v148(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k52(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v147(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v146(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k53(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v145(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k54(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v144(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v143(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v138(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v126(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v137(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v67(y, p + (i,), e)
def _v136(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    valid = []
    for n, check in enumerate((_v170, _v171,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k55[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v171(x, p, e):
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
            _v172(x[0], p + (0,), e)
def _v172(x, p, e):
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
            _v173(x['expression'], p + ('expression',), e)
        if 'acknowledgement' in x:
            _v174(x['acknowledgement'], p + ('acknowledgement',), e)
        if 'bom-ref' in x:
            _v59(x['bom-ref'], p + ('bom-ref',), e)
def _v174(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k57):
        e.append((p, f"{x!r} is not one of ['declared', 'concluded']"))
def _v173(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v170(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v175(y, p + (i,), e)
def _v175(x, p, e):
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
            _v176(x['license'], p + ('license',), e)
def _v176(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v177, _v178,)):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'id' in x:
            _v179(x['id'], p + ('id',), e)
        if 'name' in x:
            _v180(x['name'], p + ('name',), e)
        if 'acknowledgement' in x:
            _v174(x['acknowledgement'], p + ('acknowledgement',), e)
        if 'text' in x:
            _v155(x['text'], p + ('text',), e)
        if 'url' in x:
            _v181(x['url'], p + ('url',), e)
        if 'licensing' in x:
            _v182(x['licensing'], p + ('licensing',), e)
        if 'properties' in x:
            _v183(x['properties'], p + ('properties',), e)
def _v183(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v182(x, p, e):
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
            _v184(x['altIds'], p + ('altIds',), e)
        if 'licensor' in x:
            _v185(x['licensor'], p + ('licensor',), e)
        if 'licensee' in x:
            _v186(x['licensee'], p + ('licensee',), e)
        if 'purchaser' in x:
            _v187(x['purchaser'], p + ('purchaser',), e)
        if 'purchaseOrder' in x:
            _v188(x['purchaseOrder'], p + ('purchaseOrder',), e)
        if 'licenseTypes' in x:
            _v189(x['licenseTypes'], p + ('licenseTypes',), e)
        if 'lastRenewal' in x:
            _v190(x['lastRenewal'], p + ('lastRenewal',), e)
        if 'expiration' in x:
            _v191(x['expiration'], p + ('expiration',), e)
def _v191(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k62(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v190(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k63(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v189(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v192(y, p + (i,), e)
def _v192(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k64):
        e.append((p, f"{x!r} is not one of ['academic', 'appliance', 'client-access', 'concurrent-user', 'core-points', 'custom-metric', 'device', 'evaluation', 'named-user', 'node-locked', 'oem', 'perpetual', 'processor-points', 'subscription', 'user', 'other']"))
def _v188(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v187(x, p, e):
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
            _v107(x['organization'], p + ('organization',), e)
        if 'individual' in x:
            _v112(x['individual'], p + ('individual',), e)
    valid = []
    for n, check in enumerate((_v193, _v194,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k66[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v194(x, p, e):
    if isinstance(x, dict):
        if 'individual' not in x:
            e.append((p, "'individual' is a required property"))
def _v193(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v186(x, p, e):
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
            _v107(x['organization'], p + ('organization',), e)
        if 'individual' in x:
            _v112(x['individual'], p + ('individual',), e)
    valid = []
    for n, check in enumerate((_v195, _v196,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k68[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v196(x, p, e):
    if isinstance(x, dict):
        if 'individual' not in x:
            e.append((p, "'individual' is a required property"))
def _v195(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v185(x, p, e):
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
            _v107(x['organization'], p + ('organization',), e)
        if 'individual' in x:
            _v112(x['individual'], p + ('individual',), e)
    valid = []
    for n, check in enumerate((_v197, _v198,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k70[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v198(x, p, e):
    if isinstance(x, dict):
        if 'individual' not in x:
            e.append((p, "'individual' is a required property"))
def _v197(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v184(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v199(y, p + (i,), e)
def _v199(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v181(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k71(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v180(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v179(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k72):
        e.append((p, f"{x!r} is not one of ['0BSD', '3D-Slicer-1.0', 'AAL', 'Abstyles', 'AdaCore-doc', 'Adobe-2006', 'Adobe-Display-PostScript', 'Adobe-Glyph', 'Adobe-Utopia', 'ADSL', 'Advanced-Cryptics-Dictionary', 'AFL-1.1', 'AFL-1.2', 'AFL-2.0', 'AFL-2.1', 'AFL-3.0', 'Afmparse', 'AGPL-1.0', 'AGPL-1.0-only', 'AGPL-1.0-or-later', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Aladdin', 'ALGLIB-Documentation', 'AMD-newlib', 'AMDPLPA', 'AML', 'AML-glslang', 'AMPAS', 'ANTLR-PD', 'ANTLR-PD-fallback', 'any-OSI', 'any-OSI-perl-modules', 'Apache-1.0', 'Apache-1.1', 'Apache-2.0', 'APAFML', 'APL-1.0', 'App-s2p', 'APSL-1.0', 'APSL-1.1', 'APSL-1.2', 'APSL-2.0', 'Arphic-1999', 'Artistic-1.0', 'Artistic-1.0-cl8', 'Artistic-1.0-Perl', 'Artistic-2.0', 'Artistic-dist', 'Aspell-RU', 'ASWF-Digital-Assets-1.0', 'ASWF-Digital-Assets-1.1', 'Baekmuk', 'Bahyph', 'Barr', 'bcrypt-Solar-Designer', 'Beerware', 'Bitstream-Charter', 'Bitstream-Vera', 'BitTorrent-1.0', 'BitTorrent-1.1', 'blessing', 'BlueOak-1.0.0', 'Boehm-GC', 'Boehm-GC-without-fee', 'BOLA-1.1', 'Borceux', 'Brian-Gladman-2-Clause', 'Brian-Gladman-3-Clause', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Darwin', 'BSD-2-Clause-first-lines', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'BSD-2-Clause-Patent', 'BSD-2-Clause-pkgconf-disclaimer', 'BSD-2-Clause-Views', 'BSD-3-Clause', 'BSD-3-Clause-acpica', 'BSD-3-Clause-Attribution', 'BSD-3-Clause-Clear', 'BSD-3-Clause-flex', 'BSD-3-Clause-HP', 'BSD-3-Clause-LBNL', 'BSD-3-Clause-Modification', 'BSD-3-Clause-No-Military-License', 'BSD-3-Clause-No-Nuclear-License', 'BSD-3-Clause-No-Nuclear-License-2014', 'BSD-3-Clause-No-Nuclear-Warranty', 'BSD-3-Clause-Open-MPI', 'BSD-3-Clause-Sun', 'BSD-3-Clause-Tso', 'BSD-4-Clause', 'BSD-4-Clause-Shortened', 'BSD-4-Clause-UC', 'BSD-4.3RENO', 'BSD-4.3TAHOE', 'BSD-Advertising-Acknowledgement', 'BSD-Attribution-HPND-disclaimer', 'BSD-Inferno-Nettverk', 'BSD-Mark-Modifications', 'BSD-Protection', 'BSD-Source-beginning-file', 'BSD-Source-Code', 'BSD-Systemics', 'BSD-Systemics-W3Works', 'BSL-1.0', 'Buddy', 'BUSL-1.1', 'bzip2-1.0.5', 'bzip2-1.0.6', 'C-UDA-1.0', 'CAL-1.0', 'CAL-1.0-Combined-Work-Exception', 'Caldera', 'Caldera-no-preamble', 'CAPEC-tou', 'Catharon', 'CATOSL-1.1', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-2.5-AU', 'CC-BY-3.0', 'CC-BY-3.0-AT', 'CC-BY-3.0-AU', 'CC-BY-3.0-DE', 'CC-BY-3.0-IGO', 'CC-BY-3.0-NL', 'CC-BY-3.0-US', 'CC-BY-4.0', 'CC-BY-NC-1.0', 'CC-BY-NC-2.0', 'CC-BY-NC-2.5', 'CC-BY-NC-3.0', 'CC-BY-NC-3.0-DE', 'CC-BY-NC-4.0', 'CC-BY-NC-ND-1.0', 'CC-BY-NC-ND-2.0', 'CC-BY-NC-ND-2.5', 'CC-BY-NC-ND-3.0', 'CC-BY-NC-ND-3.0-DE', 'CC-BY-NC-ND-3.0-IGO', 'CC-BY-NC-ND-4.0', 'CC-BY-NC-SA-1.0', 'CC-BY-NC-SA-2.0', 'CC-BY-NC-SA-2.0-DE', 'CC-BY-NC-SA-2.0-FR', 'CC-BY-NC-SA-2.0-UK', 'CC-BY-NC-SA-2.5', 'CC-BY-NC-SA-3.0', 'CC-BY-NC-SA-3.0-DE', 'CC-BY-NC-SA-3.0-IGO', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-1.0', 'CC-BY-ND-2.0', 'CC-BY-ND-2.5', 'CC-BY-ND-3.0', 'CC-BY-ND-3.0-DE', 'CC-BY-ND-4.0', 'CC-BY-SA-1.0', 'CC-BY-SA-2.0', 'CC-BY-SA-2.0-UK', 'CC-BY-SA-2.1-JP', 'CC-BY-SA-2.5', 'CC-BY-SA-3.0', 'CC-BY-SA-3.0-AT', 'CC-BY-SA-3.0-DE', 'CC-BY-SA-3.0-IGO', 'CC-BY-SA-4.0', 'CC-PDDC', 'CC-PDM-1.0', 'CC-SA-1.0', 'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1', 'CDL-1.0', 'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'CDLA-Sharing-1.0', 'CECILL-1.0', 'CECILL-1.1', 'CECILL-2.0', 'CECILL-2.1', 'CECILL-B', 'CECILL-C', 'CERN-OHL-1.1', 'CERN-OHL-1.2', 'CERN-OHL-P-2.0', 'CERN-OHL-S-2.0', 'CERN-OHL-W-2.0', 'CFITSIO', 'check-cvs', 'checkmk', 'ClArtistic', 'Clips', 'CMU-Mach', 'CMU-Mach-nodoc', 'CNRI-Jython', 'CNRI-Python', 'CNRI-Python-GPL-Compatible', 'COIL-1.0', 'Community-Spec-1.0', 'Condor-1.1', 'copyleft-next-0.3.0', 'copyleft-next-0.3.1', 'Cornell-Lossless-JPEG', 'CPAL-1.0', 'CPL-1.0', 'CPOL-1.02', 'Cronyx', 'Crossword', 'CryptoSwift', 'CrystalStacker', 'CUA-OPL-1.0', 'Cube', 'curl', 'cve-tou', 'D-FSL-1.0', 'DEC-3-Clause', 'diffmark', 'DL-DE-BY-2.0', 'DL-DE-ZERO-2.0', 'DOC', 'DocBook-DTD', 'DocBook-Schema', 'DocBook-Stylesheet', 'DocBook-XML', 'Dotseqn', 'DRL-1.0', 'DRL-1.1', 'DSDP', 'dtoa', 'dvipdfm', 'ECL-1.0', 'ECL-2.0', 'eCos-2.0', 'EFL-1.0', 'EFL-2.0', 'eGenix', 'Elastic-2.0', 'Entessa', 'EPICS', 'EPL-1.0', 'EPL-2.0', 'ErlPL-1.1', 'ESA-PL-permissive-2.4', 'ESA-PL-strong-copyleft-2.4', 'ESA-PL-weak-copyleft-2.4', 'etalab-2.0', 'EUDatagrid', 'EUPL-1.0', 'EUPL-1.1', 'EUPL-1.2', 'Eurosym', 'Fair', 'FBM', 'FDK-AAC', 'Ferguson-Twofish', 'Frameworx-1.0', 'FreeBSD-DOC', 'FreeImage', 'FSFAP', 'FSFAP-no-warranty-disclaimer', 'FSFUL', 'FSFULLR', 'FSFULLRSD', 'FSFULLRWD', 'FSL-1.1-ALv2', 'FSL-1.1-MIT', 'FTL', 'Furuseth', 'fwlw', 'Game-Programming-Gems', 'GCR-docs', 'GD', 'generic-xts', 'GFDL-1.1', 'GFDL-1.1-invariants-only', 'GFDL-1.1-invariants-or-later', 'GFDL-1.1-no-invariants-only', 'GFDL-1.1-no-invariants-or-later', 'GFDL-1.1-only', 'GFDL-1.1-or-later', 'GFDL-1.2', 'GFDL-1.2-invariants-only', 'GFDL-1.2-invariants-or-later', 'GFDL-1.2-no-invariants-only', 'GFDL-1.2-no-invariants-or-later', 'GFDL-1.2-only', 'GFDL-1.2-or-later', 'GFDL-1.3', 'GFDL-1.3-invariants-only', 'GFDL-1.3-invariants-or-later', 'GFDL-1.3-no-invariants-only', 'GFDL-1.3-no-invariants-or-later', 'GFDL-1.3-only', 'GFDL-1.3-or-later', 'Giftware', 'GL2PS', 'Glide', 'Glulxe', 'GLWTPL', 'gnuplot', 'GPL-1.0', 'GPL-1.0+', 'GPL-1.0-only', 'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0+', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-2.0-with-autoconf-exception', 'GPL-2.0-with-bison-exception', 'GPL-2.0-with-classpath-exception', 'GPL-2.0-with-font-exception', 'GPL-2.0-with-GCC-exception', 'GPL-3.0', 'GPL-3.0+', 'GPL-3.0-only', 'GPL-3.0-or-later', 'GPL-3.0-with-autoconf-exception', 'GPL-3.0-with-GCC-exception', 'Graphics-Gems', 'gSOAP-1.3b', 'gtkbook', 'Gutmann', 'HaskellReport', 'HDF5', 'hdparm', 'HIDAPI', 'Hippocratic-2.1', 'HP-1986', 'HP-1989', 'HPND', 'HPND-DEC', 'HPND-doc', 'HPND-doc-sell', 'HPND-export-US', 'HPND-export-US-acknowledgement', 'HPND-export-US-modify', 'HPND-export2-US', 'HPND-Fenneberg-Livingston', 'HPND-INRIA-IMAG', 'HPND-Intel', 'HPND-Kevlin-Henney', 'HPND-Markus-Kuhn', 'HPND-merchantability-variant', 'HPND-MIT-disclaimer', 'HPND-Netrek', 'HPND-Pbmplus', 'HPND-sell-MIT-disclaimer-xserver', 'HPND-sell-regexpr', 'HPND-sell-variant', 'HPND-sell-variant-critical-systems', 'HPND-sell-variant-MIT-disclaimer', 'HPND-sell-variant-MIT-disclaimer-rev', 'HPND-SMC', 'HPND-UC', 'HPND-UC-export-US', 'HTMLTIDY', 'hyphen-bulgarian', 'IBM-pibs', 'ICU', 'IEC-Code-Components-EULA', 'IJG', 'IJG-short', 'ImageMagick', 'iMatix', 'Imlib2', 'Info-ZIP', 'Inner-Net-2.0', 'InnoSetup', 'Intel', 'Intel-ACPI', 'Interbase-1.0', 'IPA', 'IPL-1.0', 'ISC', 'ISC-Veillard', 'ISO-permission', 'Jam', 'JasPer-2.0', 'jove', 'JPL-image', 'JPNIC', 'JSON', 'Kastrup', 'Kazlib', 'Knuth-CTAN', 'LAL-1.2', 'LAL-1.3', 'Latex2e', 'Latex2e-translated-notice', 'Leptonica', 'LGPL-2.0', 'LGPL-2.0+', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1', 'LGPL-2.1+', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0+', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'LGPLLR', 'Libpng', 'libpng-1.6.35', 'libpng-2.0', 'libselinux-1.0', 'libtiff', 'libutil-David-Nugent', 'LiLiQ-P-1.1', 'LiLiQ-R-1.1', 'LiLiQ-Rplus-1.1', 'Linux-man-pages-1-para', 'Linux-man-pages-copyleft', 'Linux-man-pages-copyleft-2-para', 'Linux-man-pages-copyleft-var', 'Linux-OpenIB', 'LOOP', 'LPD-document', 'LPL-1.0', 'LPL-1.02', 'LPPL-1.0', 'LPPL-1.1', 'LPPL-1.2', 'LPPL-1.3a', 'LPPL-1.3c', 'lsof', 'Lucida-Bitmap-Fonts', 'LZMA-SDK-9.11-to-9.20', 'LZMA-SDK-9.22', 'Mackerras-3-Clause', 'Mackerras-3-Clause-acknowledgment', 'magaz', 'mailprio', 'MakeIndex', 'man2html', 'Martin-Birgmeier', 'McPhee-slideshow', 'metamail', 'Minpack', 'MIPS', 'MirOS', 'MIT', 'MIT-0', 'MIT-advertising', 'MIT-Click', 'MIT-CMU', 'MIT-enna', 'MIT-feh', 'MIT-Festival', 'MIT-Khronos-old', 'MIT-Modern-Variant', 'MIT-open-group', 'MIT-STK', 'MIT-testregex', 'MIT-Wu', 'MITNFA', 'MMIXware', 'MMPL-1.0.1', 'Motosoto', 'MPEG-SSG', 'mpi-permissive', 'mpich2', 'MPL-1.0', 'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception', 'mplus', 'MS-LPL', 'MS-PL', 'MS-RL', 'MTLL', 'MulanPSL-1.0', 'MulanPSL-2.0', 'Multics', 'Mup', 'NAIST-2003', 'NASA-1.3', 'Naumen', 'NBPL-1.0', 'NCBI-PD', 'NCGL-UK-2.0', 'NCL', 'NCSA', 'Net-SNMP', 'NetCDF', 'Newsletr', 'NGPL', 'ngrep', 'NICTA-1.0', 'NIST-PD', 'NIST-PD-fallback', 'NIST-PD-TNT', 'NIST-Software', 'NLOD-1.0', 'NLOD-2.0', 'NLPL', 'Nokia', 'NOSL', 'Noweb', 'NPL-1.0', 'NPL-1.1', 'NPOSL-3.0', 'NRL', 'NTIA-PD', 'NTP', 'NTP-0', 'Nunit', 'O-UDA-1.0', 'OAR', 'OCCT-PL', 'OCLC-2.0', 'ODbL-1.0', 'ODC-By-1.0', 'OFFIS', 'OFL-1.0', 'OFL-1.0-no-RFN', 'OFL-1.0-RFN', 'OFL-1.1', 'OFL-1.1-no-RFN', 'OFL-1.1-RFN', 'OGC-1.0', 'OGDL-Taiwan-1.0', 'OGL-Canada-2.0', 'OGL-UK-1.0', 'OGL-UK-2.0', 'OGL-UK-3.0', 'OGTSL', 'OLDAP-1.1', 'OLDAP-1.2', 'OLDAP-1.3', 'OLDAP-1.4', 'OLDAP-2.0', 'OLDAP-2.0.1', 'OLDAP-2.1', 'OLDAP-2.2', 'OLDAP-2.2.1', 'OLDAP-2.2.2', 'OLDAP-2.3', 'OLDAP-2.4', 'OLDAP-2.5', 'OLDAP-2.6', 'OLDAP-2.7', 'OLDAP-2.8', 'OLFL-1.3', 'OML', 'OpenMDW-1.0', 'OpenPBS-2.3', 'OpenSSL', 'OpenSSL-standalone', 'OpenVision', 'OPL-1.0', 'OPL-UK-3.0', 'OPUBL-1.0', 'OSC-1.0', 'OSET-PL-2.1', 'OSL-1.0', 'OSL-1.1', 'OSL-2.0', 'OSL-2.1', 'OSL-3.0', 'OSSP', 'PADL', 'ParaType-Free-Font-1.3', 'Parity-6.0.0', 'Parity-7.0.0', 'PDDL-1.0', 'PHP-3.0', 'PHP-3.01', 'Pixar', 'pkgconf', 'Plexus', 'pnmstitch', 'PolyForm-Noncommercial-1.0.0', 'PolyForm-Small-Business-1.0.0', 'PostgreSQL', 'PPL', 'PSF-2.0', 'psfrag', 'psutils', 'Python-2.0', 'Python-2.0.1', 'python-ldap', 'Qhull', 'QPL-1.0', 'QPL-1.0-INRIA-2004', 'radvd', 'Rdisc', 'RHeCos-1.1', 'RPL-1.1', 'RPL-1.5', 'RPSL-1.0', 'RSA-MD', 'RSCPL', 'Ruby', 'Ruby-pty', 'SAX-PD', 'SAX-PD-2.0', 'Saxpath', 'SCEA', 'SchemeReport', 'Sendmail', 'Sendmail-8.23', 'Sendmail-Open-Source-1.1', 'SGI-B-1.0', 'SGI-B-1.1', 'SGI-B-2.0', 'SGI-OpenGL', 'SGMLUG-PM', 'SGP4', 'SHL-0.5', 'SHL-0.51', 'SimPL-2.0', 'SISSL', 'SISSL-1.2', 'SL', 'Sleepycat', 'SMAIL-GPL', 'SMLNJ', 'SMPPL', 'SNIA', 'snprintf', 'SOFA', 'softSurfer', 'Soundex', 'Spencer-86', 'Spencer-94', 'Spencer-99', 'SPL-1.0', 'ssh-keyscan', 'SSH-OpenSSH', 'SSH-short', 'SSLeay-standalone', 'SSPL-1.0', 'StandardML-NJ', 'SugarCRM-1.1.3', 'SUL-1.0', 'Sun-PPP', 'Sun-PPP-2000', 'SunPro', 'SWL', 'swrule', 'Symlinks', 'TAPR-OHL-1.0', 'TCL', 'TCP-wrappers', 'TekHVC', 'TermReadKey', 'TGPPL-1.0', 'ThirdEye', 'threeparttable', 'TMate', 'TORQUE-1.1', 'TOSL', 'TPDL', 'TPL-1.0', 'TrustedQSL', 'TTWL', 'TTYP0', 'TU-Berlin-1.0', 'TU-Berlin-2.0', 'Ubuntu-font-1.0', 'UCAR', 'UCL-1.0', 'ulem', 'UMich-Merit', 'Unicode-3.0', 'Unicode-DFS-2015', 'Unicode-DFS-2016', 'Unicode-TOU', 'UnixCrypt', 'Unlicense', 'Unlicense-libtelnet', 'Unlicense-libwhirlpool', 'UnRAR', 'UPL-1.0', 'URT-RLE', 'Vim', 'Vixie-Cron', 'VOSTROM', 'VSL-1.0', 'W3C', 'W3C-19980720', 'W3C-20150513', 'w3m', 'Watcom-1.0', 'Widget-Workshop', 'WordNet', 'Wsuipa', 'WTFNMFPL', 'WTFPL', 'wwl', 'wxWindows', 'X11', 'X11-distribute-modifications-variant', 'X11-no-permit-persons', 'X11-swapped', 'Xdebug-1.03', 'Xerox', 'Xfig', 'XFree86-1.1', 'xinetd', 'xkeyboard-config-Zinoviev', 'xlock', 'Xnet', 'xpp', 'XSkat', 'xzoom', 'YPL-1.0', 'YPL-1.1', 'Zed', 'Zeeff', 'Zend-2.0', 'Zimbra-1.3', 'Zimbra-1.4', 'Zlib', 'zlib-acknowledgement', 'ZPL-1.1', 'ZPL-2.0', 'ZPL-2.1', '389-exception', 'Asterisk-exception', 'Asterisk-linking-protocols-exception', 'Autoconf-exception-2.0', 'Autoconf-exception-3.0', 'Autoconf-exception-generic', 'Autoconf-exception-generic-3.0', 'Autoconf-exception-macro', 'Bison-exception-1.24', 'Bison-exception-2.2', 'Bootloader-exception', 'CGAL-linking-exception', 'Classpath-exception-2.0', 'Classpath-exception-2.0-short', 'CLISP-exception-2.0', 'cryptsetup-OpenSSL-exception', 'Digia-Qt-LGPL-exception-1.1', 'DigiRule-FOSS-exception', 'eCos-exception-2.0', 'erlang-otp-linking-exception', 'Fawkes-Runtime-exception', 'FLTK-exception', 'fmt-exception', 'Font-exception-2.0', 'freertos-exception-2.0', 'GCC-exception-2.0', 'GCC-exception-2.0-note', 'GCC-exception-3.1', 'Gmsh-exception', 'GNAT-exception', 'GNOME-examples-exception', 'GNU-compiler-exception', 'gnu-javamail-exception', 'GPL-3.0-389-ds-base-exception', 'GPL-3.0-interface-exception', 'GPL-3.0-linking-exception', 'GPL-3.0-linking-source-exception', 'GPL-CC-1.0', 'GStreamer-exception-2005', 'GStreamer-exception-2008', 'harbour-exception', 'i2p-gpl-java-exception', 'Independent-modules-exception', 'KiCad-libraries-exception', 'kvirc-openssl-exception', 'LGPL-3.0-linking-exception', 'libpri-OpenH323-exception', 'Libtool-exception', 'Linux-syscall-note', 'LLGPL', 'LLVM-exception', 'LZMA-exception', 'mif-exception', 'mxml-exception', 'Nokia-Qt-exception-1.1', 'OCaml-LGPL-linking-exception', 'OCCT-exception-1.0', 'OpenJDK-assembly-exception-1.0', 'openvpn-openssl-exception', 'PCRE2-exception', 'polyparse-exception', 'PS-or-PDF-font-exception-20170817', 'QPL-1.0-INRIA-2004-exception', 'Qt-GPL-exception-1.0', 'Qt-LGPL-exception-1.1', 'Qwt-exception-1.0', 'romic-exception', 'RRDtool-FLOSS-exception-2.0', 'rsync-linking-exception', 'SANE-exception', 'SHL-2.0', 'SHL-2.1', 'Simple-Library-Usage-exception', 'sqlitestudio-OpenSSL-exception', 'stunnel-exception', 'SWI-exception', 'Swift-exception', 'Texinfo-exception', 'u-boot-exception-2.0', 'UBDL-exception', 'Universal-FOSS-exception-1.0', 'vsftpd-openssl-exception', 'WxWindows-exception-3.1', 'x11vnc-openssl-exception']"))
def _v178(x, p, e):
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
def _v177(x, p, e):
    if isinstance(x, dict):
        if 'id' not in x:
            e.append((p, "'id' is a required property"))
def _v135(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v200(y, p + (i,), e)
def _v200(x, p, e):
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
            _v201(x['flow'], p + ('flow',), e)
        if 'classification' in x:
            _v202(x['classification'], p + ('classification',), e)
        if 'name' in x:
            _v203(x['name'], p + ('name',), e)
        if 'description' in x:
            _v204(x['description'], p + ('description',), e)
        if 'governance' in x:
            _v205(x['governance'], p + ('governance',), e)
        if 'source' in x:
            _v206(x['source'], p + ('source',), e)
        if 'destination' in x:
            _v207(x['destination'], p + ('destination',), e)
def _v207(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v208(y, p + (i,), e)
def _v208(x, p, e):
    valid = []
    for n, check in enumerate((_v209, _v78,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v209(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k74(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v206(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v210(y, p + (i,), e)
def _v210(x, p, e):
    valid = []
    for n, check in enumerate((_v211, _v78,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v211(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k75(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v205(x, p, e):
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
            _v212(x['custodians'], p + ('custodians',), e)
        if 'stewards' in x:
            _v213(x['stewards'], p + ('stewards',), e)
        if 'owners' in x:
            _v214(x['owners'], p + ('owners',), e)
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
        extra = [k for k in x if k not in _k77]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'organization' in x:
            _v107(x['organization'], p + ('organization',), e)
        if 'contact' in x:
            _v112(x['contact'], p + ('contact',), e)
    valid = []
    for n, check in enumerate((_v216, _v217,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k78[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v217(x, p, e):
    if isinstance(x, dict):
        if 'contact' not in x:
            e.append((p, "'contact' is a required property"))
def _v216(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v213(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v215(y, p + (i,), e)
def _v212(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v215(y, p + (i,), e)
def _v204(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v203(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v202(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v201(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k79):
        e.append((p, f"{x!r} is not one of ['inbound', 'outbound', 'bi-directional', 'unknown']"))
def _v134(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v133(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v132(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v131(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v218(y, p + (i,), e)
def _v218(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k80(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v130(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v129(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) > 1024:
        e.append((p, f"{x!r} is too long"))
def _v128(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v127(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v124(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v219(y, p + (i,), e)
def _v219(x, p, e):
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
            _v220(x['type'], p + ('type',), e)
        if 'mime-type' in x:
            _v221(x['mime-type'], p + ('mime-type',), e)
        if 'bom-ref' in x:
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'supplier' in x:
            _v107(x['supplier'], p + ('supplier',), e)
        if 'manufacturer' in x:
            _v107(x['manufacturer'], p + ('manufacturer',), e)
        if 'authors' in x:
            _v222(x['authors'], p + ('authors',), e)
        if 'author' in x:
            _v223(x['author'], p + ('author',), e)
        if 'publisher' in x:
            _v224(x['publisher'], p + ('publisher',), e)
        if 'group' in x:
            _v225(x['group'], p + ('group',), e)
        if 'name' in x:
            _v226(x['name'], p + ('name',), e)
        if 'version' in x:
            _v129(x['version'], p + ('version',), e)
        if 'description' in x:
            _v227(x['description'], p + ('description',), e)
        if 'scope' in x:
            _v228(x['scope'], p + ('scope',), e)
        if 'hashes' in x:
            _v229(x['hashes'], p + ('hashes',), e)
        if 'licenses' in x:
            _v136(x['licenses'], p + ('licenses',), e)
        if 'copyright' in x:
            _v230(x['copyright'], p + ('copyright',), e)
        if 'cpe' in x:
            _v231(x['cpe'], p + ('cpe',), e)
        if 'purl' in x:
            _v232(x['purl'], p + ('purl',), e)
        if 'omniborId' in x:
            _v233(x['omniborId'], p + ('omniborId',), e)
        if 'swhid' in x:
            _v234(x['swhid'], p + ('swhid',), e)
        if 'swid' in x:
            _v235(x['swid'], p + ('swid',), e)
        if 'modified' in x:
            _v236(x['modified'], p + ('modified',), e)
        if 'pedigree' in x:
            _v237(x['pedigree'], p + ('pedigree',), e)
        if 'externalReferences' in x:
            _v238(x['externalReferences'], p + ('externalReferences',), e)
        if 'components' in x:
            _v239(x['components'], p + ('components',), e)
        if 'evidence' in x:
            _v240(x['evidence'], p + ('evidence',), e)
        if 'releaseNotes' in x:
            _v139(x['releaseNotes'], p + ('releaseNotes',), e)
        if 'modelCard' in x:
            _v241(x['modelCard'], p + ('modelCard',), e)
        if 'data' in x:
            _v242(x['data'], p + ('data',), e)
        if 'cryptoProperties' in x:
            _v243(x['cryptoProperties'], p + ('cryptoProperties',), e)
        if 'properties' in x:
            _v244(x['properties'], p + ('properties',), e)
        if 'tags' in x:
            _v141(x['tags'], p + ('tags',), e)
        if 'signature' in x:
            _v18(x['signature'], p + ('signature',), e)
def _v244(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v243(x, p, e):
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
            _v245(x['assetType'], p + ('assetType',), e)
        if 'algorithmProperties' in x:
            _v246(x['algorithmProperties'], p + ('algorithmProperties',), e)
        if 'certificateProperties' in x:
            _v247(x['certificateProperties'], p + ('certificateProperties',), e)
        if 'relatedCryptoMaterialProperties' in x:
            _v248(x['relatedCryptoMaterialProperties'], p + ('relatedCryptoMaterialProperties',), e)
        if 'protocolProperties' in x:
            _v249(x['protocolProperties'], p + ('protocolProperties',), e)
        if 'oid' in x:
            _v250(x['oid'], p + ('oid',), e)
def _v250(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v249(x, p, e):
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
            _v251(x['type'], p + ('type',), e)
        if 'version' in x:
            _v252(x['version'], p + ('version',), e)
        if 'cipherSuites' in x:
            _v253(x['cipherSuites'], p + ('cipherSuites',), e)
        if 'ikev2TransformTypes' in x:
            _v254(x['ikev2TransformTypes'], p + ('ikev2TransformTypes',), e)
        if 'cryptoRefArray' in x:
            _v255(x['cryptoRefArray'], p + ('cryptoRefArray',), e)
def _v255(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v59(y, p + (i,), e)
def _v254(x, p, e):
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
            _v255(x['encr'], p + ('encr',), e)
        if 'prf' in x:
            _v255(x['prf'], p + ('prf',), e)
        if 'integ' in x:
            _v255(x['integ'], p + ('integ',), e)
        if 'ke' in x:
            _v255(x['ke'], p + ('ke',), e)
        if 'esn' in x:
            _v256(x['esn'], p + ('esn',), e)
        if 'auth' in x:
            _v255(x['auth'], p + ('auth',), e)
def _v256(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v253(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v257(y, p + (i,), e)
def _v257(x, p, e):
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
            _v258(x['name'], p + ('name',), e)
        if 'algorithms' in x:
            _v259(x['algorithms'], p + ('algorithms',), e)
        if 'identifiers' in x:
            _v260(x['identifiers'], p + ('identifiers',), e)
def _v260(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v261(y, p + (i,), e)
def _v261(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v259(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v59(y, p + (i,), e)
def _v258(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v252(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v251(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k86):
        e.append((p, f"{x!r} is not one of ['tls', 'ssh', 'ipsec', 'ike', 'sstp', 'wpa', 'other', 'unknown']"))
def _v248(x, p, e):
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
            _v262(x['type'], p + ('type',), e)
        if 'id' in x:
            _v263(x['id'], p + ('id',), e)
        if 'state' in x:
            _v264(x['state'], p + ('state',), e)
        if 'algorithmRef' in x:
            _v59(x['algorithmRef'], p + ('algorithmRef',), e)
        if 'creationDate' in x:
            _v265(x['creationDate'], p + ('creationDate',), e)
        if 'activationDate' in x:
            _v266(x['activationDate'], p + ('activationDate',), e)
        if 'updateDate' in x:
            _v267(x['updateDate'], p + ('updateDate',), e)
        if 'expirationDate' in x:
            _v268(x['expirationDate'], p + ('expirationDate',), e)
        if 'value' in x:
            _v269(x['value'], p + ('value',), e)
        if 'size' in x:
            _v270(x['size'], p + ('size',), e)
        if 'format' in x:
            _v271(x['format'], p + ('format',), e)
        if 'securedBy' in x:
            _v272(x['securedBy'], p + ('securedBy',), e)
def _v272(x, p, e):
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
            _v273(x['mechanism'], p + ('mechanism',), e)
        if 'algorithmRef' in x:
            _v59(x['algorithmRef'], p + ('algorithmRef',), e)
def _v273(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v271(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v270(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
def _v269(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v268(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k89(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v267(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k90(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v266(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k91(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v265(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k92(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v264(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k93):
        e.append((p, f"{x!r} is not one of ['pre-activation', 'active', 'suspended', 'deactivated', 'compromised', 'destroyed']"))
def _v263(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v262(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k94):
        e.append((p, f"{x!r} is not one of ['private-key', 'public-key', 'secret-key', 'key', 'ciphertext', 'signature', 'digest', 'initialization-vector', 'nonce', 'seed', 'salt', 'shared-secret', 'tag', 'additional-data', 'password', 'credential', 'token', 'other', 'unknown']"))
def _v247(x, p, e):
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
            _v274(x['subjectName'], p + ('subjectName',), e)
        if 'issuerName' in x:
            _v275(x['issuerName'], p + ('issuerName',), e)
        if 'notValidBefore' in x:
            _v276(x['notValidBefore'], p + ('notValidBefore',), e)
        if 'notValidAfter' in x:
            _v277(x['notValidAfter'], p + ('notValidAfter',), e)
        if 'signatureAlgorithmRef' in x:
            _v59(x['signatureAlgorithmRef'], p + ('signatureAlgorithmRef',), e)
        if 'subjectPublicKeyRef' in x:
            _v59(x['subjectPublicKeyRef'], p + ('subjectPublicKeyRef',), e)
        if 'certificateFormat' in x:
            _v278(x['certificateFormat'], p + ('certificateFormat',), e)
        if 'certificateExtension' in x:
            _v279(x['certificateExtension'], p + ('certificateExtension',), e)
def _v279(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v278(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v277(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k96(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v276(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k97(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v275(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v274(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v246(x, p, e):
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
            _v280(x['primitive'], p + ('primitive',), e)
        if 'parameterSetIdentifier' in x:
            _v281(x['parameterSetIdentifier'], p + ('parameterSetIdentifier',), e)
        if 'curve' in x:
            _v282(x['curve'], p + ('curve',), e)
        if 'executionEnvironment' in x:
            _v283(x['executionEnvironment'], p + ('executionEnvironment',), e)
        if 'implementationPlatform' in x:
            _v284(x['implementationPlatform'], p + ('implementationPlatform',), e)
        if 'certificationLevel' in x:
            _v285(x['certificationLevel'], p + ('certificationLevel',), e)
        if 'mode' in x:
            _v286(x['mode'], p + ('mode',), e)
        if 'padding' in x:
            _v287(x['padding'], p + ('padding',), e)
        if 'cryptoFunctions' in x:
            _v288(x['cryptoFunctions'], p + ('cryptoFunctions',), e)
        if 'classicalSecurityLevel' in x:
            _v289(x['classicalSecurityLevel'], p + ('classicalSecurityLevel',), e)
        if 'nistQuantumSecurityLevel' in x:
            _v290(x['nistQuantumSecurityLevel'], p + ('nistQuantumSecurityLevel',), e)
def _v290(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 6:
        e.append((p, f"{x!r} is greater than the maximum of 6"))
def _v289(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
def _v288(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v291(y, p + (i,), e)
def _v291(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k99):
        e.append((p, f"{x!r} is not one of ['generate', 'keygen', 'encrypt', 'decrypt', 'digest', 'tag', 'keyderive', 'sign', 'verify', 'encapsulate', 'decapsulate', 'other', 'unknown']"))
def _v287(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k100):
        e.append((p, f"{x!r} is not one of ['pkcs5', 'pkcs7', 'pkcs1v15', 'oaep', 'raw', 'other', 'unknown']"))
def _v286(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k101):
        e.append((p, f"{x!r} is not one of ['cbc', 'ecb', 'ccm', 'gcm', 'cfb', 'ofb', 'ctr', 'other', 'unknown']"))
def _v285(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v292(y, p + (i,), e)
def _v292(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k102):
        e.append((p, f"{x!r} is not one of ['none', 'fips140-1-l1', 'fips140-1-l2', 'fips140-1-l3', 'fips140-1-l4', 'fips140-2-l1', 'fips140-2-l2', 'fips140-2-l3', 'fips140-2-l4', 'fips140-3-l1', 'fips140-3-l2', 'fips140-3-l3', 'fips140-3-l4', 'cc-eal1', 'cc-eal1+', 'cc-eal2', 'cc-eal2+', 'cc-eal3', 'cc-eal3+', 'cc-eal4', 'cc-eal4+', 'cc-eal5', 'cc-eal5+', 'cc-eal6', 'cc-eal6+', 'cc-eal7', 'cc-eal7+', 'other', 'unknown']"))
def _v284(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k103):
        e.append((p, f"{x!r} is not one of ['generic', 'x86_32', 'x86_64', 'armv7-a', 'armv7-m', 'armv8-a', 'armv8-m', 'armv9-a', 'armv9-m', 's390x', 'ppc64', 'ppc64le', 'other', 'unknown']"))
def _v283(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k104):
        e.append((p, f"{x!r} is not one of ['software-plain-ram', 'software-encrypted-ram', 'software-tee', 'hardware', 'other', 'unknown']"))
def _v282(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v281(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v280(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k105):
        e.append((p, f"{x!r} is not one of ['drbg', 'mac', 'block-cipher', 'stream-cipher', 'signature', 'hash', 'pke', 'xof', 'kdf', 'key-agree', 'kem', 'ae', 'combiner', 'other', 'unknown']"))
def _v245(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k106):
        e.append((p, f"{x!r} is not one of ['algorithm', 'certificate', 'protocol', 'related-crypto-material']"))
def _v242(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v293(y, p + (i,), e)
def _v293(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'type' in x:
            _v294(x['type'], p + ('type',), e)
        if 'name' in x:
            _v295(x['name'], p + ('name',), e)
        if 'contents' in x:
            _v296(x['contents'], p + ('contents',), e)
        if 'classification' in x:
            _v202(x['classification'], p + ('classification',), e)
        if 'sensitiveData' in x:
            _v297(x['sensitiveData'], p + ('sensitiveData',), e)
        if 'graphics' in x:
            _v298(x['graphics'], p + ('graphics',), e)
        if 'description' in x:
            _v299(x['description'], p + ('description',), e)
        if 'governance' in x:
            _v205(x['governance'], p + ('governance',), e)
def _v299(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v298(x, p, e):
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
            _v300(x['description'], p + ('description',), e)
        if 'collection' in x:
            _v301(x['collection'], p + ('collection',), e)
def _v301(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v302(y, p + (i,), e)
def _v302(x, p, e):
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
            _v303(x['name'], p + ('name',), e)
        if 'image' in x:
            _v155(x['image'], p + ('image',), e)
def _v303(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v300(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v297(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v304(y, p + (i,), e)
def _v304(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v296(x, p, e):
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
            _v155(x['attachment'], p + ('attachment',), e)
        if 'url' in x:
            _v305(x['url'], p + ('url',), e)
        if 'properties' in x:
            _v306(x['properties'], p + ('properties',), e)
def _v306(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v305(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k111(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v295(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v294(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k112):
        e.append((p, f"{x!r} is not one of ['source-code', 'configuration', 'dataset', 'definition', 'other']"))
def _v241(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'modelParameters' in x:
            _v307(x['modelParameters'], p + ('modelParameters',), e)
        if 'quantitativeAnalysis' in x:
            _v308(x['quantitativeAnalysis'], p + ('quantitativeAnalysis',), e)
        if 'considerations' in x:
            _v309(x['considerations'], p + ('considerations',), e)
        if 'properties' in x:
            _v310(x['properties'], p + ('properties',), e)
def _v310(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v309(x, p, e):
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
            _v311(x['users'], p + ('users',), e)
        if 'useCases' in x:
            _v312(x['useCases'], p + ('useCases',), e)
        if 'technicalLimitations' in x:
            _v313(x['technicalLimitations'], p + ('technicalLimitations',), e)
        if 'performanceTradeoffs' in x:
            _v314(x['performanceTradeoffs'], p + ('performanceTradeoffs',), e)
        if 'ethicalConsiderations' in x:
            _v315(x['ethicalConsiderations'], p + ('ethicalConsiderations',), e)
        if 'environmentalConsiderations' in x:
            _v316(x['environmentalConsiderations'], p + ('environmentalConsiderations',), e)
        if 'fairnessAssessments' in x:
            _v317(x['fairnessAssessments'], p + ('fairnessAssessments',), e)
def _v317(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v318(y, p + (i,), e)
def _v318(x, p, e):
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
            _v319(x['groupAtRisk'], p + ('groupAtRisk',), e)
        if 'benefits' in x:
            _v320(x['benefits'], p + ('benefits',), e)
        if 'harms' in x:
            _v321(x['harms'], p + ('harms',), e)
        if 'mitigationStrategy' in x:
            _v322(x['mitigationStrategy'], p + ('mitigationStrategy',), e)
def _v322(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v321(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v320(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v319(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v316(x, p, e):
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
            _v323(x['energyConsumptions'], p + ('energyConsumptions',), e)
        if 'properties' in x:
            _v324(x['properties'], p + ('properties',), e)
def _v324(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v323(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v325(y, p + (i,), e)
def _v325(x, p, e):
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
            _v326(x['activity'], p + ('activity',), e)
        if 'energyProviders' in x:
            _v327(x['energyProviders'], p + ('energyProviders',), e)
        if 'activityEnergyCost' in x:
            _v328(x['activityEnergyCost'], p + ('activityEnergyCost',), e)
        if 'co2CostEquivalent' in x:
            _v329(x['co2CostEquivalent'], p + ('co2CostEquivalent',), e)
        if 'co2CostOffset' in x:
            _v329(x['co2CostOffset'], p + ('co2CostOffset',), e)
        if 'properties' in x:
            _v330(x['properties'], p + ('properties',), e)
def _v330(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v329(x, p, e):
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
            _v331(x['value'], p + ('value',), e)
        if 'unit' in x:
            _v332(x['unit'], p + ('unit',), e)
def _v332(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k119):
        e.append((p, f"{x!r} is not one of ['tCO2eq']"))
def _v331(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
def _v328(x, p, e):
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
            _v333(x['value'], p + ('value',), e)
        if 'unit' in x:
            _v334(x['unit'], p + ('unit',), e)
def _v334(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k121):
        e.append((p, f"{x!r} is not one of ['kWh']"))
def _v333(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
def _v327(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v335(y, p + (i,), e)
def _v335(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'description' in x:
            _v336(x['description'], p + ('description',), e)
        if 'organization' in x:
            _v107(x['organization'], p + ('organization',), e)
        if 'energySource' in x:
            _v337(x['energySource'], p + ('energySource',), e)
        if 'energyProvided' in x:
            _v328(x['energyProvided'], p + ('energyProvided',), e)
        if 'externalReferences' in x:
            _v338(x['externalReferences'], p + ('externalReferences',), e)
def _v338(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v67(y, p + (i,), e)
def _v337(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k123):
        e.append((p, f"{x!r} is not one of ['coal', 'oil', 'natural-gas', 'nuclear', 'wind', 'solar', 'geothermal', 'hydropower', 'biofuel', 'unknown', 'other']"))
def _v336(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v326(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k124):
        e.append((p, f"{x!r} is not one of ['design', 'data-collection', 'data-preparation', 'training', 'fine-tuning', 'validation', 'deployment', 'inference', 'other']"))
def _v315(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v339(y, p + (i,), e)
def _v339(x, p, e):
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
            _v340(x['name'], p + ('name',), e)
        if 'mitigationStrategy' in x:
            _v341(x['mitigationStrategy'], p + ('mitigationStrategy',), e)
def _v341(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v340(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v314(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v342(y, p + (i,), e)
def _v342(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v313(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v343(y, p + (i,), e)
def _v343(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v312(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v344(y, p + (i,), e)
def _v344(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v311(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v345(y, p + (i,), e)
def _v345(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v308(x, p, e):
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
            _v346(x['performanceMetrics'], p + ('performanceMetrics',), e)
        if 'graphics' in x:
            _v298(x['graphics'], p + ('graphics',), e)
def _v346(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v347(y, p + (i,), e)
def _v347(x, p, e):
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
            _v348(x['type'], p + ('type',), e)
        if 'value' in x:
            _v349(x['value'], p + ('value',), e)
        if 'slice' in x:
            _v350(x['slice'], p + ('slice',), e)
        if 'confidenceInterval' in x:
            _v351(x['confidenceInterval'], p + ('confidenceInterval',), e)
def _v351(x, p, e):
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
            _v352(x['lowerBound'], p + ('lowerBound',), e)
        if 'upperBound' in x:
            _v353(x['upperBound'], p + ('upperBound',), e)
def _v353(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v352(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v350(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v349(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v348(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v307(x, p, e):
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
            _v354(x['approach'], p + ('approach',), e)
        if 'task' in x:
            _v355(x['task'], p + ('task',), e)
        if 'architectureFamily' in x:
            _v356(x['architectureFamily'], p + ('architectureFamily',), e)
        if 'modelArchitecture' in x:
            _v357(x['modelArchitecture'], p + ('modelArchitecture',), e)
        if 'datasets' in x:
            _v358(x['datasets'], p + ('datasets',), e)
        if 'inputs' in x:
            _v359(x['inputs'], p + ('inputs',), e)
        if 'outputs' in x:
            _v360(x['outputs'], p + ('outputs',), e)
def _v360(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v361(y, p + (i,), e)
def _v361(x, p, e):
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
            _v362(x['format'], p + ('format',), e)
def _v362(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v359(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v361(y, p + (i,), e)
def _v358(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v363(y, p + (i,), e)
def _v363(x, p, e):
    valid = []
    for n, check in enumerate((_v293, _v364,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k131[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v364(x, p, e):
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
            _v365(x['ref'], p + ('ref',), e)
def _v365(x, p, e):
    valid = []
    for n, check in enumerate((_v59, _v78,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v357(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v356(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v355(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v354(x, p, e):
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
            _v366(x['type'], p + ('type',), e)
def _v366(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k134):
        e.append((p, f"{x!r} is not one of ['supervised', 'unsupervised', 'reinforcement-learning', 'semi-supervised', 'self-supervised']"))
def _v240(x, p, e):
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
            _v367(x['identity'], p + ('identity',), e)
        if 'occurrences' in x:
            _v368(x['occurrences'], p + ('occurrences',), e)
        if 'callstack' in x:
            _v369(x['callstack'], p + ('callstack',), e)
        if 'licenses' in x:
            _v136(x['licenses'], p + ('licenses',), e)
        if 'copyright' in x:
            _v370(x['copyright'], p + ('copyright',), e)
def _v370(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v371(y, p + (i,), e)
def _v371(x, p, e):
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
            _v372(x['text'], p + ('text',), e)
def _v372(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v369(x, p, e):
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
            _v373(x['frames'], p + ('frames',), e)
def _v373(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v374(y, p + (i,), e)
def _v374(x, p, e):
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
            _v375(x['package'], p + ('package',), e)
        if 'module' in x:
            _v376(x['module'], p + ('module',), e)
        if 'function' in x:
            _v377(x['function'], p + ('function',), e)
        if 'parameters' in x:
            _v378(x['parameters'], p + ('parameters',), e)
        if 'line' in x:
            _v379(x['line'], p + ('line',), e)
        if 'column' in x:
            _v380(x['column'], p + ('column',), e)
        if 'fullFilename' in x:
            _v381(x['fullFilename'], p + ('fullFilename',), e)
def _v381(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v380(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
def _v379(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
def _v378(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v382(y, p + (i,), e)
def _v382(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v377(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v376(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v375(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v368(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v383(y, p + (i,), e)
def _v383(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'location' in x:
            _v384(x['location'], p + ('location',), e)
        if 'line' in x:
            _v385(x['line'], p + ('line',), e)
        if 'offset' in x:
            _v386(x['offset'], p + ('offset',), e)
        if 'symbol' in x:
            _v387(x['symbol'], p + ('symbol',), e)
        if 'additionalContext' in x:
            _v388(x['additionalContext'], p + ('additionalContext',), e)
def _v388(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v387(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v386(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
def _v385(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
def _v384(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v367(x, p, e):
    valid = []
    for n, check in enumerate((_v389, _v390,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k140[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v390(x, p, e):
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
            _v391(x['field'], p + ('field',), e)
        if 'confidence' in x:
            _v392(x['confidence'], p + ('confidence',), e)
        if 'concludedValue' in x:
            _v393(x['concludedValue'], p + ('concludedValue',), e)
        if 'methods' in x:
            _v394(x['methods'], p + ('methods',), e)
        if 'tools' in x:
            _v395(x['tools'], p + ('tools',), e)
def _v395(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v396(y, p + (i,), e)
def _v396(x, p, e):
    valid = []
    for n, check in enumerate((_v59, _v78,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v394(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v397(y, p + (i,), e)
def _v397(x, p, e):
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
            _v398(x['technique'], p + ('technique',), e)
        if 'confidence' in x:
            _v399(x['confidence'], p + ('confidence',), e)
        if 'value' in x:
            _v400(x['value'], p + ('value',), e)
def _v400(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v399(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 1:
        e.append((p, f"{x!r} is greater than the maximum of 1"))
def _v398(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k143):
        e.append((p, f"{x!r} is not one of ['source-code-analysis', 'binary-analysis', 'manifest-analysis', 'ast-fingerprint', 'hash-comparison', 'instrumentation', 'dynamic-analysis', 'filename', 'attestation', 'other']"))
def _v393(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v392(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 1:
        e.append((p, f"{x!r} is greater than the maximum of 1"))
def _v391(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k144):
        e.append((p, f"{x!r} is not one of ['group', 'name', 'version', 'purl', 'cpe', 'omniborId', 'swhid', 'swid', 'hash']"))
def _v389(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v390(y, p + (i,), e)
def _v239(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v219(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v238(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v67(y, p + (i,), e)
def _v237(x, p, e):
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
            _v401(x['ancestors'], p + ('ancestors',), e)
        if 'descendants' in x:
            _v402(x['descendants'], p + ('descendants',), e)
        if 'variants' in x:
            _v403(x['variants'], p + ('variants',), e)
        if 'commits' in x:
            _v404(x['commits'], p + ('commits',), e)
        if 'patches' in x:
            _v405(x['patches'], p + ('patches',), e)
        if 'notes' in x:
            _v406(x['notes'], p + ('notes',), e)
def _v406(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v405(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v407(y, p + (i,), e)
def _v407(x, p, e):
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
            _v408(x['type'], p + ('type',), e)
        if 'diff' in x:
            _v409(x['diff'], p + ('diff',), e)
        if 'resolves' in x:
            _v410(x['resolves'], p + ('resolves',), e)
def _v410(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v159(y, p + (i,), e)
def _v409(x, p, e):
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
            _v155(x['text'], p + ('text',), e)
        if 'url' in x:
            _v411(x['url'], p + ('url',), e)
def _v411(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k148(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v408(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k149):
        e.append((p, f"{x!r} is not one of ['unofficial', 'monkey', 'backport', 'cherry-pick']"))
def _v404(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v412(y, p + (i,), e)
def _v412(x, p, e):
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
            _v413(x['uid'], p + ('uid',), e)
        if 'url' in x:
            _v414(x['url'], p + ('url',), e)
        if 'author' in x:
            _v415(x['author'], p + ('author',), e)
        if 'committer' in x:
            _v415(x['committer'], p + ('committer',), e)
        if 'message' in x:
            _v416(x['message'], p + ('message',), e)
def _v416(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v415(x, p, e):
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
            _v417(x['timestamp'], p + ('timestamp',), e)
        if 'name' in x:
            _v418(x['name'], p + ('name',), e)
        if 'email' in x:
            _v419(x['email'], p + ('email',), e)
def _v419(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k152(x):
        e.append((p, f"{x!r} is not a 'idn-email'"))
def _v418(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v417(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k153(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v414(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k154(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v413(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v403(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v219(y, p + (i,), e)
def _v402(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v219(y, p + (i,), e)
def _v401(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v219(y, p + (i,), e)
def _v236(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v235(x, p, e):
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
            _v420(x['tagId'], p + ('tagId',), e)
        if 'name' in x:
            _v421(x['name'], p + ('name',), e)
        if 'version' in x:
            _v422(x['version'], p + ('version',), e)
        if 'tagVersion' in x:
            _v423(x['tagVersion'], p + ('tagVersion',), e)
        if 'patch' in x:
            _v424(x['patch'], p + ('patch',), e)
        if 'text' in x:
            _v155(x['text'], p + ('text',), e)
        if 'url' in x:
            _v425(x['url'], p + ('url',), e)
def _v425(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k156(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v424(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v423(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
def _v422(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v421(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v420(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v234(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v426(y, p + (i,), e)
def _v426(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v233(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v427(y, p + (i,), e)
def _v427(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v232(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v231(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v230(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v229(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v72(y, p + (i,), e)
def _v228(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k157):
        e.append((p, f"{x!r} is not one of ['required', 'optional', 'excluded']"))
def _v227(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v226(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v225(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v224(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v223(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v222(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v112(y, p + (i,), e)
def _v221(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k158.search(x):
        e.append((p, f"{x!r} does not match '^[-+a-z0-9.]+/[-+a-z0-9.]+$'"))
def _v220(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k159):
        e.append((p, f"{x!r} is not one of ['application', 'framework', 'library', 'container', 'platform', 'operating-system', 'device', 'device-driver', 'firmware', 'file', 'machine-learning-model', 'data', 'cryptographic-asset']"))
def _v123(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v107(y, p + (i,), e)
def _v97(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v428(y, p + (i,), e)
def _v428(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'propertyName' in x:
            _v429(x['propertyName'], p + ('propertyName',), e)
        if 'description' in x:
            _v430(x['description'], p + ('description',), e)
        if 'data' in x:
            _v431(x['data'], p + ('data',), e)
        if 'created' in x:
            _v432(x['created'], p + ('created',), e)
        if 'expires' in x:
            _v433(x['expires'], p + ('expires',), e)
        if 'author' in x:
            _v112(x['author'], p + ('author',), e)
        if 'reviewer' in x:
            _v112(x['reviewer'], p + ('reviewer',), e)
        if 'signature' in x:
            _v18(x['signature'], p + ('signature',), e)
def _v433(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k161(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v432(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k162(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v431(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v434(y, p + (i,), e)
def _v434(x, p, e):
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
            _v435(x['name'], p + ('name',), e)
        if 'contents' in x:
            _v436(x['contents'], p + ('contents',), e)
        if 'classification' in x:
            _v202(x['classification'], p + ('classification',), e)
        if 'sensitiveData' in x:
            _v437(x['sensitiveData'], p + ('sensitiveData',), e)
        if 'governance' in x:
            _v205(x['governance'], p + ('governance',), e)
def _v437(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v438(y, p + (i,), e)
def _v438(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v436(x, p, e):
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
            _v155(x['attachment'], p + ('attachment',), e)
        if 'url' in x:
            _v439(x['url'], p + ('url',), e)
def _v439(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k165(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v435(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v430(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v429(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v96(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v440(y, p + (i,), e)
def _v440(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'target' in x:
            _v59(x['target'], p + ('target',), e)
        if 'predicate' in x:
            _v441(x['predicate'], p + ('predicate',), e)
        if 'mitigationStrategies' in x:
            _v442(x['mitigationStrategies'], p + ('mitigationStrategies',), e)
        if 'reasoning' in x:
            _v443(x['reasoning'], p + ('reasoning',), e)
        if 'evidence' in x:
            _v444(x['evidence'], p + ('evidence',), e)
        if 'counterEvidence' in x:
            _v445(x['counterEvidence'], p + ('counterEvidence',), e)
        if 'externalReferences' in x:
            _v446(x['externalReferences'], p + ('externalReferences',), e)
        if 'signature' in x:
            _v18(x['signature'], p + ('signature',), e)
def _v446(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v67(y, p + (i,), e)
def _v445(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v59(y, p + (i,), e)
def _v444(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v59(y, p + (i,), e)
def _v443(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v442(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v59(y, p + (i,), e)
def _v441(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v95(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v447(y, p + (i,), e)
def _v447(x, p, e):
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
            _v448(x['summary'], p + ('summary',), e)
        if 'assessor' in x:
            _v59(x['assessor'], p + ('assessor',), e)
        if 'map' in x:
            _v449(x['map'], p + ('map',), e)
        if 'signature' in x:
            _v18(x['signature'], p + ('signature',), e)
def _v449(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v450(y, p + (i,), e)
def _v450(x, p, e):
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
            _v59(x['requirement'], p + ('requirement',), e)
        if 'claims' in x:
            _v451(x['claims'], p + ('claims',), e)
        if 'counterClaims' in x:
            _v452(x['counterClaims'], p + ('counterClaims',), e)
        if 'conformance' in x:
            _v453(x['conformance'], p + ('conformance',), e)
        if 'confidence' in x:
            _v454(x['confidence'], p + ('confidence',), e)
def _v454(x, p, e):
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
            _v455(x['score'], p + ('score',), e)
        if 'rationale' in x:
            _v456(x['rationale'], p + ('rationale',), e)
def _v456(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v455(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 1:
        e.append((p, f"{x!r} is greater than the maximum of 1"))
def _v453(x, p, e):
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
            _v457(x['score'], p + ('score',), e)
        if 'rationale' in x:
            _v458(x['rationale'], p + ('rationale',), e)
        if 'mitigationStrategies' in x:
            _v459(x['mitigationStrategies'], p + ('mitigationStrategies',), e)
def _v459(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v59(y, p + (i,), e)
def _v458(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v457(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 0:
        e.append((p, f"{x!r} is less than the minimum of 0"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x > 1:
        e.append((p, f"{x!r} is greater than the maximum of 1"))
def _v452(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v59(y, p + (i,), e)
def _v451(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v59(y, p + (i,), e)
def _v448(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v94(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v460(y, p + (i,), e)
def _v460(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'thirdParty' in x:
            _v461(x['thirdParty'], p + ('thirdParty',), e)
        if 'organization' in x:
            _v107(x['organization'], p + ('organization',), e)
def _v461(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v14(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v462(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v462(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'components' in x:
            _v463(x['components'], p + ('components',), e)
        if 'services' in x:
            _v464(x['services'], p + ('services',), e)
        if 'workflows' in x:
            _v465(x['workflows'], p + ('workflows',), e)
        if 'properties' in x:
            _v466(x['properties'], p + ('properties',), e)
def _v466(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v465(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v467(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v467(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'uid' in x:
            _v468(x['uid'], p + ('uid',), e)
        if 'name' in x:
            _v469(x['name'], p + ('name',), e)
        if 'description' in x:
            _v470(x['description'], p + ('description',), e)
        if 'resourceReferences' in x:
            _v471(x['resourceReferences'], p + ('resourceReferences',), e)
        if 'tasks' in x:
            _v472(x['tasks'], p + ('tasks',), e)
        if 'taskDependencies' in x:
            _v473(x['taskDependencies'], p + ('taskDependencies',), e)
        if 'taskTypes' in x:
            _v474(x['taskTypes'], p + ('taskTypes',), e)
        if 'trigger' in x:
            _v475(x['trigger'], p + ('trigger',), e)
        if 'steps' in x:
            _v476(x['steps'], p + ('steps',), e)
        if 'inputs' in x:
            _v477(x['inputs'], p + ('inputs',), e)
        if 'outputs' in x:
            _v478(x['outputs'], p + ('outputs',), e)
        if 'timeStart' in x:
            _v479(x['timeStart'], p + ('timeStart',), e)
        if 'timeEnd' in x:
            _v480(x['timeEnd'], p + ('timeEnd',), e)
        if 'workspaces' in x:
            _v481(x['workspaces'], p + ('workspaces',), e)
        if 'runtimeTopology' in x:
            _v482(x['runtimeTopology'], p + ('runtimeTopology',), e)
        if 'properties' in x:
            _v483(x['properties'], p + ('properties',), e)
def _v483(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v482(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v484(y, p + (i,), e)
def _v484(x, p, e):
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
            _v59(x['ref'], p + ('ref',), e)
        if 'dependsOn' in x:
            _v485(x['dependsOn'], p + ('dependsOn',), e)
        if 'provides' in x:
            _v486(x['provides'], p + ('provides',), e)
def _v486(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v59(y, p + (i,), e)
def _v485(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v59(y, p + (i,), e)
def _v481(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v487(y, p + (i,), e)
def _v487(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'uid' in x:
            _v488(x['uid'], p + ('uid',), e)
        if 'name' in x:
            _v489(x['name'], p + ('name',), e)
        if 'aliases' in x:
            _v490(x['aliases'], p + ('aliases',), e)
        if 'description' in x:
            _v491(x['description'], p + ('description',), e)
        if 'resourceReferences' in x:
            _v492(x['resourceReferences'], p + ('resourceReferences',), e)
        if 'accessMode' in x:
            _v493(x['accessMode'], p + ('accessMode',), e)
        if 'mountPath' in x:
            _v494(x['mountPath'], p + ('mountPath',), e)
        if 'managedDataType' in x:
            _v495(x['managedDataType'], p + ('managedDataType',), e)
        if 'volumeRequest' in x:
            _v496(x['volumeRequest'], p + ('volumeRequest',), e)
        if 'volume' in x:
            _v497(x['volume'], p + ('volume',), e)
        if 'properties' in x:
            _v498(x['properties'], p + ('properties',), e)
def _v498(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v497(x, p, e):
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
            _v499(x['uid'], p + ('uid',), e)
        if 'name' in x:
            _v500(x['name'], p + ('name',), e)
        if 'mode' in x:
            _v501(x['mode'], p + ('mode',), e)
        if 'path' in x:
            _v502(x['path'], p + ('path',), e)
        if 'sizeAllocated' in x:
            _v503(x['sizeAllocated'], p + ('sizeAllocated',), e)
        if 'persistent' in x:
            _v504(x['persistent'], p + ('persistent',), e)
        if 'remote' in x:
            _v505(x['remote'], p + ('remote',), e)
        if 'properties' in x:
            _v506(x['properties'], p + ('properties',), e)
def _v506(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v505(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v504(x, p, e):
    if not (isinstance(x, bool)):
        e.append((p, f"{x!r} is not of type 'boolean'"))
def _v503(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v502(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v501(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k177):
        e.append((p, f"{x!r} is not one of ['filesystem', 'block']"))
def _v500(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v499(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v496(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v495(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v494(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v493(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k178):
        e.append((p, f"{x!r} is not one of ['read-only', 'read-write', 'read-write-once', 'write-once', 'write-only']"))
def _v492(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v507(y, p + (i,), e)
def _v507(x, p, e):
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
            _v508(x['ref'], p + ('ref',), e)
        if 'externalReference' in x:
            _v67(x['externalReference'], p + ('externalReference',), e)
    valid = []
    for n, check in enumerate((_v509, _v510,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k180[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v510(x, p, e):
    if isinstance(x, dict):
        if 'externalReference' not in x:
            e.append((p, "'externalReference' is a required property"))
def _v509(x, p, e):
    if isinstance(x, dict):
        if 'ref' not in x:
            e.append((p, "'ref' is a required property"))
def _v508(x, p, e):
    valid = []
    for n, check in enumerate((_v59, _v78,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v491(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v490(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v511(y, p + (i,), e)
def _v511(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v489(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v488(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v480(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k181(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v479(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k182(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v478(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v512(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v512(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v513, _v514, _v515,)):
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
            _v516(x['type'], p + ('type',), e)
        if 'source' in x:
            _v507(x['source'], p + ('source',), e)
        if 'target' in x:
            _v507(x['target'], p + ('target',), e)
        if 'resource' in x:
            _v507(x['resource'], p + ('resource',), e)
        if 'data' in x:
            _v155(x['data'], p + ('data',), e)
        if 'environmentVars' in x:
            _v517(x['environmentVars'], p + ('environmentVars',), e)
        if 'properties' in x:
            _v518(x['properties'], p + ('properties',), e)
def _v518(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v517(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v519(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v519(x, p, e):
    valid = []
    for n, check in enumerate((_v54, _v520,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k185[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v520(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v516(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k186):
        e.append((p, f"{x!r} is not one of ['artifact', 'attestation', 'log', 'evidence', 'metrics', 'other']"))
def _v515(x, p, e):
    if isinstance(x, dict):
        if 'data' not in x:
            e.append((p, "'data' is a required property"))
def _v514(x, p, e):
    if isinstance(x, dict):
        if 'environmentVars' not in x:
            e.append((p, "'environmentVars' is a required property"))
def _v513(x, p, e):
    if isinstance(x, dict):
        if 'resource' not in x:
            e.append((p, "'resource' is a required property"))
def _v477(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v521(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v521(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v522, _v523, _v524, _v525,)):
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
            _v507(x['source'], p + ('source',), e)
        if 'target' in x:
            _v507(x['target'], p + ('target',), e)
        if 'resource' in x:
            _v507(x['resource'], p + ('resource',), e)
        if 'parameters' in x:
            _v526(x['parameters'], p + ('parameters',), e)
        if 'environmentVars' in x:
            _v527(x['environmentVars'], p + ('environmentVars',), e)
        if 'data' in x:
            _v155(x['data'], p + ('data',), e)
        if 'properties' in x:
            _v528(x['properties'], p + ('properties',), e)
def _v528(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v527(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v529(y, p + (i,), e)
def _v529(x, p, e):
    valid = []
    for n, check in enumerate((_v54, _v530,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k189[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v530(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v526(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v531(y, p + (i,), e)
def _v531(x, p, e):
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
            _v532(x['name'], p + ('name',), e)
        if 'value' in x:
            _v533(x['value'], p + ('value',), e)
        if 'dataType' in x:
            _v534(x['dataType'], p + ('dataType',), e)
def _v534(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v533(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v532(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v525(x, p, e):
    if isinstance(x, dict):
        if 'data' not in x:
            e.append((p, "'data' is a required property"))
def _v524(x, p, e):
    if isinstance(x, dict):
        if 'environmentVars' not in x:
            e.append((p, "'environmentVars' is a required property"))
def _v523(x, p, e):
    if isinstance(x, dict):
        if 'parameters' not in x:
            e.append((p, "'parameters' is a required property"))
def _v522(x, p, e):
    if isinstance(x, dict):
        if 'resource' not in x:
            e.append((p, "'resource' is a required property"))
def _v476(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v535(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v535(x, p, e):
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
            _v536(x['name'], p + ('name',), e)
        if 'description' in x:
            _v537(x['description'], p + ('description',), e)
        if 'commands' in x:
            _v538(x['commands'], p + ('commands',), e)
        if 'properties' in x:
            _v539(x['properties'], p + ('properties',), e)
def _v539(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v538(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v540(y, p + (i,), e)
def _v540(x, p, e):
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
            _v541(x['executed'], p + ('executed',), e)
        if 'properties' in x:
            _v542(x['properties'], p + ('properties',), e)
def _v542(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v541(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v537(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v536(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v475(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'uid' in x:
            _v543(x['uid'], p + ('uid',), e)
        if 'name' in x:
            _v544(x['name'], p + ('name',), e)
        if 'description' in x:
            _v545(x['description'], p + ('description',), e)
        if 'resourceReferences' in x:
            _v546(x['resourceReferences'], p + ('resourceReferences',), e)
        if 'type' in x:
            _v547(x['type'], p + ('type',), e)
        if 'event' in x:
            _v548(x['event'], p + ('event',), e)
        if 'conditions' in x:
            _v549(x['conditions'], p + ('conditions',), e)
        if 'timeActivated' in x:
            _v550(x['timeActivated'], p + ('timeActivated',), e)
        if 'inputs' in x:
            _v551(x['inputs'], p + ('inputs',), e)
        if 'outputs' in x:
            _v552(x['outputs'], p + ('outputs',), e)
        if 'properties' in x:
            _v553(x['properties'], p + ('properties',), e)
def _v553(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v552(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v512(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v551(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v521(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v550(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k194(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v549(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v554(y, p + (i,), e)
def _v554(x, p, e):
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
            _v555(x['description'], p + ('description',), e)
        if 'expression' in x:
            _v556(x['expression'], p + ('expression',), e)
        if 'properties' in x:
            _v557(x['properties'], p + ('properties',), e)
def _v557(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v556(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v555(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v548(x, p, e):
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
            _v558(x['uid'], p + ('uid',), e)
        if 'description' in x:
            _v559(x['description'], p + ('description',), e)
        if 'timeReceived' in x:
            _v560(x['timeReceived'], p + ('timeReceived',), e)
        if 'data' in x:
            _v155(x['data'], p + ('data',), e)
        if 'source' in x:
            _v507(x['source'], p + ('source',), e)
        if 'target' in x:
            _v507(x['target'], p + ('target',), e)
        if 'properties' in x:
            _v561(x['properties'], p + ('properties',), e)
def _v561(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v560(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k197(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v559(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v558(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v547(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k198):
        e.append((p, f"{x!r} is not one of ['manual', 'api', 'webhook', 'scheduled']"))
def _v546(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v507(y, p + (i,), e)
def _v545(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v544(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v543(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v474(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v562(y, p + (i,), e)
def _v562(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k199):
        e.append((p, f"{x!r} is not one of ['copy', 'clone', 'lint', 'scan', 'merge', 'build', 'test', 'deliver', 'deploy', 'release', 'clean', 'other']"))
def _v473(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v484(y, p + (i,), e)
def _v472(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v563(y, p + (i,), e)
def _v563(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'uid' in x:
            _v564(x['uid'], p + ('uid',), e)
        if 'name' in x:
            _v565(x['name'], p + ('name',), e)
        if 'description' in x:
            _v566(x['description'], p + ('description',), e)
        if 'resourceReferences' in x:
            _v567(x['resourceReferences'], p + ('resourceReferences',), e)
        if 'taskTypes' in x:
            _v568(x['taskTypes'], p + ('taskTypes',), e)
        if 'trigger' in x:
            _v475(x['trigger'], p + ('trigger',), e)
        if 'steps' in x:
            _v569(x['steps'], p + ('steps',), e)
        if 'inputs' in x:
            _v570(x['inputs'], p + ('inputs',), e)
        if 'outputs' in x:
            _v571(x['outputs'], p + ('outputs',), e)
        if 'timeStart' in x:
            _v572(x['timeStart'], p + ('timeStart',), e)
        if 'timeEnd' in x:
            _v573(x['timeEnd'], p + ('timeEnd',), e)
        if 'workspaces' in x:
            _v574(x['workspaces'], p + ('workspaces',), e)
        if 'runtimeTopology' in x:
            _v575(x['runtimeTopology'], p + ('runtimeTopology',), e)
        if 'properties' in x:
            _v576(x['properties'], p + ('properties',), e)
def _v576(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v575(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v484(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v574(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v487(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v573(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k201(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v572(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k202(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v571(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v512(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v570(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v521(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v569(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v535(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v568(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v562(y, p + (i,), e)
def _v567(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v507(y, p + (i,), e)
def _v566(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v565(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v564(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v471(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v507(y, p + (i,), e)
def _v470(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v469(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v468(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v464(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v126(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v463(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v219(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v13(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v577(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v577(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'subjects' in x:
            _v578(x['subjects'], p + ('subjects',), e)
        if 'annotator' in x:
            _v579(x['annotator'], p + ('annotator',), e)
        if 'timestamp' in x:
            _v580(x['timestamp'], p + ('timestamp',), e)
        if 'text' in x:
            _v581(x['text'], p + ('text',), e)
        if 'signature' in x:
            _v18(x['signature'], p + ('signature',), e)
def _v581(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v580(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k204(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v579(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v582, _v583, _v584, _v585,)):
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
            _v107(x['organization'], p + ('organization',), e)
        if 'individual' in x:
            _v112(x['individual'], p + ('individual',), e)
        if 'component' in x:
            _v219(x['component'], p + ('component',), e)
        if 'service' in x:
            _v126(x['service'], p + ('service',), e)
def _v585(x, p, e):
    if isinstance(x, dict):
        if 'service' not in x:
            e.append((p, "'service' is a required property"))
def _v584(x, p, e):
    if isinstance(x, dict):
        if 'component' not in x:
            e.append((p, "'component' is a required property"))
def _v583(x, p, e):
    if isinstance(x, dict):
        if 'individual' not in x:
            e.append((p, "'individual' is a required property"))
def _v582(x, p, e):
    if isinstance(x, dict):
        if 'organization' not in x:
            e.append((p, "'organization' is a required property"))
def _v578(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v586(y, p + (i,), e)
def _v586(x, p, e):
    valid = []
    for n, check in enumerate((_v59, _v78,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v12(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v587(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v587(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'id' in x:
            _v588(x['id'], p + ('id',), e)
        if 'source' in x:
            _v589(x['source'], p + ('source',), e)
        if 'references' in x:
            _v590(x['references'], p + ('references',), e)
        if 'ratings' in x:
            _v591(x['ratings'], p + ('ratings',), e)
        if 'cwes' in x:
            _v592(x['cwes'], p + ('cwes',), e)
        if 'description' in x:
            _v593(x['description'], p + ('description',), e)
        if 'detail' in x:
            _v594(x['detail'], p + ('detail',), e)
        if 'recommendation' in x:
            _v595(x['recommendation'], p + ('recommendation',), e)
        if 'workaround' in x:
            _v596(x['workaround'], p + ('workaround',), e)
        if 'proofOfConcept' in x:
            _v597(x['proofOfConcept'], p + ('proofOfConcept',), e)
        if 'advisories' in x:
            _v598(x['advisories'], p + ('advisories',), e)
        if 'created' in x:
            _v599(x['created'], p + ('created',), e)
        if 'published' in x:
            _v600(x['published'], p + ('published',), e)
        if 'updated' in x:
            _v601(x['updated'], p + ('updated',), e)
        if 'rejected' in x:
            _v602(x['rejected'], p + ('rejected',), e)
        if 'credits' in x:
            _v603(x['credits'], p + ('credits',), e)
        if 'tools' in x:
            _v604(x['tools'], p + ('tools',), e)
        if 'analysis' in x:
            _v605(x['analysis'], p + ('analysis',), e)
        if 'affects' in x:
            _v606(x['affects'], p + ('affects',), e)
        if 'properties' in x:
            _v607(x['properties'], p + ('properties',), e)
def _v607(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v606(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v608(y, p + (i,), e)
def _v608(x, p, e):
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
            _v609(x['ref'], p + ('ref',), e)
        if 'versions' in x:
            _v610(x['versions'], p + ('versions',), e)
def _v610(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v611(y, p + (i,), e)
def _v611(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v612, _v613,)):
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
            _v129(x['version'], p + ('version',), e)
        if 'range' in x:
            _v614(x['range'], p + ('range',), e)
        if 'status' in x:
            _v615(x['status'], p + ('status',), e)
def _v615(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k211):
        e.append((p, f"{x!r} is not one of ['affected', 'unaffected', 'unknown']"))
def _v614(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 4096:
        e.append((p, f"{x!r} is too long"))
def _v613(x, p, e):
    if isinstance(x, dict):
        if 'range' not in x:
            e.append((p, "'range' is a required property"))
def _v612(x, p, e):
    if isinstance(x, dict):
        if 'version' not in x:
            e.append((p, "'version' is a required property"))
def _v609(x, p, e):
    valid = []
    for n, check in enumerate((_v59, _v78,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v605(x, p, e):
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
            _v616(x['state'], p + ('state',), e)
        if 'justification' in x:
            _v617(x['justification'], p + ('justification',), e)
        if 'response' in x:
            _v618(x['response'], p + ('response',), e)
        if 'detail' in x:
            _v619(x['detail'], p + ('detail',), e)
        if 'firstIssued' in x:
            _v620(x['firstIssued'], p + ('firstIssued',), e)
        if 'lastUpdated' in x:
            _v621(x['lastUpdated'], p + ('lastUpdated',), e)
def _v621(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k213(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v620(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k214(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v619(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v618(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v622(y, p + (i,), e)
def _v622(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k215):
        e.append((p, f"{x!r} is not one of ['can_not_fix', 'will_not_fix', 'update', 'rollback', 'workaround_available']"))
def _v617(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k216):
        e.append((p, f"{x!r} is not one of ['code_not_present', 'code_not_reachable', 'requires_configuration', 'requires_dependency', 'requires_environment', 'protected_by_compiler', 'protected_at_runtime', 'protected_at_perimeter', 'protected_by_mitigating_control']"))
def _v616(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k217):
        e.append((p, f"{x!r} is not one of ['resolved', 'resolved_with_pedigree', 'exploitable', 'in_triage', 'false_positive', 'not_affected']"))
def _v604(x, p, e):
    valid = []
    for n, check in enumerate((_v623, _v624,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k218[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v624(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v625(y, p + (i,), e)
def _v625(x, p, e):
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
            _v626(x['vendor'], p + ('vendor',), e)
        if 'name' in x:
            _v627(x['name'], p + ('name',), e)
        if 'version' in x:
            _v129(x['version'], p + ('version',), e)
        if 'hashes' in x:
            _v628(x['hashes'], p + ('hashes',), e)
        if 'externalReferences' in x:
            _v629(x['externalReferences'], p + ('externalReferences',), e)
def _v629(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v67(y, p + (i,), e)
def _v628(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v72(y, p + (i,), e)
def _v627(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v626(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v623(x, p, e):
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
            _v630(x['components'], p + ('components',), e)
        if 'services' in x:
            _v631(x['services'], p + ('services',), e)
def _v631(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v126(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v630(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v219(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v603(x, p, e):
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
            _v632(x['organizations'], p + ('organizations',), e)
        if 'individuals' in x:
            _v633(x['individuals'], p + ('individuals',), e)
def _v633(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v112(y, p + (i,), e)
def _v632(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v107(y, p + (i,), e)
def _v602(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k222(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v601(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k223(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v600(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k224(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v599(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k225(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v598(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v634(y, p + (i,), e)
def _v634(x, p, e):
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
            _v635(x['title'], p + ('title',), e)
        if 'url' in x:
            _v636(x['url'], p + ('url',), e)
def _v636(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k227(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v635(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v597(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'reproductionSteps' in x:
            _v637(x['reproductionSteps'], p + ('reproductionSteps',), e)
        if 'environment' in x:
            _v638(x['environment'], p + ('environment',), e)
        if 'supportingMaterial' in x:
            _v639(x['supportingMaterial'], p + ('supportingMaterial',), e)
def _v639(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v155(y, p + (i,), e)
def _v638(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v637(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v596(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v595(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v594(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v593(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v592(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v640(y, p + (i,), e)
def _v640(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
def _v591(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v641(y, p + (i,), e)
def _v641(x, p, e):
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
            _v589(x['source'], p + ('source',), e)
        if 'score' in x:
            _v642(x['score'], p + ('score',), e)
        if 'severity' in x:
            _v643(x['severity'], p + ('severity',), e)
        if 'method' in x:
            _v644(x['method'], p + ('method',), e)
        if 'vector' in x:
            _v645(x['vector'], p + ('vector',), e)
        if 'justification' in x:
            _v646(x['justification'], p + ('justification',), e)
def _v646(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v645(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v644(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k229):
        e.append((p, f"{x!r} is not one of ['CVSSv2', 'CVSSv3', 'CVSSv31', 'CVSSv4', 'OWASP', 'SSVC', 'other']"))
def _v643(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k230):
        e.append((p, f"{x!r} is not one of ['critical', 'high', 'medium', 'low', 'info', 'none', 'unknown']"))
def _v642(x, p, e):
    if not ((isinstance(x, (int, float)) and not isinstance(x, bool))):
        e.append((p, f"{x!r} is not of type 'number'"))
def _v590(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v647(y, p + (i,), e)
def _v647(x, p, e):
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
            _v648(x['id'], p + ('id',), e)
        if 'source' in x:
            _v589(x['source'], p + ('source',), e)
def _v648(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v589(x, p, e):
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
            _v649(x['url'], p + ('url',), e)
        if 'name' in x:
            _v650(x['name'], p + ('name',), e)
def _v650(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v649(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v588(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v11(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v651(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v651(x, p, e):
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
            _v59(x['bom-ref'], p + ('bom-ref',), e)
        if 'aggregate' in x:
            _v652(x['aggregate'], p + ('aggregate',), e)
        if 'assemblies' in x:
            _v653(x['assemblies'], p + ('assemblies',), e)
        if 'dependencies' in x:
            _v654(x['dependencies'], p + ('dependencies',), e)
        if 'vulnerabilities' in x:
            _v655(x['vulnerabilities'], p + ('vulnerabilities',), e)
        if 'signature' in x:
            _v18(x['signature'], p + ('signature',), e)
def _v655(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v656(y, p + (i,), e)
def _v656(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v654(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v657(y, p + (i,), e)
def _v657(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v653(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v658(y, p + (i,), e)
def _v658(x, p, e):
    valid = []
    for n, check in enumerate((_v59, _v78,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
            break
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
def _v652(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k234):
        e.append((p, f"{x!r} is not one of ['complete', 'incomplete', 'incomplete_first_party_only', 'incomplete_first_party_proprietary_only', 'incomplete_first_party_opensource_only', 'incomplete_third_party_only', 'incomplete_third_party_proprietary_only', 'incomplete_third_party_opensource_only', 'unknown', 'not_specified']"))
def _v10(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v484(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v9(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v67(y, p + (i,), e)
def _v8(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v126(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v7(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v219(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v6(x, p, e):
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
            _v659(x['timestamp'], p + ('timestamp',), e)
        if 'lifecycles' in x:
            _v660(x['lifecycles'], p + ('lifecycles',), e)
        if 'tools' in x:
            _v661(x['tools'], p + ('tools',), e)
        if 'manufacturer' in x:
            _v107(x['manufacturer'], p + ('manufacturer',), e)
        if 'authors' in x:
            _v662(x['authors'], p + ('authors',), e)
        if 'component' in x:
            _v219(x['component'], p + ('component',), e)
        if 'manufacture' in x:
            _v107(x['manufacture'], p + ('manufacture',), e)
        if 'supplier' in x:
            _v107(x['supplier'], p + ('supplier',), e)
        if 'licenses' in x:
            _v136(x['licenses'], p + ('licenses',), e)
        if 'properties' in x:
            _v663(x['properties'], p + ('properties',), e)
def _v663(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v54(y, p + (i,), e)
def _v662(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v112(y, p + (i,), e)
def _v661(x, p, e):
    valid = []
    for n, check in enumerate((_v664, _v665,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k236[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v665(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v625(y, p + (i,), e)
def _v664(x, p, e):
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
            _v666(x['components'], p + ('components',), e)
        if 'services' in x:
            _v667(x['services'], p + ('services',), e)
def _v667(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v126(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v666(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v219(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v660(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v668(y, p + (i,), e)
def _v668(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v669, _v670,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k238[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v670(x, p, e):
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
            _v671(x['name'], p + ('name',), e)
        if 'description' in x:
            _v672(x['description'], p + ('description',), e)
def _v672(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v671(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v669(x, p, e):
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
            _v673(x['phase'], p + ('phase',), e)
def _v673(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k241):
        e.append((p, f"{x!r} is not one of ['design', 'pre-build', 'build', 'post-build', 'operations', 'discovery', 'decommission']"))
def _v659(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k242(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v5(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
def _v4(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k243.search(x):
        e.append((p, f"{x!r} does not match '^urn:uuid:[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}$'"))
def _v3(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v2(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k244):
        e.append((p, f"{x!r} is not one of ['CycloneDX']"))
def _v1(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))

validate = _v0
