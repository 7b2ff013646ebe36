"""The Qt face of the expert's desk: each of its events as a signal, nothing more.

The rules are in ``agent_desktop.services.agent_desk``; views connect here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from agent_desktop.services.agent_desk import AgentDesk


class DeskSignals(QObject):
    linkStateChanged = Signal(str)
    agentStatusChanged = Signal(str, object)  # state, since (server datetime)
    queuesChanged = Signal(list)  # list[QueueRow]
    offerReceived = Signal(object)  # OfferSummary
    offerRevoked = Signal(str, str)  # offer id, reason
    conversationOpened = Signal(str)
    conversationEnded = Signal(str)
    messageArrived = Signal(str, str)  # conversation id, sender
    typingChanged = Signal(str, bool)
    historyResults = Signal(object)  # p.HistoryResults
    historyOpened = Signal(object)  # Conversation (read only)
    requestFailed = Signal(str, str)  # code, message
    signInFailed = Signal(str, str)
    supervisionChanged = Signal(str)  # conversation id: viewed by / whispered to

    def __init__(self, desk: AgentDesk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        e = desk.events
        for event, signal in (
            (e.link_changed, self.linkStateChanged), (e.status_changed, self.agentStatusChanged),
            (e.queues_changed, self.queuesChanged), (e.offer_received, self.offerReceived),
            (e.offer_revoked, self.offerRevoked), (e.conversation_opened, self.conversationOpened),
            (e.conversation_ended, self.conversationEnded), (e.message_arrived, self.messageArrived),
            (e.typing_changed, self.typingChanged), (e.history_results, self.historyResults),
            (e.history_opened, self.historyOpened), (e.request_failed, self.requestFailed),
            (e.sign_in_failed, self.signInFailed), (e.supervision_changed, self.supervisionChanged),
        ):
            event.connect(signal.emit)
