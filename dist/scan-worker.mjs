import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/spdx-license-ids/index.json
var require_spdx_license_ids = __commonJS({
  "node_modules/spdx-license-ids/index.json"(exports, module) {
    module.exports = [
      "0BSD",
      "3D-Slicer-1.0",
      "AAL",
      "ADSL",
      "AFL-1.1",
      "AFL-1.2",
      "AFL-2.0",
      "AFL-2.1",
      "AFL-3.0",
      "AGPL-1.0-only",
      "AGPL-1.0-or-later",
      "AGPL-3.0-only",
      "AGPL-3.0-or-later",
      "ALGLIB-Documentation",
      "AMD-newlib",
      "AMDPLPA",
      "AML",
      "AML-glslang",
      "AMPAS",
      "ANTLR-PD",
      "ANTLR-PD-fallback",
      "APAFML",
      "APL-1.0",
      "APSL-1.0",
      "APSL-1.1",
      "APSL-1.2",
      "APSL-2.0",
      "ASWF-Digital-Assets-1.0",
      "ASWF-Digital-Assets-1.1",
      "Abstyles",
      "AdaCore-doc",
      "Adobe-2006",
      "Adobe-Display-PostScript",
      "Adobe-Glyph",
      "Adobe-Utopia",
      "Advanced-Cryptics-Dictionary",
      "Afmparse",
      "Aladdin",
      "Apache-1.0",
      "Apache-1.1",
      "Apache-2.0",
      "App-s2p",
      "Arphic-1999",
      "Artistic-1.0",
      "Artistic-1.0-Perl",
      "Artistic-1.0-cl8",
      "Artistic-2.0",
      "Artistic-dist",
      "Aspell-RU",
      "BOLA-1.1",
      "BSD-1-Clause",
      "BSD-2-Clause",
      "BSD-2-Clause-Darwin",
      "BSD-2-Clause-Patent",
      "BSD-2-Clause-Views",
      "BSD-2-Clause-first-lines",
      "BSD-2-Clause-pkgconf-disclaimer",
      "BSD-2-Clause-pos-unchanged",
      "BSD-3-Clause",
      "BSD-3-Clause-Attribution",
      "BSD-3-Clause-Clear",
      "BSD-3-Clause-HP",
      "BSD-3-Clause-LBNL",
      "BSD-3-Clause-Modification",
      "BSD-3-Clause-No-Military-License",
      "BSD-3-Clause-No-Nuclear-License",
      "BSD-3-Clause-No-Nuclear-License-2014",
      "BSD-3-Clause-No-Nuclear-Warranty",
      "BSD-3-Clause-Open-MPI",
      "BSD-3-Clause-OpenWebUI",
      "BSD-3-Clause-Sun",
      "BSD-3-Clause-Tso",
      "BSD-3-Clause-acpica",
      "BSD-3-Clause-flex",
      "BSD-4-Clause",
      "BSD-4-Clause-Shortened",
      "BSD-4-Clause-UC",
      "BSD-4.3RENO",
      "BSD-4.3TAHOE",
      "BSD-Advertising-Acknowledgement",
      "BSD-Attribution-HPND-disclaimer",
      "BSD-Inferno-Nettverk",
      "BSD-Mark-Modifications",
      "BSD-Protection",
      "BSD-Source-Code",
      "BSD-Source-Code-no-disclaimer",
      "BSD-Source-alt-GPL",
      "BSD-Source-beginning-file",
      "BSD-Systemics",
      "BSD-Systemics-W3Works",
      "BSD-ask-to-endorse",
      "BSL-1.0",
      "BUSL-1.1",
      "Baekmuk",
      "Bahyph",
      "Barr",
      "Beerware",
      "BitTorrent-1.0",
      "BitTorrent-1.1",
      "Bitstream-Charter",
      "Bitstream-Vera",
      "BlueOak-1.0.0",
      "Boehm-GC",
      "Boehm-GC-without-fee",
      "Borceux",
      "Brian-Gladman-2-Clause",
      "Brian-Gladman-3-Clause",
      "Brian-Gladman-3-Clause-no-conversion",
      "Buddy",
      "Bugroff",
      "C-UDA-1.0",
      "CAL-1.0",
      "CAL-1.0-Combined-Work-Exception",
      "CAPEC-tou",
      "CATOSL-1.1",
      "CC-BY-1.0",
      "CC-BY-2.0",
      "CC-BY-2.5",
      "CC-BY-2.5-AU",
      "CC-BY-3.0",
      "CC-BY-3.0-AT",
      "CC-BY-3.0-AU",
      "CC-BY-3.0-DE",
      "CC-BY-3.0-IGO",
      "CC-BY-3.0-NL",
      "CC-BY-3.0-US",
      "CC-BY-4.0",
      "CC-BY-NC-1.0",
      "CC-BY-NC-2.0",
      "CC-BY-NC-2.5",
      "CC-BY-NC-3.0",
      "CC-BY-NC-3.0-DE",
      "CC-BY-NC-3.0-IGO",
      "CC-BY-NC-4.0",
      "CC-BY-NC-ND-1.0",
      "CC-BY-NC-ND-2.0",
      "CC-BY-NC-ND-2.5",
      "CC-BY-NC-ND-3.0",
      "CC-BY-NC-ND-3.0-DE",
      "CC-BY-NC-ND-3.0-IGO",
      "CC-BY-NC-ND-4.0",
      "CC-BY-NC-SA-1.0",
      "CC-BY-NC-SA-2.0",
      "CC-BY-NC-SA-2.0-DE",
      "CC-BY-NC-SA-2.0-FR",
      "CC-BY-NC-SA-2.0-UK",
      "CC-BY-NC-SA-2.5",
      "CC-BY-NC-SA-3.0",
      "CC-BY-NC-SA-3.0-DE",
      "CC-BY-NC-SA-3.0-IGO",
      "CC-BY-NC-SA-4.0",
      "CC-BY-ND-1.0",
      "CC-BY-ND-2.0",
      "CC-BY-ND-2.5",
      "CC-BY-ND-3.0",
      "CC-BY-ND-3.0-DE",
      "CC-BY-ND-4.0",
      "CC-BY-SA-1.0",
      "CC-BY-SA-2.0",
      "CC-BY-SA-2.0-UK",
      "CC-BY-SA-2.1-JP",
      "CC-BY-SA-2.5",
      "CC-BY-SA-3.0",
      "CC-BY-SA-3.0-AT",
      "CC-BY-SA-3.0-DE",
      "CC-BY-SA-3.0-IGO",
      "CC-BY-SA-4.0",
      "CC-PDDC",
      "CC-PDM-1.0",
      "CC-SA-1.0",
      "CC0-1.0",
      "CDDL-1.0",
      "CDDL-1.1",
      "CDL-1.0",
      "CDLA-Permissive-1.0",
      "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0",
      "CECILL-1.0",
      "CECILL-1.1",
      "CECILL-2.0",
      "CECILL-2.1",
      "CECILL-B",
      "CECILL-C",
      "CERN-OHL-1.1",
      "CERN-OHL-1.2",
      "CERN-OHL-P-2.0",
      "CERN-OHL-S-2.0",
      "CERN-OHL-W-2.0",
      "CFITSIO",
      "CMU-Mach",
      "CMU-Mach-nodoc",
      "CNRI-Jython",
      "CNRI-Python",
      "CNRI-Python-GPL-Compatible",
      "COIL-1.0",
      "CPAL-1.0",
      "CPL-1.0",
      "CPOL-1.02",
      "CUA-OPL-1.0",
      "Caldera",
      "Caldera-no-preamble",
      "Catharon",
      "ClArtistic",
      "Clips",
      "Community-Spec-1.0",
      "Condor-1.1",
      "Cornell-Lossless-JPEG",
      "Cronyx",
      "Crossword",
      "CryptoSwift",
      "CrystalStacker",
      "Cube",
      "D-FSL-1.0",
      "DEC-3-Clause",
      "DL-DE-BY-2.0",
      "DL-DE-ZERO-2.0",
      "DOC",
      "DRL-1.0",
      "DRL-1.1",
      "DSDP",
      "DocBook-DTD",
      "DocBook-Schema",
      "DocBook-Stylesheet",
      "DocBook-XML",
      "Dotseqn",
      "ECL-1.0",
      "ECL-2.0",
      "EFL-1.0",
      "EFL-2.0",
      "EPICS",
      "EPL-1.0",
      "EPL-2.0",
      "ESA-PL-permissive-2.4",
      "ESA-PL-strong-copyleft-2.4",
      "ESA-PL-weak-copyleft-2.4",
      "EUDatagrid",
      "EUPL-1.0",
      "EUPL-1.1",
      "EUPL-1.2",
      "Elastic-2.0",
      "Entessa",
      "ErlPL-1.1",
      "Eurosym",
      "FBM",
      "FDK-AAC",
      "FDK-MPEG-H",
      "FSFAP",
      "FSFAP-no-warranty-disclaimer",
      "FSFUL",
      "FSFULLR",
      "FSFULLRSD",
      "FSFULLRWD",
      "FSL-1.1-ALv2",
      "FSL-1.1-MIT",
      "FTL",
      "Fair",
      "Ferguson-Twofish",
      "Frameworx-1.0",
      "FreeBSD-DOC",
      "FreeImage",
      "Furuseth",
      "GCR-docs",
      "GD",
      "GFDL-1.1-invariants-only",
      "GFDL-1.1-invariants-or-later",
      "GFDL-1.1-no-invariants-only",
      "GFDL-1.1-no-invariants-or-later",
      "GFDL-1.1-only",
      "GFDL-1.1-or-later",
      "GFDL-1.2-invariants-only",
      "GFDL-1.2-invariants-or-later",
      "GFDL-1.2-no-invariants-only",
      "GFDL-1.2-no-invariants-or-later",
      "GFDL-1.2-only",
      "GFDL-1.2-or-later",
      "GFDL-1.3-invariants-only",
      "GFDL-1.3-invariants-or-later",
      "GFDL-1.3-no-invariants-only",
      "GFDL-1.3-no-invariants-or-later",
      "GFDL-1.3-only",
      "GFDL-1.3-or-later",
      "GL2PS",
      "GLWTPL",
      "GPL-1.0-only",
      "GPL-1.0-or-later",
      "GPL-2.0-only",
      "GPL-2.0-or-later",
      "GPL-3.0-only",
      "GPL-3.0-or-later",
      "Game-Programming-Gems",
      "Giftware",
      "Glide",
      "Glulxe",
      "Graphics-Gems",
      "Gutmann",
      "HDF5",
      "HIDAPI",
      "HP-1986",
      "HP-1989",
      "HPND",
      "HPND-DEC",
      "HPND-Fenneberg-Livingston",
      "HPND-INRIA-IMAG",
      "HPND-Intel",
      "HPND-Kevlin-Henney",
      "HPND-MIT-disclaimer",
      "HPND-Markus-Kuhn",
      "HPND-Netrek",
      "HPND-Pbmplus",
      "HPND-SMC",
      "HPND-UC",
      "HPND-UC-export-US",
      "HPND-doc",
      "HPND-doc-sell",
      "HPND-export-US",
      "HPND-export-US-acknowledgement",
      "HPND-export-US-modify",
      "HPND-export2-US",
      "HPND-merchantability-variant",
      "HPND-sell-MIT-disclaimer-xserver",
      "HPND-sell-regexpr",
      "HPND-sell-variant",
      "HPND-sell-variant-MIT-disclaimer",
      "HPND-sell-variant-MIT-disclaimer-rev",
      "HPND-sell-variant-critical-systems",
      "HTMLTIDY",
      "HaskellReport",
      "Hippocratic-2.1",
      "Hippocratic-3.0-core",
      "IBM-pibs",
      "ICU",
      "IEC-Code-Components-EULA",
      "IJG",
      "IJG-short",
      "IPA",
      "IPL-1.0",
      "ISC",
      "ISC-Veillard",
      "ISO-permission",
      "ImageMagick",
      "Imlib2",
      "Info-ZIP",
      "Informatica",
      "Inner-Net-2.0",
      "InnoSetup",
      "Intel",
      "Intel-ACPI",
      "Interbase-1.0",
      "JPL-image",
      "JPNIC",
      "JSON",
      "Jam",
      "JasPer-2.0",
      "Kastrup",
      "Kazlib",
      "Knuth-CTAN",
      "LAL-1.2",
      "LAL-1.3",
      "LGPL-2.0-only",
      "LGPL-2.0-or-later",
      "LGPL-2.1-only",
      "LGPL-2.1-or-later",
      "LGPL-3.0-only",
      "LGPL-3.0-or-later",
      "LGPLLR",
      "LOOP",
      "LPD-document",
      "LPL-1.0",
      "LPL-1.02",
      "LPPL-1.0",
      "LPPL-1.1",
      "LPPL-1.2",
      "LPPL-1.3a",
      "LPPL-1.3c",
      "LZMA-SDK-9.11-to-9.20",
      "LZMA-SDK-9.22",
      "Latex2e",
      "Latex2e-translated-notice",
      "Leptonica",
      "LiLiQ-P-1.1",
      "LiLiQ-R-1.1",
      "LiLiQ-Rplus-1.1",
      "Libpng",
      "Linux-OpenIB",
      "Linux-man-pages-1-para",
      "Linux-man-pages-copyleft",
      "Linux-man-pages-copyleft-2-para",
      "Linux-man-pages-copyleft-var",
      "Lucida-Bitmap-Fonts",
      "MIPS",
      "MIT",
      "MIT-0",
      "MIT-CMU",
      "MIT-Click",
      "MIT-Festival",
      "MIT-Khronos-old",
      "MIT-Modern-Variant",
      "MIT-STK",
      "MIT-Wu",
      "MIT-advertising",
      "MIT-enna",
      "MIT-feh",
      "MIT-open-group",
      "MIT-testregex",
      "MITNFA",
      "MMIXware",
      "MMPL-1.0.1",
      "MPEG-SSG",
      "MPL-1.0",
      "MPL-1.1",
      "MPL-2.0",
      "MPL-2.0-no-copyleft-exception",
      "MS-LPL",
      "MS-PL",
      "MS-RL",
      "MTLL",
      "MVT-1.1",
      "Mackerras-3-Clause",
      "Mackerras-3-Clause-acknowledgment",
      "MakeIndex",
      "Martin-Birgmeier",
      "McPhee-slideshow",
      "Minpack",
      "MirOS",
      "Motosoto",
      "MulanPSL-1.0",
      "MulanPSL-2.0",
      "Multics",
      "Mup",
      "NAIST-2003",
      "NASA-1.3",
      "NBPL-1.0",
      "NCBI-PD",
      "NCGL-UK-2.0",
      "NCL",
      "NCSA",
      "NGPL",
      "NICTA-1.0",
      "NIST-PD",
      "NIST-PD-TNT",
      "NIST-PD-fallback",
      "NIST-Software",
      "NLOD-1.0",
      "NLOD-2.0",
      "NLPL",
      "NOSL",
      "NPL-1.0",
      "NPL-1.1",
      "NPOSL-3.0",
      "NRL",
      "NTIA-PD",
      "NTP",
      "NTP-0",
      "Naumen",
      "NetCDF",
      "Newsletr",
      "Nokia",
      "Noweb",
      "O-UDA-1.0",
      "OAR",
      "OCCT-PL",
      "OCLC-2.0",
      "ODC-By-1.0",
      "ODbL-1.0",
      "OFFIS",
      "OFL-1.0",
      "OFL-1.0-RFN",
      "OFL-1.0-no-RFN",
      "OFL-1.1",
      "OFL-1.1-RFN",
      "OFL-1.1-no-RFN",
      "OGC-1.0",
      "OGDL-Taiwan-1.0",
      "OGL-Canada-2.0",
      "OGL-UK-1.0",
      "OGL-UK-2.0",
      "OGL-UK-3.0",
      "OGTSL",
      "OLDAP-1.1",
      "OLDAP-1.2",
      "OLDAP-1.3",
      "OLDAP-1.4",
      "OLDAP-2.0",
      "OLDAP-2.0.1",
      "OLDAP-2.1",
      "OLDAP-2.2",
      "OLDAP-2.2.1",
      "OLDAP-2.2.2",
      "OLDAP-2.3",
      "OLDAP-2.4",
      "OLDAP-2.5",
      "OLDAP-2.6",
      "OLDAP-2.7",
      "OLDAP-2.8",
      "OLFL-1.3",
      "OML",
      "OPL-1.0",
      "OPL-UK-3.0",
      "OPUBL-1.0",
      "OSC-1.0",
      "OSET-PL-2.1",
      "OSL-1.0",
      "OSL-1.1",
      "OSL-2.0",
      "OSL-2.1",
      "OSL-3.0",
      "OSSP",
      "OpenMDW-1.0",
      "OpenPBS-2.3",
      "OpenSSL",
      "OpenSSL-standalone",
      "OpenVision",
      "PADL",
      "PDDL-1.0",
      "PHP-3.0",
      "PHP-3.01",
      "PPL",
      "PSF-2.0",
      "ParaType-Free-Font-1.3",
      "Parity-6.0.0",
      "Parity-7.0.0",
      "Pixar",
      "Plexus",
      "PolyForm-Noncommercial-1.0.0",
      "PolyForm-Small-Business-1.0.0",
      "PostgreSQL",
      "Python-2.0",
      "Python-2.0.1",
      "QPL-1.0",
      "QPL-1.0-INRIA-2004",
      "Qhull",
      "RHeCos-1.1",
      "RPL-1.1",
      "RPL-1.5",
      "RPSL-1.0",
      "RSA-MD",
      "RSCPL",
      "Rdisc",
      "Ruby",
      "Ruby-pty",
      "SAX-PD",
      "SAX-PD-2.0",
      "SCEA",
      "SGI-B-1.0",
      "SGI-B-1.1",
      "SGI-B-2.0",
      "SGI-OpenGL",
      "SGMLUG-PM",
      "SGP4",
      "SHL-0.5",
      "SHL-0.51",
      "SISSL",
      "SISSL-1.2",
      "SL",
      "SMAIL-GPL",
      "SMLNJ",
      "SMPPL",
      "SNIA",
      "SOFA",
      "SPL-1.0",
      "SSH-OpenSSH",
      "SSH-short",
      "SSLeay-standalone",
      "SSPL-1.0",
      "SUL-1.0",
      "SWL",
      "Saxpath",
      "SchemeReport",
      "Sendmail",
      "Sendmail-8.23",
      "Sendmail-Open-Source-1.1",
      "SimPL-2.0",
      "Sleepycat",
      "Soundex",
      "Spencer-86",
      "Spencer-94",
      "Spencer-99",
      "SugarCRM-1.1.3",
      "Sun-PPP",
      "Sun-PPP-2000",
      "SunPro",
      "Symlinks",
      "TAPR-OHL-1.0",
      "TCL",
      "TCP-wrappers",
      "TGPPL-1.0",
      "TMate",
      "TORQUE-1.1",
      "TOSL",
      "TPDL",
      "TPL-1.0",
      "TTWL",
      "TTYP0",
      "TU-Berlin-1.0",
      "TU-Berlin-2.0",
      "TekHVC",
      "TermReadKey",
      "ThirdEye",
      "TrustedQSL",
      "UCAR",
      "UCL-1.0",
      "UMich-Merit",
      "UPL-1.0",
      "URT-RLE",
      "Ubuntu-font-1.0",
      "UnRAR",
      "Unicode-3.0",
      "Unicode-DFS-2015",
      "Unicode-DFS-2016",
      "Unicode-TOU",
      "UnixCrypt",
      "Unlicense",
      "Unlicense-libtelnet",
      "Unlicense-libwhirlpool",
      "VOSTROM",
      "VSL-1.0",
      "Vim",
      "Vixie-Cron",
      "W3C",
      "W3C-19980720",
      "W3C-20150513",
      "WTFNMFPL",
      "WTFPL",
      "Watcom-1.0",
      "Widget-Workshop",
      "WordNet",
      "Wsuipa",
      "X11",
      "X11-distribute-modifications-variant",
      "X11-no-permit-persons",
      "X11-swapped",
      "XFree86-1.1",
      "XSkat",
      "Xdebug-1.03",
      "Xerox",
      "Xfig",
      "Xnet",
      "YPL-1.0",
      "YPL-1.1",
      "ZPL-1.1",
      "ZPL-2.0",
      "ZPL-2.1",
      "Zed",
      "Zeeff",
      "Zend-2.0",
      "Zimbra-1.3",
      "Zimbra-1.4",
      "Zlib",
      "any-OSI",
      "any-OSI-perl-modules",
      "atc-game",
      "bcrypt-Solar-Designer",
      "blessing",
      "bzip2-1.0.6",
      "check-cvs",
      "checkmk",
      "copyleft-next-0.3.0",
      "copyleft-next-0.3.1",
      "curl",
      "cve-tou",
      "diffmark",
      "dtoa",
      "dvipdfm",
      "eGenix",
      "etalab-2.0",
      "fwlw",
      "gSOAP-1.3b",
      "generic-xts",
      "gnuplot",
      "gtkbook",
      "hdparm",
      "hyphen-bulgarian",
      "iMatix",
      "jove",
      "libpng-1.6.35",
      "libpng-2.0",
      "libselinux-1.0",
      "libtiff",
      "libutil-David-Nugent",
      "lsof",
      "magaz",
      "mailprio",
      "man2html",
      "metamail",
      "mpi-permissive",
      "mpich2",
      "mplus",
      "ngrep",
      "pkgconf",
      "pnmstitch",
      "psfrag",
      "psutils",
      "python-ldap",
      "radvd",
      "snprintf",
      "softSurfer",
      "ssh-keyscan",
      "swrule",
      "threeparttable",
      "ulem",
      "w3m",
      "wwl",
      "xinetd",
      "xkeyboard-config-Zinoviev",
      "xlock",
      "xpp",
      "xzoom",
      "zlib-acknowledgement"
    ];
  }
});

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports, module) {
    module.exports = [
      "AGPL-1.0",
      "AGPL-3.0",
      "BSD-2-Clause-FreeBSD",
      "BSD-2-Clause-NetBSD",
      "GFDL-1.1",
      "GFDL-1.2",
      "GFDL-1.3",
      "GPL-1.0",
      "GPL-2.0",
      "GPL-2.0-with-GCC-exception",
      "GPL-2.0-with-autoconf-exception",
      "GPL-2.0-with-bison-exception",
      "GPL-2.0-with-classpath-exception",
      "GPL-2.0-with-font-exception",
      "GPL-3.0",
      "GPL-3.0-with-GCC-exception",
      "GPL-3.0-with-autoconf-exception",
      "LGPL-2.0",
      "LGPL-2.1",
      "LGPL-3.0",
      "Net-SNMP",
      "Nunit",
      "StandardML-NJ",
      "bzip2-1.0.5",
      "eCos-2.0",
      "wxWindows"
    ];
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports, module) {
    module.exports = [
      "389-exception",
      "Asterisk-exception",
      "Autoconf-exception-2.0",
      "Autoconf-exception-3.0",
      "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0",
      "Autoconf-exception-macro",
      "Bison-exception-1.24",
      "Bison-exception-2.2",
      "Bootloader-exception",
      "Classpath-exception-2.0",
      "CLISP-exception-2.0",
      "cryptsetup-OpenSSL-exception",
      "DigiRule-FOSS-exception",
      "eCos-exception-2.0",
      "Fawkes-Runtime-exception",
      "FLTK-exception",
      "fmt-exception",
      "Font-exception-2.0",
      "freertos-exception-2.0",
      "GCC-exception-2.0",
      "GCC-exception-2.0-note",
      "GCC-exception-3.1",
      "Gmsh-exception",
      "GNAT-exception",
      "GNOME-examples-exception",
      "GNU-compiler-exception",
      "gnu-javamail-exception",
      "GPL-3.0-interface-exception",
      "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception",
      "GPL-CC-1.0",
      "GStreamer-exception-2005",
      "GStreamer-exception-2008",
      "i2p-gpl-java-exception",
      "KiCad-libraries-exception",
      "LGPL-3.0-linking-exception",
      "libpri-OpenH323-exception",
      "Libtool-exception",
      "Linux-syscall-note",
      "LLGPL",
      "LLVM-exception",
      "LZMA-exception",
      "mif-exception",
      "OCaml-LGPL-linking-exception",
      "OCCT-exception-1.0",
      "OpenJDK-assembly-exception-1.0",
      "openvpn-openssl-exception",
      "PS-or-PDF-font-exception-20170817",
      "QPL-1.0-INRIA-2004-exception",
      "Qt-GPL-exception-1.0",
      "Qt-LGPL-exception-1.1",
      "Qwt-exception-1.0",
      "SANE-exception",
      "SHL-2.0",
      "SHL-2.1",
      "stunnel-exception",
      "SWI-exception",
      "Swift-exception",
      "Texinfo-exception",
      "u-boot-exception-2.0",
      "UBDL-exception",
      "Universal-FOSS-exception-1.0",
      "vsftpd-openssl-exception",
      "WxWindows-exception-3.1",
      "x11vnc-openssl-exception"
    ];
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = [/^WITH/i, /^AND/i, /^OR/i, "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string: string.toUpperCase()
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next2() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next2();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next2();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next2();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t === null) {
          throw new Error("Unexpected end of input");
        }
        if (t.type === "LICENSEREF") {
          next2();
          string += "LicenseRef-" + t.string;
          var node2 = { license: string };
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next2();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    module.exports = function(source) {
      return parse2(scan(source));
    };
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE3 = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH2 = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER2 = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER2}(\\d+)${PLACEHOLDER2}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER2 || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER2}${sources.push(source) - 1}${PLACEHOLDER2}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH2 && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE3) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE3 : run,
        ESCAPE + SPACE3
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH2
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH2
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH2 ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH2) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH2);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path2) => {
      const end = path2.length - 1;
      const index = path2.lastIndexOf(
        SLASH2,
        path2[end] === SLASH2 ? end - 1 : end
      );
      return index < 0 ? path2 : path2.slice(index + 1);
    };
    var parentOf = (path2) => {
      if (path2.charCodeAt(0) === SLASH_CODE || path2.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path2.split(SLASH2).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH2) + SLASH2 : EMPTY;
      }
      const end = path2.length - 1;
      const cut = path2.lastIndexOf(
        SLASH2,
        path2.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path2.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE3) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE3 : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE3 || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path2) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH2 ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path2)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path2, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path2) : path2;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path2
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError2 = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path2, originalPath, doThrow) => {
      if (!isString(path2)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path2) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path2)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path2) => {
      const first2 = path2.charCodeAt(0);
      if (first2 === SLASH_CODE) {
        return true;
      }
      if (first2 !== DOT_CODE) {
        return false;
      }
      if (path2.length === 1) {
        return true;
      }
      const second = path2.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path2.length === 2 || path2.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path2) {
        checkPath(
          path2,
          originalPath,
          this._strictPathCheck ? throwError2 : RETURN_FALSE
        );
        return path2 ? this._t(path2, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path2 = convertPath(target);
        if (!path2 || path2.charCodeAt(path2.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path2);
        }
        const dir = this._t(path2, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path2);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path2, cache2) {
        if (path2 in cache2) {
          return cache2[path2];
        }
        const parentPath = parentOf(path2);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path2] = parent && parent.ignored ? parent : this._rules.test(path2, MODE_IGNORE);
      }
      ignores(path2) {
        return this._test(path2, this._ignoreCache, convertPath(path2)).ignored;
      }
      createFilter() {
        return (path2) => !this.ignores(path2);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path2) {
        return this._test(path2, this._testCache, convertPath(path2));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path2) => checkPath(convertPath(path2), path2, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path2) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path2) || isNotRelative(path2);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/scan/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/extract/markdown/structure.ts
function forLastText(compute) {
  let last = null;
  return (text) => {
    if (last === null || last.text !== text) last = { text, result: compute(text) };
    return last.result;
  };
}
var splitLines = forLastText((text) => {
  const lines = text.split("\n");
  if (!text.includes("\r")) return lines;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    if (line.endsWith("\r")) lines[i] = line.slice(0, -1);
  }
  return lines;
});
function frontMatter(text) {
  const bom = text.charCodeAt(0) === 65279 ? 1 : 0;
  if (!text.startsWith("---", bom)) return null;
  const lines = splitLines(text);
  if ((lines[0] ?? "").slice(bom).trimEnd() !== "---") return null;
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").trimEnd();
    if (line === "---" || line === "...") {
      return { yaml: lines.slice(1, i).join("\n"), firstLine: 2, endLine: i + 1 };
    }
  }
  return null;
}
var FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;
var fencedBlocks = forLastText((text) => {
  const lines = splitLines(text);
  const blocks = [];
  let open = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (open === null) {
      const m = FENCE.exec(line);
      if (m) open = { marker: m[1] ?? "```", lang: (m[2] ?? "").toLowerCase(), start: i };
    } else {
      const trimmed = line.trim();
      if (trimmed.startsWith(open.marker) && /^[`~]+$/.test(trimmed) && trimmed[0] === open.marker[0]) {
        blocks.push(makeBlock(lines, open, i));
        open = null;
      }
    }
  }
  if (open !== null) blocks.push(makeBlock(lines, open, lines.length));
  return blocks;
});
function makeBlock(lines, open, close) {
  return {
    lang: open.lang,
    content: lines.slice(open.start + 1, close).join("\n"),
    firstLine: open.start + 2,
    endLine: Math.min(close + 1, lines.length)
  };
}
var nonProseLines = forLastText((text) => {
  const count = splitLines(text).length;
  const mask = new Array(count + 1).fill(false);
  const fm = frontMatter(text);
  if (fm) for (let l = 1; l <= fm.endLine; l++) mask[l] = true;
  for (const b of fencedBlocks(text)) for (let l = b.firstLine - 1; l <= b.endLine; l++) mask[l] = true;
  return mask;
});

// src/knowledge/data/models.json
var models_default = JSON.parse(`{"$schema":"./knowledge.schema.json","about":"Model families: who publishes them, how references look, and the openness facts of each layer, each with its sources. Facts come from ../shared/reference/ai-licences.md and ai-licences.yaml; entries marked provisional rest on general knowledge and cite the model's own page.","order":"First match wins: when several entries match a reference, the earliest in this list is taken. Within a family, exceptions come before the general entry. Each entry's examples must resolve to the entry itself (the tests check it), which catches shadowing.","patterns":"Every pattern is the source of a case-insensitive regular expression, anchored at ^, a literal prefix plus optional groups (no nested quantifiers).","models":[{"id":"llama-4","family":"Llama","name":"Llama 4 (Scout, Maverick)","developer":"Meta","patterns":{"hub":[{"org":["meta-llama"],"name":"^llama-4-"}],"ollama":["^llama4(?::|$)"],"api":["^llama-4-","^llama4-"],"prose":["^(?:meta[ -])?llama[ -]?4\\\\b"]},"weightsLicence":"LicenseRef-llama4","codeLicence":"LicenseRef-llama4","architecture":"code","trainingData":"described","weights":"gated","restrictions":["Licensees whose products had over 700 million monthly active users at release must ask Meta for a licence","Acceptable Use Policy incorporated by URL (\\"most recent copy\\"), so it can change","\\"Built with Llama\\" notice; distributed derived models must have names starting with \\"Llama\\"","Multimodal models: no licence grant to individuals domiciled in, or companies based in, the EU (end users of products built on them are unaffected)"],"sources":["https://github.com/meta-llama/llama-models/blob/main/models/llama4/USE_POLICY.md","https://github.com/meta-llama/llama-models"],"verification":"primary","notes":"Licence effective 5 Apr 2025. Scout and Maverick are natively multimodal, so the EU exclusion applies.","examples":["meta-llama/Llama-4-Scout-17B-16E-Instruct","meta-llama/Llama-4-Maverick-17B-128E","llama4:scout"]},{"id":"llama-3.3","family":"Llama","name":"Llama 3.3","developer":"Meta","patterns":{"hub":[{"org":["meta-llama"],"name":"^(?:meta-)?llama-3\\\\.3-"}],"ollama":["^llama3\\\\.3(?::|$)"],"api":["^llama-3\\\\.3-","^llama3-3-"],"prose":["^(?:meta[ -])?llama[ -]?3\\\\.3\\\\b"]},"weightsLicence":"LicenseRef-llama3.3","codeLicence":"LicenseRef-llama3.3","architecture":"code","trainingData":"described","weights":"gated","restrictions":["Licensees whose products had over 700 million monthly active users at release must ask Meta for a licence","Acceptable Use Policy incorporated by URL (\\"most recent copy\\"), so it can change","\\"Built with Llama\\" notice; distributed derived models must have names starting with \\"Llama\\""],"sources":["https://github.com/meta-llama/llama-models/tree/main/models/llama3_3"],"verification":"primary","notes":"Released 6 Dec 2024. Same terms as 3.2; its AUP repeats the EU multimodal clause although 3.3 is text-only.","examples":["meta-llama/Llama-3.3-70B-Instruct","llama3.3:70b","llama-3.3-70b-versatile","Llama 3.3"]},{"id":"llama-3.2-vision","family":"Llama","name":"Llama 3.2 Vision (11B, 90B)","developer":"Meta","patterns":{"hub":[{"org":["meta-llama"],"name":"^(?:meta-)?llama-3\\\\.2-(?:11|90)b-vision"}],"ollama":["^llama3\\\\.2-vision(?::|$)"],"api":["^llama-3\\\\.2-(?:11|90)b-vision","^llama3-2-(?:11|90)b"],"prose":["^(?:meta[ -])?llama[ -]?3\\\\.2[ -]vision\\\\b"]},"weightsLicence":"LicenseRef-llama3.2","codeLicence":"LicenseRef-llama3.2","architecture":"code","trainingData":"described","weights":"gated","restrictions":["Licensees whose products had over 700 million monthly active users at release must ask Meta for a licence","Acceptable Use Policy incorporated by URL (\\"most recent copy\\"), so it can change","\\"Built with Llama\\" notice; distributed derived models must have names starting with \\"Llama\\"","Multimodal models: no licence grant to individuals domiciled in, or companies based in, the EU (end users of products built on them are unaffected)"],"sources":["https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/USE_POLICY.md","https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE"],"verification":"primary","notes":"Released 25 Sep 2024. The AUP withholds the licence grant for the multimodal 3.2 models from the EU.","examples":["meta-llama/Llama-3.2-11B-Vision-Instruct","meta-llama/Llama-3.2-90B-Vision","llama3.2-vision:11b","Llama 3.2 Vision"]},{"id":"llama-3.2","family":"Llama","name":"Llama 3.2 (1B, 3B text)","developer":"Meta","patterns":{"hub":[{"org":["meta-llama"],"name":"^(?:meta-)?llama-3\\\\.2-"}],"ollama":["^llama3\\\\.2(?::|$)"],"api":["^llama-3\\\\.2-","^llama3-2-"],"prose":["^(?:meta[ -])?llama[ -]?3\\\\.2\\\\b"]},"weightsLicence":"LicenseRef-llama3.2","codeLicence":"LicenseRef-llama3.2","architecture":"code","trainingData":"described","weights":"gated","restrictions":["Licensees whose products had over 700 million monthly active users at release must ask Meta for a licence","Acceptable Use Policy incorporated by URL (\\"most recent copy\\"), so it can change","\\"Built with Llama\\" notice; distributed derived models must have names starting with \\"Llama\\""],"sources":["https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE","https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/USE_POLICY.md"],"verification":"primary","notes":"The EU exclusion covers only the multimodal 3.2 models (see llama-3.2-vision).","examples":["meta-llama/Llama-3.2-3B-Instruct","meta-llama/Llama-3.2-1B","llama3.2","llama3.2:1b","Llama 3.2"]},{"id":"llama-3.1","family":"Llama","name":"Llama 3.1","developer":"Meta","patterns":{"hub":[{"org":["meta-llama"],"name":"^(?:meta-)?llama-3\\\\.1-"}],"ollama":["^llama3\\\\.1(?::|$)"],"api":["^llama-3\\\\.1-","^llama3-1-","^meta-llama-3\\\\.1-"],"prose":["^(?:meta[ -])?llama[ -]?3\\\\.1\\\\b"]},"weightsLicence":"LicenseRef-llama3.1","codeLicence":"LicenseRef-llama3.1","architecture":"code","trainingData":"described","weights":"gated","restrictions":["Licensees whose products had over 700 million monthly active users at release must ask Meta for a licence","Acceptable Use Policy incorporated by URL (\\"most recent copy\\"), so it can change","\\"Built with Llama\\" notice; distributed derived models must have names starting with \\"Llama\\""],"sources":["https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE"],"verification":"primary","notes":"Released 23 Jul 2024. Drops the Llama 3 ban on improving other models with outputs, but models trained on outputs must carry the Llama name.","examples":["meta-llama/Llama-3.1-8B-Instruct","meta-llama/Meta-Llama-3.1-70B","llama3.1","llama3.1:8b","llama-3.1-8b-instant","Llama 3.1"]},{"id":"llama-guard-2","family":"Llama","name":"Llama Guard 2","developer":"Meta","patterns":{"hub":[{"org":["meta-llama"],"name":"^meta-llama-guard-2-"}],"prose":["^(?:meta[ -])?llama[ -]?guard[ -]?2\\\\b"]},"weightsLicence":"LicenseRef-llama3","codeLicence":"LicenseRef-llama3","architecture":"code","trainingData":"described","weights":"gated","restrictions":["Licensees whose products had over 700 million monthly active users at release must ask Meta for a licence","Acceptable Use Policy incorporated by URL (\\"most recent copy\\"), so it can change"],"sources":["https://huggingface.co/meta-llama/Meta-Llama-Guard-2-8B"],"verification":"provisional","notes":"A Llama 3 8B safety classifier for prompts and responses, released under the Meta Llama 3 Community License.","examples":["meta-llama/Meta-Llama-Guard-2-8B"]},{"id":"llama-3","family":"Llama","name":"Llama 3","developer":"Meta","patterns":{"hub":[{"org":["meta-llama"],"name":"^meta-llama-3-"}],"ollama":["^llama3(?::|$)"],"api":["^llama3-(?:8|70)b","^meta-llama-3-"],"prose":["^(?:meta[ -])?llama[ -]?3(?![.\\\\d])"]},"weightsLicence":"LicenseRef-llama3","codeLicence":"LicenseRef-llama3","architecture":"code","trainingData":"described","weights":"gated","restrictions":["Licensees whose products had over 700 million monthly active users at release must ask Meta for a licence","Acceptable Use Policy incorporated by URL (\\"most recent copy\\"), so it can change","\\"Built with Meta Llama 3\\" notice; derived model names must start with \\"Llama 3\\"","No using the model or its outputs to improve any other large language model"],"sources":["https://github.com/meta-llama/llama3/blob/main/LICENSE"],"verification":"primary","notes":"Released 18 Apr 2024.","examples":["meta-llama/Meta-Llama-3-8B","meta-llama/Meta-Llama-3-70B-Instruct","llama3:8b","llama3-70b-8192"]},{"id":"llama-2","family":"Llama","name":"Llama 2","developer":"Meta","patterns":{"hub":[{"org":["meta-llama"],"name":"^llama-2-"}],"ollama":["^llama2(?::|$)"],"api":["^llama-?2-"],"prose":["^(?:meta[ -])?llama[ -]?2\\\\b"]},"weightsLicence":"LicenseRef-llama2","codeLicence":"LicenseRef-llama2","architecture":"code","trainingData":"described","weights":"gated","restrictions":["Licensees whose products had over 700 million monthly active users at release must ask Meta for a licence","Acceptable Use Policy incorporated by URL (\\"most recent copy\\"), so it can change","No using the model or its outputs to improve any other large language model"],"sources":["https://github.com/meta-llama/llama/blob/main/LICENSE","https://blog.opensource.org/metas-llama-2-license-is-not-open-source/"],"verification":"primary","notes":"Released 18 Jul 2023. OSI stated the licence is not open source.","examples":["meta-llama/Llama-2-7b-chat-hf","meta-llama/Llama-2-70b-hf","llama2:13b","Llama 2"]},{"id":"code-llama","family":"Llama","name":"Code Llama","developer":"Meta","patterns":{"hub":[{"org":["meta-llama","codellama"],"name":"^codellama-"}],"ollama":["^codellama(?::|$)"],"prose":["^code ?llama\\\\b"]},"weightsLicence":"LicenseRef-llama2","codeLicence":"LicenseRef-llama2","architecture":"code","trainingData":"described","weights":"gated","restrictions":["Licensees whose products had over 700 million monthly active users at release must ask Meta for a licence","Acceptable Use Policy incorporated by URL (\\"most recent copy\\"), so it can change"],"baseOf":"llama-2","sources":["https://github.com/meta-llama/codellama/blob/main/LICENSE","https://huggingface.co/meta-llama/CodeLlama-7b-hf"],"verification":"provisional","notes":"Fine-tuned from Llama 2 and released under the Llama 2 Community License (not in the reference notes).","examples":["codellama/CodeLlama-7b-hf","meta-llama/CodeLlama-34b-Instruct-hf","codellama:7b"]},{"id":"gemma-4","family":"Gemma","name":"Gemma 4","developer":"Google DeepMind","patterns":{"hub":[{"org":["google"],"name":"^gemma-4(?:-|$)"}],"ollama":["^gemma4(?::|$)"],"api":["^gemma-4(?:-|$)"],"prose":["^gemma[ -]?4\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":[],"sources":["https://ai.google.dev/gemma/apache_2","https://ai.google.dev/gemma/terms"],"verification":"provisional","notes":"Announced April 2026 under Apache-2.0; the Gemma Terms of Use page points Gemma 4 users to an Apache 2.0 page. Hub id pattern and gating not verified.","examples":["google/gemma-4-27b-it","gemma4","Gemma 4"]},{"id":"gemma","family":"Gemma","name":"Gemma 1 / 2 / 3 (incl. CodeGemma, PaliGemma, Gemma 3n)","developer":"Google DeepMind","patterns":{"hub":[{"org":["google"],"name":"^(?:code|pali|recurrent|shield|data)?gemma"}],"ollama":["^(?:code|shield)?gemma(?:2|3|3n)?(?::|$)"],"api":["^gemma-?[123]","^gemma-(?:2b|7b)"],"prose":["^(?:code|pali)?gemma(?: ?[123]n?)?\\\\b"]},"weightsLicence":"LicenseRef-gemma","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"gated","restrictions":["Prohibited Use Policy binding, and Google may update it","Google may restrict usage remotely if it believes the terms are breached","Models trained on Gemma outputs or by distillation are Model Derivatives under the same terms","Redistribution must pass the use restrictions on and ship a Notice file"],"sources":["https://ai.google.dev/gemma/terms","https://ai.google.dev/gemma/prohibited_use_policy","https://github.com/google-deepmind/gemma/blob/main/LICENSE"],"verification":"primary","notes":"Commercial use allowed with no cap, but the mutable use policy and remote-restriction right keep it from being open source. Served through APIs (gemma-* names) it stays under these terms. MedGemma/TxGemma use other terms and are not matched.","examples":["google/gemma-2-9b-it","google/gemma-7b","google/gemma-3-27b-it","google/gemma-3n-E4B-it","google/codegemma-7b","gemma2","gemma3:27b","gemma2-9b-it"]},{"id":"mistral-large-2","family":"Mistral","name":"Mistral Large 2 / Ministral 8B / Mistral Small 2409 (research licence)","developer":"Mistral AI","patterns":{"hub":[{"org":["mistralai"],"name":"^(?:mistral-large-instruct-24(?:07|11)|ministral-8b-instruct-2410|mistral-small-instruct-2409)(?:-|$)"}],"ollama":["^mistral-large(?::|$)"],"prose":["^mistral large 2\\\\b"]},"weightsLicence":"LicenseRef-mistral-mrl-0.1","codeLicence":"Apache-2.0","architecture":"code","trainingData":"undisclosed","weights":"gated","restrictions":["Research purposes only: personal, academic or non-profit use unconnected to any business","Outputs are covered too; no distribution by a commercial entity, even free or as a service"],"sources":["https://mistral.ai/licenses/MRL-0.1.md","https://github.com/mistralai/mistral-inference/blob/main/README.md"],"verification":"primary","notes":"Mistral AI Research License 0.1. Later Mistral Large 3 reportedly Apache-2.0 (not verified, not matched).","examples":["mistralai/Mistral-Large-Instruct-2407","mistralai/Ministral-8B-Instruct-2410","mistral-large:123b"]},{"id":"codestral-22b","family":"Mistral","name":"Codestral 22B","developer":"Mistral AI","patterns":{"hub":[{"org":["mistralai"],"name":"^codestral-22b"}],"ollama":["^codestral(?::|$)"],"prose":["^codestral[ -]22b\\\\b"]},"weightsLicence":"LicenseRef-mistral-mnpl-0.1","codeLicence":"Apache-2.0","architecture":"code","trainingData":"undisclosed","weights":"gated","restrictions":["Non-production use only: testing, research, personal or evaluation","No use in any commercial activity"],"sources":["https://mistral.ai/licenses/MNPL-0.1.md","https://github.com/mistralai/mistral-inference/blob/main/README.md"],"verification":"primary","notes":"A third-party note says Codestral moved to Apache-2.0 in April 2026 (unverified).","examples":["mistralai/Codestral-22B-v0.1","codestral:22b"]},{"id":"mathstral-codestral-mamba","family":"Mistral","name":"Mathstral 7B / Codestral Mamba 7B","developer":"Mistral AI","patterns":{"hub":[{"org":["mistralai"],"name":"^(?:mathstral|mamba-codestral)-"}],"ollama":["^mathstral(?::|$)"],"api":["^(?:open-)?codestral-mamba"],"prose":["^(?:mathstral|codestral mamba)\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":[],"sources":["https://github.com/mistralai/mistral-inference/blob/main/README.md","https://docs.mistral.ai/getting-started/open_weight_models/"],"verification":"primary","examples":["mistralai/Mathstral-7B-v0.1","mistralai/Mamba-Codestral-7B-v0.1","open-codestral-mamba"]},{"id":"mistral-nemo","family":"Mistral","name":"Mistral NeMo 12B","developer":"Mistral AI and NVIDIA","patterns":{"hub":[{"org":["mistralai"],"name":"^mistral-nemo-"}],"ollama":["^mistral-nemo(?::|$)"],"api":["^open-mistral-nemo"],"prose":["^mistral[ -]nemo\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":[],"sources":["https://github.com/mistralai/mistral-inference/blob/main/README.md","https://docs.mistral.ai/getting-started/open_weight_models/"],"verification":"primary","notes":"open-mistral-nemo is the API name of these open weights.","examples":["mistralai/Mistral-Nemo-Instruct-2407","mistral-nemo","open-mistral-nemo","open-mistral-nemo-2407"]},{"id":"mixtral","family":"Mistral","name":"Mixtral 8x7B / 8x22B","developer":"Mistral AI","patterns":{"hub":[{"org":["mistralai"],"name":"^mixtral-8x(?:7|22)b"}],"ollama":["^mixtral(?::|$)"],"api":["^open-mixtral-","^mixtral-8x(?:7|22)b"],"prose":["^mixtral\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":[],"sources":["https://github.com/mistralai/mistral-inference/blob/main/README.md","https://docs.mistral.ai/getting-started/open_weight_models/"],"verification":"primary","notes":"OSI's validation round reportedly failed Mixtral for missing data information (secondary).","examples":["mistralai/Mixtral-8x7B-Instruct-v0.1","mistralai/Mixtral-8x22B-v0.1","mixtral:8x7b","open-mixtral-8x22b"]},{"id":"mistral-7b","family":"Mistral","name":"Mistral 7B","developer":"Mistral AI","patterns":{"hub":[{"org":["mistralai"],"name":"^mistral-7b-"}],"ollama":["^mistral(?::|$)"],"api":["^open-mistral-7b","^mistral-7b-instruct"],"prose":["^mistral[ -]7b\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":[],"sources":["https://github.com/mistralai/mistral-inference/blob/main/README.md","https://docs.mistral.ai/getting-started/open_weight_models/"],"verification":"primary","examples":["mistralai/Mistral-7B-Instruct-v0.3","mistralai/Mistral-7B-v0.1","mistral","mistral:7b","open-mistral-7b"]},{"id":"mistral-api","family":"Mistral","name":"Mistral AI hosted models (API only)","developer":"Mistral AI","patterns":{"api":["^mistral-(?:large|medium|small|saba|embed|ocr|moderation)(?:-|$)","^(?:codestral|ministral|pixtral|magistral|devstral)-"],"prose":["^mistral (?:large|medium)\\\\b"]},"weightsLicence":null,"codeLicence":null,"architecture":"undisclosed","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://docs.mistral.ai/getting-started/models/","https://mistral.ai/terms"],"verification":"secondary","notes":"API names such as mistral-large-latest are treated as closed API use; some of these models also have downloadable weights under other terms (Mistral Large 2: research licence). open-mistral-* / open-mixtral-* names are the Apache-2.0 open-weight models and match their own entries.","examples":["mistral-large-latest","mistral-small-latest","codestral-latest","pixtral-large-latest"]},{"id":"claude","family":"Claude","name":"Claude (all versions)","developer":"Anthropic","patterns":{"api":["^claude-"],"prose":["^claude\\\\b"]},"weightsLicence":null,"codeLicence":null,"architecture":"undisclosed","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://www.anthropic.com/legal/commercial-terms"],"verification":"secondary","examples":["claude-3-5-sonnet-latest","claude-3-opus-20240229","claude-sonnet-4-20250514","Claude 3.5 Sonnet"]},{"id":"falcon-180b","family":"Falcon","name":"Falcon 180B","developer":"Technology Innovation Institute (TII)","patterns":{"hub":[{"org":["tiiuae"],"name":"^falcon-180b"}],"ollama":["^falcon:180b"],"prose":["^falcon[ -]180b\\\\b"]},"weightsLicence":"LicenseRef-falcon-180b-tii-1.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"partial","datasets":["refinedweb"],"weights":"gated","restrictions":["Hosting Use (offering the model as an inference or fine-tuning service to third parties) needs a separate licence from TII","Acceptable Use Policy that TII can change (\\"latest version from time to time\\")","Public statements about derivatives must credit Falcon LLM technology from TII"],"sources":["https://huggingface.co/spaces/tiiuae/falcon-180b-license/blob/main/LICENSE.txt"],"verification":"primary","notes":"Apache-2.0-derived text; RefinedWeb extract is public, the rest of the data undisclosed.","examples":["tiiuae/falcon-180B","tiiuae/falcon-180B-chat","falcon:180b"]},{"id":"falcon-2-3-h1","family":"Falcon","name":"Falcon 2 / Falcon 3 / Falcon-H1","developer":"Technology Innovation Institute (TII)","patterns":{"hub":[{"org":["tiiuae"],"name":"^(?:falcon-11b|falcon3-|falcon-h1-)"}],"ollama":["^falcon[23](?::|$)"],"prose":["^falcon[ -]?(?:2|3|h1)\\\\b"]},"weightsLicence":"LicenseRef-tii-falcon-license-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","datasets":["refinedweb"],"weights":"open","restrictions":["Acceptable Use Policy that TII can change at will","Public statements about derivatives must credit Falcon LLM technology from TII"],"sources":["https://huggingface.co/tiiuae/falcon-11B","https://falconllm.tii.ae/falcon-terms-and-conditions.html"],"verification":"primary","notes":"TII markets the licence as \\"Apache 2.0-based\\"; it is not Apache-2.0. Falcon2-11B card metadata says license: unknown while the body names the TII licence.","examples":["tiiuae/falcon-11B","tiiuae/Falcon3-7B-Instruct","tiiuae/Falcon-H1-1.5B-Base","falcon3:7b"]},{"id":"falcon-7b-40b","family":"Falcon","name":"Falcon 7B / 40B","developer":"Technology Innovation Institute (TII)","patterns":{"hub":[{"org":["tiiuae"],"name":"^falcon-(?:7|40)b(?:-|$)"}],"ollama":["^falcon(?::|$)"],"prose":["^falcon[ -](?:7|40)b\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"partial","datasets":["refinedweb"],"weights":"open","restrictions":[],"sources":["https://huggingface.co/tiiuae/falcon-40b","https://huggingface.co/datasets/tiiuae/falcon-refinedweb"],"verification":"secondary","notes":"First released under the royalty-bearing TII Falcon LLM License 1.0; switched to Apache-2.0 at the end of May 2023 (secondary). A 600B-token RefinedWeb extract is public; curated corpora are not.","examples":["tiiuae/falcon-7b","tiiuae/falcon-40b-instruct","falcon:7b"]},{"id":"qwen-1.8b","family":"Qwen","name":"Qwen-1.8B (research licence)","developer":"Alibaba Cloud","patterns":{"hub":[{"org":["Qwen"],"name":"^qwen(?:1\\\\.5)?-1[._]8b(?:-|$)"}],"ollama":["^qwen:1\\\\.8b"]},"weightsLicence":"LicenseRef-tongyi-qianwen-research","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":["Research and evaluation only; commercial use needs permission"],"sources":["https://github.com/QwenLM/Qwen/blob/main/README.md"],"verification":"secondary","notes":"Tongyi Qianwen Research License (30 Nov 2023). Whether Qwen1.5-1.8B uses the same licence was not checked.","examples":["Qwen/Qwen-1_8B-Chat","Qwen/Qwen1.5-1.8B"]},{"id":"qwen","family":"Qwen","name":"Qwen (1) / Qwen1.5","developer":"Alibaba Cloud","patterns":{"hub":[{"org":["Qwen"],"name":"^(?:qwen-(?:7|14|72)b|qwen-vl|qwen1\\\\.5-|codeqwen1\\\\.5-)"}],"ollama":["^(?:code)?qwen(?::|$)"],"prose":["^qwen ?1\\\\.5\\\\b"]},"weightsLicence":"LicenseRef-tongyi-qianwen","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":["Commercial use above 100 million monthly active users needs a licence from Alibaba Cloud","No using the materials or outputs to improve other large language models"],"sources":["https://github.com/QwenLM/Qwen/blob/main/README.md","https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT"],"verification":"primary","notes":"Tongyi Qianwen License Agreement (3 Aug 2023); PRC law.","examples":["Qwen/Qwen-7B-Chat","Qwen/Qwen1.5-7B-Chat","Qwen/CodeQwen1.5-7B","qwen:7b"]},{"id":"qwen2-72b","family":"Qwen","name":"Qwen2-72B","developer":"Alibaba Cloud","patterns":{"hub":[{"org":["Qwen"],"name":"^qwen2-(?:math-)?72b(?:-|$)"}],"ollama":["^qwen2(?:-math)?:72b"],"api":["^qwen2-72b"]},"weightsLicence":"LicenseRef-tongyi-qianwen","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":["Commercial use above 100 million monthly active users needs a licence from Alibaba Cloud","No using the materials or outputs to improve other large language models"],"sources":["https://huggingface.co/Qwen/Qwen2-72B-Instruct/blob/main/LICENSE"],"verification":"primary","notes":"The only Qwen2 language-model size outside Apache-2.0 (Qwen2-VL-72B has its own entry).","examples":["Qwen/Qwen2-72B-Instruct","Qwen/Qwen2-72B","qwen2:72b"]},{"id":"qwen2-vl-72b","family":"Qwen","name":"Qwen2-VL-72B","developer":"Alibaba Cloud","patterns":{"hub":[{"org":["Qwen"],"name":"^qwen2-vl-72b(?:-|$)"}]},"weightsLicence":"LicenseRef-qwen","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":["Commercial use above 100 million monthly active users needs a licence from Alibaba Cloud"],"sources":["https://github.com/QwenLM/Qwen2-VL","https://huggingface.co/Qwen/Qwen2-VL-72B-Instruct"],"verification":"primary","notes":"The Qwen2-VL README releases the 2B and 7B models under Apache-2.0 and the 72B under the Qwen licence; every quantisation of the 72B carries it.","examples":["Qwen/Qwen2-VL-72B-Instruct","Qwen/Qwen2-VL-72B-Instruct-AWQ"]},{"id":"qwen2","family":"Qwen","name":"Qwen2 (0.5B\u201357B)","developer":"Alibaba Cloud","patterns":{"hub":[{"org":["Qwen"],"name":"^qwen2-"}],"ollama":["^qwen2(?:-math)?(?::|$)"],"prose":["^qwen ?2(?![.\\\\d])"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":[],"sources":["https://github.com/QwenLM/Qwen2.5/blob/main/README.md","https://huggingface.co/Qwen/Qwen2-7B-Instruct"],"verification":"secondary","examples":["Qwen/Qwen2-7B-Instruct","Qwen/Qwen2-1.5B","qwen2:7b"]},{"id":"qwen2.5-3b","family":"Qwen","name":"Qwen2.5 3B models (research licence)","developer":"Alibaba Cloud","patterns":{"hub":[{"org":["Qwen"],"name":"^qwen2\\\\.5-(?:[a-z]+-)?(?:[a-z]+-)?3b(?:-|$)"}],"ollama":["^qwen2\\\\.5(?:-coder|vl)?:3b(?:-|$)"],"api":["^qwen2\\\\.5-(?:[a-z]+-)?(?:[a-z]+-)?3b(?:-|$)"]},"weightsLicence":"LicenseRef-qwen-research","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":["Non-commercial (research) use only","Models trained on the materials or outputs must say \\"Built with Qwen\\" / \\"Improved using Qwen\\" in their documentation"],"sources":["https://github.com/QwenLM/Qwen2.5/blob/main/README.md","https://huggingface.co/Qwen/Qwen2.5-3B-Instruct"],"verification":"primary","notes":"Qwen Research License (19 Sep 2024). The 3B rule is applied to every Qwen2.5 variant at 3B (Coder, VL); verify per model.","examples":["Qwen/Qwen2.5-3B-Instruct","Qwen/Qwen2.5-3B","Qwen/Qwen2.5-Coder-3B-Instruct","qwen2.5:3b"]},{"id":"qwen2.5-72b","family":"Qwen","name":"Qwen2.5 72B models (Qwen licence)","developer":"Alibaba Cloud","patterns":{"hub":[{"org":["Qwen"],"name":"^qwen2\\\\.5-(?:[a-z]+-)?(?:[a-z]+-)?72b(?:-|$)"}],"ollama":["^qwen2\\\\.5(?:-coder|vl)?:72b(?:-|$)"],"api":["^qwen2\\\\.5-(?:[a-z]+-)?(?:[a-z]+-)?72b(?:-|$)"]},"weightsLicence":"LicenseRef-qwen","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":["Commercial use above 100 million monthly active users needs a licence from Alibaba Cloud","Models trained on the materials or outputs must say \\"Built with Qwen\\" / \\"Improved using Qwen\\" in their documentation"],"sources":["https://github.com/QwenLM/Qwen2.5/blob/main/README.md","https://huggingface.co/Qwen/Qwen2.5-72B-Instruct"],"verification":"secondary","notes":"Qwen License Agreement (19 Sep 2024); full text not read, terms from consistent third-party quotations.","examples":["Qwen/Qwen2.5-72B-Instruct","Qwen/Qwen2.5-72B-Instruct-AWQ","Qwen/Qwen2.5-Math-72B","qwen2.5:72b"]},{"id":"qwen2.5","family":"Qwen","name":"Qwen2.5 (other sizes)","developer":"Alibaba Cloud","patterns":{"hub":[{"org":["Qwen"],"name":"^qwen2\\\\.5-"}],"ollama":["^qwen2\\\\.5(?:-coder|vl)?(?::|$)"],"api":["^qwen2\\\\.5-(?:\\\\d|coder-|math-|vl-)"],"prose":["^qwen ?2\\\\.5\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":[],"sources":["https://github.com/QwenLM/Qwen2.5/blob/main/README.md"],"verification":"primary","notes":"All Qwen2.5 sizes except 3B (qwen-research) and 72B (qwen) are Apache-2.0.","examples":["Qwen/Qwen2.5-7B-Instruct","Qwen/Qwen2.5-32B","Qwen/Qwen2.5-Coder-32B-Instruct","qwen2.5:7b","qwen2.5"]},{"id":"qwen-api","family":"Qwen","name":"Qwen hosted tiers (Max, Plus, Turbo, Flash; API only)","developer":"Alibaba Cloud","patterns":{"api":["^qwen(?:\\\\d(?:\\\\.\\\\d)?)?-(?:max|plus|turbo|long|flash)(?:-|$)","^qwen-(?:vl|audio)-(?:max|plus)"]},"weightsLicence":null,"codeLicence":null,"architecture":"undisclosed","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://www.alibabacloud.com/help/en/model-studio/models","https://github.com/QwenLM/Qwen3/blob/main/README.md"],"verification":"provisional","notes":"The reference notes that Max / Plus tiers are API-only or custom; model names taken from the Model Studio list.","examples":["qwen-max","qwen-plus-latest","qwen3-max","qwen-turbo"]},{"id":"qwen3","family":"Qwen","name":"Qwen3","developer":"Alibaba Cloud","patterns":{"hub":[{"org":["Qwen"],"name":"^qwen3-"}],"ollama":["^qwen3(?:-coder|vl)?(?::|$)"],"api":["^qwen3-(?:\\\\d|coder-\\\\d|vl-\\\\d|next-)"],"prose":["^qwen ?3(?![.\\\\d])"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":[],"sources":["https://github.com/QwenLM/Qwen3/blob/main/README.md"],"verification":"primary","examples":["Qwen/Qwen3-8B","Qwen/Qwen3-235B-A22B","Qwen/Qwen3-Coder-480B-A35B-Instruct","qwen3:8b","Qwen3"]},{"id":"deepseek-r1-distill-llama-70b","family":"DeepSeek","name":"DeepSeek-R1-Distill-Llama-70B","developer":"DeepSeek","patterns":{"hub":[{"org":["deepseek-ai"],"name":"^deepseek-r1-distill-llama-70b"}],"ollama":["^deepseek-r1:70b"],"api":["^deepseek-r1-distill-llama-70b"]},"weightsLicence":"LicenseRef-llama3.3","codeLicence":"MIT","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":["Licensees whose products had over 700 million monthly active users at release must ask Meta for a licence","Acceptable Use Policy incorporated by URL (\\"most recent copy\\"), so it can change","\\"Built with Llama\\" notice; distributed derived models must have names starting with \\"Llama\\""],"baseOf":"llama-3.3","sources":["https://github.com/deepseek-ai/DeepSeek-R1/blob/main/README.md"],"verification":"secondary","notes":"The card says MIT, but the model is distilled onto Llama-3.3-70B-Instruct and carries its licence.","examples":["deepseek-ai/DeepSeek-R1-Distill-Llama-70B","deepseek-r1:70b"]},{"id":"deepseek-r1-distill-llama-8b","family":"DeepSeek","name":"DeepSeek-R1-Distill-Llama-8B","developer":"DeepSeek","patterns":{"hub":[{"org":["deepseek-ai"],"name":"^deepseek-r1-distill-llama-8b"}],"api":["^deepseek-r1-distill-llama-8b"]},"weightsLicence":"LicenseRef-llama3.1","codeLicence":"MIT","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":["Licensees whose products had over 700 million monthly active users at release must ask Meta for a licence","Acceptable Use Policy incorporated by URL (\\"most recent copy\\"), so it can change","\\"Built with Llama\\" notice; distributed derived models must have names starting with \\"Llama\\""],"baseOf":"llama-3.1","sources":["https://github.com/deepseek-ai/DeepSeek-R1/blob/main/README.md"],"verification":"secondary","notes":"The card says MIT, but the model is distilled onto Llama-3.1-8B and carries its licence.","examples":["deepseek-ai/DeepSeek-R1-Distill-Llama-8B"]},{"id":"deepseek-r1","family":"DeepSeek","name":"DeepSeek-R1 (incl. Qwen distills)","developer":"DeepSeek","patterns":{"hub":[{"org":["deepseek-ai"],"name":"^deepseek-r1"}],"ollama":["^deepseek-r1(?::|$)"],"api":["^deepseek-reasoner$","^deepseek-r1"],"prose":["^deepseek[ -]r1\\\\b"]},"weightsLicence":"MIT","codeLicence":"MIT","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":[],"sources":["https://github.com/deepseek-ai/DeepSeek-R1/blob/main/README.md"],"verification":"primary","notes":"Code and weights MIT; distillation expressly allowed. R1-Distill-Qwen models inherit Apache-2.0 Qwen2.5 bases (no extra terms). deepseek-reasoner is the hosted API name.","examples":["deepseek-ai/DeepSeek-R1","deepseek-ai/DeepSeek-R1-Distill-Qwen-7B","deepseek-r1","deepseek-r1:14b","deepseek-reasoner"]},{"id":"deepseek-v3-mit","family":"DeepSeek","name":"DeepSeek-V3-0324 and later V3.x","developer":"DeepSeek","patterns":{"hub":[{"org":["deepseek-ai"],"name":"^deepseek-v3(?:-0324|\\\\.\\\\d)"}],"api":["^deepseek-chat$"]},"weightsLicence":"MIT","codeLicence":"MIT","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":[],"sources":["https://huggingface.co/deepseek-ai/DeepSeek-V3-0324","https://github.com/deepseek-ai/DeepSeek-V3/blob/main/README.md"],"verification":"provisional","notes":"V3-0324 under MIT was only seen on derivative cards (reference section 6); V3.1+ assumed the same. deepseek-chat is the hosted API name, which serves the current V3.x weights.","examples":["deepseek-ai/DeepSeek-V3-0324","deepseek-ai/DeepSeek-V3.1","deepseek-chat"]},{"id":"deepseek","family":"DeepSeek","name":"DeepSeek LLM / Coder / MoE / V2 / V2.5 / V3 (Dec 2024)","developer":"DeepSeek","patterns":{"hub":[{"org":["deepseek-ai"],"name":"^(?:deepseek-llm-|deepseek-coder-|deepseek-moe-|deepseek-v2|deepseek-v3(?:-base)?$)"}],"ollama":["^deepseek-(?:llm|coder|coder-v2|v2|v2\\\\.5|v3)(?::|$)"],"prose":["^deepseek[ -](?:llm|coder|v2|v3)\\\\b"]},"weightsLicence":"LicenseRef-deepseek-license-1.0","codeLicence":"MIT","architecture":"code","trainingData":"described","weights":"open","restrictions":["Use restrictions in Attachment A (including any military use) bind all derivatives, distilled models included","DeepSeek may restrict violating use remotely"],"sources":["https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL","https://github.com/deepseek-ai/DeepSeek-V2/blob/main/README.md"],"verification":"primary","notes":"DeepSeek License Agreement v1.0 (23 Oct 2023): commercial use and hosting allowed, OpenRAIL-style use restrictions; PRC law.","examples":["deepseek-ai/DeepSeek-V2","deepseek-ai/DeepSeek-V3","deepseek-ai/deepseek-llm-7b-chat","deepseek-ai/deepseek-coder-6.7b-instruct","deepseek-coder-v2:16b"]},{"id":"phi-4","family":"Phi","name":"Phi-4","developer":"Microsoft","patterns":{"hub":[{"org":["microsoft"],"name":"^phi-4"}],"ollama":["^phi4(?:-mini|-reasoning)?(?::|$)"],"prose":["^phi-?4\\\\b"]},"weightsLicence":"MIT","codeLicence":"MIT","architecture":"code","trainingData":"described","weights":"open","restrictions":[],"sources":["https://huggingface.co/microsoft/phi-4"],"verification":"secondary","notes":"Synthetic and filtered web data, described but not released.","examples":["microsoft/phi-4","microsoft/Phi-4-mini-instruct","phi4","phi4-mini:3.8b"]},{"id":"phi-3","family":"Phi","name":"Phi-3 / Phi-3.5","developer":"Microsoft","patterns":{"hub":[{"org":["microsoft"],"name":"^phi-3"}],"ollama":["^phi3(?:\\\\.5)?(?::|$)"],"prose":["^phi-?3(?:\\\\.5)?\\\\b"]},"weightsLicence":"MIT","codeLicence":"MIT","architecture":"code","trainingData":"described","weights":"open","restrictions":[],"sources":["https://huggingface.co/microsoft/Phi-3-mini-4k-instruct","https://huggingface.co/microsoft/phi-4"],"verification":"secondary","examples":["microsoft/Phi-3-mini-4k-instruct","microsoft/Phi-3.5-mini-instruct","phi3","phi3:medium"]},{"id":"phi-2","family":"Phi","name":"Phi-2","developer":"Microsoft","patterns":{"hub":[{"org":["microsoft"],"name":"^phi-2$"}],"ollama":["^phi(?::|$)"],"prose":["^phi-2\\\\b"]},"weightsLicence":"MIT","codeLicence":"MIT","architecture":"code","trainingData":"described","weights":"open","restrictions":[],"sources":["https://huggingface.co/microsoft/phi-2"],"verification":"secondary","notes":"Early Phi-2 (and Phi-1.5) cards used the Microsoft Research License (non-commercial); Phi-2 later switched to MIT (date not checked). A pinned old revision may carry the old terms.","examples":["microsoft/phi-2","phi:2.7b"]},{"id":"olmo","family":"OLMo","name":"OLMo / OLMo 2 / OLMoE","developer":"Allen Institute for AI (Ai2)","patterns":{"hub":[{"org":["allenai"],"name":"^olmoe?-"}],"ollama":["^olmo2?(?::|$)"],"prose":["^olmoe?(?: ?2)?\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"open","datasets":["dolma","olmo-mix-1124"],"weights":"open","restrictions":[],"sources":["https://github.com/allenai/OLMo/blob/main/README.md","https://github.com/allenai/dolma/blob/main/README.md"],"verification":"primary","notes":"Weights, code, data (Dolma, ODC-By since April 2024; OLMo-mix-1124 / Dolmino-mix-1124) and intermediate checkpoints released. Passed OSI validation (secondary). OLMoE matched on the same terms (provisional).","examples":["allenai/OLMo-2-1124-7B","allenai/OLMo-7B-hf","allenai/OLMoE-1B-7B-0924","olmo2:13b"]},{"id":"pythia","family":"Pythia","name":"Pythia","developer":"EleutherAI","patterns":{"hub":[{"org":["EleutherAI"],"name":"^pythia-"}],"prose":["^pythia\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"open","datasets":["the-pile"],"weights":"open","restrictions":[],"sources":["https://github.com/EleutherAI/pythia/blob/main/README.md"],"verification":"primary","notes":"Trained on The Pile / deduplicated Pile (pre-tokenised shards published) with intermediate checkpoints. The Pile has mixed component licences. Passed OSI validation (secondary).","examples":["EleutherAI/pythia-1b","EleutherAI/pythia-6.9b-deduped"]},{"id":"gpt-neox-20b","family":"GPT-NeoX","name":"GPT-NeoX-20B","developer":"EleutherAI","patterns":{"hub":[{"org":["EleutherAI"],"name":"^gpt-neox-20b"}],"prose":["^gpt-neox\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"open","datasets":["the-pile"],"weights":"open","restrictions":[],"sources":["https://github.com/EleutherAI/gpt-neox"],"verification":"primary","examples":["EleutherAI/gpt-neox-20b"]},{"id":"smollm","family":"SmolLM","name":"SmolLM / SmolLM2 / SmolLM3","developer":"Hugging Face","patterns":{"hub":[{"org":["HuggingFaceTB"],"name":"^smollm[23]?-"}],"prose":["^smollm[23]?\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"open","datasets":["fineweb-edu"],"weights":"open","restrictions":[],"sources":["https://huggingface.co/HuggingFaceTB/SmolLM3-3B","https://huggingface.co/HuggingFaceTB/SmolLM2-1.7B","https://github.com/huggingface/smollm"],"verification":"primary","notes":"Pretraining mixtures published as datasets (SmolLM-Corpus, FineWeb-Edu, FineMath, The Stack subsets) with the training configs.","examples":["HuggingFaceTB/SmolLM3-3B","HuggingFaceTB/SmolLM2-1.7B-Instruct","HuggingFaceTB/SmolLM-135M"]},{"id":"smolvlm","family":"SmolLM","name":"SmolVLM / SmolVLM2","developer":"Hugging Face","patterns":{"hub":[{"org":["HuggingFaceTB"],"name":"^smolvlm2?-"}],"prose":["^smolvlm2?\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"open","weights":"open","restrictions":[],"sources":["https://huggingface.co/HuggingFaceTB/SmolVLM-Instruct","https://huggingface.co/blog/smolvlm"],"verification":"primary","datasets":["the-cauldron"],"notes":"A SigLIP vision encoder on a SmolLM2 decoder; trained on the published The Cauldron and Docmatix datasets.","examples":["HuggingFaceTB/SmolVLM-Instruct","HuggingFaceTB/SmolVLM2-2.2B-Instruct"]},{"id":"baichuan2","family":"Baichuan","name":"Baichuan 2 (7B / 13B)","developer":"Baichuan Intelligence","patterns":{"hub":[{"org":["baichuan-inc"],"name":"^baichuan2-(?:7b|13b)\\\\b"}],"prose":["^baichuan ?2\\\\b"]},"weightsLicence":"LicenseRef-baichuan2","codeLicence":"Apache-2.0","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":["commercial use needs Baichuan's approval"],"sources":["https://huggingface.co/baichuan-inc/Baichuan2-7B-Base","https://github.com/baichuan-inc/Baichuan2/blob/main/README_EN.md"],"verification":"primary","notes":"Trained on 2.6 trillion tokens of undisclosed high-quality corpora.","examples":["baichuan-inc/Baichuan2-7B-Base","baichuan-inc/Baichuan2-13B-Chat"]},{"id":"mpt-chat","family":"MPT","name":"MPT-7B / MPT-30B Chat","developer":"MosaicML (Databricks)","patterns":{"hub":[{"org":["mosaicml"],"name":"^mpt-(?:7b|30b)(?:-8k)?-chat\\\\b"}]},"weightsLicence":"CC-BY-NC-SA-4.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":["non-commercial use only (the chat fine-tuning data has non-commercial terms)"],"sources":["https://huggingface.co/mosaicml/mpt-7b-chat","https://huggingface.co/mosaicml/mpt-30b-chat"],"verification":"primary","notes":"Fine-tuned on datasets that include ShareGPT-Vicuna, HC3, Alpaca, HH-RLHF and Evol-Instruct.","examples":["mosaicml/mpt-7b-chat","mosaicml/mpt-30b-chat","mosaicml/mpt-7b-8k-chat"]},{"id":"mpt","family":"MPT","name":"MPT-7B / MPT-30B","developer":"MosaicML (Databricks)","patterns":{"hub":[{"org":["mosaicml"],"name":"^mpt-(?:7b|30b)\\\\b"}],"prose":["^mpt-(?:7b|30b)\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":[],"sources":["https://huggingface.co/mosaicml/mpt-7b","https://www.databricks.com/blog/mpt-7b"],"verification":"primary","notes":"Pretrained on a described mix of public corpora (mC4, C4, RedPajama, The Stack, S2ORC and others); the exact mixture is not published as a dataset.","examples":["mosaicml/mpt-7b","mosaicml/mpt-30b-instruct","mosaicml/mpt-7b-storywriter","mosaicml/mpt-7b-8k"]},{"id":"gpt-j","family":"GPT-J","name":"GPT-J-6B","developer":"EleutherAI","patterns":{"hub":[{"org":["EleutherAI"],"name":"^gpt-j-6b"}],"prose":["^gpt-j\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"open","datasets":["the-pile"],"weights":"open","restrictions":[],"sources":["https://github.com/kingoflolz/mesh-transformer-jax/blob/master/README.md"],"verification":"primary","examples":["EleutherAI/gpt-j-6b","EleutherAI/gpt-j-6B"]},{"id":"gpt-neo","family":"GPT-Neo","name":"GPT-Neo (125M, 1.3B, 2.7B)","developer":"EleutherAI","patterns":{"hub":[{"org":["EleutherAI"],"name":"^gpt-neo-(?:125m|1\\\\.3b|2\\\\.7b)"}],"prose":["^gpt-neo\\\\b"]},"weightsLicence":"MIT","codeLicence":"MIT","architecture":"code","trainingData":"open","datasets":["the-pile"],"weights":"open","restrictions":[],"sources":["https://huggingface.co/EleutherAI/gpt-neo-1.3B","https://github.com/EleutherAI/gpt-neo"],"verification":"provisional","notes":"Not in the reference notes; licence from the model card and repository (MIT).","examples":["EleutherAI/gpt-neo-1.3B","EleutherAI/gpt-neo-125m"]},{"id":"bloom","family":"BLOOM","name":"BLOOM / BLOOMZ","developer":"BigScience","patterns":{"hub":[{"org":["bigscience"],"name":"^bloomz?(?:-|$)"}],"prose":["^bloomz?\\\\b"]},"weightsLicence":"LicenseRef-bigscience-bloom-rail-1.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"partial","datasets":["roots"],"weights":"open","restrictions":["Use restrictions (Attachment A) must be passed on to every downstream licence","Must disclose machine-generated text and not impersonate people"],"sources":["https://huggingface.co/spaces/bigscience/license"],"verification":"primary","notes":"ROOTS corpus documented; parts released under gated access with mixed licences.","examples":["bigscience/bloom","bigscience/bloom-560m","bigscience/bloomz-7b1"]},{"id":"starcoder2","family":"StarCoder","name":"StarCoder2","developer":"BigCode (Hugging Face, ServiceNow)","patterns":{"hub":[{"org":["bigcode"],"name":"^starcoder2-"}],"ollama":["^starcoder2(?::|$)"],"prose":["^starcoder ?2\\\\b"]},"weightsLicence":"LicenseRef-bigcode-openrail-m","codeLicence":"Apache-2.0","architecture":"code","trainingData":"open","datasets":["the-stack-v2"],"weights":"open","restrictions":["Use restrictions (Attachment A) must be passed on to every downstream licence","Bans generating malware; keep model cards and document modifications"],"sources":["https://github.com/bigcode-project/starcoder2","https://www.bigcode-project.org/docs/pages/bigcode-openrail"],"verification":"secondary","notes":"The Stack v2 is released but gated under terms of use. Whether the weights are gated was not verified.","examples":["bigcode/starcoder2-15b","bigcode/starcoder2-3b","starcoder2:7b"]},{"id":"starcoder","family":"StarCoder","name":"StarCoder / StarCoderBase","developer":"BigCode (Hugging Face, ServiceNow)","patterns":{"hub":[{"org":["bigcode"],"name":"^starcoder(?:base|plus)?(?:-|$)"}],"ollama":["^starcoder(?::|$)"],"prose":["^starcoder(?:base)?\\\\b"]},"weightsLicence":"LicenseRef-bigcode-openrail-m","codeLicence":"Apache-2.0","architecture":"code","trainingData":"open","datasets":["the-stack"],"weights":"gated","restrictions":["Use restrictions (Attachment A) must be passed on to every downstream licence","Bans generating malware; keep model cards and document modifications"],"sources":["https://www.bigcode-project.org/docs/pages/bigcode-openrail","https://huggingface.co/bigcode/starcoder"],"verification":"primary","notes":"Trained on The Stack v1.2 (permissively licensed source, opt-outs honoured; gated under terms of use).","examples":["bigcode/starcoder","bigcode/starcoderbase-1b","starcoder:7b"]},{"id":"sd-turbo","family":"Stable Diffusion","name":"SD-Turbo / SDXL-Turbo","developer":"Stability AI","patterns":{"hub":[{"org":["stabilityai"],"name":"^sd(?:xl)?-turbo$"}],"prose":["^sd(?:xl)?[ -]turbo\\\\b"]},"weightsLicence":"LicenseRef-stabilityai-nc-research-community","codeLicence":"MIT","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":["Research and non-commercial use only; no production use or hosted service","Models trained on outputs count as derivatives"],"sources":["https://github.com/Stability-AI/generative-models/tree/main/model_licenses"],"verification":"secondary","examples":["stabilityai/sdxl-turbo","stabilityai/sd-turbo"]},{"id":"sd-3","family":"Stable Diffusion","name":"Stable Diffusion 3 / 3.5","developer":"Stability AI","patterns":{"hub":[{"org":["stabilityai"],"name":"^stable-diffusion-3"}],"prose":["^stable diffusion 3(?:\\\\.5)?\\\\b","^sd ?3(?:\\\\.5)?\\\\b"]},"weightsLicence":"LicenseRef-stabilityai-community","codeLicence":"MIT","architecture":"code","trainingData":"undisclosed","weights":"gated","restrictions":["Commercial use only while annual revenue (with affiliates) is under US$1,000,000, and after registering","Acceptable Use Policy that Stability can update","\\"Powered by Stability AI\\" display; no using the models or outputs to build other foundational generative models"],"sources":["https://github.com/Stability-AI/sd3.5","https://stability.ai/community-license-agreement"],"verification":"primary","notes":"SD3 Medium launched in June 2024 under a non-commercial licence before the July 2024 Community License (unverified).","examples":["stabilityai/stable-diffusion-3-medium-diffusers","stabilityai/stable-diffusion-3.5-large","SD3.5"]},{"id":"sd-2-xl","family":"Stable Diffusion","name":"Stable Diffusion 2.x / SDXL 1.0","developer":"Stability AI","patterns":{"hub":[{"org":["stabilityai"],"name":"^stable-diffusion-(?:2|xl-(?:base|refiner)-1\\\\.0|x4-upscaler)"}],"prose":["^(?:stable diffusion xl|sdxl)\\\\b","^stable diffusion 2\\\\b"]},"weightsLicence":"LicenseRef-openrail-plusplus","codeLicence":"MIT","architecture":"code","trainingData":"partial","datasets":["laion-5b"],"weights":"open","restrictions":["Use restrictions (Attachment A) must be passed on to every downstream licence","Licensor may restrict use remotely"],"sources":["https://github.com/Stability-AI/stablediffusion/blob/main/LICENSE-MODEL","https://github.com/Stability-AI/generative-models/tree/main/model_licenses"],"verification":"primary","notes":"CreativeML Open RAIL++-M. The x4 upscaler was released with Stable Diffusion 2.0 under the same licence. SDXL 0.9 was research-only (not matched). Training data LAION-5B derived, filtered.","examples":["stabilityai/stable-diffusion-xl-base-1.0","stabilityai/stable-diffusion-2-1","stabilityai/stable-diffusion-x4-upscaler","SDXL"]},{"id":"sd-1","family":"Stable Diffusion","name":"Stable Diffusion 1.x","developer":"CompVis / Runway / Stability AI","patterns":{"hub":[{"org":["runwayml","CompVis","stable-diffusion-v1-5"],"name":"^stable-diffusion-v-?1"}],"prose":["^stable diffusion v?1\\\\.[1-5]\\\\b"]},"weightsLicence":"LicenseRef-creativeml-openrail-m","codeLicence":"MIT","architecture":"code","trainingData":"partial","datasets":["laion-5b"],"weights":"open","restrictions":["Use restrictions (Attachment A) must be passed on to every downstream licence","Licensor may restrict use remotely and push model updates"],"sources":["https://github.com/CompVis/stable-diffusion/blob/main/LICENSE"],"verification":"primary","notes":"Trained on LAION-5B subsets (public URL lists); LAION later withdrew and reissued the set.","examples":["runwayml/stable-diffusion-v1-5","CompVis/stable-diffusion-v1-4","stable-diffusion-v1-5/stable-diffusion-v1-5","Stable Diffusion 1.5"]},{"id":"flux-schnell","family":"FLUX","name":"FLUX.1 [schnell]","developer":"Black Forest Labs","patterns":{"hub":[{"org":["black-forest-labs"],"name":"^flux\\\\.1-schnell"}]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":[],"sources":["https://huggingface.co/black-forest-labs/FLUX.1-schnell","https://github.com/black-forest-labs/flux"],"verification":"provisional","notes":"Not in the reference notes.","examples":["black-forest-labs/FLUX.1-schnell"]},{"id":"flux-dev","family":"FLUX","name":"FLUX.1 [dev] family","developer":"Black Forest Labs","patterns":{"hub":[{"org":["black-forest-labs"],"name":"^flux\\\\.1-(?:[a-z]+-)?dev"}]},"weightsLicence":"LicenseRef-flux-1-dev-non-commercial-license","codeLicence":"Apache-2.0","architecture":"code","trainingData":"undisclosed","weights":"gated","restrictions":["Non-commercial use of the weights; commercial use needs a licence from Black Forest Labs"],"sources":["https://huggingface.co/black-forest-labs/FLUX.1-dev","https://github.com/black-forest-labs/flux"],"verification":"provisional","notes":"Not in the reference notes; licence name from the model card.","examples":["black-forest-labs/FLUX.1-dev","black-forest-labs/FLUX.1-Kontext-dev"]},{"id":"gpt-oss","family":"gpt-oss","name":"gpt-oss (20b, 120b)","developer":"OpenAI","patterns":{"hub":[{"org":["openai"],"name":"^gpt-oss-"}],"ollama":["^gpt-oss(?::|$)"],"api":["^gpt-oss-"],"prose":["^gpt-oss\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":[],"sources":["https://huggingface.co/openai/gpt-oss-20b","https://github.com/openai/gpt-oss"],"verification":"provisional","notes":"Open-weight even when reached through an OpenAI-compatible API. The reference marks the Apache-2.0 licence as reported, not verified; OpenAI also publishes a short usage policy.","examples":["openai/gpt-oss-20b","gpt-oss-20b","gpt-oss-120b","gpt-oss:20b"]},{"id":"whisper","family":"Whisper","name":"Whisper","developer":"OpenAI","patterns":{"hub":[{"org":["openai"],"name":"^whisper-"}],"api":["^whisper-1$"],"prose":["^whisper\\\\b"]},"weightsLicence":"MIT","codeLicence":"MIT","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":[],"sources":["https://github.com/openai/whisper/blob/main/README.md"],"verification":"primary","notes":"680k hours of web audio, described in the paper, not released. whisper-1 is the hosted API name for an open Whisper model.","examples":["openai/whisper-large-v3","openai/whisper-tiny.en","whisper-1"]},{"id":"clip","family":"CLIP","name":"CLIP","developer":"OpenAI","patterns":{"hub":[{"org":["openai"],"name":"^clip-vit-"}],"prose":["^openai clip\\\\b","^clip[- ](?:vit|rn\\\\d)","^clip[ -]?l\\\\b"]},"weightsLicence":"MIT","codeLicence":"MIT","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":[],"sources":["https://github.com/openai/CLIP/blob/main/LICENSE","https://github.com/openai/CLIP/blob/main/model-card.md"],"verification":"provisional","notes":"Trained on 400M image-text pairs collected from the web (WIT), described in the paper, not released.","examples":["openai/clip-vit-large-patch14","openai/clip-vit-base-patch16"]},{"id":"siglip","family":"SigLIP","name":"SigLIP","developer":"Google","patterns":{"hub":[{"org":["google"],"name":"^siglip2?-"}],"prose":["^siglip\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":[],"sources":["https://huggingface.co/google/siglip-base-patch16-512","https://github.com/google-research/big_vision"],"verification":"provisional","notes":"Trained on WebLI, a web image-text collection that Google has not released.","examples":["google/siglip-base-patch16-512","google/siglip-so400m-patch14-384"]},{"id":"gpt-1","family":"GPT-1","name":"GPT-1 (OpenAI GPT)","developer":"OpenAI","patterns":{"hub":[{"org":["openai-community","openai",""],"name":"^openai-gpt$"}],"prose":["^gpt-1\\\\b","^openai[ -]gpt(?![- ]?(?:\\\\d|models?\\\\b|api\\\\b|series\\\\b|family\\\\b)|\\\\w)"]},"weightsLicence":"MIT","codeLicence":"MIT","architecture":"code","trainingData":"described","datasets":["bookcorpus"],"weights":"open","restrictions":[],"sources":["https://github.com/openai/finetune-transformer-lm","https://huggingface.co/openai-community/openai-gpt"],"verification":"provisional","notes":"The 2018 generative pre-trained transformer; the code and the pretrained parameters were published together under MIT. BooksCorpus, its training data, is not redistributable. \\"OpenAI GPT models\\" and \\"OpenAI GPT-4\\" name the hosted models, not this one.","examples":["openai-community/openai-gpt","openai-gpt","OpenAI GPT","GPT-1"]},{"id":"elmo","family":"ELMo","name":"ELMo","developer":"Allen Institute for AI","patterns":{"prose":["^elmo\\\\b"]},"weightsLicence":"NOASSERTION","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","weights":"open","restrictions":[],"sources":["https://allennlp.org/elmo","https://github.com/allenai/bilm-tf"],"verification":"provisional","notes":"Deep contextualised word representations from a bidirectional LSTM language model (2018). The weights are a free download whose page states no licence; the bilm-tf code is Apache-2.0. Trained on the 1 Billion Word Benchmark (WMT 2011 news crawl); the 5.5B variant adds Wikipedia and WMT 2008-2012 news.","examples":["ELMo"]},{"id":"gpt-2","family":"GPT-2","name":"GPT-2","developer":"OpenAI","patterns":{"hub":[{"org":["openai-community","openai",""],"name":"^gpt2(?:-(?:medium|large|xl))?$"}],"prose":["^gpt-2\\\\b"]},"weightsLicence":"MIT","codeLicence":"MIT","architecture":"code","trainingData":"described","weights":"open","restrictions":[],"sources":["https://github.com/openai/gpt-2/blob/master/LICENSE","https://huggingface.co/openai-community/gpt2"],"verification":"primary","notes":"The repository uses a \\"Modified MIT License\\" that only adds a non-binding request; functionally MIT. WebText was not released.","examples":["openai-community/gpt2","gpt2","gpt2-xl","GPT-2"]},{"id":"bert","family":"BERT","name":"BERT","developer":"Google","patterns":{"hub":[{"org":["google-bert","google",""],"name":"^bert[-_]"}],"prose":["^bert\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"described","datasets":["wikipedia","bookcorpus"],"weights":"open","restrictions":[],"sources":["https://github.com/google-research/bert/blob/master/README.md"],"verification":"primary","notes":"English Wikipedia + BooksCorpus; BooksCorpus is not redistributable.","examples":["google-bert/bert-base-uncased","bert-base-uncased","bert-large-cased","google/bert_uncased_L-2_H-128_A-2"]},{"id":"t5","family":"T5","name":"T5","developer":"Google","patterns":{"hub":[{"org":["google-t5",""],"name":"^t5-(?:small|base|large|3b|11b)$"},{"org":["google"],"name":"^t5-v1_1-"}],"prose":["^t5\\\\b","^t5(?:[ -]?v1[._ ]1)?[ -]?(?:small|base|large|xl|xxl)\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"open","datasets":["c4"],"weights":"open","restrictions":[],"sources":["https://github.com/google-research/text-to-text-transfer-transformer/blob/main/README.md"],"verification":"primary","notes":"C4 is reproducible from Common Crawl via TFDS and published as allenai/c4 (ODC-By). Passed OSI validation (secondary).","examples":["google-t5/t5-small","t5-base","google/t5-v1_1-large"]},{"id":"flan-t5","family":"T5","name":"Flan-T5","developer":"Google","patterns":{"hub":[{"org":["google"],"name":"^flan-t5-"}],"prose":["^flan-t5\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"partial","datasets":["c4"],"weights":"open","restrictions":[],"baseOf":"t5","sources":["https://github.com/google-research/text-to-text-transfer-transformer/blob/main/README.md","https://huggingface.co/google/flan-t5-base"],"verification":"primary","notes":"T5 pre-training on C4 plus the Flan instruction collection, which is only partly public.","examples":["google/flan-t5-base","google/flan-t5-xxl"]},{"id":"all-minilm-l6-v2","family":"sentence-transformers","name":"all-MiniLM-L6-v2","developer":"sentence-transformers (UKP Lab / Hugging Face)","patterns":{"hub":[{"org":["sentence-transformers",""],"name":"^all-minilm-l6-v2$"}],"ollama":["^all-minilm(?::|$)"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"partial","weights":"open","restrictions":[],"sources":["https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2","https://github.com/UKPLab/sentence-transformers"],"verification":"provisional","notes":"Fine-tuned on about 1B sentence pairs from many public datasets (listed on the card) with mixed licences.","examples":["sentence-transformers/all-MiniLM-L6-v2","all-MiniLM-L6-v2","all-minilm"]},{"id":"all-mpnet-base-v2","family":"sentence-transformers","name":"all-mpnet-base-v2","developer":"sentence-transformers (UKP Lab / Hugging Face)","patterns":{"hub":[{"org":["sentence-transformers",""],"name":"^all-mpnet-base-v2$"}]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"partial","weights":"open","restrictions":[],"sources":["https://huggingface.co/sentence-transformers/all-mpnet-base-v2"],"verification":"provisional","notes":"Same training-pair collection as all-MiniLM-L6-v2.","examples":["sentence-transformers/all-mpnet-base-v2","all-mpnet-base-v2"]},{"id":"grok-1","family":"Grok","name":"Grok-1 (open weights)","developer":"xAI","patterns":{"hub":[{"org":["xai-org"],"name":"^grok-1$"}],"api":["^grok-1$"],"prose":["^grok-1\\\\b"]},"weightsLicence":"Apache-2.0","codeLicence":"Apache-2.0","architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":[],"sources":["https://github.com/xai-org/grok-1/blob/main/README.md"],"verification":"primary","examples":["xai-org/grok-1"]},{"id":"grok-2","family":"Grok","name":"Grok 2 (open weights)","developer":"xAI","patterns":{"hub":[{"org":["xai-org"],"name":"^grok-2$"}]},"weightsLicence":"LicenseRef-grok2-community","codeLicence":null,"architecture":"code","trainingData":"undisclosed","weights":"open","restrictions":["Commercial use only when following the xAI Acceptable Use Policy guardrails","No using the materials or outputs to train other foundation or general-purpose models","\\"Powered by xAI\\" display"],"sources":["https://huggingface.co/xai-org/grok-2/blob/main/LICENSE"],"verification":"primary","notes":"Hub licence id grok2-community. The API name grok-2-1212 is the hosted service (grok-api).","examples":["xai-org/grok-2"]},{"id":"grok-api","family":"Grok","name":"Grok hosted models (API only)","developer":"xAI","patterns":{"api":["^grok-"],"prose":["^grok\\\\b"]},"weightsLicence":null,"codeLicence":null,"architecture":"undisclosed","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://docs.x.ai/docs/models"],"verification":"secondary","examples":["grok-3","grok-2-1212","grok-4-latest","Grok"]},{"id":"dbrx","family":"DBRX","name":"DBRX","developer":"Databricks","patterns":{"hub":[{"org":["databricks"],"name":"^dbrx-"}],"ollama":["^dbrx(?::|$)"],"prose":["^dbrx\\\\b"]},"weightsLicence":"LicenseRef-databricks-open-model-license","codeLicence":"LicenseRef-databricks-open-model-license","architecture":"code","trainingData":"undisclosed","weights":"gated","restrictions":["Licensees with over 700 million monthly active users need a separate licence","Acceptable Use Policy by URL; no using DBRX or its outputs to improve other LLMs","Databricks may restrict use remotely"],"sources":["https://github.com/databricks/dbrx/blob/main/README.md","https://www.databricks.com/legal/open-model-license"],"verification":"primary","notes":"The README links the licence as the \\"Databricks Open Source License\\": a real mislabel.","examples":["databricks/dbrx-instruct","databricks/dbrx-base","dbrx"]},{"id":"command-r","family":"Command","name":"Command R / R+ / A and Aya (weights)","developer":"Cohere (Cohere For AI / Cohere Labs)","patterns":{"hub":[{"org":["CohereForAI","CohereLabs"],"name":"^(?:c4ai-command-|aya-)"}],"ollama":["^(?:command-r(?:-plus|7b)?|command-a|aya(?:-expanse)?)(?::|$)"]},"weightsLicence":"CC-BY-NC-4.0","codeLicence":null,"architecture":"code","trainingData":"undisclosed","weights":"gated","restrictions":["Non-commercial use only (CC-BY-NC-4.0)","C4AI Acceptable Use Policy; outputs may not be used as synthetic data for commercial purposes"],"sources":["https://cohere.com/c4ai-cc-by-nc-license","https://docs.cohere.com/docs/c4ai-acceptable-use-policy"],"verification":"secondary","notes":"On the Hub these show as plain cc-by-nc-4.0; the AUP adds further terms. Architecture via the transformers integration.","examples":["CohereForAI/c4ai-command-r-v01","CohereLabs/c4ai-command-r-plus-08-2024","CohereForAI/aya-23-8B","command-r"]},{"id":"cohere-api","family":"Command","name":"Cohere hosted models (API only)","developer":"Cohere","patterns":{"api":["^command(?:-|$)","^(?:embed|rerank)-(?:english|multilingual|v\\\\d)"]},"weightsLicence":null,"codeLicence":null,"architecture":"undisclosed","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://docs.cohere.com/docs/models"],"verification":"secondary","notes":"command-* names reached through the Cohere API are closed API use; the CC-BY-NC weights on the Hub are a separate entry.","examples":["command-r-plus-08-2024","command-a-03-2025","command-light","embed-english-v3.0"]},{"id":"gpt-4","family":"GPT","name":"GPT-4 / GPT-4o / GPT-4.1 / ChatGPT","developer":"OpenAI","patterns":{"api":["^gpt-4","^chatgpt-"],"prose":["^gpt-?4(?:o|\\\\.1|\\\\.5)?\\\\b","^chatgpt\\\\b"]},"weightsLicence":null,"codeLicence":null,"architecture":"undisclosed","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://openai.com/policies/terms-of-use","https://platform.openai.com/docs/models"],"verification":"secondary","notes":"The GPT-4 technical report withholds architecture and data details.","examples":["gpt-4o","gpt-4o-mini","gpt-4-turbo","gpt-4.1-nano","chatgpt-4o-latest","GPT-4"]},{"id":"openai-o-series","family":"GPT","name":"OpenAI o-series reasoning models","developer":"OpenAI","patterns":{"api":["^o[1-9](?:-|$)"],"prose":["^openai o[1-9]\\\\b"]},"weightsLicence":null,"codeLicence":null,"architecture":"undisclosed","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://platform.openai.com/docs/models","https://openai.com/policies/terms-of-use"],"verification":"secondary","examples":["o1","o3-mini","o4-mini-2025-04-16"]},{"id":"gpt-5","family":"GPT","name":"GPT-5","developer":"OpenAI","patterns":{"api":["^gpt-5"],"prose":["^gpt-?5\\\\b"]},"weightsLicence":null,"codeLicence":null,"architecture":"undisclosed","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://platform.openai.com/docs/models","https://openai.com/policies/terms-of-use"],"verification":"provisional","examples":["gpt-5","gpt-5-mini"]},{"id":"gpt-3.5","family":"GPT","name":"GPT-3 / GPT-3.5","developer":"OpenAI","patterns":{"api":["^gpt-3\\\\.5","^(?:text-)?(?:davinci|curie|babbage|ada)(?:-|$)"],"prose":["^gpt-?3(?:\\\\.5)?\\\\b"]},"weightsLicence":null,"codeLicence":null,"architecture":"undisclosed","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://platform.openai.com/docs/models","https://openai.com/policies/terms-of-use"],"verification":"secondary","examples":["gpt-3.5-turbo","text-davinci-003","davinci-002"]},{"id":"openai-embeddings","family":"GPT","name":"OpenAI embedding models","developer":"OpenAI","patterns":{"api":["^text-embedding-(?:3|ada)"]},"weightsLicence":null,"codeLicence":null,"architecture":"undisclosed","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://platform.openai.com/docs/guides/embeddings"],"verification":"secondary","examples":["text-embedding-3-small","text-embedding-ada-002"]},{"id":"dall-e","family":"GPT","name":"DALL\xB7E / GPT Image","developer":"OpenAI","patterns":{"api":["^dall-e-","^gpt-image-"],"prose":["^dall[-\xB7]?e\\\\b"]},"weightsLicence":null,"codeLicence":null,"architecture":"undisclosed","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://platform.openai.com/docs/guides/images"],"verification":"secondary","examples":["dall-e-3","gpt-image-1"]},{"id":"gemini","family":"Gemini","name":"Gemini (all versions)","developer":"Google DeepMind","patterns":{"api":["^gemini-"],"prose":["^gemini\\\\b"]},"weightsLicence":null,"codeLicence":null,"architecture":"paper-only","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://ai.google.dev/gemini-api/terms"],"verification":"secondary","notes":"High-level architecture in technical reports only. Gemma (open weights, own terms) is a separate family.","examples":["gemini-1.5-pro","gemini-2.0-flash","models/gemini-2.5-pro","Gemini"]},{"id":"amazon-nova-titan","family":"Amazon Nova","name":"Amazon Nova / Titan (Bedrock, API only)","developer":"Amazon","patterns":{"api":["^(?:nova|titan)-"]},"weightsLicence":null,"codeLicence":null,"architecture":"undisclosed","trainingData":"undisclosed","weights":"api-only","restrictions":["Weights not released; use governed by the provider's service terms"],"sources":["https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html"],"verification":"provisional","examples":["amazon.nova-pro-v1:0","amazon.titan-embed-text-v2:0"]}]}`);

// src/knowledge/knowledge-patterns.ts
var patternOf = (source) => new RegExp(source, "i");

// src/knowledge/models.ts
function modelEntryOf(record) {
  const p = record.patterns;
  const patterns = {
    ...p.hub ? { hub: p.hub.map((h) => ({ org: h.org, name: patternOf(h.name) })) } : {},
    ...p.ollama ? { ollama: p.ollama.map(patternOf) } : {},
    ...p.api ? { api: p.api.map(patternOf) } : {},
    ...p.prose ? { prose: p.prose.map(patternOf) } : {}
  };
  return { ...record, patterns };
}
var MODELS = models_default.models.map(
  modelEntryOf
);

// src/util/literal-prefixes.ts
var META = /[()[\]?*+{|.^$\\]/;
var ESCAPED_LITERAL = /[.\-/ _:@#]/;
function groupAt(src, open) {
  let depth = 0;
  let from = open + 3;
  const alternatives = [];
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth === 0) {
        alternatives.push(src.slice(from, i));
        return { alternatives, end: i + 1 };
      }
    } else if (c === "|" && depth === 1) {
      alternatives.push(src.slice(from, i));
      from = i + 1;
    }
  }
  return null;
}
function literalRun(src, i) {
  let out = "";
  while (i < src.length) {
    const c = src[i];
    let char;
    let next2;
    if (c === "\\") {
      const e = src[i + 1];
      if (e === void 0 || !ESCAPED_LITERAL.test(e)) break;
      char = e;
      next2 = i + 2;
    } else if (META.test(c)) break;
    else {
      char = c;
      next2 = i + 1;
    }
    const q = src[next2];
    if (q === "?" || q === "*" || q === "{" && src.startsWith("{0", next2)) break;
    out += char;
    i = next2;
  }
  return out.toLowerCase();
}
function prefixesFrom(src, i, min) {
  if (src.startsWith("(?:", i)) {
    const group3 = groupAt(src, i);
    if (!group3) return null;
    const out = [];
    for (const alternative of group3.alternatives) {
      const run2 = literalRun(alternative, 0);
      if (run2.length < min) return null;
      out.push(run2);
    }
    if (src[group3.end] === "?") {
      const rest = prefixesFrom(src, group3.end + 1, min);
      return rest ? [...out, ...rest] : null;
    }
    return out;
  }
  const run = literalRun(src, i);
  return run.length >= min ? [run] : null;
}
function literalPrefixes(re, min = 2) {
  if (!re.source.startsWith("^") || re.flags.includes("m")) return null;
  return prefixesFrom(re.source, 1, min);
}
function cueWords(patterns, min = 2) {
  const all = /* @__PURE__ */ new Set();
  const unread = [];
  for (const re of patterns) {
    const prefixes2 = literalPrefixes(re, min);
    if (prefixes2) for (const p of prefixes2) all.add(p);
    else unread.push(re);
  }
  const sorted = [...all].sort((a, b) => a.length - b.length);
  const words = [];
  for (const w of sorted) if (!words.some((k) => w.startsWith(k))) words.push(w);
  return { words, unread };
}

// src/util/leading-chars.ts
function leadingChars(re) {
  const src = re.source;
  if (!src.startsWith("^") || re.flags.includes("m")) return null;
  if (closeOfAlternative(src, 1) !== null) return null;
  const found = /* @__PURE__ */ new Set();
  const end = sequence(src, 1, found);
  return end === null ? null : found;
}
function sequence(src, i, out) {
  while (i < src.length) {
    const atom = atomAt(src, i, out);
    if (atom === null) return null;
    const q = src[atom.end];
    const optional = q === "?" || q === "*" || q === "{" && src.startsWith("{0", atom.end);
    if (atom.zeroWidth) {
      i = atom.end;
      continue;
    }
    if (!optional) return atom.end;
    i = skipQuantifier(src, atom.end);
  }
  return null;
}
function atomAt(src, i, out) {
  const c = src[i];
  if (c === void 0) return null;
  if (c === "\\") {
    const e = src[i + 1];
    if (e === void 0) return null;
    if (e === "b") return { end: i + 2, zeroWidth: true };
    if (e === "d") {
      for (const d of "0123456789") out.add(d);
      return { end: i + 2, zeroWidth: false };
    }
    if (/[.\-/\\+*?()[\]{}|^$ _:@#]/.test(e)) {
      out.add(e);
      return { end: i + 2, zeroWidth: false };
    }
    return null;
  }
  if (c === "(") {
    if (src.startsWith("(?=", i) || src.startsWith("(?!", i) || src.startsWith("(?<", i)) return null;
    const start = src.startsWith("(?:", i) ? i + 3 : i + 1;
    return group(src, start, out);
  }
  if (c === "[") return charClass(src, i + 1, out);
  if (".^$|)?*+{}".includes(c)) return null;
  out.add(c.toLowerCase());
  return { end: i + 1, zeroWidth: false };
}
function group(src, i, out) {
  for (; ; ) {
    const stop = sequence(src, i, out);
    if (stop === null) return null;
    const close = closeOfAlternative(src, stop);
    if (close === null) return null;
    if (src[close] === ")") return { end: close + 1, zeroWidth: false };
    i = close + 1;
  }
}
function closeOfAlternative(src, i) {
  let depth = 0;
  let inClass = false;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) return i;
      depth--;
    } else if (c === "|" && depth === 0) return i;
  }
  return null;
}
function charClass(src, i, out) {
  if (src[i] === "^") return null;
  const chars = [];
  for (; i < src.length && src[i] !== "]"; i++) {
    let c = src[i];
    if (c === "\\") {
      const e = src[++i];
      if (e === void 0 || /[a-zA-Z0-9]/.test(e)) return null;
      c = e;
    }
    if (src[i + 1] === "-" && src[i + 2] !== void 0 && src[i + 2] !== "]") {
      const to = src[i + 2];
      if (!/[a-z0-9]/i.test(c) || !/[a-z0-9]/i.test(to) || to.charCodeAt(0) - c.charCodeAt(0) > 26)
        return null;
      for (let k = c.charCodeAt(0); k <= to.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
      i += 2;
    } else chars.push(c);
  }
  if (src[i] !== "]") return null;
  for (const c of chars) out.add(c.toLowerCase());
  return { end: i + 1, zeroWidth: false };
}
function skipQuantifier(src, i) {
  if (src[i] === "{") {
    const close = src.indexOf("}", i);
    i = close === -1 ? src.length : close + 1;
  } else i++;
  if (src[i] === "?") i++;
  return i;
}
var FirstCharIndex = class {
  constructor(rules) {
    this.rules = rules;
    this.leading = rules.map((r) => leadingChars(r.re));
    this.prefixes = rules.map((r) => literalPrefixes(r.re, 2));
  }
  rules;
  leading;
  prefixes;
  byStart = /* @__PURE__ */ new Map();
  candidates(text) {
    const start = text.slice(0, 2).toLowerCase();
    let list = this.byStart.get(start);
    if (list === void 0) {
      const c = start.charAt(0);
      list = this.rules.filter((_, k) => {
        const chars = this.leading[k];
        if (chars !== null && chars !== void 0 && !chars.has(c)) return false;
        const words = this.prefixes[k];
        return words === null || words === void 0 || words.some((w) => w.startsWith(start) || start.startsWith(w));
      });
      this.byStart.set(start, list);
    }
    return list;
  }
};

// src/knowledge/lookup-model.ts
var MIRROR_ORGS = /* @__PURE__ */ new Set([
  "unsloth",
  "thebloke",
  "bartowski",
  "xenova",
  "onnx-community",
  "lmstudio-community",
  "mlx-community",
  "nousresearch",
  "hugging-quants",
  "quantfactory",
  "maziyarpanahi",
  "second-state",
  "ggml-org",
  "neuralmagic",
  "redhatai"
]);
var ROUTER_ONLY_PREFIXES = /* @__PURE__ */ new Set([
  "anthropic",
  "models",
  "gemini",
  "vertex_ai",
  "vertex",
  "x-ai",
  "xai",
  "cohere",
  "mistral",
  "deepseek",
  "bedrock",
  "azure",
  "groq",
  "together_ai",
  "openrouter",
  "ollama",
  "ollama_chat"
]);
var ROUTER_HUB_PREFIXES = /* @__PURE__ */ new Set([
  "openai",
  "google",
  "mistralai",
  "meta-llama",
  "qwen"
]);
var MAX_NAME = 512;
var CACHE_LIMIT = 1e4;
var hubByOrg = /* @__PURE__ */ new Map();
var hubAll = [];
var ollamaRules = [];
var apiRules = [];
var proseRules = [];
var byId = /* @__PURE__ */ new Map();
for (const entry of MODELS) {
  byId.set(entry.id, entry);
  for (const hub of entry.patterns.hub ?? []) {
    const rule = { entry, re: hub.name };
    hubAll.push(rule);
    for (const org of hub.org) {
      const key = org.toLowerCase();
      const list = hubByOrg.get(key);
      if (list) list.push(rule);
      else hubByOrg.set(key, [rule]);
    }
  }
  for (const re of entry.patterns.ollama ?? []) ollamaRules.push({ entry, re });
  for (const re of entry.patterns.api ?? []) apiRules.push({ entry, re });
  for (const re of entry.patterns.prose ?? []) proseRules.push({ entry, re });
}
var indexes = /* @__PURE__ */ new WeakMap();
function first(rules, text) {
  if (!rules) return void 0;
  let index = indexes.get(rules);
  if (index === void 0) {
    index = new FirstCharIndex(rules);
    indexes.set(rules, index);
  }
  for (const rule of index.candidates(text)) if (rule.re.test(text)) return rule.entry;
  return void 0;
}
var HF_URL = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\//i;
var OLLAMA_URL = /^(?:https?:\/\/)?(?:registry\.)?ollama\.(?:com|ai)\//i;
var BEDROCK = /^(?:(?:us|eu|apac|global)\.)?(?:anthropic|meta|mistral|cohere|amazon|ai21|openai|deepseek|qwen)\.(.+)$/i;
var WEIGHT_FILE = /\.(?:gguf|ggml|llamafile|safetensors|bin|pt|pth|ckpt|onnx)$/i;
var PATH_START = /^(?:\.{1,2}[\\/]|[\\/]|~[\\/]|[a-z]:[\\/])/i;
var REPO_NAME = /^[\w.-]+$/;
function order(ref) {
  const via = ref.via ?? "";
  if (via === "ollama" || via === "modelfile") return ["ollama", "hub-legacy", "api", "name", "prose"];
  if (via === "prose") return ["prose", "api", "ollama", "hub-legacy", "name"];
  if (via === "api" || ref.provider) return ["api", "ollama", "hub-legacy", "name", "prose"];
  return ["hub-legacy", "ollama", "api", "name", "prose"];
}
function repoName(segment) {
  let end = segment.length;
  const colon = segment.indexOf(":");
  if (colon >= 0) end = colon;
  const at = segment.indexOf("@");
  if (at >= 0 && at < end) end = at;
  return segment.slice(0, end);
}
function baseName(path2) {
  const parts = path2.split(/[\\/]/);
  const last = parts[parts.length - 1] ?? "";
  return last.replace(WEIGHT_FILE, "");
}
var spaced = (name) => name.replace(/_+/g, " ");
function matchBare(name, ref) {
  let s = name;
  const bedrock = BEDROCK.exec(s);
  if (bedrock?.[1]) s = bedrock[1];
  if (/^ft:/i.test(s)) s = s.slice(3);
  const colon = s.indexOf(":");
  const beforeColon = colon >= 0 ? s.slice(0, colon) : s;
  const repoLike = REPO_NAME.test(beforeColon);
  for (const step2 of order(ref)) {
    let entry;
    switch (step2) {
      case "hub-legacy":
        entry = repoLike ? first(hubByOrg.get(""), beforeColon) : void 0;
        if (entry) return { entry, by: "hub" };
        break;
      case "ollama":
        entry = first(ollamaRules, s);
        if (entry) return { entry, by: "ollama" };
        break;
      case "api":
        entry = first(apiRules, beforeColon);
        if (entry) return { entry, by: "api" };
        break;
      case "name":
        entry = repoLike ? first(hubAll, beforeColon) : void 0;
        if (entry) return { entry, by: "name" };
        break;
      case "prose":
        entry = first(proseRules, name) ?? (name.includes("_") ? first(proseRules, spaced(name)) : void 0);
        if (entry) return { entry, by: "prose" };
        break;
    }
  }
  return void 0;
}
function matchUncached(ref) {
  let s = ref.name.trim();
  if (s.length === 0 || s.length > MAX_NAME) return void 0;
  if (HF_URL.test(s)) s = s.replace(HF_URL, "");
  else if (OLLAMA_URL.test(s)) s = s.replace(OLLAMA_URL, "");
  s = s.replace(/^hf:\/\//i, "").replace(/^hf[-_]hub:/i, "");
  if (/^(?:datasets|spaces)\//i.test(s)) return void 0;
  s = s.replace(/^library\//i, "").replace(/^huggingface\//i, "");
  if (ref.via === "package") {
    const entry = first(proseRules, s);
    return entry ? { entry, by: "prose" } : void 0;
  }
  if (PATH_START.test(s) || s.includes("\\") || WEIGHT_FILE.test(s)) {
    const base = baseName(s);
    if (!base) return void 0;
    const entry = first(hubByOrg.get(""), base) ?? first(hubAll, base);
    if (entry) return { entry, by: "name" };
    const words = first(proseRules, spaced(base));
    return words ? { entry: words, by: "prose" } : void 0;
  }
  const slash = s.indexOf("/");
  if (slash < 0) return matchBare(s, ref);
  const org = s.slice(0, slash).toLowerCase();
  const rest = s.slice(slash + 1);
  const repo = repoName(rest.split("/")[0] ?? "");
  if (!repo) return void 0;
  const own = first(hubByOrg.get(org), repo);
  if (own) return { entry: own, by: "hub" };
  const throughApi = ref.via === "api" || ref.provider !== void 0;
  if (ROUTER_ONLY_PREFIXES.has(org) || throughApi && ROUTER_HUB_PREFIXES.has(org)) {
    const routed = matchUncached({ ...ref, name: rest });
    if (routed) return { entry: routed.entry, by: "router" };
  }
  const named = first(hubAll, repo);
  return named ? { entry: named, by: MIRROR_ORGS.has(org) ? "mirror" : "derived" } : void 0;
}
var cache = /* @__PURE__ */ new Map();
function matchModel(ref) {
  const key = `${ref.via ?? ""}\0${ref.provider ?? ""}\0${ref.name}`;
  const hit = cache.get(key);
  if (hit !== void 0) return hit ?? void 0;
  const result = matchUncached(ref);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result ?? null);
  return result;
}
function findModel(ref) {
  return matchModel(ref)?.entry;
}

// src/knowledge/data/datasets.json
var datasets_default = JSON.parse(`{"$schema":"./knowledge.schema.json","about":"Datasets: how references look (Hub ids, TFDS names, torchvision classes, Kaggle slugs, prose) and the terms they come under. Facts from ../shared/reference/ai-licences.md where it has them; everything else is marked provisional and cites the dataset's own page. Where no single licence applies or none is stated, licence is null and openness says unknown (or restricted when the terms are known to restrict use).","order":"First match wins, as for models.","patterns":"hub, hubPrefixes, tfds, torchvision and kaggle are compared case-insensitively and exactly; prose entries are case-insensitive regular expression sources anchored at ^.","datasets":[{"id":"the-pile","name":"The Pile","patterns":{"hub":["EleutherAI/pile","EleutherAI/the_pile","EleutherAI/the_pile_deduplicated","the_pile","pile"],"prose":["^the pile\\\\b"]},"licence":null,"openness":"unknown","access":"withdrawn","notes":"An 825 GiB mix of 22 sources, each under its own terms (no single licence). The Books3 component drew a DMCA takedown in 2023 and the original hosting was removed; Pythia's pre-tokenised shards remain public. Models trained on it (Pythia, GPT-J, GPT-NeoX) are still counted as having released training data.","sources":["https://pile.eleuther.ai/","https://arxiv.org/abs/2101.00027","https://github.com/EleutherAI/pythia/blob/main/README.md"],"verification":"secondary"},{"id":"c4","name":"C4 (Colossal Clean Crawled Corpus)","patterns":{"hub":["allenai/c4","c4","legacy-datasets/c4"],"tfds":["c4"],"prose":["^c4\\\\b","^colossal clean crawled corpus\\\\b"]},"licence":"ODC-By-1.0","openness":"open","access":"public","notes":"Cleaned Common Crawl snapshot; reproducible through TFDS, published by AllenAI under ODC-By. Common Crawl terms of use also apply.","sources":["https://huggingface.co/datasets/allenai/c4","https://www.tensorflow.org/datasets/catalog/c4"],"verification":"secondary"},{"id":"refinedweb","name":"Falcon RefinedWeb","patterns":{"hub":["tiiuae/falcon-refinedweb"],"prose":["^(?:falcon[ -])?refinedweb\\\\b"]},"licence":"ODC-By-1.0","openness":"open","access":"public","notes":"A 600B-token public extract of the web corpus used for Falcon; Common Crawl terms also apply. Licence stated from the Hub card, not re-read (reference section 6).","sources":["https://huggingface.co/datasets/tiiuae/falcon-refinedweb"],"verification":"secondary"},{"id":"dolma","name":"Dolma","patterns":{"hub":["allenai/dolma"],"prose":["^dolma\\\\b"]},"licence":"ODC-By-1.0","openness":"open","access":"public","notes":"AI2 pre-training corpus behind OLMo. Under the AI2 ImpACT Medium-Risk licence from August 2023; moved to ODC-By in April 2024. Pinned older versions carry the ImpACT terms.","sources":["https://github.com/allenai/dolma/blob/main/README.md","https://huggingface.co/datasets/allenai/dolma"],"verification":"primary"},{"id":"olmo-mix-1124","name":"OLMo-mix-1124 / Dolmino-mix-1124","patterns":{"hub":["allenai/olmo-mix-1124","allenai/dolmino-mix-1124"]},"licence":"ODC-By-1.0","openness":"open","access":"public","notes":"OLMo 2 pre-training and mid-training mixes. Licence stated from memory of the Hub card (reference section 6).","sources":["https://huggingface.co/datasets/allenai/olmo-mix-1124"],"verification":"secondary"},{"id":"redpajama-v1","name":"RedPajama-Data-1T (v1)","patterns":{"hub":["togethercomputer/RedPajama-Data-1T","togethercomputer/RedPajama-Data-1T-Sample"],"prose":["^redpajama(?:[ -]data)?(?:[ -]1t|[ -]v1)?\\\\b"]},"licence":null,"openness":"unknown","access":"public","notes":"Reproduction of the LLaMA data mix; each slice keeps its source terms (Common Crawl terms, C4 ODC-By, GitHub per-repository licences, arXiv per-paper terms, Wikipedia and StackExchange CC-BY-SA, books). No single licence.","sources":["https://huggingface.co/datasets/togethercomputer/RedPajama-Data-1T"],"verification":"provisional"},{"id":"redpajama-v2","name":"RedPajama-Data-V2","patterns":{"hub":["togethercomputer/RedPajama-Data-V2"],"prose":["^redpajama(?:[ -]data)?[ -]v2\\\\b"]},"licence":null,"openness":"unknown","access":"public","notes":"Web text from Common Crawl with quality signals; use is subject to the Common Crawl terms of use. Processing code is separately licensed.","sources":["https://huggingface.co/datasets/togethercomputer/RedPajama-Data-V2"],"verification":"provisional"},{"id":"slimpajama","name":"SlimPajama-627B","patterns":{"hub":["cerebras/SlimPajama-627B"],"prose":["^slimpajama\\\\b"]},"licence":null,"openness":"unknown","access":"public","notes":"Deduplicated RedPajama v1; inherits the per-source terms of RedPajama v1.","sources":["https://huggingface.co/datasets/cerebras/SlimPajama-627B"],"verification":"provisional"},{"id":"fineweb","name":"FineWeb / FineWeb-2","patterns":{"hub":["HuggingFaceFW/fineweb","HuggingFaceFW/fineweb-2"],"prose":["^fineweb(?:-2)?$","^fineweb(?:-2)? (?:dataset|corpus)\\\\b"]},"licence":"ODC-By-1.0","openness":"open","access":"public","notes":"Filtered Common Crawl text; use is also subject to the Common Crawl terms of use.","sources":["https://huggingface.co/datasets/HuggingFaceFW/fineweb","https://huggingface.co/datasets/HuggingFaceFW/fineweb-2"],"verification":"provisional"},{"id":"fineweb-edu","name":"FineWeb-Edu","patterns":{"hub":["HuggingFaceFW/fineweb-edu","HuggingFaceFW/fineweb-edu-score-2"],"prose":["^fineweb-edu\\\\b"]},"licence":"ODC-By-1.0","openness":"open","access":"public","notes":"Educational-quality subset of FineWeb; Common Crawl terms of use also apply.","sources":["https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu"],"verification":"provisional"},{"id":"the-cauldron","name":"The Cauldron","patterns":{"hub":["HuggingFaceM4/the_cauldron"],"prose":["^the cauldron\\\\b"]},"licence":null,"openness":"restricted","access":"public","notes":"A published collection of 50 vision-language datasets; each subset keeps the licence of its source, some of them non-commercial.","sources":["https://huggingface.co/datasets/HuggingFaceM4/the_cauldron"],"verification":"provisional"},{"id":"common-crawl","name":"Common Crawl","patterns":{"prose":["^common ?crawl\\\\b"]},"licence":null,"openness":"unknown","access":"public","notes":"Raw web crawl archives under the Common Crawl terms of use; the crawled pages stay under their owners' rights.","sources":["https://commoncrawl.org/terms-of-use"],"verification":"provisional"},{"id":"oscar","name":"OSCAR","patterns":{"hub":["oscar","oscar-corpus/OSCAR-2301","oscar-corpus/OSCAR-2201","oscar-corpus/OSCAR-2109"],"hubPrefixes":["oscar-corpus/oscar-"],"prose":["^oscar corpus\\\\b"]},"licence":"CC0-1.0","openness":"unknown","access":"gated","notes":"Multilingual Common Crawl extract. CC0 covers only the packaging, metadata and annotations; the text itself stays under its authors' rights. Recent versions are gated.","sources":["https://oscar-project.org/","https://huggingface.co/datasets/oscar-corpus/OSCAR-2301"],"verification":"provisional"},{"id":"openwebtext","name":"OpenWebText","patterns":{"hub":["Skylion007/openwebtext","openwebtext"],"prose":["^openwebtext\\\\b"]},"licence":null,"openness":"unknown","access":"public","notes":"Open recreation of OpenAI's WebText (pages linked from Reddit). The Hub card declares CC0-1.0, but that cannot cover the scraped pages, whose rights are unknown.","sources":["https://huggingface.co/datasets/Skylion007/openwebtext","https://skylion007.github.io/OpenWebTextCorpus/"],"verification":"provisional"},{"id":"roots","name":"BigScience ROOTS","patterns":{"hubPrefixes":["bigscience-data/roots_"],"prose":["^roots corpus\\\\b"]},"licence":null,"openness":"restricted","access":"gated","notes":"BLOOM training corpus; documented, parts released under gated access with mixed licences.","sources":["https://huggingface.co/bigscience-data","https://huggingface.co/spaces/bigscience/license"],"verification":"secondary"},{"id":"wikipedia","name":"Wikipedia","patterns":{"hub":["wikimedia/wikipedia","wikipedia","legacy-datasets/wikipedia","olm/wikipedia"],"tfds":["wikipedia"],"prose":["^wikipedia\\\\b"]},"licence":"CC-BY-SA-3.0 OR GFDL-1.3-or-later","openness":"open","access":"public","notes":"Text dual-licensed under CC BY-SA and the GFDL; Wikipedia moved to CC BY-SA 4.0 for new text in June 2023. Share-alike and attribution apply.","sources":["https://huggingface.co/datasets/wikimedia/wikipedia","https://en.wikipedia.org/wiki/Wikipedia:Copyrights"],"verification":"provisional"},{"id":"wikitext","name":"WikiText-2 / WikiText-103","patterns":{"hub":["Salesforce/wikitext","wikitext"],"torchvision":["WikiText2","WikiText103"],"prose":["^wikitext(?:-?(?:2|103))?\\\\b"]},"licence":"CC-BY-SA-3.0","openness":"open","access":"public","notes":"Verified Good and Featured Wikipedia articles; share-alike.","sources":["https://huggingface.co/datasets/Salesforce/wikitext"],"verification":"provisional"},{"id":"bookcorpus","name":"BookCorpus","patterns":{"hub":["bookcorpus/bookcorpus","bookcorpus","bookcorpusopen"],"prose":["^books?corpus\\\\b"]},"licence":null,"openness":"unknown","access":"withdrawn","notes":"Self-published novels scraped from Smashwords without the authors' permission; the original distribution stopped and the copies in circulation are not redistributable. Problematic provenance.","sources":["https://huggingface.co/datasets/bookcorpus/bookcorpus","https://arxiv.org/abs/2105.05241"],"verification":"provisional"},{"id":"the-stack","name":"The Stack (v1)","patterns":{"hub":["bigcode/the-stack","bigcode/the-stack-dedup","bigcode/the-stack-smol"],"prose":["^the stack(?: v1(?:\\\\.\\\\d)?)?$"]},"licence":null,"openness":"restricted","access":"gated","notes":"Permissively licensed source files (each file keeps its own licence, opt-outs honoured); gated behind BigCode terms of use that require honouring licences and removal requests.","sources":["https://huggingface.co/datasets/bigcode/the-stack","https://github.com/bigcode-project/starcoder2"],"verification":"secondary"},{"id":"the-stack-v2","name":"The Stack v2","patterns":{"hub":["bigcode/the-stack-v2","bigcode/the-stack-v2-dedup","bigcode/the-stack-v2-train-full-ids","bigcode/the-stack-v2-train-smol-ids"],"prose":["^the stack v2\\\\b"]},"licence":null,"openness":"restricted","access":"gated","notes":"Software Heritage file ids with per-file licences; gated under terms of use, and the file contents must be fetched from Software Heritage under its own agreement.","sources":["https://huggingface.co/datasets/bigcode/the-stack-v2","https://github.com/bigcode-project/starcoder2"],"verification":"secondary"},{"id":"laion-5b","name":"LAION-5B","patterns":{"hub":["laion/laion2B-en","laion/laion2B-multi","laion/laion1B-nolang","laion/laion-high-resolution","laion/laion2B-en-aesthetic"],"prose":["^laion-?(?:5b|2b)\\\\b"]},"licence":"CC-BY-4.0","openness":"unknown","access":"withdrawn","notes":"Image-text pairs as URL lists with metadata. CC-BY-4.0 covers the metadata only; the linked images are under unknown third-party rights. LAION withdrew the set in December 2023 after reports of abusive content and reissued it as Re-LAION-5B in 2024.","sources":["https://laion.ai/blog/laion-5b/","https://laion.ai/blog/relaion-5b/"],"verification":"provisional"},{"id":"re-laion-5b","name":"Re-LAION-5B","patterns":{"hub":["laion/relaion2B-en-research","laion/relaion2B-en-research-safe","laion/relaion2B-multi-research","laion/relaion2B-multi-research-safe"],"prose":["^re-?laion(?:-5b)?\\\\b"]},"licence":null,"openness":"unknown","access":"gated","notes":"Cleaned re-release of LAION-5B (August 2024). Licence of the new metadata not checked; linked images remain under third-party rights.","sources":["https://laion.ai/blog/relaion-5b/"],"verification":"provisional"},{"id":"laion-400m","name":"LAION-400M","patterns":{"hub":["laion/laion400m"],"prose":["^laion-?400m\\\\b"]},"licence":"CC-BY-4.0","openness":"unknown","access":"withdrawn","notes":"URL lists with CLIP-filtered captions; CC-BY-4.0 covers the metadata only, the images are under unknown third-party rights. Withdrawn with LAION-5B in December 2023.","sources":["https://laion.ai/blog/laion-400-open-dataset/"],"verification":"provisional"},{"id":"imagenet","name":"ImageNet (ILSVRC)","patterns":{"hub":["ILSVRC/imagenet-1k","imagenet-1k","imagenet"],"tfds":["imagenet2012","imagenet2012_subset","imagenet_v2","imagenet_resized"],"torchvision":["ImageNet"],"prose":["^imagenet(?:-1k|-21k)?\\\\b","^ilsvrc\\\\b"]},"licence":null,"openness":"restricted","access":"gated","notes":"Images from the web under their owners' rights; access requires agreeing to ImageNet's terms: non-commercial research and education use only.","sources":["https://www.image-net.org/download.php","https://huggingface.co/datasets/ILSVRC/imagenet-1k"],"verification":"provisional"},{"id":"coco","name":"COCO (Common Objects in Context)","patterns":{"hub":["detection-datasets/coco","HuggingFaceM4/COCO"],"tfds":["coco","coco_captions"],"torchvision":["CocoDetection","CocoCaptions"],"prose":["^(?:ms[ -])?coco\\\\b"]},"licence":"CC-BY-4.0","openness":"restricted","notes":"CC-BY-4.0 covers the annotations. The images come from Flickr under per-image licences (some non-commercial) and the Flickr terms of use.","sources":["https://cocodataset.org/#termsofuse"],"verification":"provisional"},{"id":"mnist","name":"MNIST","patterns":{"hub":["ylecun/mnist","mnist"],"tfds":["mnist"],"torchvision":["MNIST"],"prose":["^mnist\\\\b"]},"licence":null,"openness":"unknown","access":"public","notes":"The original site states no licence. The Hub card lists MIT and it is often quoted as CC BY-SA 3.0; neither comes from the authors.","sources":["https://huggingface.co/datasets/ylecun/mnist"],"verification":"provisional"},{"id":"fashion-mnist","name":"Fashion-MNIST","patterns":{"hub":["zalando-datasets/fashion_mnist","fashion_mnist"],"tfds":["fashion_mnist"],"torchvision":["FashionMNIST"],"prose":["^fashion-?mnist\\\\b"]},"licence":"MIT","openness":"open","access":"public","notes":"Zalando article images released with the repository under MIT.","sources":["https://github.com/zalandoresearch/fashion-mnist"],"verification":"provisional"},{"id":"cifar-10","name":"CIFAR-10","patterns":{"hub":["uoft-cs/cifar10","cifar10"],"tfds":["cifar10"],"torchvision":["CIFAR10"],"prose":["^cifar-?10\\\\b"]},"licence":null,"openness":"unknown","access":"public","notes":"Subset of the 80 Million Tiny Images collection; the authors state no licence.","sources":["https://www.cs.toronto.edu/~kriz/cifar.html","https://huggingface.co/datasets/uoft-cs/cifar10"],"verification":"provisional"},{"id":"cifar-100","name":"CIFAR-100","patterns":{"hub":["uoft-cs/cifar100","cifar100"],"tfds":["cifar100"],"torchvision":["CIFAR100"],"prose":["^cifar-?100\\\\b"]},"licence":null,"openness":"unknown","access":"public","notes":"Subset of the 80 Million Tiny Images collection; the authors state no licence.","sources":["https://www.cs.toronto.edu/~kriz/cifar.html","https://huggingface.co/datasets/uoft-cs/cifar100"],"verification":"provisional"},{"id":"squad","benchmark":true,"name":"SQuAD (v1.1, v2.0)","patterns":{"hub":["rajpurkar/squad","rajpurkar/squad_v2","squad","squad_v2"],"tfds":["squad"],"torchvision":["SQuAD1","SQuAD2"],"prose":["^squad\\\\b"]},"licence":"CC-BY-SA-4.0","openness":"open","access":"public","notes":"Questions on Wikipedia articles; share-alike.","sources":["https://rajpurkar.github.io/SQuAD-explorer/","https://huggingface.co/datasets/rajpurkar/squad"],"verification":"provisional"},{"id":"glue","benchmark":true,"name":"GLUE","patterns":{"hub":["nyu-mll/glue","glue"],"tfds":["glue"],"prose":["^glue benchmark\\\\b"]},"licence":null,"openness":"unknown","access":"public","notes":"A collection of nine tasks, each under its own source terms (mixed; some state none).","sources":["https://gluebenchmark.com/","https://huggingface.co/datasets/nyu-mll/glue"],"verification":"provisional"},{"id":"super-glue","benchmark":true,"name":"SuperGLUE","patterns":{"hub":["aps/super_glue","super_glue"],"tfds":["super_glue"],"prose":["^superglue\\\\b"]},"licence":null,"openness":"unknown","access":"public","notes":"A collection of tasks, each under its own source terms (mixed).","sources":["https://super.gluebenchmark.com/","https://huggingface.co/datasets/aps/super_glue"],"verification":"provisional"},{"id":"imdb","benchmark":true,"name":"IMDB Large Movie Review Dataset","patterns":{"hub":["stanfordnlp/imdb","imdb"],"tfds":["imdb_reviews"],"torchvision":["IMDB"],"kaggle":["lakshmi25npathi/imdb-dataset-of-50k-movie-reviews"],"prose":["^imdb (?:dataset|reviews)\\\\b","^large movie review dataset\\\\b"]},"licence":null,"openness":"unknown","access":"public","notes":"Reviews scraped from IMDb; the authors state no licence and IMDb's own terms restrict reuse of its content.","sources":["https://ai.stanford.edu/~amaas/data/sentiment/","https://huggingface.co/datasets/stanfordnlp/imdb"],"verification":"provisional"},{"id":"ms-marco","benchmark":true,"name":"MS MARCO","patterns":{"hub":["microsoft/ms_marco","ms_marco"],"prose":["^ms ?marco\\\\b"]},"licence":null,"openness":"restricted","access":"public","notes":"Microsoft terms: non-commercial research purposes only.","sources":["https://microsoft.github.io/msmarco/","https://huggingface.co/datasets/microsoft/ms_marco"],"verification":"provisional"},{"id":"gsm8k","benchmark":true,"name":"GSM8K","patterns":{"hub":["openai/gsm8k","gsm8k"],"prose":["^gsm8k\\\\b"]},"licence":"MIT","openness":"open","access":"public","notes":"Grade-school maths word problems.","sources":["https://huggingface.co/datasets/openai/gsm8k","https://github.com/openai/grade-school-math"],"verification":"provisional"},{"id":"mmlu","benchmark":true,"name":"MMLU","patterns":{"hub":["cais/mmlu","hendrycks_test"],"prose":["^mmlu\\\\b"]},"licence":"MIT","openness":"open","access":"public","notes":"Multiple-choice benchmark over 57 subjects.","sources":["https://huggingface.co/datasets/cais/mmlu","https://github.com/hendrycks/test"],"verification":"provisional"},{"id":"humaneval","benchmark":true,"name":"HumanEval","patterns":{"hub":["openai/openai_humaneval","openai_humaneval"],"prose":["^humaneval\\\\b"]},"licence":"MIT","openness":"open","access":"public","notes":"Hand-written Python programming problems.","sources":["https://huggingface.co/datasets/openai/openai_humaneval","https://github.com/openai/human-eval"],"verification":"provisional"},{"id":"alpaca","name":"Stanford Alpaca","patterns":{"hub":["tatsu-lab/alpaca"],"prose":["^(?:stanford )?alpaca (?:data(?:set)?|52k)\\\\b"]},"licence":"CC-BY-NC-4.0","openness":"restricted","access":"public","notes":"52k instructions generated with OpenAI text-davinci-003; released for non-commercial research, and OpenAI's terms on using outputs apply.","sources":["https://huggingface.co/datasets/tatsu-lab/alpaca","https://github.com/tatsu-lab/stanford_alpaca"],"verification":"provisional"},{"id":"sharegpt","name":"ShareGPT conversations","patterns":{"hub":["anon8231489123/ShareGPT_Vicuna_unfiltered"],"prose":["^sharegpt\\\\b"]},"licence":null,"openness":"unknown","access":"public","notes":"ChatGPT conversations users shared on sharegpt.com, collected without a clear grant from the users; OpenAI's terms on outputs apply. The Hub card's own licence tag does not settle the rights.","sources":["https://huggingface.co/datasets/anon8231489123/ShareGPT_Vicuna_unfiltered"],"verification":"provisional"},{"id":"oasst","name":"OpenAssistant Conversations (oasst1, oasst2)","patterns":{"hub":["OpenAssistant/oasst1","OpenAssistant/oasst2"],"prose":["^oasst[12]?\\\\b","^openassistant conversations\\\\b"]},"licence":"Apache-2.0","openness":"open","access":"public","notes":"Human-written, crowd-sourced assistant conversations.","sources":["https://huggingface.co/datasets/OpenAssistant/oasst1"],"verification":"provisional"},{"id":"dolly-15k","name":"databricks-dolly-15k","patterns":{"hub":["databricks/databricks-dolly-15k"],"prose":["^(?:databricks-)?dolly[ -]15k\\\\b"]},"licence":"CC-BY-SA-3.0","openness":"open","access":"public","notes":"Human-written by Databricks employees; some answers quote Wikipedia, hence share-alike.","sources":["https://huggingface.co/datasets/databricks/databricks-dolly-15k"],"verification":"provisional"},{"id":"ultrachat","name":"UltraChat / UltraChat 200k","patterns":{"hub":["stingning/ultrachat","HuggingFaceH4/ultrachat_200k"],"prose":["^ultrachat\\\\b"]},"licence":"MIT","openness":"open","access":"public","notes":"Multi-turn dialogues generated with ChatGPT; the MIT grant does not lift OpenAI's terms on using outputs.","sources":["https://huggingface.co/datasets/stingning/ultrachat","https://huggingface.co/datasets/HuggingFaceH4/ultrachat_200k"],"verification":"provisional"},{"id":"hh-rlhf","name":"Anthropic HH-RLHF","patterns":{"hub":["Anthropic/hh-rlhf"],"prose":["^hh-rlhf\\\\b"]},"licence":"MIT","openness":"open","access":"public","notes":"Human preference data on helpfulness and harmlessness.","sources":["https://huggingface.co/datasets/Anthropic/hh-rlhf"],"verification":"provisional"},{"id":"librispeech","name":"LibriSpeech","patterns":{"hub":["openslr/librispeech_asr","librispeech_asr"],"tfds":["librispeech"],"torchvision":["LIBRISPEECH"],"prose":["^librispeech\\\\b"]},"licence":"CC-BY-4.0","openness":"open","access":"public","notes":"Read English speech from LibriVox public-domain audiobooks.","sources":["https://www.openslr.org/12","https://huggingface.co/datasets/openslr/librispeech_asr"],"verification":"provisional"},{"id":"common-voice","name":"Mozilla Common Voice","patterns":{"hubPrefixes":["mozilla-foundation/common_voice_"],"tfds":["common_voice"],"torchvision":["COMMONVOICE"],"prose":["^(?:mozilla )?common voice\\\\b"]},"licence":"CC0-1.0","openness":"open","access":"gated","notes":"Crowd-sourced voice recordings. The Hub copies ask users to agree not to try to identify speakers.","sources":["https://commonvoice.mozilla.org/en/datasets","https://huggingface.co/datasets/mozilla-foundation/common_voice_17_0"],"verification":"provisional"}]}`);

// src/knowledge/datasets.ts
function datasetEntryOf(record) {
  const { prose: prose2, ...exact } = record.patterns;
  return { ...record, patterns: { ...exact, ...prose2 ? { prose: prose2.map(patternOf) } : {} } };
}
var DATASETS = datasets_default.datasets.map(
  datasetEntryOf
);

// src/knowledge/lookup-dataset.ts
var MAX_NAME2 = 512;
var byKey = /* @__PURE__ */ new Map();
var prefixes = [];
var prose = [];
var byId2 = /* @__PURE__ */ new Map();
for (const entry of DATASETS) {
  byId2.set(entry.id, entry);
  const p = entry.patterns;
  for (const key of [...p.hub ?? [], ...p.tfds ?? [], ...p.torchvision ?? [], ...p.kaggle ?? []]) {
    const k = key.toLowerCase();
    if (!byKey.has(k)) byKey.set(k, entry);
  }
  for (const prefix of p.hubPrefixes ?? []) prefixes.push({ prefix: prefix.toLowerCase(), entry });
  for (const re of p.prose ?? []) prose.push({ re, entry });
}
var proseIndex = new FirstCharIndex(prose);
var HF_DATASET_URL = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/datasets\//i;
var KAGGLE_URL = /^(?:https?:\/\/)?(?:www\.)?kaggle\.com\/datasets\//i;
var CLASS_PREFIX = /^(?:torchvision|torchaudio|torchtext)\.datasets\./i;
function stripVersion(segment) {
  let end = segment.length;
  for (const ch of [":", "@"]) {
    const i = segment.indexOf(ch);
    if (i >= 0 && i < end) end = i;
  }
  return segment.slice(0, end);
}
function findDataset(name) {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME2) return void 0;
  const s = trimmed.replace(HF_DATASET_URL, "").replace(KAGGLE_URL, "").replace(/^hf:\/\/datasets\//i, "").replace(/^datasets\//i, "").replace(CLASS_PREFIX, "").replace(/^datasets\./i, "").toLowerCase();
  const segments = s.split("/");
  const head = stripVersion(segments[0] ?? "");
  if (segments.length >= 2) {
    const two = `${head}/${stripVersion(segments[1] ?? "")}`;
    const hit = byKey.get(two);
    if (hit) return hit;
    for (const { prefix, entry } of prefixes) if (two.startsWith(prefix)) return entry;
  }
  const single = byKey.get(head);
  if (single) return single;
  for (const { re, entry } of proseIndex.candidates(trimmed)) if (re.test(trimmed)) return entry;
  return void 0;
}

// src/extract/markdown/score-table.ts
var PIPE = 124;
var SCORE_COLUMN = /\b(?:scores?|mean|avg|average|accuracy|acc|f1|em|bleu|rouge|pass@\d+|win ?rate|elo|mteb|mmlu|gsm8k|humaneval)\b/i;
var MAX_TABLE_ROWS = 60;
function tableHeader(text, start) {
  let row = start;
  for (let n = 0; n < MAX_TABLE_ROWS && row > 0; n++) {
    const previous = text.lastIndexOf("\n", row - 2) + 1;
    if (text.charCodeAt(previous) !== PIPE) break;
    row = previous;
  }
  const end = text.indexOf("\n", row);
  return text.slice(row, Math.min(end < 0 ? text.length : end, row + 1e3));
}
function inScoreTable(text, start) {
  return text.charCodeAt(start) === PIPE && SCORE_COLUMN.test(tableHeader(text, start));
}

// src/util/regexp.ts
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function anyOf(words) {
  return [...words].map(escapeRegExp).join("|");
}

// src/extract/references/prose-models.ts
var SHORT_CUES = [
  "sd",
  "t5",
  "c4",
  "re-laion",
  "relaion",
  "ms ",
  "ms-",
  "msmarco",
  "coco",
  ..."123456789".split("").map((d) => `o${d}`)
];
var PATTERNS = [
  ...MODELS.flatMap((e) => [...e.patterns.prose ?? [], ...e.patterns.api ?? []]),
  ...DATASETS.flatMap((e) => e.patterns.prose ?? [])
];
var PROSE_CUES = [...cueWords(PATTERNS, 3).words, ...SHORT_CUES];
var FAMILY_ALTERNATION = anyOf(PROSE_CUES);
var FAMILY_AFTER_BOUNDARY = new RegExp(String.raw`[\s([*"'|>\`_~](?=${FAMILY_ALTERNATION})`, "gi");
var FAMILY_AT_START = new RegExp(String.raw`^(?:${FAMILY_ALTERNATION})`, "i");
var CONTRAST = /\b(?:unlike|instead of|rather than|compared (?:to|with)|alternatives? to|replacements? for|versus|vs|not|never|without|(?:does|do|is|are|was|were|ca|wo|did)n[\u2019']t|cannot)\b/i;
var DATA_GENERATION = /\b(?:generat\w*|synthesi[sz]\w*|distill?\w*|annotat\w*|label(?:l?ed|l?ing)?|filter\w*|creat\w*|rewrit\w*)\b[^.]{0,80}\b(?:data|dataset|datasets|instructions?|examples|samples|pairs|corpus)\b|\b(?:data|dataset|instructions?|examples|samples)\b[^.]{0,40}\b(?:generated|synthesi[sz]ed|distilled|annotated|labell?ed|written)\s+(?:by|with|using)\b/i;
var TRAINED_ON = /\b(?:(?:pre|post)-?trained|trained|fine-?tuned|instruction-tuned|tuned)\b[^.]{0,200}?\b(?:on|with|using)\b/i;
var TO_THE_READER = /\b(?:you|your|can|could|how to|example)\b/i;
function sentenceAround(text, start, at, end) {
  const before = sentenceBefore(text.slice(start, at));
  const after = text.slice(at, end);
  const next2 = /[.!?;]\s/.exec(after);
  return { before, sentence: before + (next2 ? after.slice(0, next2.index) : after) };
}
function makesData(text, start, at, end) {
  const { before, sentence } = sentenceAround(text, start, at, end);
  return DATA_GENERATION.test(sentence) && !CONTRAST.test(before);
}
function trainedOn(text, start, at, end) {
  const { before } = sentenceAround(text, start, at, end);
  return TRAINED_ON.test(before) && !CONTRAST.test(before) && !TO_THE_READER.test(before);
}
var EVALUATION_HEADING = /^#{1,6}\s.{0,100}?\b(?:evaluat\w*|benchmarks?|results?|performance|comparisons?|leaderboards?|scores?)\b/i;
var HASH = 35;
var OTHER_TOPIC_HEADING = /^#{1,6}\s.{0,100}?\b(?:safety|responsib\w*|limitations?|ethic\w*|risks?|bias\w*|licen[cs]\w*|citation|cite|acknowledg\w*|usage|install\w*|contact|intended use)\b/i;
var SENTENCE_END = /[.!?;]\s+(?=\S)/g;
function sentenceBefore(line) {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m !== null; m = SENTENCE_END.exec(line)) from = m.index + m[0].length;
  return line.slice(from);
}
function nameWindow(text, at, end) {
  const window = text.slice(at, Math.min(at + 80, end));
  const cut = NAME_END.exec(window);
  return cut ? window.slice(0, cut.index) : window;
}
var NAME_END = /[/<>|()[\]]/;
var VARIANT_TAIL = /^(?:[- ]?(?:\d+(?:\.\d+)?[bmk]|\d+x\d+b|v?\d{1,2}(?:\.\d{1,2}){0,2}|chat|instruct|base|it|code|coder|math|vision|vl|mini|small|medium|large|xl|xxl|tiny|pro|plus|max|turbo|flash|sonnet|opus|haiku|ultra|nano|lite)(?!\w|\.\d))+/i;
function writtenName(window, entry) {
  let end = 0;
  const { prose: prose2 = [], api = [], ollama = [], hub = [] } = entry.patterns;
  for (const re of [...prose2, ...api, ...ollama, ...hub.map((h) => h.name)])
    end = Math.max(end, re.exec(window)?.[0].length ?? 0);
  if (end === 0) return void 0;
  const tail = VARIANT_TAIL.exec(window.slice(end))?.[0] ?? "";
  return tail ? window.slice(0, end + tail.length).trim() : void 0;
}
function proseModel(window) {
  const match = matchModel({ name: window, via: "prose" });
  if (!match) return void 0;
  if ((match.by === "api" || match.by === "ollama") && !/^[^\s:]*\d/.test(window)) return void 0;
  return match.entry;
}
var COLON = 58;
var FULLWIDTH_COLON = 65306;
function endsWithColon(text, start, end) {
  let i = end - 1;
  while (i > start && text.charCodeAt(i) <= 32) i--;
  const c = text.charCodeAt(i);
  return c === COLON || c === FULLWIDTH_COLON;
}
var SPACE = 32;
function isListItem(text, start, end) {
  let i = start;
  while (i < end && i - start < 6 && text.charCodeAt(i) === SPACE) i++;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) return text.charCodeAt(i + 1) === SPACE;
  let digits = 0;
  while (digits < 3 && text.charCodeAt(i + digits) >= 48 && text.charCodeAt(i + digits) <= 57) digits++;
  const after = text.charCodeAt(i + digits);
  return digits > 0 && digits < 3 && (after === 46 || after === 41) && text.charCodeAt(i + digits + 1) === SPACE;
}
var SUPPORTED_INTRO = /\b(?:support(?:s|ed)?|can be (?:loaded|used|converted|imported|fine-?tuned|trained)|compatible|works? with)\b[^\n]{0,120}:\s*$/i;
var MAX_LINE = 2e3;
var CR = 13;
var isMarkdown = (ext, name) => ext === "md" || ext === "mdx" || ext === "rst" || name === "readme";
var proseModelExtractor = {
  name: "prose-models",
  wants: (file) => isMarkdown(file.ext, file.name) ? "text" : null,
  extract(file, sink) {
    const text = file.text;
    if (text === void 0) return;
    let mask;
    const seen = /* @__PURE__ */ new Set();
    let line = -1;
    let start = 0;
    let newline = -1;
    let evaluationSection = false;
    let evaluationLevel = 0;
    let supportedList = false;
    let introducesList = false;
    const re = FAMILY_AFTER_BOUNDARY;
    re.lastIndex = 0;
    const first2 = FAMILY_AT_START.test(text) ? -1 : null;
    for (let m = first2 !== null ? { index: first2 } : re.exec(text); m !== null; m = re.exec(text)) {
      const at = m.index + 1;
      while (newline < at) {
        line++;
        start = newline + 1;
        newline = text.indexOf("\n", start);
        if (newline === -1) newline = text.length;
        const item = isListItem(text, start, newline);
        if (item) supportedList = introducesList;
        else if (newline > start + 1) {
          supportedList = false;
          introducesList = endsWithColon(text, start, newline) && SUPPORTED_INTRO.test(text.slice(Math.max(start, newline - 300), newline));
        }
        if (text.charCodeAt(start) === HASH) {
          let level = 1;
          while (level < 6 && text.charCodeAt(start + level) === HASH) level++;
          const heading = text.slice(start, Math.min(newline, start + 120));
          if (!evaluationSection || level <= evaluationLevel || OTHER_TOPIC_HEADING.test(heading)) {
            evaluationSection = EVALUATION_HEADING.test(heading);
            evaluationLevel = level;
          }
        }
      }
      const end = newline < text.length && newline > start && text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
      if (end - start > MAX_LINE) {
        re.lastIndex = newline;
        continue;
      }
      mask ??= nonProseLines(text);
      if (mask[line + 1]) continue;
      const window = nameWindow(text, at, end);
      const evaluation = evaluationSection || inScoreTable(text, start);
      const entry = proseModel(window);
      if (!entry) {
        const dataset = findDataset(window);
        const benchmark = evaluation || dataset?.benchmark === true;
        const training = !benchmark && dataset !== void 0 && trainedOn(text, start, at, end);
        const key2 = `dataset:${benchmark ? "evaluation" : training ? "training" : "mention"}:${dataset?.id ?? ""}`;
        if (!dataset || seen.has(key2)) continue;
        seen.add(key2);
        sink.add({
          kind: "dataset",
          file: file.info.path,
          line: line + 1,
          name: dataset.name,
          via: "prose",
          strength: "weak",
          ...benchmark ? { purpose: "evaluation" } : training ? { purpose: "training" } : {}
        });
        continue;
      }
      if (seen.has(`data-generation:${entry.id}`)) continue;
      const purpose = evaluation ? "evaluation" : makesData(text, start, at, end) ? "data-generation" : void 0;
      const name = writtenName(window, entry) ?? entry.name;
      const key = `${purpose ?? (supportedList ? "choice" : "mention")}:${entry.id}:${name.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sink.add({
        kind: "model",
        file: file.info.path,
        line: line + 1,
        name,
        via: "prose",
        strength: "weak",
        modelId: entry.id,
        ...purpose ? { purpose } : {},
        ...supportedList && !purpose ? { choice: true } : {}
      });
    }
  }
};

// src/extract/text-lines.ts
var LineIndex = class {
  starts = [0];
  length;
  constructor(text) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
    this.length = text.length;
  }
  /** Offset of the first character of the 1-based line. */
  lineStart(line) {
    return this.starts[line - 1] ?? this.length;
  }
  /** Offset just past the 1-based line's last character (its newline not included). */
  lineEnd(line) {
    const next2 = this.starts[line];
    return next2 === void 0 ? this.length : next2 - 1;
  }
  /** 1-based line of the character at `offset`. */
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  get lineCount() {
    return this.starts.length;
  }
};

// src/util/own-entry.ts
function ownEntry(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}

// src/extract/references/code-segments.ts
var BY_EXT = {
  py: "python",
  pyi: "python",
  js: "js",
  mjs: "js",
  cjs: "js",
  jsx: "js",
  ts: "js",
  tsx: "js",
  mts: "js",
  cts: "js",
  sh: "shell",
  bash: "shell",
  zsh: "shell",
  dockerfile: "docker",
  yml: "yaml",
  yaml: "yaml",
  ipynb: "notebook",
  md: "markdown",
  mdx: "markdown"
};
function sourceKind(file) {
  if (file.name === "dockerfile" || file.name.startsWith("dockerfile.") || file.name === "containerfile")
    return "docker";
  if (file.name === ".env" || file.name.startsWith(".env.") || file.name.endsWith(".env")) return "env";
  return ownEntry(BY_EXT, file.ext) ?? null;
}
var CODE_LANGS = /* @__PURE__ */ new Set([
  "",
  "python",
  "py",
  "python3",
  "ipython",
  "js",
  "javascript",
  "ts",
  "typescript",
  "sh",
  "bash",
  "shell",
  "console",
  "zsh",
  "dockerfile",
  "docker",
  "yaml",
  "yml",
  "jsx",
  "tsx"
]);
var SEARCH_AHEAD = 64;
var RAW_LINE_SLACK = 256;
function cellSource(cell) {
  if (!cell || typeof cell !== "object") return [];
  if (typeof cell.source === "string") return cell.source.split(/(?<=\n)/);
  if (Array.isArray(cell.source)) return cell.source.filter((s) => typeof s === "string");
  return [];
}
var lastNotebook;
function parseNotebook(text) {
  if (lastNotebook?.text === text) return lastNotebook.parsed;
  let parsed;
  try {
    const nb = JSON.parse(text);
    const cells = nb && typeof nb === "object" ? nb.cells : void 0;
    parsed = Array.isArray(cells) ? { cells, lines: new LineIndex(text) } : "Notebook has no cells list; its code was not read.";
  } catch (err) {
    parsed = `Notebook is not valid JSON (${err instanceof Error ? err.message.split("\n")[0] : "parse error"}); its code was not read.`;
  }
  lastNotebook = { text, parsed };
  return parsed;
}
function notebookSegments(path2, text, sink, cellType = "code") {
  const parsed = parseNotebook(text);
  if (typeof parsed === "string") {
    sink.warn({ file: path2, code: "malformed", message: parsed });
    return [];
  }
  const { cells, lines: raw } = parsed;
  const starts = sourceStarts(text, raw, cells.length);
  let cursor = 0;
  const segments = [];
  cells.forEach((cell, k) => {
    const lines = cellSource(cell);
    if (cell?.cell_type !== cellType || lines.length === 0) return;
    if (starts) cursor = starts[k] ?? cursor;
    const lineMap = [];
    const oneString = typeof cell.source === "string";
    for (const line of lines) {
      const needle = JSON.stringify(line.replace(/\n$/, "")).slice(1, -1);
      const longest = oneString ? Infinity : needle.length + RAW_LINE_SLACK;
      let found = opensRawLine(text, raw, cursor + 1, needle, longest) ? cursor : -1;
      for (let i = cursor; found === -1 && i < raw.lineCount && i < cursor + SEARCH_AHEAD; i++) {
        const start = raw.lineStart(i + 1);
        const end = raw.lineEnd(i + 1);
        if (end - start <= longest && text.slice(start, end).includes(needle)) {
          found = i;
          break;
        }
      }
      if (found !== -1) cursor = found + 1;
      lineMap.push(found === -1 ? lineMap[lineMap.length - 1] ?? 1 : found + 1);
    }
    segments.push({ text: lines.join(""), firstLine: lineMap[0] ?? 1, lineMap });
  });
  return segments;
}
function opensRawLine(text, raw, line, needle, longest) {
  if (line > raw.lineCount) return false;
  let at = raw.lineStart(line);
  const end = raw.lineEnd(line);
  if (end - at > longest) return false;
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return text.charCodeAt(at) === 34 && at + 1 + needle.length <= end && text.startsWith(needle, at + 1);
}
var SOURCE_KEY = '"source"';
var BLANK = /^\s*$/;
var THEN_COLON = /^\s*:/;
function sourceStarts(text, raw, cellCount) {
  const starts = [];
  for (let at = text.indexOf(SOURCE_KEY); at !== -1; at = text.indexOf(SOURCE_KEY, at + 1)) {
    const line = raw.lineOf(at);
    if (!BLANK.test(text.slice(raw.lineStart(line), at))) continue;
    if (!THEN_COLON.test(text.slice(at + SOURCE_KEY.length, raw.lineEnd(line)))) continue;
    if (starts.push(line - 1) > cellCount) return null;
  }
  return starts.length === cellCount ? starts : null;
}
function codeSegments(file, kind, text, sink) {
  if (kind === "notebook") return notebookSegments(file.path, text, sink);
  if (kind === "markdown") {
    return fencedBlocks(text).filter((b) => CODE_LANGS.has(b.lang)).map((b) => ({ text: b.content, firstLine: b.firstLine }));
  }
  return [{ text, firstLine: 1 }];
}
function segmentLine(segment, lineInSegment) {
  if (segment.lineMap) return segment.lineMap[lineInSegment] ?? segment.firstLine;
  return segment.firstLine + lineInSegment;
}

// src/extract/references/each-match.ts
function eachMatch(re, text, take) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    take(m);
    if (m.index === re.lastIndex) re.lastIndex++;
  }
}

// src/knowledge/model-loaders.ts
var PACKAGE_LOADERS = [
  // openai/CLIP: clip.load("ViT-B/32"), clip.load("RN50")
  { call: "clip.load", family: "CLIP" },
  // openai/whisper: whisper.load_model("large-v3")
  { call: "whisper.load_model", family: "Whisper" },
  // mlfoundations/open_clip: the architecture name, with the pretrained tag beside it
  { call: "open_clip.create_model_and_transforms", family: "OpenCLIP" },
  { call: "open_clip.create_model_from_pretrained", family: "OpenCLIP" },
  { call: "open_clip.create_model", family: "OpenCLIP" }
];

// src/extract/references/model-dataset-forms.ts
var NO_WEIGHTS_CLASS = /(?:Tokenizer|TokenizerFast|Processor|FeatureExtractor|Config)$/;
var ID = String.raw`[\w.\-]{1,100}/[\w.\-]{1,100}`;
var FIRST_STRING = /^\s{0,50}(?:[\w.]{1,80}\s{0,5},\s{0,50})?["'`]([^"'`\s]{1,200})["'`]/;
var kwArg = (names) => new RegExp(String.raw`\b(?:${names})\s{0,5}[=:]\s{0,5}["'\`]([^"'\`\s]{1,200})["'\`]`);
var FROM_PRETRAINED_KW = kwArg("pretrained_model_name_or_path|model_id|repo_id|model_name");
var MODEL_KW = kwArg("model");
var REPO_ID_KW = kwArg("repo_id");
var FROM_PRETRAINED = ".from_pretrained(";
function isWordChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
}
function looksLikeId(s) {
  if (!s || s.length > 200) return false;
  if (/^(?:\.{1,2}\/|\/|~|[A-Za-z]:\\)/.test(s)) return false;
  if (/[{}$<>\\]|:\/\//.test(s)) return false;
  if (/\.(?:json|ya?ml|txt|csv|parquet|pt|pth|bin|safetensors|gguf|ckpt|onnx|py|md)$/i.test(s)) return false;
  return /^[\w.-]+(?:\/[\w.-]+)?(?::[\w.-]+)?$/.test(s);
}
var BUILDER_NAMES = /* @__PURE__ */ new Set([
  "json",
  "csv",
  "parquet",
  "text",
  "arrow",
  "imagefolder",
  "audiofolder",
  "videofolder",
  "webdataset",
  "pandas",
  "sql",
  "generator",
  "xml"
]);
var HF_NON_REPOS = /* @__PURE__ */ new Set([
  "docs",
  "blog",
  "papers",
  "learn",
  "join",
  "settings",
  "pricing",
  "tasks",
  "organizations",
  "collections",
  "posts",
  "chat",
  "api",
  "login",
  "new",
  "models",
  "spaces",
  "datasets",
  "enterprise",
  "inference-endpoints"
]);
function argsAfter(text, from, max = 400) {
  const window = text.slice(from, from + max);
  const end = window.indexOf(")");
  return end === -1 ? window : window.slice(0, end);
}
var HF_URL_FORM = {
  needles: ["huggingface.co/", "hf://", "hf.co/"],
  find(text) {
    const hits = [];
    eachMatch(
      new RegExp(
        String.raw`(?:https?://(?:www\.)?(?:huggingface\.co|hf\.co)/|hf://)(?:(datasets|spaces)/)?(${ID})`,
        "g"
      ),
      text,
      (m) => {
        const id = (m[2] ?? "").replace(/\.git$/, "").replace(/\/(?:resolve|blob|tree|raw)$/, "");
        const first2 = id.split("/")[0]?.toLowerCase() ?? "";
        if (m[1] === "spaces" || HF_NON_REPOS.has(first2)) return;
        hits.push({
          kind: m[1] === "datasets" ? "dataset" : "model",
          name: id,
          via: "hf-url",
          index: m.index
        });
      }
    );
    return hits;
  }
};
var LOCAL_PATH_ROOTS = /* @__PURE__ */ new Set([
  "model",
  "models",
  "checkpoint",
  "checkpoints",
  "ckpt",
  "ckpts",
  "weights",
  "pretrained",
  "pretrained_models",
  "saved",
  "saved_models",
  "output",
  "outputs",
  "out",
  "data",
  "dataset",
  "datasets",
  "runs",
  "logs",
  "cache",
  "tmp",
  "temp",
  "local",
  "path",
  "src",
  "exp",
  "experiments",
  "results",
  "your",
  "your-org",
  "your_org",
  "your-username",
  "your_username",
  "my",
  "my-org",
  "user",
  "username",
  "org",
  "organization",
  "repo",
  "hf-user",
  "me"
]);
function settingId(value) {
  if (!looksLikeId(value)) return false;
  const slash = value.indexOf("/");
  const first2 = value.slice(0, slash).toLowerCase();
  return slash > 0 && !LOCAL_PATH_ROOTS.has(first2) && !MODEL_SIZE.test(first2);
}
var MODEL_SIZE = /(?:^|[-_])\d+(?:\.\d+)?[bm](?:$|[-_])/;
var DATASET_SETTING = /data/i;
var TOKENIZER_SETTING = /tokenizer/i;
var SETTING_VALUE = String.raw`["'\`]?(?<id>(?=(?<org>[\w.\-]{1,100}))\k<org>(?:/[\w.\-]{1,100})?)(?=["'\`\s,)}\]#]|$)`;
var ENV_DEFAULT = String.raw`(?:(?:os\.getenv|os\.environ\.get|getenv)\(\s{0,3}["'][\w.\-]{1,80}["']\s{0,3},\s{0,3}|process\.env\.\w{1,80}\s{0,3}(?:\?\?|\|\|)\s{0,3})?`;
var SETTING = new RegExp(
  String.raw`(?:model|ckpt|checkpoint|tokenizer|encoder|backbone|dataset)(?=(?<key>[\w.\-]{0,40}))\k<key>["']?\s{0,3}[=:]\s{0,3}` + ENV_DEFAULT + SETTING_VALUE,
  "gi"
);
var NOT_AN_ID_SETTING = /type|class|arch|family|format|kind|dtype|size|provider|tokenizer|data/i;
var knownRepoName = (name) => {
  if (!/[-.\d]/.test(name) || /(?:^|[-_.])models?$/i.test(name)) return false;
  const by = matchModel({ name })?.by;
  return by === "hub" || by === "name";
};
var knownTag = (name) => /^[a-z][\w.-]*:[\w.-]+$/i.test(name) && matchModel({ name, via: "ollama" })?.by === "ollama";
var LIST_SETTING = new RegExp(
  String.raw`(?:model|ckpt|checkpoint)(?=(?<key>[\w.\-]{0,40}))\k<key>["']?\s{0,3}[=:]\s{0,3}[[(](?<items>[^\])]{0,800})[\])]`,
  "gi"
);
var LIST_ITEM = /["']([^"'\s]{1,200})["']/g;
var FLAG_SETTING = new RegExp(
  String.raw`--[\w\-]{0,30}(?:model|ckpt|checkpoint|tokenizer|dataset|hf[_\-]repo)[\w\-]{0,30}\s{1,3}` + SETTING_VALUE,
  "gi"
);
var ARGPARSE_FLAG = /^\s{0,50}["'](-{1,2}[\w-]{1,60})["']/;
var ARGPARSE_DEFAULT = /\bdefault\s{0,3}=\s{0,3}["']([^"'\s]{1,200})["']/;
var ARGPARSE_CHOICES = /\bchoices\s{0,3}=\s{0,3}[[(]([^\])]{0,800})[\])]/;
var MODEL_OPTION = /model|ckpt|checkpoint|tokenizer|encoder|backbone|repo|data/i;
var QUOTES = /* @__PURE__ */ new Set(['"', "'", "`"]);
function inComment(text, index) {
  const start = text.lastIndexOf("\n", index) + 1;
  if (index - start > MAX_COMMENT_LOOK)
    return COMMENT_START.test(text.slice(start, start + MAX_COMMENT_LOOK));
  let quote2 = 0;
  for (let i = start; i < index; i++) {
    const c = text.charCodeAt(i);
    if (quote2 !== 0) {
      if (c === BACKSLASH) i++;
      else if (c === quote2) quote2 = 0;
    } else if (c === DOUBLE || c === SINGLE || c === BACKTICK) quote2 = c;
    else if (c === HASH2 || c === SLASH && text.charCodeAt(i + 1) === SLASH && text.charCodeAt(i - 1) !== COLON2)
      return true;
  }
  return false;
}
var COMMENT_START = /^\s*(?:#|\/\/)/;
var MAX_COMMENT_LOOK = 200;
var [BACKSLASH, DOUBLE, SINGLE, BACKTICK, HASH2, SLASH, COLON2] = ["\\", '"', "'", "`", "#", "/", ":"].map(
  (c) => c.charCodeAt(0)
);
var SETTING_FORM = {
  needles: [
    "model",
    "Model",
    "MODEL",
    "ckpt",
    "CKPT",
    "checkpoint",
    "CHECKPOINT",
    "tokenizer",
    "encoder",
    "backbone",
    "dataset",
    "add_argument"
  ],
  find(text, commandLines = true) {
    const hits = [];
    const push2 = (word, name, index) => {
      const key = word.toLowerCase().replace(/[^a-z0-9_]/g, "");
      if (DATASET_SETTING.test(word)) hits.push({ kind: "dataset", name, via: "setting", index, key });
      else
        hits.push({
          kind: "model",
          name,
          via: "setting",
          index,
          key,
          // A tokenizer setting loads the model's tokenizer, none of its weights.
          ...TOKENIZER_SETTING.test(word) ? { tokenizerOnly: true } : {}
        });
    };
    for (const re of commandLines ? [SETTING, FLAG_SETTING] : [SETTING])
      eachMatch(re, text, (m) => {
        const name = (m.groups?.id ?? "").replace(/^-/, "");
        const at = m[0].length - name.length;
        const quoted = QUOTES.has(m[0].charAt(m[0].length - (m.groups?.id ?? "").length - 1));
        if (!commandLines && !quoted) return;
        const word = m[0].slice(0, at);
        const id = name.includes("/") ? settingId(name) : !NOT_AN_ID_SETTING.test(word) && knownRepoName(name);
        if (id && !inComment(text, m.index)) push2(word, name, m.index + at);
      });
    eachMatch(LIST_SETTING, text, (m) => {
      const word = m[0].slice(0, m[0].length - (m.groups?.items ?? "").length - 2);
      if (NOT_AN_ID_SETTING.test(word) || inComment(text, m.index)) return;
      const itemsAt = m.index + m[0].length - (m.groups?.items ?? "").length - 1;
      const items = [...(m.groups?.items ?? "").matchAll(LIST_ITEM)].filter((c) => {
        const name = c[1] ?? "";
        return name.includes("/") ? settingId(name) : knownRepoName(name) || knownTag(name);
      });
      for (const c of items) {
        push2(word, c[1] ?? "", itemsAt + c.index + 1);
        if (items.length > 1) hits[hits.length - 1].choice = true;
      }
    });
    if (REGISTRY_NEEDLES.some((n) => text.includes(n)))
      eachMatch(REGISTRY_KEY, text, (m) => {
        const name = m[1] ?? "";
        if (settingId(name) && !inComment(text, m.index)) push2("registry", name, m.index + 1);
      });
    if (text.includes("add_argument"))
      eachMatch(/\badd_argument\(/g, text, (m) => {
        const from = m.index + m[0].length;
        const args = argsAfter(text, from, 800);
        const flag = ARGPARSE_FLAG.exec(args)?.[1];
        if (!flag || !MODEL_OPTION.test(flag)) return;
        const byDefault = ARGPARSE_DEFAULT.exec(args);
        if (byDefault && settingId(byDefault[1] ?? ""))
          push2(flag, byDefault[1] ?? "", from + byDefault.index + byDefault[0].indexOf(byDefault[1] ?? ""));
        const choices = ARGPARSE_CHOICES.exec(args);
        if (choices)
          eachMatch(/["']([^"'\s]{1,200})["']/g, choices[1] ?? "", (c) => {
            if (settingId(c[1] ?? "")) push2(flag, c[1] ?? "", from + (choices.index ?? 0) + c.index);
          });
      });
    if (hits.length >= 3) markChoices(hits);
    const found = OUTPUT_NEEDLES.some((n) => text.includes(n)) ? OUTPUT_SETTING.exec(text) : null;
    const output = found?.[1];
    if (found && output && looksLikeId(output)) {
      const own = hits.filter((h) => h.name === output);
      for (const h of hits)
        if (h.kind === "model" && h.name !== output && STARTS_FROM.test(h.key ?? "")) h.trainsInto = output;
      for (const h of own) h.published = true;
      if (own.length === 0)
        hits.push({
          kind: "model",
          name: output,
          via: "setting",
          index: found.index + found[0].length - output.length,
          published: true
        });
    }
    return hits;
  }
};
var OUTPUT_SETTING = /\b(?:hub_model_id|push_to_hub_model_id|hub_repo_id|output_model_name)["']?\s{0,3}[=:]\s{0,3}["'`]?([\w.-]{1,100}(?:\/[\w.-]{1,100})?)/;
var OUTPUT_NEEDLES = ["hub_", "output_model_name"];
var STARTS_FROM = /^(?:model_name_or_path|pretrained_model_name_or_path|base_model\w*|init_from\w*|model_name|model_id)/;
var REGISTRY_NEEDLES = ['": {', "': {", '":{', "':{", '": [', "': ["];
var REGISTRY_KEY = /["']([\w.-]{1,100}\/[\w.-]{1,100})["']\s{0,3}:\s{0,3}[{[(]/g;
function markChoices(hits) {
  const byKey2 = /* @__PURE__ */ new Map();
  for (const h of hits) {
    const key = h.key ?? "";
    let group3 = byKey2.get(key);
    if (!group3) byKey2.set(key, group3 = []);
    group3.push(h);
  }
  for (const group3 of byKey2.values())
    if (new Set(group3.map((h) => h.name.toLowerCase())).size >= 3) for (const h of group3) h.choice = true;
}
var LOADER_FAMILY = new Map(PACKAGE_LOADERS.map((l) => [l.call, l.family]));
var PACKAGE_LOADER_CALL = new RegExp(
  String.raw`\b(${anyOf(LOADER_FAMILY.keys())})\(\s{0,50}(?:(?:name|model_name)\s{0,5}=\s{0,5})?["']([^"'\s]{1,100})["']`,
  "g"
);
var FORMS = [
  {
    // Any class's from_pretrained (transformers, peft adapters with the base first, diffusers pipelines)
    needles: ["from_pretrained"],
    find(text) {
      const hits = [];
      for (let at = text.indexOf(FROM_PRETRAINED); at !== -1; at = text.indexOf(FROM_PRETRAINED, at + 1)) {
        let start = at;
        while (start > 0 && at - start < 80 && isWordChar(text.charCodeAt(start - 1))) start--;
        if (start === at) continue;
        const args = argsAfter(text, at + FROM_PRETRAINED.length);
        const id = FROM_PRETRAINED_KW.exec(args)?.[1] ?? FIRST_STRING.exec(args)?.[1];
        if (!id || !looksLikeId(id)) continue;
        const cls = text.slice(start, at);
        const via = cls.endsWith("Pipeline") ? "diffusers" : "from_pretrained";
        hits.push({
          kind: "model",
          name: id,
          via,
          index: start,
          ...NO_WEIGHTS_CLASS.test(cls) ? { tokenizerOnly: true } : {}
        });
      }
      return hits;
    }
  },
  {
    // transformers / transformers.js pipeline("task", "model") or pipeline(..., model="...")
    needles: ["pipeline("],
    find(text) {
      const hits = [];
      eachMatch(/\bpipeline\(/g, text, (m) => {
        const args = argsAfter(text, m.index + m[0].length);
        const named = MODEL_KW.exec(args)?.[1];
        const positional = /^\s{0,20}["'`][\w-]{1,60}["'`]\s{0,20},\s{0,50}["'`]([^"'`\s]{1,200})["'`]/.exec(
          args
        )?.[1];
        const id = named ?? positional;
        if (id && looksLikeId(id) && id.includes("/"))
          hits.push({ kind: "model", name: id, via: "pipeline", index: m.index });
      });
      return hits;
    }
  },
  {
    needles: ["load_lora_weights"],
    find(text) {
      const hits = [];
      eachMatch(/\.load_lora_weights\(\s{0,50}["']([^"'\s]{1,200})["']/g, text, (m) => {
        if (looksLikeId(m[1] ?? ""))
          hits.push({ kind: "model", name: m[1] ?? "", via: "diffusers", index: m.index });
      });
      return hits;
    }
  },
  {
    needles: ["SentenceTransformer", "CrossEncoder", "SparseEncoder"],
    find(text) {
      const hits = [];
      eachMatch(
        /\b(?:SentenceTransformer|CrossEncoder|SparseEncoder)\(\s{0,50}(?:model_name_or_path\s{0,5}=\s{0,5})?["']([^"'\s]{1,200})["']/g,
        text,
        (m) => {
          const id = m[1] ?? "";
          if (!looksLikeId(id)) return;
          hits.push({
            kind: "model",
            name: id.includes("/") ? id : `sentence-transformers/${id}`,
            via: "sentence-transformers",
            index: m.index
          });
        }
      );
      return hits;
    }
  },
  {
    needles: ["hf_hub_download", "snapshot_download"],
    find(text) {
      const hits = [];
      eachMatch(/\b(?:hf_hub_download|snapshot_download)\(/g, text, (m) => {
        const args = argsAfter(text, m.index + m[0].length, 600);
        const id = REPO_ID_KW.exec(args)?.[1] ?? FIRST_STRING.exec(args)?.[1];
        if (!id || !looksLikeId(id) || !id.includes("/")) return;
        const dataset = /repo_type\s{0,5}=\s{0,5}["']dataset["']/.test(args);
        hits.push({ kind: dataset ? "dataset" : "model", name: id, via: "hf-hub", index: m.index });
      });
      return hits;
    }
  },
  {
    needles: ["huggingface-cli", "hf download"],
    find(text) {
      const hits = [];
      eachMatch(
        new RegExp(String.raw`\b(?:huggingface-cli|hf)\s{1,5}download\s{1,5}(${ID})([^\n]{0,200})`, "g"),
        text,
        (m) => {
          const dataset = /--repo-type[ =]dataset/.test(m[2] ?? "");
          hits.push({ kind: dataset ? "dataset" : "model", name: m[1] ?? "", via: "hf-hub", index: m.index });
        }
      );
      return hits;
    }
  },
  {
    // A package's own loader with a name of its own: clip.load("ViT-L/14") names CLIP ViT-L/14.
    needles: PACKAGE_LOADERS.map((l) => `${l.call}(`),
    find(text) {
      const hits = [];
      eachMatch(PACKAGE_LOADER_CALL, text, (m) => {
        const family = LOADER_FAMILY.get(m[1] ?? "");
        const name = m[2] ?? "";
        if (family && looksLikeId(name))
          hits.push({ kind: "model", name: `${family} ${name}`, via: "package", index: m.index });
      });
      return hits;
    }
  },
  HF_URL_FORM,
  SETTING_FORM,
  {
    needles: ["torch.hub.load"],
    find(text) {
      const hits = [];
      eachMatch(
        new RegExp(
          String.raw`\btorch\.hub\.load\(\s{0,50}["'](${ID}(?::[\w.\-]{1,50})?)["']\s{0,20},\s{0,50}["'](\w{1,100})["']`,
          "g"
        ),
        text,
        (m) => {
          hits.push({ kind: "model", name: `${m[1]}:${m[2]}`, via: "torch-hub", index: m.index });
        }
      );
      return hits;
    }
  },
  {
    needles: ["timm.create_model"],
    find(text) {
      const hits = [];
      eachMatch(
        /\btimm\.create_model\(\s{0,50}["']((?:hf[-_]hub:)?[^"'\s]{1,200})["']([^)]{0,300})/g,
        text,
        (m) => {
          if (!/pretrained\s{0,5}=\s{0,5}True/.test(m[2] ?? "")) return;
          hits.push({
            kind: "model",
            name: (m[1] ?? "").replace(/^hf[-_]hub:/, ""),
            via: "timm",
            index: m.index
          });
        }
      );
      return hits;
    }
  },
  {
    needles: ["ollama"],
    find(text) {
      const hits = [];
      eachMatch(/\bollama\s{1,5}(?:pull|run)\s{1,5}([\w.\-/:]{1,100})/g, text, (m) => {
        hits.push({ kind: "model", name: m[1] ?? "", via: "ollama", index: m.index });
      });
      eachMatch(/\bollama\.(?:chat|generate|pull|embed|embeddings)\(/g, text, (m) => {
        const id = MODEL_KW.exec(argsAfter(text, m.index + m[0].length))?.[1];
        if (id && looksLikeId(id)) hits.push({ kind: "model", name: id, via: "ollama", index: m.index });
      });
      return hits;
    }
  },
  {
    // llama.cpp: the -hf flag with a Hub id and an optional quantisation tag
    needles: ["-hf", "--hf-repo"],
    find(text) {
      const hits = [];
      eachMatch(
        new RegExp(String.raw`(?:^|\s)(?:-hf|--hf-repo)[ =]{1,3}(${ID}(?::[\w.\-]{1,50})?)`, "g"),
        text,
        (m) => {
          hits.push({ kind: "model", name: m[1] ?? "", via: "llama-cpp", index: m.index });
        }
      );
      return hits;
    }
  },
  {
    needles: ["LLM(", "vllm serve"],
    find(text) {
      const hits = [];
      eachMatch(/\bLLM\(\s{0,50}(?:model\s{0,5}=\s{0,5})?["']([^"'\s]{1,200})["']/g, text, (m) => {
        if (looksLikeId(m[1] ?? ""))
          hits.push({ kind: "model", name: m[1] ?? "", via: "vllm", index: m.index });
      });
      eachMatch(/\bvllm\s{1,5}serve\s{1,5}([\w.\-/:]{1,200})/g, text, (m) => {
        if (looksLikeId(m[1] ?? ""))
          hits.push({ kind: "model", name: m[1] ?? "", via: "vllm", index: m.index });
      });
      return hits;
    }
  },
  {
    // @huggingface/inference: a model key with a Hub id inside a call's options object
    needles: ["InferenceClient", "HfInference", "@huggingface/inference"],
    find(text) {
      const hits = [];
      eachMatch(new RegExp(String.raw`\bmodel\s{0,5}:\s{0,5}["'\`](${ID})["'\`]`, "g"), text, (m) => {
        hits.push({ kind: "model", name: m[1] ?? "", via: "hf-inference", index: m.index });
      });
      return hits;
    }
  },
  {
    needles: ["from_preset"],
    find(text) {
      const hits = [];
      eachMatch(/\.from_preset\(\s{0,50}["']([^"'\s]{1,200})["']/g, text, (m) => {
        if (looksLikeId(m[1] ?? ""))
          hits.push({ kind: "model", name: m[1] ?? "", via: "keras", index: m.index });
      });
      return hits;
    }
  },
  {
    needles: ["kagglehub", "kaggle "],
    find(text) {
      const hits = [];
      eachMatch(/\bkagglehub\.(model|dataset)_download\(\s{0,50}["']([^"'\s]{1,200})["']/g, text, (m) => {
        hits.push({
          kind: m[1] === "model" ? "model" : "dataset",
          name: m[2] ?? "",
          via: "kaggle",
          index: m.index
        });
      });
      eachMatch(
        /\bkaggle\s{1,5}(datasets|competitions|models)\s{1,5}download\s{1,5}(?:-[dcm]\s{1,5})?([\w.\-/]{1,200})/g,
        text,
        (m) => {
          hits.push({
            kind: m[1] === "models" ? "model" : "dataset",
            name: m[2] ?? "",
            via: "kaggle",
            index: m.index
          });
        }
      );
      return hits;
    }
  },
  {
    needles: ["load_dataset"],
    find(text) {
      const hits = [];
      eachMatch(/\bload_dataset\(\s{0,50}(?:path\s{0,5}=\s{0,5})?["']([^"'\s]{1,200})["']/g, text, (m) => {
        const id = m[1] ?? "";
        if (looksLikeId(id) && !BUILDER_NAMES.has(id.toLowerCase()))
          hits.push({ kind: "dataset", name: id, via: "load_dataset", index: m.index });
      });
      return hits;
    }
  },
  {
    needles: ["tfds."],
    find(text) {
      const hits = [];
      eachMatch(/\btfds\.(?:load|builder)\(\s{0,50}["']([\w/:.-]{1,200})["']/g, text, (m) => {
        hits.push({ kind: "dataset", name: (m[1] ?? "").split(":")[0] ?? "", via: "tfds", index: m.index });
      });
      return hits;
    }
  },
  {
    needles: ["torchvision"],
    find(text) {
      const hits = [];
      eachMatch(/\bdatasets\.([A-Z][A-Za-z0-9]{1,60})\(/g, text, (m) => {
        if (m[1] !== "ImageFolder" && m[1] !== "DatasetFolder" && m[1] !== "VisionDataset") {
          hits.push({ kind: "dataset", name: m[1] ?? "", via: "torchvision", index: m.index });
        }
      });
      return hits;
    }
  }
];

// src/extract/references/checkpoint-names.ts
var WEIGHTS_URL_NEEDLES = [".pt", ".pth", ".ckpt", ".safetensors", ".gguf"];
var namesWeightsFile = (text) => WEIGHTS_URL_NEEDLES.some((n) => text.includes(n));
var MAX_WEIGHTS_URLS = 20;
var WEIGHTS_URL = /["'`](https?:\/\/[^"'`\s]{1,300}?\.(?:pt|pth|ckpt|safetensors|gguf|bin|tar|h5|onnx))["'`]/g;
var WEIGHTS_LINK = /\bhttps?:\/\/(?!(?:www\.)?(?:huggingface\.co|hf\.co)\/)[^\s)"'`<>\]]{1,300}?\.(?:pt|pth|ckpt|safetensors|gguf)(?=[\s)"'`<>\]]|$)/g;
var WEIGHTS_FILE = /["'`](?:[^"'`\s]{0,200}[/{}])?([A-Za-z][\w.+-]{1,100}\.(?:pt|pth|ckpt|safetensors|gguf))["'`]/g;
var MAX_WEIGHTS_FILES = 50;
var NAME_KEY = /["']([A-Za-z][\w.-]{2,60})["'][ \t]{0,3}:[ \t]{0,3}\{/g;
var MAX_NAME_KEYS = 200;
var REGISTRY_SIZE = 3;
function capped(text, re, max, hit) {
  const out = [];
  let n = 0;
  for (const m of text.matchAll(re)) {
    if (++n > max) break;
    const h = hit(m);
    if (h) out.push(h);
  }
  return out;
}
var group2 = (g) => (m) => ({ index: m.index, value: m[g] ?? "" });
var weightsUrls = (code) => capped(code, WEIGHTS_URL, MAX_WEIGHTS_URLS, group2(1));
var weightsLinks = (markdown) => namesWeightsFile(markdown) ? capped(markdown, WEIGHTS_LINK, MAX_WEIGHTS_URLS, group2(0)) : [];
var knownCheckpointFiles = (code) => capped(code, WEIGHTS_FILE, MAX_WEIGHTS_FILES, (m) => {
  const name = m[1] ?? "";
  return m[0].includes("://") || !findModel({ name, via: "weights-file" }) ? null : { index: m.index, value: name };
});
function knownNameRegistry(code) {
  if (!REGISTRY_NEEDLES.some((n) => code.includes(n))) return [];
  const known = capped(code, NAME_KEY, MAX_NAME_KEYS, (m) => {
    const name = m[1] ?? "";
    return findModel({ name, via: "prose" }) && !inComment(code, m.index) ? { index: m.index, value: name } : null;
  });
  return new Set(known.map((k) => k.value.toLowerCase())).size >= REGISTRY_SIZE ? known : [];
}

// src/knowledge/api-providers.ts
var API_PROVIDERS = [
  {
    id: "openai",
    name: "OpenAI API",
    pypi: ["openai"],
    pythonModules: ["openai"],
    npm: ["openai", "@ai-sdk/openai", "@langchain/openai"],
    go: ["github.com/openai/openai-go"],
    cargo: [],
    maven: ["com.openai:openai-java"],
    envKeys: ["OPENAI_API_KEY"],
    hosts: [String.raw`api\.openai\.com`],
    sources: [
      "https://platform.openai.com/docs/api-reference",
      "https://github.com/openai/openai-java",
      "https://platform.openai.com/docs/libraries",
      "https://github.com/openai/openai-go"
    ]
  },
  {
    id: "anthropic",
    name: "Anthropic API",
    pypi: ["anthropic"],
    pythonModules: ["anthropic"],
    npm: ["@anthropic-ai/sdk", "@ai-sdk/anthropic", "@langchain/anthropic"],
    go: ["github.com/anthropics/anthropic-sdk-go"],
    cargo: [],
    maven: ["com.anthropic:anthropic-java"],
    envKeys: ["ANTHROPIC_API_KEY"],
    hosts: [String.raw`api\.anthropic\.com`],
    sources: [
      "https://docs.anthropic.com/en/api/overview",
      "https://github.com/anthropics/anthropic-sdk-java",
      "https://docs.anthropic.com/en/api/client-sdks",
      "https://github.com/anthropics/anthropic-sdk-go"
    ]
  },
  {
    id: "google-gemini",
    name: "Google Gemini API",
    pypi: ["google-genai", "google-generativeai"],
    pythonModules: ["google.genai", "google.generativeai"],
    npm: ["@google/genai", "@google/generative-ai", "@ai-sdk/google"],
    go: ["google.golang.org/genai", "github.com/google/generative-ai-go"],
    cargo: [],
    maven: ["com.google.genai:google-genai"],
    envKeys: ["GEMINI_API_KEY", "GOOGLE_API_KEY"],
    hosts: [String.raw`generativelanguage\.googleapis\.com`],
    sources: [
      "https://ai.google.dev/api",
      "https://github.com/googleapis/java-genai",
      "https://ai.google.dev/gemini-api/docs/sdks",
      "https://github.com/googleapis/go-genai"
    ]
  },
  {
    id: "cohere",
    name: "Cohere API",
    pypi: ["cohere"],
    pythonModules: ["cohere"],
    npm: ["cohere-ai", "@ai-sdk/cohere"],
    go: ["github.com/cohere-ai/cohere-go"],
    cargo: [],
    envKeys: ["COHERE_API_KEY", "CO_API_KEY"],
    hosts: [String.raw`api\.cohere\.(?:com|ai)`],
    sources: [
      "https://docs.cohere.com/reference/about",
      "https://docs.cohere.com/docs/cohere-works-everywhere",
      "https://github.com/cohere-ai/cohere-go"
    ]
  },
  {
    id: "mistral",
    name: "Mistral AI API",
    pypi: ["mistralai"],
    pythonModules: ["mistralai"],
    npm: ["@mistralai/mistralai", "@ai-sdk/mistral"],
    go: [],
    cargo: [],
    envKeys: ["MISTRAL_API_KEY"],
    hosts: [String.raw`api\.mistral\.ai`],
    sources: ["https://docs.mistral.ai/api/", "https://docs.mistral.ai/getting-started/clients/"]
  },
  {
    id: "bedrock",
    name: "Amazon Bedrock",
    pypi: [],
    pythonModules: [],
    npm: ["@aws-sdk/client-bedrock-runtime", "@ai-sdk/amazon-bedrock"],
    go: ["github.com/aws/aws-sdk-go-v2/service/bedrockruntime"],
    cargo: ["aws-sdk-bedrockruntime"],
    maven: ["software.amazon.awssdk:bedrockruntime"],
    envKeys: [],
    // The Runtime and Mantle (OpenAI-compatible) endpoints, per region: bedrock-runtime.us-east-1.amazonaws.com.
    hosts: [String.raw`bedrock-(?:runtime|mantle)(?:-fips)?\.[^\s"'\`/]{1,80}?\.(?:amazonaws\.com|api\.aws)`],
    sources: [
      "https://docs.aws.amazon.com/general/latest/gr/bedrock.html",
      "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/java_bedrock-runtime_code_examples.html",
      "https://docs.aws.amazon.com/bedrock/latest/userguide/sdk-general-information-section.html",
      "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/go_bedrock-runtime_code_examples.html"
    ]
  },
  {
    id: "xai",
    name: "xAI API",
    pypi: ["xai-sdk"],
    pythonModules: ["xai_sdk"],
    npm: ["@ai-sdk/xai"],
    go: [],
    cargo: [],
    envKeys: ["XAI_API_KEY"],
    hosts: [String.raw`api\.x\.ai`],
    sources: ["https://docs.x.ai/docs/overview"]
  }
];
function providerForPackage(registry, name) {
  const n = registry === "go" ? name.replace(/\/v\d+$/, "") : name.toLowerCase();
  return API_PROVIDERS.find((p) => (p[registry] ?? []).includes(n));
}

// src/extract/references/closed-api-forms.ts
var PY_MODULES = API_PROVIDERS.flatMap((p) => p.pythonModules.map((m) => ({ provider: p.id, module: m })));
var NPM_PACKAGES = API_PROVIDERS.flatMap((p) => p.npm.map((n) => ({ provider: p.id, pkg: n })));
var ENV_KEYS = API_PROVIDERS.flatMap((p) => p.envKeys.map((k) => ({ provider: p.id, key: k })));
var PY_IMPORT = new RegExp(
  String.raw`(?:import|from)[ \t]{1,10}(${anyOf(PY_MODULES.map((m) => m.module))})\b(?!\.types\b)`,
  "g"
);
var PY_GOOGLE_GENAI = /from[ \t]{1,10}google[ \t]{1,10}import[ \t]{1,10}(?:genai|generativeai)\b/g;
var PY_INDENT = 40;
function startsLine(text, index, indent) {
  for (let k = index; k > 0; k--) {
    const c = text.charCodeAt(k - 1);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 || index - k >= indent) return false;
  }
  return true;
}
var JS_IMPORT = new RegExp(
  String.raw`(?:\bfrom\s{1,10}|\brequire\(\s{0,10}|\bimport\(\s{0,10}|^import\s{1,10})["'](${anyOf(NPM_PACKAGES.map((n) => n.pkg))})["']`,
  "gm"
);
var JS_TYPE_IMPORT = /^import\s{1,10}type\b/;
var MAX_IMPORT_STATEMENT = 2e3;
function isTypeOnlyImport(text, index) {
  const start = text.lastIndexOf("import", index);
  if (start === -1 || index - start > MAX_IMPORT_STATEMENT) return false;
  const statement = text.slice(start, index);
  return JS_TYPE_IMPORT.test(statement) && !statement.includes(";");
}
var BEDROCK_CLIENT = /boto3\.client\(\s{0,20}["']bedrock-runtime["']/g;
var ENV_KEY = new RegExp(String.raw`\b(${anyOf(ENV_KEYS.map((k) => k.key))})\b`, "g");
var HOSTED = API_PROVIDERS.filter((p) => p.hosts.length > 0);
var ENDPOINT = new RegExp(
  String.raw`\b(?:https?|wss?)://(?:${HOSTED.map((p) => `(${p.hosts.join("|")})`).join("|")})(?=[/:"'\`\s)?#]|$)`,
  "g"
);
var HOST_NEEDLES = [
  ...new Set(HOSTED.flatMap((p) => p.hosts.flatMap((h) => literalPrefixes(new RegExp(`^${h}`), 4) ?? [])))
];
var PROVIDER_WORDS = {
  openai: "openai",
  anthropic: "anthropic",
  "google-gemini": "gemini",
  mistral: "mistral",
  bedrock: "bedrock",
  cohere: "cohere",
  xai: "xai"
};
var CALLS = [
  { re: /\.chat\.completions\.create\(/g, provider: "openai", needle: ".create(" },
  { re: /\.responses\.create\(/g, provider: "openai", needle: ".create(" },
  { re: /\.messages\.create\(/g, provider: "anthropic", needle: ".create(" },
  { re: /\.models\.generate_?[cC]ontent\(/g, provider: "google-gemini", needle: "ontent(" },
  { re: /\bGenerativeModel\(/g, provider: "google-gemini", needle: "GenerativeModel(" },
  { re: /\.chat\.complete\(/g, provider: "mistral", needle: ".complete(" },
  { re: /\binvoke_model\(|\bInvokeModelCommand\b/g, provider: "bedrock", needle: "nvoke" },
  { re: /\bconverse\(|\bConverseCommand\b/g, provider: "bedrock", needle: "onverse" }
];
var MODEL_NAMES = [
  { re: /^gpt-oss/i, provider: "openai", openWeight: true },
  { re: /^open-(?:mistral|mixtral|codestral)/i, provider: "mistral", openWeight: true },
  {
    re: /^(?:gpt-|chatgpt-|o[1-9](?:-|$)|text-davinci|davinci|dall-e|whisper-1|tts-1|text-embedding-)/i,
    provider: "openai"
  },
  { re: /^claude-/i, provider: "anthropic" },
  { re: /^(?:models\/)?gemini-/i, provider: "google-gemini" },
  { re: /^command(?:-|$)/i, provider: "cohere" },
  { re: /^(?:mistral-(?:large|medium|small|tiny)|codestral|pixtral-large|magistral)/i, provider: "mistral" },
  { re: /^grok-/i, provider: "xai" },
  { re: /^(?:anthropic|amazon|meta|cohere|ai21|mistral)\.[\w.\-:]{1,100}$/i, provider: "bedrock" }
];
function callModel(text, from) {
  const args = callArguments(text, from);
  const m = CALL_MODEL_KW.exec(args) ?? CALL_MODEL_FIRST.exec(args);
  const name = m?.[1];
  return m && name && CALL_MODEL_NAME.test(name) ? { name, index: from + m.index } : void 0;
}
var CALL_ARGS = 4e3;
function callArguments(text, from) {
  const end = Math.min(text.length, from + CALL_ARGS);
  let depth = 0;
  let quote2 = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote2) {
      if (c === BACKSLASH2) i++;
      else if (c === quote2) quote2 = 0;
    } else if (c === 34 || c === 39 || c === 96) quote2 = c;
    else if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && --depth < 0) return text.slice(from, i);
  }
  return text.slice(from, end);
}
var BACKSLASH2 = 92;
var CALL_MODEL_KW = /\bmodel\s{0,5}[=:]\s{0,5}["'`]([^"'`\s]{1,120})["'`]/;
var CALL_MODEL_FIRST = /^\s{0,20}["'`]([^"'`\s]{1,120})["'`]/;
var CALL_MODEL_NAME = /^[A-Za-z][\w.:/-]{1,119}$/;
var MODEL_ARG = /\b(?:model|model_name|modelName|model_id|modelId|engine)\s{0,5}[=:]\s{0,5}["'`]([^"'`\s]{1,120})["'`]/g;
var GATEWAY_ID = /["'`](openai|anthropic|google|vertex|xai|x-ai|mistral|cohere)\/([\w.\-:]{1,100})["'`]/g;
var GATEWAY_PROVIDER = /* @__PURE__ */ new Map([
  ["openai", "openai"],
  ["anthropic", "anthropic"],
  ["google", "google-gemini"],
  ["vertex", "google-gemini"],
  ["xai", "xai"],
  ["x-ai", "xai"],
  ["mistral", "mistral"],
  ["cohere", "cohere"]
]);
var GATEWAY_NEEDLES = [...GATEWAY_PROVIDER.keys()].map((p) => `${p}/`);
var LOCAL_BASE_URL = /(?:[bB]ase(?:_url|URL|Url|_path|Path)|api_base|BASE_URL|API_BASE)\b[^\n]{0,80}?(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|\[::1\]|["'`]http:\/\/|=[ \t]{0,5}http:\/\/)/;
var BASE_URL_PARTS = ["_url", "URL", "Url", "_path", "_base", "Path", "_BASE"];
function pointsAtLocalServer(text) {
  return BASE_URL_PARTS.some((w) => text.includes(w)) && LOCAL_BASE_URL.test(text);
}
var LOCAL_RUNTIME_IMPORT = /^[ \t]{0,40}"?(?:import|from)[ \t]{1,10}(?:llama_cpp|ollama|vllm|mlx_lm|mlc_llm|gpt4all|ctransformers|exllamav2)\b|\b(?:from|require\()\s{0,10}["'](?:node-llama-cpp|ollama|@mlc-ai\/web-llm)["']/m;
function importsLocalRuntime(text) {
  return LOCAL_RUNTIME_IMPORT.test(text);
}
function providerOfModelName(name) {
  const hit = MODEL_NAMES.find((m) => m.re.test(name));
  return hit ? { provider: hit.provider, openWeight: hit.openWeight } : null;
}
var NEEDLES = [
  "import",
  "require",
  "API_KEY",
  "model",
  "create(",
  "complete(",
  "ontent(",
  "GenerativeModel",
  "boto3",
  "Command",
  "converse",
  "invoke_model"
];
function findApiHits(text, has, isEnvFile = false) {
  const gatewayIds = GATEWAY_NEEDLES.some(has);
  const endpoints = HOST_NEEDLES.some(has);
  if (!NEEDLES.some(has) && !gatewayIds && !endpoints) return [];
  const hits = [];
  if (SDK_WORDS.some(has)) findImports(text, hits, has);
  const imported = new Set(hits.map((h) => h.provider));
  let lower;
  for (const call of CALLS) {
    if (!has(call.needle)) continue;
    eachMatch(call.re, text, (m) => {
      const provider = imported.size === 1 ? [...imported][0] ?? call.provider : call.provider;
      lower ??= text.toLowerCase();
      if (imported.has(provider) || lower.includes(ownEntry(PROVIDER_WORDS, provider) ?? provider)) {
        hits.push({ provider, signal: "client-call", index: m.index });
        const asked = callModel(text, m.index + m[0].length);
        const known = asked ? providerOfModelName(asked.name) : null;
        if (asked && known)
          hits.push({
            provider: known.provider,
            signal: "model-string",
            model: asked.name,
            openWeight: known.openWeight,
            index: asked.index
          });
        else if (asked)
          hits.push({
            provider,
            signal: "model-string",
            model: asked.name,
            index: asked.index,
            unknownName: true
          });
      }
    });
  }
  const apiInPlay = hits.length > 0 || isEnvFile;
  if (has("model") || has("engine")) {
    eachMatch(MODEL_ARG, text, (m) => {
      const model = m[1] ?? "";
      const known = providerOfModelName(model);
      if (known && (apiInPlay || known.provider !== "bedrock")) {
        hits.push({
          provider: known.provider,
          signal: "model-string",
          model,
          openWeight: known.openWeight,
          index: m.index
        });
      }
    });
  }
  if (gatewayIds) {
    eachMatch(GATEWAY_ID, text, (m) => {
      const provider = GATEWAY_PROVIDER.get(m[1] ?? "");
      const known = providerOfModelName(m[2] ?? "");
      if (!provider || known?.provider !== provider) return;
      hits.push({
        provider,
        signal: "model-string",
        model: `${m[1]}/${m[2]}`,
        openWeight: known.openWeight,
        index: m.index
      });
    });
  }
  if (endpoints)
    eachMatch(ENDPOINT, text, (m) => {
      const group3 = m.slice(1).findIndex((g) => g !== void 0);
      const provider = HOSTED[group3]?.id;
      if (provider) hits.push({ provider, signal: "endpoint", index: m.index });
    });
  if (has("_API_KEY")) {
    eachMatch(ENV_KEY, text, (m) => {
      const key = ENV_KEYS.find((k) => k.key === m[1]);
      if (key) hits.push({ provider: key.provider, signal: "env-key", index: m.index });
    });
  }
  return hits;
}
var SDK_WORDS = [
  "openai",
  "anthropic",
  "cohere",
  "mistral",
  "genai",
  "generativeai",
  "xai",
  "bedrock",
  "@ai-sdk",
  "@langchain"
];
var API_NEEDLES = [
  ...NEEDLES,
  ...SDK_WORDS,
  ...CALLS.map((c) => c.needle),
  "model",
  "engine",
  "_API_KEY",
  ...GATEWAY_NEEDLES,
  ...HOST_NEEDLES
];
function findImports(text, hits, has) {
  eachMatch(PY_IMPORT, text, (m) => {
    const mod = PY_MODULES.find((x) => x.module === m[1]);
    if (mod && startsLine(text, m.index, PY_INDENT))
      hits.push({ provider: mod.provider, signal: "import", index: m.index });
  });
  if (has("genai") || has("generativeai"))
    eachMatch(PY_GOOGLE_GENAI, text, (m) => {
      if (startsLine(text, m.index, PY_INDENT))
        hits.push({ provider: "google-gemini", signal: "import", index: m.index });
    });
  eachMatch(JS_IMPORT, text, (m) => {
    const pkg = NPM_PACKAGES.find((x) => x.pkg === m[1]);
    if (pkg && !isTypeOnlyImport(text, m.index))
      hits.push({ provider: pkg.provider, signal: "import", index: m.index });
  });
  eachMatch(
    BEDROCK_CLIENT,
    text,
    (m) => hits.push({ provider: "bedrock", signal: "import", index: m.index })
  );
}
function findLocalModelNames(text) {
  const out = [];
  eachMatch(MODEL_ARG, text, (m) => out.push({ model: m[1] ?? "", index: m.index }));
  return out;
}

// src/extract/references/needles.ts
var ALPHABET = 128;
function buildAutomaton(needles) {
  const size = 1 + needles.reduce((n, s) => n + s.length, 0);
  const delta = size < 65536 ? new Uint16Array(size * ALPHABET) : new Uint32Array(size * ALPHABET);
  const charOf = new Uint8Array(size);
  const ends = [[]];
  const children = [[]];
  for (let k = 0; k < needles.length; k++) {
    const needle = needles[k];
    if (needle === "") throw new Error("an empty needle");
    let state2 = 0;
    for (let i = 0; i < needle.length; i++) {
      const c = needle.charCodeAt(i);
      if (c >= ALPHABET || c === 0)
        throw new Error(`needle ${JSON.stringify(needle)} is not printable ASCII`);
      let next2 = delta[state2 * ALPHABET + c];
      if (next2 === 0) {
        next2 = ends.length;
        delta[state2 * ALPHABET + c] = next2;
        charOf[next2] = c;
        children[state2].push(next2);
        ends.push([]);
        children.push([]);
      }
      state2 = next2;
    }
    ends[state2].push(k);
  }
  const states = ends.length;
  const fail = new Uint32Array(states);
  const queue2 = [...children[0]];
  for (let q = 0; q < queue2.length; q++) {
    const state2 = queue2[q];
    const back = fail[state2];
    const kids = children[state2];
    delta.copyWithin(state2 * ALPHABET, back * ALPHABET, back * ALPHABET + ALPHABET);
    if (back !== 0 && ends[back].length > 0)
      ends[state2] = ends[state2].concat(ends[back]);
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i];
      const c = charOf[child];
      fail[child] = delta[back * ALPHABET + c];
      delta[state2 * ALPHABET + c] = child;
      queue2.push(child);
    }
  }
  const endsHere = new Uint8Array(states);
  for (let s = 0; s < states; s++) endsHere[s] = ends[s].length > 0 ? 1 : 0;
  return { delta, ends, endsHere };
}
function needleFinder(needles) {
  const known = [...new Set(needles)];
  const registered = new Set(known);
  let automaton;
  let seen;
  let call = 0;
  return (text) => {
    automaton ??= buildAutomaton(known);
    const { delta, ends, endsHere } = automaton;
    seen ??= new Int32Array(ends.length);
    call = call === 2147483647 ? 1 : call + 1;
    if (call === 1) seen.fill(0);
    const present = /* @__PURE__ */ new Set();
    let state2 = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      state2 = delta[state2 << 7 | (c < ALPHABET ? c : 0)];
      if (endsHere[state2] === 1 && seen[state2] !== call) {
        seen[state2] = call;
        for (const k of ends[state2]) present.add(known[k]);
      }
    }
    const has = (needle) => {
      if (present.has(needle)) return true;
      if (!registered.has(needle)) throw new Error(`needle ${JSON.stringify(needle)} was not registered`);
      return false;
    };
    return Object.assign(has, { found: present });
  };
}

// src/extract/test-paths.ts
var TEST_FOLDER_NAMES = ["test", "tests", "__tests__", "testing", "spec", "specs", "e2e", "fixtures"];
var TEST_DIR = new RegExp(`(?:^|/)(?:${TEST_FOLDER_NAMES.join("|")})/`, "i");
var TEST_FOLDER = new RegExp(`^(?:${TEST_FOLDER_NAMES.join("|")})$`, "i");
var TEST_FILE = /(?:^|\/)(?:test_[^/]*\.py|[^/]*_test\.py|conftest\.py|[^/]*\.(?:test|spec)\.[cm]?[jt]sx?)$/;
function isTestOrCiPath(file) {
  return file.startsWith(".github/workflows/") || TEST_DIR.test(file) || TEST_FILE.test(file);
}

// src/knowledge/ai-packages.ts
var PYPI = [
  { name: "transformers", note: "Hugging Face model library (PyTorch/TF/JAX)" },
  { name: "lm-eval", note: "EleutherAI lm-evaluation-harness", purpose: "evaluation" },
  { name: "lighteval", note: "Hugging Face LLM evaluation suite", purpose: "evaluation" },
  { name: "opencompass", note: "LLM evaluation platform", purpose: "evaluation" },
  { name: "ragas", note: "evaluation of retrieval-augmented generation", purpose: "evaluation" },
  { name: "deepeval", note: "LLM evaluation framework", purpose: "evaluation" },
  { name: "llm-comparator", note: "side-by-side LLM evaluation tool", purpose: "evaluation" },
  { name: "alpaca-eval", note: "automatic instruction-following evaluation", purpose: "evaluation" },
  { name: "evaluate", note: "Hugging Face evaluation metrics", purpose: "evaluation" },
  { name: "torch", note: "PyTorch deep-learning framework" },
  { name: "torchvision", note: "PyTorch vision models and datasets" },
  { name: "torchaudio", note: "PyTorch audio models and datasets" },
  { name: "tensorflow", prefix: true, note: "TensorFlow framework (and -cpu/-gpu/-hub/-datasets)" },
  { name: "tf-keras", note: "Keras 2 for TensorFlow" },
  { name: "keras", prefix: true, note: "Keras framework (and keras-hub, keras-nlp, keras-cv)" },
  { name: "jax", note: "JAX numerical/ML framework" },
  { name: "gemma", note: "Google DeepMind Gemma library (JAX)" },
  { name: "jaxlib", note: "JAX runtime" },
  { name: "flax", note: "neural networks on JAX" },
  { name: "diffusers", note: "Hugging Face diffusion-model library" },
  { name: "peft", note: "parameter-efficient fine-tuning (LoRA adapters)" },
  { name: "trl", note: "reinforcement learning / preference tuning of language models" },
  { name: "accelerate", note: "Hugging Face distributed training and inference" },
  { name: "optimum", prefix: true, note: "Hugging Face hardware-optimised inference" },
  { name: "sentence-transformers", note: "embedding models" },
  { name: "datasets", note: "Hugging Face dataset loading" },
  { name: "huggingface-hub", note: "Hugging Face Hub client (downloads models and datasets)" },
  { name: "tokenizers", note: "Hugging Face fast tokenizers" },
  { name: "safetensors", note: "safe tensor (weights) file format" },
  { name: "text-generation", note: "Hugging Face TGI client" },
  { name: "vllm", note: "LLM inference server (OpenAI-compatible, local)" },
  { name: "sglang", note: "LLM inference server (OpenAI-compatible, local)" },
  { name: "llama-cpp-python", note: "llama.cpp bindings and local OpenAI-compatible server" },
  { name: "ctransformers", note: "GGML model bindings" },
  { name: "gpt4all", note: "local LLM runtime" },
  { name: "mlx", note: "Apple MLX array framework" },
  { name: "mlx-lm", note: "LLMs on Apple MLX" },
  { name: "ollama", note: "Ollama client for locally served models" },
  { name: "litellm", note: "one client for many LLM APIs, open and closed" },
  { name: "langchain", prefix: true, note: "LLM application framework (langchain-* integrations)" },
  { name: "langgraph", prefix: true, note: "LLM agent graphs (LangChain)" },
  { name: "llama-index", prefix: true, note: "LLM retrieval framework (llama-index-* integrations)" },
  { name: "haystack-ai", note: "LLM application framework (deepset)" },
  { name: "dspy", prefix: true, note: "LLM programming framework" },
  { name: "bitsandbytes", note: "quantisation for PyTorch models" },
  { name: "auto-gptq", note: "GPTQ quantisation" },
  { name: "autoawq", note: "AWQ quantisation" },
  { name: "deepspeed", note: "distributed training (Microsoft)" },
  { name: "lightning", note: "PyTorch Lightning training framework" },
  { name: "pytorch-lightning", note: "PyTorch Lightning (old name)" },
  { name: "fastai", note: "training library on PyTorch" },
  { name: "timm", note: "PyTorch image models" },
  { name: "open-clip-torch", note: "CLIP models" },
  { name: "openai-whisper", note: "local Whisper speech model (open weights, not the API)" },
  { name: "faster-whisper", note: "Whisper inference (CTranslate2)" },
  { name: "ctranslate2", note: "transformer inference engine" },
  { name: "onnx", note: "ONNX model format" },
  { name: "onnxruntime", prefix: true, note: "ONNX Runtime inference (and -gpu)" },
  { name: "spacy", note: "NLP pipelines with trained models" },
  { name: "scikit-learn", note: "classical machine learning" },
  { name: "xgboost", note: "gradient-boosted trees" },
  { name: "lightgbm", note: "gradient-boosted trees" },
  { name: "catboost", note: "gradient-boosted trees" },
  { name: "ultralytics", note: "YOLO vision models" },
  { name: "kagglehub", note: "Kaggle models and datasets download" }
];
var NPM = [
  { name: "@huggingface/transformers", note: "Transformers.js: models in JS (ONNX)" },
  { name: "@xenova/transformers", note: "Transformers.js (old name)" },
  { name: "@huggingface/inference", note: "Hugging Face inference client" },
  { name: "@huggingface/hub", note: "Hugging Face Hub client" },
  { name: "@tensorflow/tfjs", prefix: true, note: "TensorFlow.js (and -node, -backend-*)" },
  { name: "onnxruntime-node", note: "ONNX Runtime for Node" },
  { name: "onnxruntime-web", note: "ONNX Runtime for the browser" },
  { name: "langchain", note: "LangChain.js" },
  { name: "@langchain/", prefix: true, note: "LangChain.js packages and integrations" },
  { name: "llamaindex", note: "LlamaIndex.TS" },
  { name: "ollama", note: "Ollama client for locally served models" },
  { name: "node-llama-cpp", note: "llama.cpp bindings for Node" },
  { name: "@mlc-ai/web-llm", note: "LLMs in the browser (WebGPU)" },
  { name: "ai", note: "Vercel AI SDK core" },
  { name: "@ai-sdk/", prefix: true, note: "Vercel AI SDK providers" },
  { name: "ml5", note: "friendly ML for the web" },
  { name: "brain.js", note: "neural networks in JS" }
];
var GO = [
  { name: "github.com/ollama/ollama", note: "Ollama (local model server and client)" },
  { name: "github.com/tmc/langchaingo", note: "LangChain for Go" },
  { name: "github.com/sashabaranov/go-openai", note: "community OpenAI-API client (also for local servers)" },
  { name: "github.com/gomlx/gomlx", note: "ML framework for Go" },
  { name: "github.com/yalue/onnxruntime_go", note: "ONNX Runtime bindings" },
  { name: "gorgonia.org/gorgonia", note: "deep learning in Go" }
];
var CARGO = [
  {
    name: "candle-",
    prefix: true,
    note: "Hugging Face Candle ML framework (candle-core, -nn, -transformers)"
  },
  { name: "burn", note: "Burn deep-learning framework" },
  { name: "burn-", prefix: true, note: "Burn backends and parts" },
  { name: "ort", note: "ONNX Runtime bindings" },
  { name: "tch", note: "PyTorch (libtorch) bindings" },
  { name: "tokenizers", note: "Hugging Face tokenizers" },
  { name: "safetensors", note: "safe tensor (weights) file format" },
  { name: "hf-hub", note: "Hugging Face Hub client" },
  { name: "llama-cpp-2", note: "llama.cpp bindings" },
  { name: "mistralrs", prefix: true, note: "mistral.rs LLM inference" },
  { name: "rust-bert", note: "transformer models in Rust" },
  { name: "async-openai", note: "community OpenAI-API client (also for local servers)" },
  { name: "ollama-rs", note: "Ollama client" },
  { name: "linfa", prefix: true, note: "classical machine learning" }
];
var MAVEN = [
  { name: "ai.djl:", prefix: true, note: "Deep Java Library (DJL) and its engines" },
  { name: "ai.djl.", prefix: true, note: "Deep Java Library (DJL) engines and model zoos" },
  { name: "dev.langchain4j:", prefix: true, note: "LangChain4j" },
  { name: "org.deeplearning4j:", prefix: true, note: "Deeplearning4j" },
  { name: "org.tensorflow:", prefix: true, note: "TensorFlow for Java" },
  { name: "org.pytorch:", prefix: true, note: "PyTorch for Java and Android" },
  { name: "com.microsoft.onnxruntime:", prefix: true, note: "ONNX Runtime for Java" },
  { name: "io.github.ollama4j:ollama4j", note: "Ollama client for Java" },
  { name: "org.springframework.ai:", prefix: true, note: "Spring AI" }
];
var CONDA = [
  { name: "pytorch", note: "PyTorch (conda name)" },
  { name: "pytorch-gpu", note: "PyTorch (conda name)" },
  { name: "pytorch-cuda", note: "PyTorch CUDA runtime" },
  { name: "huggingface-hub", note: "Hugging Face Hub client" }
];
var AI_PACKAGES = {
  pypi: PYPI,
  npm: NPM,
  conda: [...CONDA, ...PYPI],
  go: GO,
  cargo: CARGO,
  maven: MAVEN
};
function normalisePackageName(ecosystem, name) {
  const lower = name.trim().toLowerCase();
  if (ecosystem === "pypi" || ecosystem === "conda") return lower.replace(/[-_.]+/g, "-");
  if (ecosystem === "cargo") return lower.replace(/_/g, "-");
  return lower;
}
var EXACT = /* @__PURE__ */ new Map();
for (const [eco, list] of Object.entries(AI_PACKAGES)) {
  EXACT.set(eco, new Map(list.map((p) => [p.name, p])));
}
function aiPackageFor(ecosystem, name) {
  const n = normalisePackageName(ecosystem, name);
  const exact = EXACT.get(ecosystem)?.get(n);
  if (exact) return exact;
  return AI_PACKAGES[ecosystem].find(
    (p) => p.prefix && n.startsWith(p.name) || ecosystem === "go" && n.startsWith(`${p.name}/`)
  );
}

// src/extract/manifests/dependency-evidence.ts
var DEVELOPMENT_WORDS = new Set(
  "dev develop development test tests testing lint linting docs doc build bench benchmark benchmarks ci typing types format style".split(
    " "
  )
);
var OPTIONAL_WORDS = /* @__PURE__ */ new Set(["optional", "peer", "extra", "extras"]);
function scopeOf(section, otherwise) {
  const words = section.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z]+/);
  if (words.some((w) => DEVELOPMENT_WORDS.has(w))) return "development";
  if (words.some((w) => OPTIONAL_WORDS.has(w))) return "optional";
  return otherwise;
}
function roleOf(ecosystem, name) {
  const registry = ecosystem === "conda" ? "pypi" : ecosystem;
  const provider = providerForPackage(registry, name);
  if (provider) return { role: "closed-api-sdk", provider: provider.id };
  return { role: aiPackageFor(ecosystem, name) ? "ai-library" : "other" };
}
function addDependency(sink, file, ecosystem, dep) {
  const name = dep.name.trim();
  if (name === "") return;
  const { role, provider } = roleOf(ecosystem, name);
  const evidence = { kind: "dependency", file, line: dep.line, ecosystem, name, role };
  if (dep.version) evidence.version = dep.version;
  if (dep.licence) evidence.licence = dep.licence;
  if (provider) evidence.provider = provider;
  if (dep.scope) evidence.scope = dep.scope;
  sink.add(evidence);
  if (provider) {
    sink.add({
      kind: "api",
      provider,
      signal: "dependency",
      file,
      line: dep.line,
      ...isTestOrCiPath(file) ? { weak: true } : {},
      ...dep.scope ? { scope: dep.scope } : {}
    });
  }
}

// src/extract/manifests/pep508.ts
var NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*/;
function parseRequirement(spec) {
  const text = spec.trim();
  const m = NAME.exec(text);
  if (!m) return void 0;
  let end = m[0].length;
  while (end > 0 && "._-".includes(m[0][end - 1] ?? "")) end--;
  const name = m[0].slice(0, end);
  let rest = text.slice(m[0].length);
  const semicolon = rest.indexOf(";");
  if (semicolon !== -1) rest = rest.slice(0, semicolon);
  rest = rest.trim();
  let extras = [];
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close === -1) return void 0;
    extras = rest.slice(1, close).split(",").map((e) => e.trim()).filter((e) => e !== "");
    rest = rest.slice(close + 1).trim();
  }
  if (rest.startsWith("@")) {
    const url = rest.slice(1).trim();
    return url ? { name, extras, url } : { name, extras };
  }
  if (rest.startsWith("(") && rest.endsWith(")")) rest = rest.slice(1, -1);
  const version = rest.replace(/\s+/g, "");
  if (version !== "" && !/^[<>=!~]/.test(version)) return void 0;
  return version ? { name, extras, version } : { name, extras };
}

// src/extract/manifests/python-requirements.ts
function addRequirement(sink, file, spec, line, ecosystem = "pypi", scope) {
  const req = parseRequirement(spec);
  if (req)
    addDependency(sink, file, ecosystem, {
      name: req.name,
      version: req.version,
      line,
      ...scope ? { scope } : {}
    });
}

// src/extract/manifests/install-commands.ts
var INSTALL = /(?:^|[\n;&|])[ \t]{0,20}(?:RUN[ \t]+)?[!%]?[ \t]{0,5}(?:python3?[ \t]+-m[ \t]+)?pip3?[ \t]+install[ \t]+([^\n;&|#]{1,500})/g;
var TAKES_VALUE = /* @__PURE__ */ new Set([
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "-e",
  "--editable",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "-t",
  "--target",
  "--prefix",
  "--root",
  "--platform",
  "--python-version"
]);
var MAX_PACKAGES = 50;
var WORD = /"[^"\n]*"|'[^'\n]*'|[^ \t]+/g;
function addInstallCommands(text, file, lineOf2, sink) {
  if (!text.includes("pip")) return;
  let added = 0;
  INSTALL.lastIndex = 0;
  for (let m = INSTALL.exec(text); m !== null; m = INSTALL.exec(text)) {
    const words = (m[1] ?? "").trim().match(WORD) ?? [];
    const line = lineOf2(m.index + m[0].length - (m[1] ?? "").length);
    for (let i = 0; i < words.length; i++) {
      const word = (words[i] ?? "").replace(/^["']|["']$/g, "");
      if (word.startsWith("-")) {
        if (TAKES_VALUE.has(word)) i++;
        continue;
      }
      if (word === "" || /[/:$\\{}]|\.(?:whl|zip|tar\.gz)$|^[.\d<>=!~]/.test(word)) continue;
      addRequirement(sink, file, word, line);
      if (++added >= MAX_PACKAGES) return;
    }
  }
}

// src/extract/references/reference-extractor.ts
var CALL_FORMS = FORMS.filter((f) => f !== SETTING_FORM);
var SETTING_WORDS = new RegExp(anyOf(SETTING_FORM.needles));
var FORMS_BY_NEEDLE = /* @__PURE__ */ new Map();
for (const f of CALL_FORMS)
  for (const n of f.needles) FORMS_BY_NEEDLE.set(n, [...FORMS_BY_NEEDLE.get(n) ?? [], f]);
var DATA_GENERATION_LIBRARIES = ["distilabel", "datadreamer", "synthetic_data_kit", "bespokelabs.curator"];
var namesDataGeneration = (text) => DATA_GENERATION_LIBRARIES.some((l) => text.includes(l));
var IMPORTS_DATA_GENERATION = new RegExp(
  String.raw`(?:^|\n)[ \t]{0,20}(?:from|import)[ \t]{1,5}(?:${anyOf(DATA_GENERATION_LIBRARIES)})\b`
);
var findNeedles = needleFinder([
  .../* @__PURE__ */ new Set([...CALL_FORMS.flatMap((f) => f.needles), ...API_NEEDLES, ...WEIGHTS_URL_NEEDLES, "http"])
]);
var DEFAULT_CUE = /default|\?\?\s*["'`]|\|\|\s*["'`]|getenv\s*\(|environ\.get\s*\(/i;
var MAX_CUE_LINE = 400;
function setsDefault(text, index) {
  let start = index;
  while (start > 0 && text.charCodeAt(start - 1) !== NEWLINE)
    if (index - --start > MAX_CUE_LINE) return false;
  let end = index;
  while (end < text.length && text.charCodeAt(end) !== NEWLINE)
    if (++end - start > MAX_CUE_LINE) return false;
  return DEFAULT_CUE.test(text.slice(start, end));
}
var NEWLINE = 10;
var DEFINES = /\b(?:def|function)\s+([A-Za-z_]\w{0,80})\s*\(/g;
function parameterOf(text, index) {
  const start = text.lastIndexOf("\n", index) + 1;
  if (index - start > MAX_CUE_LINE) return {};
  let name;
  for (const m of text.slice(start, index).matchAll(DEFINES)) name = m[1];
  return name ? { defaultOf: name } : {};
}
var EXAMPLE_CUE = /\b(?:for example|an example|example data(?:set)?|sample data(?:set)?|samples? from|by default|let'?s|tutorial|walk-?through|quick ?start)\b|\u6837\u4f8b|\u793a\u4f8b|\u4f8b\u5b50|\u4f8b\u5982/i;
var CUE_LINES = 3;
var HUB_PAGE = /^[^\s"'`]{0,200}?\/(?:blob|tree|discussions|commit)\//;
function pointsAtPage(text, index) {
  return HUB_PAGE.test(text.slice(index, index + 300));
}
function addWeightsLinks(path2, text, add) {
  let lines;
  for (const hit of weightsLinks(text)) {
    lines ??= new LineIndex(text);
    const line = lines.lineOf(hit.index);
    add({ kind: "project", file: path2, line, signal: "weights-url", value: hit.value }, `w:${line}`);
  }
}
function addProseLinks(path2, text, add) {
  if (!HF_URL_FORM.needles.some((n) => text.includes(n))) return;
  const mask = nonProseLines(text);
  const lines = new LineIndex(text);
  for (const hit of HF_URL_FORM.find(text)) {
    const line = lines.lineOf(hit.index);
    if (mask[line]) continue;
    const said = linkPurpose(text, hit.index, hit.kind === "dataset");
    const example = said ? { purpose: said } : {};
    if (hit.kind === "model") {
      add(
        {
          kind: "model",
          file: path2,
          line,
          name: hit.name,
          via: "hf-url",
          strength: "weak",
          inProse: true,
          ...example
        },
        `m:${line}:${hit.name}`
      );
    } else {
      add(
        {
          kind: "dataset",
          file: path2,
          line,
          name: hit.name,
          via: "hf-url",
          strength: "weak",
          inProse: true,
          ...example
        },
        `d:${line}:${hit.name}`
      );
    }
  }
}
function linkPurpose(text, index, dataset) {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  const end = sentenceLineEnd(text, index);
  const readable = end - start <= MAX_PURPOSE_LINE;
  if (readable && dataset && trainedOn(text, start, index, end)) return "training";
  if (readable && makesData(text, start, index, end)) return "data-generation";
  const heading = text.lastIndexOf("\n#", index);
  if (heading >= 0 && EVALUATION_HEADING.test(text.slice(heading + 1, Math.min(text.length, heading + 121))))
    return "evaluation";
  if (inScoreTable(text, start)) return "evaluation";
  return EXAMPLE_CUE.test(paragraphBefore(text, index)) ? "example" : void 0;
}
var MAX_PURPOSE_LINE = 2e3;
function sentenceLineEnd(text, index) {
  const end = text.indexOf("\n", index);
  if (end < 0) return text.length;
  const next2 = text.indexOf("\n", end + 1);
  const following = text.slice(end + 1, next2 < 0 ? text.length : next2);
  const runsOn = !/[.!?:\u3002]\s*$/.test(text.slice(Math.max(0, end - 3), end)) && /^\s{0,3}[\p{L}\p{N}(]/u.test(following);
  return runsOn ? next2 < 0 ? text.length : next2 : end;
}
function paragraphBefore(text, index) {
  let start = index;
  for (let n = 0; n <= CUE_LINES && start > 0; n++) {
    const previous = text.lastIndexOf("\n", start - 1);
    if (previous < 0) return text.slice(Math.max(0, index - 1e3), index);
    const before = text.slice(previous + 1, start);
    if (n > 0 && /^\s*$/.test(before)) break;
    start = previous + 1;
    if (n > 0 && before.startsWith("#") || index - start > 1e3) break;
    start = previous;
  }
  return text.slice(start, index);
}
function isServedAlias(name) {
  const known = findModel({ name, via: "ollama" });
  if (known?.weights === "api-only") return true;
  return !name.includes("/") && !name.includes(":") && known === void 0;
}
var referenceExtractor = {
  name: "code-references",
  wants: (file) => sourceKind(file) ? "text" : null,
  extract(file, sink) {
    const kind = sourceKind(file.info);
    const text = file.text;
    if (!kind || text === void 0) return;
    const seen = /* @__PURE__ */ new Set();
    const add = (e, key) => {
      if (seen.has(key)) return;
      seen.add(key);
      sink.add(e);
    };
    const path2 = file.info.path;
    let inTests;
    const strength = () => {
      inTests ??= isTestOrCiPath(path2);
      return inTests ? "weak" : "strong";
    };
    const weakApi = () => kind === "markdown" || strength() === "weak";
    let code;
    const codeText = () => code ??= kind === "notebook" ? segments.map((s) => s.text).join("\n") : text;
    let local;
    const isLocal = () => local ??= pointsAtLocalServer(codeText());
    let runtime;
    let importsDataLibrary;
    const purpose = () => {
      importsDataLibrary ??= (kind === "python" || kind === "notebook") && namesDataGeneration(codeText()) && IMPORTS_DATA_GENERATION.test(codeText());
      return importsDataLibrary ? { purpose: "data-generation" } : {};
    };
    const segments = codeSegments(file.info, kind, text, sink);
    if (kind === "markdown") {
      addProseLinks(path2, text, add);
      addWeightsLinks(path2, text, add);
    }
    for (const segment of segments) {
      const has = findNeedles(segment.text);
      const wanted = /* @__PURE__ */ new Set();
      for (const n of has.found) for (const f of FORMS_BY_NEEDLE.get(n) ?? []) wanted.add(f);
      let lines;
      const lineOf2 = (index) => {
        lines ??= new LineIndex(segment.text);
        return segmentLine(segment, lines.lineOf(index) - 1);
      };
      const addForms = (forms) => {
        if (kind === "env") return;
        for (const form of forms) {
          if (!(form === SETTING_FORM ? SETTING_WORDS.test(segment.text) : wanted.has(form))) continue;
          for (const hit of form.find(segment.text, kind !== "python" && kind !== "js")) {
            const line = lineOf2(hit.index);
            if (hit.kind === "model") {
              add(
                {
                  kind: "model",
                  file: path2,
                  line,
                  name: hit.name,
                  via: hit.via,
                  strength: strength(),
                  ...setsDefault(segment.text, hit.index) ? { defaultValue: true } : {},
                  ...parameterOf(segment.text, hit.index),
                  ...hit.tokenizerOnly ? { tokenizerOnly: true } : {},
                  ...hit.choice ? { choice: true } : {},
                  ...hit.trainsInto ? { trainsInto: hit.trainsInto } : {},
                  ...hit.published ? { published: true } : {},
                  ...hit.via === "hf-url" && kind !== "markdown" && (inComment(segment.text, hit.index) || pointsAtPage(segment.text, hit.index)) ? { cited: true } : {},
                  ...purpose()
                },
                `m:${line}:${hit.name}`
              );
            } else {
              const via = hit.via === "hf-hub" || hit.via === "hf-url" || hit.via === "kaggle" || hit.via === "load_dataset" || hit.via === "tfds" || hit.via === "torchvision" || hit.via === "setting" ? hit.via : "hf-hub";
              add(
                {
                  kind: "dataset",
                  file: path2,
                  line,
                  name: hit.name,
                  via,
                  strength: strength(),
                  ...hit.choice ? { choice: true } : {}
                },
                `d:${line}:${hit.name}`
              );
            }
          }
        }
      };
      addForms(CALL_FORMS);
      if (kind !== "markdown" && kind !== "env" && WEIGHTS_URL_NEEDLES.some(has)) {
        if (has("http"))
          for (const hit of weightsUrls(segment.text)) {
            const line = lineOf2(hit.index);
            add({ kind: "project", file: path2, line, signal: "weights-url", value: hit.value }, `w:${line}`);
          }
        for (const hit of knownCheckpointFiles(segment.text)) {
          const line = lineOf2(hit.index);
          add(
            {
              kind: "model",
              file: path2,
              line,
              name: hit.value,
              via: "weights-file",
              strength: strength(),
              ...setsDefault(segment.text, hit.index) ? { defaultValue: true } : {},
              ...inComment(segment.text, hit.index) ? { cited: true } : {}
            },
            `m:${line}:${hit.value}`
          );
        }
      }
      if (kind === "python" || kind === "js")
        for (const hit of knownNameRegistry(segment.text)) {
          const line = lineOf2(hit.index);
          add(
            {
              kind: "model",
              file: path2,
              line,
              name: hit.value,
              via: "setting",
              strength: strength(),
              choice: true
            },
            `m:${line}:${hit.value}`
          );
        }
      const hits = findApiHits(segment.text, has, kind === "env");
      const sdkImported = hits.some((h) => h.signal === "import");
      const viaSdk = sdkImported || hits.some((h) => h.signal === "client-call");
      for (const hit of hits) {
        if (hit.unknownName && isLocal()) continue;
        const line = lineOf2(hit.index);
        const runtimeCall = hit.signal === "model-string" && !viaSdk || hit.signal === "client-call" && !sdkImported;
        const local2 = isLocal() || runtimeCall && (runtime ??= importsLocalRuntime(codeText()));
        const byDefault = hit.signal === "model-string" && setsDefault(segment.text, hit.index);
        add(
          {
            kind: "api",
            file: path2,
            line,
            provider: hit.provider,
            signal: hit.signal,
            ...hit.model ? { model: hit.model } : {},
            ...local2 ? { local: true } : {},
            ...hit.openWeight ? { openWeight: true } : {},
            ...weakApi() ? { weak: true } : {},
            ...byDefault ? { defaultValue: true } : {}
          },
          `a:${line}:${hit.provider}:${hit.signal}`
        );
        if (hit.model && !local2) {
          add(
            {
              kind: "model",
              file: path2,
              line,
              name: hit.model,
              via: "api",
              strength: weakApi() ? "weak" : "strong",
              provider: hit.provider,
              ...byDefault ? { defaultValue: true } : {}
            },
            `m:${line}:${hit.model}`
          );
        }
      }
      if ((has("model") || has("engine")) && isLocal()) {
        for (const m of findLocalModelNames(segment.text)) {
          const line = lineOf2(m.index);
          const hosted = providerOfModelName(m.model);
          if (hosted && !hosted.openWeight) continue;
          if (isServedAlias(m.model)) continue;
          add(
            { kind: "model", file: path2, line, name: m.model, via: "ollama", strength: strength() },
            `m:${line}:${m.model}`
          );
        }
      }
      addForms([SETTING_FORM]);
      if (kind === "notebook" || kind === "shell" || kind === "docker")
        addInstallCommands(segment.text, path2, lineOf2, sink);
    }
  }
};

// src/extract/licence/licence-filenames.ts
var PREFERRED_EXT = "(?:md|markdown|txt|html)";
var NOT_LICENCE_EXT = /* @__PURE__ */ new Set([
  "py",
  "js",
  "mjs",
  "cjs",
  "ts",
  "tsx",
  "jsx",
  "go",
  "rs",
  "java",
  "kt",
  "c",
  "h",
  "cc",
  "cpp",
  "hpp",
  "cs",
  "rb",
  "php",
  "swift",
  "scala",
  "sh",
  "json",
  "yaml",
  "yml",
  "toml",
  "xml",
  "css",
  "scss",
  "vue",
  "svelte",
  "spdx",
  "header",
  "gemspec",
  "lock",
  "png",
  "jpg",
  "jpeg",
  "svg",
  "gif",
  "pdf"
]);
var RULES = [
  { pattern: /^(?:un)?licen[sc]e$/, score: 1 },
  { pattern: new RegExp(`^(?:un)?licen[sc]e\\.${PREFERRED_EXT}$`), score: 0.95 },
  { pattern: /^copying$/, score: 0.9 },
  { pattern: new RegExp(`^copying\\.${PREFERRED_EXT}$`), score: 0.85 },
  { pattern: /^(?:un)?licen[sc]e\.[^.]{1,10}$/, score: 0.8 },
  { pattern: /^copying\.[^.]{1,10}$/, score: 0.75 },
  // LICENSE-MIT, LICENSE-APACHE, LICENSE_MODEL, LICENSE-MODEL.md
  { pattern: new RegExp(`^licen[sc]e[-_][^.]{1,40}(?:\\.${PREFERRED_EXT})?$`), score: 0.7 },
  { pattern: new RegExp(`^copying[-_][^.]{1,40}(?:\\.${PREFERRED_EXT})?$`), score: 0.65 },
  // MIT-LICENSE, model_license.txt, "Tongyi Qianwen LICENSE AGREEMENT"
  { pattern: new RegExp(`^[^.]{1,40}[-_ ]licen[sc]e(?: agreement)?(?:\\.${PREFERRED_EXT})?$`), score: 0.6 },
  { pattern: new RegExp(`^[^.]{1,40}[-_]copying(?:\\.${PREFERRED_EXT})?$`), score: 0.55 },
  { pattern: /^ofl\.md$/, score: 0.5 },
  { pattern: /^ofl\.[^.]{1,10}$/, score: 0.45 },
  { pattern: /^ofl$/, score: 0.4 },
  { pattern: /^copyright$/, score: 0.35 },
  { pattern: /^copyright\.txt$/, score: 0.3 },
  // copyright.html is a website's footer fragment far more often than a licence.
  { pattern: /^copyright\.(?!html?$)[^.]{1,10}$/, score: 0.25 },
  { pattern: /^copyright[-_][^.]{1,40}$/, score: 0.2 }
];
var TOOLING = /^(?:licen[sc]e|copyright)[-_. ]?(?:header|template|check|checker|notice[-_. ]template)s?(?:\.|$)/;
var POLICY = new RegExp(
  `^(?:acceptable[-_ ]use[-_ ]policy|use[-_ ]policy|prohibited[-_ ]use[-_ ]policy)(?:\\.${PREFERRED_EXT})?$`
);
var POLICY_SCORE = 0.5;
var REUSE = /(?:^|\/)LICENSES\/((?:LicenseRef-)?[A-Za-z0-9][A-Za-z0-9.+-]{0,80})\.(?:txt|md)$/;
function scoreLicenceFileName(path2) {
  const reuse = REUSE.exec(path2);
  if (reuse) return { score: 1, kind: "reuse", declaredId: reuse[1] };
  const name = path2.slice(path2.lastIndexOf("/") + 1).toLowerCase();
  if (name.length > 80) return null;
  const dot = name.lastIndexOf(".");
  if (dot > 0 && NOT_LICENCE_EXT.has(name.slice(dot + 1))) return null;
  if (TOOLING.test(name)) return null;
  if (POLICY.test(name)) return { score: POLICY_SCORE, kind: "policy" };
  for (const rule of RULES) {
    if (rule.pattern.test(name)) return { score: rule.score, kind: "licence" };
  }
  return null;
}

// src/extract/licence/normalise.ts
var MAX_LINE2 = 2e4;
var COPYRIGHT_LINE = /^(?:copyright\b\s{0,3}:?\s{0,3}(?:\(c\)|\u00a9|\d{4}|<|\[|by\b|year\b)|\(c\)\s{0,3}\d{4}|\u00a9)/i;
var ALL_RIGHTS_RESERVED = /\ball rights reserved\.?/gi;
var HEADING = /^ {0,3}#{1,6}\s+/;
var SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;
var RULE = /^ {0,3}(?:[-*_]\s*){3,}$/;
var BULLET = /^\s{0,12}[-*+]\s+/;
var BLOCKQUOTE = /^ {0,3}(?:>\s?){1,5}/;
var IMAGE_OR_LINK = /!?\[([^[\]\n]{0,200})\]\([^()\s]{0,500}(?:\s+"[^"\n]{0,200}")?\)/g;
var REFERENCE_DEFINITION = /^ {0,3}\[[^[\]\n]{1,100}\]:\s/;
var HTML_ENTITY = /&(?:nbsp|amp|lt|gt|quot|#39|#x27|apos|copy);/g;
var ANGLE_SPAN = /<[^<>\n]{1,120}>/g;
var BRACKET_SPAN = /\[([^[\]\n]{0,120})\]/g;
var BRACKET_FIELD = /^[\s_.]*$|year|yyyy|name|owner|holder|author|copyright|enter |insert |e-?mail|organi[sz]ation/i;
var URL2 = /\b(?:(?:https?|ftp):\/\/|www\.)(?:[^\s<>()"']{0,500}[^\s<>()"'.,;:!?])?/gi;
var WWW = /www\./i;
var APOSTROPHE_S = /([a-z])['\u2018\u2019\u201a\u201b\u2032`]s\b/g;
var LICENC = /licenc/g;
var SUB_LICENS = /\bsub[ -]?licens/g;
var NON = /\bnon[ -](?=[a-z])/g;
var WORD_VARIANTS = /\b(?:no[ -]?derivs\b|no[ -]?derivatives\b|share[ -]?alike\b|acknowledgment|analogue\b|centre\b|favour|honour|offence|per[ -]cent\b|whilst\b|(author|organi|recogni|authori|summari|characteri)s(e|ed|es|ing|ation)\b|copyright[ -]holder)/g;
var WORD_VARIANT = {
  noderivs: "noderivatives",
  noderivatives: "noderivatives",
  sharealike: "sharealike",
  acknowledgment: "acknowledgement",
  analogue: "analog",
  centre: "center",
  favour: "favor",
  honour: "honor",
  offence: "offense",
  percent: "percent",
  whilst: "while",
  copyrightholder: "copyright owner"
};
var END_OF_TERMS = /^\W{0,5}end of terms and conditions\W{0,5}$/;
var END_OF_TERMS_WORDS = "end of terms and conditions";
var MAX_TITLE_WORDS = 14;
var MAX_TITLE_PARAGRAPHS = 4;
function normaliseLicenceText(text) {
  const { body, titles } = normaliseLicenceForm(text);
  return { tokens: tokensOf(body), titleTokens: tokensOf(titles) };
}
function normaliseLicenceForm(text) {
  const paragraphs = withoutAppendix(toParagraphs(text));
  let titles = 0;
  let start = 0;
  while (titles < MAX_TITLE_PARAGRAPHS) {
    const end = paragraphs.indexOf("\n", start);
    if (end === -1 || !isTitle(paragraphs.slice(start, end).trim())) break;
    titles++;
    start = end + 1;
  }
  const unified = unifySpelling(paragraphs);
  let cut = -1;
  for (let i = 0; i < titles; i++) cut = unified.indexOf("\n", cut + 1);
  return { body: unified.slice(cut + 1), titles: titles === 0 ? "" : unified.slice(0, cut) };
}
function forEachToken(form, visit) {
  const n = form.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar2(form.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    do
      i++;
    while (i < n && isWordChar2(form.charCodeAt(i)));
    while (i + 1 < n && form.charCodeAt(i) === DOT && isDigit(form.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isDigit(form.charCodeAt(i))) i++;
    }
    visit(start, i);
  }
}
function tokensOf(form) {
  const tokens = [];
  forEachToken(form, (start, end) => tokens.push(form.slice(start, end)));
  return tokens;
}
var DOT = 46;
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isWordChar2(c) {
  return c >= 97 && c <= 122 || c >= 48 && c <= 57;
}
function isTitle(paragraph) {
  if (/[.;:,]["'\u201d\u2019)]?$/.test(paragraph)) return false;
  return paragraph.split(/\s+/).filter((w) => /[a-z0-9]/.test(w)).length <= MAX_TITLE_WORDS;
}
function withoutAppendix(paragraphs) {
  for (let at = paragraphs.indexOf(END_OF_TERMS_WORDS); at !== -1; ) {
    const start = paragraphs.lastIndexOf("\n", at) + 1;
    const end = paragraphs.indexOf("\n", at);
    if (END_OF_TERMS.test(paragraphs.slice(start, end === -1 ? void 0 : end))) {
      return start > 0 ? paragraphs.slice(0, start - 1) : paragraphs;
    }
    at = end === -1 ? -1 : paragraphs.indexOf(END_OF_TERMS_WORDS, end);
  }
  return paragraphs;
}
function toParagraphs(input) {
  const text = input.includes("	") ? input.replace(/\t/g, " ") : input;
  const links = text.includes("](");
  const entities = text.includes("&");
  const context = {
    links,
    schemes: links || text.includes("://"),
    www: links || WWW.test(text),
    entities,
    reserved: links || entities || /all rights reserved/i.test(text),
    angles: text.includes("<"),
    brackets: text.includes("[")
  };
  const paragraphs = [];
  let lines = [];
  for (const raw of text.split("\n")) {
    const line = cleanLine(raw.length > MAX_LINE2 ? raw.slice(0, MAX_LINE2) : raw, context);
    if (line === null) continue;
    if (line !== "") lines.push(line);
    else if (lines.length > 0) {
      paragraphs.push(lines.join(" "));
      lines = [];
    }
  }
  if (lines.length > 0) paragraphs.push(lines.join(" "));
  return paragraphs.join("\n").toLowerCase();
}
function cleanLine(raw, context) {
  const untouched = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  const trimmed = untouched.trim();
  if (trimmed === "") return "";
  let line = untouched;
  if (mayBeMarkup(line)) {
    if (SETEXT_UNDERLINE.test(line) || RULE.test(line) || REFERENCE_DEFINITION.test(line)) return "";
    line = line.replace(BLOCKQUOTE, "").replace(HEADING, "").replace(BULLET, "");
  }
  if (context.links && line.includes("](")) line = line.replace(IMAGE_OR_LINK, "$1");
  if (context.schemes && line.includes("://") || context.www && WWW.test(line)) {
    line = line.replace(URL2, " ");
  }
  if (context.entities && line.includes("&")) line = line.replace(HTML_ENTITY, " ");
  line = line === untouched ? trimmed : line.trim();
  if (line === "") return "";
  if (line.length < 300 && mayBeCopyright(line) && COPYRIGHT_LINE.test(line)) return null;
  if (context.reserved) line = line.replace(ALL_RIGHTS_RESERVED, " ");
  if (context.angles && line.includes("<")) line = line.replace(ANGLE_SPAN, " ");
  if (context.brackets && line.includes("[")) {
    line = line.replace(
      BRACKET_SPAN,
      (_m, inner) => BRACKET_FIELD.test(inner) ? " " : ` ${inner} `
    );
  }
  return line;
}
function mayBeMarkup(line) {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  const c = line.charCodeAt(i);
  return c < 33 || c > 126 || "=-*_[>#+".includes(line.charAt(i));
}
function mayBeCopyright(line) {
  const c = line.charCodeAt(0);
  return c === 99 || c === 67 || c === 40 || c === 169;
}
function unifySpelling(paragraphs) {
  return paragraphs.replace(/&/g, " and ").replace(APOSTROPHE_S, "$1s").replace(/[*_~]+/g, " ").replace(LICENC, "licens").replace(SUB_LICENS, "sublicens").replace(NON, "non").replace(
    WORD_VARIANTS,
    (word, stem, ending) => stem === void 0 ? WORD_VARIANT[word.replace(/[ -]/, "")] ?? word : `${stem}z${ending}`
  );
}

// src/extract/licence/spdx-corpus.ts
import { Buffer as Buffer3 } from "node:buffer";
import fs from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// src/extract/licence/spdx-index-build.ts
import { Buffer as Buffer2 } from "node:buffer";

// src/extract/licence/variant-guard.ts
var DISTINCTIVE_TERMS = [
  "noncommercial",
  "noderivatives",
  "sharealike",
  "lesser",
  "affero"
];
function countDistinctiveTerms(tokens) {
  const counts2 = new Map(DISTINCTIVE_TERMS.map((t) => [t, 0]));
  for (const token of tokens) {
    const n = counts2.get(token);
    if (n !== void 0) counts2.set(token, n + 1);
  }
  return counts2;
}
function variantConflict(text, candidate) {
  for (const term of DISTINCTIVE_TERMS) {
    const a = text.get(term) ?? 0;
    const b = candidate.text.get(term) ?? 0;
    const named = candidate.name.get(term) ?? 0;
    if (a === 0 && b > 0) return term;
    if (a > 0 && b === 0 && named === 0) return term;
    if (a > 0 && b > 0 && Math.max(a, b) > 3 * Math.min(a, b) + 2) return term;
  }
  return null;
}

// src/extract/licence/spdx-index-format.ts
var INDEX_FORMAT = { magic: "AIOCSPDX", version: 3, prefixBytes: 24 };
var INDEX_FILE_NAME = "spdx-index.bin";
function indexLayout(prefix) {
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  const countsEnd = INDEX_FORMAT.prefixBytes + 2 * view.getUint32(20, true);
  const headerEnd = countsEnd + view.getUint32(12, true);
  const vocabularyEnd = headerEnd + view.getUint32(16, true);
  return { countsEnd, headerEnd, vocabularyEnd, idsStart: vocabularyEnd + vocabularyEnd % 2 };
}
function wordCountsOf(head) {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const counts2 = new Uint16Array(view.getUint32(20, true));
  for (let i = 0; i < counts2.length; i++) counts2[i] = view.getUint16(INDEX_FORMAT.prefixBytes + 2 * i, true);
  return counts2;
}
function wordSetKey(sortedDistinctWords) {
  let a = 2166136261;
  let b = 16777619;
  for (const word of sortedDistinctWords) {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 84696351);
    }
    a = Math.imul(a ^ 32, 16777619);
    b = Math.imul(b ^ 32, 84696351);
  }
  return `${sortedDistinctWords.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
function compareIdPreference(a, b) {
  if (a.deprecated !== b.deprecated) return a.deprecated ? 1 : -1;
  if (a.id.length !== b.id.length) return a.id.length - b.id.length;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// src/knowledge/licences/spdx-deprecated.ts
var DEPRECATED_SPDX_IDS = /* @__PURE__ */ new Set([
  "AGPL-1.0",
  "AGPL-3.0",
  "BSD-2-Clause-FreeBSD",
  "BSD-2-Clause-NetBSD",
  "GFDL-1.1",
  "GFDL-1.2",
  "GFDL-1.3",
  "GPL-1.0",
  "GPL-1.0+",
  "GPL-2.0",
  "GPL-2.0+",
  "GPL-2.0-with-GCC-exception",
  "GPL-2.0-with-autoconf-exception",
  "GPL-2.0-with-bison-exception",
  "GPL-2.0-with-classpath-exception",
  "GPL-2.0-with-font-exception",
  "GPL-3.0",
  "GPL-3.0+",
  "GPL-3.0-with-GCC-exception",
  "GPL-3.0-with-autoconf-exception",
  "LGPL-2.0",
  "LGPL-2.0+",
  "LGPL-2.1",
  "LGPL-2.1+",
  "LGPL-3.0",
  "LGPL-3.0+",
  "Net-SNMP",
  "Nunit",
  "StandardML-NJ",
  "bzip2-1.0.5",
  "eCos-2.0",
  "wxWindows"
]);
function isDeprecatedSpdxId(id) {
  return DEPRECATED_SPDX_IDS.has(id) || id.endsWith("+");
}

// src/extract/licence/spdx-index-build.ts
function buildSpdxIndex(data) {
  const encoder = new Encoder();
  const byLength = /* @__PURE__ */ new Map();
  const licences = [];
  for (const [id, entry] of Object.entries(data)) {
    const text = entry.licenseText;
    if (typeof text !== "string" || text.trim() === "") continue;
    const sameLength = byLength.get(text.length) ?? [];
    let encoded = sameLength.find(([other]) => other === text)?.[1];
    if (!encoded) {
      encoded = encoder.encode(text);
      sameLength.push([text, encoded]);
      byLength.set(text.length, sameLength);
    }
    if (encoded.tokens.length === 0) continue;
    licences.push({
      id,
      name: typeof entry.name === "string" ? entry.name : id,
      osiApproved: entry.osiApproved === true,
      deprecated: isDeprecatedSpdxId(id),
      ...encoded,
      sameText: [id]
    });
  }
  const vocabulary = [...encoder.vocabulary.keys()];
  if (vocabulary.length > 65535)
    throw new Error(`SPDX vocabulary of ${vocabulary.length} words does not fit 16 bits`);
  const bySet = /* @__PURE__ */ new Map();
  for (const licence of licences) {
    const key = setKey(licence.words);
    const group3 = bySet.get(key);
    if (group3) group3.push(licence);
    else bySet.set(key, [licence]);
  }
  const nameTerms = (l) => l.nameTerms ??= countDistinctiveTerms(normaliseLicenceText(l.name).tokens);
  for (const group3 of bySet.values()) {
    if (group3.length === 1) continue;
    group3.sort(compareIdPreference);
    for (const licence of group3) {
      const terms = { text: licence.terms, name: nameTerms(licence) };
      licence.sameText = group3.filter((l) => variantConflict(l.terms, terms) === null).map((l) => l.id);
    }
  }
  return serialise(vocabulary, licences);
}
function serialise(vocabulary, licences) {
  let offset = 0;
  const indexed = licences.map((l) => {
    const entry = [
      l.id,
      l.name,
      l.osiApproved ? 1 : 0,
      l.deprecated ? 1 : 0,
      offset,
      l.words.length,
      offset + l.words.length,
      l.tokens.length,
      wordSetKey(Array.from(l.words, (id) => vocabulary[id] ?? "").sort()),
      DISTINCTIVE_TERMS.map((t) => l.terms.get(t) ?? 0),
      l.sameText
    ];
    offset += l.words.length + l.tokens.length;
    return entry;
  });
  const json = Buffer2.from(JSON.stringify({ licences: indexed }), "utf8");
  const words = Buffer2.from(vocabulary.join("\n"), "utf8");
  const counts2 = [...new Set(licences.map((l) => l.words.length))].sort((a, b) => a - b);
  if ((counts2[counts2.length - 1] ?? 0) > 65535)
    throw new Error("an SPDX text with over 65535 distinct words");
  const prefix = Buffer2.alloc(INDEX_FORMAT.prefixBytes);
  prefix.write(INDEX_FORMAT.magic, 0, "latin1");
  prefix.writeUInt32LE(INDEX_FORMAT.version, 8);
  prefix.writeUInt32LE(json.length, 12);
  prefix.writeUInt32LE(words.length, 16);
  prefix.writeUInt32LE(counts2.length, 20);
  const { countsEnd, headerEnd, idsStart } = indexLayout(prefix);
  const out = Buffer2.alloc(idsStart + offset * 2);
  prefix.copy(out, 0);
  counts2.forEach((n, i) => out.writeUInt16LE(n, INDEX_FORMAT.prefixBytes + 2 * i));
  json.copy(out, countsEnd);
  words.copy(out, headerEnd);
  const ids = new Uint16Array(out.buffer, out.byteOffset + idsStart, offset);
  licences.forEach((l, i) => {
    const start = indexed[i]?.[4] ?? 0;
    ids.set(l.words, start);
    ids.set(l.tokens, start + l.words.length);
  });
  return out;
}
var Encoder = class {
  vocabulary = /* @__PURE__ */ new Map();
  // Open addressing on the short words' numbers: keys[slot] (0 when free) and ids[slot].
  keys = new Float64Array(1 << 14);
  ids = new Int32Array(1 << 14);
  keyed = 0;
  // lastSeen[id] is the last text that used the word: finds each text's distinct words.
  lastSeen = new Int32Array(1 << 14);
  texts = 0;
  encode(text) {
    const { body, titles } = normaliseLicenceForm(text);
    const serial = ++this.texts;
    const ids = new Int32Array((body.length >> 1) + 1);
    const distinct = [];
    let n = 0;
    forEachToken(body, (start, end) => {
      const id = this.idOf(body, start, end);
      ids[n++] = id;
      if (this.lastSeen[id] !== serial) {
        this.lastSeen[id] = serial;
        distinct.push(id);
      }
    });
    const tokens = ids.slice(0, n);
    const terms = countDistinctiveTerms(tokensOf(titles));
    for (const term of DISTINCTIVE_TERMS) {
      const id = this.vocabulary.get(term);
      if (id === void 0 || this.lastSeen[id] !== serial) continue;
      let count = terms.get(term) ?? 0;
      for (let i = 0; i < tokens.length; i++) if (tokens[i] === id) count++;
      terms.set(term, count);
    }
    return { words: Int32Array.from(distinct).sort(), tokens, terms };
  }
  idOf(form, start, end) {
    if (end - start > MAX_KEYED_LENGTH) return this.intern(form.slice(start, end));
    let key = 0;
    for (let i = start; i < end; i++) key = key * KEY_BASE + keyDigit(form.charCodeAt(i));
    const mask = this.keys.length - 1;
    for (let slot = slotOf(key, mask); ; slot = slot + 1 & mask) {
      const found = this.keys[slot];
      if (found === key) return this.ids[slot] ?? 0;
      if (found === 0) {
        const id = this.intern(form.slice(start, end));
        this.keys[slot] = key;
        this.ids[slot] = id;
        if (++this.keyed * 2 > this.keys.length) this.growKeys();
        return id;
      }
    }
  }
  intern(word) {
    let id = this.vocabulary.get(word);
    if (id === void 0) {
      id = this.vocabulary.size;
      this.vocabulary.set(word, id);
      if (id === this.lastSeen.length) {
        const grown = new Int32Array(id * 2);
        grown.set(this.lastSeen);
        this.lastSeen = grown;
      }
    }
    return id;
  }
  growKeys() {
    const { keys, ids } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.ids = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    keys.forEach((key, i) => {
      if (key === 0) return;
      let slot = slotOf(key, mask);
      while (this.keys[slot] !== 0) slot = slot + 1 & mask;
      this.keys[slot] = key;
      this.ids[slot] = ids[i] ?? 0;
    });
  }
};
var KEY_BASE = 38;
var MAX_KEYED_LENGTH = 10;
function keyDigit(c) {
  return c >= 97 ? c - 96 : c >= 48 ? c - 21 : 37;
}
function slotOf(key, mask) {
  const h = Math.imul((key | 0) ^ (key / 4294967296 | 0), 2654435761);
  return (h ^ h >>> 16) & mask;
}
function setKey(words) {
  return Buffer2.from(words.buffer, words.byteOffset, words.byteLength).toString("latin1");
}

// src/extract/licence/spdx-corpus.ts
var cached = null;
var counts = null;
function spdxCorpus() {
  cached ??= loadIndex();
  return cached;
}
function spdxWordCounts() {
  if (counts === null) {
    const file = cached === null ? indexFile() : null;
    counts = file === null ? spdxCorpus().wordCounts : wordCountsOf(readHead(file, "countsEnd"));
  }
  return counts;
}
function indexFile() {
  const beside = new URL(`./${INDEX_FILE_NAME}`, import.meta.url);
  const file = beside.protocol === "file:" ? fileURLToPath(beside) : null;
  return file !== null && fs.existsSync(file) ? file : null;
}
function loadIndex() {
  const file = indexFile();
  if (file === null) return readSpdxIndex(buildSpdxIndex(readSpdxFull()));
  return readSpdxIndex(readHead(file, "headerEnd"), (start, end) => readRange(file, start, end));
}
var openIndex;
function readRange(file, start, end) {
  if (openIndex?.file !== file) openIndex = { file, fd: fs.openSync(file, "r") };
  const out = Buffer3.alloc(end - start);
  fs.readSync(openIndex.fd, out, 0, out.length, start);
  return out;
}
function readHead(file, upTo) {
  const fd = fs.openSync(file, "r");
  try {
    const prefix = Buffer3.alloc(INDEX_FORMAT.prefixBytes);
    fs.readSync(fd, prefix, 0, prefix.length, 0);
    checkPrefix(prefix);
    const head = Buffer3.alloc(Math.max(prefix.length, indexLayout(prefix)[upTo]));
    fs.readSync(fd, head, 0, head.length, 0);
    return head;
  } finally {
    fs.closeSync(fd);
  }
}
function checkPrefix(prefix) {
  const { magic, version, prefixBytes } = INDEX_FORMAT;
  if (prefix.length < prefixBytes || prefix.toString("latin1", 0, 8) !== magic || prefix.readUInt32LE(8) !== version) {
    throw new Error(`not an SPDX licence index of format ${version}`);
  }
}
function readSpdxFull() {
  const beside = new URL("./spdx-full.json", import.meta.url);
  const file = beside.protocol === "file:" && fs.existsSync(fileURLToPath(beside)) ? fileURLToPath(beside) : createRequire(import.meta.url).resolve("spdx-license-list/spdx-full.json");
  return JSON.parse(fs.readFileSync(file).toString("utf8"));
}
function readSpdxIndex(head, read = (start, end) => head.subarray(start, end)) {
  const prefix = Buffer3.from(head.buffer, head.byteOffset, head.byteLength);
  checkPrefix(prefix);
  const layout = indexLayout(prefix);
  const header = JSON.parse(prefix.toString("utf8", layout.countsEnd, layout.headerEnd));
  const idsAt = (at, count) => {
    const bytes = read(layout.idsStart + 2 * at, layout.idsStart + 2 * (at + count));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const ids = new Uint16Array(count);
    for (let i = 0; i < count; i++) ids[i] = view.getUint16(2 * i, true);
    return ids;
  };
  const entries = header.licences;
  const made = new Array(entries.length);
  const licenceAt = (i) => {
    const done = made[i];
    if (done !== void 0) return done;
    const [id, name, osi, deprecated, wordsAt, wordCount, tokensAt, tokenCount, , terms, sameText] = entries[i];
    let words;
    let tokens;
    const licence = {
      id,
      name,
      osiApproved: osi === 1,
      deprecated: deprecated === 1,
      wordCount,
      tokenCount,
      get words() {
        return words ??= idsAt(wordsAt, wordCount);
      },
      get tokens() {
        return tokens ??= idsAt(tokensAt, tokenCount);
      },
      terms: candidateTerms(() => new Map(DISTINCTIVE_TERMS.map((t, k) => [t, terms[k] ?? 0])), name),
      sameText
    };
    made[i] = licence;
    return licence;
  };
  const all = () => entries.map((_, i) => licenceAt(i));
  const bySet = /* @__PURE__ */ new Map();
  entries.forEach((entry, i) => {
    const group3 = bySet.get(entry[8]);
    if (group3) group3.push(i);
    else bySet.set(entry[8], [i]);
  });
  const preference = (i) => ({ id: entries[i]?.[0] ?? "", deprecated: entries[i]?.[3] === 1 });
  for (const group3 of bySet.values()) group3.sort((a, b) => compareIdPreference(preference(a), preference(b)));
  let wordList;
  let licences;
  let byId3;
  return {
    get licences() {
      return licences ??= all();
    },
    get byId() {
      return byId3 ??= new Map(all().map((l) => [l.id, l]));
    },
    sized: (fits) => entries.flatMap((entry, i) => fits(entry[5]) ? [licenceAt(i)] : []),
    get wordList() {
      if (wordList === void 0) {
        const bytes = read(layout.headerEnd, layout.vocabularyEnd);
        wordList = Buffer3.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8").split("\n");
      }
      return wordList;
    },
    wordCounts: wordCountsOf(prefix),
    exact: (words) => (bySet.get(wordSetKey(words)) ?? []).map(licenceAt)
  };
}
function candidateTerms(textCounts, name) {
  let text;
  let named;
  return {
    get text() {
      text ??= textCounts();
      return text;
    },
    get name() {
      named ??= countDistinctiveTerms(normaliseLicenceText(name).tokens);
      return named;
    }
  };
}

// src/extract/licence/dice-matcher.ts
var DICE_THRESHOLD = 0.95;
var BIGRAM_FLOOR = 0.6;
var LENGTH_SLACK = 0.05;
var closeInSize = (a, b) => 2 * Math.min(a, b) / (a + b) >= DICE_THRESHOLD;
function matchSpdxText(text, given) {
  if (text.tokens.length === 0) return null;
  const distinct = [...new Set(text.tokens)].sort();
  const a = distinct.length;
  if (!(given?.wordCounts ?? spdxWordCounts()).some((n) => closeInSize(a, n))) return null;
  const corpus = given ?? spdxCorpus();
  const terms = countDistinctiveTerms([...text.titleTokens, ...text.tokens]);
  for (const licence of corpus.exact(distinct)) {
    if (variantConflict(terms, licence.terms) !== null) continue;
    return {
      id: licence.sameText[0] ?? licence.id,
      confidence: 1,
      method: "exact",
      detail: `same words as the SPDX text of ${licence.id}${sharedNote(licence)}`,
      sameText: licence.sameText
    };
  }
  const near = corpus.sized((n) => closeInSize(a, n));
  if (near.length === 0) return null;
  const words = corpus.wordList;
  const inputWords = new Set(distinct);
  const candidates = [];
  for (const licence of near) {
    let shared = 0;
    for (const id of licence.words) if (inputWords.has(words[id])) shared++;
    const dice = 2 * shared / (a + licence.wordCount);
    const score = dice * lengthFactor(text.tokens.length, licence.tokenCount);
    if (score >= DICE_THRESHOLD) candidates.push({ licence, score, dice });
  }
  candidates.sort((x, y) => y.score - x.score);
  if (candidates.length === 0) return null;
  const inputBigrams = bigrams(text.tokens);
  for (const { licence, score, dice } of candidates) {
    if (variantConflict(terms, licence.terms) !== null) continue;
    const bigramDice = setDice(inputBigrams, bigramsOf(licence, words));
    if (bigramDice < BIGRAM_FLOOR) continue;
    const best = licence.sameText[0] ?? licence.id;
    return {
      id: best,
      confidence: round(score),
      method: "dice",
      detail: `Dice ${dice.toFixed(3)} (score ${score.toFixed(3)}, bigrams ${bigramDice.toFixed(3)}) against the SPDX text of ${licence.id}${sharedNote(licence)}`,
      sameText: licence.sameText
    };
  }
  return null;
}
function sharedNote(licence) {
  return licence.sameText.length > 1 ? ` (same text as ${licence.sameText.join(", ")})` : "";
}
function lengthFactor(n, m) {
  const delta = Math.abs(n - m) / Math.max(n, m, 1);
  return Math.max(0, 1 - Math.max(0, delta - LENGTH_SLACK));
}
var bigramCache = /* @__PURE__ */ new WeakMap();
function bigramsOf(licence, words) {
  let set2 = bigramCache.get(licence);
  if (!set2) {
    set2 = bigrams(Array.from(licence.tokens, (id) => words[id]));
    bigramCache.set(licence, set2);
  }
  return set2;
}
function bigrams(tokens) {
  const set2 = /* @__PURE__ */ new Set();
  for (let i = 1; i < tokens.length; i++) set2.add(`${tokens[i - 1]} ${tokens[i]}`);
  return set2;
}
function setDice(x, y) {
  if (x.size + y.size === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let n = 0;
  for (const v of small) if (large.has(v)) n++;
  return 2 * n / (x.size + y.size);
}
function round(n) {
  return Math.round(n * 1e3) / 1e3;
}

// src/knowledge/data/ai-licences.json
var ai_licences_default = JSON.parse(`{"$schema":"./knowledge.schema.json","about":"AI model licences that SPDX does not list: how to recognise each text and the terms users must know. Markers are short phrases from the licence texts, matched case-insensitively after whitespace and emphasis are collapsed. Facts from ../shared/reference/ai-licences.yaml and ai-licences.md (each entry names its sources); the wording is ours.","order":"Order matters only for ties: a version-specific entry comes before its family's generic one.","licences":[{"id":"LicenseRef-llama2","name":"Llama 2 Community License Agreement","hfIds":["llama2"],"markers":["LLAMA 2 COMMUNITY LICENSE AGREEMENT","Llama 2 Version Release Date: July 18, 2023","Llama 2 is licensed under the LLAMA 2 Community License","Llama 2 Acceptable Use Policy"],"familyMarkers":["Built with Llama","Llama Materials","700 million monthly active users"],"family":"meta-llama","category":"restricted","osiApproved":false,"commercialUse":"restricted","userCap":"more than 700 million monthly active users (licensee and affiliates, in the month before the release date) need a separate licence that Meta may refuse","acceptableUsePolicy":{"required":true,"url":"https://ai.meta.com/llama/use-policy"},"attribution":{"notice":"Notice file naming the Llama 2 Community License and Meta"},"outputRestrictions":["no using the model or its outputs to improve any other large language model"],"termsCanChange":"implicit","appliesTo":["weights","code"],"versionDate":"2023-07-18","sources":["https://github.com/meta-llama/llama-models/blob/main/models/llama2/LICENSE","https://blog.opensource.org/metas-llama-2-license-is-not-open-source/"]},{"id":"LicenseRef-llama3","name":"Meta Llama 3 Community License Agreement","hfIds":["llama3"],"markers":["META LLAMA 3 COMMUNITY LICENSE AGREEMENT","Meta Llama 3 Version Release Date: April 18, 2024","Built with Meta Llama 3","Meta Llama 3 Acceptable Use Policy"],"familyMarkers":["Built with Llama","Llama Materials","700 million monthly active users"],"family":"meta-llama","category":"restricted","osiApproved":false,"commercialUse":"restricted","userCap":"more than 700 million monthly active users (licensee and affiliates, in the month before the release date) need a separate licence that Meta may refuse","acceptableUsePolicy":{"required":true,"url":"https://llama.meta.com/llama3/use-policy"},"attribution":{"notice":"Notice file naming the Meta Llama 3 Community License","display":"show \\"Built with Meta Llama 3\\" prominently","derivedModelNaming":"distributed models built with the materials must have names starting with \\"Llama 3\\""},"outputRestrictions":["no using the model or its outputs to improve any other large language model"],"termsCanChange":"implicit","appliesTo":["weights","code"],"versionDate":"2024-04-18","sources":["https://github.com/meta-llama/llama-models/blob/main/models/llama3/LICENSE"]},{"id":"LicenseRef-llama3.1","name":"Llama 3.1 Community License Agreement","hfIds":["llama3.1"],"markers":["LLAMA 3.1 COMMUNITY LICENSE AGREEMENT","Llama 3.1 Version Release Date: July 23, 2024","Llama 3.1 is licensed under the Llama 3.1 Community License"],"familyMarkers":["Built with Llama","Llama Materials","700 million monthly active users"],"family":"meta-llama","category":"restricted","osiApproved":false,"commercialUse":"restricted","userCap":"more than 700 million monthly active users (licensee and affiliates, in the month before the release date) need a separate licence that Meta may refuse","acceptableUsePolicy":{"required":true,"url":"https://llama.meta.com/llama3_1/use-policy"},"attribution":{"notice":"Notice file naming the Llama 3.1 Community License","display":"show \\"Built with Llama\\" prominently","derivedModelNaming":"distributed models built with the materials or their outputs must have names starting with \\"Llama\\""},"outputRestrictions":["a distributed model trained on the materials or their outputs must carry the \\"Llama\\" name prefix and \\"Built with Llama\\" display"],"termsCanChange":"implicit","appliesTo":["weights","code"],"versionDate":"2024-07-23","sources":["https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE"]},{"id":"LicenseRef-llama3.2","name":"Llama 3.2 Community License Agreement","hfIds":["llama3.2"],"markers":["LLAMA 3.2 COMMUNITY LICENSE AGREEMENT","Llama 3.2 Version Release Date: September 25, 2024","Llama 3.2 is licensed under the Llama 3.2 Community License"],"familyMarkers":["Built with Llama","Llama Materials","700 million monthly active users"],"family":"meta-llama","category":"restricted","osiApproved":false,"commercialUse":"restricted","userCap":"more than 700 million monthly active users (licensee and affiliates, in the month before the release date) need a separate licence that Meta may refuse","acceptableUsePolicy":{"required":true,"url":"https://www.llama.com/llama3_2/use-policy"},"attribution":{"notice":"Notice file naming the Llama 3.2 Community License","display":"show \\"Built with Llama\\" prominently","derivedModelNaming":"distributed models built with the materials or their outputs must have names starting with \\"Llama\\""},"outputRestrictions":["a distributed model trained on the materials or their outputs must carry the \\"Llama\\" name prefix and \\"Built with Llama\\" display"],"termsCanChange":"implicit","geographicRestrictions":"the acceptable use policy withholds the licence grant for multimodal models from people domiciled, and companies based, in the EU (end users of products excepted)","appliesTo":["weights","code"],"versionDate":"2024-09-25","sources":["https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE","https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/USE_POLICY.md"]},{"id":"LicenseRef-llama3.3","name":"Llama 3.3 Community License Agreement","hfIds":["llama3.3"],"markers":["LLAMA 3.3 COMMUNITY LICENSE AGREEMENT","Llama 3.3 Version Release Date: December 6, 2024","Llama 3.3 is licensed under the Llama 3.3 Community License"],"familyMarkers":["Built with Llama","Llama Materials","700 million monthly active users"],"family":"meta-llama","category":"restricted","osiApproved":false,"commercialUse":"restricted","userCap":"more than 700 million monthly active users (licensee and affiliates, in the month before the release date) need a separate licence that Meta may refuse","acceptableUsePolicy":{"required":true,"url":"https://www.llama.com/llama3_3/use-policy"},"attribution":{"notice":"Notice file naming the Llama 3.3 Community License","display":"show \\"Built with Llama\\" prominently","derivedModelNaming":"distributed models built with the materials or their outputs must have names starting with \\"Llama\\""},"outputRestrictions":["a distributed model trained on the materials or their outputs must carry the \\"Llama\\" name prefix and \\"Built with Llama\\" display"],"termsCanChange":"implicit","geographicRestrictions":"the acceptable use policy withholds the licence grant for multimodal models from people domiciled, and companies based, in the EU (end users of products excepted); Llama 3.3 itself is text-only","appliesTo":["weights","code"],"versionDate":"2024-12-06","sources":["https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE"]},{"id":"LicenseRef-llama4","name":"Llama 4 Community License Agreement","hfIds":["llama4"],"markers":["LLAMA 4 COMMUNITY LICENSE AGREEMENT","Llama 4 Version Effective Date: April 5, 2025","Llama 4 is licensed under the Llama 4 Community License"],"familyMarkers":["Built with Llama","Llama Materials","700 million monthly active users"],"family":"meta-llama","category":"restricted","osiApproved":false,"commercialUse":"restricted","userCap":"more than 700 million monthly active users (licensee and affiliates, in the month before the release date) need a separate licence that Meta may refuse","acceptableUsePolicy":{"required":true,"url":"https://www.llama.com/llama4/use-policy"},"attribution":{"notice":"Notice file naming the Llama 4 Community License","display":"show \\"Built with Llama\\" prominently","derivedModelNaming":"distributed models built with the materials or their outputs must have names starting with \\"Llama\\""},"outputRestrictions":["a distributed model trained on the materials or their outputs must carry the \\"Llama\\" name prefix and \\"Built with Llama\\" display"],"termsCanChange":"implicit","geographicRestrictions":"the acceptable use policy withholds the licence grant for multimodal models from people domiciled, and companies based, in the EU (end users of products excepted); Scout and Maverick are multimodal","appliesTo":["weights","code"],"versionDate":"2025-04-05","sources":["https://github.com/meta-llama/llama-models/blob/main/models/llama4/LICENSE","https://github.com/meta-llama/llama-models/blob/main/models/llama4/USE_POLICY.md"]},{"id":"LicenseRef-gemma","name":"Gemma Terms of Use","hfIds":["gemma"],"markers":["provided under and subject to the Gemma Terms of Use","Gemma Terms of Use","Gemma Prohibited Use Policy","Google reserves the right to update this Gemma Prohibited Use Policy"],"family":"google-gemma","category":"restricted","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":true,"url":"https://ai.google.dev/gemma/prohibited_use_policy"},"attribution":{"notice":"Notice file saying Gemma is provided under the Gemma Terms of Use"},"outputRestrictions":["models trained from Gemma weights or outputs (distillation, synthetic data) are Model Derivatives bound by the same restrictions"],"useRestrictions":["Google may restrict use remotely when it believes the terms are broken"],"termsCanChange":true,"appliesTo":["weights"],"versionDate":"2024-02-21; revised 2024-04-01 and 2025-03-24","sources":["https://ai.google.dev/gemma/terms","https://ai.google.dev/gemma/prohibited_use_policy"]},{"id":"LicenseRef-falcon-180b-tii-1.0","name":"Falcon 180B TII License Version 1.0","hfIds":["falcon-180b-license"],"markers":["FALCON 180B TII LICENSE VERSION 1.0","Use of Falcon180B for hosted services may require a separate license","Hosting Application Address"],"familyMarkers":["built using Falcon LLM technology from the Technology Innovation Institute","This license is, in part, based on the Apache License"],"family":"tii-falcon","category":"restricted","osiApproved":false,"commercialUse":"restricted","acceptableUsePolicy":{"required":true,"url":"https://huggingface.co/spaces/tiiuae/falcon-180b-license/blob/main/ACCEPTABLE_USE_POLICY.txt"},"attribution":{"display":"public statements about a derivative must say it is built using Falcon LLM technology from the Technology Innovation Institute"},"useRestrictions":["offering the model or fine-tunes to third parties as a hosted inference or fine-tuning service needs a separate TII licence"],"outputRestrictions":["outputs may not be used for works that conflict with the acceptable use policy"],"termsCanChange":true,"appliesTo":["weights"],"versionDate":"2023-09","sources":["https://huggingface.co/spaces/tiiuae/falcon-180b-license/blob/main/LICENSE.txt"]},{"id":"LicenseRef-tii-falcon-license-2.0","name":"TII Falcon License 2.0","hfIds":["falcon-llm-license"],"markers":["Falcon 2 11B TII License Version 1.0","Falcon 3 TII Falcon License","Licensed under the TII Falcon License","built using artificial intelligence technology from the Technology Innovation Institute"],"familyMarkers":["built using Falcon LLM technology from the Technology Innovation Institute","This license is, in part, based on the Apache License"],"family":"tii-falcon","category":"restricted","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":true,"url":"https://falconllm.tii.ae/falcon-acceptable-use-policy.html"},"attribution":{"display":"public statements about a derivative must say it is built using technology from the Technology Innovation Institute"},"outputRestrictions":["outputs may not be used for works that conflict with the acceptable use policy"],"termsCanChange":true,"appliesTo":["weights"],"versionDate":"2024-05 (Falcon 2); 2024-12 (Falcon 3)","sources":["https://falconllm.tii.ae/falcon-terms-and-conditions.html","https://falconllm-staging.tii.ae/falcon-2-terms-and-conditions.html"]},{"id":"LicenseRef-mistral-mrl-0.1","name":"Mistral AI Research License (MRL-0.1)","hfIds":["mrl"],"markers":["Mistral AI Research License","Licensed by Mistral AI under the Mistral AI Research License"],"family":"mistral","category":"non-commercial","osiApproved":false,"commercialUse":"prohibited","acceptableUsePolicy":{"required":false},"attribution":{"notice":"Notice saying the model is licensed by Mistral AI under the Mistral AI Research License"},"useRestrictions":["research purposes only: personal, scientific or academic, not connected to any business; no distribution by a commercial entity"],"outputRestrictions":["outputs fall under the same research-only limit"],"termsCanChange":false,"appliesTo":["weights","code"],"sources":["https://mistral.ai/licenses/MRL-0.1.md"]},{"id":"LicenseRef-mistral-mnpl-0.1","name":"Mistral AI Non-Production License (MNPL-0.1)","hfIds":["mnpl"],"markers":["Mistral AI Non-Production License","Licensed by Mistral AI under the Mistral AI Non-Production License","Non-Production Environment"],"family":"mistral","category":"non-commercial","osiApproved":false,"commercialUse":"prohibited","acceptableUsePolicy":{"required":false},"attribution":{"notice":"Notice saying the model is licensed by Mistral AI under the Mistral AI Non-Production License"},"useRestrictions":["testing, research, personal or evaluation use in non-production environments only; no supply in any commercial activity"],"termsCanChange":false,"appliesTo":["weights","code"],"sources":["https://mistral.ai/licenses/MNPL-0.1.md"]},{"id":"LicenseRef-tongyi-qianwen","name":"Tongyi Qianwen License Agreement","hfIds":["tongyi-qianwen"],"markers":["Tongyi Qianwen LICENSE AGREEMENT","Tongyi Qianwen Release Date: August 3, 2023"],"familyMarkers":["more than 100 million monthly active users"],"excludeMarkers":["Tongyi Qianwen RESEARCH LICENSE AGREEMENT"],"family":"alibaba-qwen","category":"restricted","osiApproved":false,"commercialUse":"restricted","userCap":"commercial use in a product with more than 100 million monthly active users needs a licence from Alibaba Cloud","acceptableUsePolicy":{"required":false},"attribution":{"notice":"Notice file naming the Tongyi Qianwen License Agreement and Alibaba Cloud"},"outputRestrictions":["no using the materials or outputs to improve any other large language model"],"termsCanChange":false,"appliesTo":["weights","code"],"versionDate":"2023-08-03","sources":["https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT"]},{"id":"LicenseRef-tongyi-qianwen-research","name":"Tongyi Qianwen Research License Agreement","hfIds":["tongyi-qianwen-research"],"markers":["Tongyi Qianwen RESEARCH LICENSE AGREEMENT","Tongyi Qianwen Release Date: November 30, 2023"],"family":"alibaba-qwen","category":"non-commercial","osiApproved":false,"commercialUse":"prohibited","acceptableUsePolicy":{"required":false},"useRestrictions":["research or evaluation only; commercial use needs a licence from Alibaba Cloud"],"outputRestrictions":["no using the materials or outputs to improve any other large language model"],"termsCanChange":false,"appliesTo":["weights","code"],"versionDate":"2023-11-30","sources":["https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20RESEARCH%20LICENSE%20AGREEMENT"]},{"id":"LicenseRef-qwen","name":"Qwen License Agreement","hfIds":["qwen"],"markers":["Qwen LICENSE AGREEMENT","Qwen is licensed under the Qwen LICENSE AGREEMENT"],"familyMarkers":["Built with Qwen","Improved using Qwen"],"excludeMarkers":["Qwen RESEARCH LICENSE AGREEMENT"],"family":"alibaba-qwen","category":"restricted","osiApproved":false,"commercialUse":"restricted","userCap":"commercial use with more than 100 million monthly active users needs a separate licence from Alibaba Cloud","acceptableUsePolicy":{"required":false},"attribution":{"notice":"Notice file naming the Qwen License Agreement and Alibaba Cloud","display":"models trained with the materials or outputs must say \\"Built with Qwen\\" or \\"Improved using Qwen\\" in their documentation"},"termsCanChange":false,"appliesTo":["weights","code"],"versionDate":"2024-09-19","sources":["https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE"]},{"id":"LicenseRef-qwen-research","name":"Qwen Research License Agreement","hfIds":["qwen-research"],"markers":["Qwen RESEARCH LICENSE AGREEMENT","Qwen is licensed under the Qwen RESEARCH LICENSE AGREEMENT"],"familyMarkers":["Built with Qwen","Improved using Qwen"],"family":"alibaba-qwen","category":"non-commercial","osiApproved":false,"commercialUse":"prohibited","acceptableUsePolicy":{"required":false},"attribution":{"display":"models trained with the materials or outputs must say \\"Built with Qwen\\" or \\"Improved using Qwen\\" in their documentation"},"useRestrictions":["research or evaluation only; commercial use needs a licence from Alibaba Cloud"],"termsCanChange":false,"appliesTo":["weights","code"],"versionDate":"2024-09-19","sources":["https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE"]},{"id":"LicenseRef-deepseek-license-1.0","name":"DeepSeek License Agreement Version 1.0","hfIds":["deepseek","deepseek-license"],"markers":["DEEPSEEK LICENSE AGREEMENT","Version 1.0, 23 October 2023","For military use in any way"],"family":"deepseek","category":"restricted","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":true},"outputRestrictions":["models distilled from the outputs are derivatives bound by the use restrictions"],"useRestrictions":["use restrictions in Attachment A, including any military use; DeepSeek may restrict violating use remotely"],"termsCanChange":false,"appliesTo":["weights"],"versionDate":"2023-10-23","sources":["https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL"]},{"id":"LicenseRef-cogvideox","name":"The CogVideoX License","hfIds":[],"markers":["The CogVideoX License","CogVideoX Model Team"],"family":"thudm","category":"restricted","osiApproved":false,"commercialUse":"restricted","userCap":"commercial use needs registration for a basic commercial licence, and a further licence beyond 1 million service visits a month","acceptableUsePolicy":{"required":false},"useRestrictions":["no military or illegal use, nor use that harms national security or the public interest"],"termsCanChange":false,"appliesTo":["weights"],"sources":["https://huggingface.co/THUDM/CogVideoX-5b/blob/main/LICENSE"]},{"id":"LicenseRef-baichuan2","name":"Community License for Baichuan 2 Model","hfIds":[],"markers":["Baichuan 2 Model Community License Agreement","Community License for Baichuan 2 Model"],"family":"baichuan","category":"restricted","osiApproved":false,"commercialUse":"restricted","userCap":"commercial use needs an application approved by Baichuan, and only for entities under 1 million daily active users that are not software or cloud service providers","acceptableUsePolicy":{"required":false},"termsCanChange":false,"appliesTo":["weights"],"sources":["https://huggingface.co/baichuan-inc/Baichuan2-7B-Base","https://github.com/baichuan-inc/Baichuan2/blob/main/README_EN.md"]},{"id":"LicenseRef-creativeml-openrail-m","name":"CreativeML Open RAIL-M","hfIds":["creativeml-openrail-m"],"markers":["CreativeML Open RAIL-M","dated August 22, 2022"],"familyMarkers":["Use-based restrictions as referenced in paragraph 5","Derivatives of the Model"],"family":"openrail","category":"restricted","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":true},"outputRestrictions":["models made by distillation from weights or outputs are derivatives; outputs may not be used against the licence"],"useRestrictions":["Attachment A use restrictions must be passed on in every downstream licence; the licensor may restrict use remotely and push updates"],"termsCanChange":false,"appliesTo":["weights"],"versionDate":"2022-08-22","sources":["https://github.com/CompVis/stable-diffusion/blob/main/LICENSE"]},{"id":"LicenseRef-openrail-plusplus","name":"CreativeML Open RAIL++-M License","hfIds":["openrail++"],"markers":["CreativeML Open RAIL++-M License","dated November 24, 2022","dated July 26, 2023"],"familyMarkers":["Use-based restrictions as referenced in paragraph 5","Derivatives of the Model"],"family":"openrail","category":"restricted","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":true},"outputRestrictions":["models made by distillation from weights or outputs are derivatives; outputs may not be used against the licence"],"useRestrictions":["Attachment A use restrictions must be passed on downstream; the licensor may restrict use remotely"],"termsCanChange":false,"appliesTo":["weights"],"versionDate":"2022-11-24 (SD 2); 2023-07-26 (SDXL 1.0)","sources":["https://github.com/Stability-AI/stablediffusion/blob/main/LICENSE-MODEL"]},{"id":"LicenseRef-bigscience-bloom-rail-1.0","name":"BigScience RAIL License v1.0","hfIds":["bigscience-bloom-rail-1.0"],"markers":["BigScience RAIL License v1.0","dated May 19, 2022","BigScience BLOOM models"],"familyMarkers":["Use-based restrictions as referenced in paragraph 5","Derivatives of the Model"],"family":"openrail","category":"restricted","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":true},"useRestrictions":["Attachment A use restrictions flow downstream; machine-generated text must be disclosed; no impersonation"],"outputRestrictions":["models made by distillation are derivatives"],"termsCanChange":false,"appliesTo":["weights"],"versionDate":"2022-05-19","sources":["https://huggingface.co/spaces/bigscience/license"]},{"id":"LicenseRef-bigscience-openrail-m","name":"BigScience Open RAIL-M License","hfIds":["bigscience-openrail-m"],"markers":["BigScience Open RAIL-M License","dated August 18, 2022"],"familyMarkers":["Use-based restrictions as referenced in paragraph 5","Derivatives of the Model"],"family":"openrail","category":"restricted","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":true},"useRestrictions":["Attachment A use restrictions flow downstream, including deepfakes without consent"],"outputRestrictions":["models made by distillation are derivatives"],"termsCanChange":false,"appliesTo":["weights"],"versionDate":"2022-08-18","sources":["https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license"]},{"id":"LicenseRef-bigcode-openrail-m","name":"BigCode Open RAIL-M v1 License Agreement","hfIds":["bigcode-openrail-m"],"markers":["BigCode Open RAIL-M v1 License Agreement","BigCode Open RAIL-M"],"familyMarkers":["Modifications of the Model","Explanatory Documentation"],"family":"openrail","category":"restricted","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":true},"useRestrictions":["Attachment A use restrictions (malware included) flow downstream, also when offered as an API"],"outputRestrictions":["models created from the weights or outputs are modifications of the model"],"termsCanChange":false,"appliesTo":["weights"],"versionDate":"2023-05","sources":["https://huggingface.co/spaces/bigcode/bigcode-model-license-agreement"]},{"id":"LicenseRef-openrail","name":"Open RAIL licence (generic, version not determined)","hfIds":["openrail"],"markers":["Open RAIL-M License","OpenRAIL-M License","Responsible AI License"],"familyMarkers":["Use-based restrictions as referenced in paragraph 5","Derivatives of the Model"],"family":"openrail","category":"restricted","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":true},"useRestrictions":["behavioural use restrictions that must be passed on downstream"],"termsCanChange":false,"appliesTo":["weights"],"sources":["https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license"]},{"id":"LicenseRef-stabilityai-community","name":"Stability AI Community License Agreement","hfIds":["stabilityai-ai-community"],"markers":["STABILITY AI COMMUNITY LICENSE AGREEMENT","licensed under the Stability AI Community License","Powered by Stability AI","annual revenue of less than US $1,000,000"],"family":"stability-ai","category":"restricted","osiApproved":false,"commercialUse":"restricted","revenueCap":"free commercial use only while licensee and affiliates earn under US$1,000,000 a year (any source) and have registered","acceptableUsePolicy":{"required":true,"url":"https://stability.ai/use-policy"},"attribution":{"notice":"Notice naming the Stability AI Community License","display":"show \\"Powered by Stability AI\\""},"outputRestrictions":["no using the models or outputs to create or improve other foundational generative models"],"termsCanChange":true,"appliesTo":["weights","code"],"versionDate":"2024-07-05","sources":["https://stability.ai/community-license-agreement","https://github.com/Stability-AI/stable-fast-3d/blob/main/LICENSE.md"]},{"id":"LicenseRef-stabilityai-nc-research-community","name":"Stability AI Non-Commercial Research Community License Agreement","hfIds":["stabilityai-nc-research-community","sai-nc-community"],"markers":["STABILITY AI NON-COMMERCIAL RESEARCH COMMUNITY LICENSE AGREEMENT","Stability AI Non-Commercial Research Community License","STABLE VIDEO DIFFUSION NON-COMMERCIAL COMMUNITY LICENSE AGREEMENT","STABILITY AI NON-COMMERCIAL COMMUNITY LICENSE AGREEMENT"],"family":"stability-ai","category":"non-commercial","osiApproved":false,"commercialUse":"prohibited","acceptableUsePolicy":{"required":true,"url":"https://stability.ai/use-policy"},"useRestrictions":["research and non-commercial use only; no hosted service or API for third parties; revocable"],"outputRestrictions":["models derived from the outputs are derivative works"],"termsCanChange":true,"appliesTo":["weights","code"],"versionDate":"2023-11-28","sources":["https://github.com/Stability-AI/generative-models/blob/main/model_licenses/LICENSE-SDXL-Turbo"]},{"id":"LicenseRef-deepfloyd-if-license","name":"DeepFloyd IF License Agreement","hfIds":["deepfloyd-if-license"],"markers":["DEEPFLOYD IF LICENSE AGREEMENT","DeepFloyd is licensed under the DeepFloyd License"],"family":"stability-ai","category":"non-commercial","osiApproved":false,"commercialUse":"prohibited","acceptableUsePolicy":{"required":true},"useRestrictions":["personal non-commercial research only; no military, surveillance or biometric uses; sanctioned locations excluded"],"outputRestrictions":["the restrictions also cover data the software produces"],"termsCanChange":true,"geographicRestrictions":"no use from comprehensively sanctioned jurisdictions","appliesTo":["weights"],"versionDate":"2023-04","sources":["https://github.com/deep-floyd/IF/blob/develop/LICENSE-MODEL"]},{"id":"LicenseRef-nvidia-open-model-license","name":"NVIDIA Open Model License Agreement","hfIds":["nvidia-open-model-license"],"markers":["NVIDIA Open Model License Agreement","Licensed by NVIDIA Corporation under the NVIDIA Open Model License","safety guardrail or associated safety guardrail hyperparameter","NVIDIA's Trustworthy AI terms"],"family":"nvidia","category":"restricted","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":true,"url":"https://www.nvidia.com/en-us/agreements/trustworthy-ai/terms/"},"attribution":{"notice":"Licensed by NVIDIA Corporation under the NVIDIA Open Model License"},"useRestrictions":["rights end automatically if safety guardrails, DRM or authentication are bypassed or weakened"],"termsCanChange":true,"appliesTo":["weights","code"],"versionDate":"2024-06; revised 2025-04-28 and 2025-10-24","sources":["https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/"]},{"id":"LicenseRef-nvidia-open-model-agreement","name":"NVIDIA Open Model Agreement","hfIds":["nvidia-open-model-agreement"],"markers":["NVIDIA Open Model Agreement","Licensed by NVIDIA Corporation under the NVIDIA Open Model Agreement"],"family":"nvidia","category":"permissive-custom","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":false},"attribution":{"notice":"Licensed by NVIDIA Corporation under the NVIDIA Open Model Agreement"},"termsCanChange":false,"appliesTo":["weights","code"],"versionDate":"2026-04-02","sources":["https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-agreement/"]},{"id":"AML","name":"Apple Sample Code License (SPDX: Apple MIT License)","hfIds":["apple-ascl"],"markers":["This Apple software is supplied to you by Apple","the \\"Apple Software\\""],"family":"apple","category":"permissive-custom","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":false},"useRestrictions":["copyright licence only: expressly no patent rights"],"termsCanChange":false,"appliesTo":["code","weights"],"sources":["https://github.com/apple/ml-depth-pro/blob/main/LICENSE","https://spdx.org/licenses/AML.html"]},{"id":"LicenseRef-apple-amlr","name":"Apple Machine Learning Research Model License Agreement","hfIds":["apple-amlr"],"markers":["licensed under the Apple Machine Learning Research Model License Agreement","Apple Machine Learning Research Model"],"family":"apple","category":"non-commercial","osiApproved":false,"commercialUse":"prohibited","acceptableUsePolicy":{"required":false},"attribution":{"derivedModelNaming":"derivatives must be identified as such, with their changes disclosed"},"useRestrictions":["non-commercial scientific research only; no product development"],"termsCanChange":false,"appliesTo":["weights"],"sources":["https://github.com/apple/ml-sharp/blob/main/LICENSE_MODEL"]},{"id":"LicenseRef-databricks-open-model-license","name":"Databricks Open Model License","hfIds":["databricks-open-model-license"],"markers":["Databricks Open Model License","DBRX is provided under and subject to the Databricks","Databricks Open Model Acceptable Use Policy"],"family":"databricks","category":"restricted","osiApproved":false,"commercialUse":"restricted","userCap":"more than 700 million monthly active users on the DBRX release date need a separate licence from Databricks","acceptableUsePolicy":{"required":true,"url":"https://www.databricks.com/legal/acceptable-use-policy-open-model"},"attribution":{"notice":"Notice saying DBRX is provided under the Databricks Open Model License"},"outputRestrictions":["no using DBRX, derivatives or outputs to improve any other large language model"],"useRestrictions":["Databricks may restrict suspected violating use remotely"],"termsCanChange":"implicit","appliesTo":["weights","code"],"versionDate":"2024-03-27","sources":["https://www.databricks.com/legal/open-model-license","https://github.com/databricks/dbrx/blob/main/LICENSE"]},{"id":"LicenseRef-microsoft-research-license","name":"Microsoft Research License Terms","hfIds":["microsoft-research-license"],"markers":["MICROSOFT RESEARCH LICENSE TERMS","non-commercial, non-revenue generating, research purposes"],"family":"microsoft","category":"non-commercial","osiApproved":false,"commercialUse":"prohibited","acceptableUsePolicy":{"required":false},"useRestrictions":["non-commercial research only; no redistribution of code, models or data; no hosted service for others"],"termsCanChange":false,"appliesTo":["weights","code","data"],"sources":["https://huggingface.co/microsoft/Orca-2-13b/blob/main/LICENSE"]},{"id":"LicenseRef-grok2-community","name":"xAI Community License Agreement (Grok 2)","hfIds":["grok2-community"],"markers":["xAI Community License Agreement","Powered by xAI"],"family":"xai","category":"restricted","osiApproved":false,"commercialUse":"restricted","acceptableUsePolicy":{"required":true,"url":"https://x.ai/legal/acceptable-use-policy"},"attribution":{"display":"show \\"Powered by xAI\\" prominently"},"outputRestrictions":["no using the materials or outputs to train other foundation or general-purpose models"],"termsCanChange":"implicit","appliesTo":["weights","code","data"],"versionDate":"2025-11-04","sources":["https://huggingface.co/xai-org/grok-2/blob/main/LICENSE"]},{"id":"LicenseRef-ai2-impact-lr","name":"AI2 ImpACT License - Low Risk Artifacts","hfIds":["ai2-impact-license-low-risk"],"markers":["AI2 ImpACT License \u2013 Low Risk Artifacts","AI2 ImpACT License - Low Risk Artifacts"],"familyMarkers":["Derivative Impact Report","AI2 ImpACT License"],"family":"ai2-impact","category":"restricted","osiApproved":false,"commercialUse":"allowed","acceptableUsePolicy":{"required":true,"url":"https://allenai.org/impact-license"},"useRestrictions":["use-based restrictions that must run downstream; licensee must be 18 or older"],"termsCanChange":"unknown","appliesTo":["weights","data"],"versionDate":"2024-01-08 (v2.0)","sources":["https://allenai.org/impact-license"]},{"id":"LicenseRef-ai2-impact-mr","name":"AI2 ImpACT License - Medium Risk Artifacts","hfIds":["ai2-impact-license-medium-risk"],"markers":["AI2 ImpACT License for Medium Risk Artifacts"],"familyMarkers":["Derivative Impact Report","AI2 ImpACT License"],"family":"ai2-impact","category":"restricted","osiApproved":false,"commercialUse":"restricted","acceptableUsePolicy":{"required":true,"url":"https://allenai.org/licenses/impact-mr"},"useRestrictions":["no verbatim redistribution; derivative impact report to AI2; use restrictions run downstream"],"termsCanChange":"unknown","appliesTo":["weights","data"],"sources":["https://allenai.org/licenses/impact-mr"]},{"id":"LicenseRef-ai2-impact-hr","name":"AI2 ImpACT License - High Risk Artifacts","hfIds":["ai2-impact-license-high-risk"],"markers":["AI2 ImpACT License for High Risk Artifacts"],"familyMarkers":["Derivative Impact Report","AI2 ImpACT License"],"family":"ai2-impact","category":"restricted","osiApproved":false,"commercialUse":"restricted","acceptableUsePolicy":{"required":true,"url":"https://allenai.org/impact-license"},"useRestrictions":["strictest tier with access and redistribution limits (details not verified)"],"termsCanChange":"unknown","appliesTo":["weights","data"],"sources":["https://allenai.org/impact-license"]}]}`);

// src/knowledge/licences/ai-licences.ts
var AI_LICENCES = ai_licences_default.licences;

// src/extract/licence/phrase-matcher.ts
function foldForPhrases(text) {
  return text.toLowerCase().replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"').replace(/[\u2010\u2011\u2012\u2013\u2014\u2015]/g, "-").replace(/\*\*|__|`/g, "").replace(/\s+/g, " ");
}
function findPhrase(folded, phrase) {
  for (let at = folded.indexOf(phrase); at !== -1; at = folded.indexOf(phrase, at + 1)) {
    if (!isWordChar3(folded.charCodeAt(at - 1)) && !isWordChar3(folded.charCodeAt(at + phrase.length)))
      return at;
  }
  return -1;
}
function isWordChar3(code) {
  return code >= 97 && code <= 122 || code >= 48 && code <= 57;
}
var PREPARED = AI_LICENCES.map((entry) => ({
  entry,
  markers: entry.markers.map(foldForPhrases),
  familyMarkers: (entry.familyMarkers ?? []).map(foldForPhrases),
  excludeMarkers: (entry.excludeMarkers ?? []).map(foldForPhrases)
}));
var GENERIC_FOR_FAMILY = { openrail: "LicenseRef-openrail" };
var CONFIDENCE_MANY = 0.99;
var CONFIDENCE_ONE = 0.9;
var CONFIDENCE_FAMILY = 0.6;
function matchAiLicence(folded) {
  let best = null;
  let family = null;
  for (const prepared of PREPARED) {
    if (prepared.excludeMarkers.some((m) => findPhrase(folded, m) !== -1)) continue;
    const found = prepared.markers.filter((m) => findPhrase(folded, m) !== -1);
    const length = found.reduce((n, m) => n + m.length, 0);
    if (found.length > 0 && (!best || found.length > best.found.length || found.length === best.found.length && length > best.length)) {
      best = { prepared, found, length };
    }
    if (best === null) {
      const familyFound = prepared.familyMarkers.filter((m) => findPhrase(folded, m) !== -1);
      if (familyFound.length > (family?.found.length ?? 0)) family = { prepared, found: familyFound };
    }
  }
  if (best) {
    const { entry } = best.prepared;
    return {
      id: entry.id,
      confidence: best.found.length > 1 ? CONFIDENCE_MANY : CONFIDENCE_ONE,
      detail: `${entry.name}: ${best.found.map((m) => `"${m}"`).join(", ")}`,
      entry,
      family: entry.family,
      phrase: best.found[0] ?? ""
    };
  }
  if (family) {
    const name = family.prepared.entry.family;
    const genericId = GENERIC_FOR_FAMILY[name];
    const generic = AI_LICENCES.find((e) => e.id === genericId);
    return {
      id: generic?.id ?? null,
      confidence: CONFIDENCE_FAMILY,
      detail: `a ${name} family licence, version not identified: ${family.found.map((m) => `"${m}"`).join(", ")}`,
      entry: generic,
      family: name,
      phrase: family.found[0] ?? ""
    };
  }
  return null;
}
var SPDX_VETOES = [
  {
    ids: /^MIT(?:-|$)/,
    phrases: [
      "Modified MIT License",
      "Our only modification part is that",
      "monthly active users",
      "monthly revenue",
      "You are not authorized to exercise any rights"
    ],
    reason: "adds terms to the MIT text"
  },
  {
    ids: /^Apache-/,
    phrases: ["based on the Apache License", "Hosting Use", "Acceptable Use Policy"],
    reason: "is derived from Apache-2.0 with added terms, not Apache-2.0 itself"
  }
].map((veto) => ({ ...veto, phrases: veto.phrases.map(foldForPhrases) }));
function spdxVeto(folded, spdxId) {
  for (const veto of SPDX_VETOES) {
    if (!veto.ids.test(spdxId)) continue;
    const phrase = veto.phrases.find((p) => findPhrase(folded, p) !== -1);
    if (phrase !== void 0) return `the text says "${phrase}": it ${veto.reason}`;
  }
  return null;
}

// node_modules/spdx-license-list/spdx.json
var spdx_default = {
  "FSL-1.1-MIT": {
    name: "Functional Source License, Version 1.1, MIT Future License",
    url: "https://fsl.software/FSL-1.1-MIT.template.md",
    osiApproved: false
  },
  SISSL: {
    name: "Sun Industry Standards Source License v1.1",
    url: "http://www.openoffice.org/licenses/sissl_license.html",
    osiApproved: true
  },
  "copyleft-next-0.3.1": {
    name: "copyleft-next 0.3.1",
    url: "https://github.com/copyleft-next/copyleft-next/blob/master/Releases/copyleft-next-0.3.1",
    osiApproved: false
  },
  Noweb: {
    name: "Noweb License",
    url: "https://fedoraproject.org/wiki/Licensing/Noweb",
    osiApproved: false
  },
  "CC-BY-3.0-DE": {
    name: "Creative Commons Attribution 3.0 Germany",
    url: "https://creativecommons.org/licenses/by/3.0/de/legalcode",
    osiApproved: false
  },
  "BSD-3-Clause-acpica": {
    name: "BSD 3-Clause acpica variant",
    url: "https://github.com/acpica/acpica/blob/master/source/common/acfileio.c#L119",
    osiApproved: false
  },
  MakeIndex: {
    name: "MakeIndex License",
    url: "https://fedoraproject.org/wiki/Licensing/MakeIndex",
    osiApproved: false
  },
  Fair: {
    name: "Fair License",
    url: "https://web.archive.org/web/20150926120323/http://fairlicense.org/",
    osiApproved: true
  },
  MirOS: {
    name: "The MirOS Licence",
    url: "https://opensource.org/licenses/MirOS",
    osiApproved: true
  },
  "Mackerras-3-Clause": {
    name: "Mackerras 3-Clause License",
    url: "https://github.com/ppp-project/ppp/blob/master/pppd/chap_ms.c#L6-L28",
    osiApproved: false
  },
  NRL: {
    name: "NRL License",
    url: "http://web.mit.edu/network/isakmp/nrllicense.html",
    osiApproved: false
  },
  InnoSetup: {
    name: "Inno Setup License",
    url: "https://github.com/jrsoftware/issrc/blob/HEAD/license.txt",
    osiApproved: false
  },
  "CC-BY-2.5": {
    name: "Creative Commons Attribution 2.5 Generic",
    url: "https://creativecommons.org/licenses/by/2.5/legalcode",
    osiApproved: false
  },
  "AGPL-1.0-or-later": {
    name: "Affero General Public License v1.0 or later",
    url: "http://www.affero.org/oagpl.html",
    osiApproved: false
  },
  Catharon: {
    name: "Catharon License",
    url: "https://github.com/scummvm/scummvm/blob/v2.8.0/LICENSES/CatharonLicense.txt",
    osiApproved: false
  },
  "TU-Berlin-2.0": {
    name: "Technische Universitaet Berlin License 2.0",
    url: "https://github.com/CorsixTH/deps/blob/fd339a9f526d1d9c9f01ccf39e438a015da50035/licences/libgsm.txt",
    osiApproved: false
  },
  Abstyles: {
    name: "Abstyles License",
    url: "https://fedoraproject.org/wiki/Licensing/Abstyles",
    osiApproved: false
  },
  "MS-RL": {
    name: "Microsoft Reciprocal License",
    url: "http://www.microsoft.com/opensource/licenses.mspx",
    osiApproved: true
  },
  "NIST-Software": {
    name: "NIST Software License",
    url: "https://github.com/open-quantum-safe/liboqs/blob/40b01fdbb270f8614fde30e65d30e9da18c02393/src/common/rand/rand_nist.c#L1-L15",
    osiApproved: false
  },
  "Unlicense-libwhirlpool": {
    name: "Unlicense - libwhirlpool variant",
    url: "https://github.com/dfateyev/libwhirlpool/blob/master/README#L27",
    osiApproved: false
  },
  "CC-BY-ND-2.0": {
    name: "Creative Commons Attribution No Derivatives 2.0 Generic",
    url: "https://creativecommons.org/licenses/by-nd/2.0/legalcode",
    osiApproved: false
  },
  "GPL-2.0+": {
    name: "GNU General Public License v2.0 or later",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html",
    osiApproved: true
  },
  "CAL-1.0": {
    name: "Cryptographic Autonomy License 1.0",
    url: "http://cryptographicautonomylicense.com/license-text.html",
    osiApproved: true
  },
  "GFDL-1.2-invariants-only": {
    name: "GNU Free Documentation License v1.2 only - invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  "GPL-2.0-with-bison-exception": {
    name: "GNU General Public License v2.0 w/Bison exception",
    url: "http://git.savannah.gnu.org/cgit/bison.git/tree/data/yacc.c?id=193d7c7054ba7197b0789e14965b739162319b5e#n141",
    osiApproved: false
  },
  "CC-PDM-1.0": {
    name: "Creative    Commons Public Domain Mark 1.0 Universal",
    url: "https://creativecommons.org/publicdomain/mark/1.0/",
    osiApproved: false
  },
  "CMU-Mach-nodoc": {
    name: "CMU    Mach - no notices-in-documentation variant",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L718-L728",
    osiApproved: false
  },
  "RPSL-1.0": {
    name: "RealNetworks Public Source License v1.0",
    url: "https://helixcommunity.org/content/rpsl",
    osiApproved: true
  },
  "CDLA-Permissive-1.0": {
    name: "Community Data License Agreement Permissive 1.0",
    url: "https://cdla.io/permissive-1-0",
    osiApproved: false
  },
  "BSD-2-Clause-pkgconf-disclaimer": {
    name: "BSD 2-Clause pkgconf disclaimer variant",
    url: "https://github.com/audacious-media-player/audacious/blob/master/src/audacious/main.cc",
    osiApproved: false
  },
  "GFDL-1.2": {
    name: "GNU Free Documentation License v1.2",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  "JPL-image": {
    name: "JPL Image Use Policy",
    url: "https://www.jpl.nasa.gov/jpl-image-use-policy",
    osiApproved: false
  },
  "CC-BY-3.0": {
    name: "Creative Commons Attribution 3.0 Unported",
    url: "https://creativecommons.org/licenses/by/3.0/legalcode",
    osiApproved: false
  },
  "LPPL-1.0": {
    name: "LaTeX Project Public License v1.0",
    url: "http://www.latex-project.org/lppl/lppl-1-0.txt",
    osiApproved: false
  },
  LGPLLR: {
    name: "Lesser General Public License For Linguistic Resources",
    url: "http://www-igm.univ-mlv.fr/~unitex/lgpllr.html",
    osiApproved: false
  },
  "CC-BY-SA-2.0-UK": {
    name: "Creative Commons Attribution Share Alike 2.0 England and Wales",
    url: "https://creativecommons.org/licenses/by-sa/2.0/uk/legalcode",
    osiApproved: false
  },
  "OLDAP-2.0.1": {
    name: "Open LDAP Public License v2.0.1",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=b6d68acd14e51ca3aab4428bf26522aa74873f0e",
    osiApproved: false
  },
  "Unicode-3.0": {
    name: "Unicode License v3",
    url: "https://www.unicode.org/license.txt",
    osiApproved: true
  },
  "Parity-6.0.0": {
    name: "The Parity Public License 6.0.0",
    url: "https://paritylicense.com/versions/6.0.0.html",
    osiApproved: false
  },
  "LPL-1.0": {
    name: "Lucent Public License Version 1.0",
    url: "https://opensource.org/licenses/LPL-1.0",
    osiApproved: true
  },
  Glulxe: {
    name: "Glulxe License",
    url: "https://fedoraproject.org/wiki/Licensing/Glulxe",
    osiApproved: false
  },
  "CMU-Mach": {
    name: "CMU Mach License",
    url: "https://www.cs.cmu.edu/~410/licenses.html",
    osiApproved: false
  },
  Zeeff: {
    name: "Zeeff License",
    url: "ftp://ftp.tin.org/pub/news/utils/newsx/newsx-1.6.tar.gz",
    osiApproved: false
  },
  "DL-DE-ZERO-2.0": {
    name: "Data licence Germany \u2013 zero \u2013 version 2.0",
    url: "https://www.govdata.de/dl-de/zero-2-0",
    osiApproved: false
  },
  "NTIA-PD": {
    name: "NTIA Public Domain Notice",
    url: "https://raw.githubusercontent.com/NTIA/itm/refs/heads/master/LICENSE.md",
    osiApproved: false
  },
  Nokia: {
    name: "Nokia Open Source License",
    url: "https://opensource.org/licenses/nokia",
    osiApproved: true
  },
  "CC-BY-3.0-IGO": {
    name: "Creative Commons Attribution 3.0 IGO",
    url: "https://creativecommons.org/licenses/by/3.0/igo/legalcode",
    osiApproved: false
  },
  Saxpath: {
    name: "Saxpath License",
    url: "https://fedoraproject.org/wiki/Licensing/Saxpath_License",
    osiApproved: false
  },
  "McPhee-slideshow": {
    name: "McPhee Slideshow License",
    url: "https://mirror.las.iastate.edu/tex-archive/graphics/metapost/contrib/macros/slideshow/slideshow.mp",
    osiApproved: false
  },
  snprintf: {
    name: "snprintf License",
    url: "https://github.com/openssh/openssh-portable/blob/master/openbsd-compat/bsd-snprintf.c#L2",
    osiApproved: false
  },
  "W3C-19980720": {
    name: "W3C Software Notice and License (1998-07-20)",
    url: "http://www.w3.org/Consortium/Legal/copyright-software-19980720.html",
    osiApproved: false
  },
  "EFL-1.0": {
    name: "Eiffel Forum License v1.0",
    url: "http://www.eiffel-nice.org/license/forum.txt",
    osiApproved: true
  },
  xpp: {
    name: "XPP License",
    url: "https://fedoraproject.org/wiki/Licensing/xpp",
    osiApproved: false
  },
  TCL: {
    name: "TCL/TK License",
    url: "http://www.tcl.tk/software/tcltk/license.html",
    osiApproved: false
  },
  "BSD-3-Clause-LBNL": {
    name: "Lawrence Berkeley National Labs BSD variant license",
    url: "https://fedoraproject.org/wiki/Licensing/LBNLBSD",
    osiApproved: true
  },
  "OCLC-2.0": {
    name: "OCLC Research Public License 2.0",
    url: "http://www.oclc.org/research/activities/software/license/v2final.htm",
    osiApproved: true
  },
  "OGC-1.0": {
    name: "OGC Software License, Version 1.0",
    url: "https://www.ogc.org/ogc/software/1.0",
    osiApproved: false
  },
  "Latex2e-translated-notice": {
    name: "Latex2e with translated notice permission",
    url: "https://git.savannah.gnu.org/cgit/indent.git/tree/doc/indent.texi?id=a74c6b4ee49397cf330b333da1042bffa60ed14f#n74",
    osiApproved: false
  },
  "GFDL-1.3-or-later": {
    name: "GNU Free Documentation License v1.3 or later",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  Qhull: {
    name: "Qhull License",
    url: "https://fedoraproject.org/wiki/Licensing/Qhull",
    osiApproved: false
  },
  "Spencer-99": {
    name: "Spencer License 99",
    url: "http://www.opensource.apple.com/source/tcl/tcl-5/tcl/generic/regfronts.c",
    osiApproved: false
  },
  "IBM-pibs": {
    name: "IBM PowerPC Initialization and Boot Software",
    url: "http://git.denx.de/?p=u-boot.git;a=blob;f=arch/powerpc/cpu/ppc4xx/miiphy.c;h=297155fdafa064b955e53e9832de93bfb0cfb85b;hb=9fab4bf4cc077c21e43941866f3f2c196f28670d",
    osiApproved: false
  },
  "GFDL-1.2-no-invariants-only": {
    name: "GNU Free Documentation License v1.2 only - no invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  "check-cvs": {
    name: "check-cvs License",
    url: "http://cvs.savannah.gnu.org/viewvc/cvs/ccvs/contrib/check_cvs.in?revision=1.1.4.3&view=markup&pathrev=cvs1-11-23#l2",
    osiApproved: false
  },
  HDF5: {
    name: "HDF5 License",
    url: "https://github.com/HDFGroup/hdf5/?tab=License-1-ov-file#readme",
    osiApproved: false
  },
  VOSTROM: {
    name: "VOSTROM Public License for Open Source",
    url: "https://fedoraproject.org/wiki/Licensing/VOSTROM",
    osiApproved: false
  },
  "MS-PL": {
    name: "Microsoft Public License",
    url: "http://www.microsoft.com/opensource/licenses.mspx",
    osiApproved: true
  },
  "CDDL-1.0": {
    name: "Common Development and Distribution License 1.0",
    url: "https://opensource.org/licenses/cddl1",
    osiApproved: true
  },
  "OPL-UK-3.0": {
    name: "United    Kingdom Open Parliament Licence v3.0",
    url: "https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/",
    osiApproved: false
  },
  "CNRI-Python-GPL-Compatible": {
    name: "CNRI Python Open Source GPL Compatible License Agreement",
    url: "http://www.python.org/download/releases/1.6.1/download_win/",
    osiApproved: false
  },
  "UCL-1.0": {
    name: "Upstream Compatibility License v1.0",
    url: "https://opensource.org/licenses/UCL-1.0",
    osiApproved: true
  },
  "OFL-1.0": {
    name: "SIL Open Font License 1.0",
    url: "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL10_web",
    osiApproved: false
  },
  Eurosym: {
    name: "Eurosym License",
    url: "https://fedoraproject.org/wiki/Licensing/Eurosym",
    osiApproved: false
  },
  "ANTLR-PD-fallback": {
    name: "ANTLR Software Rights Notice with license fallback",
    url: "http://www.antlr2.org/license.html",
    osiApproved: false
  },
  "DocBook-DTD": {
    name: "DocBook DTD License",
    url: "http://www.docbook.org/xml/simple/1.1/docbook-simple-1.1.zip",
    osiApproved: false
  },
  SMLNJ: {
    name: "Standard ML of New Jersey License",
    url: "https://www.smlnj.org/license.html",
    osiApproved: false
  },
  "CATOSL-1.1": {
    name: "Computer Associates Trusted Open Source License 1.1",
    url: "https://opensource.org/licenses/CATOSL-1.1",
    osiApproved: true
  },
  MIPS: {
    name: "MIPS License",
    url: "https://sourceware.org/cgit/binutils-gdb/tree/include/coff/sym.h#n11",
    osiApproved: false
  },
  "Net-SNMP": {
    name: "Net-SNMP License",
    url: "http://net-snmp.sourceforge.net/about/license.html",
    osiApproved: false
  },
  OAR: {
    name: "OAR License",
    url: "https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/string/strsignal.c;hb=HEAD#l35",
    osiApproved: false
  },
  "mpi-permissive": {
    name: "mpi Permissive License",
    url: "https://sources.debian.org/src/openmpi/4.1.0-10/ompi/debuggers/msgq_interface.h/?hl=19#L19",
    osiApproved: false
  },
  Borceux: {
    name: "Borceux license",
    url: "https://fedoraproject.org/wiki/Licensing/Borceux",
    osiApproved: false
  },
  "GFDL-1.2-no-invariants-or-later": {
    name: "GNU Free Documentation License v1.2 or later - no invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  NCSA: {
    name: "University of Illinois/NCSA Open Source License",
    url: "http://otm.illinois.edu/uiuc_openSource",
    osiApproved: true
  },
  "GPL-3.0+": {
    name: "GNU General Public License v3.0 or later",
    url: "https://www.gnu.org/licenses/gpl-3.0-standalone.html",
    osiApproved: true
  },
  IJG: {
    name: "Independent JPEG Group License",
    url: "http://dev.w3.org/cvsweb/Amaya/libjpeg/Attic/README?rev=1.2",
    osiApproved: false
  },
  "BSD-Source-Code": {
    name: "BSD Source Code Attribution",
    url: "https://github.com/robbiehanson/CocoaHTTPServer/blob/master/LICENSE.txt",
    osiApproved: false
  },
  "CDL-1.0": {
    name: "Common Documentation License 1.0",
    url: "http://www.opensource.apple.com/cdl/",
    osiApproved: false
  },
  TTYP0: {
    name: "TTYP0 License",
    url: "https://people.mpi-inf.mpg.de/~uwe/misc/uw-ttyp0/",
    osiApproved: false
  },
  "CC-BY-SA-4.0": {
    name: "Creative Commons Attribution Share Alike 4.0 International",
    url: "https://creativecommons.org/licenses/by-sa/4.0/legalcode",
    osiApproved: false
  },
  "AGPL-3.0": {
    name: "GNU Affero General Public License v3.0",
    url: "https://www.gnu.org/licenses/agpl.txt",
    osiApproved: true
  },
  "ALGLIB-Documentation": {
    name: "ALGLIB Documentation License",
    osiApproved: true
  },
  "CC-BY-SA-3.0-AT": {
    name: "Creative Commons Attribution Share Alike 3.0 Austria",
    url: "https://creativecommons.org/licenses/by-sa/3.0/at/legalcode",
    osiApproved: false
  },
  swrule: {
    name: "swrule License",
    url: "https://ctan.math.utah.edu/ctan/tex-archive/macros/generic/misc/swrule.sty",
    osiApproved: false
  },
  AAL: {
    name: "Attribution Assurance License",
    url: "https://opensource.org/licenses/attribution",
    osiApproved: true
  },
  "AML-glslang": {
    name: "AML glslang variant License",
    url: "https://github.com/KhronosGroup/glslang/blob/main/LICENSE.txt#L949",
    osiApproved: false
  },
  FSFAP: {
    name: "FSF All Permissive License",
    url: "https://www.gnu.org/prep/maintain/html_node/License-Notices-for-Other-Files.html",
    osiApproved: false
  },
  "VSL-1.0": {
    name: "Vovida Software License v1.0",
    url: "https://opensource.org/licenses/VSL-1.0",
    osiApproved: true
  },
  "Sun-PPP": {
    name: "Sun PPP License",
    url: "https://github.com/ppp-project/ppp/blob/master/pppd/eap.c#L7-L16",
    osiApproved: false
  },
  gtkbook: {
    name: "gtkbook License",
    url: "https://github.com/slogan621/gtkbook",
    osiApproved: false
  },
  "CC-BY-SA-2.5": {
    name: "Creative Commons Attribution Share Alike 2.5 Generic",
    url: "https://creativecommons.org/licenses/by-sa/2.5/legalcode",
    osiApproved: false
  },
  "SMAIL-GPL": {
    name: "SMAIL General Public License",
    url: "https://sources.debian.org/copyright/license/debianutils/4.11.2/",
    osiApproved: false
  },
  "Apache-2.0": {
    name: "Apache License 2.0",
    url: "https://www.apache.org/licenses/LICENSE-2.0",
    osiApproved: true
  },
  "EPL-1.0": {
    name: "Eclipse Public License 1.0",
    url: "http://www.eclipse.org/legal/epl-v10.html",
    osiApproved: true
  },
  mpich2: {
    name: "mpich2 License",
    url: "https://fedoraproject.org/wiki/Licensing/MIT",
    osiApproved: false
  },
  "NIST-PD-TNT": {
    name: "NIST    Public Domain Notice TNT variant",
    url: "https://math.nist.gov/tnt/download.html",
    osiApproved: false
  },
  "MIT-Festival": {
    name: "MIT Festival Variant",
    url: "https://github.com/festvox/flite/blob/master/COPYING",
    osiApproved: false
  },
  "OGL-UK-2.0": {
    name: "Open Government Licence v2.0",
    url: "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/",
    osiApproved: false
  },
  "OLDAP-1.4": {
    name: "Open LDAP Public License v1.4",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=c9f95c2f3f2ffb5e0ae55fe7388af75547660941",
    osiApproved: false
  },
  Jam: {
    name: "Jam License",
    url: "https://www.boost.org/doc/libs/1_35_0/doc/html/jam.html",
    osiApproved: true
  },
  "Python-2.0": {
    name: "Python License 2.0",
    url: "https://opensource.org/licenses/Python-2.0",
    osiApproved: true
  },
  "HPND-Netrek": {
    name: "Historical Permission Notice and Disclaimer - Netrek variant",
    osiApproved: false
  },
  mailprio: {
    name: "mailprio License",
    url: "https://fossies.org/linux/sendmail/contrib/mailprio",
    osiApproved: false
  },
  "OFL-1.0-no-RFN": {
    name: "SIL Open Font License 1.0 with no Reserved Font Name",
    url: "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL10_web",
    osiApproved: false
  },
  MIT: {
    name: "MIT License",
    url: "https://opensource.org/license/mit/",
    osiApproved: true
  },
  "NPL-1.0": {
    name: "Netscape Public License v1.0",
    url: "http://www.mozilla.org/MPL/NPL/1.0/",
    osiApproved: false
  },
  Entessa: {
    name: "Entessa Public License v1.0",
    url: "https://opensource.org/licenses/Entessa",
    osiApproved: true
  },
  "CC-BY-ND-1.0": {
    name: "Creative Commons Attribution No Derivatives 1.0 Generic",
    url: "https://creativecommons.org/licenses/by-nd/1.0/legalcode",
    osiApproved: false
  },
  "ECL-2.0": {
    name: "Educational Community License v2.0",
    url: "https://opensource.org/licenses/ECL-2.0",
    osiApproved: true
  },
  "OLDAP-2.2.2": {
    name: "Open LDAP Public License 2.2.2",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=df2cc1e21eb7c160695f5b7cffd6296c151ba188",
    osiApproved: false
  },
  "OLDAP-2.4": {
    name: "Open LDAP Public License v2.4",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=cd1284c4a91a8a380d904eee68d1583f989ed386",
    osiApproved: false
  },
  "Adobe-Utopia": {
    name: "Adobe Utopia Font License",
    url: "https://gitlab.freedesktop.org/xorg/font/adobe-utopia-100dpi/-/blob/master/COPYING?ref_type=heads",
    osiApproved: false
  },
  "AFL-1.1": {
    name: "Academic Free License v1.1",
    url: "http://opensource.linux-mirror.org/licenses/afl-1.1.txt",
    osiApproved: true
  },
  "SHL-0.5": {
    name: "Solderpad Hardware License v0.5",
    url: "https://solderpad.org/licenses/SHL-0.5/",
    osiApproved: false
  },
  "CC-BY-NC-SA-2.5": {
    name: "Creative Commons Attribution Non Commercial Share Alike 2.5 Generic",
    url: "https://creativecommons.org/licenses/by-nc-sa/2.5/legalcode",
    osiApproved: false
  },
  TOSL: {
    name: "Trusster Open Source License",
    url: "https://fedoraproject.org/wiki/Licensing/TOSL",
    osiApproved: false
  },
  "OFL-1.1-no-RFN": {
    name: "SIL Open Font License 1.1 with no Reserved Font Name",
    url: "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web",
    osiApproved: true
  },
  APAFML: {
    name: "Adobe Postscript AFM License",
    url: "https://fedoraproject.org/wiki/Licensing/AdobePostscriptAFM",
    osiApproved: false
  },
  "BSD-Mark-Modifications": {
    name: "BSD Mark Modifications License",
    url: "https://ftp.gnu.org/gnu/aspell/dict/en/aspell6-en-2020.12.07-0.tar.bz2",
    osiApproved: false
  },
  "ECL-1.0": {
    name: "Educational Community License v1.0",
    url: "https://opensource.org/licenses/ECL-1.0",
    osiApproved: true
  },
  "Spencer-86": {
    name: "Spencer License 86",
    url: "https://fedoraproject.org/wiki/Licensing/Henry_Spencer_Reg-Ex_Library_License",
    osiApproved: false
  },
  "generic-xts": {
    name: "Generic XTS License",
    url: "https://github.com/mhogomchungu/zuluCrypt/blob/master/external_libraries/tcplay/generic_xts.c",
    osiApproved: false
  },
  "RPL-1.1": {
    name: "Reciprocal Public License 1.1",
    url: "https://opensource.org/licenses/RPL-1.1",
    osiApproved: true
  },
  FSFUL: {
    name: "FSF Unlimited License",
    url: "https://fedoraproject.org/wiki/Licensing/FSF_Unlimited_License",
    osiApproved: false
  },
  "3D-Slicer-1.0": {
    name: "3D Slicer License v1.0",
    url: "https://slicer.org/LICENSE",
    osiApproved: false
  },
  "URT-RLE": {
    name: "Utah Raster Toolkit Run Length Encoded License",
    url: "https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/converter/other/pnmtorle.c",
    osiApproved: false
  },
  "Adobe-Display-PostScript": {
    name: "Adobe Display PostScript License",
    url: "https://gitlab.freedesktop.org/xorg/xserver/-/blob/master/COPYING?ref_type=heads#L752",
    osiApproved: false
  },
  "ZPL-1.1": {
    name: "Zope Public License 1.1",
    url: "http://old.zope.org/Resources/License/ZPL-1.1",
    osiApproved: false
  },
  "UPL-1.0": {
    name: "Universal Permissive License v1.0",
    url: "https://opensource.org/licenses/UPL",
    osiApproved: true
  },
  metamail: {
    name: "metamail License",
    url: "https://github.com/Dual-Life/mime-base64/blob/master/Base64.xs#L12",
    osiApproved: false
  },
  "DEC-3-Clause": {
    name: "DEC 3-Clause License",
    url: "https://gitlab.freedesktop.org/xorg/xserver/-/blob/master/COPYING?ref_type=heads#L239",
    osiApproved: false
  },
  Unlicense: {
    name: "The Unlicense",
    url: "https://unlicense.org/",
    osiApproved: true
  },
  "HPND-doc-sell": {
    name: "Historical Permission Notice and Disclaimer - documentation sell variant",
    url: "https://gitlab.freedesktop.org/xorg/lib/libxtst/-/blob/master/COPYING?ref_type=heads#L108-117",
    osiApproved: false
  },
  "OLFL-1.3": {
    name: "Open Logistics Foundation License Version 1.3",
    url: "https://openlogisticsfoundation.org/licenses/",
    osiApproved: true
  },
  "CECILL-2.1": {
    name: "CeCILL Free Software License Agreement v2.1",
    url: "http://www.cecill.info/licences/Licence_CeCILL_V2.1-en.html",
    osiApproved: true
  },
  "Sun-PPP-2000": {
    name: "Sun PPP License (2000)",
    url: "https://github.com/ppp-project/ppp/blob/master/modules/ppp_ahdlc.c#L7-L19",
    osiApproved: false
  },
  "SUL-1.0": {
    name: "Sustainable Use License v1.0",
    url: "https://github.com/n8n-io/n8n/blob/master/LICENSE.md",
    osiApproved: false
  },
  "OGL-UK-3.0": {
    name: "Open Government Licence v3.0",
    url: "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    osiApproved: false
  },
  "OLDAP-2.5": {
    name: "Open LDAP Public License v2.5",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=6852b9d90022e8593c98205413380536b1b5a7cf",
    osiApproved: false
  },
  "HPND-export2-US": {
    name: "HPND with US Government export control and 2 disclaimers",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L111-L133",
    osiApproved: false
  },
  "BSD-Advertising-Acknowledgement": {
    name: "BSD Advertising Acknowledgement License",
    url: "https://github.com/python-excel/xlrd/blob/master/LICENSE#L33",
    osiApproved: false
  },
  "EUPL-1.2": {
    name: "European Union Public License 1.2",
    url: "https://joinup.ec.europa.eu/page/eupl-text-11-12",
    osiApproved: true
  },
  Plexus: {
    name: "Plexus Classworlds License",
    url: "https://fedoraproject.org/wiki/Licensing/Plexus_Classworlds_License",
    osiApproved: false
  },
  "TAPR-OHL-1.0": {
    name: "TAPR Open Hardware License v1.0",
    url: "https://www.tapr.org/OHL",
    osiApproved: false
  },
  Motosoto: {
    name: "Motosoto License",
    url: "https://opensource.org/licenses/Motosoto",
    osiApproved: true
  },
  "APL-1.0": {
    name: "Adaptive Public License 1.0",
    url: "https://opensource.org/licenses/APL-1.0",
    osiApproved: true
  },
  Cronyx: {
    name: "Cronyx License",
    url: "https://gitlab.freedesktop.org/xorg/font/alias/-/blob/master/COPYING",
    osiApproved: false
  },
  "CC-BY-NC-2.0": {
    name: "Creative Commons Attribution Non Commercial 2.0 Generic",
    url: "https://creativecommons.org/licenses/by-nc/2.0/legalcode",
    osiApproved: false
  },
  Rdisc: {
    name: "Rdisc License",
    url: "https://fedoraproject.org/wiki/Licensing/Rdisc_License",
    osiApproved: false
  },
  "GFDL-1.2-only": {
    name: "GNU Free Documentation License v1.2 only",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  "Elastic-2.0": {
    name: "Elastic License 2.0",
    url: "https://www.elastic.co/licensing/elastic-license",
    osiApproved: false
  },
  "CC-BY-3.0-NL": {
    name: "Creative Commons Attribution 3.0 Netherlands",
    url: "https://creativecommons.org/licenses/by/3.0/nl/legalcode",
    osiApproved: false
  },
  "LGPL-2.1+": {
    name: "GNU Lesser General Public License v2.1 or later",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html",
    osiApproved: true
  },
  magaz: {
    name: "magaz License",
    url: "https://mirrors.nic.cz/tex-archive/macros/latex/contrib/magaz/magaz.tex",
    osiApproved: false
  },
  "GPL-3.0": {
    name: "GNU General Public License v3.0 only",
    url: "https://www.gnu.org/licenses/gpl-3.0-standalone.html",
    osiApproved: true
  },
  "eCos-2.0": {
    name: "eCos license version 2.0",
    url: "https://www.gnu.org/licenses/ecos-license.html",
    osiApproved: false
  },
  psfrag: {
    name: "psfrag License",
    url: "https://fedoraproject.org/wiki/Licensing/psfrag",
    osiApproved: false
  },
  "CERN-OHL-1.1": {
    name: "CERN Open Hardware Licence v1.1",
    url: "https://www.ohwr.org/project/licenses/wikis/cern-ohl-v1.1",
    osiApproved: false
  },
  "D-FSL-1.0": {
    name: "Deutsche Freie Software Lizenz",
    url: "http://www.dipp.nrw.de/d-fsl/lizenzen/",
    osiApproved: false
  },
  ngrep: {
    name: "ngrep License",
    url: "https://github.com/jpr5/ngrep/blob/master/LICENSE",
    osiApproved: false
  },
  w3m: {
    name: "w3m License",
    url: "https://github.com/tats/w3m/blob/master/COPYING",
    osiApproved: false
  },
  "CC-BY-NC-SA-1.0": {
    name: "Creative Commons Attribution Non Commercial Share Alike 1.0 Generic",
    url: "https://creativecommons.org/licenses/by-nc-sa/1.0/legalcode",
    osiApproved: false
  },
  TermReadKey: {
    name: "TermReadKey License",
    url: "https://github.com/jonathanstowe/TermReadKey/blob/master/README#L9-L10",
    osiApproved: false
  },
  "GPL-3.0-or-later": {
    name: "GNU General Public License v3.0 or later",
    url: "https://www.gnu.org/licenses/gpl-3.0-standalone.html",
    osiApproved: true
  },
  SWL: {
    name: "Scheme Widget Library (SWL) Software License Agreement",
    url: "https://fedoraproject.org/wiki/Licensing/SWL",
    osiApproved: false
  },
  OpenSSL: {
    name: "OpenSSL License",
    url: "http://www.openssl.org/source/license.html",
    osiApproved: false
  },
  "Python-2.0.1": {
    name: "Python License 2.0.1",
    url: "https://www.python.org/download/releases/2.0.1/license/",
    osiApproved: false
  },
  "CC-BY-SA-3.0-DE": {
    name: "Creative Commons Attribution Share Alike 3.0 Germany",
    url: "https://creativecommons.org/licenses/by-sa/3.0/de/legalcode",
    osiApproved: false
  },
  "OLDAP-2.7": {
    name: "Open LDAP Public License v2.7",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=47c2415c1df81556eeb39be6cad458ef87c534a2",
    osiApproved: false
  },
  "SAX-PD": {
    name: "Sax Public Domain Notice",
    url: "http://www.saxproject.org/copying.html",
    osiApproved: false
  },
  HIDAPI: {
    name: "HIDAPI License",
    url: "https://github.com/signal11/hidapi/blob/master/LICENSE-orig.txt",
    osiApproved: false
  },
  Leptonica: {
    name: "Leptonica License",
    url: "https://fedoraproject.org/wiki/Licensing/Leptonica",
    osiApproved: false
  },
  "SSH-short": {
    name: "SSH short notice",
    url: "https://github.com/openssh/openssh-portable/blob/1b11ea7c58cd5c59838b5fa574cd456d6047b2d4/pathnames.h",
    osiApproved: false
  },
  "SimPL-2.0": {
    name: "Simple Public License 2.0",
    url: "https://opensource.org/licenses/SimPL-2.0",
    osiApproved: true
  },
  "GFDL-1.3-only": {
    name: "GNU Free Documentation License v1.3 only",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  Kazlib: {
    name: "Kazlib License",
    url: "http://git.savannah.gnu.org/cgit/kazlib.git/tree/except.c?id=0062df360c2d17d57f6af19b0e444c51feb99036",
    osiApproved: false
  },
  "CECILL-C": {
    name: "CeCILL-C Free Software License Agreement",
    url: "http://www.cecill.info/licences/Licence_CeCILL-C_V1-en.html",
    osiApproved: false
  },
  "MS-LPL": {
    name: "Microsoft Limited Public License",
    url: "https://www.openhub.net/licenses/mslpl",
    osiApproved: false
  },
  "CECILL-B": {
    name: "CeCILL-B Free Software License Agreement",
    url: "http://www.cecill.info/licences/Licence_CeCILL-B_V1-en.html",
    osiApproved: false
  },
  "YPL-1.0": {
    name: "Yahoo! Public License v1.0",
    url: "http://www.zimbra.com/license/yahoo_public_license_1.0.html",
    osiApproved: false
  },
  "ASWF-Digital-Assets-1.0": {
    name: "ASWF Digital Assets License version 1.0",
    url: "https://github.com/AcademySoftwareFoundation/foundation/blob/main/digital_assets/aswf_digital_assets_license_v1.0.txt",
    osiApproved: false
  },
  wwl: {
    name: "WWL License",
    url: "http://www.db.net/downloads/wwl+db-1.3.tgz",
    osiApproved: false
  },
  HTMLTIDY: {
    name: "HTML Tidy License",
    url: "https://github.com/htacg/tidy-html5/blob/next/README/LICENSE.md",
    osiApproved: false
  },
  "HPND-INRIA-IMAG": {
    name: "Historical Permission Notice and Disclaimer    - INRIA-IMAG variant",
    url: "https://github.com/ppp-project/ppp/blob/master/pppd/ipv6cp.c#L75-L83",
    osiApproved: false
  },
  xlock: {
    name: "xlock License",
    url: "https://fossies.org/linux/tiff/contrib/ras/ras2tif.c",
    osiApproved: false
  },
  "CC0-1.0": {
    name: "Creative Commons Zero v1.0 Universal",
    url: "https://creativecommons.org/publicdomain/zero/1.0/legalcode",
    osiApproved: false
  },
  "IEC-Code-Components-EULA": {
    name: "IEC    Code Components End-user licence agreement",
    url: "https://www.iec.ch/webstore/custserv/pdf/CC-EULA.pdf",
    osiApproved: false
  },
  "SugarCRM-1.1.3": {
    name: "SugarCRM Public License v1.1.3",
    url: "http://www.sugarcrm.com/crm/SPL",
    osiApproved: false
  },
  "HPND-DEC": {
    name: "Historical Permission Notice and Disclaimer - DEC variant",
    url: "https://gitlab.freedesktop.org/xorg/app/xkbcomp/-/blob/master/COPYING?ref_type=heads#L69",
    osiApproved: false
  },
  "BSD-3-Clause-No-Military-License": {
    name: "BSD 3-Clause No Military License",
    url: "https://gitlab.syncad.com/hive/dhive/-/blob/master/LICENSE",
    osiApproved: false
  },
  "NIST-PD-fallback": {
    name: "NIST Public Domain Notice with license fallback",
    url: "https://github.com/usnistgov/jsip/blob/59700e6926cbe96c5cdae897d9a7d2656b42abe3/LICENSE",
    osiApproved: false
  },
  "LiLiQ-P-1.1": {
    name: "Licence Libre du Qu\xE9bec \u2013 Permissive version 1.1",
    url: "https://forge.gouv.qc.ca/licence/fr/liliq-v1-1/",
    osiApproved: true
  },
  Caldera: {
    name: "Caldera License",
    url: "http://www.lemis.com/grog/UNIX/ancient-source-all.pdf",
    osiApproved: false
  },
  FSFULLR: {
    name: "FSF Unlimited License (with License Retention)",
    url: "https://fedoraproject.org/wiki/Licensing/FSF_Unlimited_License#License_Retention_Variant",
    osiApproved: false
  },
  pnmstitch: {
    name: "pnmstitch License",
    url: "https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/editor/pnmstitch.c#l2",
    osiApproved: false
  },
  "CC-BY-NC-SA-2.0-UK": {
    name: "Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales",
    url: "https://creativecommons.org/licenses/by-nc-sa/2.0/uk/legalcode",
    osiApproved: false
  },
  "CC-BY-NC-SA-2.0-DE": {
    name: "Creative Commons Attribution Non Commercial Share Alike 2.0 Germany",
    url: "https://creativecommons.org/licenses/by-nc-sa/2.0/de/legalcode",
    osiApproved: false
  },
  "GCR-docs": {
    name: "Gnome GCR Documentation License",
    url: "https://github.com/GNOME/gcr/blob/master/docs/COPYING",
    osiApproved: false
  },
  "CECILL-1.0": {
    name: "CeCILL Free Software License Agreement v1.0",
    url: "http://www.cecill.info/licences/Licence_CeCILL_V1-fr.html",
    osiApproved: false
  },
  "HPND-sell-variant": {
    name: "Historical Permission Notice and Disclaimer - sell variant",
    url: "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/net/sunrpc/auth_gss/gss_generic_token.c?h=v4.19",
    osiApproved: false
  },
  Clips: {
    name: "Clips License",
    url: "https://github.com/DrItanium/maya/blob/master/LICENSE.CLIPS",
    osiApproved: false
  },
  "etalab-2.0": {
    name: "Etalab Open License 2.0",
    url: "https://github.com/DISIC/politique-de-contribution-open-source/blob/master/LICENSE.pdf",
    osiApproved: false
  },
  "CC-BY-NC-SA-3.0-DE": {
    name: "Creative Commons Attribution Non Commercial Share Alike 3.0 Germany",
    url: "https://creativecommons.org/licenses/by-nc-sa/3.0/de/legalcode",
    osiApproved: false
  },
  libtiff: {
    name: "libtiff License",
    url: "https://fedoraproject.org/wiki/Licensing/libtiff",
    osiApproved: false
  },
  "BSD-4-Clause-Shortened": {
    name: "BSD 4 Clause Shortened",
    url: "https://metadata.ftp-master.debian.org/changelogs//main/a/arpwatch/arpwatch_2.1a15-7_copyright",
    osiApproved: false
  },
  curl: {
    name: "curl License",
    url: "https://github.com/bagder/curl/blob/master/COPYING",
    osiApproved: false
  },
  "Bitstream-Charter": {
    name: "Bitstream Charter Font License",
    url: "https://fedoraproject.org/wiki/Licensing/Charter#License_Text",
    osiApproved: false
  },
  "Apache-1.1": {
    name: "Apache License 1.1",
    url: "http://apache.org/licenses/LICENSE-1.1",
    osiApproved: true
  },
  "HPND-Kevlin-Henney": {
    name: "Historical Permission Notice and Disclaimer - Kevlin Henney variant",
    url: "https://github.com/mruby/mruby/blob/83d12f8d52522cdb7c8cc46fad34821359f453e6/mrbgems/mruby-dir/src/Win/dirent.c#L127-L140",
    osiApproved: false
  },
  pkgconf: {
    name: "pkgconf License",
    url: "https://github.com/pkgconf/pkgconf/blob/master/cli/main.c#L8",
    osiApproved: false
  },
  "OGL-UK-1.0": {
    name: "Open Government Licence v1.0",
    url: "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/",
    osiApproved: false
  },
  "CC-BY-SA-2.1-JP": {
    name: "Creative Commons Attribution Share Alike 2.1 Japan",
    url: "https://creativecommons.org/licenses/by-sa/2.1/jp/legalcode",
    osiApproved: false
  },
  "OLDAP-1.2": {
    name: "Open LDAP Public License v1.2",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=42b0383c50c299977b5893ee695cf4e486fb0dc7",
    osiApproved: false
  },
  "FSFAP-no-warranty-disclaimer": {
    name: "FSF All Permissive License (without Warranty)",
    url: "https://git.savannah.gnu.org/cgit/wget.git/tree/util/trunc.c?h=v1.21.3&id=40747a11e44ced5a8ac628a41f879ced3e2ebce9#n6",
    osiApproved: false
  },
  "BitTorrent-1.0": {
    name: "BitTorrent Open Source License v1.0",
    url: "http://sources.gentoo.org/cgi-bin/viewvc.cgi/gentoo-x86/licenses/BitTorrent?r1=1.1&r2=1.1.1.1&diff_format=s",
    osiApproved: false
  },
  Latex2e: {
    name: "Latex2e License",
    url: "https://fedoraproject.org/wiki/Licensing/Latex2e",
    osiApproved: false
  },
  fwlw: {
    name: "fwlw License",
    url: "https://mirrors.nic.cz/tex-archive/macros/latex/contrib/fwlw/README",
    osiApproved: false
  },
  "MIT-Modern-Variant": {
    name: "MIT License Modern Variant",
    url: "https://fedoraproject.org/wiki/Licensing:MIT#Modern_Variants",
    osiApproved: true
  },
  SGP4: {
    name: "SGP4 Permission Notice",
    url: "https://celestrak.org/publications/AIAA/2006-6753/faq.php",
    osiApproved: false
  },
  "BSD-4.3RENO": {
    name: "BSD 4.3 RENO License",
    url: "https://sourceware.org/git/?p=binutils-gdb.git;a=blob;f=libiberty/strcasecmp.c;h=131d81c2ce7881fa48c363dc5bf5fb302c61ce0b;hb=HEAD",
    osiApproved: false
  },
  "LZMA-SDK-9.11-to-9.20": {
    name: "LZMA SDK License (versions 9.11 to 9.20)",
    url: "https://www.7-zip.org/sdk.html",
    osiApproved: false
  },
  "GFDL-1.3-invariants-or-later": {
    name: "GNU Free Documentation License v1.3 or later - invariants",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  "LPD-document": {
    name: "LPD Documentation License",
    url: "https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md",
    osiApproved: false
  },
  "GFDL-1.3-invariants-only": {
    name: "GNU Free Documentation License v1.3 only - invariants",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  "CC-BY-NC-SA-3.0-IGO": {
    name: "Creative Commons Attribution Non Commercial Share Alike 3.0 IGO",
    url: "https://creativecommons.org/licenses/by-nc-sa/3.0/igo/legalcode",
    osiApproved: false
  },
  "HPND-doc": {
    name: "Historical Permission Notice and Disclaimer - documentation variant",
    url: "https://gitlab.freedesktop.org/xorg/lib/libxext/-/blob/master/COPYING?ref_type=heads#L185-197",
    osiApproved: false
  },
  "CNRI-Python": {
    name: "CNRI Python License",
    url: "https://opensource.org/licenses/CNRI-Python",
    osiApproved: true
  },
  "CC-BY-2.5-AU": {
    name: "Creative Commons Attribution 2.5 Australia",
    url: "https://creativecommons.org/licenses/by/2.5/au/legalcode",
    osiApproved: false
  },
  jove: {
    name: "Jove License",
    url: "https://github.com/jonmacs/jove/blob/4_17/LICENSE",
    osiApproved: false
  },
  "Hippocratic-2.1": {
    name: "Hippocratic License 2.1",
    url: "https://firstdonoharm.dev/version/2/1/license.html",
    osiApproved: false
  },
  ThirdEye: {
    name: "ThirdEye License",
    url: "https://sourceware.org/cgit/binutils-gdb/tree/include/coff/symconst.h#n11",
    osiApproved: false
  },
  NTP: {
    name: "NTP License",
    url: "https://opensource.org/licenses/NTP",
    osiApproved: true
  },
  ADSL: {
    name: "Amazon Digital Services License",
    url: "https://fedoraproject.org/wiki/Licensing/AmazonDigitalServicesLicense",
    osiApproved: false
  },
  "CC-BY-ND-3.0": {
    name: "Creative Commons Attribution No Derivatives 3.0 Unported",
    url: "https://creativecommons.org/licenses/by-nd/3.0/legalcode",
    osiApproved: false
  },
  "BSD-2-Clause-Darwin": {
    name: "BSD 2-Clause - Ian Darwin variant",
    url: "https://github.com/file/file/blob/master/COPYING",
    osiApproved: false
  },
  "TGPPL-1.0": {
    name: "Transitive Grace Period Public Licence 1.0",
    url: "https://fedoraproject.org/wiki/Licensing/TGPPL",
    osiApproved: false
  },
  "CC-BY-NC-SA-2.0-FR": {
    name: "Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France",
    url: "https://creativecommons.org/licenses/by-nc-sa/2.0/fr/legalcode",
    osiApproved: false
  },
  "LAL-1.2": {
    name: "Licence Art Libre 1.2",
    url: "http://artlibre.org/licence/lal/licence-art-libre-12/",
    osiApproved: false
  },
  "CECILL-1.1": {
    name: "CeCILL Free Software License Agreement v1.1",
    url: "http://www.cecill.info/licences/Licence_CeCILL_V1.1-US.html",
    osiApproved: false
  },
  "CC-BY-ND-2.5": {
    name: "Creative Commons Attribution No Derivatives 2.5 Generic",
    url: "https://creativecommons.org/licenses/by-nd/2.5/legalcode",
    osiApproved: false
  },
  "GPL-2.0-with-GCC-exception": {
    name: "GNU General Public License v2.0 w/GCC Runtime Library exception",
    url: "https://gcc.gnu.org/git/?p=gcc.git;a=blob;f=gcc/libgcc1.c;h=762f5143fc6eed57b6797c82710f3538aa52b40b;hb=cb143a3ce4fb417c68f5fa2691a1b1b1053dfba9#l10",
    osiApproved: false
  },
  "Boehm-GC": {
    name: "Boehm-Demers-Weiser GC License",
    url: "https://fedoraproject.org/wiki/Licensing:MIT#Another_Minimal_variant_(found_in_libatomic_ops)",
    osiApproved: false
  },
  hdparm: {
    name: "hdparm License",
    url: "https://github.com/Distrotech/hdparm/blob/4517550db29a91420fb2b020349523b1b4512df2/LICENSE.TXT",
    osiApproved: false
  },
  "HPND-MIT-disclaimer": {
    name: "Historical Permission Notice and Disclaimer with MIT disclaimer",
    url: "https://metacpan.org/release/NLNETLABS/Net-DNS-SEC-1.22/source/LICENSE",
    osiApproved: false
  },
  OpenVision: {
    name: "OpenVision License",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L66-L98",
    osiApproved: false
  },
  "CC-BY-NC-SA-3.0": {
    name: "Creative Commons Attribution Non Commercial Share Alike 3.0 Unported",
    url: "https://creativecommons.org/licenses/by-nc-sa/3.0/legalcode",
    osiApproved: false
  },
  mplus: {
    name: "mplus Font License",
    url: "https://fedoraproject.org/wiki/Licensing:Mplus?rd=Licensing/mplus",
    osiApproved: false
  },
  NOSL: {
    name: "Netizen Open Source License",
    url: "http://bits.netizen.com.au/licenses/NOSL/nosl.txt",
    osiApproved: false
  },
  "X11-no-permit-persons": {
    name: "X11 no permit persons clause",
    url: "https://gitlab.freedesktop.org/xorg/lib/libxinerama/-/blob/cc22c2f60c3862482562955116d5455263b443dc/COPYING#L44-66",
    osiApproved: false
  },
  psutils: {
    name: "psutils License",
    url: "https://fedoraproject.org/wiki/Licensing/psutils",
    osiApproved: false
  },
  AMPAS: {
    name: "Academy of Motion Picture Arts and Sciences BSD",
    url: "https://fedoraproject.org/wiki/Licensing/BSD#AMPASBSD",
    osiApproved: false
  },
  "DL-DE-BY-2.0": {
    name: "Data licence Germany \u2013 attribution \u2013 version 2.0",
    url: "https://www.govdata.de/dl-de/by-2-0",
    osiApproved: false
  },
  "Xdebug-1.03": {
    name: "Xdebug License v 1.03",
    url: "https://github.com/xdebug/xdebug/blob/master/LICENSE",
    osiApproved: false
  },
  OFFIS: {
    name: "OFFIS License",
    url: "https://sourceforge.net/p/xmedcon/code/ci/master/tree/libs/dicom/README",
    osiApproved: false
  },
  "MIT-0": {
    name: "MIT No Attribution",
    url: "https://github.com/aws/mit-0",
    osiApproved: true
  },
  "EFL-2.0": {
    name: "Eiffel Forum License v2.0",
    url: "http://www.eiffel-nice.org/license/eiffel-forum-license-2.html",
    osiApproved: true
  },
  Vim: {
    name: "Vim License",
    url: "http://vimdoc.sourceforge.net/htmldoc/uganda.html",
    osiApproved: false
  },
  SunPro: {
    name: "SunPro License",
    url: "https://github.com/freebsd/freebsd-src/blob/main/lib/msun/src/e_acosh.c",
    osiApproved: false
  },
  xzoom: {
    name: "xzoom License",
    url: "https://metadata.ftp-master.debian.org/changelogs//main/x/xzoom/xzoom_0.3-27_copyright",
    osiApproved: false
  },
  ICU: {
    name: "ICU License",
    url: "http://source.icu-project.org/repos/icu/icu/trunk/license.html",
    osiApproved: true
  },
  SchemeReport: {
    name: "Scheme Language Report License",
    osiApproved: false
  },
  "Unlicense-libtelnet": {
    name: "Unlicense - libtelnet variant",
    url: "https://github.com/seanmiddleditch/libtelnet/blob/develop/COPYING",
    osiApproved: false
  },
  "Arphic-1999": {
    name: "Arphic Public License",
    url: "http://ftp.gnu.org/gnu/non-gnu/chinese-fonts-truetype/LICENSE",
    osiApproved: false
  },
  "python-ldap": {
    name: "Python ldap License",
    url: "https://github.com/python-ldap/python-ldap/blob/main/LICENCE",
    osiApproved: false
  },
  "Ubuntu-font-1.0": {
    name: "Ubuntu Font Licence v1.0",
    url: "https://ubuntu.com/legal/font-licence",
    osiApproved: false
  },
  "LGPL-2.1": {
    name: "GNU Lesser General Public License v2.1 only",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html",
    osiApproved: true
  },
  GL2PS: {
    name: "GL2PS License",
    url: "http://www.geuz.org/gl2ps/COPYING.GL2PS",
    osiApproved: false
  },
  "MulanPSL-1.0": {
    name: "Mulan Permissive Software License, Version 1",
    url: "https://license.coscl.org.cn/MulanPSL/",
    osiApproved: false
  },
  "OLDAP-2.2.1": {
    name: "Open LDAP Public License v2.2.1",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=4bc786f34b50aa301be6f5600f58a980070f481e",
    osiApproved: false
  },
  "LGPL-2.0-or-later": {
    name: "GNU Library General Public License v2 or later",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html",
    osiApproved: true
  },
  Libpng: {
    name: "libpng License",
    url: "http://www.libpng.org/pub/png/src/libpng-LICENSE.txt",
    osiApproved: false
  },
  gnuplot: {
    name: "gnuplot License",
    url: "https://fedoraproject.org/wiki/Licensing/Gnuplot",
    osiApproved: false
  },
  "Game-Programming-Gems": {
    name: "Game Programming Gems License",
    url: "https://github.com/OGRECave/ogre/blob/master/OgreMain/include/OgreSingleton.h#L28C3-L35C46",
    osiApproved: false
  },
  "PHP-3.01": {
    name: "PHP License v3.01",
    url: "http://www.php.net/license/3_01.txt",
    osiApproved: true
  },
  "CC-BY-NC-SA-4.0": {
    name: "Creative Commons Attribution Non Commercial Share Alike 4.0 International",
    url: "https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode",
    osiApproved: false
  },
  "SAX-PD-2.0": {
    name: "Sax Public Domain Notice 2.0",
    url: "http://www.saxproject.org/copying.html",
    osiApproved: false
  },
  "OSL-2.1": {
    name: "Open Software License 2.1",
    url: "http://web.archive.org/web/20050212003940/http://www.rosenlaw.com/osl21.htm",
    osiApproved: true
  },
  "MIT-Wu": {
    name: "MIT Tom Wu Variant",
    url: "https://github.com/chromium/octane/blob/master/crypto.js",
    osiApproved: false
  },
  "EUPL-1.0": {
    name: "European Union Public License 1.0",
    url: "http://ec.europa.eu/idabc/en/document/7330.html",
    osiApproved: false
  },
  ulem: {
    name: "ulem License",
    url: "https://mirrors.ctan.org/macros/latex/contrib/ulem/README",
    osiApproved: false
  },
  "BSD-3-Clause": {
    name: 'BSD 3-Clause "New" or "Revised" License',
    url: "https://opensource.org/licenses/BSD-3-Clause",
    osiApproved: true
  },
  "AdaCore-doc": {
    name: "AdaCore Doc License",
    url: "https://github.com/AdaCore/xmlada/blob/master/docs/index.rst",
    osiApproved: false
  },
  OSSP: {
    name: "OSSP License",
    url: "https://git.sr.ht/~nabijaczleweli/ossp-var",
    osiApproved: false
  },
  "Inner-Net-2.0": {
    name: "Inner Net License v2.0",
    url: "https://fedoraproject.org/wiki/Licensing/Inner_Net_License",
    osiApproved: false
  },
  "BSD-4-Clause": {
    name: 'BSD 4-Clause "Original" or "Old" License',
    url: "http://directory.fsf.org/wiki/License:BSD_4Clause",
    osiApproved: false
  },
  JSON: {
    name: "JSON License",
    url: "http://www.json.org/license.html",
    osiApproved: false
  },
  "MIT-STK": {
    name: "MIT-STK License",
    url: "https://github.com/thestk/stk/blob/6aacd357d76250bb7da2b1ddf675651828784bbc/LICENSE",
    osiApproved: false
  },
  "ssh-keyscan": {
    name: "ssh-keyscan License",
    url: "https://github.com/openssh/openssh-portable/blob/master/LICENCE#L82",
    osiApproved: false
  },
  HPND: {
    name: "Historical Permission Notice and Disclaimer",
    url: "https://opensource.org/licenses/HPND",
    osiApproved: true
  },
  FreeImage: {
    name: "FreeImage Public License v1.0",
    url: "http://freeimage.sourceforge.net/freeimage-license.txt",
    osiApproved: false
  },
  "RPL-1.5": {
    name: "Reciprocal Public License 1.5",
    url: "https://opensource.org/licenses/RPL-1.5",
    osiApproved: true
  },
  "HPND-sell-MIT-disclaimer-xserver": {
    name: "Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer",
    url: "https://gitlab.freedesktop.org/xorg/xserver/-/blob/master/COPYING?ref_type=heads#L1781",
    osiApproved: false
  },
  "ISO-permission": {
    name: "ISO permission notice",
    url: "https://gitlab.com/agmartin/linuxdoc-tools/-/blob/master/iso-entities/COPYING?ref_type=heads",
    osiApproved: false
  },
  "NPOSL-3.0": {
    name: "Non-Profit Open Software License 3.0",
    url: "https://opensource.org/licenses/NOSL3.0",
    osiApproved: true
  },
  "SSH-OpenSSH": {
    name: "SSH OpenSSH license",
    url: "https://github.com/openssh/openssh-portable/blob/1b11ea7c58cd5c59838b5fa574cd456d6047b2d4/LICENCE#L10",
    osiApproved: false
  },
  "BSD-2-Clause-Patent": {
    name: "BSD-2-Clause Plus Patent License",
    url: "https://opensource.org/licenses/BSDplusPatent",
    osiApproved: true
  },
  "LGPL-2.0-only": {
    name: "GNU Library General Public License v2 only",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html",
    osiApproved: true
  },
  UnRAR: {
    name: "UnRAR License",
    url: "https://public.dhe.ibm.com/aix/freeSoftware/aixtoolbox/LICENSES/unRAR.txt",
    osiApproved: false
  },
  FSFULLRSD: {
    name: "FSF Unlimited License (with License Retention and Short Disclaimer)",
    url: "https://git.savannah.gnu.org/cgit/gnulib.git/tree/modules/COPYING?id=7b08932179d0d6b017f7df01a2ddf6e096b038e3",
    osiApproved: false
  },
  "ESA-PL-weak-copyleft-2.4": {
    name: "European Space Agency Public License \u2013 v2.4 \u2013 Weak Copyleft (Type 2)",
    url: "https://essr.esa.int/license/european-space-agency-public-license-v2-4-weak-copyleft-type-2",
    osiApproved: false
  },
  "NBPL-1.0": {
    name: "Net Boolean Public License v1",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=37b4b3f6cc4bf34e1d3dec61e69914b9819d8894",
    osiApproved: false
  },
  "OGL-Canada-2.0": {
    name: "Open Government Licence - Canada",
    url: "https://open.canada.ca/en/open-government-licence-canada",
    osiApproved: false
  },
  "UMich-Merit": {
    name: "Michigan/Merit Networks License",
    url: "https://github.com/radcli/radcli/blob/master/COPYRIGHT#L64",
    osiApproved: false
  },
  TMate: {
    name: "TMate Open Source License",
    url: "http://svnkit.com/license.html",
    osiApproved: false
  },
  WordNet: {
    name: "WordNet License",
    url: "https://wordnet.princeton.edu/license-and-commercial-use",
    osiApproved: true
  },
  EPICS: {
    name: "EPICS Open License",
    url: "https://epics.anl.gov/license/open.php",
    osiApproved: false
  },
  "BSD-2-Clause-Views": {
    name: "BSD 2-Clause with views sentence",
    url: "http://www.freebsd.org/copyright/freebsd-license.html",
    osiApproved: false
  },
  "BSD-3-Clause-HP": {
    name: "Hewlett-Packard BSD variant license",
    url: "https://github.com/zdohnal/hplip/blob/master/COPYING#L939",
    osiApproved: false
  },
  "BSD-3-Clause-flex": {
    name: "BSD 3-Clause Flex variant",
    url: "https://github.com/westes/flex/blob/master/COPYING",
    osiApproved: false
  },
  "GPL-2.0": {
    name: "GNU General Public License v2.0 only",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html",
    osiApproved: true
  },
  "QPL-1.0-INRIA-2004": {
    name: "Q Public License 1.0 - INRIA 2004 variant",
    url: "https://github.com/maranget/hevea/blob/master/LICENSE",
    osiApproved: false
  },
  "CC-BY-NC-2.5": {
    name: "Creative Commons Attribution Non Commercial 2.5 Generic",
    url: "https://creativecommons.org/licenses/by-nc/2.5/legalcode",
    osiApproved: false
  },
  "GPL-2.0-with-font-exception": {
    name: "GNU General Public License v2.0 w/Font exception",
    url: "https://www.gnu.org/licenses/gpl-faq.html#FontException",
    osiApproved: false
  },
  "GPL-2.0-only": {
    name: "GNU General Public License v2.0 only",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html",
    osiApproved: true
  },
  "OFL-1.1-RFN": {
    name: "SIL Open Font License 1.1 with Reserved Font Name",
    url: "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web",
    osiApproved: true
  },
  Ruby: {
    name: "Ruby License",
    url: "https://www.ruby-lang.org/en/about/license.txt",
    osiApproved: false
  },
  FSFULLRWD: {
    name: "FSF Unlimited License (With License Retention and Warranty Disclaimer)",
    url: "https://lists.gnu.org/archive/html/autoconf/2012-04/msg00061.html",
    osiApproved: false
  },
  "GFDL-1.1-only": {
    name: "GNU Free Documentation License v1.1 only",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  "Info-ZIP": {
    name: "Info-ZIP License",
    url: "http://www.info-zip.org/license.html",
    osiApproved: false
  },
  "Intel-ACPI": {
    name: "Intel ACPI Software License Agreement",
    url: "https://fedoraproject.org/wiki/Licensing/Intel_ACPI_Software_License_Agreement",
    osiApproved: false
  },
  "libpng-2.0": {
    name: "PNG Reference Library version 2",
    url: "http://www.libpng.org/pub/png/src/libpng-LICENSE.txt",
    osiApproved: false
  },
  "libselinux-1.0": {
    name: "libselinux public domain notice",
    url: "https://github.com/SELinuxProject/selinux/blob/master/libselinux/LICENSE",
    osiApproved: false
  },
  "GPL-2.0-with-classpath-exception": {
    name: "GNU General Public License v2.0 w/Classpath exception",
    url: "https://www.gnu.org/software/classpath/license.html",
    osiApproved: false
  },
  "BUSL-1.1": {
    name: "Business Source License 1.1",
    url: "https://mariadb.com/bsl11/",
    osiApproved: false
  },
  "LGPL-2.1-or-later": {
    name: "GNU Lesser General Public License v2.1 or later",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html",
    osiApproved: true
  },
  ImageMagick: {
    name: "ImageMagick License",
    url: "http://www.imagemagick.org/script/license.php",
    osiApproved: false
  },
  MMIXware: {
    name: "MMIXware License",
    url: "https://gitlab.lrz.de/mmix/mmixware/-/blob/master/boilerplate.w",
    osiApproved: false
  },
  "BSD-3-Clause-Sun": {
    name: "BSD 3-Clause Sun Microsystems",
    url: "https://github.com/xmlark/msv/blob/b9316e2f2270bc1606952ea4939ec87fbba157f3/xsdlib/src/main/java/com/sun/msv/datatype/regexp/InternalImpl.java",
    osiApproved: false
  },
  "IPL-1.0": {
    name: "IBM Public License v1.0",
    url: "https://opensource.org/licenses/IPL-1.0",
    osiApproved: true
  },
  "BSD-Protection": {
    name: "BSD Protection License",
    url: "https://fedoraproject.org/wiki/Licensing/BSD_Protection_License",
    osiApproved: false
  },
  "CDLA-Permissive-2.0": {
    name: "Community Data License Agreement Permissive 2.0",
    url: "https://cdla.dev/permissive-2-0",
    osiApproved: false
  },
  "Linux-man-pages-1-para": {
    name: "Linux man-pages - 1 paragraph",
    url: "https://git.kernel.org/pub/scm/docs/man-pages/man-pages.git/tree/man2/getcpu.2#n4",
    osiApproved: false
  },
  "SHL-0.51": {
    name: "Solderpad Hardware License, Version 0.51",
    url: "https://solderpad.org/licenses/SHL-0.51/",
    osiApproved: false
  },
  "BSD-4-Clause-UC": {
    name: "BSD-4-Clause (University of California-Specific)",
    url: "http://www.freebsd.org/copyright/license.html",
    osiApproved: false
  },
  "OLDAP-2.6": {
    name: "Open LDAP Public License v2.6",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=1cae062821881f41b73012ba816434897abf4205",
    osiApproved: false
  },
  "Adobe-Glyph": {
    name: "Adobe Glyph List License",
    url: "https://fedoraproject.org/wiki/Licensing/MIT#AdobeGlyph",
    osiApproved: false
  },
  wxWindows: {
    name: "wxWindows Library License",
    url: "https://opensource.org/licenses/WXwindows",
    osiApproved: true
  },
  "any-OSI": {
    name: "Any OSI License",
    url: "https://metacpan.org/pod/Exporter::Tidy#LICENSE",
    osiApproved: false
  },
  "OPL-1.0": {
    name: "Open Public License v1.0",
    url: "http://old.koalateam.com/jackaroo/OPL_1_0.TXT",
    osiApproved: false
  },
  "GPL-1.0-only": {
    name: "GNU General Public License v1.0 only",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html",
    osiApproved: false
  },
  "Aspell-RU": {
    name: "Aspell Russian License",
    url: "https://ftp.gnu.org/gnu/aspell/dict/ru/aspell6-ru-0.99f7-1.tar.bz2",
    osiApproved: false
  },
  FTL: {
    name: "Freetype Project License",
    url: "http://freetype.fis.uniroma2.it/FTL.TXT",
    osiApproved: false
  },
  "BitTorrent-1.1": {
    name: "BitTorrent Open Source License v1.1",
    url: "http://directory.fsf.org/wiki/License:BitTorrentOSL1.1",
    osiApproved: false
  },
  "LGPL-2.0": {
    name: "GNU Library General Public License v2 only",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html",
    osiApproved: true
  },
  "OSL-3.0": {
    name: "Open Software License 3.0",
    url: "https://web.archive.org/web/20120101081418/http://rosenlaw.com:80/OSL3.0.htm",
    osiApproved: true
  },
  Buddy: {
    name: "Buddy License",
    url: "https://sourceforge.net/p/buddy/gitcode/ci/master/tree/README",
    osiApproved: false
  },
  "CPAL-1.0": {
    name: "Common Public Attribution License 1.0",
    url: "https://opensource.org/licenses/CPAL-1.0",
    osiApproved: true
  },
  "APSL-2.0": {
    name: "Apple Public Source License 2.0",
    url: "http://www.opensource.apple.com/license/apsl/",
    osiApproved: true
  },
  "CC-BY-SA-3.0-IGO": {
    name: "Creative Commons Attribution-ShareAlike 3.0 IGO",
    url: "https://creativecommons.org/licenses/by-sa/3.0/igo/legalcode",
    osiApproved: false
  },
  "MIT-CMU": {
    name: "CMU License",
    url: "https://fedoraproject.org/wiki/Licensing:MIT?rd=Licensing/MIT#CMU_Style",
    osiApproved: false
  },
  Minpack: {
    name: "Minpack License",
    url: "http://www.netlib.org/minpack/disclaimer",
    osiApproved: false
  },
  "Unicode-DFS-2015": {
    name: "Unicode License Agreement - Data Files and Software (2015)",
    url: "https://web.archive.org/web/20151224134844/http://unicode.org/copyright.html",
    osiApproved: false
  },
  "Linux-man-pages-copyleft": {
    name: "Linux man-pages Copyleft",
    url: "https://www.kernel.org/doc/man-pages/licenses.html",
    osiApproved: false
  },
  "CAL-1.0-Combined-Work-Exception": {
    name: "Cryptographic Autonomy License 1.0 (Combined Work Exception)",
    url: "http://cryptographicautonomylicense.com/license-text.html",
    osiApproved: true
  },
  Xnet: {
    name: "X.Net License",
    url: "https://opensource.org/licenses/Xnet",
    osiApproved: true
  },
  "OSC-1.0": {
    name: "OSC License 1.0",
    url: "https://opensource.org/license/osc-license-1-0",
    osiApproved: true
  },
  Cube: {
    name: "Cube License",
    url: "https://fedoraproject.org/wiki/Licensing/Cube",
    osiApproved: false
  },
  "LPPL-1.1": {
    name: "LaTeX Project Public License v1.1",
    url: "http://www.latex-project.org/lppl/lppl-1-1.txt",
    osiApproved: false
  },
  "NLOD-2.0": {
    name: "Norwegian Licence for Open Government Data (NLOD) 2.0",
    url: "http://data.norge.no/nlod/en/2.0",
    osiApproved: false
  },
  "Knuth-CTAN": {
    name: "Knuth CTAN License",
    url: "https://ctan.org/license/knuth",
    osiApproved: false
  },
  "FreeBSD-DOC": {
    name: "FreeBSD Documentation License",
    url: "https://www.freebsd.org/copyright/freebsd-doc-license/",
    osiApproved: false
  },
  "TORQUE-1.1": {
    name: "TORQUE v2.5+ Software License v1.1",
    url: "https://fedoraproject.org/wiki/Licensing/TORQUEv1.1",
    osiApproved: false
  },
  "HPND-Markus-Kuhn": {
    name: "Historical Permission Notice and Disclaimer - Markus Kuhn variant",
    url: "https://www.cl.cam.ac.uk/~mgk25/ucs/wcwidth.c",
    osiApproved: false
  },
  "Adobe-2006": {
    name: "Adobe Systems Incorporated Source Code License Agreement",
    url: "https://fedoraproject.org/wiki/Licensing/AdobeLicense",
    osiApproved: false
  },
  MTLL: {
    name: "Matrix Template Library License",
    url: "https://fedoraproject.org/wiki/Licensing/Matrix_Template_Library_License",
    osiApproved: false
  },
  "ANTLR-PD": {
    name: "ANTLR Software Rights Notice",
    url: "http://www.antlr2.org/license.html",
    osiApproved: false
  },
  Wsuipa: {
    name: "Wsuipa License",
    url: "https://fedoraproject.org/wiki/Licensing/Wsuipa",
    osiApproved: false
  },
  "Artistic-1.0": {
    name: "Artistic License 1.0",
    url: "https://opensource.org/licenses/Artistic-1.0",
    osiApproved: true
  },
  "COIL-1.0": {
    name: "Copyfree Open Innovation License",
    url: "https://coil.apotheon.org/plaintext/01.0.txt",
    osiApproved: false
  },
  OML: {
    name: "Open Market License",
    url: "https://fedoraproject.org/wiki/Licensing/Open_Market_License",
    osiApproved: false
  },
  "AGPL-3.0-or-later": {
    name: "GNU Affero General Public License v3.0 or later",
    url: "https://www.gnu.org/licenses/agpl.txt",
    osiApproved: true
  },
  "GFDL-1.1-invariants-or-later": {
    name: "GNU Free Documentation License v1.1 or later - invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  "SSLeay-standalone": {
    name: "SSLeay License - standalone",
    url: "https://www.tq-group.com/filedownloads/files/software-license-conditions/OriginalSSLeay/OriginalSSLeay.pdf",
    osiApproved: false
  },
  "C-UDA-1.0": {
    name: "Computational Use of Data Agreement v1.0",
    url: "https://github.com/microsoft/Computational-Use-of-Data-Agreement/blob/master/C-UDA-1.0.md",
    osiApproved: false
  },
  "HP-1989": {
    name: "Hewlett-Packard 1989 License",
    url: "https://github.com/bleargh45/Data-UUID/blob/master/LICENSE",
    osiApproved: false
  },
  "Cornell-Lossless-JPEG": {
    name: "Cornell Lossless JPEG License",
    url: "https://android.googlesource.com/platform/external/dng_sdk/+/refs/heads/master/source/dng_lossless_jpeg.cpp#16",
    osiApproved: false
  },
  "GFDL-1.3-no-invariants-or-later": {
    name: "GNU Free Documentation License v1.3 or later - no invariants",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  "CC-BY-1.0": {
    name: "Creative Commons Attribution 1.0 Generic",
    url: "https://creativecommons.org/licenses/by/1.0/legalcode",
    osiApproved: false
  },
  "MMPL-1.0.1": {
    name: "Minecraft Mod Public License v1.0.1",
    url: "https://github.com/BuildCraft/BuildCraft/blob/623d323b1868712f29f4a8b0979a02e8d1835131/LICENSE",
    osiApproved: false
  },
  SNIA: {
    name: "SNIA Public License 1.1",
    url: "https://fedoraproject.org/wiki/Licensing/SNIA_Public_License",
    osiApproved: false
  },
  "OpenPBS-2.3": {
    name: "OpenPBS v2.3 Software License",
    url: "https://github.com/adaptivecomputing/torque/blob/master/PBS_License.txt",
    osiApproved: false
  },
  "NCGL-UK-2.0": {
    name: "Non-Commercial Government Licence",
    url: "http://www.nationalarchives.gov.uk/doc/non-commercial-government-licence/version/2/",
    osiApproved: false
  },
  "Mackerras-3-Clause-acknowledgment": {
    name: "Mackerras 3-Clause - acknowledgment variant",
    url: "https://github.com/ppp-project/ppp/blob/master/pppd/auth.c#L6-L28",
    osiApproved: false
  },
  "NTP-0": {
    name: "NTP No Attribution",
    url: "https://github.com/tytso/e2fsprogs/blob/master/lib/et/et_name.c",
    osiApproved: false
  },
  "NICTA-1.0": {
    name: "NICTA Public Software License, Version 1.0",
    url: "https://opensource.apple.com/source/mDNSResponder/mDNSResponder-320.10/mDNSPosix/nss_ReadMe.txt",
    osiApproved: false
  },
  "Frameworx-1.0": {
    name: "Frameworx Open License 1.0",
    url: "https://opensource.org/licenses/Frameworx-1.0",
    osiApproved: true
  },
  "CNRI-Jython": {
    name: "CNRI Jython License",
    url: "http://www.jython.org/license.html",
    osiApproved: false
  },
  "Community-Spec-1.0": {
    name: "Community Specification License 1.0",
    url: "https://github.com/CommunitySpecification/1.0/blob/master/1._Community_Specification_License-v1.md",
    osiApproved: false
  },
  "BSD-3-Clause-No-Nuclear-License": {
    name: "BSD 3-Clause No Nuclear License",
    url: "http://download.oracle.com/otn-pub/java/licenses/bsd.txt",
    osiApproved: false
  },
  "libutil-David-Nugent": {
    name: "libutil David Nugent License",
    url: "http://web.mit.edu/freebsd/head/lib/libutil/login_ok.3",
    osiApproved: false
  },
  "CC-BY-NC-ND-3.0-IGO": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO",
    url: "https://creativecommons.org/licenses/by-nc-nd/3.0/igo/legalcode",
    osiApproved: false
  },
  "any-OSI-perl-modules": {
    name: "Any OSI License - Perl Modules",
    url: "https://metacpan.org/release/JUERD/Exporter-Tidy-0.09/view/Tidy.pm#LICENSE",
    osiApproved: false
  },
  "MIT-advertising": {
    name: "Enlightenment License (e16)",
    url: "https://fedoraproject.org/wiki/Licensing/MIT_With_Advertising",
    osiApproved: false
  },
  "HPND-export-US-modify": {
    name: "HPND with US Government export control warning and modification rqmt",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L1157-L1182",
    osiApproved: false
  },
  Xfig: {
    name: "Xfig License",
    url: "https://github.com/Distrotech/transfig/blob/master/transfig/transfig.c",
    osiApproved: false
  },
  "zlib-acknowledgement": {
    name: "zlib/libpng License with Acknowledgement",
    url: "https://fedoraproject.org/wiki/Licensing/ZlibWithAcknowledgement",
    osiApproved: false
  },
  "ISC-Veillard": {
    name: "ISC Veillard variant",
    url: "https://raw.githubusercontent.com/GNOME/libxml2/4c2e7c651f6c2f0d1a74f350cbda95f7df3e7017/hash.c",
    osiApproved: false
  },
  "YPL-1.1": {
    name: "Yahoo! Public License v1.1",
    url: "http://www.zimbra.com/license/yahoo_public_license_1.1.html",
    osiApproved: false
  },
  "BSD-3-Clause-Modification": {
    name: "BSD 3-Clause Modification",
    url: "https://fedoraproject.org/wiki/Licensing:BSD#Modification_Variant",
    osiApproved: false
  },
  "Artistic-1.0-Perl": {
    name: "Artistic License 1.0 (Perl)",
    url: "http://dev.perl.org/licenses/artistic.html",
    osiApproved: true
  },
  "GPL-3.0-only": {
    name: "GNU General Public License v3.0 only",
    url: "https://www.gnu.org/licenses/gpl-3.0-standalone.html",
    osiApproved: true
  },
  "TU-Berlin-1.0": {
    name: "Technische Universitaet Berlin License 1.0",
    url: "https://github.com/swh/ladspa/blob/7bf6f3799fdba70fda297c2d8fd9f526803d9680/gsm/COPYRIGHT",
    osiApproved: false
  },
  "GPL-1.0+": {
    name: "GNU General Public License v1.0 or later",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html",
    osiApproved: false
  },
  "OPUBL-1.0": {
    name: "Open Publication License v1.0",
    url: "http://opencontent.org/openpub/",
    osiApproved: false
  },
  "App-s2p": {
    name: "App::s2p License",
    url: "https://fedoraproject.org/wiki/Licensing/App-s2p",
    osiApproved: false
  },
  checkmk: {
    name: "Checkmk License",
    url: "https://github.com/libcheck/check/blob/master/checkmk/checkmk.in",
    osiApproved: false
  },
  "CC-BY-3.0-AU": {
    name: "Creative Commons Attribution 3.0 Australia",
    url: "https://creativecommons.org/licenses/by/3.0/au/legalcode",
    osiApproved: false
  },
  "CC-BY-NC-4.0": {
    name: "Creative Commons Attribution Non Commercial 4.0 International",
    url: "https://creativecommons.org/licenses/by-nc/4.0/legalcode",
    osiApproved: false
  },
  Intel: {
    name: "Intel Open Source License",
    url: "https://opensource.org/licenses/Intel",
    osiApproved: true
  },
  "OFL-1.0-RFN": {
    name: "SIL Open Font License 1.0 with Reserved Font Name",
    url: "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL10_web",
    osiApproved: false
  },
  "MPL-2.0": {
    name: "Mozilla Public License 2.0",
    url: "https://www.mozilla.org/MPL/2.0/",
    osiApproved: true
  },
  NGPL: {
    name: "Nethack General Public License",
    url: "https://opensource.org/licenses/NGPL",
    osiApproved: true
  },
  "0BSD": {
    name: "BSD Zero Clause License",
    url: "http://landley.net/toybox/license.html",
    osiApproved: true
  },
  "OSET-PL-2.1": {
    name: "OSET Public License version 2.1",
    url: "http://www.osetfoundation.org/public-license",
    osiApproved: true
  },
  FBM: {
    name: "Fuzzy Bitmap License",
    url: "https://github.com/SWI-Prolog/packages-xpce/blob/161a40cd82004f731ba48024f9d30af388a7edf5/src/img/gifwrite.c#L21-L26",
    osiApproved: false
  },
  UnixCrypt: {
    name: "UnixCrypt License",
    url: "https://foss.heptapod.net/python-libs/passlib/-/blob/branch/stable/LICENSE#L70",
    osiApproved: false
  },
  "LGPL-3.0": {
    name: "GNU Lesser General Public License v3.0 only",
    url: "https://www.gnu.org/licenses/lgpl-3.0-standalone.html",
    osiApproved: true
  },
  "MPL-1.0": {
    name: "Mozilla Public License 1.0",
    url: "http://www.mozilla.org/MPL/MPL-1.0.html",
    osiApproved: true
  },
  Giftware: {
    name: "Giftware License",
    url: "http://liballeg.org/license.html#allegro-4-the-giftware-license",
    osiApproved: false
  },
  Beerware: {
    name: "Beerware License",
    url: "https://fedoraproject.org/wiki/Licensing/Beerware",
    osiApproved: false
  },
  "Caldera-no-preamble": {
    name: "Caldera License (without preamble)",
    url: "https://github.com/apache/apr/blob/trunk/LICENSE#L298C6-L298C29",
    osiApproved: false
  },
  "BSD-2-Clause": {
    name: 'BSD 2-Clause "Simplified" License',
    url: "https://opensource.org/licenses/BSD-2-Clause",
    osiApproved: true
  },
  TTWL: {
    name: "Text-Tabs+Wrap License",
    url: "https://fedoraproject.org/wiki/Licensing/TTWL",
    osiApproved: false
  },
  "FSL-1.1-ALv2": {
    name: "Functional Source License, Version 1.1, ALv2 Future License",
    url: "https://fsl.software/FSL-1.1-ALv2.template.md",
    osiApproved: false
  },
  "GFDL-1.1-or-later": {
    name: "GNU Free Documentation License v1.1 or later",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  "ESA-PL-permissive-2.4": {
    name: "European Space Agency Public License \u2013 v2.4 \u2013 Permissive (Type 3)",
    url: "https://essr.esa.int/license/european-space-agency-public-license-v2-4-permissive-type-3",
    osiApproved: false
  },
  "OSL-1.1": {
    name: "Open Software License 1.1",
    url: "https://fedoraproject.org/wiki/Licensing/OSL1.1",
    osiApproved: false
  },
  "OCCT-PL": {
    name: "Open CASCADE Technology Public License",
    url: "http://www.opencascade.com/content/occt-public-license",
    osiApproved: false
  },
  "Interbase-1.0": {
    name: "Interbase Public License v1.0",
    url: "https://web.archive.org/web/20060319014854/http://info.borland.com/devsupport/interbase/opensource/IPL.html",
    osiApproved: false
  },
  "AMD-newlib": {
    name: "AMD newlib License",
    url: "https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/sys/a29khif/_close.S;h=04f52ae00de1dafbd9055ad8d73c5c697a3aae7f;hb=HEAD",
    osiApproved: false
  },
  "QPL-1.0": {
    name: "Q Public License 1.0",
    url: "http://doc.qt.nokia.com/3.3/license.html",
    osiApproved: true
  },
  "libpng-1.6.35": {
    name: "PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)",
    url: "http://www.libpng.org/pub/png/src/libpng-LICENSE.txt",
    osiApproved: false
  },
  MITNFA: {
    name: "MIT +no-false-attribs license",
    url: "https://fedoraproject.org/wiki/Licensing/MITNFA",
    osiApproved: false
  },
  "OpenSSL-standalone": {
    name: "OpenSSL License - standalone",
    url: "https://library.netapp.com/ecm/ecm_download_file/ECMP1196395",
    osiApproved: false
  },
  "MIT-Click": {
    name: "MIT Click License",
    url: "https://github.com/kohler/t1utils/blob/master/LICENSE",
    osiApproved: false
  },
  "BSD-Systemics-W3Works": {
    name: "Systemics W3Works BSD variant license",
    url: "https://metacpan.org/release/DPARIS/Crypt-Blowfish-2.14/source/COPYRIGHT#L7",
    osiApproved: false
  },
  "NIST-PD": {
    name: "NIST Public Domain Notice",
    url: "https://github.com/tcheneau/simpleRPL/blob/e645e69e38dd4e3ccfeceb2db8cba05b7c2e0cd3/LICENSE.txt",
    osiApproved: false
  },
  NLPL: {
    name: "No Limit Public License",
    url: "https://fedoraproject.org/wiki/Licensing/NLPL",
    osiApproved: false
  },
  "BSD-Systemics": {
    name: "Systemics BSD variant license",
    url: "https://metacpan.org/release/DPARIS/Crypt-DES-2.07/source/COPYRIGHT",
    osiApproved: false
  },
  "HPND-sell-variant-MIT-disclaimer-rev": {
    name: "HPND sell variant with MIT disclaimer - reverse",
    url: "https://github.com/sigmavirus24/x11-ssh-askpass/blob/master/dynlist.c",
    osiApproved: false
  },
  "CERN-OHL-1.2": {
    name: "CERN Open Hardware Licence v1.2",
    url: "https://www.ohwr.org/project/licenses/wikis/cern-ohl-v1.2",
    osiApproved: false
  },
  "GFDL-1.2-invariants-or-later": {
    name: "GNU Free Documentation License v1.2 or later - invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  "SGI-B-2.0": {
    name: "SGI Free Software License B v2.0",
    url: "http://oss.sgi.com/projects/FreeB/SGIFreeSWLicB.2.0.pdf",
    osiApproved: false
  },
  "Martin-Birgmeier": {
    name: "Martin Birgmeier License",
    url: "https://github.com/Perl/perl5/blob/blead/util.c#L6136",
    osiApproved: false
  },
  "LGPL-2.0+": {
    name: "GNU Library General Public License v2 or later",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html",
    osiApproved: true
  },
  WTFPL: {
    name: "Do What The F*ck You Want To Public License",
    url: "http://www.wtfpl.net/about/",
    osiApproved: false
  },
  "Zimbra-1.3": {
    name: "Zimbra Public License v1.3",
    url: "http://web.archive.org/web/20100302225219/http://www.zimbra.com/license/zimbra-public-license-1-3.html",
    osiApproved: false
  },
  "CC-BY-SA-3.0": {
    name: "Creative Commons Attribution Share Alike 3.0 Unported",
    url: "https://creativecommons.org/licenses/by-sa/3.0/legalcode",
    osiApproved: false
  },
  X11: {
    name: "X11 License",
    url: "http://www.xfree86.org/3.3.6/COPYRIGHT2.html#3",
    osiApproved: false
  },
  "BSD-3-Clause-No-Nuclear-License-2014": {
    name: "BSD 3-Clause No Nuclear License 2014",
    url: "https://java.net/projects/javaeetutorial/pages/BerkeleyLicense",
    osiApproved: false
  },
  "AFL-2.1": {
    name: "Academic Free License v2.1",
    url: "http://opensource.linux-mirror.org/licenses/afl-2.1.txt",
    osiApproved: true
  },
  CrystalStacker: {
    name: "CrystalStacker License",
    url: "https://fedoraproject.org/wiki/Licensing:CrystalStacker?rd=Licensing/CrystalStacker",
    osiApproved: false
  },
  "LZMA-SDK-9.22": {
    name: "LZMA SDK License (versions 9.22 and beyond)",
    url: "https://www.7-zip.org/sdk.html",
    osiApproved: false
  },
  diffmark: {
    name: "diffmark license",
    url: "https://fedoraproject.org/wiki/Licensing/diffmark",
    osiApproved: false
  },
  softSurfer: {
    name: "softSurfer License",
    url: "https://github.com/mm2/Little-CMS/blob/master/src/cmssm.c#L207",
    osiApproved: false
  },
  "hyphen-bulgarian": {
    name: "hyphen-bulgarian License",
    url: "https://ctan.math.illinois.edu/systems/texlive/tlnet/archive/hyphen-bulgarian.tar.xz",
    osiApproved: false
  },
  "HPND-Intel": {
    name: "Historical Permission Notice and Disclaimer - Intel variant",
    url: "https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/machine/i960/memcpy.S;hb=HEAD",
    osiApproved: false
  },
  Newsletr: {
    name: "Newsletr License",
    url: "https://fedoraproject.org/wiki/Licensing/Newsletr",
    osiApproved: false
  },
  "copyleft-next-0.3.0": {
    name: "copyleft-next 0.3.0",
    url: "https://github.com/copyleft-next/copyleft-next/blob/master/Releases/copyleft-next-0.3.0",
    osiApproved: false
  },
  iMatix: {
    name: "iMatix Standard Function Library Agreement",
    url: "http://legacy.imatix.com/html/sfl/sfl4.htm#license",
    osiApproved: false
  },
  "LPPL-1.3a": {
    name: "LaTeX Project Public License v1.3a",
    url: "http://www.latex-project.org/lppl/lppl-1-3a.txt",
    osiApproved: false
  },
  "LAL-1.3": {
    name: "Licence Art Libre 1.3",
    url: "https://artlibre.org/",
    osiApproved: false
  },
  "OLDAP-2.1": {
    name: "Open LDAP Public License v2.1",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=b0d176738e96a0d3b9f85cb51e140a86f21be715",
    osiApproved: false
  },
  Symlinks: {
    name: "Symlinks License",
    url: "https://www.mail-archive.com/debian-bugs-rc@lists.debian.org/msg11494.html",
    osiApproved: false
  },
  "OFL-1.1": {
    name: "SIL Open Font License 1.1",
    url: "http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web",
    osiApproved: true
  },
  "CC-BY-NC-ND-2.5": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic",
    url: "https://creativecommons.org/licenses/by-nc-nd/2.5/legalcode",
    osiApproved: false
  },
  "Brian-Gladman-3-Clause": {
    name: "Brian Gladman 3-Clause License",
    url: "https://github.com/SWI-Prolog/packages-clib/blob/master/sha1/brg_endian.h",
    osiApproved: false
  },
  "Artistic-1.0-cl8": {
    name: "Artistic License 1.0 w/clause 8",
    url: "https://opensource.org/licenses/Artistic-1.0",
    osiApproved: true
  },
  "AFL-3.0": {
    name: "Academic Free License v3.0",
    url: "http://www.rosenlaw.com/AFL3.0.htm",
    osiApproved: true
  },
  "MPL-1.1": {
    name: "Mozilla Public License 1.1",
    url: "http://www.mozilla.org/MPL/MPL-1.1.html",
    osiApproved: true
  },
  "HPND-SMC": {
    name: "Historical Permission Notice and Disclaimer - SMC variant",
    url: "https://docs.python.org/3/license.html#execution-tracing",
    osiApproved: false
  },
  ISC: {
    name: "ISC License",
    url: "https://www.isc.org/licenses/",
    osiApproved: true
  },
  "LGPL-2.1-only": {
    name: "GNU Lesser General Public License v2.1 only",
    url: "https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html",
    osiApproved: true
  },
  "Zimbra-1.4": {
    name: "Zimbra Public License v1.4",
    url: "http://www.zimbra.com/legal/zimbra-public-license-1-4",
    osiApproved: false
  },
  dtoa: {
    name: "David M. Gay dtoa License",
    url: "https://github.com/SWI-Prolog/swipl-devel/blob/master/src/os/dtoa.c",
    osiApproved: false
  },
  "ODC-By-1.0": {
    name: "Open Data Commons Attribution License v1.0",
    url: "https://opendatacommons.org/licenses/by/1.0/",
    osiApproved: false
  },
  "GFDL-1.1": {
    name: "GNU Free Documentation License v1.1",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  "CC-BY-ND-4.0": {
    name: "Creative Commons Attribution No Derivatives 4.0 International",
    url: "https://creativecommons.org/licenses/by-nd/4.0/legalcode",
    osiApproved: false
  },
  W3C: {
    name: "W3C Software Notice and License (2002-12-31)",
    url: "http://www.w3.org/Consortium/Legal/2002/copyright-software-20021231.html",
    osiApproved: true
  },
  "BSD-3-Clause-Open-MPI": {
    name: "BSD 3-Clause Open MPI variant",
    url: "https://www.open-mpi.org/community/license.php",
    osiApproved: true
  },
  "PSF-2.0": {
    name: "Python Software Foundation License 2.0",
    url: "https://opensource.org/licenses/Python-2.0",
    osiApproved: false
  },
  "GPL-2.0-or-later": {
    name: "GNU General Public License v2.0 or later",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html",
    osiApproved: true
  },
  "CC-BY-NC-3.0-DE": {
    name: "Creative Commons Attribution Non Commercial 3.0 Germany",
    url: "https://creativecommons.org/licenses/by-nc/3.0/de/legalcode",
    osiApproved: false
  },
  "ESA-PL-strong-copyleft-2.4": {
    name: "European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)",
    url: "https://essr.esa.int/license/european-space-agency-public-license-v2-4-strong-copyleft-type-1",
    osiApproved: false
  },
  "bcrypt-Solar-Designer": {
    name: "bcrypt Solar Designer License",
    url: "https://github.com/bcrypt-ruby/bcrypt-ruby/blob/master/ext/mri/crypt_blowfish.c",
    osiApproved: false
  },
  "AFL-1.2": {
    name: "Academic Free License v1.2",
    url: "http://opensource.linux-mirror.org/licenses/afl-1.2.txt",
    osiApproved: true
  },
  "AFL-2.0": {
    name: "Academic Free License v2.0",
    url: "http://wayback.archive.org/web/20060924134533/http://www.opensource.org/licenses/afl-2.0.txt",
    osiApproved: true
  },
  "BSD-4.3TAHOE": {
    name: "BSD 4.3 TAHOE License",
    url: "https://github.com/389ds/389-ds-base/blob/main/ldap/include/sysexits-compat.h#L15",
    osiApproved: false
  },
  LOOP: {
    name: "Common Lisp LOOP License",
    url: "https://gitlab.com/embeddable-common-lisp/ecl/-/blob/develop/src/lsp/loop.lsp",
    osiApproved: false
  },
  "GFDL-1.3": {
    name: "GNU Free Documentation License v1.3",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  "SGI-OpenGL": {
    name: "SGI OpenGL License",
    url: "https://gitlab.freedesktop.org/mesa/glw/-/blob/master/README?ref_type=heads",
    osiApproved: false
  },
  "Unicode-DFS-2016": {
    name: "Unicode License Agreement - Data Files and Software (2016)",
    url: "https://www.unicode.org/license.txt",
    osiApproved: true
  },
  ClArtistic: {
    name: "Clarified Artistic License",
    url: "http://gianluca.dellavedova.org/2011/01/03/clarified-artistic-license/",
    osiApproved: false
  },
  "PolyForm-Small-Business-1.0.0": {
    name: "PolyForm Small Business License 1.0.0",
    url: "https://polyformproject.org/licenses/small-business/1.0.0",
    osiApproved: false
  },
  "PHP-3.0": {
    name: "PHP License v3.0",
    url: "http://www.php.net/license/3_0.txt",
    osiApproved: true
  },
  "HPND-export-US-acknowledgement": {
    name: "HPND with US Government export control warning and acknowledgment",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L831-L852",
    osiApproved: false
  },
  "SISSL-1.2": {
    name: "Sun Industry Standards Source License v1.2",
    url: "http://gridscheduler.sourceforge.net/Gridengine_SISSL_license.html",
    osiApproved: false
  },
  "CC-BY-NC-ND-1.0": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic",
    url: "https://creativecommons.org/licenses/by-nd-nc/1.0/legalcode",
    osiApproved: false
  },
  IPA: {
    name: "IPA Font License",
    url: "https://opensource.org/licenses/IPA",
    osiApproved: true
  },
  DSDP: {
    name: "DSDP License",
    url: "https://fedoraproject.org/wiki/Licensing/DSDP",
    osiApproved: false
  },
  "LiLiQ-Rplus-1.1": {
    name: "Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 forte version 1.1",
    url: "https://www.forge.gouv.qc.ca/participez/licence-logicielle/licence-libre-du-quebec-liliq-en-francais/licence-libre-du-quebec-reciprocite-forte-liliq-r-v1-1/",
    osiApproved: true
  },
  "Advanced-Cryptics-Dictionary": {
    name: "Advanced Cryptics Dictionary License",
    url: "https://ftp.gnu.org/gnu/aspell/dict/en/aspell6-en-2020.12.07-0.tar.bz2",
    osiApproved: false
  },
  "Ferguson-Twofish": {
    name: "Ferguson Twofish License",
    url: "https://github.com/wernerd/ZRTPCPP/blob/6b3cd8e6783642292bad0c21e3e5e5ce45ff3e03/cryptcommon/twofish.c#L113C3-L127",
    osiApproved: false
  },
  "W3C-20150513": {
    name: "W3C Software Notice and Document License (2015-05-13)",
    url: "https://www.w3.org/Consortium/Legal/2015/copyright-software-and-document",
    osiApproved: true
  },
  NCL: {
    name: "NCL Source Code License",
    url: "https://gitlab.freedesktop.org/pipewire/pipewire/-/blob/master/src/modules/module-filter-chain/pffft.c?ref_type=heads#L1-52",
    osiApproved: false
  },
  "BlueOak-1.0.0": {
    name: "Blue Oak Model License 1.0.0",
    url: "https://blueoakcouncil.org/license/1.0.0",
    osiApproved: true
  },
  SMPPL: {
    name: "Secure Messaging Protocol Public License",
    url: "https://github.com/dcblake/SMP/blob/master/Documentation/License.txt",
    osiApproved: false
  },
  "gSOAP-1.3b": {
    name: "gSOAP Public License v1.3b",
    url: "http://www.cs.fsu.edu/~engelen/license.html",
    osiApproved: false
  },
  "Vixie-Cron": {
    name: "Vixie Cron License",
    url: "https://github.com/vixie/cron/tree/545b3f5246824a9cda5905eeb7cf019c95e66995",
    osiApproved: false
  },
  "ZPL-2.0": {
    name: "Zope Public License 2.0",
    url: "http://old.zope.org/Resources/License/ZPL-2.0",
    osiApproved: true
  },
  "EPL-2.0": {
    name: "Eclipse Public License 2.0",
    url: "https://www.eclipse.org/legal/epl-2.0",
    osiApproved: true
  },
  "MPL-2.0-no-copyleft-exception": {
    name: "Mozilla Public License 2.0 (no copyleft exception)",
    url: "https://www.mozilla.org/MPL/2.0/",
    osiApproved: true
  },
  "Brian-Gladman-2-Clause": {
    name: "Brian Gladman 2-Clause License",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L140-L156",
    osiApproved: false
  },
  Soundex: {
    name: "Soundex License",
    url: "https://metacpan.org/release/RJBS/Text-Soundex-3.05/source/Soundex.pm#L3-11",
    osiApproved: false
  },
  "BSD-2-Clause-first-lines": {
    name: "BSD 2-Clause - first lines requirement",
    url: "https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L664-L690",
    osiApproved: false
  },
  Bahyph: {
    name: "Bahyph License",
    url: "https://fedoraproject.org/wiki/Licensing/Bahyph",
    osiApproved: false
  },
  "GPL-1.0-or-later": {
    name: "GNU General Public License v1.0 or later",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html",
    osiApproved: false
  },
  "SSPL-1.0": {
    name: "Server Side Public License, v 1",
    url: "https://www.mongodb.com/licensing/server-side-public-license",
    osiApproved: false
  },
  "CC-BY-NC-ND-3.0-DE": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany",
    url: "https://creativecommons.org/licenses/by-nc-nd/3.0/de/legalcode",
    osiApproved: false
  },
  "HPND-Fenneberg-Livingston": {
    name: "Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant",
    url: "https://github.com/FreeRADIUS/freeradius-client/blob/master/COPYRIGHT#L32",
    osiApproved: false
  },
  "HPND-UC-export-US": {
    name: "Historical Permission Notice and Disclaimer - University of California, US export warning",
    url: "https://github.com/RTimothyEdwards/magic/blob/master/LICENSE",
    osiApproved: false
  },
  "TPL-1.0": {
    name: "THOR Public License 1.0",
    url: "https://fedoraproject.org/wiki/Licensing:ThorPublicLicense",
    osiApproved: false
  },
  "LPL-1.02": {
    name: "Lucent Public License v1.02",
    url: "http://plan9.bell-labs.com/plan9/license.html",
    osiApproved: true
  },
  Xerox: {
    name: "Xerox License",
    url: "https://fedoraproject.org/wiki/Licensing/Xerox",
    osiApproved: false
  },
  "BSD-Attribution-HPND-disclaimer": {
    name: "BSD with Attribution and HPND disclaimer",
    url: "https://github.com/cyrusimap/cyrus-sasl/blob/master/COPYING",
    osiApproved: false
  },
  "CC-BY-3.0-AT": {
    name: "Creative Commons Attribution 3.0 Austria",
    url: "https://creativecommons.org/licenses/by/3.0/at/legalcode",
    osiApproved: false
  },
  "Zend-2.0": {
    name: "Zend License v2.0",
    url: "https://web.archive.org/web/20130517195954/http://www.zend.com/license/2_00.txt",
    osiApproved: false
  },
  "BSD-2-Clause-FreeBSD": {
    name: "BSD 2-Clause FreeBSD License",
    url: "http://www.freebsd.org/copyright/freebsd-license.html",
    osiApproved: false
  },
  "RSA-MD": {
    name: "RSA Message-Digest License",
    url: "http://www.faqs.org/rfcs/rfc1321.html",
    osiApproved: false
  },
  "TCP-wrappers": {
    name: "TCP Wrappers License",
    url: "http://rc.quest.com/topics/openssh/license.php#tcpwrappers",
    osiApproved: false
  },
  "Lucida-Bitmap-Fonts": {
    name: "Lucida Bitmap Fonts License",
    url: "https://gitlab.freedesktop.org/xorg/font/bh-100dpi/-/blob/master/COPYING?ref_type=heads",
    osiApproved: false
  },
  "LPPL-1.2": {
    name: "LaTeX Project Public License v1.2",
    url: "http://www.latex-project.org/lppl/lppl-1-2.txt",
    osiApproved: false
  },
  "HPND-sell-variant-MIT-disclaimer": {
    name: "HPND sell variant with MIT disclaimer",
    url: "https://github.com/sigmavirus24/x11-ssh-askpass/blob/master/README",
    osiApproved: false
  },
  Barr: {
    name: "Barr License",
    url: "https://fedoraproject.org/wiki/Licensing/Barr",
    osiApproved: false
  },
  "CERN-OHL-W-2.0": {
    name: "CERN Open Hardware Licence Version 2 - Weakly Reciprocal",
    url: "https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2",
    osiApproved: true
  },
  "CC-BY-NC-SA-2.0": {
    name: "Creative Commons Attribution Non Commercial Share Alike 2.0 Generic",
    url: "https://creativecommons.org/licenses/by-nc-sa/2.0/legalcode",
    osiApproved: false
  },
  "SGI-B-1.0": {
    name: "SGI Free Software License B v1.0",
    url: "http://oss.sgi.com/projects/FreeB/SGIFreeSWLicB.1.0.html",
    osiApproved: false
  },
  Multics: {
    name: "Multics License",
    url: "https://opensource.org/licenses/Multics",
    osiApproved: true
  },
  TekHVC: {
    name: "TekHVC License",
    url: "https://gitlab.freedesktop.org/xorg/lib/libx11/-/blob/master/COPYING?ref_type=heads#L138-171",
    osiApproved: false
  },
  GD: {
    name: "GD License",
    url: "https://libgd.github.io/manuals/2.3.0/files/license-txt.html",
    osiApproved: false
  },
  "NCBI-PD": {
    name: "NCBI Public Domain Notice",
    url: "https://github.com/ncbi/sra-tools/blob/e8e5b6af4edc460156ad9ce5902d0779cffbf685/LICENSE",
    osiApproved: false
  },
  "CC-BY-NC-ND-4.0": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 4.0 International",
    url: "https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode",
    osiApproved: false
  },
  "Sendmail-8.23": {
    name: "Sendmail License 8.23",
    url: "https://www.proofpoint.com/sites/default/files/sendmail-license.pdf",
    osiApproved: false
  },
  dvipdfm: {
    name: "dvipdfm License",
    url: "https://fedoraproject.org/wiki/Licensing/dvipdfm",
    osiApproved: false
  },
  "GPL-3.0-with-GCC-exception": {
    name: "GNU General Public License v3.0 w/GCC Runtime Library exception",
    url: "https://www.gnu.org/licenses/gcc-exception-3.1.html",
    osiApproved: true
  },
  "MIT-open-group": {
    name: "MIT Open Group variant",
    url: "https://gitlab.freedesktop.org/xorg/app/iceauth/-/blob/master/COPYING",
    osiApproved: false
  },
  "LGPL-3.0+": {
    name: "GNU Lesser General Public License v3.0 or later",
    url: "https://www.gnu.org/licenses/lgpl-3.0-standalone.html",
    osiApproved: true
  },
  "GFDL-1.1-no-invariants-only": {
    name: "GNU Free Documentation License v1.1 only - no invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  "CC-BY-SA-1.0": {
    name: "Creative Commons Attribution Share Alike 1.0 Generic",
    url: "https://creativecommons.org/licenses/by-sa/1.0/legalcode",
    osiApproved: false
  },
  "OLDAP-1.1": {
    name: "Open LDAP Public License v1.1",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=806557a5ad59804ef3a44d5abfbe91d706b0791f",
    osiApproved: false
  },
  Afmparse: {
    name: "Afmparse License",
    url: "https://fedoraproject.org/wiki/Licensing/Afmparse",
    osiApproved: false
  },
  HaskellReport: {
    name: "Haskell Language Report License",
    url: "https://fedoraproject.org/wiki/Licensing/Haskell_Language_Report_License",
    osiApproved: false
  },
  DOC: {
    name: "DOC License",
    url: "http://www.cs.wustl.edu/~schmidt/ACE-copying.html",
    osiApproved: false
  },
  "LGPL-3.0-or-later": {
    name: "GNU Lesser General Public License v3.0 or later",
    url: "https://www.gnu.org/licenses/lgpl-3.0-standalone.html",
    osiApproved: true
  },
  Baekmuk: {
    name: "Baekmuk License",
    url: "https://fedoraproject.org/wiki/Licensing:Baekmuk?rd=Licensing/Baekmuk",
    osiApproved: false
  },
  EUDatagrid: {
    name: "EU DataGrid Software License",
    url: "http://eu-datagrid.web.cern.ch/eu-datagrid/license.html",
    osiApproved: true
  },
  "Condor-1.1": {
    name: "Condor Public License v1.1",
    url: "http://research.cs.wisc.edu/condor/license.html#condor",
    osiApproved: false
  },
  "CDLA-Sharing-1.0": {
    name: "Community Data License Agreement Sharing 1.0",
    url: "https://cdla.io/sharing-1-0",
    osiApproved: false
  },
  WTFNMFPL: {
    name: "Do What The F*ck You Want To But It's Not My Fault Public License",
    url: "https://github.com/adversary-org/wtfnmf/raw/refs/tags/1.0/COPYING.WTFNMFPL",
    osiApproved: false
  },
  "X11-swapped": {
    name: "X11 swapped final paragraphs",
    url: "https://github.com/fedeinthemix/chez-srfi/blob/master/srfi/LICENSE",
    osiApproved: false
  },
  "CC-BY-ND-3.0-DE": {
    name: "Creative Commons Attribution No Derivatives 3.0 Germany",
    url: "https://creativecommons.org/licenses/by-nd/3.0/de/legalcode",
    osiApproved: false
  },
  RSCPL: {
    name: "Ricoh Source Code Public License",
    url: "http://wayback.archive.org/web/20060715140826/http://www.risource.org/RPL/RPL-1.0A.shtml",
    osiApproved: true
  },
  "DocBook-XML": {
    name: "DocBook XML License",
    url: "https://github.com/docbook/xslt10-stylesheets/blob/efd62655c11cc8773708df7a843613fa1e932bf8/xsl/COPYING#L27",
    osiApproved: false
  },
  GLWTPL: {
    name: "Good Luck With That Public License",
    url: "https://github.com/me-shaon/GLWTPL/commit/da5f6bc734095efbacb442c0b31e33a65b9d6e85",
    osiApproved: false
  },
  "CC-PDDC": {
    name: "Creative Commons Public Domain Dedication and Certification",
    url: "https://creativecommons.org/licenses/publicdomain/",
    osiApproved: false
  },
  "BSD-3-Clause-Attribution": {
    name: "BSD with attribution",
    url: "https://fedoraproject.org/wiki/Licensing/BSD_with_Attribution",
    osiApproved: false
  },
  Sleepycat: {
    name: "Sleepycat License",
    url: "https://opensource.org/licenses/Sleepycat",
    osiApproved: true
  },
  "DRL-1.0": {
    name: "Detection Rule License 1.0",
    url: "https://github.com/Neo23x0/sigma/blob/master/LICENSE.Detection.Rules.md",
    osiApproved: false
  },
  JPNIC: {
    name: "Japan Network Information Center License",
    url: "https://gitlab.isc.org/isc-projects/bind9/blob/master/COPYRIGHT#L366",
    osiApproved: false
  },
  "BSD-3-Clause-Clear": {
    name: "BSD 3-Clause Clear License",
    url: "http://labs.metacarta.com/license-explanation.html#license",
    osiApproved: false
  },
  "Boehm-GC-without-fee": {
    name: "Boehm-Demers-Weiser GC License (without fee)",
    url: "https://github.com/MariaDB/server/blob/11.6/libmysqld/lib_sql.cc",
    osiApproved: false
  },
  "APSL-1.2": {
    name: "Apple Public Source License 1.2",
    url: "http://www.samurajdata.se/opensource/mirror/licenses/apsl.php",
    osiApproved: true
  },
  "MPEG-SSG": {
    name: "MPEG Software Simulation",
    url: "https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/converter/ppm/ppmtompeg/jrevdct.c#l1189",
    osiApproved: false
  },
  "BSD-Inferno-Nettverk": {
    name: "BSD-Inferno-Nettverk",
    url: "https://www.inet.no/dante/LICENSE",
    osiApproved: false
  },
  Dotseqn: {
    name: "Dotseqn License",
    url: "https://fedoraproject.org/wiki/Licensing/Dotseqn",
    osiApproved: false
  },
  "CPL-1.0": {
    name: "Common Public License 1.0",
    url: "https://opensource.org/licenses/CPL-1.0",
    osiApproved: true
  },
  "HP-1986": {
    name: "Hewlett-Packard 1986 License",
    url: "https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/machine/hppa/memchr.S;h=1cca3e5e8867aa4bffef1f75a5c1bba25c0c441e;hb=HEAD#l2",
    osiApproved: false
  },
  "CC-BY-NC-3.0": {
    name: "Creative Commons Attribution Non Commercial 3.0 Unported",
    url: "https://creativecommons.org/licenses/by-nc/3.0/legalcode",
    osiApproved: false
  },
  "GFDL-1.1-invariants-only": {
    name: "GNU Free Documentation License v1.1 only - invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  TPDL: {
    name: "Time::ParseDate License",
    url: "https://metacpan.org/pod/Time::ParseDate#LICENSE",
    osiApproved: false
  },
  "APSL-1.1": {
    name: "Apple Public Source License 1.1",
    url: "http://www.opensource.apple.com/source/IOSerialFamily/IOSerialFamily-7/APPLE_LICENSE",
    osiApproved: true
  },
  "BSL-1.0": {
    name: "Boost Software License 1.0",
    url: "http://www.boost.org/LICENSE_1_0.txt",
    osiApproved: true
  },
  "xkeyboard-config-Zinoviev": {
    name: "xkeyboard-config Zinoviev License",
    url: "https://gitlab.freedesktop.org/xkeyboard-config/xkeyboard-config/-/blob/master/COPYING?ref_type=heads#L178",
    osiApproved: false
  },
  XSkat: {
    name: "XSkat License",
    url: "https://fedoraproject.org/wiki/Licensing/XSkat_License",
    osiApproved: false
  },
  PADL: {
    name: "PADL License",
    url: "https://git.openldap.org/openldap/openldap/-/blob/master/libraries/libldap/os-local.c?ref_type=heads#L19-23",
    osiApproved: false
  },
  "FDK-AAC": {
    name: "Fraunhofer FDK AAC Codec Library",
    url: "https://fedoraproject.org/wiki/Licensing/FDK-AAC",
    osiApproved: false
  },
  "CPOL-1.02": {
    name: "Code Project Open License 1.02",
    url: "http://www.codeproject.com/info/cpol10.aspx",
    osiApproved: false
  },
  "MIT-Khronos-old": {
    name: "MIT Khronos - old variant",
    url: "https://github.com/KhronosGroup/SPIRV-Cross/blob/main/LICENSES/LicenseRef-KhronosFreeUse.txt",
    osiApproved: false
  },
  "bzip2-1.0.5": {
    name: "bzip2 and libbzip2 License v1.0.5",
    url: "https://sourceware.org/bzip2/1.0.5/bzip2-manual-1.0.5.html",
    osiApproved: false
  },
  "bzip2-1.0.6": {
    name: "bzip2 and libbzip2 License v1.0.6",
    url: "https://sourceware.org/git/?p=bzip2.git;a=blob;f=LICENSE;hb=bzip2-1.0.6",
    osiApproved: false
  },
  "CC-BY-NC-ND-3.0": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported",
    url: "https://creativecommons.org/licenses/by-nc-nd/3.0/legalcode",
    osiApproved: false
  },
  "BSD-3-Clause-No-Nuclear-Warranty": {
    name: "BSD 3-Clause No Nuclear Warranty",
    url: "https://jogamp.org/git/?p=gluegen.git;a=blob_plain;f=LICENSE.txt",
    osiApproved: false
  },
  "O-UDA-1.0": {
    name: "Open Use of Data Agreement v1.0",
    url: "https://github.com/microsoft/Open-Use-of-Data-Agreement/blob/v1.0/O-UDA-1.0.md",
    osiApproved: false
  },
  "ZPL-2.1": {
    name: "Zope Public License 2.1",
    url: "http://old.zope.org/Resources/ZPL/",
    osiApproved: true
  },
  "Spencer-94": {
    name: "Spencer License 94",
    url: "https://fedoraproject.org/wiki/Licensing/Henry_Spencer_Reg-Ex_Library_License",
    osiApproved: false
  },
  "Artistic-dist": {
    name: "Artistic License 1.0 (dist)",
    url: "https://github.com/pexip/os-perl/blob/833cf4c86cc465ccfc627ff16db67e783156a248/debian/copyright#L2720-L2845",
    osiApproved: false
  },
  "BOLA-1.1": {
    name: "Buena Onda License Agreement v1.1",
    url: "https://blitiri.com.ar/p/bola/",
    osiApproved: false
  },
  "OLDAP-1.3": {
    name: "Open LDAP Public License v1.3",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=e5f8117f0ce088d0bd7a8e18ddf37eaa40eb09b1",
    osiApproved: false
  },
  Zed: {
    name: "Zed License",
    url: "https://fedoraproject.org/wiki/Licensing/Zed",
    osiApproved: false
  },
  "MIT-enna": {
    name: "enna License",
    url: "https://fedoraproject.org/wiki/Licensing/MIT#enna",
    osiApproved: false
  },
  "ASWF-Digital-Assets-1.1": {
    name: "ASWF Digital Assets License 1.1",
    url: "https://github.com/AcademySoftwareFoundation/foundation/blob/main/digital_assets/aswf_digital_assets_license_v1.1.txt",
    osiApproved: false
  },
  "Linux-man-pages-copyleft-2-para": {
    name: "Linux man-pages Copyleft - 2 paragraphs",
    url: "https://git.kernel.org/pub/scm/docs/man-pages/man-pages.git/tree/man2/move_pages.2#n5",
    osiApproved: false
  },
  "RHeCos-1.1": {
    name: "Red Hat eCos Public License v1.1",
    url: "http://ecos.sourceware.org/old-license.html",
    osiApproved: false
  },
  radvd: {
    name: "radvd License",
    url: "https://github.com/radvd-project/radvd/blob/master/COPYRIGHT",
    osiApproved: false
  },
  "cve-tou": {
    name: "Common Vulnerability Enumeration ToU License",
    url: "https://www.cve.org/Legal/TermsOfUse",
    osiApproved: false
  },
  AML: {
    name: "Apple MIT License",
    url: "https://fedoraproject.org/wiki/Licensing/Apple_MIT_License",
    osiApproved: false
  },
  SOFA: {
    name: "SOFA Software License",
    url: "http://www.iausofa.org/tandc.html",
    osiApproved: false
  },
  blessing: {
    name: "SQLite Blessing",
    url: "https://www.sqlite.org/src/artifact/e33a4df7e32d742a?ln=4-9",
    osiApproved: false
  },
  "EUPL-1.1": {
    name: "European Union Public License 1.1",
    url: "https://joinup.ec.europa.eu/software/page/eupl/licence-eupl",
    osiApproved: true
  },
  "CERN-OHL-S-2.0": {
    name: "CERN Open Hardware Licence Version 2 - Strongly Reciprocal",
    url: "https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2",
    osiApproved: true
  },
  "CC-BY-SA-2.0": {
    name: "Creative Commons Attribution Share Alike 2.0 Generic",
    url: "https://creativecommons.org/licenses/by-sa/2.0/legalcode",
    osiApproved: false
  },
  "CAPEC-tou": {
    name: "Common Attack    Pattern Enumeration and Classification License",
    url: "https://capec.mitre.org/about/termsofuse.html",
    osiApproved: false
  },
  "CUA-OPL-1.0": {
    name: "CUA Office Public License v1.0",
    url: "https://opensource.org/licenses/CUA-OPL-1.0",
    osiApproved: true
  },
  "PolyForm-Noncommercial-1.0.0": {
    name: "PolyForm Noncommercial License 1.0.0",
    url: "https://polyformproject.org/licenses/noncommercial/1.0.0",
    osiApproved: false
  },
  "XFree86-1.1": {
    name: "XFree86 License 1.1",
    url: "http://www.xfree86.org/current/LICENSE4.html",
    osiApproved: false
  },
  "ParaType-Free-Font-1.3": {
    name: "ParaType Free Font Licensing Agreement v1.3",
    url: "https://web.archive.org/web/20161209023955/http://www.paratype.ru/public/pt_openlicense_eng.asp",
    osiApproved: false
  },
  "OGDL-Taiwan-1.0": {
    name: "Taiwan Open Government Data License, version 1.0",
    url: "https://data.gov.tw/license",
    osiApproved: false
  },
  "ODbL-1.0": {
    name: "Open Data Commons Open Database License v1.0",
    url: "http://www.opendatacommons.org/licenses/odbl/1.0/",
    osiApproved: false
  },
  "SPL-1.0": {
    name: "Sun Public License v1.0",
    url: "https://opensource.org/licenses/SPL-1.0",
    osiApproved: true
  },
  "Linux-man-pages-copyleft-var": {
    name: "Linux man-pages Copyleft Variant",
    url: "https://git.kernel.org/pub/scm/docs/man-pages/man-pages.git/tree/man2/set_mempolicy.2#n5",
    osiApproved: false
  },
  "Widget-Workshop": {
    name: "Widget Workshop License",
    url: "https://github.com/novnc/noVNC/blob/master/core/crypto/des.js#L24",
    osiApproved: false
  },
  "Artistic-2.0": {
    name: "Artistic License 2.0",
    url: "http://www.perlfoundation.org/artistic_license_2_0",
    osiApproved: true
  },
  "LiLiQ-R-1.1": {
    name: "Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 version 1.1",
    url: "https://www.forge.gouv.qc.ca/participez/licence-logicielle/licence-libre-du-quebec-liliq-en-francais/licence-libre-du-quebec-reciprocite-liliq-r-v1-1/",
    osiApproved: true
  },
  "Parity-7.0.0": {
    name: "The Parity Public License 7.0.0",
    url: "https://paritylicense.com/versions/7.0.0.html",
    osiApproved: false
  },
  xinetd: {
    name: "xinetd License",
    url: "https://fedoraproject.org/wiki/Licensing/Xinetd_License",
    osiApproved: false
  },
  "AGPL-1.0": {
    name: "Affero General Public License v1.0",
    url: "http://www.affero.org/oagpl.html",
    osiApproved: false
  },
  "NPL-1.1": {
    name: "Netscape Public License v1.1",
    url: "http://www.mozilla.org/MPL/NPL/1.1/",
    osiApproved: false
  },
  Gutmann: {
    name: "Gutmann License",
    url: "https://www.cs.auckland.ac.nz/~pgut001/dumpasn1.c",
    osiApproved: false
  },
  "CC-BY-NC-ND-2.0": {
    name: "Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic",
    url: "https://creativecommons.org/licenses/by-nc-nd/2.0/legalcode",
    osiApproved: false
  },
  "Linux-OpenIB": {
    name: "Linux Kernel Variant of OpenIB.org license",
    url: "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/drivers/infiniband/core/sa.h",
    osiApproved: false
  },
  "CC-BY-4.0": {
    name: "Creative Commons Attribution 4.0 International",
    url: "https://creativecommons.org/licenses/by/4.0/legalcode",
    osiApproved: false
  },
  "SGMLUG-PM": {
    name: "SGMLUG Parser Materials License",
    url: "https://gitweb.gentoo.org/repo/gentoo.git/tree/licenses/SGMLUG?id=7d999af4a47bf55e53e54713d98d145f935935c1",
    osiApproved: false
  },
  Pixar: {
    name: "Pixar License",
    url: "https://github.com/PixarAnimationStudios/OpenSubdiv/raw/v3_5_0/LICENSE.txt",
    osiApproved: false
  },
  "DocBook-Stylesheet": {
    name: "DocBook Stylesheet License",
    url: "http://www.docbook.org/xml/5.0/docbook-5.0.zip",
    osiApproved: false
  },
  "IJG-short": {
    name: "Independent JPEG Group License - short",
    url: "https://sourceforge.net/p/xmedcon/code/ci/master/tree/libs/ljpg/",
    osiApproved: false
  },
  AMDPLPA: {
    name: "AMD's plpa_map.c License",
    url: "https://fedoraproject.org/wiki/Licensing/AMD_plpa_map_License",
    osiApproved: false
  },
  "CERN-OHL-P-2.0": {
    name: "CERN Open Hardware Licence Version 2 - Permissive",
    url: "https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2",
    osiApproved: true
  },
  "GFDL-1.3-no-invariants-only": {
    name: "GNU Free Documentation License v1.3 only - no invariants",
    url: "https://www.gnu.org/licenses/fdl-1.3.txt",
    osiApproved: false
  },
  SCEA: {
    name: "SCEA Shared Source License",
    url: "http://research.scea.com/scea_shared_source_license.html",
    osiApproved: false
  },
  OGTSL: {
    name: "Open Group Test Suite License",
    url: "http://www.opengroup.org/testing/downloads/The_Open_Group_TSL.txt",
    osiApproved: true
  },
  "BSD-3-Clause-Tso": {
    name: "BSD 3-Clause Tso variant",
    url: "https://www.x.org/archive/current/doc/xorg-docs/License.html#Theodore_Tso",
    osiApproved: false
  },
  "MIT-testregex": {
    name: "MIT testregex Variant",
    url: "https://github.com/dotnet/runtime/blob/55e1ac7c07df62c4108d4acedf78f77574470ce5/src/libraries/System.Text.RegularExpressions/tests/FunctionalTests/AttRegexTests.cs#L12-L28",
    osiApproved: false
  },
  SL: {
    name: "SL License",
    url: "https://github.com/mtoyoda/sl/blob/master/LICENSE",
    osiApproved: false
  },
  "GFDL-1.1-no-invariants-or-later": {
    name: "GNU Free Documentation License v1.1 or later - no invariants",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt",
    osiApproved: false
  },
  "HPND-Pbmplus": {
    name: "Historical Permission Notice and Disclaimer - Pbmplus variant",
    url: "https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/netpbm.c#l8",
    osiApproved: false
  },
  Imlib2: {
    name: "Imlib2 License",
    url: "http://trac.enlightenment.org/e/browser/trunk/imlib2/COPYING",
    osiApproved: false
  },
  UCAR: {
    name: "UCAR License",
    url: "https://github.com/Unidata/UDUNITS-2/blob/master/COPYRIGHT",
    osiApproved: false
  },
  Naumen: {
    name: "Naumen Public License",
    url: "https://opensource.org/licenses/Naumen",
    osiApproved: true
  },
  "Unicode-TOU": {
    name: "Unicode Terms of Use",
    url: "http://web.archive.org/web/20140704074106/http://www.unicode.org/copyright.html",
    osiApproved: false
  },
  lsof: {
    name: "lsof License",
    url: "https://github.com/lsof-org/lsof/blob/master/COPYING",
    osiApproved: false
  },
  "AGPL-1.0-only": {
    name: "Affero General Public License v1.0 only",
    url: "http://www.affero.org/oagpl.html",
    osiApproved: false
  },
  TrustedQSL: {
    name: "TrustedQSL License",
    url: "https://sourceforge.net/p/trustedqsl/tqsl/ci/master/tree/LICENSE.txt",
    osiApproved: false
  },
  "CDDL-1.1": {
    name: "Common Development and Distribution License 1.1",
    url: "http://glassfish.java.net/public/CDDL+GPL_1_1.html",
    osiApproved: false
  },
  "OLDAP-2.2": {
    name: "Open LDAP Public License v2.2",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=470b0c18ec67621c85881b2733057fecf4a1acc3",
    osiApproved: false
  },
  Zlib: {
    name: "zlib License",
    url: "http://www.zlib.net/zlib_license.html",
    osiApproved: true
  },
  "JasPer-2.0": {
    name: "JasPer License",
    url: "http://www.ece.uvic.ca/~mdadams/jasper/LICENSE",
    osiApproved: false
  },
  "GPL-3.0-with-autoconf-exception": {
    name: "GNU General Public License v3.0 w/Autoconf exception",
    url: "https://www.gnu.org/licenses/autoconf-exception-3.0.html",
    osiApproved: false
  },
  "NLOD-1.0": {
    name: "Norwegian Licence for Open Government Data (NLOD) 1.0",
    url: "http://data.norge.no/nlod/en/1.0",
    osiApproved: false
  },
  "HPND-sell-regexpr": {
    name: "Historical Permission Notice and Disclaimer - sell regexpr variant",
    url: "https://gitlab.com/bacula-org/bacula/-/blob/Branch-11.0/bacula/LICENSE-FOSS?ref_type=heads#L245",
    osiApproved: false
  },
  PPL: {
    name: "Peer Production License",
    url: "https://wiki.p2pfoundation.net/Peer_Production_License",
    osiApproved: false
  },
  "SGI-B-1.1": {
    name: "SGI Free Software License B v1.1",
    url: "http://oss.sgi.com/projects/FreeB/",
    osiApproved: false
  },
  "GFDL-1.2-or-later": {
    name: "GNU Free Documentation License v1.2 or later",
    url: "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt",
    osiApproved: false
  },
  "Graphics-Gems": {
    name: "Graphics Gems License",
    url: "https://github.com/erich666/GraphicsGems/blob/master/LICENSE.md",
    osiApproved: false
  },
  "OSL-1.0": {
    name: "Open Software License 1.0",
    url: "https://opensource.org/licenses/OSL-1.0",
    osiApproved: true
  },
  Sendmail: {
    name: "Sendmail License",
    url: "http://www.sendmail.com/pdfs/open_source/sendmail_license.pdf",
    osiApproved: false
  },
  Kastrup: {
    name: "Kastrup License",
    url: "https://ctan.math.utah.edu/ctan/tex-archive/macros/generic/kastrup/binhex.dtx",
    osiApproved: false
  },
  "OSL-2.0": {
    name: "Open Software License 2.0",
    url: "http://web.archive.org/web/20041020171434/http://www.rosenlaw.com/osl2.0.html",
    osiApproved: true
  },
  "StandardML-NJ": {
    name: "Standard ML of New Jersey License",
    url: "https://www.smlnj.org/license.html",
    osiApproved: false
  },
  "Ruby-pty": {
    name: "Ruby pty extension license",
    url: "https://github.com/ruby/ruby/blob/9f6deaa6888a423720b4b127b5314f0ad26cc2e6/ext/pty/pty.c#L775-L786",
    osiApproved: false
  },
  "LPPL-1.3c": {
    name: "LaTeX Project Public License v1.3c",
    url: "http://www.latex-project.org/lppl/lppl-1-3c.txt",
    osiApproved: true
  },
  "Bitstream-Vera": {
    name: "Bitstream Vera Font License",
    url: "https://web.archive.org/web/20080207013128/http://www.gnome.org/fonts/",
    osiApproved: false
  },
  "CC-SA-1.0": {
    name: "Creative Commons Share Alike 1.0 Generic",
    url: "https://creativecommons.org/licenses/sa/1.0/legalcode",
    osiApproved: false
  },
  NetCDF: {
    name: "NetCDF license",
    url: "http://www.unidata.ucar.edu/software/netcdf/copyright.html",
    osiApproved: false
  },
  "Apache-1.0": {
    name: "Apache License 1.0",
    url: "http://www.apache.org/licenses/LICENSE-1.0",
    osiApproved: false
  },
  "Watcom-1.0": {
    name: "Sybase Open Watcom Public License 1.0",
    url: "https://opensource.org/licenses/Watcom-1.0",
    osiApproved: true
  },
  "HPND-sell-variant-critical-systems": {
    name: "HPND - sell variant with safety critical systems clause",
    url: "https://gitlab.freedesktop.org/xorg/driver/xf86-video-voodoo/-/blob/68a5b6d98ae34749cca889f4373b4043d00bfe6a/src/voodoo_dga.c#L12-33",
    osiApproved: false
  },
  threeparttable: {
    name: "threeparttable License",
    url: "https://fedoraproject.org/wiki/Licensing/Threeparttable",
    osiApproved: false
  },
  "AGPL-3.0-only": {
    name: "GNU Affero General Public License v3.0 only",
    url: "https://www.gnu.org/licenses/agpl.txt",
    osiApproved: true
  },
  eGenix: {
    name: "eGenix.com Public License 1.1.0",
    url: "http://www.egenix.com/products/eGenix.com-Public-License-1.1.0.pdf",
    osiApproved: false
  },
  "OpenMDW-1.0": {
    name: "OpenMDW License Agreement v1.0",
    url: "https://raw.githubusercontent.com/OpenMDW/OpenMDW/refs/heads/main/1.0/LICENSE.openmdw",
    osiApproved: false
  },
  Furuseth: {
    name: "Furuseth License",
    url: "https://git.openldap.org/openldap/openldap/-/blob/master/COPYRIGHT?ref_type=heads#L39-51",
    osiApproved: false
  },
  "OLDAP-2.0": {
    name: "Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=cbf50f4e1185a21abd4c0a54d3f4341fe28f36ea",
    osiApproved: false
  },
  "ErlPL-1.1": {
    name: "Erlang Public License v1.1",
    url: "http://www.erlang.org/EPLICENSE",
    osiApproved: false
  },
  CFITSIO: {
    name: "CFITSIO License",
    url: "https://heasarc.gsfc.nasa.gov/docs/software/fitsio/c/f_user/node9.html",
    osiApproved: false
  },
  "APSL-1.0": {
    name: "Apple Public Source License 1.0",
    url: "https://fedoraproject.org/wiki/Licensing/Apple_Public_Source_License_1.0",
    osiApproved: true
  },
  "OLDAP-2.3": {
    name: "Open LDAP Public License v2.3",
    url: "http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=d32cf54a32d581ab475d23c810b0a7fbaf8d63c3",
    osiApproved: false
  },
  "NAIST-2003": {
    name: "Nara Institute of Science and Technology License (2003)",
    url: "https://enterprise.dejacode.com/licenses/public/naist-2003/#license-text",
    osiApproved: false
  },
  "CC-BY-2.0": {
    name: "Creative Commons Attribution 2.0 Generic",
    url: "https://creativecommons.org/licenses/by/2.0/legalcode",
    osiApproved: false
  },
  Nunit: {
    name: "Nunit License",
    url: "https://fedoraproject.org/wiki/Licensing/Nunit",
    osiApproved: false
  },
  "HPND-UC": {
    name: "Historical Permission Notice and Disclaimer - University of California variant",
    url: "https://core.tcl-lang.org/tk/file?name=compat/unistd.h",
    osiApproved: false
  },
  Aladdin: {
    name: "Aladdin Free Public License",
    url: "http://pages.cs.wisc.edu/~ghost/doc/AFPL/6.01/Public.htm",
    osiApproved: false
  },
  "CC-BY-NC-1.0": {
    name: "Creative Commons Attribution Non Commercial 1.0 Generic",
    url: "https://creativecommons.org/licenses/by-nc/1.0/legalcode",
    osiApproved: false
  },
  "DocBook-Schema": {
    name: "DocBook Schema License",
    url: "https://github.com/docbook/xslt10-stylesheets/blob/efd62655c11cc8773708df7a843613fa1e932bf8/xsl/assembly/schema/docbook51b7.rnc",
    osiApproved: false
  },
  "PDDL-1.0": {
    name: "Open Data Commons Public Domain Dedication & License 1.0",
    url: "http://opendatacommons.org/licenses/pddl/1.0/",
    osiApproved: false
  },
  CryptoSwift: {
    name: "CryptoSwift License",
    url: "https://github.com/krzyzanowskim/CryptoSwift/blob/main/LICENSE",
    osiApproved: false
  },
  "X11-distribute-modifications-variant": {
    name: "X11 License Distribution Modification Variant",
    url: "https://github.com/mirror/ncurses/blob/master/COPYING",
    osiApproved: false
  },
  "GPL-2.0-with-autoconf-exception": {
    name: "GNU General Public License v2.0 w/Autoconf exception",
    url: "http://ac-archive.sourceforge.net/doc/copyright.html",
    osiApproved: false
  },
  "BSD-2-Clause-NetBSD": {
    name: "BSD 2-Clause NetBSD License",
    url: "http://www.netbsd.org/about/redistribution.html#default",
    osiApproved: false
  },
  "MulanPSL-2.0": {
    name: "Mulan Permissive Software License, Version 2",
    url: "https://license.coscl.org.cn/MulanPSL2",
    osiApproved: true
  },
  "CC-BY-3.0-US": {
    name: "Creative Commons Attribution 3.0 United States",
    url: "https://creativecommons.org/licenses/by/3.0/us/legalcode",
    osiApproved: false
  },
  "HPND-export-US": {
    name: "HPND with US Government export control warning",
    url: "https://www.kermitproject.org/ck90.html#source",
    osiApproved: false
  },
  "DRL-1.1": {
    name: "Detection Rule License 1.1",
    url: "https://github.com/SigmaHQ/Detection-Rule-License/blob/6ec7fbde6101d101b5b5d1fcb8f9b69fbc76c04a/LICENSE.Detection.Rules.md",
    osiApproved: false
  },
  "GPL-1.0": {
    name: "GNU General Public License v1.0 only",
    url: "https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html",
    osiApproved: false
  },
  "CECILL-2.0": {
    name: "CeCILL Free Software License Agreement v2.0",
    url: "http://www.cecill.info/licences/Licence_CeCILL_V2-en.html",
    osiApproved: false
  },
  "OLDAP-2.8": {
    name: "Open LDAP Public License v2.8",
    url: "http://www.openldap.org/software/release/license.html",
    osiApproved: true
  },
  "HPND-merchantability-variant": {
    name: "Historical Permission Notice and Disclaimer - merchantability variant",
    url: "https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/misc/fini.c;hb=HEAD",
    osiApproved: false
  },
  Glide: {
    name: "3dfx Glide License",
    url: "http://www.users.on.net/~triforce/glidexp/COPYING.txt",
    osiApproved: false
  },
  PostgreSQL: {
    name: "PostgreSQL License",
    url: "http://www.postgresql.org/about/licence",
    osiApproved: true
  },
  "BSD-1-Clause": {
    name: "BSD 1-Clause License",
    url: "https://svnweb.freebsd.org/base/head/include/ifaddrs.h?revision=326823",
    osiApproved: true
  },
  "Sendmail-Open-Source-1.1": {
    name: "Sendmail Open Source License v1.1",
    url: "https://github.com/trusteddomainproject/OpenDMARC/blob/master/LICENSE.Sendmail",
    osiApproved: false
  },
  Crossword: {
    name: "Crossword License",
    url: "https://fedoraproject.org/wiki/Licensing/Crossword",
    osiApproved: false
  },
  "NASA-1.3": {
    name: "NASA Open Source Agreement 1.3",
    url: "http://ti.arc.nasa.gov/opensource/nosa/",
    osiApproved: true
  },
  "BSD-Source-beginning-file": {
    name: "BSD Source Code Attribution - beginning of file variant",
    url: "https://github.com/lattera/freebsd/blob/master/sys/cam/cam.c#L4",
    osiApproved: false
  },
  Mup: {
    name: "Mup License",
    url: "https://fedoraproject.org/wiki/Licensing/Mup",
    osiApproved: false
  },
  "MIT-feh": {
    name: "feh License",
    url: "https://fedoraproject.org/wiki/Licensing/MIT#feh",
    osiApproved: false
  },
  "LGPL-3.0-only": {
    name: "GNU Lesser General Public License v3.0 only",
    url: "https://www.gnu.org/licenses/lgpl-3.0-standalone.html",
    osiApproved: true
  },
  man2html: {
    name: "man2html License",
    url: "http://primates.ximian.com/~flucifredi/man/man-1.6g.tar.gz",
    osiApproved: false
  }
};

// src/knowledge/licences/catalogue.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);

// src/knowledge/licences/hub-licence-ids.ts
var HUB_LICENCE_IDS = {
  // Permissive and copyleft software licences
  "apache-2.0": "Apache-2.0",
  mit: "MIT",
  "afl-3.0": "AFL-3.0",
  "artistic-2.0": "Artistic-2.0",
  "bsl-1.0": "BSL-1.0",
  bsd: "LicenseRef-hub-bsd",
  "bsd-2-clause": "BSD-2-Clause",
  "bsd-3-clause": "BSD-3-Clause",
  "bsd-3-clause-clear": "BSD-3-Clause-Clear",
  "ecl-2.0": "ECL-2.0",
  "epl-1.0": "EPL-1.0",
  "epl-2.0": "EPL-2.0",
  "eupl-1.1": "EUPL-1.1",
  "eupl-1.2": "EUPL-1.2",
  "agpl-3.0": "AGPL-3.0-only",
  gpl: "LicenseRef-hub-gpl",
  "gpl-2.0": "GPL-2.0-only",
  "gpl-3.0": "GPL-3.0-only",
  lgpl: "LicenseRef-hub-lgpl",
  "lgpl-2.1": "LGPL-2.1-only",
  "lgpl-3.0": "LGPL-3.0-only",
  isc: "ISC",
  "lppl-1.3c": "LPPL-1.3c",
  "ms-pl": "MS-PL",
  "mpl-2.0": "MPL-2.0",
  "osl-3.0": "OSL-3.0",
  postgresql: "PostgreSQL",
  "ofl-1.1": "OFL-1.1",
  ncsa: "NCSA",
  unlicense: "Unlicense",
  zlib: "Zlib",
  wtfpl: "WTFPL",
  // Data and content licences
  cc: "LicenseRef-hub-cc",
  "cc0-1.0": "CC0-1.0",
  "cc-by-2.0": "CC-BY-2.0",
  "cc-by-2.5": "CC-BY-2.5",
  "cc-by-3.0": "CC-BY-3.0",
  "cc-by-4.0": "CC-BY-4.0",
  "cc-by-sa-3.0": "CC-BY-SA-3.0",
  "cc-by-sa-4.0": "CC-BY-SA-4.0",
  "cdla-sharing-1.0": "CDLA-Sharing-1.0",
  "cdla-permissive-1.0": "CDLA-Permissive-1.0",
  "cdla-permissive-2.0": "CDLA-Permissive-2.0",
  "etalab-2.0": "etalab-2.0",
  "odc-by": "ODC-By-1.0",
  odbl: "ODbL-1.0",
  pddl: "PDDL-1.0",
  gfdl: "LicenseRef-hub-gfdl",
  "lgpl-lr": "LGPLLR",
  "openmdw-1.0": "OpenMDW-1.0",
  "openmdw-1.1": "LicenseRef-openmdw-1.1",
  // Non-commercial and no-derivatives
  "cc-by-nc-2.0": "CC-BY-NC-2.0",
  "cc-by-nc-3.0": "CC-BY-NC-3.0",
  "cc-by-nc-4.0": "CC-BY-NC-4.0",
  "cc-by-nd-4.0": "CC-BY-ND-4.0",
  "cc-by-nc-nd-3.0": "CC-BY-NC-ND-3.0",
  "cc-by-nc-nd-4.0": "CC-BY-NC-ND-4.0",
  "cc-by-nc-sa-2.0": "CC-BY-NC-SA-2.0",
  "cc-by-nc-sa-3.0": "CC-BY-NC-SA-3.0",
  "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0",
  "c-uda": "C-UDA-1.0",
  // AI licences with use restrictions (no SPDX ids)
  openrail: "LicenseRef-openrail",
  "openrail++": "LicenseRef-openrail-plusplus",
  "bigscience-openrail-m": "LicenseRef-bigscience-openrail-m",
  "creativeml-openrail-m": "LicenseRef-creativeml-openrail-m",
  "bigscience-bloom-rail-1.0": "LicenseRef-bigscience-bloom-rail-1.0",
  "bigcode-openrail-m": "LicenseRef-bigcode-openrail-m",
  "deepfloyd-if-license": "LicenseRef-deepfloyd-if-license",
  llama2: "LicenseRef-llama2",
  llama3: "LicenseRef-llama3",
  "llama3.1": "LicenseRef-llama3.1",
  "llama3.2": "LicenseRef-llama3.2",
  "llama3.3": "LicenseRef-llama3.3",
  llama4: "LicenseRef-llama4",
  gemma: "LicenseRef-gemma",
  "grok2-community": "LicenseRef-grok2-community",
  "fair-noncommercial-research-license": "LicenseRef-fair-noncommercial-research-license",
  "h-research": "LicenseRef-h-research",
  "intel-research": "LicenseRef-intel-research",
  "apple-amlr": "LicenseRef-apple-amlr",
  "apple-ascl": "AML",
  // Sentinels: the card does not say, or says to read the licence file
  unknown: "NOASSERTION",
  other: "NOASSERTION"
};

// src/knowledge/licences/catalogue.ts
var spdxById = /* @__PURE__ */ new Map();
for (const id of Object.keys(spdx_default)) spdxById.set(id.toLowerCase(), id);
var byName;
var spdxByName = () => byName ??= new Map(Object.entries(spdx_default).map(([id, info]) => [simplify(info.name), id]));
var aiByAlias = /* @__PURE__ */ new Map();
for (const entry of AI_LICENCES) {
  for (const alias of [entry.id, entry.name, ...entry.hfIds]) {
    aiByAlias.set(simplify(alias), entry);
    aiByAlias.set(simplify(alias.replace(/^LicenseRef-/i, "")), entry);
  }
}
var COMMON_ALIASES = {
  apache: "Apache-2.0",
  "apache 2": "Apache-2.0",
  "apache 2 0": "Apache-2.0",
  apache2: "Apache-2.0",
  "apache license 2 0": "Apache-2.0",
  "apache license version 2 0": "Apache-2.0",
  "apache software license": "Apache-2.0",
  "mit license": "MIT",
  expat: "MIT",
  "bsd license": "LicenseRef-hub-bsd",
  bsd: "LicenseRef-hub-bsd",
  "new bsd license": "BSD-3-Clause",
  "bsd 3": "BSD-3-Clause",
  "bsd 2": "BSD-2-Clause",
  gplv2: "GPL-2.0-only",
  gplv3: "GPL-3.0-only",
  "gpl v3": "GPL-3.0-only",
  "gpl v2": "GPL-2.0-only",
  lgplv3: "LGPL-3.0-only",
  "mpl 2 0": "MPL-2.0",
  "public domain": "LicenseRef-public-domain",
  "cc by 4 0": "CC-BY-4.0",
  "cc by sa 4 0": "CC-BY-SA-4.0",
  "cc by nc 4 0": "CC-BY-NC-4.0",
  cc0: "CC0-1.0"
};
var URL_PATTERNS = [
  [/apache\.org\/licenses\/license-2\.0/i, "Apache-2.0"],
  [/opensource\.org\/licen[cs]es?\/mit/i, "MIT"],
  [/creativecommons\.org\/publicdomain\/zero\/1\.0/i, "CC0-1.0"],
  [/gnu\.org\/licenses\/gpl-3\.0/i, "GPL-3.0-only"],
  [/gnu\.org\/licenses\/agpl-3\.0/i, "AGPL-3.0-only"],
  [/mozilla\.org\/mpl\/2\.0/i, "MPL-2.0"],
  [/opendatacommons\.org\/licenses\/by/i, "ODC-By-1.0"],
  [/opendatacommons\.org\/licenses\/odbl/i, "ODbL-1.0"],
  [/cdla\.(?:io|dev)\/permissive-2-0/i, "CDLA-Permissive-2.0"]
];
var CC_URL = /creativecommons\.org\/licenses\/(by(?:-nc)?(?:-sa|-nd)?)\/(\d\.\d)/i;
function simplify(s) {
  return s.toLowerCase().replace(/[^a-z0-9+]+/g, " ").trim();
}
var SELF_DESCRIBED_RESTRICTED = /^LicenseRef-[\w.+-]*(?:non-?commercial|research)/i;
function normaliseLicenceId(raw) {
  const s = raw.trim();
  if (!s || s.length > 300) return null;
  const lower = s.toLowerCase();
  const spdx = spdxById.get(lower);
  if (spdx) return spdx;
  const hub = ownEntry(HUB_LICENCE_IDS, lower);
  if (hub) return hub;
  if (lower === "noassertion" || lower === "none") return "NOASSERTION";
  const simple = simplify(s);
  const ai = aiByAlias.get(simple);
  if (ai) return ai.id;
  const byName2 = ownEntry(COMMON_ALIASES, simple) ?? spdxByName().get(simple);
  if (byName2) return byName2;
  const cc = CC_URL.exec(s);
  if (cc) return `CC-${(cc[1] ?? "by").toUpperCase()}-${cc[2]}`;
  for (const [pattern, id] of URL_PATTERNS) if (pattern.test(s)) return id;
  if (SELF_DESCRIBED_RESTRICTED.test(s)) return s;
  return null;
}

// src/extract/licence/reference-matcher.ts
var MAX_REFERENCE_CHARS = 2e3;
var URL3 = /https?:\/\/[^\s)<>"'\]]{1,200}/g;
var UNDER_THE = /\b(?:licen[cs]ed|released|distributed|available)\s+under\s+(?:the\s+)?([^;:()"\n]{3,80})/gi;
function matchLicenceReference(text, { links = true } = {}) {
  if (text.length > MAX_REFERENCE_CHARS) return null;
  for (const m of text.matchAll(UNDER_THE)) {
    const named = (m[1] ?? "").replace(/\s+/g, " ").trim();
    const beforeWord = /^(?:an?\s+)?(.{2,40}?)\s+licen[cs]e\b/i.exec(named)?.[1] ?? "";
    for (const candidate of [named, named.split(",")[0] ?? "", beforeWord]) {
      if (!candidate) continue;
      const id = normaliseLicenceId(candidate.replace(/\.$/, ""));
      if (id && id !== "NOASSERTION") return { id, detail: `names ${candidate.trim()}` };
    }
  }
  if (!links) return null;
  for (const m of text.matchAll(URL3)) {
    const id = normaliseLicenceId(m[0]);
    if (id && id !== "NOASSERTION") return { id, detail: `links to ${m[0]}` };
  }
  return null;
}

// src/extract/licence/identify.ts
var MAX_MATCH_CHARS = 512 * 1024;
var MAX_NOTICE_WORDS = 3;
var COPYRIGHT = /copyright|\u00a9|\(c\)/i;
var MODIFIED_MIT = foldForPhrases("Modified MIT License");
function identifyLicenceText(text) {
  const body = text.length > MAX_MATCH_CHARS ? text.slice(0, MAX_MATCH_CHARS) : text;
  const folded = foldForPhrases(body);
  const ai = matchAiLicence(folded);
  if (ai && ai.confidence >= 0.9) {
    return { id: ai.id, confidence: ai.confidence, method: "phrase", detail: ai.detail, phrase: ai.phrase };
  }
  const normalised = normaliseLicenceText(body);
  const words = normalised.tokens.length + normalised.titleTokens.length;
  if (words <= MAX_NOTICE_WORDS && COPYRIGHT.test(body)) {
    return {
      id: null,
      confidence: 1,
      method: "exact",
      detail: "copyright notice only: no licence terms (all rights reserved)",
      noLicence: true
    };
  }
  const modifiedMit = findPhrase(folded, MODIFIED_MIT) !== -1;
  const named = ai || modifiedMit ? null : matchLicenceReference(body, { links: false });
  if (named) return referenceMatch(named);
  const spdx = matchSpdxText(normalised);
  if (spdx) {
    const veto = spdxVeto(folded, spdx.id);
    if (veto !== null) {
      return {
        id: ai?.id ?? null,
        confidence: ai?.confidence ?? spdx.confidence,
        method: ai ? "phrase" : spdx.method,
        detail: `resembles ${spdx.id}, but ${veto}${ai ? `; ${ai.detail}` : ""}`
      };
    }
    return {
      id: spdx.id,
      confidence: spdx.confidence,
      method: spdx.method,
      detail: spdx.detail,
      sameText: spdx.sameText
    };
  }
  if (ai)
    return { id: ai.id, confidence: ai.confidence, method: "phrase", detail: ai.detail, phrase: ai.phrase };
  if (modifiedMit) {
    return {
      id: null,
      confidence: 0.9,
      method: "phrase",
      detail: 'a "Modified MIT License": MIT with added terms, not MIT'
    };
  }
  const reference = matchLicenceReference(body);
  return reference ? referenceMatch(reference) : null;
}
function referenceMatch(reference) {
  return {
    id: reference.id,
    confidence: 0.8,
    method: "reference",
    detail: `a notice that ${reference.detail}, not the licence text`
  };
}

// src/extract/licence/licence-file-extractor.ts
var REUSE_NAME_CONFIDENCE = 0.6;
var licenceFileExtractor = {
  name: "licence-file",
  wants: (file) => scoreLicenceFileName(file.path) ? "text" : null,
  extract(file, sink) {
    if (file.text === void 0) return;
    const name = scoreLicenceFileName(file.info.path);
    if (!name) return;
    const base = { kind: "licence", source: "licence-file", file: file.info.path };
    if (file.text.trim() === "") {
      if (name.kind !== "policy") {
        sink.add({
          ...base,
          line: 0,
          id: null,
          confidence: 0,
          method: "exact",
          detail: "empty licence file"
        });
      }
      return;
    }
    const match = identifyLicenceText(file.text);
    const line = matchLine(file.text, match);
    if (match) {
      const evidence = {
        ...base,
        line,
        id: match.id,
        confidence: match.confidence,
        method: match.method,
        detail: match.detail,
        ...match.noLicence ? { noLicence: true } : {}
      };
      if (match.id === null && name.kind === "reuse" && name.declaredId && !match.noLicence) {
        sink.add(fromReuseName(evidence, name.declaredId, match.detail));
      } else if (match.id !== null || name.kind !== "policy") {
        sink.add(evidence);
      }
      return;
    }
    if (name.kind === "policy") return;
    if (name.kind === "reuse" && name.declaredId) {
      sink.add(
        fromReuseName(
          { ...base, line, id: null, confidence: 0, method: "dice", detail: "" },
          name.declaredId,
          "text not recognised"
        )
      );
      return;
    }
    sink.add({ ...base, line, id: null, confidence: 0, method: "dice", detail: "unrecognised licence text" });
  }
};
function fromReuseName(evidence, declaredId, why) {
  return {
    ...evidence,
    id: declaredId,
    confidence: REUSE_NAME_CONFIDENCE,
    method: "reference",
    detail: `REUSE file name declares ${declaredId} (${why})`
  };
}
function matchLine(text, match) {
  const lines = splitLines(text);
  if (match?.phrase) {
    const head = match.phrase.split(" ").slice(0, 3).join(" ");
    for (let i = 0; i < lines.length; i++) {
      if (findPhrase(foldForPhrases(lines[i] ?? ""), head) !== -1) return i + 1;
    }
  }
  const first2 = lines.findIndex((l) => l.trim() !== "");
  return first2 === -1 ? 1 : first2 + 1;
}

// src/extract/licence/spdx-header-extractor.ts
var import_spdx_expression_parse3 = __toESM(require_spdx_expression_parse(), 1);

// src/inventory/decode.ts
import { Buffer as Buffer4, isAscii } from "node:buffer";
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
var lenientUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
function decodeText(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) {
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16LE", replaced: 0 };
  }
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16BE", replaced: 0 };
  }
  if (isAscii(bytes)) {
    return {
      text: Buffer4.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1"),
      encoding: "UTF-8",
      replaced: 0
    };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: "UTF-8", replaced: 0 };
  } catch {
    const text = lenientUtf8.decode(bytes);
    let replaced = 0;
    for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) replaced++;
    return { text, encoding: "UTF-8", replaced };
  }
}

// src/extract/manifests/manifest-licence.ts
var import_spdx_expression_parse2 = __toESM(require_spdx_expression_parse(), 1);
import { posix } from "node:path";
var CONFIDENCE_SPDX = 0.9;
var CONFIDENCE_NORMALISED = 0.8;
var CONFIDENCE_RAW = 0.5;
var CONFIDENCE_NONE = 0.3;
var BY_LOWER_NAME = /* @__PURE__ */ new Map();
for (const [id, entry] of Object.entries(spdx_default)) {
  BY_LOWER_NAME.set(id.toLowerCase(), id);
  BY_LOWER_NAME.set(entry.name.toLowerCase(), id);
}
function licenceIdForName(value) {
  return BY_LOWER_NAME.get(value.trim().toLowerCase());
}
function isSpdxExpression(value) {
  try {
    (0, import_spdx_expression_parse2.default)(value);
    return true;
  } catch {
    return false;
  }
}
function manifestLicence(raw, at, detail) {
  const value = raw.trim();
  const base = { kind: "licence", method: "manifest", source: "manifest", ...at };
  if (value === "") return { ...base, id: null, confidence: CONFIDENCE_NONE, detail: `${detail} is empty` };
  if (/^unlicensed$/i.test(value)) {
    return {
      ...base,
      id: null,
      confidence: CONFIDENCE_SPDX,
      detail: `${detail}: UNLICENSED (no licence granted)`
    };
  }
  if (/^see licen[cs]e in\b/i.test(value)) {
    return { ...base, id: null, confidence: CONFIDENCE_NONE, detail: `${detail}: "${value.slice(0, 200)}"` };
  }
  if (isSpdxExpression(value)) return { ...base, id: value, confidence: CONFIDENCE_SPDX, detail };
  const known = licenceIdForName(value);
  if (known) {
    return { ...base, id: known, confidence: CONFIDENCE_NORMALISED, detail: `${detail} ("${value}")` };
  }
  return {
    ...base,
    id: value.slice(0, 200),
    confidence: CONFIDENCE_RAW,
    detail: `${detail} (not an SPDX expression, kept as written)`
  };
}
function licenceFilePointer(path2, at, detail) {
  const dir = at.file.includes("/") ? at.file.slice(0, at.file.lastIndexOf("/")) : "";
  return {
    kind: "licence",
    method: "manifest",
    source: "manifest",
    ...at,
    id: null,
    confidence: CONFIDENCE_NONE,
    detail: `${detail} points to the file "${path2.slice(0, 200)}"`,
    pointsTo: posix.normalize(posix.join(dir, path2.trim())).slice(0, 500)
  };
}

// src/extract/licence/spdx-header-extractor.ts
var HEAD_CHARS = 4096;
var HEAD_LINES = 30;
var CODE_EXTENSIONS = /* @__PURE__ */ new Set([
  "py",
  "pyi",
  "pyx",
  "js",
  "mjs",
  "cjs",
  "jsx",
  "ts",
  "mts",
  "cts",
  "tsx",
  "c",
  "h",
  "cc",
  "cpp",
  "cxx",
  "hpp",
  "hh",
  "cu",
  "cuh",
  "m",
  "mm",
  "go",
  "rs",
  "java",
  "kt",
  "kts",
  "scala",
  "swift",
  "cs",
  "rb",
  "php",
  "pl",
  "sh",
  "bash",
  "zsh",
  "ps1",
  "lua",
  "r",
  "jl",
  "dart",
  "zig",
  "v",
  "sv",
  "vhd",
  "proto",
  "cmake",
  "gradle",
  "sql",
  "vue",
  "svelte",
  "css",
  "scss",
  "html",
  "ex",
  "exs",
  "erl",
  "hs",
  "ml",
  "f90",
  "asm",
  "s",
  "nim"
]);
var NAMED_FILES = /* @__PURE__ */ new Set(["makefile", "dockerfile", "cmakelists.txt", "build", "build.bazel"]);
var TAG_NAME = "SPDX-License-Identifier";
var TAG = new RegExp(`^[\\s/*#;%!<>'"({\\-]{0,12}${TAG_NAME}:[ \\t]{0,20}([^\\r\\n]{0,300})`);
var TRAILER = /\s*(?:\*\/|-->|#\}|%>|["';,])*\s*$/;
var spdxHeaderExtractor = {
  name: "spdx-header",
  wants: (file) => CODE_EXTENSIONS.has(file.ext) || NAMED_FILES.has(file.name) ? "head" : null,
  extract(file, sink) {
    if (file.binary) return;
    const head = headText(file);
    if (head === null || !head.includes(TAG_NAME)) return;
    const lines = head.split("\n", HEAD_LINES);
    for (let i = 0; i < lines.length; i++) {
      const m = TAG.exec(lines[i] ?? "");
      if (!m) continue;
      const expression = (m[1] ?? "").replace(TRAILER, "").trim();
      const at = { file: file.info.path, line: i + 1 };
      const base = { kind: "licence", method: "spdx-header", source: "spdx-header", ...at };
      if (isValidExpression(expression)) {
        sink.add({ ...base, id: expression, confidence: 1, detail: `${TAG_NAME} header` });
      } else {
        const shown = expression.slice(0, 80);
        sink.warn({
          ...at,
          code: "malformed",
          message: `The ${TAG_NAME} "${shown}" is not a valid SPDX expression.`
        });
        const named = licenceIdForName(expression);
        if (named) {
          sink.add({ ...base, id: named, confidence: 0.8, detail: `${TAG_NAME} header names "${shown}"` });
        } else {
          sink.add({ ...base, id: null, confidence: 0, detail: `invalid SPDX expression "${shown}"` });
        }
      }
    }
  }
};
function headText(file) {
  if (file.text !== void 0) return file.text.slice(0, HEAD_CHARS);
  if (file.head === void 0) return null;
  return decodeText(file.head.subarray(0, HEAD_CHARS)).text;
}
function isValidExpression(expression) {
  if (expression === "") return false;
  try {
    (0, import_spdx_expression_parse3.default)(expression);
    return true;
  } catch {
    return false;
  }
}

// src/extract/key-lines.ts
var KeyLines = class {
  constructor(text) {
    this.text = text;
    this.lines = new LineIndex(text);
  }
  text;
  lines;
  lineOf(offset) {
    return this.lines.lineOf(offset);
  }
  /** The first `needle` at or after `from`. */
  literal(needle, from = 0) {
    if (needle === "") return void 0;
    const at = this.text.indexOf(needle, from);
    return at === -1 ? void 0 : { line: this.lines.lineOf(at), end: at + needle.length };
  }
  /** A JSON object key: `"key"` followed by a colon. */
  jsonKey(key, from = 0) {
    const quoted = JSON.stringify(key);
    for (let at = this.text.indexOf(quoted, from); at !== -1; at = this.text.indexOf(quoted, at + 1)) {
      const end = at + quoted.length;
      if (this.text[this.skipSpaces(end)] === ":") return { line: this.lines.lineOf(at), end };
    }
    return void 0;
  }
  /**
   * A key assigned at the start of a line: `key = ...`, `"key" = ...` (TOML) or `key: ...`
   * (INI, YAML). Leading whitespace and quotes around the key are allowed.
   */
  assignedKey(key, from = 0, separators = "=:") {
    for (let at = this.text.indexOf(key, from); at !== -1; at = this.text.indexOf(key, at + 1)) {
      let start = at;
      let end = at + key.length;
      const quote2 = this.text[start - 1];
      if ((quote2 === '"' || quote2 === "'") && this.text[end] === quote2) {
        start--;
        end++;
      }
      if (!this.atLineStart(start)) continue;
      const sep = this.text[this.skipSpaces(end)];
      if (sep !== void 0 && separators.includes(sep)) return { line: this.lines.lineOf(at), end };
    }
    return void 0;
  }
  /** A section header such as `[project]` or `[tool.poetry.dependencies]` at the start of a line. */
  section(header, from = 0) {
    const needle = `[${header}]`;
    for (let at = this.text.indexOf(needle, from); at !== -1; at = this.text.indexOf(needle, at + 1)) {
      if (this.atLineStart(at)) return { line: this.lines.lineOf(at), end: at + needle.length };
    }
    return void 0;
  }
  skipSpaces(i) {
    while (this.text[i] === " " || this.text[i] === "	") i++;
    return i;
  }
  /** True when only spaces or tabs stand between the previous newline and `i`. */
  atLineStart(i) {
    for (let j = i - 1; j >= 0; j--) {
      const c = this.text[j];
      if (c === "\n") return true;
      if (c !== " " && c !== "	") return false;
    }
    return true;
  }
};

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first2 = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state2 = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state2 = state2 && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state2 || state2 === 3) && c === first2 && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first2 && ctx.s.charCodeAt(ctx.p + 2) === first2)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first2)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first2)
          ctx.p++;
      }
      if (!state2) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state2) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state2 = 1;
      }
    } else if (state2 === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state2 = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state2 = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state2 = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state2 === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state2 = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit2(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state2 = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state2 = 2;
    else if (c === 101 || c === 69)
      state2 = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit2(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state2)
      state2 = 1;
    if (c === 95) {
      if (!(state2 & 1))
        TomlError.x("illegal underscore", ctx);
      state2 += 11;
      hasUnderscores = true;
    } else if (state2 === 1 && c === 46)
      state2 = 2;
    else if ((state2 === 1 || state2 === 3) && (c === 101 || c === 69))
      state2 = 4;
    else if (state2 === 4 && (c === 43 || c === 45)) {
      state2 = 6;
    } else if (!isDigit2(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state2 > 9)
      state2 -= 11;
    else if (!(state2 & 1))
      state2++;
  }
  if (!state2) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state2 & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state2 > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit2(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit2(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit2(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state2 = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state2)
        TomlError.x("unexpected end of key", ctx);
      if (state2 === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state2)
        TomlError.x("illegal empty bare key", ctx);
      if (state2 === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state2 = 0;
    } else if (!state2 && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state2 = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state2 === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state2 = 2;
      }
    } else if (state2 === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state2) {
      state2 = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state2;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state2 = m[k]).c;
      if (type === 0 && (state2.t === 1 || state2.t === 2)) {
        return null;
      }
      if (state2.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state2 = m[k];
  if (state2.t !== type && !(type === 1 && state2.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state2.d) {
      state2.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state2.c[state2.i++] = state2 = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state2.d) {
    return null;
  }
  state2.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state2.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first2 = content.charCodeAt(0);
    if (folded) {
      if (first2 === 32 || first2 === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state2, message) {
  YAMLException.throwAt(state2.source, state2.position, message, state2.filename);
}
function finalizeCollection(state2, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state2.source, position, error instanceof Error ? error.message : String(error), state2.filename);
  }
}
function constructScalar(state2, event) {
  const source = getScalarValue(state2.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state2.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state2.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state2.tagHandlers);
    const scalarTag = state2.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state2, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state2.schema.lookupMappingTag(tagName) ?? state2.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state2, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state2, state2.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state2, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state2.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state2, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state2.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state2.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state2) {
  state2.totalMergeKeys++;
  if (state2.maxTotalMergeKeys !== -1 && state2.totalMergeKeys > state2.maxTotalMergeKeys) throwError$1(state2, `merge keys exceeded maxTotalMergeKeys (${state2.maxTotalMergeKeys})`);
}
function mergeKeys(state2, frame, source, sourceTag) {
  chargeMergeWork(state2);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state2);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state2, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state2, frame, source, sourceTag) {
  state2.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state2, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state2, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state2.nodeTags.get(element);
      if (!elementTag) throwError$1(state2, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state2, frame, element, elementTag);
    }
  } else throwError$1(state2, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state2, frame, key, value, tag) {
  state2.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state2, frame, value, tag);
    return;
  }
  if (!state2.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state2, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state2, err);
  frame.overridable?.delete(key);
}
function addValue(state2, value, tag) {
  const frame = state2.frames[state2.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state2.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state2, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state2, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state2.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state2, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state2.anchors.set(state2.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state2 = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state2.eventIndex < state2.events.length) {
    const event = state2.events[state2.eventIndex++];
    state2.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state2.anchors = /* @__PURE__ */ new Map();
        state2.nodeTags = /* @__PURE__ */ new Map();
        state2.aliasCount = 0;
        state2.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state2.tagHandlers[directive.handle] = directive.prefix;
        state2.frames.push({
          kind: "document",
          position: state2.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state2, event);
        storeAnchor(state2, event, value, tag, true);
        addValue(state2, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state2, event, "tag:yaml.org,2002:seq");
        const tag = state2.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state2, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state2, event, value, tag, tag.carrierIsResult);
        state2.frames.push({
          kind: "sequence",
          position: state2.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state2, event, "tag:yaml.org,2002:map");
        const tag = state2.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state2, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state2, event, value, tag, tag.carrierIsResult);
        state2.frames.push({
          kind: "mapping",
          position: state2.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state2.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state2.maxAliases !== -1 && ++state2.aliasCount > state2.maxAliases) throwError$1(state2, `aliases exceeded maxAliases (${state2.maxAliases})`);
        const name = state2.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state2.anchors.get(name);
        if (!anchor) throwError$1(state2, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state2, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state2, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state2.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state2.position = frame.keyPosition;
          throwError$1(state2, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state2.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state2, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state2, value, frame.tag);
        }
        break;
      }
    }
  }
  return state2.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state2, explicitStart, explicitEnd) {
  state2.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state2.directives
  });
}
function addSequenceEvent(state2, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state2.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state2, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state2.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state2, snapshot) {
  state2.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state2, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state2.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state2, anchorStart, anchorEnd) {
  state2.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state2) {
  state2.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state2) {
  addScalarEvent(state2, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state2) {
  return {
    position: state2.position,
    line: state2.line,
    lineStart: state2.lineStart,
    lineIndent: state2.lineIndent,
    firstTabInLine: state2.firstTabInLine,
    eventsLength: state2.events.length
  };
}
function restoreState(state2, snapshot) {
  state2.position = snapshot.position;
  state2.line = snapshot.line;
  state2.lineStart = snapshot.lineStart;
  state2.lineIndent = snapshot.lineIndent;
  state2.firstTabInLine = snapshot.firstTabInLine;
  state2.events.length = snapshot.eventsLength;
}
function throwError(state2, message) {
  YAMLException.throwAt(state2.input.slice(0, state2.length), state2.position, message, state2.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state2) {
  if (state2.input.charCodeAt(state2.position) === 10) state2.position++;
  else {
    state2.position++;
    if (state2.input.charCodeAt(state2.position) === 10) state2.position++;
  }
  state2.line++;
  state2.lineStart = state2.position;
  state2.lineIndent = 0;
  state2.firstTabInLine = -1;
}
function skipSeparationSpace(state2, allowComments) {
  let lineBreaks = 0;
  let ch = state2.input.charCodeAt(state2.position);
  let hasSeparation = state2.position === state2.lineStart || isWsOrEol(state2.input.charCodeAt(state2.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state2.firstTabInLine === -1) state2.firstTabInLine = state2.position;
      ch = state2.input.charCodeAt(++state2.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state2.input.charCodeAt(++state2.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state2);
    lineBreaks++;
    hasSeparation = true;
    ch = state2.input.charCodeAt(state2.position);
    while (ch === 32) {
      state2.lineIndent++;
      ch = state2.input.charCodeAt(++state2.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state2, position = state2.position) {
  const ch = state2.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state2.input.charCodeAt(position + 1) && ch === state2.input.charCodeAt(position + 2)) {
    const following = state2.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state2) {
  if (state2.position === state2.lineStart && state2.input.charCodeAt(state2.position) === 65279) {
    state2.position++;
    state2.lineStart = state2.position;
  }
}
function testDocumentBoundary(state2) {
  if (state2.position !== state2.lineStart) return false;
  if (testDocumentSeparator(state2)) return true;
  if (state2.input.charCodeAt(state2.position) !== 65279) return false;
  const snapshot = snapshotState(state2);
  skipByteOrderMark(state2);
  skipSeparationSpace(state2, true);
  const ch = state2.input.charCodeAt(state2.position);
  const result = state2.position === state2.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state2));
  restoreState(state2, snapshot);
  return result;
}
function skipUntilLineEnd(state2) {
  let ch = state2.input.charCodeAt(state2.position);
  while (ch !== 0 && !isEol(ch)) ch = state2.input.charCodeAt(++state2.position);
}
function checkPrintable(state2, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state2.input.slice(start, end));
  if (match !== null) {
    state2.position = start + match.index + match[0].length - 1;
    throwError(state2, "the stream contains non-printable characters");
  }
}
function readTagProperty(state2, props, inFlow) {
  if (state2.input.charCodeAt(state2.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state2, "duplication of a tag property");
  const start = state2.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state2.input.charCodeAt(++state2.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state2.input.charCodeAt(++state2.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state2.input.charCodeAt(++state2.position);
  }
  let suffixStart = state2.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state2.input.charCodeAt(++state2.position);
    if (ch !== 62) throwError(state2, "unexpected end of the stream within a verbatim tag");
    tagName = state2.input.slice(suffixStart, state2.position);
    state2.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state2.input.slice(suffixStart - 1, state2.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state2, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state2.position + 1;
        } else throwError(state2, "tag suffix cannot contain exclamation marks");
      }
      ch = state2.input.charCodeAt(++state2.position);
    }
    tagName = state2.input.slice(suffixStart, state2.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state2, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state2, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state2.tagHandlers, tagHandle)) throwError(state2, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state2.position;
  return true;
}
function readAnchorProperty(state2, props) {
  if (state2.input.charCodeAt(state2.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state2, "duplication of an anchor property");
  state2.position++;
  const start = state2.position;
  while (state2.input.charCodeAt(state2.position) !== 0 && !isWsOrEol(state2.input.charCodeAt(state2.position)) && !isFlowIndicator(state2.input.charCodeAt(state2.position))) state2.position++;
  if (state2.position === start) throwError(state2, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state2.position;
  return true;
}
function readAlias(state2, props) {
  if (state2.input.charCodeAt(state2.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state2, "alias node should not have any properties");
  state2.position++;
  const start = state2.position;
  while (state2.input.charCodeAt(state2.position) !== 0 && !isWsOrEol(state2.input.charCodeAt(state2.position)) && !isFlowIndicator(state2.input.charCodeAt(state2.position))) state2.position++;
  if (state2.position === start) throwError(state2, "name of an alias node must contain at least one character");
  addAliasEvent(state2, start, state2.position);
  return true;
}
function readFlowScalarBreak(state2, nodeIndent) {
  skipSeparationSpace(state2, false);
  if (state2.lineIndent < nodeIndent) throwError(state2, "deficient indentation");
}
function readSingleQuotedScalar(state2, nodeIndent, props) {
  if (state2.input.charCodeAt(state2.position) !== 39) return false;
  state2.position++;
  const start = state2.position;
  let simple = true;
  while (state2.input.charCodeAt(state2.position) !== 0) {
    const ch = state2.input.charCodeAt(state2.position);
    if (ch === 39) {
      if (state2.input.charCodeAt(state2.position + 1) === 39) {
        simple = false;
        state2.position += 2;
        continue;
      }
      const end = state2.position;
      state2.position++;
      addScalarEvent(state2, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state2, nodeIndent);
    } else if (state2.position === state2.lineStart && testDocumentSeparator(state2)) throwError(state2, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state2, "expected valid JSON character");
    else state2.position++;
  }
  throwError(state2, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state2, nodeIndent, props) {
  if (state2.input.charCodeAt(state2.position) !== 34) return false;
  state2.position++;
  const start = state2.position;
  let simple = true;
  while (state2.input.charCodeAt(state2.position) !== 0) {
    const ch = state2.input.charCodeAt(state2.position);
    if (ch === 34) {
      const end = state2.position;
      state2.position++;
      addScalarEvent(state2, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state2.input.charCodeAt(++state2.position);
      if (isEol(escaped)) readFlowScalarBreak(state2, nodeIndent);
      else if (isSimpleEscape(escaped)) state2.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state2, "unknown escape sequence");
        while (hexLength-- > 0) {
          state2.position++;
          if (fromHexCode(state2.input.charCodeAt(state2.position)) < 0) throwError(state2, "expected hexadecimal character");
        }
        state2.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state2, nodeIndent);
    } else if (state2.position === state2.lineStart && testDocumentSeparator(state2)) throwError(state2, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state2, "expected valid JSON character");
    else state2.position++;
  }
  throwError(state2, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state2, parentIndent, props) {
  const ch = state2.input.charCodeAt(state2.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state2.position++;
  while (state2.input.charCodeAt(state2.position) !== 0) {
    const current = state2.input.charCodeAt(state2.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state2, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state2.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state2, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state2, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state2.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state2.input.charCodeAt(state2.position))) {
    hadWhitespace = true;
    state2.position++;
  }
  if (hadWhitespace && state2.input.charCodeAt(state2.position) === 35) skipUntilLineEnd(state2);
  if (isEol(state2.input.charCodeAt(state2.position))) consumeLineBreak(state2);
  else if (state2.input.charCodeAt(state2.position) !== 0) throwError(state2, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state2.position;
  let valueEnd = state2.position;
  while (state2.input.charCodeAt(state2.position) !== 0) {
    const linePosition = state2.position;
    let column = 0;
    while (state2.input.charCodeAt(linePosition + column) === 32) column++;
    const first2 = state2.input.charCodeAt(linePosition + column);
    if (first2 === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state2)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first2)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first2)) {
      if (first2 === 9 && column < parentIndent) {
        state2.position = linePosition + column;
        throwError(state2, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state2.position = linePosition + column;
        throwError(state2, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first2 !== 0 && !isEol(first2) && column < parentIndent) {
      state2.lineIndent = column;
      state2.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first2 !== 0 && !isEol(first2) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first2 !== 0 && !isEol(first2) && column < requiredIndent) {
      state2.lineIndent = column;
      state2.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state2);
    valueEnd = state2.position;
    if (isEol(state2.input.charCodeAt(state2.position))) {
      consumeLineBreak(state2);
      valueEnd = state2.position;
    }
  }
  checkPrintable(state2, valueStart, valueEnd);
  addScalarEvent(state2, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state2, nodeContext) {
  const ch = state2.input.charCodeAt(state2.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state2.input.charCodeAt(state2.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state2, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state2, nodeContext)) return false;
  const start = state2.position;
  let end = state2.position;
  let ch = state2.input.charCodeAt(state2.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state2)) break;
    if (ch === 58) {
      const following = state2.input.charCodeAt(state2.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state2.input.charCodeAt(state2.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state2.position;
      const savedLine = state2.line;
      const savedLineStart = state2.lineStart;
      const savedLineIndent = state2.lineIndent;
      skipSeparationSpace(state2, false);
      if (state2.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state2.input.charCodeAt(state2.position);
        continue;
      }
      state2.position = savedPosition;
      state2.line = savedLine;
      state2.lineStart = savedLineStart;
      state2.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state2.position + 1;
    ch = state2.input.charCodeAt(++state2.position);
  }
  if (end === start) return false;
  checkPrintable(state2, start, end);
  addScalarEvent(state2, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state2, nodeIndent) {
  const startLine = state2.line;
  skipSeparationSpace(state2, true);
  if (state2.line > startLine && state2.lineIndent < nodeIndent || state2.firstTabInLine !== -1 && state2.lineIndent < nodeIndent) throwError(state2, "deficient indentation");
}
function readFlowCollection(state2, nodeIndent, props) {
  const ch = state2.input.charCodeAt(state2.position);
  const isMapping = ch === 123;
  const start = state2.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state2, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state2, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state2.position++;
  while (state2.input.charCodeAt(state2.position) !== 0) {
    skipFlowSeparationSpace(state2, nodeIndent);
    let ch2 = state2.input.charCodeAt(state2.position);
    if (ch2 === terminator) {
      state2.position++;
      addPopEvent(state2);
      return true;
    } else if (!readNext) throwError(state2, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state2, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state2.input.charCodeAt(state2.position + 1))) {
      isPair = isExplicitPair = true;
      state2.position += 1;
      skipFlowSeparationSpace(state2, nodeIndent);
    }
    const entryLine = state2.line;
    const entryStart = snapshotState(state2);
    const keyWasRead = parseNode(state2, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state2, nodeIndent);
    ch2 = state2.input.charCodeAt(state2.position);
    if ((isMapping || isExplicitPair || state2.line === entryLine) && ch2 === 58) {
      isPair = true;
      state2.position++;
      skipFlowSeparationSpace(state2, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state2, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state2);
      } else if (!keyWasRead) addEmptyScalarEvent(state2);
      if (!parseNode(state2, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state2);
      skipFlowSeparationSpace(state2, nodeIndent);
      if (!isMapping) addPopEvent(state2);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state2);
      addEmptyScalarEvent(state2);
    } else if (isMapping) addEmptyScalarEvent(state2);
    else if (isPair) {
      insertFlowPairMappingEvent(state2, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state2);
      addEmptyScalarEvent(state2);
      addPopEvent(state2);
    }
    ch2 = state2.input.charCodeAt(state2.position);
    if (ch2 === 44) {
      readNext = true;
      state2.position++;
    } else readNext = false;
  }
  throwError(state2, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state2, nodeIndent, props) {
  if (state2.firstTabInLine !== -1 || state2.input.charCodeAt(state2.position) !== 45 || !isWsOrEolOrEnd(state2.input.charCodeAt(state2.position + 1))) return false;
  addSequenceEvent(state2, state2.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state2.input.charCodeAt(state2.position) === 45 && isWsOrEolOrEnd(state2.input.charCodeAt(state2.position + 1))) {
    if (state2.firstTabInLine !== -1) {
      state2.position = state2.firstTabInLine;
      throwError(state2, "tab characters must not be used in indentation");
    }
    const entryLine = state2.line;
    state2.position++;
    const hadBreak = skipSeparationSpace(state2, true) > 0;
    if (state2.firstTabInLine !== -1 && state2.input.charCodeAt(state2.position) === 45 && isWsOrEolOrEnd(state2.input.charCodeAt(state2.position + 1))) throwError(state2, "bad indentation of a sequence entry");
    if (hadBreak && state2.lineIndent <= nodeIndent) addEmptyScalarEvent(state2);
    else parseNode(state2, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state2, true);
    if (state2.lineIndent < nodeIndent || state2.position >= state2.length) break;
    if (state2.lineIndent > nodeIndent) throwError(state2, "bad indentation of a sequence entry");
    if (state2.line === entryLine && state2.input.charCodeAt(state2.position) === 45 && isWsOrEolOrEnd(state2.input.charCodeAt(state2.position + 1))) throwError(state2, "bad indentation of a sequence entry");
  }
  addPopEvent(state2);
  return true;
}
function readBlockMapping(state2, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state2.firstTabInLine !== -1) return false;
  let ch = state2.input.charCodeAt(state2.position);
  while (ch !== 0) {
    if (!atExplicitKey && state2.firstTabInLine !== -1) {
      state2.position = state2.firstTabInLine;
      throwError(state2, "tab characters must not be used in indentation");
    }
    const following = state2.input.charCodeAt(state2.position + 1);
    const entryLine = state2.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state2, state2.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state2);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state2);
        detected = true;
        atExplicitKey = false;
      }
      state2.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state2);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state2);
      if (!parseNode(state2, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state2.line === entryLine) {
        ch = state2.input.charCodeAt(state2.position);
        while (isWhiteSpace(ch)) ch = state2.input.charCodeAt(++state2.position);
        if (ch === 58) {
          ch = state2.input.charCodeAt(++state2.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state2, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state2.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state2, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state2, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state2, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state2, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state2, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state2);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state2, true);
    ch = state2.input.charCodeAt(state2.position);
    if ((state2.line === entryLine || state2.lineIndent > nodeIndent) && ch !== 0) throwError(state2, "bad indentation of a mapping entry");
    else if (state2.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state2);
  if (mappingOpened) addPopEvent(state2);
  return true;
}
function parseNode(state2, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state2.depth >= state2.maxDepth) throwError(state2, `nesting exceeded maxDepth (${state2.maxDepth})`);
  state2.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state2, true)) {
    atNewLine = true;
    if (state2.lineIndent > parentIndent) indentStatus = 1;
    else if (state2.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state2.input.charCodeAt(state2.position);
    const propertyState = snapshotState(state2);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state2);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state2, state2.position - state2.lineStart, flowIndent, props) && state2.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state2.depth--;
        return true;
      }
      restoreState(state2, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state2, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state2, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state2, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state2.lineIndent > parentIndent) indentStatus = 1;
      else if (state2.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state2.position - state2.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state2, blockIndent, props) || readBlockMapping(state2, blockIndent, flowIndent, props)) || readFlowCollection(state2, flowIndent, props)) hasContent = true;
      else {
        const ch = state2.input.charCodeAt(state2.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state2);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state2, propertyStart);
          if (readBlockMapping(state2, propertyIndent, flowIndent, emptyProperties()) && state2.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state2, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state2, flowIndent, props) || readSingleQuotedScalar(state2, flowIndent, props) || readDoubleQuotedScalar(state2, flowIndent, props) || readAlias(state2, props) || readPlainScalar(state2, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state2, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state2, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state2.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state2) {
  if (state2.lineIndent > 0 || state2.input.charCodeAt(state2.position) !== 37) return false;
  state2.position++;
  const nameStart = state2.position;
  while (state2.input.charCodeAt(state2.position) !== 0 && !isWsOrEol(state2.input.charCodeAt(state2.position))) state2.position++;
  const name = state2.input.slice(nameStart, state2.position);
  const args = [];
  if (name.length === 0) throwError(state2, "directive name must not be less than one character in length");
  while (state2.input.charCodeAt(state2.position) !== 0 && !isEol(state2.input.charCodeAt(state2.position))) {
    while (isWhiteSpace(state2.input.charCodeAt(state2.position))) state2.position++;
    if (state2.input.charCodeAt(state2.position) === 35 || isEol(state2.input.charCodeAt(state2.position)) || state2.input.charCodeAt(state2.position) === 0) break;
    const start = state2.position;
    while (state2.input.charCodeAt(state2.position) !== 0 && !isWsOrEol(state2.input.charCodeAt(state2.position))) state2.position++;
    args.push(state2.input.slice(start, state2.position));
  }
  if (isEol(state2.input.charCodeAt(state2.position))) consumeLineBreak(state2);
  if (name === "YAML") {
    if (state2.directives.some((directive) => directive.kind === "yaml")) throwError(state2, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state2, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state2, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state2, "unacceptable YAML version of the document");
    state2.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state2, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state2, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state2.tagHandlers, handle)) throwError(state2, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state2, "ill-formed tag prefix (second argument) of the TAG directive");
    state2.tagHandlers[handle] = prefix;
    state2.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state2) {
  state2.directives = [];
  state2.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state2, true);
  while (readDirective(state2)) {
    hasDirectives = true;
    skipSeparationSpace(state2, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state2.lineIndent === 0 && state2.input.charCodeAt(state2.position) === 45 && state2.input.charCodeAt(state2.position + 1) === 45 && state2.input.charCodeAt(state2.position + 2) === 45 && isWsOrEolOrEnd(state2.input.charCodeAt(state2.position + 3))) {
    explicitStart = true;
    const markerLine = state2.line;
    state2.position += 3;
    skipSeparationSpace(state2, true);
    allowCompact = state2.line > markerLine;
  } else if (hasDirectives) throwError(state2, "directives end mark is expected");
  const documentEventIndex = state2.events.length;
  if (!explicitStart && state2.position === state2.lineStart && state2.input.charCodeAt(state2.position) === 46 && testDocumentSeparator(state2)) {
    state2.position += 3;
    skipSeparationSpace(state2, true);
    return;
  }
  addDocumentEvent(state2, explicitStart, false);
  if (!parseNode(state2, state2.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state2);
  skipSeparationSpace(state2, true);
  if (state2.position === state2.lineStart && testDocumentSeparator(state2)) {
    explicitEnd = state2.input.charCodeAt(state2.position) === 46;
    if (explicitEnd) {
      const markerLine = state2.line;
      state2.position += 3;
      skipSeparationSpace(state2, true);
      if (state2.line === markerLine && state2.position < state2.length) throwError(state2, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state2.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state2);
  if (!explicitEnd && state2.position < state2.length && !testDocumentBoundary(state2)) throwError(state2, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state2 = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state2.filename);
  while (state2.position < state2.length) {
    skipByteOrderMark(state2);
    skipSeparationSpace(state2, true);
    if (state2.position >= state2.length) break;
    const documentStart = state2.position;
    readDocument(state2);
    if (state2.position === documentStart)
      throwError(state2, "can not read a document");
  }
  return state2.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/extract/safe-yaml.ts
var MAX_YAML_BYTES = 256 * 1024;
function parseYamlSafely(text, maxBytes = MAX_YAML_BYTES) {
  if (text.length > maxBytes) return { ok: false, error: `YAML block is over the ${maxBytes}-byte limit` };
  try {
    return { ok: true, value: load(text, { schema: CORE_SCHEMA }) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: message.split("\n")[0] ?? "invalid YAML" };
  }
}

// src/extract/structured-data.ts
function parseOrWarn(text, format, file, sink) {
  try {
    if (format === "JSON") return JSON.parse(text);
    if (format === "TOML") return parse(text);
    const yaml = parseYamlSafely(text);
    if (yaml.ok) return yaml.value;
    throw new Error(yaml.error);
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).split("\n")[0]?.trim() || "parse error";
    sink.warn({
      file,
      code: "malformed",
      message: `${file} is not valid ${format} (${message}); what it declares was not read.`
    });
    return void 0;
  }
}
function asRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function stringsOf(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function entriesOf(value) {
  const rec = asRecord(value);
  return rec ? Object.entries(rec) : [];
}

// src/extract/manifests/dependency-table.ts
var NOT_PACKAGES = /* @__PURE__ */ new Set(["python", "python_version", "python_full_version"]);
function versionOf(value) {
  const v = asString(value) ?? asString(asRecord(value)?.["version"]);
  return v === void 0 || v === "*" || v === "" ? void 0 : v;
}
function addDependencyTable(table, header, lines, file, sink, ecosystem = "pypi") {
  const entries = entriesOf(table);
  if (entries.length === 0) return;
  const section = lines.section(header);
  const scope = scopeOf(header);
  for (const [key, value] of entries) {
    if (ecosystem === "pypi" && NOT_PACKAGES.has(key.toLowerCase())) continue;
    const name = asString(asRecord(value)?.["package"]) ?? key;
    const line = lines.assignedKey(key, section?.end ?? 0, "=")?.line ?? lines.section(`${header}.${key}`)?.line ?? section?.line ?? 0;
    addDependency(sink, file, ecosystem, {
      name,
      version: versionOf(value),
      line,
      ...scope ? { scope } : {}
    });
  }
}

// src/extract/manifests/cargo-toml.ts
var DEPENDENCY_TABLES = ["dependencies", "dev-dependencies", "build-dependencies"];
function parseCargoToml(text, file, sink) {
  const doc = asRecord(parseOrWarn(text, "TOML", file, sink));
  if (!doc) return;
  const lines = new KeyLines(text);
  const pkg = asRecord(doc["package"]);
  const section = lines.section("package");
  const detail = "Cargo.toml [package] license";
  const licence = asString(pkg?.["license"]);
  const licenceFile = asString(pkg?.["license-file"]);
  if (licence !== void 0) {
    const line = lines.assignedKey("license", section?.end ?? 0, "=")?.line ?? 0;
    sink.add(manifestLicence(licence, { file, line }, detail));
  } else if (licenceFile !== void 0) {
    const line = lines.assignedKey("license-file", section?.end ?? 0, "=")?.line ?? 0;
    sink.add(licenceFilePointer(licenceFile, { file, line }, "Cargo.toml [package] license-file"));
  }
  for (const table of DEPENDENCY_TABLES) {
    addDependencyTable(doc[table], table, lines, file, sink, "cargo");
    addDependencyTable(asRecord(doc["workspace"])?.[table], `workspace.${table}`, lines, file, sink, "cargo");
    for (const [target, value] of entriesOf(doc["target"])) {
      addDependencyTable(asRecord(value)?.[table], `target.'${target}'.${table}`, lines, file, sink, "cargo");
    }
  }
}
var cargoTomlParser = {
  format: "Cargo.toml",
  matches: (f) => f.name === "cargo.toml",
  parse: parseCargoToml
};

// src/extract/manifests/conda-environment.ts
var NOT_PACKAGES2 = /* @__PURE__ */ new Set(["python", "pip"]);
function isEnvironmentFile(f) {
  return (f.ext === "yml" || f.ext === "yaml") && f.name.startsWith("environment");
}
function condaSpec(spec) {
  const channel = spec.lastIndexOf("::");
  const bare = (channel === -1 ? spec : spec.slice(channel + 2)).trim();
  const m = /^([A-Za-z0-9_][A-Za-z0-9._-]*)\s*(.*)$/.exec(bare);
  if (!m?.[1]) return void 0;
  const version = (m[2] ?? "").replace(/\s+/g, "");
  return version ? { name: m[1], version } : { name: m[1] };
}
function parseEnvironment(text, file, sink) {
  const doc = asRecord(parseOrWarn(text, "YAML", file, sink));
  const deps = doc?.["dependencies"];
  if (!Array.isArray(deps)) return;
  const lines = new KeyLines(text);
  let cursor = lines.assignedKey("dependencies", 0, ":")?.end ?? 0;
  const lineOf2 = (spec) => {
    const found = lines.literal(spec, cursor);
    if (!found) return lines.lineOf(cursor);
    cursor = found.end;
    return found.line;
  };
  for (const item of deps) {
    const spec = asString(item);
    if (spec !== void 0) {
      const parsed = condaSpec(spec);
      const line = lineOf2(spec);
      if (parsed && !NOT_PACKAGES2.has(parsed.name.toLowerCase()))
        addDependency(sink, file, "conda", { ...parsed, line });
      continue;
    }
    for (const pipSpec of stringsOf(asRecord(item)?.["pip"]))
      addRequirement(sink, file, pipSpec, lineOf2(pipSpec));
  }
}
var condaEnvironmentParser = {
  format: "environment.yml",
  matches: isEnvironmentFile,
  parse: parseEnvironment
};

// src/extract/manifests/go-mod.ts
var REQUIRE_LINE = /^require\s+(\S+)\s+(\S+)(.*)$/;
var BLOCK_ITEM = /^(\S+)\s+(\S+)(.*)$/;
function parseGoMod(text, file, sink) {
  const rows = text.split("\n");
  let inRequire = false;
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ?? "").trim();
    if (inRequire) {
      if (row.startsWith(")")) inRequire = false;
      else addModule(BLOCK_ITEM.exec(row), i + 1, file, sink);
    } else if (/^require\s*\($/.test(row)) {
      inRequire = true;
    } else {
      addModule(REQUIRE_LINE.exec(row), i + 1, file, sink);
    }
  }
}
function addModule(m, line, file, sink) {
  const [, name, version, rest] = m ?? [];
  if (!name || !version || name.startsWith("//")) return;
  const indirect = (rest ?? "").includes("// indirect");
  if (indirect && roleOf("go", name).role === "other") return;
  addDependency(sink, file, "go", { name, version, line });
}
var goModParser = {
  format: "go.mod",
  matches: (f) => f.name === "go.mod",
  parse: parseGoMod
};

// src/extract/manifests/maven-gradle.ts
var MAX_DEPENDENCIES = 2e3;
var DEPENDENCY = /<dependency>([\s\S]{0,4000}?)<\/dependency>/g;
var PROPERTIES = /<properties>([\s\S]{0,100000}?)<\/properties>/;
var PROPERTY = /<([\w.-]{1,200})>\s{0,20}([^<]{0,200}?)\s{0,20}<\/\1>/g;
var PLACEHOLDER = /^\$\{([\w.-]{1,200})\}$/;
var COORDINATE = /^[\w.-]{1,200}$/;
function field(block, name) {
  const m = new RegExp(`<${name}>\\s{0,20}([^<]{1,300}?)\\s{0,20}</${name}>`).exec(block);
  return m?.[1];
}
function parsePom(text, file, sink) {
  if (!text.includes("<dependency>")) return;
  const properties = /* @__PURE__ */ new Map();
  const block = PROPERTIES.exec(text)?.[1] ?? "";
  for (const m of block.matchAll(PROPERTY)) if (m[1] && m[2]) properties.set(m[1], m[2].trim());
  const lines = new LineIndex(text);
  let added = 0;
  for (const m of text.matchAll(DEPENDENCY)) {
    const body = m[1] ?? "";
    const group3 = field(body, "groupId");
    const artifact = field(body, "artifactId");
    if (!group3 || !artifact || !COORDINATE.test(group3) || !COORDINATE.test(artifact)) continue;
    const raw = field(body, "version");
    const placeholder = raw ? PLACEHOLDER.exec(raw) : null;
    const version = placeholder ? properties.get(placeholder[1] ?? "") : raw;
    const scope = field(body, "scope") === "test" ? "development" : field(body, "optional") === "true" ? "optional" : void 0;
    addDependency(sink, file, "maven", {
      name: `${group3}:${artifact}`,
      ...version && !version.includes("${") ? { version } : {},
      line: lines.lineOf(m.index),
      ...scope ? { scope } : {}
    });
    if (++added >= MAX_DEPENDENCIES) return;
  }
}
var GRADLE_DEPENDENCY = /^\s{0,40}(implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|annotationProcessor|kapt|ksp)\s{0,5}\(?\s{0,5}["']([\w.-]{1,200}):([\w.-]{1,200})(?::([\w.+-]{1,100}))?(?:@[\w]+)?["']/;
function parseGradle(text, file, sink) {
  const rows = text.split("\n");
  let added = 0;
  for (let i = 0; i < rows.length && added < MAX_DEPENDENCIES; i++) {
    const m = GRADLE_DEPENDENCY.exec(rows[i] ?? "");
    if (!m?.[1] || !m[2] || !m[3]) continue;
    const scope = scopeOf(m[1]);
    addDependency(sink, file, "maven", {
      name: `${m[2]}:${m[3]}`,
      ...m[4] ? { version: m[4] } : {},
      line: i + 1,
      ...scope ? { scope } : {}
    });
    added++;
  }
}
var mavenPomParser = {
  format: "pom.xml",
  matches: (f) => f.name === "pom.xml",
  parse: parsePom
};
var gradleParser = {
  format: "build.gradle",
  matches: (f) => f.name === "build.gradle" || f.name === "build.gradle.kts",
  parse: parseGradle
};

// src/extract/manifests/package-json.ts
var NPM_DEPENDENCY_FIELDS = [
  "dependencies",
  "devDependencies",
  "peerDependencies",
  "optionalDependencies"
];
function parsePackageJson(text, file, sink) {
  const pkg = asRecord(parseOrWarn(text, "JSON", file, sink));
  if (!pkg) return;
  const lines = new KeyLines(text);
  const licence = pkg["license"];
  const licenceLine = lines.jsonKey("license")?.line ?? 0;
  const licenceType = asString(licence) ?? asString(asRecord(licence)?.["type"]);
  if (licenceType !== void 0) {
    sink.add(manifestLicence(licenceType, { file, line: licenceLine }, "package.json license field"));
  } else if (Array.isArray(pkg["licenses"])) {
    const line = lines.jsonKey("licenses")?.line ?? 0;
    for (const item of pkg["licenses"]) {
      const type = asString(asRecord(item)?.["type"]) ?? asString(item);
      if (type !== void 0) sink.add(manifestLicence(type, { file, line }, "package.json licenses field"));
    }
  }
  for (const field3 of NPM_DEPENDENCY_FIELDS) {
    const section = lines.jsonKey(field3);
    for (const [name, spec] of entriesOf(pkg[field3])) {
      const line = lines.jsonKey(name, section?.end ?? 0)?.line ?? section?.line ?? 0;
      const scope = scopeOf(field3);
      addDependency(sink, file, "npm", { name, version: asString(spec), line, ...scope ? { scope } : {} });
    }
  }
}
var packageJsonParser = {
  format: "package.json",
  matches: (f) => f.name === "package.json",
  parse: parsePackageJson
};

// src/extract/manifests/package-lock.ts
var NODE_MODULES = "node_modules/";
function parsePackageLock(text, file, sink) {
  const lock = asRecord(parseOrWarn(text, "JSON", file, sink));
  if (!lock) return;
  const lines = new KeyLines(text);
  const packages = asRecord(lock["packages"]);
  if (packages) readPackagesMap(packages, lines, file, sink);
  else readV1Dependencies(lock, lines, file, sink);
}
function readPackagesMap(packages, lines, file, sink) {
  const root2 = asRecord(packages[""]);
  const direct = /* @__PURE__ */ new Set();
  for (const field3 of NPM_DEPENDENCY_FIELDS) for (const [name] of entriesOf(root2?.[field3])) direct.add(name);
  const section = lines.jsonKey("packages");
  const emitted = /* @__PURE__ */ new Set();
  for (const [key, value] of Object.entries(packages)) {
    const at = key.lastIndexOf(NODE_MODULES);
    if (at === -1) continue;
    const name = key.slice(at + NODE_MODULES.length);
    const isDirect = at === 0 && direct.has(name);
    if (emitted.has(name) || !isDirect && roleOf("npm", name).role === "other") continue;
    const entry = asRecord(value);
    if (!entry || entry["link"] === true) continue;
    emitted.add(name);
    addDependency(sink, file, "npm", {
      name,
      version: asString(entry["version"]),
      licence: licenceOf(entry["license"]),
      line: lines.jsonKey(key, section?.end ?? 0)?.line ?? 0
    });
  }
}
function readV1Dependencies(lock, lines, file, sink) {
  const section = lines.jsonKey("dependencies");
  for (const [name, value] of entriesOf(lock["dependencies"])) {
    if (roleOf("npm", name).role === "other") continue;
    const line = lines.jsonKey(name, section?.end ?? 0)?.line ?? 0;
    addDependency(sink, file, "npm", { name, version: asString(asRecord(value)?.["version"]), line });
  }
}
function licenceOf(value) {
  return asString(value) ?? asString(asRecord(value)?.["type"]);
}
var packageLockParser = {
  format: "package-lock.json",
  matches: (f) => f.name === "package-lock.json" || f.name === "npm-shrinkwrap.json",
  parse: parsePackageLock
};

// src/extract/manifests/pipfile.ts
function parsePipfile(text, file, sink) {
  const doc = asRecord(parseOrWarn(text, "TOML", file, sink));
  if (!doc) return;
  const lines = new KeyLines(text);
  for (const section of ["packages", "dev-packages"])
    addDependencyTable(doc[section], section, lines, file, sink);
}
var pipfileParser = {
  format: "Pipfile",
  matches: (f) => f.name === "pipfile",
  parse: parsePipfile
};

// src/extract/manifests/pyproject-toml.ts
function parsePyproject(text, file, sink) {
  const doc = asRecord(parseOrWarn(text, "TOML", file, sink));
  if (!doc) return;
  const lines = new KeyLines(text);
  const project = asRecord(doc["project"]);
  if (project) readProject(project, lines, file, sink);
  const groups = lines.section("dependency-groups");
  for (const [group3, list] of entriesOf(doc["dependency-groups"])) {
    addRequirementList(
      stringsOf(list),
      lines.assignedKey(group3, groups?.end ?? 0)?.end ?? 0,
      lines,
      file,
      sink,
      scopeOf(group3, "optional")
    );
  }
  const poetry = asRecord(asRecord(doc["tool"])?.["poetry"]);
  if (poetry) readPoetry(poetry, lines, file, sink);
}
function readProject(project, lines, file, sink) {
  const section = lines.section("project");
  const from = section?.end ?? 0;
  const detail = "pyproject.toml [project] license";
  const licence = project["license"];
  const licenceLine = lines.assignedKey("license", from, "=")?.line ?? section?.line ?? 0;
  const table = asRecord(licence);
  const text = asString(licence) ?? asString(table?.["text"]);
  const path2 = asString(table?.["file"]);
  if (text !== void 0) sink.add(manifestLicence(text, { file, line: licenceLine }, detail));
  else if (path2 !== void 0) sink.add(licenceFilePointer(path2, { file, line: licenceLine }, detail));
  const deps = lines.assignedKey("dependencies", from, "=");
  addRequirementList(stringsOf(project["dependencies"]), deps?.end ?? from, lines, file, sink);
  const optional = lines.section("project.optional-dependencies") ?? lines.assignedKey("optional-dependencies", from);
  for (const [extra, list] of entriesOf(project["optional-dependencies"])) {
    const key = lines.assignedKey(extra, optional?.end ?? from, "=");
    addRequirementList(
      stringsOf(list),
      key?.end ?? optional?.end ?? from,
      lines,
      file,
      sink,
      scopeOf(extra, "optional")
    );
  }
}
function readPoetry(poetry, lines, file, sink) {
  const section = lines.section("tool.poetry");
  const licence = asString(poetry["license"]);
  if (licence !== void 0) {
    const line = lines.assignedKey("license", section?.end ?? 0, "=")?.line ?? section?.line ?? 0;
    sink.add(manifestLicence(licence, { file, line }, "pyproject.toml [tool.poetry] license"));
  }
  addDependencyTable(poetry["dependencies"], "tool.poetry.dependencies", lines, file, sink);
  addDependencyTable(poetry["dev-dependencies"], "tool.poetry.dev-dependencies", lines, file, sink);
  for (const [group3, value] of entriesOf(poetry["group"])) {
    const header = `tool.poetry.group.${group3}.dependencies`;
    addDependencyTable(asRecord(value)?.["dependencies"], header, lines, file, sink);
  }
}
function addRequirementList(specs, from, lines, file, sink, scope) {
  let cursor = from;
  for (const spec of specs) {
    const found = lines.literal(spec, cursor);
    if (found) cursor = found.end;
    addRequirement(sink, file, spec, found?.line ?? lines.lineOf(from), "pypi", scope);
  }
}
var pyprojectParser = {
  format: "pyproject.toml",
  matches: (f) => f.name === "pyproject.toml",
  parse: parsePyproject
};

// src/extract/manifests/requirements-txt.ts
var EGG = /#egg=([A-Za-z0-9][A-Za-z0-9._-]*)/;
function isRequirementsFile(f) {
  if (f.ext !== "txt" && f.ext !== "in") return false;
  if (f.name.startsWith("requirements")) return true;
  const lower = f.path.toLowerCase();
  return f.ext === "txt" && (lower.startsWith("requirements/") || lower.includes("/requirements/"));
}
function parseRequirementsTxt(text, file, sink) {
  const rows = text.split("\n");
  for (let i = 0; i < rows.length; i++) {
    const lineNo = i + 1;
    const parts = [];
    let part = rows[i] ?? "";
    while (part.trimEnd().endsWith("\\") && i + 1 < rows.length) {
      parts.push(part.trimEnd().slice(0, -1));
      part = rows[++i] ?? "";
    }
    parts.push(part);
    let row = parts.join(" ");
    row = stripComment(row).trim();
    if (row === "") continue;
    if (row.startsWith("-")) {
      const egg = /^(?:-e|--editable)\s/.test(row) ? EGG.exec(row) : null;
      if (egg?.[1]) addRequirement(sink, file, egg[1], lineNo);
      continue;
    }
    const option = row.search(/\s-/);
    addRequirement(sink, file, option === -1 ? row : row.slice(0, option), lineNo);
  }
}
function stripComment(row) {
  if (row.trimStart().startsWith("#")) return "";
  const at = row.search(/\s#/);
  return at === -1 ? row : row.slice(0, at);
}
var requirementsTxtParser = {
  format: "requirements.txt",
  matches: isRequirementsFile,
  parse: parseRequirementsTxt
};

// src/extract/manifests/setup-cfg.ts
function readIni(text) {
  const ini = /* @__PURE__ */ new Map();
  let section;
  let current;
  const rows = text.split("\n");
  for (let i = 0; i < rows.length; i++) {
    const raw = (rows[i] ?? "").replace(/\r$/, "");
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) continue;
    if (/^\s/.test(raw)) {
      current?.push({ text: trimmed, line: i + 1 });
      continue;
    }
    if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
      const name = trimmed.slice(1, -1).trim().toLowerCase();
      section = ini.get(name) ?? /* @__PURE__ */ new Map();
      ini.set(name, section);
      current = void 0;
      continue;
    }
    const sep = trimmed.search(/[=:]/);
    if (sep <= 0 || !section) {
      current = void 0;
      continue;
    }
    current = [];
    section.set(trimmed.slice(0, sep).trim().toLowerCase(), current);
    const value = trimmed.slice(sep + 1).trim();
    if (value !== "") current.push({ text: value, line: i + 1 });
  }
  return ini;
}
function parseSetupCfg(text, file, sink) {
  const ini = readIni(text);
  const metadata = ini.get("metadata");
  const licence = metadata?.get("license")?.[0];
  if (licence) {
    const detail = "setup.cfg [metadata] license";
    const at = { file, line: licence.line };
    if (licence.text.startsWith("file:"))
      sink.add(licenceFilePointer(licence.text.slice(5).trim(), at, detail));
    else sink.add(manifestLicence(licence.text, at, detail));
  }
  const add = (values, scope) => {
    for (const v of values ?? []) {
      const spec = v.text.replace(/\s#.*$/, "");
      if (!spec.startsWith("#")) addRequirement(sink, file, spec, v.line, "pypi", scope);
    }
  };
  add(ini.get("options")?.get("install_requires"));
  for (const [extra, values] of ini.get("options.extras_require") ?? [])
    add(values, scopeOf(extra, "optional"));
}
var setupCfgParser = {
  format: "setup.cfg",
  matches: (f) => f.name === "setup.cfg",
  parse: parseSetupCfg
};

// src/extract/manifests/manifest-extractor.ts
var MANIFEST_PARSERS = [
  packageJsonParser,
  packageLockParser,
  requirementsTxtParser,
  pyprojectParser,
  setupCfgParser,
  pipfileParser,
  condaEnvironmentParser,
  goModParser,
  cargoTomlParser,
  mavenPomParser,
  gradleParser
];
var manifestExtractor = {
  name: "manifests",
  wants: (file) => MANIFEST_PARSERS.some((p) => p.matches(file)) ? "text" : null,
  extract(file, sink) {
    if (file.text === void 0) return;
    const parser = MANIFEST_PARSERS.find((p) => p.matches(file.info));
    parser?.parse(file.text, file.info.path, sink);
  }
};

// src/extract/artefacts/adapter-config.ts
var BASE_KEY = "base_model_name_or_path";
function extractAdapterConfig(text, file, sink) {
  if (!text.includes(`"${BASE_KEY}"`)) return;
  const config = asRecord(parseOrWarn(text, "JSON", file, sink));
  const base = asString(config?.[BASE_KEY])?.trim();
  if (!base || !looksLikeId(base)) return;
  sink.add({
    kind: "model",
    file,
    line: new KeyLines(text).jsonKey(BASE_KEY)?.line ?? 0,
    name: base,
    via: "config",
    strength: "strong",
    relation: "adapter",
    derivedFrom: file
  });
}

// src/extract/artefacts/weight-formats.ts
var WEIGHT_EXTENSIONS = {
  safetensors: "safetensors",
  gguf: "gguf",
  ggml: "ggml",
  pt: "pt",
  pth: "pth",
  ckpt: "ckpt",
  onnx: "onnx",
  tflite: "tflite",
  keras: "keras",
  mlmodel: "mlmodel",
  pdparams: "pdparams"
};
var CONTAINER_EXTENSIONS = {
  bin: "bin",
  pkl: "pickle",
  pickle: "pickle",
  joblib: "joblib",
  h5: "h5",
  npz: "npz",
  pb: "pb",
  msgpack: "msgpack"
};
var MODEL_WORDS = /model|weight|ckpt|checkpoint|adapter|lora|classifier|regressor|estimator/;
var MODEL_FOLDERS = /* @__PURE__ */ new Set(["model", "models", "weights", "checkpoints", "ckpt", "ckpts", "saved_model"]);
function inModelFolder(path2) {
  const parts = path2.toLowerCase().split("/");
  parts.pop();
  return parts.some((p) => MODEL_FOLDERS.has(p));
}
function weightsFormatOf(file) {
  const sure = ownEntry(WEIGHT_EXTENSIONS, file.ext);
  if (sure) return sure;
  const container = ownEntry(CONTAINER_EXTENSIONS, file.ext);
  if (!container) return null;
  const stem = file.name.slice(0, -(file.ext.length + 1));
  return MODEL_WORDS.test(stem) || inModelFolder(file.path) ? container : null;
}
function weightsFormatOfExtension(ext) {
  return ownEntry(WEIGHT_EXTENSIONS, ext) ?? ownEntry(CONTAINER_EXTENSIONS, ext) ?? null;
}

// src/extract/artefacts/gitattributes-lfs.ts
function patternExtension(pattern) {
  const last = pattern.slice(pattern.lastIndexOf("/") + 1).toLowerCase();
  const dot = last.lastIndexOf(".");
  const ext = dot === -1 ? "" : last.slice(dot + 1);
  return /^[a-z0-9]+$/.test(ext) ? ext : void 0;
}
function extractLfsRules(text, file, sink) {
  const seen = /* @__PURE__ */ new Set();
  const rows = text.split("\n");
  for (let i = 0; i < rows.length; i++) {
    const parts = (rows[i] ?? "").trim().split(/\s+/);
    const pattern = parts[0];
    if (!pattern || pattern.startsWith("#") || !parts.includes("filter=lfs")) continue;
    const ext = patternExtension(pattern);
    const format = ext ? weightsFormatOfExtension(ext) : null;
    if (!format || seen.has(format)) continue;
    seen.add(format);
    sink.add({ kind: "weights", file, line: i + 1, format, size: 0, lfsRule: true });
  }
}

// src/extract/artefacts/model-config.ts
function extractHfConfig(text, file, sink) {
  if (!text.includes('"architectures"') && !text.includes('"model_type"')) return;
  const config = asRecord(parseOrWarn(text, "JSON", file, sink));
  if (!config) return;
  const lines = new KeyLines(text);
  const architectures = config["architectures"];
  const first2 = Array.isArray(architectures) ? asString(architectures[0]) : void 0;
  const modelType = asString(config["model_type"]);
  const [name, key] = first2 ? [first2, "architectures"] : modelType ? [modelType, "model_type"] : [];
  if (name && key) {
    sink.add({
      kind: "architecture",
      source: "config.json",
      name,
      file,
      line: lines.jsonKey(key)?.line ?? 0
    });
  }
  addSavedFrom(config, lines, file, sink);
}
function addSavedFrom(config, lines, file, sink) {
  const savedFrom = asString(config["_name_or_path"])?.trim();
  if (!savedFrom || !looksLikeId(savedFrom) || !findModel({ name: savedFrom, via: "config" })) return;
  sink.add({
    kind: "model",
    file,
    line: lines.jsonKey("_name_or_path")?.line ?? 0,
    name: savedFrom,
    via: "config",
    strength: "strong"
  });
}
function extractParamsJson(text, file, sink) {
  if (!text.includes('"n_layers"') || !text.includes('"dim"')) return;
  const params = asRecord(parseOrWarn(text, "JSON", file, sink));
  const dim = params?.["dim"];
  const layers = params?.["n_layers"];
  if (typeof dim !== "number" || typeof layers !== "number") return;
  const heads = params?.["n_heads"];
  const vocab = params?.["vocab_size"];
  const details = [`dim ${dim}`, `${layers} layers`];
  if (typeof heads === "number") details.push(`${heads} heads`);
  if (typeof vocab === "number" && vocab > 0) details.push(`vocab ${vocab}`);
  const line = new KeyLines(text).jsonKey("dim")?.line ?? 0;
  sink.add({
    kind: "architecture",
    source: "params.json",
    name: `transformer (${details.join(", ")})`,
    file,
    line
  });
}

// src/extract/artefacts/model-code.ts
var CLASS = /^[ \t]*class[ \t]+([A-Za-z_]\w*)[ \t]*\(([^)\n]*)\)/gm;
var MODEL_BASE = /(?:^|[\s,.])(?:nn\.Module|\w*PreTrainedModel)\s*(?:,|$)/;
function extractModelCode(text, file, sink) {
  if (!text.includes("nn.Module") && !text.includes("PreTrainedModel")) return;
  CLASS.lastIndex = 0;
  for (let m = CLASS.exec(text); m !== null; m = CLASS.exec(text)) {
    if (!MODEL_BASE.test(m[2] ?? "")) continue;
    const line = new LineIndex(text).lineOf(m.index + m[0].indexOf("class"));
    sink.add({ kind: "architecture", source: "model-code", name: m[1] ?? "", file, line });
    return;
  }
}

// src/extract/artefacts/ollama-modelfile.ts
var QUOTES2 = '"""';
var LOCAL_PATH = /^(?:\.{1,2}[\\/]|[\\/~]|[A-Za-z]:\\)|\.(?:gguf|ggml|bin|safetensors)$/i;
function isModelfile(f) {
  return f.name === "modelfile" || f.ext === "modelfile";
}
function extractModelfile(text, file, sink) {
  const rows = text.split("\n");
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ?? "").trim();
    const m = /^([A-Za-z]+)\s+(.*)$/.exec(row);
    if (!m?.[1]) continue;
    const instruction = m[1].toUpperCase();
    let arg = (m[2] ?? "").trim();
    const line = i + 1;
    if (arg.startsWith(QUOTES2)) {
      const parts = [arg.slice(QUOTES2.length)];
      while (!(parts[parts.length - 1] ?? "").includes(QUOTES2) && i + 1 < rows.length)
        parts.push(rows[++i] ?? "");
      const block = parts.join("\n");
      const close = block.indexOf(QUOTES2);
      arg = (close === -1 ? block : block.slice(0, close)).trim();
    }
    if (instruction === "FROM" && arg !== "") {
      const localFile = LOCAL_PATH.test(arg);
      sink.add({
        kind: "model",
        name: arg,
        via: "modelfile",
        strength: "strong",
        file,
        line,
        ...localFile ? { localFile: true } : {}
      });
    } else if (instruction === "LICENSE") {
      sink.add(modelfileLicence(arg, file, line));
    }
  }
}
function modelfileLicence(text, file, line) {
  const detail = "Modelfile LICENSE block";
  const named = !text.includes("\n") && text.length <= 100 ? manifestLicence(text, { file, line }, detail) : void 0;
  const known = named && named.id !== null && named.confidence >= 0.8;
  return {
    kind: "licence",
    method: "card",
    source: "card",
    file,
    line,
    id: known ? named.id : null,
    confidence: known ? 0.8 : 0.3,
    detail: known ? detail : `${detail} (licence text present, not identified)`
  };
}

// src/extract/artefacts/gguf-header.ts
var WANTED = /* @__PURE__ */ new Set(["general.architecture", "general.name", "general.basename", "general.license"]);
var MAX_KEY_BYTES = 65535;
var MAX_KEPT_STRING = 512;
var MAX_ARRAY_DEPTH = 4;
var STRING = 8;
var ARRAY = 9;
var FIXED_SIZE = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8
};
var Stop = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  reason;
};
var Reader = class {
  constructor(bytes, fileSize) {
    this.bytes = bytes;
    this.fileSize = fileSize;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  bytes;
  fileSize;
  pos = 0;
  view;
  /** Makes sure `n` more bytes can be read; the error says whether the file or our read ran out. */
  need(n, what) {
    if (this.pos + n <= this.bytes.length) return;
    if (this.pos + n > this.fileSize) {
      const msg = `${what} needs ${n} bytes at offset ${this.pos}, past the end of the ${this.fileSize}-byte file`;
      throw new Stop("malformed", msg);
    }
    throw new Stop("head-limit", "the metadata continues past the bytes read");
  }
  u32(what) {
    this.need(4, what);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  /** A u64 as a number; values past 2^53 lose precision but stay huge, which is all the checks need. */
  u64(what) {
    this.need(8, what);
    const v = Number(this.view.getBigUint64(this.pos, true));
    this.pos += 8;
    return v;
  }
  skip(n, what) {
    this.need(n, what);
    this.pos += n;
  }
  /** A GGUF string (u64 length + UTF-8). Decoded only when `keep`; at most MAX_KEPT_STRING chars are kept. */
  string(what, keep, maxBytes = Infinity) {
    const len = this.u64(`${what} length`);
    if (len > maxBytes)
      throw new Stop("malformed", `${what} length ${len} is over the ${maxBytes}-byte limit`);
    this.need(len, what);
    const start = this.pos;
    this.pos += len;
    if (!keep) return void 0;
    const text = new TextDecoder("utf-8", { fatal: false }).decode(this.bytes.subarray(start, start + len));
    return text.slice(0, MAX_KEPT_STRING);
  }
};
function skipValue(r, type, key, depth) {
  const size = FIXED_SIZE[type];
  if (size !== void 0) {
    r.skip(size, `value of ${key}`);
    return;
  }
  if (type === STRING) {
    r.string(`string value of ${key}`, false);
    return;
  }
  if (type !== ARRAY) throw new Stop("malformed", `unknown value type ${type} for ${key}`);
  if (depth >= MAX_ARRAY_DEPTH)
    throw new Stop("malformed", `arrays nested deeper than ${MAX_ARRAY_DEPTH} in ${key}`);
  const itemType = r.u32(`array type of ${key}`);
  const count = r.u64(`array length of ${key}`);
  const itemSize = FIXED_SIZE[itemType];
  if (itemSize !== void 0) {
    r.skip(count * itemSize, `array ${key}`);
    return;
  }
  r.need(count * 8, `array ${key} of ${count} items`);
  for (let i = 0; i < count; i++) skipValue(r, itemType, key, depth + 1);
}
function readGgufHeader(bytes, fileSize) {
  if (bytes.length < 4 || bytes[0] !== 71 || bytes[1] !== 71 || bytes[2] !== 85 || bytes[3] !== 70) {
    return { ok: false, message: "no GGUF magic bytes at the start" };
  }
  const r = new Reader(bytes, Math.max(fileSize, bytes.length));
  r.pos = 4;
  const header = { version: 0, tensorCount: 0, kvCount: 0, metadata: {} };
  try {
    header.version = r.u32("version");
    if (header.version !== 2 && header.version !== 3) {
      return { ok: false, message: `GGUF version ${header.version} is not supported (only 2 and 3)` };
    }
    header.tensorCount = r.u64("tensor count");
    header.kvCount = r.u64("key/value count");
    if (header.kvCount * 13 > fileSize) {
      throw new Stop("malformed", `${header.kvCount} key/value pairs cannot fit in ${fileSize} bytes`);
    }
    for (let i = 0; i < header.kvCount; i++) {
      const key = r.string("key", true, MAX_KEY_BYTES) ?? "";
      const type = r.u32(`type of ${key}`);
      if (type === STRING && WANTED.has(key)) {
        header.metadata[key] = r.string(`value of ${key}`, true) ?? "";
      } else {
        skipValue(r, type, key, 0);
      }
    }
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    header.stopped = err.reason === "head-limit" ? { reason: "head-limit" } : { reason: "malformed", message: err.message };
  }
  return { ok: true, header };
}

// src/extract/artefacts/lfs-pointer.ts
var SIGNATURE = "version https://git-lfs.github.com/spec/v1";
var MAX_POINTER_BYTES = 1024;
function parseLfsPointer(head) {
  if (!head || head.length < SIGNATURE.length || head.length > MAX_POINTER_BYTES) return void 0;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head);
  if (!text.startsWith(SIGNATURE)) return void 0;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d{1,16})$/m.exec(text)?.[1];
  return oid && size ? { oid, size: Number(size) } : void 0;
}

// src/extract/artefacts/weights-file.ts
function extractWeightsFile(file, format, sink) {
  const path2 = file.info.path;
  const lfs = parseLfsPointer(file.head);
  const evidence = {
    kind: "weights",
    file: path2,
    line: 0,
    format,
    size: lfs?.size ?? file.size
  };
  if (lfs) evidence.lfs = lfs;
  if (!lfs && format === "gguf" && file.head) readGgufInto(evidence, file.head, file.size, sink);
  sink.add(evidence);
  if (evidence.architecture) {
    sink.add({ kind: "architecture", source: "gguf", name: evidence.architecture, file: path2, line: 0 });
  }
}
function readGgufInto(evidence, head, size, sink) {
  const parsed = readGgufHeader(head, size);
  if (!parsed.ok) {
    sink.warn({
      file: evidence.file,
      code: "malformed",
      message: `Not a readable GGUF file: ${parsed.message}.`
    });
    return;
  }
  const { metadata, stopped } = parsed.header;
  const architecture = metadata["general.architecture"];
  const license = metadata["general.license"];
  const name = metadata["general.name"] ?? metadata["general.basename"];
  if (architecture) evidence.architecture = architecture;
  if (license) evidence.license = license;
  if (name) evidence.name = name;
  if (stopped?.reason === "malformed") {
    sink.warn({
      file: evidence.file,
      code: "malformed",
      message: `GGUF header is truncated or malformed (${stopped.message}); metadata after that point was not read.`
    });
  }
}

// src/extract/artefacts/artefact-extractor.ts
function artefactKind(f) {
  if (weightsFormatOf(f)) return "weights";
  if (f.name === ".gitattributes") return "gitattributes";
  if (f.name === "config.json") return "config";
  if (f.name === "adapter_config.json") return "adapter";
  if (f.name === "params.json") return "params";
  if (isModelfile(f)) return "modelfile";
  if (f.ext === "py") return "python";
  return null;
}
var artefactExtractor = {
  name: "artefacts",
  // Weights need only their first bytes (LFS pointer, GGUF header); the rest need text.
  wants: (f) => {
    const kind = artefactKind(f);
    return kind === null ? null : kind === "weights" ? "head" : "text";
  },
  extract(file, sink) {
    const kind = artefactKind(file.info);
    const path2 = file.info.path;
    if (kind === "weights") {
      extractWeightsFile(file, weightsFormatOf(file.info) ?? file.info.ext, sink);
      return;
    }
    const text = file.text;
    if (text === void 0) return;
    if (kind === "gitattributes") extractLfsRules(text, path2, sink);
    else if (kind === "config") extractHfConfig(text, path2, sink);
    else if (kind === "adapter") extractAdapterConfig(text, path2, sink);
    else if (kind === "params") extractParamsJson(text, path2, sink);
    else if (kind === "modelfile") extractModelfile(text, path2, sink);
    else if (kind === "python") extractModelCode(text, path2, sink);
  }
};

// src/extract/cards/card-keys.ts
var DATASET_KEYS = /* @__PURE__ */ new Set([
  "task_categories",
  "task_ids",
  "size_categories",
  "source_datasets",
  "configs",
  "dataset_info",
  "annotations_creators",
  "language_creators",
  "multilinguality",
  "pretty_name",
  "paperswithcode_id",
  "train_eval_index",
  "license_details"
]);
var MODEL_OR_SHARED_KEYS = /* @__PURE__ */ new Set([
  "license",
  "license_name",
  "license_link",
  "datasets",
  "base_model",
  "base_model_relation",
  "pipeline_tag",
  "library_name",
  "model-index",
  "new_version",
  "gated",
  "widget"
]);
var GATED_PREFIX = "extra_gated_";
function isCardKey(key) {
  return DATASET_KEYS.has(key) || MODEL_OR_SHARED_KEYS.has(key) || key.startsWith(GATED_PREFIX);
}
function isCardMetadata(meta) {
  return Object.keys(meta).some(isCardKey);
}
function mentionsCardKey(yaml) {
  for (const line of yaml.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0 && isCardKey(line.slice(0, colon).trim())) return true;
  }
  return false;
}
function cardTypeOf(meta, fileName) {
  if (fileName === "dataset_card.md") return "dataset";
  return Object.keys(meta).some((k) => DATASET_KEYS.has(k)) ? "dataset" : "model";
}
function isGated(meta) {
  const gated = meta["gated"];
  if (gated !== void 0 && gated !== null && gated !== false && gated !== "false") return true;
  return Object.keys(meta).some((k) => k.startsWith(GATED_PREFIX));
}
var CARD_FILE_NAMES = /* @__PURE__ */ new Set(["readme.md", "model_card.md", "dataset_card.md"]);

// src/extract/cards/card-sections.ts
var STANDARD_SECTIONS = [
  // model card template
  "Model Details",
  "Model Description",
  "Model Sources",
  "Uses",
  "Direct Use",
  "Downstream Use",
  "Out-of-Scope Use",
  "Bias, Risks, and Limitations",
  "Recommendations",
  "How to Get Started with the Model",
  "Training Details",
  "Training Data",
  "Training Procedure",
  "Preprocessing",
  "Training Hyperparameters",
  "Speeds, Sizes, Times",
  "Evaluation",
  "Testing Data, Factors & Metrics",
  "Testing Data",
  "Factors",
  "Metrics",
  "Results",
  "Summary",
  "Model Examination",
  "Environmental Impact",
  "Technical Specifications",
  "Model Architecture and Objective",
  "Compute Infrastructure",
  "Hardware",
  "Software",
  "Citation",
  "Glossary",
  "More Information",
  "Model Card Authors",
  "Model Card Contact",
  // dataset card template
  "Dataset Details",
  "Dataset Description",
  "Dataset Sources",
  "Dataset Structure",
  "Dataset Creation",
  "Curation Rationale",
  "Source Data",
  "Data Collection and Processing",
  "Who are the source data producers?",
  "Annotations",
  "Annotation process",
  "Who are the annotators?",
  "Personal and Sensitive Information",
  "Dataset Card Authors",
  "Dataset Card Contact"
];
var ALIASES = {
  "bias risks limitations": "Bias, Risks, and Limitations",
  "bias risks and limitations": "Bias, Risks, and Limitations",
  limitations: "Bias, Risks, and Limitations",
  "intended uses": "Uses",
  "intended use": "Uses",
  "model architecture": "Model Architecture and Objective",
  "training dataset": "Training Data",
  "citation information": "Citation",
  bibtex: "Citation"
};
var MORE_INFO_NEEDED = "[more information needed]";
function normalise(heading) {
  return heading.toLowerCase().replace(/\[optional\]|\(optional\)/g, " ").replace(/[^a-z0-9]+/g, " ").trim();
}
var BY_NORMALISED = new Map([
  ...STANDARD_SECTIONS.map((s) => [normalise(s), s]),
  ...Object.entries(ALIASES)
]);
var ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.{1,300})/;
function cardSections(text) {
  const lines = splitLines(text);
  const skip = nonProseLines(text);
  const sections = [];
  const empty = [];
  let current = null;
  let currentSaysNeeded = false;
  const close = () => {
    if (current !== null && currentSaysNeeded && !empty.includes(current)) empty.push(current);
  };
  for (let i = 0; i < lines.length; i++) {
    if (skip[i + 1]) continue;
    const line = lines[i] ?? "";
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      close();
      const title = (heading[1] ?? "").replace(/#+\s*$/, "");
      current = BY_NORMALISED.get(normalise(title)) ?? null;
      currentSaysNeeded = false;
      if (current !== null && !sections.includes(current)) sections.push(current);
    } else if (current !== null && line.toLowerCase().includes(MORE_INFO_NEEDED)) {
      currentSaysNeeded = true;
    }
  }
  close();
  return { sections, emptySections: empty };
}

// src/extract/cards/yaml-value-lines.ts
var YamlValueLines = class {
  constructor(yaml, firstLine) {
    this.firstLine = firstLine;
    this.lines = yaml.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  }
  firstLine;
  lines;
  /** File line of the top-level `key:`, or the first YAML line when it cannot be found. */
  keyLine(key) {
    const index = this.keyIndex(key);
    return index === -1 ? this.firstLine : this.firstLine + index;
  }
  /**
   * File line of `value` as an entry of the top-level `key`: a `- value` line in the block
   * below it. Falls back to the key's line (flow lists `[a, b]`, scalars, odd layouts).
   */
  entryLine(key, value) {
    const index = this.keyIndex(key);
    if (index === -1) return this.firstLine;
    for (let i = index + 1; i < this.lines.length; i++) {
      const line = this.lines[i] ?? "";
      if (isTopLevelKey(line)) break;
      const trimmed = line.trimStart();
      if (trimmed.startsWith("-") && unquote(stripComment2(trimmed.slice(1))) === value)
        return this.firstLine + i;
    }
    return this.firstLine + index;
  }
  keyIndex(key) {
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i] ?? "";
      for (const written of [key, `"${key}"`, `'${key}'`]) {
        if (line.startsWith(written) && line.slice(written.length).trimStart().startsWith(":")) return i;
      }
    }
    return -1;
  }
};
function isTopLevelKey(line) {
  const first2 = line[0];
  return first2 !== void 0 && first2 !== " " && first2 !== "	" && first2 !== "-" && first2 !== "#";
}
function stripComment2(text) {
  const at = text.indexOf(" #");
  return (at === -1 ? text : text.slice(0, at)).trim();
}
function unquote(text) {
  const first2 = text[0];
  if (text.length >= 2 && (first2 === '"' || first2 === "'") && text.endsWith(first2)) return text.slice(1, -1);
  return text;
}

// src/extract/cards/card-extractor.ts
var MARKDOWN_EXTS = /* @__PURE__ */ new Set(["md", "markdown", "mdx"]);
var cardExtractor = {
  name: "card",
  wants: (file) => MARKDOWN_EXTS.has(file.ext) ? "text" : null,
  extract(file, sink) {
    if (file.text === void 0) return;
    const fm = frontMatter(file.text);
    if (fm === null) return;
    const meta = parseCardMetadata(fm, file, sink);
    if (meta === null) return;
    emitCard(meta, fm, file, sink);
  }
};
function parseCardMetadata(fm, file, sink) {
  const parsed = parseYamlSafely(fm.yaml);
  if (!parsed.ok) {
    if (CARD_FILE_NAMES.has(file.info.name) || mentionsCardKey(fm.yaml)) {
      sink.warn({
        file: file.info.path,
        line: errorLine(parsed.error, fm.firstLine),
        code: "malformed",
        message: `The card's YAML front matter does not parse (${parsed.error}); its metadata was not read.`
      });
    }
    return null;
  }
  const meta = asRecord(parsed.value);
  return meta !== void 0 && isCardMetadata(meta) ? meta : null;
}
function errorLine(message, firstLine) {
  const m = /\((\d{1,7}):\d{1,7}\)/.exec(message);
  return m ? firstLine + Number(m[1]) - 1 : firstLine - 1;
}
function stringOrList(value) {
  const items = Array.isArray(value) ? value : [value];
  const out = [];
  for (const item of items) {
    if (typeof item === "string" && item.trim() !== "") out.push(item.trim());
  }
  return out;
}
function optionalString(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function emitCard(meta, fm, file, sink) {
  const path2 = file.info.path;
  const where = new YamlValueLines(fm.yaml, fm.firstLine);
  const rawLicences = stringOrList(meta["license"]);
  const licences = rawLicences.map((l) => l.toLowerCase());
  const licenseName = optionalString(meta["license_name"]);
  const licenseLink = optionalString(meta["license_link"]);
  const baseModels = stringOrList(meta["base_model"]);
  const relation = optionalString(meta["base_model_relation"])?.toLowerCase();
  const datasets = stringOrList(meta["datasets"]);
  const { sections, emptySections } = cardSections(file.text ?? "");
  const card = {
    kind: "card",
    file: path2,
    line: 1,
    cardType: cardTypeOf(meta, file.info.name),
    datasets,
    baseModels,
    tags: stringOrList(meta["tags"]),
    gated: isGated(meta),
    sections,
    emptySections
  };
  if (licences[0] !== void 0) card.license = licences[0];
  if (licences.length > 1) card.licenses = licences;
  if (licenseName !== void 0) card.licenseName = licenseName;
  if (licenseLink !== void 0) card.licenseLink = licenseLink;
  if (relation !== void 0) card.baseModelRelation = relation;
  const pipelineTag = optionalString(meta["pipeline_tag"]);
  if (pipelineTag !== void 0) card.pipelineTag = pipelineTag;
  const libraryName = optionalString(meta["library_name"]);
  if (libraryName !== void 0) card.libraryName = libraryName;
  sink.add(card);
  for (const name of baseModels) {
    sink.add({
      kind: "model",
      file: path2,
      line: where.entryLine("base_model", name),
      name,
      via: "card-base-model",
      strength: "strong",
      derivedFrom: path2,
      ...relation !== void 0 ? { relation } : {}
    });
  }
  for (const name of datasets) {
    sink.add({
      kind: "dataset",
      file: path2,
      line: where.entryLine("datasets", name),
      name,
      via: "card",
      strength: "strong"
    });
  }
  const extra = [
    licenseName !== void 0 ? `license_name "${licenseName}"` : "",
    licenseLink !== void 0 ? `license_link "${licenseLink}"` : ""
  ].filter((s) => s !== "");
  rawLicences.forEach((raw, i) => {
    sink.add({
      kind: "licence",
      file: path2,
      line: rawLicences.length > 1 ? where.entryLine("license", raw) : where.keyLine("license"),
      // The Hub's own id, lower-cased; the knowledge base maps it to SPDX or LicenseRef later.
      id: licences[i] ?? raw.toLowerCase(),
      confidence: 0.9,
      method: "card",
      source: "card",
      detail: [`card license: field "${raw}"`, ...extra].join("; ")
    });
  });
}

// src/extract/claims/claim-vocabulary.ts
var set = (words) => new Set(words.trim().split(/\s+/));
var AI_NOUNS = set(`
  model models llm llms lm lms slm slms vlm vlms ai weights checkpoint checkpoints dataset datasets
  data corpus corpora chatbot chatbots gpt embeddings
`);
var SYSTEM_NOUNS = set(`
  system systems project stack release alternative replacement reproduction assistant version family
  suite everything it this
`);
var NON_AI_CONTINUATIONS = set(`
  library libraries framework frameworks tool tools toolkit toolkits engine engines server servers hub
  zoo registry runner runners format formats card cards loader loaders api apis sdk sdks package packages
  interface interfaces repository repositories repo repos code codebase implementation implementations
  training inference serving gateway gateways router proxy platform platforms app apps application
  applications ui client clients cli pipeline pipelines benchmark benchmarks leaderboard leaderboards
  evaluation evaluations hosting marketplace catalog catalogue explorer viewer builder management ops
  community communities ecosystem ecosystems movement research researchers developers space spaces
  software infrastructure playground wrapper wrappers plugin plugins extension extensions orchestration
  compiler runtime runtimes license licence licenses licences standard standards specification spec
  tutorial tutorials course guide docs documentation conference summit projects contributors
  contributions settings setting file files folder folders menu directory dialog panel config page tab
  powered driven based native first ready generated assisted enabled friendly
`);
var PHRASE_STOPS = set(`
  for with from to in on at by of via under into over about as than like including such versus vs
  the a an this that these those its their our your my his her we you they he she them us which who
  whose where when while whereas but so yet if because although though
  is are was were be been being am has have had can could will would should may might must do does did
  not no never
`);
var CONJUNCTIONS = set(`and or & plus`);
var SELF_MARKERS = set(`a an the our this its my first only`);
var RELEASE_VERBS = set(`
  release releases released releasing publish publishes published present presents presented
  introduce introduces introduced provide provides offer offers share shares shared build builds
  built open opened opens
`);
var COPULAS = set(`is are was were be been being remains remain stays stay`);
var PREDICATE_FILLERS = set(`
  now also all both entirely fully completely totally truly released published made available
  licensed distributed provided shared and free openly
`);
var INTENSIFIERS = set(`fully 100% truly completely totally entirely genuinely`);
var NEGATIONS = set(`not no never non none neither nor without cannot hardly nothing`);
var OTHER_SUBJECT_CUES = set(`
  other others existing many most some several various numerous popular prior previous
  unlike than compared compare comparing comparison versus vs against outperform outperforms
  outperformed outperforming beat beats surpass surpasses rival rivals match matches among between
  whether if define defines defined definition called
  use uses using used run runs running serve serves serving deploy deploys deploying host hosts hosting
  support supports supported supporting load loads loading download downloads downloading integrate
  integrates integrating connect connects chat query call calls access accesses evaluate evaluates
  evaluating benchmark benchmarks benchmarking finetune finetuned tune tuned explore try leverage leverages
  their
  label labels labelled labeled branded marketed advertised claim claims claimed claiming flag flags flagged
  projects repositories repos
  implementation implementations implements implementing reimplementation reimplementations
  collection catalog catalogue zoo recipes
  intend intends intended plan plans planned planning aim aims hope hopes wish going soon
`);
var OBJECT_PREPOSITIONS = set(
  `with for from to on via by across among between against than like versus vs through`
);
var AI_CONTEXT_WORDS = set(`
  ai llm llms gpt chatgpt weights checkpoint checkpoints dataset datasets neural ml generative diffusion
  transformer transformers chatbot inference embeddings model models lm lms slm vlm multimodal
  finetuned finetuning pretrained pretraining
`);
var AI_CONTEXT_PAIRS = set(`
  machine_learning deep_learning fine_tuned fine_tuning pre_trained pre_training language_model
`);
var NON_AI_MODEL_MODIFIERS = set(`data object domain business threat view mental role pricing 3d`);

// src/extract/claims/claim-phrases.ts
var SOURCE_WORDS = /* @__PURE__ */ new Set(["source", "sourced", "sourcing"]);
var WEIGHT_WORDS = /* @__PURE__ */ new Set(["weight", "weights"]);
var ACCESS = "access";
var MODEL_STARTS = /* @__PURE__ */ new Set([
  "model",
  "models",
  "llm",
  "llms",
  "lm",
  "lms",
  "language",
  "foundation",
  "large"
]);
var GAP = "[^a-z0-9%'\u2019+_]*";
var PHRASE_CANDIDATE = new RegExp(
  `open(?:${GAP}(?:${anyOf([...SOURCE_WORDS, ...WEIGHT_WORDS, ACCESS, ...MODEL_STARTS])})|(?<=(?:${anyOf(INTENSIFIERS)})${GAP}open))`,
  "iu"
);
function mayHoldPhrase(text) {
  return PHRASE_CANDIDATE.test(text);
}
var wordAt = (tokens, i) => {
  const t = tokens[i];
  return t === void 0 || t.punct ? "" : t.word;
};
function findPhrases(tokens) {
  const found = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matchAt(tokens, i);
    if (match === null) continue;
    found.push(match);
    i = match.end - 1;
  }
  return found;
}
function matchAt(tokens, i) {
  const w = wordAt(tokens, i);
  if (!w.startsWith("open")) return null;
  const next2 = wordAt(tokens, i + 1);
  const from = INTENSIFIERS.has(wordAt(tokens, i - 1)) ? i - 1 : i;
  const match = (kind, end, flags = {}) => ({
    kind,
    start: from,
    end,
    nounFrom: end,
    selfAttached: flags.selfAttached === true,
    verbLike: flags.verbLike === true,
    accessLike: flags.accessLike === true
  });
  if (w === "opensource" || w === "opensourced") {
    return match("open-source-ai", i + 1, { verbLike: w === "opensourced" });
  }
  if (w === "openweight" || w === "openweights") {
    return match("open-weights", i + 1, { selfAttached: true });
  }
  if (w !== "open") return null;
  if (SOURCE_WORDS.has(next2)) {
    return match("open-source-ai", i + 2, { verbLike: true });
  }
  if (WEIGHT_WORDS.has(next2)) {
    return match("open-weights", i + 2, { selfAttached: true });
  }
  if (next2 === ACCESS) {
    return match("open-model", i + 2, { accessLike: true });
  }
  if (MODEL_STARTS.has(next2) && from === i) {
    return match("open-model", i + 1);
  }
  if (from !== i) {
    return match("open-source-ai", i + 1);
  }
  return null;
}

// src/extract/claims/tokens.ts
var NAME_SHAPE = new RegExp("^.+\\p{Lu}|^\\p{Lu}.*\\p{N}", "u");
var WORD_CHAR = /[\p{L}\p{N}%'\u2019+_]/u;
var ASCII_WORD_CHAR = Array.from({ length: 128 }, (_, c) => WORD_CHAR.test(String.fromCharCode(c)));
var PUNCT_CHARS = /* @__PURE__ */ new Set([",", ";", ":", "(", ")", "[", "]", "!", "?", '"', "\u201C", "\u201D", "\u2014", "\u2013", "/", "|"]);
var HYPHENS = /* @__PURE__ */ new Set(["-", "\u2010", "\u2011", "\u2012"]);
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? "";
    if (isWordChar4(text, i)) {
      const start = i;
      while (i < text.length) {
        if (isWordChar4(text, i)) i++;
        else if (text[i] === "." && isWordChar4(text, i + 1))
          i++;
        else break;
      }
      const raw = text.slice(start, i);
      const word = raw.toLowerCase();
      tokens.push({
        word: word.includes("\u2019") ? word.replace(/\u2019/g, "'") : word,
        punct: false,
        start,
        end: i,
        ...word !== raw && NAME_SHAPE.test(raw) ? { named: true } : {}
      });
    } else if (PUNCT_CHARS.has(c) || HYPHENS.has(c) && !isWordHyphen(text, i)) {
      tokens.push({ word: HYPHENS.has(c) || c === "\u2013" ? "\u2014" : c, punct: true, start: i, end: i + 1 });
      i++;
    } else {
      if (HYPHENS.has(c) && tokens.length > 0) tokens[tokens.length - 1].hyphenated = true;
      i++;
    }
  }
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const next2 = tokens[k + 1];
    if (!t.punct && !next2.punct && new RegExp("\\p{Lu}", "u").test(text[t.start] ?? "") && /\d/.test(text[next2.start] ?? ""))
      t.named = true;
  }
  return tokens;
}
function isWordChar4(text, i) {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD_CHAR[c];
  return i >= 0 && i < text.length && WORD_CHAR.test(text[i]);
}
function isWordHyphen(text, i) {
  return isWordChar4(text, i - 1) && isWordChar4(text, i + 1);
}

// src/extract/claims/claim-attachment.ts
var MAX_PHRASE_WORDS = 5;
var MAX_CONJUNCTS = 4;
var LEADING_DETERMINERS = /* @__PURE__ */ new Set(["the", "our", "its", "all", "a", "an", "this", "these", "their", "my"]);
var isWord = (t) => t !== void 0 && !t.punct;
function isJoined(a, b) {
  return a?.hyphenated === true && b !== void 0 && !b.punct && a.end + 1 === b.start;
}
function nounPhraseAfter(tokens, from, allowDeterminer) {
  let j = from;
  let skippedDeterminer = false;
  if (allowDeterminer && isWord(tokens[j]) && LEADING_DETERMINERS.has(tokens[j].word)) {
    j++;
    skippedDeterminer = true;
  }
  const heads = [];
  let words = 0;
  let last = null;
  let previous = "";
  const close = () => {
    if (last !== null) heads.push(last);
    last = null;
    previous = "";
    words = 0;
  };
  for (; j < tokens.length && heads.length < MAX_CONJUNCTS; j++) {
    const t = tokens[j];
    const joinsAnother = t.word === "," || CONJUNCTIONS.has(t.word);
    if (joinsAnother) {
      if (last === null) break;
      close();
      continue;
    }
    const inCompound = isJoined(tokens[j - 1], t) && isJoined(t, tokens[j + 1]);
    if (t.punct || PHRASE_STOPS.has(t.word) && !inCompound || words >= MAX_PHRASE_WORDS) break;
    last = { word: t.word, index: j, modifier: previous };
    previous = t.word;
    words++;
    if (AI_NOUNS.has(t.word) && aiNounIsHead(t.word, tokens[j + 1])) {
      close();
      const after = tokens[j + 1];
      if (after === void 0 || !(after.word === "," || CONJUNCTIONS.has(after.word))) break;
    }
  }
  close();
  return { heads, nonEmpty: heads.length > 0, skippedDeterminer };
}
var IRREGULAR_PARTICIPLES = /* @__PURE__ */ new Set([
  "built",
  "made",
  "written",
  "known",
  "run",
  "taken",
  "given",
  "done",
  "grown"
]);
function looksLikeVerb(word) {
  if (IRREGULAR_PARTICIPLES.has(word) || word.endsWith("ed")) return true;
  return word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
}
function aiNounIsHead(word, next2) {
  if (!isWord(next2) || PHRASE_STOPS.has(next2.word) || CONJUNCTIONS.has(next2.word)) return true;
  if (next2.named) return true;
  if (NON_AI_CONTINUATIONS.has(next2.word) || AI_NOUNS.has(next2.word)) return false;
  const plural = word.endsWith("s");
  return plural || looksLikeVerb(next2.word);
}
function subjectBefore(tokens, phraseStart) {
  let j = phraseStart - 1;
  let linked = false;
  let contractedSubject = null;
  for (; j >= 0; j--) {
    const t = tokens[j];
    if (t.punct) break;
    if (COPULAS.has(t.word) || t.word === "as") linked = true;
    else if (t.word.endsWith("'s") || t.word.endsWith("'re")) {
      linked = true;
      contractedSubject = t.word.slice(0, t.word.lastIndexOf("'"));
      j--;
      break;
    } else if (!PREDICATE_FILLERS.has(t.word) && !isNegation(t.word)) break;
  }
  if (!linked) return null;
  if (contractedSubject !== null) {
    const head = { word: contractedSubject, index: j + 1, modifier: "" };
    return { heads: [head], nonEmpty: true, skippedDeterminer: false };
  }
  if (tokens[j]?.word === ")") {
    while (j >= 0 && tokens[j].word !== "(") j--;
    j--;
  }
  const heads = [];
  let inConjunct = false;
  let words = 0;
  for (; j >= 0 && words < MAX_PHRASE_WORDS * 2; j--) {
    const t = tokens[j];
    if (t.word === "," || CONJUNCTIONS.has(t.word)) {
      inConjunct = false;
      continue;
    }
    if (t.word === "of" && inConjunct) {
      heads.pop();
      inConjunct = false;
      continue;
    }
    const pronoun = t.word === "it" || t.word === "this" || t.word === "everything";
    if (t.punct || PHRASE_STOPS.has(t.word) && !pronoun) break;
    if (!inConjunct) {
      const before = tokens[j - 1];
      heads.push({ word: t.word, index: j, modifier: isWord(before) ? before.word : "" });
    }
    inConjunct = true;
    words++;
    if (pronoun) break;
  }
  return { heads, nonEmpty: heads.length > 0, skippedDeterminer: false };
}
function isAiHead(head) {
  if (!AI_NOUNS.has(head.word)) return false;
  return !((head.word === "model" || head.word === "models") && NON_AI_MODEL_MODIFIERS.has(head.modifier));
}
function isNegation(word) {
  return word.endsWith("n't");
}
function attachmentOf(phrase) {
  if (phrase.heads.some(isAiHead)) return "ai";
  if (phrase.heads.some((h) => SYSTEM_NOUNS.has(h.word))) return "system";
  return "none";
}
function sentenceIsAboutAi(tokens, skip) {
  for (let i = 0; i < tokens.length; i++) {
    if (i >= skip.start && i < skip.end) continue;
    const t = tokens[i];
    if (t.punct) continue;
    const prev = i > 0 ? tokens[i - 1].word : "";
    const next2 = tokens[i + 1]?.word ?? "";
    if (AI_CONTEXT_PAIRS.has(`${t.word}_${next2}`)) return true;
    if (!AI_CONTEXT_WORDS.has(t.word)) continue;
    if ((t.word === "model" || t.word === "models") && NON_AI_MODEL_MODIFIERS.has(prev)) continue;
    return true;
  }
  return false;
}

// src/extract/claims/claim-context.ts
var NEGATION_WINDOW = 5;
var CUE_WINDOW = 8;
var CLAUSE_BREAKS = /* @__PURE__ */ new Set([",", ";", ":", "(", ")", "\u2014", '"', "\u201C", "\u201D", "[", "]", "|"]);
function clauseBefore(tokens, from, max) {
  const out = [];
  for (let j = from - 1; j >= 0 && out.length < max; j--) {
    const t = tokens[j];
    if (CLAUSE_BREAKS.has(t.word)) break;
    if (!t.punct) out.push(t);
  }
  return out;
}
function isNegated(tokens, phraseStart) {
  const before = clauseBefore(tokens, phraseStart, NEGATION_WINDOW);
  for (let k = 0; k < before.length; k++) {
    const word = before[k].word;
    if (!NEGATIONS.has(word) && !isNegation(word)) continue;
    const following = k > 0 ? before[k - 1].word : "";
    if (word === "not" && (following === "only" || following === "just")) continue;
    return true;
  }
  return false;
}
var TITLE_CUES = /* @__PURE__ */ new Set([
  "paper",
  "papers",
  "titled",
  "title",
  "article",
  "report",
  "preprint",
  "post",
  "blog",
  "book",
  "talk",
  "thesis"
]);
var MAX_TITLE_CUE_DISTANCE = 3;
function isInQuotedTitle(tokens, phraseStart) {
  let open = -1;
  for (let j = 0; j < phraseStart; j++) {
    const w = tokens[j].word;
    if (w === "\u201C" || w === '"' && open === -1) open = j;
    else if (w === "\u201D" || w === '"') open = -1;
  }
  if (open === -1) return false;
  for (let j = open - 1, words = 0; j >= 0 && words < MAX_TITLE_CUE_DISTANCE; j--) {
    if (tokens[j].punct) continue;
    if (TITLE_CUES.has(tokens[j].word)) return true;
    words++;
  }
  return false;
}
function isAboutOthers(tokens, phraseStart, phraseEndOfNoun) {
  if (isInQuotedTitle(tokens, phraseStart)) return true;
  const before = clauseBefore(tokens, phraseStart, CUE_WINDOW);
  if (before.some((t) => OTHER_SUBJECT_CUES.has(t.word))) return true;
  const nearest = before[0]?.word ?? "";
  const second = before[1]?.word ?? "";
  if (OBJECT_PREPOSITIONS.has(nearest)) return true;
  if (OBJECT_PREPOSITIONS.has(second) && isDeterminerLike(nearest)) return true;
  const after = tokens.slice(phraseEndOfNoun, phraseEndOfNoun + 2).map((t) => t.word);
  if (after[0] === "such" && after[1] === "as") return true;
  return after[0] === "like" || after[0] === "including";
}
function isDeterminerLike(word) {
  return word === "the" || word === "a" || word === "an" || word === "other" || word === "all";
}
function isQuestion(sentence) {
  return sentence.trimEnd().endsWith("?");
}

// src/extract/claims/classify-sentence.ts
var PRONOUN_CONTRACTIONS = /* @__PURE__ */ new Set(["it's", "that's", "here's", "we're", "they're", "this's"]);
var SELF_WINDOW = 3;
var LINK = /\[([^\][]{1,200})\]\([^()\s]{0,500}\)|`([^`<\n]{1,200}?) ?<[^<>\s]{1,500}>`__?/g;
var linkTexts = (text) => text.includes("](") || text.includes(">`_") ? text.replace(LINK, (m, md, rst) => {
  const t = md ?? rst ?? "";
  return ` ${t}${" ".repeat(m.length - t.length - 1)}`;
}) : text;
function classifySentence(raw, options = {}) {
  const sentence = linkTexts(raw);
  if (isQuestion(sentence)) return [];
  const claims = cjkClaims(sentence);
  if (!mayHoldPhrase(sentence)) return claims;
  const tokens = tokenize(sentence);
  for (const match of findPhrases(tokens)) {
    const claim2 = judgePhrase(tokens, match, sentence, options.labelsProject === true);
    if (claim2 !== null) claims.push(claim2);
  }
  return claims;
}
function judgePhrase(tokens, m, sentence, labelsProject) {
  if (isNegated(tokens, m.start)) return null;
  let shape = "attributive";
  let phraseEnd = m.end;
  let nounEnd = m.end;
  let attached = "ai";
  let verbWithObject = false;
  let othersFrom = m.start;
  if (!m.selfAttached) {
    let from = m.nounFrom;
    if (m.accessLike && tokens[from]?.word === "to") from++;
    const after = nounPhraseAfter(tokens, from, m.verbLike || m.accessLike);
    verbWithObject = m.verbLike && after.skippedDeterminer;
    if (after.nonEmpty) {
      attached = attachmentOf(after);
      nounEnd = lastHead(after) + 1;
      if (m.kind === "open-model" && !m.accessLike) phraseEnd = firstAiHead(after) + 1;
    } else {
      let subject = m.kind === "open-model" && !m.accessLike ? null : subjectBefore(tokens, m.start);
      if (!subject?.nonEmpty && m.kind !== "open-model") {
        const made = objectMadeOpen(tokens, m.start);
        if (made) {
          subject = made.object;
          othersFrom = made.verb;
        }
      }
      if (subject === null || !subject.nonEmpty) return null;
      shape = "predicative";
      attached = attachmentOf(subject);
    }
    if (m.kind === "open-model" && !m.accessLike && attached !== "ai") return null;
  }
  if (attached === "none") return null;
  if (attached === "system" && !sentenceIsAboutAi(tokens, { start: m.start, end: m.end })) return null;
  const beside = nameAfter(sentence, tokens, nounEnd) ?? (shape === "attributive" ? nameBefore(sentence, tokens, m.start) : void 0);
  const about = namedSubject(sentence, tokens, m.start) ?? beside;
  const ownAmong = shape === "attributive" && selfAmongOthers(tokens, m.start);
  if (shape === "attributive" && !labelsProject && about === void 0 && !ownAmong && !isOwnSubject(tokens, m.start, verbWithObject) && !isTagline(tokens, m.start, nounEnd))
    return null;
  if (beside === void 0 && !ownAmong && isAboutOthers(tokens, othersFrom, nounEnd)) return null;
  const first2 = tokens[m.start];
  const last = tokens[phraseEnd - 1];
  return {
    claimKind: m.kind,
    phrase: sentence.slice(first2.start, last.end),
    offset: first2.start,
    ...about !== void 0 ? { about } : {}
  };
}
function isOwnSubject(tokens, start, verbWithObject) {
  let words = 0;
  for (let j = start - 1; j >= 0 && words < SELF_WINDOW; j--) {
    const t = tokens[j];
    if (t.punct) {
      return j === start - 1 && (t.word === ":" || t.word === "\u2014") && j > 0 && !tokens[j - 1].punct;
    }
    words++;
    if (t.word === "we" || t.word === "i") return true;
    if (verbWithObject) continue;
    if (SELF_MARKERS.has(t.word) || RELEASE_VERBS.has(t.word) || COPULAS.has(t.word)) return true;
    if (PRONOUN_CONTRACTIONS.has(t.word)) return true;
  }
  return false;
}
var AMONG_FILLERS = /* @__PURE__ */ new Set(["the", "available", "existing", "all", "many", "leading", "strong", "best"]);
var OWN_SET_WINDOW = 12;
function selfAmongOthers(tokens, phraseStart) {
  let j = phraseStart - 1;
  while (j >= 0 && AMONG_FILLERS.has(tokens[j].word)) j--;
  const cue = tokens[j]?.word;
  let from;
  if (cue === "other" && tokens[j - 1]?.word === "and") from = j - 2;
  else if (cue === "among") from = j - 1;
  else return false;
  let ranked = cue !== "among";
  for (let k = from; k >= 0 && from - k < OWN_SET_WINDOW; k--) {
    const t = tokens[k];
    if (t.punct && t.word !== ",") return false;
    if (RANK_WORDS.has(t.word)) ranked = true;
    if (t.word === "our" || t.word === "we") return ranked;
  }
  return false;
}
var RANK_WORDS = /* @__PURE__ */ new Set([
  "best",
  "top",
  "first",
  "leading",
  "strongest",
  "highest",
  "performance",
  "rank",
  "ranks",
  "ranked",
  "sota",
  "state"
]);
function isTagline(tokens, phraseStart, nounEnd) {
  for (let j = 0; j < phraseStart; j++) if (!INTENSIFIERS.has(tokens[j].word)) return false;
  const next2 = tokens[nounEnd]?.word ?? "";
  return !COPULAS.has(next2) && !AUXILIARIES.has(next2);
}
var AUXILIARIES = /* @__PURE__ */ new Set([
  "can",
  "could",
  "will",
  "would",
  "should",
  "may",
  "might",
  "must",
  "have",
  "has",
  "do",
  "does"
]);
function nameAfter(sentence, tokens, nounEnd) {
  const t = tokens[nounEnd];
  if (t === void 0 || t.punct || PHRASE_STOPS_AFTER.has(t.word)) return void 0;
  return /[\p{Lu}]/u.test(sentence.charAt(t.start)) ? sentence.slice(t.start, t.end) : void 0;
}
var PHRASE_STOPS_AFTER = /* @__PURE__ */ new Set(["i", "a", "an", "the"]);
var MAX_NAME_WORDS = 4;
function nameBefore(sentence, tokens, phraseStart) {
  let from = phraseStart;
  while (from > 0 && phraseStart - from < MAX_NAME_WORDS) {
    const t = tokens[from - 1];
    if (t.punct || !/[\p{Lu}\p{N}]/u.test(sentence.charAt(t.start))) break;
    from--;
  }
  const words = tokens.slice(from, phraseStart);
  if (!words.some((t) => new RegExp("\\p{Lu}", "u").test(sentence.charAt(t.start)))) return void 0;
  if (from === 0 && words.length === 1 && !words[0].named) return void 0;
  return sentence.slice(words[0].start, words[words.length - 1].end);
}
var MAKE_VERBS = /* @__PURE__ */ new Set(["made", "make", "makes", "making"]);
var MAKE_WINDOW = 16;
function objectMadeOpen(tokens, phraseStart) {
  for (let j = phraseStart - 1; j >= 0 && phraseStart - j <= MAKE_WINDOW; j--) {
    const t = tokens[j];
    if (t.punct && t.word !== "/" && t.word !== "(" && t.word !== ")") return null;
    if (!MAKE_VERBS.has(t.word)) continue;
    const maker = tokens.slice(Math.max(0, j - 3), j).some((w) => w.word === "we");
    if (!maker) return null;
    const words = tokens.slice(j + 1, phraseStart).filter((w) => !w.punct);
    if (words.length === 0) return null;
    const head = words.find((w) => AI_NOUNS.has(w.word)) ?? words[words.length - 1];
    const object = {
      heads: [{ word: head.word, index: tokens.indexOf(head), modifier: "" }],
      nonEmpty: true,
      skippedDeterminer: false
    };
    return { object, verb: j };
  }
  return null;
}
var GENERIC_SUBJECT_WORDS = new Set(
  "it this that these those they we you he she there here the a an our its their my your model models project library tool app application system repository repo code framework package it's".split(
    " "
  )
);
var MAX_SUBJECT_WORDS = 6;
var LIST_PUNCT = /* @__PURE__ */ new Set([",", "(", ")"]);
var SUBJECT_VERBS = /* @__PURE__ */ new Set(["provides", "offers"]);
function namedSubject(sentence, tokens, phraseStart) {
  let copula = -1;
  for (let j = 0; j < phraseStart && j <= MAX_SUBJECT_WORDS; j++) {
    const t = tokens[j];
    if (t.punct) return void 0;
    if (COPULAS.has(t.word) || SUBJECT_VERBS.has(t.word)) {
      copula = j;
      break;
    }
  }
  if (copula < 1) return void 0;
  for (let j = copula + 1; j < phraseStart; j++)
    if (tokens[j].punct && !LIST_PUNCT.has(tokens[j].word)) return void 0;
  const words = tokens.slice(0, copula);
  const named = words.find((t) => !GENERIC_SUBJECT_WORDS.has(t.word));
  if (!named) return void 0;
  const firstChar = sentence.charAt(named.start);
  const common = words.every(
    (t) => GENERIC_SUBJECT_WORDS.has(t.word) || AI_NOUNS.has(t.word) || SYSTEM_NOUNS.has(t.word) || NON_AI_CONTINUATIONS.has(t.word) || SELF_MARKERS.has(t.word) || PREDICATE_FILLERS.has(t.word)
  );
  if (!/[\p{Lu}\p{N}]/u.test(firstChar) && (common || words.length > 2)) return void 0;
  return sentence.slice(words[0].start, words[words.length - 1].end);
}
var CJK_OPEN_SOURCE = /\u5f00\u6e90(?:\u7684)?[\u4e00-\u9fff]{0,6}?(?:\u6a21\u578b|\u6743\u91cd|\u6570\u636e\u96c6|LLM|LLMs)/u;
var CJK_WE_RELEASE = /\u6211\u4eec(?:\u6b63\u5f0f|\u5df2\u7ecf|\u5df2)?\u5f00\u6e90\u4e86?[^\u3002\uff01\uff1f]{0,40}?(?:\u6a21\u578b|\u6743\u91cd|\u6570\u636e\u96c6)/u;
var CJK_NEGATED = /(?:\u4e0d\u662f|\u5e76\u975e|\u4e0d|\u975e|\u672a)[^\uff0c\u3002]{0,3}\u5f00\u6e90/u;
var CJK_SUBJECT = /^([^\uff0c\u3002\uff1a:,]{1,40}?)\s*\u662f/u;
function cjkClaims(sentence) {
  if (!sentence.includes("\u5F00\u6E90") || CJK_NEGATED.test(sentence)) return [];
  const ours = CJK_WE_RELEASE.exec(sentence);
  if (ours) return [{ claimKind: "open-source-ai", phrase: "\u5F00\u6E90", offset: sentence.indexOf("\u5F00\u6E90") }];
  const m = CJK_OPEN_SOURCE.exec(sentence);
  const subject = CJK_SUBJECT.exec(sentence)?.[1]?.replace(/[*_`]/g, "").trim();
  if (!m || subject === void 0) return [];
  return [{ claimKind: "open-source-ai", phrase: m[0], offset: m.index, about: subject }];
}
function lastHead(np) {
  return np.heads[np.heads.length - 1]?.index ?? 0;
}
function firstAiHead(np) {
  return (np.heads.find(isAiHead) ?? np.heads[0])?.index ?? 0;
}

// src/extract/claims/manifest-prose.ts
var MANIFEST_NAMES = /* @__PURE__ */ new Set([
  "package.json",
  "pyproject.toml",
  "citation.cff"
]);
function manifestTexts(file, kind) {
  const text = file.text ?? "";
  const keys = new KeyLines(text);
  try {
    if (kind === "package.json") return packageJsonTexts(asRecord(JSON.parse(text)), keys);
    if (kind === "pyproject.toml") return pyprojectTexts(asRecord(parse(text)), keys);
    const yaml = parseYamlSafely(text);
    return yaml.ok ? citationTexts(asRecord(yaml.value), keys) : [];
  } catch {
    return [];
  }
}
function packageJsonTexts(pkg, keys) {
  if (pkg === void 0) return [];
  const out = [];
  const description = asString(pkg["description"]);
  if (description !== void 0) out.push(field2(keys, description, keys.jsonKey("description"), true));
  const keywordsKey = keys.jsonKey("keywords");
  for (const keyword of stringsOf(pkg["keywords"])) {
    out.push(
      field2(keys, keyword, keys.literal(JSON.stringify(keyword), keywordsKey?.end ?? 0) ?? keywordsKey, true)
    );
  }
  return out;
}
function pyprojectTexts(doc, keys) {
  if (doc === void 0) return [];
  const out = [];
  const tables = [asRecord(doc["project"]), asRecord(asRecord(doc["tool"])?.["poetry"])];
  for (const table of tables) {
    if (table === void 0) continue;
    const description = asString(table["description"]);
    if (description !== void 0)
      out.push(field2(keys, description, keys.assignedKey("description", 0, "="), true));
    const classifiersKey = keys.assignedKey("classifiers", 0, "=");
    for (const classifier of stringsOf(table["classifiers"])) {
      out.push(
        field2(keys, classifier, keys.literal(classifier, classifiersKey?.end ?? 0) ?? classifiersKey, true)
      );
    }
  }
  return out;
}
function citationTexts(cff, keys) {
  if (cff === void 0) return [];
  const out = [];
  const title = asString(cff["title"]);
  if (title !== void 0) out.push(field2(keys, title, keys.assignedKey("title", 0, ":"), true));
  const abstract = asString(cff["abstract"]);
  if (abstract !== void 0) out.push(field2(keys, abstract, keys.assignedKey("abstract", 0, ":"), false));
  const keywordsKey = keys.assignedKey("keywords", 0, ":");
  for (const keyword of stringsOf(cff["keywords"])) {
    out.push(field2(keys, keyword, keys.literal(keyword, keywordsKey?.end ?? 0) ?? keywordsKey, true));
  }
  return out;
}
var MAX_VALUE_LINES = 200;
function field2(keys, text, at, labelsProject) {
  const line = at?.line ?? 1;
  const lineOf2 = (phrase) => {
    const found = keys.literal(phrase, at?.end ?? 0);
    return found !== void 0 && found.line - line < MAX_VALUE_LINES ? found.line : line;
  };
  return { text, line, lineOf: lineOf2, labelsProject };
}

// src/extract/claims/prose-paragraphs.ts
var MAX_LINE_CHARS = 1e4;
var MAX_PARAGRAPH_CHARS = 2e4;
var MAX_HEADINGS = 6;
var MAX_HEADING_CHARS = 200;
var LIST_MARKER = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
var LINKED_LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\*\*|__)?\[[^\]\n]{1,200}\]\((?:https?:)?\/\//;
var HEADING2 = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
var OTHER_WORK_HEADING = /^ {0,3}(#{1,6})[ \t]+(?:\W{0,4}[ \t]*)?(?:publications?|papers?(?: using [^\n]{1,60})?|citations?|citing\b[^\n]{0,60}|cite\b[^\n]{0,60}|references|bibliography|related (?:work|projects?|models?)|acknowledge?ments?|credits|alternatives|similar projects|see also)[ \t]*[:.]?[ \t]*#*[ \t]*$/i;
var RST_UNDERLINE = /^([=\-~^"'`#*+:._])\1{2,}\s*$/;
var HTML_TAG = /<\/?[A-Za-z][^<>]{0,300}>/g;
var LINK_TARGET = /\]\([^()\s]{0,1000}(?:\s+"[^"]{0,300}")?\)/g;
var EMPHASIS_UNDERSCORES = /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
function proseParagraphs(text, flavour, needle) {
  const lines = splitLines(text);
  const skip = flavour === "markdown" ? nonProseLines(text) : rstNonProseLines(lines);
  const paragraphs = [];
  let pieces = [];
  let lineNos = [];
  let wanted = needle === void 0;
  let inComment2 = false;
  let previousBlank = true;
  let inIndentedCode = false;
  let inLinkedItem = false;
  let otherWorkLevel = 0;
  let trail = [];
  let headings = [];
  const flush = () => {
    if (pieces.length > 0 && wanted) {
      const paragraph = joinClean(pieces, lineNos);
      if (headings.length > 0) paragraph.headings = headings;
      if (paragraph.text.trim() !== "") paragraphs.push(paragraph);
    }
    pieces = [];
    lineNos = [];
    wanted = needle === void 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? "").slice(0, MAX_LINE_CHARS);
    const lineNo = i + 1;
    const stripped = stripComments(raw, inComment2);
    inComment2 = stripped.inComment;
    const line = stripped.text;
    const blank = line.trim() === "";
    if (skip[lineNo] || blank) {
      flush();
      previousBlank = blank || previousBlank;
      inIndentedCode = false;
      inLinkedItem = false;
      continue;
    }
    const indented = /^(?: {4}|\t)/.test(line) && !LIST_MARKER.test(line.trimStart());
    if (flavour === "markdown" && indented && (previousBlank || inIndentedCode)) {
      inIndentedCode = true;
      previousBlank = false;
      continue;
    }
    inIndentedCode = false;
    previousBlank = false;
    const trimmed = line.trimStart();
    if (trimmed.startsWith("|") || RST_UNDERLINE.test(trimmed)) {
      flush();
      continue;
    }
    const heading = flavour === "markdown" && HEADING2.test(line);
    if (heading) {
      const level = /#{1,6}/.exec(line)?.[0].length ?? 1;
      if (otherWorkLevel > 0 && level <= otherWorkLevel) otherWorkLevel = 0;
      if (otherWorkLevel === 0 && OTHER_WORK_HEADING.test(line)) otherWorkLevel = level;
      flush();
      const text2 = cleanInline(line).slice(0, MAX_HEADING_CHARS);
      trail = [...trail.filter((h) => h.level < level), { level, text: text2 }].slice(-MAX_HEADINGS);
      headings = trail.map((h) => h.text);
    }
    if (otherWorkLevel > 0) {
      flush();
      continue;
    }
    const listItem = LIST_MARKER.test(line);
    if (heading || listItem) {
      flush();
      inLinkedItem = flavour === "markdown" && LINKED_LIST_ITEM.test(line);
    }
    if (inLinkedItem) continue;
    pieces.push(line);
    lineNos.push(lineNo);
    if (!wanted) wanted = needle.test(line);
    if (heading) flush();
  }
  flush();
  return paragraphs;
}
function joinClean(pieces, lineNos) {
  const paragraph = { text: "", segments: [] };
  for (let k = 0; k < pieces.length && paragraph.text.length < MAX_PARAGRAPH_CHARS; k++) {
    if (paragraph.text !== "") paragraph.text += " ";
    paragraph.segments.push({ offset: paragraph.text.length, line: lineNos[k] });
    paragraph.text += cleanInline(pieces[k]);
  }
  return paragraph;
}
function stripComments(line, open) {
  let out = "";
  let i = 0;
  let inComment2 = open;
  while (i < line.length) {
    if (inComment2) {
      const close = line.indexOf("-->", i);
      if (close === -1) return { text: out, inComment: true };
      i = close + 3;
      inComment2 = false;
    } else {
      const start = line.indexOf("<!--", i);
      if (start === -1) return { text: out + line.slice(i), inComment: false };
      out += line.slice(i, start) + " ";
      i = start + 4;
      inComment2 = true;
    }
  }
  return { text: out, inComment: inComment2 };
}
function cleanInline(line) {
  let out = maskInlineCode(line).replace(HEADING2, " ").replace(LIST_MARKER, " ").replace(/^\s{0,3}(?:>\s?){1,10}/, " ");
  if (out.includes("<")) out = out.replace(HTML_TAG, " ");
  if (out.includes("](")) out = out.replace(LINK_TARGET, " ");
  if (out.includes("[") || out.includes("]") || out.includes("*") || out.includes("~")) {
    out = out.replace(/[[\]*~]/g, " ");
  }
  if (out.includes("_")) out = out.replace(EMPHASIS_UNDERSCORES, " ");
  return out.trim();
}
function maskInlineCode(line) {
  if (!line.includes("`")) return line;
  let out = "";
  let i = 0;
  while (i < line.length) {
    const open = line.indexOf("`", i);
    if (open === -1) break;
    let runEnd = open;
    while (line[runEnd] === "`") runEnd++;
    const fence = line.slice(open, runEnd);
    const close = findRun(line, fence, runEnd);
    if (close === -1) {
      out += line.slice(i, runEnd);
      i = runEnd;
      continue;
    }
    const isRstLink = fence === "`" && line[close + 1] === "_";
    const inner = isRstLink ? line.slice(runEnd, close).replace(/\s*<[^<>]*>\s*$/, "") : "";
    out += `${line.slice(i, open)} ${inner}`;
    i = close + fence.length;
  }
  return out + line.slice(i);
}
function findRun(line, fence, from) {
  for (let at = line.indexOf(fence, from); at !== -1; at = line.indexOf(fence, at + 1)) {
    let end = at + fence.length;
    if (line[end] === "`") {
      while (line[end] === "`") end++;
      at = end - 1;
      continue;
    }
    return at;
  }
  return -1;
}
function rstNonProseLines(lines) {
  const mask = new Array(lines.length + 1).fill(false);
  let blockIndent = -1;
  let pendingLiteral = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const indent = line.length - line.trimStart().length;
    const blank = line.trim() === "";
    if (blockIndent >= 0) {
      if (blank || indent > blockIndent) {
        mask[i + 1] = true;
        continue;
      }
      blockIndent = -1;
    }
    if (pendingLiteral && !blank) {
      pendingLiteral = false;
      if (indent > 0) {
        blockIndent = 0;
        mask[i + 1] = true;
        continue;
      }
    }
    if (line.trimStart().startsWith("..")) {
      mask[i + 1] = true;
      blockIndent = indent;
      continue;
    }
    if (line.trimEnd().endsWith("::")) pendingLiteral = true;
  }
  return mask;
}

// src/extract/claims/sentences.ts
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "e.g",
  "i.e",
  "etc",
  "vs",
  "cf",
  "fig",
  "no",
  "approx",
  "incl",
  "al",
  "mr",
  "dr"
]);
function splitSentences(paragraph) {
  const text = paragraph.text;
  const out = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\u3002" || c === "\uFF01" || c === "\uFF1F") {
      push(out, paragraph, start, i + 1);
      start = i + 1;
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    const next2 = text[i + 1];
    if (next2 !== void 0 && next2 !== " ") continue;
    const after = text[i + 2] ?? "";
    if (next2 !== void 0 && !/[\p{Lu}\p{N}"'\u201c\u2018(]/u.test(after)) continue;
    if (c === "." && ABBREVIATIONS.has(lastWord(text, i))) continue;
    push(out, paragraph, start, i + 1);
    start = i + 1;
  }
  push(out, paragraph, start, text.length);
  return out;
}
function push(out, paragraph, from, to) {
  const raw = paragraph.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text !== "") out.push({ text, offset: from + lead, paragraph });
}
function lastWord(text, i) {
  let j = i;
  while (j > 0 && i - j < 8 && /[\p{L}.]/u.test(text[j - 1] ?? "")) j--;
  return text.slice(j, i).toLowerCase();
}
function lineOf(sentence, offsetInSentence) {
  const at = sentence.offset + offsetInSentence;
  let line = sentence.paragraph.segments[0]?.line ?? 0;
  for (const seg of sentence.paragraph.segments) {
    if (seg.offset > at) break;
    line = seg.line;
  }
  return line;
}

// src/extract/claims/citation-titles.ts
var ENTRY_START = /^\s{0,8}@[A-Za-z]{2,20}\s{0,3}\{/;
var TITLE_FIELD = /^\s{0,8}title\s{0,3}=\s{0,3}["{](.{1,400})["}]\s{0,3},?\s{0,3}$/i;
var MAX_FIELDS_BEFORE_TITLE = 12;
function citationTitles(text) {
  if (!text.includes("@") || !/title/i.test(text)) return [];
  const out = [];
  const lines = splitLines(text);
  let entryAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (ENTRY_START.test(line)) {
      entryAt = i;
      continue;
    }
    if (entryAt < 0 || i - entryAt > MAX_FIELDS_BEFORE_TITLE) continue;
    const field3 = TITLE_FIELD.exec(line);
    if (!field3) continue;
    entryAt = -1;
    const title = (field3[1] ?? "").replace(/[{}]/g, "").trim();
    const colon = title.indexOf(":");
    if (colon <= 0) continue;
    const subject = title.slice(0, colon).trim();
    if (subject.split(/\s+/).length > 6) continue;
    out.push({ text: title, subject, line: i + 1 });
  }
  return out;
}

// src/extract/claims/claims-extractor.ts
var MARKDOWN_EXTS2 = /* @__PURE__ */ new Set(["md", "markdown", "mdx"]);
var MAX_QUOTE_CHARS = 300;
function flavourOf(file) {
  if (MARKDOWN_EXTS2.has(file.ext)) return "markdown";
  if (file.ext === "rst") return "rst";
  if (file.name.startsWith("readme") && (file.ext === "" || file.ext === "txt")) return "markdown";
  return null;
}
var QUIET = { warn: () => void 0 };
function notebookClaims(file) {
  const text = file.text ?? "";
  if (!OPEN.test(text)) return [];
  const out = [];
  for (const cell of notebookSegments(file.info.path, text, QUIET, "markdown")) {
    const lineMap = cell.lineMap ?? [];
    for (const claim2 of proseClaims({ ...file, text: cell.text }, "markdown"))
      out.push({ ...claim2, line: lineMap[claim2.line - 1] ?? cell.firstLine });
  }
  return out;
}
var claimsExtractor = {
  name: "claims",
  wants(file) {
    return MANIFEST_NAMES.has(file.name) || file.ext === "ipynb" || flavourOf(file) !== null ? "text" : null;
  },
  extract(file, sink) {
    if (file.text === void 0) return;
    const found = MANIFEST_NAMES.has(file.info.name) ? manifestClaims(file) : file.info.ext === "ipynb" ? notebookClaims(file) : proseClaims(file, flavourOf(file.info) ?? "markdown");
    const seen = /* @__PURE__ */ new Set();
    for (const claim2 of found) {
      const key = `${claim2.line}:${claim2.claimKind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sink.add(claim2);
    }
  }
};
var OPEN = /open|\u5f00\u6e90/i;
function proseClaims(file, flavour) {
  const out = [];
  const text = file.text ?? "";
  if (!OPEN.test(text)) return out;
  for (const paragraph of proseParagraphs(text, flavour, OPEN)) {
    if (!mayHoldPhrase(paragraph.text) && !paragraph.text.includes("\u5F00\u6E90")) continue;
    for (const sentence of splitSentences(paragraph)) {
      for (const claim2 of classifySentence(sentence.text)) {
        out.push({
          kind: "claim",
          file: file.info.path,
          line: lineOf(sentence, claim2.offset),
          claimKind: claim2.claimKind,
          text: quote(sentence.text, claim2.offset),
          phrase: claim2.phrase,
          ...claim2.about !== void 0 ? { about: claim2.about } : {},
          ...paragraph.headings ? { headings: paragraph.headings } : {}
        });
      }
    }
  }
  if (flavour === "markdown")
    for (const title of citationTitles(text))
      for (const claim2 of classifySentence(title.text, { labelsProject: true }))
        out.push({
          kind: "claim",
          file: file.info.path,
          line: title.line,
          claimKind: claim2.claimKind,
          text: quote(title.text, claim2.offset),
          phrase: claim2.phrase,
          about: title.subject
        });
  return out;
}
function manifestClaims(file) {
  const out = [];
  for (const field3 of manifestTexts(file, file.info.name)) {
    const text = field3.text.slice(0, 2e4).replace(/\s+/g, " ");
    const paragraph = { text, segments: [{ offset: 0, line: field3.line }] };
    for (const sentence of splitSentences(paragraph)) {
      for (const claim2 of classifySentence(sentence.text, { labelsProject: field3.labelsProject })) {
        out.push({
          kind: "claim",
          file: file.info.path,
          line: field3.lineOf(claim2.phrase),
          claimKind: claim2.claimKind,
          text: quote(sentence.text, claim2.offset),
          phrase: claim2.phrase
        });
      }
    }
  }
  return out;
}
function quote(sentence, phraseOffset) {
  if (sentence.length <= MAX_QUOTE_CHARS) return sentence.replace(/\s+/g, " ");
  const from = Math.max(0, phraseOffset - MAX_QUOTE_CHARS / 2);
  const cut = sentence.slice(from, from + MAX_QUOTE_CHARS).replace(/\s+/g, " ").trim();
  return `${from > 0 ? "\u2026" : ""}${cut}${from + MAX_QUOTE_CHARS < sentence.length ? "\u2026" : ""}`;
}

// src/extract/project/project-extractor.ts
var README = /^readme(?:\.(?:md|markdown|mdx|rst|txt))?$/;
var MODEL_CARD_FILE = /^model[-_]?card(?:[-_][a-z0-9]+)?\.(?:md|markdown|rst|txt)$/;
var DOWNLOAD_SCRIPT = /^download(?:[-_][a-z0-9_-]+)?\.(?:sh|py)$/;
var WEIGHTS_WORDS = /[\w}-]\.(?:pth|pt|safetensors|ckpt|gguf|bin)\b|consolidated\./i;
var MANIFESTS = /* @__PURE__ */ new Set(["package.json", "pyproject.toml", "setup.py", "setup.cfg", "cargo.toml"]);
var MAX_LINE3 = 2e3;
var HEADER_LINES = 60;
var HUB_PAGES = /* @__PURE__ */ new Set([
  "datasets",
  "spaces",
  "docs",
  "models",
  "blog",
  "papers",
  "collections",
  "organizations",
  "settings",
  "join",
  "login",
  "pricing",
  "learn",
  "tasks",
  "chat",
  "new",
  "search",
  "api",
  "posts",
  "enterprise"
]);
var HUB_ORG_LINK = /\bhuggingface\.co\/(?:(?:collections|organizations)\/)?([A-Za-z0-9][A-Za-z0-9_.-]{0,95})(\/[A-Za-z0-9_.-]*)?/g;
var GITHUB_PAGES = /* @__PURE__ */ new Set([
  "orgs",
  "users",
  "sponsors",
  "apps",
  "marketplace",
  "features",
  "settings",
  "topics",
  "collections"
]);
var GITHUB_SELF_LINK = /\b(?:github\.com\/([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9_.-]{1,100})\/(?:blob|tree|raw|actions|releases|issues|discussions|wiki|pulls)\b|raw\.githubusercontent\.com\/([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9_.-]{1,100})\/)/g;
var RELEASE_SENTENCE = /\bwe(?:'re|\u2019re| are| have| hereby)?\s+(?:(?:proud|excited|happy|pleased) to\s+|now\s+)?(?:introduce|introducing|release|released|releasing|present|presenting|open[- ]?source|open[- ]?sourced|open[- ]?sourcing|publish|published|publishing|announce|announcing)\b|\b(?:a|the) (?:new )?(?:family|series|suite|collection) of (?:[\w-]+ ){0,4}models?\b|(?:\u6211\u4eec|\u672c\u6b21)(?:\u6b63\u5f0f)?(?:\u53d1\u5e03|\u5f00\u6e90|\u63a8\u51fa)/i;
var RELEASE_LIST_END = /[:\uff1a]\s*$/;
var MAX_LIST_LINES = 40;
function listEnd(lines, i) {
  let j = i + 1;
  while (j < lines.length && j <= i + 2 && !(lines[j] ?? "").trim()) j++;
  const last = Math.min(lines.length, i + 1 + MAX_LIST_LINES);
  while (j < last && (lines[j] ?? "").trim()) j++;
  return j;
}
var WEIGHTS_UNDER = /\b(?:models?|weights|checkpoints?)\b[^.]{0,120}?\bunder\s+(?:an?\s+|the\s+)?([^;:()"\n]{2,80})/i;
var LINK2 = /\[([^\]]{0,200})\]\([^)]{0,500}\)/g;
var H1_MARKDOWN = /^#\s+(.+?)\s*#*\s*$/;
var H1_HTML = /<h1[^>]{0,200}>([^<]{0,200})(?:<\/h1>)?/i;
var IMG_ALT = /<img\b[^>]{0,400}?\balt="([^"]{1,80})"/i;
function plainTitle(raw) {
  return raw.replace(/!\[[^\]]{0,200}\]\([^)]{0,500}\)/g, "").replace(/\[([^\]]{0,200})\]\([^)]{0,500}\)/g, "$1").replace(/<[^>]{0,300}>/g, "").replace(/[*_`]/g, "").replace(/[^\p{L}\p{N}\s.&+:/()-]/gu, "").replace(/\s+/g, " ").trim();
}
function readmeEvidence(path2, text, add) {
  const lines = splitLines(text);
  const code = nonProseLines(text);
  let title = null;
  let altTitle = null;
  let headerEnd = Math.min(lines.length, HEADER_LINES);
  const repos = /* @__PURE__ */ new Map();
  const orgs = /* @__PURE__ */ new Set();
  let released = false;
  let weightsLicence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.length > MAX_LINE3 || code[i + 1]) continue;
    const n = i + 1;
    if (/^##\s/.test(line) && headerEnd > i) headerEnd = i;
    if (!title && i < HEADER_LINES) {
      const heading = H1_MARKDOWN.exec(line) ?? H1_HTML.exec(line);
      const text2 = heading?.[1]?.trim() || (/<h1[^>]*>\s*$/i.test(line) ? lines[i + 1] ?? "" : "");
      const value = plainTitle(text2);
      if (value) title = { value, line: n };
      else if (!altTitle && i < headerEnd) {
        const alt = plainTitle(IMG_ALT.exec(line)?.[1] ?? "");
        if (alt && alt.split(" ").length <= 4) altTitle = { value: alt, line: n };
      }
    }
    if (line.includes("huggingface.co/") && i < headerEnd) {
      HUB_ORG_LINK.lastIndex = 0;
      for (let m = HUB_ORG_LINK.exec(line); m; m = HUB_ORG_LINK.exec(line)) {
        const org = m[1] ?? "";
        const isCollection = /huggingface\.co\/(?:collections|organizations)\//.test(m[0]);
        if (HUB_PAGES.has(org.toLowerCase())) continue;
        if (!isCollection && m[2] && m[2].length > 1) continue;
        if (!orgs.has(org)) {
          orgs.add(org);
          add({ kind: "project", file: path2, line: n, signal: "hub-org", value: org });
        }
      }
    }
    if (line.includes("github")) {
      GITHUB_SELF_LINK.lastIndex = 0;
      for (let m = GITHUB_SELF_LINK.exec(line); m; m = GITHUB_SELF_LINK.exec(line)) {
        const owner = m[1] ?? m[3] ?? "";
        if (GITHUB_PAGES.has(owner.toLowerCase())) continue;
        const key = `${owner}/${(m[2] ?? m[4] ?? "").replace(/\.git$/, "")}`;
        const seen = repos.get(key.toLowerCase());
        if (seen) seen.count++;
        else repos.set(key.toLowerCase(), { count: 1, line: n, name: key });
      }
    }
    if (!weightsLicence && line.includes("under")) {
      const m = WEIGHTS_UNDER.exec(line.replace(LINK2, "$1"));
      const ref = m ? matchLicenceReference(`licensed under ${m[1] ?? ""}`) : null;
      if (ref) {
        weightsLicence = true;
        add({ kind: "project", file: path2, line: n, signal: "weights-licence", value: ref.id });
      }
    }
    if (RELEASE_LIST_END.test(line) && RELEASE_SENTENCE.test(line))
      add({
        kind: "project",
        file: path2,
        line: n,
        signal: "release-list",
        value: line.trim().slice(0, 200),
        until: listEnd(lines, i)
      });
    if (!released && RELEASE_SENTENCE.test(line)) {
      released = true;
      add({
        kind: "project",
        file: path2,
        line: n,
        signal: "release-sentence",
        value: line.trim().slice(0, 200)
      });
    }
  }
  title ??= altTitle;
  if (title) add({ kind: "project", file: path2, line: title.line, signal: "title", value: title.value });
  let best = null;
  for (const v of repos.values()) if (v.count >= 2 && (!best || v.count > best.count)) best = v;
  if (best) add({ kind: "project", file: path2, line: best.line, signal: "github-repo", value: best.name });
}
var PACKAGE_NAME = {
  "package.json": /^\s{0,4}"name"\s*:\s*"([^"]{1,214})"/m,
  "pyproject.toml": /^name\s*=\s*["']([^"']{1,200})["']/m,
  "cargo.toml": /^name\s*=\s*["']([^"']{1,200})["']/m,
  "setup.cfg": /^name\s*=\s*([A-Za-z0-9_.-]{1,200})\s*$/m,
  "setup.py": /\bname\s*=\s*["']([A-Za-z0-9_.-]{1,200})["']/
};
function manifestEvidence(path2, name, text, add) {
  const re = ownEntry(PACKAGE_NAME, name);
  const m = re?.exec(text.length > 2e5 ? text.slice(0, 2e5) : text);
  if (!m?.[1]) return;
  const line = text.slice(0, m.index).split("\n").length + (m[0].startsWith("\n") ? 1 : 0);
  add({ kind: "project", file: path2, line, signal: "package-name", value: m[1].replace(/^@[^/]+\//, "") });
}
var projectExtractor = {
  name: "project",
  wants: (file) => MODEL_CARD_FILE.test(file.name) || DOWNLOAD_SCRIPT.test(file.name) || !file.path.includes("/") && (README.test(file.name) || MANIFESTS.has(file.name)) ? "text" : null,
  extract(file, sink) {
    const text = file.text;
    if (text === void 0) return;
    const add = (e) => sink.add(e);
    const path2 = file.info.path;
    if (MODEL_CARD_FILE.test(file.info.name)) {
      add({ kind: "project", file: path2, line: 0, signal: "model-card", value: path2 });
      return;
    }
    if (DOWNLOAD_SCRIPT.test(file.info.name)) {
      if (WEIGHTS_WORDS.test(text.length > 1e5 ? text.slice(0, 1e5) : text))
        add({ kind: "project", file: path2, line: 0, signal: "download-script", value: path2 });
      return;
    }
    if (path2.includes("/")) return;
    if (MANIFESTS.has(file.info.name)) manifestEvidence(file.info.path, file.info.name, text, add);
    else readmeEvidence(file.info.path, text, add);
  }
};

// src/extract/index.ts
var defaultExtractors = [
  referenceExtractor,
  proseModelExtractor,
  licenceFileExtractor,
  spdxHeaderExtractor,
  manifestExtractor,
  artefactExtractor,
  cardExtractor,
  claimsExtractor,
  projectExtractor
];

// src/inventory/walk.ts
import path from "node:path";

// src/inventory/ignore-rules.ts
var import_ignore = __toESM(require_ignore(), 1);
var GITIGNORE_MAX_BYTES = 1024 * 1024;

// src/inventory/git-index.ts
var MAX_INDEX_BYTES = 256 * 1024 * 1024;

// src/inventory/walk.ts
function fileInfo(relPath) {
  const name = relPath.slice(relPath.lastIndexOf("/") + 1).toLowerCase();
  const dot = name.lastIndexOf(".");
  return { path: relPath, name, ext: dot > 0 ? name.slice(dot + 1) : "" };
}
function absolutePath(root2, entry) {
  return entry.target ?? root2 + path.sep + entry.path;
}
function errCode(err) {
  if (err && typeof err === "object" && "code" in err && typeof err.code === "string") return err.code;
  return "error";
}

// src/inventory/read-file.ts
import { Buffer as Buffer6 } from "node:buffer";
import fs2 from "node:fs";

// src/inventory/notebook-outputs.ts
import { Buffer as Buffer5 } from "node:buffer";
var KEY = Buffer5.from('"outputs": [');
var [NEWLINE2, CR2, SPACE2, TAB, CLOSE, COMMA, QUOTE] = [10, 13, 32, 9, 93, 44, 34];
function withoutOutputs(bytes) {
  const buf = Buffer5.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const pieces = [];
  let copied = 0;
  for (let k = buf.indexOf(KEY); k !== -1; k = buf.indexOf(KEY, k + KEY.length)) {
    const lineStart = buf.lastIndexOf(NEWLINE2, k) + 1;
    if (lineStart < copied || !onlyIndent(buf, lineStart, k)) continue;
    const open = k + KEY.length;
    const eol = buf[open] === CR2 ? open + 1 : open;
    if (buf[eol] !== NEWLINE2) continue;
    const indent = buf.subarray(lineStart, k);
    const close = buf.indexOf(Buffer5.concat([Buffer5.of(NEWLINE2), indent, Buffer5.of(CLOSE)]), eol);
    if (close === -1) continue;
    const after = buf[close + 1 + indent.length + 1];
    if (after !== void 0 && after !== COMMA && after !== NEWLINE2 && after !== CR2) continue;
    const sibling = buf.indexOf(Buffer5.concat([Buffer5.of(NEWLINE2), indent, Buffer5.of(QUOTE)]), eol);
    if (sibling !== -1 && sibling < close) continue;
    pieces.push(buf.subarray(copied, eol), newlines(buf, eol, close));
    copied = close;
    k = close;
  }
  if (pieces.length === 0) return bytes;
  pieces.push(buf.subarray(copied));
  return Buffer5.concat(pieces);
}
function onlyIndent(buf, from, to) {
  for (let i = from; i < to; i++) if (buf[i] !== SPACE2 && buf[i] !== TAB) return false;
  return true;
}
function newlines(buf, from, to) {
  let n = 0;
  for (let i = buf.indexOf(NEWLINE2, from); i !== -1 && i < to; i = buf.indexOf(NEWLINE2, i + 1)) n++;
  return Buffer5.alloc(n, NEWLINE2);
}

// src/inventory/read-file.ts
var DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
var HEAD_BYTES = 64 * 1024;
function readFile(entry, abs, need, limits, warnings) {
  const base = { info: { path: entry.path, name: entry.name, ext: entry.ext } };
  let fd;
  try {
    fd = fs2.openSync(abs, "r");
  } catch (err) {
    warnings.push({ file: entry.path, code: "unreadable", message: `Could not open: ${errCode(err)}.` });
    return { ...base, size: 0, binary: false, skipped: "unreadable" };
  }
  try {
    const small = need === "text" ? readSmall(fd) : null;
    const size = small?.length ?? fs2.fstatSync(fd).size;
    if (need === "meta") return { ...base, size, binary: false };
    const wantsText = need === "text";
    const tooLarge = wantsText && size > limits.maxFileBytes;
    const toRead = wantsText && !tooLarge ? size : Math.min(size, HEAD_BYTES);
    const bytes = small ?? readUpTo(fd, toRead);
    const binary = looksBinary(bytes);
    if (!wantsText) return { ...base, size, head: bytes, binary };
    if (tooLarge) {
      warnings.push({
        file: entry.path,
        code: "too-large",
        message: `Not read: ${formatBytes(size)} is over the ${formatBytes(limits.maxFileBytes)} per-file limit.`
      });
      return { ...base, size, head: bytes, binary, skipped: "too-large" };
    }
    if (binary) {
      warnings.push({
        file: entry.path,
        code: "binary",
        message: "Not read: the file is binary, though its name suggests text."
      });
      return { ...base, size, head: bytes.subarray(0, HEAD_BYTES), binary, skipped: "binary" };
    }
    const decoded = decodeText(entry.ext.toLowerCase() === "ipynb" ? withoutOutputs(bytes) : bytes);
    if (decoded.replaced > 0) {
      warnings.push({
        file: entry.path,
        code: "bad-encoding",
        message: `Not valid ${decoded.encoding}: ${decoded.replaced} byte sequence(s) replaced; the rest was read.`
      });
    }
    return { ...base, size, text: decoded.text, head: bytes.subarray(0, HEAD_BYTES), binary: false };
  } catch (err) {
    warnings.push({ file: entry.path, code: "unreadable", message: `Could not read: ${errCode(err)}.` });
    return { ...base, size: 0, binary: false, skipped: "unreadable" };
  } finally {
    fs2.closeSync(fd);
  }
}
var scratch = Buffer6.allocUnsafe(HEAD_BYTES);
function readSmall(fd) {
  const n = fs2.readSync(fd, scratch, 0, HEAD_BYTES, 0);
  return n < HEAD_BYTES ? Buffer6.from(scratch.subarray(0, n)) : null;
}
function readUpTo(fd, length) {
  const buf = Buffer6.allocUnsafe(length);
  let off = 0;
  while (off < length) {
    const n = fs2.readSync(fd, buf, off, length - off, off);
    if (n === 0) break;
    off += n;
  }
  return buf.subarray(0, off);
}
function looksBinary(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return false;
  }
  const start = Buffer6.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192));
  return start.indexOf(0) !== -1;
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}

// src/util/detach-strings.ts
function detach(s) {
  return s.length < SHORTEST_VIEW ? s : (" " + s).slice(1);
}
var SHORTEST_VIEW = 13;
function detachStrings(record, shared) {
  const fields = record;
  for (const key in fields) {
    const value = fields[key];
    if (typeof value !== "string" || value.length < SHORTEST_VIEW) continue;
    fields[key] = value === shared ? shared : detach(value);
  }
  return record;
}

// src/scan/batch.ts
var NOT_READ = -1;
function extractBatch(root2, batch, extractors, limits, budget2, detach2) {
  const out = { evidence: [], warnings: [], bytes: [], evidenceEnd: [], warningsEnd: [] };
  let path2 = "";
  const sink = {
    add: (e) => out.evidence.push(detach2 ? detachStrings(e, path2) : e),
    warn: (w) => out.warnings.push(detach2 ? detachStrings(w, path2) : w)
  };
  for (let i = 0; i < batch.entries.length; i++) {
    const entry = batch.entries[i];
    path2 = entry.path;
    if (budget2.spent()) out.bytes.push(NOT_READ);
    else {
      const file = readFile(
        entry,
        absolutePath(root2, entry),
        batch.needs[i],
        limits,
        out.warnings
      );
      const bytes = file.text !== void 0 ? file.size : file.head?.length ?? 0;
      budget2.add(bytes);
      out.bytes.push(bytes);
      const takers = batch.takers[i] ?? 0;
      extractors.forEach((extractor, x) => {
        if ((takers & 1 << x) === 0) return;
        try {
          extractor.extract(file, sink);
        } catch (err) {
          out.warnings.push({
            file: entry.path,
            code: "other",
            message: `The ${extractor.name} extractor failed on this file (${err instanceof Error ? err.message : String(err)}); the scan went on.`
          });
        }
      });
    }
    out.evidenceEnd.push(out.evidence.length);
    out.warningsEnd.push(out.warnings.length);
  }
  return out;
}

// src/scan/shared-state.ts
var FREE = 0;
var BY_WORKER = 1;
var DONE = 3;
function claim(state2, k, who) {
  return Atomics.compareExchange(state2.claims, k, FREE, who) === FREE;
}
function sharedBudget(state2, maxTotalBytes2, onRead) {
  const max = BigInt(maxTotalBytes2);
  return {
    spent: () => Atomics.load(state2.bytes, 0) >= max,
    add: (n) => {
      Atomics.add(state2.bytes, 0, BigInt(n));
      onRead?.();
    }
  };
}
var NEED_OF = { t: "text", h: "head", m: "meta" };
function unpackBatch(packed) {
  const entries = packed.paths.split("\0").map((p) => fileInfo(p));
  const targets = packed.targets === "" ? [] : packed.targets.split("\0");
  for (let j = 0; j + 1 < targets.length; j += 2) {
    const entry = entries[Number(targets[j])];
    if (entry) entry.target = targets[j + 1];
  }
  return {
    entries,
    needs: Array.from(packed.needs, (c) => NEED_OF[c] ?? "meta"),
    takers: Array.from(packed.takers)
  };
}

// src/scan/scan-worker.ts
var { root, maxFileBytes, maxTotalBytes, state, results } = workerData;
var budget = sharedBudget(state, maxTotalBytes, bump);
var queue = [];
var next = 0;
var ended = false;
var scheduled = false;
function bump() {
  Atomics.add(state.progress, 0, 1);
  Atomics.notify(state.progress, 0);
}
function schedule() {
  if (scheduled) return;
  scheduled = true;
  setImmediate(step);
}
function step() {
  scheduled = false;
  const item = queue[next];
  if (item === void 0) {
    if (ended) {
      parentPort?.close();
      results.close();
    }
    return;
  }
  queue[next++] = void 0;
  if (claim(state, item.k, BY_WORKER)) {
    try {
      const outcome = extractBatch(
        root,
        unpackBatch(item),
        defaultExtractors,
        { maxFileBytes },
        budget,
        false
      );
      const message = { k: item.k, outcome };
      results.postMessage(message);
    } catch {
    } finally {
      Atomics.store(state.claims, item.k, DONE);
      bump();
    }
  }
  schedule();
}
parentPort?.on("message", (message) => {
  if (message.type === "batch") queue.push(message);
  else ended = true;
  schedule();
});
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)

js-yaml/dist/js-yaml.mjs:
  (*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT *)
*/
