"""Knowledge base content checks and matching quality (fi, sv, en)."""

import json
from pathlib import Path

import pytest

from service_hub.bot import LANGUAGES, KbMatcher, load_kb
from service_hub.bot.kb import STEPS
from service_hub.bot.normalize import fold, normalize

PARAPHRASES = json.loads((Path(__file__).parent / "paraphrases.json").read_text("utf-8"))

OFF_TOPIC = {
    "fi": [
        "mikä on huomisen sääennuste helsingissä",
        "kuka voitti jääkiekon mm-kisat",
        "voinko tilata pizzan kotiin",
        "mitä kuuluu",
        "paljonko kello on",
        "suosittele hyvää elokuvaa",
        "miten kissa oppii käyttämään hiekkalaatikkoa",
    ],
    "sv": [
        "hur blir vädret i morgon i helsingfors",
        "vem vann ishockey-vm",
        "kan jag beställa pizza hem",
        "hur mår du",
        "vad är klockan",
        "rekommendera en bra film",
        "hur lär sig katten att använda kattlådan",
    ],
    "en": [
        "what is the weather tomorrow in helsinki",
        "who won the ice hockey world championship",
        "can i order a pizza",
        "how are you",
        "what time is it",
        "recommend a good movie",
        "how does a cat learn to use the litter box",
        "how old are you",  # one ordinary word of the KB ("18-year-old") is no topic
    ],
}


@pytest.fixture(scope="module", params=LANGUAGES)
def matcher(request):
    return KbMatcher.for_language(request.param)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_kb_has_40_entries_with_valid_steps(lang):
    entries = load_kb(lang)
    assert len(entries) >= 40
    for e in entries:
        assert e.step in STEPS
        assert len(e.questions) >= 2
        assert len(e.answer) > 60  # a real answer, not a stub


def test_same_ids_and_steps_in_every_language():
    per_lang = {lang: [(e.id, e.step) for e in load_kb(lang)] for lang in LANGUAGES}
    assert per_lang["fi"] == per_lang["sv"] == per_lang["en"]


def test_steps_cover_the_application():
    assert {e.step for e in load_kb("fi")} == STEPS


@pytest.mark.parametrize(
    ("lang", "needle"),
    [("fi", "seitsemäntenä arkipäivänä"), ("sv", "sjunde vardagen"), ("en", "seventh working day")],
)
def test_decision_time_answer_says_seven_working_days(lang, needle):
    answer = {e.id: e.answer for e in load_kb(lang)}["decision_time"]
    assert needle in answer


def test_paraphrase_of_every_entry_finds_it(matcher):
    lang = next(lang for lang in LANGUAGES if matcher.entries == load_kb(lang))
    paraphrases = PARAPHRASES[lang]
    assert set(paraphrases) == {e.id for e in matcher.entries}
    misses = []
    for entry_id, text in paraphrases.items():
        found = matcher.match(text)
        if found is None or found.entry.id != entry_id:
            misses.append((entry_id, text, matcher.rank(text, 2)))
    assert misses == []


def test_paraphrases_are_not_copies_of_kb_questions():
    for lang in LANGUAGES:
        questions = {fold(q) for e in load_kb(lang) for q in e.questions}
        assert not questions & {fold(p) for p in PARAPHRASES[lang].values()}


def test_off_topic_questions_fall_below_threshold(matcher):
    lang = next(lang for lang in LANGUAGES if matcher.entries == load_kb(lang))
    for text in OFF_TOPIC[lang]:
        assert matcher.match(text) is None, (text, matcher.rank(text, 1))


@pytest.mark.parametrize(
    ("lang", "text", "entry_id"),
    [
        ("fi", "Mitka tiliotteet pitaa liittaa hakemukseen", "bank_statements"),
        ("fi", "SAHKOLASKU, miten se ilmoitetaan???", "electricity"),
        ("sv", "vilka kontoutdrag ska bifogas till ansokan", "bank_statements"),
        ("sv", "beaktas elrakningen", "electricity"),
        ("en", "HOW LONG does processing take?!", "decision_time"),
    ],
)
def test_missing_diacritics_and_case_are_tolerated(lang, text, entry_id):
    found = KbMatcher.for_language(lang).match(text)
    assert found is not None and found.entry.id == entry_id


@pytest.mark.parametrize(
    ("lang", "text", "entry_id"),
    [
        ("fi", "sähkölaskuistani kysyisin", "electricity"),  # inflected compound
        ("fi", "vuokravakuudesta kysyisin", "rent_deposit"),
        ("fi", "miten ilmoitan elatusavut", "child_benefit_maintenance"),
        ("sv", "hur anger jag underhållsbidragen", "child_benefit_maintenance"),
        ("en", "help with my prescriptions", "medicine_costs"),
    ],
)
def test_inflected_and_compound_words_find_their_entry(lang, text, entry_id):
    found = KbMatcher.for_language(lang).match(text)
    assert found is not None and found.entry.id == entry_id, KbMatcher.for_language(lang).rank(text, 2)


def test_normalize_keeps_diacritics_fold_drops_them():
    assert normalize("  Säästöt, ÅÄÖ!  ") == "säästöt åäö"
    assert fold("Säästöt, ÅÄÖ!") == "saastot aao"


def test_empty_or_stopword_only_text_matches_nothing(matcher):
    assert matcher.match("") is None
    assert matcher.match("?!") is None
