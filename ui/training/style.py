"""The Train tab's style sheet: section titles and hints as in the Designer, a prominent Start."""

TRAIN_STYLE = """
QLabel#sectionTitle { font-weight: 600; font-size: 10.5pt; padding: 1px 0px; }
QLabel#hint { color: #667080; }
QLabel#progressLabel { color: #3d4652; }
QLabel#resultLabel { font-weight: 600; color: #2b313a; }
QGroupBox { font-weight: 600; }
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QComboBox, QGroupBox QSpinBox,
QGroupBox QDoubleSpinBox, QGroupBox QPushButton { font-weight: normal; }
QPushButton#startButton { font-weight: 600; padding: 5px 10px; }
QPushButton#startButton:enabled { background: #3367b0; color: white; border: 1px solid #2a5694;
                                  border-radius: 4px; }
QPushButton#startButton:enabled:hover { background: #2d5ea3; }
QPushButton#pauseButton, QPushButton#stopButton { padding: 5px 8px; }
QProgressBar#trainProgress { border: 1px solid #c5cbd3; border-radius: 4px; text-align: center;
                             background: #f4f5f7; min-height: 18px; }
QProgressBar#trainProgress::chunk { background: #6f9bd6; border-radius: 3px; }
QTableWidget#runsTable { selection-background-color: #cfe2fb; selection-color: black; }
"""
