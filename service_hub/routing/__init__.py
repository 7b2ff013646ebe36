"""Pure routing domain: queues, service-hour calendars, agents and the routing policy.

No I/O, no asyncio, no Qt; the clock is injected. The hub wires it to the
store and the WebSockets. Typical use::

    catalog = load_queues()                      # resources/queues.toml
    router = Router(catalog, clock=lambda: datetime.now(UTC))
    router.sign_in("a1", Skills({Language.RU: 5}, frozenset(Topic), frozenset(Channel)))
    adm = router.enqueue("c1", QueueKey(Channel.VIDEO, Language.RU, Topic.PENSIONS))
    for event in router.drain_events(): ...      # OfferMade -> notify the agent
"""

from .calendar import HELSINKI, CalendarStatus, ClosedReason, ExceptionCalendar, ServiceCalendar
from .config import DEFAULT_PATH, ConfigError, ConfigIssue, load_queues, parse_queues
from .events import (
    Admission,
    AdmissionReason,
    AgentStateChanged,
    Assignment,
    Event,
    Offer,
    OfferEnded,
    OfferMade,
    OfferOutcome,
    QueueSummary,
    Requeued,
    RequeueReason,
    WaitEstimate,
)
from .model import AgentCapacity, AgentState, Channel, Language, QueueKey, Skills, Topic
from .queues import (
    Alternative,
    AlternativeInfo,
    AlternativeKind,
    ClosedInfo,
    QueueCatalog,
    QueueConfig,
)
from .router import OfferGone, Router, RouterSettings, RoutingError

__all__ = [
    "HELSINKI", "CalendarStatus", "ClosedReason", "ExceptionCalendar", "ServiceCalendar",
    "DEFAULT_PATH", "ConfigError", "ConfigIssue", "load_queues", "parse_queues",
    "Admission", "AdmissionReason", "AgentStateChanged", "Assignment", "Event", "Offer",
    "OfferEnded", "OfferMade", "OfferOutcome", "QueueSummary", "Requeued", "RequeueReason",
    "WaitEstimate", "AgentCapacity", "AgentState", "Channel", "Language", "QueueKey", "Skills",
    "Topic", "Alternative", "AlternativeInfo", "AlternativeKind", "ClosedInfo", "QueueCatalog",
    "QueueConfig", "OfferGone", "Router", "RouterSettings", "RoutingError",
]  # fmt: skip
