"""Every client frame type from every kind of person: allowed or refused as designed.

People: the agent serving the conversation (A), another agent (B), a
supervisor who is not serving it (S), the customer whose conversation it is
(C) and another customer (D). Each case gets a fresh conversation in the
state the frame needs. An outcome is "ok" (an ack, or the reply the frame
asks for, or - for frames without a reply - no error), or the error code.
Every "forbidden" refusal must leave an audit entry (actor, allowed=False);
reads of a customer's conversations by agents who do not serve it are audited
as allowed reads.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp

from hub_protocol import frames as p
from service_hub.auth import hash_password
from tests.hubkit import RunningHub, hub_config, start_hub, stop_hub
from tests.security.kit import signed_in

ROLES = ("A", "B", "S", "C", "D")
F = "forbidden"
EXPECTED: dict[str, dict[str, str]] = {
    #                          serving   other     super-    owner     other
    #                          agent A   agent B   visor S   cust. C   cust. D
    "hello":                 dict(A="already_signed_in", B="already_signed_in", S="already_signed_in",
                                  C="already_signed_in", D="already_signed_in"),
    # Everyone offers a fresh token of the owner customer C's: only C's own connection takes it.
    "auth.renew":            dict(A=F, B=F, S=F, C="ok", D=F),
    "ping":                  dict(A="ok", B="ok", S="ok", C="ok", D="ok"),
    "chat.start":            dict(A=F, B=F, S=F, C="ok", D="ok"),
    "chat.send":             dict(A="ok", B=F, S=F, C="ok", D=F),
    "typing":                dict(A="ok", B=F, S=F, C="ok", D=F),
    "handoff.request":       dict(A=F, B=F, S=F, C="ok", D=F),
    "queue.leave":           dict(A=F, B=F, S=F, C="ok", D=F),
    "feedback.submit":       dict(A=F, B=F, S=F, C="ok", D=F),
    "transcript.saved":      dict(A=F, B=F, S=F, C="ok", D=F),
    "sync":                  dict(A="ok", B="ok", S="ok", C="ok", D=F),
    "services.query":        dict(A="ok", B="ok", S="ok", C="ok", D="ok"),  # public timetable
    "agent.state":           dict(A="ok", B="ok", S="ok", C=F, D=F),
    "offer.accept":          dict(A="ok", B="offer_gone", S="offer_gone", C=F, D=F),
    "offer.decline":         dict(A="ok", B="offer_gone", S="offer_gone", C=F, D=F),
    "conversation.end":      dict(A="ok", B=F, S=F, C="ok", D=F),
    "conversation.transfer": dict(A="ok", B=F, S=F, C=F, D=F),
    "conversation.invite":   dict(A="bad_state", B=F, S=F, C=F, D=F),  # chat: no third party
    "conversation.leave":    dict(A=F, B=F, S=F, C=F, D=F),  # nobody is a guest here
    "history.search":        dict(A="ok", B="ok", S="ok", C=F, D=F),
    "history.open":          dict(A="ok", B="ok", S="ok", C=F, D=F),
    "rtc.signal":            dict(A="bad_state", B=F, S=F, C="bad_state", D=F),  # chat: no call
    # Supervisors only (the role from sign-in); reassigning to an expert who is not available fails.
    "supervisor.watch":      dict(A=F, B=F, S="ok", C=F, D=F),
    "supervisor.monitor":    dict(A=F, B=F, S="ok", C=F, D=F),
    "supervisor.whisper":    dict(A=F, B=F, S="ok", C=F, D=F),
    "supervisor.take_over":  dict(A=F, B=F, S="ok", C=F, D=F),
    "supervisor.reassign":   dict(A=F, B=F, S="agent_unavailable", C=F, D=F),
    "supervisor.agent_state": dict(A=F, B=F, S="ok", C=F, D=F),
    "rtc.ice.request":       dict(A="bad_state", B=F, S=F, C="bad_state", D=F),  # no TURN for a chat
}
# What each frame type needs the conversation to be in before the case.
NEEDS = {"handoff.request": "bot", "queue.leave": "offered", "offer.accept": "offered",
         "offer.decline": "offered", "feedback.submit": "ended", "transcript.saved": "ended"}
# Allowed reads by agents not serving the conversation that must be audited as reads.
AUDITED_READS = {("sync", "B"), ("sync", "S"), ("history.open", "A"), ("history.open", "B"),
                 ("history.open", "S"), ("history.search", "A"), ("history.search", "B"),
                 ("history.search", "S"), ("supervisor.monitor", "S")}
# What a supervisor receives of a conversation they monitored, whispered to or took over.
SUPERVISOR_SEES = {"history.transcript", "chat.message", "monitor.opened", "whisper", "conversation.state",
                   "conversation.assigned"}
# Answering an offer shown to A: refused as gone (nothing told) but audited as an attempt.
AUDITED_ATTEMPTS = {(kind, role) for kind in ("offer.accept", "offer.decline") for role in ("B", "S")}


def _frame(kind: str, ref: str, conv: str, offer_id: str, ids: dict[str, int],
           owner_token: str) -> dict[str, Any]:
    base = {"v": 1, "type": kind, "id": ref}
    extra: dict[str, Any] = {
        "hello": {"token": "again"},
        "auth.renew": {"token": owner_token},
        "ping": {},
        "chat.start": {},
        "chat.send": {"conversation_id": conv, "text": "matrix"},
        "typing": {"conversation_id": conv},
        "handoff.request": {"conversation_id": conv},
        "queue.leave": {"conversation_id": conv},
        "feedback.submit": {"conversation_id": conv, "rating": 3},
        "transcript.saved": {"conversation_id": conv, "language": "sv"},
        "sync": {"conversation_id": conv, "after_seq": 0},
        "services.query": {},
        "agent.state": {"state": "away"},
        "offer.accept": {"offer_id": offer_id},
        "offer.decline": {"offer_id": offer_id},
        "conversation.end": {"conversation_id": conv},
        "conversation.transfer": {"conversation_id": conv,
                                  "queue": {"channel": "chat", "language": "fi", "topic": "social_assistance"}},
        "conversation.invite": {"conversation_id": conv, "agent_id": ids["S"]},
        "conversation.leave": {"conversation_id": conv},
        "history.search": {"customer_ref": "owner"},
        "history.open": {"conversation_id": conv},
        "rtc.signal": {"conversation_id": conv, "kind": "offer", "payload": {}},
        "supervisor.watch": {},
        "supervisor.monitor": {"conversation_id": conv},
        "supervisor.whisper": {"conversation_id": conv, "text": "matrix note"},
        "supervisor.take_over": {"conversation_id": conv},
        "supervisor.reassign": {"conversation_id": conv, "agent_id": ids["B"]},
        "supervisor.agent_state": {"agent_id": ids["A"], "state": "away"},
        "rtc.ice.request": {"conversation_id": conv},
    }[kind]
    return {**base, **extra}


class Person:
    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.frames: list[dict[str, Any]] = []
        self.task = asyncio.ensure_future(self._read())
        self.changed = asyncio.Event()

    async def _read(self) -> None:
        async for msg in self.ws:
            if msg.type is aiohttp.WSMsgType.TEXT:
                self.frames.append(json.loads(msg.data))
                self.changed.set()

    async def wait(self, pred: Any, timeout: float = 10) -> dict[str, Any]:
        async def find() -> dict[str, Any]:
            seen = 0
            while True:
                for f in self.frames[seen:]:
                    if pred(f):
                        return f
                seen = len(self.frames)
                self.changed.clear()
                await self.changed.wait()

        return await asyncio.wait_for(find(), timeout)

    async def ask(self, frame: dict[str, Any]) -> str:
        """Send; then a ping: the outcome is the error naming the frame, else ok."""
        ref, marker = frame["id"], frame["id"] + "-m"
        start = len(self.frames)
        await self.ws.send_str(json.dumps(frame))
        await self.ws.send_str(json.dumps({"v": 1, "type": "ping", "id": marker}))
        await self.wait(lambda f: f.get("type") == "pong" and f.get("id") == marker)
        for f in self.frames[start:]:
            if f.get("type") == "error" and f.get("ref") == ref:
                return f["code"]
        return "ok"


async def test_authorization_matrix(tmp_path, database_url: str) -> None:
    # The matrix sends a few hundred frames quickly: above the per-connection rate limit.
    hub = await start_hub(hub_config(tmp_path, database_url, rate_frames_per_s=10_000))
    try:
        await _matrix(hub)
    finally:
        await stop_hub(hub)


async def _matrix(hub: RunningHub) -> None:
    store = hub.hub.store
    h = hash_password("correct horse")
    skills = {"languages": {"fi": 5}, "channels": ["chat", "video"]}
    anna_id = await store.add_agent("anna", "Anna", h, skills)
    bert_id = await store.add_agent("bert", "Bert", h, skills)
    sup_id = await store.add_agent("sofia", "Sofia", h, skills, is_supervisor=True)
    session = aiohttp.ClientSession()
    people: dict[str, Person] = {}
    try:
        for role, login in (("A", "anna"), ("B", "bert"), ("S", "sofia")):
            people[role] = Person(await signed_in(session, hub.ws_url, await hub.agent_token(login)))
        people["C"] = Person(await signed_in(session, hub.ws_url, hub.customer_token("owner", "Olli")))
        people["D"] = Person(await signed_in(session, hub.ws_url, hub.customer_token("other", "Otto")))
        A, C = people["A"], people["C"]
        n = 0

        async def fresh(state: str) -> tuple[str, str]:
            """A new conversation of C's in ``state``; returns it and A's open offer (if any)."""
            nonlocal n
            n += 1
            assert await A.ask({"v": 1, "type": "agent.state", "id": f"av{n}", "state": "available"}) == "ok"
            assert await C.ask({"v": 1, "type": "chat.start", "id": f"st{n}"}) == "ok"
            conv = [f for f in C.frames if f.get("ref") == f"st{n}"][0]["conversation_id"]
            if state == "bot":
                return conv, ""
            assert await C.ask({"v": 1, "type": "handoff.request", "id": f"ho{n}", "conversation_id": conv}) == "ok"
            offer = await A.wait(lambda f: f.get("type") == "offer" and f["conversation_id"] == conv)
            if state == "offered":
                return conv, offer["offer_id"]
            assert await A.ask({"v": 1, "type": "offer.accept", "id": f"ac{n}", "offer_id": offer["offer_id"]}) == "ok"
            if state == "ended":
                assert await A.ask({"v": 1, "type": "conversation.end", "id": f"en{n}", "conversation_id": conv}) == "ok"
            return conv, ""

        async def tidy(conv: str) -> None:
            nonlocal n
            n += 1
            live = hub.hub.conversations.get(conv)
            if live is not None and live.state == "active":
                await A.ask({"v": 1, "type": "conversation.end", "id": f"td{n}", "conversation_id": conv})
            elif live is not None:
                await C.ask({"v": 1, "type": "conversation.end", "id": f"td{n}", "conversation_id": conv})
                await C.ask({"v": 1, "type": "queue.leave", "id": f"tq{n}", "conversation_id": conv})

        assert set(EXPECTED) == set(p._CLIENT_TYPES), "a new frame type needs its row in the matrix"
        results: dict[tuple[str, str], str] = {}
        for kind in EXPECTED:
            for role in ROLES:
                conv, offer_id = await fresh(NEEDS.get(kind, "active"))
                before = len(await store.audit_entries())
                ref = f"x{kind}-{role}"
                outcome = await people[role].ask(_frame(kind, ref, conv, offer_id,
                                                        {"A": anna_id, "B": bert_id, "S": sup_id},
                                                        hub.customer_token("owner", "Olli")))
                results[(kind, role)] = outcome
                new_audit = (await store.audit_entries())[before:]
                actor = {"A": f"agent:{anna_id}", "B": f"agent:{bert_id}", "S": f"agent:{sup_id}",
                         "C": "customer:owner", "D": "customer:other"}[role]
                if outcome == F or (kind, role) in AUDITED_ATTEMPTS:
                    assert any(a.actor == actor and not a.allowed for a in new_audit), \
                        f"{kind} by {role}: refused but not audited"
                if (kind, role) in AUDITED_READS:
                    assert any(a.actor == actor and a.allowed for a in new_audit), \
                        f"{kind} by {role}: a read of someone's data without an audit entry"
                if outcome not in (F,) and kind != "hello" and (kind, role) not in AUDITED_ATTEMPTS:
                    assert not any(a.actor == actor and not a.allowed for a in new_audit), \
                        f"{kind} by {role}: audited as refused but {outcome}"
                await tidy(conv)
        wrong = {k: (v, EXPECTED[k[0]][k[1]]) for k, v in results.items() if v != EXPECTED[k[0]][k[1]]}
        assert not wrong, f"(frame, role): (got, expected) {wrong}"
        # The other customer and the other agents got nothing of C's conversations.
        owners = {f["conversation_id"] for f in C.frames if f.get("type") == "ack" and f.get("conversation_id")}
        for role in ("B", "S", "D"):
            # (agents' allowed, audited reads - sync and history.open - answer with the transcript)
            leaked = [f for f in people[role].frames
                      if f.get("conversation_id") in owners and f.get("type") not in ("error", "ack")
                      and not (role != "D" and f.get("type") in ("history.transcript", "chat.message"))
                      and not (role == "S" and f.get("type") in SUPERVISOR_SEES)]
            assert not leaked, (role, leaked[:3])
    finally:
        for person in people.values():
            await person.ws.close()
            person.task.cancel()
        await session.close()


# Attachments over HTTP (hub_protocol.attachments), the same people, a file the
# owner sent in a conversation A serves. Supervisors' fetches are audited reads.
EXPECTED_FILES: dict[str, dict[str, str]] = {
    #                  serving   other     super-    owner     other
    #                  agent A   agent B   visor S   cust. C   cust. D
    "upload":   dict(A="ok", B=F, S=F, C="ok", D=F),
    "fetch":    dict(A="ok", B=F, S="ok", C="ok", D=F),
    "preview":  dict(A="ok", B=F, S="ok", C="ok", D=F),
}
AUDITED_FILE_READS = {("fetch", "S"), ("preview", "S")}


async def test_attachment_matrix(tmp_path, database_url: str, clamd_socket: str) -> None:
    from client_core.attachments import AttachmentClient, AttachmentError
    from tests.attachment_files import photo_with_metadata

    hub = await start_hub(hub_config(tmp_path, database_url, clamd_address=clamd_socket))
    store = hub.hub.store
    h = hash_password("correct horse")
    skills = {"languages": {"fi": 5}, "channels": ["chat", "video"]}
    ids = {"A": await store.add_agent("anna", "Anna", h, skills), "B": await store.add_agent("bert", "Bert", h, skills),
           "S": await store.add_agent("sofia", "Sofia", h, skills, is_supervisor=True)}
    actors = {"A": f"agent:{ids['A']}", "B": f"agent:{ids['B']}", "S": f"agent:{ids['S']}",
              "C": "customer:owner", "D": "customer:other"}
    session = aiohttp.ClientSession()
    try:
        tokens = {role: await hub.agent_token(login) for role, login in (("A", "anna"), ("B", "bert"), ("S", "sofia"))}
        tokens["C"], tokens["D"] = hub.customer_token("owner", "Olli"), hub.customer_token("other", "Otto")
        people = {role: Person(await signed_in(session, hub.ws_url, token)) for role, token in tokens.items()}
        files = {role: AttachmentClient(hub.ws_url, token) for role, token in tokens.items()}
        A, C = people["A"], people["C"]
        assert await A.ask({"v": 1, "type": "agent.state", "id": "av", "state": "available"}) == "ok"
        assert await C.ask({"v": 1, "type": "chat.start", "id": "st"}) == "ok"
        conv = [f for f in C.frames if f.get("ref") == "st"][0]["conversation_id"]
        assert await C.ask({"v": 1, "type": "handoff.request", "id": "ho", "conversation_id": conv}) == "ok"
        offer = await A.wait(lambda f: f.get("type") == "offer" and f["conversation_id"] == conv)
        assert await A.ask({"v": 1, "type": "offer.accept", "id": "ac", "offer_id": offer["offer_id"]}) == "ok"
        sent = await files["C"].upload(conv, "vuokrasopimus.jpg", photo_with_metadata())

        results: dict[tuple[str, str], str] = {}
        for kind in EXPECTED_FILES:
            for role in ROLES:
                before = len(await store.audit_entries())
                try:
                    if kind == "upload":
                        await files[role].upload(conv, "liite.jpg", photo_with_metadata())
                    else:
                        await files[role].fetch(sent.id, preview=kind == "preview")
                    outcome = "ok"
                except AttachmentError as exc:
                    outcome = exc.code
                results[(kind, role)] = outcome
                new_audit = (await store.audit_entries())[before:]
                if outcome == F:
                    assert any(a.actor == actors[role] and not a.allowed for a in new_audit), \
                        f"{kind} by {role}: refused but not audited"
                if (kind, role) in AUDITED_FILE_READS:
                    assert any(a.actor == actors[role] and a.allowed for a in new_audit), \
                        f"{kind} by {role}: a supervisor's read without an audit entry"
        wrong = {k: (v, EXPECTED_FILES[k[0]][k[1]]) for k, v in results.items() if v != EXPECTED_FILES[k[0]][k[1]]}
        assert not wrong, f"(request, role): (got, expected) {wrong}"
        for person in people.values():
            await person.ws.close()
            person.task.cancel()
    finally:
        await session.close()
        await stop_hub(hub)
