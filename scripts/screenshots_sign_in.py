"""Screenshots of the customer client's sign-in: at home and at a kiosk, in the five languages.

    .venv/bin/python scripts/screenshots_sign_in.py

Runs the test identity provider (tools/oidc-provider, as the tests do) so the
kiosk's QR code and short code are a real device authorization. Writes
docs/screenshots/customer-<lang>-00-sign-in.png (home, before and while the
browser is open) and customer-<lang>-00-kiosk-sign-in.png.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from client_core.call import CallMedia  # noqa: E402
from client_core.config import resources_dir  # noqa: E402
from client_core.i18n import set_ui_language  # noqa: E402
from customer_client.qt.main_window import CATALOGS, ClientOptions, KioskOptions, MainWindow  # noqa: E402
from customer_client.services.sign_in import CustomerSignIn, SignInConfig  # noqa: E402
from tests.idpkit import start_provider  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


async def settle(rounds: int = 8) -> None:
    # The loop (qasync) paints while it waits; processEvents() here would run the
    # sign-in task inside this one.
    for _ in range(rounds):
        await asyncio.sleep(0.02)


def window_for(issuer: str, kiosk: bool) -> MainWindow:
    window = MainWindow(ClientOptions(
        hub_url="ws://127.0.0.1:9/ws", token=lambda: None,
        media=CallMedia.synthetic_sources(320, 240, 15),
        runner_factory=lambda *_: None,  # type: ignore[arg-type,return-value]
        kiosk=KioskOptions(enabled=kiosk, idle_timeout_s=600),
        sign_in=CustomerSignIn(SignInConfig(issuer, "customer-kiosk" if kiosk else "customer-client")),
        open_url=lambda _url: None,  # nobody at the browser: the page waits
    ))
    window.resize(1280, 860)
    window.show()
    return window


async def save(window: MainWindow, name: str) -> None:
    await settle()
    path = OUT / name
    window.grab().toImage().save(str(path))
    print(path)


async def main() -> None:
    provider = start_provider(ROOT / "var" / "idp-screenshots")
    try:
        for lang in ("fi", "sv", "en", "ru", "ckb"):
            home = window_for(provider.issuer, kiosk=False)
            home.choose_language(lang)
            await save(home, f"customer-{lang}-00-sign-in.png")
            home.start_sign_in()
            for _ in range(50):
                await asyncio.sleep(0.05)
                if home.sign_in_page.status.isVisible():
                    break
            await save(home, f"customer-{lang}-00-sign-in-browser.png")
            home.identity.cancel()
            await asyncio.sleep(0.1)
            home._allow_close = True
            home.close()

            kiosk = window_for(provider.issuer, kiosk=True)
            kiosk.choose_language(lang)
            for _ in range(100):
                await asyncio.sleep(0.05)
                if kiosk.sign_in_page.qr.matrix:
                    break
            await save(kiosk, f"customer-{lang}-00-kiosk-sign-in.png")
            kiosk.identity.cancel()
            await asyncio.sleep(0.1)
            kiosk._allow_close = True
            kiosk.close()
            set_ui_language(QApplication.instance(), "en", CATALOGS)
    finally:
        provider.proc.terminate()
        provider.proc.wait(10)


if __name__ == "__main__":
    app = QApplication(sys.argv)
    app.setStyleSheet((resources_dir() / "customer" / "style.qss").read_text(encoding="utf-8"))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main())
