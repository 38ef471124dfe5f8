"""Shared fixtures: the bundled samples, the shared seeds and corpus when present, a built sample graph."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEEDS_GOLD = SHARED / "gold" / "seeds.json"
CORPUS = SHARED / "corpus" / "vn-news-30k.jsonl.gz"


@pytest.fixture(scope="session")
def sample_store():
    """The sample articles built once into an in-memory store."""
    from kg.pipeline import build
    from kg.store import open_store

    store = open_store()
    report = build([SAMPLES], store, jobs=1)
    assert report.articles >= 8 and not report.skipped, report.skipped
    return store


@pytest.fixture(scope="session")
def seeds_store():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    from kg.pipeline import build
    from kg.store import open_store

    store = open_store()
    build(sorted(SEEDS.glob("*.txt")), store, jobs=1)
    return store


def extract_text(text: str, doc_id: str = "t", date: str | None = None):
    """Extract from a hand-written article (tests build documents by hand, like spaCy's)."""
    from kg.document import Document
    from kg.extract import extract

    return extract(Document(doc_id, text, date=date))
