"""Two hub processes on one PostgreSQL (in one test process): what one
process mirrors of the other's customers stays true (found by the
rolling-upgrade drill, tests/reliability/upgrade_drill.py)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from hub_protocol import frames as p
from tests.hubkit import (
    NO_POSTGRES,
    FrameLog,
    fresh_postgres_database,
    hub_config,
    start_hub,
    stop_hub,
)
from tests.realparts import POSTGRES, needs

pytestmark = [pytest.mark.postgres, needs(POSTGRES, NO_POSTGRES)]


async def test_a_customer_claimed_in_its_enqueues_commit_leaves_no_waiting_copy_elsewhere(tmp_path: Path) -> None:
    url = await fresh_postgres_database()
    first, second = await start_hub(hub_config(tmp_path, url)), await start_hub(hub_config(tmp_path, url))
    try:
        await first.add_agent("anna")
        anna = await first.client(await first.agent_token("anna"))
        log = FrameLog(anna)
        await anna.request(p.SetAgentState(state="available"))
        # Customer and expert on the same process: the enqueue and the claim share a commit.
        customer = await first.client(first.customer_token("c1", "C"))
        conv = (await customer.request(p.ChatStart())).conversation_id
        await customer.request(p.HandoffRequest(conversation_id=conv))
        offer = await log.wait_for(p.Offer, conversation_id=conv)
        await anna.request(p.OfferAccept(offer_id=offer.offer_id))
        await asyncio.sleep(0.5)  # the bus carries the other process's news
        assert second.hub.router.contact_state(conv) is None, "a waiting copy of a served customer"

        # And when the expert moves to the other process, her chat comes with her.
        await anna.close()
        moved = await second.client(await second.agent_token("anna"))
        moved_log = FrameLog(moved)
        assigned = await moved_log.wait_for(p.ConversationAssigned, conversation_id=conv, timeout=10)
        assert assigned.conversation_id == conv
    finally:
        for hub in (first, second):
            for client in hub.clients:
                await client.close()
            await stop_hub(hub)


async def test_an_expert_signs_in_again_when_a_conversation_left_this_process_while_away(tmp_path: Path) -> None:
    """Found by the rolling-upgrade drill's long form: during a drain's reconnects
    the router here still held a chat this process no longer had live (ended or
    taken over elsewhere), and every sign-in of that expert here failed with an
    internal error (KeyError) until the grace period ended."""
    url = await fresh_postgres_database()
    hub = await start_hub(hub_config(tmp_path, url, agent_grace_s=30.0))
    try:
        await hub.add_agent("anna")
        anna = await hub.client(await hub.agent_token("anna"))
        log = FrameLog(anna)
        await anna.request(p.SetAgentState(state="available"))
        customer = await hub.client(hub.customer_token("c1", "C"))
        conv = (await customer.request(p.ChatStart())).conversation_id
        await customer.request(p.HandoffRequest(conversation_id=conv))
        offer = await log.wait_for(p.Offer, conversation_id=conv)
        await anna.request(p.OfferAccept(offer_id=offer.offer_id))
        await anna.close()
        # Within her grace period this process forgets the chat, as when another
        # process's news says it went there; the store still says she serves it.
        hub.hub.conversations.remove(conv)
        back = await hub.client(await hub.agent_token("anna"))
        back_log = FrameLog(back)
        assigned = await back_log.wait_for(p.ConversationAssigned, conversation_id=conv, timeout=10)
        assert assigned.conversation_id == conv
        assert hub.hub.router.agent_contacts(str(back.welcome.user_id)) == [conv]
    finally:
        for client in hub.clients:
            await client.close()
        await stop_hub(hub)
