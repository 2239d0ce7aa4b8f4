"""A validator's load against capacity as a bar, the same in every table that shows it."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressBar, QWidget

from desktop.domain.workload import ValidatorLoad

#: From this percentage of capacity the bar turns amber; above 100 it turns red.
WARN_AT_PERCENT = 85
_AMBER = "QProgressBar::chunk { background: #f29900; }"
_RED = "QProgressBar::chunk { background: #d93025; }"


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
        bar.setStyleSheet(_RED)
        return bar
    pct = round(100 * util)
    bar.setValue(min(pct, 100))
    bar.setFormat(f"{pct}%")
    if pct > 100:  # the colour follows the percentage shown
        bar.setStyleSheet(_RED)
    elif pct >= WARN_AT_PERCENT:
        bar.setStyleSheet(_AMBER)
    return bar
