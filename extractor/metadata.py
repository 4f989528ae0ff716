"""Document metadata: number, type, issuer, signer, title, date, period, province.

Patterns run on a folded key of the text (lower case, no marks, same length) so that they also
match text whose diacritics OCR lost; values are then cut from the original text by offset.
A file may hold several documents (a covering letter and the report it forwards): each further
`Số:` header followed by a place-and-date line starts a new part.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from .dates import SCHOOL_TERM
from .gazetteer import exact_province, find_province, find_province_in_text, is_centrally_run_city, name_on
from .models import DocumentMeta
from .patterns import read_jsonl, read_lines
from .restore_rules import abbreviations
from .vietnamese import fold_keep_length, is_syllable, nfc

_MARKUP = re.compile(r"\*+|</?b>|^#+\s*|^>\s*", re.MULTILINE)
# `Số:` as typed or as English-model OCR reads it (`S6:`, `S0:`, `$6:`).
# `Số: 09/BC-UBND`; a party or mass organisation's `Số 146-BC/HNDT` (no colon, the number joined by a hyphen)
_NUMBER_LINE = re.compile(r"(?m)^[ \t*#|]*[s$][o06](?:[ \t]*:|[ \t]+(?=\d+-[a-z]))[ \t*]*(?P<value>[^\n]*)")
_DOC_NUMBER = re.compile(r"^(?P<n>\d*)\s*(?P<sep>/|-(?=[A-ZĐ]))\s*(?P<rest>(?:\d{4}/)?[^\s,]+)")
# The place-and-date line; also written at the right of the number line or of a letter's subject, after a run of
# spaces or a tab (`Số: 09/BC-UBND          Thái Bình, ngày 14 tháng 01 năm 2025`, `V/v chấn chỉnh ...     Cao Bằng,
# ngày 12 tháng 11 năm 2025`).
_DATE_LINE = re.compile(
    r"(?m)^(?:[ \t*#]*(?:[s$][o06][ \t]*:|v/v[ \t])[^\n]*?(?:[ ]{2,}|\t)[ \t]*)?"
    r"[ \t]*(?P<place>[^\n,\t]{2,40}),[\s*]*ngay[\s*]*(?P<d>\d{0,2})[\s*]*thang[\s*]*(?P<m>\d{0,2})[\s*]*nam[\s*]*"
    r"(?P<y>\d{4})"
)
_VV = re.compile(r"(?m)^[ \t*]*v/v[ \t:]*")
_PERIODS = [
    (SCHOOL_TERM, "school"),  # `học kỳ I năm học 2025-2026`, `năm học 2024-2025` (education reports)
    # `6 tháng đầu năm 2024`, `6 tháng cuối năm 2024`, and `9 tháng năm 2024` (the first nine months)
    (re.compile(r"(?<!\d)(\d{1,2}) thang (?:(dau|cuoi) )?nam (\d{4})"), "months"),
    (re.compile(r"quy ([ivx1l|]{1,4})\s*(?:/|nam)\s*(\d{4})"), "quarter"),
    (re.compile(r"thang (\d{1,2})\s*(?:/|nam)\s*(\d{4})"), "month"),
    (re.compile(r"tuan (\d{1,2})\s*(?:/|nam)\s*(\d{4})"), "week"),  # a weekly bulletin's `tuần 43 năm 2025`
]
# A whole year (`năm 2024`) is a period only in the title: in the body it is mostly a mention.
_YEAR_IN_TITLE = re.compile(r"(?<!dau )(?<!cuoi )(?<!thang )\bnam (\d{4})\b")
# `Công tác ... tại UBND xã Phong Nha (kỳ kiểm tra từ ngày 01/7/2025 đến ngày 31/10/2025)`: a title naming no period
# but a window of days (an inspection's, an audit's)
_WINDOW_IN_TITLE = re.compile(r"\btu ngay \d{1,2}/\d{1,2}/\d{4} den (?:het )?ngay \d{1,2}/\d{1,2}/\d{4}")
_SIGNATURE_TITLES = re.compile(r"(giam doc|chu tich|chanh van phong|chanh thanh tra|truong ban|truong phong|thu truong"
                               r"|chi cuc truong|cuc truong|chanh an|vien truong|hieu truong|bi thu|chu nhiem"
                               r"|tong bien tap|truong bo phan(?: mot cua)?|phu trach chi nhanh"
                               r"|truong thong ke(?: tinh| thanh pho)?|truong thi hanh an dan su(?: tinh)?"
                               r"|truong cong an(?: xa| phuong| thi tran| dac khu)?"
                               r"|truong thue(?: tinh| thanh pho| co so(?: \d{1,2})?)?"  # a tax office's head (2025)
                               r"|truong doan(?: kiem tra| giam sat)?)\s*$")  # an inspection team's leader
# A police or army rank written before the signer's name (`Đại tá Bùi Đức Thắng`): not part of the name.
_RANK = re.compile(r"^(?:Đại|Thượng|Trung|Thiếu) (?:tá|úy|uý|tướng) (?=\S)")
_ANNEX = re.compile(r"(?m)^[ \t*#]*(phu luc|bieu tong hop)\b")


@cache
def _doc_types() -> list[dict]:
    return read_jsonl("doc_types.jsonl")


@cache
def _issuers() -> list[dict]:
    return read_jsonl("issuers.jsonl")


@cache
def _surnames() -> frozenset[str]:
    return frozenset(read_lines("surnames.txt"))


def clean(text: str) -> str:
    """Drop Markdown/HTML emphasis and squeeze white space."""
    return " ".join(_MARKUP.sub("", text).split())


def _key(text: str) -> str:
    """The folded matching key, with page breaks as line breaks so `^` matches at a page's start."""
    return fold_keep_length(text).replace("\f", "\n")


def find_parts(text: str) -> list[tuple[int, int]]:
    """Split a text into the documents it holds: [(start, end), ...], the first being the main one."""
    key = _key(text)
    starts = [0]
    for match in _NUMBER_LINE.finditer(key):
        if match.start() < 400:
            continue
        window = key[match.start() : match.end() + 400]  # the date may share the number's line
        if _DATE_LINE.search(window) and _has_signature_before(key, starts[-1], match.start()):
            starts.append(match.start())
    return [(start, end) for start, end in zip(starts, starts[1:] + [len(text)], strict=True)]


def _has_signature_before(key: str, start: int, end: int) -> bool:
    return any(_SIGNATURE_TITLES.search(line.strip(" *")) for line in key[start:end].splitlines())


def extract_metadata(text: str) -> list[DocumentMeta]:
    """Return the metadata of each document in the text; the first is the main document."""
    parts = []
    for start, end in find_parts(text):
        meta = _part_metadata(text, start, end)
        meta.start, meta.end = start, end
        parts.append(meta)
    province = _document_province(text, parts[0].issued_date if parts else None)
    for meta in parts:
        meta.province = province
    return parts


def _document_province(text: str, day: str | None) -> str | None:
    """The province the file's text names (header, place of issue, body), by its name on the day of issue (`Huế`
    from 2025)."""
    found = find_province_in_text(text) if text else None
    return name_on(found[0], day) if found else None


def _part_metadata(text: str, start: int, end: int) -> DocumentMeta:
    body = text[start:end]
    key = _key(body)
    meta = DocumentMeta()
    number_match = _NUMBER_LINE.search(key[:2000])
    meta.doc_number = _doc_number(body, number_match)
    meta.issued_date = _issued_date(key)
    meta.doc_type, type_end = _doc_type(body, key, meta.doc_number)
    meta.title = _title(body, key, type_end)
    meta.issuer = _issuer(body, key, meta.doc_number)
    meta.signer = _signer(body, key)
    meta.period_label, meta.period_start, meta.period_end = _period(body, key, meta.title, _title_period(meta.doc_type))
    return meta


def _title_period(doc_type: str | None) -> bool:
    """A decision (`Quyết định`) states no reporting period in its body: its task dates (`trong quý I năm 2025`) are
    none; only its title may name one (patterns/doc_types.jsonl `period`)."""
    return any(t["name"] == doc_type and t.get("period") == "title" for t in _doc_types())


def _doc_number(body: str, match: re.Match | None) -> str | None:
    if not match:
        return None
    written = clean(body[match.start("value") : match.end("value")])
    parsed = _DOC_NUMBER.match(written)
    if not parsed or not parsed.group("n"):
        return None  # the number is left blank: `Số: /TB-VPUBND`
    return f"{parsed.group('n')}{parsed.group('sep')}{parsed.group('rest')}"


# `Tân An, ngày 06/5/2025` as the last line of a letter or an e-mail (its only date of issue)
_CLOSING_DATE_LINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[^\n,\t\d]{2,40}),[ \t]*ngay[ \t]*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})[ \t.]*$")


def _issued_date(key: str) -> str | None:
    match = _DATE_LINE.search(key[:3000]) or _closing_date(key)
    if not match:
        return None
    year, month, day = match.group("y"), match.group("m"), match.group("d")
    if not month:
        return year
    if not day:
        return f"{year}-{int(month):02d}"
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _closing_date(key: str) -> re.Match | None:
    """The date line closing a document with no dated header (its last 400 characters)."""
    found = list(_CLOSING_DATE_LINE.finditer(key, max(0, len(key) - 400)))
    return found[-1] if found else None


# `BÁO CÁO NHANH`, `BÁO CÁO TÓM TẮT`: a type line with a word on the report's kind is still the type line
# (`BIÊN BẢN KIỂM TRA`, `BÁO CÁO GIẢI TRÌNH`: the record of an inspection, a report answering questions)
_TYPE_QUALIFIER = re.compile(
    r"(?: (?:nhanh|tom tat|so ket|tong ket|dinh ky|chuyen de|dot xuat|bo sung|kiem tra|giai trinh|lam viec|tham tra))?")


def _doc_type(body: str, key: str, doc_number: str | None) -> tuple[str | None, int]:
    for line_match in re.finditer(r"(?m)^[^\n]*$", key[:4000]):
        line = clean(line_match.group())
        for doc_type in _doc_types():
            name = fold_keep_length(doc_type["name"])
            if line.startswith(name) and _TYPE_QUALIFIER.fullmatch(line, len(name)):
                return doc_type["name"], line_match.end()
    if _VV.search(key[:3000]):
        return "Công văn", 0
    code = (doc_number or "").split("/")[-1].split("-")[0]
    for doc_type in _doc_types():
        if doc_type["code"] and code.lower() == doc_type["code"].lower():
            return doc_type["name"], 0
    return ("Công văn", 0) if doc_number else (None, 0)


def _title(body: str, key: str, type_end: int) -> str | None:
    match = _VV.search(key[:3000])
    if match:
        return clean(_paragraph(body, match.end()))
    if type_end:
        following = re.search(r"\S", body[type_end:])
        if following:
            return clean(_paragraph(body, type_end + following.start()))
    return None


# A line opening the body, a salutation or a numbered section ends a subject or heading even when no
# blank line separates them (text PDFs and OCR rarely keep blank lines).
_BODY_START = re.compile(
    r"^\s*(?:Kính gửi|Căn cứ|Thực hiện|Theo|Qua|Trên cơ sở|Sau khi|Nhằm|Để|Ngày \d|Tiếp theo|Trong|Tháng"
    r"|UBND|Ủy ban|Sở |Văn phòng|[IVX]+\.|\d+\.|[-+•–])"
)
_MAX_TITLE_LINES = 4


_BESIDE_DATE = re.compile(r"(?:[ ]{4,}|\t)[ \t]*[^,\n\t]{1,40},[ \t]*(?i:ngày)[^\n]*$")


def _paragraph(body: str, start: int) -> str:
    end = re.compile(r"\n\s*\n|\f").search(body, start)
    lines = body[start : end.start() if end else len(body)].splitlines()
    kept = []
    for line in lines[:_MAX_TITLE_LINES]:
        if re.match(r"\s*\S[^,\n]{1,40},\s*ngay\b", fold_keep_length(line)):
            break  # the place-and-date line follows the subject without a blank line
        # (`V/v chấn chỉnh ...        Cao Bằng, ngày 12 tháng 11 năm 2025`: the date line beside the subject's first)
        line = _BESIDE_DATE.sub("", line)
        if kept and _BODY_START.match(clean(line)):
            break
        kept.append(line)
    return " ".join(kept)


_LOCAL_LEVELS = r"(?P<level>huyen|thi xa|thanh pho|quan|phuong|thi tran|xa|dac khu)"
# The organ block of a district-level people's committee: `ỦY BAN NHÂN DÂN` over `THỊ XÃ LA GI`.
_DISTRICT_HEADER = re.compile(
    r"^[ \t*#]*(?:uy ban nhan dan|ubnd)[ \t*]*\n"
    r"[ \t*#]*" + _LOCAL_LEVELS + r"[ \t]+(?P<name>[a-z][a-z ]*?)[ \t*]*$",
    re.M,
)

# `UBND TỈNH PHÚ THỌ` over `ỦY BAN NHÂN DÂN PHƯỜNG NÔNG TRANG`: the committee named on one line, the organ block's last
# but for its one-stop desk (`UBND XÃ ĐĂK UI` over `BỘ PHẬN MỘT CỬA`: the desk reports the committee's files)
_LOWEST_COMMITTEE = re.compile(
    r"^[ \t*#]*(?:uy ban nhan dan|ubnd)[ \t]+" + _LOCAL_LEVELS + r"[ \t]+(?P<name>[a-z][a-z ]*?)[ \t*]*"
    r"(?:\n[ \t*#]*bo phan (?:mot cua|tiep nhan va tra ket qua)[ \t*]*)?"
    r"(?=[\s*#]*(?:-{3,}[\s*#]*)?(?:s[o06][ \t]*:[^\n]*[\s*#]*)?\Z)",  # maybe a rule and its number under it
    re.M,
)


@cache
def _province_types() -> dict[str, frozenset[str]]:
    """Folded province name or alias → the folded unit words that name the province itself (`thanh pho` for
    `Cần Thơ`, `tinh` for `Bạc Liêu`)."""
    types: dict[str, set[str]] = {}
    for row in read_jsonl("provinces.jsonl"):
        for alias in [row["name"], *row["aliases"]]:
            types.setdefault(fold_keep_length(alias), set()).add(fold_keep_length(row.get("type", "")))
    return {name: frozenset(words) for name, words in types.items()}


def _above_date_line(head: str) -> str:
    """A header's lines above its place-and-date line (`UBND TỈNH PHÚ THỌ` / `ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH` / `Số:
    ...` over `Hòa Bình, ngày 05 tháng 01 năm 2026` with no motto between them)."""
    dated = _DATE_LINE.search(head)
    return head[:dated.start()] if dated else head


def district_issuer(body: str, key: str) -> str | None:
    """`ỦY BAN NHÂN DÂN / THỊ XÃ LA GI` (or `/ PHƯỜNG THANH ĐỨC`) heading a document: its issuer is that district-
    or commune-level committee, named as the body text writes it (`UBND thị xã La Gi`, `UBND phường Thanh Đức`).
    A city that is itself a province (`THÀNH PHỐ CẦN THƠ`) is not one; a city named like its province
    (`THÀNH PHỐ BẠC LIÊU` in tỉnh Bạc Liêu) is."""
    head = _organ_head(key)
    match = _DISTRICT_HEADER.search(head) or _LOWEST_COMMITTEE.search(_above_date_line(head))
    if not match or match["level"] in _province_types().get(" ".join(match["name"].split()), frozenset()):
        return None
    level, name = match["level"], " ".join(match["name"].split())
    words = r"\s+".join(re.escape(word) for word in f"{level} {name}".split())
    pattern = re.compile(words + r"\b")
    written = next((m for m in pattern.finditer(key, match.end()) if body[m.start()].islower()), None)
    if written is None:
        # the body says only `Ủy ban nhân dân huyện`: the header's name, in the body's case (`huyện Ba Tri`)
        unit = " ".join(body[match.start("level"):match.end("level")].lower().split())
        return nfc(f"UBND {unit} " + " ".join(body[match.start("name"):match.end("name")].title().split()))
    found = " ".join(body[written.start():written.end()].split())
    header_name = " ".join(body[match.start("name"):match.end("name")].split())
    if not header_name.isascii() and not found.endswith(header_name.title()):
        # a restored text spelling the name two ways (`XÃ TRÙNG KHÁNH` over `xã Trung Khánh`): the header's own
        return nfc("UBND " + found[: len(found) - len(header_name)] + header_name.title())
    return "UBND " + found


# `UBND XÃ EA KAR` over `TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG`: a commune's (or ward's) own one-stop centre
_LOCAL_CENTRE_HEADER = re.compile(
    r"^[ \t*#]*(?:uy ban nhan dan|ubnd)[ \t]+(?P<unit>xa|phuong|dac khu)[ \t]+(?P<name>[a-z][a-z ]*?)[ \t*]*\n"
    r"[ \t*#]*trung tam phuc vu hanh chinh cong[ \t*]*$", re.M)


def _local_centre(body: str, key: str) -> str | None:
    """`Trung tâm Phục vụ hành chính công xã Ea Kar`: the issuer of a report headed by a commune's committee over its
    one-stop centre."""
    match = _LOCAL_CENTRE_HEADER.search(key[:400])
    if match is None:
        return None
    unit = " ".join(body[match.start("unit"):match.end("unit")].lower().split())
    name = " ".join(body[match.start("name"):match.end("name")].title().split())
    return nfc(f"Trung tâm Phục vụ hành chính công {unit} {name}")


# `ĐẢNG BỘ TỈNH HÀ TĨNH` over `ĐẢNG ỦY XÃ ĐỒNG LỘC`, `HỘI ĐỒNG NHÂN DÂN` over `XÃ DI LINH`: a commune's (or ward's)
# Party committee or people's council
_LOCAL_BODY_HEADER = re.compile(r"^[ \t*#]*(?P<body>dang uy|hoi dong nhan dan|hdnd)[ \t*]*\n?[ \t*#]*"
                                r"(?P<unit>xa|phuong|dac khu)[ \t]+(?P<name>[a-z][a-z ]*?)[ \t*]*$", re.M)


def _local_party_or_council(body: str, key: str) -> str | None:
    """`Đảng ủy xã Đồng Lộc`, `HĐND xã Di Linh`: the issuer of a report headed by a commune's Party committee or
    people's council."""
    match = _LOCAL_BODY_HEADER.search(_organ_head(key))
    if match is None:
        return None
    kind = "Đảng ủy" if match["body"] == "dang uy" else "HĐND"
    unit = " ".join(body[match.start("unit"):match.end("unit")].lower().split())
    name = " ".join(body[match.start("name"):match.end("name")].title().split())
    return nfc(f"{kind} {unit} {name}")


def _issuer(body: str, key: str, doc_number: str | None) -> str | None:
    district = district_issuer(body, key) or _local_centre(body, key) or _local_party_or_council(body, key)
    if district:
        return district
    return _of_city(_provincial_issuer(body, key, doc_number), key)


def _of_city(name: str | None, key: str) -> str | None:
    """`UBND THÀNH PHỐ HUẾ` over `TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG`: a provincial body catalogued by its province
    (`... công tỉnh`) is the city's in a centrally-run city (`... công thành phố`)."""
    if not name or not name.endswith(" tỉnh"):
        return name
    for line in _organ_block(key):
        city = re.search(r"(?<![a-z])thanh pho\s+(.+)$", line)
        if city and is_centrally_run_city(city.group(1)):
            return name[: -len("tỉnh")] + "thành phố"
    return name


def _provincial_issuer(body: str, key: str, doc_number: str | None) -> str | None:
    if doc_number:
        found = _issuer_by_abbr(_issuer_code(doc_number.split("/")[-1]))
        if found:
            return _narrower_in_header(body, key, _named_with_its_place(body, key, found))
    headed = _header_issuer(body, key)
    if headed:
        return headed
    for issuer in _issuers():
        for phrase in issuer["phrases"]:
            folded = fold_keep_length(phrase)
            if re.search(rf"{re.escape(folded)}\s+(tran trong\s+)?(bao cao|thong bao)", key):
                return issuer["name"]
    blank_number = re.search(r"(?m)^[ \t*#]*[s$][o06][ \t]*:[ \t*]*/\s*([a-z&\-]+)", key[:2000])
    return _issuer_by_abbr(_issuer_code(blank_number.group(1))) if blank_number else None


def _narrower_in_header(body: str, key: str, name: str) -> str:
    """`Số: 412/BC-BHXH` under `BẢO HIỂM XÃ HỘI CƠ SỞ ĐỨC TRỌNG`: the code names the kind of body (`Bảo hiểm xã hội
    tỉnh`), the header the office of that kind that issues (`Bảo hiểm xã hội cơ sở Đức Trọng`)."""
    headed = _header_issuer(body, key)
    stem = fold_keep_length(re.sub(r"\s+(?:tỉnh|thành phố)$", "", name))
    lowest = next((line for line in reversed(_organ_block(key)) if line), "")
    if (headed and len(headed) > len(name) and fold_keep_length(headed).startswith(stem + " ")
            and lowest.startswith(fold_keep_length(headed))):
        return headed  # the lowest line of the organ block, not its parent above (`HỘI NÔNG DÂN VIỆT NAM`)
    return name


def _named_with_its_place(body: str, key: str, name: str) -> str:
    """`BAN QUẢN LÝ KHU KINH TẾ NGHI SƠN VÀ CÁC KHU CÔNG NGHIỆP` in the organ block of a catalogued `Ban Quản lý Khu
    kinh tế`: a name that goes on with a place (not the province) is a proper name, kept whole as the report writes
    it."""
    phrases = [fold_keep_length(p) for i in _issuers() if i["name"] == name for p in i["phrases"]]
    head = _organ_head(key)
    written = [" ".join(line.split()) for line in body[:len(head)].splitlines()]
    for line, as_written in zip(_organ_block(key), written, strict=True):
        if not as_written.isupper():
            continue  # a header line is written in capitals (a header without `CỘNG HÒA` runs into the body)
        rest = next((line[len(p):] for p in phrases if line.startswith(p + " ")), None)
        if rest and not re.match(r"\s*(?:tinh|thanh pho)(?:\s|$)", rest) and find_province(rest) is None:
            return _organ_name(body, key, line)
    return name


def _header_issuer(body: str, key: str) -> str | None:
    """`UBND TỈNH BÌNH DƯƠNG` over `BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP`: the lowest line of the organ block (above
    `CỘNG HÒA`) that is a catalogued issuer's name whole, or that opens with the words of a body under its parent
    (`SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG` over `VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI`: patterns/subjects.jsonl `organ`), issues."""
    block = _organ_block(key)
    if branch := _branch_issuer(body, key, block):
        return branch
    for index in range(len(block) - 1, -1, -1):
        # `BCH HỘI NÔNG DÂN TỈNH ĐẮK LẮK`, `BAN CHẤP HÀNH HỘI LHPN TỈNH YÊN BÁI`: its executive committee
        line = re.sub(r"^(?:bch|ban chap hanh)\s+", "", block[index])
        found = _catalogued_issuer(line)
        if found is None and any(_PARTY_COMMITTEE.match(above) for above in block[:index]):
            found = _catalogued_issuer(f"{line} tinh uy")  # `TỈNH ỦY HÀ TĨNH` over `BAN DÂN VẬN`
        if index and _PROVINCE_LINE.match(line):
            found = _catalogued_issuer(f"{block[index - 1]} {line}") or found  # `TÒA ÁN NHÂN DÂN` / `TỈNH ĐẮK LẮK`
        if found:
            return found
        if (any(block[:index]) and _opens_with_organ(line)) or _opens_with_organ(line, alone=True):
            return _organ_name(body, key, line)
    return None


# `CHI NHÁNH TỈNH VĨNH PHÚC` under its parent `NGÂN HÀNG CHÍNH SÁCH XÃ HỘI`: a state bank's or company's provincial
# branch
_BRANCH_LINE = re.compile(r"chi nhanh (?P<kind>tinh|thanh pho) (?P<place>.+)$")


# a provincial public-service centre's branch named by its place (`CHI NHÁNH THÁI BÌNH` under `TRUNG TÂM PHỤC VỤ HÀNH
# CHÍNH CÔNG`, after the 2025 merger: a branch in each former province)
_CENTRE_LINE = re.compile(r"trung tam phuc vu hanh chinh cong(?: (?:tinh|thanh pho))?")
_NAMED_BRANCH = re.compile(r"chi nhanh (?!tinh |thanh pho )\S")


def _branch_issuer(body: str, key: str, block: list[str]) -> str | None:
    """The provincial branch a header's last line names under its parent's line, named by its kind as the province's
    bodies are (`Chi nhánh Ngân hàng Chính sách xã hội tỉnh`); a service centre's branch named by its place, as the
    report writes it (`Chi nhánh Thái Bình`)."""
    # (a block with no national motto after it runs on past the number line: the names stop there)
    lines = list(itertools.takewhile(lambda line: not re.match(r"so\s*:", line), (line for line in block if line)))
    if len(lines) >= 2 and _CENTRE_LINE.fullmatch(lines[-2]) and _NAMED_BRANCH.match(lines[-1]):
        return _as_written(body, key, lines[-1])  # `TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG` / `CHI NHÁNH THÁI BÌNH`
    if len(lines) < 2 or not (branch := _BRANCH_LINE.match(lines[-1])) or find_province(branch["place"]) is None:
        return None
    parent = re.sub(r"\s+viet nam$", "", lines[-2])
    kind = "tỉnh" if branch["kind"] == "tinh" else "thành phố"
    if re.search(rf"(?<![a-z]){re.escape(parent)} chi nhanh {branch['kind']}(?![a-z])", key):
        # `Ngân hàng Nhà nước Chi nhánh thành phố Cần Thơ`: the order the report names it in
        return f"{_as_written(body, key, parent)} Chi nhánh {kind}"
    return f"Chi nhánh {_as_written(body, key, parent)} {kind}"


def _as_written(body: str, key: str, words: str) -> str:
    """Header words as the report writes them in small letters (`Ngân hàng Chính sách xã hội`), else in sentence
    case."""
    pattern = r"\s+".join(re.escape(word) for word in words.split())
    for match in re.finditer(rf"(?<![a-z]){pattern}(?![a-z])", key):
        written = body[match.start():match.end()]
        if not written.isupper():
            return " ".join(written.split())
    return _sentence_case(body, key, words)


# a header line naming only the province (`TỈNH ĐẮK LẮK`): the end of the name on the line above it
_PROVINCE_LINE = re.compile(r"(?:tinh|thanh pho)\s")
# the province's Party committee over one of its boards (`TỈNH ỦY HÀ TĨNH`, `ĐẢNG BỘ TỈNH KON TUM` over `ỦY BAN KIỂM
# TRA`): the board is named after the committee, `Ủy ban Kiểm tra Tỉnh ủy` (patterns/issuers.jsonl)
_PARTY_COMMITTEE = re.compile(r"(?:tinh uy|dang bo tinh)\s")


def _catalogued_issuer(line: str) -> str | None:
    return next((i["name"] for i in _issuers() for p in i["phrases"] if _names_issuer(line, fold_keep_length(p))), None)


def _opens_with_organ(line: str, alone: bool = False) -> bool:
    """`chi cuc thuy loi`, `trung tam dich vu viec lam`, `benh vien da khoa dong nai`: a body's own header line;
    `alone`, one that issues with no parent line above it (`cong ty co phan cap nuoc hai duong`)."""
    line += " "
    return any(line.startswith(word) and not line.startswith(exceptions) for word, exceptions in _organ_words(alone))


@cache
def _organ_words(alone: bool = False) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The folded opening words (with a trailing space) of the bodies that issue under a parent in the organ block
    (`alone`: with none), each with the openings that are not such a body (`hội` but not `hội đồng `)."""
    return tuple((fold_keep_length(r["word"]) + " ", tuple(fold_keep_length(w) + " " for w in r.get("except", [])))
                 for r in read_jsonl("subjects.jsonl")
                 if r["kind"] == "self_reporter" and r.get("organ") and (r.get("alone") or not alone))


def _organ_name(body: str, key: str, line: str) -> str:
    """The body named by its kind, as the report writes it (`Cục Thuế tỉnh` for `CỤC THUẾ TỈNH NAM ĐỊNH`, `Chi cục
    Thủy lợi`), or in sentence case when the report never writes it in small letters."""
    province = re.search(r"\s(?:tinh|thanh pho)\s+(.+)$", line)
    record = find_province(province.group(1)) if province else None
    if record is not None and not line.startswith(_NAMED_WITH_PLACE):
        line = line[: province.start(1)].rstrip()
    local = _LOCAL_BODY.match(line)
    if local:
        return _as_written(body, key, local.group())  # `Công an xã` for `CÔNG AN XÃ CHU TRINH`: by its kind
    name = _as_written(body, key, line)
    if line.startswith(_NAMED_WITH_PLACE) and record is not None:
        name = name[: len(name) - len(province.group(1))] + record["name"]  # `... tỉnh kon tum`: its proper name
    if (named := _named_after_province(name)) is not None:
        return named  # `BÁO YÊN BÁI`, written only in capitals: `Báo Yên Bái`
    if _PROVINCIAL_BODY.fullmatch(line):
        return f"{name} tỉnh"  # `TRƯỜNG CHÍNH TRỊ` under `UBND TỈNH BẮC GIANG`: the province's one, by kind
    return name


# a hospital's proper name holds its province (`BỆNH VIỆN ĐA KHOA TỈNH GIA LAI`: `Bệnh viện Đa khoa tỉnh Gia Lai`), not
# a body named by its kind as a department is
_NAMED_WITH_PLACE = ("benh vien ",)
# a district's, commune's or ward's police named with its place (`CÔNG AN XÃ CHU TRINH`, `CÔNG AN HUYỆN NINH PHƯỚC`):
# named by its kind, as `Công an tỉnh` is
_LOCAL_BODY = re.compile(r"cong an (?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa)(?= )")
# a body every province has one of, written without its place under the province's header
_PROVINCIAL_BODY = re.compile(r"truong chinh tri")


def _named_after_province(name: str) -> str | None:
    """`Báo yên bái` (a header in capitals put in sentence case): a body named by one word and its province, the
    province written as its proper name."""
    word, _, rest = name.partition(" ")
    province = exact_province(rest) if rest and rest.islower() else None
    return f"{word} {province['name']}" if province else None


def _sentence_case(body: str, key: str, line: str) -> str:
    """The header line as the header writes it, in sentence case when it is written in capitals."""
    head = key.find(line)
    written = " ".join(body[head:head + len(line)].split()) if head >= 0 else line
    cased = written[:1] + re.sub(r"\S+", _lower_but_abbreviations, written[1:])
    # `KHO BẠC NHÀ NƯỚC KHU VỰC IV`: a region's Roman number stays so, and the State (`Nhà nước`) keeps its capital
    cased = re.sub(r"(?<=\s)[ivxl]+$", lambda m: m.group().upper(), cased)
    return re.sub(r"(?<=\s)nhà nước(?![\wÀ-ỹ])", "Nhà nước", cased)


def _lower_but_abbreviations(word: re.Match) -> str:
    """A header word in small letters, but a government abbreviation that is no syllable (`LHPN` of `HỘI LHPN TỈNH
    SƠN LA`, patterns/abbreviations.txt) as it is written."""
    written = word.group()
    return written if written in abbreviations() and not is_syllable(written.lower()) else written.lower()


def _organ_head(key: str) -> str:
    """The header's organ block (above `CỘNG HÒA`, or a Party body's `ĐẢNG CỘNG SẢN VIỆT NAM`), folded, offsets those
    of the text."""
    head = _forwarded_head(key) or key[:400]
    cuts = [cut for cut in (head.find("cong hoa"), head.find("dang cong san viet nam")) if cut >= 0]
    if not cuts:
        return head
    return _beside_the_motto(head, min(cuts)) or head[:min(cuts)]


_MOTTO = re.compile(r"(?m)^[ \t*#]*cong hoa xa hoi chu nghia viet nam")


def _forwarded_head(key: str) -> str | None:
    """A report pasted under a covering note or an e-mail's quoted header (`From:`, `Subject:`): its organ block is
    the paragraph above its motto, further down than a header's first lines; what precedes it is blanked so that
    offsets stay those of the text."""
    motto = _MOTTO.search(key, 400, 3000)
    if motto is None or _MOTTO.search(key, 0, 400):
        return None
    start = key.rfind("\n\n", 0, motto.start())
    start = max(start + 2, motto.start() - 400) if start >= 0 else motto.start() - 400
    return " " * start + key[start:motto.start() + 400]


def _beside_the_motto(head: str, cut: int) -> str | None:
    """`ỦY BAN NHÂN DÂN   CỘNG HÒA ...` over `XÃ TRÙNG KHÁNH   Độc lập - Tự do - Hạnh phúc`: an organ block written
    beside the national motto (a scan's two columns read line by line) is its lines' left parts; the motto's parts
    are blanked so that offsets stay those of the text."""
    line_start = head.rfind("\n", 0, cut) + 1
    if not head[line_start:cut].strip(" \t*#"):
        return None
    first_end = head.find("\n", cut)
    motto = head.find("doc lap", first_end) if first_end >= 0 else -1
    if motto < 0 or head.rfind("\n", 0, motto) != first_end:
        return None
    motto_end = head.find("\n", motto)
    motto_end = len(head) if motto_end < 0 else motto_end
    return head[:cut] + " " * (first_end - cut) + head[first_end:motto] + " " * (motto_end - motto)


def _organ_block(key: str) -> list[str]:
    """The lines of the header's organ block, each on its words."""
    return [" ".join(line.strip(" \t*#").split()) for line in _organ_head(key).splitlines()]


def _names_issuer(line: str, phrase: str) -> bool:
    """`LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN`, `THỐNG KÊ THÀNH PHỐ HUẾ`: the issuer's catalogued name whole, maybe with its
    province after it."""
    if line == phrase:
        return True
    return line.startswith(phrase + " ") and phrase.endswith((" tinh", " thanh pho")) and (
        find_province(line[len(phrase):]) is not None)


def _issuer_code(suffix: str) -> str:
    """The issuing body's code in a number suffix: `TB-VPUBND` → VPUBND, `SNV-CCHC` → SNV."""
    codes = suffix.split("-")
    type_codes = {fold_keep_length(t["code"]) for t in _doc_types() if t["code"]}
    if len(codes) > 1 and fold_keep_length(codes[0]) in type_codes:
        return codes[1]
    return codes[0]


def _issuer_by_abbr(abbr: str) -> str | None:
    folded = fold_keep_length(abbr)
    for issuer in _issuers():
        if fold_keep_length(issuer["abbr"]) == folded:
            return issuer["name"]
    return None


def _signer(body: str, key: str) -> str | None:
    annex = _ANNEX.search(key, len(key) // 3)
    end = annex.start() if annex else len(body)
    lines = body[:end].splitlines()
    keys = key[:end].splitlines()
    for index in range(len(lines) - 1, -1, -1):
        if _SIGNATURE_TITLES.search(clean(keys[index])):
            block = [_RANK.sub("", clean(_right_column(line))) for line in lines[index + 1 : index + 8]]
            return next((n for n in block if _looks_like_name(n)), None) or _first_name_shaped(block)
    return _name_over_title(lines, keys)


def _right_column(line: str) -> str:
    """`- Lưu: VT.        Lê Đình Quang`: a line of a two-column block laid out with spaces (a PDF's text) holds
    the signature's column after the last wide gap."""
    return re.split(r"[ \t]{3,}", line.strip())[-1]


# `Nguyễn Thị Thu Hà` over `Phó Chánh Văn phòng UBND tỉnh Long An`: a letter's or an e-mail's signature, the name
# first and the title under it
_TITLE_UNDER_NAME = re.compile(r"(?:pho )?(?:chanh van phong|giam doc|chu tich|truong (?:phong|ban)|chanh thanh tra)\b")


def _name_over_title(lines: list[str], keys: list[str]) -> str | None:
    """The signer of a letter signed with the name over the title, in its last lines."""
    for index in range(len(lines) - 2, max(-1, len(lines) - 12), -1):
        name = clean(lines[index])
        if _looks_like_name(name) and _TITLE_UNDER_NAME.match(clean(keys[index + 1])):
            return name
    return None


def _looks_like_name(line: str) -> bool:
    words = line.split()
    if len(words) == 1 and re.fullmatch(r"[^\W\d_]{1,2}'[^\W\d_]+", words[0]) and words[0][0].isupper():
        return _opens_a_name(words[0])  # `K'Vinh`: a K'Ho name written as one word
    return 2 <= len(words) <= 5 and _opens_a_name(words[0]) and all(w[:1].isupper() for w in words)


def _opens_a_name(word: str) -> bool:
    """A family name of surnames.txt (`Nguyễn`), or a name's opening word there (`Y`, `H'` as in `H'Yim`)."""
    names = _surnames()
    return word in names or any(name.endswith("'") and word.startswith(name) for name in names)


def _name_shaped(line: str) -> bool:
    """2-5 capitalised Vietnamese syllables in title case (`Cầm Văn Sơn`): a name whatever the surname."""
    words = line.split()
    return 2 <= len(words) <= 5 and all(
        w[:1].isupper() and (len(w) == 1 or w[1:].islower()) and w.isalpha() and is_syllable(w) for w in words
    )


def _first_name_shaped(block: list[str]) -> str | None:
    """Under the signature title, the first text line when it is shaped like a name (a family name not in
    `surnames.txt`, e.g. the Thái `Cầm`, `Lò`, `Quàng`); a stamp or another title line stops the search."""
    for line in block:
        if not line or line.startswith(("-", "+", "•")):
            continue  # (a recipient of the left column, `- Lưu: VT.`, beside the signature's lines)
        if line.upper() == line:  # another title line (`PHÓ CHỦ TỊCH`) or a stamp
            continue
        return line if _name_shaped(line) else None
    return None


_DAY_MONTH_YEAR = re.compile(r"ngay[\s*]*\d{0,2}[\s*]*thang[\s*]*\d{0,2}[\s*]*nam[\s*]*\d{4}")


def _period(body: str, key: str, title: str | None, title_only: bool = False
            ) -> tuple[str | None, str | None, str | None]:
    # A full date (`ngày 06 tháng 12 năm 2023`) is not a reporting period: blank it out of the key.
    key = _DAY_MONTH_YEAR.sub(lambda m: " " * len(m.group()), key)
    sources = ((fold_keep_length(title), title, True), (key, body, False)) if title else ((key, body, False),)
    sources = sources[:1] if title_only and title else sources
    for source_key, source, is_title in sources:
        patterns = [p for p, _kind in _PERIODS] + ([_YEAR_IN_TITLE, _WINDOW_IN_TITLE] if is_title else [])
        matches = [m for m in (pattern.search(source_key) for pattern in patterns) if m]
        if matches:
            # a title names its period by the first kind that fits; a body with no title by its first period named
            # (`kết quả ... tháng 4 năm 2025` in an e-mail's first sentence, before a task `trong quý II/2025`)
            match = matches[0] if is_title else min(matches, key=lambda m: m.start())
            opening = None if is_title else _OPENING_YEAR.search(source_key, 0, match.start())
            match = opening or match  # `Năm 2024, công tác ... có chuyển biến` opening a directive: that year
            label = nfc(clean(source[match.start() : match.end()]))
            label = label[0].lower() + label[1:] if opening else label
            start, end = _bounds(label)
            return (label, *_stated_window(body, key, start, end))
    return None, None, None


_OPENING_YEAR = re.compile(r"(?m)^nam[ \t]+\d{4}(?=[ \t]*,)")  # a line opening `Năm 2024, ...`


# `quý III năm 2024 (số liệu từ ngày 15/6/2024 đến ngày 14/9/2024)`: a window in brackets right after a
# period states the period's real bounds (a data cut-off that is not the calendar quarter).
_WINDOW_AFTER_PERIOD = re.compile(
    r"\s*\(\s*(?:so lieu\s+(?:tinh\s+)?)?tu\s+ngay\s+(?P<low>[\d/.-]{6,10})\s+den\s+(?:het\s+)?ngay\s+"
    r"(?P<high>[\d/.-]{6,10})\s*\)"
)


def _stated_window(body: str, key: str, start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """The bounds of a window stated in brackets after a period in the body, if it overlaps the period."""
    from .dates import find_dates

    for pattern in [p for p, _kind in _PERIODS] + [_YEAR_IN_TITLE]:  # `kết quả năm 2024 (số liệu từ ngày ...)`
        for match in pattern.finditer(key[:5000]):
            window = _WINDOW_AFTER_PERIOD.match(key, match.end())
            if not window:
                continue
            lows, highs = find_dates(body[window.start("low"):window.end("low")]), find_dates(
                body[window.start("high"):window.end("high")])
            if not (lows and highs and lows[0].precision == highs[0].precision == "day"):
                continue
            low, high = lows[0].iso, highs[0].iso
            if low <= high and (start is None or (low <= end and high >= start)):
                return low, high
    return start, end


def _bounds(label: str) -> tuple[str | None, str | None]:
    from .dates import period_bounds

    bounds = period_bounds(label)
    return bounds if bounds else (None, None)
