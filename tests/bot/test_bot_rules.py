"""Human-request and life-event detection, pure rules, in fi, sv and en."""

import pytest

from service_hub.bot import LANGUAGES, LifeEvent, RuleSet, load_kb

RULES = RuleSet.load()

ASKS_FOR_HUMAN = {
    "fi": [
        "haluan puhua ihmisen kanssa",
        "asiakaspalvelija",
        "voinko jutella oikean ihmisen kanssa",
        "Haluan palveluasiantuntijan!",
        "yhdistä minut asiakaspalveluun",
        "saisinko puhua jonkun henkilön kanssa",
        "haluan keskustella kelan työntekijän kanssa",
        "ihminen kiitos",
        "haluan puhua ihmisen kanssa",
        "voiko tassa puhua ihmisen kanssa",  # no diacritics
    ],
    "sv": [
        "jag vill prata med en människa",
        "kan jag få tala med en handläggare",
        "kundtjänst tack",
        "jag vill chatta med en riktig person",
        "koppla mig till en serviceexpert",
        "jag vill prata med någon",
        "jag vill prata med en manniska",  # no diacritics
    ],
    "en": [
        "talk to a human",
        "I want to talk to an agent",
        "can I speak with a real person",
        "agent",
        "connect me to customer service",
        "let me chat with someone please",
        "is there a human there?",
        "put me through to a representative",
    ],
}

NOT_ASKING = {
    "fi": [
        "mitkä tiliotteet pitää liittää",
        "kuka voi hakea toimeentulotukea",
        "miten henkilöllisyystodistus huomioidaan",
    ],
    "sv": ["vilka kontoutdrag behövs", "vem kan ansöka"],
    "en": ["which bank statements do I need", "who can apply", "how does the agency decide"],
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, ts in ASKS_FOR_HUMAN.items() for t in ts]
)
def test_asking_for_a_human_is_recognised(lang, text):
    assert RULES.asks_for_human(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, ts in NOT_ASKING.items() for t in ts]
)
def test_ordinary_questions_are_not_a_human_request(lang, text):
    assert not RULES.asks_for_human(text, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_kb_question_is_taken_as_a_human_request(lang):
    hits = [q for e in load_kb(lang) for q in e.questions if RULES.asks_for_human(q, lang)]
    assert hits == []


J, S, D, B, M, ILL, P = (
    LifeEvent.JOB_LOSS,
    LifeEvent.SEPARATION,
    LifeEvent.DEATH,
    LifeEvent.BIRTH,
    LifeEvent.MOVING,
    LifeEvent.ILLNESS,
    LifeEvent.PRISON_RELEASE,
)

LIFE_EVENTS = [
    # Finnish, with inflected forms
    ("fi", "minut irtisanottiin viime viikolla", J),
    ("fi", "jäin työttömäksi, miten täytän hakemuksen", J),
    ("fi", "minut on lomautettu toistaiseksi", J),
    ("fi", "erosin miehestäni ja muutin pois", S),
    ("fi", "olemme eronneet, kenen tulot ilmoitetaan", S),
    ("fi", "avioeromme on vireillä", S),
    ("fi", "puolisoni kuoli kuukausi sitten", D),
    ("fi", "äitini kuoleman jälkeen perunkirjoitus on kesken", D),
    ("fi", "meille syntyi vauva", B),
    ("fi", "olen raskaana, vaikuttaako se", B),
    ("fi", "muutin uuteen asuntoon", M),
    ("fi", "olemme muuttamassa toiselle paikkakunnalle", M),
    ("fi", "sairastuin vakavasti", ILL),
    ("fi", "sain syöpädiagnoosin", ILL),
    ("fi", "vapauduin vankilasta eilen", P),
    ("fi", "vapaudun ensi kuussa vankilasta", P),
    ("fi", "sairastuin ja jouduin sairaalaan", ILL),
    ("fi", "olen jaanyt tyottomaksi", J),  # no diacritics
    # Swedish
    ("sv", "jag blev uppsagd från mitt jobb", J),
    ("sv", "jag har permitterats", J),
    ("sv", "vi har separerat", S),
    ("sv", "jag ska skiljas", S),
    ("sv", "min man dog i förra månaden", D),
    ("sv", "min mamma gick bort", D),
    ("sv", "vårt barn föddes i maj", B),
    ("sv", "jag är gravid", B),
    ("sv", "jag flyttade till en ny bostad", M),
    ("sv", "jag insjuknade i cancer", ILL),
    ("sv", "jag friges från fängelset nästa vecka", P),
    # English
    ("en", "I lost my job last week", J),
    ("en", "I was laid off", J),
    ("en", "we are getting divorced", S),
    ("en", "my partner and I separated", S),
    ("en", "my husband passed away", D),
    ("en", "my father died", D),
    ("en", "our baby was born in March", B),
    ("en", "I'm pregnant", B),
    ("en", "I am moving to another city", M),
    ("en", "I fell ill and was in hospital", ILL),
    ("en", "I was released from prison yesterday", P),
]


@pytest.mark.parametrize(("lang", "text", "event"), LIFE_EVENTS)
def test_life_event_detected(lang, text, event):
    assert event in RULES.life_events(text, lang)


@pytest.mark.parametrize("event", list(LifeEvent))
def test_every_event_has_examples_in_every_language(event):
    langs = {lang for lang, _, e in LIFE_EVENTS if e is event}
    assert langs == set(LANGUAGES)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "ilmoitin muutoksesta tuloissa"),  # muutos = change, not moving
        ("fi", "mikä on syntymäaikani muoto"),  # date of birth
        ("fi", "mitä eroa on perusosalla ja täydentävällä tuella"),  # ero = difference
        ("fi", "vesimaksut maksetaan erikseen"),
        ("en", "separately paid water charges"),
        ("en", "how do I report a change in my income"),
        ("sv", "hur meddelar jag en ändring"),
        ("fi", "mitkä tiliotteet pitää liittää"),
    ],
)
def test_everyday_application_words_are_not_life_events(lang, text):
    assert RULES.life_events(text, lang) == frozenset()


def test_several_events_in_one_message():
    assert RULES.life_events("erosimme ja muutin uuteen asuntoon", "fi") == {S, M}
