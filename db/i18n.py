"""The hook through which db's messages for people are translated.

db knows nothing of languages (it must not import ``desktop``); the services install the
domain's translator when they are imported (``desktop/services/__init__.py``). Until then,
and in db's own tests, texts come back as they are.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] = str


def install(translate: Callable[[str], str]) -> None:
    """Translate db's messages with ``translate`` from now on."""
    global _translate
    _translate = translate


def _(text: str) -> str:
    return _translate(text)
