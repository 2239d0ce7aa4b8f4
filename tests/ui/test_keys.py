"""Mnemonics read once (desktop/ui/keys.py): the text as read and its Alt+letter."""

from __future__ import annotations

import pytest

from desktop.ui.keys import mnemonic, plain, split_mnemonic, with_mnemonic


@pytest.mark.parametrize(
    ("text", "read", "letter"),
    [
        ("&Field laptop", "Field laptop", "F"),
        ("F&ield laptop", "Field laptop", "I"),
        ("Save && &close", "Save & close", "C"),
        ("Save && close", "Save & close", None),
        ("&&&x", "&x", "X"),
        ("No letter", "No letter", None),
        ("Trailing &", "Trailing ", None),
        ("&a &b", "a b", "A"),  # the first "&" names the letter, as in Qt
        ("", "", None),
    ],
)
def test_a_text_is_read_once_for_its_words_and_its_letter(text, read, letter) -> None:
    assert split_mnemonic(text) == (read, letter)
    assert plain(text) == read
    assert mnemonic(text) == letter


def test_a_step_gets_the_first_letter_not_taken() -> None:
    taken = {"F", "C"}
    assert with_mnemonic("Close case", taken) == "C&lose case"
    assert taken == {"F", "C", "L"}
    assert with_mnemonic("cf", {"C", "F"}) == "cf"
