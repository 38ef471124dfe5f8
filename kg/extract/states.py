"""States that act: a country the article has declare, sign, demand or refuse something is an organisation there.

"Trung Quốc phản đối …", "Mỹ và Nhật Bản từ chối tham gia", "phía Việt Nam cam kết …": the country acts as a
state, as its government does, and is an organisation of the article as well as a place. A country named only
as where something is ("tại Trung Quốc") stays a place.
"""
from __future__ import annotations

import re

from .context import ArticleContext
from .entities import org_key
from .model import ORG, PLACE, Extraction

# what a state does, right after its name (perhaps after "đã", "cũng", "sẽ", "vẫn", "không")
_ACTS = re.compile(r"\s*(?:(?:đã|cũng|sẽ|vẫn|không|chưa|đang|vừa|luôn|từng|mới|hiện|hiện nay)\s+)*"
                   r"(?:tuyên bố|phản đối|ủng hộ|cam kết|ký kết|kêu gọi|yêu cầu|cáo buộc|bác bỏ|hoan nghênh|lên án|"
                   r"cảnh báo|quyết định|đồng ý|từ chối|trừng phạt|áp đặt|phê chuẩn|công nhận|đe dọa|đe doạ|chấp nhận|"
                   r"đáp trả|trục xuất|gia nhập|rút khỏi|triệu hồi|triệu tập|tố cáo|phủ nhận|khẳng định|đề xuất|"
                   r"đề nghị|chủ trương|coi trọng|mong muốn|sẵn sàng|nhất trí|thông báo|cho biết|tham gia|ký|bổ nhiệm|"
                   r"nộp đơn|cắt quan hệ|kiềm chế)(?!\w)",
                   re.IGNORECASE)
# "phía Trung Quốc": the state as a party; "thăm chính thức Nhật Bản": the state a state visit is paid to
_SIDE = re.compile(r"(?<!\w)(?:phía|thăm chính thức|thăm cấp nhà nước|thăm hữu nghị chính thức|thăm chính thức làm việc)"
                   r"(?:\s+(?:nước|Vương quốc|Cộng hòa|Liên bang|Cộng hòa Liên bang))?\s+$", re.IGNORECASE)
# "… và Nhật Bản từ chối": the states listed before a verb they share
_LISTED = re.compile(r"\s*(?:,|và)\s*$")


# a form of address before a one-word name makes it a person's ("Ông Nhật cũng cho biết"); "Anh" opening a sentence
# is the pronoun "he" ("Anh cho biết …")
_ADDRESSED = re.compile(r"(?<!\w)(?:ông|bà|anh|chị|em|cô|chú|bác)\s+$", re.IGNORECASE)
_PRONOUNS = frozenset({"Anh", "Em", "Chị"})


def run(ctx: ArticleContext, ex: Extraction) -> None:
    opening = {s.start for s in ctx.sentences}
    states = [m for m in ex.mentions if m.kind == PLACE
              and (ent := ex.entities.get((PLACE, m.key))) is not None and ent.cls == "Country"
              and not _ADDRESSED.search(ctx.text, max(0, m.start - 6), m.start)
              and not (m.start in opening and ctx.text[m.start:m.end] in _PRONOUNS)]
    acting = {m for m in states if _ACTS.match(ctx.text, m.end) or _SIDE.search(ctx.text, max(0, m.start - 48), m.start)}
    for m in sorted(states, key=lambda m: -m.start):  # "Mỹ, Nhật Bản và Úc từ chối": the list shares the verb
        nxt = next((a for a in acting if a.start > m.end and _LISTED.fullmatch(ctx.text, m.end, a.start)), None)
        if nxt is not None:
            acting.add(m)
    for m in sorted(acting, key=lambda m: (m.start, m.end)):  # a set: its order would change run to run
        place = ex.entities[(PLACE, m.key)]
        key = org_key(place.name)
        state = ex.entity(ORG, key, place.name, "GovernmentOrganization")
        state.alt_names.update(n for n in place.alt_names if n != state.name)
        ex.mention(m.start, m.end, ORG, key)
