"""Hub frames into the expert's desk: each frame type updates the desk and announces it.

Kept apart from ``agent_desk.py`` (requests out) so each stays small; the two
share the desk's state and events, nothing else.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from agent_desktop.domain.conversation import Conversation
from agent_desktop.domain.offer import summarize_offer
from agent_desktop.domain.queues import QueueRow, sort_rows
from client_core.conversation.transcript import IncomingMessage, Transcript
from hub_protocol import frames as p

if TYPE_CHECKING:
    from .agent_desk import AgentDesk


class DeskFrames:
    def __init__(self, desk: AgentDesk) -> None:
        self.desk = desk
        self._welcomed = False

    def handle(self, frame: Any) -> None:
        handler = getattr(self, "_on_" + type(frame).__name__, None)
        if handler is not None:
            handler(frame)

    def _on_Welcome(self, frame: p.Welcome) -> None:
        desk = self.desk
        desk.clock.sync(frame.server_time)
        desk.display_name = frame.display_name
        desk.user_id = frame.user_id
        reconnect, self._welcomed = self._welcomed, True
        if reconnect and desk.wanted_state == "available" and frame.agent_state not in ("available", "busy"):
            desk.restore_state()

    def _on_AgentStatus(self, frame: p.AgentStatus) -> None:
        desk = self.desk
        desk.state, desk.since = frame.state, frame.since
        if frame.reason == "missed_offers":
            desk.wanted_state = "away"  # the hub parked us: do not undo that on reconnect
        elif frame.reason == "supervisor" and frame.state in ("available", "away", "offline"):
            desk.wanted_state = frame.state  # a supervisor set it: kept like our own choice
        desk.events.status_changed.emit(frame.state, frame.since)

    def _on_QueuesSnapshot(self, frame: p.QueuesSnapshot) -> None:
        desk = self.desk
        now = time.monotonic()
        desk.queues = sort_rows([
            QueueRow(q.queue.channel, q.queue.language, q.queue.topic, q.waiting, q.longest_wait_s,
                     q.agents_available, q.open, q.next_opening, now)
            for q in frame.queues
        ])
        if frame.agents is not None:  # None: unchanged
            desk.colleagues = [a for a in frame.agents if str(a.agent_id) != desk.user_id]
        desk.queues_known.set()
        desk.events.queues_changed.emit(desk.queues)

    def _on_Offer(self, frame: p.Offer) -> None:
        summary = summarize_offer(
            offer_id=frame.offer_id, conversation_id=frame.conversation_id, channel=frame.channel,
            language=frame.language, topic=frame.topic, waited_s=frame.waited_s,
            expires_in_s=frame.expires_in_s, context=frame.context, precheck=frame.precheck,
            transferred_by=frame.transferred_by, messages=[(m.sender, m.text) for m in frame.messages],
        )
        self.desk.offers[frame.offer_id] = summary
        self.desk.events.offer_received.emit(summary)

    def _on_OfferRevoked(self, frame: p.OfferRevoked) -> None:
        self.desk.offers.pop(frame.offer_id, None)
        self.desk.events.offer_revoked.emit(frame.offer_id, frame.reason)

    def _on_ConversationAssigned(self, frame: p.ConversationAssigned) -> None:
        desk = self.desk
        conv = desk.conversations.get(frame.conversation_id)
        if conv is None:
            conv = Conversation(frame.conversation_id, frame.customer_id, frame.customer_name,
                                frame.channel, frame.language, frame.topic, dict(frame.context),
                                frame.precheck, Transcript(frame.conversation_id))
            desk.conversations[conv.id] = conv
        else:  # re-sent after a reconnect: same tab, refreshed facts
            conv.context, conv.precheck, conv.ended = dict(frame.context), frame.precheck, False
        self._open(conv, frame.messages)
        desk.offers.pop(frame.conversation_id, None)

    def _on_ConversationInvited(self, frame: p.ConversationInvited) -> None:
        """A colleague asked us into their video call (we interpret)."""
        conv = Conversation(frame.conversation_id, frame.customer_id, frame.customer_name,
                            frame.channel, frame.language, frame.topic, {"invited_by": frame.invited_by},
                            None, Transcript(frame.conversation_id), guest=True,
                            participants=list(frame.participants))
        self.desk.conversations[conv.id] = conv
        self._open(conv, frame.messages)

    def _open(self, conv: Conversation, messages: list[p.ChatMessage]) -> None:
        conv.transcript.load(IncomingMessage.of(m) for m in messages)
        for m in self.desk.early.take(conv.id):  # they overtook the transcript
            conv.transcript.add(m)
        self.desk.events.conversation_opened.emit(conv.id)

    def _on_RtcSignalRelay(self, frame: p.RtcSignalRelay) -> None:
        if frame.conversation_id in self.desk.conversations:
            self.desk.events.rtc_signal.emit(frame)

    def _on_ChatMessage(self, frame: p.ChatMessage) -> None:
        desk = self.desk
        conv = desk.conversations.get(frame.conversation_id)
        if conv is None:  # it overtook the transcript: shown once that arrives
            desk.early.keep(frame.conversation_id, IncomingMessage.of(frame))
            return
        if conv.transcript.add(IncomingMessage.of(frame)) and frame.sender != "agent":
            if frame.sender == "customer":
                desk.typing_in.clear(conv.id)
                desk.events.typing_changed.emit(conv.id, False)
            desk.events.message_arrived.emit(conv.id, frame.sender)

    def _on_Ack(self, frame: p.Ack) -> None:
        if frame.ref and frame.conversation_id and frame.seq is not None:
            conv = self.desk.conversations.get(frame.conversation_id)
            if conv is not None:
                conv.transcript.ack(frame.ref, frame.seq)

    def _on_ConversationStatus(self, frame: p.ConversationStatus) -> None:
        conv = self.desk.conversations.get(frame.conversation_id)
        if conv is None or conv.read_only:
            return
        if frame.state in ("ended", "wrap_up", "queued"):
            # queued: the hub gave the customer to someone else (we were gone too long)
            self.desk.mark_ended(conv.id)

    def _on_TypingRelay(self, frame: p.TypingRelay) -> None:
        if frame.conversation_id in self.desk.conversations and frame.sender == "customer":
            self.desk.typing_in.touch(frame.conversation_id)
            self.desk.events.typing_changed.emit(frame.conversation_id, True)

    def _on_ConversationMonitoring(self, frame: p.ConversationMonitoring) -> None:
        conv = self.desk.conversations.get(frame.conversation_id)
        if conv is not None:
            conv.monitored_by = list(frame.supervisors)
            self.desk.events.supervision_changed.emit(conv.id)

    def _on_WhisperNote(self, frame: p.WhisperNote) -> None:
        conv = self.desk.conversations.get(frame.conversation_id)
        if conv is not None:
            conv.whispers.append((frame.from_name, frame.text))
            self.desk.events.supervision_changed.emit(conv.id)

    def _on_ErrorFrame(self, frame: p.ErrorFrame) -> None:
        # Errors for requests are raised to their caller; this catches the rest
        # (history, typing) so the expert still hears about them.
        if frame.ref is None or frame.ref in self.desk.unawaited:
            self.desk.unawaited.discard(frame.ref or "")
            self.desk.events.request_failed.emit(frame.code, frame.message)

    def _on_HistoryResults(self, frame: p.HistoryResults) -> None:
        self.desk.events.history_results.emit(frame)

    def _on_HistoryTranscript(self, frame: p.HistoryTranscript) -> None:
        conv = Conversation(frame.conversation_id, frame.customer_id, frame.customer_name, frame.channel,
                            frame.language, frame.topic, dict(frame.context), None,
                            Transcript(frame.conversation_id), read_only=True, ended=True)
        conv.started_at = frame.started_at
        conv.transcript.load(IncomingMessage.of(m) for m in frame.messages)
        self.desk.events.history_opened.emit(conv)
