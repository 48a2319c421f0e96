"""The tool bar's texts in Chinese: Qt drops "&" from a button's text but not "(&N)"."""

from __future__ import annotations


def test_tool_bar_texts_carry_no_mnemonic(open_window) -> None:
    window = open_window("zh_HK").window
    assert window.actions_["new_item"].iconText() == "新增"  # not "新增(N)"
    assert window.actions_["refresh"].iconText() == "重新整理"
    assert window.actions_["new_item"].text() == "新增(&N)…"  # the menu keeps its mnemonic
