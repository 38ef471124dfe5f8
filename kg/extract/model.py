"""What extraction produces: entities keyed by canonical keys, and facts that point at them.

Facts reference entities by their key (never by list index), and every fact keeps
its evidence as character offsets into the article text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

PERSON, ORG, LEGISLATION, PLACE, EVENT = "Person", "Organization", "Legislation", "Place", "Event"


@dataclass(frozen=True)
class Evidence:
    start: int  # sentence span in the article text
    end: int


@dataclass
class Entity:
    kind: str
    key: str  # canonical key: the IRI is minted from (kind, key)
    name: str
    cls: str = ""  # schema.org class name, e.g. "GovernmentOrganization"
    alt_names: set[str] = field(default_factory=set)
    attrs: dict[str, object] = field(default_factory=dict)  # kind-specific: identifier, type, date, issuer …


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str
    key: str


@dataclass(frozen=True)
class Membership:
    person: str  # person key
    role: str  # role label without organisation, e.g. "Quyền Bộ trưởng"
    org: str  # organisation key
    evidence: Evidence
    status: str = "current"  # current | acting | former


@dataclass
class Participation:
    person: str
    how: str  # attendee | chair | speaker | honoured
    evidence: Evidence


@dataclass
class EventFact:
    key: str
    name: str
    kind: str  # conference, meeting, ceremony …
    evidence: Evidence
    date: str | None = None
    organizer: str | None = None  # org key
    location: str | None = None  # place key
    location_within: str | None = None  # the wider place a venue is in ("Nhà Quốc hội ở Hà Nội")
    participants: list[Participation] = field(default_factory=list)


@dataclass(frozen=True)
class Award:
    recipient: str  # person or org key
    recipient_kind: str
    award: str
    evidence: Evidence
    conferrer: str | None = None  # person key


@dataclass(frozen=True)
class Change:
    originals: tuple[str, ...]  # org keys (or place keys of administrative units, which merge too)
    result: str
    kind: str  # merger | absorption | renaming
    evidence: Evidence


@dataclass(frozen=True)
class Discipline:
    """A disciplinary measure decided on a person ("Ban Bí thư thi hành kỷ luật cảnh cáo ông A")."""

    person: str  # person key
    measure: str  # as the text names it: "cảnh cáo", "khiển trách", "cách chức", "khai trừ ra khỏi Đảng"
    decided_by: str | None  # key of the body (or person) that decided it, if the sentence names one
    decided_by_kind: str | None  # ORG or PERSON
    evidence: Evidence


@dataclass
class Extraction:
    """Everything found in one article."""

    doc_id: str
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    events: list[EventFact] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    disciplines: list[Discipline] = field(default_factory=list)

    def entity(self, kind: str, key: str, name: str, cls: str = "", alt: str | None = None) -> Entity:
        """Get or create the entity (kind, key); record ``alt`` as an alternate name if it differs."""
        ent = self.entities.get((kind, key))
        if ent is None:
            ent = self.entities[(kind, key)] = Entity(kind, key, name, cls)
        if alt and alt != ent.name:
            ent.alt_names.add(alt)
        return ent

    def mention(self, start: int, end: int, kind: str, key: str) -> None:
        self.mentions.append(Mention(start, end, kind, key))

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for (k, _), e in self.entities.items() if k == kind]
