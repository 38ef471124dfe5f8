"""Names in capitals: obituaries and interviews write the person they are about in capitals after a form of
address or a post ("Đồng chí Thượng tướng NGUYỄN NAM KHÁNH", "Bộ trưởng KH&ĐT NGUYỄN CHI DŨNG:"). Written
in title case, as the rest of the press writes them, the extractor reads them like any other name."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon

MAX_SYLLABLES = 4  # a Vietnamese name has two to four syllables
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_WORD = f"[{re.escape(_UPPER)}]+"  # a word in capitals, Vietnamese letters included
_CAPITALS_RUN = re.compile(rf"{_WORD}\s+{_WORD}(?!\w)")


@lru_cache(maxsize=1)
def _name_after_cue() -> re.Pattern:
    cues = sorted({*lexicon.honorifics(), *(t.label for t in lexicon.titles())}, key=len, reverse=True)
    surnames = sorted((s.upper() for s in lexicon.surnames()), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, cues))})[ \t]+"
                      rf"(?P<name>(?:{'|'.join(map(re.escape, surnames))})(?:[ \t]+{_WORD}){{1,{MAX_SYLLABLES - 1}}})"
                      rf"(?!\w)(?P<next>[ \t]+{_WORD}(?!\w))?")


def _fix(m: re.Match) -> str:
    name, after = m.group("name"), m.group("next") or ""
    if len(after.strip()) > 1:
        return m.group(0)  # a run of capitals longer than a name: a headline
    offset = m.start("name") - m.start()
    fixed = re.sub(r"[^\W\d_]+", lambda w: w.group().capitalize(), name)
    return m.group(0)[:offset] + fixed + after


def title_case_names(text: str) -> str:
    """The text with each name written in capitals after an address or a post in title case."""
    if not _CAPITALS_RUN.search(text):
        return text  # most articles have no run of capitals at all
    return _name_after_cue().sub(_fix, text)
