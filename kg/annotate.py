"""Annotate: split a document into sentences and tokens that carry character offsets.

Sentences come from underthesea's ``sent_tokenize`` (imported on first use), run on
each paragraph and aligned back to the text, since underthesea returns strings only.
Tokens are syllables, numbers and single punctuation marks.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .document import AnnotatedDoc, Document, Sentence, Token
from .textnorm import fold, syllable_breaks

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]|_")
_MAX_PARAGRAPH = 20_000  # longer paragraphs are split at sentence punctuation by regex only


def tokenize(text: str, start: int, end: int, folded: str) -> tuple[Token, ...]:
    """Syllables, numbers and punctuation marks; two syllables that lost the space between them are two tokens."""
    out = []
    for m in _TOKEN.finditer(text, start, end):
        a, b, word = m.start(), m.end(), m.group()
        breaks = syllable_breaks(word) if b - a >= 4 and word not in lexicon.surnames() and not word.isupper() \
            else ()  # "Êban", "Hđơk"; not an acronym ("UBTƯ")
        for lo, hi in zip((0, *breaks), (*breaks, b - a)):
            out.append(Token(a + lo, a + hi, word[lo:hi], folded[a + lo:a + hi]))
    return tuple(out)


def _sent_tokenize(paragraph: str) -> list[str]:
    if len(paragraph) > _MAX_PARAGRAPH:
        return re.split(r"(?<=[.!?;])\s+", paragraph)
    from underthesea import sent_tokenize

    return [part for piece in sent_tokenize(paragraph) for part in _split_after_ellipsis(piece)]


def _split_after_ellipsis(piece: str) -> list[str]:
    """A sentence ends at "…" when a capital letter opens the next word ("các ban ngành, địa phương… Lễ khai
    giảng mở đầu …"), as it does at "..."; underthesea splits only the latter."""
    parts, start = [], 0
    for m in _ELLIPSIS_THEN_WORD.finditer(piece):
        if m.group(1).isupper():
            parts.append(piece[start:m.start() + 1])
            start = m.start(1)
    return parts + [piece[start:]]


_ELLIPSIS_THEN_WORD = re.compile(r"…\s+(\w)")


def _align(text: str, pieces: list[str], base: int) -> list[tuple[int, int]]:
    """Find each sentence string in order; fall back to whole paragraph on mismatch."""
    spans, pos = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        i = text.find(piece, pos)
        if i < 0:  # underthesea changed the text: keep the rest as one sentence
            spans.append((base + pos, base + len(text)))
            return spans
        if spans and (base + i == spans[-1][1] and (_INITIAL_END.search(text, max(0, i - 6), i)
                                                    or _TITLES_RUN_ON.search(text, max(0, i - 7), i)
                                                    and _OPENS_WITH_A_TITLE.match(piece))
                      or _DEGREE_END.search(text, max(0, spans[-1][1] - base - 8), spans[-1][1] - base)
                      and not text[spans[-1][1] - base:i].strip() and _OPENS_WITH_A_NAME.match(piece)
                      or _LEVEL_END.search(text, max(0, spans[-1][1] - base - 6), spans[-1][1] - base)
                      and not text[spans[-1][1] - base:i].strip()
                      and _opens_with_a_place(piece)):
            # "Ủy ban Kiểm tra T.Ư", "V.Pu-tin", "UBND TX. Sơn Tây", "PGS.TS. Trần B": one sentence
            spans[-1] = (spans[-1][0], base + i + len(piece))
        else:
            spans.append((base + i, base + i + len(piece)))
        pos = i + len(piece)
    return spans


_INITIAL_END = re.compile(r"(?<!\w)[A-ZĐ]{1,2}\.$")  # an initial or an abbreviation's dot, no space after it
# "TTND.GS.TS Nguyễn Gia Bình", "NSƯT.TS A": titles and degrees written short, run on with dots before a name
_TITLES_RUN_ON = re.compile(r"(?<!\w)[A-ZĐƯ]{3,5}\.$")
_OPENS_WITH_A_TITLE = re.compile(r"[A-ZĐƯ]{1,5}(?:\.|\s)")
# "PGS.TS. Trần Văn B", "GS. Vũ C": a degree written short before a name, its dot no sentence's end
_OPENS_WITH_A_NAME = re.compile(r"[A-ZĐ]\w*\s+[A-ZĐ]|[A-ZĐƯ]{2,5}\b")  # "Trần Văn B", or another degree: "TS Lê C"
_DEGREE_END = re.compile(r"(?<![\w.])(?:(?:GS|PGS|TS|ThS|Ths|TSKH|BS|KTS|KS|CKI|CKII|NSND|NSƯT|NGND|NGƯT|TTND|TTƯT)\.)+$")
SHORT_LEVELS = ("TX", "TP", "Tp", "Q", "P")  # levels of place written short with a dot ("TP. HCM", "Q. 1")
_LEVEL_END = re.compile(rf"(?<!\S)(?:{'|'.join(SHORT_LEVELS)})\.$")  # a level of place shortened, its place after a space


def _opens_with_a_place(piece: str) -> bool:
    """Does a sentence piece open with the name of a Vietnamese province, city or district ("Sơn Tây, …"), or a
    district's number ("1, …")?"""
    words = piece.split()
    return bool(words) and (words[0].rstrip(",.").isdigit() or any(
        " ".join(words[:n]).rstrip(",.;") in _place_names() for n in (1, 2, 3)))


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset(name for e in (*lexicon.provinces(), *lexicon.cities(), *lexicon.districts())
                     for name in (e.name, *e.aliases))


def annotate(doc: Document) -> AnnotatedDoc:
    text = doc.text
    folded = fold(text)
    sentences: list[Sentence] = []
    for offset, paragraph in _paragraphs(text):
        if paragraph.strip():
            for s, e in _align(paragraph, _sent_tokenize(paragraph), offset):
                tokens = tokenize(text, s, e, folded)
                if tokens:
                    sentences.append(Sentence(s, e, tokens))
    return AnnotatedDoc(doc=doc, sentences=sentences)


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """The text's lines with their offsets; a line that ends with a shortened level of place and the line that
    opens with the place ("… UBND TP." / "Hà Nội ký …", a sentence some sources break there) are one, the line
    break read as a space."""
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if out and _LEVEL_END.search(out[-1][1].rstrip()) and _opens_with_a_place(line.strip()):
            out[-1] = (out[-1][0], out[-1][1] + " " + line)
        else:
            out.append((offset, line))
        offset += len(line) + 1
    return out
