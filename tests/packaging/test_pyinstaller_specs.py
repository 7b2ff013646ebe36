"""PyInstaller specs: executed with stand-ins for PyInstaller's build classes, so
the test checks what they would build without running a build."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from client_core.config import APPS
from tests.realparts import PYINSTALLER, missing_module, require

from .helpers import PACKAGING, REPO, load_module

common = load_module("pyinstaller/common.py", "pyinstaller_common")


class Recorder:
    calls: list[tuple[str, tuple, dict]] = []

    def __init__(self, *args, **kwargs) -> None:
        Recorder.calls.append((type(self).__name__, args, kwargs))
        self.pure = self.scripts = self.binaries = self.datas = []


def stand_ins() -> dict[str, type]:
    return {
        name: type(name, (Recorder,), {})
        for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    }


def run_spec(app: str, monkeypatch) -> dict[str, tuple[tuple, dict]]:
    import sys

    monkeypatch.setitem(sys.modules, "common", common)  # what the spec imports
    Recorder.calls = []
    spec = PACKAGING / "pyinstaller" / f"{app}.spec"
    code = compile(spec.read_text(), str(spec), "exec")
    globs = {"SPECPATH": str(spec.parent), "DISTPATH": str(spec.parent / "no-such-dist"),
             "__name__": "__main__", **stand_ins()}
    exec(code, globs)  # noqa: S102
    return {name: (args, kwargs) for name, args, kwargs in Recorder.calls}


@pytest.mark.parametrize("app", sorted(APPS))
def test_spec_builds_the_right_program(app: str, monkeypatch) -> None:
    require(PYINSTALLER, missing_module("PyInstaller"))
    calls = run_spec(app, monkeypatch)
    (scripts,), analysis = calls["Analysis"]
    assert [Path(s) for s in scripts] == [common.APPS[app].entry_script]
    assert common.APPS[app].entry_script.is_file()
    for src, _dest in analysis["datas"]:
        assert Path(src).exists(), src
    hidden = set(analysis["hiddenimports"])
    assert {"PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "qasync", "av"} <= hidden
    assert any(h.startswith("aiortc.codecs") for h in hidden)
    assert "PySide6.QtWebEngineCore" in analysis["excludes"]
    assert {"service_hub", "sqlalchemy", "holidays"} <= set(analysis["excludes"])
    _, exe = calls["EXE"]
    assert exe["name"] == app.replace("_", "-") and exe["console"] is False
    assert calls["COLLECT"][1]["name"] == exe["name"]


@pytest.mark.parametrize("app", sorted(APPS))
def test_entry_script_calls_the_console_script_target(app: str) -> None:
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    target = scripts[common.APPS[app].exe_name]
    module, func = target.split(":")
    tree = ast.parse(common.APPS[app].entry_script.read_text())
    imports = {
        (n.module, a.name) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names
    }
    assert (module, func) in imports


@pytest.mark.parametrize("app", sorted(APPS))
def test_build_names_match_settings_identity(app: str) -> None:
    assert common.APPS[app].bundle_id == APPS[app].bundle_id
    assert common.APPS[app].display_name == APPS[app].display_name


def test_resource_datas_keep_layout_and_skip_sources(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "app_fi.qm").write_bytes(b"qm")
    (tmp_path / "translations" / "app_fi.ts").write_text("<TS/>")
    (tmp_path / "style.qss").write_text("QWidget {}")
    monkeypatch.setattr(common, "RESOURCES", tmp_path)
    assert common.resource_datas() == [
        (str(tmp_path / "style.qss"), "resources"),
        (str(tmp_path / "translations" / "app_fi.qm"), "resources/translations"),
    ]
