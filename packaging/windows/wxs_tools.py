#!/usr/bin/env python3
"""Small WiX helpers that run anywhere (no WiX needed).

    python wxs_tools.py harvest BUNDLE_DIR APP OUT.wxs   # file list of a bundle (v4 Fragment)
    python wxs_tools.py wixl SRC.wxs OUT.wxs             # v4 -> the v3 subset wixl builds

`harvest` replaces WiX's heat: one component per file, component GUIDs derived
from the product's UpgradeCode and the file's path, so they are stable from
build to build (Windows Installer component rules) without a GUID registry.

`wixl` exists only to check the sources on Linux with msitools' wixl (see
tests/packaging): it rewrites the v4 constructs wixl lacks.  Component
conditions and Secure/Hidden flags have no wixl form and are dropped there;
the tests check them on the v4 source instead.
"""

from __future__ import annotations

import hashlib
import re
import sys
import uuid
import xml.etree.ElementTree as ET
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
    for path in sorted(p for p in bundle.rglob("*") if p.is_file()):
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
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
