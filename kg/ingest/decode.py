"""Bytes to text: UTF-8 first, then the encodings Vietnamese files are really found in."""
from __future__ import annotations

import re


class DecodeError(ValueError):
    pass


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte-order mark
    return b"\x00" in head


_MOJIBAKE = re.compile("[ÃÂÄÆ][\u0080-\u00bf]|á[»º¹¼½¾]|Ä[‘\u0091]|Æ[°¯]")


def repair_mojibake(text: str) -> str:
    """UTF-8 text once decoded as Latin-1 / Windows-1252 ("Bá»™ Y táº¿") back to what it said ("Bộ Y tế")."""
    if len(_MOJIBAKE.findall(text)) < 3:
        return text
    raw = bytearray()
    for ch in text:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return text  # not mojibake after all
            raw.append(ord(ch))  # the five bytes cp1252 leaves undefined come through as C1 controls
    repaired = raw.decode("utf-8", errors="replace")
    return repaired if repaired.count("\ufffd") <= text.count("\ufffd") else text


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raise DecodeError for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if looks_binary(data):
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
        fixed = repair_mojibake(text)
        return fixed, "utf-8" if fixed is text else "utf-8 (mojibake repaired)"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for the rare non-UTF-8 file

    best = from_bytes(data[:200_000], cp_isolation=["cp1258", "utf_16", "cp1252", "latin_1"]).best()
    if best is None:
        raise DecodeError("unknown text encoding")
    return data.decode(best.encoding, errors="replace"), best.encoding
