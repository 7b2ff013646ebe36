"""Application assistant: how often it understands customers, and how fast.

Runs every utterance of the labelled evaluation set (tests/bot/eval/, fi, sv,
en) through a fresh BotConversation of the real engine (rules + knowledge base, in
process) with an open, not-full queue, and scores what the bot did:

- human request: precision and recall of "the customer asks for a human";
- life events: precision and recall over (utterance, event) pairs, also per
  event; a hypothetical or "not yet" counts as an event (the bot suggests an
  expert), a plain negation as none;
- knowledge base: top-1 accuracy on the paraphrases (the bot answered, and
  from the right entry; "not understood" is a miss);
- off-topic: the share answered as if understood;
- time per message (p50/p99 of ``await conversation.handle``), engine start-up.

The set is split once into a tune part and a report part; rules are tuned on
the tune part only. ``--part report`` (the default) is what docs/benchmarks.md
records; ``--failures`` lists the misses and works on the tune part only, so
that nobody tunes on the reported part by accident.

    .venv/bin/python bench/bot.py --quick              # report part, < 60 s
    .venv/bin/python bench/bot.py --part tune --failures
    .venv/bin/python bench/bot.py --compare            # morphology tools on the tune part

Human lines, then ONE JSON object on the last line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service_hub.bot import LANGUAGES, BotEngine, HandoffFacts, HandoffReason  # noqa: E402
from service_hub.bot.rules import LifeEvent  # noqa: E402

EVAL_DIR = Path(__file__).resolve().parents[1] / "tests" / "bot" / "eval"
EVENTS = [str(e) for e in LifeEvent]
FACTS = HandoffFacts(queue_open=True, queue_full=False, agents_available=1)


@dataclass(frozen=True, slots=True)
class Item:
    category: str
    text: str
    human: bool
    events: frozenset[str]
    kb: str | None


def load_items(language: str, part: str) -> list[Item]:
    items = []
    path = EVAL_DIR / f"{language}.{part}.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, labels, text = (field.strip() for field in line.split(" | ", 2))
        tags = set() if labels == "-" else set(labels.split(","))
        kb = next((t.removeprefix("kb:") for t in tags if t.startswith("kb:")), None)
        events = frozenset(t for t in tags if t in EVENTS)
        unknown = tags - events - {"human"} - {f"kb:{kb}"}
        if unknown:
            raise ValueError(f"{path}: unknown labels {sorted(unknown)} in {line!r}")
        items.append(Item(category, text, "human" in tags, events, kb))
    return items


@dataclass
class Outcome:
    item: Item
    human: bool
    events: frozenset[str]
    understood: bool
    entry_id: str | None
    seconds: float


async def run_language(engine: BotEngine, language: str, items: list[Item], repeat: int) -> list[Outcome]:
    outcomes = []
    for item in items:
        best = float("inf")
        for _ in range(repeat):  # the fastest of a few runs: the bot's cost, not the machine's noise
            conversation = engine.new_conversation(language)
            start = time.perf_counter()
            reply = await conversation.handle(item.text, FACTS)
            best = min(best, time.perf_counter() - start)
        answer = reply.answer
        outcomes.append(Outcome(
            item=item,
            human=reply.handoff_reason is HandoffReason.ASKED,
            events=frozenset(str(e) for e in reply.new_life_events),
            understood=bool(answer and answer.understood),
            entry_id=answer.entry_id if answer and answer.understood else None,
            seconds=best,
        ))
    return outcomes


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def score(outcomes: list[Outcome]) -> dict[str, object]:
    human_tp = sum(o.human and o.item.human for o in outcomes)
    human_pred = sum(o.human for o in outcomes)
    human_gold = sum(o.item.human for o in outcomes)
    per_event: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, predicted, gold
    for o in outcomes:
        for event in EVENTS:
            predicted, gold = event in o.events, event in o.item.events
            per_event[event][0] += predicted and gold
            per_event[event][1] += predicted
            per_event[event][2] += gold
    tp, pred, gold = (sum(v[i] for v in per_event.values()) for i in range(3))
    kb = [o for o in outcomes if o.item.category == "kb"]
    off = [o for o in outcomes if o.item.category == "offtopic"]
    negations = [o for o in outcomes if o.item.category == "negation"]
    hypotheticals = [o for o in outcomes if o.item.category == "hypothetical"]
    return {
        "human_request_precision": _ratio(human_tp, human_pred),
        "human_request_recall": _ratio(human_tp, human_gold),
        "life_event_precision": _ratio(tp, pred),
        "life_event_recall": _ratio(tp, gold),
        "kb_top1": _ratio(sum(o.entry_id == o.item.kb for o in kb), len(kb)),
        "offtopic_understood_rate": _ratio(sum(o.understood for o in off), len(off)),
        "negation_no_event_rate": _ratio(sum(not o.events for o in negations), len(negations)),
        "hypothetical_suggested_rate": _ratio(
            sum(o.item.events <= o.events for o in hypotheticals), len(hypotheticals)),
        "per_event": {e: {"precision": _ratio(v[0], v[1]), "recall": _ratio(v[0], v[2])}
                      for e, v in per_event.items()},
    }


def failures(outcomes: list[Outcome]) -> list[str]:
    lines = []
    for o in outcomes:
        it = o.item
        wrong = []
        if o.human != it.human:
            wrong.append(f"human={o.human}")
        if o.events != it.events:
            wrong.append(f"events={sorted(o.events)} want {sorted(it.events)}")
        if it.category == "kb" and o.entry_id != it.kb:
            wrong.append(f"kb={o.entry_id} want {it.kb}")
        if it.category == "offtopic" and o.understood:
            wrong.append(f"answered {o.entry_id}")
        if wrong:
            lines.append(f"  [{it.category}] {it.text!r}: {'; '.join(wrong)}")
    return lines


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def evaluate(args: argparse.Namespace) -> dict[str, object]:
    started = time.perf_counter()
    engine = BotEngine.load(**({"morphology": args.tool} if args.tool else {}))
    loaded = time.perf_counter()
    result: dict[str, object] = {"part": args.part, "tool": args.tool or "default"}
    times: list[float] = []
    first_messages = 0.0
    for language in args.languages:
        items = load_items(language, args.part)
        t0 = time.perf_counter()
        await run_language(engine, language, items[:1], 1)  # first message: lazy loading
        first_messages += time.perf_counter() - t0
        outcomes = await run_language(engine, language, items, args.repeat)
        times += [o.seconds for o in outcomes]
        scores = score(outcomes)
        per_event = scores.pop("per_event")
        for key, value in scores.items():
            result[f"{language}_{key}"] = value
        result[f"{language}_per_event"] = per_event
        result[f"{language}_n"] = len(items)
        print(f"{language}: {len(items)} utterances " + ", ".join(f"{k} {v}" for k, v in scores.items()))
        for event, pr in per_event.items():
            print(f"    {event:15s} precision {pr['precision']}  recall {pr['recall']}")
        if args.failures:
            print("\n".join(failures(outcomes)) or "  (no misses)")
    result["startup_ms"] = round((loaded - started + first_messages) * 1000, 1)
    result["p50_ms"] = round(statistics.median(times) * 1000, 3)
    result["p99_ms"] = round(percentile(times, 0.99) * 1000, 3)
    result["max_ms"] = round(max(times) * 1000, 3)
    result["max_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    await engine.aclose()
    return result


def compare(args: argparse.Namespace) -> dict[str, object]:
    """Each tool in a fresh process (start-up and memory are the tool's own)."""
    rows = {}
    for tool in args.tools:
        command = [sys.executable, __file__, "--part", "tune", "--tool", tool, "--repeat", "3"]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        rows[tool] = json.loads(out.strip().splitlines()[-1])
    keys = ["human_request_precision", "human_request_recall", "life_event_precision",
            "life_event_recall", "kb_top1", "offtopic_understood_rate", "negation_no_event_rate"]
    print(f"{'tool':10s} {'lang':4s} " + " ".join(f"{k[:18]:>18s}" for k in keys))
    for tool, row in rows.items():
        for language in LANGUAGES:
            print(f"{tool:10s} {language:4s} " + " ".join(f"{row[f'{language}_{k}']!s:>18s}" for k in keys))
        print(f"{tool:10s} start-up {row['startup_ms']} ms, p99 {row['p99_ms']} ms, "
              f"max RSS {row['max_rss_mib']} MiB")
    return {"compare": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="timing from 3 runs per utterance (else 10)")
    parser.add_argument("--part", choices=("report", "tune"), default="report")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    parser.add_argument("--repeat", type=int, default=None)
    parser.add_argument("--tool", default=None, help="morphology tool (default: the engine's)")
    parser.add_argument("--failures", action="store_true", help="list misses (tune part only)")
    parser.add_argument("--compare", action="store_true", help="compare morphology tools on the tune part")
    parser.add_argument("--tools", nargs="+", default=["surface", "snowball", "simplemma", "voikko"])
    args = parser.parse_args()
    if args.failures and args.part != "tune":
        parser.error("--failures lists misses of the tune part only (never tune on the report part)")
    args.repeat = args.repeat or (3 if args.quick else 10)
    result = compare(args) if args.compare else asyncio.run(evaluate(args))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
