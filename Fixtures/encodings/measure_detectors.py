#!/usr/bin/env python3
"""Measures ICU's ucsdet and uchardet on the labelled set beside this script (labels.tsv).

A detection counts as right when the bytes, decoded the way Caveat decodes the detected
encoding, give back the original text (the .txt file): so "GB18030" for a GBK page and
"ISO-8859-1" for a windows-1252 page with no 0x80-0x9F byte are right, as they read the same.
Needs libicu-dev (libicui18n) and libuchardet-dev. Run: python3 measure_detectors.py
"""

import ctypes
import ctypes.util
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Detector names -> the Python codec matching Caveat's decoder for that encoding
# (Transcoder.iconvNames: GBK is read as GB18030, Shift_JIS as CP932, EUC-KR as CP949, ...).
CODECS = {
    "gb18030": "gb18030", "gbk": "gb18030", "gb2312": "gb18030",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs",
    "shift_jis": "cp932", "euc-jp": "euc_jp", "iso-2022-jp": "iso2022_jp",
    "euc-kr": "cp949", "uhc": "cp949", "iso-2022-kr": None,
    "windows-1251": "cp1251", "koi8-r": "koi8_r", "iso-8859-5": "iso8859_5", "ibm866": "cp866",
    "mac-cyrillic": "mac_cyrillic", "ibm855": "cp855",
    "windows-1252": "cp1252", "iso-8859-1": "cp1252", "ascii": "cp1252", "iso-8859-15": "iso8859_15",
    "iso-8859-2": "iso8859_2", "windows-1250": "cp1250", "mac-centraleurope": "mac_latin2", "ibm852": "cp852",
    "iso-8859-9": "cp1254", "windows-1254": "cp1254", "iso-8859-7": "iso8859_7", "windows-1253": "cp1253",
    "iso-8859-8": "iso8859_8", "windows-1255": "cp1255", "iso-8859-6": "iso8859_6", "windows-1256": "cp1256",
    "utf-16le": "utf-16-le", "utf-16be": "utf-16-be", "utf-8": "utf-8",
}


def icu_detector():
    lib = ctypes.CDLL(ctypes.util.find_library("icui18n") or "libicui18n.so")
    version = next(v for v in range(80, 50, -1) if hasattr(lib, f"ucsdet_open_{v}"))
    fn = lambda name: getattr(lib, f"{name}_{version}")
    fn("ucsdet_open").restype = ctypes.c_void_p
    fn("ucsdet_detect").restype = ctypes.c_void_p
    fn("ucsdet_getName").restype = ctypes.c_char_p
    fn("ucsdet_getConfidence").restype = ctypes.c_int32

    def detect(data):
        status = ctypes.c_int(0)
        detector = fn("ucsdet_open")(ctypes.byref(status))
        fn("ucsdet_enableInputFilter")(ctypes.c_void_p(detector), 1)
        fn("ucsdet_setText")(ctypes.c_void_p(detector), data, len(data), ctypes.byref(status))
        match = fn("ucsdet_detect")(ctypes.c_void_p(detector), ctypes.byref(status))
        if not match:
            fn("ucsdet_close")(ctypes.c_void_p(detector))
            return None, 0
        name = fn("ucsdet_getName")(ctypes.c_void_p(match), ctypes.byref(status)).decode()
        confidence = fn("ucsdet_getConfidence")(ctypes.c_void_p(match), ctypes.byref(status))
        fn("ucsdet_close")(ctypes.c_void_p(detector))
        return name, confidence

    return f"ICU {version} ucsdet", detect


def uchardet_detector():
    lib = ctypes.CDLL(ctypes.util.find_library("uchardet") or "libuchardet.so.0")
    lib.uchardet_new.restype = ctypes.c_void_p
    lib.uchardet_get_charset.restype = ctypes.c_char_p

    def detect(data):
        handle = lib.uchardet_new()
        lib.uchardet_handle_data(ctypes.c_void_p(handle), data, len(data))
        lib.uchardet_data_end(ctypes.c_void_p(handle))
        name = lib.uchardet_get_charset(ctypes.c_void_p(handle)).decode()
        lib.uchardet_delete(ctypes.c_void_p(handle))
        return name or None, None

    return "uchardet", detect


def main():
    rows = [line.split("\t") for line in open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read().splitlines()[1:]]
    for label, detect in (icu_detector(), uchardet_detector()):
        right = 0
        per = {}
        print(f"== {label}")
        for file, encoding, _ in rows:
            data = open(os.path.join(HERE, file), "rb").read()
            text = open(os.path.join(HERE, file[:-5] + ".txt"), encoding="utf-8").read()
            name, confidence = detect(data)
            codec = CODECS.get((name or "").lower())
            try:
                ok = codec is not None and data.decode(codec) == text
            except UnicodeDecodeError:
                ok = False
            right += ok
            total, good = per.get(encoding, (0, 0))
            per[encoding] = (total + 1, good + ok)
            print(f"  {'ok ' if ok else 'BAD'} {file:28} {name} {confidence if confidence is not None else ''}")
        print(f"  {label}: {right}/{len(rows)} right; " + ", ".join(f"{e} {g}/{t}" for e, (t, g) in per.items()))


if __name__ == "__main__":
    sys.exit(main())
