"""Load and validate ``resources/queues.toml``.

Validation is pydantic (schema, types, ranges, unknown fields) plus
cross-reference checks (calendar and alternative names, duplicate queue keys).
Every problem is reported as ``file:line: field: message``; tomllib gives no
line numbers for values, so :class:`_LineIndex` finds them by locating the
keys and table headers in the text.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .calendar import ExceptionCalendar, ServiceCalendar, parse_dayspec, parse_hhmm, parse_weekly
from .model import Channel, Language, QueueKey, Topic
from .queues import Alternative, AlternativeKind, QueueCatalog, QueueConfig

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "resources" / "queues.toml"

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class ConfigIssue:
    file: Path
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        return f"{where}: {self.field}: {self.message}"


class ConfigError(ValueError):
    """The queue configuration is invalid; ``issues`` lists every problem found."""

    def __init__(self, issues: list[ConfigIssue]) -> None:
        self.issues = issues
        super().__init__("invalid queue configuration:\n" + "\n".join(f"  {i}" for i in issues))


Issue = Callable[[Loc, str], ConfigIssue]  # an issue at a location in the file


# --- schema ---


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_hours(v: dict[str, list[str]]) -> dict[str, list[str]]:
    parse_weekly(v)  # raises ValueError with the offending text
    return v


class CalendarModel(_Strict):
    public_holidays: str | None = None
    closed: list[str] = []
    close_early: dict[str, str] = {}

    @field_validator("closed")
    @classmethod
    def _closed(cls, v: list[str]) -> list[str]:
        for d in v:
            parse_dayspec(d)
        return v

    @field_validator("close_early")
    @classmethod
    def _early(cls, v: dict[str, str]) -> dict[str, str]:
        for d, t in v.items():
            parse_dayspec(d)
            parse_hhmm(t)
        return v

    @field_validator("public_holidays")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        if v is not None:
            import holidays

            if v not in holidays.list_supported_countries():
                raise ValueError(f"unknown country code {v!r} for public holidays")
        return v


class AlternativeModel(_Strict):
    kind: AlternativeKind
    languages: list[Language] = []
    calendar: str | None = None
    hours: dict[str, list[str]]

    _hours = field_validator("hours")(_check_hours)


class DefaultsModel(_Strict):
    calendar: str | None = None
    max_waiting: int = Field(20, gt=0)
    topic_relax_after_s: Any = "never"
    priority: int = 0
    min_proficiency: int = Field(3, ge=1, le=5)
    require_agent_signed_in: bool = True

    @field_validator("topic_relax_after_s")
    @classmethod
    def _relax(cls, v: Any) -> Any:
        return _relax_value(v)


def _relax_value(v: Any) -> float | str:
    if v == "never" or v is None:
        return "never"
    if isinstance(v, bool) or not isinstance(v, int | float) or v < 0:
        raise ValueError('must be a number of seconds >= 0 or "never"')
    return float(v)


class QueueModel(_Strict):
    channel: Channel
    language: Language
    topics: list[str]
    hours: dict[str, list[str]]
    valid_from: date | None = None
    valid_until: date | None = None
    calendar: str | None = None
    max_waiting: int | None = Field(None, gt=0)
    topic_relax_after_s: Any = None
    priority: int | None = None
    min_proficiency: int | None = Field(None, ge=1, le=5)
    require_agent_signed_in: bool | None = None
    alternatives: list[str] = []
    #: false: a documented example an agency can switch on; validated, not served
    enabled: bool = True

    _hours = field_validator("hours")(_check_hours)

    @field_validator("topics")
    @classmethod
    def _topics(cls, v: list[str]) -> list[str]:
        if not v:
            raise ValueError('list at least one topic, or "*" for all')
        known = {t.value for t in Topic}
        for t in v:
            if t != "*" and t not in known:
                raise ValueError(f"unknown topic {t!r}; expected one of {sorted(known)} or '*'")
        return v

    @field_validator("topic_relax_after_s")
    @classmethod
    def _relax(cls, v: Any) -> Any:
        return None if v is None else _relax_value(v)

    @model_validator(mode="after")
    def _range(self) -> QueueModel:
        if self.valid_from and self.valid_until and self.valid_from > self.valid_until:
            raise ValueError("valid_from is after valid_until")
        return self

    def topic_set(self) -> list[Topic]:
        return list(Topic) if "*" in self.topics else [Topic(t) for t in self.topics]


class FileModel(_Strict):
    defaults: DefaultsModel = DefaultsModel()
    calendars: dict[str, CalendarModel] = {}
    alternatives: dict[str, AlternativeModel] = {}
    queues: dict[str, QueueModel]


# --- line finding ---

_HEADER = re.compile(r"^\s*(\[\[?)\s*(.+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r'^\s*((?:[A-Za-z0-9_-]+|"[^"]*")(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"))*)\s*=')
_INLINE_KEY = re.compile(r'[{,]\s*([A-Za-z0-9_-]+|"[^"]*")\s*=')


def _split_dotted(text: str) -> tuple[str, ...]:
    parts = re.findall(r'"([^"]*)"|([A-Za-z0-9_-]+)', text)
    return tuple(q or b for q, b in parts)


class _LineIndex:
    """Maps dotted key paths of a TOML text to the line that defines them."""

    def __init__(self, text: str) -> None:
        self.lines: dict[tuple[str | int, ...], int] = {}
        table: tuple[str | int, ...] = ()
        arrays: dict[tuple[str, ...], int] = {}
        for n, line in enumerate(text.splitlines(), start=1):
            h = _HEADER.match(line)
            if h and not _KEY.match(line):
                path = _split_dotted(h.group(2))
                if h.group(1) == "[[":
                    arrays[path] = arrays.get(path, -1) + 1
                    table = (*path, arrays[path])
                else:
                    table = path
                self.lines.setdefault(table, n)
                continue
            k = _KEY.match(line)
            if k:
                path = (*table, *_split_dotted(k.group(1)))
                self.lines.setdefault(path, n)
                for inner in _INLINE_KEY.findall(line[k.end() :]):
                    self.lines.setdefault((*path, *_split_dotted(inner)), n)

    def find(self, loc: Loc) -> int | None:
        """Line of the longest prefix of ``loc`` that appears in the text."""
        for end in range(len(loc), 0, -1):
            n = self.lines.get(tuple(loc[:end]))
            if n:
                return n
        return None


def _field_name(loc: Loc) -> str:
    return "".join(
        f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(loc)
    )


# --- building ---


def load_queues(path: Path | str = DEFAULT_PATH) -> QueueCatalog:
    """Read, validate and build the queue catalog; raises :class:`ConfigError`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError([ConfigIssue(path, None, "(file)", f"cannot read: {e.strerror}")]) from e
    return parse_queues(text, path)


def parse_queues(text: str, path: Path | str = "<string>") -> QueueCatalog:
    """Validate and build the catalog from TOML text; every issue found is
    reported at once (:class:`ConfigError`), with its line where known."""
    path = Path(path)
    model, issue = _validated(text, path)
    issues: list[ConfigIssue] = []
    d = model.defaults
    if d.calendar and d.calendar not in model.calendars:
        issues.append(issue(("defaults", "calendar"), f"unknown calendar {d.calendar!r}"))
    calendars = {
        name: ExceptionCalendar(
            name,
            public_holidays=c.public_holidays,
            closed=[parse_dayspec(x) for x in c.closed],
            close_early={parse_dayspec(k): parse_hhmm(v) for k, v in c.close_early.items()},
        )
        for name, c in model.calendars.items()
    }
    alternatives = _alternatives(model, calendars, issue, issues)
    queues = _queue_configs(model, calendars, alternatives, issue, issues)
    if issues:
        raise ConfigError(issues)
    return QueueCatalog(path, queues)



def _validated(text: str, path: Path) -> tuple[FileModel, Issue]:
    """The file's model, and how to report an issue at a location in it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        raise ConfigError(
            [ConfigIssue(path, int(m.group(1)) if m else None, "(syntax)", str(e))]
        ) from e
    index = _LineIndex(text)

    def issue(loc: Loc, msg: str) -> ConfigIssue:
        return ConfigIssue(path, index.find(loc), _field_name(loc), msg)

    try:
        return FileModel.model_validate(data), issue
    except ValidationError as e:
        raise ConfigError(
            [
                issue(tuple(err["loc"]), err["msg"].removeprefix("Value error, "))
                for err in e.errors()
            ]
        ) from e


def _alternatives(model: FileModel, calendars: dict[str, ExceptionCalendar], issue: Issue,
                  issues: list[ConfigIssue]) -> dict[str, Alternative]:
    alternatives: dict[str, Alternative] = {}
    for name, a in model.alternatives.items():
        cal_name = a.calendar or model.defaults.calendar
        if a.calendar and a.calendar not in calendars:
            issues.append(
                issue(("alternatives", name, "calendar"), f"unknown calendar {a.calendar!r}")
            )
            continue
        alternatives[name] = Alternative(
            name,
            a.kind,
            frozenset(a.languages),
            ServiceCalendar(parse_weekly(a.hours), exceptions=calendars.get(cal_name or "")),
        )
    return alternatives


def _queue_configs(model: FileModel, calendars: dict[str, ExceptionCalendar],
                   alternatives: dict[str, Alternative], issue: Issue,
                   issues: list[ConfigIssue]) -> dict[QueueKey, QueueConfig]:
    """One QueueConfig per (channel, language, topic) of every enabled queue; a queue key
    defined twice is an issue. Switched-off queues are checked the same way (their
    calendar and alternatives must exist) but are not served."""
    d = model.defaults
    queues: dict[QueueKey, QueueConfig] = {}
    first_seen: dict[QueueKey, str] = {}
    for name, q in model.queues.items():
        cal_name = q.calendar or d.calendar
        if q.calendar and q.calendar not in calendars:
            issues.append(issue(("queues", name, "calendar"), f"unknown calendar {q.calendar!r}"))
            continue
        for i, alt in enumerate(q.alternatives):
            if alt not in model.alternatives:
                issues.append(
                    issue(("queues", name, "alternatives", i), f"unknown alternative {alt!r}")
                )
        calendar = ServiceCalendar(
            parse_weekly(q.hours),
            valid_from=q.valid_from,
            valid_until=q.valid_until,
            exceptions=calendars.get(cal_name or ""),
        )
        relax = (
            q.topic_relax_after_s if q.topic_relax_after_s is not None else d.topic_relax_after_s
        )
        if not q.enabled:
            continue
        for topic in q.topic_set():
            key = QueueKey(q.channel, q.language, topic)
            if key in first_seen:
                issues.append(
                    issue(
                        ("queues", name, "topics"),
                        f"queue {key} is already defined by queues.{first_seen[key]}",
                    )
                )
                continue
            first_seen[key] = name
            queues[key] = QueueConfig(
                key=key,
                name=name,
                calendar=calendar,
                max_waiting=q.max_waiting or d.max_waiting,
                topic_relax_after_s=None if relax == "never" else float(relax),
                priority=q.priority if q.priority is not None else d.priority,
                min_proficiency=q.min_proficiency or d.min_proficiency,
                alternatives=tuple(alternatives[a] for a in q.alternatives if a in alternatives),
                require_agent_signed_in=(
                    q.require_agent_signed_in
                    if q.require_agent_signed_in is not None
                    else d.require_agent_signed_in
                ),
            )
    return queues
