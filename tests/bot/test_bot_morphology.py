"""Word analysis (libvoikko, Snowball) and the rule pattern language."""

import pytest

from service_hub.bot.morphology import (
    DEFAULT_TOOLS,
    SnowballAnalyzer,
    SurfaceAnalyzer,
    VoikkoAnalyzer,
    make_analyzer,
)
from service_hub.bot.patterns import PatternIndex, compile_pattern
from service_hub.bot.scan import Lexicon, scan

VOIKKO = VoikkoAnalyzer()
LEXICON = Lexicon(colloquial={"mut": "minut"}, clause_breaks=frozenset({"mutta"}))


def test_the_default_finnish_analysis_is_voikko():
    assert DEFAULT_TOOLS["fi"] == "voikko"
    assert isinstance(make_analyzer("fi"), VoikkoAnalyzer)
    assert isinstance(make_analyzer("sv"), SnowballAnalyzer)
    assert isinstance(make_analyzer("en", "voikko"), SnowballAnalyzer)  # Voikko is Finnish only


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("irtisanottiin", "irtisanoa"),
        ("työttömäksi", "tyoton"),
        ("kämppään", "kamppa"),
        ("tyottomaksi", "tyoton"),  # typed without ä/ö
        ("muuttanu", "muuttaa"),  # spoken participle, and its verb
        ("eronnut", "erota"),  # a participle gives its verb too
    ],
)
def test_voikko_base_forms(word, lemma):
    assert lemma in VOIKKO.analyse(word).lemmas


def test_voikko_compound_parts_and_tails():
    analysis = VOIKKO.analyse("toimeentulotukihakemuksen")
    assert analysis.lemmas == ("toimeentulotukihakemus",)
    assert {"toimeentulo", "tuki", "hakemus", "tukihakemus"} <= set(analysis.parts)
    assert "asiakaspalvelija" in VOIKKO.analyse("ihmisasiakaspalvelijan").parts


def test_voikko_tags_negation_verb_case_and_conditional():
    assert "neg" in VOIKKO.analyse("enkä").tags
    assert "case:sisatulento" in VOIKKO.analyse("helsinkiin").tags
    assert "cond" in VOIKKO.analyse("kuolisi").tags


def test_snowball_stems_inflections_alike():
    sv = SnowballAnalyzer("sv")
    assert sv.analyse("flyttade").lemmas == sv.analyse("flyttar").lemmas
    en = SnowballAnalyzer("en")
    assert en.analyse("divorced").lemmas == en.analyse("divorcing").lemmas


def _match(source, text, analyzer=VOIKKO):
    index = PatternIndex([("x", compile_pattern(source, analyzer))])
    return [span for _, _, span in index.matches(scan(text, analyzer, LEXICON))]


def test_items_match_base_forms_in_any_inflection():
    assert _match("menettää ~ työpaikka", "menetimme molemmat työpaikkamme") == [(0, 2)]
    assert _match("menettää ~ työpaikka", "menetimme talon mutta auton työpaikalla") == []  # a clause ends


def test_gaps_are_bounded():
    assert _match("menettää ~1 työ", "menetin eilen työni")
    assert not _match("menettää ~1 työ", "menetin eilen aamulla työni")


def test_written_form_items_and_prefixes_on_compound_parts():
    assert _match("=potkut", "sain potkut")
    assert not _match("=potkut", "potkuja en saanut")
    assert _match("asiantuntij*", "etuusasiantuntijan kanssa")  # a part of the compound


def test_any_order_clause_edges_and_case():
    assert _match("& ihminen puhua", "ihmisen kanssa haluan puhua")
    assert _match("^ ihminen $", "ihminen") and not _match("^ ihminen $", "ihminen kiitos")
    assert _match("muuttaa ~2 @sisatulento", "muutin eilen tampereen keskustaan")
    assert not _match("muuttaa ~2 @sisatulento", "muutin hakemuksen tietoja")


def test_spoken_forms_and_typos():
    assert _match("minut ~1 lomauttaa", "mut lomautettiin")  # spoken form from the lexicon
    assert _match("asiakaspalvelija", "asiakaspalvlija")  # one edit in a long word
    assert _match("=human", "humna", SurfaceAnalyzer())  # two letters swapped
    assert not _match("=fired", "filed", SurfaceAnalyzer())  # one letter in a short word: another word


def test_clauses_split_at_punctuation_and_clause_words():
    words = scan("en tiedä, mutta haluan ihmisen", VOIKKO, LEXICON)
    assert [w.clause for w in words] == [0, 0, 1, 1, 1]
