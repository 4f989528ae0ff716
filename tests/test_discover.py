"""Discovery: stable order, hidden files skipped, only regular files, symlinks kept inside the root."""

import os
import shutil

from conftest import seed_path

from extractor.discover import discover


def make_messy_folder(tmp_path):
    root = tmp_path / "inbox"
    (root / "sub").mkdir(parents=True)
    shutil.copy(seed_path("000"), root / "b_report.txt")
    shutil.copy(seed_path("001"), root / "sub" / "a_report.md")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / ".hidden.txt").write_text("secret")
    (root / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    os.symlink("loop_a.txt", root / "loop_b.txt")
    os.symlink("loop_b.txt", root / "loop_a.txt")
    os.symlink(root, root / "sub" / "back_to_root")
    os.mkfifo(root / "pipe.txt")
    outside = tmp_path / "outside.txt"
    outside.write_text("Báo cáo bên ngoài")
    os.symlink(outside, root / "escape.txt")
    os.symlink(root / "b_report.txt", root / "sub" / "same_report.txt")
    return root


def test_messy_folder_is_walked_in_order_and_every_bad_entry_named_once(tmp_path):
    root = make_messy_folder(tmp_path)
    found = list(discover([root]))
    by_name = {os.path.relpath(f.path, root): f for f in found}
    assert [f.path for f in found] == [f.path for f in discover([root])]  # stable
    files = sorted(name for name, f in by_name.items() if f.kind == "file")
    assert files == ["b_report.txt", "empty.txt", "image.txt", "sub/a_report.md"]
    assert by_name["sheet.xlsx"].kind == "skipped"
    assert ".hidden.txt" not in by_name
    assert "symlink loop" in by_name["loop_a.txt"].reason
    assert "symlink loop" in by_name["loop_b.txt"].reason
    assert "symlink loop" in by_name["sub/back_to_root"].reason
    assert "FIFO" in by_name["pipe.txt"].reason
    assert "outside" in by_name["escape.txt"].reason
    # a link to a file already seen is not ingested twice
    assert "sub/same_report.txt" not in files
    bad = [f for f in found if f.kind == "bad"]
    assert len(bad) == len({f.path for f in bad}) == 5


def test_single_file_and_missing_path(tmp_path):
    found = list(discover([seed_path("002"), tmp_path / "nope"]))
    assert found[0].kind == "file" and found[0].format == "txt"
    assert found[1].kind == "bad" and "no such" in found[1].reason


def test_folder_readme_is_skipped_not_ingested(corpus_dir):
    found = {os.path.basename(f.path): f for f in discover([corpus_dir])}
    assert found["README.md"].kind == "skipped"
    assert found["001_422e18ebd3f30e83.txt"].kind == "file"
