"""The supervisor's console at the hub (no Qt): the wallboard, conversations
being monitored (read-only transcripts with their whispers), and the actions:
whisper, take over, reassign, set an expert's state.

It listens on the same hub connection as the expert's desk (a supervisor also
serves customers); ``agent_desktop.qt.supervisor_signals`` adapts its events.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from agent_desktop.domain.conversation import Conversation
from client_core.conversation.transcript import IncomingMessage, Transcript
from client_core.events import Event
from client_core.hub_client import HubClient
from client_core.tasks import TaskSet
from hub_protocol import frames as p

from .hub_requests import request_in_background


class SupervisionEvents:
    def __init__(self) -> None:
        self.wallboard_changed: Event[p.Wallboard] = Event("wallboard")
        self.monitor_opened: Event[str] = Event("monitor opened")
        self.monitor_ended: Event[str] = Event("monitor ended")
        self.whisper_added: Event[str] = Event("whisper")  # conversation id
        self.request_failed: Event[str, str] = Event("supervision request failed")  # code, message


class Supervision:
    def __init__(self, client: HubClient) -> None:
        self.client = client
        self.events = SupervisionEvents()
        self.board: p.Wallboard | None = None
        self.monitored: dict[str, Conversation] = {}
        self.whispers: dict[str, list[p.WhisperNote]] = {}
        self._tasks = TaskSet("supervision request")
        client.add_listener(self._on_frame)

    def close(self) -> None:
        self.client.remove_listener(self._on_frame)
        self._tasks.cancel_all()

    # ------------------------------------------------------------ requests

    def _request(self, frame: Any, on_done: Callable[[Any], None] | None = None) -> asyncio.Future[Any]:
        return request_in_background(self.client, self._tasks, self.events.request_failed, frame, on_done)

    def watch(self, on: bool = True) -> asyncio.Future[Any]:
        return self._request(p.SupervisorWatch(on=on))

    def monitor(self, conversation_id: str) -> asyncio.Future[Any]:
        return self._request(p.SupervisorMonitor(conversation_id=conversation_id))

    def stop_monitoring(self, conversation_id: str) -> asyncio.Future[Any]:
        return self._request(p.SupervisorMonitor(conversation_id=conversation_id, on=False),
                             lambda _ack: self._forget(conversation_id))

    def whisper(self, conversation_id: str, text: str) -> asyncio.Future[Any] | None:
        text = text.strip()[:2000]
        if not text:
            return None
        return self._request(p.SupervisorWhisper(conversation_id=conversation_id, text=text))

    def take_over(self, conversation_id: str) -> asyncio.Future[Any]:
        return self._request(p.SupervisorTakeOver(conversation_id=conversation_id),
                             lambda _ack: self._forget(conversation_id))

    def reassign(self, conversation_id: str, agent_id: int, note: str = "") -> asyncio.Future[Any]:
        return self._request(p.SupervisorReassign(conversation_id=conversation_id, agent_id=agent_id,
                                                  note=note.strip()[:2000]))

    def set_state(self, agent_id: int, state: str) -> asyncio.Future[Any]:
        return self._request(p.SupervisorAgentState(agent_id=agent_id, state=state))  # type: ignore[arg-type]

    def _forget(self, conversation_id: str) -> None:
        if self.monitored.pop(conversation_id, None) is not None:
            self.events.monitor_ended.emit(conversation_id)

    # ------------------------------------------------------------ frames in

    def _on_frame(self, frame: Any) -> None:
        if isinstance(frame, p.Wallboard):
            self.board = frame
            self.events.wallboard_changed.emit(frame)
        elif isinstance(frame, p.MonitorOpened):
            conv = Conversation(frame.conversation_id, "", frame.customer_name, frame.channel, frame.language,
                                frame.topic, dict(frame.context), None,
                                # Nobody's own messages here: the supervisor only reads.
                                Transcript(frame.conversation_id, own_sender="-"),
                                read_only=True)
            conv.context["serving_expert"] = frame.agent_name
            conv.transcript.load(IncomingMessage.of(m) for m in frame.messages)
            self.monitored[conv.id] = conv
            self.whispers[conv.id] = list(frame.whispers)
            self.events.monitor_opened.emit(conv.id)
        elif isinstance(frame, p.ChatMessage) and frame.conversation_id in self.monitored:
            self.monitored[frame.conversation_id].transcript.add(IncomingMessage.of(frame))
        elif isinstance(frame, p.WhisperNote) and frame.conversation_id in self.monitored:
            self.whispers.setdefault(frame.conversation_id, []).append(frame)
            self.events.whisper_added.emit(frame.conversation_id)
        elif isinstance(frame, p.ConversationStatus) and frame.conversation_id in self.monitored:
            conv = self.monitored[frame.conversation_id]
            if frame.state in ("ended", "queued") and not conv.ended:
                conv.ended = True
                self.events.monitor_ended.emit(conv.id)
