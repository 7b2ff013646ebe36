"""One conversation tab: header, transcript, typing line, composer, side panel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.canned import CannedLibrary
from agent_desktop.domain.conversation import Conversation
from agent_desktop.domain.export import transcript_text
from agent_desktop.services.agent_desk import AgentDesk
from client_core.attachments import AttachmentError
from client_core.call import LocalMedia
from client_core.conversation.call import ConversationCall
from client_core.conversation.transcript import Message
from client_core.qt.call_signals import CallSignals
from client_core.tasks import spawn

from . import labels
from .attachment_view import AttachmentViewer, PreviewCache
from .bubble_delegate import BubbleDelegate
from .canned_panel import CannedPanel
from .composer import Composer
from .offer_card import plain_label
from .transcript_model import TranscriptModel
from .transcript_view import TranscriptView
from .video_pane import VideoPane


class ConversationView(QWidget):
    transferRequested = Signal(str)
    endRequested = Signal(str)
    historyRequested = Signal(str)  # customer id
    closeRequested = Signal(str)
    inviteRequested = Signal(str)

    def __init__(self, conv: Conversation, desk: AgentDesk | None, canned: CannedLibrary,
                 parent: QWidget | None = None, media: LocalMedia | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationView")
        self.conv = conv
        self.desk = desk
        self.model = TranscriptModel(conv.rows, parent=self)
        self._call: ConversationCall | None = None

        self.name = plain_label(conv.customer_name, self, "customerName")
        self.meta = plain_label("", self, "conversationMeta")
        self.ended_note = plain_label("", self, "endedNote")
        self.ended_note.hide()
        self.supervisor_note = plain_label("", self, "supervisorNote")  # viewing, whispers
        self.supervisor_note.hide()
        self._build_buttons()

        self.transcript = TranscriptView(self)
        self.transcript.setModel(self.model)
        self.typing_label = plain_label("", self, "typingLabel")
        self.composer = Composer(self)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(False)
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("attachButton")
        self.file_note = plain_label("", self, "fileNote")  # sending a file, or why it was refused
        self.file_note.hide()
        self.viewer: AttachmentViewer | None = None
        self.previews = PreviewCache(desk.fetch_file if desk is not None else _no_files, self)
        delegate = self.transcript.itemDelegate()
        assert isinstance(delegate, BubbleDelegate)
        delegate.previews = self.previews
        self.previews.ready.connect(lambda _id: self.transcript.viewport().update())
        self.transcript.attachmentOpened.connect(self.open_attachment)
        self.attach_button.clicked.connect(self.choose_file)

        self.side = QTabWidget(self)
        self.side.setObjectName("sidePanel")
        self.canned = CannedPanel(canned, conv.language, self)
        self.canned.chosen.connect(self.insert_text)
        self.details = plain_label("", self, "customerDetails")
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details_page = QWidget(self)
        dl = QVBoxLayout(details_page)
        dl.setContentsMargins(12, 12, 12, 12)
        dl.addWidget(self.details)
        dl.addStretch(1)
        self.video = self._build_video(media) if conv.channel == "video" else None
        if not conv.read_only:
            self.side.addTab(self.canned, "")
        else:
            self.canned.hide()  # parented but in no layout: must not float over the header
        self.side.addTab(details_page, "")

        self._lay_out()

        self.composer.submitted.connect(self._send)
        self.composer.typed.connect(self._typed)
        self.composer.expandRequested.connect(self._expand)
        self.send_button.clicked.connect(self.composer.submit)
        self._typing_timer = QTimer(self)
        self._typing_timer.setInterval(1000)
        self._typing_timer.timeout.connect(self.refresh_typing)

        # Attach… sits above Send beside the message box: it comes between them (it came
        # after the transcript, so Tab jumped back down to it).
        self.setTabOrder(self.composer, self.attach_button)
        self.setTabOrder(self.attach_button, self.send_button)
        self.setTabOrder(self.send_button, self.transcript)
        # The header's buttons next, then the side panel: they stood before the message box
        # in the chain, and Tab into this view lands on its focus proxy (the message box),
        # so forward Tab never reached them (only Shift+Tab did).
        chain = [self.transcript, self.history_button, self.copy_button, self.export_button,
                 self.transfer_button, self.end_button, self.close_button, self.side]
        for before, after in zip(chain, chain[1:], strict=False):
            self.setTabOrder(before, after)
        self.setFocusProxy(self.composer)
        self.retranslate()
        self.set_ended(conv.ended)

    def _build_buttons(self) -> None:
        conv = self.conv
        self.history_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.transfer_button = QPushButton(self)
        self.end_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.end_button.setObjectName("endButton")
        self.transfer_button.setObjectName("transferButton")
        self.close_button.setObjectName("closeTabButton")
        self.history_button.clicked.connect(lambda: self.historyRequested.emit(conv.customer_id))
        self.copy_button.clicked.connect(self.copy_transcript)
        self.export_button.clicked.connect(self.export_transcript)
        self.transfer_button.clicked.connect(lambda: self.transferRequested.emit(conv.id))
        self.end_button.clicked.connect(lambda: self.endRequested.emit(conv.id))
        self.close_button.clicked.connect(lambda: self.closeRequested.emit(conv.id))

    def _lay_out(self) -> None:
        """Header over the transcript and composer, the side panel beside; a call on top."""
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name)
        titles.addWidget(self.meta)
        header.addLayout(titles, 1)
        for b in (self.history_button, self.copy_button, self.export_button, self.transfer_button,
                  self.end_button, self.close_button):
            header.addWidget(b)

        compose_row = QHBoxLayout()
        compose_row.addWidget(self.composer, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.send_button)
        compose_row.addLayout(buttons, 0)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(6)
        ll.addWidget(self.supervisor_note)
        ll.addWidget(self.transcript, 1)
        ll.addWidget(self.typing_label)
        ll.addWidget(self.ended_note)
        ll.addWidget(self.file_note)
        ll.addLayout(compose_row)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([640, 300])
        split.setChildrenCollapsible(False)
        body: QWidget = split
        if self.video is not None:
            # A video call is the main thing on screen: the call above, the chat below it.
            body = QSplitter(Qt.Orientation.Vertical, self)
            body.setObjectName("videoSplit")
            body.addWidget(self.video)
            body.addWidget(split)
            body.setStretchFactor(0, 3)
            body.setStretchFactor(1, 2)
            body.setSizes([420, 260])
            body.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(body, 1)

    def _build_video(self, media: LocalMedia | None) -> VideoPane:
        conv, desk = self.conv, self.desk
        signals = None
        if desk is not None and media is not None and not conv.read_only and not conv.ended:
            call = ConversationCall(conv.id, desk.my_ref, desk.send_rtc, media,
                                    network=desk.call_network)
            signals = CallSignals(call, self)
            desk.events.rtc_signal.connect(call.on_signal)
            self._call = call
            # The expert calls the customer; an invited interpreter calls everyone.
            spawn(call.start(conv.participants if conv.guest else [f"customer:{conv.customer_id}"]))
        pane = VideoPane(conv, signals, self._peer_name, self)
        pane.inviteRequested.connect(self.inviteRequested)
        pane.leaveRequested.connect(self._leave)
        return pane

    def _peer_name(self, peer: str) -> str:
        kind, _, ident = peer.partition(":")
        if kind == "customer":
            return self.conv.customer_name or self.tr("Customer")
        colleagues = self.desk.colleagues if self.desk is not None else []
        name = next((c.display_name for c in colleagues if str(c.agent_id) == ident), "")
        return name or str(self.conv.context.get("invited_by", "")) or self.tr("Colleague")

    def _leave(self, conversation_id: str) -> None:
        if self.desk is not None:
            self.desk.leave(conversation_id)

    # ------------------------------------------------------------ text

    def retranslate(self) -> None:
        conv = self.conv
        self.name.setText(conv.customer_name or self.tr("Customer"))
        parts = [labels.channel(conv.channel), labels.language(conv.language)]
        if conv.topic:
            parts.append(labels.topic(conv.topic))
        if conv.handoff_reason:
            parts.append(labels.reason(conv.handoff_reason))
        self.meta.setText(" · ".join(parts))
        self.history_button.setText(self.tr("Earlier conversations"))
        self.history_button.setVisible(bool(conv.customer_id) and not conv.guest)
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the transcript as plain text (Ctrl+Shift+C)"))
        self.export_button.setText(self.tr("Export…"))
        self.transfer_button.setText(self.tr("Transfer…"))
        self.transfer_button.setToolTip(self.tr("Transfer to a queue or a colleague (Ctrl+Shift+T)"))
        self.end_button.setText(self.tr("End…"))
        self.end_button.setToolTip(self.tr("End with a wrap-up code (Ctrl+Shift+E)"))
        self.close_button.setText(self.tr("Close"))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send (Enter). Shift+Enter starts a new line."))
        self.attach_button.setText(self.tr("Attach…"))
        self.attach_button.setToolTip(self.tr("Send the customer a PDF document or a picture"))
        self.composer.setPlaceholderText(self.tr("Write to the customer… (/ for a canned reply shortcut)"))
        self.composer.setAccessibleName(self.tr("Message to the customer"))
        self.transcript.setAccessibleName(self.tr("Transcript"))
        self.ended_note.setText(self.tr("This conversation has ended. You can still copy or export the transcript."))
        if self.video is not None:
            self.video.retranslate()
        if self.side.indexOf(self.canned) >= 0:
            self.side.setTabText(self.side.indexOf(self.canned), self.tr("Replies"))
        self.side.setTabText(self.side.count() - 1, self.tr("Customer"))
        self.canned.retranslate()
        self.details.setText(self._details_text())
        self.refresh_typing()
        self.refresh_supervision()

    def refresh_supervision(self) -> None:
        """Who is viewing (silent monitoring is never silent to the expert) and whispers to us."""
        conv = self.conv
        lines = []
        if conv.monitored_by:
            lines.append(self.tr("%1 is viewing this conversation (supervisor).")
                         .replace("%1", ", ".join(conv.monitored_by)))
        for name, note in conv.whispers[-3:]:
            lines.append(self.tr("Whisper from %1 (only you see this): %2").replace("%1", name).replace("%2", note))
        self.supervisor_note.setText("\n".join(lines))
        self.supervisor_note.setVisible(bool(lines))

    def _details_text(self) -> str:
        conv = self.conv
        lines = []
        if conv.customer_name:
            lines.append(self.tr("Customer: %1 (identified by the online service)").replace("%1", conv.customer_name))
        if conv.handoff_reason:
            lines.append(self.tr("Handoff: %1").replace("%1", labels.reason(conv.handoff_reason)))
        step = conv.context.get("application_step")
        if isinstance(step, str) and step:
            lines.append(self.tr("Application step: %1").replace("%1", labels.step(step)))
        if conv.life_events:
            lines.append(self.tr("Life events: %1").replace(
                "%1", ", ".join(labels.life_event(e) for e in conv.life_events)))
        intents = conv.context.get("intents")
        if isinstance(intents, list) and intents:
            lines.append(self.tr("The assistant talked about: %1").replace(
                "%1", ", ".join(labels.intent(str(i)) for i in intents)))
        if conv.channel == "video":
            lines.append(self.tr("Pre-session check: %1").replace("%1", labels.precheck_summary(conv.precheck)))
        for t in conv.transfers:
            lines.append(self.tr("Transferred by %1: %2").replace("%1", str(t.get("from", "")))
                         .replace("%2", str(t.get("note", ""))))
        return "\n\n".join(lines) or self.tr("No details from the assistant.")

    # ------------------------------------------------------------ actions

    def set_ended(self, ended: bool) -> None:
        read_only = self.conv.read_only
        live = not ended and not read_only
        for w in (self.composer, self.send_button, self.attach_button, self.transfer_button, self.end_button):
            w.setEnabled(live)
        self.composer.setVisible(not read_only)
        self.send_button.setVisible(not read_only)
        self.attach_button.setVisible(not read_only)
        # A guest (interpreter) neither transfers nor ends: they leave the call.
        self.transfer_button.setVisible(not read_only and not self.conv.guest)
        self.end_button.setVisible(not read_only and not self.conv.guest)
        self.ended_note.setVisible(ended and not read_only)
        self.close_button.setVisible(ended or read_only)
        if ended:
            self.typing_label.clear()
            if self.video is not None:
                self.video.conversation_ended()

    def _send(self, text: str) -> None:
        if self.desk is not None and self.desk.send_text(self.conv.id, text):
            self.composer.clear()

    # ------------------------------------------------------------ files

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Send a file"), "",
            self.tr("PDF documents and pictures (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)"))
        if path:
            spawn(self.send_file(Path(path)))

    async def send_file(self, path: Path) -> str:
        if self.desk is None:
            return "unreachable"
        self._file_note(self.tr("Sending %1…").replace("%1", path.name))
        self.attach_button.setEnabled(False)
        outcome = await self.desk.send_file(self.conv.id, path)
        self.attach_button.setEnabled(not self.conv.ended and not self.conv.read_only)
        self._file_note("" if outcome == "sent" else labels.file_failure(outcome))
        return outcome

    def open_attachment(self, info: Any) -> None:
        spawn(self.show_attachment(info))

    async def show_attachment(self, info: Any) -> AttachmentViewer | None:
        """Fetch the file (the hub checks we may) and open it in the desktop's own viewer."""
        try:
            data = await (self.desk.fetch_file(info.id) if self.desk is not None else _no_files(info.id))
        except AttachmentError as exc:
            self._file_note(labels.file_failure(exc.code))
            return None
        self._file_note("")
        self.viewer = AttachmentViewer(info, data, self)
        self.viewer.show()
        return self.viewer

    def _file_note(self, text: str) -> None:
        self.file_note.setText(text)
        self.file_note.setVisible(bool(text))

    def _typed(self) -> None:
        if self.desk is not None:
            self.desk.typing(self.conv.id)

    def _expand(self, text: str) -> None:
        full = self.canned.library.expand(self.conv.language, text)
        if full is not None:
            self.composer.setPlainText(full)
            self.composer.moveCursor(self.composer.textCursor().MoveOperation.End)

    def insert_text(self, text: str) -> None:
        if not self.composer.isEnabled():
            return
        self.composer.insertPlainText(text)
        self.composer.setFocus()

    def refresh_typing(self) -> None:
        typing = (self.desk is not None and not self.conv.ended
                  and self.desk.typing_in.active(self.conv.id))
        self.typing_label.setText(self.tr("%1 is typing…").replace("%1", self.conv.customer_name or self.tr("Customer"))
                                  if typing else "")
        if typing:
            self._typing_timer.start()
        else:
            self._typing_timer.stop()

    def plain_text(self) -> str:
        conv = self.conv
        title = self.tr("Conversation with %1").replace("%1", conv.customer_name or conv.customer_id or conv.id)

        def sender_label(row: Message) -> str:
            return row.sender_name or labels.sender(row.sender)

        return transcript_text(conv.transcript.messages(), title=title,
                               describe_event=labels.system_event, sender_label=sender_label)

    def copy_transcript(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())

    def export_transcript(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export transcript"),
                                              f"transcript-{self.conv.id[:8]}.txt",
                                              self.tr("Text files (*.txt)"))
        if path:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(self.plain_text())

    def dispose(self) -> None:
        self.model.detach()
        if self.desk is not None and self._call is not None:
            self.desk.events.rtc_signal.disconnect(self._call.on_signal)
        if self.video is not None:
            self.video.dispose()


async def _no_files(_attachment_id: str, *, preview: bool = False) -> bytes:
    """A transcript without a desk (tests, history opened offline) fetches nothing."""
    raise AttachmentError("unreachable")
