"""A video conversation's call: the customer large, own picture in the corner,
connection figures on top, call controls below, the customer's pre-session
check beside it. Further participants (an interpreter) appear as tiles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.conversation import Conversation
from client_core.call import CallState
from client_core.conversation.call import ConversationCall
from client_core.qt.announce import announce
from client_core.qt.call_signals import CallSignals
from client_core.qt.device_dialog import DeviceDialog
from client_core.qt.device_texts import device_texts
from client_core.qt.speaking import SpeakingWatcher
from client_core.qt.video_widget import CallVideoView
from client_core.tasks import spawn

from . import labels
from .offer_card import plain_label

NOTICE_MS = 15_000

_FIGURES = {
    "kbit_per_s": QT_TRANSLATE_NOOP("Labels", "Measured (kbit/s)"),
    "required_kbit_per_s": QT_TRANSLATE_NOOP("Labels", "Required (kbit/s)"),
    "rtt_ms": QT_TRANSLATE_NOOP("Labels", "Delay (ms)"),
    "jitter_ms": QT_TRANSLATE_NOOP("Labels", "Jitter (ms)"),
    "loss_pct": QT_TRANSLATE_NOOP("Labels", "Packet loss (%)"),
    "remedy": QT_TRANSLATE_NOOP("Labels", "What to do"),
    "verdict": QT_TRANSLATE_NOOP("Labels", "Result"),
}


def _figure_name(key: str) -> str:
    source = _FIGURES.get(key)
    return QCoreApplication.translate("Labels", source) if source else key.replace("_", " ").capitalize()


def precheck_model(report: dict[str, Any] | None, parent: Any = None) -> QStandardItemModel:
    """Nested dict -> two-column tree (check, result), all plain text."""
    model = QStandardItemModel(0, 2, parent)

    def add(parent_item: QStandardItem | QStandardItemModel, key: str, value: Any) -> None:
        name = QStandardItem(_figure_name(key))
        name.setEditable(False)
        if isinstance(value, dict):
            shown = QStandardItem("")
            for k, v in value.items():
                add(name, str(k), v)
        elif isinstance(value, list):
            shown = QStandardItem(", ".join(str(v) for v in value))
        elif isinstance(value, bool):
            shown = QStandardItem("✓" if value else "✗")
        else:
            shown = QStandardItem(str(value))
        shown.setEditable(False)
        parent_item.appendRow([name, shown])

    marks = {"ok": "✓ " + labels.VERDICT_TEXT("ok"), "warn": "⚠ " + labels.VERDICT_TEXT("warn"),
             "fail": "✗ " + labels.VERDICT_TEXT("fail")}
    for key, value in (report or {}).items():
        if key == "schema" or value is None:
            continue
        if key == "items" and isinstance(value, list):
            # One row per checked item, "camera  ✓ ok", its measured figures
            # and the remedy (when there is one) folded under it.
            for item in value:
                if not (isinstance(item, dict) and "item" in item):
                    continue
                row = QStandardItem(labels.precheck_item(str(item["item"])))
                row.setEditable(False)
                verdict = QStandardItem(marks.get(str(item.get("verdict")), str(item.get("verdict", ""))))
                verdict.setEditable(False)
                details = {k: v for k, v in (item.get("figures") or {}).items() if v is not None}
                if item.get("remedy_code"):
                    details["remedy"] = item["remedy_code"]
                for k, v in details.items():
                    add(row, str(k), v)
                model.appendRow([row, verdict])
            continue
        if isinstance(value, dict):
            value = {k: v for k, v in value.items() if v is not None}
        add(model, str(key), marks.get(str(value), value) if key == "verdict" else value)
    return model


class PrecheckPanel(QWidget):
    """The customer's pre-session check, as sent with the offer."""

    def __init__(self, precheck: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("precheckPanel")
        self.title = plain_label("", self, "sectionTitle")
        self.tree = QTreeView(self)
        self.tree.setObjectName("precheckTree")
        self.tree.setModel(precheck_model(precheck, self))
        self.tree.setHeaderHidden(True)
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = plain_label("", self, "mutedText")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not precheck)
        self.tree.setVisible(bool(precheck))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0 if precheck else 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customer's pre-session check"))
        self.tree.setAccessibleName(self.tr("Pre-session check results"))
        self.empty.setText(self.tr("The customer's client sent no check results."))


class VideoPane(QWidget):
    inviteRequested = Signal(str)  # conversation id: choose a colleague to add
    leaveRequested = Signal(str)  # a guest left the call

    def __init__(self, conv: Conversation, call_signals: CallSignals | None = None,
                 name_of: Callable[[str], str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoPane")
        self.conv = conv
        self.call_signals = call_signals
        self.call: ConversationCall | None = call_signals.call if call_signals else None
        self._name_of = name_of or (lambda peer: peer)
        self._status = "idle"  # what the status line says; see _status_text
        self._announced_start = False  # the call's start was read out (its end is next)
        self._bound: tuple[str, ...] = ()

        # Until the first remote picture: a plain text placeholder on the stage.
        self.stage = QStackedWidget(self)
        self.stage.setObjectName("videoStage")
        self.placeholder = plain_label("", self, "videoPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.view = CallVideoView(self)
        self.view.setMinimumSize(320, 200)
        # Dark like every video surface, in both themes: a white stage reads as broken.
        self.stage.setStyleSheet("#videoStage, #videoStage QWidget { background: #1C2630; }"
                                 "#videoPlaceholder { color: #E6ECF1; }")
        self.stage.addWidget(self.placeholder)
        self.stage.addWidget(self.view)
        self.tiles_row = QHBoxLayout()
        self.tiles: dict[str, tuple[QWidget, CallVideoView, QLabel]] = {}

        self.mute = QPushButton(self)
        self.mute.setObjectName("muteButton")
        self.mute.setCheckable(True)
        self.camera = QPushButton(self)
        self.camera.setObjectName("cameraButton")
        self.camera.setCheckable(True)
        self.invite = QPushButton(self)
        self.invite.setObjectName("inviteButton")
        self.devices_button = QPushButton(self)
        self.devices_button.setObjectName("devicesButton")
        self.devices_button.setVisible(call_signals is not None and call_signals.devices is not None)
        self.devices_button.clicked.connect(self.open_devices)
        self.device_dialog: DeviceDialog | None = None
        self.notice = plain_label("", self, "callNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.hide)
        self.device_problem = ""  # what could not be opened, in plain words
        self.hang_up_button = QPushButton(self)
        self.hang_up_button.setObjectName("hangUpButton")
        self.status_label = plain_label("", self, "callStatus")
        # Shown only while the call's quality is down (client_core.call.quality), in words.
        self.quality_label = plain_label("", self, "callQuality")
        self.quality_label.setWordWrap(True)
        self.quality_label.hide()
        self._quality = "good"
        self._failure = ""
        # Who is speaking, in words under the picture (EN 301 549 6.5.6); not read out.
        self.speaking_label = plain_label("", self, "callSpeaking")
        self.speaking = SpeakingWatcher(self.call, self) if self.call is not None else None
        if self.speaking is not None:
            self.speaking.speakingChanged.connect(lambda _p, _s: self._refresh_speaking())
        self.mute.toggled.connect(self._on_mute)
        self.camera.toggled.connect(self._on_camera)
        self.invite.clicked.connect(lambda: self.inviteRequested.emit(conv.id))
        self.hang_up_button.clicked.connect(self.hang_up)

        controls = QHBoxLayout()
        controls.addWidget(self.status_label, 1)
        for b in (self.mute, self.camera, self.devices_button, self.invite, self.hang_up_button):
            controls.addWidget(b)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.stage, 1)
        left.addLayout(self.tiles_row)
        left.addWidget(self.quality_label)
        left.addWidget(self.speaking_label)
        left.addLayout(controls)
        left.addWidget(self.notice)

        self.precheck = PrecheckPanel(conv.precheck, self)
        self.precheck.setFixedWidth(300)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(left, 1)
        layout.addWidget(self.precheck)

        if call_signals is not None:
            call_signals.stateChanged.connect(self._on_state)
            call_signals.peersChanged.connect(self._rebind)
            if self.speaking is not None:
                call_signals.peersChanged.connect(self.speaking.refresh)
            call_signals.deviceProblem.connect(self._on_device_problem)
            call_signals.qualityChanged.connect(self._on_quality)
            call_signals.failed.connect(self._on_failed)
            self.view.attach_stats(self._stats)
        self._set_status("connecting" if self.call is not None and not conv.ended else "idle")
        self.retranslate()

    # ------------------------------------------------------------ text

    def retranslate(self) -> None:
        self.precheck.retranslate()
        self.mute.setText(self.tr("Unmute") if self.mute.isChecked() else self.tr("Mute"))
        self.mute.setToolTip(self.tr("Turn your microphone off or on"))
        self.camera.setText(self.tr("Camera on") if self.camera.isChecked() else self.tr("Camera off"))
        self.camera.setToolTip(self.tr("The customer sees a dark picture while your camera is off"))
        self.devices_button.setText(self.tr("Devices…"))
        self.devices_button.setToolTip(self.tr("Choose the camera, microphone and speakers"))
        self.invite.setText(self.tr("Add interpreter…"))
        self.invite.setToolTip(self.tr("Invite a signed-in colleague, e.g. a sign-language interpreter"))
        self.hang_up_button.setText(self.tr("Leave call") if self.conv.guest else self.tr("Hang up"))
        self.hang_up_button.setToolTip(
            self.tr("Leave the call; the conversation goes on without you") if self.conv.guest else
            self.tr("End the call; you still end the conversation with a wrap-up code (End…)"))
        self.view.setAccessibleName(self.tr("Video: %1").replace("%1", self.conv.customer_name))
        for peer, (_box, _view, label) in self.tiles.items():
            label.setText(self._name_of(peer))
        self._refresh_status()
        self._refresh_speaking()

    def _refresh_speaking(self) -> None:
        peers = self.speaking.speaking() if self.speaking is not None else []
        names = ", ".join(self.conv.customer_name or self.tr("the customer")
                          if p == self._primary() else self._name_of(p) for p in peers)
        self.speaking_label.setText(self.tr("Speaking: %1").replace("%1", names) if names else "")

    def _status_text(self) -> str:
        name = self.conv.customer_name or self.tr("the customer")
        return {
            "idle": self.tr("No call."),
            "connecting": self.tr("Connecting to %1…").replace("%1", name),
            "connected": self.tr("In a call with %1").replace("%1", name),
            "reconnecting": self.tr("Connection lost, reconnecting…"),
            "ended": self.tr("Call ended.") if self.conv.guest or self.conv.ended else
            self.tr("Call ended. End the conversation with a wrap-up code (End…)."),
            "failed": self.tr("The call could not go through the relay server: it refused this "
                              "workstation's credentials. Tell IT; continue in the chat meanwhile.")
            if self._failure == "turn_auth" else
            self.tr("The call could not be connected. Continue in the chat, or end "
                    "the conversation and ask the customer to book a new time."),
            "devices": self.device_problem,
        }.get(self._status, "")

    def _quality_text(self) -> str:
        return {
            "ours_paused": self.tr("Your connection is weak: the picture is paused, sound continues."),
            "theirs_paused": self.tr("The customer's connection is weak: their picture is paused, "
                                     "sound continues."),
            "poor_sound": self.tr("The connection is poor: the sound may break up."),
            "low": self.tr("The connection is slow: the picture is shown at a lower quality."),
        }.get(self._quality, "")

    def _on_quality(self, peer: str, quality: str) -> None:
        if peer != self._primary() and not self.conv.guest:
            return  # an interpreter's line: the customer's is what matters here
        self._quality = quality
        self._refresh_status()

    def _on_failed(self, code: str) -> None:
        self._failure = code
        self._refresh_status()

    def _set_status(self, status: str) -> None:
        if self._status == "devices" and status in ("connecting", "connected"):
            return  # keep the device warning visible while the call goes on
        self._status = status
        self._refresh_status()

    def _refresh_status(self) -> None:
        text = self._status_text()
        self.status_label.setText(text)
        self.placeholder.setText(text)
        quality = self._quality_text() if self._status in ("connected", "devices") else ""
        self.quality_label.setText(quality)
        self.quality_label.setVisible(bool(quality))
        live = self._status in ("connecting", "connected", "reconnecting", "devices")
        for b in (self.mute, self.camera, self.hang_up_button, self.devices_button):
            b.setEnabled(live)
        self.invite.setVisible(not self.conv.guest)
        self.invite.setEnabled(live and self.call is not None and bool(self.call.connected_peers()))

    # ------------------------------------------------------------ devices

    def _on_device_problem(self, kind: str, code: str) -> None:
        texts = device_texts()
        failed = self.call.failed if self.call is not None else {kind: code}
        self.device_problem = " ".join([*(texts.problem(k, c) for k, c in failed.items()),
                                        texts.without(failed)])
        self._set_status("devices")

    def show_notice(self, text: str) -> None:
        """A device came or went during the call (``CallDevices.notice``)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self._notice_timer.start(NOTICE_MS)

    def open_devices(self) -> None:
        devices = self.call_signals.devices if self.call_signals is not None else None
        if devices is None:
            return
        if self.device_dialog is None:
            self.device_dialog = DeviceDialog(devices, self)
            self.device_dialog.finished.connect(lambda _c: setattr(self, "device_dialog", None))
            self.device_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.device_dialog.open()

    # ------------------------------------------------------------ call events

    def _on_state(self, state: str) -> None:
        self._set_status({CallState.CONNECTED.value: "connected", CallState.RECONNECTING.value:
                          "reconnecting", CallState.ENDED.value: "ended",
                          CallState.FAILED.value: "failed"}.get(state, "connecting"))
        self._announce_call(state)
        if state in (CallState.ENDED.value, CallState.FAILED.value):
            self._rebind()

    def _announce_call(self, state: str) -> None:
        """The call's start and end read out wherever the focus is (a screen-reader user
        heard nothing when the customer's picture came or went); once each, not again on
        a reconnect."""
        who = self.conv.customer_name or self.tr("the customer")
        if state == CallState.CONNECTED.value and not self._announced_start:
            self._announced_start = True
            announce(self, self.tr("Call with %1 started").replace("%1", who))
        elif state in (CallState.ENDED.value, CallState.FAILED.value) and self._announced_start:
            self._announced_start = False
            announce(self, self.tr("Call with %1 ended").replace("%1", who))

    def _primary(self) -> str:
        return f"customer:{self.conv.customer_id}"

    def _rebind(self) -> None:
        """Customer on the stage, everyone else as a tile; only on changes (no flicker)."""
        call = self.call
        peers = tuple(call.shown_peers()) if call is not None else ()
        if peers == self._bound:
            self._refresh_status()
            return
        self._bound = peers
        engine = call.engine if call is not None else None
        primary = call.stage_peer(self._primary()) if call is not None else None
        if engine is not None and primary is not None:
            remote = engine.remote(primary)
            self.view.attach(remote.video if remote else None, engine.local_preview)
            self.stage.setCurrentWidget(self.view)
        else:
            self.view.attach(None, None)
            self.stage.setCurrentWidget(self.placeholder)
        for peer in [p for p in self.tiles if p not in peers or p == primary]:
            box, tile, _label = self.tiles.pop(peer)
            tile.detach()
            box.deleteLater()
        for peer in peers:
            if peer != primary and peer not in self.tiles and engine is not None:
                self._add_tile(peer, engine)
        self._refresh_status()

    def _add_tile(self, peer: str, engine: Any) -> None:
        box = QWidget(self)
        box.setObjectName("videoTile")
        tile = CallVideoView(box)
        tile.setFixedSize(200, 150)
        remote = engine.remote(peer)
        tile.attach(remote.video if remote else None, None)
        label = plain_label(self._name_of(peer), box, "videoTileName")
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(tile)
        v.addWidget(label)
        self.tiles_row.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
        self.tiles[peer] = (box, tile, label)

    async def _stats(self) -> Any:
        call = self.call
        if call is None or call.engine is None:
            return None
        primary = call.stage_peer(self._primary())
        return await call.engine.get_stats(primary) if primary in call.connected_peers() else None

    # ------------------------------------------------------------ controls

    def _on_mute(self, muted: bool) -> None:
        if self.call is not None:
            self.call.set_muted(muted)
        self.retranslate()

    def _on_camera(self, off: bool) -> None:
        if self.call is not None:
            spawn(self.call.set_camera(not off))
        self.retranslate()

    def hang_up(self) -> None:
        if self.call_signals is None:
            return
        spawn(self.call_signals.hang_up())
        if self.conv.guest:
            self.leaveRequested.emit(self.conv.id)

    def conversation_ended(self) -> None:
        """The conversation is over (ended, transferred, taken back): so is the call."""
        if self.call_signals is not None:
            spawn(self.call_signals.hang_up())
        self._refresh_status()

    def dispose(self) -> None:
        if self.speaking is not None:
            self.speaking.stop()
        self.view.detach()
        for _box, tile, _label in self.tiles.values():
            tile.detach()
        if self.call_signals is not None:
            spawn(self.call_signals.hang_up())
            self.call_signals.dispose()
