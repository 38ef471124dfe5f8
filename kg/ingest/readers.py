"""Readers for the input kinds ``kg build`` accepts: .txt, .html/.htm, .jsonl, .jsonl.gz, folders."""
from __future__ import annotations

import gzip
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..document import Document
from .capitals import title_case_names
from .clean import strip_furniture, without_site_name
from .decode import DecodeError, decode
from .fields import title_case_fields
from .spacing import unglue

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".ndjson")
MAX_ARTICLE_CHARS = 1_000_000  # longer texts are cut here: no news article is that long
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class IngestError:
    """An article that could not be read: where, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".jsonl.gz" if name.endswith(".jsonl.gz") else path.suffix.lower()


def iter_sources(paths: Iterable[str | os.PathLike]) -> Iterator[Path | IngestError]:
    """Expand paths and folders (recursively, sorted) into input files."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield IngestError(str(path), "no such file or folder")
        elif path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    child = Path(root) / name
                    if _suffix(child) in SUFFIXES:
                        yield child
        elif _suffix(path) in SUFFIXES:
            yield path
        else:
            yield IngestError(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                              f"expected one of {', '.join(SUFFIXES)}")


def read_documents(paths: Iterable[str | os.PathLike], clean: bool = True) -> Iterator[Document | IngestError]:
    """Yield one Document (or IngestError) per article found under ``paths``.

    With ``clean=False`` the text is left as read (page furniture in place) for ``prepare``
    to clean later, in a worker process."""
    for item in iter_sources(paths):
        if isinstance(item, IngestError):
            yield item
            continue
        kind = _suffix(item)
        try:
            if kind in (".jsonl", ".ndjson", ".jsonl.gz"):
                yield from _read_jsonl(item, clean)
            elif kind in (".html", ".htm"):
                yield _read_html(item, clean)
            else:
                yield _read_txt(item, clean)
        except (OSError, DecodeError, UnicodeError, EOFError, zlib.error) as exc:
            yield IngestError(str(item), _describe(exc))


def _describe(exc: Exception) -> str:
    if isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile)):
        return f"truncated or corrupt gzip data ({exc})"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return str(exc) or exc.__class__.__name__


def prepare(doc: Document) -> Document | IngestError:
    """The article body: length-limited, NFC, page furniture removed, words run together split, names in capitals
    in title case, fields of a body's name in lower case capitalised; an error when nothing is left."""
    text = doc.text[:MAX_ARTICLE_CHARS]
    body = title_case_fields(title_case_names(unglue(strip_furniture(text))))
    if not body.strip():
        return IngestError(doc.source, "no article text (empty after removing page furniture)")
    title = doc.title or body.split("\n", 1)[0][:300]
    return replace(doc, text=body, title=title.strip())


_PERIOD = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?(?!\d)")


def collection_period(description: object) -> tuple[int, int] | None:
    """The years a record's source description says its collection spans: "baomoi.com 2017" → (2017, 2017),
    "news 2023-2025" → (2023, 2025). An undated article is taken to fall in them."""
    m = _PERIOD.search(description) if isinstance(description, str) else None
    if m is None:
        return None
    lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
    return (lo, hi) if lo <= hi else None


def _make(doc_id: str, raw_text: str, source: str, title: str = "", date: str | None = None,
          url: str | None = None, clean: bool = True, period: tuple[int, int] | None = None) -> Document | IngestError:
    doc = Document(id=doc_id, text=raw_text, title=title.strip(), date=date, url=url, source=source, period=period)
    return prepare(doc) if clean else doc


def _read_txt(path: Path, clean: bool = True) -> Document | IngestError:
    text, _ = decode(path.read_bytes())
    return _make(path.stem, text, str(path), clean=clean)


def _read_html(path: Path, clean: bool = True) -> Document | IngestError:
    import trafilatura  # heavy: imported only for HTML input

    html, _ = decode(path.read_bytes())
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else "") or ""
    date = meta.date if meta and meta.date and _DATE.match(meta.date) else None
    url = meta.url if meta and meta.url else None
    if not text:
        return IngestError(str(path), "HTML page has no main text")
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return _make(path.stem, text, str(path), title=title, date=date, url=url, clean=clean)


def _open_lines(path: Path) -> Iterator[bytes]:
    opener = gzip.open if _suffix(path) == ".jsonl.gz" else open
    with opener(path, "rb") as fh:
        yield from fh


def _read_jsonl(path: Path, clean: bool = True) -> Iterator[Document | IngestError]:
    for lineno, raw in enumerate(_open_lines(path), 1):
        source = f"{path}:{lineno}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8", errors="replace"))
        except json.JSONDecodeError as exc:
            yield IngestError(source, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield IngestError(source, "a JSON record must be an object")
            continue
        text = record.get("text")
        if not isinstance(text, str):
            yield IngestError(source, "record has no \"text\" string")
            continue
        doc_id = str(record.get("id") or f"{path.name.split('.')[0]}-{lineno}")
        date = record.get("date")
        date = date[:10] if isinstance(date, str) and _DATE.match(date) else None
        title = without_site_name(record["title"]) if isinstance(record.get("title"), str) else ""
        if title and not text.lstrip().startswith(title.strip()):
            text = f"{title}\n{text}"
        url = record.get("url") if isinstance(record.get("url"), str) else None
        yield _make(doc_id, text, source, title=title or "", date=date, url=url, clean=clean,
                    period=collection_period(record.get("source")))
