"""Words run together where a page's markup was stripped without a space ("theo quy định củaBộ Giáo dục",
"Bí thư Thành ủy TP.HCMtổ chức", "giải Nobel vật lý2012", "Gia Laikhóa XII"): split again, so that names and
numbers read as the press wrote them. Brands in camel case ("MobiFone", "VietinBank", "YouTube") are Latin
letters only and stay whole, as do acronyms ("HĐND") and foreign names ("López"), whose syllables are not
Vietnamese."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
# (a final "k" is the Central Highlands' spelling of "c": "Đắk Lắk", "Đắk Nông")
_SYLLABLE = re.compile(rf"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([{_VOWELS}]{{1,3}})(ch|nh|ng|[cmnptk])?")
_GRAVE, _HOOK, _TILDE = "\u0300", "\u0309", "\u0303"  # the tones a syllable closed by p, t, c, ch cannot carry


@lru_cache(maxsize=65536)
def syllable(word: str) -> bool:
    """Is the word one Vietnamese syllable, as the spelling rules allow it ("khóa", "Nhơn", "nghiêng"; not
    "ngyêu", "vềch", "yếup")?"""
    m = _SYLLABLE.fullmatch(word.lower())
    if m is None:
        return False
    initial, vowels, final = m.group(1) or "", m.group(2), m.group(3) or ""
    base = "".join(c for c in unicodedata.normalize("NFD", vowels) if c not in (_GRAVE, _HOOK, _TILDE, "\u0301", "\u0323"))
    base = unicodedata.normalize("NFC", base)
    front = base[0] in "ieêy"
    if (initial in ("ng", "c", "g") and front) or (initial in ("ngh", "gh", "k") and not front):
        return False  # "nghĩ", "kể": the spelling of the initial depends on the vowel after it
    if final and len(base) > 1 and (base[-1] in "iu" or (base[-1] == "o" and base != "oo")):
        return False  # a glide closes the syllable: no consonant after "ai", "yêu"
    tones = unicodedata.normalize("NFD", vowels)
    return not (final in ("p", "t", "c", "ch", "k") and any(t in tones for t in (_GRAVE, _HOOK, _TILDE)))


# a lower-case word, then a capitalised one: "củaBộ", "hongNguyễn", "doHội"
_LOWER_THEN_CAPITAL = re.compile(rf"(?<![{_LOWER}{_UPPER}])([{_LOWER}]+)([{_UPPER}][{_LOWER}]+)")
# capitals, then a lower-case word: "TP.HCMtổ", "UBNDtỉnh", "THPTTân Bằng", "TUỆTại"
_CAPITALS_THEN_LOWER = re.compile(rf"(?<![{_LOWER}{_UPPER}])([{_UPPER}]{{2,}})([{_LOWER}]+)(?![{_LOWER}{_UPPER}])")
# "đ" starts a syllable and no other letter: "Nguyễn Thanh Longđề nghị" (in lower case only: "HĐND" is an acronym)
_BEFORE_D = re.compile(rf"(?<=[{_LOWER}])(?=đ)")
# a lower-case word, then a number, and a number, then a lower-case word: "vật lý2012", "Nghị quyết 71của"
_WORD_THEN_NUMBER = re.compile(rf"(?<![{_LOWER}{_UPPER}])([{_LOWER}]+)(\d)")
_NUMBER_THEN_WORD = re.compile(rf"(\d)([{_LOWER}]+)(?![{_LOWER}{_UPPER}])")
# a capitalised word, then two plain capitalised syllables run together: "Đồng NaiSau", "Văn LinhTheo"
_NAME_THEN_PLAIN_PAIR = re.compile(rf"(?<![{_LOWER}{_UPPER}])([{_UPPER}][{_LOWER}]* )([A-Z][a-z]+)([A-Z][a-z]+)(?![{_LOWER}{_UPPER}])")
_LETTERS = re.compile(rf"[{_LOWER}{_UPPER}]{{4,}}")


def _vietnamese(*parts: str) -> bool:
    """Does any part hold a letter beyond ASCII (a Vietnamese one), which camel-cased brands do not?"""
    return any(not c.isascii() for part in parts for c in part)


def _split_case(m: re.Match) -> str:
    return f"{m.group(1)} {m.group(2)}" if _vietnamese(m.group(1), m.group(2)) else m.group(0)


def _split_capitals(m: re.Match) -> str:
    capitals, lower = m.group(1), m.group(2)
    if not _vietnamese(lower):
        return m.group(0)  # "IDs", "PCs", "MHz"
    if syllable(capitals[-1] + lower):  # "THPTTân", "MTTQVNThành": the last capital starts the next word
        return f"{capitals[:-1]} {capitals[-1]}{lower}"
    return f"{capitals} {lower}"  # "HCMtổ chức"


def _split_number(m: re.Match) -> str:
    word = m.group(1) if m.group(1)[0].isalpha() else m.group(2)
    return f"{m.group(1)} {m.group(2)}" if _vietnamese(word) else m.group(0)


def _two_syllables(m: re.Match) -> str:
    return _split_syllables(m.group(0))


@lru_cache(maxsize=65536)
def _split_syllables(word: str) -> str:
    """A word of two Vietnamese syllables run together ("Laikhóa", "Nhơnsẽ", "PhúcYêu"): split where the case
    changes, else where the second starts with its whole initial ("sốtrong": "số trong", not "sốt rong").
    Acronyms, and capitalised foreign names ("Véran", "Simón") with no letter or initial only Vietnamese has,
    stay whole."""
    if word.isascii() or word.isupper() or syllable(word):
        return word
    cases = [i for i in range(1, len(word)) if word[i - 1].islower() and word[i].isupper()]
    # a second syllable that starts with a vowel follows a first closed by a consonant ("Longyêu")
    splits = [i for i in cases or range(1, len(word))
              if (cases or word[i].lower() not in _VOWELS or word[i - 1].lower() not in _VOWELS)
              and syllable(word[:i]) and syllable(word[i:])]
    # a Highlands name closed by "k" runs into a function word only ("Lắkcho"); "Đakrông" is one name
    splits = [i for i in splits if word[i - 1].lower() != "k" or word[i:].lower() in _WORDS_AFTER_A_NAME]
    if not splits:
        return word
    i = min(splits)  # the earliest split leaves the second syllable its whole initial ("tr", not "r")
    if word[0].isupper() and not cases and not _outside_latin1(word) and not _VIETNAMESE_INITIAL.match(word, i):
        return word
    return f"{word[:i]} {word[i:]}"


def _two_plain_syllables(m: re.Match) -> str:
    """A name's last syllable run into the next sentence's first, both without marks ("Đồng NaiSau đợt …", "Nguyễn
    Văn LinhTheo …"): split. A brand in camel case has a part that is no Vietnamese syllable ("MobiFone",
    "VinFast"), or repeats one ("MoMo"), and does not go on a capitalised name."""
    left, right = m.group(2), m.group(3)
    if left.lower() == right.lower() or not (syllable(left) and syllable(right)):
        return m.group(0)
    return f"{m.group(1)}{left} {right}"


_WORDS_AFTER_A_NAME = frozenset({"cho", "của", "và", "đã", "là", "có", "được", "tại", "với", "sẽ", "vừa", "đang", "cũng",
                                 "trong", "từ", "về", "thì", "mà", "nay"})
_VIETNAMESE_INITIAL = re.compile(r"(?:kh|ngh|ng|nh|tr|đ)", re.IGNORECASE)


def _outside_latin1(word: str) -> bool:
    """Letters French or Spanish do not write, only Vietnamese: "ơ", "ư", "ă", "ạ", "ả", "ễ" …"""
    return any(ord(c) > 0xFF for c in word)


def unglue(text: str) -> str:
    """The text with words that markup stripping ran together split again."""
    text = _LOWER_THEN_CAPITAL.sub(_split_case, text)
    text = _CAPITALS_THEN_LOWER.sub(_split_capitals, text)
    text = _BEFORE_D.sub(" ", text)
    text = _NUMBER_THEN_WORD.sub(_split_number, _WORD_THEN_NUMBER.sub(_split_number, text))
    text = _NAME_THEN_PLAIN_PAIR.sub(_two_plain_syllables, text)
    return _LETTERS.sub(_two_syllables, text)
