"""queues.toml loading: the shipped file, and errors that name file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from service_hub.routing import Channel, ConfigError, Language, QueueKey, Topic, load_queues

GOOD = """\
[defaults]
calendar = "fi"
max_waiting = 20

[calendars.fi]
public_holidays = "FI"

[alternatives.phone_fi]
kind = "phone"
languages = ["fi"]
hours = { mon-fri = ["09:00-16:00"] }

[queues.chat]
channel = "chat"
language = "fi"
topics = ["social_assistance"]
hours = { mon-fri = ["09:00-16:00"] }
alternatives = ["phone_fi"]
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "queues.toml"
    p.write_text(text, encoding="utf-8")
    return p


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def only_issue(path: Path):
    with pytest.raises(ConfigError) as ei:
        load_queues(path)
    assert len(ei.value.issues) == 1, ei.value.issues
    return ei.value.issues[0]


def test_shipped_config_loads(catalog):
    assert len(catalog) == 1 + 8 + 8 + 7  # chat fi; video ru, ckb, en
    chat = catalog[QueueKey(Channel.CHAT, Language.FI, Topic.SOCIAL_ASSISTANCE)]
    assert chat.max_waiting == 15 and chat.has_room(14) and not chat.has_room(15)
    assert chat.topic_relax_after_s is None and chat.priority == 1
    ru = catalog[QueueKey(Channel.VIDEO, Language.RU, Topic.STUDENTS)]
    assert ru.topic_relax_after_s == 300.0 and ru.min_proficiency == 3


def test_good_minimal_file(tmp_path):
    cat = load_queues(write(tmp_path, GOOD))
    assert list(cat.queues) == [QueueKey(Channel.CHAT, Language.FI, Topic.SOCIAL_ASSISTANCE)]


@pytest.mark.parametrize(
    ("old", "new", "field", "fragment"),
    [
        ("max_waiting = 20", "max_waiting = 0", "defaults.max_waiting", "greater than 0"),
        ('channel = "chat"', 'channel = "fax"', "queues.chat.channel", "chat"),
        (
            'topics = ["social_assistance"]',
            'topics = ["gardening"]',
            "queues.chat.topics",
            "gardening",
        ),
        (
            'alternatives = ["phone_fi"]',
            'alternatives = ["phone_fi"]\nmax_wating = 3',
            "queues.chat.max_wating",
            "Extra inputs",
        ),
        ('calendar = "fi"', 'calendar = "se"', "defaults.calendar", "unknown calendar"),
        (
            'alternatives = ["phone_fi"]',
            'alternatives = ["phone_fi", "fax"]',
            "queues.chat.alternatives[1]",
            "fax",
        ),
        ('public_holidays = "FI"', 'public_holidays = "XX"', "calendars.fi.public_holidays", "XX"),
        ('kind = "phone"', 'kind = "pigeon"', "alternatives.phone_fi.kind", "phone"),
    ],
)
def test_error_names_file_line_and_field(tmp_path, old, new, field, fragment):
    text = GOOD.replace(old, new)
    assert text != GOOD
    path = write(tmp_path, text)
    issue = only_issue(path)
    assert issue.file == path
    assert issue.field == field
    assert issue.line == line_of(text, new.splitlines()[-1])
    assert fragment in issue.message
    assert str(issue).startswith(f"{path}:{issue.line}: {field}: ")


def test_bad_hours_in_inline_table_point_at_their_line(tmp_path):
    text = GOOD.replace(
        '[queues.chat]\nchannel = "chat"\nlanguage = "fi"\ntopics = ["social_assistance"]\nhours = { mon-fri = ["09:00-16:00"] }',
        '[queues.chat]\nchannel = "chat"\nlanguage = "fi"\ntopics = ["social_assistance"]\nhours = { mon-fri = ["16:00-09:00"] }',
    )
    assert text != GOOD
    issue = only_issue(write(tmp_path, text))
    assert issue.field == "queues.chat.hours"
    assert issue.line == line_of(text, "16:00-09:00")
    assert "16:00-09:00" in issue.message


def test_bad_weekday_and_validity_range(tmp_path):
    text = GOOD.replace(
        'hours = { mon-fri = ["09:00-16:00"] }\nalternatives',
        'hours = { mon-fry = ["09:00-16:00"] }\nalternatives',
    )
    issue = only_issue(write(tmp_path, text))
    assert issue.field == "queues.chat.hours" and "mon-fry" in issue.message
    text = GOOD + "valid_from = 2027-05-20\nvalid_until = 2027-03-19\n"
    issue = only_issue(write(tmp_path, text))
    assert issue.field == "queues.chat" and "valid_from" in issue.message
    assert issue.line == line_of(text, "[queues.chat]")


def test_duplicate_queue_key_is_reported(tmp_path):
    text = (
        GOOD
        + '\n[queues.chat_again]\nchannel = "chat"\nlanguage = "fi"\ntopics = ["*"]\nhours = { mon = ["09:00-10:00"] }\n'
    )
    issue = only_issue(write(tmp_path, text))
    assert issue.field == "queues.chat_again.topics"
    assert issue.line == line_of(text, 'topics = ["*"]')
    assert "queues.chat" in issue.message


def test_all_errors_are_reported_together(tmp_path):
    text = GOOD.replace("max_waiting = 20", "max_waiting = -1").replace(
        'language = "fi"\ntopics', 'language = "de"\ntopics'
    )
    with pytest.raises(ConfigError) as ei:
        load_queues(write(tmp_path, text))
    fields = {i.field for i in ei.value.issues}
    assert fields == {"defaults.max_waiting", "queues.chat.language"}
    assert "queues.toml:" in str(ei.value)


def test_toml_syntax_error_has_a_line(tmp_path):
    text = GOOD.replace("max_waiting = 20", "max_waiting = = 20")
    issue = only_issue(write(tmp_path, text))
    assert issue.line == line_of(text, "= = 20") and issue.field == "(syntax)"


def test_missing_file(tmp_path):
    issue = only_issue(tmp_path / "nope.toml")
    assert issue.line is None and "cannot read" in issue.message


def test_switched_off_queue_is_checked_but_not_served(tmp_path):
    off = '\n[queues.chat_sv]\nenabled = false\nchannel = "chat"\nlanguage = "sv"\n' \
          'topics = ["social_assistance"]\nhours = { mon-fri = ["09:00-16:00"] }\n'
    cat = load_queues(write(tmp_path, GOOD + off))
    assert list(cat.queues) == [QueueKey(Channel.CHAT, Language.FI, Topic.SOCIAL_ASSISTANCE)]
    # Switched on, the same table is served.
    cat = load_queues(write(tmp_path, GOOD + off.replace("enabled = false", "enabled = true")))
    assert QueueKey(Channel.CHAT, Language.SV, Topic.SOCIAL_ASSISTANCE) in cat
    # Switched off is no excuse for a broken table: it must load when an agency turns it on.
    text = GOOD + off + 'alternatives = ["fax"]\n'
    issue = only_issue(write(tmp_path, text))
    assert issue.field == "queues.chat_sv.alternatives[0]" and "fax" in issue.message
