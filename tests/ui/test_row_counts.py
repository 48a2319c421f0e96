"""Each section's count says how many rows the table shows of how many, after filtering."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from planner.ui.formats import counted, shown_of
from tests.ui.conftest import settle

# section, its search box, its count label, the noun, a filter that keeps a few rows
SECTIONS = (("events", "events_search", "events_count", "events", "Dongguan"),
            ("delegations", "delegations_search", "delegations_count", "delegations", "Zhongshan"),
            ("programmes", "programmes_search", "programmes_count", "programmes", "2017-04"),
            ("organisations", "organisations_search", "organisations_count", "organisations",
             "Customs"),
            ("venues", "venues_search", "venues_count", "venues", "Dongguan"),
            ("items", "items_search", "items_count", "items", "trademark"))


def _figures(text: str) -> list[int]:
    return [int(n.replace(",", "")) for n in re.findall(r"[\d,]+", text)]


@pytest.mark.parametrize(("section", "search", "label", "noun", "words"), SECTIONS)
def test_the_count_follows_the_filter(window, controller, section, search, label, noun,
                                      words) -> None:
    view = window.show_section(section)
    settle(controller)
    count = view.findChild(QLabel, label)
    total = view.model.rowCount()
    assert total > 1
    assert count.text() == f"{total} {noun}"
    view.findChild(QLineEdit, search).setText(words)
    settle(controller)
    shown = view.view.model().rowCount()
    assert 0 < shown < total, f"{words!r} should keep some {noun}, not all"
    assert count.text() == f"{shown} of {total} {noun}"
    view.findChild(QLineEdit, search).setText("no such thing at all")
    assert count.text() == f"0 of {total} {noun}"


def test_events_filtered_by_kind_and_text_together(window, controller) -> None:
    events = window.show_section("events")
    settle(controller)
    events.search.setText("Dongguan")
    events.kind.setCurrentIndex(1)
    shown, total = events.proxy.rowCount(), events.model.rowCount()
    assert _figures(events.count.text()) == ([shown, total] if shown != total else [total])


def test_people_count_what_the_search_finds_of_everyone(window, controller) -> None:
    people = window.show_section("people")
    settle(controller)
    everyone = people.model.total
    assert people.count.text() == f"{everyone} people"
    people.search.setText("Chan")
    people.model.set_filter("Chan")  # the keystroke timer, without waiting for it
    settle(controller)
    found = people.model.rowCount()
    assert 0 < found < everyone
    assert people.count.text() == f"{found} of {everyone} people"


def test_english_counts_agree_with_their_number() -> None:
    every, some = ("{0} person", "{0} people"), ("{0} of {1} person", "{0} of {1} people")
    assert counted(1, *every) == "1 person"
    assert counted(0, *every) == "0 people"
    assert counted(1234, *every) == "1,234 people"
    assert shown_of(1, 1, every, some) == "1 person"
    assert shown_of(0, 1, every, some) == "0 of 1 person"
    assert shown_of(1, 3, every, some) == "1 of 3 people"
