"""The step-through view's colours and style sheet.

Forward is blue and backward vermillion everywhere — the diagram's highlight, the panel headers,
the table highlights and the formula's highlighted element — and the update is bluish green. The
three are from the Okabe–Ito palette, which stays distinct under every common colour-vision
deficiency. Highlights are drawn as outlines in these colours; the fill of a number says only its
sign and size, in the diagram's convention (blue positive, orange negative), so the two never mix.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from nnlab.stepper import Phase

FORWARD = QColor("#0072b2")
BACKWARD = QColor("#d55e00")
UPDATE = QColor("#009e73")
NEGATIVE_FILL = QColor("#fde8d3")  # a pale tint of the diagram's orange for negative values


def phase_colour(phase: Phase | None) -> QColor:
    """The colour of a record kind or a position phase: forward, backward, update/done."""
    if phase == Phase.FORWARD:
        return QColor(FORWARD)
    if phase == Phase.BACKWARD:
        return QColor(BACKWARD)
    return QColor(UPDATE)


def tint(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


STEP_STYLE = """
QLabel#recordHeader { color: white; font-weight: 600; font-size: 11pt; padding: 4px 8px;
                      border-radius: 4px; }
QLabel#positionLabel { font-weight: 600; font-size: 10.5pt; }
QLabel#lossLabel { font-size: 10.5pt; color: #28303a; }
QLabel#sessionTitle { font-weight: 600; font-size: 12pt; }
QLabel#formula { background: #fbfbfd; border: 1px solid #d9dde3; border-radius: 4px;
                 padding: 6px 10px; font-size: 12pt; }
QTableView#arrayTable { font-size: 10.5pt; }
QTableView#arrayTable QHeaderView::section { color: #7b8391; font-size: 8.5pt; padding: 0px 3px;
                                             background: #f3f4f6; border: none;
                                             border-right: 1px solid #e1e4e8;
                                             border-bottom: 1px solid #e1e4e8; }
QLabel#arrayTitle { font-weight: 600; }
QLabel#hint { color: #667080; }
QLabel#editMessage { color: #b03a2e; }
QLabel#editMessage[info="true"] { color: #5b6472; }
QTextBrowser#narration { background: #fffdf5; border: 1px solid #e6dfc6; border-radius: 4px;
                         font-size: 10.5pt; }
QLabel#sectionTitle { font-weight: 600; color: #5b6472; }
QListWidget#stepList::item { padding: 2px 2px; }
"""
