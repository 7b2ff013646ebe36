"""What the bot understands, per rule family and language, including negation,
"not yet" and hypotheticals. The sentences here are written for these tests,
apart from the evaluation set in tests/bot/eval/ (which bench/bot.py scores)."""

import pytest

from service_hub.bot import LifeEvent, RuleSet
from service_hub.bot.rules import Mood

RULES = RuleSet.load()
J, S, D, B, M, ILL, P = (
    LifeEvent.JOB_LOSS,
    LifeEvent.SEPARATION,
    LifeEvent.DEATH,
    LifeEvent.BIRTH,
    LifeEvent.MOVING,
    LifeEvent.ILLNESS,
    LifeEvent.PRISON_RELEASE,
)

# (language, text, event): inflected forms, compounds, idioms, spoken forms, no diacritics.
STATED = [
    ("fi", "meidät molemmat irtisanottiin samana päivänä", J),
    ("fi", "sain lopputilin ja potkut", J),
    ("fi", "mut lomautettiin kuukaudeks", J),
    ("fi", "menetimme molemmat työpaikkamme", J),
    ("fi", "jäin tyottomaksi toukokuussa", J),
    ("fi", "pätkä loppui ja nyt ei ole töitä", J),
    ("fi", "avovaimoni jätti minut", S),
    ("fi", "meidän liitto kariutui", S),
    ("fi", "avioerohakemus on jätetty", S),
    ("fi", "isoisäni nukkui pois viime yönä", D),
    ("fi", "puolisoni menehtyi", D),
    ("fi", "perunkirjoitus pitäisi tehdä", D),
    ("fi", "kaksoset syntyivät eilen", B),
    ("fi", "oon raskaana", B),
    ("fi", "muutimme tyttöystävän kanssa yhteen", M),
    ("fi", "muutan ensi kuussa ouluun", M),
    ("fi", "mulla on uusi kämppä", M),
    ("fi", "mieheni sai sydänkohtauksen", ILL),
    ("fi", "olen ollut sairaslomalla pitkään", ILL),
    ("fi", "pääsin eilen vankilasta", P),
    ("fi", "mieheni pääsee linnasta ensi viikolla", P),
    ("sv", "vi blev båda uppsagda samma dag", J),
    ("sv", "han fick sparken från lagret", J),
    ("sv", "jag miste mitt arbete i våras", J),
    ("sv", "hon lämnade mig för en annan", S),
    ("sv", "vi har gått isär", S),
    ("sv", "min farfar somnade in i natt", D),
    ("sv", "min man har avlidit", D),
    ("sv", "vår bebis kom i går", B),
    ("sv", "min sambo är gravid", B),
    ("sv", "vi flyttar till vasa", M),
    ("sv", "jag har fått en ny lägenhet", M),
    ("sv", "jag har blivit sjukskriven för utmattning", ILL),
    ("sv", "min fru fick en stroke", ILL),
    ("sv", "jag har muckat", P),
    ("sv", "han släpptes från anstalten", P),
    ("en", "we were both made redundant", J),
    ("en", "they gave me the sack", J),
    ("en", "my partner walked out", S),
    ("en", "we broke up last year", S),
    ("en", "my grandad passed away on sunday", D),
    ("en", "i was widowed in may", D),
    ("en", "our twins were born early", B),
    ("en", "my girlfriend is pregnant", B),
    ("en", "we are moving house", M),
    ("en", "i relocated for work", M),
    ("en", "i was hospitalised for a week", ILL),
    ("en", "he has cancer and can't work", ILL),
    ("en", "i just got out of jail", P),
    ("en", "my son is on parole", P),
]

NEGATED = [
    ("fi", "minua ei ole irtisanottu"),
    ("fi", "emme ole eronneet"),
    ("fi", "kukaan ei kuollut"),
    ("fi", "en ole muuttanut"),
    ("fi", "en oo raskaana"),
    ("sv", "jag har inte blivit uppsagd"),
    ("sv", "vi har inte separerat"),
    ("sv", "ingen har dött"),
    ("sv", "vi flyttade aldrig"),
    ("en", "i haven't been fired"),
    ("en", "we never divorced"),
    ("en", "i'm not pregnant"),
    ("en", "nobody passed away"),
]

# "If ...", a conditional, a risk, or "not yet": still suggested, as HYPOTHETICAL or EXPECTED.
PROSPECTIVE = [
    ("fi", "jos minut irtisanotaan", J, Mood.HYPOTHETICAL),
    ("fi", "mitä jos eroaisimme", S, Mood.HYPOTHETICAL),
    ("fi", "vauva ei ole vielä syntynyt", B, Mood.EXPECTED),
    ("fi", "emme ole vielä muuttaneet", M, Mood.EXPECTED),
    ("sv", "om jag blir uppsagd", J, Mood.HYPOTHETICAL),
    ("sv", "barnet är inte fött än", B, Mood.EXPECTED),
    ("sv", "om min man dör", D, Mood.HYPOTHETICAL),
    ("en", "if i get laid off", J, Mood.HYPOTHETICAL),
    ("en", "we haven't moved yet", M, Mood.EXPECTED),
    ("en", "what if my husband dies", D, Mood.HYPOTHETICAL),
]

HUMAN = [
    ("fi", "haluaisin jutella oikean ihmisen kanssa"),
    ("fi", "yhdistäkää asiakaspalvelijalle"),
    ("fi", "saanko virkailijan"),
    ("fi", "asiakaspalvleu"),  # a typo of a long word
    ("sv", "kan jag få tala med en handläggare"),
    ("sv", "jag vill ha en riktig människa"),
    ("sv", "kundtjanst"),
    ("en", "let me talk to a real person"),
    ("en", "can i speak with an advisor"),
    ("en", "hmuan please"),  # swapped letters
]

NOT_HUMAN = [
    ("fi", "en halua puhua ihmisen kanssa"),  # negated
    ("fi", "virkailija sanoi että liite puuttuu"),  # told about, not asked for
    ("fi", "pitääkö sosiaalityöntekijälle varata aika"),
    ("sv", "jag vill inte prata med en människa"),
    ("sv", "handläggaren sa att bilagan saknas"),
    ("en", "i don't want to talk to a human"),
    ("en", "the caseworker said an attachment is missing"),
    ("en", "do i need to come in person"),
]

LOOK_ALIKES = [  # everyday application words that only look like a change in life
    ("fi", "haluan muuttaa hakemuksen tietoja"),  # muuttaa = change
    ("fi", "mitä eroa on näillä tuilla"),  # ero = difference
    ("fi", "irtisanoin vuokrasopimuksen"),  # a lease, not a job
    ("fi", "mikä on syntymäpäiväni muoto lomakkeella"),
    ("sv", "vad är skillnaden mellan stöden"),
    ("sv", "det är en död bokstav"),
    ("en", "what is the difference between the two"),
    ("en", "i was born in 1990"),
    ("en", "can i move the appointment"),
]


@pytest.mark.parametrize(("lang", "text", "event"), STATED)
def test_a_stated_change_is_found(lang, text, event):
    understood = RULES.understand(text, lang)
    assert understood.events.get(event) is Mood.STATED, understood


@pytest.mark.parametrize(("lang", "text"), NEGATED)
def test_a_plain_negation_is_no_change(lang, text):
    assert RULES.life_events(text, lang) == frozenset()


@pytest.mark.parametrize(("lang", "text", "event", "mood"), PROSPECTIVE)
def test_hypotheticals_and_not_yet_are_still_changes(lang, text, event, mood):
    assert RULES.understand(text, lang).events.get(event) is mood


@pytest.mark.parametrize(("lang", "text"), HUMAN)
def test_human_requests(lang, text):
    assert RULES.asks_for_human(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_HUMAN)
def test_not_human_requests(lang, text):
    assert not RULES.asks_for_human(text, lang)


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_look_alikes_are_no_change(lang, text):
    assert RULES.life_events(text, lang) == frozenset()


@pytest.mark.parametrize("event", list(LifeEvent))
def test_every_event_is_tested_stated_in_every_language(event):
    assert {lang for lang, _, e in STATED if e is event} == {"fi", "sv", "en"}


def test_a_change_denied_in_one_clause_is_not_taken_from_another():
    assert RULES.life_events("kukaan ei ole kuollut, kysyn hautajaiskuluista", "fi") == frozenset()
    assert RULES.life_events("nobody died, i'm asking about funeral costs", "en") == frozenset()


def test_negation_reaches_its_own_clause_only():
    # "en jaksa" (I can't be bothered) is in another clause than the request.
    assert RULES.asks_for_human("en jaksa tätä, haluan puhua ihmiselle", "fi")
    assert RULES.life_events("en ymmärrä lomaketta, mies kuoli", "fi") == {D}


def test_the_session_language_decides_the_rules():
    # Swedish "dog" (died) is no death in an English chat about a dog.
    assert RULES.life_events("my dog is old", "en") == frozenset()
    assert RULES.life_events("min hund dog", "sv") == {D}
