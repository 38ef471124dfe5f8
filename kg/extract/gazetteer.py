"""Lexicon-backed lookups: phrase matchers and canonical names for organisations, titles and places.

Built once per process from the read-only lexicons; everything here is a pure lookup.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..textnorm import name_key
from .matcher import PhraseMatcher, phrase_tokens


@dataclass(frozen=True)
class OrgInfo:
    name: str  # canonical name
    cls: str
    parent: str = ""


@dataclass(frozen=True)
class PlaceInfo:
    name: str
    kind: str  # tỉnh | thành phố | quốc gia | huyện …


@dataclass(frozen=True)
class Gazetteer:
    orgs: PhraseMatcher  # payload: (OrgInfo, the form as written in the lexicon)
    titles: PhraseMatcher
    places: PhraseMatcher
    org_index: dict[str, OrgInfo]  # name_key of name or alias -> canonical
    place_index: dict[str, PlaceInfo]
    title_index: dict[str, lexicon.TitleEntry]
    issuer_only: dict[str, OrgInfo]  # organisations named by a post ("Thủ tướng Chính phủ")
    abbreviations: tuple[re.Pattern, dict[str, str]]  # one pattern for every abbreviation, and their expansions
    surnames: frozenset[str]
    honorifics: PhraseMatcher

    def canonical_org(self, surface: str) -> OrgInfo | None:
        """The lexicon entry for a surface form, trying it as written and with abbreviations expanded."""
        key = name_key(surface)
        if key in self.org_index:
            return self.org_index[key]
        expanded = self.expand(surface)
        found = self.org_index.get(name_key(expanded))
        if found is None and " & " in expanded:  # "Bộ Kế hoạch & Đầu tư": "&" for "và"
            found = self.org_index.get(name_key(expanded.replace(" & ", " và ")))
        if found is None and " & " in surface:  # "Bộ NN & PTNT": the initials spaced around "&"
            found = self.canonical_org(surface.replace(" & ", "&"))
        if found is None and (head := _HEAD_AND_ALIAS.match(surface)):
            # "Tập đoàn PVN": a body's head word, then the short name the lexicon knows it by
            known = self.org_index.get(name_key(head.group(2)))
            if known is not None and name_key(known.name).startswith(name_key(head.group(1)) + " "):
                found = known
        return found

    def expand(self, surface: str) -> str:
        out = _TP_DOT.sub(r"\1 ", surface)
        pattern, full = self.abbreviations
        return " ".join(pattern.sub(lambda m: full[m.group()], out).split())


_HEAD_AND_ALIAS = re.compile(r"^(Tập đoàn|Tổng công ty|Công ty|Ngân hàng|Tổng cục|Cục|Trường|Bệnh viện|Viện|Hãng) (\S.*)$",
                             re.IGNORECASE)
_TP_DOT = re.compile(r"(?<!\w)(TP|Tp)\.\s*")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    title_entries = lexicon.titles()
    title_starts = {phrase_tokens(t.label) for t in title_entries}

    def named_by_post(name: str) -> bool:
        toks = phrase_tokens(name)
        return any(toks[: len(s)] == s for s in title_starts)

    orgs, org_index, issuer_only = PhraseMatcher(), {}, {}
    for e in lexicon.organizations():
        info = OrgInfo(e.name, e.cls, e.parent)
        forms = [e.name, *e.aliases]
        forms += [f.replace("&", "-") for f in forms if "&" in f]  # "Bộ GD-ĐT" is written for "Bộ GD&ĐT" too
        # the press often drops the commas between a body's fields: "Bộ Văn hóa Thể thao và Du lịch"
        forms += [f.replace(",", "") for f in forms if "," in f]
        # and writes a dash between fields as a comma: "Bộ Lao động, Thương binh và Xã hội"
        forms += [f.replace(" - ", ", ") for f in forms if " - " in f]
        for form in forms:
            org_index.setdefault(name_key(form), info)
            if named_by_post(e.name):
                issuer_only[name_key(form)] = info
            else:
                orgs.add(form, (info, form))
    titles = PhraseMatcher((form, t) for t in title_entries for form in (t.label, *t.aliases))
    places, place_index = PhraseMatcher(), {}
    for p in (*lexicon.provinces(), *lexicon.cities(), *lexicon.countries(), *lexicon.world_cities(),
              *lexicon.world_states(), *lexicon.regions(), *lexicon.districts()):
        info = PlaceInfo(p.name, p.kind)
        for form in (p.name, *p.aliases):
            places.add(form, info)
            place_index.setdefault(name_key(form), info)
    expansions = {a: full for a, full in lexicon.abbreviations().items() if not a.endswith(".")}
    longest_first = "|".join(re.escape(a) for a in sorted(expansions, key=len, reverse=True))
    abbr = (re.compile(rf"(?<![\w&])(?:{longest_first})(?![\w&])"), expansions)
    honorifics = PhraseMatcher((h, h) for h in lexicon.honorifics())
    return Gazetteer(orgs, titles, places, org_index, place_index,
                     {name_key(t.label): t for t in title_entries}, issuer_only, abbr,
                     lexicon.surnames(), honorifics)


@lru_cache(maxsize=1)
def historical_person_keys() -> frozenset[str]:
    """People the press names as history (in ideas, honours, places), never as present: "Chủ tịch Hồ Chí Minh"
    is the man, not the city."""
    return frozenset(name_key(n) for n in lexicon.historical_persons())


@lru_cache(maxsize=1)
def office_holder_keys() -> frozenset[str]:
    """The best-known office holders of office_terms.tsv, by name key."""
    return frozenset(name_key(t.person) for t in lexicon.office_terms())
