"""The hub's shared core: what every frame handler and both coordinators stand on.

Bottom to top (each imports only what is below it; pyproject.toml's
import-linter contracts enforce it):

* ``connection`` - one WebSocket (frames of one loop turn in one write) and
  ``broadcast``; ``refused`` - the error a handler raises to refuse a frame;
  ``writes`` - waiting for the store writer's futures;
* ``live`` - the registry of live conversations, the offers shown and the
  conversations waiting for their agent to come back;
* ``roster`` - who is connected to this process: customers and agents' presence;
* ``state`` - settings, store, queues, bot, clock, router, registry and roster together;
  ``coordinator`` - the interface to the other hub processes (``service_hub.coordination``
  has the single-process and the PostgreSQL cluster implementations);
* ``delivery`` - frames and committed messages to a conversation's participants;
* ``pump`` - the router's events turned into store writes and frames, in order;
  ``access``, ``admission``, ``ending``, ``queue_news`` - what several handlers share;
* ``parts`` - all of the above, built once by ``service_hub.hub.Hub``.
"""
