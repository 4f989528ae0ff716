"""Lines laid out with runs of spaces: their pieces, which lines are rows, and the columns pieces fall in."""

from __future__ import annotations

from extractor.extract.spaced_columns import align, is_spaced_row, pieces

HEADER = "  STT   Đơn vị                  Tiếp nhận     Trực tuyến"
UNITS = "                                  (hồ sơ)          (%)"
ROW = "   1    Huyện Mỏ Cày Nam            2.146         71,08"
TOTAL = "        Cộng                        9.834         69,40"


def test_pieces_are_parted_by_two_or_more_spaces():
    assert [ROW[s:e] for s, e in pieces(ROW)] == ["1", "Huyện Mỏ Cày Nam", "2.146", "71,08"]


def test_a_row_has_three_pieces_or_more_and_no_bars_or_tabs():
    assert is_spaced_row(ROW) and is_spaced_row(TOTAL)
    assert not is_spaced_row("UBND TỈNH BẾN TRE                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert not is_spaced_row("Tỷ lệ hồ sơ trực tuyến đạt 71,08%, tăng 2,3% so với quý trước.")
    assert not is_spaced_row("| 1 |  Huyện Mỏ Cày Nam  |  2.146  |")


def test_pieces_fall_in_the_columns_they_stand_under():
    lines = [HEADER, UNITS, ROW, TOTAL]
    slots = align([pieces(line) for line in lines], pieces(ROW))
    assert slots[0] == [[0], [1], [2], [3]]
    assert slots[1] == [[], [], [0], [1]]  # the units under their columns' words
    assert slots[3] == [[], [0], [1], [2]]  # a total row with no number: its label in the names' column


def test_figures_set_off_from_their_header_keep_one_column_each_in_order():
    header = "STT  Cơ quan              Tiếp nhận   Trực tuyến   Tỷ lệ trực tuyến   Đúng hạn"
    row = "1    Sở Tài chính                          1.628       1.618      99,39       100"
    total = "     Tổng cộng                            14.386      13.392      93,09     99,81"
    slots = align([pieces(row), pieces(total)], pieces(header))
    assert slots[0] == [[0], [1], [2], [3], [4], [5]]  # 1.628 received, not two figures under `Tỷ lệ trực tuyến`
    assert slots[1] == [[], [0], [1], [2], [3], [4]]
