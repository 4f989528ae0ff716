"""Hand-written golden for corpus/001: the 766 score table (split by a repeated header) and the
announcements table (document numbers and dates only: no figures). Read from the document."""

AS_OF = "2024-05-31"  # column sub-header "Tính đến tháng 5/2024"

# (row label, value, unit, max_value, kind); all in column 2 of table 0, subject None (the province).
SCORES = [
    ("Công khai minh bạch", 11.1, "điểm", 18, "value"),
    ("Tỷ lệ đồng bộ hồ sơ", 100, "%", None, "value"),
    ("Số TTHC được công khai đầy đủ các nội dung quy định về các bộ phận cấu thành", 100, "%", None, "value"),
    ("Tiến độ giải quyết hồ sơ", 17.6, "điểm", 20, "value"),
    ("Dịch vụ công trực tuyến", 7.2, "điểm", 12, "value"),  # row 3.1; the group row 3 has no value
    ("Thanh toán trực tuyến", 9.1, "điểm", 10, "value"),
    ("Mức độ hài lòng", 17.9, "điểm", 18, "value"),
    ("Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị", 100, "%", None, "value"),
    ("Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", 88.15, "%", None, "value"),
    ("Số hóa hồ sơ", 15.7, "điểm", 22, "value"),
    ("Tỷ lệ hồ sơ cấp kết quả điện tử", 67.67, "%", None, "value"),
    ("Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa", 68.20, "%", None, "value"),
    ("Tỷ lệ hồ sơ TTHC số hóa hồ sơ, kết quả giải quyết TTHC", 61.44, "%", None, "value"),
    ("Tổng hợp", 78.49, "điểm", 100, "value"),
    ("Tổng hợp", 11, "hạng", 63, "rank"),
]

TABLE_ROWS = [15, 1]  # body rows: 15 in the stitched score table (group row 3 included), 1 announcement
RAWS = ["11,1/18", "100%", "100%", "17,6/20", "7,2/12", "9,1/10", "17,9/18", "100%", "88,15%", "15,7/22",
        "67,67", "68,20", "61,44", "78,49/100", "11/63"]
