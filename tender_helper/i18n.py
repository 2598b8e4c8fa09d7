"""The user's language: picks the locale, loads the Qt translation files, translates outside widgets too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tender_helper.resource_files import resource_path

# UI languages we ship: Qt locale name -> ISO 639-3 key used for data (notice texts, CPV labels, reports).
UI_LANGUAGES = {"en": "eng", "fi": "fin", "sv": "swe", "nb": "nob"}
LANGUAGE_NAMES = {"en": "English", "fi": "Suomi", "sv": "Svenska", "nb": "Norsk bokmål"}
_translators: list[QTranslator] = []


def choose_language(setting: str) -> str:
    """The UI language code: the setting if we ship it, else the system locale's, else English."""
    if setting in UI_LANGUAGES:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        code = "nb" if code in {"no", "nn"} else code
        if code in UI_LANGUAGES:
            return code
    return "en"


def data_language(ui_language: str) -> str:
    """The ISO 639-3 key for data in the UI language (nob for Norwegian labels, fin, swe, eng)."""
    return UI_LANGUAGES.get(ui_language, "eng")


def install_translation(ui_language: str) -> bool:
    """Loads resources/translations/tender_helper_<lang>.qm into the running Qt application.

    Works with a bare QCoreApplication too (the CLI), and returns False for English or a missing file.
    """
    _align_locale(ui_language)
    app = QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            app.removeTranslator(translator)
    _translators.clear()
    if ui_language == "en":
        return False
    translator = QTranslator()
    if not translator.load(str(resource_path("translations", f"tender_helper_{ui_language}.qm"))):
        return False
    _translators.append(translator)
    if app is not None:
        app.installTranslator(translator)
    return True


def _align_locale(ui_language: str) -> None:
    """Dates and numbers follow the UI language when the computer's locale speaks another one."""
    system = QLocale.system()
    wanted = QLocale(ui_language if ui_language != "nb" else "nb_NO")
    if system.language() != wanted.language():
        QLocale.setDefault(wanted)


def translate(context: str, text: str) -> str:
    """Translates `text` in `context` with the installed translation (English when none is installed)."""
    if _translators:
        translated = _translators[0].translate(context, text)
        if translated:
            return translated
    return text
