"""Settings for both desktop programs: command line > user > machine policy > default.

Typical start-up (see docs/deployment.md for what IT can set):

    from client_core.config import AGENT_DESKTOP, load_settings, parse_command_line

    cmd = parse_command_line(sys.argv[1:])
    settings = load_settings(AGENT_DESKTOP, cmd)
    settings.hub_url, settings.source_of("hub_url"), settings.is_locked("hub_url")

Pure Python (no Qt); the Qt About dialog lives in client_core.qt.about_dialog.
"""

from .apps import AGENT_DESKTOP, APPS, CUSTOMER_CLIENT, AppIdentity
from .cli import CommandLine, add_arguments, from_namespace, parse_command_line
from .paths import resources_dir
from .policy import policy_location, read_policy
from .report import support_report
from .schema import SPECS, UI_LANGUAGES, Layer, Problem, SettingValueError, Source
from .settings import ResolvedValue, Settings, load_settings, resolve
from .user_store import UserSettingsStore, default_user_settings_path

__all__ = [
    "AGENT_DESKTOP",
    "APPS",
    "CUSTOMER_CLIENT",
    "SPECS",
    "UI_LANGUAGES",
    "AppIdentity",
    "CommandLine",
    "Layer",
    "Problem",
    "ResolvedValue",
    "SettingValueError",
    "Settings",
    "Source",
    "UserSettingsStore",
    "add_arguments",
    "default_user_settings_path",
    "from_namespace",
    "load_settings",
    "parse_command_line",
    "policy_location",
    "read_policy",
    "resolve",
    "resources_dir",
    "support_report",
]
