"""Word boundaries from underthesea, asked for only where a rule needs them (lazy, per sentence)."""
from __future__ import annotations

import re

from ..document import Sentence
from ..textnorm import fold

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]|_")


def word_ids(text: str, sentence: Sentence) -> list[int]:
    """For each token of the sentence, the index of the underthesea word it belongs to."""
    from underthesea import word_tokenize

    toks = sentence.tokens
    ids = list(range(len(toks)))
    try:
        words = word_tokenize(text[sentence.start:sentence.end])
    except Exception:  # noqa: BLE001 - a tokenizer failure must not lose the article
        return ids
    k = 0
    for w_index, word in enumerate(words):
        for piece in _TOKEN.findall(word):
            if k >= len(toks) or (toks[k].text != piece and toks[k].lower != fold(piece)):  # "uỷ" / "ủy"
                return list(range(len(toks)))  # misaligned: every token its own word
            ids[k] = len(toks) + w_index
            k += 1
    return ids
