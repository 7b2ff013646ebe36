"""The MSIs installed for real: wine's msiexec in a throw-away prefix.

Silent install with properties puts the files in place and writes the machine
policy (read back through client_core's own registry reader); a newer version
upgrades in place and keeps IT's policy; an older one is refused; repair
restores a deleted file; uninstall removes files and values. This catches
sequencing and table errors that reading the tables cannot.

The MSIs carry the Linux PyInstaller bundle when RUN_BUNDLE_TESTS=1 (the suite's
default) and a small stand-in bundle otherwise; wine and msitools are needed
either way (a missing one fails the test).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from client_core.config import APPS, resolve
from client_core.config.policy import read_registry_policy
from tests.realparts import MSITOOLS, missing_tools, require

from .conftest import BUNDLE_TESTS
from .helpers import REPO, load_module
from .wine import Wine, WineWinreg

wxs_tools = load_module("windows/wxs_tools.py", "wxs_tools")
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

EXE = {"customer_client": "customer-client", "agent_desktop": "agent-desktop"}
INSTALL_DIR = {"customer_client": r"C:\Program Files\Kela\Customer Client",
               "agent_desktop": r"C:\Program Files\Kela\Agent Desktop"}
UNINSTALL_KEY = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"
ADMIN_HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"


@pytest.fixture(scope="module")
def wine() -> Iterator[Wine]:
    require(MSITOOLS, missing_tools("wixl", "msibuild", "msiinfo"))
    prefix = Wine.create()
    yield prefix
    prefix.close()


@pytest.fixture(scope="module")
def bundles(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if BUNDLE_TESTS:
        return request.getfixturevalue("linux_bundles")
    dist = tmp_path_factory.mktemp("standin")
    for exe in EXE.values():
        internal = dist / exe / "_internal"
        (internal / "PySide6").mkdir(parents=True)
        (dist / exe / exe).write_bytes(b"\x7fELF stand-in " + exe.encode())
        (internal / "libpython3.11.so.1.0").write_bytes(os.urandom(4096))
        (internal / "PySide6" / "QtCore.abi3.so").write_bytes(os.urandom(4096))
    return dist


def product_code(msi: Path) -> str:
    return wxs_tools.msi_property(msi, "ProductCode")


def files_of(bundle: Path) -> dict[str, Path]:
    """What the MSI carries: regular files (symlinks are not harvested)."""
    return {p.relative_to(bundle).as_posix(): p for p in bundle.rglob("*")
            if p.is_file() and not wxs_tools._linked(p, bundle)}  # noqa: SLF001


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def policy(wine: Wine, app: str):  # noqa: ANN201 - a Layer
    return read_registry_policy(APPS[app].registry_key, winreg=WineWinreg(wine))


def test_customer_client_install_upgrade_repair_uninstall(
    wine: Wine, bundles: Path, tmp_path: Path
) -> None:
    app, exe = "customer_client", EXE["customer_client"]
    bundle = bundles / exe
    # Version 0.2.0 drops one file and adds one, as a real release would.
    newer = tmp_path / "newer" / exe
    shutil.copytree(bundle, newer, symlinks=True)
    dropped = sorted(p for p in files_of(newer) if p.startswith("_internal/"))[0]
    (newer / dropped).unlink()
    (newer / "_internal" / "RELEASE-0.2.0.txt").write_text("0.2.0\n")
    v1 = wxs_tools.build_msi(bundle, app, "0.1.0", tmp_path / "v1.msi")
    v2 = wxs_tools.build_msi(newer, app, "0.2.0", tmp_path / "v2.msi")
    home = wine.drive_c(INSTALL_DIR[app])
    key = APPS[app].registry_key

    # Silent install with IT's properties.
    log = tmp_path / "install.log"
    assert wine.msiexec("/i", wine.windows_path(v1), "HUBURL=wss://hub.example.fi/ws",
                        "KIOSKMODE=1", "UILANGUAGE=sv", "LOCKEDSETTINGS=hub_url,kiosk_mode",
                        f"KIOSKADMINKEYHASH={ADMIN_HASH}", log=log) == 0
    installed = files_of(home)
    assert set(installed) == set(files_of(bundle))
    assert sha(home / exe) == sha(bundle / exe)
    values = wine.reg_values(key)
    assert values is not None
    assert values["hub_url"] == (1, "wss://hub.example.fi/ws")
    assert values["kiosk_mode"] == (1, "1") and values["ui_language"] == (1, "sv")
    assert "turn_url" not in values and "auto_update" not in values  # not given: not written
    settings = resolve(APPS[app], policy=policy(wine, app))
    assert settings.problems == ()
    assert settings.hub_url == "wss://hub.example.fi/ws" and settings.kiosk_mode is True
    assert settings.is_locked("hub_url") and settings.is_locked("kiosk_mode")
    assert settings.kiosk_admin_key_hash == ADMIN_HASH
    assert wine.reg_values(rf"{UNINSTALL_KEY}\{product_code(v1)}")["DisplayVersion"][1] == "0.1.0"

    # A newer version upgrades in place without properties and keeps IT's policy.
    assert wine.msiexec("/i", wine.windows_path(v2)) == 0
    assert set(files_of(home)) == set(files_of(newer))
    assert not (home / dropped).exists() and (home / "_internal" / "RELEASE-0.2.0.txt").is_file()
    assert wine.reg_values(key) == values
    assert wine.reg_values(rf"{UNINSTALL_KEY}\{product_code(v1)}") is None
    assert wine.reg_values(rf"{UNINSTALL_KEY}\{product_code(v2)}")["DisplayVersion"][1] == "0.2.0"

    # The older one is refused (MajorUpgrade's downgrade check) and changes nothing.
    assert wine.msiexec("/i", wine.windows_path(v1)) != 0
    assert (home / "_internal" / "RELEASE-0.2.0.txt").is_file()

    # Repair restores a deleted file. REINSTALL/REINSTALLMODE is what `msiexec /fp` sets
    # on Windows; wine 8's msiexec has no /f, so the suite runs the long form.
    (home / exe).unlink()
    assert wine.msiexec("/i", wine.windows_path(v2), "REINSTALL=ALL", "REINSTALLMODE=p") == 0
    assert sha(home / exe) == sha(newer / exe)
    assert wine.reg_values(key) == values

    # Uninstall removes the files, the policy values the MSI wrote and its registration.
    assert wine.msiexec("/x", wine.windows_path(v2)) == 0
    assert not files_of(home) if home.exists() else True
    assert not (wine.reg_values(key) or {})
    assert wine.reg_values(rf"{UNINSTALL_KEY}\{product_code(v2)}") is None


def test_agent_desktop_install_and_uninstall(wine: Wine, bundles: Path, tmp_path: Path) -> None:
    app, exe = "agent_desktop", EXE["agent_desktop"]
    msi = wxs_tools.build_msi(bundles / exe, app, "0.1.0", tmp_path / "agent.msi")
    home = wine.drive_c(INSTALL_DIR[app])
    assert wine.msiexec("/i", wine.windows_path(msi), "HUBURL=wss://hub.example.fi/ws",
                        "AUTOUPDATE=0") == 0
    assert sha(home / exe) == sha(bundles / exe / exe)
    settings = resolve(APPS[app], policy=policy(wine, app))
    assert settings.hub_url == "wss://hub.example.fi/ws" and settings.auto_update is False
    assert not settings.is_locked("hub_url")
    assert wine.msiexec("/x", wine.windows_path(msi)) == 0
    assert not (home / exe).exists() and not (wine.reg_values(APPS[app].registry_key) or {})


def test_wine_prefix_stays_in_the_worktree(wine: Wine) -> None:
    assert REPO / "var" in wine.prefix.parents
    assert shutil.which("wine") and wine.env["HOME"].startswith(str(REPO / "var"))
