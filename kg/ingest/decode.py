"""Bytes to text: UTF-8 first, then the encodings Vietnamese files are really found in."""
from __future__ import annotations


class DecodeError(ValueError):
    pass


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte-order mark
    return b"\x00" in head


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raise DecodeError for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if looks_binary(data):
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for the rare non-UTF-8 file

    best = from_bytes(data[:200_000], cp_isolation=["cp1258", "utf_16", "cp1252", "latin_1"]).best()
    if best is None:
        raise DecodeError("unknown text encoding")
    return data.decode(best.encoding, errors="replace"), best.encoding
