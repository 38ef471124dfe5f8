"""Text normalisation shared by ingest, matching and IRIs."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Vietnamese tone marks may sit on either vowel of oa/oe/uy ("hoá" vs "hóa"): fold to one.
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_LOWER_RE = re.compile("o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]")  # the same pairs, in lower-case text
_DASHES = re.compile("[‐‑‒–—−]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean_text(text: str) -> str:
    """NFC, drop zero-width and control characters, one kind of space, unix newlines."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text)


def fold(text: str) -> str:
    """Lower-case, fold dashes and tone placement; keeps the length so offsets carry over."""
    low = text.lower()
    if len(low) != len(text):  # a few characters (İ) lower-case to two: keep those as they are
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _DASHES.sub("-", _TONE_LOWER_RE.sub(lambda m: _TONE_PAIRS[m.group()], low))


# only where the pair ends the syllable ("Hoàng", "Đoàn" keep theirs) and the "u" is no part of "qu" ("Quý")
_OPEN_PAIR_RE = re.compile(r"(?<![qQ])(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\w)")


def canonical_tones(name: str) -> str:
    """One tone placement for display, as the lexicons write it: "Trương Hoà Bình" → "Trương Hòa Bình",
    so an entity named both ways in different articles has one name."""
    return _OPEN_PAIR_RE.sub(lambda m: _TONE_PAIRS[m.group()], name)


_KEY_DASH = re.compile(r"\s*-\s*")
_KEY_PUNCT = re.compile(r"[,.;:\"“”'’()]")


def name_key(name: str) -> str:
    """The comparison key of a name: folded, punctuation-light, single-spaced."""
    t = fold(unicodedata.normalize("NFC", name))
    t = _KEY_DASH.sub(" - ", t)
    t = _KEY_PUNCT.sub(" ", t)
    return " ".join(t.split())


def tidy(name: str) -> str:
    """A display form of a surface string: single spaces, no stray punctuation at the ends."""
    name = " ".join(name.split())
    return name.strip(" ,;:.-–—")


# Syllables run together by a lost space ("Tháptổ chức", "Longyêu cầu"): a Vietnamese syllable has one
# vowel group, so a word with two, written with letters only Vietnamese has, is two syllables.
_VOWEL_GROUP = re.compile("[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]+")
_VIETNAMESE_ONLY = re.compile("[đăâêôơưảạắằẳẵặấầẩẫậẻẽẹếềểễệỉĩịỏọốồổỗộớờởỡợủũụứừửữựỷỹỵ]")  # not "António"
def has_vietnamese_letters(text: str) -> bool:
    """Does the text use a letter only Vietnamese has ("ơ", "ạ", "đ"; not the "á" of "Hernández")?"""
    return bool(_VIETNAMESE_ONLY.search(text.lower()))


_FINALS = frozenset(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"])
_INITIALS = frozenset(["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
                       "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x"])
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


def _spelled(initial: str, vowel: str) -> bool:
    """Vietnamese spelling: "k", "gh", "ngh" only before i, e, ê, y; "c", "g", "ng" never there."""
    front = vowel in "ieêy"
    if initial in ("k", "gh", "ngh"):
        return front
    return not (front and initial in ("c", "g", "ng"))


_ACRONYM_THEN_NAME = re.compile(r"^([A-ZĐ]{2,})([A-ZĐ][^\W\d_A-ZĐ]+)$")


def _one_syllable(word: str) -> bool:
    """Is a lower-case word one Vietnamese syllable (an initial, one vowel group, a final)?"""
    groups = list(_VOWEL_GROUP.finditer(word))
    return len(groups) == 1 and word[:groups[0].start()] in _INITIALS and word[groups[0].end():] in _FINALS


@lru_cache(maxsize=65536)
def syllable_breaks(word: str) -> tuple[int, ...]:
    """Where a word of several syllables run together splits ("Tháptổ" → (4,)); () for a real syllable."""
    low = word.lower()
    glued = _ACRONYM_THEN_NAME.match(word)
    if glued and _one_syllable(glued.group(2).lower()):
        return (len(glued.group(1)),)  # "TP HCMNguyễn Thanh Nghị": an acronym and a name, a space lost between
    if len(word) < 4 or word.isupper() or not _VIETNAMESE_ONLY.search(low):
        return ()  # an acronym ("ĐUCA") is not syllables
    groups = list(_VOWEL_GROUP.finditer(low))
    if len(groups) < 2:
        return ()
    first, second = groups[0], groups[1]
    between = low[first.end():second.start()]
    nucleus = unicodedata.normalize("NFD", first.group()).translate(_TONE_MARKS)
    glide = len(first.group()) > 1 and nucleus[-1] in "iyuo"  # "iêu", "ao": no final consonant after a glide
    vowel = unicodedata.normalize("NFD", second.group())[0]  # the second syllable's first vowel, unaccented
    # "yê" opens a syllable only with no consonant before it: "Lâm|yêu", not "Lâ|myêu"
    bare_ye = unicodedata.normalize("NFD", second.group()).translate(_TONE_MARKS).startswith("ye")
    splits = [k for k in range(len(between) + 1)
              if between[:k] in _FINALS and between[k:] in _INITIALS and not (glide and k)
              and _spelled(between[k:], vowel) and not (bare_ye and between[k:])]
    if not splits:
        return ()
    cut = first.end() + min(splits)  # the longest initial: "tổ|chức", "Đồng|thời", "Long|yêu", "Tháp|tổ"
    return (cut, *(cut + b for b in syllable_breaks(word[cut:])))
