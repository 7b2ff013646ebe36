"""Camera, microphone and speaker pickers over the app's ``CallDevices`` (both apps).

Each list is Qt's (QMediaDevices), refilled when a device comes or goes; a
pick goes to ``CallDevices.choose``, which switches a running call and says
what to remember. A kind IT locked is shown, not offered. Each app styles the
pickers through its own style sheet (object names ``devicePickers``,
``deviceCombo``, ``deviceLabel``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QLabel, QWidget

from client_core.devices.choice import KINDS, DeviceKind
from client_core.tasks import spawn

from .call_devices import CallDevices
from .device_texts import device_texts
from .eliding_combo import ElidingComboBox


class DevicePickers(QWidget):
    picked = Signal(str, str)  # (kind, device id), after the switch

    def __init__(self, devices: CallDevices, kinds: tuple[DeviceKind, ...] = KINDS,
                 parent: QWidget | None = None, *, side_by_side: bool = False) -> None:
        """``side_by_side``: the pickers in one row, each label above its list (two lines
        of height instead of three rows, for a page short of height)."""
        super().__init__(parent)
        self.setObjectName("devicePickers")
        self.devices = devices
        self.kinds = kinds
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.setLayout(grid if side_by_side else form)
        for column, kind in enumerate(kinds):
            combo = ElidingComboBox(self)
            combo.setObjectName("deviceCombo")
            combo.setProperty("kind", kind)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            # Side by side, three lists share one line: narrower (a long name is elided).
            combo.setMinimumContentsLength(10 if side_by_side else 16)
            combo.activated.connect(lambda index, k=kind: self._activated(k, index))
            label = QLabel(self)
            label.setObjectName("deviceLabel")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(combo)
            if side_by_side:
                grid.addWidget(label, 0, column)
                grid.addWidget(combo, 1, column)
                grid.setColumnStretch(column, 1)
            else:
                form.addRow(label, combo)
            self.combos[kind], self.labels[kind] = combo, label
        # Methods, not lambdas: Qt drops these connections when the pickers are deleted
        # (the devices live as long as the app).
        devices.listChanged.connect(self.refill)
        devices.notice.connect(self._on_notice)
        devices.chosen.connect(self._on_chosen)
        self.retranslate()

    def refill(self, kind: str | None = None) -> None:
        """Qt's list now, the device in use selected."""
        kinds = self.kinds if kind is None else (kind,) if kind in self.combos else ()
        for k in kinds:
            self._fill(k)

    def _on_notice(self, kind: str, _what: str, _name: str) -> None:
        self.refill(kind)

    def _on_chosen(self, kind: str, _device_id: str) -> None:
        self.refill(kind)

    def _fill(self, kind: DeviceKind) -> None:
        combo = self.combos[kind]
        combo.blockSignals(True)
        combo.clear()
        current = self.devices.current.get(kind)
        for device in self.devices.devices(kind):
            combo.addItem(device.name, device.id)
        if combo.count() == 0:
            combo.addItem(self._none(kind), "")
        combo.setCurrentIndex(max(0, combo.findData(current.id)) if current else 0)
        combo.blockSignals(False)
        locked = kind in self.devices.locked
        combo.setEnabled(not locked and bool(self.devices.devices(kind)))
        # The whole name, which the box may show shortened.
        tips = [combo.currentText()] + ([self.tr("Set by your IT administrator")] if locked else [])
        combo.setToolTip("\n".join(tips))

    def _none(self, kind: DeviceKind) -> str:
        return {"camera": self.tr("No camera found"), "microphone": self.tr("No microphone found"),
                "speaker": self.tr("No speakers found")}[kind]

    def _activated(self, kind: DeviceKind, index: int) -> None:
        device_id = self.combos[kind].itemData(index)
        if device_id:
            spawn(self._choose(kind, device_id))

    async def _choose(self, kind: DeviceKind, device_id: str) -> None:
        if await self.devices.choose(kind, device_id):
            self.picked.emit(kind, device_id)

    def retranslate(self) -> None:
        texts = device_texts()
        for kind in self.kinds:
            self.labels[kind].setText(texts.kind(kind))
            self.combos[kind].setAccessibleName(texts.kind(kind))
        self.refill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
