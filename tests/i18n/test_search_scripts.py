"""Searching across scripts: a Simplified query finds a Traditional name, and the reverse."""

from __future__ import annotations

import opencc
from PySide6.QtWidgets import QLineEdit

from planner.domain.text import fold, search_fragments, search_key
from planner.operations.organisations import create_organisation
from planner.operations.people import create_person
from planner.store import queries
from planner.store.database import Database
from tests.ui.conftest import settle

TO_SIMPLIFIED = opencc.OpenCC("hk2s")
TO_TRADITIONAL = opencc.OpenCC("s2hk")


def test_search_key_holds_the_simplified_form_and_fragments_are_normalised() -> None:
    assert search_key("Chung Ka-wai", "鍾家偉") == "chungkawai|鍾家偉|钟家伟"
    assert search_key("Zhong Jiawei", "钟家伟") == "zhongjiawei|钟家伟"  # already Simplified
    assert search_fragments("鍾 家") == ("鍾家", "钟家")
    assert search_fragments("钟家") == ("钟家",)
    assert search_fragments("Chung") == ("chung",)
    assert search_fragments(" - ") == ()
    longest = search_key("x" * 200, "們" * 200)  # both names at their maximum length
    assert len(longest) <= 500 and "们" not in longest  # fits person.search_key: no extra form
    assert search_key("x" * 200, "們" * 200, limit=None).endswith("们" * 200)


def _people(db: Database, text: str) -> list[int]:
    with db.read() as session:
        return [p.id for p in queries.list_people(session, text=text)]


def test_people_found_in_either_script(demo_db: Database) -> None:
    with demo_db.read() as session:
        everyone = queries.list_people(session)
    traditional = next(p for p in everyone if p.name_zh and TO_SIMPLIFIED.convert(p.name_zh) != p.name_zh)
    simplified = next(p for p in everyone if p.name_zh and TO_TRADITIONAL.convert(p.name_zh) != p.name_zh)
    query = TO_SIMPLIFIED.convert(traditional.name_zh)
    assert query != traditional.name_zh
    assert traditional.id in _people(demo_db, query)
    assert traditional.id in _people(demo_db, query[1:])  # a fragment works too
    query = TO_TRADITIONAL.convert(simplified.name_zh)
    assert query != simplified.name_zh
    assert simplified.id in _people(demo_db, query)
    assert traditional.id in _people(demo_db, traditional.name_zh)  # as typed still works
    with demo_db.read() as session:
        assert queries.count_people(session, text=query) == len(_people(demo_db, query))
        found = queries.list_people(session, text=query)
    assert all(fold(TO_SIMPLIFIED.convert(query)) in fold(TO_SIMPLIFIED.convert(p.name_zh or ""))
               for p in found)


def test_person_created_with_a_traditional_name_is_found_by_simplified(empty_db: Database) -> None:
    with empty_db.write() as session:
        person = create_person(session, name_en="Chung Ka-wai", name_zh="鍾家偉").value
    assert _people(empty_db, "钟家伟") == [person.id]
    assert _people(empty_db, "鍾家偉") == [person.id]
    assert _people(empty_db, "家伟") == [person.id]
    assert _people(empty_db, "钟家俊") == []


def test_organisations_found_in_either_script(empty_db: Database) -> None:
    with empty_db.write() as session:
        hk = create_organisation(session, code="HKDEMO", name_en="Demo Council",
                                 name_zh_hant="香港設計業協會", side="hong_kong",
                                 kind="trade_body").value
        gd = create_organisation(session, code="GDDEMO", name_en="Demo Bureau",
                                 name_zh_hans="广东省测试协会", side="guangdong",
                                 kind="government").value
    with empty_db.read() as session:
        assert [o.id for o in queries.list_organisations(session, text="设计业")] == [hk.id]
        assert [o.id for o in queries.list_organisations(session, text="廣東省測試")] == [gd.id]
        assert sorted(o.id for o in queries.list_organisations(session, text="協會")) == \
            sorted([hk.id, gd.id])
        assert len(queries.list_organisations(session, text="---")) == 2


def test_people_view_finds_a_traditional_name_typed_in_simplified(open_window) -> None:
    controller = open_window("zh_CN")
    window = controller.window
    people = window.show_section("people")
    settle(controller)
    with controller.db.read() as session:
        everyone = queries.list_people(session)
    target = next(p for p in everyone if p.name_zh and TO_SIMPLIFIED.convert(p.name_zh) != p.name_zh)
    people.search.setText(TO_SIMPLIFIED.convert(target.name_zh))
    people._debounce.timeout.emit()
    settle(controller)
    assert target.id in [p.id for p in people.model.rows()]


def test_organisations_filter_matches_either_script(open_window) -> None:
    controller = open_window("zh_HK")
    window = controller.window
    view = window.show_section("organisations")
    settle(controller)
    search = window.findChild(QLineEdit, "organisations_search")
    search.setText("广东省版权")  # Simplified; the table shows 廣東省版權局 in zh_HK
    shown = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert "GDCB" in shown and len(shown) < view.model.rowCount()
    search.setText("廣東省版權")
    assert "GDCB" in [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    search.setText("")
    assert view.proxy.rowCount() == view.model.rowCount()
