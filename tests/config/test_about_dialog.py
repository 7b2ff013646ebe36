"""The Qt About dialog: a table of settings with sources, and Copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from client_core.config import AGENT_DESKTOP, Layer, Source, resolve
from client_core.qt.about_dialog import AboutDialog


def test_about_dialog_table_and_copy(qtbot) -> None:
    settings = resolve(
        AGENT_DESKTOP,
        policy=Layer(
            Source.POLICY,
            "/etc/p.toml",
            {"turn_credential": "pw-9", "kiosk_mode": True},
            locked=frozenset({"kiosk_mode"}),
        ),
    )
    dialog = AboutDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.table.model()
    rows = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(4)]
        for r in range(model.rowCount())
    }
    assert rows["kiosk_mode"] == ["kiosk_mode", "yes", "policy: /etc/p.toml", "yes"]
    assert rows["turn_credential"][1] == "<redacted>"
    assert rows["hub_url"][2] == "default"

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    def body(text: str) -> list[str]:  # all but the "Generated:" time stamp
        return [line for line in text.splitlines() if not line.startswith("Generated:")]

    assert body(copied) == body(dialog.report_text())
    assert "kiosk_mode = yes - policy, locked by IT" in copied and "pw-9" not in copied
