"""The hub's shared core: what every frame handler and both coordinators stand on.

Bottom to top (each imports only what is below it; pyproject.toml's
import-linter contracts enforce it):

* ``connection`` - one WebSocket (frames of one loop turn in one write) and ``broadcast``;
  ``refused`` - the error a handler raises to refuse a frame;
* ``live`` - the registry of live conversations, the offers shown and the
  conversations waiting for their agent to come back;
* ``roster`` - who is connected to this process: customers and agents' presence;
* ``coordinator`` - the interface to the other hub processes (``service_hub.coordination``
  has the single-process and the PostgreSQL cluster implementations);
* ``delivery`` - frames and committed messages to a conversation's participants;
* ``access`` - who may act on or read a conversation;
* ``pump`` - the router's events turned into store writes and frames, in order;
  ``admission``, ``finish``, ``queue_news`` - operations several handlers share;
* ``parts`` - all of the above, built once by ``service_hub.hub.Hub``.
"""
