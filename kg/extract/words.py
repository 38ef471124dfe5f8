"""Word boundaries from underthesea, asked for only where a rule needs them (lazy, per sentence)."""
from __future__ import annotations

from ..document import Sentence
from ..textnorm import fold


def word_ids(text: str, sentence: Sentence) -> list[int]:
    """For each token of the sentence, the index of the underthesea word it belongs to. Words and tokens are
    matched by where they stand in the text, so a word the two split differently ("7h" / "7", "h") costs only
    itself."""
    from underthesea import word_tokenize

    toks = sentence.tokens
    ids = list(range(len(toks)))
    snippet = text[sentence.start:sentence.end]
    try:
        words = word_tokenize(snippet)
    except Exception:  # noqa: BLE001 - a tokenizer failure must not lose the article
        return ids
    at, k, snippet = 0, 0, fold(snippet)  # "Uỷ" comes back "Ủy": both fold alike, and folding keeps offsets
    for w_index, word in enumerate(fold(w) for w in words):
        first = word.split()[0] if word.split() else word
        found = snippet.find(first, at)
        if found < 0:
            return ids  # the tokenizer changed the text: every token its own word
        end = found + len(first)
        for piece in word.split()[1:]:
            end = snippet.find(piece, end)
            if end < 0:
                return ids
            end += len(piece)
        start, at = sentence.start + found, end
        end += sentence.start
        while k < len(toks) and toks[k].start < start:
            k += 1
        while k < len(toks) and toks[k].end <= end:
            ids[k] = len(toks) + w_index
            k += 1
    return ids
