"""CycloneDX 1.4: bom-1.4.SNAPSHOT.schema.json, spdx.SNAPSHOT.schema.json, jsf-0.82.SNAPSHOT.schema.json of cyclonedx-python-lib compiled by sscli.schema_compiler: generated, do not edit
(regenerate: python -m sscli.schemas_compiled)."""
# mypy: ignore-errors
SCHEMA_DIGEST = "89a6012cc1401bb23c1f67574336b8f98a5534b2f90721b2f99c9136afef57eb"

import re

from sscli.schema_compiler import _enum, _equal, _unique
from sscli.schemas import FORMAT_CHECKS

_k0 = frozenset(('$schema', 'bomFormat', 'components', 'compositions', 'dependencies', 'externalReferences', 'metadata', 'serialNumber', 'services', 'signature', 'specVersion', 'version', 'vulnerabilities',))
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
_k15 = frozenset(('advisories', 'affects', 'analysis', 'bom-ref', 'created', 'credits', 'cwes', 'description', 'detail', 'id', 'properties', 'published', 'ratings', 'recommendation', 'references', 'source', 'tools', 'updated',))
_k16 = frozenset(('ref', 'versions',))
_k17 = ({'required': ['version']}, {'required': ['range']})
_k18 = frozenset(('range', 'status', 'version',))
_k19 = frozenset(('affected', 'unaffected', 'unknown',))
_k20 = frozenset(('detail', 'justification', 'response', 'state',))
_k21 = frozenset(('can_not_fix', 'rollback', 'update', 'will_not_fix', 'workaround_available',))
_k22 = frozenset(('code_not_present', 'code_not_reachable', 'protected_at_perimeter', 'protected_at_runtime', 'protected_by_compiler', 'protected_by_mitigating_control', 'requires_configuration', 'requires_dependency', 'requires_environment',))
_k23 = frozenset(('exploitable', 'false_positive', 'in_triage', 'not_affected', 'resolved', 'resolved_with_pedigree',))
_k24 = frozenset(('externalReferences', 'hashes', 'name', 'vendor', 'version',))
_k25 = frozenset(('comment', 'hashes', 'type', 'url',))
_k26 = frozenset(('alg', 'content',))
_k27 = re.compile('^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})\\Z')
_k28 = frozenset(('BLAKE2b-256', 'BLAKE2b-384', 'BLAKE2b-512', 'BLAKE3', 'MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-256', 'SHA3-384', 'SHA3-512',))
_k29 = frozenset(('advisories', 'bom', 'build-meta', 'build-system', 'chat', 'distribution', 'documentation', 'issue-tracker', 'license', 'mailing-list', 'other', 'release-notes', 'social', 'support', 'vcs', 'website',))
_k30 = FORMAT_CHECKS['iri-reference']
_k31 = frozenset(('individuals', 'organizations',))
_k32 = frozenset(('email', 'name', 'phone',))
_k33 = FORMAT_CHECKS['idn-email']
_k34 = frozenset(('contact', 'name', 'url',))
_k35 = FORMAT_CHECKS['iri-reference']
_k36 = FORMAT_CHECKS['date-time']
_k37 = FORMAT_CHECKS['date-time']
_k38 = FORMAT_CHECKS['date-time']
_k39 = frozenset(('title', 'url',))
_k40 = FORMAT_CHECKS['iri-reference']
_k41 = frozenset(('justification', 'method', 'score', 'severity', 'source', 'vector',))
_k42 = frozenset(('CVSSv2', 'CVSSv3', 'CVSSv31', 'OWASP', 'other',))
_k43 = frozenset(('critical', 'high', 'info', 'low', 'medium', 'none', 'unknown',))
_k44 = frozenset(('id', 'source',))
_k45 = frozenset(('name', 'url',))
_k46 = frozenset(('aggregate', 'assemblies', 'dependencies', 'signature',))
_k47 = frozenset(('complete', 'incomplete', 'incomplete_first_party_only', 'incomplete_third_party_only', 'not_specified', 'unknown',))
_k48 = frozenset(('dependsOn', 'ref',))
_k49 = frozenset(('authenticated', 'bom-ref', 'data', 'description', 'endpoints', 'externalReferences', 'group', 'licenses', 'name', 'properties', 'provider', 'releaseNotes', 'services', 'signature', 'version', 'x-trust-boundary',))
_k50 = frozenset(('aliases', 'description', 'featuredImage', 'notes', 'properties', 'resolves', 'socialImage', 'tags', 'timestamp', 'title', 'type',))
_k51 = frozenset(('locale', 'text',))
_k52 = frozenset(('content', 'contentType', 'encoding',))
_k53 = frozenset(('base64',))
_k54 = re.compile('^([a-z]{2})(-[A-Z]{2})?\\Z')
_k55 = frozenset(('description', 'id', 'name', 'references', 'source', 'type',))
_k56 = FORMAT_CHECKS['iri-reference']
_k57 = frozenset(('name', 'url',))
_k58 = FORMAT_CHECKS['iri-reference']
_k59 = frozenset(('defect', 'enhancement', 'security',))
_k60 = FORMAT_CHECKS['date-time']
_k61 = FORMAT_CHECKS['iri-reference']
_k62 = FORMAT_CHECKS['iri-reference']
_k63 = frozenset(('expression', 'license',))
_k64 = ({'required': ['license']}, {'required': ['expression']})
_k65 = ({'required': ['id']}, {'required': ['name']})
_k66 = frozenset(('id', 'name', 'text', 'url',))
_k67 = FORMAT_CHECKS['iri-reference']
_k68 = frozenset(('0BSD', '389-exception', '3D-Slicer-1.0', 'AAL', 'ADSL', 'AFL-1.1', 'AFL-1.2', 'AFL-2.0', 'AFL-2.1', 'AFL-3.0', 'AGPL-1.0', 'AGPL-1.0-only', 'AGPL-1.0-or-later', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'ALGLIB-Documentation', 'AMD-newlib', 'AMDPLPA', 'AML', 'AML-glslang', 'AMPAS', 'ANTLR-PD', 'ANTLR-PD-fallback', 'APAFML', 'APL-1.0', 'APSL-1.0', 'APSL-1.1', 'APSL-1.2', 'APSL-2.0', 'ASWF-Digital-Assets-1.0', 'ASWF-Digital-Assets-1.1', 'Abstyles', 'AdaCore-doc', 'Adobe-2006', 'Adobe-Display-PostScript', 'Adobe-Glyph', 'Adobe-Utopia', 'Advanced-Cryptics-Dictionary', 'Afmparse', 'Aladdin', 'Apache-1.0', 'Apache-1.1', 'Apache-2.0', 'App-s2p', 'Arphic-1999', 'Artistic-1.0', 'Artistic-1.0-Perl', 'Artistic-1.0-cl8', 'Artistic-2.0', 'Artistic-dist', 'Aspell-RU', 'Asterisk-exception', 'Asterisk-linking-protocols-exception', 'Autoconf-exception-2.0', 'Autoconf-exception-3.0', 'Autoconf-exception-generic', 'Autoconf-exception-generic-3.0', 'Autoconf-exception-macro', 'BOLA-1.1', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Darwin', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'BSD-2-Clause-Patent', 'BSD-2-Clause-Views', 'BSD-2-Clause-first-lines', 'BSD-2-Clause-pkgconf-disclaimer', 'BSD-3-Clause', 'BSD-3-Clause-Attribution', 'BSD-3-Clause-Clear', 'BSD-3-Clause-HP', 'BSD-3-Clause-LBNL', 'BSD-3-Clause-Modification', 'BSD-3-Clause-No-Military-License', 'BSD-3-Clause-No-Nuclear-License', 'BSD-3-Clause-No-Nuclear-License-2014', 'BSD-3-Clause-No-Nuclear-Warranty', 'BSD-3-Clause-Open-MPI', 'BSD-3-Clause-Sun', 'BSD-3-Clause-Tso', 'BSD-3-Clause-acpica', 'BSD-3-Clause-flex', 'BSD-4-Clause', 'BSD-4-Clause-Shortened', 'BSD-4-Clause-UC', 'BSD-4.3RENO', 'BSD-4.3TAHOE', 'BSD-Advertising-Acknowledgement', 'BSD-Attribution-HPND-disclaimer', 'BSD-Inferno-Nettverk', 'BSD-Mark-Modifications', 'BSD-Protection', 'BSD-Source-Code', 'BSD-Source-beginning-file', 'BSD-Systemics', 'BSD-Systemics-W3Works', 'BSL-1.0', 'BUSL-1.1', 'Baekmuk', 'Bahyph', 'Barr', 'Beerware', 'Bison-exception-1.24', 'Bison-exception-2.2', 'BitTorrent-1.0', 'BitTorrent-1.1', 'Bitstream-Charter', 'Bitstream-Vera', 'BlueOak-1.0.0', 'Boehm-GC', 'Boehm-GC-without-fee', 'Bootloader-exception', 'Borceux', 'Brian-Gladman-2-Clause', 'Brian-Gladman-3-Clause', 'Buddy', 'C-UDA-1.0', 'CAL-1.0', 'CAL-1.0-Combined-Work-Exception', 'CAPEC-tou', 'CATOSL-1.1', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-2.5-AU', 'CC-BY-3.0', 'CC-BY-3.0-AT', 'CC-BY-3.0-AU', 'CC-BY-3.0-DE', 'CC-BY-3.0-IGO', 'CC-BY-3.0-NL', 'CC-BY-3.0-US', 'CC-BY-4.0', 'CC-BY-NC-1.0', 'CC-BY-NC-2.0', 'CC-BY-NC-2.5', 'CC-BY-NC-3.0', 'CC-BY-NC-3.0-DE', 'CC-BY-NC-4.0', 'CC-BY-NC-ND-1.0', 'CC-BY-NC-ND-2.0', 'CC-BY-NC-ND-2.5', 'CC-BY-NC-ND-3.0', 'CC-BY-NC-ND-3.0-DE', 'CC-BY-NC-ND-3.0-IGO', 'CC-BY-NC-ND-4.0', 'CC-BY-NC-SA-1.0', 'CC-BY-NC-SA-2.0', 'CC-BY-NC-SA-2.0-DE', 'CC-BY-NC-SA-2.0-FR', 'CC-BY-NC-SA-2.0-UK', 'CC-BY-NC-SA-2.5', 'CC-BY-NC-SA-3.0', 'CC-BY-NC-SA-3.0-DE', 'CC-BY-NC-SA-3.0-IGO', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-1.0', 'CC-BY-ND-2.0', 'CC-BY-ND-2.5', 'CC-BY-ND-3.0', 'CC-BY-ND-3.0-DE', 'CC-BY-ND-4.0', 'CC-BY-SA-1.0', 'CC-BY-SA-2.0', 'CC-BY-SA-2.0-UK', 'CC-BY-SA-2.1-JP', 'CC-BY-SA-2.5', 'CC-BY-SA-3.0', 'CC-BY-SA-3.0-AT', 'CC-BY-SA-3.0-DE', 'CC-BY-SA-3.0-IGO', 'CC-BY-SA-4.0', 'CC-PDDC', 'CC-PDM-1.0', 'CC-SA-1.0', 'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1', 'CDL-1.0', 'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'CDLA-Sharing-1.0', 'CECILL-1.0', 'CECILL-1.1', 'CECILL-2.0', 'CECILL-2.1', 'CECILL-B', 'CECILL-C', 'CERN-OHL-1.1', 'CERN-OHL-1.2', 'CERN-OHL-P-2.0', 'CERN-OHL-S-2.0', 'CERN-OHL-W-2.0', 'CFITSIO', 'CGAL-linking-exception', 'CLISP-exception-2.0', 'CMU-Mach', 'CMU-Mach-nodoc', 'CNRI-Jython', 'CNRI-Python', 'CNRI-Python-GPL-Compatible', 'COIL-1.0', 'CPAL-1.0', 'CPL-1.0', 'CPOL-1.02', 'CUA-OPL-1.0', 'Caldera', 'Caldera-no-preamble', 'Catharon', 'ClArtistic', 'Classpath-exception-2.0', 'Classpath-exception-2.0-short', 'Clips', 'Community-Spec-1.0', 'Condor-1.1', 'Cornell-Lossless-JPEG', 'Cronyx', 'Crossword', 'CryptoSwift', 'CrystalStacker', 'Cube', 'D-FSL-1.0', 'DEC-3-Clause', 'DL-DE-BY-2.0', 'DL-DE-ZERO-2.0', 'DOC', 'DRL-1.0', 'DRL-1.1', 'DSDP', 'DigiRule-FOSS-exception', 'Digia-Qt-LGPL-exception-1.1', 'DocBook-DTD', 'DocBook-Schema', 'DocBook-Stylesheet', 'DocBook-XML', 'Dotseqn', 'ECL-1.0', 'ECL-2.0', 'EFL-1.0', 'EFL-2.0', 'EPICS', 'EPL-1.0', 'EPL-2.0', 'ESA-PL-permissive-2.4', 'ESA-PL-strong-copyleft-2.4', 'ESA-PL-weak-copyleft-2.4', 'EUDatagrid', 'EUPL-1.0', 'EUPL-1.1', 'EUPL-1.2', 'Elastic-2.0', 'Entessa', 'ErlPL-1.1', 'Eurosym', 'FBM', 'FDK-AAC', 'FLTK-exception', 'FSFAP', 'FSFAP-no-warranty-disclaimer', 'FSFUL', 'FSFULLR', 'FSFULLRSD', 'FSFULLRWD', 'FSL-1.1-ALv2', 'FSL-1.1-MIT', 'FTL', 'Fair', 'Fawkes-Runtime-exception', 'Ferguson-Twofish', 'Font-exception-2.0', 'Frameworx-1.0', 'FreeBSD-DOC', 'FreeImage', 'Furuseth', 'GCC-exception-2.0', 'GCC-exception-2.0-note', 'GCC-exception-3.1', 'GCR-docs', 'GD', 'GFDL-1.1', 'GFDL-1.1-invariants-only', 'GFDL-1.1-invariants-or-later', 'GFDL-1.1-no-invariants-only', 'GFDL-1.1-no-invariants-or-later', 'GFDL-1.1-only', 'GFDL-1.1-or-later', 'GFDL-1.2', 'GFDL-1.2-invariants-only', 'GFDL-1.2-invariants-or-later', 'GFDL-1.2-no-invariants-only', 'GFDL-1.2-no-invariants-or-later', 'GFDL-1.2-only', 'GFDL-1.2-or-later', 'GFDL-1.3', 'GFDL-1.3-invariants-only', 'GFDL-1.3-invariants-or-later', 'GFDL-1.3-no-invariants-only', 'GFDL-1.3-no-invariants-or-later', 'GFDL-1.3-only', 'GFDL-1.3-or-later', 'GL2PS', 'GLWTPL', 'GNAT-exception', 'GNOME-examples-exception', 'GNU-compiler-exception', 'GPL-1.0', 'GPL-1.0+', 'GPL-1.0-only', 'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0+', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-2.0-with-GCC-exception', 'GPL-2.0-with-autoconf-exception', 'GPL-2.0-with-bison-exception', 'GPL-2.0-with-classpath-exception', 'GPL-2.0-with-font-exception', 'GPL-3.0', 'GPL-3.0+', 'GPL-3.0-389-ds-base-exception', 'GPL-3.0-interface-exception', 'GPL-3.0-linking-exception', 'GPL-3.0-linking-source-exception', 'GPL-3.0-only', 'GPL-3.0-or-later', 'GPL-3.0-with-GCC-exception', 'GPL-3.0-with-autoconf-exception', 'GPL-CC-1.0', 'GStreamer-exception-2005', 'GStreamer-exception-2008', 'Game-Programming-Gems', 'Giftware', 'Glide', 'Glulxe', 'Gmsh-exception', 'Graphics-Gems', 'Gutmann', 'HDF5', 'HIDAPI', 'HP-1986', 'HP-1989', 'HPND', 'HPND-DEC', 'HPND-Fenneberg-Livingston', 'HPND-INRIA-IMAG', 'HPND-Intel', 'HPND-Kevlin-Henney', 'HPND-MIT-disclaimer', 'HPND-Markus-Kuhn', 'HPND-Netrek', 'HPND-Pbmplus', 'HPND-SMC', 'HPND-UC', 'HPND-UC-export-US', 'HPND-doc', 'HPND-doc-sell', 'HPND-export-US', 'HPND-export-US-acknowledgement', 'HPND-export-US-modify', 'HPND-export2-US', 'HPND-merchantability-variant', 'HPND-sell-MIT-disclaimer-xserver', 'HPND-sell-regexpr', 'HPND-sell-variant', 'HPND-sell-variant-MIT-disclaimer', 'HPND-sell-variant-MIT-disclaimer-rev', 'HPND-sell-variant-critical-systems', 'HTMLTIDY', 'HaskellReport', 'Hippocratic-2.1', 'IBM-pibs', 'ICU', 'IEC-Code-Components-EULA', 'IJG', 'IJG-short', 'IPA', 'IPL-1.0', 'ISC', 'ISC-Veillard', 'ISO-permission', 'ImageMagick', 'Imlib2', 'Independent-modules-exception', 'Info-ZIP', 'Inner-Net-2.0', 'InnoSetup', 'Intel', 'Intel-ACPI', 'Interbase-1.0', 'JPL-image', 'JPNIC', 'JSON', 'Jam', 'JasPer-2.0', 'Kastrup', 'Kazlib', 'KiCad-libraries-exception', 'Knuth-CTAN', 'LAL-1.2', 'LAL-1.3', 'LGPL-2.0', 'LGPL-2.0+', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1', 'LGPL-2.1+', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0+', 'LGPL-3.0-linking-exception', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'LGPLLR', 'LLGPL', 'LLVM-exception', 'LOOP', 'LPD-document', 'LPL-1.0', 'LPL-1.02', 'LPPL-1.0', 'LPPL-1.1', 'LPPL-1.2', 'LPPL-1.3a', 'LPPL-1.3c', 'LZMA-SDK-9.11-to-9.20', 'LZMA-SDK-9.22', 'LZMA-exception', 'Latex2e', 'Latex2e-translated-notice', 'Leptonica', 'LiLiQ-P-1.1', 'LiLiQ-R-1.1', 'LiLiQ-Rplus-1.1', 'Libpng', 'Libtool-exception', 'Linux-OpenIB', 'Linux-man-pages-1-para', 'Linux-man-pages-copyleft', 'Linux-man-pages-copyleft-2-para', 'Linux-man-pages-copyleft-var', 'Linux-syscall-note', 'Lucida-Bitmap-Fonts', 'MIPS', 'MIT', 'MIT-0', 'MIT-CMU', 'MIT-Click', 'MIT-Festival', 'MIT-Khronos-old', 'MIT-Modern-Variant', 'MIT-STK', 'MIT-Wu', 'MIT-advertising', 'MIT-enna', 'MIT-feh', 'MIT-open-group', 'MIT-testregex', 'MITNFA', 'MMIXware', 'MMPL-1.0.1', 'MPEG-SSG', 'MPL-1.0', 'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception', 'MS-LPL', 'MS-PL', 'MS-RL', 'MTLL', 'Mackerras-3-Clause', 'Mackerras-3-Clause-acknowledgment', 'MakeIndex', 'Martin-Birgmeier', 'McPhee-slideshow', 'Minpack', 'MirOS', 'Motosoto', 'MulanPSL-1.0', 'MulanPSL-2.0', 'Multics', 'Mup', 'NAIST-2003', 'NASA-1.3', 'NBPL-1.0', 'NCBI-PD', 'NCGL-UK-2.0', 'NCL', 'NCSA', 'NGPL', 'NICTA-1.0', 'NIST-PD', 'NIST-PD-TNT', 'NIST-PD-fallback', 'NIST-Software', 'NLOD-1.0', 'NLOD-2.0', 'NLPL', 'NOSL', 'NPL-1.0', 'NPL-1.1', 'NPOSL-3.0', 'NRL', 'NTIA-PD', 'NTP', 'NTP-0', 'Naumen', 'Net-SNMP', 'NetCDF', 'Newsletr', 'Nokia', 'Nokia-Qt-exception-1.1', 'Noweb', 'Nunit', 'O-UDA-1.0', 'OAR', 'OCCT-PL', 'OCCT-exception-1.0', 'OCLC-2.0', 'OCaml-LGPL-linking-exception', 'ODC-By-1.0', 'ODbL-1.0', 'OFFIS', 'OFL-1.0', 'OFL-1.0-RFN', 'OFL-1.0-no-RFN', 'OFL-1.1', 'OFL-1.1-RFN', 'OFL-1.1-no-RFN', 'OGC-1.0', 'OGDL-Taiwan-1.0', 'OGL-Canada-2.0', 'OGL-UK-1.0', 'OGL-UK-2.0', 'OGL-UK-3.0', 'OGTSL', 'OLDAP-1.1', 'OLDAP-1.2', 'OLDAP-1.3', 'OLDAP-1.4', 'OLDAP-2.0', 'OLDAP-2.0.1', 'OLDAP-2.1', 'OLDAP-2.2', 'OLDAP-2.2.1', 'OLDAP-2.2.2', 'OLDAP-2.3', 'OLDAP-2.4', 'OLDAP-2.5', 'OLDAP-2.6', 'OLDAP-2.7', 'OLDAP-2.8', 'OLFL-1.3', 'OML', 'OPL-1.0', 'OPL-UK-3.0', 'OPUBL-1.0', 'OSC-1.0', 'OSET-PL-2.1', 'OSL-1.0', 'OSL-1.1', 'OSL-2.0', 'OSL-2.1', 'OSL-3.0', 'OSSP', 'OpenJDK-assembly-exception-1.0', 'OpenMDW-1.0', 'OpenPBS-2.3', 'OpenSSL', 'OpenSSL-standalone', 'OpenVision', 'PADL', 'PCRE2-exception', 'PDDL-1.0', 'PHP-3.0', 'PHP-3.01', 'PPL', 'PS-or-PDF-font-exception-20170817', 'PSF-2.0', 'ParaType-Free-Font-1.3', 'Parity-6.0.0', 'Parity-7.0.0', 'Pixar', 'Plexus', 'PolyForm-Noncommercial-1.0.0', 'PolyForm-Small-Business-1.0.0', 'PostgreSQL', 'Python-2.0', 'Python-2.0.1', 'QPL-1.0', 'QPL-1.0-INRIA-2004', 'QPL-1.0-INRIA-2004-exception', 'Qhull', 'Qt-GPL-exception-1.0', 'Qt-LGPL-exception-1.1', 'Qwt-exception-1.0', 'RHeCos-1.1', 'RPL-1.1', 'RPL-1.5', 'RPSL-1.0', 'RRDtool-FLOSS-exception-2.0', 'RSA-MD', 'RSCPL', 'Rdisc', 'Ruby', 'Ruby-pty', 'SANE-exception', 'SAX-PD', 'SAX-PD-2.0', 'SCEA', 'SGI-B-1.0', 'SGI-B-1.1', 'SGI-B-2.0', 'SGI-OpenGL', 'SGMLUG-PM', 'SGP4', 'SHL-0.5', 'SHL-0.51', 'SHL-2.0', 'SHL-2.1', 'SISSL', 'SISSL-1.2', 'SL', 'SMAIL-GPL', 'SMLNJ', 'SMPPL', 'SNIA', 'SOFA', 'SPL-1.0', 'SSH-OpenSSH', 'SSH-short', 'SSLeay-standalone', 'SSPL-1.0', 'SUL-1.0', 'SWI-exception', 'SWL', 'Saxpath', 'SchemeReport', 'Sendmail', 'Sendmail-8.23', 'Sendmail-Open-Source-1.1', 'SimPL-2.0', 'Simple-Library-Usage-exception', 'Sleepycat', 'Soundex', 'Spencer-86', 'Spencer-94', 'Spencer-99', 'StandardML-NJ', 'SugarCRM-1.1.3', 'Sun-PPP', 'Sun-PPP-2000', 'SunPro', 'Swift-exception', 'Symlinks', 'TAPR-OHL-1.0', 'TCL', 'TCP-wrappers', 'TGPPL-1.0', 'TMate', 'TORQUE-1.1', 'TOSL', 'TPDL', 'TPL-1.0', 'TTWL', 'TTYP0', 'TU-Berlin-1.0', 'TU-Berlin-2.0', 'TekHVC', 'TermReadKey', 'Texinfo-exception', 'ThirdEye', 'TrustedQSL', 'UBDL-exception', 'UCAR', 'UCL-1.0', 'UMich-Merit', 'UPL-1.0', 'URT-RLE', 'Ubuntu-font-1.0', 'UnRAR', 'Unicode-3.0', 'Unicode-DFS-2015', 'Unicode-DFS-2016', 'Unicode-TOU', 'Universal-FOSS-exception-1.0', 'UnixCrypt', 'Unlicense', 'Unlicense-libtelnet', 'Unlicense-libwhirlpool', 'VOSTROM', 'VSL-1.0', 'Vim', 'Vixie-Cron', 'W3C', 'W3C-19980720', 'W3C-20150513', 'WTFNMFPL', 'WTFPL', 'Watcom-1.0', 'Widget-Workshop', 'WordNet', 'Wsuipa', 'WxWindows-exception-3.1', 'X11', 'X11-distribute-modifications-variant', 'X11-no-permit-persons', 'X11-swapped', 'XFree86-1.1', 'XSkat', 'Xdebug-1.03', 'Xerox', 'Xfig', 'Xnet', 'YPL-1.0', 'YPL-1.1', 'ZPL-1.1', 'ZPL-2.0', 'ZPL-2.1', 'Zed', 'Zeeff', 'Zend-2.0', 'Zimbra-1.3', 'Zimbra-1.4', 'Zlib', 'any-OSI', 'any-OSI-perl-modules', 'bcrypt-Solar-Designer', 'blessing', 'bzip2-1.0.5', 'bzip2-1.0.6', 'check-cvs', 'checkmk', 'copyleft-next-0.3.0', 'copyleft-next-0.3.1', 'cryptsetup-OpenSSL-exception', 'curl', 'cve-tou', 'diffmark', 'dtoa', 'dvipdfm', 'eCos-2.0', 'eCos-exception-2.0', 'eGenix', 'erlang-otp-linking-exception', 'etalab-2.0', 'fmt-exception', 'freertos-exception-2.0', 'fwlw', 'gSOAP-1.3b', 'generic-xts', 'gnu-javamail-exception', 'gnuplot', 'gtkbook', 'harbour-exception', 'hdparm', 'hyphen-bulgarian', 'i2p-gpl-java-exception', 'iMatix', 'jove', 'kvirc-openssl-exception', 'libpng-1.6.35', 'libpng-2.0', 'libpri-OpenH323-exception', 'libselinux-1.0', 'libtiff', 'libutil-David-Nugent', 'lsof', 'magaz', 'mailprio', 'man2html', 'metamail', 'mif-exception', 'mpi-permissive', 'mpich2', 'mplus', 'mxml-exception', 'ngrep', 'openvpn-openssl-exception', 'pkgconf', 'pnmstitch', 'polyparse-exception', 'psfrag', 'psutils', 'python-ldap', 'radvd', 'romic-exception', 'rsync-linking-exception', 'snprintf', 'softSurfer', 'sqlitestudio-OpenSSL-exception', 'ssh-keyscan', 'stunnel-exception', 'swrule', 'threeparttable', 'u-boot-exception-2.0', 'ulem', 'vsftpd-openssl-exception', 'w3m', 'wwl', 'wxWindows', 'x11vnc-openssl-exception', 'xinetd', 'xkeyboard-config-Zinoviev', 'xlock', 'xpp', 'xzoom', 'zlib-acknowledgement',))
_k69 = frozenset(('classification', 'flow',))
_k70 = frozenset(('bi-directional', 'inbound', 'outbound', 'unknown',))
_k71 = FORMAT_CHECKS['iri-reference']
_k72 = frozenset(('author', 'bom-ref', 'components', 'copyright', 'cpe', 'description', 'evidence', 'externalReferences', 'group', 'hashes', 'licenses', 'mime-type', 'modified', 'name', 'pedigree', 'properties', 'publisher', 'purl', 'releaseNotes', 'scope', 'signature', 'supplier', 'swid', 'type', 'version',))
_k73 = frozenset(('copyright', 'licenses',))
_k74 = frozenset(('text',))
_k75 = frozenset(('ancestors', 'commits', 'descendants', 'notes', 'patches', 'variants',))
_k76 = frozenset(('diff', 'resolves', 'type',))
_k77 = frozenset(('text', 'url',))
_k78 = FORMAT_CHECKS['iri-reference']
_k79 = frozenset(('backport', 'cherry-pick', 'monkey', 'unofficial',))
_k80 = frozenset(('author', 'committer', 'message', 'uid', 'url',))
_k81 = frozenset(('email', 'name', 'timestamp',))
_k82 = FORMAT_CHECKS['idn-email']
_k83 = FORMAT_CHECKS['date-time']
_k84 = FORMAT_CHECKS['iri-reference']
_k85 = frozenset(('name', 'patch', 'tagId', 'tagVersion', 'text', 'url', 'version',))
_k86 = FORMAT_CHECKS['iri-reference']
_k87 = frozenset(('excluded', 'optional', 'required',))
_k88 = re.compile('^[-+a-z0-9.]+/[-+a-z0-9.]+\\Z')
_k89 = frozenset(('application', 'container', 'device', 'file', 'firmware', 'framework', 'library', 'operating-system',))
_k90 = frozenset(('authors', 'component', 'licenses', 'manufacture', 'properties', 'supplier', 'timestamp', 'tools',))
_k91 = FORMAT_CHECKS['date-time']
_k92 = re.compile('^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\Z')
_k93 = frozenset(('CycloneDX',))

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
            y = x['version']
            if not (((isinstance(y, int) and not isinstance(y, bool)) or (isinstance(y, float) and y.is_integer()))):
                e.append((p + ('version',), f"{y!r} is not of type 'integer'"))
        if 'metadata' in x:
            _v3(x['metadata'], p + ('metadata',), e)
        if 'components' in x:
            _v4(x['components'], p + ('components',), e)
        if 'services' in x:
            _v5(x['services'], p + ('services',), e)
        if 'externalReferences' in x:
            _v6(x['externalReferences'], p + ('externalReferences',), e)
        if 'dependencies' in x:
            _v7(x['dependencies'], p + ('dependencies',), e)
        if 'compositions' in x:
            _v8(x['compositions'], p + ('compositions',), e)
        if 'vulnerabilities' in x:
            _v9(x['vulnerabilities'], p + ('vulnerabilities',), e)
        if 'signature' in x:
            _v10(x['signature'], p + ('signature',), e)
def _v10(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v11, _v12, _v13,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k1[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v13(x, p, e):
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
            _v14(x['algorithm'], p + ('algorithm',), e)
        if 'keyId' in x:
            y = x['keyId']
            if not (isinstance(y, str)):
                e.append((p + ('keyId',), f"{y!r} is not of type 'string'"))
        if 'publicKey' in x:
            _v15(x['publicKey'], p + ('publicKey',), e)
        if 'certificatePath' in x:
            _v16(x['certificatePath'], p + ('certificatePath',), e)
        if 'excludes' in x:
            _v17(x['excludes'], p + ('excludes',), e)
        if 'value' in x:
            y = x['value']
            if not (isinstance(y, str)):
                e.append((p + ('value',), f"{y!r} is not of type 'string'"))
def _v17(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v16(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v15(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'kty' not in x:
            e.append((p, "'kty' is a required property"))
    if isinstance(x, dict):
        pass
    if isinstance(x, dict):
        if 'kty' in x:
            _v18(x['kty'], p + ('kty',), e)
    _v19(x, p, e)
    _v20(x, p, e)
    _v21(x, p, e)
def _v21(x, p, e):
    t = []
    _v22(x, p, t)
    if not t:
        _v23(x, p, e)
def _v23(x, p, e):
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
            _v18(x['kty'], p + ('kty',), e)
        if 'n' in x:
            y = x['n']
            if not (isinstance(y, str)):
                e.append((p + ('n',), f"{y!r} is not of type 'string'"))
        if 'e' in x:
            y = x['e']
            if not (isinstance(y, str)):
                e.append((p + ('e',), f"{y!r} is not of type 'string'"))
def _v22(x, p, e):
    if isinstance(x, dict):
        if 'kty' in x:
            _v24(x['kty'], p + ('kty',), e)
def _v24(x, p, e):
    if not _equal(x, 'RSA'):
        e.append((p, "'RSA' was expected"))
def _v20(x, p, e):
    t = []
    _v25(x, p, t)
    if not t:
        _v26(x, p, e)
def _v26(x, p, e):
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
            _v18(x['kty'], p + ('kty',), e)
        if 'crv' in x:
            _v27(x['crv'], p + ('crv',), e)
        if 'x' in x:
            y = x['x']
            if not (isinstance(y, str)):
                e.append((p + ('x',), f"{y!r} is not of type 'string'"))
def _v27(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k6):
        e.append((p, f"{x!r} is not one of ['Ed25519', 'Ed448']"))
def _v25(x, p, e):
    if isinstance(x, dict):
        if 'kty' in x:
            _v28(x['kty'], p + ('kty',), e)
def _v28(x, p, e):
    if not _equal(x, 'OKP'):
        e.append((p, "'OKP' was expected"))
def _v19(x, p, e):
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
            _v18(x['kty'], p + ('kty',), e)
        if 'crv' in x:
            _v31(x['crv'], p + ('crv',), e)
        if 'x' in x:
            y = x['x']
            if not (isinstance(y, str)):
                e.append((p + ('x',), f"{y!r} is not of type 'string'"))
        if 'y' in x:
            y = x['y']
            if not (isinstance(y, str)):
                e.append((p + ('y',), f"{y!r} is not of type 'string'"))
def _v31(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k8):
        e.append((p, f"{x!r} is not one of ['P-256', 'P-384', 'P-521']"))
def _v29(x, p, e):
    if isinstance(x, dict):
        if 'kty' in x:
            _v32(x['kty'], p + ('kty',), e)
def _v32(x, p, e):
    if not _equal(x, 'EC'):
        e.append((p, "'EC' was expected"))
def _v18(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k9):
        e.append((p, f"{x!r} is not one of ['EC', 'OKP', 'RSA']"))
def _v14(x, p, e):
    valid = []
    for n, check in enumerate((_v33, _v34,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k10[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v34(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k11(x):
        e.append((p, f"{x!r} is not a 'uri'"))
def _v33(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k12):
        e.append((p, f"{x!r} is not one of ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'Ed25519', 'Ed448', 'HS256', 'HS384', 'HS512']"))
def _v12(x, p, e):
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
            _v35(x['chain'], p + ('chain',), e)
def _v35(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v13(y, p + (i,), e)
def _v11(x, p, e):
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
            _v36(x['signers'], p + ('signers',), e)
def _v36(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v13(y, p + (i,), e)
def _v9(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v37(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v37(x, p, e):
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
            _v38(x['bom-ref'], p + ('bom-ref',), e)
        if 'id' in x:
            y = x['id']
            if not (isinstance(y, str)):
                e.append((p + ('id',), f"{y!r} is not of type 'string'"))
        if 'source' in x:
            _v39(x['source'], p + ('source',), e)
        if 'references' in x:
            _v40(x['references'], p + ('references',), e)
        if 'ratings' in x:
            _v41(x['ratings'], p + ('ratings',), e)
        if 'cwes' in x:
            _v42(x['cwes'], p + ('cwes',), e)
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
        if 'advisories' in x:
            _v43(x['advisories'], p + ('advisories',), e)
        if 'created' in x:
            _v44(x['created'], p + ('created',), e)
        if 'published' in x:
            _v45(x['published'], p + ('published',), e)
        if 'updated' in x:
            _v46(x['updated'], p + ('updated',), e)
        if 'credits' in x:
            _v47(x['credits'], p + ('credits',), e)
        if 'tools' in x:
            _v48(x['tools'], p + ('tools',), e)
        if 'analysis' in x:
            _v49(x['analysis'], p + ('analysis',), e)
        if 'affects' in x:
            _v50(x['affects'], p + ('affects',), e)
        if 'properties' in x:
            _v51(x['properties'], p + ('properties',), e)
def _v51(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v52(y, p + (i,), e)
def _v52(x, p, e):
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
def _v50(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v53(y, p + (i,), e)
def _v53(x, p, e):
    if isinstance(x, dict):
        if 'ref' not in x:
            e.append((p, "'ref' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k16]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'ref' in x:
            _v38(x['ref'], p + ('ref',), e)
        if 'versions' in x:
            _v54(x['versions'], p + ('versions',), e)
def _v54(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v55(y, p + (i,), e)
def _v55(x, p, e):
    valid = []
    for n, check in enumerate((_v56, _v57,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k17[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k18]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'version' in x:
            _v58(x['version'], p + ('version',), e)
        if 'range' in x:
            _v59(x['range'], p + ('range',), e)
        if 'status' in x:
            _v60(x['status'], p + ('status',), e)
def _v60(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k19):
        e.append((p, f"{x!r} is not one of ['affected', 'unaffected', 'unknown']"))
def _v59(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 1024:
        e.append((p, f"{x!r} is too long"))
def _v58(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and len(x) < 1:
        e.append((p, f"{x!r} should be non-empty"))
    if isinstance(x, str) and len(x) > 1024:
        e.append((p, f"{x!r} is too long"))
def _v57(x, p, e):
    if isinstance(x, dict):
        if 'range' not in x:
            e.append((p, "'range' is a required property"))
def _v56(x, p, e):
    if isinstance(x, dict):
        if 'version' not in x:
            e.append((p, "'version' is a required property"))
def _v49(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k20]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'state' in x:
            _v61(x['state'], p + ('state',), e)
        if 'justification' in x:
            _v62(x['justification'], p + ('justification',), e)
        if 'response' in x:
            _v63(x['response'], p + ('response',), e)
        if 'detail' in x:
            y = x['detail']
            if not (isinstance(y, str)):
                e.append((p + ('detail',), f"{y!r} is not of type 'string'"))
def _v63(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v64(y, p + (i,), e)
def _v64(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k21):
        e.append((p, f"{x!r} is not one of ['can_not_fix', 'will_not_fix', 'update', 'rollback', 'workaround_available']"))
def _v62(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k22):
        e.append((p, f"{x!r} is not one of ['code_not_present', 'code_not_reachable', 'requires_configuration', 'requires_dependency', 'requires_environment', 'protected_by_compiler', 'protected_at_runtime', 'protected_at_perimeter', 'protected_by_mitigating_control']"))
def _v61(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k23):
        e.append((p, f"{x!r} is not one of ['resolved', 'resolved_with_pedigree', 'exploitable', 'in_triage', 'false_positive', 'not_affected']"))
def _v48(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v65(y, p + (i,), e)
def _v65(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k24]
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
            _v66(x['hashes'], p + ('hashes',), e)
        if 'externalReferences' in x:
            _v67(x['externalReferences'], p + ('externalReferences',), e)
def _v67(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v68(y, p + (i,), e)
def _v68(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'url' not in x:
            e.append((p, "'url' is a required property"))
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k25]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'url' in x:
            _v69(x['url'], p + ('url',), e)
        if 'comment' in x:
            y = x['comment']
            if not (isinstance(y, str)):
                e.append((p + ('comment',), f"{y!r} is not of type 'string'"))
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
        extra = [k for k in x if k not in _k26]
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
    if isinstance(x, str) and not _k27.search(x):
        e.append((p, f"{x!r} does not match '^([a-fA-F0-9]{{32}}|[a-fA-F0-9]{{40}}|[a-fA-F0-9]{{64}}|[a-fA-F0-9]{{96}}|[a-fA-F0-9]{{128}})$'"))
def _v73(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k28):
        e.append((p, f"{x!r} is not one of ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-256', 'SHA3-384', 'SHA3-512', 'BLAKE2b-256', 'BLAKE2b-384', 'BLAKE2b-512', 'BLAKE3']"))
def _v70(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k29):
        e.append((p, f"{x!r} is not one of ['vcs', 'issue-tracker', 'website', 'advisories', 'bom', 'mailing-list', 'social', 'chat', 'documentation', 'support', 'distribution', 'license', 'build-meta', 'build-system', 'release-notes', 'other']"))
def _v69(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k30(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v66(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v72(y, p + (i,), e)
def _v47(x, p, e):
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
        if 'organizations' in x:
            _v75(x['organizations'], p + ('organizations',), e)
        if 'individuals' in x:
            _v76(x['individuals'], p + ('individuals',), e)
def _v76(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v77(y, p + (i,), e)
def _v77(x, p, e):
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
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'email' in x:
            _v78(x['email'], p + ('email',), e)
        if 'phone' in x:
            y = x['phone']
            if not (isinstance(y, str)):
                e.append((p + ('phone',), f"{y!r} is not of type 'string'"))
def _v78(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k33(x):
        e.append((p, f"{x!r} is not a 'idn-email'"))
def _v75(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v79(y, p + (i,), e)
def _v79(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k34]
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
            _v80(x['url'], p + ('url',), e)
        if 'contact' in x:
            _v81(x['contact'], p + ('contact',), e)
def _v81(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v77(y, p + (i,), e)
def _v80(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v82(y, p + (i,), e)
def _v82(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k35(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v46(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k36(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v45(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k37(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v44(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k38(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v43(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v83(y, p + (i,), e)
def _v83(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'url' not in x:
            e.append((p, "'url' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k39]
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
            _v84(x['url'], p + ('url',), e)
def _v84(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k40(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v42(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v85(y, p + (i,), e)
def _v85(x, p, e):
    if not (((isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()))):
        e.append((p, f"{x!r} is not of type 'integer'"))
    if (isinstance(x, (int, float)) and not isinstance(x, bool)) and x < 1:
        e.append((p, f"{x!r} is less than the minimum of 1"))
def _v41(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v86(y, p + (i,), e)
def _v86(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k41]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'source' in x:
            _v39(x['source'], p + ('source',), e)
        if 'score' in x:
            y = x['score']
            if not ((isinstance(y, (int, float)) and not isinstance(y, bool))):
                e.append((p + ('score',), f"{y!r} is not of type 'number'"))
        if 'severity' in x:
            _v87(x['severity'], p + ('severity',), e)
        if 'method' in x:
            _v88(x['method'], p + ('method',), e)
        if 'vector' in x:
            y = x['vector']
            if not (isinstance(y, str)):
                e.append((p + ('vector',), f"{y!r} is not of type 'string'"))
        if 'justification' in x:
            y = x['justification']
            if not (isinstance(y, str)):
                e.append((p + ('justification',), f"{y!r} is not of type 'string'"))
def _v88(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k42):
        e.append((p, f"{x!r} is not one of ['CVSSv2', 'CVSSv3', 'CVSSv31', 'OWASP', 'other']"))
def _v87(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k43):
        e.append((p, f"{x!r} is not one of ['critical', 'high', 'medium', 'low', 'info', 'none', 'unknown']"))
def _v40(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v89(y, p + (i,), e)
def _v89(x, p, e):
    if isinstance(x, dict):
        if 'id' not in x:
            e.append((p, "'id' is a required property"))
        if 'source' not in x:
            e.append((p, "'source' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k44]
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
            _v39(x['source'], p + ('source',), e)
def _v39(x, p, e):
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
        if 'url' in x:
            y = x['url']
            if not (isinstance(y, str)):
                e.append((p + ('url',), f"{y!r} is not of type 'string'"))
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
def _v38(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v8(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v90(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v90(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'aggregate' not in x:
            e.append((p, "'aggregate' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k46]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'aggregate' in x:
            _v91(x['aggregate'], p + ('aggregate',), e)
        if 'assemblies' in x:
            _v92(x['assemblies'], p + ('assemblies',), e)
        if 'dependencies' in x:
            _v93(x['dependencies'], p + ('dependencies',), e)
        if 'signature' in x:
            _v10(x['signature'], p + ('signature',), e)
def _v93(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v92(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v91(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k47):
        e.append((p, f"{x!r} is not one of ['complete', 'incomplete', 'incomplete_first_party_only', 'incomplete_third_party_only', 'unknown', 'not_specified']"))
def _v7(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v94(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v94(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'ref' not in x:
            e.append((p, "'ref' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k48]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'ref' in x:
            _v38(x['ref'], p + ('ref',), e)
        if 'dependsOn' in x:
            _v95(x['dependsOn'], p + ('dependsOn',), e)
def _v95(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v38(y, p + (i,), e)
def _v6(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v68(y, p + (i,), e)
def _v5(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v96(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v96(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k49]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'bom-ref' in x:
            _v38(x['bom-ref'], p + ('bom-ref',), e)
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
            y = x['version']
            if not (isinstance(y, str)):
                e.append((p + ('version',), f"{y!r} is not of type 'string'"))
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'endpoints' in x:
            _v97(x['endpoints'], p + ('endpoints',), e)
        if 'authenticated' in x:
            y = x['authenticated']
            if not (isinstance(y, bool)):
                e.append((p + ('authenticated',), f"{y!r} is not of type 'boolean'"))
        if 'x-trust-boundary' in x:
            y = x['x-trust-boundary']
            if not (isinstance(y, bool)):
                e.append((p + ('x-trust-boundary',), f"{y!r} is not of type 'boolean'"))
        if 'data' in x:
            _v98(x['data'], p + ('data',), e)
        if 'licenses' in x:
            _v99(x['licenses'], p + ('licenses',), e)
        if 'externalReferences' in x:
            _v100(x['externalReferences'], p + ('externalReferences',), e)
        if 'services' in x:
            _v101(x['services'], p + ('services',), e)
        if 'releaseNotes' in x:
            _v102(x['releaseNotes'], p + ('releaseNotes',), e)
        if 'properties' in x:
            _v103(x['properties'], p + ('properties',), e)
        if 'signature' in x:
            _v10(x['signature'], p + ('signature',), e)
def _v103(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v52(y, p + (i,), e)
def _v102(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k50]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v104(x['type'], p + ('type',), e)
        if 'title' in x:
            y = x['title']
            if not (isinstance(y, str)):
                e.append((p + ('title',), f"{y!r} is not of type 'string'"))
        if 'featuredImage' in x:
            _v105(x['featuredImage'], p + ('featuredImage',), e)
        if 'socialImage' in x:
            _v106(x['socialImage'], p + ('socialImage',), e)
        if 'description' in x:
            y = x['description']
            if not (isinstance(y, str)):
                e.append((p + ('description',), f"{y!r} is not of type 'string'"))
        if 'timestamp' in x:
            _v107(x['timestamp'], p + ('timestamp',), e)
        if 'aliases' in x:
            _v108(x['aliases'], p + ('aliases',), e)
        if 'tags' in x:
            _v109(x['tags'], p + ('tags',), e)
        if 'resolves' in x:
            _v110(x['resolves'], p + ('resolves',), e)
        if 'notes' in x:
            _v111(x['notes'], p + ('notes',), e)
        if 'properties' in x:
            _v112(x['properties'], p + ('properties',), e)
def _v112(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v52(y, p + (i,), e)
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
        if 'text' not in x:
            e.append((p, "'text' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k51]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'locale' in x:
            _v114(x['locale'], p + ('locale',), e)
        if 'text' in x:
            _v115(x['text'], p + ('text',), e)
def _v115(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'content' not in x:
            e.append((p, "'content' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k52]
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
            _v116(x['encoding'], p + ('encoding',), e)
        if 'content' in x:
            y = x['content']
            if not (isinstance(y, str)):
                e.append((p + ('content',), f"{y!r} is not of type 'string'"))
def _v116(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k53):
        e.append((p, f"{x!r} is not one of ['base64']"))
def _v114(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k54.search(x):
        e.append((p, f"{x!r} does not match '^([a-z]{{2}})(-[A-Z]{{2}})?$'"))
def _v110(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v117(y, p + (i,), e)
def _v117(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k55]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v118(x['type'], p + ('type',), e)
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
            _v119(x['source'], p + ('source',), e)
        if 'references' in x:
            _v120(x['references'], p + ('references',), e)
def _v120(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v121(y, p + (i,), e)
def _v121(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k56(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v119(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k57]
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
            _v122(x['url'], p + ('url',), e)
def _v122(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k58(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v118(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k59):
        e.append((p, f"{x!r} is not one of ['defect', 'enhancement', 'security']"))
def _v109(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v108(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            if not (isinstance(y, str)):
                e.append((p + (i,), f"{y!r} is not of type 'string'"))
def _v107(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k60(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v106(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k61(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v105(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k62(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v104(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
def _v101(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v96(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v100(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v68(y, p + (i,), e)
def _v99(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v123(y, p + (i,), e)
def _v123(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k63]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'license' in x:
            _v124(x['license'], p + ('license',), e)
        if 'expression' in x:
            y = x['expression']
            if not (isinstance(y, str)):
                e.append((p + ('expression',), f"{y!r} is not of type 'string'"))
    valid = []
    for n, check in enumerate((_v125, _v126,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k64[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
def _v126(x, p, e):
    if isinstance(x, dict):
        if 'expression' not in x:
            e.append((p, "'expression' is a required property"))
def _v125(x, p, e):
    if isinstance(x, dict):
        if 'license' not in x:
            e.append((p, "'license' is a required property"))
def _v124(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    valid = []
    for n, check in enumerate((_v127, _v128,)):
        t = []
        check(x, p, t)
        if not t:
            valid.append(n)
    if not valid:
        e.append((p, f"{x!r} is not valid under any of the given schemas"))
    elif len(valid) > 1:
        said = ', '.join(repr(_k65[n]) for n in [*valid[1:], valid[0]])
        e.append((p, f"{x!r} is valid under each of {said}"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k66]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'id' in x:
            _v129(x['id'], p + ('id',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'text' in x:
            _v115(x['text'], p + ('text',), e)
        if 'url' in x:
            _v130(x['url'], p + ('url',), e)
def _v130(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k67(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v129(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k68):
        e.append((p, f"{x!r} is not one of ['0BSD', '3D-Slicer-1.0', 'AAL', 'Abstyles', 'AdaCore-doc', 'Adobe-2006', 'Adobe-Display-PostScript', 'Adobe-Glyph', 'Adobe-Utopia', 'ADSL', 'Advanced-Cryptics-Dictionary', 'AFL-1.1', 'AFL-1.2', 'AFL-2.0', 'AFL-2.1', 'AFL-3.0', 'Afmparse', 'AGPL-1.0', 'AGPL-1.0-only', 'AGPL-1.0-or-later', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Aladdin', 'ALGLIB-Documentation', 'AMD-newlib', 'AMDPLPA', 'AML', 'AML-glslang', 'AMPAS', 'ANTLR-PD', 'ANTLR-PD-fallback', 'any-OSI', 'any-OSI-perl-modules', 'Apache-1.0', 'Apache-1.1', 'Apache-2.0', 'APAFML', 'APL-1.0', 'App-s2p', 'APSL-1.0', 'APSL-1.1', 'APSL-1.2', 'APSL-2.0', 'Arphic-1999', 'Artistic-1.0', 'Artistic-1.0-cl8', 'Artistic-1.0-Perl', 'Artistic-2.0', 'Artistic-dist', 'Aspell-RU', 'ASWF-Digital-Assets-1.0', 'ASWF-Digital-Assets-1.1', 'Baekmuk', 'Bahyph', 'Barr', 'bcrypt-Solar-Designer', 'Beerware', 'Bitstream-Charter', 'Bitstream-Vera', 'BitTorrent-1.0', 'BitTorrent-1.1', 'blessing', 'BlueOak-1.0.0', 'Boehm-GC', 'Boehm-GC-without-fee', 'BOLA-1.1', 'Borceux', 'Brian-Gladman-2-Clause', 'Brian-Gladman-3-Clause', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Darwin', 'BSD-2-Clause-first-lines', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'BSD-2-Clause-Patent', 'BSD-2-Clause-pkgconf-disclaimer', 'BSD-2-Clause-Views', 'BSD-3-Clause', 'BSD-3-Clause-acpica', 'BSD-3-Clause-Attribution', 'BSD-3-Clause-Clear', 'BSD-3-Clause-flex', 'BSD-3-Clause-HP', 'BSD-3-Clause-LBNL', 'BSD-3-Clause-Modification', 'BSD-3-Clause-No-Military-License', 'BSD-3-Clause-No-Nuclear-License', 'BSD-3-Clause-No-Nuclear-License-2014', 'BSD-3-Clause-No-Nuclear-Warranty', 'BSD-3-Clause-Open-MPI', 'BSD-3-Clause-Sun', 'BSD-3-Clause-Tso', 'BSD-4-Clause', 'BSD-4-Clause-Shortened', 'BSD-4-Clause-UC', 'BSD-4.3RENO', 'BSD-4.3TAHOE', 'BSD-Advertising-Acknowledgement', 'BSD-Attribution-HPND-disclaimer', 'BSD-Inferno-Nettverk', 'BSD-Mark-Modifications', 'BSD-Protection', 'BSD-Source-beginning-file', 'BSD-Source-Code', 'BSD-Systemics', 'BSD-Systemics-W3Works', 'BSL-1.0', 'Buddy', 'BUSL-1.1', 'bzip2-1.0.5', 'bzip2-1.0.6', 'C-UDA-1.0', 'CAL-1.0', 'CAL-1.0-Combined-Work-Exception', 'Caldera', 'Caldera-no-preamble', 'CAPEC-tou', 'Catharon', 'CATOSL-1.1', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-2.5-AU', 'CC-BY-3.0', 'CC-BY-3.0-AT', 'CC-BY-3.0-AU', 'CC-BY-3.0-DE', 'CC-BY-3.0-IGO', 'CC-BY-3.0-NL', 'CC-BY-3.0-US', 'CC-BY-4.0', 'CC-BY-NC-1.0', 'CC-BY-NC-2.0', 'CC-BY-NC-2.5', 'CC-BY-NC-3.0', 'CC-BY-NC-3.0-DE', 'CC-BY-NC-4.0', 'CC-BY-NC-ND-1.0', 'CC-BY-NC-ND-2.0', 'CC-BY-NC-ND-2.5', 'CC-BY-NC-ND-3.0', 'CC-BY-NC-ND-3.0-DE', 'CC-BY-NC-ND-3.0-IGO', 'CC-BY-NC-ND-4.0', 'CC-BY-NC-SA-1.0', 'CC-BY-NC-SA-2.0', 'CC-BY-NC-SA-2.0-DE', 'CC-BY-NC-SA-2.0-FR', 'CC-BY-NC-SA-2.0-UK', 'CC-BY-NC-SA-2.5', 'CC-BY-NC-SA-3.0', 'CC-BY-NC-SA-3.0-DE', 'CC-BY-NC-SA-3.0-IGO', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-1.0', 'CC-BY-ND-2.0', 'CC-BY-ND-2.5', 'CC-BY-ND-3.0', 'CC-BY-ND-3.0-DE', 'CC-BY-ND-4.0', 'CC-BY-SA-1.0', 'CC-BY-SA-2.0', 'CC-BY-SA-2.0-UK', 'CC-BY-SA-2.1-JP', 'CC-BY-SA-2.5', 'CC-BY-SA-3.0', 'CC-BY-SA-3.0-AT', 'CC-BY-SA-3.0-DE', 'CC-BY-SA-3.0-IGO', 'CC-BY-SA-4.0', 'CC-PDDC', 'CC-PDM-1.0', 'CC-SA-1.0', 'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1', 'CDL-1.0', 'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'CDLA-Sharing-1.0', 'CECILL-1.0', 'CECILL-1.1', 'CECILL-2.0', 'CECILL-2.1', 'CECILL-B', 'CECILL-C', 'CERN-OHL-1.1', 'CERN-OHL-1.2', 'CERN-OHL-P-2.0', 'CERN-OHL-S-2.0', 'CERN-OHL-W-2.0', 'CFITSIO', 'check-cvs', 'checkmk', 'ClArtistic', 'Clips', 'CMU-Mach', 'CMU-Mach-nodoc', 'CNRI-Jython', 'CNRI-Python', 'CNRI-Python-GPL-Compatible', 'COIL-1.0', 'Community-Spec-1.0', 'Condor-1.1', 'copyleft-next-0.3.0', 'copyleft-next-0.3.1', 'Cornell-Lossless-JPEG', 'CPAL-1.0', 'CPL-1.0', 'CPOL-1.02', 'Cronyx', 'Crossword', 'CryptoSwift', 'CrystalStacker', 'CUA-OPL-1.0', 'Cube', 'curl', 'cve-tou', 'D-FSL-1.0', 'DEC-3-Clause', 'diffmark', 'DL-DE-BY-2.0', 'DL-DE-ZERO-2.0', 'DOC', 'DocBook-DTD', 'DocBook-Schema', 'DocBook-Stylesheet', 'DocBook-XML', 'Dotseqn', 'DRL-1.0', 'DRL-1.1', 'DSDP', 'dtoa', 'dvipdfm', 'ECL-1.0', 'ECL-2.0', 'eCos-2.0', 'EFL-1.0', 'EFL-2.0', 'eGenix', 'Elastic-2.0', 'Entessa', 'EPICS', 'EPL-1.0', 'EPL-2.0', 'ErlPL-1.1', 'ESA-PL-permissive-2.4', 'ESA-PL-strong-copyleft-2.4', 'ESA-PL-weak-copyleft-2.4', 'etalab-2.0', 'EUDatagrid', 'EUPL-1.0', 'EUPL-1.1', 'EUPL-1.2', 'Eurosym', 'Fair', 'FBM', 'FDK-AAC', 'Ferguson-Twofish', 'Frameworx-1.0', 'FreeBSD-DOC', 'FreeImage', 'FSFAP', 'FSFAP-no-warranty-disclaimer', 'FSFUL', 'FSFULLR', 'FSFULLRSD', 'FSFULLRWD', 'FSL-1.1-ALv2', 'FSL-1.1-MIT', 'FTL', 'Furuseth', 'fwlw', 'Game-Programming-Gems', 'GCR-docs', 'GD', 'generic-xts', 'GFDL-1.1', 'GFDL-1.1-invariants-only', 'GFDL-1.1-invariants-or-later', 'GFDL-1.1-no-invariants-only', 'GFDL-1.1-no-invariants-or-later', 'GFDL-1.1-only', 'GFDL-1.1-or-later', 'GFDL-1.2', 'GFDL-1.2-invariants-only', 'GFDL-1.2-invariants-or-later', 'GFDL-1.2-no-invariants-only', 'GFDL-1.2-no-invariants-or-later', 'GFDL-1.2-only', 'GFDL-1.2-or-later', 'GFDL-1.3', 'GFDL-1.3-invariants-only', 'GFDL-1.3-invariants-or-later', 'GFDL-1.3-no-invariants-only', 'GFDL-1.3-no-invariants-or-later', 'GFDL-1.3-only', 'GFDL-1.3-or-later', 'Giftware', 'GL2PS', 'Glide', 'Glulxe', 'GLWTPL', 'gnuplot', 'GPL-1.0', 'GPL-1.0+', 'GPL-1.0-only', 'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0+', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-2.0-with-autoconf-exception', 'GPL-2.0-with-bison-exception', 'GPL-2.0-with-classpath-exception', 'GPL-2.0-with-font-exception', 'GPL-2.0-with-GCC-exception', 'GPL-3.0', 'GPL-3.0+', 'GPL-3.0-only', 'GPL-3.0-or-later', 'GPL-3.0-with-autoconf-exception', 'GPL-3.0-with-GCC-exception', 'Graphics-Gems', 'gSOAP-1.3b', 'gtkbook', 'Gutmann', 'HaskellReport', 'HDF5', 'hdparm', 'HIDAPI', 'Hippocratic-2.1', 'HP-1986', 'HP-1989', 'HPND', 'HPND-DEC', 'HPND-doc', 'HPND-doc-sell', 'HPND-export-US', 'HPND-export-US-acknowledgement', 'HPND-export-US-modify', 'HPND-export2-US', 'HPND-Fenneberg-Livingston', 'HPND-INRIA-IMAG', 'HPND-Intel', 'HPND-Kevlin-Henney', 'HPND-Markus-Kuhn', 'HPND-merchantability-variant', 'HPND-MIT-disclaimer', 'HPND-Netrek', 'HPND-Pbmplus', 'HPND-sell-MIT-disclaimer-xserver', 'HPND-sell-regexpr', 'HPND-sell-variant', 'HPND-sell-variant-critical-systems', 'HPND-sell-variant-MIT-disclaimer', 'HPND-sell-variant-MIT-disclaimer-rev', 'HPND-SMC', 'HPND-UC', 'HPND-UC-export-US', 'HTMLTIDY', 'hyphen-bulgarian', 'IBM-pibs', 'ICU', 'IEC-Code-Components-EULA', 'IJG', 'IJG-short', 'ImageMagick', 'iMatix', 'Imlib2', 'Info-ZIP', 'Inner-Net-2.0', 'InnoSetup', 'Intel', 'Intel-ACPI', 'Interbase-1.0', 'IPA', 'IPL-1.0', 'ISC', 'ISC-Veillard', 'ISO-permission', 'Jam', 'JasPer-2.0', 'jove', 'JPL-image', 'JPNIC', 'JSON', 'Kastrup', 'Kazlib', 'Knuth-CTAN', 'LAL-1.2', 'LAL-1.3', 'Latex2e', 'Latex2e-translated-notice', 'Leptonica', 'LGPL-2.0', 'LGPL-2.0+', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1', 'LGPL-2.1+', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0+', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'LGPLLR', 'Libpng', 'libpng-1.6.35', 'libpng-2.0', 'libselinux-1.0', 'libtiff', 'libutil-David-Nugent', 'LiLiQ-P-1.1', 'LiLiQ-R-1.1', 'LiLiQ-Rplus-1.1', 'Linux-man-pages-1-para', 'Linux-man-pages-copyleft', 'Linux-man-pages-copyleft-2-para', 'Linux-man-pages-copyleft-var', 'Linux-OpenIB', 'LOOP', 'LPD-document', 'LPL-1.0', 'LPL-1.02', 'LPPL-1.0', 'LPPL-1.1', 'LPPL-1.2', 'LPPL-1.3a', 'LPPL-1.3c', 'lsof', 'Lucida-Bitmap-Fonts', 'LZMA-SDK-9.11-to-9.20', 'LZMA-SDK-9.22', 'Mackerras-3-Clause', 'Mackerras-3-Clause-acknowledgment', 'magaz', 'mailprio', 'MakeIndex', 'man2html', 'Martin-Birgmeier', 'McPhee-slideshow', 'metamail', 'Minpack', 'MIPS', 'MirOS', 'MIT', 'MIT-0', 'MIT-advertising', 'MIT-Click', 'MIT-CMU', 'MIT-enna', 'MIT-feh', 'MIT-Festival', 'MIT-Khronos-old', 'MIT-Modern-Variant', 'MIT-open-group', 'MIT-STK', 'MIT-testregex', 'MIT-Wu', 'MITNFA', 'MMIXware', 'MMPL-1.0.1', 'Motosoto', 'MPEG-SSG', 'mpi-permissive', 'mpich2', 'MPL-1.0', 'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception', 'mplus', 'MS-LPL', 'MS-PL', 'MS-RL', 'MTLL', 'MulanPSL-1.0', 'MulanPSL-2.0', 'Multics', 'Mup', 'NAIST-2003', 'NASA-1.3', 'Naumen', 'NBPL-1.0', 'NCBI-PD', 'NCGL-UK-2.0', 'NCL', 'NCSA', 'Net-SNMP', 'NetCDF', 'Newsletr', 'NGPL', 'ngrep', 'NICTA-1.0', 'NIST-PD', 'NIST-PD-fallback', 'NIST-PD-TNT', 'NIST-Software', 'NLOD-1.0', 'NLOD-2.0', 'NLPL', 'Nokia', 'NOSL', 'Noweb', 'NPL-1.0', 'NPL-1.1', 'NPOSL-3.0', 'NRL', 'NTIA-PD', 'NTP', 'NTP-0', 'Nunit', 'O-UDA-1.0', 'OAR', 'OCCT-PL', 'OCLC-2.0', 'ODbL-1.0', 'ODC-By-1.0', 'OFFIS', 'OFL-1.0', 'OFL-1.0-no-RFN', 'OFL-1.0-RFN', 'OFL-1.1', 'OFL-1.1-no-RFN', 'OFL-1.1-RFN', 'OGC-1.0', 'OGDL-Taiwan-1.0', 'OGL-Canada-2.0', 'OGL-UK-1.0', 'OGL-UK-2.0', 'OGL-UK-3.0', 'OGTSL', 'OLDAP-1.1', 'OLDAP-1.2', 'OLDAP-1.3', 'OLDAP-1.4', 'OLDAP-2.0', 'OLDAP-2.0.1', 'OLDAP-2.1', 'OLDAP-2.2', 'OLDAP-2.2.1', 'OLDAP-2.2.2', 'OLDAP-2.3', 'OLDAP-2.4', 'OLDAP-2.5', 'OLDAP-2.6', 'OLDAP-2.7', 'OLDAP-2.8', 'OLFL-1.3', 'OML', 'OpenMDW-1.0', 'OpenPBS-2.3', 'OpenSSL', 'OpenSSL-standalone', 'OpenVision', 'OPL-1.0', 'OPL-UK-3.0', 'OPUBL-1.0', 'OSC-1.0', 'OSET-PL-2.1', 'OSL-1.0', 'OSL-1.1', 'OSL-2.0', 'OSL-2.1', 'OSL-3.0', 'OSSP', 'PADL', 'ParaType-Free-Font-1.3', 'Parity-6.0.0', 'Parity-7.0.0', 'PDDL-1.0', 'PHP-3.0', 'PHP-3.01', 'Pixar', 'pkgconf', 'Plexus', 'pnmstitch', 'PolyForm-Noncommercial-1.0.0', 'PolyForm-Small-Business-1.0.0', 'PostgreSQL', 'PPL', 'PSF-2.0', 'psfrag', 'psutils', 'Python-2.0', 'Python-2.0.1', 'python-ldap', 'Qhull', 'QPL-1.0', 'QPL-1.0-INRIA-2004', 'radvd', 'Rdisc', 'RHeCos-1.1', 'RPL-1.1', 'RPL-1.5', 'RPSL-1.0', 'RSA-MD', 'RSCPL', 'Ruby', 'Ruby-pty', 'SAX-PD', 'SAX-PD-2.0', 'Saxpath', 'SCEA', 'SchemeReport', 'Sendmail', 'Sendmail-8.23', 'Sendmail-Open-Source-1.1', 'SGI-B-1.0', 'SGI-B-1.1', 'SGI-B-2.0', 'SGI-OpenGL', 'SGMLUG-PM', 'SGP4', 'SHL-0.5', 'SHL-0.51', 'SimPL-2.0', 'SISSL', 'SISSL-1.2', 'SL', 'Sleepycat', 'SMAIL-GPL', 'SMLNJ', 'SMPPL', 'SNIA', 'snprintf', 'SOFA', 'softSurfer', 'Soundex', 'Spencer-86', 'Spencer-94', 'Spencer-99', 'SPL-1.0', 'ssh-keyscan', 'SSH-OpenSSH', 'SSH-short', 'SSLeay-standalone', 'SSPL-1.0', 'StandardML-NJ', 'SugarCRM-1.1.3', 'SUL-1.0', 'Sun-PPP', 'Sun-PPP-2000', 'SunPro', 'SWL', 'swrule', 'Symlinks', 'TAPR-OHL-1.0', 'TCL', 'TCP-wrappers', 'TekHVC', 'TermReadKey', 'TGPPL-1.0', 'ThirdEye', 'threeparttable', 'TMate', 'TORQUE-1.1', 'TOSL', 'TPDL', 'TPL-1.0', 'TrustedQSL', 'TTWL', 'TTYP0', 'TU-Berlin-1.0', 'TU-Berlin-2.0', 'Ubuntu-font-1.0', 'UCAR', 'UCL-1.0', 'ulem', 'UMich-Merit', 'Unicode-3.0', 'Unicode-DFS-2015', 'Unicode-DFS-2016', 'Unicode-TOU', 'UnixCrypt', 'Unlicense', 'Unlicense-libtelnet', 'Unlicense-libwhirlpool', 'UnRAR', 'UPL-1.0', 'URT-RLE', 'Vim', 'Vixie-Cron', 'VOSTROM', 'VSL-1.0', 'W3C', 'W3C-19980720', 'W3C-20150513', 'w3m', 'Watcom-1.0', 'Widget-Workshop', 'WordNet', 'Wsuipa', 'WTFNMFPL', 'WTFPL', 'wwl', 'wxWindows', 'X11', 'X11-distribute-modifications-variant', 'X11-no-permit-persons', 'X11-swapped', 'Xdebug-1.03', 'Xerox', 'Xfig', 'XFree86-1.1', 'xinetd', 'xkeyboard-config-Zinoviev', 'xlock', 'Xnet', 'xpp', 'XSkat', 'xzoom', 'YPL-1.0', 'YPL-1.1', 'Zed', 'Zeeff', 'Zend-2.0', 'Zimbra-1.3', 'Zimbra-1.4', 'Zlib', 'zlib-acknowledgement', 'ZPL-1.1', 'ZPL-2.0', 'ZPL-2.1', '389-exception', 'Asterisk-exception', 'Asterisk-linking-protocols-exception', 'Autoconf-exception-2.0', 'Autoconf-exception-3.0', 'Autoconf-exception-generic', 'Autoconf-exception-generic-3.0', 'Autoconf-exception-macro', 'Bison-exception-1.24', 'Bison-exception-2.2', 'Bootloader-exception', 'CGAL-linking-exception', 'Classpath-exception-2.0', 'Classpath-exception-2.0-short', 'CLISP-exception-2.0', 'cryptsetup-OpenSSL-exception', 'Digia-Qt-LGPL-exception-1.1', 'DigiRule-FOSS-exception', 'eCos-exception-2.0', 'erlang-otp-linking-exception', 'Fawkes-Runtime-exception', 'FLTK-exception', 'fmt-exception', 'Font-exception-2.0', 'freertos-exception-2.0', 'GCC-exception-2.0', 'GCC-exception-2.0-note', 'GCC-exception-3.1', 'Gmsh-exception', 'GNAT-exception', 'GNOME-examples-exception', 'GNU-compiler-exception', 'gnu-javamail-exception', 'GPL-3.0-389-ds-base-exception', 'GPL-3.0-interface-exception', 'GPL-3.0-linking-exception', 'GPL-3.0-linking-source-exception', 'GPL-CC-1.0', 'GStreamer-exception-2005', 'GStreamer-exception-2008', 'harbour-exception', 'i2p-gpl-java-exception', 'Independent-modules-exception', 'KiCad-libraries-exception', 'kvirc-openssl-exception', 'LGPL-3.0-linking-exception', 'libpri-OpenH323-exception', 'Libtool-exception', 'Linux-syscall-note', 'LLGPL', 'LLVM-exception', 'LZMA-exception', 'mif-exception', 'mxml-exception', 'Nokia-Qt-exception-1.1', 'OCaml-LGPL-linking-exception', 'OCCT-exception-1.0', 'OpenJDK-assembly-exception-1.0', 'openvpn-openssl-exception', 'PCRE2-exception', 'polyparse-exception', 'PS-or-PDF-font-exception-20170817', 'QPL-1.0-INRIA-2004-exception', 'Qt-GPL-exception-1.0', 'Qt-LGPL-exception-1.1', 'Qwt-exception-1.0', 'romic-exception', 'RRDtool-FLOSS-exception-2.0', 'rsync-linking-exception', 'SANE-exception', 'SHL-2.0', 'SHL-2.1', 'Simple-Library-Usage-exception', 'sqlitestudio-OpenSSL-exception', 'stunnel-exception', 'SWI-exception', 'Swift-exception', 'Texinfo-exception', 'u-boot-exception-2.0', 'UBDL-exception', 'Universal-FOSS-exception-1.0', 'vsftpd-openssl-exception', 'WxWindows-exception-3.1', 'x11vnc-openssl-exception']"))
def _v128(x, p, e):
    if isinstance(x, dict):
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
def _v127(x, p, e):
    if isinstance(x, dict):
        if 'id' not in x:
            e.append((p, "'id' is a required property"))
def _v98(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v131(y, p + (i,), e)
def _v131(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'flow' not in x:
            e.append((p, "'flow' is a required property"))
        if 'classification' not in x:
            e.append((p, "'classification' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k69]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'flow' in x:
            _v132(x['flow'], p + ('flow',), e)
        if 'classification' in x:
            y = x['classification']
            if not (isinstance(y, str)):
                e.append((p + ('classification',), f"{y!r} is not of type 'string'"))
def _v132(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k70):
        e.append((p, f"{x!r} is not one of ['inbound', 'outbound', 'bi-directional', 'unknown']"))
def _v97(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v133(y, p + (i,), e)
def _v133(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k71(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v4(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v134(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v134(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k72]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v135(x['type'], p + ('type',), e)
        if 'mime-type' in x:
            _v136(x['mime-type'], p + ('mime-type',), e)
        if 'bom-ref' in x:
            _v38(x['bom-ref'], p + ('bom-ref',), e)
        if 'supplier' in x:
            _v79(x['supplier'], p + ('supplier',), e)
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
            _v137(x['scope'], p + ('scope',), e)
        if 'hashes' in x:
            _v138(x['hashes'], p + ('hashes',), e)
        if 'licenses' in x:
            _v139(x['licenses'], p + ('licenses',), e)
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
            _v140(x['swid'], p + ('swid',), e)
        if 'modified' in x:
            y = x['modified']
            if not (isinstance(y, bool)):
                e.append((p + ('modified',), f"{y!r} is not of type 'boolean'"))
        if 'pedigree' in x:
            _v141(x['pedigree'], p + ('pedigree',), e)
        if 'externalReferences' in x:
            _v142(x['externalReferences'], p + ('externalReferences',), e)
        if 'components' in x:
            _v143(x['components'], p + ('components',), e)
        if 'evidence' in x:
            _v144(x['evidence'], p + ('evidence',), e)
        if 'releaseNotes' in x:
            _v102(x['releaseNotes'], p + ('releaseNotes',), e)
        if 'properties' in x:
            _v145(x['properties'], p + ('properties',), e)
        if 'signature' in x:
            _v10(x['signature'], p + ('signature',), e)
def _v145(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v52(y, p + (i,), e)
def _v144(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k73]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'licenses' in x:
            _v146(x['licenses'], p + ('licenses',), e)
        if 'copyright' in x:
            _v147(x['copyright'], p + ('copyright',), e)
def _v147(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v148(y, p + (i,), e)
def _v148(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'text' not in x:
            e.append((p, "'text' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k74]
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
def _v146(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v123(y, p + (i,), e)
def _v143(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v134(y, p + (i,), e)
    if isinstance(x, list) and not _unique(x):
        e.append((p, f"{x!r:.200} has non-unique elements"))
def _v142(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v68(y, p + (i,), e)
def _v141(x, p, e):
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
        if 'ancestors' in x:
            _v149(x['ancestors'], p + ('ancestors',), e)
        if 'descendants' in x:
            _v150(x['descendants'], p + ('descendants',), e)
        if 'variants' in x:
            _v151(x['variants'], p + ('variants',), e)
        if 'commits' in x:
            _v152(x['commits'], p + ('commits',), e)
        if 'patches' in x:
            _v153(x['patches'], p + ('patches',), e)
        if 'notes' in x:
            y = x['notes']
            if not (isinstance(y, str)):
                e.append((p + ('notes',), f"{y!r} is not of type 'string'"))
def _v153(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v154(y, p + (i,), e)
def _v154(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'type' not in x:
            e.append((p, "'type' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k76]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'type' in x:
            _v155(x['type'], p + ('type',), e)
        if 'diff' in x:
            _v156(x['diff'], p + ('diff',), e)
        if 'resolves' in x:
            _v157(x['resolves'], p + ('resolves',), e)
def _v157(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v117(y, p + (i,), e)
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
        if 'text' in x:
            _v115(x['text'], p + ('text',), e)
        if 'url' in x:
            _v158(x['url'], p + ('url',), e)
def _v158(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k78(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v155(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k79):
        e.append((p, f"{x!r} is not one of ['unofficial', 'monkey', 'backport', 'cherry-pick']"))
def _v152(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v159(y, p + (i,), e)
def _v159(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k80]
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
            _v160(x['url'], p + ('url',), e)
        if 'author' in x:
            _v161(x['author'], p + ('author',), e)
        if 'committer' in x:
            _v161(x['committer'], p + ('committer',), e)
        if 'message' in x:
            y = x['message']
            if not (isinstance(y, str)):
                e.append((p + ('message',), f"{y!r} is not of type 'string'"))
def _v161(x, p, e):
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
        if 'timestamp' in x:
            _v162(x['timestamp'], p + ('timestamp',), e)
        if 'name' in x:
            y = x['name']
            if not (isinstance(y, str)):
                e.append((p + ('name',), f"{y!r} is not of type 'string'"))
        if 'email' in x:
            _v163(x['email'], p + ('email',), e)
def _v163(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k82(x):
        e.append((p, f"{x!r} is not a 'idn-email'"))
def _v162(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k83(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v160(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k84(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v151(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v134(y, p + (i,), e)
def _v150(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v134(y, p + (i,), e)
def _v149(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v134(y, p + (i,), e)
def _v140(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        if 'tagId' not in x:
            e.append((p, "'tagId' is a required property"))
        if 'name' not in x:
            e.append((p, "'name' is a required property"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k85]
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
            _v115(x['text'], p + ('text',), e)
        if 'url' in x:
            _v164(x['url'], p + ('url',), e)
def _v164(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k86(x):
        e.append((p, f"{x!r} is not a 'iri-reference'"))
def _v139(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v123(y, p + (i,), e)
def _v138(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v72(y, p + (i,), e)
def _v137(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k87):
        e.append((p, f"{x!r} is not one of ['required', 'optional', 'excluded']"))
def _v136(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k88.search(x):
        e.append((p, f"{x!r} does not match '^[-+a-z0-9.]+/[-+a-z0-9.]+$'"))
def _v135(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k89):
        e.append((p, f"{x!r} is not one of ['application', 'framework', 'library', 'container', 'operating-system', 'device', 'firmware', 'file']"))
def _v3(x, p, e):
    if not (isinstance(x, dict)):
        e.append((p, f"{x!r} is not of type 'object'"))
    if isinstance(x, dict):
        extra = [k for k in x if k not in _k90]
        if extra:
            extra.sort(key=str)
            said = ', '.join(repr(k) for k in extra)
            verb = 'was' if len(extra) == 1 else 'were'
            said = f'Additional properties are not allowed ({said} {verb} unexpected)'
            e.append((p, said))
    if isinstance(x, dict):
        if 'timestamp' in x:
            _v165(x['timestamp'], p + ('timestamp',), e)
        if 'tools' in x:
            _v166(x['tools'], p + ('tools',), e)
        if 'authors' in x:
            _v167(x['authors'], p + ('authors',), e)
        if 'component' in x:
            _v134(x['component'], p + ('component',), e)
        if 'manufacture' in x:
            _v79(x['manufacture'], p + ('manufacture',), e)
        if 'supplier' in x:
            _v79(x['supplier'], p + ('supplier',), e)
        if 'licenses' in x:
            _v168(x['licenses'], p + ('licenses',), e)
        if 'properties' in x:
            _v169(x['properties'], p + ('properties',), e)
def _v169(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v52(y, p + (i,), e)
def _v168(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v123(y, p + (i,), e)
def _v167(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v77(y, p + (i,), e)
def _v166(x, p, e):
    if not (isinstance(x, list)):
        e.append((p, f"{x!r} is not of type 'array'"))
    if isinstance(x, list):
        for i, y in enumerate(x):
            _v65(y, p + (i,), e)
def _v165(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k91(x):
        e.append((p, f"{x!r} is not a 'date-time'"))
def _v2(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if isinstance(x, str) and not _k92.search(x):
        e.append((p, f"{x!r} does not match '^urn:uuid:[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}$'"))
def _v1(x, p, e):
    if not (isinstance(x, str)):
        e.append((p, f"{x!r} is not of type 'string'"))
    if not (isinstance(x, str) and x in _k93):
        e.append((p, f"{x!r} is not one of ['CycloneDX']"))

validate = _v0
