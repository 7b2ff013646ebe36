"""What both PyInstaller specs share: names, entry scripts, data files, hidden imports.

Kept importable without PyInstaller (the hook helpers are imported inside the
functions that need them) so the tests can check the build inputs cheaply.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
RESOURCES = REPO_ROOT / "resources"
MACOS_DIR = REPO_ROOT / "packaging" / "macos"


@dataclass(frozen=True)
class AppBuild:
    package: str  # Python package of the program
    exe_name: str  # file name of the executable and of the one-folder bundle
    display_name: str  # what the user sees (macOS .app name, Windows shortcut)
    bundle_id: str  # macOS bundle identifier == managed-preferences domain
    entry_script: Path

    @property
    def info_plist_template(self) -> Path:
        return MACOS_DIR / f"{self.package}.Info.plist"

    def icon(self, suffix: str) -> str | None:
        """Icon file if the resources ship one (".ico" on Windows, ".icns" on macOS)."""
        path = RESOURCES / "icons" / f"{self.package}{suffix}"
        return str(path) if path.is_file() else None


# Names must stay in step with client_core.config.apps (the tests check that).
APPS: dict[str, AppBuild] = {
    "agent_desktop": AppBuild(
        package="agent_desktop",
        exe_name="agent-desktop",
        display_name="Agent Desktop",
        bundle_id="fi.kela.agentdesktop",
        entry_script=HERE / "launch_agent_desktop.py",
    ),
    "customer_client": AppBuild(
        package="customer_client",
        exe_name="customer-client",
        display_name="Customer Client",
        bundle_id="fi.kela.customerclient",
        entry_script=HERE / "launch_customer_client.py",
    ),
}

# Translation sources and caches are not needed at run time; .qm files are.
_SKIP_SUFFIXES = {".ts", ".pyc", ".pro"}

# Qt modules the apps use directly or through client_core.  QtMultimedia's
# PyInstaller hook brings the multimedia (FFmpeg) plugin; QtSvg brings the
# SVG icon plugins.  Listed explicitly so the bundle is complete even before
# every app module imports them.
QT_MODULES = [
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtSvg",
]

# Python packages the programs never import: the server and what only it uses.
# (service_hub is also kept out by the import-linter contract; this makes sure no
# hook or leftover import brings it into a bundle.)
SERVER_MODULES = [
    "service_hub",
    "sqlalchemy",
    "alembic",
    "asyncpg",
    "psycopg",
    "psycopg_binary",
    "aiosqlite",
    "rapidfuzz",
    "holidays",
    "jwt",
]

# Big Qt parts nothing here uses; excluded so a stray import by a hook cannot
# pull hundreds of megabytes into the bundle.
EXCLUDES = [
    "tkinter",
    # test tools a dev venv has; never needed at run time
    "pytest",
    "_pytest",
    "hypothesis",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.Qt3DCore",
    "PySide6.QtQuick3D",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtPdf",  # the customer's; the agent's file viewer keeps it (AGENT_EXCLUDES)
    "PySide6.QtPdfWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    # numpy parts nothing here imports (client_core uses arrays, means, and numpy.fft and
    # numpy.random in the speaker check's echo measurement, client_core.devices.echo;
    # PyAV converts frames to and from arrays)
    "numpy.f2py",
    "numpy.distutils",
    "numpy.testing",
    "numpy.typing",
    "numpy.polynomial",
    "numpy.ma",
    # Python's CJK legacy codecs (Shift-JIS, GB, Big5, EUC-KR...): the hub speaks UTF-8
    # and Qt decodes what the user types; ~1 MB of extension modules
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_cn",
    "_codecs_tw",
    "_codecs_hk",
    "_codecs_iso2022",
    "_multibytecodec",
    # pydantic's debug pretty-printer and what it drags in
    "rich",
    "pygments",
    "markdown_it",
    "mdurl",
    # The server never ships to a client (issue 22).
    *SERVER_MODULES,
]

# The agent desktop shows the PDFs customers send (agent_desktop/qt/attachment_view.py).
AGENT_EXCLUDES = [m for m in EXCLUDES if m not in ("PySide6.QtPdf", "PySide6.QtPdfWidgets")]

# Linux bundles lose their debug symbols after COLLECT (slim.strip_bundle, which
# knows which files strip would break); Windows and macOS binaries ship as built.
STRIP = sys.platform.startswith("linux")

# Distributions whose metadata the support report reads via importlib.metadata.
METADATA = ["kela-remote-service", "aiortc", "av", "PySide6-Essentials", "qasync"]


def project_version() -> str:
    data = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def resource_datas() -> list[tuple[str, str]]:
    """(source file, destination dir) pairs for everything under resources/."""
    datas: list[tuple[str, str]] = []
    if not RESOURCES.is_dir():
        return datas
    for path in sorted(RESOURCES.rglob("*")):
        if not path.is_file() or path.suffix in _SKIP_SUFFIXES or "__pycache__" in path.parts:
            continue
        dest = Path("resources") / path.parent.relative_to(RESOURCES)
        datas.append((str(path), str(dest)))
    return datas


def hidden_imports(app: AppBuild) -> list[str]:
    """Modules PyInstaller's import analysis cannot see (lazy or dynamic imports)."""
    from PyInstaller.utils.hooks import collect_submodules

    names = [*QT_MODULES, "qasync"]
    # The app and client_core load views/plugins lazily; take them whole.
    names += collect_submodules(app.package)
    names += collect_submodules("client_core")
    # aiortc imports its codecs lazily by MIME type; aioice resolves STUN/TURN
    # host names through dnspython, whose record types are imported by name.
    names += collect_submodules("aiortc")
    names += collect_submodules("dns.rdtypes")
    names += ["pylibsrtp", "google_crc32c", "av"]
    # The audio processing module (client_core.call.audio_processing) imports livekit lazily.
    names += ["livekit.rtc"]
    return sorted(set(names))


def extra_datas() -> list[tuple[str, str]]:
    from PyInstaller.utils.hooks import collect_dynamic_libs, copy_metadata

    datas = resource_datas()
    # livekit's native library (WebRTC's APM), loaded by path from its package folder.
    datas += collect_dynamic_libs("livekit")
    for dist in METADATA:
        try:
            datas += copy_metadata(dist)
        except Exception:  # a missing optional dist must not break the build
            print(f"[spec] note: no metadata for {dist}", file=sys.stderr)
    return datas


def info_plist(app: AppBuild) -> dict[str, object]:
    """The macOS Info.plist template with the real version filled in."""
    import plistlib

    with app.info_plist_template.open("rb") as fh:
        data: dict[str, object] = plistlib.load(fh)
    version = project_version()
    data["CFBundleShortVersionString"] = version
    data["CFBundleVersion"] = version
    return data
