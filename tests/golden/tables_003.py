"""Hand-written golden for corpus/003 (tables in the attached report 2062/SNV-CCHC).

Transcribed by reading the document's annex, row by row. Values follow the document's notation
(`1.773` = 1773, `90,19` = 90.19). Columns of table I: 2/3 = 31/7/2023 (Số liệu / Tỷ lệ %),
4/5 = 31/8/2023, 6 = change since 31/7/2023 (dated 31/8/2023).
"""

JUL, AUG = "2023-07-31", "2023-08-31"

# Table I: (row label as written, [(col, value, unit, max_value, kind)])
TABLE_I = [
    ("Số TTHC công khai trên Cổng DVC quốc gia/tổng số TTHC", [
        (2, 1773, "TTHC", 1773, "value"), (3, 100, "%", None, "value"),
        (4, 1746, "TTHC", 1746, "value"), (5, 100, "%", None, "value"), (6, 0, "%", None, "change")]),
    ("Hồ sơ đã đồng bộ", [
        (2, 378113, "hồ sơ", None, "value"), (3, 90.19, "%", None, "value"),
        (4, 422402, "hồ sơ", None, "value"), (5, 94.97, "%", None, "value"),
        (6, 44289, "hồ sơ", None, "change")]),
    ("Hồ sơ chưa đồng bộ", [
        (2, 41141, "hồ sơ", None, "value"), (3, 9.81, "%", None, "value"),
        (4, 22370, "hồ sơ", None, "value"), (5, 5.03, "%", None, "value"),
        (6, -18771, "hồ sơ", None, "change")]),
    # 2,1 and 2,2: the 31/8 rate sits in the count column (merged cells in the source); still a rate.
    ("Tỷ lệ hồ sơ giải quyết đúng hạn", [
        (3, 95.41, "%", None, "value"), (4, 95.03, "%", None, "value"), (6, -0.38, "%", None, "change")]),
    ("Tỷ lệ hồ sơ giải quyết quá hạn (chi tiết tại Phụ lục số II)", [
        (3, 4.59, "%", None, "value"), (4, 4.97, "%", None, "value"), (6, 0.38, "%", None, "change")]),
    ("TTHC cung cấp DVCTT một phần", [
        (2, 151, "TTHC", None, "value"), (3, 8.52, "%", None, "value"),
        (4, 151, "TTHC", None, "value"), (5, 8.65, "%", None, "value"), (6, 0.13, "%", None, "change")]),
    ("TTHC cung cấp DVCTT toàn trình", [
        (2, 824, "TTHC", None, "value"), (3, 46.47, "%", None, "value"),
        (4, 810, "TTHC", None, "value"), (5, 46.39, "%", None, "value"), (6, -0.08, "%", None, "change")]),
    ("Còn lại", [  # the change cell says "Giảm 13 TTHC": the counts are TTHC
        (2, 798, "TTHC", None, "value"), (3, 45.01, "%", None, "value"),
        (4, 785, "TTHC", None, "value"), (5, 44.96, "%", None, "value"), (6, -13, "TTHC", None, "change")]),
    ("Hồ sơ nộp trực tuyến", [
        (3, 71.67, "%", None, "value"), (5, 72.91, "%", None, "value"), (6, 1.24, "%", None, "change")]),
    ("Hồ sơ nộp trực tiếp và theo hình thức khác", [
        (3, 28.33, "%", None, "value"), (5, 27.09, "%", None, "value"), (6, -1.24, "%", None, "change")]),
    ("Hồ sơ xử lý đúng hạn", [
        (3, 94.16, "%", None, "value"), (5, 94.31, "%", None, "value"), (6, 0.15, "%", None, "change")]),
    ("Hồ sơ xử lý quá hạn", [
        (3, 5.84, "%", None, "value"), (5, 5.69, "%", None, "value"), (6, -0.15, "%", None, "change")]),
    ("Tỷ lệ DVC trực tuyến có phát sinh hồ sơ", [
        (3, 14.7, "%", None, "value"), (5, 15.1, "%", None, "value"), (6, 0.4, "%", None, "change")]),
    # "Số lượng tăng trưởng": a count (no unit word) written in the rate column.
    ("Số lượng tăng trưởng DVC trực tuyến", [(3, 0, None, None, "value"), (5, 0, None, None, "value")]),
    ("Cung cấp trên công DVC Quốc gia", [
        (2, 163, "TTHC", None, "value"), (3, 100, "%", None, "value"),
        (4, 173, "TTHC", None, "value"), (5, 100, "%", None, "value"), (6, 10, "TTHC", None, "change")]),
    ("Chưa tích hợp, cung cấp dịch vụ thanh toán trực tuyến", [
        (2, 0, "TTHC", None, "value"), (3, 0, "%", None, "value"),
        (4, 0, "TTHC", None, "value"), (5, 0, "%", None, "value")]),
    ("Tỷ lệ hồ sơ thanh toán trực tuyến / Thanh toán trực tuyến", [
        (2, 17958, "hồ sơ", None, "value"), (3, 26.03, "%", None, "value"),
        (4, 27052, "hồ sơ", None, "value"), (5, 31.77, "%", None, "value"), (6, 5.74, "%", None, "change")]),
    ("Tỷ lệ hồ sơ thanh toán trực tuyến / Thanh toán trực tiếp và hình thức khác", [
        (2, 51042, "hồ sơ", None, "value"), (3, 73.97, "%", None, "value"),
        (4, 58097, "hồ sơ", None, "value"), (5, 68.23, "%", None, "value"),
        (6, -5.74, "%", None, "change")]),
    ("Tỷ lệ TTHC có giao dịch thanh toán trực tuyến / Thanh toán trực tuyến", [
        (2, 130, "TTHC", None, "value"), (3, 67.36, "%", None, "value"),
        (4, 145, "TTHC", None, "value"), (5, 68.4, "%", None, "value"), (6, 1.04, "%", None, "change")]),
    ("Tỷ lệ TTHC có giao dịch thanh toán trực tuyến / Thanh toán trực tiếp và hình thức khác", [
        (2, 63, "TTHC", None, "value"), (3, 32.64, "%", None, "value"),
        (4, 67, "TTHC", None, "value"), (5, 31.6, "%", None, "value"), (6, -1.04, "%", None, "change")]),
    ("Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị", [
        (3, 100, "%", None, "value"), (5, 100, "%", None, "value")]),
    ("Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", [
        (3, 92.62, "%", None, "value"), (5, 92.94, "%", None, "value"), (6, 0.32, "%", None, "change")]),
    ("Kiến nghị về những vướng mắc, bất cập về quy định hành chính", [
        (3, 48.39, "%", None, "value"), (5, 47.50, "%", None, "value"), (6, -0.89, "%", None, "change")]),
    ("Phản ánh về hành vi của cán bộ, công chức, viên chức", [
        (3, 51.61, "%", None, "value"), (5, 52.50, "%", None, "value"), (6, 0.89, "%", None, "change")]),
    ("Tỷ lệ hồ sơ, kết quả TTHC được số hóa hồ sơ", [
        (3, 78.63, "%", None, "value"), (5, 79.77, "%", None, "value"), (6, 1.14, "%", None, "change")]),
    ("Tỷ lệ hồ sơ được cấp kết quả điện tử", [
        (3, 31.73, "%", None, "value"), (5, 35.95, "%", None, "value"), (6, 4.22, "%", None, "change")]),
    ("Số lượng tài khoản Công DVC quốc gia được xác thực với cơ sở dữ liệu quốc gia Dân cư", [
        (2, 624193, "tài khoản", None, "value"), (4, 674986, "tài khoản", None, "value"),
        (6, 50793, "tài khoản", None, "change")]),
    ("Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa", [
        (2, 184314, None, None, "value"), (3, 48.67, "%", None, "value"),
        (4, 229180, None, None, "value"), (5, 54.16, "%", None, "value"), (6, 5.49, "%", None, "change")]),
    ("ĐIỂM TỔNG HỢP VÀ XẾP HẠNG", [
        (3, 75.1, "điểm", None, "value"), (3, 9, "hạng", 63, "rank"),
        (4, 75.69, "điểm", None, "value"), (4, 9, "hạng", 63, "rank"), (6, 0.59, "điểm", None, "change")]),
]

# Table II (hồ sơ quá hạn): subject, 31/7, 31/8, change — all "hồ sơ".
TABLE_II = [
    ("Sở Lao động, Thương binh và Xã hội", 6, 1, -5),
    ("Sở Tư pháp", 90, 31, -59),
    ("UBND huyện Đại Từ", 120, 188, 68),
    ("UBND thành phố Thái Nguyên", 119, 47, -72),
    ("UBND huyện Phú Bình", 110, 130, 20),
    ("UBND huyện Đồng Hỷ", 53, 50, -3),
    ("UBND thành phố Phổ Yên", 78, 72, -6),
    ("UBND huyện Định Hóa", 100, 106, 6),
    ("UBND huyện Phú Lương", 44, 28, -16),
    ("UBND thành phố Sông Công", 93, 77, -16),
    ("UBND huyện Võ Nhai", 28, 19, -9),
    ("Sở Tài nguyên và Môi trường", 132, 157, 25),
    ("Sở Xây dựng", 14, 16, 2),
    ("Sở Nông nghiệp và Phát triển Nông thôn", 8, 4, -4),
    ("Sở Y tế", 4, 8, 4),
    ("Sở Giao thông Vận tải", 72, 82, 10),
    ("Ban quản lý các Khu công nghiệp", 2, 0, -2),
    ("Sở Văn hóa, Thể thao và Du lịch", 6, 0, -6),
    ("Sở Công thương", 2, 4, 2),
    ("Sở Thông tin và Truyền thông", 1, 0, -1),
    ("Sở Khoa học và Công nghệ", 3, 0, -3),
    ("Sở Giáo dục và Đào tạo", 0, 0, 0),
    ("Sở Ngoại vụ", 0, 0, 0),
    ("Sở Nội vụ", 3, 13, 10),
    ("Sở Kế hoạch và Đầu tư", 189, 69, -120),
    ("TỔNG", 1277, 1102, -175),
]

# Table 3.1 (DVC trực tuyến, sở): subject, 31/7 %, 31/8 %, change % ("Giữ nguyên" = 0).
TABLE_3_1 = [
    ("Sở Nông nghiệp và PTNT", 100, 100, 0),
    ("Sở Tài chính", 97.8, 97.9, 0.1),
    ("Ban quản lý các Khu công nghiệp", 100, 100, 0),
    ("Sở Khoa học và Công nghệ", 99.6, 99.6, 0),
    ("Sở Nội vụ", 93.1, 95.1, 2),
    ("Sở Giáo dục và Đào tạo", 100, 100, 0),
    ("Sở Ngoại vụ", 100, 100, 0),
    ("Sở Thông tin và Truyền thông", 95.2, 96.1, 0.9),
    ("Sở Văn hóa, Thể thao và Du lịch", 98.5, 98.7, 0.2),
    ("Sở Tư pháp", 96.6, 97.1, 0.5),
    ("Sở Công Thương", 94.0, 93.9, -0.1),
    ("Sở Xây dựng", 82.0, 81.1, -0.9),
    ("Sở Y tế", 68.7, 67.9, -0.8),
    ("Sở Tài Nguyên và Môi trường", 60.1, 60.6, 0.5),
    ("Sở Giao thông vận tải", 40.9, 38.2, -2.7),
    ("Sở Lao động, Thương binh và Xã hội", 10.3, 11.0, 0.7),
    ("Sở Kế hoạch và Đầu tư", 96.6, 56.6, -40),
    ("Ban Dân tộc", 0, 0, 0),
    ("Thanh tra tỉnh", 0, 0, 0),
]

TABLE_3_2 = [
    ("UBND thành phố Sông Công", 88.2, 88.5, 0.3),
    ("UBND huyện Phú Lương", 82.9, 83.7, 0.8),
    ("UBND huyện Phú Bình", 77.5, 78.3, 0.8),
    ("UBND huyện Định Hóa", 75.7, 77.9, 2.2),
    ("UBND huyện Võ Nhai", 68.4, 70.1, 1.7),
    ("UBND thành phố Thái Nguyên", 67.6, 70.1, 2.5),
    ("UBND huyện Đại Từ", 66.9, 67.5, 0.6),
    ("UBND thành phố Phổ Yên", 56.2, 56.8, 0.6),
    ("UBND huyện Đồng Hỷ", 60.6, 64.5, 3.9),
]

TABLE_4_1 = [
    ("Sở Tài Nguyên và Môi trường", 99.31, 99.05, -0.26),
    ("Sở Công thương", 86.21, 87.5, 1.29),
    ("Sở Khoa học và Công nghệ", 59.15, 64, 4.85),
    ("Sở Nông nghiệp và PTNT", 85.6, 94.16, 8.56),
    ("Sở Tư pháp", 66.94, 78.38, 11.44),
    ("Sở Văn hóa, Thể thao và Du lịch", 37.25, 45, 7.75),
    ("Sở Thông tin và Truyền thông", 24.32, 31.91, 7.59),
    ("Sở Y tế", 29.7, 39.07, 9.37),
    ("Sở Kế hoạch và Đầu tư", 0, 0, 0),
    ("Sở Lao động, Thương binh và Xã hội", 0, 0, 0),
    ("Sở Nội vụ", 100, 100, 0),
    ("Ban quản lý các Khu công nghiệp", 0, 0, 0),
    ("Sở Giao thông vận tải", 97.74, 97.57, -0.17),
    ("Sở Xây dựng", 12.41, 20.35, 7.94),
    ("Sở Ngoại vụ", 0, 0, 0),
    ("Ban Dân tộc", 0, 0, 0),
    ("Sở Tài chính", 0, 0, 0),
    ("Sở Giáo dục và Đào tạo", 0, 0, 0),
]

TABLE_4_2 = [
    ("UBND thành phố Sông Công", 81.79, 83.26, 1.47),
    ("UBND huyện Đồng Hỷ", 30.35, 40.96, 10.61),
    ("UBND thành phố Phổ Yên", 6.22, 6.68, 0.46),
    ("UBND huyện Phú Lương", 2.9, 7.03, 4.13),
    ("UBND huyện Võ Nhai", 6.86, 6.49, -0.37),
    ("UBND huyện Định Hóa", 18.71, 38.39, 19.68),
    ("UBND huyện Phú Bình", 3.26, 11.19, 7.93),
    ("UBND thành phố Thái Nguyên", 17.16, 19.19, 2.03),
    ("UBND huyện Đại Từ", 0, 0.01, 0.01),
]

# Table V (chứng thực điện tử): subject, (deployed, of), completed 31/7, (deployed, of), completed 31/8,
# change. No unit is stated for these counts.
TABLE_V = [
    ("UBND huyện Võ Nhai", (16, 16), 21820, (16, 16), 22548, 728),
    ("UBND huyện Đại Từ", (31, 31), 2806, (31, 31), 2864, 58),
    ("UBND thành phố Sông Công", (11, 11), 1332, (11, 11), 1519, 187),
    ("UBND huyện Phú Lương", (15, 16), 773, (15, 16), 794, 21),
    ("UBND huyện Định Hóa", (24, 24), 727, (24, 24), 770, 43),
    ("UBND thành phố Thái Nguyên", (33, 33), 970, (33, 33), 1018, 48),
    ("UBND thành phố Phổ Yên", (14, 19), 321, (14, 19), 352, 31),
    ("UBND huyện Đồng Hỷ", (16, 16), 845, (16, 16), 1095, 250),
    ("UBND huyện Phú Bình", (21, 21), 272, (21, 21), 272, 0),
    ("TỔNG", (181, 187), 29866, (181, 187), 31232, 1366),
]


def expected() -> list[tuple]:
    """Every numeric cell as (table, subject, label-key, col, value, unit, max_value, kind, as_of)."""
    rows = []
    for label, cells in TABLE_I:
        for col, value, unit, max_value, kind in cells:
            as_of = JUL if col in (2, 3) else AUG
            rows.append((0, None, label, col, value, unit, max_value, kind, as_of))
    simple = [(1, TABLE_II, "hồ sơ"), (2, TABLE_3_1, "%"), (3, TABLE_3_2, "%"), (4, TABLE_4_1, "%"),
              (5, TABLE_4_2, "%")]
    for table, data, unit in simple:
        for subject, july, august, change in data:
            rows.append((table, subject, subject, 2, july, unit, None, "value", JUL))
            rows.append((table, subject, subject, 3, august, unit, None, "value", AUG))
            rows.append((table, subject, subject, 4, change, unit, None, "change", AUG))
    for subject, dep_jul, done_jul, dep_aug, done_aug, change in TABLE_V:
        rows.append((6, subject, subject, 2, dep_jul[0], None, dep_jul[1], "value", JUL))
        rows.append((6, subject, subject, 3, done_jul, None, None, "value", JUL))
        rows.append((6, subject, subject, 4, dep_aug[0], None, dep_aug[1], "value", AUG))
        rows.append((6, subject, subject, 5, done_aug, None, None, "value", AUG))
        rows.append((6, subject, subject, 6, change, None, None, "change", AUG))
    return rows
