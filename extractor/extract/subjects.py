"""Who a figure is about: named bodies (`Sở Tư pháp`, `huyện Gia Bình`), levels (`cấp huyện`) and the
whole province (`toàn tỉnh`, which means no subject).

Mentions are found with regular expressions over the masked text (same length as the document text),
so their offsets are offsets into the document. Mentions joined only by `, ` or ` và ` are merged into
one subject (`cấp huyện, xã`; `UBND các huyện, thị xã, thành phố`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..gazetteer import (
    MERGER_DATE,
    exact_province,
    exact_province_at,
    find_province,
    fold_same_length,
    is_centrally_run_city,
)
from ..patterns import read_jsonl, read_lines
from ..vietnamese import fold

# A capitalised word of a proper name; an apostrophe may join its syllables (`Ia H'Drai`, `Ea H'leo`, `M'Đrắk`).
_NAME_WORD = r"[A-ZĐÂÊÔƠƯĂÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\wÀ-ỹ]*(?:['’][\wÀ-ỹ]+)*"
_NAME = _NAME_WORD + r"(?: " + _NAME_WORD + r")*"
_WORDS_FILE = "subjects.jsonl"
# the end of a number closing a unit's name (`Phường 7`, `Xã A Lưới 5`): no fraction, share, decimal, count or period
_NUMBER_END = (r"(?![\d/%]|[.,]\d)(?![ \t]*%)(?![ \t]+(?:hồ sơ|thủ tục|TTHC|PAKN|phản ánh|lượt|đơn vị|trường hợp"
               r"|tháng|năm|quý|ngày)(?![\wÀ-ỹ]))")
# after a named unit, more is no count either (`xã Tân Lập 2 lần`, `xã Tân Lập 12 85,2` in a table of one space)
_NAME_NUMBER_END = _NUMBER_END + (r"(?![ \t]*\d)(?![ \t]+(?:lần|bậc|điểm|người|hộ|doanh nghiệp|tài khoản|giao dịch"
                                  r"|thư|kiến nghị|văn bản|máy|bản|giấy|xã|phường|huyện)(?![\wÀ-ỹ]))")
# what a hospital treats, written before its place (`Bệnh viện Đa khoa tỉnh Thanh Hóa`, `Bệnh viện Phụ sản Thanh Hóa`)
_HOSPITAL_KINDS = ("Đa khoa|Y học cổ truyền|Y dược cổ truyền|Phục hồi chức năng|Lao và bệnh phổi|Tâm thần|Phụ sản"
                   "|Nội tiết|Da liễu|Ung bướu|Nhi|Mắt")
_PARTY_BOARDS = r"(?:Ủy ban Kiểm tra|Ban Dân vận|Ban Tuyên giáo(?: và Dân vận)?|Ban Tổ chức|Ban Thường vụ|Văn phòng)"
_ASSOCIATIONS = (r"(?:Ủy ban MTTQ Việt Nam|Ủy ban Mặt trận Tổ quốc Việt Nam|Ủy ban MTTQ"
                 r"|Liên đoàn Lao động|Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội LHPN|Hội Cựu chiến binh"
                 r"|Đoàn đại biểu Quốc hội|Đoàn Thanh niên|Đoàn)")  # `Đoàn phường Quy Nhơn`: the youth union's chapter


@cache
def _words(kind: str) -> tuple[dict, ...]:
    """The records of patterns/subjects.jsonl of one kind (whole, unit, department, body)."""
    return tuple(record for record in read_jsonl(_WORDS_FILE) if record["kind"] == kind)


def village_words() -> frozenset[str]:
    """The words naming a village or residential group below the commune (`thôn`, `tổ dân phố`: kind `village`)."""
    return frozenset(record["word"] for record in _words("village"))


def _alternation(values: list[str]) -> str:
    """A regex alternation of literal phrases, longest first (so `thị xã` wins over `xã`)."""
    return "|".join(re.escape(v).replace(r"\ ", " ") for v in sorted(set(values), key=len, reverse=True))


def _unit_levels() -> dict[str, str]:
    return {record["word"]: record["level"] for record in _words("unit")}


# `thành phố` followed, within the clause, by a level below it: `cấp thành phố` is then a level (the city's own)
_LOWER_LEVEL_AFTER = r"(?=(?:[^.;\n]|\.\d){0,40}?cấp (?:huyện|quận|xã|phường))"


@cache
def _patterns() -> list[tuple[str, str | None]]:
    """(regex, level) of every kind of mention — level None means "decide from the words", `local`
    means a unit named after its unit word (`huyện Gia Bình`, or `Thành phố Cần Thơ`: the province), `area` the
    units of an area (decided from the words before it)."""
    unit = "(?i:" + _alternation(list(_unit_levels())) + ")"
    departments = _alternation([record["name"] for record in _words("department")])
    villages = _alternation([record["word"][0].upper() + record["word"][1:] for record in _words("village")])
    sites = _alternation([record["word"] for record in _words("site")]) or "(?!)"
    whole = _alternation([record["phrase"] for record in _words("whole")])
    national = _alternation([record["phrase"] for record in _words("national")])
    regions = _alternation([record["phrase"] for record in _words("region")])
    # `phường Xuân Hương - Đà Lạt`: a 2025 ward's name ending on its former city's
    suffix = r"(?: - (?:" + _alternation([record["phrase"] for record in _words("name_suffix")]) + r")(?![\wÀ-ỹ]))?"
    bodies: dict[str, list[str]] = {}
    for record in _words("body"):
        bodies.setdefault(record["level"], []).append(record["phrase"])
    ubnd = r"(?i:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)"
    return [
        (r"(?i:" + whole + r")(?![\wÀ-ỹ])", "whole"),
        (r"(?<![\wÀ-ỹ])(?i:" + national + r")(?![\wÀ-ỹ])", None),
        # a region, not the scope a rank is within (`Trong vùng Bắc Trung Bộ, Quảng Nam xếp thứ 5/14`)
        (r"(?<![\wÀ-ỹ])(?<![Tt]rong )(?i:" + regions + r")(?![\wÀ-ỹ])", None),
        # not the last word of a list of unit kinds (`11/13 huyện, thị xã, thành phố tăng điểm`), nor the committee a
        # proposal goes to (`Sở đã trình UBND tỉnh xếp hạng 04 di tích`)
        (r"(?<![\w])(?<!, )(?<!và )(?<!trình UBND )(?<!trình Ủy ban nhân dân )(?:Tỉnh|tỉnh|thành phố)"
         r"(?= (?:đạt|có|là|tăng|giảm|xếp|đứng)\b)", "whole"),
        (r"(?<![\w])(?:tỉnh|Tỉnh) " + _NAME, "whole"),
        (ubnd + r" (?i:các) " + unit + r"(?:(?:, | và )" + unit + r")*(?![\wÀ-ỹ])", None),
        # `Công an các huyện, thị xã, thành phố`, `Bảo hiểm xã hội các huyện`: a provincial service's local units
        (r"(?:Công an|Bảo hiểm xã hội|BHXH) (?i:các) " + unit + r"(?:(?:, | và )" + unit + r")*(?![\wÀ-ỹ])", None),
        # `Công an cấp xã tiếp nhận 64.918 hồ sơ`: a service's units of one level
        *((r"(?:Công an|Bảo hiểm xã hội|BHXH) cấp " + level + r"(?![\wÀ-ỹ])", level)
          for level in ("tỉnh", "huyện", "xã")),
        # `Bộ phận Một cửa các phường tiếp nhận ...`: the units of one kind whose one-stop desks act
        (r"(?<=Một cửa )(?i:các) " + unit + r"(?![\wÀ-ỹ])(?!,)", None),
        # the provincial social-insurance office and its branches: `Văn phòng BHXH tỉnh`, `BHXH tỉnh Nam Định`,
        # `BHXH huyện Mỹ Lộc`, `Công an thành phố Nam Định` (a district-level branch)
        (r"(?:Văn phòng )?(?:Bảo hiểm xã hội|BHXH) tỉnh(?: " + _NAME + r")?(?![\wÀ-ỹ])", "tỉnh"),
        (r"(?:Bảo hiểm xã hội|BHXH|Công an) (?:thành phố|thị xã|huyện|quận) " + _NAME, "huyện"),
        # the trade union, the farmers' association and the deputies' delegation of a province, and their chapters in
        # its districts and communes (`Liên đoàn Lao động huyện Kỳ Sơn`, `Hội Nông dân thành phố Tuy Hòa`, `Công an xã
        # Bằng Thành`)
        (_ASSOCIATIONS + r" tỉnh(?: " + _NAME + r")?(?![\wÀ-ỹ])", "tỉnh"),
        (_ASSOCIATIONS + r" (?:thành phố|thị xã|huyện|quận) " + _NAME, "huyện"),
        (r"(?:" + _ASSOCIATIONS + r"|Công an) (?:xã|phường|thị trấn|đặc khu) " + _NAME, "xã"),
        # a commune's people's council (`HĐND xã Di Linh`, `Thường trực HĐND xã Di Linh`)
        (r"(?:Thường trực )?(?:HĐND|Hội đồng nhân dân) (?:xã|phường|thị trấn|đặc khu) " + _NAME, "xã"),
        # the Party committees of districts and communes and their boards (`Ủy ban Kiểm tra Huyện ủy Đắk Hà`, `Ủy ban
        # Kiểm tra các huyện ủy, thành ủy`, `Đảng ủy xã Mỹ Hòa`); a centrally-run city's `Thành ủy` is the province's
        (r"(?:" + _PARTY_BOARDS + r" )?(?:Huyện ủy|Quận ủy|Thị ủy|Thành ủy(?! (?:Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng"
         r"|Cần Thơ|Huế)(?![\wÀ-ỹ]))) " + _NAME, "huyện"),
        (r"(?:" + _PARTY_BOARDS + r" )?(?i:các) (?:huyện ủy|quận ủy|thị ủy|thành ủy)(?:(?:, | và )(?:huyện ủy|quận ủy"
         r"|thị ủy|thành ủy))*(?![\wÀ-ỹ])", "huyện"),
        (r"(?:" + _PARTY_BOARDS + r" )?Đảng ủy (?:xã|phường|thị trấn|đặc khu) " + _NAME, "xã"),
        (r"(?:" + _PARTY_BOARDS + r" )?(?:(?i:các) )?Đảng ủy (?:xã|phường|thị trấn)(?:(?:, | và )(?:xã|phường"
         r"|thị trấn))*(?![\wÀ-ỹ])", "xã"),
        # `cấp thành phố 1.497 TTHC, cấp huyện 276 TTHC`, `cấp thành phố 1.617 TTHC, cấp xã 367 TTHC` (from July 2025
        # a city has no district level): a centrally-run city's own level, above the ones listed after it; in a
        # provincial city's own report the same words are its district level
        # (figure_subjects._as_district_city_level)
        (r"cấp thành phố" + _LOWER_LEVEL_AFTER, "tỉnh"),
        # `cấp Thành phố` (capitalised): the province level of a centrally-run city (Hà Nội, TP HCM)
        # `cấp thị xã`, `cấp quận` (level huyện), `cấp phường` (level xã): a level named by its units' kind
        (r"(?:(?i:các) )?(?:" + ubnd + r" )?(?i:cấp) (?:tỉnh|huyện|thị xã|quận|xã|phường|Thành phố(?![\wÀ-ỹ])"
         r"|thành phố" + _LOWER_LEVEL_AFTER + ")"
         r"(?:(?:, | và )(?:cấp Thành phố|(?:cấp )?(?:tỉnh|huyện|thị xã|quận|xã|phường))(?!\w))*", None),
        (r"(?:(?i:các) )?(?i:cơ quan nhà nước) (?i:cấp) (?:tỉnh|huyện|xã)(?:, cấp (?:tỉnh|huyện|xã))*", None),
        (r"(?:(?i:các) )?(?i:sở),? (?:(?i:ban), )?(?i:ngành)(?: (?:tỉnh|thành phố)(?![\wÀ-ỹ]))?", "tỉnh"),
        # `Chỉ số SIPAS bình quân khối sở đạt 87,94%`, `Khối sở có tỷ lệ ...`: the departments' block, bare (not the
        # group a body is ranked in: `có tỷ lệ trực tuyến thấp nhất khối sở (68,36%)`)
        (r"(?<!nhất )(?<!trong )(?i:khối) (?i:sở)(?![\wÀ-ỹ])(?!,? (?i:ban|ngành))", "tỉnh"),
        # `các xã thuộc khu vực Bạc Liêu cũ (286 hồ sơ)`: the communes of an area, often a former district's
        # (not the city or province itself: `các xã, phường trên địa bàn Thành phố`)
        (r"(?i:các) " + unit + r"(?:, " + unit + r")* (?:thuộc |trên )?(?:khu vực|địa bàn) (?:(?:thành phố|thị xã"
         r"|huyện|quận) )?(?!(?:Thành phố|Tỉnh)(?![\wÀ-ỹ]))" + _NAME + r"(?: (?:cũ|\(cũ\)))?", "area"),
        # `khối xã, phường`, a sentence opening `Mỗi xã, phường có ...`: the block; not `Trong khối huyện, thành phố Vị
        # Thanh ...` (the last word names a unit)
        (r"(?:(?i:các|khối)|Mỗi) " + unit + r"(?:, " + unit + r")+(?![\wÀ-ỹ])(?! " + _NAME_WORD + ")", None),
        # `Ở khối huyện, dẫn đầu là ...`: the block a sentence opens on, before its comma
        (r"(?:(?<=Tại )|(?<=tại )|(?<=Ở )|(?<=ở ))(?i:khối) (?:" + ubnd + r" )?(?:(?i:cấp) )?" + unit + r"(?=,)", None),
        # a block of one kind opening a clause (`; khối huyện có 03/8 đơn vị`) or averaged (`điểm bình quân khối
        # huyện`), not a place (`đứng cuối khối huyện`)
        (r"(?:^|(?<=\n)|(?<=[;,.:] )|(?<=[Bb]ình quân )|(?<=[Bb]ình quân của )|(?<=[Tt]rung bình )"
         r"|(?<=[Tt]rung bình của )|(?<=của ))"
         r"(?i:khối) (?:" + ubnd + r" )?(?:(?i:cấp) )?" + unit
         + r"(?![\wÀ-ỹ])(?! " + _NAME_WORD + r")(?!,)", None),
        # (not a cooperative's name: `Liên minh Hợp tác xã Việt Nam`)
        # (`Xã A Lưới 5`: since the 2025 merger a name may end on a number, not a count or a period after it)
        (r"(?<!Hợp tác )(?<!hợp tác )(?:" + ubnd + r" )?" + unit + " " + _NAME + r"(?: \d{1,2}" + _NAME_NUMBER_END
         + r")?" + suffix, "local"),
        # `- Xóm Làng Lường: ...`, `Thôn Đông đạt ...`: a village below the commune, named (no level); written with a
        # capital, as a subject is; not the lower-case one of an address (`số 12 Quốc lộ 20, ấp Hiệp Quyết`)
        (r"(?<![\wÀ-ỹ])(?:" + villages + r") " + _NAME, "village"),
        # `- KCN Thăng Long II: 98 doanh nghiệp`: a site named (an industrial park, kind `site`; no level)
        (r"(?<![\wÀ-ỹ])(?:" + sites + r") " + _NAME, "village"),
        # `- Tổ dân phố số 7: ...`, `Thôn 3 đạt ...`: one named by its number
        (r"(?<![\wÀ-ỹ])(?:" + villages + r") (?:số )?\d{1,3}(?![\d/%]|[.,]\d)(?![ \t]*%)", "village"),
        # a grassroots tax office named by its number and province, after the 2025 reorganisation (`Thuế cơ sở 12 tỉnh
        # Phú Thọ`; it serves several communes: no level of its own)
        (r"(?<![\wÀ-ỹ])Thuế cơ sở \d{1,2} (?:tỉnh|thành phố) " + _NAME, "village"),
        # a ward or district named by a number (`Phường 7`, `Quận 10`), not a count (`các xã 5 hồ sơ`)
        (r"(?<![\wÀ-ỹ])(?:" + ubnd + r" )?" + unit + r" \d{1,2}" + _NUMBER_END,
         "local"),  # nor a period (`Điểm Bộ chỉ số của huyện 9 tháng đầu năm 2024`)
        (r"(?i:Sở) (?i:" + departments + r")(?![\wÀ-ỹ])", "tỉnh"),
        # `... công thành phố` with no name after it: a centrally-run city's own (`thành phố Huế`), province level
        (r"(?i:Trung tâm (?:Phục vụ )?hành chính công) thành phố(?![\wÀ-ỹ])(?! " + _NAME_WORD + r")", "tỉnh"),
        (r"(?i:Trung tâm (?:Phục vụ )?hành chính công)(?: (?:tỉnh|các cấp|cấp (?:tỉnh|huyện|xã)"
         r"|(?i:thành phố|thị xã|huyện) " + _NAME
         + r"|(?i:phường|xã|thị trấn|đặc khu)(?: " + _NAME + r")?(?![\wÀ-ỹ])))?", None),
        # a provincial land registration office's branch serving an area after the districts were abolished (`Chi nhánh
        # Văn phòng Đăng ký đất đai khu vực Nghĩa Lộ`): the province's
        (r"(?i:Chi nhánh Văn phòng (?:Đăng ký )?đất đai) khu vực " + _NAME, "tỉnh"),
        (r"(?i:Chi nhánh Văn phòng (?:Đăng ký )?đất đai)(?: (?:các cấp|cấp huyện|(?i:thành phố|thị xã|huyện|quận)"
         r"(?: " + _NAME + r")?(?![\wÀ-ỹ])|" + _NAME + "))?", None),
        # `Chi nhánh Vĩnh Yên`: a branch (of the land registration office) named by its place, in a table or prose
        # (not `Chi nhánh Trung tâm Phục vụ hành chính công Thành phố tại phường`: a branch named by its parent)
        # `Chi nhánh quận Ninh Kiều`: a branch named by its district (at that district's level); `Chi nhánh phường
        # Hoàn Kiếm`: a city centre's branch named by its ward (at the ward's level)
        # (a branch named by a bare place is a provincial body's branch: at the province's level)
        # (a bank's, named first: `Agribank Chi nhánh thành phố Cần Thơ`, `Ngân hàng Nhà nước Chi nhánh ...`)
        (r"(?:(?:Ngân hàng Nhà nước|[A-Z][A-Za-z]*[Bb]ank|[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{3,}) )?"
         r"Chi nhánh (?!Văn phòng|Trung tâm)(?:(?:thành phố|thị xã|huyện|quận|khu vực|phường|xã|đặc khu) )?" + _NAME,
         "provincial_branch"),
        # `Bệnh viện Nhi Thanh Hóa`, `Bệnh viện Đa khoa tỉnh Thanh Hóa`, `Bệnh viện Đa khoa khu vực Ngọc Lặc`: the
        # province's hospitals (a district's own: `Trung tâm Y tế huyện Đăk Hà`, at its level)
        (r"(?:Bệnh viện Đa khoa|Trung tâm Y tế) (?:huyện|thị xã|thành phố|quận) " + _NAME, "huyện"),
        # the courts and procuracies of a province and its districts (`Tòa án nhân dân thành phố Buôn Ma Thuột`,
        # `Viện kiểm sát nhân dân cấp huyện`, `Tòa án nhân dân tỉnh Đắk Lắk`)
        (r"(?:Tòa án|Viện kiểm sát) nhân dân (?:(?:thành phố|thị xã|huyện|quận) " + _NAME + r"|cấp huyện(?![\wÀ-ỹ]))",
         "huyện"),
        (r"(?:Tòa án|Viện kiểm sát) nhân dân (?:tỉnh(?: " + _NAME + r")?|cấp tỉnh)(?![\wÀ-ỹ])", "tỉnh"),
        # `Trạm Y tế xã Vĩnh Hanh`, `13/13 Trạm Y tế xã, thị trấn`: a commune's health station, or all of them
        (r"(?i:Trạm Y tế) (?:xã|phường|thị trấn|đặc khu) " + _NAME, "xã"),
        (r"(?:(?i:các) )?(?i:Trạm Y tế) (?:xã|phường|thị trấn)(?:(?:, | và )(?:xã|phường|thị trấn))*(?![\wÀ-ỹ])", "xã"),
        # (two kinds joined: `Bệnh viện Phụ sản - Nhi Đà Nẵng`)
        (r"Bệnh viện (?:(?:" + _HOSPITAL_KINDS + r")(?: - (?:" + _HOSPITAL_KINDS + r"))?(?: (?:tỉnh|khu vực))?"
         r"(?: " + _NAME + r")?|" + _NAME + r")",
         "tỉnh"),
        # a provincial fund (`Quỹ Hỗ trợ phát triển HTX tỉnh`, `Quỹ Đầu tư phát triển tỉnh Vĩnh Long`)
        (r"Quỹ [A-ZĐÂÊÔƠƯĂ][^\n,.;:()]{0,50}? tỉnh(?: " + _NAME + r")?(?![\wÀ-ỹ])", "tỉnh"),
        # a provincial centre named by its work (`Trung tâm Dịch vụ việc làm tỉnh`, `Trung tâm Chuyển đổi số tỉnh`)
        # (one name: not `Trung tâm Tư vấn và Hỗ trợ HTX phối hợp với Cục Thuế tỉnh`)
        (r"Trung tâm [A-ZĐÂÊÔƠƯĂ](?:(?!phối hợp|với |cùng |đã |đang |tại )[^\n,.;:()]){0,50}? tỉnh(?: " + _NAME
         + r")?(?![\wÀ-ỹ])", "tỉnh"),
        # `Bảo tàng tỉnh Hòa Bình`, `Thư viện tỉnh`: the province's museum and library
        (r"(?:Bảo tàng|Thư viện) tỉnh(?: " + _NAME + r")?(?![\wÀ-ỹ])", "tỉnh"),
        # a provincial department's district offices (`Chi cục Thi hành án dân sự huyện Cù Lao Dung`, `Các Chi cục
        # Thi hành án dân sự`) and an electricity company's branches over several districts (`Điện lực khu vực Ba Bể
        # - Chợ Đồn`)
        (r"(?:(?i:các) )?Chi cục (?:Thi hành án dân sự|Thống kê)(?: (?:thành phố|thị xã|huyện|quận) " + _NAME
         + r")?(?![\wÀ-ỹ])", "huyện"),
        (r"Điện lực khu vực " + _NAME + r"(?: - " + _NAME + r")*", None),
        # (and before 2025 one branch per district, named by its place: `Điện lực Tuy Hòa`)
        (r"(?<![Cc]ông ty )Điện lực (?!(?i:khu vực|miền|tỉnh|thành phố|Việt Nam)(?![\wÀ-ỹ]))" + _NAME, None),
        # a provincial post office's branches after the 2025 reorganisation (`Bưu điện khu vực Thới Bình`), each over
        # several communes: the province's level, as a provincial body's branch named by a place is
        (r"Bưu điện khu vực " + _NAME, "tỉnh"),
        # a State Treasury's office in the province and its branches by place (`Văn phòng Kho bạc Nhà nước Nam Định`,
        # `Kho bạc Nhà nước Hải Hậu`: a district's unless the place is a province); a customs branch's checkpoints
        # (`Hải quan cửa khẩu Ga đường sắt liên vận quốc tế Lào Cai`, `Hải quan Yên Bái`)
        (r"Văn phòng Kho bạc Nhà nước(?: tỉnh)? " + _NAME, "tỉnh"),
        # a regional treasury's head office and its numbered transaction offices (`Văn phòng Kho bạc Nhà nước khu vực
        # XIX`, `Phòng Giao dịch số 2`), each over a former province's area or less: no level of their own
        (r"Văn phòng Kho bạc Nhà nước khu vực [IVXL]+(?![\wÀ-ỹ])", "tỉnh"),
        (r"Phòng [Gg]iao dịch số \d{1,2}(?![\d\wÀ-ỹ])", None),
        # a youth union's district chapters (`Thành Đoàn Đồng Xoài`, `Thị Đoàn Bình Long`, `Huyện Đoàn Bù Gia Mập`)
        (r"(?:Huyện|Thị|Thành|Quận) [Đđ]oàn " + _NAME, "huyện"),
        (r"(?<!Văn phòng )Kho bạc Nhà nước (?!(?i:khu vực|tỉnh|các|cấp)(?![\wÀ-ỹ]))" + _NAME, "branch"),
        (r"(?:(?i:các) )?Kho bạc Nhà nước (?:huyện|cấp huyện)(?![\wÀ-ỹ])", "huyện"),
        (r"(?<!Cục )(?<!cục )Hải quan (?:cửa khẩu|sân bay|cảng)[^\n:;,()]{1,60}?(?=[ \t]*[:(,])", "tỉnh"),
        (r"(?<!Cục )(?<!cục )Hải quan (?!(?i:khu vực|cửa khẩu|sân bay|cảng)(?![\wÀ-ỹ]))" + _NAME, "tỉnh"),
        # `Phòng giao dịch huyện Lập Thạch`: a bank branch's office in a district
        (r"Phòng giao dịch (?:thành phố|thị xã|huyện|quận) " + _NAME, "huyện"),
        # `Điểm giao dịch Phúc Yên`: a centre's counter in a town (a table row of its report)
        (r"Điểm giao dịch " + _NAME, None),
        # `Điểm tiếp nhận Diên Phú: 912 hồ sơ`, `tại điểm tiếp nhận Hoằng Hải 164 hồ sơ`: a one-stop centre's reception
        # point named by its place (a former commune's seat)
        (r"(?<![\wÀ-ỹ])[Đđ]iểm tiếp nhận " + _NAME, None),
        # `Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp`: a zone's board named with its place, kept whole
        (r"Ban [Qq]uản lý (?:an toàn thực phẩm|các [Kk]hu công nghiệp|[Kk]hu kinh tế(?: tỉnh| " + _NAME
         + r"(?: và các khu công nghiệp)?)?|dự án[\wÀ-ỹ ]*?)(?= |,|$)", "tỉnh"),
        *((_alternation(phrases) + r"(?![\wÀ-ỹ])", level) for level, phrases in bodies.items()),
        (r"(?:Cổng )?DVC tỉnh|(?:Cổng )?Dịch vụ công tỉnh", None),
        (r"Doanh nghiệp \(điện, nước, viễn thông\)", None),
    ]


@cache
def _compiled() -> list[tuple[re.Pattern, str | None]]:
    return [(re.compile(p), level) for p, level in _patterns()]


_JOINER = re.compile(r"^(?:[,;]\s*|\s+và\s+|\s*,\s*và\s+)$")  # `Các sở, ban, ngành; UBND các huyện`


@dataclass(frozen=True)
class SubjectMention:
    """A body, level or `toàn tỉnh` named in the text (offsets into the document text)."""

    start: int
    end: int
    text: str
    level: str | None
    whole_province: bool = False


def is_national(words: str) -> bool:
    """`cả nước`: the whole country (patterns/subjects.jsonl kind `national`)."""
    return fold(words.strip()) in {fold(record["phrase"]) for record in _words("national")}


def above_province(words: str) -> bool:
    """`cả nước`, `vùng Bắc Trung Bộ`: the whole country or a region of provinces, a subject above the province
    (patterns/subjects.jsonl kinds `national` and `region`)."""
    return is_national(words) or fold(words.strip()) in {fold(record["phrase"]) for record in _words("region")}


# a bare `vùng` standing for a region (`bình quân vùng 16,35 điểm`, `cao hơn mức chung của vùng`), not `trong vùng`
_BARE_REGION = re.compile(r"(?i:(?<=bình quân )|(?<=trung bình )|(?<=của )|(?<=toàn ))vùng(?![\wÀ-ỹ])"
                          r"(?![ \t]+[A-ZĐÀ-Ỹ])")


def national_issuer(issuer: str | None) -> bool:
    """`Cục Chuyển đổi số quốc gia`, `Bộ Nội vụ`: a national body, whose report is on no province of its own."""
    return bool(re.search(r"\bquoc gia$|^bo ", fold(issuer or "")))


def with_bare_region(text: str, mentions: list[SubjectMention]) -> list[SubjectMention]:
    """A bare `vùng` (`bình quân vùng 16,35 điểm`) names the one region of provinces the document names (`vùng Bắc
    Trung Bộ`): a mention of that region, as the document first writes it."""
    regions = {fold(record["phrase"]) for record in _words("region")}
    named = [m for m in mentions if fold(m.text) in regions]
    if len({fold(m.text) for m in named}) != 1:
        return mentions
    region = " ".join(named[0].text.split())
    taken = [(m.start, m.end) for m in mentions]
    found = [SubjectMention(match.start(), match.end(), region, None) for match in _BARE_REGION.finditer(text)
             if not any(start <= match.start() < end for start, end in taken)]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


# a list or numbered item opening on a name, up to its colon or bracket (`- Chi cục Kiểm lâm: tiếp nhận ...`, `7.2.
# Trung tâm Khuyến công và Tư vấn phát triển công nghiệp: hỗ trợ ...`)
_ITEM_OPENING = re.compile(r"(?m)^[ \t]*(?:[-+•*–▪]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))[ \t]+"
                           r"(?P<name>[A-ZĐ][^\n:;()\d]{3,100}?)[ \t]*(?::|\()")


def names_division(words: str, issuer: str, bare: bool = False) -> bool:
    """`Chi cục Kiểm lâm`, `Trung tâm Xúc tiến thương mại`, `Phòng Quản lý đất đai`: a division's name (a `division`
    word of patterns/subjects.jsonl, then a capital), not a field (`Phòng cháy, chữa cháy`), of a division `issuer` can
    have (`Khoa Cấp cứu` in a hospital's report, not in a ward's). A table row's label (`bare`) may also close on the
    word or go on with a number (`Trụ sở chính`, `Thuế cơ sở 2`)."""
    words = words.strip()
    found = re.match(rf"(?:{division_words()})(?:[ \t]+|$)", fold(words))
    if found is None:
        return False
    word = found.group().strip()
    if word in division_issuers() and not any(kind in fold(issuer) for kind in division_issuers()[word]):
        return False
    after = words[found.end():found.end() + 1]
    # (`Hải quan cửa khẩu cảng Cần Thơ`: a division word whose names may open on a common noun, `lower_name`)
    return (after.isupper() or (after != "" and word in lower_named_divisions())
            or (bare and (after.isdigit() or after == "")))


@cache
def division_issuers() -> dict[str, tuple[str, ...]]:
    """The `division` words of patterns/subjects.jsonl that only a body of some kinds has (`of`: `khoa` of a hospital
    or a school, not of a ward's committee), folded, with the folded words those issuers' names contain."""
    return {fold(record["word"]): tuple(fold(kind) for kind in record["of"])
            for record in _words("division") if record.get("of")}


@cache
def lower_named_divisions() -> frozenset[str]:
    """The `division` words of patterns/subjects.jsonl whose names may open on a common noun (`lower_name`), folded."""
    return frozenset(fold(record["word"]) for record in _words("division") if record.get("lower_name"))


@cache
def division_words() -> str:
    """The `division` words of patterns/subjects.jsonl, folded, as a regex alternation (longest first)."""
    names = [fold(record["word"]) for record in _words("division")]
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"


def with_item_divisions(text: str, mentions: list[SubjectMention], issuer: str, level: str | None,
                        reports: Callable[[int], bool]) -> list[SubjectMention]:
    """A list item opening on a division's name (`- Chi cục Chăn nuôi, Thú y và Thủy sản: tiếp nhận 1.926 hồ sơ`) names
    the body its figures are about, at `level` (its parent's, the issuer's). A name already found as a body is kept
    as found; items where `reports(start)` is false (a task assigned to a division) name none."""
    found = []
    for match in _ITEM_OPENING.finditer(text):
        start, end = match.span("name")
        if not names_division(match["name"], issuer) or any(m.start == start for m in mentions) or not reports(start):
            continue
        found.append(SubjectMention(start, end, match["name"], level))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start < f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


# written capitalised, or listed above the district level (`cấp thành phố, cấp huyện, cấp xã`): the centrally-run
# city itself, at the province level
CITY_LEVEL = re.compile(r"(?i:cấp) (?:Thành phố(?![\wÀ-ỹ])|thành phố" + _LOWER_LEVEL_AFTER + ")")


def _level_of(words: str) -> str | None:
    lowered = words.lower()
    found = set()
    if re.search(r"cấp tỉnh|sở|ban,|trung tâm (?:phục vụ )?hành chính công tỉnh", lowered) or CITY_LEVEL.search(words):
        found.add("tỉnh")
    if re.search(r"cấp huyện", lowered):
        found.add("huyện")
    if re.search(r"cấp xã", lowered):
        found.add("xã")
    lowered = re.sub(r"cấp (?:tỉnh|huyện|xã|thành phố)", " ", lowered)
    for word, level in sorted(_unit_levels().items(), key=lambda item: -len(item[0])):
        if re.search(rf"(?<![\wÀ-ỹ]){re.escape(word)}(?![\wÀ-ỹ])", lowered):
            found.add(level)
            lowered = lowered.replace(word, " ")
    return found.pop() if len(found) == 1 else None


def _province_itself(words: str) -> bool:
    """`Thành phố Cần Thơ`: a centrally-run city named with a unit word is the province, not a district."""
    name = re.sub(r"^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) )?", "", words, flags=re.IGNORECASE)
    unit = next((w for w in sorted(_unit_levels(), key=len, reverse=True) if name.lower().startswith(w + " ")), None)
    if unit is None:
        return False
    record = exact_province(name[len(unit) + 1:])
    return record is not None and fold(record.get("type", "")) == fold(unit)


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def _mergeable(words: str) -> bool:
    """Only plural or level mentions merge (`cấp huyện, xã`); a named body never does."""
    lowered = words.lower()
    plural = r"(?:các |ubnd các |ủy ban nhân dân các |ubnd cấp |cấp |trung tâm hành chính công tỉnh)"
    return bool(re.match(plural, lowered))


def find_subjects(text: str) -> list[SubjectMention]:
    """Return the subject mentions of a (masked) text in order, merging adjacent ones."""
    raw: list[tuple[int, int, str | None]] = []
    for regex, level in _compiled():
        for match in regex.finditer(text):
            raw.append((match.start(), match.end(), level))
    raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    kept: list[tuple[int, int, str | None]] = []
    for start, end, level in raw:
        if (kept and start < kept[-1][1]) or _grades_a_thing(text, start):
            continue
        kept.append((start, end, level))
    merged: list[list] = []
    for start, end, level in kept:
        if (merged and _mergeable(text[start:end]) and _mergeable(text[merged[-1][0]:merged[-1][1]])
                and _JOINER.match(text[merged[-1][1]:start])):
            merged[-1][1] = end
            merged[-1][3] = True
            continue
        merged.append([start, end, level, False])
    result = []
    for start, end, level, was_merged in merged:
        words = text[start:end]
        if level == "whole" or (level == "local" and _province_itself(words)):
            result.append(SubjectMention(start, end, words, None, whole_province=True))
            continue
        if level == "village":
            result.append(SubjectMention(start, end, words, None))
            continue
        if level == "branch":  # named by a place: the province's own office, else a district's
            place = re.sub(r"^Kho bạc Nhà nước ", "", words)
            level = "tỉnh" if exact_province(place) is not None else "huyện"
        if level == "provincial_branch":
            city = re.search(r"thành phố (" + _NAME + ")$", words)
            # a centrally-run city's branch (`... Chi nhánh thành phố Cần Thơ`) is the province's
            level = "tỉnh" if city and is_centrally_run_city(city.group(1)) else (_level_of(words) or "tỉnh")
        if level == "area":  # the communes of an area: the level of the units named before the area
            level = _level_of(re.split(r" (?:thuộc |trên )?(?:khu vực|địa bàn) ", words)[0])
        decided = _level_of(words) if (level in (None, "local") or was_merged) else level
        result.append(SubjectMention(start, end, words, decided))
    return _with_former_province(text, result)


@cache
def _graded_before() -> re.Pattern:
    words = _alternation([record["word"] for record in _words("graded")])
    return re.compile(r"(?<![\wÀ-ỹ])(?i:" + words + r")[ \t]+(?=(?i:cấp)[ \t]+$)")


def _grades_a_thing(text: str, start: int) -> bool:
    """`107 di tích cấp tỉnh`, `Bằng khen cấp tỉnh`: a level right after a thing ranked by level (kind `graded`)
    classifies that thing; it names no body."""
    if text[start:start + 4].lower() != "cấp ":
        return False
    return _graded_before().search(text, max(0, start - 40), start + 4) is not None


_FORMER_AFTER = re.compile(r"[ \t]+(?i:cũ)(?![\wÀ-ỹ])")


def _with_former_province(text: str, mentions: list[SubjectMention]) -> list[SubjectMention]:
    """`Sở Y tế tỉnh Bến Tre cũ 2.207 hồ sơ`: a department followed by a former province (`tỉnh X cũ`) is that
    province's former department, one body named as written."""
    out: list[SubjectMention] = []
    for mention in mentions:
        before = out[-1] if out else None
        former = _FORMER_AFTER.match(text, mention.end) if mention.whole_province else None
        if (before is not None and former and not before.whole_province and before.level == "tỉnh"
                and re.fullmatch(r"[ \t]+", text[before.end:mention.start])):
            out[-1] = SubjectMention(before.start, former.end(), text[before.start:former.end()], "tỉnh")
            continue
        out.append(mention)
    return out


_COUNCIL_BEFORE = r"(?:(?i:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)[ \t]+)?"
_CITY_NAMED = re.compile(_COUNCIL_BEFORE + r"(?i:thành phố)[ \t]+(?P<name>.+)")


def as_of_day(mentions: list[SubjectMention], day: str | None) -> list[SubjectMention]:
    """`thành phố Huế` in a report of 2025: the province itself (Thừa Thiên Huế became the centrally-run city Huế on
    1 January 2025, patterns/provinces.jsonl field `renamed`), not the provincial city it was before."""
    return [_renamed_province(mention, day) for mention in mentions]


_FORMER_MARK = re.compile(r"[ \t]*(?:\([ \t]*(?i:cũ)[ \t]*\)|(?i:cũ)(?![\wÀ-ỹ]))")


def as_former_district(text: str, mention: SubjectMention, day: str | None) -> SubjectMention:
    """`thị xã Kỳ Anh (cũ) có tỷ lệ nộp trực tuyến cao nhất (79,83%)` for a day after 1 July 2025: a former district,
    which no longer exists, stands for the communes now on its area (level xã); for a day before it (`cùng kỳ của quận
    Cái Răng (cũ) (quý I năm 2025: 61,24%)`) it is still the district."""
    if not day or day < MERGER_DATE or mention.level != "huyện" or not _FORMER_MARK.match(text, mention.end):
        return mention
    return SubjectMention(mention.start, mention.end, mention.text, "xã")


def _renamed_province(mention: SubjectMention, day: str | None) -> SubjectMention:
    city = _CITY_NAMED.fullmatch(mention.text)
    if mention.whole_province or city is None or not day:
        return mention
    record = find_province(city.group("name"))
    renamed = record.get("renamed") if record else None
    if not renamed or day < renamed[0] or _compact(renamed[1]) != _compact(city.group("name")):
        return mention
    return SubjectMention(mention.start, mention.end, mention.text, None, whole_province=True)


_PROVINCE_NAMED = re.compile(_COUNCIL_BEFORE + r"(?i:tỉnh|thành phố)[ \t]+(?P<name>.+)")


def of_other_provinces(text: str, mentions: list[SubjectMention], province: str | None,
                       national: bool = False) -> list[SubjectMention]:
    """`Tỉnh Bình Phước: 41.306 hồ sơ` in the report of a regional treasury in Bình Dương, `của tỉnh Ninh Thuận đạt
    84,62%` in Khánh Hòa's: a province other than the document's is a body at the province level, named as written.
    Right after a body or a level (`Khối UBND cấp huyện tỉnh Ninh Thuận`, `các xã, phường thuộc khu vực tỉnh Nam
    Định`) it only says whose they are: one mention, at their level. The document's own province (and `toàn tỉnh`)
    stays the whole province. A national body's report (`national`) owns none."""
    own = find_province(province)
    if own is None and not national:
        return mentions  # the document's province is unknown: no province named in it can be told apart
    own = own or {"id": None}
    out: list[SubjectMention] = []
    folded = fold_same_length(text)
    for mention in _with_own_province_named(text, folded, _with_bare_provinces(text, folded, mentions, own), own):
        other = _other_province(mention, own)
        before = out[-1] if out else None
        if (other is not mention and before is not None and not before.whole_province
                and _OWNER_GAP.fullmatch(text, before.end, mention.start)):
            out[-1] = SubjectMention(before.start, mention.end, text[before.start:mention.end], before.level)
            continue
        out.append(other)
    return out


def _with_own_province_named(text: str, folded: str, mentions: list[SubjectMention], own: dict
                             ) -> list[SubjectMention]:
    """`Trường Chính trị tỉnh Bắc Giang đã tổ chức 58 lớp`, `Bưu điện tỉnh Nghệ An xếp thứ 3/34`, `Thống kê thành phố
    Huế đạt 93,48/100 điểm`: a provincial body named in full with the document's own province keeps the name as
    written."""
    if own["id"] is None:
        return mentions
    out = []
    for mention in mentions:
        gap = _PROVINCE_AFTER_BODY.match(text, mention.end) if mention.level == "tỉnh" else None
        named = exact_province_at(text, folded, gap.end()) if gap else None
        if named and named[0]["id"] == own["id"] and not re.match(r"[\wÀ-ỹ]", text[named[1]:named[1] + 1]):
            mention = SubjectMention(mention.start, named[1], text[mention.start:named[1]], "tỉnh")
        out.append(mention)
    return out


# a body ending in its province's kind (`Bưu điện tỉnh`, a centrally-run city's `Thống kê thành phố`), then the
# province's name
_PROVINCE_AFTER_BODY = re.compile(r"(?:(?<=[ \t][tT]ỉnh)|(?<=[ \t][tT]hành phố))[ \t]+(?=[A-ZÀ-Ỹ])")


# between a body and the province it belongs to: a space, or `thuộc (khu vực)`
_OWNER_GAP = re.compile(r"[ \t]+(?:(?i:thuộc)(?:[ \t]+(?i:khu vực))?[ \t]+)?")


# a province named bare where a body would be: after a clause's start, a bracket or `và`, and before a verb, a colon, a
# bracket or a number (`Đồng Tháp xếp thứ 3/13`, `Quảng Ninh (82,57%)`, `(Bình Phước 1.382 chứng từ`)
_BARE_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[,;:(.] )|(?<=\()|(?<=[ \t]và )|(?<=[ \t]của )|(?<=[ \t]là ))" + _NAME)
_BARE_AFTER = re.compile(r"[ \t]*(?:\(|:[ \t]*\d|\d|(?:đạt|xếp|có|tăng|giảm|đứng|chiếm)(?![\wÀ-ỹ]))")


def _with_bare_provinces(text: str, folded: str, mentions: list[SubjectMention], own: dict) -> list[SubjectMention]:
    """The mentions and the provinces named bare as the actor of a clause: the document's own is the whole province,
    another is a body at the province level, named as written. `mentions` are in order and do not overlap."""
    starts = [m.start for m in mentions]
    ends = {m.end for m in mentions}
    found = []
    for match in _BARE_BEFORE.finditer(text):
        start = match.start()
        named = exact_province_at(text, folded, start)
        if named is None or not _BARE_AFTER.match(text, named[1]):
            continue
        record, end = named
        before = bisect.bisect_left(starts, end)
        taken = before > 0 and mentions[before - 1].end > start
        # one of a list after a province mention: `hai tỉnh Bắc Ninh, Bắc Giang`
        listed = (start - 2 in ends and text[start - 2:start] == ", ") or (start - 4 in ends
                                                                           and text[start - 4:start] == " và ")
        if not taken and not listed:
            own_province = record["id"] == own["id"]
            found.append(SubjectMention(start, end, text[start:end], None if own_province else "tỉnh",
                                        whole_province=own_province))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _other_province(mention: SubjectMention, own: dict) -> SubjectMention:
    named = _PROVINCE_NAMED.fullmatch(mention.text) if mention.whole_province else None
    record = find_province(named.group("name")) if named else None
    if record is None or record["id"] == own["id"]:
        return mention
    return SubjectMention(mention.start, mention.end, mention.text, "tỉnh")


_LEVEL_NAME = re.compile(r"Cấp (?:tỉnh|huyện|thị xã|quận|xã|phường)")


def subject_name(text: str, issuer: str | None = None) -> str:
    """A subject as stored: the words as written, on one line, but a level in lower case wherever the sentence
    put it (`Cấp tỉnh, cấp huyện và cấp xã tiếp nhận ...` → `cấp tỉnh`), so that one level has one name; and the
    issuer written by its abbreviation (`BHXH tỉnh` in the report of `Bảo hiểm xã hội tỉnh`) named as the issuer."""
    words = " ".join(text.split())
    if issuer and words != issuer and fold(_expanded(words)) == fold(issuer):
        return issuer
    return words[0].lower() + words[1:] if _LEVEL_NAME.fullmatch(words) else words


def _expanded(words: str) -> str:
    """The words with each capital abbreviation written out (`BHXH tỉnh` → `bảo hiểm xã hội tỉnh`)."""
    return " ".join(_abbreviations().get(word, word) for word in words.split())


@cache
def _abbreviations() -> dict[str, str]:
    """patterns/abbreviations.txt: `ABBR:expansion[,expansion]`, the first expansion."""
    lines = (line.split(":", 1) for line in read_lines("abbreviations.txt") if ":" in line)
    return {abbr: expansion.split(",")[0] for abbr, expansion in lines}
