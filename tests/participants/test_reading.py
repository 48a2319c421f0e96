"""Reading lists: every encoding and format partners send, heading rows, broken files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planner.domain.errors import PlannerError
from planner.imports.people import propose_mapping, read_people_file
from tests.participants.conftest import write_csv, write_xlsx

HK_ROWS = [["姓名", "英文姓名", "機構", "電郵"],
           ["陳大文", "CHAN Tai-man", "香港知識產權署", "tm.chan@example.org"],
           ["鍾嘉欣", "CHUNG Ka-yan", "香港海關", "ky@example.org"]]
GD_ROWS = [["姓名", "单位", "职务", "邮箱"],
           ["陈小明", "广东省知识产权局", "处长", "xm@example.cn"],
           ["钟伟强", "深圳海关", "科长", "wq@example.cn"]]


def _names(table) -> list[str]:
    return [cells[0] for _line, cells in table.records]


@pytest.mark.parametrize("encoding, label, bom", [
    ("utf-8", "UTF-8", False), ("utf-8-sig", "UTF-8 (BOM)", True),
    ("utf-16", "UTF-16", True), ("big5hkscs", "Big5-HKSCS", False),
    ("big5", "Big5-HKSCS", False)])
def test_hong_kong_list_in_each_encoding(tmp_path: Path, encoding: str, label: str,
                                         bom: bool) -> None:
    table = read_people_file(write_csv(tmp_path / "hk.csv", HK_ROWS, encoding=encoding))
    assert (table.encoding, table.bom) == (label, bom)
    assert table.headers == ("姓名", "英文姓名", "機構", "電郵")
    assert _names(table) == ["陳大文", "鍾嘉欣"]


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_guangdong_list_in_gb18030_and_gbk(tmp_path: Path, encoding: str) -> None:
    table = read_people_file(write_csv(tmp_path / "gd.csv", GD_ROWS, encoding=encoding))
    assert table.encoding == "GB18030"
    assert _names(table) == ["陈小明", "钟伟强"]
    assert propose_mapping(table.headers) == {0: "name", 1: "organisation", 2: "position",
                                              3: "email"}


def test_hong_kong_supplementary_characters_need_hkscs(tmp_path: Path) -> None:
    rows = [["姓名", "備註"], ["陳大文", "佢哋嘅嘢㗎"]]
    table = read_people_file(write_csv(tmp_path / "hkscs.csv", rows, encoding="big5hkscs"))
    assert table.records[0][1] == ["陳大文", "佢哋嘅嘢㗎"]


def test_gb18030_only_characters(tmp_path: Path) -> None:
    rows = [["姓名", "单位"], ["李𠀾", "广州"]]  # a character outside GBK
    table = read_people_file(write_csv(tmp_path / "gb.csv", rows, encoding="gb18030"))
    assert table.records[0][1][0] == "李𠀾"


def test_utf16_without_bom_tab_delimited(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    text = "Name\tOrganisation\r\nCHAN Tai-man\t香港海關\r\n"
    path.write_bytes(text.encode("utf-16-le"))
    table = read_people_file(path)
    assert (table.encoding, table.delimiter, table.format) == ("UTF-16LE", "\t", "tsv")
    assert table.records == [(2, ["CHAN Tai-man", "香港海關"])]


@pytest.mark.parametrize("delimiter", [";", "\t", "|", ","])
def test_delimiter_is_detected(tmp_path: Path, delimiter: str) -> None:
    rows = [["Name", "Organisation", "E-mail"], ["Chan, Tai-man", "HKIPD; IP", "a@b.org"],
            ["LEE Ka-yan", "C&ED", "c@d.org"]]
    table = read_people_file(write_csv(tmp_path / "list.csv", rows, delimiter=delimiter))
    assert table.delimiter == delimiter
    assert table.records[0][1] == ["Chan, Tai-man", "HKIPD; IP", "a@b.org"]


def test_quoted_cells_keep_delimiters_and_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "quoted.csv"
    path.write_text('Name;Access needs\n"WONG, Siu-ming";"wheelchair;\nlift"\n', encoding="utf-8")
    table = read_people_file(path)
    assert table.records[0][1] == ["WONG, Siu-ming", "wheelchair;\nlift"]


def test_workbook_with_title_row_blank_rows_and_sheets(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {
        "Cover": [["Prepared by the partner"]],
        "Delegates": [["Delegation to Guangzhou, May 2017 / 代表團名單"], [], [None, None],
                      ["No.", "Name", "Organisation", "Phone"],
                      [1, "CHAN Tai-man", "HKIPD", 85291234567],
                      [None, None, None, None],
                      ["No.", "Name", "Organisation", "Phone"],
                      [2, "陳大文", "香港海關", "+852 9123 4567"]]})
    table = read_people_file(path, sheet="Delegates")
    assert table.format == "xlsx" and table.sheet_names == ("Cover", "Delegates")
    assert table.header_line == 4 and table.skipped_lines == (1, 7)
    assert [line for line, _cells in table.records] == [5, 8]
    assert table.records[0][1][1:] == ["CHAN Tai-man", "HKIPD", 85291234567.0]
    with pytest.raises(PlannerError) as info:  # the first sheet unless told: no headings
        read_people_file(path)
    assert info.value.code == "import_no_header"


def test_unknown_sheet_names_the_sheets(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"People": [["Name"], ["A"]]})
    with pytest.raises(PlannerError) as info:
        read_people_file(path, sheet="Staff")
    assert info.value.code == "import_unknown_sheet"
    assert info.value.problems[0].params["sheets"] == "People"


def test_workbook_renamed_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "list.xlsx", {"People": [["Name", "E-mail"], ["A", "a@b.org"]]})
    renamed = tmp_path / "list.csv"
    book.rename(renamed)
    table = read_people_file(renamed)
    assert table.format == "xlsx" and table.records == [(2, ["A", "a@b.org"])]


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200),
    os.urandom(4096).replace(b"\xef\xbb\xbf", b"").replace(b"\xff\xfe", b"")])
def test_binary_file_renamed_csv_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(b"\x01" + content)
    with pytest.raises(PlannerError) as info:
        read_people_file(path)
    assert info.value.code in ("import_binary", "import_undecodable")


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf", b",,,\r\n;;\r\n"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(PlannerError) as info:
        read_people_file(path)
    assert info.value.code in ("import_empty", "import_no_header")


def test_empty_workbook_and_broken_workbook(tmp_path: Path) -> None:
    with pytest.raises(PlannerError) as info:
        read_people_file(write_xlsx(tmp_path / "empty.xlsx", {"Sheet": []}))
    assert info.value.code == "import_empty"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(PlannerError) as info:
        read_people_file(broken)
    assert info.value.code == "import_unreadable"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PlannerError) as info:
        read_people_file(tmp_path / "nowhere.csv")
    assert info.value.code == "import_unreadable"


def test_file_without_headings(tmp_path: Path) -> None:
    rows = [["CHAN Tai-man", "a@b.org"], ["LEE Ka-yan", "c@d.org"]]
    table = read_people_file(write_csv(tmp_path / "bare.csv", rows), header_line=0)
    assert table.header_line is None and table.headers == ("", "")
    assert [line for line, _cells in table.records] == [1, 2]
