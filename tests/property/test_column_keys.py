"""The column-at-once helpers give exactly what the one-value helpers give.

The import folds names and builds search keys for a whole column in one call (joined by a
separator, converted, split again); any text, in any script, must come out as fold() and
search_key() make it one by one.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.text import fold, fold_all, search_key, search_keys
from planner.imports.people import values
from planner.imports.people.columns import texts

# Hong Kong, Traditional and Simplified names, Latin with accents and ligatures, Greek sigma,
# combining marks, control characters (the separator among them) and empty cells.
NAMEISH = st.one_of(
    st.none(), st.just(""),
    st.sampled_from(["陳大文", "陈大文", "鍾", "钟", "乾隆", "學生", "Straße", "ΟΔΟΣ", "ﬁne", "Ⅻ",
                     "e\u0301", "\u0301", "x\x1fy", "\x1f", "İ", "A" * 300, "陳" * 260]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
COLUMN = st.lists(NAMEISH, max_size=12)


@given(COLUMN)
def test_fold_all_is_fold_of_each(column: list[str | None]) -> None:
    assert fold_all(column) == [fold(t) for t in column]


@given(st.lists(st.tuples(NAMEISH, NAMEISH, NAMEISH), max_size=12))
def test_search_keys_are_search_key_of_each_row(rows: list[tuple[str | None, ...]]) -> None:
    en, zh, other = ([r[i] for r in rows] for i in range(3))
    assert search_keys(en, zh) == [search_key(a, b) for a, b in zip(en, zh)]
    assert search_keys(en, zh, other) == [search_key(*r) for r in rows]
    assert search_keys(en, zh, limit=None) == [search_key(a, b, limit=None)
                                               for a, b in zip(en, zh)]


CELLS = st.lists(st.one_of(NAMEISH, st.integers(), st.floats(allow_nan=False), st.booleans(),
                           st.text(alphabet=" \t\n\r\x07\u200b\u3000ab陳", max_size=6)),
                 max_size=12)


@given(CELLS)
def test_a_column_of_cells_reads_as_each_cell(cells: list[object]) -> None:
    expected = [None if c is None or c == "" else values.text(c) for c in cells]
    assert texts(cells) == expected
