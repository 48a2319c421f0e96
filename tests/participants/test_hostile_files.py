"""Participant lists written to hurt: the reader's cost follows the cells present, limits are
refused on one line (exit 2), nothing is written. Every file is made here, a few KB at most.

The workbooks that would make the spreadsheet reader build billions of cells are read in a
child process with a memory cap: should the guard ever break, the test fails instead of the
test run aborting.
"""

from __future__ import annotations

import io
import os
import resource
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.domain.errors import PlannerError
from planner.domain.limits import IMPORT_CELL_CHARS, IMPORT_CELLS, IMPORT_COLUMNS, IMPORT_ROWS
from planner.imports.people import read_people_file
from planner.store.database import open_database

ROOT = Path(__file__).resolve().parents[2]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="'
    'application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
    'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>')
BOOK = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
        'name="List" sheetId="1" r:id="rId1"/></sheets></workbook>')
BOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
             'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
             'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
             'Target="worksheets/sheet1.xml"/></Relationships>')
HEADINGS = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" '
            't="inlineStr"><is><t>E-mail</t></is></c></row><row r="2"><c r="A2" t="inlineStr">'
            '<is><t>CHAN Tai-man</t></is></c><c r="B2" t="inlineStr"><is><t>tm@example.org</t>'
            '</is></c></row>')


def workbook(path: Path, cells: str, *, prologue: str = "") -> Path:
    """A minimal .xlsx whose one sheet holds the headings, a person and `cells`."""
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?>{prologue}<worksheet xmlns="{MAIN}">'
             f'<dimension ref="A1:B2"/><sheetData>{HEADINGS}{cells}</sheetData></worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", BOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", BOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:'
    'tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
    'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
    'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
    '"text/xml"/></manifest:manifest>')


def far(ref: str) -> str:
    row = "".join(ch for ch in ref if ch.isdigit())
    return f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row>'


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def refused(*argv: str) -> str:
    code, _out, err = run(*argv)
    assert code == 2, err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


def _capped() -> None:  # the child's memory: a grid of billions of cells cannot be had
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


def import_in_child(path: Path, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "planner", "--db", str(db), "import", "people",
                           str(path)], env=env, capture_output=True, text=True, timeout=120,
                          preexec_fn=_capped)


@pytest.mark.parametrize("ref, says", [
    ("XFD1048576", f"at most {IMPORT_COLUMNS} columns"),
    ("CV1000000", f"at most {IMPORT_ROWS:,} rows"),
    ("CV50001", f"at most {IMPORT_CELLS:,}"),
])
def test_one_far_cell_is_refused_at_once(tmp_path: Path, demo_path: Path, ref: str,
                                         says: str) -> None:
    """A 2 KB file whose one cell makes the reader build the whole grid (XFD1048576 asked
    for 512 GB and aborted the process; CV1000000 took 20 s and 4 GB)."""
    book = workbook(tmp_path / "list.xlsx", far(ref))
    assert book.stat().st_size < 2_000
    started = time.perf_counter()
    done = import_in_child(book, demo_path)
    assert done.returncode == 2, done.stderr
    assert says in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert time.perf_counter() - started < 30


@pytest.mark.parametrize("cells", [
    # a cell without `r`, after a row numbered past the limit: placed as the reader places it
    '<row r="300000"><c t="inlineStr"><is><t>x</t></is></c></row>',
    # a namespace prefix: not the plain form, read with expat
    f'<row r="3"><x:c xmlns:x="{MAIN}" r="XFD3" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c>'
    '</row>',
    # another attribute order with a line break in the tag
    '<row r="3"><c\nt="inlineStr" r="XFD3"><is><t>x</t></is></c></row>',
])
def test_cells_written_otherwise_are_placed_all_the_same(tmp_path: Path, cells: str) -> None:
    book = workbook(tmp_path / "list.xlsx", cells)
    with pytest.raises(PlannerError) as info:
        read_people_file(book)
    assert info.value.code in ("import_too_many_rows", "import_too_many_columns")


def test_formatting_far_away_is_not_a_cell(tmp_path: Path) -> None:
    """Excel writes styled empty cells (`<c r=".." s="1"/>`); the reader skips them."""
    book = workbook(tmp_path / "list.xlsx", '<row r="1048576"><c r="XFD1048576" s="1"/></row>')
    table = read_people_file(book)
    assert [cells[0] for _line, cells in table.records] == ["CHAN Tai-man"]


def test_a_document_type_declaration_is_refused(tmp_path: Path) -> None:
    prologue = '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
    book = workbook(tmp_path / "list.xlsx", "", prologue=prologue)
    with pytest.raises(PlannerError) as info:
        read_people_file(book)
    assert info.value.code == "import_unreadable"


def test_a_part_that_unpacks_past_its_declared_size_is_refused(tmp_path: Path) -> None:
    """A zip bomb: the entry says 100 bytes, its data inflates to 10 MB."""
    book = workbook(tmp_path / "list.xlsx", "")
    with zipfile.ZipFile(book, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * 10_000_000)
    with zipfile.ZipFile(book) as archive:
        local = archive.getinfo("xl/media/padding.bin").header_offset
    data = bytearray(book.read_bytes())
    central = data.rfind(b"PK\x01\x02")  # the last entry's record: the padding's
    struct.pack_into("<L", data, local + 22, 100)  # uncompressed size, local header
    struct.pack_into("<L", data, central + 24, 100)  # and in the central directory
    book.write_bytes(bytes(data))
    with pytest.raises(PlannerError) as info:
        read_people_file(book)
    assert info.value.code == "import_unreadable" and "zip bomb" in str(info.value)


def test_parts_adding_up_past_the_limit_are_refused(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.imports.people import unzip

    monkeypatch.setattr(unzip, "IMPORT_UNPACKED_MB", 1)
    book = workbook(tmp_path / "list.xlsx", "")
    with zipfile.ZipFile(book, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * 2_000_000)
    with pytest.raises(PlannerError) as info:
        read_people_file(book)
    assert info.value.code == "import_unpacked_too_large"


def test_an_opendocument_cell_repeated_across_the_sheet_is_refused(tmp_path: Path) -> None:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:'
        'oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:'
        'opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:'
        'text:1.0"><office:body><office:spreadsheet><table:table table:name="List">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p>'
        '</table:table-cell></table:table-row><table:table-row table:number-rows-repeated='
        '"1048575"><table:table-cell table:number-columns-repeated="16384" office:value-type='
        '"string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>'
        '</office:spreadsheet></office:body></office:document-content>')
    path = tmp_path / "list.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", MANIFEST)
        archive.writestr("content.xml", content)
    with pytest.raises(PlannerError) as info:
        read_people_file(path)
    assert info.value.code == "import_too_many_columns"


def test_a_csv_cell_past_the_limit_exits_2(tmp_path: Path, demo_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Notes\nCHAN Tai-man," + "x" * (IMPORT_CELL_CHARS + 1) + "\n")
    err = refused("--db", str(demo_path), "import", "people", str(path))
    assert "line 2" in err and f"{IMPORT_CELL_CHARS:,} characters" in err


def test_a_csv_past_the_row_and_column_limits_exits_2(tmp_path: Path, demo_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("Name\n" + "x\n" * IMPORT_ROWS)
    assert f"at most {IMPORT_ROWS:,} rows" in refused("--db", str(demo_path), "import",
                                                        "people", str(rows))
    wide = tmp_path / "wide.csv"
    wide.write_text("Name" + "," * IMPORT_COLUMNS + "\nCHAN Tai-man\n")
    assert f"at most {IMPORT_COLUMNS} columns" in refused("--db", str(demo_path), "import",
                                                          "people", str(wide))


def test_a_file_past_the_size_limit_is_refused_unread(tmp_path: Path, demo_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:  # sparse: nothing is written to the disk
        handle.truncate(101_000_000)
    assert "larger than 100 MB" in refused("--db", str(demo_path), "import", "people",
                                           str(path))


def _mixed_csv(path: Path) -> Path:
    lines = ["Name,E-mail", "陳大文,tm@example.org", "黃小明,sm@example.org"]
    data = "\n".join(lines).encode("utf-8") + "\n李嘉欣,kh@example.org\n".encode("big5")
    path.write_bytes(data + "張三,zs@example.org\n".encode("utf-8"))
    return path


def test_mixed_encodings_are_read_line_by_line_and_named(tmp_path: Path,
                                                         demo_path: Path) -> None:
    path = _mixed_csv(tmp_path / "mixed.csv")
    code, out, err = run("--db", str(demo_path), "import", "people", str(path))
    assert code == 0, err
    assert "mixes encodings" in out and "Big5-HKSCS" in out and ": 4." in out
    db = open_database(str(demo_path))
    try:
        from planner.store import queries

        with db.read() as session:
            names = {p.name_zh for p in queries.list_people(session, text="李嘉欣")}
    finally:
        db.close()
    assert "李嘉欣" in names  # not mojibake


def test_mixed_encodings_are_refused_under_strict(tmp_path: Path, demo_path: Path) -> None:
    path = _mixed_csv(tmp_path / "mixed.csv")
    before = open_database(str(demo_path))
    revision = before.revision()
    before.close()
    code, out, err = run("--db", str(demo_path), "import", "people", str(path), "--strict")
    assert code == 2 and "mixes encodings" in err and err.count("\n") == 1
    assert "refused, nothing written" in out and "dry run" not in out
    after = open_database(str(demo_path))
    assert after.revision() == revision
    after.close()


def _record(kind: int, body: bytes = b"") -> bytes:
    """One BIFF12 record: its type and size as 7-bit groups, then its body."""
    head = bytes([kind]) if kind < 128 else bytes([(kind & 0x7F) | 0x80, kind >> 7])
    size, sized = len(body), bytearray()
    while True:
        sized.append((size & 0x7F) | (0x80 if size > 0x7F else 0))
        size >>= 7
        if not size:
            break
    return head + bytes(sized) + body


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def binary_workbook(path: Path, cells: list[tuple[int, int, str]]) -> Path:
    """A minimal .xlsb: workbook.bin naming one sheet, the sheet's rows and text cells."""
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            'http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" '
            'Target="{target}"/></Relationships>')
    book = (_record(131) + _record(143) + _record(156, struct.pack("<II", 0, 1) + _wide("rId1")
                                                 + _wide("List")) + _record(144) + _record(132))
    sheet = _record(129) + _record(148, struct.pack("<IIII", 0, 1, 0, 1)) + _record(145)
    for row, column, text in cells:
        sheet += _record(0, struct.pack("<IIH", row, 0, 0) + b"\0" * 7)
        sheet += _record(6, struct.pack("<I", column) + b"\0" * 4 + _wide(text))
    sheet += _record(146) + _record(130)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", rels.format(kind="officeDocument",
                                                    target="xl/workbook.bin"))
        archive.writestr("xl/workbook.bin", book)
        archive.writestr("xl/_rels/workbook.bin.rels", rels.format(
            kind="worksheet", target="worksheets/sheet1.bin"))
        archive.writestr("xl/worksheets/sheet1.bin", sheet)
    return path


def test_a_binary_workbook_is_measured_too(tmp_path: Path, demo_path: Path) -> None:
    fine = binary_workbook(tmp_path / "fine.xlsb", [(0, 0, "Name"), (1, 0, "CHAN Tai-man")])
    assert [cells for _line, cells in read_people_file(fine).records] == [["CHAN Tai-man"]]
    far_away = binary_workbook(tmp_path / "far.xlsb", [(0, 0, "Name"), (1048575, 16383, "x")])
    done = import_in_child(far_away, demo_path)
    assert done.returncode == 2 and "at most 256 columns" in done.stderr, done.stderr
