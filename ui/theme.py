"""NN Lab's look in one place: the named colours, the colour helpers and the application style sheet.

Every colour the UI paints or styles comes from here; no other ui module writes a colour literal
(a test checks). ``install(app)`` sets the one style sheet on the QApplication at start-up; widgets
only choose a role with their object name (``sectionTitle``, ``hint``, ``card``…) or a dynamic
property (``invalid``, ``guess``, ``level``…) and call ``set_state`` when the property changes.

Three colour conventions run through the whole app and must stay as they are:

* the phases: forward blue, backward vermillion, update bluish green — from the Okabe–Ito palette,
  which stays distinct under every common colour-vision deficiency;
* the sign of a number: blue positive, orange negative (TensorFlow Playground's convention) — the
  fills say only sign and size, the phase colours only outline, so the two never mix;
* the layer categories: parameterised layers blue, activations green, regularisation purple,
  output (the heads) orange.
"""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from nnlab.stepper import Phase

# ---- text ----------------------------------------------------------------------------------------
TEXT = QColor("#1f2733")         # body text, numbers on white, the canvas ink
TEXT_SOFT = QColor("#3d4652")    # secondary text: totals, progress, chart labels
MUTED = QColor("#5b6472")        # small captions, axes, goals, neutral lines
HINT = QColor("#667080")         # the hint lines under controls
FAINT = QColor("#7b8391")        # inactive marks: the input layer, unknown types, arrows, headers
DISABLED = QColor("#a0a6ae")     # disabled or placeholder text
PENDING = QColor("#b8bec8")      # what is not there yet: unrevealed values, unopened lessons

# ---- lines -----------------------------------------------------------------------------------------
BORDER_STRONG = QColor("#c8ccd2")  # frames of pictures, buttons and bars
BORDER = QColor("#d5dae1")         # cards, grids, table lines
DIVIDER = QColor("#e4e6ea")        # header separators, the canvas guide

# ---- backgrounds -----------------------------------------------------------------------------------
WHITE = QColor("#ffffff")
PAPER = QColor("#fbfbf8")        # the drawing canvas, the narration
PANEL = QColor("#f6f8fb")        # formulas, the lesson text, graph operators
SURFACE = QColor("#f4f5f7")      # table headers, tracks of bars, empty cells, picture wells
TRACK = QColor("#eceef1")        # the unfilled part of a bar
DARK_FIELD = QColor("#101418")   # behind MNIST-style white-on-black pictures
SELECTION = QColor("#cfe2fb")    # selected rows
SELECTION_SOFT = QColor("#dbe8fa")  # checked tool buttons, the perceptron's "1" region

# ---- accents ---------------------------------------------------------------------------------------
ACCENT = QColor("#2f7bd8")         # focus, the current highlight, the guessed digit
ACCENT_SOFT = QColor("#9db4d3")    # the other probability bars
ACCENT_BORDER = QColor("#6f9fdf")  # progress chunk, checked tool buttons
ACCENT_HOVER = QColor("#8fb3e6")
BLUE = QColor("#3367b0")           # the house hues: layer categories, curves, the Start button
BLUE_DARK = QColor("#2d5ea3")
GREEN = QColor("#2a9468")
PURPLE = QColor("#8457c2")
ORANGE = QColor("#d9731c")
ON_DARK_BOX = QColor("#58a6ff")    # marks drawn on DARK_FIELD
ON_DARK_MARK = QColor("#ff8a3d")

# ---- status ----------------------------------------------------------------------------------------
SUCCESS = QColor("#1b7f4b")
ERROR = QColor("#c0392b")
WARNING = QColor("#f2a516")
WARNING_DARK = QColor("#b86e00")
WARNING_TEXT = QColor("#8a4b08")
ERROR_BG, ERROR_BG_BORDER = QColor("#fdecea"), QColor("#e6a39c")
WARNING_BG, WARNING_BG_BORDER = QColor("#fff6e0"), QColor("#e9c46a")
SUCCESS_BG, SUCCESS_BG_BORDER = QColor("#e9f5ef"), QColor("#9fd1b8")
NOTE_BORDER = QColor("#e6dfc6")

# ---- the three conventions -------------------------------------------------------------------------
FORWARD = QColor("#0072b2")   # Okabe–Ito blue
BACKWARD = QColor("#d55e00")  # Okabe–Ito vermillion
UPDATE = QColor("#009e73")    # Okabe–Ito bluish green
POSITIVE = QColor("#0877bd")  # TensorFlow Playground: blue for positive values and weights
NEGATIVE = QColor("#f59322")  # and orange for negative ones
NEGATIVE_FILL = QColor("#fde8d3")  # a pale tint of NEGATIVE behind negative numbers

#: Layer categories (ui.widgets.layer_style's groups) and their colours.
CATEGORY_COLOURS = {
    "layers": BLUE,
    "activations": GREEN,
    "regularisation": PURPLE,
    "output": ORANGE,
    "unknown": FAINT,
}

#: Earlier training runs overlaid on the curves, in the order they are added.
RUN_COLOURS = (PURPLE, ORANGE, QColor("#b03a6e"), QColor("#6b7c2a"), QColor("#2a8fa8"),
               QColor("#8a6a3c"), MUTED)


# ---- helpers ---------------------------------------------------------------------------------------
def phase_colour(phase: Phase | None) -> QColor:
    """The colour of a record kind or a position phase: forward, backward, update/done."""
    if phase == Phase.FORWARD:
        return QColor(FORWARD)
    if phase == Phase.BACKWARD:
        return QColor(BACKWARD)
    return QColor(UPDATE)


def tint(colour: QColor, alpha: int) -> QColor:
    """A copy of ``colour`` with alpha ``alpha`` (0–255): highlights laid over numbers."""
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` at t = 0, ``b`` at t = 1, in between linearly (t is clamped to [0, 1])."""
    t = min(1.0, max(0.0, t))
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def pale(colour: QColor, amount: float) -> QColor:
    """``colour`` mixed with white: amount 0 is the colour, 1 is white (pastel fills behind text)."""
    return mix(colour, WHITE, amount)


def set_state(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheet selects on (``[invalid="true"]``) and restyle."""
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


# ---- the style sheet -------------------------------------------------------------------------------
_SHEET = Template("""
/* Titles and small print: one look in every tab. */
QLabel#sectionTitle { font-weight: 600; font-size: 11pt; padding: 2px 0px; }
QLabel#caption { font-weight: 600; color: $MUTED; }
QLabel#groupTitle { font-weight: 600; color: $MUTED; padding-top: 2px; text-transform: uppercase; }
QLabel#hint { color: $HINT; }
QLabel#hint[invalid="true"] { color: $ERROR; }
QLabel#hint[warning="true"] { color: $WARNING_TEXT; }

/* Cards: a light frame instead of a QGroupBox. */
QFrame#card, QFrame#modelBar { background: palette(base); border: 1px solid $BORDER;
                               border-radius: 6px; }
QFrame#card > QLabel { background: transparent; }
QLabel#cardTitle { font-weight: 600; color: $TEXT; }

/* Flagged fields and problems. */
QLineEdit[invalid="true"] { border: 1px solid $ERROR; border-radius: 3px; padding: 2px; }
QLabel#problemText { color: $ERROR; }

/* Tables and lists. */
QTableView#layerStack, QTableWidget#runsTable { selection-background-color: $SELECTION;
                                                selection-color: $TEXT; }
QListWidget#problemsList::item { padding: 3px 2px; }

/* Designer. */
QLabel#totalLabel { color: $TEXT_SOFT; padding: 0px 2px; }
QToolButton#templateButton { padding: 3px 10px; }
QToolButton#templateButton::menu-indicator { image: none; width: 0px; }
QFrame#paletteCard { background: palette(base); border: 1px solid $BORDER; border-left-width: 4px;
                     border-radius: 5px; }
QLabel#paletteName { font-weight: 600; }
QLabel#paletteDescription { color: palette(placeholder-text); }
QToolButton#paletteAdd { font-size: 15px; font-weight: 600; padding: 0px 6px; }
$palette_cards
/* Lessons. */
QListWidget#lessonList { font-size: 10.5pt; }
QListWidget#lessonList::item { padding: 7px 0px; }
QLabel#lessonTitle { font-size: 16pt; font-weight: 600; }
QLabel#lessonSummary { font-size: 11pt; color: $TEXT_SOFT; }
QScrollArea#lessonBodyScroll { background: $PANEL; border: 1px solid $BORDER; border-radius: 6px;
                               padding: 8px 10px 8px 10px; }
QLabel#lessonBody { background: transparent; color: $TEXT; }
QLabel#lessonGoal { color: $MUTED; }
QLabel#lessonGoal[done="true"] { color: $SUCCESS; }
QLabel#designProblems { background: $ERROR_BG; border: 1px solid $ERROR_BG_BORDER;
                        border-radius: 6px; padding: 12px; font-size: 10.5pt; }
QLabel#designSample { color: $MUTED; }

/* The step-through view. */
QLabel#recordHeader { color: $WHITE; font-weight: 600; font-size: 11pt; padding: 4px 8px;
                      border-radius: 4px; }
QLabel#positionLabel { font-weight: 600; font-size: 10.5pt; }
QLabel#lossLabel { font-size: 10.5pt; color: $TEXT; }
QLabel#sessionTitle { font-weight: 600; font-size: 12pt; }
QLabel#formula { background: $PANEL; border: 1px solid $BORDER; border-radius: 4px;
                 padding: 6px 10px; font-size: 12pt; }
QLabel#optimizerFormula { background: $PANEL; border: 1px solid $BORDER; border-radius: 4px;
                          padding: 6px 8px; font-size: 10pt; }
QLabel#gradientNote { color: $WARNING_TEXT; background: $WARNING_BG; border-radius: 4px;
                      padding: 4px 8px; }
QTableView#arrayTable { font-size: 10.5pt; selection-background-color: transparent;
                        selection-color: $TEXT; gridline-color: $BORDER; }
QTableView#arrayTable QHeaderView::section { color: $FAINT; font-size: 8.5pt; padding: 0px 3px;
                                             background: $SURFACE; border: none;
                                             border-right: 1px solid $DIVIDER;
                                             border-bottom: 1px solid $DIVIDER; }
QLabel#arrayTitle { font-weight: 600; }
QLabel#editMessage { color: $ERROR; }
QLabel#editMessage[info="true"] { color: $MUTED; }
QTextBrowser#narration { background: $PAPER; border: 1px solid $NOTE_BORDER; border-radius: 4px;
                         font-size: 10.5pt; }
QListWidget#stepList::item { padding: 2px 2px; }

/* Predict, then reveal (ui/stepview/predict.py) and the 確認テスト (ui/lessons/quiz_page.py). A
   correction of the notes is amber like the step view's gradient note: "the notes say otherwise"
   reads the same everywhere. */
QFrame#predictBox { background: $PANEL; border: 1px solid $ACCENT_SOFT; border-radius: 6px; }
QLabel[verdict="right"] { color: $SUCCESS; font-weight: 600; }
QLabel[verdict="wrong"] { color: $ERROR; font-weight: 600; }
QLabel[verdict="shown"] { color: $MUTED; font-weight: 600; }
QFrame#questionCard { background: palette(base); border: 1px solid $BORDER; border-radius: 6px; }
QFrame#questionCard[state="right"] { border: 1px solid $SUCCESS_BG_BORDER; }
QLabel#questionNumber { font-weight: 700; color: $FORWARD; font-size: 11pt; }
QLabel#questionPrompt { font-size: 10.5pt; }
QLabel#questionSource { color: $FAINT; font-size: 8.5pt; }
QLabel#explanation { background: $PANEL; border-radius: 4px; padding: 6px 8px; color: $TEXT; }
QLabel#correctionNote { color: $WARNING_TEXT; background: $WARNING_BG;
                        border: 1px solid $WARNING_BG_BORDER; border-radius: 4px; padding: 6px 8px; }
QListWidget#codeLines, QLabel#codeBlock, QLabel#codeText {
    font-family: 'DejaVu Sans Mono', 'Noto Sans Mono', monospace; font-size: 9.5pt; }
QListWidget#codeLines { background: $PANEL; border: 1px solid $BORDER; }
QListWidget#codeLines::item { padding: 1px 4px; }
QListWidget#codeLines::item:selected { background: $SELECTION; color: $TEXT; }
QLabel#codeBlock { background: $PANEL; border: 1px solid $BORDER; border-radius: 4px;
                   padding: 4px 8px; }
QFrame#codePanel { background: $PANEL; border: 1px solid $BORDER; border-radius: 4px; }
QLabel#codeTitle { color: $MUTED; font-weight: 600; font-size: 9pt; }

/* Train. */
#trainTab QGroupBox { font-weight: 600; }
#trainTab QGroupBox QLabel, #trainTab QGroupBox QCheckBox, #trainTab QGroupBox QComboBox,
#trainTab QGroupBox QSpinBox, #trainTab QGroupBox QDoubleSpinBox,
#trainTab QGroupBox QPushButton { font-weight: normal; }
QLabel#progressLabel { color: $TEXT_SOFT; }
QLabel#resultLabel { font-weight: 600; color: $TEXT; }
QPushButton#startButton { font-weight: 600; padding: 5px 10px; }
QPushButton#startButton:enabled { background: $BLUE; color: $WHITE; border: 1px solid $BLUE_DARK;
                                  border-radius: 4px; }
QPushButton#startButton:enabled:hover { background: $BLUE_DARK; }
QPushButton#pauseButton, QPushButton#stopButton { padding: 5px 8px; }
QProgressBar#trainProgress { border: 1px solid $BORDER_STRONG; border-radius: 4px;
                             text-align: center; background: $SURFACE; min-height: 18px; }
QProgressBar#trainProgress::chunk { background: $ACCENT_BORDER; border-radius: 3px; }
QFrame#banner { border-radius: 5px; border: 1px solid $SUCCESS_BG_BORDER; background: $SUCCESS_BG; }
QFrame#banner[level="error"] { background: $ERROR_BG; border-color: $ERROR_BG_BORDER; }
QFrame#banner[level="warning"] { background: $WARNING_BG; border-color: $WARNING_BG_BORDER; }
QLabel#bannerTitle { font-weight: 600; background: transparent; border: none; }
QLabel#bannerText { background: transparent; border: none; }

/* Draw. */
QLabel#stepCaption { font-weight: 600; color: $TEXT_SOFT; }
QLabel#predictedDigit { color: $FAINT; }
QLabel#predictedDigit[guess="true"] { color: $ACCENT; }
QLabel#confidence { font-size: 11pt; color: $TEXT_SOFT; }
QLabel#confidence[guessing="true"] { color: $WARNING_TEXT; }
QLabel#modelTitle { color: $HINT; }
QLabel#modelName { font-weight: 600; }
QLabel#modelAccuracy { color: $SUCCESS; font-weight: 600; }
QLabel#modelAccuracy[failed="true"] { color: $ERROR; }
QLabel#modelAccuracy[low="true"] { color: $WARNING_TEXT; }
QLabel#modelError { color: $ERROR; }
QLabel#digitsResult { font-size: 11pt; }
QLabel#notice { color: $SUCCESS; }
QLabel#notice[error="true"] { color: $ERROR; }
QLabel#comparisonStatus[tone="error"] { color: $ERROR; }
QLabel#experimentVerdict { font-weight: 600; }
QToolButton#labelButton { font-weight: 600; font-size: 11pt; }
QToolButton#toolButton { padding: 3px 10px; border: 1px solid $BORDER_STRONG; border-radius: 4px;
                         background: palette(button); }
QToolButton#toolButton:hover { border-color: $ACCENT_HOVER; }
QToolButton#toolButton:checked { background: $SELECTION_SOFT; border-color: $ACCENT_BORDER; }
QToolButton#toolButton:disabled { color: $DISABLED; }
""")

_CARD = Template("""\
QFrame#paletteCard[category="$cat"] { border-left-color: $accent; }
QFrame#paletteCard[category="$cat"]:hover, QFrame#paletteCard[category="$cat"]:focus {
    border-color: $accent; }
QLabel#paletteName[category="$cat"] { color: $name; }
""")


def style_sheet() -> str:
    """The application style sheet, with the palette's colours filled in."""
    cards = "".join(_CARD.substitute(cat=cat, accent=c.name(), name=c.darker(125).name())
                    for cat, c in CATEGORY_COLOURS.items())
    colours = {name: value.name() for name, value in globals().items()
               if isinstance(value, QColor) and name.isupper()}
    return _SHEET.substitute(colours, palette_cards=cards)


def install(app: QApplication) -> None:
    """Give the whole application NN Lab's style sheet (once, at start-up; again is a no-op)."""
    sheet = style_sheet()
    if app.styleSheet() != sheet:  # setting it re-polishes every widget
        app.setStyleSheet(sheet)
