"""The window's language: Preferences choice, else the system's; Qt's own words and the locale follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from stakeholder_map import texts
from stakeholder_map.ui import app as app_module
from stakeholder_map.ui.language import LANGUAGE_KEY, SYSTEM, chosen_language, install_language
from stakeholder_map.ui.main_window import MainWindow
from stakeholder_map.ui.preferences import PreferencesDialog

GERMAN_ENV = {"LANG": "de_DE.UTF-8"}


@pytest.fixture
def english_after(qapp):
    """Whatever a test installs, the next test starts in English again."""
    yield
    install_language("en")


def test_the_system_language_is_used_when_preferences_say_system(english_after):
    settings = MainWindow.settings()
    assert chosen_language(settings, GERMAN_ENV) == "de"
    assert chosen_language(settings, {"LANG": "fr_FR.UTF-8"}) == "en"  # no catalogue: English
    assert chosen_language(settings, {"LC_ALL": "C", "LANGUAGE": "de"}) == "en"
    settings.setValue(LANGUAGE_KEY, SYSTEM)
    assert chosen_language(settings, {"LANGUAGE": "de:en", "LANG": "en_US.UTF-8"}) == "de"


def test_the_preferences_choice_wins_over_the_system(english_after):
    settings = MainWindow.settings()
    settings.setValue(LANGUAGE_KEY, "en")
    assert chosen_language(settings, GERMAN_ENV) == "en"
    settings.setValue(LANGUAGE_KEY, "de")
    assert chosen_language(settings, {"LANG": "en_US.UTF-8"}) == "de"
    settings.setValue(LANGUAGE_KEY, "klingon")  # a damaged setting: the system decides
    assert chosen_language(settings, GERMAN_ENV) == "de"


def test_german_loads_the_catalogues_qt_s_own_words_and_the_locale(english_after, qtbot):
    assert install_language("de") == "de"
    assert texts.language() == "de"
    assert QLocale().toString(1234.5, "f", 2) == "1.234,50"
    # the app's catalogue as Qt reads it (.qm), and Qt's own (qtbase_de.qm) for standard buttons
    assert QCoreApplication.translate("Preferences", "Preferences") == "Einstellungen"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"

    assert install_language("en") == "en"
    assert texts.language() == "en"
    assert QCoreApplication.translate("Preferences", "Preferences") == "Preferences"


def test_starting_the_editor_applies_the_preferences_language(qapp, monkeypatch, english_after):
    MainWindow.settings().setValue(LANGUAGE_KEY, "de")
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    made = []
    import stakeholder_map.ui.main_window as main_window

    class Recorded(MainWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(main_window, "MainWindow", Recorded)
    assert app_module.run(None) == 0
    window = made[0]
    try:
        assert texts.language() == "de"
        assert QLocale().language() == QLocale.Language.German
        dialog = PreferencesDialog(window)
        assert dialog.windowTitle() == "Einstellungen"
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        assert ok.text() == "Abbrechen"
        dialog.deleteLater()
    finally:
        window.editor.undo_stack.setClean()
        window.close()
        window.runner.shutdown()
        if window.recovery_session is not None and window.recovery_session.store is not None:
            window.recovery_session.store.close()
        window.deleteLater()


def test_preferences_offers_the_languages_and_stores_the_choice(window, qtbot):
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Same as the system", "English", "Deutsch"]
    assert dialog.language.currentData() == SYSTEM
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert window.settings().value(LANGUAGE_KEY) == "de"
    again = PreferencesDialog(window)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Deutsch"
    # nothing changes until the next start
    assert texts.language() == "en"
