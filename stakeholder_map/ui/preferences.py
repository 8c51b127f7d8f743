"""Edit › Preferences: the few choices a person may want to change, kept in QSettings.

- keep the previous version of a map as ``NAME.stakemap.json.bak`` when saving (on by default);
- how often, at the longest, a recovery copy of unsaved changes is written;
- the language: the system's (the default), English or Deutsch; it applies at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout,
)

from stakeholder_map import texts
from stakeholder_map.ui.language import LANGUAGE_KEY, SYSTEM, preferred
from stakeholder_map.ui.safe_save import KEEP_BACKUP_KEY, keep_backup

AUTOSAVE_SECONDS_KEY = "autosave/max_interval_seconds"
DEFAULT_AUTOSAVE_SECONDS = 10


def autosave_seconds(settings) -> int:
    """The longest time unsaved changes go without a recovery copy (10 s to 10 min)."""
    value = settings.value(AUTOSAVE_SECONDS_KEY, DEFAULT_AUTOSAVE_SECONDS, type=int)
    return max(10, min(600, int(value)))


class PreferencesDialog(QDialog):
    """Shows the current settings; ``accept()`` stores them."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(QCoreApplication.translate("Preferences", "Preferences"))
        self._window = window
        settings = window.settings()

        self.keep_backup = QCheckBox(QCoreApplication.translate(
            "Preferences", "Keep the previous version as a backup (.bak) when saving"))
        self.keep_backup.setObjectName("keepBackup")
        self.keep_backup.setAccessibleName(QCoreApplication.translate("Preferences", "Keep a backup when saving"))
        self.keep_backup.setChecked(keep_backup(window))

        self.autosave = QSpinBox()
        self.autosave.setObjectName("autosaveSeconds")
        self.autosave.setAccessibleName(QCoreApplication.translate("Preferences", "Recovery copy at least every"))
        self.autosave.setRange(10, 600)
        self.autosave.setSuffix(QCoreApplication.translate("Preferences", " s", "seconds"))
        self.autosave.setValue(autosave_seconds(settings))

        hint = QLabel(QCoreApplication.translate(
            "Preferences", "While a map has unsaved changes, a recovery copy is written a moment "
            "after you stop editing, and at least this often while you keep editing."))
        hint.setWordWrap(True)
        hint.setEnabled(False)

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(QCoreApplication.translate("Preferences", "Language"))
        self.language.addItem(QCoreApplication.translate("Preferences", "Same as the system"), SYSTEM)
        for code in texts.LANGUAGES:  # each language in its own name, as people look for it
            self.language.addItem(texts.NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(preferred(settings)))
        language_hint = QLabel(QCoreApplication.translate(
            "Preferences", "The language changes the next time you start Stakeholder Map."))
        language_hint.setWordWrap(True)
        language_hint.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.keep_backup)
        form.addRow(QCoreApplication.translate("Preferences", "Recovery copy at least every"), self.autosave)
        form.addRow(hint)
        form.addRow(QCoreApplication.translate("Preferences", "Language"), self.language)
        form.addRow(language_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        settings = self._window.settings()
        settings.setValue(KEEP_BACKUP_KEY, self.keep_backup.isChecked())
        settings.setValue(AUTOSAVE_SECONDS_KEY, self.autosave.value())
        settings.setValue(LANGUAGE_KEY, self.language.currentData())
        settings.sync()
        autosaver = self._window.autosaver
        if autosaver is not None:
            autosaver.set_max_interval_ms(self.autosave.value() * 1000)
        super().accept()


def show_preferences(window) -> bool:
    """Open the dialog (modal); True when the person pressed OK."""
    return PreferencesDialog(window).exec() == QDialog.DialogCode.Accepted
