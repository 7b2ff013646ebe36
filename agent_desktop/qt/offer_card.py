"""The incoming-offer card: who is waiting, why, and Accept/Decline with a countdown."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.offer import OfferSummary, seconds_left
from agent_desktop.domain.timefmt import duration

from . import labels


def plain_label(text: str = "", parent: QWidget | None = None, name: str = "") -> QLabel:
    """A QLabel that never interprets text as HTML (customer text may contain '<')."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class OfferCard(QFrame):
    accepted = Signal(str)
    declined = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.offer: OfferSummary | None = None
        self._received = 0.0

        self.title = plain_label("", self, "offerTitle")
        self.countdown = plain_label("", self, "offerCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("offerProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)

        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(12)
        self.facts.setVerticalSpacing(4)
        self._fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("language", "topic", "waited", "reason", "events", "step", "talked", "check", "from",
                    "note"):
            name, value = plain_label("", self, "factName"), plain_label("", self, "factValue")
            row = len(self._fact_labels)
            self.facts.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(value, row, 1)
            self._fact_labels[key] = (name, value)
        self.facts.setColumnStretch(1, 1)

        self.preview_title = plain_label("", self, "previewTitle")
        self.preview = plain_label("", self, "offerPreview")

        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.setDefault(True)
        self.decline_button = QPushButton(self)
        self.decline_button.setObjectName("declineButton")
        self.accept_button.clicked.connect(self._accept)
        self.decline_button.clicked.connect(self._decline)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.countdown)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.progress)
        layout.addLayout(self.facts)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Accept the customer (Ctrl+Shift+A)"))
        self.decline_button.setText(self.tr("Decline"))
        self.decline_button.setToolTip(self.tr("Decline: the customer goes to the next expert (Ctrl+Shift+D)"))
        self.preview_title.setText(self.tr("Start of the assistant conversation"))
        names = {"language": self.tr("Language"), "topic": self.tr("Topic"), "waited": self.tr("Waited"),
                 "reason": self.tr("Handoff"), "events": self.tr("Life events"),
                 "step": self.tr("Application step"), "talked": self.tr("The assistant talked about"),
                 "check": self.tr("Pre-session check"), "from": self.tr("Passed on by"),
                 "note": self.tr("Consult note")}
        for key, (name, _value) in self._fact_labels.items():
            name.setText(names[key])
        if self.offer:
            self._fill(self.offer)

    def show_offer(self, offer: OfferSummary) -> None:
        self.offer = offer
        self._received = time.monotonic()
        self.progress.setMaximum(max(1, offer.expires_in_s))
        self._fill(offer)
        self._tick()
        self._timer.start()
        self.show()
        self.accept_button.setEnabled(True)
        self.decline_button.setEnabled(True)

    def clear(self, offer_id: str | None = None) -> None:
        if offer_id is not None and (self.offer is None or self.offer.offer_id != offer_id):
            return
        self.offer = None
        self._timer.stop()
        self.hide()

    def _fill(self, offer: OfferSummary) -> None:
        kind = self.tr("Incoming video call") if offer.channel == "video" else self.tr("Incoming chat")
        self.title.setText(kind)
        self.setAccessibleName(kind)
        values = {
            "language": labels.language(offer.language),
            "topic": labels.topic(offer.topic),
            "waited": duration(offer.waited_s),
            "reason": labels.reason(offer.reason) if offer.reason else "",
            "events": ", ".join(labels.life_event(e) for e in offer.life_events),
            "step": labels.step(offer.application_step) if offer.application_step else "",
            "talked": ", ".join(labels.intent(i) for i in offer.intents[:4]),
            "check": labels.precheck_summary(offer.precheck) if offer.channel == "video" else "",
            "from": offer.transferred_by,
            "note": "\n".join(offer.consult_notes[-1:]),
        }
        for key, (name, value) in self._fact_labels.items():
            value.setText(values[key])
            name.setVisible(bool(values[key]))
            value.setVisible(bool(values[key]))
        # A transfer by name: the conversation's last lines; otherwise the start of the bot part.
        shown = offer.conversation or offer.preview
        lines = [f"{labels.sender(line.sender)}: {line.text}" for line in shown]
        self.preview_title.setText(self.tr("The conversation so far (last lines)") if offer.conversation
                                   else self.tr("Start of the assistant conversation"))
        self.preview.setText("\n".join(lines))
        self.preview.setVisible(bool(lines))
        self.preview_title.setVisible(bool(lines))

    def _tick(self) -> None:
        if self.offer is None:
            return
        now = time.monotonic()
        left = seconds_left(self.offer.expires_in_s, self._received, now)
        self.countdown.setText(self.tr("%1 s to answer").replace("%1", str(left)))
        self.progress.setValue(left)
        waited = self.offer.waited_s + int(now - self._received)
        self._fact_labels["waited"][1].setText(duration(waited))
        if left <= 0:
            self._timer.stop()

    def _accept(self) -> None:
        if self.offer is not None and self.accept_button.isEnabled():
            self.accept_button.setEnabled(False)
            self.decline_button.setEnabled(False)
            self.accepted.emit(self.offer.offer_id)

    def _decline(self) -> None:
        if self.offer is not None and self.decline_button.isEnabled():
            offer_id = self.offer.offer_id
            self.clear()
            self.declined.emit(offer_id)

    def accept_current(self) -> None:
        self._accept()

    def decline_current(self) -> None:
        self._decline()
