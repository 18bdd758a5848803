"""The designer's style sheet: section titles, hints, flagged fields. Colours work on light and dark."""

DESIGNER_STYLE = """
QLabel#sectionTitle { font-weight: 600; font-size: 11pt; padding: 2px 0px; }
QLabel#groupTitle { font-weight: 600; color: #5b6472; padding-top: 2px;
                    text-transform: uppercase; }
QLabel#hint { color: #667080; }
QFrame#card { background: palette(base); border: 1px solid #d5dae1; border-radius: 6px; }
QFrame#card > QLabel { background: transparent; }
QLabel#cardTitle { font-weight: 600; color: #2d3643; }
QLabel#hint[invalid="true"] { color: #c0392b; }
QLabel#problemText { color: #b03a2e; }
QLabel#totalLabel { color: #3d4652; padding: 0px 2px; }
QLineEdit[invalid="true"] { border: 1px solid #d0342c; border-radius: 3px; padding: 2px; }
QListWidget#problemsList::item { padding: 3px 2px; }
QToolButton#templateButton { padding: 3px 10px; }
QToolButton#templateButton::menu-indicator { image: none; width: 0px; }
QTableView#layerStack { selection-background-color: #cfe2fb; selection-color: black; }
"""
