"""Edit › Preferences: backups can be turned off, the recovery interval changed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from stakeholder_map.ui.preferences import AUTOSAVE_SECONDS_KEY, PreferencesDialog, autosave_seconds
from stakeholder_map.ui.safe_save import KEEP_BACKUP_KEY


def test_preferences_is_in_the_edit_menu(window):
    from PySide6.QtWidgets import QMenu

    edit = window.findChild(QMenu, "menuEdit")
    assert window.commands.preferences in edit.actions()
    assert window.commands.preferences.objectName() == "actionPreferences"


def test_dialog_shows_the_defaults(window):
    dialog = PreferencesDialog(window)
    assert dialog.keep_backup.isChecked()
    assert dialog.autosave.value() == 10


def test_turning_backups_off_means_no_bak_file(window, tmp_path, qtbot):
    target = tmp_path / "team.stakemap.json"
    assert window.save_to(target)
    window.editor.rename("cto", "Chief technology officer")
    assert window.save_to(target)
    assert (tmp_path / "team.stakemap.json.bak").exists()
    (tmp_path / "team.stakemap.json.bak").unlink()

    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.keep_backup.setChecked(False)
    dialog.accept()
    assert window.settings().value(KEEP_BACKUP_KEY, type=bool) is False

    window.editor.rename("cto", "CTO")
    assert window.save_to(target)
    assert not (tmp_path / "team.stakemap.json.bak").exists()


def test_cancel_changes_nothing(window, qtbot):
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.keep_backup.setChecked(False)
    dialog.autosave.setValue(15)
    dialog.reject()
    assert window.settings().value(KEEP_BACKUP_KEY, True, type=bool) is True
    assert autosave_seconds(window.settings()) == 10


def test_the_recovery_interval_reaches_the_autosaver(window, qtbot, tmp_path):
    from stakeholder_map.ui.autosave import install_autosave
    from stakeholder_map.ui.recovery import RecoveryStore

    store = RecoveryStore(tmp_path / "recovery")
    saver = install_autosave(window, store)
    assert saver.max_interval_ms == 10_000
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.autosave.setValue(20)
    dialog.accept()
    assert saver.max_interval_ms == 20_000
    assert window.settings().value(AUTOSAVE_SECONDS_KEY, type=int) == 20
    # and a new window's autosaver starts with the chosen interval
    saver.stop()
    assert install_autosave(window, store).max_interval_ms == 20_000
    store.close()


def test_the_menu_action_opens_the_dialog(window, monkeypatch):
    seen = []
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: seen.append(self) or QDialog.DialogCode.Rejected)
    window.commands.preferences.trigger()
    assert len(seen) == 1


def test_out_of_range_settings_are_clamped(window):
    window.settings().setValue(AUTOSAVE_SECONDS_KEY, 1)
    assert autosave_seconds(window.settings()) == 10
    window.settings().setValue(AUTOSAVE_SECONDS_KEY, 99999)
    assert autosave_seconds(window.settings()) == 600
