#!/usr/bin/env python3
"""Group Policy templates (ADMX + English and Finnish ADML) for every policy key the
programs read, generated from client_core's settings schema.

    python packaging/windows/admx.py           # rewrite packaging/windows/policy/
    python packaging/windows/admx.py --check   # exit 1 if the committed files are stale

IT copies `policy/kela.admx` to `C:\\Windows\\PolicyDefinitions\\` (or the domain's
central store) and `policy/<lang>/kela.adml` to the language folder beside it; Intune
imports the same pair (Devices > Configuration > Import ADMX). Each policy writes the
value the programs read under HKLM\\SOFTWARE\\Policies\\Kela\\<App>: yes/no settings as
REG_DWORD 1/0, text as REG_SZ, the language as one of its codes, and "Locked settings"
as REG_MULTI_SZ (client_core/config/policy.py reads each of these).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from client_core.config import APPS  # noqa: E402
from client_core.config.schema import LOCKED_KEY, SPECS, UI_LANGUAGES, SettingSpec  # noqa: E402

OUT = Path(__file__).resolve().parent / "policy"
ADMX_NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
NAMESPACE = "Kela.RemoteService.Policies"
LANGUAGES = ("en-US", "fi-FI")
TEXT_MAX = 2048  # characters a text box takes (the longest value, an argon2 hash, is ~100)


@dataclass(frozen=True)
class Texts:
    """One key's display name, explanation and box label in English and Finnish."""

    name: tuple[str, str]
    explain: tuple[str, str]
    label: tuple[str, str] = ("", "")


LOCK_NOTE = (
    "Users can change this value in the program unless its key ({key}) is listed in "
    "the Locked settings policy.",
    "Käyttäjä voi muuttaa arvoa ohjelmassa, ellei sen avainta ({key}) ole lueteltu "
    "Lukitut asetukset -käytännössä.",
)
POLICY_ONLY_NOTE = (
    "Only machine policy can set this value; users cannot change it.",
    "Vain koneen käytäntö voi asettaa tämän arvon; käyttäjä ei voi muuttaa sitä.",
)
READABLE_NOTE = (
    "Policy values can be read by every user of the computer.",
    "Käytäntöjen arvot ovat kaikkien koneen käyttäjien luettavissa.",
)

TEXTS: dict[str, Texts] = {
    "hub_url": Texts(
        ("Service hub address", "Palvelukeskuksen osoite"),
        ("WebSocket address of the service hub, a ws:// or wss:// URL with a host, e.g. "
         "wss://hub.example.fi/ws. Default: ws://127.0.0.1:8750/ws.",
         "Palvelukeskuksen WebSocket-osoite: ws:// tai wss:// -alkuinen URL, jossa on "
         "palvelimen nimi, esim. wss://hub.example.fi/ws. Oletus: ws://127.0.0.1:8750/ws."),
        ("Address:", "Osoite:"),
    ),
    "turn_url": Texts(
        ("TURN server", "TURN-palvelin"),
        ("TURN server for calls through firewalls: a turn:, turns:, stun: or stuns: URI, "
         "e.g. turns:turn.example.fi:5349. Empty: none.",
         "TURN-palvelin puheluille palomuurien läpi: turn:, turns:, stun: tai stuns: "
         "-alkuinen URI, esim. turns:turn.example.fi:5349. Tyhjä: ei palvelinta."),
        ("URI:", "URI:"),
    ),
    "turn_username": Texts(
        ("TURN user name", "TURN-käyttäjätunnus"),
        ("User name for the TURN server. Text.", "TURN-palvelimen käyttäjätunnus. Tekstiä."),
        ("User name:", "Käyttäjätunnus:"),
    ),
    "turn_credential": Texts(
        ("TURN password", "TURN-salasana"),
        ("Password for the TURN server. Never shown in the program's reports.",
         "TURN-palvelimen salasana. Ei näy ohjelman raporteissa."),
        ("Password:", "Salasana:"),
    ),
    "ui_language": Texts(
        ("User-interface language", "Käyttöliittymän kieli"),
        ("Language of the program: Finnish, Swedish, English, Russian or Sorani. "
         "Default: Finnish.",
         "Ohjelman kieli: suomi, ruotsi, englanti, venäjä tai soranî. Oletus: suomi."),
        ("Language:", "Kieli:"),
    ),
    "kiosk_mode": Texts(
        ("Office kiosk mode", "Toimiston asiakaspäätetila"),
        ("Enabled: the program runs as an office kiosk (full screen, no exit). "
         "Disabled: a normal window. Default: disabled.",
         "Käytössä: ohjelma toimii toimiston asiakaspäätteenä (koko näyttö, ei "
         "sulkemista). Ei käytössä: tavallinen ikkuna. Oletus: ei käytössä."),
    ),
    "kiosk_admin_key_hash": Texts(
        ("Kiosk staff exit key", "Asiakaspäätteen henkilökunnan poistumisavain"),
        ("argon2 hash ($argon2id$...) of the key staff type to leave kiosk mode. "
         "Empty: no exit key.",
         "Argon2-tiiviste ($argon2id$...) avaimesta, jolla henkilökunta poistuu "
         "asiakaspäätetilasta. Tyhjä: ei poistumisavainta."),
        ("argon2 hash:", "Argon2-tiiviste:"),
    ),
    "idp_issuer": Texts(
        ("Identity provider", "Tunnistuspalvelu"),
        ("Issuer URL of the OpenID provider people sign in at, an https:// URL, e.g. "
         "https://tunnistus.example.fi; the program reads its "
         "/.well-known/openid-configuration. Empty: sign-in is not set up.",
         "Sen OpenID-palvelun issuer-URL, jossa kirjaudutaan: https:// -alkuinen URL, "
         "esim. https://tunnistus.example.fi; ohjelma lukee sen "
         "/.well-known/openid-configuration -tiedot. Tyhjä: kirjautumista ei ole määritetty."),
        ("Issuer URL:", "Issuer-URL:"),
    ),
    "idp_client_id": Texts(
        ("Client id at the identity provider", "Asiakastunnus tunnistuspalvelussa"),
        ("This program's client id at the OpenID provider. Empty: customer-client, "
         "customer-kiosk (kiosk mode) or agent-desktop.",
         "Ohjelman asiakastunnus (client id) OpenID-palvelussa. Tyhjä: customer-client, "
         "customer-kiosk (asiakaspäätetila) tai agent-desktop."),
        ("Client id:", "Asiakastunnus:"),
    ),
    "idp_resource": Texts(
        ("Service hub's resource at the identity provider", "Palvelukeskuksen resurssi tunnistuspalvelussa"),
        ("Resource indicator of the service hub, the audience of its access tokens. "
         "Empty: urn:kela:service-hub.",
         "Palvelukeskuksen resurssitunniste, sen pääsytunnisteiden yleisö (audience). "
         "Tyhjä: urn:kela:service-hub."),
        ("Resource:", "Resurssi:"),
    ),
    "idp_acr_values": Texts(
        ("Assurance levels to ask for", "Pyydettävät tunnistamisen varmuustasot"),
        ("acr values the sign-in asks the provider for, strongest first, separated by "
         "spaces. Empty: the provider's default.",
         "acr-arvot, joita kirjautuminen pyytää tunnistuspalvelulta, vahvin ensin, "
         "välilyönnein erotettuina. Tyhjä: palvelun oletus."),
        ("acr values:", "acr-arvot:"),
    ),
    "auto_update": Texts(
        ("Automatic updates", "Automaattiset päivitykset"),
        ("Enabled: the program checks for and installs updates. Disabled: IT deploys "
         "updates. Default: enabled.",
         "Käytössä: ohjelma hakee ja asentaa päivitykset. Ei käytössä: IT jakaa "
         "päivitykset. Oletus: käytössä."),
    ),
    "alert_sound": Texts(
        ("Alert sound", "Hälytysääni"),
        ("Enabled: a sound plays on new customers and messages. Default: enabled.",
         "Käytössä: uusista asiakkaista ja viesteistä kuuluu ääni. Oletus: käytössä."),
    ),
    "notifications": Texts(
        ("Desktop notifications", "Työpöytäilmoitukset"),
        ("Enabled: the program shows desktop notifications. Default: enabled.",
         "Käytössä: ohjelma näyttää työpöytäilmoituksia. Oletus: käytössä."),
    ),
    "echo_cancellation": Texts(
        ("Echo cancellation", "Kaiunpoisto"),
        ("Enabled: the other side's voice coming back from the speakers into the "
         "microphone is removed, so no headset is needed. Default: enabled.",
         "Käytössä: kaiuttimista mikrofoniin palaava toisen osapuolen ääni poistetaan, "
         "joten kuulokkeita ei tarvita. Oletus: käytössä."),
    ),
    "noise_suppression": Texts(
        ("Noise suppression", "Kohinanvaimennus"),
        ("Enabled: steady background noise is suppressed from the microphone. "
         "Default: enabled.",
         "Käytössä: tasainen taustamelu vaimennetaan mikrofonin äänestä. Oletus: käytössä."),
    ),
    "auto_gain_control": Texts(
        ("Automatic microphone gain", "Mikrofonin automaattinen äänentaso"),
        ("Enabled: the microphone's speech level is kept even. It raises the echo left "
         "over by about 15 dB, so enable it only for quiet microphones. Default: disabled.",
         "Käytössä: mikrofonin puheen taso pidetään tasaisena. Se nostaa jäljelle jäävää "
         "kaikua noin 15 dB, joten ota se käyttöön vain hiljaisille mikrofoneille. "
         "Oletus: ei käytössä."),
    ),
    "high_pass_filter": Texts(
        ("High-pass filter", "Ylipäästösuodatin"),
        ("Enabled: rumble below speech is removed from the microphone. Default: enabled.",
         "Käytössä: puheen alapuolinen jyminä poistetaan mikrofonin äänestä. "
         "Oletus: käytössä."),
    ),
    "camera": Texts(
        ("Camera", "Kamera"),
        ("Camera to use: the device id the program reports, or part of the camera's "
         "name (e.g. Logitech). Empty: the system's default. The user's own choice is "
         "kept in their settings.",
         "Käytettävä kamera: ohjelman ilmoittama laitetunnus tai osa kameran nimestä "
         "(esim. Logitech). Tyhjä: järjestelmän oletus. Käyttäjän oma valinta "
         "tallennetaan hänen asetuksiinsa."),
        ("Camera:", "Kamera:"),
    ),
    "microphone": Texts(
        ("Microphone", "Mikrofoni"),
        ("Microphone to use: the device id the program reports, or part of the "
         "microphone's name (e.g. Jabra). Empty: the system's default. The user's own "
         "choice is kept in their settings.",
         "Käytettävä mikrofoni: ohjelman ilmoittama laitetunnus tai osa mikrofonin "
         "nimestä (esim. Jabra). Tyhjä: järjestelmän oletus. Käyttäjän oma valinta "
         "tallennetaan hänen asetuksiinsa."),
        ("Microphone:", "Mikrofoni:"),
    ),
    "speaker": Texts(
        ("Speakers or headset", "Kaiuttimet tai kuulokkeet"),
        ("Speakers or headset to use: the device id the program reports, or part of its "
         "name (e.g. Jabra). Empty: the system's default. The user's own choice is kept "
         "in their settings.",
         "Käytettävät kaiuttimet tai kuulokkeet: ohjelman ilmoittama laitetunnus tai osa "
         "laitteen nimestä (esim. Jabra). Tyhjä: järjestelmän oletus. Käyttäjän oma "
         "valinta tallennetaan hänen asetuksiinsa."),
        ("Device:", "Laite:"),
    ),
    LOCKED_KEY: Texts(
        ("Locked settings", "Lukitut asetukset"),
        ("Keys of the settings users cannot change, one per line ({keys}). A locked "
         "setting takes the policy value (or the default) and ignores the user's own "
         "settings and the command line. Lock at least kiosk_mode on kiosks.",
         "Asetukset, joita käyttäjä ei voi muuttaa, yksi avain riville ({keys}). Lukittu "
         "asetus saa käytännön arvon (tai oletuksen) eikä välitä käyttäjän omista "
         "asetuksista tai komentoriviltä. Lukitse asiakaspäätteissä ainakin kiosk_mode."),
        ("Setting keys:", "Asetusten avaimet:"),
    ),
}
GENERAL = {
    "Kela": ("Kela remote customer service", "Kelan etäasiointi"),
    "SUPPORTED": ("Agent Desktop and Customer Client 0.1 or later",
                  "Asiantuntijan työpöytä ja asiakasohjelma 0.1 tai uudempi"),
    "AgentDesktop": ("Agent Desktop", "Asiantuntijan työpöytä"),
    "CustomerClient": ("Customer Client", "Asiakasohjelma"),
    "description": ("Settings of the service expert's desktop and the customer video client.",
                    "Asiantuntijan työpöydän ja asiakkaan videoasiointiohjelman asetukset."),
}
LANGUAGE_NAMES = {
    "fi": ("Finnish", "suomi"), "sv": ("Swedish", "ruotsi"), "en": ("English", "englanti"),
    "ru": ("Russian", "venäjä"), "ckb": ("Kurdish (Sorani)", "kurdi (soranî)"),
}
KEYS = [*(spec.key for spec in SPECS), LOCKED_KEY]


def _sub(parent: ET.Element, tag: str, **attrib: str) -> ET.Element:
    return ET.SubElement(parent, tag, {k.rstrip("_"): v for k, v in attrib.items()})


def admx() -> ET.Element:
    root = ET.Element("policyDefinitions", {"revision": "1.0", "schemaVersion": "1.0",
                                            "xmlns": ADMX_NS})
    spaces = _sub(root, "policyNamespaces")
    _sub(spaces, "target", prefix="kela", namespace=NAMESPACE)
    _sub(spaces, "using", prefix="windows", namespace="Microsoft.Policies.Windows")
    _sub(root, "resources", minRequiredRevision="1.0")
    supported = _sub(_sub(root, "supportedOn"), "definitions")
    _sub(supported, "definition", name="SUPPORTED", displayName="$(string.SUPPORTED)")
    categories = _sub(root, "categories")
    _sub(categories, "category", name="Kela", displayName="$(string.Kela)")
    for app in APPS.values():
        cat = _sub(categories, "category", name=app.name, displayName=f"$(string.{app.name})")
        _sub(cat, "parentCategory", ref="Kela")
    policies = _sub(root, "policies")
    for app in APPS.values():
        for key in KEYS:
            _policy(policies, app.name, app.registry_key, key)
    return root


def _policy(parent: ET.Element, app: str, registry_key: str, key: str) -> None:
    spec = next((s for s in SPECS if s.key == key), None)
    attrib = {"name": f"{app}_{key}", "class": "Machine", "displayName": f"$(string.{key})",
              "explainText": f"$(string.{key}_Explain)", "key": registry_key}
    if spec is not None and spec.type is bool:
        attrib["valueName"] = key
    else:
        attrib["presentation"] = f"$(presentation.{key})"
    policy = _sub(parent, "policy", **attrib)
    _sub(policy, "parentCategory", ref=app)
    _sub(policy, "supportedOn", ref="SUPPORTED")
    if spec is not None and spec.type is bool:
        _sub(_sub(policy, "enabledValue"), "decimal", value="1")
        _sub(_sub(policy, "disabledValue"), "decimal", value="0")
        return
    elements = _sub(policy, "elements")
    if key == LOCKED_KEY:
        _sub(elements, "multiText", id=key, valueName=key, required="true")
    elif key == "ui_language":
        enum = _sub(elements, "enum", id=key, valueName=key, required="true")
        for code in UI_LANGUAGES:
            item = _sub(enum, "item", displayName=f"$(string.lang_{code})")
            ET.SubElement(_sub(item, "value"), "string").text = code
    else:
        _sub(elements, "text", id=key, valueName=key, required="true", maxLength=str(TEXT_MAX))


def explain(key: str, lang: int) -> str:
    text = TEXTS[key].explain[lang]
    if key == LOCKED_KEY:
        return text.format(keys=", ".join(s.key for s in SPECS if not s.policy_only))
    spec: SettingSpec = next(s for s in SPECS if s.key == key)
    notes = [POLICY_ONLY_NOTE[lang] if spec.policy_only else LOCK_NOTE[lang].format(key=key)]
    if spec.secret:
        notes.append(READABLE_NOTE[lang])
    return " ".join([text, *notes])


def adml(lang: int) -> ET.Element:
    root = ET.Element("policyDefinitionResources", {"revision": "1.0", "schemaVersion": "1.0",
                                                    "xmlns": ADMX_NS})
    ET.SubElement(root, "displayName").text = GENERAL["Kela"][lang]
    ET.SubElement(root, "description").text = GENERAL["description"][lang]
    resources = ET.SubElement(root, "resources")
    strings = ET.SubElement(resources, "stringTable")
    for sid in ("Kela", "SUPPORTED", "AgentDesktop", "CustomerClient"):
        _sub(strings, "string", id=sid).text = GENERAL[sid][lang]
    for key in KEYS:
        _sub(strings, "string", id=key).text = TEXTS[key].name[lang]
        _sub(strings, "string", id=f"{key}_Explain").text = explain(key, lang)
    for code in UI_LANGUAGES:
        _sub(strings, "string", id=f"lang_{code}").text = f"{LANGUAGE_NAMES[code][lang]} ({code})"
    table = ET.SubElement(resources, "presentationTable")
    for key in KEYS:
        spec = next((s for s in SPECS if s.key == key), None)
        if spec is not None and spec.type is bool:
            continue
        presentation = _sub(table, "presentation", id=key)
        label = TEXTS[key].label[lang]
        if key == LOCKED_KEY:
            _sub(presentation, "multiTextBox", refId=key).text = label
        elif key == "ui_language":
            _sub(presentation, "dropdownList", refId=key, noSort="true").text = label
        else:
            box = _sub(presentation, "textBox", refId=key)
            ET.SubElement(box, "label").text = label
    return root


def render(root: ET.Element) -> str:
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def files() -> dict[Path, str]:
    out = {OUT / "kela.admx": render(admx())}
    for index, lang in enumerate(LANGUAGES):
        out[OUT / lang / "kela.adml"] = render(adml(index))
    return out


def main(argv: list[str]) -> int:
    stale = []
    for path, text in files().items():
        if "--check" in argv:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    for path in stale:
        print(f"stale: {path.relative_to(ROOT)} (run packaging/windows/admx.py)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
