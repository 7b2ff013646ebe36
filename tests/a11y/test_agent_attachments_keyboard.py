"""Files in the expert's conversation through AT-SPI, by keyboard alone: a file the
customer sends is read out and shows as a named row; Enter opens it in the desktop's
viewer (named, in order), whose Save a copy… asks where, and Escape closes both. The
real ``agent-desktop`` against a real hub with a real clamd."""

from __future__ import annotations

from typing import Any

from client_core.attachments import AttachmentClient
from tests.attachment_files import photo_with_metadata

from . import checks
from .checks import assert_named, assert_reading_order, tab_cycle
from .rig import AtSpi
from .test_agent_keyboard import (
    AGENT,
    _dialog,
    accept_a_chat,
    customer,
    go_available,
    sign_in_by_keyboard,
    start_agent,
)

FILE = "vuokrasopimus.jpg"


async def test_received_file_opened_and_saved_by_keyboard(
        atspi: AtSpi, hub_process_with_files: Any, programs: Any) -> None:
    hub = hub_process_with_files
    hub.add_agent("anna", "correct horse", "--languages", "fi,sv,en")
    await start_agent(atspi, hub, programs)
    await sign_in_by_keyboard(atspi)
    await go_available(atspi)
    client, _frames = await customer(hub)
    try:
        conv = await accept_a_chat(atspi, client)

        # The customer's photo: read out, and a row named by the file, its kind and size.
        mark = len(await atspi.announcements())
        files = AttachmentClient(hub.ws_url, hub.customer_token("cust-a11y", "Maija Meikäläinen"))
        await files.upload(conv, FILE, photo_with_metadata())
        await atspi.until("the file read out", lambda: checks.heard(atspi, FILE, since=mark), timeout=20)
        tree = await atspi.tree(AGENT)
        assert_named(tree, "received file")
        rows = [n for n in tree.walk() if n.showing and FILE in n.name and n.role != "label"]
        assert rows and any("Picture" in n.name for n in rows), tree.dump()

        # Beside the message box, Tab goes on as the eye reads: Attach… above Send.
        order = [f["name"] for f in await tab_cycle(atspi, AGENT, limit=60)]
        at = order.index("Message to the customer")
        assert order[at + 1:at + 3] == ["Attach…", "Send"], order

        # Enter on the row (the transcript's last) opens the viewer.
        await checks.focus_named(atspi, AGENT, "Transcript", limit=60)
        await atspi.key("End")
        await atspi.until("the file's row focused",
                          lambda: checks.focused_is(atspi, AGENT, FILE, contains=True))
        await atspi.key("Return")
        await atspi.until("the viewer", lambda: _dialog(atspi, FILE), timeout=20)
        tree = await atspi.tree(AGENT)
        assert_named(tree, "file viewer")
        order = await tab_cycle(atspi, AGENT)
        assert {"Save a copy…", "Close"} <= {f["name"] for f in order}, checks.names(order)
        assert_reading_order(order, "file viewer")

        # Save a copy… asks where (Qt's own file dialog, walked as it is); Escape cancels.
        await checks.focus_named(atspi, AGENT, "Save a copy…")
        await atspi.key("space")
        await atspi.until("the save dialog", lambda: _dialog(atspi, "Save a copy"), timeout=20)
        assert_named(await atspi.tree(AGENT), "save a copy")
        await atspi.key("Escape")
        await atspi.until("back in the viewer", lambda: checks.focused_is(atspi, AGENT, "Save a copy…"))
        await atspi.key("Escape")
        await atspi.until("the viewer closed", lambda: _no_dialog(atspi, FILE))
    finally:
        await client.close()


async def _no_dialog(atspi: AtSpi, part: str) -> bool:
    return not await _dialog(atspi, part)
