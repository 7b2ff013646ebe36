"""packaging/pyinstaller/slim.py on made-up TOCs (the real bundle: test_bundle_build.py)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from .helpers import load_module

slim = load_module("pyinstaller/slim.py", "pyinstaller_slim")
QT = "PySide6/Qt/plugins"


@pytest.mark.parametrize(("dest", "kept"), [
    (f"{QT}/platforms/libqxcb.so", True),
    (f"{QT}/platforms/libqoffscreen.so", True),
    (f"{QT}/platforms/libqwayland.so", False),
    (f"{QT}/platforms/libqeglfs.so", False),
    (f"{QT}/platformthemes/libqgtk3.so", False),
    (f"{QT}/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    (f"{QT}/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
    (f"{QT}/imageformats/libqsvg.so", True),
    (f"{QT}/imageformats/libqico.so", False),
    (f"{QT}/imageformats/libqpdf.so", False),
    (f"{QT}/multimedia/libffmpegmediaplugin.so", True),
    (f"{QT}/wayland-shell-integration/libxdg-shell.so", False),
    (f"{QT}/some-new-kind/libnew.so", False),  # not listed: left out
    ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/Qt/translations/qtbase_fi.qm", False),
    ("PySide6/opengl32sw.dll", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
    ("pyside6_essentials-6.11.3.dist-info/RECORD", False),
    ("pyside6_essentials-6.11.3.dist-info/METADATA", True),  # the support report's versions
    ("av-18.1.0.dist-info/licenses/LICENSE.txt", True),
    ("kela_remote_service.egg-info/SOURCES.txt", False),
])
def test_keep_entry(dest: str, kept: bool) -> None:
    assert slim.keep_entry(dest) is kept


def test_unreferenced_libraries_and_their_links_go(tmp_path: Path) -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        (f"{QT}/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        (f"{QT}/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
        ("libX11.so.6", "/s/libX11.so.6", "BINARY"),
    ]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libgtk-3.so.0.link", "libgtk-3.so.0", "SYMLINK"),
        ("PySide6/Qt/translations/qt_fi.qm", "/s/qt_fi.qm", "DATA"),
        ("resources/style.qss", "/s/style.qss", "DATA"),
    ]
    graph = {
        "/s/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/s/libqxcb.so": ["libQt6XcbQpa.so.6", "libQt6Gui.so.6"],
        "/s/libQt6XcbQpa.so.6": ["libX11.so.6", "libc.so.6"],
        "/s/libqgtk3.so": ["libgtk-3.so.0"],
        "/s/libgtk-3.so.0": ["libcairo.so.2", "libX11.so.6"],
    }
    kept_b, kept_d = slim.slim(binaries, datas, platform="linux",
                               needed=lambda path: graph.get(path, []))
    assert {e[0] for e in kept_b} == {
        "PySide6/QtGui.abi3.so", f"{QT}/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6", "libX11.so.6"}
    assert {e[0] for e in kept_d} == {"libQt6Gui.so.6", "resources/style.qss"}
    # Elsewhere only the Qt parts go: DLLs loaded by name have no import entry to follow.
    win_b, _ = slim.slim(binaries, datas, platform="win32", needed=lambda path: [])
    assert "libcairo.so.2" in {e[0] for e in win_b}


def elf(offset: int, vaddr: int, align: int = 0x1000) -> bytes:
    """A 64-bit little-endian ELF header with one PT_LOAD program header."""
    header = bytearray(64)
    header[:6] = b"\x7fELF\x02\x01"
    struct.pack_into("<Q", header, 0x20, 64)  # e_phoff
    struct.pack_into("<HH", header, 0x36, 56, 1)  # e_phentsize, e_phnum
    return bytes(header) + struct.pack("<IIQQQQQQ", 1, 5, offset, vaddr, vaddr, 64, 64, align)


def test_load_segment_alignment() -> None:
    assert slim.load_segments_aligned(elf(0x2000, 0x5000))
    assert slim.load_segments_aligned(elf(0x2010, 0x5010))
    assert not slim.load_segments_aligned(elf(0x2010, 0x5000))  # what strip did to patchelf'd libs
    assert not slim.load_segments_aligned(b"MZ not an ELF file")


def test_strip_keeps_files_it_would_break_and_skips_exe_and_vendored(tmp_path: Path) -> None:
    bundle = tmp_path / "customer-client"
    for rel in ("customer-client", "_internal/libpython3.11.so.1.0", "_internal/av/frame.abi3.so",
                "_internal/PySide6/Qt/lib/libavformat.so.61",
                "_internal/numpy.libs/libscipy_openblas64_.so"):
        (bundle / rel).parent.mkdir(parents=True, exist_ok=True)
        (bundle / rel).write_bytes(elf(0x1000, 0x1000) + b"\0" * 4096)  # "with symbols"
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    (bundle / "_internal" / "liblink.so").symlink_to("libpython3.11.so.1.0")
    seen: list[str] = []

    def fake_strip(cmd: list[str]) -> None:
        assert cmd[:3] == ["strip", "--strip-unneeded", "-o"]
        out, src = Path(cmd[3]), cmd[4]
        seen.append(Path(src).relative_to(bundle).as_posix())
        broken = src.endswith("libavformat.so.61")  # as strip does to patchelf'd files
        out.write_bytes(elf(0x1010, 0x1000) if broken else elf(0x1000, 0x1000))

    stripped = slim.strip_bundle(bundle, run=fake_strip)
    assert set(seen) == {"_internal/libpython3.11.so.1.0", "_internal/av/frame.abi3.so",
                         "_internal/PySide6/Qt/lib/libavformat.so.61"}
    assert {p.relative_to(bundle).as_posix() for p in stripped} == {
        "_internal/libpython3.11.so.1.0", "_internal/av/frame.abi3.so"}
    assert (bundle / "_internal/libpython3.11.so.1.0").stat().st_size < 200
    assert (bundle / "_internal/PySide6/Qt/lib/libavformat.so.61").stat().st_size > 4096
