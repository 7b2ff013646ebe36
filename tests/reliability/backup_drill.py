"""The backup-and-restore drill: an online backup while a hub process serves
chats under load, restored into a fresh database, served by a fresh hub
(docs/operations.md). Used by tests/reliability/test_backup_restore.py
(short) and bench/backup.py (long).

The backup is the operator's own command (``service-hub backup``: SQLite's
online backup API, or ``pg_dump``), run while messages flow both ways. The
restore is ``service-hub restore`` into a new data directory or a new, empty
PostgreSQL database, and a new hub process serves it. Checked (``Findings``):
every message acknowledged before the backup started is there; each
conversation's messages run 1..last_seq without a gap (one snapshot, not a
torn copy); a customer resuming on the restored hub gets exactly the
conversation; new messages continue the seqs; the load went on during the
backup (messages acknowledged meanwhile).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import subprocess
import sys
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from client_core.hub_client import HubClient
from hub_protocol import frames as p
from service_hub.auth import hash_password
from service_hub.demo_idp import ensure_keypair, mint_customer_token
from service_hub.store.db import make_engine, migrate, sqlite_url
from service_hub.store.models import Conversation, Message
from service_hub.store.repo import Store
from tests.hubkit import FrameLog, HubProcess, free_port
from tests.reliability.chatload import Pair, Tally, chatter, stored_ids
from tests.security.kit import launch_hub

PASSWORD = "correct horse"
KEYS = ("demo-idp-private.pem", "demo-idp-public.pem", "agent-token.secret")  # configuration, kept with it


@dataclass
class BackupSettings:
    pairs: int = 4
    interval_s: float = 0.05
    before_s: float = 2.0  # load before the backup
    after_s: float = 1.0  # load after it
    filler_messages: int = 0  # stored beforehand, to make the database big (the bench)


@dataclass
class Findings:
    acked_before_backup: int = 0
    acked_during_backup: int = 0
    missing_after_restore: list[str] = field(default_factory=list)
    torn_conversations: list[str] = field(default_factory=list)
    resumed_ok: bool = False
    continued_seq: int = 0
    backup: dict[str, Any] = field(default_factory=dict)
    restore: dict[str, Any] = field(default_factory=dict)
    messages_in_backup: int = 0


def _cli(data_dir: Path, url: str, *args: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "service_hub.cli", "--data-dir", str(data_dir)]
    if url:
        command += ["--database-url", url]
    done = subprocess.run([*command, *args], capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"service-hub {' '.join(args)}: {done.stderr.strip()}")
    return json.loads(done.stdout.strip().splitlines()[-1])


class BackupDrill:
    def __init__(self, source_url: str, target_url: str, directory: Path, settings: BackupSettings) -> None:
        """``source_url``/``target_url``: PostgreSQL databases, or "" for SQLite in data directories."""
        self.src_url, self.dst_url, self.dir, self.s = source_url, target_url, directory, settings
        self.src_dir, self.dst_dir = directory / "hub", directory / "restored"
        self.hubs: list[HubProcess] = []
        self.clients: list[HubClient] = []
        self.tally = Tally()
        self.f = Findings()

    def _url(self, data_dir: Path, url: str) -> str:
        return url or sqlite_url(data_dir / "hub.db")

    def _launch(self, data_dir: Path, url: str) -> HubProcess:
        env = {"HUB_MAX_CHATS_PER_AGENT": "4", "HUB_RATE_FRAMES_PER_S": "200"}
        if url:
            env["HUB_DATABASE_URL"] = url
        hub = launch_hub(data_dir, env, port=free_port())
        self.hubs.append(hub)
        return hub

    async def _prepare(self) -> None:
        self.src_dir.mkdir(parents=True)
        ensure_keypair(self.src_dir)
        store = Store(make_engine(self._url(self.src_dir, self.src_url)))
        await migrate(store.engine)
        for i in range((self.s.pairs + 3) // 4):
            await store.add_agent(f"fi{i}", f"Fi{i}", hash_password(PASSWORD),
                                  {"languages": {"fi": 5}, "channels": ["chat"]})
        if self.s.filler_messages:
            await _fill(store, self.s.filler_messages)
        await store.close()

    async def _pairs(self, hub: HubProcess) -> list[Pair]:
        private = (self.src_dir / "demo-idp-private.pem").read_text()
        experts = []
        for i in range((self.s.pairs + 3) // 4):
            agent = self._client(hub, await asyncio.to_thread(_login, hub.port, f"fi{i}"))
            experts.append((agent, FrameLog(agent)))
            await agent.start()
            await agent.request(p.SetAgentState(state="available"))
        pairs = []
        for n in range(self.s.pairs):
            customer = self._client(hub, mint_customer_token(private, f"b{n}", f"Backup {n}"))
            log = FrameLog(customer)
            await customer.start()
            conv = (await customer.request(p.ChatStart())).conversation_id
            await customer.request(p.HandoffRequest(conversation_id=conv))
            agent, agent_log = await _offered_to(experts, conv)  # the router picks among them
            offer = next(o for o in agent_log.of(p.Offer) if o.conversation_id == conv)
            await agent.request(p.OfferAccept(offer_id=offer.offer_id))
            pairs.append(Pair(conv, customer, agent, log, agent_log))
        return pairs

    def _client(self, hub: HubProcess, token: str) -> HubClient:
        client = HubClient(hub.ws_url, token, backoff_initial_s=0.1, backoff_max_s=1.0)
        self.clients.append(client)
        self.tally.watch(client)
        return client

    async def run(self) -> Findings:
        await self._prepare()
        hub = self._launch(self.src_dir, self.src_url)
        pairs = await self._pairs(hub)
        stop = asyncio.Event()
        load = asyncio.create_task(chatter(pairs, self.tally, stop, self.s.interval_s))
        try:
            await asyncio.sleep(self.s.before_s)
            before = set(self.tally.acked)
            self.f.backup = await asyncio.to_thread(
                _cli, self.src_dir, self.src_url, "backup", "--output", str(self.dir / "hub.backup"))
            during = set(self.tally.acked) - before
            await asyncio.sleep(self.s.after_s)
        finally:
            stop.set()
            await load
        self.f.acked_before_backup, self.f.acked_during_backup = len(before), len(during)
        await self._restore_and_check(pairs, before)
        return self.f

    async def _restore_and_check(self, pairs: list[Pair], before: set[str]) -> None:
        self.dst_dir.mkdir(parents=True)
        for key in KEYS:  # the configuration travels with the backup (docs/operations.md)
            shutil.copy2(self.src_dir / key, self.dst_dir / key)
        self.f.restore = await asyncio.to_thread(
            _cli, self.dst_dir, self.dst_url, "restore", "--input", str(self.dir / "hub.backup"))
        url = self._url(self.dst_dir, self.dst_url)
        stored = await stored_ids(url)
        self.f.missing_after_restore = sorted(m for m in before if stored.get(m) != 1)
        self.f.torn_conversations, self.f.messages_in_backup = await _torn(url)
        # A fresh hub serves the restored database: a customer picks up where the backup left off.
        for c in self.clients:
            await c.close()
        hub = self._launch(self.dst_dir, self.dst_url)
        pair = pairs[0]
        private = (self.dst_dir / "demo-idp-private.pem").read_text()
        customer = HubClient(hub.ws_url, mint_customer_token(private, "b0", "Backup 0"), backoff_initial_s=0.1)
        self.clients.append(customer)
        log = FrameLog(customer)
        await customer.start()
        await customer.request(p.Sync(conversation_id=pair.conversation_id))
        got = [m.client_msg_id for m in log.of(p.ChatMessage) if m.conversation_id == pair.conversation_id]
        in_backup = [m for m, (conv, _) in self.tally.sent.items() if conv == pair.conversation_id and m in stored]
        self.f.resumed_ok = set(in_backup) <= set(got)
        top = max((m.seq for m in log.of(p.ChatMessage) if m.conversation_id == pair.conversation_id), default=0)
        ack = await customer.request(p.ChatSend(id="after-restore", conversation_id=pair.conversation_id,
                                                text="Palvelu jatkuu."))
        self.f.continued_seq = ack.seq - top  # 1: the next seq after the restored ones

    async def close(self) -> None:
        for c in self.clients:
            with contextlib.suppress(Exception):
                await c.close()
        for hub in self.hubs:
            if hub.proc.poll() is None:
                hub.proc.terminate()
                with contextlib.suppress(Exception):
                    await asyncio.to_thread(hub.proc.wait, 15)


async def _torn(url: str) -> tuple[list[str], int]:
    """Conversations whose stored messages do not run 1..last_seq exactly; how many messages there are."""
    store = Store(make_engine(url))
    try:
        async with store.sessions() as session:
            tops = dict((await session.execute(select(Conversation.id, Conversation.last_seq))).all())
            counts = (await session.execute(
                select(Message.conversation_id, func.count(), func.min(Message.seq), func.max(Message.seq))
                .group_by(Message.conversation_id))).all()
        torn = [conv for conv, n, low, high in counts if (n, low, high) != (tops.get(conv), 1, tops.get(conv))]
        torn += [conv for conv, top in tops.items() if top and conv not in {c[0] for c in counts}]
        return torn, sum(c[1] for c in counts)
    finally:
        await store.close()


async def _fill(store: Store, messages: int) -> None:
    """Ended conversations with ``messages`` messages in all: a database of some size to back up."""
    from datetime import UTC, datetime

    await store.upsert_customer("filler", "Filler")
    per = 50
    for n in range(0, messages, per):
        conv = f"filler-{n}"
        await store.create_conversation_future(Conversation(
            id=conv, customer_id="filler", channel="chat", language="fi", topic="social_assistance",
            state="ended", handoff_context={}, created_at=datetime.now(UTC), last_seq=0, abandoned=False))
        await asyncio.gather(*(store.message_future(conv, sender="customer", sender_ref="customer:filler",
                                                    sender_name="Filler", text=f"viesti {i} " + "x" * 120)
                               for i in range(min(per, messages - n))))


async def _offered_to(experts: list[tuple[HubClient, FrameLog]], conv: str) -> tuple[HubClient, FrameLog]:
    for _ in range(300):
        for agent, log in experts:
            if any(o.conversation_id == conv for o in log.of(p.Offer)):
                return agent, log
        await asyncio.sleep(0.05)
    raise AssertionError(f"no expert was offered {conv} in 15 s")


def _login(port: int, username: str) -> str:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/login", method="POST",
                                 data=json.dumps({"username": username, "password": PASSWORD}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())["token"]

