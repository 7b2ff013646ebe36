"""The hub's frame handlers, one module per concern; ``service_hub.hub`` holds
the one table that routes each client frame to its handler with the role
allowed to send it.

* ``chat`` - chat.start, chat.send, typing, the bot's turn
* ``handoff`` - handoff.request, queue.leave, conversation.transfer
* ``offers`` - offer.accept, offer.decline
* ``closing`` - conversation.end, feedback.submit
* ``calls`` - rtc.signal, conversation.invite, conversation.leave (interpreters)
* ``history`` - history.search, history.open, sync
* ``presence`` - sign-in and sign-out of connections, agent.state, the agents' grace period
* ``services`` - ping, services.query

Handlers import ``service_hub.core`` only, never each other (import-linter).
"""
