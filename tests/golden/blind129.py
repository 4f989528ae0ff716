"""Blind golden facts for corpus/blind129/720_nghe_an.txt, 721_dong_thap.txt, 722_can_tho.txt, 723_hung_yen.txt and
724_tuyen_quang.txt.

The five documents were written by the developers for a hundred-and-twenty-ninth blind measurement (MONTHLY REPORTS
OF PROVINCIAL PUBLIC-SERVICE CENTRES AND OF A BRANCH: files received and returned per department's counter, queue
tickets, results returned by the public postal service, overdue files by department with apology letters, satisfaction
rated at kiosks and by SMS, staff on duty, tables of departments with received / on-time / overdue / on-time share;
Nghệ An before the 1 July 2025 merger, Đồng Tháp, Cần Thơ, Hưng Yên and Tuyên Quang after it; periods tháng 3 năm
2025, tháng 9 năm 2025, tháng 11 năm 2025, tháng 01 năm 2026 and tháng 4 năm 2026; not real documents), and every row
below was written by reading them, before any extraction, restoration or pipeline code was run on them. They also
serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind128.py, blind127.py, blind126.py, blind125.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a previous month in brackets ("(tháng 02/2025:
12.418 hồ sơ)", "so với tháng 02/2025 (18.272 phiếu)", "So với tháng 10/2025 (33.846 hồ sơ)") is kind previous dated
at that month's end; a change is dated with the figure it changes and a fall ("giảm") is negative; a change in "điểm
phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves a field unchecked where the sentence names
no catalogued indicator (`None` where it clearly names none: counts of counters, bodies, branches, devices). "phản
ánh, kiến nghị" counts use the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that
indicator's code; every "đã giải quyết" count, pending files, postal files, early files ("trước hạn"), money and
changes of counts have their code unchecked; files "nộp trực tiếp tại quầy" the direct channel's code. Counts of "sở,
ban, ngành", "cơ quan" → `đơn vị` at the level of the bodies counted (subject unchecked). A provincial body's own
figures naming no body are named by its kind (`Trung tâm Phục vụ hành chính công tỉnh`, in the centrally-run city
Cần Thơ `Trung tâm Phục vụ hành chính công thành phố`; level tỉnh); a sentence naming the body in full keeps the name
as written ("Bưu điện tỉnh Nghệ An", "Bưu điện thành phố Cần Thơ", "Bưu điện tỉnh Tuyên Quang", level tỉnh; each Sở,
"Công an tỉnh"); province-wide figures ("tỉnh Nghệ An đạt", "thành phố Cần Thơ đạt") have subject NULL. Things counted
take the noun as written (`quầy`, `công chức` for "công chức, viên chức", `người`, `phiếu` for queue tickets, `kết
quả`, `thư xin lỗi`, `thư`, `lượt`, `tin nhắn`, `phản hồi`, `máy đánh giá`, `thiết bị`, `chi nhánh`); money keeps the
unit written (`triệu đồng`, `tỷ đồng`); durations `phút`, `ngày`. Numbers written in words are no figures ("một hồ
sơ", the days of "ngày hai mươi tháng 4", "ngày mười lăm tháng 10", "ngày hai mươi lăm tháng 12", "ngày mười tháng
02", "ngày hai mươi tháng 5"). Dates, document numbers and cited texts ("Quyết định số 1846/QĐ-UBND", "Công văn số
1128/VP-KSTT", "Kế hoạch số 236/KH-UBND", "Quyết định số 412/QĐ-UBND", "Quy chế phối hợp số 08/QC-TTPVHCC", "Quyết
định số 766/QĐ-TTg"), the stated window ("từ ngày 01/3/2025 đến ngày 31/3/2025"), months naming a result or a bracket
("tháng 02/2025", "Tháng 9/2025", "tháng 8/2025", "tháng 10/2025", "tháng 12/2025", "tháng 01/2026", "tháng 3/2026",
"Tháng 4/2026"), "Bộ chỉ số 766", addresses ("số 16 đường Trường Thi", "số 02 đường Hòa Bình", "số 76 đường Lê
Lợi"), phone numbers ("0238.3599.868", "0273.3876.215", "0292.3762.333", "0207.3822.946"), section and item numbering
("I.", "1.", "a)", "Bảng 1."), the STT column, the signer's title and headings naming the next period ("VI. NHIỆM VỤ
THÁNG 4 NĂM 2025", "VI. NHIỆM VỤ THÁNG 10 NĂM 2025", "V. NHIỆM VỤ THÁNG 12 NĂM 2025", "6. Nhiệm vụ tháng 02 năm 2026":
no deadlines) and years are not figures.

New in this set (the decisions are written here):
- QUEUE TICKETS AND WAITING TIMES: "đã cấp 21.486 phiếu số thứ tự", "cấp 29.418 phiếu", "cấp 16.842 phiếu số thứ tự"
  are counts in `phiếu` (the issuer's, code unchecked); "bình quân 1.931 phiếu/ngày làm việc" is an average, kind
  value (not count), unit `phiếu`; waiting and service times "8,6 phút/lượt", "12,4 phút", "9,8 phút", "7,2 phút",
  "9,2 phút" are values in `phút`, their falls negative changes ("giảm 1,4 phút", "giảm 2,2 phút"), the previous
  month in brackets kind previous.
- SATISFACTION AT KIOSKS AND BY SMS: the overall share ("Tỷ lệ hài lòng chung đạt 98,82%", "tỷ lệ hài lòng đạt
  98,18%", "98,48%", "98,78%", "98,26%") carries the satisfaction code `766.hai_long.tthc` (as golden/blind117.py's
  663 reads the counter ratings), its target and previous value the same code; the counts of ratings, messages and
  replies and the shares of each answer ("rất hài lòng 7.412 lượt (75,28%)", "rất hài lòng chiếm 68,42%", "không hài
  lòng 1,36%") and the SMS channel's own share in 724 ("Qua tin nhắn SMS … tỷ lệ hài lòng đạt 97,84%": one channel,
  not the Centre's rate) have their code unchecked; "tin nhắn" and "phản hồi" are the nouns counted.
- RESULTS RETURNED BY POST: "chuyển phát 3.418 kết quả" (`kết quả`), "6.248 hồ sơ", "2.852 hồ sơ", "1.846 kết quả"
  and their shares of the files settled have their code unchecked; "Bưu điện tỉnh Nghệ An đã chuyển phát …" and
  "Bưu điện thành phố Cần Thơ đã trả …" and "Bưu điện tỉnh Tuyên Quang thu gom … 612 hồ sơ" are the post office's
  (named, level tỉnh), the other postal counts the issuer's.
- A DEPARTMENT'S COUNTER AT A CENTRE: table rows and list items naming a Sở ("| Sở Tài chính |", "- Quầy Sở Tư pháp:
  1.918 hồ sơ") are that Sở (subject the Sở without "Quầy", level tỉnh), "Công an tỉnh" as written; "Các cơ quan còn
  lại" and "Các quầy còn lại" subject unchecked, level tỉnh; a total row with an empty STT is the Centre.
- A BRANCH'S OWN REPORT (723: header "UBND TỈNH HƯNG YÊN / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG / CHI NHÁNH THÁI BÌNH"):
  the branch's own figures ("Chi nhánh bố trí …", "Chi nhánh tiếp nhận …" and sentences naming no body) are the issuer
  as its header and title name it, `Chi nhánh Thái Bình`, as a commune's own report is its UBND; the level of a
  branch is left unchecked (as golden/blind105.py's 601 and blind108.py leave their branches'). The branches in 721's
  table and 724's "Chi nhánh Hà Giang" likewise: subject as written, level unchecked; 721's head office "Trụ sở chính
  (phường Đạo Thạnh)" part of the issuer (subject unchecked, level tỉnh, as 601).
- A TARGET IN A SATISFACTION SHARE WITH ONE DECIMAL ("chỉ tiêu năm 2026 là 98,5%, chưa đạt chỉ tiêu"; task "tối
  thiểu 98,5%"): kind target, value 98.5.

Per document:
- 720 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Nghệ An (before the merger; header "UBND
  TỈNH NGHỆ AN / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", signed by its director), tháng 3 năm 2025, issued 03/4/2025,
  ranks /63. The Centre's "52 quầy … 19 sở, ban, ngành và 04 cơ quan ngành dọc" (`đơn vị`, level tỉnh), "68 công
  chức, viên chức … 11 người", tickets, files "14.862 hồ sơ (tháng 02/2025: 12.418 hồ sơ), tăng 2.444 hồ sơ, tương
  ứng tăng 19,68%" with the three channels, settled, on time, overdue, pending; A MARKDOWN TABLE BY AGENCY (received,
  on-time files, overdue files, on-time share; "0" and "100" cells; "Tổng cộng" with an empty STT the Centre); "Sở
  Nông nghiệp và Môi trường … (96 hồ sơ, chiếm 60,76% …) … (82 hồ sơ)" (the field's part subject unchecked), "02 cơ
  quan … 100%"; "142 thư xin lỗi … 89,87%; còn 16 hồ sơ (… 11 hồ sơ, … 5 hồ sơ)" (the agencies': subject unchecked,
  level tỉnh; the named Sở's parts theirs); the post office; payment "71,36% (tháng 02/2025: 68,14%), tăng 3,22 điểm
  phần trăm; so với chỉ tiêu UBND tỉnh giao năm 2025 là 75% thì chưa đạt" (the Centre's target dated 2025-12-31);
  kiosk ratings; PAKN "18 … 17/18 … 94,44%"; the province's `84,26/100`, `18/63` "(tháng 02/2025: 82,94 điểm, xếp thứ
  23/63), tăng 1,32 điểm và tăng 5 bậc" and two groups. Task 1's "96 hồ sơ" a count repeated, task 2's "04 quầy",
  task 3's "tối thiểu 75% trong quý II năm 2025" the agencies' target (subject unchecked, level tỉnh, 2025-06-30). Six
  deadlines: day, "chậm nhất ngày hai mươi tháng 4 năm 2025", quarter (with the target), month, year in a request
  "Đề nghị Viễn thông Nghệ An …", "trước ngày 25 hằng tháng" (issued 03/4/2025: first 25/4/2025).
- 721 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp (merged with Tiền Giang; signed by
  a deputy director), tháng 9 năm 2025, issued 06/10/2025, ranks /34. "04 chi nhánh" (`chi nhánh`), "86 quầy; …
  trụ sở chính 38 quầy, mỗi chi nhánh 12 quầy" (the head office's subject unchecked, level tỉnh; each branch's open),
  "104 người, tăng 6 người", tickets; files "42.186 hồ sơ (tháng 8/2025: 39.412 hồ sơ), tăng 2.774 …, tương ứng tăng
  7,04%", online "28.614 …, chiếm 67,83%; so với chỉ tiêu UBND tỉnh giao năm 2025 là 70% thì chưa đạt" (target
  2025-12-31), settled, on time, overdue, postal; A TAB-SEPARATED TABLE BY RECEPTION POINT (tickets, received, returned
  by post, overdue, on-time share; "Tổng cộng" with an empty STT the Centre); "Chi nhánh Hồng Ngự … (98,61%)", "Chi
  nhánh Cao Lãnh có 112 hồ sơ quá hạn, … (86 hồ sơ)" (the field's part open); "418 thư xin lỗi …, đạt 88,56%"; SMS;
  payment, "5,86 tỷ đồng", digitisation, reuse; the province `82,64/100`, `15/34`, two groups. Task 1's "112 hồ sơ"
  repeated, task 2's "02 quầy", task 3's "tối thiểu 70% trong quý IV năm 2025" the branches' target (open,
  2025-12-31), task 4's "04 chi nhánh". Six deadlines in dash items: day for a branch, "chậm nhất ngày mười lăm tháng
  10 năm 2025" for another, quarter (with the target), month, year in a request "Đề nghị Bưu điện tỉnh Đồng Tháp …",
  "trước ngày 03 hằng tháng" (issued 06/10/2025, after the 3rd: first 03/11/2025).
- 722 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công thành phố Cần Thơ (merged with Sóc Trăng and Hậu
  Giang; a centrally-run city: the Centre's own figures `Trung tâm Phục vụ hành chính công thành phố`, level tỉnh),
  tháng 11 năm 2025, issued 04/12/2025. Channels after "lần lượt là … tương ứng" (online, direct, postal: the n-th
  share the n-th channel's), "So với tháng 10/2025 (33.846 hồ sơ) … tăng 2.582 hồ sơ" (previous 2025-10-31), tickets
  and times ("một hồ sơ" in words no figure); settled with early, on-time and overdue counts, the on-time share; A
  MARKDOWN TABLE BY AGENCY (as 720); "lần lượt là 97,78% và 97,22%" (the two Sở named before), "chiếm 47,77%";
  letters, payment, digitisation, the post office "4.126 kết quả …, tăng 12,84%"; "12 thiết bị" and ratings after
  "lần lượt là", "98,48%, so với chỉ tiêu năm 2025 là 98% thì đạt" (target 2025-12-31); PAKN "22 … 22/22 … 100%";
  the city's `81,46/100`, `21/34` "(tháng 10/2025: 80,12 điểm, xếp thứ 24/34), tăng 1,34 điểm, tăng 3 bậc". Task 1's
  "214 hồ sơ" repeated, task 3's "tối thiểu 80% trong quý I năm 2026" (subject unchecked, level tỉnh, 2026-03-31),
  task 4's "06 thiết bị". Six deadlines in numbered items: day, "chậm nhất ngày hai mươi lăm tháng 12 năm 2025",
  quarter (with the target), month, year in a request "Đề nghị Viettel Cần Thơ …", "trước ngày 28 hằng tháng" (issued
  04/12/2025: first 28/12/2025).
- 723 is a monthly Báo cáo of the Chi nhánh Thái Bình of the Trung tâm Phục vụ hành chính công tỉnh Hưng Yên (merged
  with Thái Bình; to the Centre's director; signed "PHÓ GIÁM ĐỐC TRUNG TÂM / PHỤ TRÁCH CHI NHÁNH"), tháng 01 năm 2026,
  issued 05/02/2026. The branch's figures (above): "24 quầy giao dịch (18 quầy …; 06 quầy …)" (the parts open), "34
  công chức … 3 người", tickets "11.246 phiếu (tháng 12/2025: 10.418 phiếu), … 2.418 phiếu …, chiếm 21,50%", waiting
  "7,2 phút (tháng 12/2025: 9,4 phút), giảm 2,2 phút"; files "9.864 … 6.126 …, chiếm 62,10%; … 3.286 … 452"; a DASH
  LIST PER COUNTER "- Quầy Sở Nông nghiệp và Môi trường: 2.846 hồ sơ, trong đó trực tuyến 1.412 hồ sơ;" (the Sở, level
  tỉnh; received and online codes); settled, on time, overdue; postal "1.846 kết quả …, chiếm 20,03%"; payment, "1,28
  tỷ đồng", digitisation; overdue by Sở in "+" items with the letters each sent ("(lĩnh vực đất đai 71 hồ sơ)" the
  field, open subject, level tỉnh); "93 thư, đạt 84,55%" (`thư`, subject and level open: the Sở's letters at the
  branch); kiosk ratings "6.418 lượt …, bằng 65,06% số hồ sơ tiếp nhận", the answers, "98,78% (tháng 12/2025:
  98,12%)"; PAKN "09 … 09/09"; the province `85,18/100`, `9/34`. Task 1's "71 hồ sơ" repeated (level tỉnh), task 3's
  "tối thiểu 65% trong quý I năm 2026" (open: the reception desk's rate at the branch), task 4's "04 thiết bị". Six
  deadlines: day in a request "Đề nghị Sở Nông nghiệp và Môi trường …", "chậm nhất ngày mười tháng 02 năm 2026" in a
  request "Đề nghị Sở Y tế …", quarter (with the target), month "tháng 02/2026", year in a request "Đề nghị Bưu điện
  tỉnh Hưng Yên …", "trước ngày 02 hằng tháng" (issued 05/02/2026, after the 2nd: first 02/3/2026).
- 724 is a THÔNG BÁO (doc_type "Thông báo") of the Trung tâm Phục vụ hành chính công tỉnh Tuyên Quang (merged with Hà
  Giang; number "52/TB-TTPVHCC", signed by its director) of tháng 4 năm 2026, issued 08/5/2026, to the agencies with
  counters. The Centre's "46 quầy … 58 công chức", tickets, waiting time, Saturday duty "12 công chức … 846 hồ sơ";
  files "18.246 hồ sơ (tháng 3/2026: 17.318 hồ sơ), tăng 928 hồ sơ; … 12.614 …, chiếm 69,13%", its branch "Chi nhánh
  Hà Giang tiếp nhận 5.846 hồ sơ, trực tuyến 3.412 hồ sơ, chiếm 58,36%; quá hạn 98 hồ sơ" (the branch as written);
  settled, on time, overdue, "So với tháng 3/2026 (312 hồ sơ quá hạn), … giảm 26 hồ sơ" (previous with the overdue
  code, 2026-03-31), "3,4 ngày/hồ sơ"; payment "66,42% (tháng 3/2026: 63,18%), tăng 3,24 điểm phần trăm", digitisation,
  postal; overdue files by Sở IN ONE SENTENCE BETWEEN SEMICOLONS, each with its letters in brackets ("Sở Nông nghiệp
  và Môi trường 164 hồ sơ (đã gửi 142 thư xin lỗi)"; "Sở Y tế 16 hồ sơ (chưa gửi thư xin lỗi)"), "Tổng cộng 242 thư
  xin lỗi, đạt 84,62%", "57,34%"; satisfaction "98,26%; chỉ tiêu năm 2026 là 98,5%, chưa đạt chỉ tiêu" (target
  2026-12-31); PAKN "14 … 14/14"; the province `83,92/100`, `19/34` "(tháng 3/2026: xếp thứ 22/34), tăng 3 bậc", two
  groups. Tasks' "22 thư xin lỗi" and "16 hồ sơ" repeated (level tỉnh), task 3's "tối thiểu 98,5% trong quý II năm
  2026" (subject unchecked, level tỉnh, 2026-06-30). Six deadlines in dash items: day, "chậm nhất ngày hai mươi tháng
  5 năm 2026", quarter (with the target), month, year in a request "Đề nghị Bưu điện tỉnh Tuyên Quang …", "trước ngày
  05 hằng tháng" (issued 08/5/2026, after the 5th: first 05/6/2026).

Unsure readings (fields left `ANY`, or decided and written here): the subject of the branch's own figures in 723
(`Chi nhánh Thái Bình` as its header names it; an analyst might write the longer "Chi nhánh Thái Bình - Trung tâm
Phục vụ hành chính công tỉnh Hưng Yên") and the level of every branch (unchecked); whether a Sở's counter ("Quầy Sở
Tư pháp") is the Sở (decided: yes, level tỉnh); the owner of the letters counted in total (720's "142 thư xin lỗi",
723's "93 thư": the agencies', subject unchecked); the owner of 721's "(86 hồ sơ)" (the Sở's land files at one
branch: subject and level unchecked); whether "bình quân 1.931 phiếu/ngày làm việc" is a count (decided: an average,
kind value); whether 724's SMS share "97,84%" carries the satisfaction code (one channel's: unchecked); the code of
"3,4 ngày/hồ sơ" (a processing time; unchecked).
"""
from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _KQ,
    _NOP,
    _NTT,
    _QH,
    _SH,
    _TN,
    _TSD,
    _TT,
    ANY,
    CH,
    PR,
    TAB,
    C,
    F,
    Fact,
    P,
    R,
    T,
    vn_number,
)

_num = vn_number
_TONG = "766.tong_hop"
_HANG = "766.xep_hang"
_PAKN_TN = "pakn.tiep_nhan"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_NULL = {"subject": None, "level": None}
_NN = "Sở Nông nghiệp và Môi trường"
_XD = "Sở Xây dựng"


def _find_cell(line: str, sep: str, raw: str, start: int) -> int:
    """Where the separator before the cell `raw` begins in a table row (the cell ends at the next separator, at the
    row's closing " |", or at the end of the line)."""
    at = line.find(sep + raw, start)
    while at != -1:
        rest = line[at + len(sep) + len(raw):]
        if rest.startswith(sep) or rest in ("", " |"):
            return at
        at = line.find(sep + raw, at + 1)
    raise ValueError(f"no cell {raw!r} in {line!r}")


def _by(subject: object, level: object):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _tsv_line(cells: tuple[str, ...]) -> str:
    """A tab-separated table row."""
    return "\t".join(cells)


def _table(rows: list[tuple[str, ...]], make_line, last_after: str, who_of, units: tuple, codes: tuple) -> list[Fact]:
    """All numeric cells of a table given as (STT, name, *values) rows written by `make_line`, each kind value with
    `extra={"source": "table"}` at the period end. A cell's context is the separator before it, the rest of its row and
    the next row's STT and name (`last_after` after the last row), so that it occurs once and the raw text is found
    first at the cell itself; `who_of(stt, name)` gives the row's subject and level."""
    facts = []
    for i, (stt, name, *values) in enumerate(rows):
        line = make_line((stt, name, *values))
        if i + 1 < len(rows):
            after = make_line(rows[i + 1][:2])
            after = after.rsplit(" |", 1)[0] if after.endswith(" |") else after
        else:
            after = last_after
        sep = " | " if line.startswith("|") else "\t"
        subject, level = who_of(stt, name)
        at = 0
        for raw, unit, code in zip(values, units, codes, strict=True):
            at = _find_cell(line, sep, raw, at)
            facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, P, subject=subject, level=level,
                           code=code, extra=TAB))
            at += len(sep)
    return facts


def _agency_who(centre: str):
    """Subject and level of a row of an agency table: the total (empty STT) is the Centre, "Các cơ quan còn lại" is
    open, every other row the body as written; all at level tỉnh."""
    def who(stt: str, name: str) -> tuple[object, str]:
        if stt == "":
            return centre, "tỉnh"
        return (ANY if name.startswith("Các ") else name), "tỉnh"
    return who


def _province(score: str, rank: str, prev_score: str | None, prev_rank: str, prev_date: str,
              changes: tuple[str, str] | None, groups: list[tuple[str, str, str]]) -> list[Fact]:
    """The province's (or city's) own 766 result of the month (subject NULL): total, rank, the previous month's
    total and rank (kind previous), the changes and the group scores with their maxima. Each item is (context, raw)
    except groups (context, raw, code)."""
    total = score.split("/")[0].split()[-1]
    facts = [F(score, total + "/100", _num(total), "điểm", max_value=100, code=_TONG, **_NULL)]
    top = int(rank.split("/")[1].rstrip(")"))
    rank_raw = rank.split()[-1].rstrip(")")
    facts.append(F(rank, rank_raw, _num(rank_raw.split("/")[0]), "hạng", R, max_value=top, code=_HANG, **_NULL))
    if prev_score is not None:
        raw = prev_score.split()[-2] if prev_score.endswith("điểm") else prev_score.split()[-1]
        facts.append(F(prev_score, raw, _num(raw), "điểm", PR, max_value=100, as_of=prev_date, code=_TONG, **_NULL))
    prev_raw = prev_rank.split()[-1].rstrip(")").rstrip(",")
    facts.append(F(prev_rank, prev_raw, _num(prev_raw.split("/")[0]), "hạng", PR, max_value=top, as_of=prev_date,
                   code=_HANG, **_NULL))
    if changes is not None:
        points, places = changes
        if points:
            facts.append(F(points, points.split()[1], _num(points.split()[1]), "điểm", CH, code=_TONG, **_NULL))
        facts.append(F(places, places.split()[1], _num(places.split()[1]), "hạng", CH, code=_HANG, **_NULL))
    for context, raw, code in groups:
        head, top_group = raw.split("/")
        facts.append(F(context, raw, _num(head), "điểm", max_value=_num(top_group), code=code, **_NULL))
    return facts


# ------------------------------------------------------------ 720: Trung tâm PVHCC tỉnh Nghệ An, tháng 3 năm 2025
_TTT = "Trung tâm Phục vụ hành chính công tỉnh"
_ttt = _by(_TTT, "tỉnh")
_FEB_2025 = "2025-02-28"
_nn = _by(_NN, "tỉnh")

# the Markdown table: (STT, agency as written, received, on time, overdue, on-time share)
_AGENCIES_720 = [
    ("1", "Sở Nông nghiệp và Môi trường", "3.846", "3.312", "96", "97,18"),
    ("2", "Sở Tài chính", "2.418", "2.206", "12", "99,46"),
    ("3", "Sở Xây dựng", "1.264", "1.186", "18", "98,50"),
    ("4", "Sở Tư pháp", "2.126", "2.048", "0", "100"),
    ("5", "Sở Công Thương", "1.412", "1.396", "0", "100"),
    ("6", "Sở Y tế", "986", "912", "14", "98,49"),
    ("7", "Sở Nội vụ", "1.048", "1.002", "8", "99,21"),
    ("8", "Công an tỉnh", "1.126", "1.118", "4", "99,64"),
    ("9", "Các cơ quan còn lại", "636", "608", "6", "99,02"),
    ("", "Tổng cộng", "14.862", "13.788", "158", "98,87"),
]

_AGENCY_COLUMNS = (("hồ sơ", "hồ sơ", "hồ sơ", "%"), (_TN, _DH, _QH, _DH))

BLIND_720 = [
    # I. counters, bodies at the Centre (`đơn vị`), staff, queue tickets (tháng 02/2025 dated 2025-02-28), waiting
    _ttt("bố trí 52 quầy", "52", 52, "quầy", C, code=None),
    F("cho 19 sở", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("và 04 cơ quan", "04", 4, "đơn vị", C, code=None, **_IN_TINH),
    _ttt("có 68 công chức", "68", 68, "công chức", C, code=ANY),
    _ttt("đó 11 người", "11", 11, "người", C, code=ANY),
    _ttt("cấp 21.486 phiếu", "21.486", 21486, "phiếu", C, code=ANY),
    _ttt("tăng 3.214 phiếu", "3.214", 3214, "phiếu", CH, code=ANY),
    _ttt("(18.272 phiếu)", "18.272", 18272, "phiếu", PR, as_of=_FEB_2025, code=ANY),
    _ttt("là 8,6 phút", "8,6", 8.6, "phút", code=ANY),
    _ttt("giảm 1,4 phút", "1,4", -1.4, "phút", CH, code=ANY),
    # II.1 files and channels; II.2 settled, on time, overdue, pending
    _ttt("tiếp nhận 14.862 hồ sơ", "14.862", 14862, "hồ sơ", C, code=_TN),
    _ttt("(tháng 02/2025: 12.418", "12.418", 12418, "hồ sơ", PR, as_of=_FEB_2025, code=_TN),
    _ttt("tăng 2.444 hồ sơ", "2.444", 2444, "hồ sơ", CH, code=ANY),
    _ttt("tăng 19,68%", "19,68%", 19.68, "%", CH, code=ANY),
    _ttt("trực tuyến 9.214 hồ sơ", "9.214", 9214, "hồ sơ", C, code=_NOP),
    _ttt("chiếm 62,00%", "62,00%", 62, "%", code=_NOP),
    _ttt("tại quầy 4.936 hồ sơ", "4.936", 4936, "hồ sơ", C, code=_NTT),
    _ttt("công ích 712 hồ sơ", "712", 712, "hồ sơ", C, code=ANY),
    _ttt("giải quyết 13.946 hồ sơ", "13.946", 13946, "hồ sơ", C, code=ANY),
    _ttt("đúng hạn 13.788 hồ sơ", "13.788", 13788, "hồ sơ", C, code=_DH),
    _ttt("đạt 98,87%", "98,87%", 98.87, "%", code=_DH),
    _ttt("quá hạn 158 hồ sơ", "158", 158, "hồ sơ", C, code=_QH),
    _ttt("chiếm 1,13%", "1,13%", 1.13, "%", code=_QH),
    _ttt("trong hạn 916 hồ sơ", "916", 916, "hồ sơ", C, code=ANY),
    # the table; the Sở with most overdue files, its land field, the agencies at 100%
    *_table(_AGENCIES_720, _md_line, "\nSở Nông nghiệp và Môi trường có số", _agency_who(_TTT), *_AGENCY_COLUMNS),
    _nn("(96 hồ sơ", "96", 96, "hồ sơ", C, code=_QH),
    _nn("chiếm 60,76%", "60,76%", 60.76, "%", code=ANY),
    F("(82 hồ sơ)", "82", 82, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("Có 02 cơ quan", "02", 2, "đơn vị", C, code=None, **_IN_TINH),
    F("giải quyết 100% hồ sơ", "100%", 100, "%", code=_DH, **_IN_TINH),
    # II.4 apology letters (the agencies'), files without a letter and two Sở's parts; II.5 the post office
    F("gửi 142 thư", "142", 142, "thư xin lỗi", C, code=ANY, **_IN_TINH),
    F("đạt 89,87%", "89,87%", 89.87, "%", code=ANY, **_IN_TINH),
    F("còn 16 hồ sơ", "16", 16, "hồ sơ", C, code=ANY, **_IN_TINH),
    _nn("Môi trường 11 hồ sơ", "11", 11, "hồ sơ", C, code=ANY),
    F("Xây dựng 5 hồ sơ", "5", 5, "hồ sơ", C, subject=_XD, level="tỉnh", code=ANY),
    F("phát 3.418 kết quả", "3.418", 3418, "kết quả", C, subject="Bưu điện tỉnh Nghệ An", level="tỉnh", code=ANY),
    F("chiếm 24,51%", "24,51%", 24.51, "%", subject="Bưu điện tỉnh Nghệ An", level="tỉnh", code=ANY),
    F("là 86,4 triệu đồng", "86,4", 86.4, "triệu đồng", subject="Bưu điện tỉnh Nghệ An", level="tỉnh", code=ANY),
    # III. payment (tháng 02/2025 dated 2025-02-28; the year's target 2025-12-31), digitisation, e-results
    _ttt("đạt 71,36%", "71,36%", 71.36, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _ttt("(tháng 02/2025: 68,14%)", "68,14%", 68.14, "%", PR, as_of=_FEB_2025, code=_TT),
    _ttt("tăng 3,22 điểm", "3,22", 3.22, "%", CH, code=ANY),
    _ttt("năm 2025 là 75%", "75%", 75, "%", T, as_of="2025-12-31", code=_TT),
    _ttt("đạt 92,48%", "92,48%", 92.48, "%", code=_SH),
    _ttt("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # IV. kiosk ratings (answers' counts and shares unchecked, the overall share the satisfaction code), PAKN
    _ttt("Qua 06 máy", "06", 6, "máy đánh giá", C, code=None),
    _ttt("được 9.846 lượt", "9.846", 9846, "lượt", C, code=ANY),
    _ttt("rất hài lòng 7.412", "7.412", 7412, "lượt", C, code=ANY),
    _ttt("(75,28%)", "75,28%", 75.28, "%", code=ANY),
    _ttt("hài lòng 2.318", "2.318", 2318, "lượt", C, code=ANY),
    _ttt("(23,54%)", "23,54%", 23.54, "%", code=ANY),
    _ttt("hài lòng 116 lượt", "116", 116, "lượt", C, code=ANY),
    _ttt("(1,18%)", "1,18%", 1.18, "%", code=ANY),
    _ttt("chung đạt 98,82%", "98,82%", 98.82, "%", code=_HL),
    _nn("(74 lượt)", "74", 74, "lượt", C, code=ANY),
    _ttt("tiếp nhận 18 phản ánh", "18", 18, "PAKN", C, code=_PAKN_TN),
    _ttt("xử lý 17/18 PAKN", "17/18", 17, "PAKN", C, max_value=18, code=ANY),
    _ttt("đạt 94,44%", "94,44%", 94.44, "%", code=ANY),
    # V. the province of tháng 3/2025 (tháng 02/2025 dated 2025-02-28), two groups
    *_province("đạt 84,26/100", "xếp thứ 18/63", "(tháng 02/2025: 82,94 điểm", "xếp thứ 23/63)", _FEB_2025,
               ("tăng 1,32 điểm", "tăng 5 bậc"),
               [("đạt 18,42/20", "18,42/20", "766.tien_do"), ("đạt 6,86/10", "6,86/10", "766.thanh_toan")]),
    # VI. task 1's files (repeated), task 2's counters, task 3's target of the agencies for quý II
    F("dứt điểm 96 hồ sơ", "96", 96, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("bổ sung 04 quầy", "04", 4, "quầy", C, code=None, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2025-06-30", code=_TT, **_IN_TINH),
]

# ------------------------------------------------------------ 721: Trung tâm PVHCC tỉnh Đồng Tháp, tháng 9 năm 2025
# (a tab-separated table by reception point)
_AUG_2025 = "2025-08-31"

# the table: (STT, point as written, tickets, received, returned by post, overdue, on-time share)
_POINTS_721 = [
    ("1", "Trụ sở chính (phường Đạo Thạnh)", "14.286", "16.412", "2.418", "196", "98,75"),
    ("2", "Chi nhánh Cao Lãnh", "8.214", "9.126", "1.412", "112", "98,72"),
    ("3", "Chi nhánh Sa Đéc", "5.418", "6.018", "896", "58", "98,99"),
    ("4", "Chi nhánh Hồng Ngự", "4.862", "4.812", "684", "64", "98,61"),
    ("5", "Chi nhánh Gò Công", "5.832", "5.818", "838", "42", "99,24"),
    ("", "Tổng cộng", "38.612", "42.186", "6.248", "472", "98,83"),
]


def _point_who(stt: str, name: str) -> tuple[object, object]:
    """The total is the Centre, the head office part of it (subject unchecked, level tỉnh), each branch as written
    with its level unchecked."""
    if stt == "":
        return _TTT, "tỉnh"
    if stt == "1":
        return ANY, "tỉnh"
    return name, ANY


BLIND_721 = [
    # I. branches, counters (the head office's and each branch's), staff (tháng 8/2025), tickets and their average
    F("và 04 chi nhánh đặt", "04", 4, "chi nhánh", C, code=None, **_OPEN),
    _ttt("cộng 86 quầy", "86", 86, "quầy", C, code=None),
    F("chính 38 quầy", "38", 38, "quầy", C, code=None, **_IN_TINH),
    F("nhánh 12 quầy", "12", 12, "quầy", C, code=None, **_OPEN),
    _ttt("là 104 người", "104", 104, "người", C, code=ANY),
    _ttt("tăng 6 người", "6", 6, "người", CH, code=ANY),
    _ttt("cấp 38.612 phiếu", "38.612", 38612, "phiếu", C, code=ANY),
    _ttt("bình quân 1.931 phiếu", "1.931", 1931, "phiếu", code=ANY),
    # II.1 files (tháng 8/2025 dated 2025-08-31), online with the year's target; II.2 settled, on time, overdue, post
    _ttt("tiếp nhận 42.186 hồ sơ", "42.186", 42186, "hồ sơ", C, code=_TN),
    _ttt("(tháng 8/2025: 39.412", "39.412", 39412, "hồ sơ", PR, as_of=_AUG_2025, code=_TN),
    _ttt("tăng 2.774 hồ sơ", "2.774", 2774, "hồ sơ", CH, code=ANY),
    _ttt("tăng 7,04%", "7,04%", 7.04, "%", CH, code=ANY),
    _ttt("trực tuyến 28.614 hồ sơ", "28.614", 28614, "hồ sơ", C, code=_NOP),
    _ttt("chiếm 67,83%", "67,83%", 67.83, "%", code=_NOP, target=70, stated_status="chưa đạt"),
    _ttt("năm 2025 là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_NOP),
    _ttt("giải quyết 40.318 hồ sơ", "40.318", 40318, "hồ sơ", C, code=ANY),
    _ttt("đúng hạn 39.846 hồ sơ", "39.846", 39846, "hồ sơ", C, code=_DH),
    _ttt("đạt 98,83%", "98,83%", 98.83, "%", code=_DH),
    _ttt("quá hạn 472 hồ sơ", "472", 472, "hồ sơ", C, code=_QH),
    _ttt("chiếm 1,17%", "1,17%", 1.17, "%", code=_QH),
    _ttt("công ích 6.248 hồ sơ", "6.248", 6248, "hồ sơ", C, code=ANY),
    _ttt("chiếm 15,50%", "15,50%", 15.5, "%", code=ANY),
    # the table; two branches named after it, the land files at one of them (open), the letters (the agencies')
    *_table(_POINTS_721, _tsv_line, "\nChi nhánh Hồng Ngự có", _point_who, ("phiếu", "hồ sơ", "hồ sơ", "hồ sơ", "%"),
            (ANY, _TN, ANY, _QH, _DH)),
    F("thấp nhất (98,61%)", "98,61%", 98.61, "%", subject="Chi nhánh Hồng Ngự", level=ANY, code=_DH),
    F("có 112 hồ sơ", "112", 112, "hồ sơ", C, subject="Chi nhánh Cao Lãnh", level=ANY, code=_QH),
    F("(86 hồ sơ)", "86", 86, "hồ sơ", C, code=_QH, **_OPEN),
    F("gửi 418 thư", "418", 418, "thư xin lỗi", C, code=ANY, **_IN_TINH),
    F("đạt 88,56%", "88,56%", 88.56, "%", code=ANY, **_IN_TINH),
    # III. SMS survey (tháng 8/2025 dated 2025-08-31)
    _ttt("gửi 24.612 tin nhắn", "24.612", 24612, "tin nhắn", C, code=ANY),
    _ttt("phản hồi 11.846 tin nhắn", "11.846", 11846, "tin nhắn", C, code=ANY),
    _ttt("đạt 48,13%", "48,13%", 48.13, "%", code=ANY),
    _ttt("chiếm 68,42%", "68,42%", 68.42, "%", code=ANY),
    _ttt("chiếm 29,76%", "29,76%", 29.76, "%", code=ANY),
    _ttt("chiếm 1,82%", "1,82%", 1.82, "%", code=ANY),
    _ttt("đạt 98,18%", "98,18%", 98.18, "%", code=_HL),
    _ttt("(tháng 8/2025: 97,64%)", "97,64%", 97.64, "%", PR, as_of=_AUG_2025, code=_HL),
    # IV. payment, money, digitisation, reuse
    _ttt("đạt 64,18%", "64,18%", 64.18, "%", code=_TT),
    _ttt("là 5,86 tỷ đồng", "5,86", 5.86, "tỷ đồng", code=ANY),
    _ttt("đạt 90,46%", "90,46%", 90.46, "%", code=_SH),
    _ttt("đạt 42,18%", "42,18%", 42.18, "%", code=_TSD),
    # V. the province of tháng 9/2025 (no previous), two groups
    F("đạt 82,64/100", "82,64/100", 82.64, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 15/34", "15/34", 15, "hạng", R, max_value=34, code=_HANG, **_NULL),
    F("đạt 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code="766.hai_long", **_NULL),
    F("đạt 18,36/20", "18,36/20", 18.36, "điểm", max_value=20, code="766.tien_do", **_NULL),
    # VI. task 1's files (repeated), task 2's counters, task 3's target of the branches, task 4's branches
    F("dứt điểm 112 hồ sơ", "112", 112, "hồ sơ", C, code=ANY, **_OPEN),
    F("thêm 02 quầy", "02", 2, "quầy", C, code=None, **_OPEN),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_NOP, **_OPEN),
    F("tại 04 chi nhánh", "04", 4, "chi nhánh", C, code=None, **_OPEN),
]

# ------------------------------------------------------------ 722: Trung tâm PVHCC thành phố Cần Thơ, tháng 11 năm
# 2025 (a centrally-run city; a Markdown table by agency)
_TTP = "Trung tâm Phục vụ hành chính công thành phố"
_ttp = _by(_TTP, "tỉnh")
_OCT_2025 = "2025-10-31"
_BD_CT = {"subject": "Bưu điện thành phố Cần Thơ", "level": "tỉnh"}

_AGENCIES_722 = [
    ("1", "Sở Nông nghiệp và Môi trường", "9.846", "9.412", "214", "97,78"),
    ("2", "Sở Tài chính", "7.412", "7.046", "38", "99,46"),
    ("3", "Sở Xây dựng", "3.218", "3.012", "86", "97,22"),
    ("4", "Sở Tư pháp", "5.614", "5.402", "24", "99,56"),
    ("5", "Sở Y tế", "2.146", "2.018", "32", "98,44"),
    ("6", "Sở Công Thương", "3.018", "2.946", "0", "100"),
    ("7", "Sở Nội vụ", "1.846", "1.772", "12", "99,33"),
    ("8", "Sở Giáo dục và Đào tạo", "1.212", "1.168", "0", "100"),
    ("9", "Các cơ quan còn lại", "2.116", "1.688", "42", "97,57"),
    ("", "Tổng cộng", "36.428", "34.464", "448", "98,72"),
]

BLIND_722 = [
    # I.1 files by channel after "lần lượt là … tương ứng" (the n-th share the n-th channel's), tháng 10/2025 dated
    # 2025-10-31; I.2 tickets and times ("một hồ sơ" in words no figure)
    _ttp("là 36.428 hồ sơ", "36.428", 36428, "hồ sơ", C, code=_TN),
    _ttp("lần lượt là 24.816", "24.816", 24816, "hồ sơ", C, code=_NOP),
    _ttp("hồ sơ, 10.284", "10.284", 10284, "hồ sơ", C, code=_NTT),
    _ttp("và 1.328", "1.328", 1328, "hồ sơ", C, code=ANY),
    _ttp("tương ứng 68,12%", "68,12%", 68.12, "%", code=_NOP),
    _ttp("68,12%, 28,23%", "28,23%", 28.23, "%", code=_NTT),
    _ttp("và 3,65%", "3,65%", 3.65, "%", code=ANY),
    _ttp("(33.846 hồ sơ)", "33.846", 33846, "hồ sơ", PR, as_of=_OCT_2025, code=_TN),
    _ttp("tăng 2.582 hồ sơ", "2.582", 2582, "hồ sơ", CH, code=ANY),
    _ttp("cấp 29.418 phiếu", "29.418", 29418, "phiếu", C, code=ANY),
    _ttp("là 12,4 phút", "12,4", 12.4, "phút", code=ANY),
    _ttp("là 9,8 phút", "9,8", 9.8, "phút", code=ANY),
    # II.1 settled with early, on-time and overdue counts, the on-time share
    _ttp("giải quyết 34.912 hồ sơ", "34.912", 34912, "hồ sơ", C, code=ANY),
    _ttp("trước hạn 21.846", "21.846", 21846, "hồ sơ", C, code=ANY),
    _ttp("đúng hạn 12.618", "12.618", 12618, "hồ sơ", C, code=ANY),
    _ttp("quá hạn 448 hồ sơ", "448", 448, "hồ sơ", C, code=_QH),
    _ttp("đạt 98,72%", "98,72%", 98.72, "%", code=_DH),
    # the table; the two lowest after "lần lượt là", the Sở's share of overdue files
    *_table(_AGENCIES_722, _md_line, "\nSở Nông nghiệp và Môi trường và Sở Xây dựng", _agency_who(_TTP),
            *_AGENCY_COLUMNS),
    F("lần lượt là 97,78%", "97,78%", 97.78, "%", subject=_NN, level="tỉnh", code=_DH),
    F("và 97,22%", "97,22%", 97.22, "%", subject=_XD, level="tỉnh", code=_DH),
    F("chiếm 47,77%", "47,77%", 47.77, "%", subject=_NN, level="tỉnh", code=ANY),
    # II.3–5 letters (the agencies'), payment, digitisation, the post office
    F("gửi 426 thư", "426", 426, "thư xin lỗi", C, code=ANY, **_IN_TINH),
    F("đạt 95,09%", "95,09%", 95.09, "%", code=ANY, **_IN_TINH),
    _ttp("đạt 76,14%", "76,14%", 76.14, "%", code=_TT),
    _ttp("đạt 93,62%", "93,62%", 93.62, "%", code=_SH),
    F("trả 4.126 kết quả", "4.126", 4126, "kết quả", C, code=ANY, **_BD_CT),
    F("tăng 12,84%", "12,84%", 12.84, "%", CH, code=ANY, **_BD_CT),
    # III. devices, ratings after "lần lượt là", the share with the year's target (2025-12-31), PAKN
    _ttp("Qua 12 thiết bị", "12", 12, "thiết bị", C, code=None),
    _ttp("nhận 18.642 lượt", "18.642", 18642, "lượt", C, code=ANY),
    _ttp("lần lượt là 12.846", "12.846", 12846, "lượt", C, code=ANY),
    _ttp("lượt, 5.512", "5.512", 5512, "lượt", C, code=ANY),
    _ttp("và 284 lượt", "284", 284, "lượt", C, code=ANY),
    _ttp("đạt 98,48%", "98,48%", 98.48, "%", code=_HL, target=98, stated_status="đạt"),
    _ttp("năm 2025 là 98%", "98%", 98, "%", T, as_of="2025-12-31", code=_HL),
    _ttp("tiếp nhận 22 PAKN", "22", 22, "PAKN", C, code=_PAKN_TN),
    _ttp("xử lý 22/22", "22/22", 22, "PAKN", C, max_value=22, code=ANY),
    _ttp("PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    # IV. the city of tháng 11/2025 (tháng 10/2025 dated 2025-10-31)
    *_province("đạt 81,46/100", "xếp thứ 21/34", "(tháng 10/2025: 80,12 điểm", "xếp thứ 24/34)", _OCT_2025,
               ("tăng 1,34 điểm", "tăng 3 bậc"), []),
    # V. task 1's files (repeated), task 3's target of the agencies for quý I năm 2026, task 4's devices
    F("xong 214 hồ sơ", "214", 214, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-03-31", code=_TT, **_IN_TINH),
    F("bổ sung 06 thiết bị", "06", 6, "thiết bị", C, code=None, **_OPEN),
]

# ------------------------------------------------------------ 723: Chi nhánh Thái Bình, Trung tâm PVHCC tỉnh Hưng
# Yên, tháng 01 năm 2026 (a dash list per counter, "+" items of overdue files by Sở)
_CN = "Chi nhánh Thái Bình"
_cn = _by(_CN, ANY)
_DEC_2025 = "2025-12-31"

# the dash list per counter: (subject, context of the count, count, context of the online count, online count)
_COUNTERS_723 = [
    (_NN, "Môi trường: 2.846 hồ sơ", "2.846", "trực tuyến 1.412 hồ sơ", "1.412"),
    ("Sở Tư pháp", "Tư pháp: 1.918 hồ sơ", "1.918", "trực tuyến 1.306 hồ sơ", "1.306"),
    ("Sở Tài chính", "Tài chính: 1.426 hồ sơ", "1.426", "trực tuyến 1.214 hồ sơ", "1.214"),
    (_XD, "Xây dựng: 864 hồ sơ", "864", "trực tuyến 512 hồ sơ", "512"),
    ("Công an tỉnh", "Công an tỉnh: 1.612 hồ sơ", "1.612", "trực tuyến 1.018 hồ sơ", "1.018"),
    (ANY, "còn lại: 1.198 hồ sơ", "1.198", "trực tuyến 664 hồ sơ", "664"),
]


def _counters_723() -> list[Fact]:
    """Each "- Quầy Sở …: n hồ sơ, trong đó trực tuyến m hồ sơ;" item: the Sở as written without "Quầy" (level tỉnh;
    "Các quầy còn lại" open), the received and online codes."""
    facts = []
    for subject, context, count, online_context, online in _COUNTERS_723:
        facts += [F(context, count, _num(count), "hồ sơ", C, subject=subject, level="tỉnh", code=_TN),
                  F(online_context, online, _num(online), "hồ sơ", C, subject=subject, level="tỉnh", code=_NOP)]
    return facts


BLIND_723 = [
    # 1. counters (the parts open), staff, tickets (tháng 12/2025 dated 2025-12-31), waiting time
    _cn("bố trí 24 quầy", "24", 24, "quầy", C, code=None),
    F("(18 quầy", "18", 18, "quầy", C, code=None, **_OPEN),
    F("; 06 quầy", "06", 6, "quầy", C, code=None, **_OPEN),
    _cn("có 34 công chức", "34", 34, "công chức", C, code=ANY),
    _cn("đó 3 người", "3", 3, "người", C, code=ANY),
    _cn("cấp 11.246 phiếu", "11.246", 11246, "phiếu", C, code=ANY),
    _cn("(tháng 12/2025: 10.418", "10.418", 10418, "phiếu", PR, as_of=_DEC_2025, code=ANY),
    _cn("đó 2.418 phiếu", "2.418", 2418, "phiếu", C, code=ANY),
    _cn("chiếm 21,50%", "21,50%", 21.5, "%", code=ANY),
    _cn("bình quân 7,2 phút", "7,2", 7.2, "phút", code=ANY),
    _cn("(tháng 12/2025: 9,4 phút)", "9,4", 9.4, "phút", PR, as_of=_DEC_2025, code=ANY),
    _cn("giảm 2,2 phút", "2,2", -2.2, "phút", CH, code=ANY),
    # 2. files and channels, the list per counter
    _cn("tiếp nhận 9.864 hồ sơ", "9.864", 9864, "hồ sơ", C, code=_TN),
    _cn("trực tuyến 6.126 hồ sơ", "6.126", 6126, "hồ sơ", C, code=_NOP),
    _cn("chiếm 62,10%", "62,10%", 62.1, "%", code=_NOP),
    _cn("tại quầy 3.286 hồ sơ", "3.286", 3286, "hồ sơ", C, code=_NTT),
    _cn("công ích 452 hồ sơ", "452", 452, "hồ sơ", C, code=ANY),
    *_counters_723(),
    # 3. settled, on time, overdue, postal, payment, money, digitisation; overdue by Sở with letters ("+" items)
    _cn("giải quyết 9.218 hồ sơ", "9.218", 9218, "hồ sơ", C, code=ANY),
    _cn("đúng hạn 9.108 hồ sơ", "9.108", 9108, "hồ sơ", C, code=_DH),
    _cn("đạt 98,81%", "98,81%", 98.81, "%", code=_DH),
    _cn("quá hạn 110 hồ sơ", "110", 110, "hồ sơ", C, code=_QH),
    _cn("chiếm 1,19%", "1,19%", 1.19, "%", code=_QH),
    _cn("công ích 1.846 kết quả", "1.846", 1846, "kết quả", C, code=ANY),
    _cn("chiếm 20,03%", "20,03%", 20.03, "%", code=ANY),
    _cn("đạt 58,46%", "58,46%", 58.46, "%", code=_TT),
    _cn("trực tuyến 1,28 tỷ đồng", "1,28", 1.28, "tỷ đồng", code=ANY),
    _cn("đạt 88,64%", "88,64%", 88.64, "%", code=_SH),
    _nn("Môi trường: 78 hồ sơ", "78", 78, "hồ sơ", C, code=_QH),
    F("đất đai 71 hồ sơ", "71", 71, "hồ sơ", C, code=_QH, **_IN_TINH),
    _nn("gửi 78 thư", "78", 78, "thư xin lỗi", C, code=ANY),
    F("Xây dựng: 21 hồ sơ", "21", 21, "hồ sơ", C, subject=_XD, level="tỉnh", code=_QH),
    F("gửi 15 thư", "15", 15, "thư xin lỗi", C, subject=_XD, level="tỉnh", code=ANY),
    F("Y tế: 11 hồ sơ", "11", 11, "hồ sơ", C, subject="Sở Y tế", level="tỉnh", code=_QH),
    F("là 93 thư", "93", 93, "thư", C, code=ANY, **_OPEN),
    F("đạt 84,55%", "84,55%", 84.55, "%", code=ANY, **_OPEN),
    # 4. kiosk ratings (tháng 12/2025 dated 2025-12-31)
    _cn("có 6.418 lượt", "6.418", 6418, "lượt", C, code=ANY),
    _cn("bằng 65,06%", "65,06%", 65.06, "%", code=ANY),
    _cn("rất hài lòng 4.126", "4.126", 4126, "lượt", C, code=ANY),
    _cn("hài lòng 2.214", "2.214", 2214, "lượt", C, code=ANY),
    _cn("hài lòng 78 lượt", "78", 78, "lượt", C, code=ANY),
    _cn("đạt 98,78%", "98,78%", 98.78, "%", code=_HL),
    _cn("(tháng 12/2025: 98,12%)", "98,12%", 98.12, "%", PR, as_of=_DEC_2025, code=_HL),
    # 5. PAKN; the province of tháng 01/2026
    _cn("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _cn("xong 09/09", "09/09", 9, "PAKN", C, max_value=9, code=ANY),
    F("đạt 85,18/100", "85,18/100", 85.18, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # 6. task 1's land files (repeated), task 3's target for quý I năm 2026 (open), task 4's devices
    F("dứt điểm 71 hồ sơ", "71", 71, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2026-03-31", code=_NOP, **_OPEN),
    F("thay thế 04 thiết bị", "04", 4, "thiết bị", C, code=None, **_OPEN),
]

# ------------------------------------------------------------ 724: Trung tâm PVHCC tỉnh Tuyên Quang, Thông báo tháng
# 4 năm 2026 (overdue files by Sở in one sentence between semicolons)
_MAR_2026 = "2026-03-31"
_HG = {"subject": "Chi nhánh Hà Giang", "level": ANY}

# (Sở as written, context of its overdue files, count, context of its letters or None, letters)
_LATE_724 = [
    (_NN, "Môi trường 164 hồ sơ", "164", "gửi 142 thư", "142"),
    (_XD, "Xây dựng 58 hồ sơ", "58", "(đã gửi 58 thư", "58"),
    ("Sở Công Thương", "Thương 26 hồ sơ", "26", "gửi 20 thư", "20"),
    ("Sở Văn hóa, Thể thao và Du lịch", "Du lịch 22 hồ sơ", "22", "(đã gửi 22 thư", "22"),
    ("Sở Y tế", "Y tế 16 hồ sơ", "16", None, None),
]


def _late_724() -> list[Fact]:
    """Each Sở's overdue files (the overdue code) and the letters it sent (unit `thư xin lỗi`, code unchecked)."""
    facts = []
    for subject, context, count, letters_context, letters in _LATE_724:
        who = {"subject": subject, "level": "tỉnh"}
        facts.append(F(context, count, _num(count), "hồ sơ", C, code=_QH, **who))
        if letters_context is not None:
            facts.append(F(letters_context, letters, _num(letters), "thư xin lỗi", C, code=ANY, **who))
    return facts


BLIND_724 = [
    # 1. counters, staff, tickets, waiting time, Saturday duty
    _ttt("bố trí 46 quầy", "46", 46, "quầy", C, code=None),
    _ttt("với 58 công chức", "58", 58, "công chức", C, code=ANY),
    _ttt("cấp 16.842 phiếu", "16.842", 16842, "phiếu", C, code=ANY),
    _ttt("bình quân 9,2 phút", "9,2", 9.2, "phút", code=ANY),
    _ttt("trí 12 công chức", "12", 12, "công chức", C, code=ANY),
    _ttt("nhận 846 hồ sơ", "846", 846, "hồ sơ", C, code=ANY),
    # 2a. files (tháng 3/2026 dated 2026-03-31), online, the branch's part as written
    _ttt("tiếp nhận 18.246 hồ sơ", "18.246", 18246, "hồ sơ", C, code=_TN),
    _ttt("(tháng 3/2026: 17.318", "17.318", 17318, "hồ sơ", PR, as_of=_MAR_2026, code=_TN),
    _ttt("tăng 928 hồ sơ", "928", 928, "hồ sơ", CH, code=ANY),
    _ttt("trực tuyến 12.614 hồ sơ", "12.614", 12614, "hồ sơ", C, code=_NOP),
    _ttt("chiếm 69,13%", "69,13%", 69.13, "%", code=_NOP),
    F("tiếp nhận 5.846 hồ sơ", "5.846", 5846, "hồ sơ", C, code=_TN, **_HG),
    F("trực tuyến 3.412 hồ sơ", "3.412", 3412, "hồ sơ", C, code=_NOP, **_HG),
    F("chiếm 58,36%", "58,36%", 58.36, "%", code=_NOP, **_HG),
    F("quá hạn 98 hồ sơ", "98", 98, "hồ sơ", C, code=_QH, **_HG),
    # 2b. settled, on time, overdue (tháng 3/2026's overdue files previous), the time per file
    _ttt("giải quyết 17.412 hồ sơ", "17.412", 17412, "hồ sơ", C, code=ANY),
    _ttt("đúng hạn 17.126 hồ sơ", "17.126", 17126, "hồ sơ", C, code=_DH),
    _ttt("đạt 98,36%", "98,36%", 98.36, "%", code=_DH),
    _ttt("quá hạn 286 hồ sơ", "286", 286, "hồ sơ", C, code=_QH),
    _ttt("chiếm 1,64%", "1,64%", 1.64, "%", code=_QH),
    _ttt("(312 hồ sơ", "312", 312, "hồ sơ", PR, as_of=_MAR_2026, code=_QH),
    _ttt("giảm 26 hồ sơ", "26", -26, "hồ sơ", CH, code=ANY),
    _ttt("bình quân 3,4 ngày", "3,4", 3.4, "ngày", code=ANY),
    # 2c. payment (tháng 3/2026 dated 2026-03-31), digitisation; 2d. postal, the post office's collection
    _ttt("đạt 66,42%", "66,42%", 66.42, "%", code=_TT),
    _ttt("(tháng 3/2026: 63,18%)", "63,18%", 63.18, "%", PR, as_of=_MAR_2026, code=_TT),
    _ttt("tăng 3,24 điểm", "3,24", 3.24, "%", CH, code=ANY),
    _ttt("đạt 91,64%", "91,64%", 91.64, "%", code=_SH),
    _ttt("công ích 2.852 hồ sơ", "2.852", 2852, "hồ sơ", C, code=ANY),
    _ttt("chiếm 16,38%", "16,38%", 16.38, "%", code=ANY),
    F("tại nhà 612 hồ sơ", "612", 612, "hồ sơ", C, subject="Bưu điện tỉnh Tuyên Quang", level="tỉnh", code=ANY),
    # 3. overdue files and letters by Sở, the total of letters (the agencies'), the Sở's share of overdue files
    *_late_724(),
    F("cộng 242 thư", "242", 242, "thư xin lỗi", C, code=ANY, **_IN_TINH),
    F("đạt 84,62%", "84,62%", 84.62, "%", code=ANY, **_IN_TINH),
    F("chiếm 57,34%", "57,34%", 57.34, "%", subject=_NN, level="tỉnh", code=ANY),
    # 4. kiosk ratings, the SMS channel, the overall share with the year's target (2026-12-31), PAKN
    _ttt("có 7.846 lượt", "7.846", 7846, "lượt", C, code=ANY),
    _ttt("rất hài lòng 72,46%", "72,46%", 72.46, "%", code=ANY),
    _ttt("hài lòng 26,18%", "26,18%", 26.18, "%", code=ANY),
    _ttt("hài lòng 1,36%", "1,36%", 1.36, "%", code=ANY),
    _ttt("nhận 3.418 phản hồi", "3.418", 3418, "phản hồi", C, code=ANY),
    _ttt("đạt 97,84%", "97,84%", 97.84, "%", code=ANY),
    _ttt("đạt 98,26%", "98,26%", 98.26, "%", code=_HL, target=98.5, stated_status="chưa đạt"),
    _ttt("là 98,5%", "98,5%", 98.5, "%", T, as_of="2026-12-31", code=_HL),
    _ttt("tiếp nhận 14 PAKN", "14", 14, "PAKN", C, code=_PAKN_TN),
    _ttt("xử lý 14/14", "14/14", 14, "PAKN", C, max_value=14, code=ANY),
    # 5. the province of tháng 4/2026 (tháng 3/2026's rank dated 2026-03-31), two groups
    *_province("đạt 83,92/100", "xếp thứ 19/34", None, "xếp thứ 22/34)", _MAR_2026, ("", "tăng 3 bậc"),
               [("đạt 18,64/20", "18,64/20", "766.tien_do"), ("đạt 17,06/18", "17,06/18", "766.hai_long")]),
    # 6. the tasks' letters and files (repeated), task 3's target of the agencies for quý II năm 2026
    F("gửi 22 thư xin lỗi còn", "22", 22, "thư xin lỗi", C, code=ANY, **_IN_TINH),
    F("đối với 16 hồ sơ", "16", 16, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("tối thiểu 98,5%", "98,5%", 98.5, "%", T, as_of="2026-06-30", code=_HL, **_IN_TINH),
]

BLIND = {"720": BLIND_720, "721": BLIND_721, "722": BLIND_722, "723": BLIND_723, "724": BLIND_724}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "720": [
        ("2025-04-15", "day", "15/4/2025", "96 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-04-20", "day", "ngày hai mươi tháng 4 năm 2025", "bổ sung 04 quầy", "Phòng Hành chính - Tổng hợp"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "Các sở, ngành có quầy tại Trung tâm"),
        ("2025-05-31", "month", "tháng 5/2025", "bưu chính công ích", "Phòng Kiểm soát TTHC và Giám sát"),
        ("2025-12-31", "year", "năm 2025", "hệ thống xếp hàng tự động", "Viễn thông Nghệ An"),
        # issued 03/4/2025: the first "ngày 25 hằng tháng" is 25/4/2025
        ("2025-04-25", "recurring", "25 hằng tháng", "tổng hợp số liệu", "Các phòng thuộc Trung tâm"),
    ],
    "721": [
        ("2025-10-20", "day", "20/10/2025", "112 hồ sơ quá hạn", "Chi nhánh Cao Lãnh"),
        ("2025-10-15", "day", "ngày mười lăm tháng 10 năm 2025", "bố trí thêm 02 quầy", "Chi nhánh Hồng Ngự"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nộp trực tuyến", "Các chi nhánh"),
        ("2025-11-30", "month", "tháng 11/2025", "tin nhắn khảo sát", "Phòng Tiếp nhận và Trả kết quả"),
        ("2026-12-31", "year", "năm 2026", "trả kết quả tại nhà", "Bưu điện tỉnh Đồng Tháp"),
        # issued 06/10/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/11/2025
        ("2025-11-03", "recurring", "03 hằng tháng", "gửi số liệu", "Trụ sở chính và các chi nhánh"),
    ],
    "722": [
        ("2025-12-12", "day", "12/12/2025", "214 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-12-25", "day", "ngày hai mươi lăm tháng 12 năm 2025", "quy trình nội bộ", "Sở Xây dựng"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "Các sở, ngành có quầy tại Trung tâm"),
        ("2026-01-31", "month", "tháng 01/2026", "thiết bị đánh giá", "Phòng Hành chính - Tổng hợp"),
        ("2026-12-31", "year", "năm 2026", "tổng đài tin nhắn", "Viettel Cần Thơ"),
        # issued 04/12/2025: the first "ngày 28 hằng tháng" is 28/12/2025
        ("2025-12-28", "recurring", "28 hằng tháng", "gửi báo cáo kết quả", "Các phòng, chi nhánh thuộc Trung tâm"),
    ],
    "723": [
        ("2026-02-14", "day", "14/02/2026", "71 hồ sơ đất đai", "Sở Nông nghiệp và Môi trường"),
        ("2026-02-10", "day", "ngày mười tháng 02 năm 2026", "thư xin lỗi", "Sở Y tế"),
        ("2026-03-31", "quarter", "quý I năm 2026", "nộp trực tuyến", "Bộ phận Tiếp nhận và Trả kết quả"),
        ("2026-02-28", "month", "tháng 02/2026", "thiết bị đánh giá", "Tổ Hành chính - Tổng hợp"),
        ("2026-12-31", "year", "năm 2026", "thu gom hồ sơ", "Bưu điện tỉnh Hưng Yên"),
        # issued 05/02/2026, after the 2nd: the first "ngày 02 hằng tháng" is 02/3/2026
        ("2026-03-02", "recurring", "02 hằng tháng", "số liệu thống kê", "Các quầy"),
    ],
    "724": [
        ("2026-05-15", "day", "15/5/2026", "22 thư xin lỗi", "Sở Nông nghiệp và Môi trường"),
        ("2026-05-20", "day", "ngày hai mươi tháng 5 năm 2026", "16 hồ sơ quá hạn", "Sở Y tế"),
        ("2026-06-30", "quarter", "quý II năm 2026", "tỷ lệ hài lòng", "Các sở, ngành có quầy tại Trung tâm"),
        ("2026-06-30", "month", "tháng 6/2026", "lịch trực thứ Bảy", "Phòng Tiếp nhận và Trả kết quả"),
        ("2026-12-31", "year", "năm 2026", "thu gom hồ sơ tại nhà", "Bưu điện tỉnh Tuyên Quang"),
        # issued 08/5/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/6/2026
        ("2026-06-05", "recurring", "05 hằng tháng", "báo cáo hồ sơ quá hạn", "Các cơ quan có quầy tại Trung tâm"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META): 720 and 722 reports signed
# by the Centre's director ("GIÁM ĐỐC"), 721 by a deputy director ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"); 723 a branch's
# report signed "PHÓ GIÁM ĐỐC TRUNG TÂM / PHỤ TRÁCH CHI NHÁNH" (province Hưng Yên from "UBND TỈNH HƯNG YÊN" and the
# place-date line, though the branch sits in the former Thái Bình); 724 a Thông báo (the period "tháng 4 năm 2026" in
# its title) signed by the director.
META = {
    "720": {"doc_number": "46/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-04-03",
            "province": "Nghệ An", "period_label": "tháng 3 năm 2025", "period_start": "2025-03-01",
            "period_end": "2025-03-31", "signer": "Hoàng Thị Thu Hiền"},
    "721": {"doc_number": "214/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Đồng Tháp", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Thị Ngọc Hân"},
    "722": {"doc_number": "318/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-12-04",
            "province": "Cần Thơ", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Trần Văn Khởi"},
    "723": {"doc_number": "08/BC-CNTB", "doc_type": "Báo cáo", "issued_date": "2026-02-05",
            "province": "Hưng Yên", "period_label": "tháng 01 năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-01-31", "signer": "Phạm Quang Vinh"},
    "724": {"doc_number": "52/TB-TTPVHCC", "doc_type": "Thông báo", "issued_date": "2026-05-08",
            "province": "Tuyên Quang", "period_label": "tháng 4 năm 2026", "period_start": "2026-04-01",
            "period_end": "2026-04-30", "signer": "Ma Thị Thanh Hoa"},
}
