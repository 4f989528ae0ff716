"""Hand-written golden deadlines for the seeds, read from the documents.

Seed 004: the footnotes quote targets of Nghị quyết 52-NQ/TU and Chỉ thị 10/CT-UBND with a due date
(`đến năm 2025, 90% hồ sơ ...`, `đến 31/12/2024, UBND các huyện ... đạt tối thiểu 70%`). A target with
a date by which a named body must reach it is a deadline, so these count; `đến năm 2025, định hướng
đến năm 2030` (a programme's title), `số liệu từ ngày 01/9/2024 đến 30/9/2024` (a range) and
`Tính đến ngày 30/9` (a cut-off) do not. Seed 000 sets no deadline (its dates are cited documents).
"""

# (due_date, precision, expression, task must contain, assignee)
DEADLINES = {
    "000": [],
    "001": [
        ("2024-05-23", "day", "Hạn xử lý 23/5/2024", "Công văn số 1283/VPUBND-KSTTHC", "Sở Giao thông vận tải"),
        ("2024-06-11", "day", "trước ngày 11/6/2024", "Báo cáo kết quả về Văn phòng UBND tỉnh",
         "các cơ quan, đơn vị và địa phương"),
    ],
    "003": [
        ("2023-12-10", "day", "trước ngày 10/12/2023", "báo cáo Chủ tịch UBND tỉnh kết quả khắc phục",
         "Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố"),
    ],
    "004": [
        ("2025-12-31", "year", "đến năm 2025", "90% hồ sơ công việc tại cấp tỉnh", None),
        ("2025-12-31", "year", "đến năm 2025", "100% các cơ quan nhà nước cấp tỉnh", None),
        ("2024-12-31", "day", "đến 31/12/2024", "Tỷ lệ hồ sơ chứng thực bản sao điện tử từ bản chính",
         "UBND các huyện, thị xã, thành phố; UBND các xã, phường, thị trấn"),
        ("2024-12-31", "day", "đến 31/12/2024", "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ",
         "các sở, ban, ngành; UBND các huyện, thị xã, thành phố; UBND các xã, phường, thị trấn"),
        ("2024-12-31", "day", "đến 31/12/2024", "Tỷ lệ số hóa thành phần hồ sơ",
         "các sở, ban, ngành, UBND các huyện, thị xã, thành phố; UBND các xã, phường, thị trấn"),
        ("2024-12-31", "day", "đến 31/12/2024", "Tỷ lệ hồ sơ thanh toán trực tuyến",
         "Trung tâm hành chính công tỉnh, UBND các huyện, thị xã, thành phố, UBND cấp xã"),
    ],
}
