#!/usr/bin/env python3
"""Screenshots of the customer's device choice: the pre-session check with the live
self-view, level meter and pickers, and the call's "Camera and sound" dialog.

    XDG_RUNTIME_DIR=$PWD/var/pulse-runtime .venv/bin/python scripts/screenshots_devices.py [en ckb fi]

Writes docs/screenshots/customer-<lang>-20-devices-check.png and
customer-<lang>-21-devices-call.png. The camera and the microphone are lavfi
stand-ins (a test picture, a tone: the meter moves); the pickers list what Qt
finds on this machine (with scripts/test.sh's PulseAudio running: its test
devices; no camera here, so the camera picker says so). The page's results are
filled as in scripts/screenshots_customer.py, with an echo figure on the speaker row.
"""

from __future__ import annotations

import asyncio
import sys
import time

import screenshots_customer as sc  # sets the platform and sys.path first
from PySide6.QtWidgets import QApplication  # noqa: E402

from client_core.call import CallMedia, synthetic_audio, synthetic_video  # noqa: E402
from client_core.devices import CameraReport, MicrophoneReport, Remedy  # noqa: E402
from client_core.devices import Verdict as DeviceVerdict  # noqa: E402
from client_core.devices.echo import EchoReport  # noqa: E402
from client_core.precheck.measurement import NetworkMeasurement  # noqa: E402
from client_core.precheck.verdicts import PlatformInfo, check_os  # noqa: E402
from customer_client.domain.flow import Step  # noqa: E402
from customer_client.domain.precheck import (  # noqa: E402
    Checklist,
    camera_item,
    echo_item,
    microphone_item,
    speaker_item,
)
from customer_client.qt.main_window import ClientOptions, MainWindow  # noqa: E402


def wait(loop: asyncio.AbstractEventLoop, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        loop.run_until_complete(asyncio.sleep(0.05))


def checklist() -> Checklist:
    c = Checklist()
    c.put(check_os(PlatformInfo("Windows", "10.0.22631")))
    c.put(camera_item(CameraReport(DeviceVerdict.OK, Remedy.NONE, 45, 30.0, 0.0, 0.0)))
    c.put(microphone_item(MicrophoneReport(DeviceVerdict.OK, Remedy.NONE, -24.0, -8.0, 0.0)))
    c.put(echo_item(EchoReport(DeviceVerdict.OK, Remedy.NONE, -31.0, -69.0, True)))
    c.put(speaker_item(True))
    c.put_network(NetworkMeasurement(connected=True, up_kbit=3000, down_kbit=8200, rtt_ms=35,
                                     jitter_ms=4, loss_pct=0.2))
    return c


def run(window: MainWindow, lang: str, loop: asyncio.AbstractEventLoop) -> None:
    window.choose_language(lang)
    window.flow.step = Step.PRECHECK
    window._show(Step.PRECHECK)  # noqa: SLF001 - the script drives pages directly
    page = window.precheck_page
    page.checklist, page.heard, page.finished = checklist(), True, True
    page.progress.setValue(100)
    page._show_rows()  # noqa: SLF001
    loop.run_until_complete(page.panel.start_preview())
    wait(loop, 1.5)  # frames and levels arrive
    sc.shot(window, lang, 20, "devices-check")
    page.panel.stop_preview()
    dialog = window.open_devices()
    wait(loop, 0.3)
    path = sc.OUT / f"customer-{lang}-21-devices-call.png"
    dialog.grab().save(str(path))
    print(path.relative_to(sc.ROOT))
    dialog.close()


def main() -> int:
    sc.OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    app.setStyleSheet((sc.ROOT / "resources" / "customer" / "style.qss").read_text("utf-8"))
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    options = ClientOptions(
        hub_url="ws://127.0.0.1:9/ws", token=lambda: None,
        media=CallMedia(synthetic_video(640, 480, 30, "testsrc2"), synthetic_audio(440.0)),
        runner_factory=lambda *_: None,  # type: ignore[arg-type,return-value]
        default_language="en",
    )
    for lang in sys.argv[1:] or ["en", "ckb", "fi"]:
        window = MainWindow(options)
        window.resize(*sc.SIZE)
        window.move(0, 0)
        window.show()
        run(window, lang, loop)
        window.hide()
        window.deleteLater()
    loop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
