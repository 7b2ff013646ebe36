"""Command-line options shared by both programs.

Every setting has a flag (`--hub-url`, `--kiosk-mode/--no-kiosk-mode`, ...);
values are validated later with the other layers, so a bad flag in a kiosk
shortcut is reported and ignored instead of stopping the program.  Unknown
arguments are passed through (`rest`) for QApplication and the app itself.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .schema import SPECS, Layer, Source


@dataclass(frozen=True)
class CommandLine:
    overrides: dict[str, object] = field(default_factory=dict)
    smoke_test: bool = False  # show the first window, then exit 0 (packaging/smoke_test.py)
    smoke_call: bool = False  # with smoke_test: a loopback video call first (bundle check)
    support_report: bool = False  # print the support report and exit
    settings_file: Path | None = None  # another user-settings file (kiosk images, tests)
    rest: list[str] = field(default_factory=list)

    def layer(self) -> Layer:
        return Layer(Source.COMMAND_LINE, "command line", dict(self.overrides))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the shared options to an app's own parser."""
    group = parser.add_argument_group("settings (override user settings and machine policy)")
    for spec in SPECS:
        if spec.policy_only:
            continue  # IT sets these through policy only
        if spec.type is bool:
            group.add_argument(
                spec.cli_flag,
                dest=spec.key,
                action=argparse.BooleanOptionalAction,
                default=None,
                help=spec.help,
            )
        else:
            group.add_argument(spec.cli_flag, dest=spec.key, default=None, help=spec.help)
    parser.add_argument(
        "--settings-file",
        type=Path,
        default=None,
        help="use this user-settings file instead of the default one",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="show the first window off screen and exit 0 (bundle check)",
    )
    parser.add_argument(
        "--smoke-call",
        action="store_true",
        help="with --smoke-test: make a loopback video call with test media first",
    )
    parser.add_argument(
        "--support-report",
        action="store_true",
        help="print the support report (versions, settings, sources) and exit",
    )


def parse_command_line(argv: Sequence[str], prog: str | None = None) -> CommandLine:
    """Parse argv without the program name (sys.argv[1:])."""
    # allow_abbrev=False: Qt's own options (-style, -platform) must not be
    # mistaken for abbreviations of ours.
    parser = argparse.ArgumentParser(prog=prog, allow_abbrev=False)
    add_arguments(parser)
    return from_namespace(*parser.parse_known_args(list(argv)))


def from_namespace(ns: argparse.Namespace, rest: Sequence[str] = ()) -> CommandLine:
    """Build a CommandLine from a namespace parsed by an app's own parser."""
    overrides = {
        spec.key: getattr(ns, spec.key) for spec in SPECS if getattr(ns, spec.key, None) is not None
    }
    return CommandLine(
        overrides=overrides,
        smoke_test=bool(getattr(ns, "smoke_test", False)),
        smoke_call=bool(getattr(ns, "smoke_call", False)),
        support_report=bool(getattr(ns, "support_report", False)),
        settings_file=getattr(ns, "settings_file", None),
        rest=list(rest),
    )
