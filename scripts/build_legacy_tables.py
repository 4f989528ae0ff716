"""Print the TCVN 5712:1993 (VN1) byte table as the Python literal embedded in extractor/encodings.py.

The table comes from glibc iconv's `TCVN5712-1` converter: each byte 0x00-0xFF is decoded on its own,
and the bytes whose character differs from Latin-1 are printed. Run it to check or regenerate the
literal `_TCVN3_BYTES` in `extractor/encodings.py`:

    python scripts/build_legacy_tables.py

(The VNI table is not generated: VNI-Windows has no iconv converter; it is written out by hand in
`extractor/encodings.py` from the specification in ../shared/notes/vietnamese-text.md §3.2.)
"""

from __future__ import annotations

import subprocess


def tcvn5712_byte_table() -> dict[int, str]:
    """Return {byte: character} for every byte iconv's TCVN5712-1 decodes differently from Latin-1."""
    table = {}
    for byte in range(256):
        result = subprocess.run(
            ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([byte]), capture_output=True, check=True
        )
        char = result.stdout.decode("utf-8")
        if char != chr(byte):
            table[byte] = char
    return table


def render_literal(table: dict[int, str]) -> str:
    """Render the table as a Python dict literal with \\u escapes, six entries a line."""
    items = [f"0x{byte:02X}: '\\u{ord(char):04X}'" for byte, char in sorted(table.items())]
    lines = [", ".join(items[i : i + 6]) + "," for i in range(0, len(items), 6)]
    return "_TCVN3_BYTES = {\n" + "\n".join("    " + line for line in lines) + "\n}"


if __name__ == "__main__":
    print(render_literal(tcvn5712_byte_table()))
