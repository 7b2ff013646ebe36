"""The Qt face of a customer's visit: its events as signals, and its transcript's list model.

The rules are in ``customer_client.services.customer_visit``; pages connect here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..domain.problems import Problem
from ..services.customer_visit import CustomerVisit
from .transcript_model import TranscriptModel


class VisitSignals(QObject):
    linkChanged = Signal(str)  # LinkState value
    problemRaised = Signal(str)  # domain.problems.Problem value
    problemCleared = Signal()
    conversationStarted = Signal(str)
    stateChanged = Signal(str)  # bot, new, queued, offered, active, ended
    handoffChanged = Signal(object)  # protocol.HandoffStatus
    queueChanged = Signal(object)  # protocol.QueueStatus
    feedbackRequested = Signal()
    feedbackSent = Signal()
    agentJoined = Signal(str)
    agentTyping = Signal()
    rtcSignal = Signal(object)  # protocol.RtcSignalRelay
    fileStatus = Signal(str)  # sending, sent, or the refusal's code

    def __init__(self, visit: CustomerVisit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.model = TranscriptModel(visit.transcript, self)
        e = visit.events
        e.problem_raised.connect(self._on_problem)
        for event, signal in (
            (e.link_changed, self.linkChanged), (e.problem_cleared, self.problemCleared),
            (e.conversation_started, self.conversationStarted), (e.state_changed, self.stateChanged),
            (e.handoff_changed, self.handoffChanged), (e.queue_changed, self.queueChanged),
            (e.feedback_requested, self.feedbackRequested), (e.feedback_sent, self.feedbackSent),
            (e.agent_joined, self.agentJoined), (e.agent_typing, self.agentTyping),
            (e.rtc_signal, self.rtcSignal), (e.file_status, self.fileStatus),
        ):
            event.connect(signal.emit)

    def _on_problem(self, problem: Problem) -> None:
        self.problemRaised.emit(problem.value)
