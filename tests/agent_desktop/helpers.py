"""Building blocks for the desktop flow tests: a window, a signed-in agent, customers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent_desktop.domain.canned import CannedLibrary
from agent_desktop.qt.main_window import MainWindow
from agent_desktop.qt.media import expert_synthetic_media
from client_core.config import AGENT_DESKTOP, load_settings
from client_core.hub_client import HubClient
from hub_protocol import frames as p
from tests.agent_desktop.conftest import FAST_RECONNECT, Aio
from tests.hubkit import FrameLog

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def make_window(hub: Any, tmp_path: Path, qtbot: Any) -> MainWindow:
    settings = load_settings(AGENT_DESKTOP, ["--hub-url", hub.ws_url, "--no-alert-sound"],
                             user_settings_path=tmp_path / "settings.json")
    # lavfi camera and tone: the device check before Available passes, calls have media.
    window = MainWindow(settings, CannedLibrary.load(RESOURCES / "canned"), hub_options=FAST_RECONNECT,
                        media=expert_synthetic_media())
    window.force_close = True
    qtbot.addWidget(window)
    window.show()
    return window


def sign_in(aio: Aio, window: MainWindow, username: str = "anna", password: str = "correct horse") -> None:
    window.sign_in.username.setText(username)
    window.sign_in.password.setText(password)
    window.sign_in.button.click()
    aio.until(lambda: window.desk is not None and window.stack.currentWidget() is window.workspace,
              what="the workspace after sign-in")


def go_available(aio: Aio, window: MainWindow) -> None:
    """Available from the status menu; the device check's sound question answered "heard"."""
    combo = window.status.combo
    combo.setCurrentIndex(combo.findData("available"))
    combo.activated.emit(combo.currentIndex())

    def available_or_asked() -> bool:
        check = window.device_check
        if check is not None and check.question.isVisible():
            check.yes.click()
        return window.status.state == "available"

    aio.until(available_or_asked, timeout=20, what="status available")


class Customer:
    """A customer simulated with the real HubClient on the same qasync loop."""

    def __init__(self, aio: Aio, hub: Any, subject: str = "cust-1", name: str = "Maija Meikäläinen") -> None:
        self.aio = aio
        self.client = HubClient(hub.ws_url, hub.customer_token(subject, name),
                                backoff_initial_s=0.05, backoff_max_s=0.4)
        self.log = FrameLog(self.client)
        aio.run(self.client.start())
        self.conv = ""

    def start_and_hand_off(self, text: str = "Haluan puhua ihmisen kanssa") -> str:
        ack = self.aio.run(self.client.request(p.ChatStart(channel="chat", language="fi",
                                                           topic="social_assistance")))
        self.conv = ack.conversation_id
        self.aio.run(self.log.wait_for(p.ChatMessage, sender="bot"))
        self.aio.run(self.client.send_chat(self.conv, text))
        self.aio.run(self.log.wait_for(p.HandoffStatus, available=True))
        self.aio.run(self.client.request(p.HandoffRequest(conversation_id=self.conv)))
        return self.conv

    def say(self, text: str) -> None:
        self.aio.run(self.client.send_chat(self.conv, text))

    def wait_text(self, text: str, timeout: float = 10.0) -> Any:
        return self.aio.run(self.log.wait_for(p.ChatMessage, timeout=timeout, text=text), timeout + 2)

    def close(self) -> None:
        self.aio.run(self.client.close())
