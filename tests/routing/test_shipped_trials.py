"""The shipped queues are the two trials as the agency announced them
(``../shared/seeds/``, quoted in resources/queues.toml), nothing more; what
goes beyond them is there as switched-off examples that load when turned on."""

from __future__ import annotations

import re
from datetime import date

from service_hub.routing import DEFAULT_PATH, Channel, Language, QueueKey, Topic, parse_queues
from service_hub.routing.queues import AlternativeKind, weekly_hours_text

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
ENGLISH_TOPICS = {Topic.UNEMPLOYMENT, Topic.HOUSING_ALLOWANCE, Topic.FAMILIES_WITH_CHILDREN,
                  Topic.STUDENTS, Topic.SICKNESS, Topic.REHABILITATION_DISABILITY,
                  Topic.PENSIONS}


def by_service(catalog) -> dict[tuple[Channel, Language], list]:
    out: dict[tuple[Channel, Language], list] = {}
    for q in catalog:
        out.setdefault((q.key.channel, q.key.language), []).append(q)
    return out


def test_served_by_default_is_what_was_announced(catalog):
    services = by_service(catalog)
    # Human chat only from the Finnish application assistant, Mon-Fri 9-16.
    assert set(services) == {(Channel.CHAT, Language.FI), (Channel.VIDEO, Language.RU),
                             (Channel.VIDEO, Language.CKB), (Channel.VIDEO, Language.EN)}
    chat = catalog[QueueKey(Channel.CHAT, Language.FI, Topic.SOCIAL_ASSISTANCE)]
    assert weekly_hours_text(chat.calendar) == {d: ["09:00-16:00"] for d in WEEKDAYS}
    assert [q.key.topic for q in services[(Channel.CHAT, Language.FI)]] == [
        Topic.SOCIAL_ASSISTANCE]
    for q in services[(Channel.VIDEO, Language.RU)]:
        assert weekly_hours_text(q.calendar) == {"wed": ["08:30-11:00"], "thu": ["08:30-11:00"]}
    for q in services[(Channel.VIDEO, Language.CKB)]:
        assert weekly_hours_text(q.calendar) == {"mon": ["09:00-11:30"], "tue": ["09:00-11:30"]}
    english = services[(Channel.VIDEO, Language.EN)]
    assert {q.key.topic for q in english} == ENGLISH_TOPICS
    for q in english:
        assert weekly_hours_text(q.calendar) == {d: ["09:00-15:00"] for d in WEEKDAYS}
        assert (q.calendar.valid_from, q.calendar.valid_until) == (date(2027, 3, 19),
                                                                   date(2027, 5, 20))


def test_alternatives_say_which_language_they_serve_in(catalog):
    # "Kelan puhelinpalvelu palvelee suomeksi, ruotsiksi ja englanniksi", and
    # Infopankki has information in Russian and English.
    for q in catalog:
        phones = {a.code: set(a.languages) for a in q.alternatives
                  if a.kind is AlternativeKind.PHONE}
        assert phones == {"phone_fi": {Language.FI}, "phone_sv": {Language.SV},
                          "phone_en": {Language.EN}}, q.name
        assert all(a.languages for a in q.alternatives), q.name
    ru = catalog[QueueKey(Channel.VIDEO, Language.RU, Topic.PENSIONS)]
    web = [a for a in ru.alternatives if a.kind is AlternativeKind.WEB]
    assert [set(a.languages) for a in web] == [{Language.RU, Language.EN}]


def test_switched_off_examples_load_when_turned_on():
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    off = re.findall(r"^\[queues\.(\w+)\]\nenabled = false$", text, flags=re.M)
    assert set(off) == {"chat_sv_social_assistance", "chat_en_social_assistance",
                        "video_fi", "video_sv"}
    services = by_service(parse_queues(text.replace("enabled = false", "enabled = true")))
    assert {(Channel.CHAT, Language.SV), (Channel.CHAT, Language.EN),
            (Channel.VIDEO, Language.FI), (Channel.VIDEO, Language.SV)} <= set(services)
