"""WiX v4 sources: structure, stable GUIDs, property -> policy mapping, and a real
MSI built with msitools' wixl + msibuild (test_msi_install.py installs one)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from client_core.config import APPS
from client_core.config.schema import LOCKED_KEY, SPEC_BY_KEY
from tests.realparts import MSITOOLS, missing_tools, needs

from .helpers import PACKAGING, load_module

wxs_tools = load_module("windows/wxs_tools.py", "wxs_tools")
NS = {"w": wxs_tools.V4}
WINDOWS = PACKAGING / "windows"

# Never change these: they tie all versions of a product together.
UPGRADE_CODES = {
    "agent_desktop": "0E12F3E0-F304-4B61-B15C-FBDBD08FABF1",
    "customer_client": "89521A04-49E2-4E2E-B2FD-777FE8BF8CE3",
}
PROPERTIES = {  # public MSI property -> policy value name read by client_core.config
    "HUBURL": "hub_url",
    "TURNURL": "turn_url",
    "UILANGUAGE": "ui_language",
    "KIOSKMODE": "kiosk_mode",
    "AUTOUPDATE": "auto_update",
    "KIOSKADMINKEYHASH": "kiosk_admin_key_hash",
    "LOCKEDSETTINGS": LOCKED_KEY,
}
GUID = re.compile(r"^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$")


def package(app: str):
    return wxs_tools.load(WINDOWS / f"{app}.wxs").find("w:Package", NS)


@pytest.mark.parametrize("app", sorted(UPGRADE_CODES))
def test_package_basics(app: str) -> None:
    pkg = package(app)
    assert pkg.get("Scope") == "perMachine"
    assert pkg.get("UpgradeCode") == "{" + UPGRADE_CODES[app] + "}"
    assert pkg.get("Version") == "$(var.ProductVersion)"  # given by the build (-d)
    assert pkg.get("Manufacturer") == "Kela"
    assert pkg.find("w:MajorUpgrade", NS).get("DowngradeErrorMessage")
    assert pkg.find("w:MediaTemplate", NS).get("EmbedCab") == "yes"
    refs = {r.get("Id") for r in pkg.iterfind("w:Feature/w:ComponentGroupRef", NS)}
    assert refs == {"AppFiles", "PolicyValues"}
    shortcut = pkg.find(".//w:Shortcut", NS)
    assert shortcut.get("Target") == f"[INSTALLFOLDER]{app.replace('_', '-')}.exe"


@pytest.mark.parametrize("app", sorted(UPGRADE_CODES))
def test_properties_map_to_policy_values_settings_reads(app: str) -> None:
    pkg = package(app)
    key = APPS[app].registry_key
    props = {p.get("Id"): p for p in pkg.iterfind("w:Property", NS)}
    values = {}
    for comp in pkg.iterfind("w:ComponentGroup[@Id='PolicyValues']/w:Component", NS):
        reg = comp.find("w:RegistryValue", NS)
        assert reg.get("Root") == "HKLM" and reg.get("Key") == key
        assert reg.get("Type") == "string" and reg.get("KeyPath") == "yes"
        prop = reg.get("Value").strip("[]")
        # written only when the property was given
        assert comp.get("Condition") == f'{prop} <> ""'
        assert GUID.match(comp.get("Guid"))
        values[prop] = reg.get("Name")
    assert values == PROPERTIES
    for prop, name in PROPERTIES.items():
        assert name in SPEC_BY_KEY or name == LOCKED_KEY
        assert props[prop].get("Secure") == "yes", "needed to pass the value to the server side"
        search = props[f"SAVED_{prop}"].find("w:RegistrySearch", NS)
        assert (search.get("Root"), search.get("Key"), search.get("Name")) == ("HKLM", key, name)
        [setp] = [s for s in pkg.iterfind("w:SetProperty", NS) if s.get("Id") == prop]
        assert setp.get("Value") == f"[SAVED_{prop}]" and setp.get("After") == "AppSearch"
    assert props["KIOSKADMINKEYHASH"].get("Hidden") == "yes"


def test_guids_are_unique_across_products() -> None:
    guids = [
        c.get("Guid")
        for app in UPGRADE_CODES
        for c in package(app).iter(f"{{{wxs_tools.V4}}}Component")
    ] + ["{" + code + "}" for code in UPGRADE_CODES.values()]
    assert len(guids) == len(set(guids))


def test_harvest_is_stable_and_relative(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path, "agent-desktop")
    first = wxs_tools.harvest(bundle, UPGRADE_CODES["agent_desktop"])
    assert first == wxs_tools.harvest(bundle, UPGRADE_CODES["agent_desktop"])
    assert (
        str(tmp_path) not in first and "$(var.BundleDir)\\_internal\\PySide6\\Qt6Core.dll" in first
    )
    assert first.count("<ns0:") == 0 and first.count("<Component ") == 3


def fake_bundle(tmp_path: Path, exe: str) -> Path:
    bundle = tmp_path / exe
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    (bundle / f"{exe}.exe").write_bytes(b"MZ fake")
    (bundle / "_internal" / "python311.dll").write_bytes(b"dll")
    (bundle / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"dll")
    return bundle


def msi_table(msi: Path, table: str) -> list[list[str]]:
    out = subprocess.run(
        ["msiinfo", "export", str(msi), table], check=True, capture_output=True, text=True
    ).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]  # skip the 3 header lines


@needs(MSITOOLS, missing_tools("wixl", "msiinfo", "msibuild"))  # Debian: wixl msitools (scripts/setup.sh)
@pytest.mark.parametrize("app", sorted(UPGRADE_CODES))
def test_wixl_builds_msi_with_policy_rows(app: str, tmp_path: Path) -> None:
    exe = app.replace("_", "-")
    msi = wxs_tools.build_msi(fake_bundle(tmp_path, exe), app, "1.2.3", tmp_path / f"{exe}.msi")
    props = dict(row[:2] for row in msi_table(msi, "Property"))
    assert props["ALLUSERS"] == "1"  # per-machine
    assert props["UpgradeCode"].upper() == "{" + UPGRADE_CODES[app] + "}"
    assert props["ProductVersion"] == "1.2.3"
    # What wixl cannot express, written by build_msi from the v4 source:
    assert set(PROPERTIES) <= set(props["SecureCustomProperties"].split(";"))
    assert "KIOSKADMINKEYHASH" in props["MsiHiddenProperties"].split(";")
    conditions = {r[0]: r[4] for r in msi_table(msi, "Component")}
    assert conditions["PolicyHubUrl"] == 'HUBURL <> ""'
    key = APPS[app].registry_key
    policy_rows = {r[3]: r[4] for r in msi_table(msi, "Registry") if r[1] == "2" and r[2] == key}
    assert policy_rows == {name: f"[{prop}]" for prop, name in PROPERTIES.items()}
    locators = {r[3] for r in msi_table(msi, "RegLocator") if r[2] == key}
    assert locators == set(PROPERTIES.values())
    actions = {r[0]: r[2] for r in msi_table(msi, "CustomAction")}
    assert {f"Set{p}" for p in PROPERTIES} <= set(actions)
    # Every remembered property is restored right after AppSearch, before anything
    # that reads it (wixl alone put some after InstallFinalize).
    for table in ("InstallExecuteSequence", "InstallUISequence"):
        seq = {r[0]: int(r[2]) for r in msi_table(msi, table)}
        for prop in PROPERTIES:
            assert seq["AppSearch"] < seq[f"Set{prop}"] < seq["LaunchConditions"], (table, prop)
    upgrade = msi_table(msi, "Upgrade")
    assert {r[0].upper() for r in upgrade} == {"{" + UPGRADE_CODES[app] + "}"}
    files = {r[2] for r in msi_table(msi, "File")}
    assert files == {f"{exe}.exe", "python311.dll", "Qt6Core.dll"}
