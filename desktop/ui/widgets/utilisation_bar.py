"""A validator's load against capacity as a bar, the same in every table that shows it."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QProgressBar, QWidget

from desktop.domain.workload import ValidatorLoad
from desktop.ui import theme

#: From this percentage of capacity the bar turns amber; above 100 it turns red.
WARN_AT_PERCENT = 85
_AMBER = f"QProgressBar::chunk {{ background: {theme.fill('warn')[0]}; }}"
_RED = f"QProgressBar::chunk {{ background: {theme.fill('bad')[0]}; }}"
_SHEETS = {"warn": _AMBER, "bad": _RED}


def colour_bar(bar: QProgressBar, kind: str = "normal") -> None:
    """Fill ``bar`` with the colour of ``kind`` (theme.FILLS), with text that reads on it in
    both looks. Fusion draws the text over a plain fill in the highlighted-text colour (and in
    the text colour beside it), over a style sheet's fill in the text colour: the fill is
    given one way or the other, and the colour its text takes there."""
    background, text = theme.fill(kind)
    pal = QPalette(bar.palette())
    if kind in _SHEETS:
        pal.setColor(QPalette.ColorRole.Text, QColor(text))
        bar.setPalette(pal)
        # The sheet is set again after a change of look: the groove takes the new palette.
        theme.style(bar, lambda: _SHEETS[kind])
        return
    pal.setColor(QPalette.ColorRole.Highlight, QColor(background))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor(text))
    bar.setPalette(pal)


def utilisation_bar(load: ValidatorLoad, parent: QWidget | None) -> QProgressBar:
    """A bar filled to ``load.utilisation`` (capped at full), labelled with the percentage.

    No capacity counts as full (``utilisation`` is infinite): the bar says "no capacity".
    """
    util = load.utilisation
    bar = QProgressBar(parent)
    bar.setObjectName("utilisationBar")
    bar.setRange(0, 100)
    bar.setMaximumHeight(18)
    bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
    bar.setAccessibleName(
        QCoreApplication.translate("utilisation_bar", "Utilisation of %1").replace("%1", load.name)
    )
    if math.isinf(util):
        bar.setValue(100)
        bar.setFormat(QCoreApplication.translate("utilisation_bar", "no capacity"))
        colour_bar(bar, "bad")
        return bar
    pct = round(100 * util)
    bar.setValue(min(pct, 100))
    bar.setFormat(f"{pct}%")
    # The colour follows the percentage shown; a red or amber bar is full enough for its
    # text to lie on the fill.
    colour_bar(bar, "bad" if pct > 100 else "warn" if pct >= WARN_AT_PERCENT else "normal")
    return bar
