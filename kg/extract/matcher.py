"""Longest-match phrase lookup over folded tokens (a token trie, like spaCy's PhraseMatcher)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from ..document import Token
from ..textnorm import fold

T = TypeVar("T")
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]|_")
_END = object()


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(fold(phrase)))


class PhraseMatcher(Generic[T]):
    def __init__(self, entries: Iterable[tuple[str, T]] = ()):
        self._root: dict = {}
        for phrase, payload in entries:
            self.add(phrase, payload)

    def add(self, phrase: str, payload: T) -> None:
        toks = phrase_tokens(phrase)
        if not toks:
            return
        node = self._root
        for t in toks:
            node = node.setdefault(t, {})
        node.setdefault(_END, []).append(payload)

    def first_tokens(self) -> frozenset[str]:
        """The folded tokens a phrase can start with: a token outside them starts no match."""
        return frozenset(k for k in self._root if k is not _END)

    def matches_at(self, tokens: Sequence[Token], i: int) -> list[tuple[int, T]]:
        """All (end_index, payload) of phrases starting at token i, longest first."""
        node = self._root.get(tokens[i].lower) if i < len(tokens) else None
        if node is None:  # most tokens start no phrase
            return []
        out: list[tuple[int, T]] = []
        branched: list[tuple[int, T]] = []
        j, n = i + 1, len(tokens)
        while True:
            if _END in node:
                out.extend((j, p) for p in node[_END])
            if j >= n:
                break
            nxt = node.get(tokens[j].lower)
            if nxt is None:
                if tokens[j].text == "&":
                    nxt = node.get("và")  # "Bộ Giáo dục & Đào tạo" is "Bộ Giáo dục và Đào tạo"
            elif tokens[j].text == "&" and "và" in node:
                # both "Bộ NN & MT" and "Bộ Nông nghiệp & Phát triển nông thôn" are names
                branched = self._continue(tokens, node["và"], j + 1)
            node = nxt
            if node is None:
                break
            j += 1
        out.reverse()
        if branched:
            out = sorted(branched + out, key=lambda hit: -hit[0])
        return out

    def _continue(self, tokens: Sequence[Token], node: dict, j: int) -> list[tuple[int, T]]:
        """The phrases a node's subtree matches from token j on, longest first."""
        out: list[tuple[int, T]] = []
        n = len(tokens)
        while True:
            if _END in node:
                out.extend((j, p) for p in node[_END])
            if j >= n or (node := node.get(tokens[j].lower)) is None:
                break
            j += 1
        out.reverse()
        return out
