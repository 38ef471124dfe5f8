"""Find the name-like spans of a sentence: posts, organisations, places, honorifics and persons.

Lexicon matches come first (longest match wins), then patterns for local bodies
("UBND tỉnh Lào Cai") and for organisation names headed by a known head word
("Cục Tần số Vô tuyến điện"), and last the capitalised runs that are person names.
The result is a list of non-overlapping ``Span`` objects in text order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import lexicon
from ..document import Sentence, Token
from ..textnorm import fold, name_key, tidy
from .gazetteer import Gazetteer, PlaceInfo, gazetteer, historical_person_keys, office_holder_keys
from .matcher import PhraseMatcher, phrase_tokens
from .words import word_ids

TITLE, ORG, PLACE, PERSON, HONORIFIC = "TITLE", "ORG", "PLACE", "PERSON", "HONORIFIC"
PROVINCE, CITY, PROVINCIAL_CITY = "tỉnh", "thành phố", "thành phố thuộc tỉnh"  # kinds of places (lexicon.py)
COUNTRY = "quốc gia"
VENUE = "địa điểm"  # a building or hall (venues.txt)


# capitalised words that start a new sentence, not a name's next word ("Bên cạnh đó", "Theo …", "Sáng nay"); not
# "Sau", "Trong", which names hold ("Viện Đào tạo Sau đại học", "Vụ Thị trường Trong nước")
CLAUSE_OPENERS = frozenset({"bên", "theo", "tại", "sáng", "chiều", "tối", "còn"})
# two-word openers of a sentence that ran into a name with no full stop ("… Trường THPT Tân Bằng Từ đó, …")
CLAUSE_OPENER_PAIRS = frozenset({"từ đó", "từ nay", "sau đó", "trước đó", "theo đó", "do đó", "vì vậy", "tuy nhiên",
                                 "tiếp đó", "ngoài ra", "đồng thời"})
# forms of address that open a person's name: after a dash they end a body's name ("Đảng Công Minh - Ngài X")
_ADDRESS = frozenset({"ngài", "ông", "bà", "đồng chí"})
# verbs a caption starts with, capitalised, right after the name it shows ("Trần Thanh Nam Kết luận Hội nghị");
# not verbs that also name bodies ("Viện Nghiên cứu", "Trung tâm Phát triển")
CAPTION_VERBS = frozenset({"kết luận", "phát biểu", "tham dự", "chủ trì", "cho biết", "khẳng định", "nhấn mạnh",
                           "trả lời", "chia sẻ", "trao tặng", "chúc mừng", "thăm hỏi", "tặng quà"})
NOT_NEWSPAPER_BEFORE = frozenset({"họp", "thông", "cảnh", "dự", "tình", "phổ", "loan", "tố", "khai", "báo", "bẩm", "làm"})
COUNTED_NOUNS = frozenset("người tỷ triệu nghìn ngàn năm ngày tháng giờ phút km ha tấn lần cán học nhân đơn bệnh ca giường lượt "
                          "chiếc trẻ cháu em".split())  # "BV Thanh Nhàn | 10 bệnh nhân": a count after a name
_ROMAN_UNIT = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII)")  # a unit's number in Roman numerals ("Cục … II")
NUMBERED_HEADS = frozenset({"Viện", "Bệnh viện", "BV", "Sư đoàn", "Lữ đoàn", "Tổng công ty", "Công ty", "Nhà máy",
                            "Ban Chỉ đạo"})
TERM_WORDS = frozenset({"khóa", "khoá", "nhiệm", "kỳ"})  # "Ban Chấp hành khóa XVII": a term, not part of the name
DAY_TIMES = frozenset({"sáng", "chiều", "tối", "trưa", "đêm", "hôm"})  # before a date: "chiều 2/1"
COUNT_WORDS = frozenset("các những hai ba bốn năm sáu bảy tám chín mười".split())  # "hai Phó Chủ tịch", "các Thứ trưởng"


@dataclass(frozen=True)
class TitleHit:
    label: str  # with "Quyền " / "nguyên " when written
    base: str  # the lexicon label
    status: str  # current | acting | former
    implied_org: str
    org_heads: tuple[str, ...]
    plural: bool  # "các Thứ trưởng"
    org_before: bool = False  # "Tỉnh ủy viên": the body is written before the post


@dataclass(frozen=True)
class OrgHit:
    name: str  # canonical name, or the best full form for unknown organisations
    cls: str
    surface: str
    parent: str = ""
    needs_place: str = ""  # "tỉnh" / "thành phố" … when a local body was named without its place
    head: str = ""
    place: tuple[str, str] | None = None  # (name, kind) of the province a local body names ("UBND tỉnh Lào Cai")


@dataclass(frozen=True)
class Span:
    i: int  # token indices [i, j) within the sentence
    j: int
    start: int  # character offsets in the article
    end: int
    kind: str
    payload: object


# Schools are often named after people ("Trường THPT Nguyễn Bỉnh Khiêm") or places ("Trường THPT Sơn Tây").
SCHOOL_LEVELS = ("THPT", "THCS", "Tiểu học", "Mầm non", "Trung học phổ thông", "Trung học cơ sở", "Phổ thông",
                 "THCS - THPT", "PTDTNT", "Phổ thông Dân tộc nội trú", "Cao đẳng nghề", "CĐ nghề", "Trung cấp nghề",
                 "Trung cấp", *(f"{level} {word}" for level in ("THPT", "Trung học phổ thông", "THCS", "Trung học cơ sở")
                                for word in ("chuyên", "Chuyên")),  # "Trường THPT chuyên Lê Hồng Phong"
                 # schools of two or three levels: "Trường TH - THCS Tân Lập", "Trường Tiểu học và THCS X", "Trường PTDTBT …"
                 *(f"{a}{sep}{b}" for a, b in (("TH", "THCS"), ("Tiểu học", "THCS"), ("Tiểu học", "Trung học cơ sở"),
                                                ("THCS", "THPT"), ("Trung học cơ sở", "Trung học phổ thông"),
                                                ("TH, THCS", "THPT"), ("Tiểu học, THCS", "THPT"))
                   for sep in (" - ", " & ", "&", " và ")),
                 "PTDTBT", "Phổ thông Dân tộc bán trú", "PTDTBT TH", "PTDTBT THCS", "PTDTBT TH - THCS", "PTDTBT TH&THCS",
                 "Trung học")  # an older school of a trade: "Trường Trung học Sư phạm Thái Nguyên", "Trường Trung học Y tế …"
# Head words of organisation names that are not in the lexicon (generic pattern).
# law firms, named after a partner or a made-up name ("Văn phòng luật sư Thiên Thanh")
# a list of streets opened by its word and "gồm" or a colon, running on to the name: "các phố hạn chế giao thông gồm:"
_STREET_LIST = re.compile(r"(?<!\w)(?:(?:tuyến phố|tuyến đường|các tuyến|các phố|các đường|các con đường|phố|tuyến|"
                          r"khu vực)(?!\w)[^.;!?]{0,160}?(?:gồm|là|:|như)|các tuyến(?: phố| đường)?)\s+[^.;!?]*$",
                          re.IGNORECASE)  # "… ở một số khu vực như: Hoàng Sa, Bà Lê Chân, Tôn Đức Thắng"
# a list of schools named after people: "25 trường THPT không chuyên như Marie Curie, Trần Văn Giàu", "(Trường THPT
# chuyên Lê Hồng Phong, Trần Đại Nghĩa, Hùng Vương và Lê Quý Đôn)"
_SCHOOL_LIST = re.compile(r"(?<!\w)(?:(?:các|những|\d+)\s+trường\s+(?:THPT|THCS|tiểu học|mầm non|trung học|chuyên|"
                          r"không chuyên)(?!\w)[^.;!?()]{0,40}?(?:như|gồm|là|:)|"
                          r"\(\s*Trường\s+(?:THPT|THCS|Tiểu học|Mầm non|Trung học phổ thông|Trung học cơ sở)(?:\s+chuyên)?"
                          r"\s+[A-ZĐ][^.;!?(),]{1,30},)\s+[^.;!?()]*$")
_STREET_LIST_LINKS = frozenset({",", ":", "gồm", "từ", "đến", "và", "(", "-", "–", "tuyến", "như"})
# nouns for works, venues and ventures whose Latin names are no people's ("bộ phim Titanic", "mỏ sắt Thạch Khê")
NAMED_THINGS = ("kịch", "vở", "phim", "sách", "tác phẩm", "ca khúc", "bài hát", "album", "nhà hát", "khách sạn",
                "sân vận động", "tàu", "mỏ", "dự án", "chương trình", "thương hiệu", "nhãn hiệu", "mẫu xe", "dòng xe",
                "ứng dụng", "nền tảng", "chiến dịch", "kế hoạch", "tuyến", "giải", "bảo tàng", "trung tâm",
                "tàu sân bay", "tàu chiến", "tàu khu trục", "tàu tuần dương", "tàu ngầm", "khu trục hạm",
                "hàng không mẫu hạm", "chiến hạm", "xe", "chuyên cơ", "phòng thí nghiệm", "tạp chí", "tờ báo",
                "hãng hàng không", "tết", "lễ hội", "khu vực", "làng")
SHIP_PREFIXES = frozenset({"USS", "HMS", "INS", "HMAS", "JS"})  # "USS Carl Vinson": a ship's name
# what a person is, as the press writes it after a foreign name and a comma ("…, chuyên gia về …")
PERSON_DESCRIPTIONS = ("chuyên gia", "giáo sư", "phó giáo sư", "nhà phân tích", "nhà nghiên cứu", "nhà báo", "phóng viên",
                       "người phát ngôn", "phát ngôn viên", "cố vấn", "học giả", "tiến sĩ", "luật sư", "nghị sĩ",
                       "thượng nghị sĩ", "hạ nghị sĩ", "nhà kinh tế", "nhà khoa học", "cựu", "nguyên", "người sáng lập",
                       "nhà sáng lập", "đồng sáng lập", "ứng viên", "nhà văn", "nhà hoạt động", "tác giả")
# a birth year or an age right after a name: "(SN 1975)", "(sinh năm 1962)", "(67 tuổi)", ", 54 tuổi,"
_BORN_OR_AGED = re.compile(r"\s*(?:\(\s*(?:SN|sinh năm|sinh|s\.)\s*(?:19|20)\d\d|\(\s*\d{1,3}\s*tuổi|,\s*\d{1,3}\s*tuổi\b|"
                           r",\s*sinh năm\s*(?:19|20)\d\d)", re.IGNORECASE)
# a photo caption's position of the one pictured: "(trái)", "(giữa)", "(thứ hai từ phải)", "(ngoài cùng bên trái)"
_PICTURED_AT = re.compile(r"\s*\((?:[^()\n]{0,24}\s)?(?:trái|phải|giữa)\s*\)", re.IGNORECASE)
# words before a place that say where something is or goes ("tại Nhà Trắng", "phía nam Nhà Trắng")
PLACE_PREPOSITIONS = frozenset({"tại", "ở", "đến", "tới", "trong", "ngoài", "vào", "ra", "rời", "khỏi", "từ", "về", "sang",
                                "nam", "bắc", "đông", "tây", "trước", "sau", "cạnh", "quanh", "thăm"})
# words for a newspaper or a news agency, after which a name in Latin letters is that paper's ("tờ Global Times")
NEWSPAPER_WORDS = (" tờ", "nhật báo", "tuần báo", "tạp chí")
LAW_FIRMS = ("Văn phòng luật sư", "Văn phòng Luật sư", "Công ty luật", "Công ty Luật")
# heads of a business, which may be written in lower case right after its head's post ("Giám đốc công ty …")
BUSINESS_HEADS = frozenset({"Công ty", "Tổng công ty", "Tập đoàn", "Ngân hàng"})
# a company's legal form before its name, which may read like a person's ("Công ty cổ phần Hoàng Anh Gia Lai")
COMPANY_FORMS = ("Công ty cổ phần", "Công ty CP", "CTCP", "Công ty TNHH", "Công ty trách nhiệm hữu hạn", "Tổng công ty cổ phần",
                 "Công ty TNHH một thành viên", "Công ty trách nhiệm hữu hạn một thành viên")
INTERGOVERNMENTAL = "Ủy ban liên Chính phủ"  # "Ủy ban liên Chính phủ Việt Nam - Séc về hợp tác kinh tế"
GENERIC_HEADS = (
    "Ban", "Cục", "Vụ", "Tổng cục", "Viện", "Ủy ban", "Tập đoàn", "Tổng công ty", "Công ty", *COMPANY_FORMS,
    "Ngân hàng", "Học viện", "Đại học", "ĐH", "Trường Đại học", "Trường ĐH", "Trường Cao đẳng", "Trường CĐ", "Báo", "Đài", "Tạp chí",
    "Trung tâm", "Hội", "Tổng hội", "Hiệp hội", "Liên đoàn", "Liên hiệp", "Quỹ", "Văn phòng", "Tòa án", "Thanh tra",
    "Bệnh viện", "BV", "Thẩm mỹ viện", "Cổng Thông tin điện tử", "Câu lạc bộ", "Ban Chỉ đạo", "Hội đồng", "Đảng ủy", "Đảng bộ",
    "Bộ Tư lệnh", "Kho bạc Nhà nước", "Sở", "Chi cục", "Nhà xuất bản", "NXB", "CLB", "Tổng Liên đoàn", "Mạng lưới",
    "Viện Kiểm sát nhân dân", "Tòa án nhân dân", "Bộ Chỉ huy", "Ủy ban Kiểm tra", "Quân khu", "Cảnh sát",
    "Nhà hát", "Bảo tàng", "Thư viện", "Phòng", "Liên hiệp các tổ chức hữu nghị", "Cơ quan Cảnh sát điều tra",
    "Cơ quan CSĐT", "Cơ quan An ninh điều tra", "Cơ quan ANĐT", *LAW_FIRMS, "Tổ chức", *(f"Trường {level}" for level in SCHOOL_LEVELS),
    "Cơ quan", "Hãng thông tấn", "Cảng hàng không", "Phân ban", "Liên minh", "Nhà máy", "Thượng viện", "Hạ viện",
    "Công đoàn", "Chi hội", "Sư đoàn", "Lữ đoàn", "Đoàn Luật sư", "Nhóm nghị sĩ", "Ban Thư ký", "Tổ công tác", "Tiểu ban", "Thời báo", "Nhóm", INTERGOVERNMENTAL,
    "Hợp tác xã", "HTX", "Điện lực",  # "Giám đốc HTX Nông nghiệp Tân Phú", "Điện lực Long An"
    "Giáo hội", "Tòa Tổng Giám mục", "Tòa Giám mục", "Giáo phận",  # "Giáo hội Phật giáo TP.HCM", "Giáo phận Vinh"
    "Đồn Biên phòng", "Đồn BP", "Đồn Công an",  # border and police posts: "Đồn Biên phòng Hòn Khoai"
    "Đội",  # a numbered unit only: "Đội Quản lý thị trường số 14", "Đội CSGT số 3"
    "Đoàn Thanh niên", "Đoàn TNCS", "Chi đoàn", "Đoàn khối", "Đảng ủy khối", "Ban Chỉ huy Quân sự", "Đảng",
    *(SCHOOLS_WITHOUT_TRUONG := ("Cao đẳng", "Trung cấp")), "Trường",
)
# posts a company gives, whose company the press may name by its brand alone ("bà X - Chủ tịch Vĩnh Hoàn")
BRANDED_POSTS = frozenset({"Chủ tịch", "Phó Chủ tịch", "Chủ tịch Hội đồng quản trị", "Phó Chủ tịch Hội đồng quản trị",
                           "Tổng Giám đốc", "Phó Tổng Giám đốc", "Giám đốc điều hành", "Chủ tịch Hội đồng thành viên",
                           "Chủ tịch Hội đồng sáng lập"})
# heads of bodies the press may write in lower case after a post, before the body's name in capitals
LOWER_HEADS_AFTER_POST = frozenset({"hội", "vụ", "cục", "ban", "sở", "viện", "trường", "trung tâm", "bệnh viện",
                                    "công ty", "tập đoàn", "tổng công ty", "học viện"})
# bodies set up for a piece of work, named by it in lower case ("Hội đồng thi tuyển công chức tỉnh Thanh Hóa",
# "Ban Chỉ đạo về các giải pháp …"), and the sittings they hold before their names
WORKING_BODY_HEADS = frozenset({"Ban Chỉ đạo", "Hội đồng", "Tiểu ban", "Tổ công tác", "Nhóm"})
_MEETS_AFTER = re.compile(r"\s+(?:(?:đã|vừa|sẽ|đang)\s+)?(?:họp|nhóm họp|tổ chức (?:cuộc |phiên )?họp)(?!\s+báo)(?!\w)", re.IGNORECASE)
_OWN_SITTING_BEFORE = re.compile(r"(?<!\w)(?:họp|hội nghị|phiên họp|kỳ họp)(?:\s+(?:lần\s+)?thứ\s+\w+)?(?:\s+của)?\s+$",
                                 re.IGNORECASE)
# stop syllables that start no word of a field ("dự kiến", unlike "dự án")
NOT_IN_A_FIELD = frozenset({"dự kiến", "dự định", "hiện nay", "hiện đang", "sau khi", "sau đó", "không thể", "không được"})
# a council's lower-case words that name another body's board, not a working body ("Hội đồng quản trị")
BOARDS_OF_A_BODY = frozenset({"quản trị", "thành viên", "trường", "sáng lập", "khoa học", "chấp hành", "thường vụ",
                              "chỉ đạo", "thi đua", "khen thưởng", "thi đua khen thưởng", "kỷ luật", "nhân dân"})
# words that end a body's field in lower case: what comes after it ("… thay ông X", "… rồi làm …", "… kiêm …")
FIELD_ENDS = frozenset({"thay", "ông", "bà", "rồi", "kiêm", "dùng", "gồm"})
# departments of a ministry, whose names often end in lower case ("Cục Quản lý thị trường", "Vụ Giáo dục đại học")
DEPARTMENT_HEADS = frozenset({"Cục", "Tổng cục", "Chi cục", "Vụ", "Viện", "Trung tâm"})
BOARDS = frozenset({"giám đốc", "lãnh đạo", "điều hành"})  # "Ban Giám đốc <body>"
BOARD_FUNCTIONS = ("quản lý", "pháp chế")  # "Ban quản lý Khu kinh tế …", "Ban pháp chế HĐND tỉnh …": written in lower case
# Heads whose bodies a post may name in lower case ("Phó Vụ trưởng Vụ pháp luật"); not "Hội đồng", whose
# lower-case words name a body's own board ("Hội đồng trường", "Hội đồng sáng lập")
# heads whose lower-case name a place may close ("Tổng công ty thuốc lá Việt Nam"), and syllables that
# instead complete the head's own word ("Hội nghị", "Hội chợ") or describe it ("Tập đoàn hàng đầu")
PLACE_CLOSED_HEADS = frozenset({"Tổng công ty", "Công ty", "Tập đoàn", "Hiệp hội", "Liên đoàn", "Sở", "Cục", "Vụ", "Ban Chỉ đạo",
                                "Viện", "Trung tâm", "Bệnh viện", "Hội", "Đảng"})
NOT_AFTER_HEAD = frozenset({"nghị", "chợ", "thảo", "thi", "đàm", "diễn", "viên", "trường", "thao", "ngộ", "họp",
                            "hàng", "lớn", "nhỏ", "hành", "phó", "trưởng"})
# stop syllables that also start words a body's name may hold ("Ban Quản lý dự án", "Viện Đào tạo sau đại học")
COMPOUND_STOPS = frozenset({"dự", "sau", "hiện", "trình", "không"})  # "không khí": not the negation
# one-syllable country names that also start common words ("Anh hùng", "Pháp luật", "Ý kiến")
COUNTRY_WORD_ENDINGS = {"Anh": {"hùng", "em", "chị", "minh", "tài"}, "Pháp": {"luật", "lý", "lệnh", "chế", "quyền", "nhân"},
                        "Ý": {"kiến", "nghĩa", "thức", "chí", "tưởng"}, "Mỹ": {"thuật", "phẩm", "nghệ", "quan"},
                        "Đức": {"tính", "độ", "tin"}}
STATE_FORMS = frozenset({"cộng hòa", "cộng hoà", "vương quốc", "liên bang", "đại công quốc"})
# degrees a field of study may follow ("Thạc sĩ Kinh tế", "Kỹ sư Địa Vật lý")
DEGREES = frozenset(fold(d) for d in ("tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ", "kỹ sư", "cử nhân", "tiến sĩ khoa học"))
# the last words of foreign bodies and places named after a person ("George Washington University")
FOREIGN_BODY_WORDS = frozenset({"University", "College", "Institute", "Foundation", "Group", "Corporation", "Company",
                                "Bank", "Airlines", "Airways", "Motor", "Motors", "Hospital", "Center", "Centre", "Times",
                                "Post", "News", "Journal", "Street", "Square", "Park", "Hotel", "Tower", "Cup", "Award",
                                "Prize", "School", "Airport", "Bridge", "Stadium", "Fund", "Trust", "Library", "Museum",
                                "Management", "Capital", "Holdings", "Holding", "Partners", "Ventures", "Investment",
                                "Securities", "Insurance", "Energy", "Systems", "Solutions", "Technologies", "Technology",
                                "International", "Global", "Inc", "Ltd", "Limited", "Corp", "Brokers", "Show", "Talk"})
GOVERNMENT_NOTION_BEFORE = ("trái phiếu", "công trái", "nợ")
GOVERNMENT_NOTION_AFTER = ("điện tử ", "số ", "kiến tạo ", "liêm chính ")
# posts read as one title only in their short forms ("ĐBQH"); written out, "Đại biểu | Quốc hội" names the body too
SHORT_FORMS_ONLY = frozenset({"Đại biểu Quốc hội"})
# written forms that name a body only standing alone: "Ủy ban Thường vụ cho ý kiến …" is the Assembly's, "Ban Chấp
# hành Trung ương họp" the Party's, but "Ban Chấp hành Trung ương Hội Luật gia" the association's
BARE_FORMS = frozenset({fold("Ủy ban Thường vụ"), fold("Ban Chấp hành Trung ương")})
NOT_MINISTRIES = ("bộ chính trị", "bộ tư lệnh", "bộ chỉ huy", "bộ tổng tham mưu")  # "Bộ …" that are not ministries
LOWER_NAMED_HEADS = frozenset({"Cục", "Vụ", "Viện", "Sở", "Phòng", "Trung tâm", "Chi cục", "Tổng cục", "Liên đoàn",
                               "Hiệp hội", "Hội", "Bệnh viện", "Ban", "Bộ Chỉ huy", "Ban Chỉ huy", "Ủy ban"})
# Local bodies: head + level word + province.
LOCAL_HEADS = {
    "ủy ban nhân dân": "Ủy ban nhân dân", "ubnd": "Ủy ban nhân dân",
    "hội đồng nhân dân": "Hội đồng nhân dân", "hđnd": "Hội đồng nhân dân",
    "tỉnh ủy": "Tỉnh ủy", "thành ủy": "Thành ủy", "huyện ủy": "Huyện ủy", "thị ủy": "Thị ủy", "quận ủy": "Quận ủy",
    "ban thường vụ tỉnh ủy": "Ban Thường vụ Tỉnh ủy", "ban thường vụ thành ủy": "Ban Thường vụ Thành ủy",
    "btv tỉnh ủy": "Ban Thường vụ Tỉnh ủy", "btv thành ủy": "Ban Thường vụ Thành ủy",
    "đoàn đại biểu quốc hội": "Đoàn đại biểu Quốc hội", "đoàn đbqh": "Đoàn đại biểu Quốc hội", "công an": "Công an",
    "ủy ban mặt trận tổ quốc": "Ủy ban Mặt trận Tổ quốc",
    # bodies every province and district has, named by their level and place ("Tòa án nhân dân huyện Quan Hóa")
    "tòa án nhân dân": "Tòa án nhân dân", "viện kiểm sát nhân dân": "Viện Kiểm sát nhân dân",
    "tand": "Tòa án nhân dân", "vksnd": "Viện Kiểm sát nhân dân",  # "Chánh án TAND tỉnh Nghệ An"
    "ủy ban mttq": "Ủy ban Mặt trận Tổ quốc", "ubmttq": "Ủy ban Mặt trận Tổ quốc",
    "liên đoàn lao động": "Liên đoàn Lao động", "lđlđ": "Liên đoàn Lao động", "hội liên hiệp phụ nữ": "Hội Liên hiệp Phụ nữ",
    "hội nông dân": "Hội Nông dân", "hội cựu chiến binh": "Hội Cựu chiến binh",
    "thanh tra": "Thanh tra", "bảo hiểm xã hội": "Bảo hiểm xã hội", "bhxh": "Bảo hiểm xã hội",  # "Thanh tra tỉnh Yên Bái"
    "tỉnh đoàn": "Tỉnh đoàn", "thành đoàn": "Thành đoàn", "huyện đoàn": "Huyện đoàn", "quận đoàn": "Quận đoàn",
    "thị đoàn": "Thị đoàn", "bộ đội biên phòng": "Bộ đội Biên phòng",  # "Bộ đội Biên phòng tỉnh An Giang"
}
# the joint office of a province's delegation and council (and committee, in the 2016-2020 pilot): "Văn phòng Đoàn
# ĐBQH và HĐND tỉnh Quảng Nam", "Văn phòng Đoàn ĐBQH, HĐND và UBND TP Đà Nẵng"
JOINT_OFFICE = "Văn phòng Đoàn đại biểu Quốc hội"
LOCAL_HEADS.update({f"văn phòng {d} và {h}": f"{JOINT_OFFICE} và Hội đồng nhân dân"
                    for d in ("đoàn đại biểu quốc hội", "đoàn đbqh") for h in ("hội đồng nhân dân", "hđnd")})
LOCAL_HEADS.update({f"văn phòng {d}, {h} và {u}": f"{JOINT_OFFICE}, Hội đồng nhân dân và Ủy ban nhân dân"
                    for d in ("đoàn đại biểu quốc hội", "đoàn đbqh") for h in ("hội đồng nhân dân", "hđnd")
                    for u in ("ủy ban nhân dân", "ubnd")})
LEVEL_NAMED_HEADS = frozenset({"Thanh tra", "Bảo hiểm xã hội"})  # local only with their level word after them
# the units of a local Party committee: "Ủy ban Kiểm tra Tỉnh ủy Vĩnh Phúc", "Ban Tổ chức Thành ủy Hà Nội"
# a local Party committee and the level of place it belongs to
PARTY_COMMITTEE_LEVEL = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Huyện ủy": "huyện", "Quận ủy": "quận",
                         "Thị ủy": "thị xã"}
# the Youth Union's committees, named the same way ("Thành đoàn Hà Nội", "Huyện đoàn Quan Sơn")
COMMITTEE_LEVEL = PARTY_COMMITTEE_LEVEL | {"Tỉnh đoàn": "tỉnh", "Thành đoàn": "thành phố", "Huyện đoàn": "huyện",
                                           "Quận đoàn": "quận", "Thị đoàn": "thị xã"}
COMMITTEES = tuple(COMMITTEE_LEVEL)
COMMITTEE_UNITS = ("Ban Thường vụ", "Ủy ban Kiểm tra", "Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận",
                   "Ban Nội chính", "Văn phòng", "Ban Tuyên giáo và Dân vận")
LOCAL_HEADS.update({f"{u} {c}".lower(): f"{u} {c}" for u in COMMITTEE_UNITS for c in COMMITTEES})
LEVELS = {
    "tỉnh": "tỉnh", "thành phố": "thành phố", "tp": "thành phố", "tp .": "thành phố",
    "huyện": "huyện", "quận": "quận", "thị xã": "thị xã", "xã": "xã", "phường": "phường",
    "cấp tỉnh": "cấp tỉnh", "thị trấn": "thị trấn", "huyện đảo": "huyện",  # "UBND huyện đảo Lý Sơn"
    "p .": "phường", "q .": "quận", "tx .": "thị xã", "tx": "thị xã",  # "UBND P.Xuân Hương", "Q.1", "TX.Sơn Tây"
}
KINSHIP_ADDRESS = ("anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "bé", "thầy", "ông", "bà")
DISTRICT_LEVELS = ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
# "thôn Quan Nhân", "bản Đồng Lách": a hamlet, whatever its name looks like
PLACE_CUES = ("tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thủ đô",
              "thôn", "xóm", "ấp", "làng", "bản", "buôn", "plei")
# nouns "số" (digital) may follow in a body's name: "Trung tâm Chuyển đổi số", "Viện … kinh tế số Việt Nam"
DIGITAL_NOUNS = frozenset({"chuyển đổi", "kinh tế", "chính phủ", "xã hội", "công nghệ", "nền tảng", "hạ tầng",
                           "dữ liệu", "truyền thông", "nội dung", "văn hóa", "văn hoá", "thương mại", "ngân hàng"})
# heads of a unit of another body, named after it in full: "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan Trung ương"
UNIT_OF_A_KNOWN_BODY = frozenset({"Ủy ban Kiểm tra", "Văn phòng", "Thanh tra", "Công đoàn", "Đảng ủy", "Ban", "Vụ", "Cục"})
# Lower-case words and phrases that end a name: verbs and function words that follow names in news prose.
STOP_WORDS = frozenset("""
đã sẽ đang vừa mới là có được bị cho của với và tại trong về theo để từ đến khi thì mà nhưng cũng hay
này đó các những một hai ba do bởi trên dưới sau trước như nên vì nhằm qua cùng không chưa rất
dự năm ngày tháng số gồm thuộc lần đợt phiên kỳ nay đây ấy làm trình hiện gửi ký chúc thăm nêu
nhiều cấp họp lên hoặc còn
""".split())
STOP_PHRASES = frozenset(w.replace("_", " ") for w in """
tổ_chức ban_hành chủ_trì đề_nghị cho_biết công_bố triển_khai thực_hiện chỉ_đạo tham_dự phát_biểu
nhấn_mạnh báo_cáo ký_kết phối_hợp tiếp_tục hợp_nhất sáp_nhập thành_lập trực_thuộc hội_nghị làm_việc
đánh_giá yêu_cầu trình_bày đồng_chí tiếp_nhận quyết_định chịu_trách_nhiệm khẳng_định cho_rằng
bày_tỏ chia_sẻ cảm_ơn giới_thiệu nhiệm_kỳ đặt_vấn_đề trả_lời giải_thích cho_hay lý_giải trở_thành
long_trọng trọng_thể vinh_dự
""".split())
_DOAN, _UY = fold("đoàn"), fold("ủy")  # as tokens' lower-case forms write them
# words after "Đoàn" that make it a delegation, a union or a Party group, not a surname ("Đoàn Cấp cao", "Đoàn Quốc hội")
DELEGATION_WORDS = frozenset(fold(w) for w in ("cấp cao", "quốc hội", "đại biểu", "công tác", "thanh niên", "kiểm tra",
                                                "chủ tịch"))
NATIONAL_SCOPES = frozenset({"quốc gia", "trung ương", "nhà nước"})  # "Ủy ban Nhà nước về …": a national body's field
SCOPED_BODIES = frozenset(f"{head} {scope}" for head in ("ban chỉ đạo", "ủy ban", "hội đồng") for scope in NATIONAL_SCOPES)
MODIFIERS = {"quyền": "acting", "nguyên": "former", "cựu": "former"}
# Unknown names ending in these words name a kind of body, not one body, until a place follows.
GENERIC_ENDINGS = frozenset({"tỉnh", "phố", "huyện", "quận", "xã", "phường", "ủy", "bộ", "vụ", "hành", "trấn"})
GENERIC_BODIES = frozenset({"thường vụ", "chấp hành", "chỉ đạo", "tổ chức", "tuyên giáo", "dân vận", "kiểm tra",
                            "đảng bộ", "đảng ủy", "nội chính", "thi đua", "khen thưởng", "quản lý dự án"})
# Words before a person's name that make it the name of something else ("Huân chương Hồ Chí Minh").
HONOURS_NAMED_AFTER = ("huân chương", "huy chương", "giải thưởng", "tư tưởng", "đạo đức", "phong cách")
# places that are no administrative unit, named by a word before them: "ga Giáp Bát", "khu vực Châu Á"
LANDMARKS = ("ga", "khu vực", "sông", "núi", "đảo", "thủy điện", "nhiệt điện", "chợ", "bến", "thành cổ",
             "cung điện", "chiến hạm", "nghĩa trang", "chùa", "đền", "cầu",  # "Cung điện Mùa Đông", "cầu Cổ Chiên"
             "đường sách", "phố đi bộ",  # "đường sách Nguyễn Văn Bình", "phố đi bộ Nguyễn Huệ"
             "quê", "quê quán", "quê :", "quán :")  # and home villages: "quê quán: Bạch Đằng"
# roads and junctions a name after which is the road's ("cao tốc Cam Lộ - La Sơn", "nút giao Nguyễn Văn Linh",
# "vòng xoay Nguyễn Kiệm - Nguyễn Thái Sơn"), besides streets ("phố", "đường")
ROAD_WORDS = ("cao tốc", "quốc lộ", "nút giao", "ngã tư", "ngã ba", "ngã năm", "ngã sáu", "vòng xoay", "giao lộ", "đại lộ")
NAMED_AFTER = ("huân chương", "huy chương", "giải thưởng", "tư tưởng", "đạo đức", "phong cách", "gương", "lăng",
               "bảo tàng", "đường", "phố", *ROAD_WORDS, "cộng sản", "tncs", "tp", "thành phố", "quảng trường", "trường", "đại học", "cầu", "sân bay",
               *LANDMARKS)
# the commonest surnames: a place that starts with one is named after a person ("Thành phố Hồ Chí Minh")
COMMON_SURNAMES = frozenset("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split())
# the heavenly stems and earthly branches that name the years of the sixty-year cycle ("Đinh Dậu")
CAN = frozenset("Giáp Ất Bính Đinh Mậu Kỷ Canh Tân Nhâm Quý".split())
CHI = frozenset("Tý Sửu Dần Mão Mẹo Thìn Tỵ Ngọ Mùi Thân Dậu Tuất Hợi".split())
ROADS = (" phố", " đường", *ROAD_WORDS)  # a name after these is a road's
# Bodies that exist in every province: followed by a province they name that province's unit.
PROVINCIAL_UNITS = ("Sở ", "Phòng ", "Công an", "Cục Thuế", "Cục Hải quan", "Cục Thống kê", "Cục Quản lý thị trường", "Kho bạc Nhà nước", "Bảo hiểm xã hội",
                    "Thanh tra", "Văn phòng Ủy ban nhân dân", "Văn phòng Hội đồng nhân dân", "Văn phòng Đoàn đại biểu Quốc hội", "Tòa án nhân dân",
                    "Viện Kiểm sát nhân dân", "Bộ Chỉ huy Quân sự", "Đài Phát thanh và Truyền hình", "Ban Quản lý",
                    "Ủy ban Mặt trận Tổ quốc", "Liên đoàn Lao động", "Hội Nông dân", "Hội Liên hiệp Phụ nữ",
                    "Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ủy ban Kiểm tra", "Liên hiệp các tổ chức hữu nghị")

_PROVINCIAL_UNITS_LOWER = tuple(u.lower() for u in PROVINCIAL_UNITS)  # "Liên hiệp Các tổ chức hữu nghị TP"

# "Phó Chủ tịch tỉnh X" is the People's Committee's, "Phó bí thư tỉnh X" the Party committee's
_PEOPLES_COMMITTEE = {lv: "Ủy ban nhân dân" for lv in ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường")}
_PARTY_COMMITTEE = {lv: committee for committee, lv in PARTY_COMMITTEE_LEVEL.items()} | {
    lv: "Đảng ủy" for lv in ("xã", "phường", "thị trấn")}  # "Bí thư phường Bắc Sơn": the ward's Party committee
DISTRICT_KINDS = frozenset({"quận", "huyện", "thị xã"})
CENTRAL_MEMBER_POSTS = ("Ủy viên", "Ủy viên dự khuyết")  # "Ủy viên Trung ương": a member of the Central Committee
# bodies whose units are named before them ("Viện Tim mạch Bệnh viện Bạch Mai", "Khoa Luật Đại học Quốc gia Hà Nội")
INSTITUTION_HEADS = ("Bệnh viện ", "Trường Đại học ", "Đại học ", "Học viện ", "Tập đoàn ", "Tổng công ty ")
_INSTITUTION_STARTS = frozenset(h.split()[0] for h in INSTITUTION_HEADS)
_UNIT_HEAD_ENDS = frozenset({"viện", "khoa", "tâm", "phòng", "môn"})  # "Viện", "Khoa", "Trung tâm", "Phòng", "Bộ môn"
LEVEL_SHORTHAND = {"Chủ tịch": _PEOPLES_COMMITTEE, "Phó Chủ tịch": _PEOPLES_COMMITTEE,
                   "Bí thư": _PARTY_COMMITTEE, "Phó Bí thư": _PARTY_COMMITTEE}

# Bodies every state has: followed by a country they name that state's ("Quốc hội Lào", "Thượng viện Mỹ")
FOREIGN_HEADS = ("Quốc hội", "Chính phủ", "Hạ viện", "Thượng viện", "Nghị viện", "Bộ Ngoại giao", "Bộ Quốc phòng",
                 "Đại sứ quán", "Tổng Lãnh sự quán", "Đảng Cộng sản", "Quân đội", "Hội đồng Nhà nước",
                 "Hội đồng Bộ trưởng", "Ủy ban Đối ngoại", "Đảng Nhân dân Cách mạng", "Bộ Thương mại")


# first syllables of the level words before a place ("tỉnh", "thành phố", "thị xã" …): "(UBND) tỉnh …"
LEVEL_STARTS = frozenset({"tỉnh", "thành", "tp", "huyện", "quận", "thị", "xã", "phường"})
# lower-case words a body's name may go on with after its level word: its term ("HĐND thành phố khóa IX")
_AFTER_LEVEL_WORDS = frozenset({"khóa", "khoá", "nhiệm", "lần", "mới", "cũ", "và"})
STATE_POST_KINDS = frozenset({"government", "party", "legislature", "foreign", "diplomatic", "military", "judiciary"})
# levels whose places are never named after a person (wards, communes and streets often are: "phường Nguyễn Thái
# Bình"); a known one is in the lexicon ("TP Hồ Chí Minh")
PERSONLESS_LEVELS = frozenset({"tp", "tp.", "thành phố", "tỉnh"})
CHAMBERS = ("Hạ viện", "Thượng viện", "Nghị viện")  # only foreign: Vietnam's legislature is the Quốc hội
STATE_BODIES = frozenset({"Quốc hội", "Chính phủ", *CHAMBERS})  # also written in lower case before the state


@lru_cache(maxsize=1)
def _foreign_heads() -> PhraseMatcher:
    return PhraseMatcher((h, h) for h in FOREIGN_HEADS)


PARTY_UNITS = ("Đảng ủy cơ sở", "Đảng ủy", "Đảng đoàn", "Ban cán sự đảng", "Đảng bộ", "Chi bộ", "Công đoàn")


@lru_cache(maxsize=1)
def _name_ending_verbs() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The verbs of name_ending_verbs.txt as syllables, by their first syllable."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for verb in lexicon.name_ending_verbs():
        syllables = tuple(verb.split())
        out.setdefault(syllables[0], []).append(syllables)
    return {first: tuple(verbs) for first, verbs in out.items()}


def _event_keyword_at(toks, k: int) -> bool:
    from .events import _keyword_at  # events reads spans: imported when first needed

    return bool(_keyword_at(toks, k))


@lru_cache(maxsize=1)
def _venues() -> PhraseMatcher:
    return PhraseMatcher((name, whole) for name, whole in lexicon.venues())


@lru_cache(maxsize=1)
def _venue_starters() -> frozenset[str]:
    return _venues().first_tokens()


@lru_cache(maxsize=1)
def _party_units() -> PhraseMatcher:
    return PhraseMatcher((u, u) for u in PARTY_UNITS)


@lru_cache(maxsize=1)
def _pattern_matchers() -> tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher]:
    heads = PhraseMatcher([(h, h) for h in GENERIC_HEADS]
                          + [(re.sub(r"[Cc]ông ty", "Cty", h), h) for h in GENERIC_HEADS if "công ty" in h.lower()])
    # "Cty TNHH", "Tổng Cty": the press's short form of "công ty"
    local = PhraseMatcher(LOCAL_HEADS.items())
    levels = PhraseMatcher(LEVELS.items())
    return heads, local, levels


def _match_starters(gaz: Gazetteer) -> frozenset[str]:
    """Lower-case tokens that may start a post, body, place or honorific: the scan skips any other
    lower-case token at once (most tokens of a sentence are such words)."""
    heads, local, _ = _pattern_matchers()
    out = set(MODIFIERS) | {"tân", "trụ", _DOAN}  # "tân Bộ trưởng", "tại trụ sở Trung ương Đảng", "(đoàn Bắc Giang)"
    for m in (gaz.titles, gaz.orgs, gaz.places, gaz.honorifics, heads, local, _party_units(), _foreign_heads()):
        out |= m.first_tokens()
    return frozenset(out)


@lru_cache(maxsize=1)
def _default_starters() -> frozenset[str]:
    return _match_starters(gazetteer())


def committee_level(head: str) -> str:
    """The level of place a Party committee belongs to ("Ban Tổ chức Huyện ủy" → "huyện"), or ""."""
    return next((lv for c, lv in COMMITTEE_LEVEL.items() if head.endswith(c)), "")


def level_of(place_kind: str, level_word: str, head: str) -> str:
    """The level a local body names its place with: the place's own (a province, a city under the
    central government), else the level word written, else the committee's ("Huyện ủy Đồng Hỷ")."""
    if place_kind in (PROVINCE, CITY) and level_word not in DISTRICT_LEVELS:
        return place_kind  # but "UBND phường Sài Gòn": a ward named after the city
    if place_kind == PROVINCIAL_CITY:
        return CITY
    return level_word or place_kind or committee_level(head) or PROVINCE


# the two syllables of an honour's kind, the first capitalised ("Huân chương", "Huy chương", "Bằng khen"), which end a
# name written right before them
HONOUR_NOUNS = frozenset({("huân", "chương"), ("huy", "chương"), ("bằng", "khen"), ("giấy", "khen")})


def committee_place(place: str, kind: str, gaz: Gazetteer) -> str:
    """How a Party committee names its place: "Thành ủy Hà Nội", but "Quận ủy Quận 2" and
    "Thành ủy Thành phố Hồ Chí Minh" (a city named after a person keeps its level word)."""
    words = place.split()
    if place.isdigit() or (len(words) >= 3 and words[0] in COMMON_SURNAMES and "-" not in words):  # not "Phan Rang - Tháp Chàm"
        return f"{kind.capitalize()} {place}"
    return place


def _is_name_word(t: Token) -> bool:
    """A capitalised syllable such as 'Hùng' (not an all-caps acronym, not a number)."""
    s = t.text
    return s[0].isupper() and s.isalpha() and (len(s) == 1 or not s.isupper())


def _is_acronym(t: Token) -> bool:
    s = t.text
    return len(s) > 1 and s.isalnum() and s.isupper() and not s.isdigit()


NOT_NAME_WORDS = frozenset("""sáng chiều tối trưa đêm ngày hôm tháng năm khóa khoá kỳ lần phiên đợt số tại theo
trong và của với mấy những các nhiều khi nhưng này""".split())
# lower-case particles inside Arabic, Dutch, German, Spanish … names ("Haider al-Abadi", "Ursula von der Leyen")
NAME_PARTICLES = frozenset("al el bin bint ibn von van der de da del dos".split())
# the ordinal of a foreign name: "Benigno Aquino III", "Elizabeth II", "Giáo hoàng Benedict XVI"
REGNAL = frozenset("II III IV VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII".split())
SESSION_WORDS = frozenset({"kỳ", "phiên", "lần", "đợt"})
SESSION_FOLLOWERS = frozenset({"họp", "thứ", "này", "tới", "sau", "trước", "đầu", "cuối", "đó", "ấy", "nữa", "hai", "ba"})
TIMES_OF_DAY = frozenset({"sáng", "chiều", "tối", "trưa", "đêm"})
TIME_FOLLOWERS = frozenset({"nay", "qua", "mai", "hôm", "ngày", "cùng", "thứ", "sớm", "muộn", "mùng", "mồng"})
# a capitalised syllable and the lower-case one after it that open a sentence, not end a name: "Đồng chí", "Đoàn công tác"
RUN_IN_OPENERS = frozenset((fold(a), b) for a, b in (("đồng", "chí"), ("đoàn", "công"), ("đoàn", "đại")))
# the types of documents that name no body ("Kế hoạch" does: "Sở Kế hoạch và Đầu tư", "phòng Tài chính - Kế hoạch")
DOCUMENT_WORDS = frozenset(fold(w) for w in ("quyết định", "nghị quyết", "nghị định", "thông tư", "chỉ thị", "công văn",
                                              "công điện", "pháp lệnh", "văn bản", "tờ trình", "kết luận"))
ROMAN_NUMERALS = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())


def _is_acronym_like_brand(t: Token) -> bool:
    """A one-word brand ("Vinatex", "PVN", "Sabeco"): plain Latin letters that no Vietnamese syllable spells."""
    w = t.text
    return w.isascii() and w.isalpha() and len(w) >= 3 and (w.isupper() or len(re.findall(r"[aeiouy]+", w.lower())) > 1)


@lru_cache(maxsize=1)
def _newspaper_names() -> tuple[tuple[str, ...], ...]:
    """The lexicon's newspapers of two words or more after "Báo", in lower-case words, longest first."""
    names = {tuple(fold(o.name).split()[1:]) for o in lexicon.organizations()
             if o.cls == "NewsMediaOrganization" and o.name.startswith("Báo ") and len(o.name.split()) > 2}
    return tuple(sorted(names, key=len, reverse=True))


def _brand_word(t: Token) -> bool:
    """A brand written as one capitalised word: "VietBank", "PetroVietnam", "Sabeco"."""
    w = t.text
    return t.is_capitalized and w.isascii() and w.isalpha() and (
        any(c.isupper() for c in w[1:]) or _is_acronym_like_brand(t))


def _not_in_name(t: Token) -> bool:
    """Capitalised words that end a name run ("… Thiện Chiều 3/5", "Quốc hội Khóa X")."""
    return t.lower in NOT_NAME_WORDS or t.text in ROMAN_NUMERALS


# a Vietnamese syllable written without its marks: onset, vowels, final ("Minh", "Khai", "Trung")
_VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                                  r"(?:ng|nh|ch|[cmnpt])?", re.IGNORECASE)


def _latin_capitalised(t: Token) -> bool:
    """A capitalised word in plain Latin letters, brand words too ("Global", "Times", "The")."""
    return _foreign_word(t) and t.text[0].isupper()


def _latin_name_word(t: Token) -> bool:
    """A word a foreign name is spelt with: plain Latin letters, capitalised, lower-case after, and no
    Vietnamese syllable with its marks left off ("Yeltsin", "Igor", not "Minh", "Nam")."""
    return _foreign_word(t) and t.text[1:].islower() and t.text not in lexicon.brand_words()


# heads of bodies whose names a number may close ("Công ty Sông Đà 5", "Trường THPT Thạch Thành 1",
# "Bộ Tư lệnh Vùng Cảnh sát biển 2")
NUMBERED_NAMES = frozenset({"Công ty", "Tổng công ty", "Tập đoàn", *COMPANY_FORMS, "Bộ Tư lệnh", "Sư đoàn", "Lữ đoàn",
                            "Trường", "Đội", "Bệnh viện", "BV", "Viện", "Nhà máy", "Xí nghiệp",
                            "Cục"})  # "Trường Sĩ quan Lục quân 2", "Bệnh viện Nhi đồng 2", "Cục Bảo vệ chính trị II"
# heads that, alone after a post, name the one body of their kind the article names in full ("Chủ tịch Hội")
BARE_AFTER_POST = frozenset({"Hội", "Hiệp hội", "Liên đoàn", "Học viện", "Viện", "Tập đoàn", "Tổng công ty", "Quỹ",
                             "Trung tâm", "Bệnh viện", "Đại học", "Liên hiệp"})
_TWO_SYLLABLE_HEADS = frozenset(h.lower() for h in GENERIC_HEADS if len(h.split()) == 2)


def _foreign_word(t: Token) -> bool:
    """A capitalised word of plain Latin letters that no Vietnamese syllable spells ("Formosa", "Samsung")."""
    return t.text.isascii() and t.text.isalpha() and len(t.text) >= 3 and t.text[0].isupper() \
        and not _VIETNAMESE_SYLLABLE.fullmatch(t.text)


def _adjacent(a: Token, b: Token) -> bool:
    return b.start - a.end <= 1


# letters and pairs romanised Korean given names have and Vietnamese syllables never do ("Jong", "Yo", "Kyung")
_KOREAN_SPELLING = re.compile(r"[jwfz]|y[aeou]|ae|eu|hy|ky|gy")


class SentenceScanner:
    """Finds the spans of one sentence; a fresh scanner per sentence, no shared state."""

    def __init__(self, text: str, sentence: Sentence, gaz: Gazetteer | None = None,
                 defined: PhraseMatcher | None = None):
        self.text = text
        self.sent = sentence
        # "Nguyễn thị Kim Ngân": a lower-case middle name "thị" between name words is read as "Thị"
        toks = sentence.tokens
        if any(t.text == "thị" for t in toks):
            toks = [t._replace(text="Thị") if t.text == "thị" and 0 < k < len(toks) - 1 and _is_name_word(toks[k - 1])
                    and _is_name_word(toks[k + 1]) and _adjacent(toks[k - 1], t) and _adjacent(t, toks[k + 1])
                    else t for k, t in enumerate(toks)]
        self.toks = toks
        self.defined = defined  # abbreviations the article itself defines: "Hội Luật gia Việt Nam (HLG)"
        self._after_post = False  # is the body being read named right after a post?
        self._department = False  # is it a department ("Cục", "Vụ" …), whose name ends in lower case words?
        self.gaz = gaz or gazetteer()
        self.spans: list[Span] = []
        self.covered = [False] * len(self.toks)
        self._words: list[int] | None = None
        self._has_colon = any(t.text == ":" for t in toks)  # only then can a name be an item of a listed level

    # ------------------------------------------------------------------ helpers
    def _add(self, i: int, j: int, kind: str, payload: object) -> Span:
        span = Span(i, j, self.toks[i].start, self.toks[j - 1].end, kind, payload)
        self.spans.append(span)
        for k in range(i, j):
            self.covered[k] = True
        return span

    def _person_name(self, i: int, j: int) -> str:
        return " ".join(w.capitalize() if w == "thị" else w for w in self.surface(i, j).split(" "))

    def surface(self, i: int, j: int) -> str:
        return tidy(self.text[self.toks[i].start:self.toks[j - 1].end])

    def _words_of(self) -> list[int]:
        if self._words is None:
            self._words = word_ids(self.text, self.sent)
        return self._words

    def _is_stop(self, j: int) -> bool:
        """Does a stop word or phrase ("tổ chức", "đã") start at token j?"""
        if self.toks[j].lower == "số" and self._digital_at(j):
            return False  # "Trung tâm Chuyển đổi số tỉnh …": "digital", not "number"
        return self.toks[j].lower in STOP_WORDS or self._stop_phrase_at(j)

    def _digital_at(self, j: int) -> bool:
        """Is "số" at token j the adjective "digital" after its noun ("chuyển đổi số", "kinh tế số"), no number
        ("số 1") and no word of its own ("số lượng")?"""
        toks, n = self.toks, len(self.toks)
        if j < 2 or f"{toks[j - 2].lower} {toks[j - 1].lower}" not in DIGITAL_NOUNS:
            return False
        if j + 1 < n and (toks[j + 1].text.isdigit() or toks[j + 1].lower in COUNTED_NOUNS):
            return False
        return not (j + 1 < n and toks[j + 1].text.isalpha() and toks[j + 1].text.islower()
                    and self._words_of()[j + 1] == self._words_of()[j])

    def _stop_phrase_at(self, j: int) -> bool:
        toks = self.toks
        return any(j + n <= len(toks) and " ".join(t.lower for t in toks[j:j + n]) in STOP_PHRASES for n in (2, 3))

    def _foreign_name_after_rank(self, i: int, k: int) -> bool:
        """Does a rank, degree or formal address at i ("GS", "Tiến sĩ", "Ngài", "Đại tá") lead to a foreign
        name of two or more capitalised words at k ("GS John Doyle")? Kinship forms of address ("anh", "cô")
        do not: "Anh Quốc" is a country."""
        toks = self.toks
        if toks[i].lower in KINSHIP_ADDRESS or k + 1 >= len(toks):
            return False
        return _is_name_word(toks[k]) and _is_name_word(toks[k + 1]) and _adjacent(toks[k], toks[k + 1]) \
            and not self._org_head_at(k) and not self.gaz.titles.matches_at(toks, k) \
            and not self.gaz.places.matches_at(toks, k) and not self.gaz.orgs.matches_at(toks, k)

    def _place_cue_before(self, i: int) -> str | None:
        """The level word written right before token i ("huyện", "thành phố", "TP."), if any."""
        toks = self.toks
        if i > 1 and f"{toks[i - 2].lower} {toks[i - 1].lower}" in PLACE_CUES:
            return f"{toks[i - 2].lower} {toks[i - 1].lower}"  # "thành phố Hạ Long", "thị xã Sầm Sơn"
        if i > 1 and toks[i - 1].text == "." and toks[i - 2].lower == "tp":
            return "thành phố"
        return toks[i - 1].lower if i > 0 and toks[i - 1].lower in PLACE_CUES else None

    def _surname_run_at(self, k: int) -> bool:
        """Does a Vietnamese personal name (surname + given names) start at token k?"""
        toks = self.toks
        if k + 1 >= len(toks) or toks[k].text not in self.gaz.surnames:
            return False
        return _is_name_word(toks[k + 1]) and _adjacent(toks[k], toks[k + 1])

    # ------------------------------------------------------------------ titles
    def _title_at(self, i: int) -> tuple[int, TitleHit] | None:
        toks = self.toks
        status, k = "current", i
        if toks[i].lower in MODIFIERS and i + 1 < len(toks) \
                and not (i > 0 and toks[i].lower == "quyền" and toks[i - 1].lower == "chính") \
                and not (i > 0 and toks[i].lower == "quyền" and toks[i - 1].lower in ("ủy", "uỷ", "thẩm", "chủ", "nhân")):
            # not the "quyền" of "thừa ủy quyền Thủ tướng", "thẩm quyền": a word of its own, no acting post
            status, k = MODIFIERS[toks[i].lower], i + 1
        elif toks[i].lower == "tân" and i + 1 < len(toks) and self.gaz.titles.matches_at(toks, i + 1):
            k = i + 1  # "tân Bộ trưởng": the new holder of a current post
        elif toks[i].text == "cố" and i + 1 < len(toks) and toks[i + 1].is_capitalized \
                and self.gaz.titles.matches_at(toks, i + 1):
            status, k = "former", i + 1  # "cố Thủ tướng": the late holder of a post (not "Cố vấn", a post)
        found = [(j, e) for j, e in self.gaz.titles.matches_at(toks, k)
                 if not (e.label in SHORT_FORMS_ONLY and fold(self.surface(k, j)) == fold(e.label))]
        if not found:
            return None
        j, entry = found[0]
        if status == "current" and not (toks[k].is_capitalized or k == 0 or toks[k - 1].lower in COUNT_WORDS
                                        or toks[k - 1].text.isdigit() or toks[k - 1].lower == "vị"):
            # lower-case posts ("bộ trưởng") count when followed by a capitalised name or body, or counted
            # ("bảy phó ban khác gồm …": the holders are listed next)
            # "giám đốc công ty TNHH Thiên Phúc": or by a body's head word in lower case, then its name
            headed = j + 2 < len(toks) and f"{toks[j].lower} {toks[j + 1].lower}" in _TWO_SYLLABLE_HEADS \
                and (_is_name_word(toks[j + 2]) or _is_acronym(toks[j + 2])) \
                or j + 1 < len(toks) and toks[j].text in LOWER_HEADS_AFTER_POST and _is_name_word(toks[j + 1])
            # "hiệu trưởng trường Phổ thông …", "vụ trưởng vụ Pháp chế"
            state = j < len(toks) and self._foreign_body_at(j) is not None  # "phát ngôn viên chính phủ Đức"
            # "thành viên Hội đồng thành viên": a post that names its board in capitals is a post as it stands
            board = any(toks[m].is_capitalized for m in range(k + 1, j))
            if j >= len(toks) or not (toks[j].is_capitalized or headed or state or board or self._list_follows(j)
                                      or self._lower_committee_at(j) or self._lower_known_body_at(j)
                                      or entry.label in CENTRAL_MEMBER_POSTS and j + 1 < len(toks)
                                      and f"{toks[j].lower} {toks[j + 1].lower}" == "trung ương"
                                      or toks[k - 1].lower == "kiêm"  # "Chánh Văn phòng kiêm người phát ngôn"
                                      # "chủ tịch kiêm tổng giám đốc Tập đoàn X": the post the next one shares a body with
                                      or j + 1 < len(toks) and toks[j].lower == "kiêm" and self.gaz.titles.matches_at(toks, j + 1)
                                      or self._in_charge_of_named(j)
                                      or j + 1 < len(toks) and toks[j].lower == "của" and toks[j + 1].is_capitalized):
                return None
        prefix = {"acting": "Quyền ", "former": "nguyên "}.get(status, "")
        if toks[i].lower in ("cựu", "cố") and k == i + 1:
            prefix = toks[i].lower + " "  # "cựu Thủ tướng", "cố Thủ tướng": the press's word, kept as written
        plural = i > 0 and toks[i - 1].lower == "các"
        label = entry.label
        if j + 1 < len(toks) and toks[j].lower == "thường" and toks[j + 1].lower == "trực":
            label, j = f"{label} Thường trực", j + 2  # "Phó Chủ nhiệm Thường trực": the standing deputy
        return j, TitleHit(prefix + label, entry.label, status, entry.implied_org, entry.org_heads, plural)

    def _in_charge_of_named(self, j: int) -> bool:
        """'phó vụ trưởng | phụ trách Vụ X': the body a deputy runs, capitalised after "phụ trách"."""
        toks = self.toks
        return j + 2 < len(toks) and toks[j].lower == "phụ" and toks[j + 1].lower == "trách" \
            and toks[j + 2].is_capitalized

    def _list_follows(self, j: int) -> bool:
        """Does a list of holders follow token j ("thành viên HĐQT nhiệm kỳ 2021 - 2025 gồm ông A, bà B")?"""
        toks, n = self.toks, len(self.toks)
        if j + 1 < n and toks[j].lower == "nhiệm" and toks[j + 1].lower == "kỳ":
            j += 2
            while j < n and (toks[j].text.isdigit() or toks[j].text in ("-", "–")):
                j += 1
        return j + 1 < n and toks[j].lower == "gồm" and (self._surname_run_at(j + 1) or toks[j + 1].lower in (
            "ông", "bà", "các", ":"))

    # ------------------------------------------------------------------ organisations
    def _lexicon_org_at(self, i: int, fused: bool = False) -> tuple[int, OrgHit] | None:
        toks = self.toks
        # a lower-case head ("ban Tổ chức Trung ương", "bộ Nội vụ") still names the body when a capitalised name follows
        lower_head = i + 1 < len(toks) and (_is_name_word(toks[i + 1]) or _is_acronym(toks[i + 1])) \
            and toks[i].text.isalpha() or (
            # "Ủy viên uỷ ban Kiểm tra Trung ương": a two-syllable head in lower case right after a post
            i + 2 < len(toks) and toks[i].text.isalpha() and toks[i + 1].text.isalpha() and _is_name_word(toks[i + 2])
            and bool(self.spans) and self.spans[-1].kind == TITLE and self.spans[-1].j == i) or (
            # "bệnh viện Hữu nghị Việt Đức", "ngân hàng Nhà nước": a two-syllable head word, then the name
            i + 2 < len(toks) and f"{toks[i].lower} {toks[i + 1].lower}" in _TWO_SYLLABLE_HEADS
            and _is_name_word(toks[i + 2])) or (
            # "Chủ tịch liên minh hợp tác xã Việt Nam": a known body in lower case right after a post
            bool(self.spans) and self.spans[-1].kind == TITLE and self.spans[-1].j == i and toks[i].text.isalpha()
            and self._lower_known_body_at(i))
        if not fused and not (toks[i].is_capitalized or _is_acronym(toks[i]) or lower_head):
            return None
        for j, (info, form) in self.gaz.orgs.matches_at(toks, i):
            if not fused and toks[i].text[0].islower() and j - i < 3 and not (j - i == 2 and _is_acronym(toks[i + 1])):
                continue  # a lower-case head names a body with two words or more, or with an acronym ("bộ GTVT")
            # the case of the last word must agree when the lexicon capitalises it ("Hà Nội mới" ≠ "Hà Nội Mới")
            last = form.split()[-1]
            if j - i > 1 and last[:1].isupper() and toks[j - 1].text[:1].islower() and not info.name.startswith("Bộ "):
                continue  # but a ministry's field is written either way ("Bộ Công thương")
            if j < len(toks) and _adjacent(toks[j - 1], toks[j]) and toks[j].text in ("&",):
                continue
            if fold(form) in BARE_FORMS and j < len(toks) and _is_name_word(toks[j]):
                continue  # "Ủy ban Thường vụ | Bộ Chính trị Trung Quốc": another body's standing committee
            party = self._foreign_party_after(info, j)
            if party:  # "Ban Đối ngoại Trung ương | Đảng Cộng sản Pháp": that party's commission, not ours
                end, hit = party
                surface = self.surface(i, end)
                return end, OrgHit(f"{info.name.removesuffix(' Đảng')} {hit.name}", "Organization", surface,
                                   parent=hit.name)
            abroad = self._foreign_tail(j)
            if abroad:  # "BCH TW Đảng NDCM Lào": a foreign party's committee, not ours
                surface = self.surface(i, abroad)
                return abroad, OrgHit(self.gaz.expand(surface), "GovernmentOrganization", surface)
            joined = self._joined_field_end(info, j)
            if joined:  # "Sở Giao thông vận tải - Xây dựng": one body of two merged fields
                name = f"{info.name} - {self.surface(j + 1, joined)}"
                return joined, OrgHit(name, info.cls, self.surface(i, joined), info.parent)
            topic = self._lower_topic_end(j - 2) if info.name.lower() in SCOPED_BODIES else None
            if topic is not None:  # "Ban Chỉ đạo Trung ương | về cải cách chính sách tiền lương": a field names it
                surface = self.surface(i, topic)
                name = self.gaz.expand(surface)
                return topic, OrgHit(name[0].upper() + name[1:], info.cls, surface)
            other = self._school_of_a_region(info, form, j)
            if other:  # "Trường Đại học Xây dựng | Miền Trung": not the school the short name stands for
                end, name = other
                return end, OrgHit(name, info.cls, self.surface(i, end))
            chapter = self._chapter_of(info, j)
            if chapter:  # "Hội LHTN Việt Nam thành phố Hà Nội": the national body's chapter there
                end, place = chapter
                return end, OrgHit(f"{info.name} {place.kind} {place.name}", info.cls, self.surface(i, end),
                                   place=(place.name, place.kind))
            return j, OrgHit(info.name, info.cls, self.surface(i, j), info.parent)
        return None

    def _school_of_a_region(self, info, form: str, j: int) -> tuple[int, str] | None:
        """A school's short name the lexicon knows, then a region of the country ("Trường Đại học Xây dựng Miền
        Trung", "Trường Đại học Xây dựng Miền Tây"): another school, named for that region; its end and name."""
        if info.cls != "EducationalOrganization" or form == info.name or j >= len(self.toks) \
                or not self.toks[j].is_capitalized:
            return None
        found = self.gaz.places.matches_at(self.toks, j)
        if not found or found[0][1].kind != lexicon.REGION or found[0][1].name not in lexicon.home_regions():
            return None
        end = found[0][0]
        return end, f"{form} {self.surface(j, end)}"

    def _chapter_of(self, info, j: int) -> tuple[int, PlaceInfo] | None:
        """A province's or city's chapter of a national body named "… Việt Nam" ("Hội Nông dân Việt Nam | tỉnh
        Thái Bình", "Hội LHTN Việt Nam | thành phố Hà Nội"): its end and the place."""
        if not info.name.endswith(" Việt Nam") or j >= len(self.toks):
            return None
        _, _, levels = _pattern_matchers()
        lv = levels.matches_at(self.toks, j)
        if not lv or lv[0][1] not in (PROVINCE, CITY):
            return None
        found = self.gaz.places.matches_at(self.toks, lv[0][0]) if lv[0][0] < len(self.toks) else []
        if not found or found[0][1].kind not in (PROVINCE, CITY):
            return None
        return found[0]

    def _joined_field_end(self, info, j: int) -> int | None:
        """End of a second field joined to a known body by a dash when the body's head with that field is
        known too ("Sở Giao thông vận tải | - Xây dựng", "Phòng Tài chính | - Kế hoạch"), else None."""
        toks = self.toks
        if j + 1 >= len(toks) or toks[j].text not in ("-", "–") or not toks[j + 1].is_capitalized:
            return None
        head = info.name.split()[0]
        best = None
        for end in range(j + 2, min(j + 7, len(toks)) + 1):
            if not toks[end - 1].text.isalpha():
                break
            found = self.gaz.org_index.get(name_key(f"{head} {self.surface(j + 1, end)}"))
            if found is not None and found.name != info.name and found.parent == info.parent:
                best = end
        return best

    def _place_after(self, k: int, named_person_before: bool = False,
                     nobody_holds: bool = False) -> tuple[int, PlaceInfo] | None:
        """The place a local body names from token k. ``named_person_before``: the body is in the post of a
        person just named ("ông A, Bí thư Huyện ủy Cù Lao Dung"), so a name-like run here is a place.
        ``nobody_holds``: no post comes before the ward's or commune's body ("Công an phường Phan Bội Châu đã …"),
        so a name after it cannot be the holder's and is the place's, named after a person."""
        toks = self.toks
        if k < len(toks) and toks[k].text.isdigit() and k > 0 and toks[k - 1].lower in ("quận", "phường"):
            return k + 1, PlaceInfo(toks[k].text, toks[k - 1].lower)  # "quận 2": the level says the rest
        if k < len(toks) and toks[k].text.isdigit() and k > 1 and toks[k - 1].text == "." and toks[k - 2].text in ("Q", "P") \
                and _adjacent(toks[k - 1], toks[k]):
            return k + 1, PlaceInfo(toks[k].text, "quận" if toks[k - 2].text == "Q" else "phường")  # "UBND Q.1"
        if k + 1 < len(toks) and toks[k].lower in ("quận", "phường") and toks[k + 1].text.isdigit():
            return k + 2, PlaceInfo(f"{toks[k].text.capitalize()} {toks[k + 1].text}", toks[k].lower)  # "Quận 2"
        if k < len(self.toks) and self.toks[k].is_capitalized:
            found = self.gaz.places.matches_at(self.toks, k)
            if found and found[0][1].kind in DISTRICT_LEVELS:
                j, info = found[0]
                end = j
                while end < len(toks) and end - k < 4 and _is_name_word(toks[end]) and _adjacent(toks[end - 1], toks[end]) \
                        and not self._surname_run_at(end):
                    end += 1  # "Huyện ủy Châu Thành A": a district the lexicon knows by a shorter name's start
                return (end, PlaceInfo(self.surface(k, end), info.kind)) if end > j else found[0]
            if found:
                return found[0]
            # an unknown place: a short capitalised run ("Văn Bàn", "Thạch Thành"), but not a person's
            # name ("UBND thành phố Chử Xuân Dũng"): names run to three syllables and more, places to two
            if nobody_holds and self._surname_run_at(k) and 3 <= (end := self._name_run_end(k)) - k <= 4:
                return end, PlaceInfo(self.surface(k, end), "")
            if self._surname_run_at(k) and (end := self._name_run_end(k)) - k >= 3 and not named_person_before:
                # "UBND quận Hoàng Mai Nguyễn Văn A": a two-syllable place, then the holder's own full name
                if end - k >= 5 and self._surname_run_at(k + 2) and _adjacent(self.toks[k + 1], self.toks[k + 2]):
                    return k + 2, PlaceInfo(self.surface(k, k + 2), "")
                return None
            if named_person_before and self._surname_run_at(k) and self._closed_run(k) \
                    and 3 <= (end := self._name_run_end(k)) - k <= 4:
                return end, PlaceInfo(self.surface(k, end), "")  # "phường Nguyễn Thái Bình,": named after a person
            j = k
            while j < len(self.toks) and j - k < 3 and _is_name_word(self.toks[j]) and not _not_in_name(self.toks[j]) and (
                    j == k or _adjacent(self.toks[j - 1], self.toks[j]) and not self._surname_run_at(j)):
                j += 1
            if self._compound_word_at(j - 1):
                return None  # "Ủy ban nhân dân Cách mạng Bắc Kỳ": a capitalised word's first syllable, no place
            if j > k:
                return j, PlaceInfo(self.surface(k, j), "")
        return None

    def _lower_committee_at(self, i: int) -> bool:
        """Does a party committee written in lower case with its place start at token i ("tỉnh uỷ Đắk Lắk",
        "huyện ủy Đồng Hỷ"; not "các tỉnh ủy")?"""
        found = _pattern_matchers()[1].matches_at(self.toks, i)
        return bool(found) and found[0][1].endswith(COMMITTEES) and (
            i == 0 or self.toks[i - 1].lower not in ("các", "những")) and self._place_after(found[0][0]) is not None

    def _lower_known_body_at(self, i: int) -> bool:
        """Does a known body written with two lower-case words, then capitalised ones, start at token i ("uỷ viên |
        trung ương Đảng"; not "phóng viên | báo Lao Động", a newspaper's staff)?"""
        toks = self.toks
        return i + 2 < len(toks) and toks[i + 1].text.islower() and any(
            j - i >= 3 and toks[j - 1].is_capitalized for j, _ in self.gaz.orgs.matches_at(toks, i))

    def _local_org_at(self, i: int, fused: bool = False) -> tuple[int, OrgHit] | None:
        toks = self.toks
        _, local, levels = _pattern_matchers()
        found = local.matches_at(toks, i)
        if not found:
            return self._delegation_in_brackets(i)
        k, head = found[0]
        if not (toks[i].is_capitalized or _is_acronym(toks[i]) or fused or _is_acronym(toks[k - 1])) \
                and not self._lower_committee_at(i):
            return None
        if head == "Công an" and not (k < len(toks) and toks[k].lower in LEVEL_STARTS) \
                and not (k < len(toks) and toks[k].is_capitalized and any(
                    info.kind in (PROVINCE, CITY) for _, info in self.gaz.places.matches_at(toks, k)[:1])):
            return None  # "Công an tỉnh …", "Công an Gia Lai": a province's police; not "Công an nhân dân"
        level = ""
        if head == "Đoàn đại biểu Quốc hội" and k + 1 < len(toks) and toks[k].lower == "đơn" and toks[k + 1].lower == "vị":
            k += 2  # "Đoàn đại biểu Quốc hội đơn vị TP. Đà Nẵng": the constituency's delegation
        lv = levels.matches_at(toks, k)
        if head in LEVEL_NAMED_HEADS and not lv:
            return None  # "Thanh tra tỉnh Yên Bái", but "Thanh tra Sở Y tế", "Thanh tra Bộ" are other bodies
        if lv and k < len(toks) and toks[k].is_capitalized and self.gaz.places.matches_at(toks, k):
            lv = None  # the level word is part of the place's own name: "HĐND TP HCM"
        if lv:
            k2, level = lv[0]
            if level == "cấp tỉnh":
                return k2, OrgHit(f"{head} tỉnh", "GovernmentOrganization", self.surface(i, k2), head=head,
                                  needs_place=level)  # "UBND cấp tỉnh": every province's, not one body
            k = k2
        # "Bà A, Chủ tịch UBND phường Nguyễn Cư Trinh, …": after the post of a person just named, a name-like run
        # that punctuation closes is the place, as a committee's always is
        appositive = head.endswith(COMMITTEES) and self._post_of_named_person(i) or self._closes_holders_post(i, k, level)
        place = self._place_after(k, appositive, nobody_holds=self._no_post_before(i, level))
        if place and place[1].name == "Việt Nam" and place[1].kind == COUNTRY and not level:
            # "Ủy ban Mặt trận Tổ quốc Việt Nam | TP Hà Nội": the national body's name, then the chapter's place
            k, head = place[0], f"{head} Việt Nam"
            lv = levels.matches_at(toks, k)
            if lv:
                k, level = lv[0]
            place = self._place_after(k, appositive)
            if place is None:
                return None if level else (k, OrgHit(head, "GovernmentOrganization", self.surface(i, k), head=head))
        if place:
            j, info = place
            kind = level_of(info.kind, level, head)
            if kind in DISTRICT_LEVELS and info.kind in (PROVINCE, CITY):
                info = PlaceInfo(self.surface(k, j), kind)  # "phường Sài Gòn": the ward, by the name written
            if appositive and not info.kind and head.endswith(COMMITTEES):  # an unknown place read like a name:
                # "Huyện ủy Cù Lao Dung"
                name = f"{head} {info.name}"
            elif head.endswith(COMMITTEES):  # "Tỉnh ủy Lào Cai", "Ủy ban Kiểm tra Tỉnh ủy Vĩnh Phúc", "Quận ủy Quận 2"
                name = f"{head} {committee_place(info.name, kind, self.gaz)}"
            else:
                name = f"{head} {kind} {info.name}"
            return j, OrgHit(name, "GovernmentOrganization", self.surface(i, j), head=head, place=(info.name, kind))
        if level:
            return k, OrgHit(f"{head} {level}", "GovernmentOrganization", self.surface(i, k),
                             needs_place=level, head=head)
        if self._compound_word_at(k):
            return None  # "Ủy ban nhân dân Cách mạng Bắc Kỳ": a body of its own name, no local one
        if head in ("Ủy ban nhân dân", "Hội đồng nhân dân") or head.endswith(COMMITTEES) or (
                fused and head == "Đoàn đại biểu Quốc hội"):  # "Phó trưởng đoàn đại biểu Quốc hội": the province's
            return k, OrgHit(head, "GovernmentOrganization", self.surface(i, k), needs_place="any", head=head)
        return None

    def _every_level_at(self, i: int) -> bool:
        """Does a local body's head at token i go on with "các cấp" ("HĐND các cấp")?"""
        if not (self.toks[i].is_capitalized or _is_acronym(self.toks[i])):
            return False
        found = _pattern_matchers()[1].matches_at(self.toks, i)
        k = found[0][0] if found else None
        return k is not None and k + 1 < len(self.toks) and self.toks[k].lower == "các" and self.toks[k + 1].lower == "cấp"

    def _delegation_in_brackets(self, i: int) -> tuple[int, OrgHit] | None:
        """'Đại biểu Dương Trung Quốc (Đoàn Đồng Nai)': a deputy's province's delegation to the National Assembly."""
        toks = self.toks
        if not (toks[i].lower == _DOAN and i > 1 and toks[i - 1].text == "(" and _is_name_word(toks[i - 2])):
            return None  # after a name: the persons of the sentence are told after its bodies
        place = self._place_after(i + 1)
        if place is None or place[0] >= len(toks) or toks[place[0]].text != ")" or place[1].kind not in (PROVINCE, CITY):
            return None
        j, info = place
        head = "Đoàn đại biểu Quốc hội"
        return j, OrgHit(f"{head} {info.kind} {info.name}", "GovernmentOrganization", self.surface(i, j), head=head,
                         place=(info.name, info.kind))

    def _compound_word_at(self, k: int) -> bool:
        """A capitalised syllable at k that starts a word with the lower-case one after it ("Cách mạng")."""
        toks = self.toks
        return k + 1 < len(toks) and toks[k].is_capitalized and toks[k + 1].text.isalpha() \
            and toks[k + 1].text.islower() and _adjacent(toks[k], toks[k + 1]) \
            and self._words_of()[k + 1] == self._words_of()[k]

    def _told_where(self, i: int) -> bool:
        """Does a venue's head start at i in lower case where the press says where something is ("tại khách sạn
        Marriott")?"""
        return i > 0 and self.toks[i - 1].lower in ("tại", "ở") and self.toks[i].lower in _venue_starters()

    def _venue_at(self, i: int) -> tuple[int, PlaceInfo] | None:
        """'Nhà Quốc hội', 'Hội trường Thống Nhất', 'Trung tâm Hội nghị tỉnh Phú Thọ': a building, as a place."""
        toks, n = self.toks, len(self.toks)
        head_office = toks[i].lower == "trụ" and i + 2 < n and toks[i + 1].lower == "sở" and i > 0 \
            and toks[i - 1].lower == "tại" and self._lexicon_org_at(i + 2) is not None  # "tại trụ sở Trung ương Đảng"
        if not toks[i].is_capitalized and not head_office and not self._told_where(i):
            return None
        found = _venues().matches_at(toks, i)
        if not found:
            return None
        j, whole = found[0]
        _, _, levels = _pattern_matchers()
        start = j
        while j < n and j - i < 10 and _adjacent(toks[j - 1], toks[j]):
            body = self._lexicon_org_at(j) if j == start else None
            if body is not None:  # "Trụ sở Chính phủ", "Trụ sở Trung ương Đảng": the building of a known body
                j = body[0]
                continue
            if _is_name_word(toks[j]) or _is_acronym(toks[j]):
                j += 1
                continue
            if j > start and toks[j].text.isalpha() and toks[j].text.islower() and _is_name_word(toks[j - 1]) \
                    and self._words_of()[j] == self._words_of()[j - 1] \
                    and (j + 1 == n or _is_name_word(toks[j + 1]) or not toks[j + 1].text[0].isalnum()):
                j += 1  # "Nhà khách Quốc gia Akasaka", "Bảo tàng Lịch sử Quốc gia,": a lower-case syllable that
                continue  # completes a capitalised word, then a name or the name's end (not "Nhà Trắng | Nhân dịp")
            lv = levels.matches_at(toks, j)
            if lv and lv[0][0] < n and _is_name_word(toks[lv[0][0]]):
                j = lv[0][0]
                continue
            break
        if whole and j == start + 1 and j < n and toks[j].text.isalpha() and toks[j].text.islower():
            j = start  # "tại Nhà Trắng | Nhân dịp này": one capitalised word that starts the next sentence
        if j == start and not whole:
            return None  # a head alone ("Hội trường") is not one venue
        if not toks[i].is_capitalized and not head_office and (whole or j - start < 1):
            return None
        name = self.surface(i, j)
        return j, PlaceInfo(name[0].upper() + name[1:], VENUE)

    def _foreign_party_after(self, info, j: int) -> tuple[int, OrgHit] | None:
        """A foreign party named right after one of our central Party bodies ("Ban Đối ngoại Trung ương | Đảng
        Cộng sản Pháp"): its end and the party."""
        toks = self.toks
        if info.name.endswith("Trung ương Đảng") and toks[j - 1].text == "Đảng" and j < len(toks) \
                and toks[j].is_capitalized:
            j -= 1  # "Ban Chấp hành Trung ương Đảng | Cộng sản Cuba": the party's name goes on
        elif not info.name.endswith("Trung ương") or j >= len(toks) or toks[j].text != "Đảng":
            return None
        found = self._org_at(j)
        if found is None:
            return None
        country = next((c for c in self.gaz.place_index.values() if c.kind == COUNTRY and c.name != "Việt Nam"
                        and found[1].name.endswith(" " + c.name)), None)
        return found if country else None

    def _foreign_tail(self, j: int) -> int | None:
        """Where a known body's name goes on to a foreign country ("… Đảng | NDCM Lào"): the end, else None."""
        toks, n = self.toks, len(self.toks)
        for k in range(j, min(n, j + 3)):
            found = self.gaz.places.matches_at(toks, k)
            if k > j and found and found[0][1].kind == COUNTRY and found[0][1].name != "Việt Nam":
                end = found[0][0]  # not the start of a person's name ("Chính phủ Hồ Đức Phớc")
                return end if end >= n or not _is_name_word(toks[end]) else None
            if not _adjacent(toks[k - 1], toks[k]) or not _is_acronym(toks[k]):
                return None  # only the party's own initials come between ("Đảng | NDCM | Lào")
        return None

    def _closed_run(self, k: int) -> bool:
        """Is the run of name words from token k closed by punctuation or the sentence's end?"""
        end = self._name_run_end(k)
        return end > k and (end >= len(self.toks) or self.toks[end].text in (",", ";", ".", ")", "(", "-", "–"))

    def _closes_holders_post(self, i: int, k: int, level: str) -> bool:
        """Does the name-like run of a ward or district at token k, after its level word, close the post (from token
        i) of a person just named ("Bà A, Chủ tịch phường Nguyễn Thái Bình, …")? Then it is the place."""
        return level in DISTRICT_LEVELS and self._closed_run(k) and self._post_of_named_person(i)

    def _no_post_before(self, i: int, level: str) -> bool:
        """Is the local body at token i, of a ward's or district's level, written without a post or an honorific
        before it ("Công an phường …", "UBND phường …" as a sentence's subject)?"""
        prev = self.spans[-1] if self.spans and self.spans[-1].j == i else None
        return level in DISTRICT_LEVELS and (prev is None or prev.kind not in (TITLE, HONORIFIC))

    def _post_of_named_person(self, i: int) -> bool:
        """Token i follows a post in apposition to a name ("Lê Văn Hiểu, Bí thư |Huyện ủy …"): what comes
        next belongs to that person's post, and cannot be a second person's name."""
        sp = self.spans
        if len(sp) < 2 or sp[-1].kind != TITLE or sp[-1].j != i:
            return False
        n = len(sp) - 1
        # "A, Bí thư kiêm Chủ tịch | phường …": back over the posts the holder's post chains with "kiêm"
        while n >= 1 and sp[n - 1].kind == TITLE and sp[n].i - sp[n - 1].j == 1 and self.toks[sp[n].i - 1].lower == "kiêm":
            n -= 1
        t = sp[n].i
        return n >= 1 and t >= 1 and self.toks[t - 1].text in (",", "-", "–") and sp[n - 1].kind == PERSON \
            and sp[n - 1].j == t - 1

    def _institution_at(self, j: int) -> bool:
        """Does a known hospital, university, institute or company start at token j?"""
        return any(end - j >= 3 and info.name.startswith(INSTITUTION_HEADS)
                   for end, (info, _) in self.gaz.orgs.matches_at(self.toks, j))

    def _party_name_end(self, k: int) -> int:
        """End of a party's name in capitals from token k, after its head word "đảng". A name in Vietnamese words
        pairs each capital with a lower-case syllable ("Dân chủ", "Quyền lực Nhân dân") and ends at a country
        ("Bảo thủ Anh | xào xáo") or before a word of another kind ("Cộng hòa | John McCain", "Dân chủ | Hong
        Ik-pyo"); a foreign name goes on while capitalised ("Fine Gael", "Pheu Thai")."""
        toks, n = self.toks, len(self.toks)

        def lower_after(m: int) -> bool:
            if m + 1 < n and toks[m].text == "Tự" and toks[m + 1].text == "do":
                return True  # "Tự do" (liberty), not "do" (by)
            return m + 1 < n and toks[m + 1].text.isalpha() and toks[m + 1].text.islower() \
                and not (self._is_stop(m + 1) or self._verb_at(m + 1))

        j = k
        if not lower_after(k) or _foreign_word(toks[k]):  # "Fidesz | vắng mặt"
            while j < n and _is_name_word(toks[j]) and _adjacent(toks[j - 1], toks[j]):
                j += 1
            return j
        while j < n and _is_name_word(toks[j]) and _adjacent(toks[j - 1], toks[j]):
            if j > k:
                place = self.gaz.places.matches_at(toks, j)
                if place:
                    return place[0][0]
                if not lower_after(j) or self._surname_run_at(j):
                    break
            j += 2
        return j

    def _generic_org_at(self, i: int, fused: bool = False) -> tuple[int, OrgHit] | None:
        """A body named by a generic head and its name ("Cục Quản lý thị trường"); ``fused``: the head is the
        end of a post written before it, in its case ("Chánh thanh tra Bộ Y tế")."""
        toks = self.toks
        heads, _, levels = _pattern_matchers()
        found = heads.matches_at(toks, i)
        if not found:
            return None
        k, head = found[0]
        if head == INTERGOVERNMENTAL:
            end = self._intergovernmental_end(k)
            if end == k:
                return None  # the committee with no countries or field named: one the article names in full
            name = f"{INTERGOVERNMENTAL} {self.surface(k, end)}"  # "Uỷ ban liên Chính phủ …" spelt one way
            return end, OrgHit(name, "GovernmentOrganization", self.surface(i, end), head=head)
        if head == "Nhóm":  # "Nhóm" names a body only as a working group, after its post or its sitting
            end = self._working_body_end(i, k, fused) if toks[i].is_capitalized else None
            if end is None:
                return None
            return end, OrgHit(self.surface(i, end), "GovernmentOrganization", self.surface(i, end), head=head)
        place = self.gaz.places.matches_at(toks, i)
        if place and place[0][0] > k and place[0][1].kind == "quốc gia":
            return None  # "Đài Loan": a state or territory whose name starts like a head word, no body
        if place and place[0][0] > k and place[0][0] >= self._name_run_end(i) and place[0][1].kind != lexicon.REGION:
            return None  # "tại Hội An": a city whose whole name starts like a head word ("Hội"), no body
        if head == "Trường" and not (self.spans and self.spans[-1].kind == TITLE and self.spans[-1].j == i):
            return None  # "Hiệu trưởng Trường Linacre": a school only after its post, not "Trường Sơn", "Trường Chinh"
        if head in BARE_AFTER_POST and toks[i].is_capitalized and bool(self.spans) and self.spans[-1].kind == TITLE \
                and self.spans[-1].j == i and (k >= len(toks) or toks[k].text in (".", ",", ";", ")")
                                               or toks[k].lower in ("gồm", "là")):
            # "… được bầu làm Chủ tịch Hội.": the body of that kind the article names in full
            return k, OrgHit(head, _class_of(head), self.surface(i, k), needs_place="org:" + head, head=head)
        # "Chánh thanh tra Bộ Y tế", "Trưởng phòng Cảnh sát Hình sự": the post's head names the body
        written_with_post = fused and (" " in head or (k < len(toks) and _is_name_word(toks[k])
                                                       and toks[k].lower != head.lower()))  # not "phòng | Phòng …"
        online = head == "Báo" and k + 2 < len(toks) and toks[k].lower == "điện" and toks[k + 1].lower == "tử" \
            and _is_name_word(toks[k + 2])  # "báo điện tử Người Đưa Tin": the newspaper "Báo Người Đưa Tin"
        if online:
            k += 2
        newspaper = head == "Báo" and k < len(toks) and _is_name_word(toks[k]) and not (
            i > 0 and toks[i - 1].lower in NOT_NEWSPAPER_BEFORE)  # "PV báo Người Đưa Tin", not "họp báo Chính phủ"
        # "Giám đốc công ty Lắp máy …", "Chủ tịch tập đoàn Hóa chất Việt Nam": a business named after its head's post
        business_after_post = (head in BUSINESS_HEADS or head in COMPANY_FORMS or head.lower() in _TWO_SYLLABLE_HEADS
                               or len(head.split()) > 2) and bool(self.spans) \
            and self.spans[-1].kind == TITLE and self.spans[-1].j == i and k < len(toks) \
            and (_is_name_word(toks[k]) or _is_acronym(toks[k]) or self._lower_trade_then_name(k))
        # "ngân hàng Xuất nhập khẩu Hàn Quốc", "công ty Formosa": a business's head word, then its name; not
        # "các công ty Nhật Bản", businesses of a country
        business_named = head in BUSINESS_HEADS and k < len(toks) and (_is_name_word(toks[k]) or _is_acronym(toks[k])) \
            and _adjacent(toks[k - 1], toks[k]) and not (i > 0 and toks[i - 1].lower in ("các", "những", "nhiều")) \
            and not self.gaz.places.matches_at(toks, k) and not self._surname_run_at(k)
        # "văn phòng UBND tỉnh Thanh Hoá": a unit's head word in lower case, then the local body it belongs to
        local_after = _pattern_matchers()[1].matches_at(toks, k) if head == "Văn phòng" and k < len(toks) else []
        unit_of_local = bool(local_after) and local_after[0][0] < len(toks) and bool(
            levels.matches_at(toks, local_after[0][0]) or toks[local_after[0][0]].is_capitalized)
        # "đảng Fine Gael", "đảng Cộng hòa", "đảng đối lập Fianna Fail": a party named in capitals after its head
        # word in lower case (and its standing)
        named_at = k + 2 if head == "Đảng" and k + 2 < len(toks) and " ".join(
            t.lower for t in toks[k:k + 2]) in ("đối lập", "cầm quyền") else k
        party_named = head == "Đảng" and named_at < len(toks) and _is_name_word(toks[named_at]) \
            and _adjacent(toks[named_at - 1], toks[named_at]) and not self._surname_run_at(named_at)
        if party_named:  # "đảng Tự do", "Đảng Xã hội Pháp | thất bại …": the name pairs its syllables
            j = self._party_name_end(named_at)
            if (closed := self._lower_name_closed_by_place(head, j)) is not None:
                j = closed  # "Đảng Hành động nhân dân Singapore": a name going on in lower case to its country
            return j, OrgHit("Đảng " + self.surface(named_at, j), _class_of(head), self.surface(i, j), head=head)
        # "Hiệu trưởng trường Sỹ quan Lục quân 2": after its post a school's head word may be in lower case
        school_after_post = head == "Trường" and k < len(toks) and _is_name_word(toks[k])
        if not (toks[i].is_capitalized or written_with_post or newspaper or business_after_post or business_named
                or unit_of_local or school_after_post) and not (
                head.startswith("Trường ") and toks[i + 1].is_capitalized):
            inside_word = i > 0 and _is_name_word(toks[i - 1]) and _adjacent(toks[i - 1], toks[i])  # "Ủy ban"
            # "ban quản lý dự án Thăng Long (PMU Thăng Long)"; not "ban hành …", "hội nghị …": other words
            defined = None if inside_word else self._defined_after(k)
            if defined is not None and (toks[k].lower in NOT_AFTER_HEAD or self._verb_at(i)):
                defined = None
            if defined is None:
                return None  # a lower-case head names a body only as "trường THPT …", or with its short name
            surface = self.surface(i, defined)
            return defined, OrgHit(surface[0].upper() + surface[1:], _class_of(head), surface, head=head)
        if k >= len(toks) or not _adjacent(toks[k - 1], toks[k]):
            return None
        if head == "Đảng" and toks[k].text in ROMAN_NUMERALS:
            return None  # "Đại hội Đảng XII": the congress's number, no party named "XII"
        if head == "ĐH" and (toks[k].text in ROMAN_NUMERALS or toks[k].text in ("Đảng", "Đoàn", "Đại", "TDTT")
                             or (toks[k].text == "Công" and k + 1 < len(toks) and toks[k + 1].lower == "đoàn")):
            return None  # "ĐH Đoàn toàn quốc", "ĐH Đảng XII": a congress (Đại hội), not a university (Đại học)
        if head == "Tổ chức" and (toks[i].text != "Tổ" or toks[i + 1].text != "chức" or _event_keyword_at(toks, k)
                                  or (i > 0 and toks[i - 1].lower == "luật")):
            return None  # "Tổ chức Đại hội …": the verb, an event after it; "Luật Tổ chức Chính phủ"; a heading
        board = k + 2 if head == "Ban" and k + 2 < len(toks) and " ".join(t.lower for t in toks[k:k + 2]) in BOARDS \
            else None
        if board and self._lexicon_org_at(board):
            # "Ban Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh": the board of a body named after it
            words = self.surface(i, board)
            return board, OrgHit(words, "Organization", words, head=words, needs_place="org:" + words)
        national = self._national_about(k)  # "Hội đồng quốc gia về Khoa học …"
        school = head.startswith("Trường ") and head not in ("Trường Đại học", "Trường ĐH", "Trường Cao đẳng", "Trường CĐ")
        named_after = head.startswith(("Trường ", "Đại học", "Học viện", "Bệnh viện", "BV", *LAW_FIRMS)) or (
            head in ("Câu lạc bộ", "CLB", "Nhà xuất bản", "NXB")
            and not (self.spans and self.spans[-1].kind == TITLE and self.spans[-1].j == i)) or (
            # "Giám đốc NXB Kim Đồng": a publisher named after someone in two syllables, a holder in three
            head in ("Nhà xuất bản", "NXB") and k < len(toks) and self._surname_run_at(k) and self._name_run_end(k) - k <= 2)
        # "BV Từ Dũ", "tại Câu lạc bộ Bạch Đằng", "NXB Kim Đồng" (but "Chủ nhiệm CLB Nguyễn Văn A" names the club's chair)
        if national:
            k = national
        elif (topic := self._lower_topic_end(k)) is not None:
            # "Ban Chỉ đạo quốc gia về phòng, chống dịch Covid-19", "Ủy ban Nhà nước về người Việt Nam ở nước
            # ngoài": a national body named by its field, in lower case
            surface = self.surface(i, topic)
            info = self.gaz.canonical_org(surface)
            if info:
                return topic, OrgHit(info.name, info.cls, surface, info.parent)
            name = self.gaz.expand(surface)
            return topic, OrgHit(name[0].upper() + name[1:], _class_of(head), surface, head=head)
        elif school and (self._surname_run_at(k) or toks[k].text.isdigit() or toks[k].lower == "số"):
            # "Trường THPT Nguyễn Bỉnh Khiêm", "Trường THPT số 1": the name is the person's, or a number
            j = self._name_run_end(k) if self._surname_run_at(k) else k + (2 if toks[k].lower == "số" else 1)
            if toks[k].lower == "số" and j < len(toks) and _is_name_word(toks[j]) and _adjacent(toks[j - 1], toks[j]):
                j = self._name_run_end(j)  # "Trường THPT số 2 Nguyễn Huệ", "Trường Tiểu học số 1 Châu Hóa": a name after it
            if j + 1 < len(toks) and toks[j].text.isdigit() and len(toks[j].text) <= 2 and _adjacent(toks[j - 1], toks[j]) \
                    and toks[j + 1].lower not in COUNTED_NOUNS and toks[j + 1].text not in ("/", "-", "%", "."):
                j += 1  # "Trường THPT Thạch Thành 1": the school's number
            surface = self.surface(i, j)
            return j, OrgHit(surface[0].upper() + surface[1:], "EducationalOrganization", surface, head=head)
        elif k < len(toks) and self._lower_name_word(k) and (
                head in COMPANY_FORMS and (run := self._lower_run_end(k)) < len(toks)
                and (_is_name_word(toks[run]) or _is_acronym(toks[run]))
                or head == "Công ty" and (run := self._company_trade_after_post(i, k)) is not None):
            # "Công ty cổ phần bóng đèn Điện Quang", "Tổng giám đốc Công ty may Việt Tiến": the trade in lower case,
            # then the name
            j = self._extend_name(run, numbered=True)
            surface = self.surface(i, j)
            return j, OrgHit(surface[0].upper() + surface[1:], "Corporation", surface, head=head)
        elif (closed := self._lower_name_closed_by_place(head, k)) is not None:
            # "Tổng công ty thuốc lá Việt Nam", "Tổng công ty bia, rượu, nước giải khát Sài Gòn": a name in
            # lower case that a place closes
            surface = self.surface(i, closed)
            return closed, OrgHit(surface[0].upper() + surface[1:], _class_of(head), surface, head=head)
        elif head in WORKING_BODY_HEADS and (field := self._working_body_end(i, k, written_with_post)) is not None:
            # "Phó Chủ tịch Hội đồng xét tuyển công chức tỉnh Quảng Trị", "cuộc họp Ban Chỉ đạo về các giải pháp
            # …": a council, steering board or task force named by its work, after its post or its meeting
            surface = self.surface(i, field)
            return field, OrgHit(surface[0].upper() + surface[1:], "GovernmentOrganization", surface, head=head)
        elif head in LOWER_NAMED_HEADS and self._lower_name_after_post(i, k):
            # "Cục trưởng Cục thi hành án dân sự", "Viện trưởng Viện nghiên cứu Quy hoạch và phát triển":
            # the post names its body, in lower case, then perhaps in capitals
            j = self._lower_run_end(k)
            j = next((x for x in range(k + 1, j) if levels.matches_at(toks, x)), j)  # "… bầu cử | thị xã Bỉm Sơn"
            if j < len(toks) and _is_name_word(toks[j]) and not self._surname_run_at(j) \
                    and not self.gaz.titles.matches_at(toks, j):
                j = max(j, self._extend_name(j, numbered=True))  # "Ủy ban kháng chiến Khu 11"
                if j + 1 < len(toks) and toks[j].lower == "và" and self._lower_run_end(j + 1) > j + 1:
                    j = self._lower_run_end(j + 1)  # "… Quy hoạch và phát triển", not "… Hội | và các khách mời"
            if " ".join(t.lower for t in toks[k:j]) in GENERIC_BODIES:
                return None  # "Ban chấp hành": a board, whose body the text names elsewhere
            lv = levels.matches_at(toks, j) if head == "Ủy ban" and j < len(toks) else None
            place = self._place_after(lv[0][0]) if lv and lv[0][1] in DISTRICT_LEVELS else None
            if place is not None:  # "Chủ tịch Ủy ban bầu cử phường Bắc Sơn": a commune's or district's committee
                j = place[0]
            surface = self.surface(i, j)
            return j, OrgHit(surface[0].upper() + surface[1:], "GovernmentOrganization", surface, head=head)
        elif head in NUMBERED_HEADS and toks[k].text.isdigit() and len(toks[k].text) <= 3 and _adjacent(toks[k - 1], toks[k]) \
                and not (k + 1 < len(toks) and toks[k + 1].text in ("/", "-", "%", ".", ",") and k + 2 < len(toks)
                         and toks[k + 2].text.isdigit()) \
                and not (k + 1 < len(toks) and (toks[k + 1].lower in COUNTED_NOUNS or toks[k + 1].text == "%")):
            # "Viện 78", "Bệnh viện 108", "Sư đoàn 363", "Tổng công ty 319": a body named by its number
            j = k + 1
            if j + 1 < len(toks) and " ".join(t.lower for t in toks[j:j + 2]) in NATIONAL_SCOPES:
                j += 2  # "Ban Chỉ đạo 389 quốc gia"
            surface = self.surface(i, j)
            return j, OrgHit(surface[0].upper() + surface[1:], _class_of(head), surface, head=head)
        elif head == "Ban" and toks[i].is_capitalized and (board := self._board_of_function_end(k)) is not None:
            # "Ban quản lý Khu kinh tế Quảng Ninh", "Ban pháp chế Công an TP HCM": a board named by its work in
            # lower case, then by the capitalised body or area it serves
            function, j = board
            surface = self.surface(i, j)
            name = self.gaz.expand(f"Ban {function.capitalize()} {self.surface(k + len(function.split()), j)}")
            info = self.gaz.canonical_org(name)
            if info:
                return j, OrgHit(info.name, info.cls, surface, info.parent)
            return j, OrgHit(name, "GovernmentOrganization", surface, head=head)
        elif not (_is_name_word(toks[k]) or (_is_acronym(toks[k]) and head != "Bộ")) or (
                self._surname_run_at(k) and not self.gaz.places.matches_at(toks, k) and head not in COMPANY_FORMS
                and not named_after):
            return None
        self._after_post = fused or (bool(self.spans) and self.spans[-1].kind == TITLE and self.spans[-1].j == i)
        self._department = head in DEPARTMENT_HEADS
        if head in ("Báo", "Thời báo"):
            j = self._newspaper_name_end(k)  # "báo Người Đưa Tin | ghi nhận …": a newspaper's name is capitalised
            if online and j > k:
                return j, OrgHit(f"Báo {self.surface(k, j)}", _class_of(head), self.surface(i, j), head=head)
        elif named_after and self._surname_run_at(k) and not self.gaz.places.matches_at(toks, k):
            j = self._name_run_end(k)  # "BV Từ Dũ | phân biệt …": a name like a person's ends with its capitals
        else:
            j = self._extend_name(k, numbered=head in NUMBERED_NAMES or head.startswith("Trường "))
            if head in UNIT_OF_A_KNOWN_BODY and (known := self._lexicon_org_at(k)) is not None and known[0] > j:
                j = known[0]  # "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan Trung ương": a known body, lower case and all
            if head in ("Cơ quan", "Văn phòng") and (abroad := self._posted_abroad_end(j, k)) is not None:
                j = abroad  # "Cơ quan Tùy viên Quốc phòng Việt Nam tại Nga": a state's office in another
        self._after_post = self._department = False
        if j <= k or (head == "Đội" and not self._closed_by_number(k, j)):
            return None
        surface = self.surface(i, j)
        info = self.gaz.canonical_org(surface)
        if info:
            return j, OrgHit(info.name, info.cls, surface, info.parent)
        name = _COMPANY_CP.sub("Công ty Cổ phần ", self.gaz.expand(surface))  # one name for "CP" and "cổ phần"
        name = name[0].upper() + name[1:]
        if head in SCHOOLS_WITHOUT_TRUONG:  # "Cao đẳng Y tế Phú Thọ": the school "Trường Cao đẳng Y tế Phú Thọ"
            name = f"Trường {name}"
            info = self.gaz.canonical_org(name)
            if info:
                return j, OrgHit(info.name, info.cls, surface, info.parent)
        cls = _class_of(head)
        bare = len(phrase_tokens(name)) == len(phrase_tokens(head)) + 1 and toks[k].text in ("Bộ", "Sở")
        if bare:
            return j, OrgHit(name, cls, surface, head=head, needs_place="org:" + toks[k].text)
        generic_end = toks[j - 1].lower in GENERIC_ENDINGS and not (toks[j - 1].lower == "vụ" and toks[j - 2].lower != "thường") \
            and not (toks[j - 1].lower == "bộ" and toks[j - 2].lower not in ("đảng", "chi"))  # not "Vụ Tổ chức cán bộ"
        if generic_end or " ".join(t.lower for t in toks[k:j]) in GENERIC_BODIES:  # not "… Bộ Nội vụ"
            # "Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ thành phố": whose? only a place can tell
            lv = levels.matches_at(toks, j) if j < len(toks) else None
            if lv and lv[0][1] in (PROVINCE, CITY, *DISTRICT_LEVELS) and not (
                    lv[0][0] < len(toks) and _is_name_word(toks[lv[0][0]])):
                # "Ủy viên Ban Chấp hành Đảng bộ huyện, …": the district the sentence names
                return lv[0][0], OrgHit(name, cls, self.surface(i, lv[0][0]), head=name, needs_place=lv[0][1])
            return j, OrgHit(name, cls, surface, head=name, needs_place="suffix")
        lv = levels.matches_at(toks, j) if j < len(toks) else None
        if lv and lv[0][1] in (PROVINCE, CITY, *DISTRICT_LEVELS) and not (
                lv[0][0] < len(toks) and (_is_name_word(toks[lv[0][0]]) or _is_acronym(toks[lv[0][0]]))):
            # "Phó trưởng phòng Giáo dục và Đào tạo huyện": the department of the district the article is about
            return lv[0][0], OrgHit(name, cls, self.surface(i, lv[0][0]), head=name, needs_place=lv[0][1])
        return j, OrgHit(name, cls, surface, head=head)

    def _newspaper_name_end(self, k: int) -> int:
        """End of a newspaper's name from token k: capitalised words, "và" between them, and lower-case syllables
        only where they complete a capitalised word ("Sức khỏe và Đời sống")."""
        toks, n = self.toks, len(self.toks)
        for known in _newspaper_names():  # "báo Người lao động": a paper the lexicon knows, in any case
            if tuple(t.lower for t in toks[k:k + len(known)]) == known:
                return k + len(known)
        words = self._words_of()
        j = k
        while j < n and (j == k or _adjacent(toks[j - 1], toks[j])):
            t = toks[j]
            if _is_name_word(t) or _is_acronym(t):
                j += 1
            elif t.lower in ("và", "&") and j + 1 < n and _is_name_word(toks[j + 1]):
                j += 1
            elif t.text.isalpha() and t.text.islower() and j > k and toks[j - 1].text[:1].isupper() \
                    and words[j] == words[j - 1] and not _foreign_word(toks[j - 1]) and t.lower not in DAY_TIMES \
                    and t.lower != "ngày":
                j += 1  # not "Báo The Australian | ngày 1-3"
            else:
                break
        return j

    def _defined_after(self, k: int) -> int | None:
        """End of a lower-case body's name that its short name in brackets follows and capitals close
        ("ban quản lý dự án giao thông 1 (PMU 1)"): the bracket says a name was written."""
        toks, n = self.toks, len(self.toks)
        j = k
        while j < n and j - k < 10 and toks[j].text.isalnum() and not (
                toks[j].text.islower() and self._is_stop(j) and toks[j].lower not in COMPOUND_STOPS):
            j += 1  # "quản lý dự án giao thông 1": "dự" of "dự án" is no stop here
        if j == k or j + 2 >= n or toks[j].text != "(" or not any(t.text[0].isupper() or t.text.isdigit() for t in toks[k:j]):
            return None
        close = next((m for m in range(j + 1, min(n, j + 8)) if toks[m].text == ")"), None)
        if close is None or not (_is_acronym(toks[j + 1]) or toks[j + 1].text.isupper()):
            return None
        if any(t.lower in ("ông", "bà") for t in toks[k:j]) or any(len(t.text) == 4 and t.text.isdigit()
                                                                   for t in toks[j + 1:close]):
            return None  # "… ông Lý Minh Khang (SN 1962)": a person and a birth year, no body
        return j

    def _lower_name_closed_by_place(self, head: str, k: int) -> int | None:
        """End of a lower-case run after a head (commas between nouns allowed) that a known place closes:
        the place is part of the name."""
        toks, n = self.toks, len(self.toks)
        if head not in PLACE_CLOSED_HEADS or k >= n or not self._lower_name_word(k) \
                or toks[k].lower in NOT_AFTER_HEAD:
            return None
        j = self._lower_run_end(k, commas=True, limit=10)
        if any(t.lower == "ở" for t in toks[k:j]):
            return None  # "Vụ ngang nhiên chở gỗ lậu ở Quảng Trị": where something happened, no body's name
        if head == "Ban Chỉ đạo":  # "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Thanh Hóa": a local steering board
            if j + 2 < n and toks[j].text.isalpha() and toks[j + 1].text == "-" and toks[j + 2].text.isdigit():
                j += 3  # a disease named with its year: "Covid-19"
            lv = _pattern_matchers()[2].matches_at(toks, j) if j < n else []
            if lv and lv[0][1] in (PROVINCE, CITY, "huyện", "quận", "thị xã"):
                at = lv[0][0]
                place = self.gaz.places.matches_at(toks, at) if at < n and toks[at].is_capitalized else None
                return place[0][0] if place else None
        place = self.gaz.places.matches_at(toks, j) if j < n and toks[j].is_capitalized else None
        if not place or place[0][1].kind not in (COUNTRY, PROVINCE, CITY) or not _adjacent(toks[j - 1], toks[j]):
            return None
        end = place[0][0]
        other = self.gaz.places.matches_at(toks, end + 1) if end + 1 < n and toks[end].text in ("-", "–") else None
        return other[0][0] if other else end  # "Hội hữu nghị Việt Nam - Belarus"

    def _lower_tail_closed_by_place(self, k: int) -> int | None:
        """End of the country or province that closes a short lower-case run from token k (the second field of a
        name in lower case, after "và"), or None."""
        toks, n = self.toks, len(self.toks)
        if k >= n or not self._lower_name_word(k):
            return None
        j = self._lower_run_end(k, limit=4)
        if any(t.lower in PLACE_PREPOSITIONS for t in toks[k:j]):
            return None  # "… và khủng bố | ở Singapore": where the body is, not its name
        place = self.gaz.places.matches_at(toks, j) if j < n and toks[j].is_capitalized else None
        if not place or place[0][1].kind not in (COUNTRY, PROVINCE, CITY) or not _adjacent(toks[j - 1], toks[j]):
            return None
        return place[0][0]

    def _lower_list_closed_by_place(self, k: int) -> int | None:
        """End of the rest of a lower-case enumeration from token k that closes with "và" and then a province
        or country (the body's place), or None."""
        toks, n = self.toks, len(self.toks)
        if k >= n or not self._lower_name_word(k):
            return None
        j = self._lower_run_end(k, commas=True, limit=12)
        if "và" not in (t.lower for t in toks[k:j]) or j >= n or not toks[j].is_capitalized:
            return None
        place = self.gaz.places.matches_at(toks, j)
        if not place or place[0][1].kind not in (COUNTRY, PROVINCE, CITY):
            return None
        return place[0][0]

    def _closed_by_number(self, k: int, j: int) -> bool:
        """Does the name from token k end, at j, with its number after a word ("Quản lý thị trường số 14")? A unit
        ("Đội") is a body only so named."""
        return j - k >= 3 and self.toks[j - 1].text.isdigit() and self.toks[j - 2].lower == "số"

    def _lower_name_word(self, j: int) -> bool:
        """Can token j go on a body's name in lower case: a word, no stop word, no level word?"""
        t = self.toks[j]
        return t.text.isalpha() and t.text[0].islower() and not self._is_stop(j) and t.lower not in PLACE_CUES

    def _lower_trade_then_name(self, k: int) -> bool:
        """Do lower-case words from token k (the trade, "nhôm", "bóng đèn") end at a capitalised name?"""
        if not self._lower_name_word(k):
            return False
        run = self._lower_run_end(k, limit=4)
        return run < len(self.toks) and _is_name_word(self.toks[run]) and _adjacent(self.toks[run - 1], self.toks[run])

    def _company_trade_after_post(self, i: int, k: int) -> int | None:
        """"Tổng giám đốc Công ty may Việt Tiến": right after a post, a company's trade in lower case (no verb),
        then its capitalised name (no person's): where the name starts."""
        toks = self.toks
        if not (self.spans and self.spans[-1].kind == TITLE and self.spans[-1].j == i):
            return None
        run = self._lower_run_end(k, limit=4)
        named = run < len(toks) and _is_name_word(toks[run]) and not self._surname_run_at(run)
        return run if named and not any(self._verb_at(x) for x in range(k, run)) else None

    def _intergovernmental_end(self, k: int) -> int:
        """End of an intergovernmental committee's name from token k: the two countries ("Việt Nam - Lào",
        "Việt - Nga"), its field after "về" ("về hợp tác kinh tế - thương mại"), in either order."""
        toks, n = self.toks, len(self.toks)
        j = self._country_pair_end(k)
        if j + 1 < n and toks[j].lower == "về" and self._topic_word(j + 1):
            field = self._field_end(j + 1, limit=j + 20)
            if field is not None:
                j = self._country_pair_end(field)
        return j

    def _country_pair_end(self, k: int) -> int:
        """End of "Việt Nam - Lào" or "Việt - Nga" from token k (else k): two countries joined by a dash."""
        toks, n = self.toks, len(self.toks)
        if k < n and toks[k].is_capitalized:
            first = self.gaz.places.matches_at(toks, k)
            end = first[0][0] if first else (k + 1 if toks[k].text == "Việt" else None)
            if end is not None and end + 1 < n and toks[end].text in ("-", "–"):
                second = self.gaz.places.matches_at(toks, end + 1)
                if second:
                    return second[0][0]
        return k

    def _working_body_end(self, i: int, k: int, written_with_post: bool) -> int | None:
        """A working body's name from head token i whose work, in lower case, starts at token k: after a post
        ("Trưởng Ban Chỉ đạo dự án Đại Kim") or its own sitting ("phiên họp thứ ba của Hội đồng tư vấn …"),
        to where its work ends, with the place it serves ("… tỉnh Sơn La"); a year closing it is the year's."""
        if k >= len(self.toks) or not (self._topic_word(k) or self.toks[k].lower == "về") or self.toks[k].lower in FIELD_ENDS:
            return None
        j = self._field_end(k + 1 if self.toks[k].lower == "về" else k, limit=k + 24)
        toks = self.toks
        if j is not None and j > k and j + 1 < len(toks) and toks[j].lower == "về" and self._topic_word(j + 1):
            j = self._field_end(j + 1, limit=k + 24)  # "Nhóm công tác | về phát triển nguồn nhân lực"
        if j is None or j == k:
            return None
        if not (written_with_post or self._lower_name_after_post(i, k)
                or _OWN_SITTING_BEFORE.search(self.text, max(0, toks[i].start - 40), toks[i].start)
                or _MEETS_AFTER.match(self.text, toks[j - 1].end)):
            return None
        heads, _, levels = _pattern_matchers()
        if any(toks[m].is_capitalized and heads.matches_at(toks, m) for m in range(k, j)) \
                or " ".join(t.lower for t in toks[k:j]) in BOARDS_OF_A_BODY:
            return None  # "Hội đồng chuyên gia Quỹ …", "Hội đồng quản trị": another body's board
        year = j + 1 < len(toks) and toks[j].lower == "năm" and toks[j + 1].text.isdigit() and len(toks[j + 1].text) == 4
        lv = levels.matches_at(toks, j + 2 if year else j)
        place = self._place_after(lv[0][0]) if lv else None
        if place is not None:
            return place[0]
        if lv or (j + 1 < len(toks) and toks[j].lower == "của" and levels.matches_at(toks, j + 1)):
            return None  # "Ban Chỉ đạo phòng, chống dịch của tỉnh": the province's own, which the article names elsewhere
        if j + 1 < len(toks) and toks[j].lower == "của" and toks[j + 1].is_capitalized:
            owner = self.gaz.orgs.matches_at(toks, j + 1)
            if owner:  # "Ban Chỉ đạo cải cách hành chính của Chính phủ": the body it serves
                return owner[0][0]
        return j

    def _lower_name_after_post(self, i: int, k: int) -> bool:
        """Does a post end right before head token i, with a lower-case name word after the head?"""
        return bool(self.spans) and self.spans[-1].j == i and self.spans[-1].kind == TITLE and self._lower_name_word(k)

    def _board_of_function_end(self, k: int) -> tuple[str, int] | None:
        """After "Ban": a board's work in lower case ("quản lý", "pháp chế"), perhaps more lower-case words
        ("dự án"), then a capitalised name; the work and the end of the name, or None ("Ban quản lý dự án")."""
        toks, n = self.toks, len(self.toks)
        function = next((f for f in BOARD_FUNCTIONS if tuple(t.lower for t in toks[k:k + len(f.split())]) == tuple(f.split())),
                        None)
        if function is None:
            return None
        m = k + len(function.split())
        j = self._lower_run_end(m) if m < n and self._lower_name_word(m) else m
        if j >= n or j == k or not _adjacent(toks[j - 1], toks[j]) or not (_is_name_word(toks[j]) or _is_acronym(toks[j])) \
                or self._surname_run_at(j) or self.gaz.titles.matches_at(toks, j):
            return None
        end = self._extend_name(j, numbered=True)
        return (function, end) if end > j else None

    def _lower_run_end(self, k: int, commas: bool = False, limit: int = 8) -> int:
        """End of a run of lower-case name words from token k, up to a stop word, a level word or punctuation
        (``commas``: or a comma between nouns, "bia, rượu, nước giải khát")."""
        toks, n = self.toks, len(self.toks)
        joiners = ("và", ",") if commas else ("và",)
        j = k
        while j < n and j - k < limit:
            if self._lower_name_word(j) and _adjacent(toks[j - 1], toks[j]):
                j += 1
            elif toks[j].lower in joiners and j + 1 < n and self._lower_name_word(j + 1):
                j += 1  # "Sở tài nguyên và môi trường"
            else:
                break
        return j

    def _level_shorthand(self, title: TitleHit, k: int) -> tuple[int, OrgHit] | None:
        """'Phó Chủ tịch tỉnh Thái Nguyên', 'Phó bí thư tỉnh': the post in the province's People's Committee
        or Party committee, named by the level word (and place) alone."""
        bodies = LEVEL_SHORTHAND.get(title.base)
        _, local, levels = _pattern_matchers()
        if not bodies or local.matches_at(self.toks, k):  # "Bí thư huyện ủy …" names the body itself
            return None
        lv = levels.matches_at(self.toks, k)
        if not lv and k < len(self.toks) and self.toks[k].is_capitalized:
            found = self.gaz.places.matches_at(self.toks, k)
            district = bool(found) and found[0][1].kind in DISTRICT_KINDS and not (
                found[0][0] < len(self.toks) and _is_name_word(self.toks[found[0][0]]))  # "Bí thư Hoàn Kiếm"
            if found and (found[0][1].kind in (PROVINCE, CITY) or district) and found[0][1].kind in bodies \
                    and name_key(self.surface(k, found[0][0])) not in historical_person_keys():
                j, info = found[0]  # "Bí thư Hà Nội", "Chủ tịch Đà Nẵng": its own committee (not "Chủ tịch Hồ Chí Minh")
                head = bodies[info.kind]
                name = (f"{head} {committee_place(info.name, info.kind, self.gaz)}" if head.endswith(COMMITTEES)
                        else f"{head} {info.kind} {info.name}")
                return j, OrgHit(name, "GovernmentOrganization", self.surface(k, j), head=head, place=(info.name, info.kind))
        if not lv or lv[0][1] not in bodies:
            return None
        k2, level = lv[0]
        if k2 < len(self.toks) and self.toks[k2].is_capitalized and self.gaz.places.matches_at(self.toks, k):
            k2, level = k, ""  # "Chủ tịch TP HCM": the level word is part of the place's name
        head = bodies[level or "thành phố"]
        # "Bà A, Chủ tịch phường Nguyễn Thái Bình, …": a name-like place closed by punctuation in a holder's post
        place = self._place_after(k2, self._closes_holders_post(k, k2, level))
        if place:
            j, info = place
            kind = level_of(info.kind, level, head)
            name = (f"{head} {committee_place(info.name, kind, self.gaz)}" if head.endswith(COMMITTEES)
                    else f"{head} {kind} {info.name}")
            return j, OrgHit(name, "GovernmentOrganization", self.surface(k, j), head=head, place=(info.name, kind))
        if k2 < len(self.toks) and (_is_name_word(self.toks[k2]) or _is_acronym(self.toks[k2])):
            return None  # a capitalised word that is not a place: not this shorthand
        return k2, OrgHit(f"{head} {level}", "GovernmentOrganization", self.surface(k, k2), needs_place=level,
                          head=head)

    def _central_committee_short(self, title: TitleHit, k: int) -> tuple[int, OrgHit] | None:
        """'Ủy viên Trung ương', 'uỷ viên dự khuyết trung ương': a member of the Party's Central Committee, named
        by "Trung ương" alone (not "Ủy viên Trung ương Đoàn", another body's)."""
        toks = self.toks
        if title.base not in CENTRAL_MEMBER_POSTS or k + 2 > len(toks) \
                or f"{toks[k].lower} {toks[k + 1].lower}" != "trung ương" \
                or (k + 2 < len(toks) and (_is_name_word(toks[k + 2]) or _is_acronym(toks[k + 2]))):
            return None
        info = self.gaz.canonical_org("Ban Chấp hành Trung ương Đảng")
        return k + 2, OrgHit(info.name, info.cls, self.surface(k, k + 2), info.parent)

    def _ministry_named_short(self, title: TitleHit, k: int) -> tuple[int, OrgHit] | None:
        """A minister's post followed by the ministry's name without "Bộ" ("nguyên Bộ trưởng Công Thương",
        "Thứ trưởng Quốc phòng"): that ministry."""
        toks, n = self.toks, len(self.toks)
        if "Bộ" not in title.org_heads or k >= n:
            return None
        if _is_acronym(toks[k]) and (found := self._head_plus("Bộ", k)) is not None:
            return self._of_state_after(k, found)  # "Thứ trưởng NN & PTNT": the ministry's initials
        if not toks[k].is_capitalized:  # "Bộ trưởng ngoại giao Australia": in lower case, only before a foreign state
            found = self._head_plus("Bộ", k) if toks[k].text.isalpha() else None
            if found is None or found[1].name.lower().startswith(NOT_MINISTRIES):
                return None
            abroad = self._of_state_after(k, found)
            return abroad if abroad is not found else None
        found = self._head_plus("Bộ", k)
        if found:
            if found[1].name.lower().startswith(NOT_MINISTRIES):
                return None
            return self._of_state_after(k, found)
        # a foreign minister: "Bộ trưởng Nông nghiệp Paraguay", "Bộ trưởng Nông nghiệp Luis Gneiting"
        if k + 1 >= n or not (toks[k + 1].text.isalpha() and toks[k + 1].text.islower()) or self._surname_run_at(k):
            return None
        words = self._words_of()
        j = k + 1
        while j < n and words[j] == words[k] and toks[j].text.isalpha() and toks[j].text.islower():
            j += 1
        if j == k + 1 or j >= n:
            return None
        end = self._lower_run_end(j, limit=4)  # "Bộ trưởng Hàng không dân dụng Ai Cập"
        country = self.gaz.places.matches_at(toks, end) if end < n else None
        if country and country[0][1].kind == COUNTRY and country[0][1].name != "Việt Nam":
            name = f"Bộ {self.surface(k, end)} {country[0][1].name}"
            return country[0][0], OrgHit(name, "GovernmentOrganization", self.surface(k, country[0][0]),
                                         place=(country[0][1].name, "quốc gia"))
        if _is_name_word(toks[j]) and toks[j].text not in self.gaz.surnames and j + 1 < n \
                and _is_name_word(toks[j + 1]):
            name = f"Bộ {self.surface(k, j)}"
            return j, OrgHit(name, "GovernmentOrganization", self.surface(k, j))
        return None

    def _company_initials_after(self, title: TitleHit, k: int) -> tuple[int, OrgHit] | None:
        """A company's head's post followed by initials no lexicon knows ("Tổng giám đốc PVTex Vũ Đình Duy",
        "Tổng giám đốc DQC cho biết"): the company, named as the press writes it; and any body's, in capitals before
        its holder ("Chủ tịch ICG Robert Malley")."""
        toks, n = self.toks, len(self.toks)
        w = toks[k].text if k < n else ""
        business = bool(BUSINESS_HEADS & set(title.org_heads))
        if not business and not (title.org_heads and w.isupper() and self._holder_after(k + 1)):
            return None  # any other head's post: all capitals, then the holder ("Chủ tịch ICG Robert Malley")
        if len(w) < 3 or not (w.isascii() and w.isalpha()) \
                or sum(c.isupper() for c in w) < 2 or not w[0].isupper() or self._org_at(k) or self._place_at(k) \
                or w in ROMAN_NUMERALS or w in self.gaz.abbreviations[1] or re.search(r"[a-z][A-Z][a-z]{2}", w):
            # not a kind of body written short ("UBND", "HTX"), nor two words run together ("VietbankThay")
            return None
        j = k + 1
        if j < n and not (toks[j].text in (",", ".", ";", "(", ")", "-", "–") or _is_name_word(toks[j])
                          or toks[j].text.islower()):
            return None  # "Tổng giám đốc VN Pharma": a longer name than its initials
        if j < n and _is_name_word(toks[j]) and (not self._holder_after(j) or self._place_at(j)):
            return None  # nor "Giám đốc CDC Hà Nội": a place names the body's branch
        return j, OrgHit(toks[k].text, "Corporation" if business else "Organization", toks[k].text)

    def _holder_after(self, j: int) -> bool:
        """Does a holder's name start at token j: a Vietnamese one, or two capitalised Latin words ("Robert Malley")?"""
        toks = self.toks
        return j < len(toks) and (self._surname_run_at(j) or (
            j + 1 < len(toks) and all(toks[m].text.isascii() and _is_name_word(toks[m]) for m in (j, j + 1))))

    def _department_named_short(self, title: TitleHit, k: int) -> tuple[int, OrgHit] | None:
        """A department head's post followed by the department's name without "Cục"/"Vụ" ("Vụ trưởng Tổ chức -
        Điều lệ", "nguyên Phó cục trưởng điện ảnh,", "Chi cục trưởng Kiểm lâm Lâm Đồng", "Đội trưởng Quản lý thị trường
        số 14"): that department."""
        toks, n = self.toks, len(self.toks)
        head = next((h for h in title.org_heads if h in ("Cục", "Vụ", "Tổng cục", "Chi cục", "Đội")), None)
        if head is None or len(title.org_heads) != 1 or k >= n or self._org_at(k) or self._place_at(k) \
                or self.gaz.titles.matches_at(toks, k) \
                or (toks[k].text.islower() and (self._is_stop(k) or self._verb_at(k))):
            return None
        if _is_name_word(toks[k]):
            if self._surname_run_at(k):
                return None  # "Cục trưởng Nguyễn Văn A": the holder
            self._department = True
            j = self._extend_name(k, numbered=head == "Đội")
            self._department = False
            if head == "Đội":  # "Đội trưởng Quản lý thị trường số 14": a unit, named with its number
                return (j, OrgHit(f"Đội {self.surface(k, j)}", "GovernmentOrganization", self.surface(k, j))) \
                    if self._closed_by_number(k, j) else None
            if j < n and toks[j].text.isalpha() and toks[j].text.islower() and not self._is_stop(j) \
                    and self._surname_run_at(run := self._lower_run_end(j, limit=5)):
                # "Cục trưởng Quản lý chất lượng | Mai Văn Trinh": lower-case words of the name, then the holder
                name = self.surface(k, run)
                return run, OrgHit(f"{head} {name}", "GovernmentOrganization", name)
        elif toks[k].text.isalpha() and toks[k].text.islower():
            j = self._lower_run_end(k, commas=True, limit=8)
        else:
            return None
        # the name ends at punctuation, at the holder's name ("Tổng cục trưởng Du lịch | Nguyễn Văn Tuấn") or at
        # the verb of the sentence ("Cục trưởng Hàng không | cho biết")
        if j <= k or (j < n and toks[j].text not in (",", "(", ".", ";", ")", "-", "–")
                      and not (_is_name_word(toks[k]) and not self._is_stop(k)
                               and (self._surname_run_at(j) and j - k <= 3 or self._verb_at(j)))):
            return None
        name = self.surface(k, j)
        return j, OrgHit(f"{head} {name[0].upper()}{name[1:]}", "GovernmentOrganization", self.surface(k, j))

    def _national_about(self, k: int) -> int | None:
        """'quốc gia về' between a head and a capitalised name: where the name goes on."""
        toks = self.toks
        if k + 2 < len(toks) and toks[k].lower == "quốc" and toks[k + 1].lower == "gia" and toks[k + 2].lower == "về" \
                and k + 3 < len(toks) and _is_name_word(toks[k + 3]):
            return k + 3
        return None

    def _lower_committee_member_at(self, i: int) -> bool:
        """Does "tỉnh ủy viên" (or "huyện ủy viên" …) start at token i, in lower case?"""
        toks = self.toks
        return i + 2 < len(toks) and toks[i].text in ("tỉnh", "thành", "huyện", "quận", "thị") \
            and toks[i + 1].lower == _UY and toks[i + 2].text == "viên"

    def _posted_abroad_end(self, j: int, k: int) -> int | None:
        """End of "tại" and the state a name that ends with its own state (at j) is posted in ("… Việt Nam | tại
        Nga"), or None."""
        toks = self.toks
        if j + 1 >= len(toks) or toks[j].lower != "tại" or not any(
                (found := self.gaz.places.matches_at(toks, start)) and found[0][0] == j and found[0][1].kind == "quốc gia"
                for start in range(max(k, j - 4), j)):
            return None
        host = self.gaz.places.matches_at(toks, j + 1)
        return host[0][0] if host and host[0][1].kind in ("quốc gia", "thành phố nước ngoài") else None

    def _country_ends_at(self, j: int, k: int) -> bool:
        """Does the name of a foreign country end right before token j (and after token k)?"""
        return self._place_start_before(j, k, ("quốc gia",)) is not None

    def _place_start_before(self, j: int, k: int, kinds: tuple[str, ...]) -> int | None:
        """Where a place of these kinds (not Viet Nam) that ends right before token j, starting at k or later,
        starts, if one does."""
        for start in range(max(k, j - 4), j):
            found = self.gaz.places.matches_at(self.toks, start)
            if found and found[0][0] > j:
                continue  # "Nhật | Bản": the longer name of the same place goes on past j
            for end, info in found:
                if end == j and info.kind in kinds and info.name != "Việt Nam":
                    return start
        return None

    def _lower_topic_end(self, k: int) -> int | None:
        """'quốc gia về …', 'Trung ương về …', 'Nhà nước về …' with the field in lower case after a head: where the
        field ends (nouns joined by commas, "và" or a dash, perhaps closed by a name or an acronym, "dịch Covid-19"),
        if a verb, a function word or punctuation follows it."""
        toks, n = self.toks, len(self.toks)
        scope = " ".join(t.lower for t in toks[k:k + 2])
        if scope not in NATIONAL_SCOPES or k + 3 >= n:
            return None
        if toks[k + 2].lower in ("về", "vì"):  # "Ủy ban quốc gia vì sự tiến bộ của phụ nữ Việt Nam"
            j = k + 3
            if not (self._topic_word(j) or self._capitalised_field_at(j)) or toks[j].lower in ("việc", "vấn"):
                return None  # "… về việc", "… về vấn đề"
        elif (toks[k + 2].lower == "các" and self._topic_word(k + 3)) or self._capitalised_field_at(k + 2):
            j = k + 2  # "Ban Chỉ đạo Nhà nước | các công trình trọng điểm …", "Ban Chỉ đạo Trung ương | Chương trình …"
        else:
            return None
        return self._field_end(j, limit=k + 24)

    def _field_end(self, j: int, limit: int) -> int | None:
        """Where a body's field written in lower case from token j ends (nouns joined by commas, "và" or a dash,
        perhaps closed by a name or an acronym, "dịch Covid-19"), if a verb, a function word or punctuation
        follows it; no further than token ``limit``."""
        toks, n = self.toks, len(self.toks)
        first = j
        while j < n and j < limit:
            t = toks[j]
            if j > first and (self._verb_at(j) or t.lower in FIELD_ENDS):
                break  # "Bảo tàng quốc gia Kyushu | ký kết …": what the body does; "… | thay ông X"
            if t.lower in DAY_TIMES and j + 1 < n and (toks[j + 1].text.isdigit() or toks[j + 1].lower in ("nay", "qua")):
                return j  # "… ngành giao thông | sáng 16/2": when the body met
            if (self._topic_word(j) or self._inside_word(j)) and _adjacent(toks[j - 1], t):
                j += 1  # "đổi mới", "người có công": a stop word inside a word goes on
            elif t.lower == "mới" and (j + 1 == n or not toks[j + 1].text.isalpha()):
                j += 1  # "xây dựng nông thôn mới."
            elif t.lower in ("các", "những", "của") and j + 1 < n and self._topic_word(j + 1):
                j += 1  # "phát triển các đơn vị hành chính", "sự tiến bộ của phụ nữ"
            elif self._capitalised_field_at(j) and self._verb_at(j + 1):
                j += 1  # "Bảo tàng quốc gia Kyushu | ký kết …"
                break
            elif self._capitalised_field_at(j):
                j += 2  # "Chương trình Mục tiêu quốc gia"
            elif t.text in (",", "-", "–") or t.lower == "và":
                if j + 1 < n and self._topic_word(j + 1):
                    j += 1
                else:
                    break
            elif (_is_acronym(t) or _is_name_word(t)) and _adjacent(toks[j - 1], t) and not self._surname_run_at(j):
                j = max(j + 1, self._extend_name(j))  # "dịch Covid-19", "ứng dụng CNTT", "người Việt Nam"
                if j + 1 < n and toks[j].text == "-" and toks[j + 1].text.isdigit() and _adjacent(toks[j - 1], toks[j]):
                    j += 2
            else:
                break
        if j < n and toks[j].text.isalpha() and toks[j].text.islower() and not (
                self._is_stop(j) or self._verb_at(j) or toks[j].lower in FIELD_ENDS or toks[j].lower in PLACE_CUES):
            return None  # the run did not end where a name can (but "… | tỉnh Sơn La" may be the place it serves)
        return j

    def _inside_word(self, j: int) -> bool:
        """Does lower-case token j end a two-syllable word its previous token starts ("đổi mới")?"""
        t, words = self.toks[j], self._words_of()
        return t.text.isalpha() and t.text.islower() and words[j] == words[j - 1] \
            and (j < 2 or words[j - 2] != words[j]) and (j + 1 >= len(words) or words[j + 1] != words[j])

    def _capitalised_field_at(self, j: int) -> bool:
        """A field written with a capital ("Ban Chỉ đạo Nhà nước về | Du lịch"): a capitalised syllable, then a
        lower-case one, and no place or person."""
        toks = self.toks
        return j + 1 < len(toks) and toks[j].is_capitalized and toks[j].text[1:].islower() \
            and toks[j + 1].text.isalpha() and toks[j + 1].text.islower() \
            and not self._surname_run_at(j) and not self.gaz.places.matches_at(toks, j)

    def _topic_word(self, j: int) -> bool:
        """Can lower-case token j go on with a national body's field (a noun, no verb, no function word)?"""
        t, words = self.toks[j], self._words_of()
        if t.lower in PLACE_CUES and t.text.isalpha() and j + 1 < len(self.toks) and words[j] == words[j + 1]:
            return True  # "xã hội" is no commune
        if t.lower in COMPOUND_STOPS and j + 1 < len(self.toks) and words[j] == words[j + 1] \
                and self.toks[j + 1].text.islower() and not self._stop_phrase_at(j) \
                and f"{t.lower} {self.toks[j + 1].lower}" not in NOT_IN_A_FIELD:
            return True  # "dự án", "không khí": a stop syllable that starts a longer word
        return self._lower_name_word(j) and not self._verb_at(j)

    def _extend_name(self, k: int, numbered: bool = False) -> int:
        """End of an organisation name whose first word after the head is token k;
        ``numbered``: a number may close it ("Công ty CP Licogi 14", "Tổng công ty Sông Đà 5")."""
        toks = self.toks
        j, lower_run, n = k, 0, len(toks)
        words = None
        while j < n and j - k < 14:
            t = toks[j]
            if numbered and j > k and (t.text.isdigit() and len(t.text) <= 3 or _ROMAN_UNIT.fullmatch(t.text)) \
                    and (toks[j - 1].text.isalpha() or _is_acronym(toks[j - 1])) and _adjacent(toks[j - 1], t):
                if j + 2 < n and toks[j + 1].text == "-" and toks[j + 2].text.isdigit() and len(toks[j + 2].text) <= 2 \
                        and t.end == toks[j + 1].start and toks[j + 1].end == toks[j + 2].start:
                    j += 3  # "Công ty Lắp máy 45-1": a unit's code
                    break
                if not (j + 1 < n and (toks[j + 1].text in ("/", "-", "%") or toks[j + 1].lower in COUNTED_NOUNS or (
                        toks[j + 1].text == "." and j + 2 < n and toks[j + 2].text.isdigit()))):
                    j += 1  # not "Trường THPT Thạch Thành | 2 năm liền …": a count
                    break
            if j > k and not _adjacent(toks[j - 1], t) and t.text not in (",",):
                break
            if numbered and j > k and t.lower == "số" and j + 1 < n and toks[j + 1].text.isdigit() \
                    and len(toks[j + 1].text) <= 3 and (toks[j - 1].text.isalpha() or _is_acronym(toks[j - 1])) \
                    and not (j + 2 < n and (toks[j + 2].text in ("/", "-", "%") or toks[j + 2].lower in COUNTED_NOUNS)):
                j += 2  # "Công ty CP Xây dựng số 1": the company's number closes its name
                break
            if j > k and t.lower == "tp" and j + 1 < n and toks[j + 1].text == "." \
                    and (city := self.gaz.places.matches_at(toks, j)) and city[0][0] > j + 2:
                j = city[0][0]  # "Hội Cựu giáo chức TP. HCM": the city, with a space after the level's dot, closes it
                break
            if j > k and t.text[0].isupper() and (t.lower in CLAUSE_OPENERS or self._clause_pair_at(j) or (
                    j + 1 < n and toks[j + 1].text.islower() and self._long_verb_at(j))):
                break  # "Chi hội Thiện Nhân TP.HCM | Bên cạnh đó, …", "Trường ĐH Quy Nhơn | Tham dự có …": a caption run in
            if self._after_post and j > k and _is_acronym(toks[j - 1]) and j + 1 < n and _latin_name_word(t) \
                    and _latin_name_word(toks[j + 1]) and not (j + 2 < n and _is_name_word(toks[j + 2])):
                break  # "Chủ tịch tập đoàn AEON | Okada Motoya": the holder of the post, after the brand
            if self._after_post and j > k and _is_name_word(toks[j - 1]) and not _latin_name_word(toks[j - 1]) \
                    and j + 1 < n and _latin_name_word(t) and _latin_name_word(toks[j + 1]) \
                    and not (j + 2 < n and _is_name_word(toks[j + 2])) and not self.gaz.orgs.matches_at(toks, j):
                break  # "Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật - Việt | Toshihiro Nikai": a foreign holder
            if self._after_post and j > k and j + 1 < n and _latin_name_word(t) and _latin_name_word(toks[j + 1]) \
                    and _adjacent(t, toks[j + 1]) and all(_latin_name_word(x) for x in toks[k:j]) \
                    and not (j + 2 < n and (_is_name_word(toks[j + 2]) or toks[j + 2].text in ("-", "&"))) \
                    and not self.gaz.orgs.matches_at(toks, k):
                break  # "Chủ tịch Công ty Mitsui | Tasuo Yasunaga": a foreign brand, then its holder's two names
            if j > k and _is_acronym(t) and self._degree_before_name(j):
                break  # "Trường ĐH Mở Hà Nội | PGS.TS Nguyễn Mai Hương": the holder's degree, then the holder
            if j > k and j + 1 < n and _is_name_word(t) and _is_name_word(toks[j + 1]) and _adjacent(t, toks[j + 1]) \
                    and (_latin_name_word(t) or _latin_name_word(toks[j + 1])) and self._country_ends_at(j, k):
                break  # "Đảng Lao động Anh | Jeremy Corbyn": a foreign body's name ends with its country
            if j >= k + 2 and t.is_capitalized and t.text in _INSTITUTION_STARTS and k > 0 \
                    and toks[k - 1].lower in _UNIT_HEAD_ENDS and self._institution_at(j):
                break  # "Viện Tim mạch | Bệnh viện Bạch Mai": a unit, then the hospital it belongs to
            if j > k and lower_run and _is_acronym(t) and self._bare_level_at(j):
                break  # "Trung tâm Phát triển quỹ đất | TP và …": the story's city, read as any body's level word
            if _is_name_word(t) or _is_acronym(t) or t.text in ("&",) or self._initial_dot(j):
                if j > k and self._surname_run_at(j) and toks[j - 1].text not in ("&", "-") \
                        and not self.gaz.places.matches_at(toks, j) \
                        and not any(end > j for end, _ in _pattern_matchers()[0].matches_at(toks, j - 1)) \
                        and not any(end > j for end, _ in self.gaz.places.matches_at(toks, j - 1)) \
                        and (lower_run == 0 or (self._after_post and self._department)):
                    # a person's name follows the body: "Bộ Tài chính Nguyễn Văn Thắng" (not "… Đồng Tháp"), and
                    # follows a department's name in lower case after its head's post ("Cục trưởng Cục Quản lý
                    # Y dược cổ truyền Phạm Vũ Khánh"): departments are not named after people, as schools are
                    break
                lower_run = 0
                j += 1
                continue
            if t.text == "-" and j + 1 < n and t.start == toks[j - 1].end and t.end == toks[j + 1].start \
                    and _is_acronym(toks[j - 1]) and _is_acronym(toks[j + 1]):
                j += 2  # "ITAR-TASS": one name of two acronyms, which closes it
                break
            if t.lower == "và" and " ".join(x.lower for x in toks[j + 1:j + 5]) == "các khu công nghiệp":
                j += 5  # "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp": the industrial parks it runs too
                if j < n and toks[j].lower in LEVEL_STARTS:
                    break  # "… tỉnh Thanh Hóa": the province, read with its level word as any body's
                continue
            if t.text in (",", "và") and self._province_before(j, k) is not None and self._province_at(j + 1):
                break  # "Trường Cao đẳng Y tế Cà Mau | và Bạc Liêu": one body of each province
            if t.lower == "và" and j - k >= 2 and self._place_ends_at(j, k) and self.gaz.places.matches_at(toks, j - 2):
                break  # "UBTƯ MTTQ Việt Nam | và Mặt trận các cấp": a name that ends with its country or province ends
            if t.text in (",", "-", "–") or t.lower == "và":
                # a connector continues the name only before another capitalised word,
                # and a comma only inside an enumeration that closes with "và" ("Văn hóa, Thể thao và Du lịch");
                # after a brand, "và" joins another party ("Tập đoàn BRG và Sumitomo")
                if j + 1 < n and not (t.lower == "và" and j > k and _foreign_word(toks[j - 1])
                                      and toks[j - 1].text not in self.gaz.abbreviations[1]) \
                        and (_is_name_word(toks[j + 1]) or _is_acronym(toks[j + 1])) and not self._surname_run_at(j + 1) \
                        and not self._starts_new_body(j + 1) \
                        and not (t.text in ("-", "–") and toks[j + 1].lower in _ADDRESS) \
                        and not (t.text == "," and not self._va_follows(j + 1)):
                    j += 1
                    continue
                closing = self._lower_pair_closes(j + 1) if t.lower == "và" and j > k and not self._country_ends_at(j, k) \
                    else None  # not "Đoàn Thanh niên Cộng sản Cuba | và thăng tiến nhanh chóng"
                if closing:  # "Trung tâm Xúc tiến và hỗ trợ đầu tư;": a pair whose second half is in lower case
                    j = closing
                elif t.lower == "và" and j > k and not _foreign_word(toks[j - 1]) \
                        and (going_on := self._lower_pair_goes_on(j + 1)):
                    j = going_on  # "Trung tâm Bảo tồn và phát huy Di sản dân ca xứ Nghệ": the name goes on after it
                    continue
                elif t.text == "," and j > k and (listed := self._lower_list_closed_by_place(j + 1)):
                    j = listed  # "Hội Bảo trợ bệnh nhân nghèo, người khuyết tật và bảo vệ quyền trẻ em Lâm Đồng"
                elif t.lower == "và" and lower_run and (tail := self._lower_tail_closed_by_place(j + 1)):
                    j = tail  # "Viện Khoa học quản trị doanh nghiệp và kinh tế số Việt Nam"
                break
            if t.lower == "nhỏ" and " ".join(x.lower for x in toks[j:j + 3]) == "nhỏ và vừa" and j > k \
                    and toks[j - 1].lower == "nghiệp":
                j += 3  # "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An": small and medium businesses, one name
                continue
            if t.text[0].islower() and t.text.isalpha():
                if j + 1 < n and (t.lower in DAY_TIMES and toks[j + 1].text[0].isdigit()
                                  or t.lower == "thành" and self._starts_new_body(j + 1)):
                    break  # "ngành Tổ chức Xây dựng Đảng | chiều 2/1", "Sở Quy hoạch và Kiến trúc | thành Sở …"
                after_name_word = _is_name_word(toks[j - 1])
                if j - 2 >= k and self._initial_dot(j - 2):
                    break  # "Ban Kinh tế T.Ư | thế giới …": a shortened word closes the name, completes no syllable
                level = j - 2 if j - 2 > k and toks[j - 2].lower == "thành" and toks[j - 1].lower == "phố" else j - 1
                if level - 1 >= k and (toks[level].lower in ("tỉnh", "huyện", "quận") or level == j - 2) \
                        and toks[level - 1].lower in ("dân", "ubnd", "hđnd") and t.lower not in _AFTER_LEVEL_WORDS:
                    break  # "Văn phòng UBND thành phố | thông tin, …": the level word stands for the story's own place
                if (after_name_word or _is_acronym(toks[j - 1])) and self._place_ends_at(j, k):
                    break  # a name that ends with a place ends there: "Trường ĐH Đồng Tháp | nhận …"
                if (after_name_word or j - 2 >= k and _is_name_word(toks[j - 2])) and self._verb_at(j):
                    break  # "Thanh tra Sở | tăng cường …", "Sở Du lịch | khắc phục …"
                if self._is_stop(j):
                    # a stop word ends the name, unless it completes the capitalised word before it ("Đổi mới"),
                    # or is the first syllable of a longer word ("dự án", not "dự" the verb)
                    own_word = toks[j].lower in COMPOUND_STOPS and j + 1 < n and toks[j + 1].text.isalpha() \
                        and toks[j + 1].text.islower() and not self._stop_phrase_at(j)
                    words = words if words is not None else self._words_of()
                    ends_word = j > k and toks[j - 1].text.isalpha() and toks[j - 1].text.islower() \
                        and words[j] == words[j - 1] and not self._stop_phrase_at(j)  # "khẩn cấp", "cán bộ"
                    if not (own_word or after_name_word or ends_word):
                        break
                    if not ends_word and not (own_word and words[j + 1] == words[j]) \
                            and (not after_name_word or words[j] != words[j - 1]):
                        break
                if words is None and not after_name_word:
                    words = self._words_of()
                # a syllable right after a capitalised one completes its word ("Công an", "Tiền lương");
                # after a lower-case one or an acronym, underthesea's word boundaries decide
                proper = after_name_word and j - 2 >= k and _is_name_word(toks[j - 2])
                if proper:  # "Trường Tiểu học Trưng Vương | sử dụng …": a two-syllable proper name ends before a new word
                    words = words if words is not None else self._words_of()
                    proper = words[j - 1] == words[j - 2]
                # a Latin word takes no Vietnamese syllable after it: "Công ty Formosa | tự giải phóng …"
                foreign_before = _foreign_word(toks[j - 1])
                if foreign_before and words is None:
                    words = self._words_of()
                same_word = (after_name_word and not proper and not foreign_before) or (
                    words[j] == words[j - 1] and not foreign_before)
                if proper and not same_word:
                    break
                if foreign_before and not same_word and toks[j - 1].text not in self.gaz.abbreviations[1]:
                    break  # "Tập đoàn BRG | chắc chắn sẽ …": a brand's Latin name takes no Vietnamese word after it
                if not same_word:
                    # a new lower-case word continues the name only if the name goes on after it,
                    # and a name takes at most four of them ("Hỗ trợ phát triển quan hệ lao động")
                    if lower_run >= 4 or not self._name_goes_on(j, words):
                        break
                    lower_run += 1
                j += 1
                continue
            break
        while j > k and (toks[j - 1].text in (",", "-", "–", "&") or toks[j - 1].lower == "và"):
            j -= 1
        if j < n and re.fullmatch(r"(?:19|20)\d\d", toks[j].text) and any(t.text == "Năm" for t in toks[k:j]) \
                and _adjacent(toks[j - 1], toks[j]):
            j += 1  # "Ban Chỉ đạo Quốc gia Năm Đoàn kết Hữu nghị Việt Nam - Lào 2012": the year the body's Year is
        return j

    def _degree_before_name(self, j: int) -> bool:
        """An honorific or degree ("PGS.TS", "TS", "GS") at token j with a Vietnamese name after it."""
        hon = self.gaz.honorifics.matches_at(self.toks, j)
        return bool(hon) and hon[0][0] < len(self.toks) and self._surname_run_at(hon[0][0])

    def _stands_alone(self, j: int) -> bool:
        """Does a short name end at token j, rather than begin a longer one ("Liên hiệp" but not "Liên hiệp
        các tổ chức hữu nghị TP HCM")?"""
        toks = self.toks
        if j < len(toks) and toks[j].lower in ("các", "những"):
            return False  # "Liên hiệp các tổ chức hữu nghị Đà Nẵng": another body of that kind
        return j >= len(toks) or not toks[j].text[0].isalnum() or self._is_stop(j)

    def _initial_dot(self, j: int) -> bool:
        """The dot inside "T.Ư" (Trung ương): an abbreviation's, with no space on either side."""
        toks = self.toks
        return toks[j].text == "." and 0 < j < len(toks) - 1 and len(toks[j - 1].text) <= 2 \
            and toks[j - 1].text.isupper() and toks[j + 1].text[:1].isupper() \
            and toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start

    def _particle_end(self, j: int) -> int | None:
        """End of a lower-case particle of a foreign name and the name word after it ("al-Abadi", "bin Hamad")."""
        toks, n = self.toks, len(self.toks)
        if toks[j].lower != toks[j].text or toks[j].text not in NAME_PARTICLES:
            return None
        k = j + 1
        while k < n and toks[k].text in NAME_PARTICLES and _adjacent(toks[k - 1], toks[k]):
            k += 1  # "von der Leyen"
        if k < n and toks[k].text == "-" and (toks[k - 1].end == toks[k].start or k + 1 < n and _is_name_word(toks[k + 1])):
            k += 1  # "al-Abadi", and spaced as the press often writes it: "Marzouk al - Ghanem", "Bashar al - Assad"
        return k + 1 if k < n and _is_name_word(toks[k]) and (_adjacent(toks[k - 1], toks[k]) or toks[k - 1].text == "-") \
            else None

    def _spaced_initial_dot(self, j: int) -> bool:
        """The dot of an initial written with a space before the next name ("K. P. Sharma Oli")."""
        toks = self.toks
        return toks[j].text == "." and 0 < j < len(toks) - 2 and len(toks[j - 1].text) == 1 \
            and toks[j - 1].text.isupper() and toks[j - 1].end == toks[j].start \
            and _is_name_word(toks[j + 1]) and _adjacent(toks[j], toks[j + 1]) \
            and (len(toks[j + 1].text) > 1 or (toks[j + 2].text == "." and toks[j + 1].end == toks[j + 2].start))

    def _place_ends_at(self, j: int, k: int) -> bool:
        """Does a known place ("Đồng Tháp", "Huế") end right before token j, starting at k or later?"""
        return any(found[0][0] == j and not (m == j - 1 and found[0][1].kind == COUNTRY)  # "Pháp luật"
                   for m in range(max(k, j - 3), j) if (found := self.gaz.places.matches_at(self.toks, m)))

    def _va_follows(self, k: int) -> bool:
        """Is there a "và" + capitalised word before the next punctuation mark?"""
        toks = self.toks
        for m in range(k, min(len(toks) - 1, k + 8)):
            if toks[m].text in (",", ".", ";", ":", "(", ")"):
                return False
            if toks[m].lower == "và":
                return _is_name_word(toks[m + 1])
        return False

    def _starts_new_body(self, k: int) -> bool:
        """Does a body, a post or a document start at token k ("… và | Quyết định số 936 của UBND tỉnh")?"""
        heads, _, _ = _pattern_matchers()
        two = " ".join(t.lower for t in self.toks[k:k + 2])
        head = heads.matches_at(self.toks, k)
        if head and head[0][0] < len(self.toks) and self.toks[head[0][0]].text.islower() \
                and self.toks[head[0][0] - 1].text.istitle() and head[0][0] == k + 1:
            head = []  # "… và | Phòng ngừa Dịch bệnh": a head word that a lower-case word makes a verb, no new body
        return bool(head or self.gaz.orgs.matches_at(self.toks, k)
                    or self.gaz.titles.matches_at(self.toks, k)) or two in DOCUMENT_WORDS

    def _lower_pair_closes(self, k: int) -> int | None:
        """One to four lower-case words from token k that close a name at a punctuation mark: their end."""
        toks, n = self.toks, len(self.toks)
        j = k
        while j < n and j - k < 4 and toks[j].text.isalpha() and toks[j].text.islower() and not self._is_stop(j) \
                and toks[j].lower not in PLACE_CUES:
            j += 1
        return j if j > k and (j >= n or toks[j].text in (",", ";", ".", ")", "(")) else None

    def _lower_pair_goes_on(self, k: int) -> int | None:
        """One or two lower-case words from token k that make one word and go on to a capitalised word of the
        same name ("và phát huy | Di sản"): the name's next word, or None."""
        toks, n = self.toks, len(self.toks)
        j = k
        while j < n and j - k < 2 and toks[j].text.isalpha() and toks[j].text.islower() and not self._is_stop(j) \
                and toks[j].lower not in PLACE_CUES:
            j += 1
        if j == k or j >= n or not _is_name_word(toks[j]) or self._surname_run_at(j) or self._starts_new_body(j) \
                or toks[j].lower in CLAUSE_OPENERS or self.gaz.places.matches_at(toks, j) or self._title_at(k):
            return None  # (not "… và thành viên Tổ tư vấn": a post, which starts another phrase)
        words = self._words_of()
        return j if words[k] == words[j - 1] else None

    def _name_goes_on(self, j: int, words: list[int]) -> bool:
        """After the lower-case word starting at j: does the name continue (punctuation end or 'và X')?"""
        toks, n = self.toks, len(self.toks)
        m = j
        while m < n and words[m] == words[j]:
            m += 1
        if self._verb_at(j):
            return False  # "Cục Quản lý thị trường | kiểm tra …": a verb after the name
        if m >= n or (toks[m].text in (".", ";") and m == n - 1):
            return True  # the name ends the sentence
        if self._verb_at(m) and not any(self._is_stop(x) for x in range(j, m)):
            return True  # "Vụ Giáo dục đại học | cho biết": the name ends before a verb
        nxt = toks[m]
        if nxt.lower == "và" and m + 1 < n and _is_name_word(toks[m + 1]):
            return True
        if nxt.lower == "số" and m + 1 < n and toks[m + 1].text.isdigit() and len(toks[m + 1].text) <= 3 and m - j <= 2 \
                and not (m + 2 < n and toks[m + 2].text in ("/", "-", "%", ".")):
            return True  # "Đội Cảnh sát giao thông | số 3": a unit's number closes its name
        if nxt.lower == "và" and m + 1 < n and toks[m + 1].text.isalpha() and toks[m + 1].text.islower() \
                and not self._is_stop(m + 1):
            return self._name_goes_on(m + 1, words)  # "… quản trị doanh nghiệp và kinh tế số Việt Nam"
        if _is_name_word(nxt) and (not self._surname_run_at(m) or self.gaz.places.matches_at(toks, m)):
            return True  # "… giống cây trồng Thái Bình": a place, though "Thái" is also a surname
        if self._after_post and self._department and self._surname_run_at(m) and m - j <= 2:
            return True  # "Vụ trưởng Vụ Giáo dục đại học | Nguyễn Thu Thủy": the holder follows the department
        if _is_acronym(nxt) and self.gaz.places.matches_at(toks, m):
            return True  # "Đại học Công nghiệp thực phẩm TP HCM"
        if m - j <= 2 and not any(self._is_stop(x) for x in range(j, m)) and self._bare_level_at(m) \
                and not any(_pattern_matchers()[2].matches_at(toks, x) for x in range(max(0, j - 6), j)):
            # "Cục Thi hành án dân sự | TP rà soát …": the story's own city closes the name; not "Ban Giám đốc Công
            # an tỉnh | xây dựng lực lượng công an tỉnh …", a name that had its level word already
            return True
        if nxt.text in ("-", "–") and m + 2 < n and _is_name_word(toks[m + 1]) and toks[m + 2].text.islower() \
                and not self._surname_run_at(m + 1) and not self._starts_new_body(m + 1) and m - j <= 2:
            return True  # "Vật liệu xây dựng - Xây lắp và Kinh doanh nhà": two fields of one name joined by a dash
        if nxt.text == "(" and m + 1 < n and toks[m + 1].text[:1].isupper() and m - j <= 2:
            return True  # "Mạng lưới Khởi nghiệp toàn cầu (Global Entrepreneurship Network)": its name in brackets
        if self._after_post and nxt.text in (",", ";", "(") and m - j <= 2 and toks[j].lower not in LEVELS:
            return True  # a post names its body, which ends at the comma: "Vụ trưởng Vụ Giáo dục đại học, Bộ …"
        if nxt.text == ";" and m - j <= 2 and toks[j].lower not in TERM_WORDS \
                and not any(self._is_stop(x) for x in range(j, m)):
            return True  # "…; 23- Học viện Quản lý giáo dục; 24- …": an item of a list of bodies ends at its semicolon
        under = nxt.lower == "thuộc" or (nxt.lower == "trực" and m + 1 < n and toks[m + 1].lower == "thuộc")
        if self._department and (nxt.text in (",", ";", "(", ")", "-", "–") or under) and m - j <= 2 \
                and not any(self._is_stop(x) for x in range(j, m)):
            # "Theo Cục Quản lý thị trường, …": a department's name ends in lower-case words, before punctuation or
            # the body it belongs to ("Trung tâm Hỗ trợ xuất khẩu thuộc Cục …")
            return True
        if nxt.text[0].islower() and not self._is_stop(m) and m - j <= 2:
            return self._name_goes_on(m, words) if m < n else True
        return False

    def _bare_level_at(self, m: int) -> bool:
        """Does a province's, city's or district's level word stand alone at token m ("TP", "tỉnh", "huyện"), the
        place the story is about, with no name after it?"""
        toks, n = self.toks, len(self.toks)
        lv = _pattern_matchers()[2].matches_at(toks, m) if m < n else []
        if not lv or lv[0][1] not in (PROVINCE, CITY, *DISTRICT_LEVELS):
            return False
        after = lv[0][0]
        return after >= n or not (_is_name_word(toks[after]) or _is_acronym(toks[after]) or toks[after].text.isdigit())

    def _clause_pair_at(self, j: int) -> bool:
        """Does a two-word clause opener start at j ("Từ đó", "Sau đó"), a new sentence a caption runs into?"""
        return " ".join(t.lower for t in self.toks[j:j + 2]) in CLAUSE_OPENER_PAIRS

    def _long_verb_at(self, j: int) -> bool:
        """Does a verb a photo caption runs into a name with ("Kết luận", "Phát biểu", "Tham dự") start at j?"""
        return " ".join(t.lower for t in self.toks[j:j + 2]) in CAPTION_VERBS

    def _verb_at(self, j: int) -> bool:
        """Does a verb that ends a body's name start at token j ("cho biết", "kiểm tra"), not inside a word?"""
        toks = self.toks
        if j >= len(toks) or not any(tuple(t.lower for t in toks[j:j + len(verb)]) == verb
                                     for verb in _name_ending_verbs().get(toks[j].lower, ())):
            return False
        return j == 0 or self._words_of()[j] != self._words_of()[j - 1]  # segmenting only when it can matter

    def _party_unit_at(self, i: int) -> tuple[int, OrgHit] | None:
        """'Đảng ủy Bộ Giáo dục và Đào tạo', 'Ban cán sự đảng Bộ TT&TT', 'Đảng đoàn Hội Luật gia Việt Nam':
        the Party unit of a body it names."""
        found = _party_units().matches_at(self.toks, i)
        if not found or not self.toks[i].is_capitalized:
            return None
        k, unit = found[0]
        if k + 2 < len(self.toks) and self.toks[k].lower == "cơ" and self.toks[k + 1].lower == "quan" \
                and self.toks[k + 2].is_capitalized:
            k, unit = k + 2, f"{unit} cơ quan"  # "Đảng ủy cơ quan Bộ Tài chính": the party unit of the body's own staff
        commune = self._commune_after(k)
        if commune is not None:  # "Đảng ủy xã Triệu Độ", "Đảng bộ phường Bắc Sơn": a commune's own
            j, level, place = commune
            return j, OrgHit(f"{unit} {level} {place.name}", "Organization", self.surface(i, j), head=unit,
                             place=(place.name, level))
        if k >= len(self.toks) or not self.toks[k].is_capitalized:
            # a bare "Đảng ủy": the article's own, named in full elsewhere ("Đảng ủy Bộ GD-ĐT")
            return k, OrgHit(unit, "Organization", self.surface(i, k), needs_place="org:" + unit, head=unit)
        inner = self._org_at(k)
        if inner is None:
            return None
        j, hit = inner
        if hit.needs_place in (PROVINCE, CITY, *DISTRICT_LEVELS):
            # "Ban cán sự đảng UBND tỉnh": the unit of the province's committee the article names
            return j, OrgHit(f"{unit} {hit.name}", "Organization", self.surface(i, j), needs_place=hit.needs_place,
                             head=f"{unit} {hit.head}")
        if hit.needs_place:
            return None
        return j, OrgHit(f"{unit} {hit.name}", "Organization", self.surface(i, j), parent=hit.name)

    def _commune_after(self, k: int) -> tuple[int, str, PlaceInfo] | None:
        """A commune, ward or town named from token k ("xã Triệu Độ"): its end, level and place."""
        if k >= len(self.toks) or self.toks[k].lower not in ("xã", "phường", "thị"):
            return None
        _, _, levels = _pattern_matchers()
        lv = levels.matches_at(self.toks, k)
        if not lv or lv[0][1] not in ("xã", "phường", "thị trấn"):
            return None
        place = self._place_after(lv[0][0])
        return (place[0], lv[0][1], place[1]) if place else None

    def _foreign_body_at(self, i: int) -> tuple[int, OrgHit] | None:
        """'Quốc hội Lào', 'Hạ viện Nhật Bản', 'Bộ Ngoại giao Mỹ': a state's own body, named by its country."""
        found = _foreign_heads().matches_at(self.toks, i) or ([
            # "Bộ Tài chính Đức", "Bộ Y tế Lào": any ministry the lexicon knows, of a state it names, as written ("Bộ
            # Giáo dục Mỹ" is that state's, not "Bộ Giáo dục và Đào tạo Hoa Kỳ")
            (j, self.surface(i, j)) for j, (info, _) in self.gaz.orgs.matches_at(self.toks, i)[:1] if info.name.startswith("Bộ ")]
            if self.toks[i].text == "Bộ" else [])
        if not found:
            return None
        k, head = found[0]
        lower = not self.toks[i].is_capitalized  # "quốc hội Hungary", "chính phủ Nhật Bản": only a named state's
        if lower and head not in STATE_BODIES:
            return None
        if k + 1 < len(self.toks) and self.toks[k].lower == "nước" and self.toks[k + 1].is_capitalized:
            k += 1  # "Quốc hội nước CHDCND Lào"
        place = self.gaz.places.matches_at(self.toks, k) if k < len(self.toks) else None
        if not place and head in CHAMBERS and not lower:  # "Phó Chủ tịch Hạ viện X": the chamber the article named in full
            return k, OrgHit(head, "GovernmentOrganization", self.surface(i, k), needs_place="org:" + head, head=head)
        if not place or place[0][1].kind != "quốc gia":
            return None
        j, country = place[0]
        if country.name == "Việt Nam":  # "Đại sứ quán Việt Nam tại Pháp": ours, abroad
            host = self.gaz.places.matches_at(self.toks, j + 1) if j + 1 < len(self.toks) and \
                self.toks[j].lower == "tại" and head.endswith("quán") else None
            if not host or host[0][1].kind != "quốc gia":
                return None
            end, where = host[0]
            return end, OrgHit(f"{head} Việt Nam tại {where.name}", "GovernmentOrganization", self.surface(i, end))
        if head.endswith("quán") and j + 1 < len(self.toks) and self.toks[j].lower in ("tại", "ở"):
            host = self.gaz.places.matches_at(self.toks, j + 1)
            if host and host[0][1].kind in ("quốc gia", "thành phố nước ngoài"):  # "Đại sứ quán Bỉ tại Hàn Quốc"
                end, where = host[0]
                return end, OrgHit(f"{head} {country.name} tại {where.name}", "GovernmentOrganization",
                                   self.surface(i, end), place=(country.name, country.kind))
        return j, OrgHit(f"{head} {country.name}", "GovernmentOrganization", self.surface(i, j),
                         place=(country.name, country.kind))

    def _office_holder_at(self, i: int) -> int | None:
        """End of a known office holder's full name (office_terms.tsv) that starts at token i with a word that also
        heads bodies ("Ban Ki-moon"), however its hyphen is spaced."""
        toks = self.toks
        if toks[i].text not in _holder_first_words():
            return None
        for j in range(min(len(toks), i + 7), i + 1, -1):
            if toks[j - 1].text[:1].isalnum() and name_key(self.surface(i, j)) in office_holder_keys():
                return j  # (not "Tập Cận Bình (", whose bracket the key leaves out)
        return None

    def _lower_body_after_post(self, i: int) -> tuple[int, OrgHit] | None:
        """A body whose head word is written in lower case right after a post, its name in capitals ("Vụ trưởng vụ
        Pháp chế", "Phó Chủ tịch hội Văn nghệ dân gian Việt Nam", "hiệu trưởng trường Phổ thông …")."""
        toks = self.toks
        if not (self.spans and self.spans[-1].kind == TITLE and self.spans[-1].j == i) or not toks[i].text.islower():
            return None
        width = next((w for w in (2, 1) if i + w < len(toks) and " ".join(t.lower for t in toks[i:i + w])
                      in LOWER_HEADS_AFTER_POST), None)
        if width is None or not toks[i + width - 1].text.islower() or not toks[i + width].text[:1].isupper():
            return None
        body = self._org_at(i, fused=True)
        if body is None or body[1].name.lower().split(" ", 1)[-1] in (*GENERIC_BODIES, "cán sự đảng"):
            return None  # "Bí thư ban Cán sự đảng, nguyên Bộ trưởng …": a kind of body, whose ministry comes later
        return body

    def _org_at(self, i: int, fused: bool = False) -> tuple[int, OrgHit] | None:
        found = self._org_starting_at(i, fused)
        if found and i > 0 and self.toks[i].text.islower() and not fused and self.toks[i - 1].text.isalpha() \
                and self._words_of()[i] == self._words_of()[i - 1]:
            return None  # "họp báo Chính phủ": "báo" ends the word "họp báo", it starts no newspaper's name
        if found and found[1].name == "Chính phủ" and self._government_as_a_notion(i, found[0]):
            return None
        return found

    def _foreign_paper_at(self, i: int) -> tuple[int, OrgHit] | None:
        """'tờ Washington Post', 'tạp chí Web of Science': a foreign newspaper, named in Latin letters after the
        word for one (a name the lexicon knows is found as the lexicon writes it)."""
        toks, n = self.toks, len(self.toks)
        if i == 0 or not _latin_capitalised(toks[i]) or self.gaz.orgs.matches_at(toks, i):
            return None
        before = " ".join(t.lower for t in toks[max(0, i - 2):i])
        if not (before.endswith(NEWSPAPER_WORDS) or before == "tờ"):
            return None
        j = i
        while j < n and j - i < 6 and (_latin_capitalised(toks[j]) or toks[j].text in ("of", "and", "&") and j + 1 < n
                                         and _latin_capitalised(toks[j + 1])) and (j == i or _adjacent(toks[j - 1], toks[j])):
            j += 1  # "Web of Science"
        name = self.surface(i, j)
        return j, OrgHit(name, "NewsMediaOrganization", name)

    def _government_as_a_notion(self, i: int, j: int) -> bool:
        """'trái phiếu Chính phủ', 'Chính phủ điện tử', 'Chính phủ kiến tạo': a kind of bond or of government, not
        the Government as a body."""
        toks = self.toks
        before = " ".join(t.lower for t in toks[max(0, i - 2):i])
        after = " ".join(t.lower for t in toks[j:j + 2])
        return before.endswith(GOVERNMENT_NOTION_BEFORE) or f"{after} ".startswith(GOVERNMENT_NOTION_AFTER)

    def _org_starting_at(self, i: int, fused: bool = False) -> tuple[int, OrgHit] | None:
        if self._every_level_at(i):
            return None  # "Hội đồng nhân dân các cấp": every council, no one body
        foreign = self._foreign_body_at(i)
        if foreign is not None:
            return foreign
        unit = self._party_unit_at(i)
        if unit is not None:
            return unit
        paper = self._foreign_paper_at(i)
        if paper is not None:
            return paper
        if self.defined is not None and (_is_acronym(self.toks[i]) or self.toks[i].is_capitalized):
            found = self.defined.matches_at(self.toks, i)
            if found and i > 0 and self.toks[i - 1].text == "(" and not (
                    found[0][0] - i >= 2 and _is_acronym(self.toks[found[0][0] - 1])):
                found = []  # the definition's own bracket, unless it names the body again ("(Hội đồng TIFA)")
            if found and (_is_acronym(self.toks[i]) or self._stands_alone(found[0][0]) or (
                    found[0][0] == i + 1 and _brand_word(self.toks[i]) and self._surname_run_at(i + 1))):
                # "Chủ tịch HĐQT Vinatex Trần Quang Nghị": the brand, then the holder's name
                j, hit = found[0]
                return j, OrgHit(hit.name, hit.cls, self.surface(i, j), hit.parent)
        hit = self._lexicon_org_at(i, fused)
        local = self._local_org_at(i, fused)
        if local and (not hit or local[0] >= hit[0]):
            return local
        found = hit or self._generic_org_at(i, fused)
        if found and (not hit or found[1].name.lower().startswith(_PROVINCIAL_UNITS_LOWER)):
            # "Sở Y tế tỉnh Hà Tĩnh", "Cục thi hành án dân sự tỉnh Thanh Hóa": a province's or district's own unit
            return self._with_province(*found)
        return found

    def _with_province(self, j: int, hit: OrgHit) -> tuple[int, OrgHit]:
        """A provincial unit followed by its province: "Sở Y tế tỉnh Hà Tĩnh", "Công an TP. Hà Nội"."""
        _, _, levels = _pattern_matchers()
        k, level = j, ""
        whole = self.gaz.places.matches_at(self.toks, j) if j < len(self.toks) else []
        lv = [] if whole and whole[0][1].kind in (PROVINCE, CITY) else levels.matches_at(self.toks, j)
        if lv:  # "tỉnh | Hà Tĩnh"; but "TP.HCM" is one place's written form, level and all
            k, level = lv[0]
        found = self.gaz.places.matches_at(self.toks, k) if k < len(self.toks) and self.toks[k].is_capitalized else []
        written = next((w for w in (PROVINCE, CITY) if hit.name.endswith(" " + w)), "")
        if written and not lv and not found:  # "Văn phòng HĐND TP": the level is in the name, the place in context
            base = hit.name[: -len(written) - 1]
            return j, OrgHit(base, hit.cls, hit.surface, hit.parent, needs_place=written, head=base)
        if level in (PROVINCE, CITY) and not found and not (k < len(self.toks) and _is_name_word(self.toks[k])
                                                             and not (self._surname_run_at(k) and self._name_run_end(k) - k >= 3)):
            # "Văn phòng UBND thành phố", "Sở Y tế tỉnh": the province the article is about; so too before the
            # full name of the post's holder ("Sở Tài nguyên và Môi trường TP Nguyễn Thị Thanh Mỹ")
            surface = hit.surface + self.text[self.toks[j - 1].end:self.toks[k - 1].end]
            return k, OrgHit(hit.name, hit.cls, surface, hit.parent, needs_place=level, head=hit.name)
        if not found and not level and hit.parent == "Ủy ban nhân dân tỉnh":
            # a province's department named alone ("Sở Nội vụ"): the province the article is about
            return j, OrgHit(hit.name, hit.cls, hit.surface, hit.parent, needs_place="cấp tỉnh", head=hit.name)
        if level in DISTRICT_LEVELS and not (found and found[0][1].kind in (PROVINCE, CITY)):
            # "Phòng Nội vụ huyện Đông Sơn", "Phòng GD-ĐT huyện Bình Chánh": the district's own unit
            place = self._place_after(k)
            if place:
                end, info = place
                surface = hit.surface + self.text[self.toks[j - 1].end:self.toks[end - 1].end]
                return end, OrgHit(f"{hit.name} {level} {info.name}", hit.cls, surface, hit.parent,
                                   place=(info.name, level))
        if not found or found[0][1].kind not in ("tỉnh", "thành phố"):
            return j, hit
        end, place = found[0]
        base = hit.name[: -len(written) - 1] if written else hit.name  # "Văn phòng UBND tỉnh | Nghệ An"
        name = f"{base} {place.kind} {place.name}"
        surface = hit.surface + self.text[self.toks[j - 1].end:self.toks[end - 1].end]
        return end, OrgHit(name, hit.cls, surface, hit.parent, place=(place.name, place.kind))

    # ------------------------------------------------------------------ places
    def _numbered_district_at(self, i: int) -> tuple[int, PlaceInfo] | None:
        """An urban district named by its number ("tại Quận 2", "ở quận 10"), not a count ("quận 2 năm")."""
        toks = self.toks
        if i + 1 < len(toks) and toks[i].lower == "quận" and toks[i + 1].text.isdigit() and len(toks[i + 1].text) <= 2 \
                and _adjacent(toks[i], toks[i + 1]) and not (i + 2 < len(toks) and (
                    toks[i + 2].lower in COUNTED_NOUNS or toks[i + 2].text in ("/", "-", "%", ".", ",")
                    and i + 3 < len(toks) and toks[i + 3].text.isdigit())):
            return i + 2, PlaceInfo(f"Quận {toks[i + 1].text}", "quận")
        return None

    def _place_at(self, i: int) -> tuple[int, PlaceInfo] | None:
        toks = self.toks
        if not toks[i].is_capitalized and not _is_acronym(toks[i]):
            if toks[i].lower != "châu" or i + 1 >= len(toks) or not toks[i + 1].is_capitalized:
                return None  # but "châu Á", "châu Âu": a continent, written in lower case
            found = self.gaz.places.matches_at(toks, i)
            return found[0] if found and found[0][1].kind == lexicon.REGION else None
        found = self.gaz.places.matches_at(toks, i)
        if not found and i + 2 < len(toks) and " ".join(t.lower for t in toks[i:i + 2]) in STATE_FORMS:
            found = self.gaz.places.matches_at(toks, i + 2)  # "Cộng hòa Fiji", "Vương quốc Bỉ": the state
            if not found or found[0][1].kind != "quốc gia":
                return None
        if not found:
            return None
        j, info = found[0]
        if j < self._name_run_end(i) and self._listed_place_level(i):
            return None  # "các huyện: Hà Trung, Nga Sơn": the item is longer than the country it starts with
        if j == i + 1 and i > 0 and not self.covered[i - 1] and _is_name_word(toks[i - 1]) \
                and _adjacent(toks[i - 1], toks[i]) and toks[i - 1].lower not in PLACE_CUES \
                and not (i == 1 and (toks[0].lower in STOP_WORDS or toks[0].lower in ("ở", "sang"))):
            return None  # "Trung Anh", "Minh Đức": a one-word country right after a name word ends the name
            # (not after a sentence's first word, capitalised: "Tại Mỹ, …", "Ở Pháp, …")
        after_post = bool(self.spans) and self.spans[-1].j == i and self.spans[-1].kind in (TITLE, HONORIFIC)
        if j == i + 1 and self._surname_run_at(j) and _adjacent(toks[i], toks[j]) and not after_post \
                and toks[i].lower in KINSHIP_ADDRESS:
            # "Anh Lê Văn Hải": a form of address; after a post, its country ("Thủ tướng Singapore Lý …"); other
            # countries are never one: "Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng"
            return None
        if j == i + 1 and j < len(toks) and toks[j].lower in COUNTRY_WORD_ENDINGS.get(toks[i].text, ()):
            return None  # "Anh hùng", "Pháp luật", "Ý kiến": a word that starts with a country's name
        if j == i + 1 and info.kind == "quốc gia" and not after_post and j < len(toks) and _is_name_word(toks[j]) \
                and _adjacent(toks[i], toks[j]) and toks[j].text.isalpha() and not _latin_name_word(toks[j]) \
                and not self._surname_run_at(j) and not self.gaz.places.matches_at(toks, j):
            return None  # "Mỹ Đình", "Mỹ Thuận", "phường Đức Nhuận": a Vietnamese name a one-word country starts
        if j == i + 1 and info.kind == lexicon.FOREIGN_CITY and j < len(toks) and _latin_name_word(toks[j]) \
                and _adjacent(toks[i], toks[j]) and self.spans and self.spans[-1].j == i \
                and self.spans[-1].kind == HONORIFIC:
            # "nhà văn Milan Kundera", "bà Florence Parly": after a form of address, a given name a foreign city also
            # has, then a surname (after a post it is the city: "Thị trưởng Moskva Sergei Sobyanin")
            return None
        cue = self._place_cue_before(i) is not None
        if info.kind in (*DISTRICT_LEVELS, PROVINCIAL_CITY) and " ".join(
                t.lower for t in toks[max(0, i - 2):i]).endswith(ROADS):
            return None  # "cao tốc Cam Lộ - La Sơn": a road named after its ends
        if info.kind in (*DISTRICT_LEVELS, PROVINCIAL_CITY) and not cue and self.spans \
                and self.spans[-1].j == i and self.spans[-1].kind in (HONORIFIC, TITLE):
            return None  # "bà Thanh Xuân", "Chủ tịch Đông Anh …": a name a district also has, after an address
        if self._surname_run_at(i) and j - i >= 3 and not cue and info.kind not in (lexicon.REGION, lexicon.FOREIGN_CITY):
            return None  # "Hồ Chí Minh" the person, unless "TP." / "thành phố" precedes; not "Châu Á - Thái Bình Dương",
            # nor a foreign place the lexicon lists for it looks like no Vietnamese name: "Bàn Môn Điếm"
        if info.kind in DISTRICT_LEVELS and not cue and j - i == 2 and toks[i].text in self.gaz.surnames \
                and j < len(toks) and _adjacent(toks[j - 1], toks[j]) and _is_name_word(toks[j]) \
                and not _latin_name_word(toks[j]) and not self.gaz.places.matches_at(toks, j) \
                and (j + 1 >= len(toks) or not (_is_name_word(toks[j + 1]) and _adjacent(toks[j], toks[j + 1]))):
            return None  # "Chủ tịch UBND tỉnh Hậu Giang Đồng Văn Thanh": a person whose name starts like a district
        if info.kind == PROVINCE and self._place_cue_before(i) in ("thành phố", "tp"):
            # "TP Thanh Hóa": the province's city, by the name written ("thành phố Huế" in Thừa Thiên Huế)
            written = self.surface(i, j)
            return j, PlaceInfo(f"Thành phố {info.name if name_key(written) == name_key(info.name) else written}",
                                PROVINCIAL_CITY)
        if info.kind in (PROVINCE, CITY) and (level := self._place_cue_before(i)) in DISTRICT_LEVELS:
            # "phường Sài Gòn", "xã Hải Phòng": a ward or commune named after a city or province (many since 2025)
            return j, PlaceInfo(self.surface(i, j), level)
        if info.kind in DISTRICT_LEVELS and (level := self._place_cue_before(i)) in DISTRICT_LEVELS and level != info.kind:
            return j, PlaceInfo(info.name, level)  # "huyện Phước Long" (Bạc Liêu), which the lexicon knows as a thị xã
        return j, info

    # ------------------------------------------------------------------ scan
    def scan(self) -> list[Span]:
        toks, n = self.toks, len(self.toks)
        starters = _default_starters() if self.gaz is gazetteer() else _match_starters(self.gaz)
        i = 0
        while i < n:
            t = toks[i]
            if (body := self._lower_body_after_post(i)) is not None:
                self._add(i, body[0], ORG, body[1])  # "Vụ trưởng vụ Pháp chế", "Chủ tịch hội Nhà văn Việt Nam"
                i = body[0]
                continue
            if not t.text[0].isupper() and t.lower not in starters and not self._told_where(i):
                i += 1  # nothing starts at a lower-case word no lexicon or pattern begins with
                continue
            if toks[i].text == "Ảnh" and i + 1 < n and (toks[i + 1].text == ":" or (
                    _is_acronym(toks[i + 1]) and i + 2 < n and toks[i + 2].text == "/")):
                # "Ảnh: VGP/Quang Hiếu", "Ảnh VGP/Từ Lương" name who took the photo, not who is in it
                i = self._skip_credit(i + 1 if toks[i + 1].text != ":" else i + 2)
                continue
            holder = self._office_holder_at(i)
            if holder is not None:  # "Ban Ki-moon", "Ban Ki - moon": a known office holder, whose name opens like a
                self._add(i, holder, PERSON, self._person_name(i, holder))  # body's head ("Ban …")
                i = holder
                continue
            venue = self._venue_at(i)
            if venue and self.spans and self.spans[-1].kind == TITLE and self.spans[-1].j == i \
                    and self._lexicon_org_at(i) is not None:
                venue = None  # "Cố vấn An ninh Nhà Trắng Jake Sullivan": after a post, the body that gives it
            if venue and (i == 0 or toks[i - 1].lower not in PLACE_PREPOSITIONS) and self._lexicon_org_at(i) is not None:
                venue = None  # "Nhà Trắng cho biết", "của Nhà Trắng": the body that sits there, not the place
            if venue:
                self._add(i, venue[0], PLACE, venue[1])
                i = venue[0]
                continue
            foreign = self._foreign_body_at(i)  # before posts: "Đại sứ quán Việt Nam tại Pháp" is no Đại sứ
            if foreign:
                self._add(i, foreign[0], ORG, foreign[1])
                i = foreign[0]
                continue
            title = self._title_at(i)
            if title:
                j, hit = title
                self._add(i, j, TITLE, hit)
                entry = self.gaz.title_index.get(name_key(hit.base))
                # "Hội nghị Bộ trưởng Thương mại APEC": the ministers' meeting, no ministry of ours
                in_event_name = " ".join(t.lower for t in toks[max(0, i - 2):i]) == "hội nghị"
                head_tokens = phrase_tokens(entry.fused_head) if entry and entry.fused_head else ()
                fused = len(head_tokens)
                if fused and tuple(t.lower for t in toks[j - fused:j]) == head_tokens:
                    org = self._org_at(j - fused, fused=True)  # "Trưởng ban Tuyên giáo", "Chánh Văn phòng UBND tỉnh"
                    if org and org[0] > j:
                        self._add(j, org[0], ORG, org[1])
                        i = org[0]
                        continue
                elif fused == 1 and toks[i].lower == head_tokens[0] and j < n and not in_event_name \
                        and _is_name_word(toks[j]) and not self._org_at(j):
                    org = self._head_plus(entry.fused_head, j)  # a known body wins over a name-like run
                    if org:
                        org = self._of_state_after(j, org)
                        self._add(j, org[0], ORG, org[1])
                        i = self._ministries_listed_after(org[0], org[1])
                        continue
                short = self._level_shorthand(hit, j) or self._central_committee_short(hit, j) or (
                    None if in_event_name else (self._ministry_named_short(hit, j) or self._department_named_short(hit, j)
                                                or self._company_initials_after(hit, j)))
                if short:
                    self._add(j, short[0], ORG, short[1])
                    j = self._ministries_listed_after(short[0], short[1])
                i = j
                continue
            org = self._org_at(i)
            if org is None and self._lower_committee_member_at(i):
                org = self._org_at(i, fused=True)  # "tỉnh uỷ viên", written in lower case
            executive = 3 if " ".join(t.lower for t in toks[i:i + 3]) == "ban chấp hành" else 1 if t.text == "BCH" else 0
            if org is None and executive and i + executive + 1 < n and toks[i + executive].text == "Đảng" \
                    and (party := self._org_at(i + executive)) and (party[1].name + " ").startswith("Đảng bộ "):
                # "Hội nghị ban chấp hành Đảng bộ TP Hà Nội", "Ủy viên BCH Đảng bộ tỉnh": the Party organisation's
                # executive, its Thành ủy
                end, name = party[0], "Ban Chấp hành " + party[1].name
                level = _pattern_matchers()[2].matches_at(toks, end) if party[1].name == "Đảng bộ" and end < n else None
                place = self._place_after(level[0][0]) if level else None
                if place is not None:  # "… Đảng bộ | tỉnh Lào Cai": the level and the place complete the name
                    end, name = place[0], f"{name} {level[0][1]} {place[1].name}"
                if place is not None or party[1].name != "Đảng bộ":  # not a bare "ban chấp hành Đảng bộ"
                    org = end, replace(party[1], name=name, head=name, needs_place="" if place else party[1].needs_place,
                                       surface=self.surface(i, end))
            if org is None and t.text == "BCH" and i + 2 < n and toks[i + 1].text == "Đảng" \
                    and (party := self._org_at(i + 1)) and party[1].name.startswith("Đảng ủy "):
                # "Ủy viên BCH Đảng bộ Khối Doanh nghiệp Trung ương": the executive of a Party organisation the
                # lexicon knows by its committee
                org = party[0], replace(party[1], surface=self.surface(i, party[0]))
            if org:
                org = self._through_bracketed_acronym(i, org)
                k = org[0]
                self._add(i, k, ORG, org[1])
                k = self._ministries_listed_after(k, org[1])
                k = self._provinces_listed_after(i, k, org[1])
                k = self._each_place_listed(k, org[1])
                if (org[1].needs_place == "any" and org[1].head.endswith(COMMITTEES) or org[1].head == "Đảng ủy") \
                        and k < n and toks[k].lower == "viên" and _adjacent(toks[k - 1], toks[k]):
                    # "Tỉnh ủy viên": a member of the committee; "nguyên tỉnh uỷ viên": a former one
                    word = toks[i - 1].lower if i > 0 else ""
                    status = MODIFIERS.get(word, "current") if word in ("nguyên", "cựu") else "current"
                    label = f"{word} Ủy viên" if status == "former" else "Ủy viên"
                    self._add(k, k + 1, TITLE, TitleHit(label, "Ủy viên", status, "", (), False, org_before=True))
                    k += 1
                i = k
                continue
            place = self._place_at(i) or (self._numbered_district_at(i) if t.lower == "quận" else None)
            if place:
                self._add(i, place[0], PLACE, place[1])
                i = place[0]
                continue
            if toks[i].text in ("Ông", "Bà") and i + 1 < n and _is_name_word(toks[i + 1]) and self._house_number_before(i):
                j = self._name_run_end(i + 1)  # "số 243 Ông Ích Khiêm": a street named after a person, no person
                for k in range(i, j):
                    self.covered[k] = True
                i = j
                continue
            hon = [h for h in self.gaz.honorifics.matches_at(toks, i) if _written_as_listed(toks[i], h[1])]
            if hon and hon[0][0] < n and (self._surname_run_at(hon[0][0]) or (
                    toks[i].lower in ("ông", "bà") and _is_name_word(toks[hon[0][0]]))
                    or self._foreign_name_after_rank(i, hon[0][0])):  # "Ông Trần Văn Sơn", "ông Kevin", "GS John Doyle"
                self._add(i, hon[0][0], HONORIFIC, hon[0][1])
                i = hon[0][0]
                continue
            if hon and hon[0][0] - i >= 2 and hon[0][0] < n and toks[hon[0][0]].text == ",":
                for k in range(i, hon[0][0]):  # "Đại tá, Phó Giáo sư, Tiến sỹ Phạm Văn Long": a rank in a list
                    self.covered[k] = True  # of them, no person "Phó Giáo"
                i = hon[0][0]
                continue
            listed = self._listed_place_level(i)
            cue = self._place_cue_before(i)
            if cue and _is_name_word(toks[i]) and not self.covered[i - 1] or listed:
                j = self._name_run_end(i)
                holder = cue in PERSONLESS_LEVELS and not listed and j - i >= 3 and self._surname_run_at(i)
                # ("Sở Tài nguyên và Môi trường TP Nguyễn Thị Thanh Mỹ": no city or province is named like a person
                # the lexicon does not know as a place; the post's holder follows)
                if not holder and j - i <= 4:  # "huyện Thạch Thành", "xã Mường Phăng": a place, whatever its first word
                    kind = listed or LEVELS.get(cue, cue)
                    self._add(i, j, PLACE, PlaceInfo(self.surface(i, j), kind))
                    i = j
                    continue
            if self._named_after_person(i):
                j = self._name_run_end(i)  # "Huân chương Hồ Chí Minh", "tư tưởng Hồ Chí Minh": not a person here
                before = self._words_before(i)
                road = before.endswith(ROADS) and not before.endswith("thành phố")  # not "thành phố Chử Xuân Dũng"
                while road and j + 1 < n and toks[j].text in ("-", "–", ","):
                    # "cao tốc Cam Lộ - La Sơn": the road's two ends; "các tuyến đường: Võ Thị Sáu - Cách Mạng
                    # Tháng 8 - Nguyễn Thị Minh Khai - cầu Ông Lãnh - …": a list of streets, bridges between them
                    k = j + 2 if toks[j + 1].lower in ("cầu", "đường", "phố", "ngã") and j + 2 < n else j + 1
                    if not _is_name_word(toks[k]):
                        break
                    j = self._name_run_end(k)
                    while j < n and (toks[j].text.isdigit() or _is_name_word(toks[j])) and _adjacent(toks[j - 1], toks[j]):
                        j += 1  # "Cách Mạng Tháng 8": a street's name may end in a number
                if before.endswith(HONOURS_NAMED_AFTER) or road or before.endswith(LANDMARKS) \
                        or self._house_number_before(i) or self._in_list_of_streets_or_schools(i):  # "phố Trần Vĩ", "số 12 Tôn Đản"
                    for k in range(i, j):  # nor later, as a bare capitalised run
                        self.covered[k] = True
                i = j
                continue
            if self._surname_run_at(i) and not (i > 0 and not self.covered[i - 1] and _is_name_word(toks[i - 1])
                                                and _adjacent(toks[i - 1], toks[i])):
                j = self._name_run_end(i)
                while j + 1 < n and toks[j].text == "-" and toks[j - 1].end == toks[j].start \
                        and toks[j].end == toks[j + 1].start and toks[j + 1].text.isalpha() \
                        and toks[j + 1].text.islower():
                    j += 2  # "Kim Jong-un": a Korean given name joined by a hyphen, not a Vietnamese one
                if j - i == 2 and self._korean_given_name_goes_on(i, j):
                    j += 2  # "Kim Jong - nam", written spaced
                brand = self._brand_start(i, j) if 2 <= j - i <= 5 else None
                if brand is not None:  # "ông Đỗ Hữu Hạ - Chủ tịch Tài chính Hoàng Huy;": the company
                    surface = self.surface(brand, j)
                    self._add(brand, j, ORG, OrgHit(surface, "Corporation", surface))
                    i = j
                    continue
                if self._word_before_abroad(i, j) or self._place_after_preposition(i, j) \
                        or self._place_delegation_or_road(i, j):
                    i = j
                    continue
                if toks[i].text == "Phó" and not self.gaz.titles.matches_at(toks, i) and (self._org_at(i + 1) or (
                        i > 0 and toks[i - 1].lower in ("nguyên", "cựu")) or (
                        i + 2 < n and toks[i + 1].text == "Thường" and toks[i + 2].lower == "trực")):
                    self.covered[i] = True  # "Phó Văn phòng Ủy ban …", "Phó Thường trực Ban …": a deputy's post
                    if toks[i + 1].text == "Thường":  # written short; no person "Phó Văn" or "Phó Thường"
                        self.covered[i + 1] = True
                    i += 1
                    continue
                if j - i == 2 and toks[i].text in CAN and toks[i + 1].text in CHI:
                    self.covered[i] = self.covered[i + 1] = True  # "năm Đinh Dậu", "Tết Giáp Thìn": a year
                    i = j  # of the sixty-year cycle, no person
                    continue
                if toks[i].lower == _DOAN and i + 2 < n and f"{toks[i + 1].lower} {toks[i + 2].lower}" in DELEGATION_WORDS:
                    for k in range(i, i + 3):  # "Đoàn Cấp cao Chính phủ", "Đảng Đoàn Quốc hội": a delegation or the
                        self.covered[k] = True  # Party group, named in capitals; no person "Đoàn Cấp"
                    i += 3
                    continue
                if toks[i].lower == _DOAN and j == i + 2 and j < n and toks[j].text.isalpha() \
                        and toks[j].text.islower() and self._words_of()[j] == self._words_of()[j - 1]:
                    self.covered[i] = self.covered[i + 1] = True
                    i = j  # "Đoàn Thanh tra", "Đoàn Mặt trận": a team named by a word that runs on in lower case
                    continue
                if 2 <= j - i <= 5 and not any(end > j for end, _ in _pattern_matchers()[0].matches_at(toks, i)):
                    # a Vietnamese name: nothing inside it is a place or an honorific ("Phạm Đức Long"); but
                    # "Đoàn Thanh niên" is a body's head word, run on past the capitals
                    self._add(i, j, PERSON, self._person_name(i, j))
                    i = j
                    continue
            if hon and hon[0][0] < n and toks[hon[0][0]].is_capitalized and not (
                    i > 0 and _is_name_word(toks[i - 1]) and _adjacent(toks[i - 1], toks[i])):
                self._add(i, hon[0][0], HONORIFIC, hon[0][1])
                i = hon[0][0]
                continue
            i += 1
        self._persons()
        self.spans.sort(key=lambda s: s.i)
        return self.spans

    def _listed_place_level(self, i: int) -> str | None:
        """The level word of a list of places that token i is an item of ("các huyện: Hà Trung, Nga Sơn",
        "các huyện miền núi Mường Lát, Quan Hoá, Bá Thước")."""
        toks = self.toks
        if not _is_name_word(toks[i]) or i < 3:
            return None
        m = i - 1
        while m > 0 and i - m < 40 and (toks[m].text == "," or toks[m].lower == "và" or _is_name_word(toks[m])):
            m -= 1
        if toks[m].text != ":" and (m == i - 1 or toks[m + 1].text != ","):
            # "các huyện miền núi Mường Lát, Quan Hoá": districts' names have two words at least, not "miền Bắc"
            return self._described_level(m, later_item=m < i - 1) if self._name_run_end(i) - i >= 2 else None
        if toks[m].text != ":" or m < 2 or (m < i - 1 and toks[m + 1].text == ","):
            return None
        k = m - 1  # "các huyện:", "8 phường, gồm:": the level word, then perhaps a comma and "gồm" before the colon
        if k > 2 and toks[k].lower in ("gồm", "là"):
            k -= 2 if toks[k - 1].text == "," else 1
        level = "thành phố" if toks[k].lower == "phố" and toks[k - 1].lower == "thành" else toks[k].lower
        before = toks[k - 2 if level == "thành phố" else k - 1]
        plural = before.lower in ("các", "những") or before.text.isdigit()
        return level if plural and level in (PROVINCE, CITY, *DISTRICT_LEVELS) else None

    def _described_level(self, m: int, later_item: bool = False) -> str | None:
        """The level of "các huyện miền núi": a plural level word and up to three lower-case words ending at m.
        A later item of a list may follow the level word itself ("các quận Hải Châu, Sơn Trà và Ngũ Hành Sơn")."""
        toks = self.toks
        for k in range(m, max(1, m - 3) - 1, -1):
            if not (toks[k].text.isalpha() and toks[k].text.islower()):
                return None
            if toks[k].lower in (PROVINCE, "huyện", "quận", "xã", "phường") and toks[k - 1].lower in ("các", "những") \
                    and (k < m and self._words_of()[k] != self._words_of()[k + 1]  # not "các xã viên"
                         or k == m and (later_item or _is_name_word(toks[m + 1]))):  # "các phường Tân Phước Khánh, …"
                return toks[k].lower
        return None

    def _persons(self) -> None:
        toks, n = self.toks, len(self.toks)
        ending_at = {s.j: s for s in self.spans}
        starting_at = {s.i: s for s in self.spans}
        i = 0
        while i < n:
            if self.covered[i] or not _is_name_word(toks[i]) or (
                    _not_in_name(toks[i]) and not (i + 1 < n and self._initial_dot(i + 1))  # "V.Pu-tin"
                    and not (i + 1 < n and self._spaced_initial_dot(i + 1) and i in ending_at
                             and ending_at[i].kind in (TITLE, PLACE, HONORIFIC))):  # "Tổng thống Nga V. Putin"
                i += 1
                continue
            j = i + 1
            while j < n and not self.covered[j] and _adjacent(toks[j - 1], toks[j]):
                if toks[j].lower in STOP_WORDS and not toks[j].text.isascii() and toks[i].text not in self.gaz.surnames:
                    break  # "Thủ tướng Campuchia Hunsen | Cùng dự lễ đón …": a caption run into the next sentence
                if (_is_name_word(toks[j]) and not self._ends_name(j, i)) or self._initial_dot(j) \
                        or self._spaced_initial_dot(j):
                    j += 1  # "Sergei V.Mikhailov", "K. P. Sharma Oli"
                elif toks[j].text == "-" and j + 1 < n and toks[j].end == toks[j + 1].start \
                        and toks[j - 1].end == toks[j].start and toks[j + 1].text.isalpha():
                    j += 2  # "Na-đa-lô", "V.Pu-tin": a transliterated name's syllables
                elif self._apostrophe_name(j):
                    j += 2  # "H'Ven"
                elif (k := self._particle_end(j)) and toks[i].text not in self.gaz.surnames:
                    j = k  # "Haider al-Abadi", "Mohammed bin Abdulrahman": a particle inside a foreign name
                elif toks[j].text in REGNAL and toks[i].text not in self.gaz.surnames \
                        and (j + 1 >= n or not _is_name_word(toks[j + 1])):
                    j += 1  # "Benigno Aquino III": the ordinal of a foreign name
                elif toks[j].text == "-" and j - i >= 2 and toks[i].text not in self.gaz.surnames \
                        and j + 2 < n and not self.covered[j + 1] and _is_name_word(toks[j + 1]) \
                        and _is_name_word(toks[j + 2]) and _adjacent(toks[j + 1], toks[j + 2]) \
                        and not self.gaz.titles.matches_at(toks, j + 1) and not self._org_head_at(j + 1) \
                        and not self.gaz.places.matches_at(toks, j + 1):
                    j += 1  # "Miguel Mario Diaz - Canel Bermudez": a Spanish double surname
                elif toks[j].text == "-" and j - i >= 2 and j + 1 < n and not self.covered[j + 1] \
                        and toks[j + 1].text.isascii() and toks[j + 1].text.isalpha() \
                        and (toks[j + 1].text.islower() or (len(toks[j + 1].text) <= 3 and toks[j + 1].is_capitalized)) \
                        and toks[j + 1].lower not in STOP_WORDS and toks[j + 1].lower not in CLAUSE_OPENERS \
                        and all(t.text.isascii() for t in toks[i:j]) \
                        and (toks[i].text not in self.gaz.surnames or _KOREAN_SPELLING.search(toks[i + 1].lower)) \
                        and (j + 2 >= n or not (_is_name_word(toks[j + 2]) and _adjacent(toks[j + 1], toks[j + 2]))):
                    j += 2  # "Moon Jae - In", "Prayuth Chan - ocha": a hyphenated given name, written spaced (not
                    # "Kim Anh - con gái …", a Vietnamese name and a dash)
                    break
                else:
                    break
            if self._org_head_at(i):
                h = self._org_head_end(i)
                if not (self.spans and self.spans[-1].kind == TITLE and self.spans[-1].j == i and h < j
                        and toks[h].text in self.gaz.surnames and 2 <= j - h <= 4):
                    i = j
                    continue
                i = h  # "Giám đốc Sở | Nguyễn Văn An": the head alone, standing for the article's body, then the holder
            if toks[i].text not in self.gaz.surnames and (
                    k := next((x for x in range(i + 1, j - 1) if toks[x].text in self.gaz.surnames), None)) \
                    and 2 <= j - k <= 4 and i + 1 == k and _is_acronym_like_brand(toks[i]):
                i = k  # "Tổng giám đốc Vinatex Lê Tiến Trường": a brand before the Vietnamese name
            if len(toks[j - 1].text) == 1 and any(self._spaced_initial_dot(x) for x in range(i + 1, j)):
                i = j  # "P. Ô": initials with no name after them
                continue
            brand = self._brand_start(i, j)
            if brand is not None:  # "bà Trương Thị Lệ Khanh - Chủ tịch Vĩnh Hoàn,": the company, not a person
                surface = self.surface(brand, j)
                self._add(brand, j, ORG, OrgHit(surface, "Corporation", surface))
                i = j
                continue
            if self._in_list_of_streets_or_schools(i):
                i = j  # "các phố cấm xe gồm: Tăng Bạt Hổ, Lò Đúc": streets, however they read
                continue
            cue = self._cue_before(i, ending_at) or self._post_after(i, j, starting_at) \
                or self._post_then_comma(i, j, ending_at)
            if cue == HONORIFIC and self._degree_field(i, j, ending_at):
                i = j  # "Thạc sĩ Dầu Khí", "Kỹ sư Địa Vật lý": the degree's field, no one's name
                continue
            words = sum(1 for t in toks[i:j] if t.text[0].isupper())
            vietnamese = toks[i].text in self.gaz.surnames and 2 <= words <= 5 and not self._word_before_abroad(i, j) \
                and not self._place_after_preposition(i, j) and not self._place_delegation_or_road(i, j)
            double = any(t.text == "-" for t in toks[i:j])  # a foreign double name runs longer
            if not vietnamese and toks[j - 1].text in FOREIGN_BODY_WORDS and _latin_name_word(toks[i]):
                i = j  # "Chủ tịch Asia Group hay …", "Quỹ Saigon Asset Management": a foreign body, not a person
                continue
            if vietnamese or (cue is not None and 2 <= words <= (6 if double else 4)):
                self._add(i, j, PERSON, self._person_name(i, j))
            elif cue == HONORIFIC and words == 1:
                self._add(i, j, PERSON, self._person_name(i, j))  # "ông Sơn": a partial name, resolved later
            elif cue == TITLE and j == i + 1 and _latin_name_word(toks[i]) and self._state_post_before(i, ending_at) \
                    and not self.gaz.places.matches_at(toks, i) \
                    and not (j < n and (toks[j].text[0].isupper() or toks[j].text in ("-", ")") or (
                        toks[j].text == "." and j + 1 < n and _adjacent(toks[j], toks[j + 1])))):
                self._add(i, j, PERSON, self._person_name(i, j))  # "Tổng thống Putin": a foreign surname alone
            elif cue is None and 2 <= j - i <= 3 and all(_latin_name_word(t) for t in toks[i:j]) \
                    and self._described_before(i, ending_at):
                self._add(i, j, PERSON, self._person_name(i, j))  # "người tiền nhiệm Boris Yeltsin"
            elif cue is None and (g := self._given_name_start(i, j)) is not None and not self._thing_named(g):
                self._add(g, j, PERSON, self._person_name(g, j))  # "Donald Trump nói …": a given name opens it
            elif cue is None and 2 <= j - i <= 4 and self._described_after(i, j, starting_at):
                self._add(i, j, PERSON, self._person_name(i, j))  # "Richard W. Painter, chuyên gia về đạo đức, …"
            elif cue is None and 2 <= words <= 4 and words == j - i and _BORN_OR_AGED.match(self.text, toks[j - 1].end):
                self._add(i, j, PERSON, self._person_name(i, j))  # "Hờ Y Cở (SN 1975)": a birth year or age says a person
            elif cue is None and 2 <= words <= 4 and words == j - i and _PICTURED_AT.match(self.text, toks[j - 1].end) \
                    and all(_latin_name_word(t) for t in toks[i:j]) and not self._thing_named(i):
                self._add(i, j, PERSON, self._person_name(i, j))  # "Hiroshi Amano (giữa)": where a photo shows someone
            i = j

    def _given_name_start(self, i: int, j: int) -> int | None:
        """Where a foreign name opened by a known given name starts in the capitalised run i..j ("Donald Trump",
        "Nếu | Tony Blair"): two or three plain Latin words, not a body or place named after someone."""
        toks, given = self.toks, lexicon.foreign_given_names()
        g = i if toks[i].text in given else i + 1 if i + 1 < j and toks[i + 1].text in given \
            and not _latin_name_word(toks[i]) else None
        if g is None or not 2 <= j - g <= 3 or toks[j - 1].text in FOREIGN_BODY_WORDS:
            return None
        return g if all(_latin_name_word(t) for t in toks[g + 1:j]) else None

    def _degree_field(self, i: int, j: int, ending_at: dict) -> bool:
        """Does a degree end right before the Vietnamese words i..j that start with no surname ("Tiến sỹ | Dầu
        Khí")? Then they name its field."""
        before = ending_at.get(i)
        return before is not None and fold(self.surface(before.i, before.j)) in DEGREES \
            and self.toks[i].text not in self.gaz.surnames and not _latin_name_word(self.toks[i])

    def _thing_named(self, i: int) -> bool:
        """Does a word for a work, a venue, a venture or a ship come right before token i ("tàu sân bay | Carl
        Vinson", "USS | Carl Vinson")?"""
        before = " ".join(t.lower for t in self.toks[max(0, i - 3):i])
        return before.endswith(NAMED_THINGS) or (i > 0 and self.toks[i - 1].text in SHIP_PREFIXES)

    def _described_after(self, i: int, j: int, starting_at: dict) -> bool:
        """A foreign name in Latin letters described after a comma by a post or by what the person does
        ("Kathryn Dunn Tenpas, giáo sư tại Viện Brookings", "Richard W. Painter, chuyên gia về …")."""
        toks, n = self.toks, len(self.toks)
        if j + 1 >= n or toks[j].text != "," or not _latin_name_word(toks[i]) or not all(
                _latin_name_word(t) or (len(t.text) == 1 and t.text.isupper()) or t.text == "." for t in toks[i:j]):
            return False
        post = starting_at.get(j + 1)
        if post is not None and post.kind == TITLE:
            return True
        after = " ".join(t.lower for t in toks[j + 1:j + 4])
        return after.startswith(PERSON_DESCRIPTIONS)

    def _described_before(self, i: int, ending_at: dict) -> bool:
        """Does a Vietnamese description end right before token i ("người tiền nhiệm | Boris Yeltsin", "người
        giàu nhất nước Nga | Alisher Usmanov", "“người thổi còi” | Edward Snowden")?"""
        if i == 0:
            return False
        prev = self.toks[i - 1]
        before = ending_at.get(i)
        if before is not None and before.kind == PLACE:
            return i > 1 and not self.toks[i - 2].text[0].isupper()  # "… của Nga | Igor Sechin"
        if self._thing_named(i):
            return False  # "vở nhạc kịch Come From Away", "nhà hát Gerald Schoenfeld": a work or a place, not a person
        return (prev.text.isalpha() and prev.text.islower() and not prev.text.isascii()
                and prev.lower not in STOP_WORDS) or prev.text in ("”", "\"")

    def _place_after_preposition(self, i: int, j: int) -> bool:
        """Two name-like words after "tại"/"ở", closed by punctuation ("sinh năm 1950 tại Cổ Loa, Đông Anh"): a
        place; people are not "at" someone."""
        toks = self.toks
        return j - i == 2 and i > 0 and toks[i - 1].lower in ("tại", "ở") and (
            j >= len(toks) or toks[j].text in (",", ".", ";", "("))

    def _korean_given_name_goes_on(self, i: int, j: int) -> bool:
        """Does the Korean name [i, j) ("Kim Jong", "Kim Yo") go on after a spaced hyphen ("- nam", "- jong")? Its
        given name is spelt as no Vietnamese word is (j, w, f, z, "yo", "ae", "eu", "hy", "ky"), the syllable after
        the hyphen is a short Latin word in lower case."""
        toks, n = self.toks, len(self.toks)
        if j + 1 >= n or toks[j].text != "-" or not (toks[i].text.isascii() and toks[i + 1].text.isascii()):
            return False
        after = toks[j + 1].text
        return _KOREAN_SPELLING.search(toks[i + 1].lower) is not None and after.isascii() and after.isalpha() \
            and after.islower() and len(after) <= 5 and after not in STOP_WORDS

    def _place_delegation_or_road(self, i: int, j: int) -> bool:
        """A run that opens with a surname but is a place's whole name ("Bồ Đào Nha"), "Đoàn" (a delegation)
        and the country or province it comes from ("Đoàn Việt Nam do … dẫn đầu", "đoàn Hà Nội"), or "Đường" (a
        road) and the full name it is named after ("Đường Võ Nguyên Giáp")."""
        toks = self.toks
        if toks[i].text == "Đường" and j - i >= 3 and toks[i + 1].text in self.gaz.surnames:
            return True
        starts = (i, i + 1) if toks[i].text == "Đoàn" else (i,)
        return any((m := self.gaz.places.matches_at(toks, at)) and m[0][0] == j for at in starts)

    def _word_before_abroad(self, i: int, j: int) -> bool:
        """A surname-like word before a foreign country or city ("Từ Brussels (Bỉ), …"): a preposition, no name."""
        abroad = self.gaz.places.matches_at(self.toks, i + 1) if j - i == 2 else []
        return bool(abroad) and abroad[0][0] == j and abroad[0][1].kind in ("quốc gia", "thành phố nước ngoài")

    def _brand_start(self, i: int, j: int) -> int | None:
        """Where a company's brand starts when a name run [i, j) follows a business post that follows a
        person ("bà A - Chủ tịch Vĩnh Hoàn,", "ông B - Chủ tịch Tài chính Hoàng Huy;"): the person is named
        already, so what the post names is its company, up to the end of the appositive."""
        toks = self.toks
        ending_at = {s.j: s for s in self.spans if s.j <= i}
        start = i
        while start > 0 and i - start < 3 and start not in ending_at and toks[start - 1].text.isalpha() \
                and not self.covered[start - 1]:
            start -= 1  # "Tài chính" before "Hoàng Huy": the brand's own words
        title = ending_at.get(start)
        if title is None or title.kind != TITLE or title.payload.base not in BRANDED_POSTS:
            return None
        if not toks[start].text[0].isupper() or (j < len(toks) and toks[j].text not in (",", ";", ".", ")")):
            return None
        if start == i and self._surname_run_at(i) and j - i >= 3:
            return None  # a full Vietnamese name after the post is a second person
        k = title.i
        while k > 1 and toks[k - 1].lower in ("kiêm", "-", "–") and (prev := ending_at.get(k - 1)) is not None \
                and prev.kind == TITLE and prev.payload.base in BRANDED_POSTS:
            k = prev.i  # "ông A - Chủ tịch HĐQT kiêm Tổng giám đốc Intracom Group,": the first post of the chain
        if k > 2 and toks[k - 1].lower in ("nguyên", "cựu"):
            k -= 1  # "Hà Văn Thắm (nguyên Chủ tịch HĐQT Oceanbank)": a former post
        person_before = k > 1 and toks[k - 1].text in ("-", "–", ",", "(") and any(
            s.kind == PERSON and s.j == k - 1 for s in self.spans)
        return start if person_before else None

    def _cue_before(self, i: int, ending_at: dict) -> str | None:
        """TITLE or HONORIFIC when a post ("Tổng thống Mỹ …") or an honorific directly precedes token i."""
        prev = ending_at.get(i)
        toks = self.toks
        if prev is None and i > 2 and toks[i - 1].text == ")":
            inner = ending_at.get(i - 1)  # "Tổng giám đốc Tổ chức Thương mại thế giới (WTO) Roberto Azevedo"
            if inner is not None and inner.kind == ORG and toks[inner.i - 1].text == "(":
                prev = ending_at.get(inner.i - 1)
        while prev is not None and prev.kind in (ORG, PLACE):
            k = prev.i
            if prev.kind == PLACE and k > 1 and toks[k - 1].lower in ("tại", "nước") and k not in ending_at:
                k -= 1  # "Đại sứ Italia tại Việt Nam Antonio Alessandro": where the post is held; "… nước Cộng hòa X"
            elif prev.kind == PLACE and k > 1 and toks[k - 1].lower == "của" and (k - 1) in ending_at \
                    and ending_at[k - 1].kind == ORG:
                k -= 1  # "Chủ tịch Tập đoàn Vamed của Austria Ernst Wastler": the body's country, then the holder
            elif prev.kind == ORG and k > 1 and toks[k - 1].lower == "và" and (k - 1) in ending_at:
                k -= 1  # "Chủ tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng Cuba Miguel …": one post of two bodies
            prev = ending_at.get(k)
        return prev.kind if prev is not None and prev.kind in (TITLE, HONORIFIC) else None

    def _state_post_before(self, i: int, ending_at: dict) -> bool:
        """Is the post before token i one a state gives ("Tổng thống", "Thủ tướng Đức"), not a company's?"""
        prev = ending_at.get(i)
        while prev is not None and prev.kind in (ORG, PLACE):
            prev = ending_at.get(prev.i)
        if prev is None or prev.kind != TITLE:
            return False
        entry = self.gaz.title_index.get(name_key(prev.payload.base))
        return entry is not None and entry.kind in STATE_POST_KINDS

    def _post_then_comma(self, i: int, j: int, ending_at: dict) -> str | None:
        """TITLE when a foreign name follows a post and its state or body after a comma ("Tổng thống
        Philippines, Benigno S. Aquino III"): the post's holder."""
        toks = self.toks
        if i < 3 or toks[i - 1].text != "," or not all(_latin_name_word(t) or t.text in REGNAL or t.text == "."
                                                      or len(t.text) == 1 for t in toks[i:j]):
            return None
        body = ending_at.get(i - 1)
        if body is None or body.kind not in (ORG, PLACE):
            return None
        return TITLE if self._cue_before(body.i, ending_at) == TITLE else None

    def _post_after(self, i: int, j: int, starting_at: dict) -> str | None:
        """TITLE when the run [i, j) is an item of a list followed by its post ("…; Pany Yathotu, Chủ tịch
        Quốc hội Lào; …"): a foreign name, which no surname lexicon knows."""
        toks = self.toks
        listed = i == 0 or toks[i - 1].text in (";", ":") or toks[i - 1].lower in ("và", "cùng", "với")
        post = starting_at.get(j + 1) if j + 1 < len(toks) and toks[j].text == "," else None
        return TITLE if listed and post is not None and post.kind == TITLE else None

    def _skip_credit(self, k: int) -> int:
        toks = self.toks
        start = k
        while k < len(toks) and (toks[k].is_capitalized or toks[k].text in ("/", "-", "&") or _is_acronym(toks[k])):
            if k - start >= 3 and toks[k - 1].text != "/" and toks[k].is_capitalized and not any(
                    t.text == "/" for t in toks[max(start, k - 3):k]):
                break  # the credit is "AGENCY/Name Name": what follows starts the next sentence
            self.covered[k] = True
            k += 1
        return k

    def _named_after_person(self, i: int) -> bool:
        """A name used as the name of an honour, an idea or a place named after a person."""
        if i == 0 or not self._surname_run_at(i):
            return False
        if self._house_number_before(i) or self._in_list_of_streets_or_schools(i):
            return True
        return self._words_before(i).endswith(NAMED_AFTER)

    def _words_before(self, i: int) -> str:
        """The two words before token i, in lower case, without a colon after them ("các tuyến đường: …")."""
        k = i - 1 if i > 0 and self.toks[i - 1].text == ":" else i
        return " ".join(t.lower for t in self.toks[max(0, k - 2):k])

    def _in_list_of_streets_or_schools(self, i: int) -> bool:
        """A name in a list of streets ("các phố cấm xe gồm: Tăng Bạt Hổ, Nguyễn Công Trứ (đoạn từ Trần Thánh Tông
        đến Lò Đúc), …"): after a word for streets and a colon or "gồm", listed by commas, brackets, "từ … đến"; or in
        a list of schools ("các trường như Marie Curie, Trần Văn Giàu")."""
        toks = self.toks
        if i == 0 or toks[i - 1].lower not in _STREET_LIST_LINKS:
            return False
        before = self.text[self.sent.start:toks[i].start]
        return _STREET_LIST.search(before) is not None or _SCHOOL_LIST.search(before[-200:]) is not None

    def _house_number_before(self, i: int) -> bool:
        """A house number before token i ("khu đất số 12 Tôn Đản", "tại 8 Lê Duẩn"): the street is named after a
        person, and is no person."""
        toks = self.toks
        if i < 2 or _HOUSE_NUMBER.fullmatch(toks[i - 1].text) is None:
            return False
        k = i - 1
        if self.spans and self.spans[-1].kind == ORG and self.spans[-1].j == i:
            return False  # "Đội trưởng Đội CSGT số 3 | Nguyễn Văn An": a numbered unit's name, then its head
        while k >= 3 and toks[k - 1].text == "/" and _HOUSE_NUMBER.fullmatch(toks[k - 2].text):
            k -= 2  # "số 11/60 Nguyễn Hồng Quân": a house in an alley off the street
        return toks[k - 1].lower in ("số", "đất", "nhà", "tại", "ở", "cư", "ngõ", "ngách", "hẻm", "kiệt") or (
            # "số nhà 36B Lý Nam Đế", "chung cư 727 …", "ngõ 12 Trần Phú"
            toks[i - 1].text[-1].isalpha() or toks[k - 1].text in (",", ":") and self._listed_address(k - 1))
        # "8B Lê Trực": a number with a letter is a house's; "gồm: 8B Lê Trực, 93 Lò Đúc": a list of addresses

    def _listed_address(self, k: int) -> bool:
        """Does a house number with a letter, or a house word, come up to 12 tokens before token k?"""
        toks = self.toks
        return any((_HOUSE_NUMBER.fullmatch(t.text) and t.text[-1].isalpha()) or t.lower in ("số", "nhà")
                   for t in toks[max(0, k - 12):k])

    def _through_bracketed_acronym(self, i: int, found: tuple[int, OrgHit]) -> tuple[int, OrgHit]:
        """A body's acronym in brackets inside its name ("Ủy ban nhân dân (UBND) tỉnh Thanh Hóa", "Sở Giao
        thông vận tải (GTVT) TP.HCM"): the whole name, read as if the brackets were not there."""
        toks, k = self.toks, found[0]
        if not (k + 3 < len(toks) and toks[k].text == "(" and _is_acronym(toks[k + 1]) and toks[k + 2].text == ")"
                and (toks[k + 3].is_capitalized or toks[k + 3].lower in LEVEL_STARTS)):
            return found
        # read the name again in a copy of the text without the brackets (and the space before them)
        cut, resume = toks[k - 1].end, toks[k + 2].end
        shift = resume - cut
        text = self.text[:cut] + self.text[resume:]
        after = tuple(t._replace(start=t.start - shift, end=t.end - shift) for t in toks[k + 3:])
        inner = Sentence(toks[i].start, after[-1].end, (*toks[i:k], *after))
        longer = SentenceScanner(text, inner, self.gaz, self.defined)._org_at(0)
        if longer is None or longer[0] <= k - i:
            return found
        end = i + longer[0] + 3
        return end, replace(longer[1], surface=self.surface(i, end))

    def _of_state_after(self, k: int, found: tuple[int, OrgHit]) -> tuple[int, OrgHit]:
        """A ministry named short from token k, then a foreign state ("Bộ trưởng Quốc phòng Nga"): that state's
        ministry, not ours."""
        toks, (end, hit) = self.toks, found
        if not hit.name.startswith("Bộ ") or end >= len(toks) or not toks[end - 1].text[0].isalnum():
            return found
        country = self.gaz.places.matches_at(toks, end)
        if not country or country[0][1].kind != "quốc gia" or country[0][1].name == "Việt Nam":
            return found
        state = country[0][1].name
        field = self.surface(k, end).removeprefix("Bộ ").removeprefix("bộ ")  # as written: a state's own ministry
        field = field[:1].upper() + field[1:]  # "Bộ trưởng Giáo dục Mỹ": "Bộ Giáo dục Hoa Kỳ", not our Bộ GD&ĐT
        return country[0][0], OrgHit(f"Bộ {field} {state}", "GovernmentOrganization", self.surface(k, country[0][0]),
                                     place=(state, "quốc gia"))

    def _province_at(self, j: int) -> int | None:
        """The end of a province or city named from token j, if one is."""
        found = self.gaz.places.matches_at(self.toks, j) if j < len(self.toks) else []
        return found[0][0] if found and found[0][1].kind in (PROVINCE, CITY) else None

    def _province_before(self, j: int, k: int) -> int | None:
        """Where a province or city that ends right before token j (and after token k) starts, if one does."""
        return self._place_start_before(j, k, (PROVINCE, CITY))

    def _provinces_listed_after(self, i: int, k: int, first: OrgHit) -> int:
        """Later provinces of a list that shares a body's name ("Trường Cao đẳng Y tế Cà Mau và Bạc Liêu", "Sở Y
        tế Long An, Tây Ninh"): that body of each. Returns where the list ends."""
        toks, n = self.toks, len(self.toks)
        start = self._province_before(k, i + 1)
        last = k
        while last + 1 < n and toks[last].text in (",", "và") and (nxt := self._province_at(last + 1)):
            last = nxt
        if last + 1 < n and toks[last].text in (",", "và"):
            return k  # "Học viện Nông nghiệp Hà Nội, Huế và một số trường khác": schools the places stand for
        while start is not None and k + 1 < n and toks[k].text in (",", "và") and (end := self._province_at(k + 1)):
            # read the name again with this province in place of the first one
            cut, resume = toks[start].start, toks[k + 1].start
            shift = resume - cut
            text = self.text[:cut] + self.text[resume:]
            after = tuple(t._replace(start=t.start - shift, end=t.end - shift) for t in toks[k + 1:end])
            inner = Sentence(toks[i].start, after[-1].end, (*toks[i:start], *after))
            found = SentenceScanner(text, inner, self.gaz, self.defined)._org_at(0)
            if found is None or found[0] != start - i + end - k - 1 or found[1].name == first.name:
                break
            self._add(k + 1, end, ORG, found[1])  # its surface read whole, not the bare province's name
            k = end
        return k

    def _each_place_listed(self, k: int, first: OrgHit) -> int:
        """'UBND các tỉnh Hà Tĩnh, Quảng Bình, Quảng Trị', 'UBND 4 tỉnh …': a local body's head, then a level in the
        plural and the places it is each of: that body of each place, in place of the bare head. Returns the end."""
        toks, n = self.toks, len(self.toks)
        if first.needs_place not in ("any", PROVINCE, CITY, *DISTRICT_LEVELS) or not first.head or k + 2 >= n \
                or first.head.endswith(COMMITTEES) \
                or not (toks[k].lower in ("các", "hai", "ba", "bốn", "năm") or toks[k].text.isdigit()):
            return k
        level = _pattern_matchers()[2].matches_at(toks, k + 1)
        if not level:
            return k
        places, p = [], level[0][0]
        while p < n and (found := self.gaz.places.matches_at(toks, p)) \
                and found[0][1].kind in (PROVINCE, CITY, PROVINCIAL_CITY, *DISTRICT_KINDS):
            places.append((p, found[0][0], found[0][1]))
            p = found[0][0]
            if not (p + 1 < n and toks[p].text in (",", "và")):
                break
            p += 1
        if len(places) < 2:
            return k
        self.spans.pop()  # the bare "UBND": each place's own instead
        for start, end, info in places:
            kind = CITY if info.kind == PROVINCIAL_CITY else info.kind
            self._add(start, end, ORG, OrgHit(f"{first.head} {kind} {info.name}", "GovernmentOrganization",
                                             self.surface(start, end), head=first.head, place=(info.name, info.kind)))
        return places[-1][1]

    def _ministries_listed_after(self, k: int, first: OrgHit) -> int:
        """Later fields of a list that shares the head "Bộ" ("Bộ Tư pháp, Nội vụ, Tài chính", "Bộ trưởng Quốc phòng,
        Công an"): a ministry each. Returns where the list ends."""
        toks, n = self.toks, len(self.toks)
        if not first.name.startswith("Bộ ") or first.name.lower().startswith(NOT_MINISTRIES):
            return k
        given = k
        if toks[k - 1].text == ",":
            k -= 1  # the first name was read with the comma after it
        while k + 1 < n and toks[k].text in (",", "và") and toks[k + 1].is_capitalized:
            found = self._head_plus("Bộ", k + 1)
            if not found or not found[1].name.startswith("Bộ ") or found[1].name.lower().startswith(NOT_MINISTRIES):
                break
            end = found[0]
            while not toks[end - 1].text[0].isalnum():
                end -= 1  # nor the later ones
            after = toks[end].lower if end < n else ""
            if after in LEVELS or (end < n and toks[end].is_capitalized):
                break  # "Bộ Y tế, Công an tỉnh Nghệ An": the province's police, no ministry
            self._add(k + 1, end, ORG, OrgHit(found[1].name, found[1].cls, self.surface(k + 1, end), found[1].parent))
            k = end
        return max(k, given)

    def _head_plus(self, head: str, k: int) -> tuple[int, OrgHit] | None:
        """'Bộ trưởng Xây dựng' names 'Bộ Xây dựng': the longest known body of head + following words."""
        best = None
        for j in range(k + 1, min(len(self.toks), k + 9) + 1):
            if not self.toks[j - 1].text[0].isalnum():
                continue  # "Bộ trưởng Công an), ông …": the name ends before the bracket, not after it
            info = self.gaz.canonical_org(f"{head} {self.surface(k, j)}")
            if info:
                best = (j, OrgHit(info.name, info.cls, self.surface(k, j), info.parent))
        return best

    def _name_run_end(self, i: int) -> int:
        """End of the capitalised run starting at i, stopping before a post, body or place that starts inside it."""
        toks, n = self.toks, len(self.toks)
        j = i + 1
        while j < n and _adjacent(toks[j - 1], toks[j]):
            if self._apostrophe_name(j):
                j += 2  # "Kpă H'Ven", "H'Hen Niê": an Ê Đê name's prefix
                continue
            if not _is_name_word(toks[j]) or self._ends_name(j, i):
                break
            if toks[j].lower in MODIFIERS and self.gaz.titles.matches_at(toks, j + 1) \
                    and (j - i >= 3 or "\n" in self.text[toks[j - 1].end:toks[j].start]):
                break  # "Trần Mạnh Hùng | Nguyên Chủ tịch …": a former or acting post, capitalised, after a full name
            orgs = self.gaz.orgs.matches_at(toks, j)
            if self.gaz.titles.matches_at(toks, j) or (j - i >= 2 and orgs) or (
                    orgs and toks[orgs[0][0] - 1].text.islower() and orgs[0][0] - j >= 2):
                break  # "Trình | Chính phủ dự thảo …": a body's name starts inside the run and goes on in lower case
            verbs = _name_ending_verbs().get(toks[j].lower, ())
            if j - i >= 3 and any(len(v) > 1 and tuple(t.lower for t in toks[j:j + len(v)]) == v for v in verbs):
                break  # "Trần Thăng Phúc | Đón nhận tình cảm …": a caption run into its next sentence's verb
            j += 1
        return j

    def _apostrophe_name(self, j: int) -> bool:
        """The apostrophe of "H'Ven" at token j: between a one-letter capital and a name word, no spaces."""
        toks = self.toks
        return toks[j].text in ("'", "’") and j > 0 and j + 1 < len(toks) and len(toks[j - 1].text) == 1 \
            and toks[j - 1].text.isupper() and _is_name_word(toks[j + 1]) and _adjacent(toks[j], toks[j + 1])

    def _ends_name(self, j: int, i: int | None = None) -> bool:
        """Does the capitalised word at j end a name run ("… Thiện | Chiều 3/5")? A time of day followed by
        neither a date nor a word of time is the last syllable of the name ("Trần Huy Sáng cho biết"), and so
        is any such word closing a Vietnamese name that started at i before a comma ("Nguyễn Hồng Kỳ, Giám đốc"), or
        inside one before its next name word ("Hồ Kỳ Minh")."""
        toks = self.toks
        if j > 0 and j + 1 < len(toks) and toks[j + 1].text.islower() and self._long_verb_at(j):
            return True  # "Trần Thanh Nam | Kết luận Hội nghị": a caption's verb run into the name
        if j > 0 and toks[j].is_capitalized and self._clause_pair_at(j):
            return True  # "anh Mười | Tiếp đó, …": the next sentence run into the name
        if j + 1 < len(toks) and (toks[j].lower, toks[j + 1].lower) in HONOUR_NOUNS \
                and not (j + 2 < len(toks) and toks[j + 2].lower == "trình"):
            return True  # "trao tặng ông Lê Văn Tám | Huân chương …": the honour after the name, no syllable of it
        if toks[j].lower in ("lúc", "vào") and j + 1 < len(toks) and toks[j + 1].text[:1].isdigit():
            return True  # "… Thủ tướng Nguyễn Xuân Phúc | Lúc 2h sáng nay, …": a caption, then a clock time
        if i is not None and j - i >= 3 and toks[i].text in self.gaz.surnames and _event_keyword_at(toks, j):
            return True  # "Trần Đại Quang | Chuyến thăm …": a full name, then a caption's event run into it
        if i is not None and j - i >= 3 and toks[i].text in self.gaz.surnames and j + 1 < len(toks) \
                and (toks[j].lower, toks[j + 1].text) in RUN_IN_OPENERS:
            return True  # "… cho đồng chí Đỗ Kim Hội | Đồng chí Hội hứa …": a caption run into the next sentence
        if i is not None and j - i >= 3 and toks[i].text in self.gaz.surnames and j + 1 < len(toks) \
                and toks[j + 1].text.isalpha() and toks[j + 1].text.islower() and _adjacent(toks[j], toks[j + 1]) \
                and name_key(self.surface(i, j)) in office_holder_keys() and self._words_of()[j] == self._words_of()[j + 1]:
            return True  # "Nguyễn Xuân Phúc | Vấn đề ở đây …": a word of the next sentence, not a fourth syllable
        if not _not_in_name(toks[j]):
            return False
        if i is not None and j - i == 2 and toks[j].text == "Của" and toks[i].text in self.gaz.surnames:
            return False  # "Lương Định Của": capitalised, the last syllable of a name, not the preposition
        if i is not None and 1 <= j - i <= 3 and toks[i].text in self.gaz.surnames and len(toks[j].text) == 1 \
                and j + 1 < len(toks) and toks[j + 1].text == "." and _adjacent(toks[j], toks[j + 1]):
            return False  # "Đinh Hoàng V.": a name the press shortens to its initial, not the numeral "V"
        if i is not None and 2 <= j - i <= 3 and toks[i].text in self.gaz.surnames and toks[j].text not in ROMAN_NUMERALS \
                and toks[j].lower not in ("và", "của", "với", "theo", "tại", "trong", "số") \
                and j + 1 < len(toks) and toks[j + 1].text in (",", ";", "(", ")", ".", "-", "–", ":", "”", "\""):
            return False  # "Lê Văn Năm (nguyên …)": the name's last syllable
        if i is not None and 1 <= j - i <= 2 and toks[i].text in self.gaz.surnames and j + 1 < len(toks) \
                and toks[j].lower not in ("và", "của", "với", "theo", "tại", "trong", "số") \
                and _is_name_word(toks[j + 1]) and _adjacent(toks[j], toks[j + 1]) and toks[j + 1].text not in ROMAN_NUMERALS \
                and not _not_in_name(toks[j + 1]):
            return False  # "Hồ Kỳ Minh", "Lê Phiên Anh": a middle syllable of a Vietnamese name
        if i is not None and 2 <= j - i <= 3 and toks[i].text in self.gaz.surnames and toks[j].lower in SESSION_WORDS \
                and j + 1 < len(toks) and toks[j + 1].text.isalpha() and toks[j + 1].text.islower() \
                and toks[j + 1].lower not in SESSION_FOLLOWERS:
            return False  # "Lý Nhã Kỳ tham dự": the name's last syllable, not "kỳ họp"
        if toks[j].lower in TIMES_OF_DAY and j + 1 < len(toks) and toks[j + 1].text.isalpha() \
                and toks[j + 1].text.islower() and toks[j + 1].lower not in TIME_FOLLOWERS:
            return False
        return True

    def _org_head_end(self, i: int) -> int:
        """Where the body's head word starting at token i ends."""
        heads, local, _ = _pattern_matchers()
        found = heads.matches_at(self.toks, i) or local.matches_at(self.toks, i)
        return found[0][0] if found else i + 1

    def _org_head_at(self, i: int) -> bool:
        """Does a body's head word start at token i ("Cục", "UBND", and "Bộ", "Tòa" of bodies no lexicon knows)?"""
        heads, local, _ = _pattern_matchers()
        return bool(heads.matches_at(self.toks, i) or local.matches_at(self.toks, i)) or self.toks[i].text in ("Bộ", "Tòa", "Toà")


_HOUSE_NUMBER = re.compile(r"\d{1,4}[A-Za-z]?")
_COMPANY_CP = re.compile(r"^Công ty (?:CP|cổ phần) ")


_ASCII_SHORT = re.compile(r"^[A-Za-z]{1,4}\.?$")


@lru_cache(maxsize=1)
def _holder_first_words() -> frozenset[str]:
    """The first words of office holders' names that also head bodies' names ("Ban" of "Ban Ki-moon")."""
    heads = {h.split()[0] for h in GENERIC_HEADS}
    return frozenset(w for w in (t.person.split()[0] for t in lexicon.office_terms()) if w in heads)


def _written_as_listed(tok: Token, form: str) -> bool:
    """Short Latin honorifics ("GS", "TS", "Mr") count only as the lexicon writes them: "ts" is no degree."""
    return not _ASCII_SHORT.match(form) or tok.text == form.split(".")[0].split()[0]


def _class_of(head: str) -> str:
    """The schema.org class a body takes from the word that heads its name."""
    if head in ("Tập đoàn", "Tổng công ty", "Công ty", "Ngân hàng", "Hợp tác xã", "HTX", "Điện lực", *COMPANY_FORMS):
        return "Corporation"
    if head in ("Báo", "Thời báo", "Đài", "Tạp chí"):
        return "NewsMediaOrganization"
    if head == "Đảng":
        return "PoliticalParty"
    if head in ("Học viện", "Đại học", "Trường Đại học", "Trường Cao đẳng", *SCHOOLS_WITHOUT_TRUONG) \
            or head.startswith("Trường "):
        return "EducationalOrganization"
    return "GovernmentOrganization"


def scan_sentence(text: str, sentence: Sentence, defined: PhraseMatcher | None = None) -> list[Span]:
    return SentenceScanner(text, sentence, defined=defined).scan()


def abbreviations_defined(text: str, sentence: Sentence, spans: list[Span]) -> list[tuple[str, OrgHit]]:
    """'Hội Luật gia Việt Nam (HLG)': an organisation followed by an acronym in brackets defines it, as does
    its own first word or two ('Liên hiệp các tổ chức hữu nghị Việt Nam (Liên hiệp)')."""
    toks = sentence.tokens
    out = []
    for sp in spans:
        if sp.kind != ORG:
            continue
        for k in range(sp.i + 1, sp.j - 3):  # "Ban Thường vụ Trung ương Hội Luật gia (HLG) Việt Nam": read through
            if toks[k].text == "(" and _is_acronym(toks[k + 1]) and toks[k + 2].text == ")" \
                    and toks[k + 1].text not in gazetteer().abbreviations[1]:  # "UBND" needs no definition
                before = text[toks[sp.i].start:toks[k - 1].end]
                target = _acronym_target(toks[k + 1].text, OrgHit(before, sp.payload.cls, before))
                if target is None:
                    continue
                if target.surface == before and toks[k + 3].is_capitalized:
                    target = sp.payload  # "Nhà máy Xơ sợi (NMXS) Đình Vũ": the whole body, its name going on
                out.append((toks[k + 1].text, target))
        if sp.j + 2 >= len(toks):
            continue
        if toks[sp.j].text != "(":
            continue
        if sp.j + 3 < len(toks) and toks[sp.j + 2].text in (",", ";") and toks[sp.j + 3].lower == "mã" \
                and (_brand_word(toks[sp.j + 1]) or _is_acronym(toks[sp.j + 1])):
            out.append((toks[sp.j + 1].text, sp.payload))  # "Ngân hàng TMCP Bưu điện Liên Việt (LienVietPostBank, mã: LPB)"
            continue
        k = sp.j + 1
        while k < len(toks) and toks[k].text != ")" and k - sp.j <= 6:
            k += 1
        if k >= len(toks) or toks[k].text != ")":
            continue
        short = text[toks[sp.j + 1].start:toks[k - 1].end]
        if _is_acronym(toks[sp.j + 1]):
            if (target := _acronym_target(short, sp.payload)) is not None:
                out.append((short, target))
        elif k - sp.j == 2 and _brand_word(toks[sp.j + 1]) and not gazetteer().places.matches_at(toks, sp.j + 1):
            out.append((short, sp.payload))  # "Ngân hàng TMCP Việt Nam Thương Tín (VietBank)": its brand
        elif 2 < k - sp.j <= 4 and all(_foreign_word(t) or _brand_word(t) for t in toks[sp.j + 1:k]) \
                and not gazetteer().places.matches_at(toks, sp.j + 1):
            out.append((short, sp.payload))  # "Công ty TNHH Đầu tư địa ốc Thành phố (Cityland Group)": its brand
        elif k - sp.j <= 3 and sp.payload.surface.startswith(short + " ") and toks[sp.j + 1].is_capitalized:
            out.append((short, sp.payload))  # "Liên hiệp các tổ chức hữu nghị Việt Nam (Liên hiệp)": its head
        elif k - sp.j <= 5 and _is_acronym(toks[k - 1]) and sp.payload.surface.startswith(
                text[toks[sp.j + 1].start:toks[k - 2].end] + " "):
            out.append((short, sp.payload))  # "Hội đồng Thương mại và Đầu tư Việt Nam – Hoa Kỳ (Hội đồng TIFA)"
    return out


def _acronym_target(acronym: str, hit: OrgHit) -> OrgHit | None:
    """The body an acronym stands for: the whole name, or the tail of it whose initials it spells
    ("Ban Thường vụ Trung ương Hội Luật gia (HLG)" defines HLG as "Hội Luật gia")."""
    words = hit.surface.split()
    letters = [c for c in acronym if c.isalpha()]
    if not (1 < len(letters) < len(words)):
        return hit
    tail = words[-len(letters):]
    if any(w[0].upper().replace("Đ", "D") != c.upper().replace("Đ", "D") for w, c in zip(tail, letters)):
        return hit
    name = " ".join(tail)
    info = gazetteer().canonical_org(name)
    if info is None and fold(words[-len(letters) - 1]) in ("về", "vì"):
        return None  # "Ban Chỉ đạo Trung ương về Phòng, chống thiên tai (PCTT)": the acronym is the field's, no body's
    return OrgHit(info.name, info.cls, name, info.parent) if info else OrgHit(name, hit.cls, name)
