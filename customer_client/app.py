"""``customer-client``: the customer's chat and video client (QApplication + qasync).

    customer-client --hub-url ws://127.0.0.1:8750/ws --idp-issuer https://idp.example  # sign-in first
    customer-client --token "$CUSTOMER_TOKEN" --hub-url ws://127.0.0.1:8750/ws  # demo: no sign-in
    customer-client --kiosk --synthetic-media       # office terminal look, test devices
    customer-client --demo-script                   # automatic customer for demos
    customer-client --smoke-test                    # packaging check, exits 0
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from client_core.call import CallMedia, RelayPolicy
from client_core.config import CUSTOMER_CLIENT, add_arguments, from_namespace, load_settings
from client_core.config import support_report as make_support_report

if TYPE_CHECKING:
    from .services.devices import DeviceProbes
    from .services.precheck_runner import PrecheckRunner

log = logging.getLogger("customer_client")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="customer-client", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     allow_abbrev=False)
    parser.add_argument("--token", help="a customer token for demos and tests: skips the sign-in "
                                        "(default: $CUSTOMER_TOKEN)")
    parser.add_argument("--kiosk", action="store_true", help="office terminal mode")
    parser.add_argument("--idle-timeout", type=float, default=120.0,
                        help="kiosk: seconds without input before starting over")
    parser.add_argument("--demo-script", action="store_true",
                        help="act as a customer: Finnish chat, a question, ask for a human")
    parser.add_argument("--precheck", action="store_true",
                        help="run the pre-session check without a window, print the report "
                             "as JSON and exit 0 when nothing failed (IT and bundle checks)")
    parser.add_argument("--synthetic-media", action="store_true",
                        help="test picture and tone instead of the camera and microphone")
    parser.add_argument("--text-size", type=int, default=None, metavar="PERCENT",
                        help="text size in percent, e.g. 200 (default: the system's text size)")
    parser.add_argument("--theme", choices=("system", "default", "high-contrast"),
                        default="system", help="look (default: high contrast when the system "
                                               "asks for it)")
    add_arguments(parser)
    return parser


def media_config(synthetic: bool) -> CallMedia:
    """Stand-ins for the devices: lavfi with ``--synthetic-media``, else none (Qt's devices)."""
    return CallMedia.synthetic_sources() if synthetic else CallMedia(None, None)


def default_runner(hub_url: str, probes: DeviceProbes) -> PrecheckRunner:
    from .services.precheck_runner import PrecheckRunner, hub_network_probe

    return PrecheckRunner(probes, hub_network_probe(hub_url))


def run_precheck(hub_url: str, *, synthetic: bool) -> int:
    """The check without a window: the platform's FFmpeg inputs (no sound), OS, network."""
    import asyncio
    import json

    from .services.devices import HeadlessProbes, default_camera, default_microphone

    media = CallMedia.synthetic_sources() if synthetic else CallMedia(default_camera(),
                                                                      default_microphone())
    runner = default_runner(hub_url, HeadlessProbes(media.camera, media.microphone))
    checklist = asyncio.run(runner.run(lambda _result: None))
    report = checklist.report()
    print(json.dumps(report.to_dict(), indent=2))
    for item in report.items:
        print(f"{item.item:>14}: {item.verdict.value}" + (f" ({item.remedy_code})" if item.remedy_code else ""),
              file=sys.stderr)
    print(f"overall: {report.verdict.value} in {checklist.elapsed_s} s", file=sys.stderr)
    return 1 if report.verdict.value == "fail" else 0


def main(argv: Sequence[str] | None = None) -> int:
    args, rest = build_parser().parse_known_args(list(sys.argv[1:] if argv is None else argv))
    cmd = from_namespace(args, rest)
    settings = load_settings(CUSTOMER_CLIENT, cmd)
    if cmd.support_report:
        print(make_support_report(settings))
        return 0
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.precheck:
        return run_precheck(settings.hub_url, synthetic=args.synthetic_media)
    if cmd.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from client_core.i18n import set_ui_language
    from client_core.qt.call_devices import CallDevices

    from .qt.look import Look
    from .qt.main_window import CATALOGS, ClientOptions, KioskOptions, MainWindow
    from .services.sign_in import CustomerSignIn, SignInConfig

    app = QApplication([sys.argv[0], *rest])
    app.setApplicationName(CUSTOMER_CLIENT.name)
    app.setApplicationDisplayName("Kela")
    look = Look(app, text_size=args.text_size, theme=args.theme)  # noqa: F841 - kept for its signal
    language = settings.ui_language
    set_ui_language(app, language, CATALOGS)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    # The token lives in this closure only: never in settings, files or logs.
    token = args.token or os.environ.pop("CUSTOMER_TOKEN", None)
    kiosk = bool(settings.kiosk_mode or args.kiosk)
    sign_in = CustomerSignIn(SignInConfig.from_settings(settings, kiosk=kiosk))
    media = media_config(args.synthetic_media or args.demo_script)
    options = ClientOptions(
        sign_in=sign_in,
        hub_url=settings.hub_url,
        relay=RelayPolicy(settings.turn_url, settings.turn_username, settings.turn_credential),
        token=lambda: token,
        media=media,
        runner_factory=default_runner,
        # The customer's picks are remembered, but not on a shared office terminal.
        devices=CallDevices.from_settings(settings, app, fixed=media, remember=not kiosk),
        default_language=language,
        kiosk=KioskOptions(enabled=kiosk, admin_key_hash=settings.kiosk_admin_key_hash,
                           idle_timeout_s=args.idle_timeout,
                           idle_warning_s=min(30.0, args.idle_timeout / 4)),
    )
    window = MainWindow(options)
    window.resize(1280, 860)
    if kiosk and not cmd.smoke_test:
        window.showFullScreen()
    else:
        window.show()

    done = asyncio.Event()
    app.aboutToQuit.connect(done.set)
    if cmd.smoke_test:
        from client_core.qt.smoke import run_smoke

        def smoke_done(line: str) -> None:
            print(line, flush=True)
            window._allow_close = True  # noqa: SLF001 - the smoke test must be able to exit
            app.quit()
        # The bundle bench sets the delay to 0 to time "first window shown"; the
        # default lets a human watching a smoke run see the window at all.
        QTimer.singleShot(int(os.environ.get("CUSTOMER_CLIENT_SMOKE_DELAY_MS", "1500")),
                          lambda: run_smoke("customer-client", cmd.smoke_call, smoke_done))
    if args.demo_script:
        from .demo import run_demo

        window.visit.spawn(run_demo(window))
    with loop:
        loop.run_until_complete(done.wait())
    return 0


if __name__ == "__main__":
    sys.exit(main())
