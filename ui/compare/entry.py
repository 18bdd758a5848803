"""The Train tab's one entry point to comparisons: the "Compare…" button.

It builds the tab's design with the tab's settings (a design that cannot train is explained in
the tab's banner), opens the comparison window (ui/compare/dialog.py) with them as the base, and
keeps the window — and so its finished comparisons — for the session. ``shutdown()`` stops and
joins a running comparison (the tab calls it when it shuts down).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton

from .dialog import CompareDialog


class CompareButton(QPushButton):
    """"Compare… (runs differing in one setting)" for ``tab`` (a ui.training.TrainTab)."""

    def __init__(self, tab):
        super().__init__(tab)
        self.setObjectName("compareButton")
        self.tab = tab
        self.dialog: CompareDialog | None = None
        self.clicked.connect(self.open)
        self.retranslateUi()

    def open(self) -> CompareDialog | None:
        from ..training.run_setup import Refusal, build_network

        tab = self.tab
        settings = tab.controls.settings()
        net = build_network(tab.source.current_spec(), settings)
        if isinstance(net, Refusal):
            tab.banner.show_message("error", net.title, net.text)
            return None
        if self.dialog is None:
            self.dialog = CompareDialog(tab)
        config = dataclasses.replace(settings.config, train_subset=None, augment=False)
        self.dialog.set_base(net.spec.to_dict(), config, settings.folder)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.shutdown()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setText(self.tr("Compare… (runs differing in one setting)"))
