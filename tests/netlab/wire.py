"""A link emulator in user space: rate, delay, jitter, loss and outages.

This machine's kernel has no ``sch_netem`` (``tc qdisc add ... netem`` says
"Specified qdisc kind is unknown"), so the impaired link is this process: it
runs in a namespace of its own between two veth ends and forwards every
Ethernet frame from one to the other through AF_PACKET sockets, the way
netem would shape it on the way. Real packets, real kernels on both sides
(NAT, TCP, UDP, ARP); only the wire is simulated.

Per direction, in this order (netem's semantics where it has them):

* ``loss_pct``: each frame is dropped with this probability (independent).
* ``rate_kbit``: serialisation at this rate behind a drop-tail queue of
  ``queue_ms`` (a frame that would wait longer is dropped, as a full router
  buffer would).
* ``delay_ms`` +- ``jitter_ms``: propagation delay, uniform within the
  jitter, never reordering (a frame leaves no earlier than the one before,
  as on a real access link and as netem does once ``rate`` is set).
* ``down``: drop everything (an outage).

Run as ``python -m tests.netlab.wire IF_A IF_B`` inside the wire's
namespace. It prints ``ready``, then reads JSON lines on stdin:
``{"a2b": {...}, "b2a": {...}}`` or ``{"both": {...}}`` replace a direction's
profile (keys as above); ``{"quit": true}`` or EOF ends it, printing the
frame counters as one JSON line.
"""

from __future__ import annotations

import heapq
import json
import os
import random
import select
import socket
import sys
import threading
import time
from dataclasses import dataclass, field

ETH_P_ALL = 0x0003
MAX_FRAME = 65536


@dataclass
class Profile:
    rate_kbit: float | None = None
    delay_ms: float = 0.0
    jitter_ms: float = 0.0
    loss_pct: float = 0.0
    queue_ms: float = 200.0
    down: bool = False

    @classmethod
    def from_dict(cls, data: dict) -> Profile:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class Direction:
    """One way through the wire: its profile, its queue and its counters."""

    out: socket.socket
    profile: Profile = field(default_factory=Profile)
    link_free_at: float = 0.0  # when the serialiser is done with the frames queued so far
    last_delivery: float = 0.0
    forwarded: int = 0
    lost: int = 0
    queue_drops: int = 0
    outage_drops: int = 0

    def admit(self, size: int, now: float, rng: random.Random) -> float | None:
        """When the frame should leave, or None if the link drops it."""
        p = self.profile
        if p.down:
            self.outage_drops += 1
            return None
        if p.loss_pct and rng.random() * 100.0 < p.loss_pct:
            self.lost += 1
            return None
        sent_at = now
        if p.rate_kbit:
            start = max(now, self.link_free_at)
            if (start - now) * 1000.0 > p.queue_ms:
                self.queue_drops += 1
                return None
            sent_at = start + size * 8 / (p.rate_kbit * 1000.0)
            self.link_free_at = sent_at
        delay = p.delay_ms + (rng.uniform(-p.jitter_ms, p.jitter_ms) if p.jitter_ms else 0.0)
        deliver = max(sent_at + max(delay, 0.0) / 1000.0, self.last_delivery)
        self.last_delivery = deliver
        return deliver


def _packet_socket(ifname: str) -> socket.socket:
    sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    sock.bind((ifname, 0))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
    sock.setblocking(False)
    return sock


class Wire:
    def __init__(self, if_a: str, if_b: str, seed: int | None = None) -> None:
        self.sock_a = _packet_socket(if_a)
        self.sock_b = _packet_socket(if_b)
        self.dirs = {"a2b": Direction(self.sock_b), "b2a": Direction(self.sock_a)}
        self._inbound = {self.sock_a.fileno(): (self.sock_a, "a2b"),
                         self.sock_b.fileno(): (self.sock_b, "b2a")}
        self._heap: list[tuple[float, int, str, bytes]] = []
        self._seq = 0
        self._rng = random.Random(seed)
        self._lock = threading.Lock()  # profiles change from the stdin thread
        self._stop = False
        # Wakes select() when a profile changes, so an outage starts now.
        self._wake_r, self._wake_w = os.pipe()

    def set_profile(self, direction: str, profile: Profile) -> None:
        with self._lock:
            d = self.dirs[direction]
            d.profile = profile
            if profile.down:
                # An outage also loses what was already on the wire.
                kept = [e for e in self._heap if e[2] != direction]
                d.outage_drops += len(self._heap) - len(kept)
                self._heap = kept
                heapq.heapify(self._heap)
        os.write(self._wake_w, b"x")

    def stop(self) -> None:
        self._stop = True
        os.write(self._wake_w, b"x")

    def run(self) -> None:
        readers = [self.sock_a, self.sock_b, self._wake_r]
        while not self._stop:
            now = time.monotonic()
            with self._lock:
                timeout = max(0.0, self._heap[0][0] - now) if self._heap else 0.5
            ready, _, _ = select.select(readers, [], [], timeout)
            for r in ready:
                if r == self._wake_r:
                    os.read(self._wake_r, 4096)
                else:
                    self._drain(r)
            self._deliver_due()

    def _drain(self, sock: socket.socket) -> None:
        _, direction = self._inbound[sock.fileno()]
        while True:
            try:
                frame, addr = sock.recvfrom(MAX_FRAME)
            except BlockingIOError:
                return
            if addr[2] == socket.PACKET_OUTGOING:
                continue  # our own transmission on this interface
            now = time.monotonic()
            with self._lock:
                at = self.dirs[direction].admit(len(frame), now, self._rng)
                if at is not None:
                    self._seq += 1
                    heapq.heappush(self._heap, (at, self._seq, direction, frame))

    def _deliver_due(self) -> None:
        now = time.monotonic()
        while True:
            with self._lock:
                if not self._heap or self._heap[0][0] > now:
                    return
                _, _, direction, frame = heapq.heappop(self._heap)
                d = self.dirs[direction]
            try:
                d.out.send(frame)
                d.forwarded += 1
            except OSError:
                d.queue_drops += 1  # the veth's own queue is full: a drop like any other

    def counters(self) -> dict[str, dict[str, int]]:
        return {name: {"forwarded": d.forwarded, "lost": d.lost, "queue_drops": d.queue_drops,
                       "outage_drops": d.outage_drops} for name, d in self.dirs.items()}


def _commands(wire: Wire) -> None:
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        msg = json.loads(line)
        if msg.get("quit"):
            break
        for key in ("a2b", "b2a"):
            spec = msg.get(key, msg.get("both"))
            if spec is not None:
                wire.set_profile(key, Profile.from_dict(spec))
        print("ok", flush=True)
    wire.stop()


def main() -> None:
    if_a, if_b = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else None
    wire = Wire(if_a, if_b, seed)
    threading.Thread(target=_commands, args=(wire,), daemon=True).start()
    print("ready", flush=True)
    wire.run()
    print(json.dumps(wire.counters()), flush=True)


if __name__ == "__main__":
    main()
