"""The document model: an article owns its text; everything else points into it by offsets."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class Document:
    """One article after ingest: NFC text with page furniture removed."""

    id: str
    text: str
    title: str = ""
    date: str | None = None  # ISO date of publication, when known
    url: str | None = None
    source: str = ""  # where it was read from: "file.txt" or "batch.jsonl:17"
    period: tuple[int, int] | None = None  # years the record's collection spans ("baomoi.com 2017"), if it says


class Token(NamedTuple):
    """A syllable, number or punctuation mark; ``doc.text[start:end] == text``."""

    start: int
    end: int
    text: str
    lower: str  # folded form used for matching (see kg.textnorm.fold)

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass
class AnnotatedDoc:
    """A document with its sentences and tokens (character offsets into ``doc.text``)."""

    doc: Document
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.doc.text
