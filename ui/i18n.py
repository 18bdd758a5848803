"""Languages: English (the source strings) and Japanese, switchable while the app runs.

The one place that installs translators. ``set_language("ja")`` loads NN Lab's catalogue
(``resources/i18n/nnlab_ja.qm``) and Qt's own ``qtbase_ja`` (standard buttons and dialogs);
installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget, whose
``changeEvent`` calls its ``retranslateUi()``. Engine texts that carry both languages
(``Problem.message(lang)``, ``DESCRIPTIONS``) are picked with ``current_language()``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from nnlab.paths import resource

SUPPORTED = ("en", "ja")
_log = logging.getLogger(__name__)

# Qt's own strings that its Japanese catalogue (qtbase_ja) lacks: Qt's file dialog says
# "&Look in:" and "Files of &type:" where the catalogue has "Look in:" and "Files of type:".
# Listed here, they are extracted into nnlab_ja.ts, whose translator is searched first.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

# Translators must outlive their installation, so the module keeps them.
_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """"ja" when the system locale is Japanese, otherwise "en"."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def current_language() -> str:
    """The language the UI shows now: "en" or "ja"."""
    return _current


def normalise(lang: object) -> str | None:
    """"ja"/"ja_JP"/"Japanese" -> "ja", "en..." -> "en", anything else -> None."""
    if not isinstance(lang, str):
        return None
    key = lang.strip().lower()[:2]
    return key if key in SUPPORTED else None


def set_language(lang: str) -> str:
    """Switch the UI to ``lang`` ("en" or "ja"; anything else means English) and return it.

    The current language is updated before the translators change, so every ``retranslateUi``
    triggered by the LanguageChange events already sees the new ``current_language()``.
    """
    global _current
    lang = normalise(lang) or "en"
    app = QCoreApplication.instance()
    _current = lang
    QLocale.setDefault(QLocale("ja_JP" if lang == "ja" else "en_US"))
    if app is None:
        return lang
    while _installed:
        app.removeTranslator(_installed.pop())
    if lang == "ja":
        for path in _catalogues_ja():
            translator = QTranslator()
            if translator.load(path):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                _log.warning("could not load translation catalogue %s", path)
    # QApplication posts LanguageChange to the windows; deliver it now so that the whole UI
    # speaks the new language when this function returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang


def _catalogues_ja() -> list[str]:
    paths = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = f"{qt_dir}/qtbase_ja.qm"
    if QTranslator().load(qtbase):
        paths.append(qtbase)
    ours = resource("i18n", "nnlab_ja.qm")
    if ours.is_file():
        paths.append(str(ours))  # installed last, so it is searched first
    else:
        _log.warning("Japanese catalogue %s is missing: run tools/update_translations.py", ours)
    return paths


def bilingual(pair: tuple[str, str]) -> str:
    """Pick the current language from an engine (English, Japanese) pair."""
    return pair[1] if _current == "ja" else pair[0]


def error_text(error: BaseException) -> str:
    """An exception's message for the screen: engine errors in the current language."""
    from nnlab.errors import NNLabError

    if isinstance(error, NNLabError):
        return error.message(current_language())
    return str(error)
