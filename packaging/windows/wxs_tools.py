#!/usr/bin/env python3
"""Small WiX helpers that run anywhere (no WiX needed).

    python wxs_tools.py harvest BUNDLE_DIR APP OUT.wxs   # file list of a bundle (v4 Fragment)
    python wxs_tools.py wixl SRC.wxs OUT.wxs             # v4 -> the v3 subset wixl builds
    python wxs_tools.py msi BUNDLE_DIR APP VERSION OUT.msi   # a real MSI on Linux (wixl)

`harvest` replaces WiX's heat: one component per file, component GUIDs derived
from the product's UpgradeCode and the file's path, so they are stable from
build to build (Windows Installer component rules) without a GUID registry.

`wixl` renders the v4 source in the WiX v3 subset msitools' wixl builds.
Component conditions and Secure/Hidden flags have no wixl form; `msi` builds
the MSI with wixl and then writes exactly those into its tables with
`msibuild` (Component.Condition, SecureCustomProperties,
MsiHiddenProperties), so the Linux-built MSI behaves as the v4 source says
and the tests can install it for real under wine's msiexec.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tempfile
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

V4 = "http://wixtoolset.org/schemas/v4/wxs"
V3 = "http://schemas.microsoft.com/wix/2006/wi"
_DEFINE = re.compile(r'<\?define\s+(\w+)\s*=\s*"([^"]*)"\s*\?>')
_VAR = re.compile(r"\$\(var\.(\w+)\)")


def expand(text: str, defines: dict[str, str] | None = None) -> str:
    """Apply <?define?> and -d variables the way WiX's preprocessor does (the part we use)."""
    variables = dict(_DEFINE.findall(text))
    variables.update(defines or {})
    text = _DEFINE.sub("", text)
    return _VAR.sub(lambda m: variables.get(m.group(1), m.group(0)), text)


def load(path: Path, defines: dict[str, str] | None = None) -> ET.Element:
    """Parse a .wxs with its variables expanded (unknown ones stay as $(var.X))."""
    return ET.fromstring(expand(path.read_text(encoding="utf-8"), defines))


def upgrade_code(wxs: Path) -> str:
    return load(wxs).find(f"{{{V4}}}Package").get("UpgradeCode").strip("{}")  # type: ignore[union-attr]


def _id(prefix: str, rel: str) -> str:
    # MSI identifiers: at most 72 chars, letters/digits/underscore/dot.
    return prefix + hashlib.sha1(rel.encode()).hexdigest()[:32]


def harvest(bundle: Path, product_upgrade_code: str) -> str:
    """v4 Fragment with ComponentGroup AppFiles: every file of `bundle` under INSTALLFOLDER."""
    namespace = uuid.UUID(product_upgrade_code)
    ET.register_namespace("", V4)
    root = ET.Element(f"{{{V4}}}Wix")
    fragment = ET.SubElement(root, f"{{{V4}}}Fragment")
    dir_ref = ET.SubElement(fragment, f"{{{V4}}}DirectoryRef", Id="INSTALLFOLDER")
    group = ET.SubElement(fragment, f"{{{V4}}}ComponentGroup", Id="AppFiles")
    dirs: dict[Path, ET.Element] = {Path("."): dir_ref}
    # A Windows bundle has no symlinks; a Linux one (the MSI tests) links libraries
    # to files the bundle already holds, and an MSI cannot carry links: skip them.
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and not _linked(p, bundle)):
        rel = path.relative_to(bundle)
        parent = Path(".")
        for part in rel.parent.parts:
            child = parent / part
            if child not in dirs:
                dirs[child] = ET.SubElement(
                    dirs[parent], f"{{{V4}}}Directory", Id=_id("d", child.as_posix()), Name=part
                )
            parent = child
        comp_id = _id("c", rel.as_posix())
        comp = ET.SubElement(
            dirs[parent], f"{{{V4}}}Component", Id=comp_id,
            Guid="{" + str(uuid.uuid5(namespace, rel.as_posix())).upper() + "}",
        )
        # Relative to -d BundleDir=..., so the fragment does not pin a build path.
        source = "$(var.BundleDir)\\" + "\\".join(rel.parts)
        ET.SubElement(comp, f"{{{V4}}}File", Id=_id("f", rel.as_posix()), Source=source,
                      KeyPath="yes")
        ET.SubElement(group, f"{{{V4}}}ComponentRef", Id=comp_id)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _linked(path: Path, bundle: Path) -> bool:
    return any(p.is_symlink() for p in (path, *path.parents) if p != bundle and bundle in p.parents)


def to_wixl(v4_text: str) -> str:
    """Rewrite a v4 .wxs (variables expanded) into the WiX v3 subset msitools' wixl accepts."""
    src = ET.fromstring(v4_text)
    ET.register_namespace("", V3)
    root = _retag(src)
    product = root.find(f"{{{V3}}}Package")
    if product is not None:
        _package_to_product(root, product)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _retag(elem: ET.Element) -> ET.Element:
    new = ET.Element(elem.tag.replace(f"{{{V4}}}", f"{{{V3}}}"), dict(elem.attrib))
    new.text = elem.text
    for child in elem:
        new.append(_retag(child))
    return new


def _q(tag: str) -> str:
    return f"{{{V3}}}{tag}"


def _package_to_product(root: ET.Element, pkg: ET.Element) -> None:
    pkg.tag = _q("Product")
    pkg.set("Id", "*")
    scope = pkg.attrib.pop("Scope", "perMachine")
    inner = ET.Element(_q("Package"), InstallScope=scope, Compressed=pkg.attrib.pop("Compressed", "yes"),
                       InstallerVersion=pkg.attrib.pop("InstallerVersion", "500"))
    summary = pkg.find(_q("SummaryInformation"))
    if summary is not None:
        inner.set("Description", summary.get("Description", ""))
        pkg.remove(summary)
    pkg.insert(0, inner)

    target = ET.Element(_q("Directory"), Id="TARGETDIR", Name="SourceDir")
    execute = ET.Element(_q("InstallExecuteSequence"))
    ui = ET.Element(_q("InstallUISequence"))
    for child in list(pkg):
        tag = child.tag.removeprefix(f"{{{V3}}}")
        if tag == "StandardDirectory":
            child.tag = _q("Directory")
            target.append(child)
            pkg.remove(child)
        elif tag == "Property":
            child.attrib.pop("Secure", None)
            child.attrib.pop("Hidden", None)
        elif tag == "SetProperty":
            # v3/wixl form: a type-51 custom action scheduled in both sequences.
            action = "Set" + child.get("Id", "")
            pkg.remove(child)
            pkg.append(ET.Element(_q("CustomAction"), Id=action, Property=child.get("Id", ""),
                                  Value=child.get("Value", "")))
            for seq in (execute, ui):
                custom = ET.SubElement(seq, _q("Custom"), Action=action, After=child.get("After", ""))
                custom.text = child.get("Condition", "")
        elif tag in ("ComponentGroup", "Component"):
            _move_components(pkg, child)
    for search in pkg.iter(_q("RegistrySearch")):
        search.set("Win64", "yes")
    pkg.append(target)
    pkg.append(execute)
    pkg.append(ui)
    # v3 allows ComponentGroup only inside a Fragment.
    groups = pkg.findall(_q("ComponentGroup"))
    if groups:
        fragment = ET.SubElement(root, _q("Fragment"))
        for group in groups:
            pkg.remove(group)
            fragment.append(group)


def _move_components(pkg: ET.Element, elem: ET.Element) -> None:
    """wixl wants components inside their directory: move them under a DirectoryRef."""
    components = [elem] if elem.tag == _q("Component") else list(elem.iter(_q("Component")))
    for comp in components:
        directory = comp.attrib.pop("Directory", None) or elem.get("Directory")
        comp.attrib.pop("Condition", None)
        comp.set("Win64", "yes")
        if elem.tag == _q("ComponentGroup"):
            elem.remove(comp)
            ET.SubElement(elem, _q("ComponentRef"), Id=comp.get("Id", ""))
        else:
            pkg.remove(comp)
        ref = ET.SubElement(pkg, _q("DirectoryRef"), Id=directory or "INSTALLFOLDER")
        ref.append(comp)
    elem.attrib.pop("Directory", None)


def _fragment_to_wixl(text: str) -> str:
    root = _retag(ET.fromstring(text))
    for comp in root.iter(_q("Component")):
        comp.set("Win64", "yes")
    for file in root.iter(_q("File")):
        file.set("Source", file.get("Source", "").replace("\\", "/"))
    ET.register_namespace("", V3)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


@dataclass(frozen=True)
class TableFixes:
    """What wixl cannot express, read from the v4 source, applied to the built MSI."""

    conditions: dict[str, str]  # Component id -> condition
    secure: tuple[str, ...]  # public properties passed to the elevated install
    hidden: tuple[str, ...]  # properties kept out of logs
    # SetProperty actions scheduled right after AppSearch ("remember property"): wixl
    # numbers them from AppSearch on but puts the ones that do not fit after
    # InstallFinalize, where they come too late (an uninstall then leaves values behind).
    after_appsearch: tuple[str, ...] = ()

    @classmethod
    def from_v4(cls, v4_text: str) -> TableFixes:
        root = ET.fromstring(v4_text)
        conditions = {
            c.get("Id", ""): c.get("Condition", "")
            for c in root.iter(f"{{{V4}}}Component") if c.get("Condition")
        }
        props = list(root.iter(f"{{{V4}}}Property"))
        return cls(
            conditions,
            tuple(p.get("Id", "") for p in props if p.get("Secure") == "yes"),
            tuple(p.get("Id", "") for p in props if p.get("Hidden") == "yes"),
            tuple("Set" + s.get("Id", "") for s in root.iter(f"{{{V4}}}SetProperty")
                  if s.get("After") == "AppSearch"),
        )

    def queries(self, existing_secure: str, appsearch: int = 50) -> list[str]:
        """SQL for msibuild; `appsearch`: AppSearch's sequence number in the built MSI."""
        out = [
            f"UPDATE `Component` SET `Condition` = '{cond}' WHERE `Component` = '{comp}'"
            for comp, cond in sorted(self.conditions.items())
        ]
        for table in ("InstallExecuteSequence", "InstallUISequence"):
            out += [f"UPDATE `{table}` SET `Sequence` = {appsearch + n} WHERE `Action` = '{action}'"
                    for n, action in enumerate(self.after_appsearch, start=1)]
        # wixl writes its own SecureCustomProperties (the upgrade detection); add ours.
        secure = ";".join([*filter(None, existing_secure.split(";")), *self.secure])
        out.append(f"UPDATE `Property` SET `Value` = '{secure}' "
                   "WHERE `Property` = 'SecureCustomProperties'")
        if self.hidden:
            out.append("INSERT INTO `Property` (`Property`, `Value`) "
                       f"VALUES ('MsiHiddenProperties', '{';'.join(self.hidden)}')")
        return out


def msi_rows(msi: Path, table: str) -> list[list[str]]:
    out = subprocess.run(["msiinfo", "export", str(msi), table], check=True,
                         capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]  # after the 3 header lines


def msi_property(msi: Path, name: str) -> str | None:
    return {row[0]: row[1] for row in msi_rows(msi, "Property") if len(row) > 1}.get(name)


def build_msi(bundle: Path, app: str, version: str, out: Path) -> Path:
    """MSI of a one-folder bundle with msitools (wixl + msibuild), x64, per machine."""
    source = Path(__file__).with_name(f"{app}.wxs")
    v4_text = expand(source.read_text(encoding="utf-8"))
    out = out.resolve()
    with tempfile.TemporaryDirectory(prefix="wixl-") as tmp:
        work = Path(tmp)
        (work / "main.wxs").write_text(to_wixl(v4_text), encoding="utf-8")
        files = harvest(bundle, upgrade_code(source))
        (work / "files.wxs").write_text(_fragment_to_wixl(files), encoding="utf-8")
        (work / "bundle").symlink_to(bundle.resolve())  # wixl takes relative sources only
        subprocess.run(
            ["wixl", "-a", "x64", "-D", f"ProductVersion={version}",
             "-D", "BundleDir=bundle", "main.wxs", "files.wxs", "-o", str(out)],
            cwd=work, check=True, capture_output=True,
        )
    fixes = TableFixes.from_v4(v4_text)
    appsearch = {r[0]: int(r[2]) for r in msi_rows(out, "InstallExecuteSequence")}["AppSearch"]
    queries = fixes.queries(msi_property(out, "SecureCustomProperties") or "", appsearch)
    for query in queries:
        subprocess.run(["msibuild", str(out), "-q", query], check=True, capture_output=True)
    return out


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[0] == "harvest":
        bundle, app, out = Path(argv[1]), argv[2], Path(argv[3])
        code = upgrade_code(Path(__file__).with_name(f"{app}.wxs"))
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(harvest(bundle, code), encoding="utf-8")
        return 0
    if len(argv) == 3 and argv[0] == "wixl":
        text = expand(Path(argv[1]).read_text(encoding="utf-8"))
        is_product = ET.fromstring(text).find(f"{{{V4}}}Package") is not None
        Path(argv[2]).write_text(to_wixl(text) if is_product else _fragment_to_wixl(text),
                                 encoding="utf-8")
        return 0
    if len(argv) == 5 and argv[0] == "msi":
        build_msi(Path(argv[1]), argv[2], argv[3], Path(argv[4]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
