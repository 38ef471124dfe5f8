"""IRIs are a pure function of canonical keys: same key, same IRI, in any run or process."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

DEFAULT_BASE = "https://example.org/kg/"


def slug(text: str, limit: int = 48) -> str:
    """ASCII, lower-case, dash-separated: 'Nguyễn Mạnh Hùng' -> 'nguyen-manh-hung'."""
    t = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t[:limit].rstrip("-") or "x"


def digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


class Minter:
    """Mints IRIs under one base. Readable slug plus a hash of the full key, so names never collide."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, kind: str, key: str, label: str | None = None) -> str:
        return f"{self.base}{kind.lower()}/{slug(label or key)}-{digest(kind, key)}"

    def article(self, doc_id: str) -> str:
        return f"{self.base}article/{quote(doc_id, safe='-_.~')}"

    def graph(self, doc_id: str) -> str:
        return f"{self.base}graph/{quote(doc_id, safe='-_.~')}"

    def role(self, label: str) -> str:
        return f"{self.base}role/{slug(label)}-{digest('role', label.lower())}"

    def fact(self, kind: str, *key: str) -> str:
        return f"{self.base}{kind}/{digest(kind, *key)}"

    def evidence(self, doc_id: str, start: int, end: int) -> str:
        return f"{self.article(doc_id)}#char={start},{end}"
