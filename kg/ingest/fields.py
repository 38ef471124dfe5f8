"""Fields of administration in lower case after a dash: part of the press writes "Sở Tài nguyên - môi trường",
"Bộ Lao động - thương binh và xã hội", "Ủy ban Tài chính - ngân sách". Written with a capital, as official
names write them, the extractor reads the body's whole name ("Sở Tài nguyên và Môi trường tỉnh Long An")
instead of stopping at the dash. Only case changes, so every offset into the text stays where it was."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon

# the heads of the bodies named after a field ("Sở", "Bộ", "Phòng", "Ủy ban" …)
_HEADS = ("Bộ", "Sở", "Phòng", "Cục", "Tổng cục", "Chi cục", "Vụ", "Ban", "Ủy ban", "Uỷ ban", "Trung tâm", "Viện")
_JOIN = r"(?:\s*[-–]\s*|\s+và\s+)"  # "Tài nguyên - môi trường", "… - thương binh và xã hội"


def _spelled(field: str) -> str:
    """A pattern for a field, either tone placement allowed ("Văn hóa" / "Văn hoá")."""
    return re.escape(field).replace("óa", "(?:óa|oá)")


@lru_cache(maxsize=1)
def _body_with_lower_fields() -> re.Pattern:
    heads = "|".join(map(re.escape, sorted(_HEADS, key=len, reverse=True)))
    kinds = []
    for first, *rest in lexicon.admin_fields():
        # the first field as official names write it, then the others in lower case (each a group to capitalise)
        kinds.append(_spelled(first) + "".join(_JOIN + "(" + _spelled(f.lower()) + ")" for f in rest))
    return re.compile(rf"(?<!\w)(?:{heads})\s+(?:{'|'.join(kinds)})(?!\w)")


def _capitalised(m: re.Match) -> str:
    """The matched name with each field after the first given its capital."""
    out, at = [], m.start()
    for k in range(1, (m.re.groups or 0) + 1):
        if m.group(k) is not None:
            out += [m.string[at:m.start(k)], m.group(k)[0].upper(), m.group(k)[1:]]
            at = m.end(k)
    return "".join(out) + m.string[at:m.end()]


def title_case_fields(text: str) -> str:
    """The text with the fields written in lower case after a dash in a body's name written with a capital."""
    if " - " not in text and "–" not in text:
        return text
    return _body_with_lower_fields().sub(_capitalised, text)
