"""A call's ICE servers come from the hub (real hub, real HubClients, real aiortc on loopback).

The hub is configured with TURN URLs where no relay listens: the call must still
connect directly (a relay that cannot be reached never holds a call up), and the
engines must have been given the hub's servers, or IT policy's relay instead.
"""

from __future__ import annotations

from pathlib import Path

from client_core.call import CallState, RelayPolicy
from client_core.conversation.call import ConversationCall
from client_core.conversation.network import HubCallNetwork
from hub_protocol import frames as p
from tests.conversation.test_call import SMALL, until
from tests.hub.test_interpreter import video_call
from tests.hubkit import hub_config, start_hub, stop_hub

DEAD_TURN = "turn:127.0.0.1:9?transport=udp"  # the discard port: nothing answers


async def test_a_call_gets_the_hubs_turn_servers_and_connects_without_them(tmp_path: Path) -> None:
    running = await start_hub(hub_config(tmp_path, turn_secret="s3cret", turn_urls=DEAD_TURN))
    calls: list[ConversationCall] = []
    try:
        conv, anna, _, customer, _ = await video_call(running)

        def join(client, local_id: str, turn_url: str = "") -> ConversationCall:
            async def send(frame: dict) -> None:
                await client.send(p.RtcSignal(**frame))

            call = ConversationCall(conv, local_id, send, SMALL,
                                    network=HubCallNetwork(client, RelayPolicy(turn_url)))
            client.add_listener(lambda f: call.on_signal(f) if isinstance(f, p.RtcSignalRelay) else None)
            calls.append(call)
            return call

        agency_relay = "turns:relay.agency.invalid:443?transport=tcp"
        expert = join(anna, f"agent:{anna.welcome.user_id}", turn_url=agency_relay)
        visitor = join(customer, f"customer:{customer.welcome.user_id}")
        # The expert calls at once: its offer may reach the customer before the
        # customer's call has its servers and engine; it must wait, not be lost.
        await expert.start([visitor.local_id])
        await visitor.start()
        await until(lambda: expert.state is CallState.CONNECTED and visitor.state is CallState.CONNECTED)

        (server,) = visitor.config.ice_servers
        assert server.urls == (DEAD_TURN,)
        assert server.username and server.username.endswith(f"customer-{customer.welcome.user_id}")
        # IT policy's turn_url replaces the hub's relay, with the hub's credentials.
        (server,) = expert.config.ice_servers
        assert server.urls == (agency_relay,) and server.credential
        assert expert.engine is not None and expert.engine.config.ice_refresh is not None
    finally:
        for call in calls:
            await call.hang_up()
            await call.wait_closed()
        for client in running.clients:
            await client.close()
        await stop_hub(running)
