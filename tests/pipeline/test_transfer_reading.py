from __future__ import annotations

import codecs

import pytest

from nextyes.pipeline.transfer.reading import FileProblem, decode, detect_delimiter, read_table

ROWS = "Company;Role;Notes\nSociété;Développeur;Très bien\n"


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + ROWS.encode("utf-8"),
        ROWS.encode("utf-8"),
        codecs.BOM_UTF16_LE + ROWS.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ROWS.encode("utf-16-be"),
        ROWS.encode("utf-16-le"),
        ROWS.encode("cp1252"),
    ],
    ids=["utf-8 bom", "utf-8", "utf-16 le", "utf-16 be", "utf-16 no bom", "cp1252"],
)
def test_it_decodes_what_spreadsheets_write(data: bytes) -> None:
    table = read_table(decode(data))
    assert table.header == ("Company", "Role", "Notes")
    assert table.rows[0].values == ("Société", "Développeur", "Très bien")


def test_it_reads_cp1252_bytes_that_are_not_utf8() -> None:
    assert decode("Café – €".encode("cp1252")) == "Café – €"


def test_it_explains_an_excel_workbook() -> None:
    with pytest.raises(FileProblem, match="Excel"):
        decode(b"PK\x03\x04rest-of-a-zip")


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n4;5,5;6\n", ";"),
        ("a\tb\tc\n1, 2\t3\t4\n", "\t"),
        ("Company;Role\nAcme;Dev, backend\n", ";"),
        ('Company,Role,Notes\nAcme,Dev,"a; b; c"\nGlobex,Ops,"d; e"\n', ","),
    ],
)
def test_it_finds_the_delimiter(text: str, delimiter: str) -> None:
    assert detect_delimiter(text) == delimiter


def test_it_counts_physical_lines_with_quoted_newlines_and_blank_lines() -> None:
    text = 'Company,Role,Notes\r\nAcme,Dev,"one\r\ntwo"\r\n\r\nGlobex,Ops,x\r\n'
    table = read_table(text)
    assert [(r.line, r.values[0]) for r in table.rows] == [(2, "Acme"), (5, "Globex")]
    assert table.rows[0].values[2] == "one\r\ntwo"


def test_it_says_an_empty_file_is_empty() -> None:
    with pytest.raises(FileProblem, match="empty"):
        read_table("  \n\n")


def test_it_says_a_header_alone_has_no_rows() -> None:
    with pytest.raises(FileProblem, match="no rows"):
        read_table("Company,Role\n")


def test_it_pads_short_rows_and_names_extra_columns() -> None:
    table = read_table("Company,Role\nAcme\nGlobex,Ops,extra\n")
    assert table.header == ("Company", "Role", "")
    assert table.rows[0].get(1) == ""
    assert table.rows[1].get(2) == "extra"
