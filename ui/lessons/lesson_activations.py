"""Lesson 4: activation functions and their derivatives, plotted side by side with a readout.

The chosen function is drawn strongly, the others faintly for comparison; moving the mouse over
either plot reads h(u) and h′(u) at that u. Sigmoid's derivative is marked at its peak, 0.25.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons import activations as A

from ..i18n import bilingual
from ..stepview.numbers import format_number
from ..theme import BACKWARD, BORDER_STRONG, FAINT, FORWARD, MUTED
from .lesson_page import LessonPage


class ActivationsPage(LessonPage):
    """A list of the five functions; h(u) and h′(u) plots; formulas, a note and a readout."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        self.seen: set[str] = set()
        self.list = QListWidget()
        self.list.setObjectName("activationList")
        self.list.setMaximumWidth(190)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        for a in A.ACTIVATIONS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, a.key)
            self.list.addItem(item)
        self.compare = QCheckBox()
        self.compare.setObjectName("activationCompare")
        self.compare.setChecked(True)

        pg.setConfigOptions(antialias=True)
        self.f_plot = pg.PlotWidget(background="w")
        self.df_plot = pg.PlotWidget(background="w")
        self.curves: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        for a in A.ACTIVATIONS:
            u, f, df = A.curve(a.key)
            self.curves[a.key] = (self.f_plot.plot(u, f), self.df_plot.plot(u, df))
        for plot in (self.f_plot, self.df_plot):
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setLabel("bottom", "u")
            plot.setXRange(-6, 6, padding=0.02)
            plot.addLine(x=0, pen=pg.mkPen(FAINT, width=1))
            plot.addLine(y=0, pen=pg.mkPen(FAINT, width=1))
        self.f_plot.setYRange(-1.2, 1.6, padding=0)
        self.df_plot.setYRange(-0.1, 1.2, padding=0)
        self.quarter = pg.InfiniteLine(pos=0.25, angle=0, pen=pg.mkPen(BACKWARD, width=1,
                                                                     style=Qt.PenStyle.DashLine))
        self.quarter_label = pg.TextItem(color=BACKWARD, anchor=(0, 1))
        self.quarter_label.setPos(0.3, 0.25)
        self.df_plot.addItem(self.quarter)
        self.df_plot.addItem(self.quarter_label)
        self.cursors = [pg.InfiniteLine(angle=90, pen=pg.mkPen(MUTED, width=1,
                                                               style=Qt.PenStyle.DotLine))
                        for _ in range(2)]
        self.f_plot.addItem(self.cursors[0])
        self.df_plot.addItem(self.cursors[1])
        self.markers = (pg.ScatterPlotItem(size=9, brush=FORWARD), pg.ScatterPlotItem(size=9, brush=BACKWARD))
        self.f_plot.addItem(self.markers[0])
        self.df_plot.addItem(self.markers[1])

        self.f_title = QLabel()
        self.df_title = QLabel()
        for title in (self.f_title, self.df_title):
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            title.setStyleSheet("font-weight: 600;")
        self.readout = QLabel()
        self.readout.setObjectName("activationReadout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setStyleSheet("font-size: 11pt;")
        self.note = QLabel()
        self.note.setObjectName("activationNote")
        self.note.setWordWrap(True)

        plots = QHBoxLayout()
        for title, plot in ((self.f_title, self.f_plot), (self.df_title, self.df_plot)):
            col = QVBoxLayout()
            col.addWidget(title)
            col.addWidget(plot, 1)
            plots.addLayout(col, 1)
        right = QVBoxLayout()
        right.addLayout(plots, 1)
        right.addWidget(self.readout)
        right.addWidget(self.note)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.compare)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addLayout(right, 1)

        self.list.currentRowChanged.connect(self._chosen)
        self.compare.toggled.connect(self._restyle)
        self._proxies = [pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=30,
                                        slot=lambda ev, p=plot: self._hover(p, ev[0]))
                         for plot in (self.f_plot, self.df_plot)]
        self.list.setCurrentRow(1)  # sigmoid: the lesson's point
        self.retranslateUi()

    @property
    def key(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "sigmoid"

    def choose(self, key: str) -> None:
        self.list.setCurrentRow([a.key for a in A.ACTIVATIONS].index(key))

    def _chosen(self, _row: int) -> None:
        self.seen.add(self.key)
        self._restyle()
        self.read_at(0.0)
        self._update_texts()
        if len(self.seen) == len(A.ACTIVATIONS):
            self.mark_finished()

    def _restyle(self) -> None:
        for key, (fc, dc) in self.curves.items():
            chosen = key == self.key
            fc.setPen(pg.mkPen(FORWARD, width=3) if chosen else pg.mkPen(BORDER_STRONG, width=1.5))
            dc.setPen(pg.mkPen(BACKWARD, width=3) if chosen else pg.mkPen(BORDER_STRONG, width=1.5))
            visible = chosen or self.compare.isChecked()
            fc.setVisible(visible)
            dc.setVisible(visible)
            fc.setZValue(10 if chosen else 0)
            dc.setZValue(10 if chosen else 0)
        self.quarter.setVisible(self.key == "sigmoid")
        self.quarter_label.setVisible(self.key == "sigmoid")

    def _hover(self, plot: pg.PlotWidget, pos) -> None:
        if plot.sceneBoundingRect().contains(pos):
            u = float(plot.getPlotItem().vb.mapSceneToView(pos).x())
            self.read_at(float(np.clip(u, -6, 6)))

    def read_at(self, u: float) -> tuple[float, float]:
        """Move the readout to u; returns (h(u), h′(u))."""
        a = A.get_activation(self.key)
        f = float(a.f(np.array([u]))[0])
        df = float(a.df(np.array([u]))[0])
        for cursor in self.cursors:
            cursor.setPos(u)
        self.markers[0].setData([u], [f])
        self.markers[1].setData([u], [df])
        self.readout.setText(
            f"u = <b>{format_number(round(u, 2))}</b> &nbsp;→&nbsp; "
            f"<span style='color:{FORWARD.name()}'>h(u) = <b>{format_number(f)}</b></span> &nbsp; "
            f"<span style='color:{BACKWARD.name()}'>h′(u) = <b>{format_number(df)}</b></span>")
        return f, df

    def _update_texts(self) -> None:
        a = A.get_activation(self.key)
        self.f_title.setText(f"{bilingual(a.name)}: {a.formula}")
        self.df_title.setText(self.tr("Derivative: %1").replace("%1", a.derivative_formula))
        self.note.setText(bilingual(a.note))

    def retranslateUi(self) -> None:
        for i, a in enumerate(A.ACTIVATIONS):
            self.list.item(i).setText(bilingual(a.name))
        self.compare.setText(self.tr("Show the others faintly"))
        self.quarter_label.setText(self.tr("max 0.25"))
        self.f_plot.setToolTip(self.tr("Move the mouse over a plot to read h(u) and h′(u)"))
        self.df_plot.setToolTip(self.f_plot.toolTip())
        self._update_texts()
