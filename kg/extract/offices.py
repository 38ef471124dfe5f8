"""The Prime Minister as an office: "được Thủ tướng Chính phủ phê duyệt" names a post, not the Government as a
body of the story. When nobody in the article holds a post of the Government and nothing the Government does is
told, a Government cited only inside that title is not one of the article's bodies."""
from __future__ import annotations

import re

from .context import ArticleContext
from .entities import org_key
from .model import ORG, Extraction

GOVERNMENT = org_key("Chính phủ")
_OFFICE_BEFORE = re.compile(r"(?<!\w)(?:Phó\s+)?Thủ\s+tướng\s*$", re.IGNORECASE)


def run(ctx: ArticleContext, ex: Extraction) -> None:
    if (ORG, GOVERNMENT) not in ex.entities or _has_a_part(ex):
        return
    cited = [m for m in ex.mentions if m.kind == ORG and m.key == GOVERNMENT]
    if cited and all(_OFFICE_BEFORE.search(ctx.text, max(0, m.start - 16), m.start) for m in cited):
        ex.mentions = [m for m in ex.mentions if not (m.kind == ORG and m.key == GOVERNMENT)]
        del ex.entities[(ORG, GOVERNMENT)]


def _has_a_part(ex: Extraction) -> bool:
    """The Government holds posts, hosts events, takes or confers awards, issues documents or changes here."""
    return any(m.org == GOVERNMENT for m in ex.memberships) \
        or any(e.organizer == GOVERNMENT for e in ex.events) \
        or any(GOVERNMENT in (a.recipient, a.conferrer) for a in ex.awards) \
        or any(GOVERNMENT in (c.result, *c.originals) for c in ex.changes) \
        or any(e.attrs.get("issuer") == GOVERNMENT or e.attrs.get("parent") == GOVERNMENT for e in ex.entities.values())
