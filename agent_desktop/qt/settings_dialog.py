"""Settings: hub address, UI language, alert sound, notifications, look, devices.

Values go to client_core.config's user store; a value IT locked through
machine policy is shown, disabled, with the reason. The look (theme, text
size) is this program's own preference, kept in QSettings. The camera,
microphone and speakers are client_core's pickers: a pick applies at once
(also to a call under way) and is remembered in the user store.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from client_core.config import Settings, SettingValueError, UserSettingsStore
from client_core.i18n import NATIVE_NAMES
from client_core.qt.call_devices import CallDevices
from client_core.qt.device_pickers import DevicePickers

from .offer_card import plain_label

UI_CHOICES = ("fi", "sv", "en")
TEXT_SIZES = (100, 115, 130, 150)


def ui_prefs() -> QSettings:
    return QSettings("Kela", "AgentDesktop")


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 devices: CallDevices | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.hub_url = QLineEdit(settings.hub_url, self)
        self.hub_url.setObjectName("hubUrlField")
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code in UI_CHOICES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        self.alert_sound = QCheckBox(self.tr("Play a sound when a customer is offered"), self)
        self.alert_sound.setObjectName("alertSoundBox")
        self.alert_sound.setChecked(settings.alert_sound)
        self.notifications = QCheckBox(self.tr("Show desktop notifications"), self)
        self.notifications.setObjectName("notificationsBox")
        self.notifications.setChecked(settings.notifications)
        prefs = ui_prefs()
        self.high_contrast = QCheckBox(self.tr("High contrast"), self)
        self.high_contrast.setObjectName("highContrastBox")
        self.high_contrast.setChecked(prefs.value("theme", "default") == "high-contrast")
        self.text_size = QComboBox(self)
        self.text_size.setObjectName("textSizeCombo")
        for size in TEXT_SIZES:
            self.text_size.addItem(f"{size} %", size)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(int(prefs.value("text_size", 100)))))
        self.error = plain_label("", self, "errorText")
        self.error.hide()

        form = QFormLayout()
        self._locked_notes: list[str] = []
        for key, widget, label in (
            ("hub_url", self.hub_url, self.tr("Service address")),
            ("ui_language", self.language, self.tr("Language")),
            ("alert_sound", self.alert_sound, self.tr("Sound")),
            ("notifications", self.notifications, self.tr("Notifications")),
        ):
            widget.setAccessibleName(label)
            if settings.is_locked(key):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set by your IT administrator"))
                form.addRow(label + " 🔒", widget)
                self._locked_notes.append(label)
            else:
                form.addRow(label, widget)
        form.addRow(self.tr("Contrast"), self.high_contrast)
        form.addRow(self.tr("Text size"), self.text_size)
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.locked_note = plain_label("", self, "mutedText")
        if self._locked_notes:
            self.locked_note.setText(self.tr("🔒 Locked by your IT administrator: %1")
                                     .replace("%1", ", ".join(self._locked_notes)))
        self.locked_note.setVisible(bool(self._locked_notes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.devices_box = QGroupBox(self.tr("Camera, microphone and speakers"), self)
        self.devices_box.setObjectName("devicesBox")
        self.pickers = DevicePickers(devices, parent=self.devices_box) if devices else None
        box = QVBoxLayout(self.devices_box)
        if self.pickers is not None:
            box.addWidget(self.pickers)
            box.addWidget(plain_label(self.tr("A device you choose is used at once, also in a "
                                              "call under way."), self.devices_box, "mutedText"))
        self.devices_box.setVisible(self.pickers is not None)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.devices_box)
        layout.addWidget(self.locked_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 440 if devices else 300)

    def changes(self) -> dict[str, object]:
        wanted = {
            "hub_url": self.hub_url.text().strip(),
            "ui_language": self.language.currentData(),
            "alert_sound": self.alert_sound.isChecked(),
            "notifications": self.notifications.isChecked(),
        }
        # Only what differs and is not locked: an unchanged default stays a default.
        return {k: v for k, v in wanted.items()
                if not self.settings.is_locked(k) and v != getattr(self.settings, k)}

    def _save(self) -> None:
        path = self.settings.user_settings_path
        try:
            if path is not None and self.changes():
                UserSettingsStore(path).update(self.changes())
        except (SettingValueError, OSError) as exc:
            self.error.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            self.error.show()
            return
        prefs = ui_prefs()
        prefs.setValue("theme", "high-contrast" if self.high_contrast.isChecked() else "default")
        prefs.setValue("text_size", int(self.text_size.currentData()))
        self.accept()
