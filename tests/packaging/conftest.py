"""The Linux bundles, built once per test run when RUN_BUNDLE_TESTS=1 (scripts/test.sh
sets it): the bundle tests smoke-test them, the MSI tests install them under wine.

They are built into var/bundle-test/dist, where `bench/bundle.py --quick` finds them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.realparts import BUNDLE_BUILDS, PYINSTALLER, missing_module, require

from .helpers import PACKAGING, REPO

BUNDLE_TESTS = os.environ.get("RUN_BUNDLE_TESTS") == "1"
BUNDLE_ROOT = REPO / "var" / "bundle-test"


@pytest.fixture(scope="session")
def linux_bundles() -> Path:
    """dist folder with agent-desktop/ and customer-client/ (real PyInstaller builds)."""
    require(BUNDLE_BUILDS, None if BUNDLE_TESTS else
            "turned off: set RUN_BUNDLE_TESTS=1 to build both PyInstaller bundles "
            "(scripts/test.sh does)")
    require(PYINSTALLER, missing_module("PyInstaller"))
    shutil.rmtree(BUNDLE_ROOT, ignore_errors=True)
    env = dict(os.environ, DIST_DIR=str(BUNDLE_ROOT / "dist"), WORK_DIR=str(BUNDLE_ROOT / "work"))
    start = time.monotonic()
    subprocess.run(["bash", str(PACKAGING / "build_linux.sh")], env=env, check=True, cwd=REPO)
    print(f"\nbundle build of both programs took {time.monotonic() - start:.0f} s")
    return BUNDLE_ROOT / "dist"
