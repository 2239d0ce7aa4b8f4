"""Mnemonics: the "&" in a menu's or a button's text that gives it an Alt+letter ("&Save" is
Alt+S; "&&" is a plain "&"). One reading of a text, for the two things asked of it: the text
as read (:func:`plain`) and its letter (:func:`mnemonic`); :func:`with_mnemonic` gives a
text a letter not yet taken.
"""

from __future__ import annotations


def split_mnemonic(text: str) -> tuple[str, str | None]:
    """(``text`` as read, its Alt+letter in capitals or None): "Save && &close" gives
    ("Save & close", "C"). The first "&" names the letter, as in Qt."""
    read: list[str] = []
    letter: str | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch != "&":
            read.append(ch)
        elif text[i + 1 : i + 2] == "&":
            read.append("&")
            i += 1
        elif letter is None and i + 1 < len(text):
            letter = text[i + 1].upper()
        i += 1
    return "".join(read), letter


def plain(text: str) -> str:
    """``text`` as read, without its "&" ("&Field laptop" -> "Field laptop")."""
    return split_mnemonic(text)[0]


def mnemonic(text: str) -> str | None:
    """The Alt+letter of ``text`` ("&Save" -> "S"), None when it has none."""
    return split_mnemonic(text)[1]


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with an Alt+letter: the first of its letters not in ``taken`` (which gains
    it); unchanged when every letter is taken."""
    for i, ch in enumerate(text):
        if ch.isascii() and ch.isalpha() and ch.upper() not in taken:
            taken.add(ch.upper())
            return f"{text[:i]}&{text[i:]}"
    return text
