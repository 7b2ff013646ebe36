"""`agent-desktop`: the service expert's workstation.

Start-up in a few clear lines: settings (command line > user > policy >
defaults), translations, look, the window, then the qasync loop until quit.

    agent-desktop --hub-url ws://hub.example:8750/ws
    AGENT_DESKTOP_PASSWORD=... agent-desktop --username anna      # demo auto sign-in
    agent-desktop --smoke-test                                    # packaging check
    agent-desktop --synthetic-media                               # test picture and tone in calls
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence

from client_core.config import AGENT_DESKTOP, Settings, add_arguments, from_namespace, load_settings

CATALOGS = ("agent_desktop",)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agent-desktop", description="Service expert workstation",
                                     allow_abbrev=False)
    add_arguments(parser)
    parser.add_argument("--username", help="sign in as this user; the password comes from "
                                           "the AGENT_DESKTOP_PASSWORD environment variable")
    parser.add_argument("--available", action="store_true",
                        help="after the automatic sign-in, go Available at once (the demo)")
    parser.add_argument("--theme", choices=("default", "high-contrast"), default=None,
                        help="look of the program (default: as chosen in Settings)")
    parser.add_argument("--text-size", type=int, default=None, metavar="PERCENT",
                        help="text size in percent, e.g. 130 (default: as chosen in Settings)")
    parser.add_argument("--synthetic-media", action="store_true",
                        help="test picture and tone instead of the camera and microphone")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args, rest = build_parser().parse_known_args(list(sys.argv[1:] if argv is None else argv))
    command_line = from_namespace(args, rest)
    settings = load_settings(AGENT_DESKTOP, command_line)
    if command_line.support_report:
        from client_core.config import support_report

        print(support_report(settings))
        return 0

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], *rest])
    app.setOrganizationName("Kela")
    app.setApplicationName(AGENT_DESKTOP.name)
    app.setApplicationDisplayName(AGENT_DESKTOP.display_name)
    app.setQuitOnLastWindowClosed(True)
    return run(app, settings, args, smoke_test=command_line.smoke_test,  # type: ignore[arg-type]
               smoke_call=command_line.smoke_call)


def apply_look(app, settings: Settings, theme: str | None, text_size: int | None) -> None:  # type: ignore[no-untyped-def]
    from client_core.i18n import set_ui_language

    from .qt.settings_dialog import ui_prefs
    from .qt.theme import apply_theme

    set_ui_language(app, settings.ui_language, CATALOGS)
    prefs = ui_prefs()
    size = max(80, min(text_size or int(prefs.value("text_size", 100)), 250))
    base = app.property("baseFontPt") or app.font().pointSizeF()
    app.setProperty("baseFontPt", base)
    apply_theme(app, theme or str(prefs.value("theme", "default")), size / 100, base)
    font = app.font()
    font.setPointSizeF(base * size / 100)
    app.setFont(font)


def run(app, settings: Settings, args: argparse.Namespace, *, smoke_test: bool = False,  # type: ignore[no-untyped-def]
        smoke_call: bool = False) -> int:
    import qasync
    from PySide6.QtCore import QTimer

    from agent_desktop.domain.canned import CannedLibrary
    from client_core.config import resources_dir
    from client_core.tasks import drain, spawn

    from .qt.main_window import MainWindow

    apply_look(app, settings, args.theme, args.text_size)

    def reload_settings() -> Settings:
        fresh = load_settings(AGENT_DESKTOP, from_namespace(args, []))
        apply_look(app, fresh, args.theme, args.text_size)
        return fresh

    from .qt.media import expert_synthetic_media

    media = expert_synthetic_media() if args.synthetic_media else None  # None: real devices
    window = MainWindow(settings, CannedLibrary.load(resources_dir() / "canned"), reload_settings,
                        media=media)
    window.show()

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    quitting = asyncio.Event()
    app.aboutToQuit.connect(quitting.set)

    if smoke_test:
        from client_core.qt.smoke import run_smoke

        def smoke_done(line: str) -> None:
            print(line, window.windowTitle(), flush=True)
            window.force_close = True
            app.quit()

        # The bench sets the delay to 0 to time "first window shown"; the default
        # lets a human watching a smoke run see the window at all.
        QTimer.singleShot(int(os.environ.get("AGENT_DESKTOP_SMOKE_DELAY_MS", "200")),
                          lambda: run_smoke("agent-desktop", smoke_call, smoke_done))

    password = os.environ.get("AGENT_DESKTOP_PASSWORD", "")
    if args.username and password and not smoke_test:
        window.sign_in.username.setText(args.username)

        async def auto_sign_in() -> None:
            if await window.sign_in_with(args.username, password) and args.available:
                # The same path as the status menu: the device check first when video is served.
                await window.choose_state("available")

        spawn(auto_sign_in())

    async def until_quit() -> None:
        await quitting.wait()
        if window.desk is not None:
            await window.desk.close()
        await drain(1.0)

    with loop:
        loop.run_until_complete(until_quit())
    return 0


if __name__ == "__main__":
    sys.exit(main())
