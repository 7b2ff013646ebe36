"""The hub publishes its queues' hours, date ranges and alternatives (services.query)."""

from __future__ import annotations

from datetime import date

from hub_protocol import frames as p
from tests.hubkit import ROOT, hub_config, start_hub, stop_hub


async def test_catalog_is_the_routed_configuration(tmp_path) -> None:
    hub = await start_hub(hub_config(tmp_path, queue_config=str(ROOT / "resources" / "queues.toml")))
    try:
        customer = await hub.client(hub.customer_token("cust-cat"))
        catalog = await customer.request(p.ServicesQuery())
        assert isinstance(catalog, p.ServicesCatalog)
        by_key = {(s.queue.channel, s.queue.language, s.queue.topic): s for s in catalog.services}
        english = by_key[("video", "en", "pensions")]
        assert english.hours == {day: ["09:00-15:00"] for day in ("mon", "tue", "wed", "thu", "fri")}
        assert (english.valid_from, english.valid_until) == (date(2027, 3, 19), date(2027, 5, 20))
        assert {a.code for a in english.alternatives} == {"phone_fi", "phone_sv", "phone_en", "office",
                                                     "infopankki"}
        # Topics the English trial does not serve are not in the catalog at all.
        assert ("video", "en", "social_assistance") not in by_key
        russian = by_key[("video", "ru", "pensions")]
        assert russian.hours == {"wed": ["08:30-11:00"], "thu": ["08:30-11:00"]}
        # The catalog is exactly what the router serves from.
        assert len(catalog.services) == len(hub.hub.catalog)
    finally:
        await stop_hub(hub)
