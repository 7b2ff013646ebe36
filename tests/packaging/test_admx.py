"""Group Policy templates (packaging/windows/policy) against the settings schema the
programs read: same keys, same types, every string and presentation present, and what
Group Policy would write reads back through client_core's own registry reader."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from client_core.config import APPS, resolve
from client_core.config.policy import read_registry_policy
from client_core.config.schema import LOCKED_KEY, SPECS, UI_LANGUAGES

from .helpers import PACKAGING, load_module

admx_tool = load_module("windows/admx.py", "kela_admx")
POLICY = PACKAGING / "windows" / "policy"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
LANGS = ("en-US", "fi-FI")


def admx() -> ET.Element:
    return ET.parse(POLICY / "kela.admx").getroot()


def adml(lang: str) -> ET.Element:
    return ET.parse(POLICY / lang / "kela.adml").getroot()


def policies(app: str) -> dict[str, ET.Element]:
    """valueName -> policy element, for one program's registry key."""
    out = {}
    for pol in admx().iterfind("p:policies/p:policy", NS):
        if pol.get("key") != APPS[app].registry_key:
            continue
        name = pol.get("valueName") or pol.find("p:elements/*", NS).get("valueName")
        assert name not in out, f"two policies write {name}"
        out[name] = pol
    return out


def test_committed_templates_are_what_the_schema_generates() -> None:
    assert admx_tool.main(["--check"]) == 0, "run packaging/windows/admx.py and commit"


@pytest.mark.parametrize("app", sorted(APPS))
def test_same_keys_and_types_as_the_schema(app: str) -> None:
    found = policies(app)
    assert set(found) == {s.key for s in SPECS} | {LOCKED_KEY}
    for spec in SPECS:
        pol = found[spec.key]
        assert pol.get("class") == "Machine" and pol.find("p:parentCategory", NS).get("ref") == APPS[app].name
        elements = pol.find("p:elements", NS)
        if spec.type is bool:  # REG_DWORD 1 / 0, which the reader takes as yes / no
            assert pol.find("p:enabledValue/p:decimal", NS).get("value") == "1"
            assert pol.find("p:disabledValue/p:decimal", NS).get("value") == "0"
            assert elements is None
        elif spec.key == "ui_language":
            items = [i.find("p:value/p:string", NS).text for i in elements.find("p:enum", NS)]
            assert tuple(items) == UI_LANGUAGES
        else:
            [text] = list(elements)
            assert text.tag == f"{{{NS['p']}}}text" and text.get("expandable") is None
    [locked] = list(found[LOCKED_KEY].find("p:elements", NS))
    assert locked.tag == f"{{{NS['p']}}}multiText"  # REG_MULTI_SZ: a list the reader takes


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_and_presentation_is_defined(lang: str) -> None:
    text = (POLICY / "kela.admx").read_text(encoding="utf-8")
    strings = {s.get("id"): s.text for s in adml(lang).iterfind(".//p:stringTable/p:string", NS)}
    presentations = {p.get("id"): p for p in adml(lang).iterfind(".//p:presentation", NS)}
    for ref in set(re.findall(r"\$\(string\.(\w+)\)", text)):
        assert strings.get(ref), f"{lang}: no string {ref}"
    for ref in set(re.findall(r"\$\(presentation\.(\w+)\)", text)):
        assert ref in presentations, f"{lang}: no presentation {ref}"
        # every element of the policy has a control with the same refId
        for pol in admx().iterfind("p:policies/p:policy", NS):
            if pol.get("presentation") == f"$(presentation.{ref})":
                ids = {e.get("id") for e in pol.find("p:elements", NS)}
                assert ids == {c.get("refId") for c in presentations[ref]}
    # Each explanation tells IT whether users can change the value.
    for spec in SPECS:
        explain = strings[f"{spec.key}_Explain"]
        marker = admx_tool.POLICY_ONLY_NOTE if spec.policy_only else admx_tool.LOCK_NOTE
        assert marker[LANGS.index(lang)].format(key=spec.key) in explain


def gpo_values(pol: ET.Element, value: object) -> list[tuple[str, object, int]]:
    """The registry value Group Policy writes for an enabled policy (winreg types)."""
    if pol.get("valueName"):
        return [(pol.get("valueName"), 1 if value else 0, 4)]  # REG_DWORD
    element = next(iter(pol.find("p:elements", NS)))
    kind = element.tag.split("}")[1]
    if kind == "multiText":
        return [(element.get("valueName"), list(value), 7)]  # REG_MULTI_SZ
    if kind == "enum":
        codes = [i.find("p:value/p:string", NS).text for i in element]
        assert value in codes
    return [(element.get("valueName"), value, 1)]  # REG_SZ


@pytest.mark.parametrize("app", sorted(APPS))
def test_what_group_policy_writes_the_program_reads(app: str) -> None:
    from tests.config.test_policy_readers import FakeWinreg

    chosen = {"hub_url": "wss://hub.example.fi/ws", "turn_url": "turns:turn.example.fi:5349",
              "turn_username": "kela", "turn_credential": "s3cret", "ui_language": "ru",
              "kiosk_mode": True, "kiosk_admin_key_hash": "$argon2id$v=19$m=65536,t=3,p=4$abc",
              "auto_update": False, "alert_sound": False, "notifications": True,
              LOCKED_KEY: ["hub_url", "kiosk_mode"]}
    found = policies(app)
    rows = [row for key, value in chosen.items() for row in gpo_values(found[key], value)]
    layer = read_registry_policy(APPS[app].registry_key,
                                 winreg=FakeWinreg({APPS[app].registry_key: rows}))
    settings = resolve(APPS[app], policy=layer)
    assert settings.problems == ()
    for key, value in chosen.items():
        if key != LOCKED_KEY:
            assert getattr(settings, key) == value, key
    assert settings.is_locked("hub_url") and settings.is_locked("kiosk_mode")
    assert not settings.is_locked("ui_language")
