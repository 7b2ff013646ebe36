"""macOS Info.plist templates, entitlements and the configuration profile (plistlib lint)."""

from __future__ import annotations

import plistlib
import subprocess
import uuid
from pathlib import Path

import pytest

from client_core.config import APPS, Source, resolve
from client_core.config.policy import read_plist_policy
from client_core.config.schema import LOCKED_KEY, SPEC_BY_KEY

from .helpers import PACKAGING, load_module

MACOS = PACKAGING / "macos"
common = load_module("pyinstaller/common.py", "pyinstaller_common")


def load(path: Path) -> dict:
    with path.open("rb") as fh:
        return plistlib.load(fh)


@pytest.mark.parametrize("app", sorted(APPS))
def test_info_plist_template(app: str) -> None:
    data = load(MACOS / f"{app}.Info.plist")
    assert data["CFBundleIdentifier"] == APPS[app].bundle_id == common.APPS[app].bundle_id
    assert data["CFBundleName"] == APPS[app].display_name == common.APPS[app].display_name
    for key in ("NSCameraUsageDescription", "NSMicrophoneUsageDescription"):
        assert isinstance(data[key], str) and len(data[key]) > 20
    assert set(data["CFBundleLocalizations"]) == {"fi", "sv", "en", "ru", "ckb"}
    assert (
        common.info_plist(common.APPS[app])["CFBundleShortVersionString"]
        == common.project_version()
    )


def test_entitlements_allow_camera_and_microphone() -> None:
    data = load(MACOS / "entitlements.plist")
    assert data["com.apple.security.device.camera"] is True
    assert data["com.apple.security.device.audio-input"] is True


def test_configuration_profile_matches_settings(tmp_path: Path) -> None:
    profile = load(MACOS / "kela-remote-service.mobileconfig")
    assert profile["PayloadType"] == "Configuration" and profile["PayloadScope"] == "System"
    payloads = {p["PayloadType"]: p for p in profile["PayloadContent"]}
    assert set(payloads) == {a.bundle_id for a in APPS.values()}
    uuids = [profile["PayloadUUID"]] + [p["PayloadUUID"] for p in payloads.values()]
    assert len({str(uuid.UUID(u)) for u in uuids}) == 3
    for app in APPS.values():
        payload = payloads[app.bundle_id]
        keys = {k for k in payload if not k.startswith("Payload")}
        assert keys <= set(SPEC_BY_KEY) | {LOCKED_KEY}
        assert "hub_url" in keys
        # What macOS writes to Managed Preferences must read back without problems.
        managed = tmp_path / f"{app.bundle_id}.plist"
        managed.write_bytes(plistlib.dumps(payload))
        layer = read_plist_policy(managed)
        settings = resolve(app, policy=layer)
        assert settings.problems == ()
        assert settings.source_of("hub_url") == Source.POLICY
        assert all(settings.is_locked(k) for k in payload[LOCKED_KEY])


@pytest.mark.parametrize("script", ["macos/build_macos.sh", "build_linux.sh"])
def test_shell_scripts_parse(script: str) -> None:
    subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)
