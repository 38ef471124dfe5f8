"""Read-only lexicons (organisations, titles, places, document codes …) loaded from data/lexicons.

Each loader reads its file once per process. The files are plain TSV so that users
can review and extend them without touching code.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .resources import resource_dir


def lexicon_path(name: str) -> Path:
    return resource_dir("data/lexicons") / name


def _rows(name: str) -> list[dict[str, str]]:
    with open(lexicon_path(name), encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]


def _list(name: str) -> list[str]:
    with open(lexicon_path(name), encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@dataclass(frozen=True)
class OrgEntry:
    name: str
    cls: str
    aliases: tuple[str, ...]
    parent: str


@dataclass(frozen=True)
class TitleEntry:
    label: str
    implied_org: str
    org_heads: tuple[str, ...]
    fused_head: str
    kind: str
    aliases: tuple[str, ...] = ()  # other ways the press writes the same post ("Phó ban" for "Phó Trưởng ban")


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    kind: str  # "tỉnh", "thành phố" (under the central government), "thành phố thuộc tỉnh", "quốc gia",
    # "thành phố nước ngoài" or "vùng nước ngoài"
    aliases: tuple[str, ...]
    country: str = ""  # the country a foreign city or state is in (world_cities.tsv, world_states.tsv)


@lru_cache(maxsize=1)
def organizations() -> tuple[OrgEntry, ...]:
    return tuple(OrgEntry(r["name"], r.get("class") or "GovernmentOrganization",
                          tuple(_split(r.get("aliases", ""))), r.get("parent", ""))
                 for r in _rows("organizations.tsv") if r.get("name"))


@lru_cache(maxsize=1)
def titles() -> tuple[TitleEntry, ...]:
    return tuple(TitleEntry(r["label"], r.get("implied_org", ""), tuple(_split(r.get("org_heads", ""))),
                            r.get("fused_head", ""), r.get("kind", ""), tuple(_split(r.get("aliases", ""))))
                 for r in _rows("titles.tsv") if r.get("label"))


@lru_cache(maxsize=1)
def provinces() -> tuple[PlaceEntry, ...]:
    return tuple(PlaceEntry(r["name"], r.get("kind") or "tỉnh", tuple(_split(r.get("aliases", ""))))
                 for r in _rows("provinces.tsv") if r.get("name"))


@lru_cache(maxsize=1)
def cities() -> tuple[PlaceEntry, ...]:
    return tuple(PlaceEntry(r["name"], "thành phố thuộc tỉnh", tuple(_split(r.get("aliases", ""))))
                 for r in _rows("cities.tsv") if r.get("name"))


@lru_cache(maxsize=1)
def districts() -> tuple[PlaceEntry, ...]:
    return tuple(PlaceEntry(r["name"], r["kind"], ()) for r in _rows("districts.tsv") if r.get("name"))


FOREIGN_CITY = "thành phố nước ngoài"  # the kind of the places of world_cities.tsv


@lru_cache(maxsize=1)
def world_cities() -> tuple[PlaceEntry, ...]:
    return tuple(PlaceEntry(r["name"], FOREIGN_CITY, tuple(_split(r.get("aliases", ""))), r.get("country", ""))
                 for r in _rows("world_cities.tsv") if r.get("name"))


FOREIGN_STATE = "vùng nước ngoài"  # the kind of the places of world_states.tsv


@lru_cache(maxsize=1)
def world_states() -> tuple[PlaceEntry, ...]:
    return tuple(PlaceEntry(r["name"], FOREIGN_STATE, tuple(_split(r.get("aliases", ""))), r.get("country", ""))
                 for r in _rows("world_states.tsv") if r.get("name"))


@lru_cache(maxsize=1)
def foreign_place_countries() -> dict[str, str]:
    """The country each foreign city or state of the lexicons is in, by its name."""
    return {place.name: place.country for place in (*world_cities(), *world_states()) if place.country}


@lru_cache(maxsize=1)
def regions() -> tuple[PlaceEntry, ...]:
    """Continents and world regions, and Việt Nam's own regions."""
    return tuple(PlaceEntry(r["name"], REGION, tuple(_split(r.get("aliases", ""))))
                 for file in ("regions.tsv", "home_regions.tsv") for r in _rows(file) if r.get("name"))


@lru_cache(maxsize=1)
def home_regions() -> frozenset[str]:
    """The names of Việt Nam's own regions ("Miền Trung", "Tây Nguyên")."""
    return frozenset(r["name"] for r in _rows("home_regions.tsv") if r.get("name"))


REGION = "khu vực"  # the kind of a continent or world region


@lru_cache(maxsize=1)
def countries() -> tuple[PlaceEntry, ...]:
    return tuple(PlaceEntry(r["name"], "quốc gia", tuple(_split(r.get("aliases", ""))))
                 for r in _rows("countries.tsv") if r.get("name"))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(_list("surnames.txt"))


@lru_cache(maxsize=1)
def admin_fields() -> tuple[tuple[str, ...], ...]:
    """The fields of state administration one kind of body is named after, as official names write them
    (("Tài nguyên", "Môi trường"), ("Lao động", "Thương binh", "Xã hội"))."""
    return tuple(tuple(f.strip() for f in line.split("|")) for line in _list("admin_fields.txt"))


@lru_cache(maxsize=1)
def foreign_given_names() -> frozenset[str]:
    return frozenset(_list("foreign_given_names.txt"))


@lru_cache(maxsize=1)
def name_ending_verbs() -> frozenset[str]:
    return frozenset(_list("name_ending_verbs.txt"))


@lru_cache(maxsize=1)
def law_titles() -> tuple[str, ...]:
    """Titles of the country's laws, without "Luật" (law_titles.txt)."""
    return tuple(_list("law_titles.txt"))


@lru_cache(maxsize=1)
def treaties() -> dict[str, tuple[str, ...]]:
    """Treaties between states and the other names the press cites them by (treaties.tsv)."""
    return {r["name"]: tuple(_split(r.get("aliases", ""))) for r in _rows("treaties.tsv")}


@lru_cache(maxsize=1)
def brand_words() -> frozenset[str]:
    return frozenset(_list("brand_words.txt"))


@lru_cache(maxsize=1)
def awards() -> tuple[str, ...]:
    return tuple(_list("awards.txt"))


@lru_cache(maxsize=1)
def historical_persons() -> frozenset[str]:
    return frozenset(_list("historical_persons.txt"))


@lru_cache(maxsize=1)
def venues() -> tuple[tuple[str, bool], ...]:
    """(head or name, whether it is a whole name) for the buildings and halls events are held in."""
    return tuple((v.partition("=")[0].strip(), "=" in v) for v in _list("venues.txt"))


@lru_cache(maxsize=1)
def venue_cities() -> dict[str, str]:
    """The city each venue the lexicon names whole stands in, where it says ("Phủ Chủ tịch" in Hà Nội)."""
    return {name.strip(): city.strip() for name, _, city in (v.partition("=") for v in _list("venues.txt"))
            if city.strip()}


@lru_cache(maxsize=1)
def district_provinces() -> dict[str, str]:
    """The province each district of the lexicon is in, where only one has a district of that name."""
    return {r["name"]: r["provinces"] for r in _rows("districts.tsv")
            if r.get("name") and r.get("provinces") and "|" not in r["provinces"]}


@dataclass(frozen=True)
class OfficeTerm:
    person: str
    posts: tuple[str, ...]  # the post as written before the name, and other ways to write it
    first: int  # first and last year in office, both inclusive
    last: int
    state: str = ""  # the foreign state whose post it is; empty for Viet Nam's own


@lru_cache(maxsize=1)
def office_terms() -> tuple[OfficeTerm, ...]:
    """Terms of the best-known office holders (office_terms.tsv)."""
    return tuple(OfficeTerm(r["person"], tuple(_split(r["post"])), int(r["from"]), int(r["to"]), r.get("state") or "")
                 for r in _rows("office_terms.tsv"))


@lru_cache(maxsize=1)
def party_plenum_years() -> dict[tuple[int, int], int]:
    """(Party term, plenum number) -> the year it was held (party_plenums.tsv)."""
    return {(int(r["term"]), int(r["plenum"])): int(r["year"]) for r in _rows("party_plenums.tsv")}


@lru_cache(maxsize=1)
def numbered_meeting_years() -> dict[tuple[str, int], int]:
    """(series, number) -> the year that numbered meeting was held (numbered_meetings.tsv): ("asean", 33) is 2018."""
    return {(r["series"], int(r["number"])): int(r["year"]) for r in _rows("numbered_meetings.tsv")}


@dataclass(frozen=True)
class KnownMerger:
    result: str
    originals: tuple[str, ...]  # the result's own former self included
    kind: str  # "place" (a province) or "org" (a body)
    year: int  # the year it took effect


@lru_cache(maxsize=1)
def known_mergers() -> tuple[KnownMerger, ...]:
    """Mergers of public record the press refers to without spelling them out (known_mergers.tsv)."""
    return tuple(KnownMerger(r["result"], tuple(_split(r["originals"])), r["kind"], int(r["year"]))
                 for r in _rows("known_mergers.tsv"))


@lru_cache(maxsize=1)
def ruling_parties() -> dict[str, str]:
    """State -> the party that rules it alone (ruling_parties.tsv)."""
    return {r["state"]: r["party"] for r in _rows("ruling_parties.tsv")}


@lru_cache(maxsize=1)
def honorifics() -> tuple[str, ...]:
    return tuple(_list("honorifics.txt"))


@lru_cache(maxsize=1)
def legal_codes() -> tuple[dict[str, str], dict[str, str]]:
    """(type code -> document type, issuer code -> canonical issuer)."""
    types, issuers = {}, {}
    for r in _rows("legal_codes.tsv"):
        if r.get("scope") == "issuer":
            issuers[r["code"]] = r.get("issuer", "")
        else:
            types[r["code"]] = r.get("type", "")
    return types, issuers


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    return {r["abbr"]: r["expansion"] for r in _rows("abbreviations.tsv") if r.get("abbr")}


@lru_cache(maxsize=1)
def event_types() -> dict[str, str]:
    return {r["keyword"]: r["type"] for r in _rows("event_types.tsv") if r.get("keyword")}


@lru_cache(maxsize=1)
def load_furniture() -> dict[str, list[str]]:
    """The patterns of furniture.tsv by action: "cut_after" (line markers that end the body), "drop_line" (regexes
    of lines to drop), "cut_inline" (regexes that end the body inline in its last third), "drop_prefix" (a masthead
    run into the start of a line), "cut_widget" (regexes that end the body wherever they occur), "title_site" (a
    site's name after a headline)."""
    found: dict[str, list[str]] = {a: [] for a in ("cut_after", "drop_line", "cut_inline", "drop_prefix",
                                                   "cut_widget", "title_site")}
    for r in _rows("furniture.tsv"):
        found.setdefault(r.get("action", ""), []).append(r["pattern"])
    return found
