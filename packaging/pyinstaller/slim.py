"""Keep a bundle to what the program runs (issue 22: the customer downloads it).

PyInstaller's hooks take every Qt plugin of a used Qt module and every library
those plugins need: the GTK theme (GTK, cairo, pango...), Wayland and EGLFS
platforms, the virtual keyboard (Qt Quick and QML), the PDF image format (Qt
PDF), and all of Qt's own translations. The programs use none of them:

* platforms: xcb (X11 and XWayland) and offscreen (smoke tests, CI) on Linux,
  windows and cocoa elsewhere; input: compose and ibus (dead keys, input methods);
  images: SVG (the icons); multimedia, TLS and GL integration whole.
* Qt's translations (qtbase_*.qm): the programs load only their own catalogues.

`slim()` drops those entries from PyInstaller's TOCs, then (Linux) every shared
library that nothing kept still links to (ELF DT_NEEDED, followed transitively from
the Python extensions, the kept Qt plugins and libpython). Windows and macOS keep
PyInstaller's library set: Qt there loads some DLLs by name (d3dcompiler,
opengl32sw) that no import table shows.

Importable without PyInstaller; `needed_names` asks PyInstaller's bindepend.
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (dest name, source path, type code)

# Qt plugin folder -> substrings of the plugin files kept (None: all of them).
# A folder not listed is dropped whole, so a new Qt's extra plugins stay out too.
QT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("qxcb", "qoffscreen", "qwindows", "qcocoa"),
    "platformthemes": ("xdgdesktopportal",),
    "platforminputcontexts": ("compose", "ibus"),
    "imageformats": ("qsvg",),
    "iconengines": None,
    "multimedia": None,
    "tls": None,
    "xcbglintegrations": None,
    "styles": None,
}
# Qt data the programs never read.
QT_DATA_DROPPED = ("PySide6/Qt/translations/", "PySide6/Qt/qml/")
# Windows: Mesa's software OpenGL (~20 MB). Qt draws with Direct3D 11 and falls back
# to Windows' own WARP rasteriser, as `windeployqt --no-opengl-sw` assumes.
QT_FILES_DROPPED = ("opengl32sw.dll",)

def _plugin_kept(posix: str) -> bool:
    parts = PurePosixPath(posix).parts
    if "plugins" not in parts:
        return True
    i = parts.index("plugins")
    if len(parts) < i + 3:
        return True  # not inside a plugin folder
    wanted = QT_PLUGINS.get(parts[i + 1], ())
    return wanted is None or any(w in parts[-1] for w in wanted)


# Package metadata files nothing reads at run time (importlib.metadata.version() reads
# METADATA; RECORD lists every installed file: 320 kB for PySide6 alone).
METADATA_DROPPED = ("RECORD", "SOURCES.txt", "INSTALLER", "REQUESTED")


def keep_entry(dest: str) -> bool:
    """False for Qt plugins and data the programs do not use."""
    posix = dest.replace("\\", "/")
    path = PurePosixPath(posix)
    if path.parent.suffix in (".dist-info", ".egg-info") and path.name in METADATA_DROPPED:
        return False
    if not posix.startswith("PySide6/"):
        return True
    if PurePosixPath(posix).name.lower() in QT_FILES_DROPPED:
        return False
    if any(posix.startswith(prefix) for prefix in QT_DATA_DROPPED):
        return False
    return _plugin_kept(posix)


def is_shared_library(dest: str) -> bool:
    """A library loaded through DT_NEEDED (not a Python extension, not a Qt plugin)."""
    path = PurePosixPath(dest.replace("\\", "/"))
    return (path.name.startswith("lib") and ".so" in path.name
            and "plugins" not in path.parts and not path.name.endswith(".abi3.so")
            and ".cpython-" not in path.name and path.name != _libpython())


def _libpython() -> str:
    return f"libpython{sys.version_info.major}.{sys.version_info.minor}.so.1.0"


def prune_libraries(binaries: list[Entry], needed_names: Callable[[str], Iterable[str]]) -> list[Entry]:
    """Drop shared libraries nothing kept links to; `needed_names(path)` lists DT_NEEDED."""
    by_name: dict[str, Entry] = {}
    for entry in binaries:
        if entry[2] != "SYMLINK" and is_shared_library(entry[0]):
            by_name.setdefault(PurePosixPath(entry[0]).name, entry)
    todo = [e[1] for e in binaries if e[2] != "SYMLINK" and not is_shared_library(e[0])]
    reached: set[str] = set()
    while todo:
        for name in needed_names(todo.pop()):
            if name in by_name and name not in reached:
                reached.add(name)
                todo.append(by_name[name][1])
    kept_dests = {e[0] for e in binaries
                  if e[2] == "SYMLINK" or not is_shared_library(e[0])
                  or PurePosixPath(e[0]).name in reached}
    # A symlink stays only if what it points at stays.
    return [e for e in binaries if e[0] in kept_dests
            and (e[2] != "SYMLINK" or _link_target(e) in kept_dests)]


def _link_target(entry: Entry) -> str:
    target = PurePosixPath(entry[0]).parent / entry[1]
    parts: list[str] = []
    for part in target.parts:  # normalise "a/b/../c" without touching the disk
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def needed_names(path: str) -> list[str]:
    from PyInstaller.depend.bindepend import get_imports

    return [name for name, _resolved in get_imports(path)]


def slim(binaries: list[Entry], datas: list[Entry], *, platform: str = sys.platform,
         needed: Callable[[str], Iterable[str]] = needed_names) -> tuple[list[Entry], list[Entry]]:
    """(binaries, datas) without unused Qt parts and, on Linux, unreferenced libraries."""
    binaries = [e for e in binaries if keep_entry(e[0])]
    datas = [e for e in datas if keep_entry(e[0])]
    if platform.startswith("linux"):
        binaries = prune_libraries(binaries, needed)
    # PyInstaller lists the links to relocated libraries among the datas.
    kept = {e[0] for e in (*binaries, *datas) if e[2] != "SYMLINK"}
    return ([e for e in binaries if e[2] != "SYMLINK" or _link_target(e) in kept],
            [e for e in datas if e[2] != "SYMLINK" or _link_target(e) in kept])


def strip_bundle(folder: Path, run: Callable[[list[str]], object] | None = None) -> list[Path]:
    """Remove debug symbols from the bundle's ELF files (Linux); returns what was stripped.

    `strip` rewrites files that patchelf edited (auditwheel's vendored libraries, Qt's
    own FFmpeg) into ones the loader refuses ("ELF load command address/offset not
    page-aligned"), so each file is stripped into a copy that replaces it only when
    its loadable segments are still aligned. Libraries in auditwheel's
    ``<package>.libs/`` folders come stripped and are not touched at all.
    """
    import shutil
    import subprocess
    import tempfile

    run = run or (lambda cmd: subprocess.run(cmd, check=True, capture_output=True))
    # Not the executable itself: PyInstaller appends its archive to the ELF file.
    files = [p for p in sorted(folder.rglob("*"))
             if p.is_file() and not p.is_symlink() and p.parent != folder and _is_elf(p)
             and not any(part.endswith(".libs") for part in p.relative_to(folder).parts)]
    stripped = []
    with tempfile.TemporaryDirectory(prefix="strip-") as tmp:
        for path in files:
            copy = Path(tmp) / path.name
            run(["strip", "--strip-unneeded", "-o", str(copy), str(path)])
            if copy.is_file() and load_segments_aligned(copy.read_bytes()):
                shutil.copymode(path, copy)
                copy.replace(path)
                stripped.append(path)
    return stripped


def load_segments_aligned(elf: bytes) -> bool:
    """True when every PT_LOAD segment satisfies offset == vaddr (mod align), what
    glibc's loader checks; only 64-bit little-endian ELF is judged (others: False)."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        return False
    phoff, = struct.unpack_from("<Q", elf, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", elf, 0x36)
    for i in range(phnum):
        p_type, _flags, offset, vaddr, _paddr, _filesz, _memsz, align = struct.unpack_from(
            "<IIQQQQQQ", elf, phoff + i * phentsize)
        if p_type == 1 and align > 1 and offset % align != vaddr % align:
            return False
    return True


def _is_elf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"
