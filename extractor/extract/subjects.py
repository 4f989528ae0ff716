"""Who a figure is about: named bodies (`Sở Tư pháp`, `huyện Gia Bình`), levels (`cấp huyện`) and the
whole province (`toàn tỉnh`, which means no subject).

Mentions are found with regular expressions over the masked text (same length as the document text),
so their offsets are offsets into the document. Mentions joined only by `, ` or ` và ` are merged into
one subject (`cấp huyện, xã`; `UBND các huyện, thị xã, thành phố`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"[A-ZĐÂÊÔƠƯĂÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\wÀ-ỹ]*(?: [A-ZĐÂÊÔƠƯĂÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\wÀ-ỹ]*)*"
_DEPARTMENTS = (
    "Tư pháp|Tài chính|Nội vụ|Y tế|Xây dựng|Công thương|Công Thương|Giao thông vận tải|Giao thông Vận tải|"
    "Kế hoạch và Đầu tư|Khoa học và Công nghệ|Thông tin và Truyền thông|Tài nguyên và Môi trường|"
    "Nông nghiệp và Phát triển nông thôn|Nông nghiệp và Phát triển Nông thôn|Nông nghiệp và PTNT|"
    "Nông nghiệp và Môi trường|Lao động, Thương binh và Xã hội|Giáo dục và Đào tạo|"
    "Văn hóa, Thể thao và Du lịch|Văn hoá, Thể thao và Du lịch|Văn hóa và Thể thao|Ngoại vụ|Du lịch|"
    "Dân tộc và Tôn giáo|Khoa học, Công nghệ"
)
_PATTERNS: list[tuple[str, str | None]] = [
    # (regex, level) — level None means "decide from the words"
    (r"(?i:toàn tỉnh|toàn tỉnh nói chung)", "whole"),
    (r"(?<![\w])(?:Tỉnh|tỉnh)(?= (?:đạt|có|là)\b)", "whole"),
    (r"(?<![\w])(?:tỉnh|Tỉnh) " + _NAME, "whole"),
    (r"(?i:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?i:các) (?i:huyện|xã)"
     r"(?:, (?:thị xã|thành phố|phường|thị trấn|quận))*", None),
    (r"(?:(?i:các) )?(?:(?i:UBND|Ủy ban nhân dân) )?(?i:cấp) (?:tỉnh|huyện|xã)"
     r"(?:(?:, | và )(?:cấp )?(?:tỉnh|huyện|xã)(?!\w))*", None),
    (r"(?:(?i:các) )?(?i:cơ quan nhà nước) (?i:cấp) (?:tỉnh|huyện|xã)(?:, cấp (?:tỉnh|huyện|xã))*", None),
    (r"(?:(?i:các) )?(?i:sở), (?i:ban), (?i:ngành)", "tỉnh"),
    (r"(?i:các) (?i:xã), (?i:phường), (?i:thị trấn)", "xã"),
    (r"(?:(?i:UBND|Ủy ban nhân dân) )?(?i:thành phố|thị xã|huyện|quận) " + _NAME, "huyện"),
    (r"(?:(?i:UBND|Ủy ban nhân dân) )?(?i:xã|phường|thị trấn) " + _NAME, "xã"),
    (r"(?i:Sở) (?i:" + _DEPARTMENTS + r")", "tỉnh"),
    (r"(?i:Trung tâm (?:Phục vụ )?hành chính công)(?: (?:tỉnh|các cấp|(?i:thành phố|thị xã|huyện) " + _NAME + "))?",
     None),
    (r"(?i:Chi nhánh Văn phòng đất đai)(?: (?:các cấp|cấp huyện|" + _NAME + "))?", None),
    (r"Ban [Qq]uản lý (?:an toàn thực phẩm|các [Kk]hu công nghiệp|dự án[\wÀ-ỹ ]*?)(?= |,|$)", "tỉnh"),
    (r"Thanh tra tỉnh|Văn phòng UBND tỉnh|Công an tỉnh|Bảo hiểm xã hội tỉnh|Ban Dân tộc", "tỉnh"),
    (r"(?:Cổng )?DVC tỉnh|(?:Cổng )?Dịch vụ công tỉnh", None),
    (r"Doanh nghiệp \(điện, nước, viễn thông\)", None),
]
_COMPILED = [(re.compile(p), lvl) for p, lvl in _PATTERNS]
_JOINER = re.compile(r"^(?:,\s*|\s+và\s+|\s*,\s*và\s+)$")


@dataclass(frozen=True)
class SubjectMention:
    """A body, level or `toàn tỉnh` named in the text (offsets into the document text)."""

    start: int
    end: int
    text: str
    level: str | None
    whole_province: bool = False


def _level_of(words: str) -> str | None:
    lowered = words.lower()
    found = set()
    if re.search(r"cấp tỉnh|sở|ban,|trung tâm (?:phục vụ )?hành chính công tỉnh", lowered):
        found.add("tỉnh")
    if re.search(r"\bhuyện\b|thị xã|thành phố|quận", lowered):
        found.add("huyện")
    if re.search(r"(?<!thị )\bxã\b|phường|thị trấn", lowered):
        found.add("xã")
    return found.pop() if len(found) == 1 else None


def _mergeable(words: str) -> bool:
    """Only plural or level mentions merge (`cấp huyện, xã`); a named body never does."""
    lowered = words.lower()
    plural = r"(?:các |ubnd các |ủy ban nhân dân các |ubnd cấp |cấp |trung tâm hành chính công tỉnh)"
    return bool(re.match(plural, lowered))


def find_subjects(text: str) -> list[SubjectMention]:
    """Return the subject mentions of a (masked) text in order, merging adjacent ones."""
    raw: list[tuple[int, int, str | None]] = []
    for regex, level in _COMPILED:
        for match in regex.finditer(text):
            raw.append((match.start(), match.end(), level))
    raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    kept: list[tuple[int, int, str | None]] = []
    for start, end, level in raw:
        if kept and start < kept[-1][1]:
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
        if level == "whole":
            result.append(SubjectMention(start, end, words, None, whole_province=True))
            continue
        decided = _level_of(words) if (level is None or was_merged) else level
        result.append(SubjectMention(start, end, words, decided))
    return result
