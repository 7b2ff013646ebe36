"""The queue configuration as customers see it: the ``services.catalog`` frame.

Built from the same ``QueueCatalog`` the router serves from, so the hours a
customer reads are the hours the hub routes by.
"""

from __future__ import annotations

from hub_protocol import frames as p

from .routing import QueueCatalog
from .routing.queues import Alternative, weekly_hours_text


def _alternative(a: Alternative) -> p.AlternativeService:
    return p.AlternativeService(code=a.code, kind=a.kind.value,  # type: ignore[arg-type]
                                languages=sorted(a.languages),  # type: ignore[arg-type]
                                hours=weekly_hours_text(a.calendar))  # type: ignore[arg-type]


def services_catalog(catalog: QueueCatalog) -> p.ServicesCatalog:
    services = [
        p.ServiceInfo(
            queue=p.QueueKey(channel=q.key.channel.value, language=q.key.language.value,  # type: ignore[arg-type]
                             topic=q.key.topic.value),
            hours=weekly_hours_text(q.calendar),  # type: ignore[arg-type]
            valid_from=q.calendar.valid_from, valid_until=q.calendar.valid_until,
            closed_on_holidays=q.calendar.exceptions is not None
            and q.calendar.exceptions.closes_days,
            alternatives=[_alternative(a) for a in q.alternatives],
        )
        for q in sorted(catalog, key=lambda q: (q.key.channel, q.key.language, q.key.topic))
    ]
    return p.ServicesCatalog(services=services)
