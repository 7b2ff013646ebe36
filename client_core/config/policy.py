"""Machine policy: what IT set for every user of a machine.

One reader per OS, each returning a `Layer` of raw values:

* Windows: HKLM\\SOFTWARE\\Policies\\<Vendor>\\<App> (MSI properties, GPO)
* macOS:   /Library/Managed Preferences/<bundle-id>.plist (configuration profile)
* Linux:   /etc/<app-dir>/policy.toml

The paths (and the winreg module) are parameters so tests can point them at
temporary files or a fake registry.  A reader never raises for bad content:
it records a `Problem` and returns what it could read.
"""

from __future__ import annotations

import plistlib
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

from .apps import AppIdentity
from .schema import LOCKED_KEY, SPEC_BY_KEY, Layer, Source

MACOS_MANAGED_PREFERENCES = Path("/Library/Managed Preferences")
LINUX_POLICY_ROOT = Path("/etc")


def macos_policy_path(app: AppIdentity) -> Path:
    return MACOS_MANAGED_PREFERENCES / f"{app.bundle_id}.plist"


def linux_policy_path(app: AppIdentity) -> Path:
    return LINUX_POLICY_ROOT / app.linux_dir / "policy.toml"


def policy_location(app: AppIdentity, platform: str | None = None) -> str:
    """Human-readable place IT puts policy on this OS (for docs and reports)."""
    platform = platform or sys.platform
    if platform == "win32":
        return "HKLM\\" + app.registry_key
    if platform == "darwin":
        return str(macos_policy_path(app))
    return str(linux_policy_path(app))


def read_policy(
    app: AppIdentity,
    *,
    platform: str | None = None,
    path: Path | None = None,
    winreg: ModuleType | Any | None = None,
) -> Layer:
    """Machine policy for `app` on `platform` (default: this OS)."""
    platform = platform or sys.platform
    if platform == "win32":
        return read_registry_policy(app.registry_key, winreg=winreg)
    if platform == "darwin":
        return read_plist_policy(path or macos_policy_path(app))
    return read_toml_policy(path or linux_policy_path(app))


def read_toml_policy(path: Path) -> Layer:
    layer = Layer(Source.POLICY, str(path), {})
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return layer
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        layer.problem(None, f"cannot read policy file, ignoring it: {exc}")
        return layer
    return _normalise(layer, data)


def read_plist_policy(path: Path) -> Layer:
    layer = Layer(Source.POLICY, str(path), {})
    try:
        with path.open("rb") as fh:
            data = plistlib.load(fh)
    except FileNotFoundError:
        return layer
    except (OSError, plistlib.InvalidFileException, ValueError) as exc:
        layer.problem(None, f"cannot read managed preferences, ignoring them: {exc}")
        return layer
    if not isinstance(data, dict):
        layer.problem(None, "managed preferences are not a dictionary, ignoring them")
        return layer
    # Profiles managed by MDM add bookkeeping keys such as PayloadUUID.
    data = {k: v for k, v in data.items() if not k.startswith(("Payload", "com.apple."))}
    return _normalise(layer, data)


def read_registry_policy(key_path: str, *, winreg: ModuleType | Any | None = None) -> Layer:
    if winreg is None:
        import winreg  # noqa: PLC0415 - exists only on Windows
    layer = Layer(Source.POLICY, "HKLM\\" + key_path, {})
    # The MSI is x64, so read the 64-bit view even from a 32-bit process.
    access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key_path, 0, access)
    except FileNotFoundError:
        return layer
    except OSError as exc:
        layer.problem(None, f"cannot open registry key, ignoring it: {exc}")
        return layer
    data: dict[str, object] = {}
    with key:
        index = 0
        while True:
            try:
                name, value, kind = winreg.EnumValue(key, index)
            except OSError:  # no more values
                break
            index += 1
            if kind == winreg.REG_EXPAND_SZ:
                value = winreg.ExpandEnvironmentStrings(value)
            elif kind not in (winreg.REG_SZ, winreg.REG_DWORD, winreg.REG_MULTI_SZ):
                layer.problem(name, f"unsupported registry type {kind}, ignored")
                continue
            # Registry value names are case-insensitive; ours are lower case.
            data[name.lower()] = value
    return _normalise(layer, data)


def _normalise(layer: Layer, data: dict[str, Any]) -> Layer:
    """Split out the locked list, drop empty and unknown values (noting why)."""
    locked_raw = data.pop(LOCKED_KEY, None)
    for key, value in data.items():
        if key not in SPEC_BY_KEY:
            layer.problem(key, "unknown setting, ignored")
        elif value == "":
            # MSI and GPO tools leave empty strings for "not configured".
            continue
        else:
            layer.values[key] = value
    layer.locked = frozenset(_parse_locked(layer, locked_raw))
    return layer


def _parse_locked(layer: Layer, raw: object) -> list[str]:
    if raw is None or raw == "":
        return []
    if isinstance(raw, str):  # REG_SZ / MSI property: "hub_url, kiosk_mode"
        names = raw.replace(";", ",").replace(" ", ",").split(",")
    elif isinstance(raw, list | tuple) and all(isinstance(n, str) for n in raw):
        names = list(raw)
    else:
        layer.problem(LOCKED_KEY, f"expected a list of setting names, got {raw!r}; nothing locked")
        return []
    locked = []
    for name in (n.strip() for n in names):
        if not name:
            continue
        if name in SPEC_BY_KEY:
            locked.append(name)
        else:
            layer.problem(LOCKED_KEY, f"unknown setting {name!r} in locked list, ignored")
    return locked
