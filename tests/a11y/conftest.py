"""Fixtures for the accessibility tests: the AT-SPI desktop, the screen reader's
side, a hub process, and the real programs started on the desktop."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.hubkit import launch_hub_process
from tests.realparts import ATSPI, require

from .rig import App, AtSpi, Desktop, launch, why_atspi_missing


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    require(ATSPI, why_atspi_missing)
    running = Desktop(tmp_path_factory.mktemp("a11y-desktop")).start()
    yield running
    running.stop()


@pytest.fixture
async def atspi(desktop: Desktop) -> AsyncIterator[AtSpi]:
    reader = await AtSpi(desktop).start()
    yield reader
    await reader.stop()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Any]:
    data_dir = tmp_path / "hubdata"
    data_dir.mkdir()
    running = launch_hub_process(data_dir)
    yield running
    running.proc.terminate()
    try:
        running.proc.wait(10)
    except Exception:
        running.proc.kill()


@pytest.fixture
def programs(desktop: Desktop, tmp_path: Path) -> Iterator[Callable[..., App]]:
    """Start a real program on the desktop; all are stopped after the test."""
    started: list[App] = []

    def start(module: str, bus_name: str, *args: str, env: dict[str, str] | None = None) -> App:
        app = launch(desktop, module, bus_name, list(args), tmp_path / bus_name, env)
        started.append(app)
        return app

    yield start
    for app in started:
        app.stop()
