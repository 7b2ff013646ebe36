"""What the network check measured: a plain dataclass, no I/O (verdicts use it)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class NetworkMeasurement:
    """Figures from one run of the network check; ``None`` means not measured.

    Bandwidth figures are *link* rates in kbit/s: the payload that arrived plus
    the packet headers it needed on the wire (see ``network.py``), because the
    agency's 1200 kbit/s is a connection speed. ``*_goodput_kbit`` is payload only.
    RTT, jitter and loss come from the idle ping phase; ``rtt_loaded_ms`` is the
    RTT while the link was full (bufferbloat), reported but not graded.
    """

    connected: bool
    method: Literal["datachannel", "http"] = "datachannel"
    up_kbit: float | None = None
    down_kbit: float | None = None
    up_goodput_kbit: float | None = None
    down_goodput_kbit: float | None = None
    up_samples_kbit: tuple[float, ...] = ()
    down_samples_kbit: tuple[float, ...] = ()
    rtt_ms: float | None = None
    rtt_loaded_ms: float | None = None
    jitter_ms: float | None = None
    loss_pct: float | None = None
    pings_sent: int = 0
    pings_lost: int = 0
    setup_s: float | None = None
    elapsed_s: float | None = None
    error: str | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def bandwidth_kbit(self) -> float | None:
        """The lower of up and down: a call needs both directions."""
        known = [v for v in (self.up_kbit, self.down_kbit) if v is not None]
        return min(known) if len(known) == 2 else None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["up_samples_kbit"] = list(self.up_samples_kbit)
        data["down_samples_kbit"] = list(self.down_samples_kbit)
        data["notes"] = list(self.notes)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NetworkMeasurement:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("up_samples_kbit", "down_samples_kbit", "notes"):
            if key in known:
                known[key] = tuple(known[key])
        return cls(**known)
