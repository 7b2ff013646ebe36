"""Video path: the pre-session check, one row per item with a verdict and a remedy.

Beside the list, the customer's own picture with the microphone level, and
the device pickers (``DevicePanel``); a device picked there is checked again.
Camera, microphone, the speakers' echo and the network are measured
automatically (at most 10 s): a short sound plays on the speakers, and the
speaker row shows how much of its echo the canceller removes (a headset is
advised only when the echo stays). Whether the customer heard the sound only
they can tell, so they are asked. The shared ``PrecheckReport`` (as a dict)
goes to the hub with the request for a video call.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from client_core.precheck.verdicts import ItemReport, Verdict
from client_core.qt.announce import announce
from client_core.qt.call_devices import CallDevices
from client_core.qt.device_texts import device_texts

from ...domain.precheck import (
    ROWS,
    TIME_BUDGET_S,
    Checklist,
    Row,
    RowState,
    speaker_item,
)
from ...services.devices import DeviceProbes
from ...services.precheck_runner import PrecheckRunner
from ..device_panel import DevicePanel, PageProbes
from ..look import px
from ..texts import texts
from ..widgets import Page, button, label

MARKS = {None: "…", Verdict.OK: "✓", Verdict.WARN: "!", Verdict.FAIL: "✗"}
UNGRADED = "–"  # the check is over and this row could not be measured
RunnerFactory = Callable[[DeviceProbes], PrecheckRunner]


class ItemRow(QWidget):
    """One checklist line: mark, name, verdict; a measured figure and the remedy below it.

    A widget with box layouts (not cells of one grid): word-wrapped remedies then
    get the height they need instead of being cut to one line.
    """

    def __init__(self, row: Row) -> None:
        super().__init__()
        self.row = row
        self.result: RowState | None = None
        self.finished = False
        self.detail_text = ""  # a measured figure in words (the speakers' echo)
        self.mark = QLabel(MARKS[None])
        self.mark.setObjectName("mark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mark.setFixedSize(px(40), px(36))
        self.name = label("itemName")
        self.verdict = label("itemVerdict")
        self.verdict.setWordWrap(False)
        self.remedy = label("remedy")
        self.detail = label("itemDetail")
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.verdict)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addLayout(top)
        text.addWidget(self.detail)
        text.addWidget(self.remedy)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.set(None)

    def set(self, state: RowState | None, finished: bool = False) -> None:
        """``finished``: the automatic checks are over (an ungraded row stays so)."""
        self.result = state if state is not None and state.verdict is not None else None
        self.finished = finished
        verdict = self.result.verdict if self.result else None
        self.mark.setText(UNGRADED if verdict is None and finished else MARKS[verdict])
        self.mark.setProperty("verdict", verdict.value if verdict else "pending")
        self.mark.style().unpolish(self.mark)
        self.mark.style().polish(self.mark)
        # The relay is checked only when the hub names one: no row otherwise.
        self.setVisible(self.row is not Row.RELAY or self.result is not None)
        self.retranslate()

    def retranslate(self) -> None:
        t = texts()
        self.name.setText(t.row(self.row))
        if self.result is None and self.finished:
            self.verdict.setText(t.ungraded(self.row))
        else:
            self.verdict.setText(t.verdict(self.result.verdict if self.result else None))
        remedy = t.remedies(self.result.remedies) if self.result else ""
        self.remedy.setText(remedy)
        self.remedy.setVisible(bool(remedy))
        self.detail.setText(self.detail_text)
        self.detail.setVisible(bool(self.detail_text))


class ListCard(QScrollArea):
    """The check's list: asks only for its minimum height and takes the room left on the
    page, scrolling within it (its full height made the page scroll instead and pushed
    Continue out of sight; an ignored height let the buttons overlap it at large text)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        # A focus stop (named, for the arrow keys) only while there is something to scroll:
        # the rows themselves take no focus, so a keyboard user could not reach the last
        # ones otherwise, and an unnamed stop that does nothing only confuses.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalScrollBar().rangeChanged.connect(self._scrolls)

    def _scrolls(self, _low: int, high: int) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if high > 0 else Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class PrecheckPage(Page):
    passed = Signal(dict)  # the report for HandoffRequest.precheck
    backRequested = Signal()

    def __init__(self, runner_factory: RunnerFactory, devices: CallDevices, *,
                 warmup_s: float = 1.0, sample_s: float = 1.5,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, max_width=1240)
        self.runner_factory = runner_factory
        # Scrolls on small screens instead of squeezing the remedies unreadable.
        # The scroll area is the card, so its scroll bar sits inside the card's border.
        self.list_scroll = scroll = ListCard()
        self.panel = DevicePanel(devices, beside=scroll)
        self.panel.picked.connect(self._device_picked)
        self.timing = (warmup_s, sample_s)  # the device probes' settle and sample times
        self.probes: PageProbes | None = None
        self.checklist: Checklist | None = None
        self.finished = False  # the automatic checks are over (the task may still unwind)
        self.sound_done = False  # the test sound has played: the question may be asked
        self.heard: bool | None = None
        self.task: asyncio.Task[Any] | None = None
        self.started = 0.0
        self.announced: dict[Row, object] = {}  # what each row's verdict was read out as
        self.announced_outcome = ""
        self.lead = label("lead")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(16)
        self.status = label("hint")
        box = QWidget()
        box.setObjectName("checkItems")
        checklist = QVBoxLayout(box)
        checklist.setSpacing(4)
        self.rows = {row: ItemRow(row) for row in ROWS}
        for row in self.rows.values():
            checklist.addWidget(row)
        # "Did you hear it?": only the customer can say.
        self.question = QFrame()
        self.question.setObjectName("question")
        q = QHBoxLayout(self.question)
        self.ask = label("lead")
        self.yes = button("primary")
        self.no = button("secondary")
        self.again = button("secondary")
        q.addWidget(self.ask, 1)
        for b in (self.yes, self.no, self.again):
            q.addWidget(b)
        self.retry = button("secondary")
        self.go = button("primary")
        self.back = button("secondary")
        # The outcome beside the buttons it decides (and a line of the page saved: with the
        # device panel the check has to fit a 1024x700 window).
        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.back)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.retry)
        actions.addWidget(self.go)
        self.body.setSpacing(12)  # the page's usual 18 would not fit 1024x700
        self.body.addWidget(self.lead)
        self.body.addWidget(self.progress)
        self.body.addWidget(self.question)
        scroll.setObjectName("checklist")
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        scroll.setMinimumHeight(px(180))
        self.body.addWidget(self.panel, 1)
        self.body.addLayout(actions)
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._tick)
        self.yes.clicked.connect(lambda: self._answer(True))
        self.no.clicked.connect(lambda: self._answer(False))
        self.again.clicked.connect(lambda: self.panel.checks.check_sound.play_soon())
        self.retry.clicked.connect(self.start)
        self.go.clicked.connect(self._go)
        self.back.clicked.connect(self.backRequested.emit)

    # ------------------------------------------------------------ running

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done() and not self.finished

    def start(self) -> None:
        if self.running:
            return
        self.checklist = Checklist()
        self.finished = self.sound_done = False
        self.heard = None
        self.announced.clear()
        self.announced_outcome = ""
        for row in self.rows.values():
            row.detail_text = ""
            row.set(None)
        self.progress.setValue(0)
        self.started = time.monotonic()
        self.timer.start()
        self.panel.checking()
        self.probes = self.panel.probes(*self.timing)
        self.task = asyncio.ensure_future(self._run(self.probes))
        self.retranslate()

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.task = None
        self.timer.stop()
        self.panel.stop_preview()

    def _device_picked(self, *_picked: str) -> None:
        """Another device: what was measured no longer holds, check again."""
        self.stop()
        self.start()

    async def _run(self, probes: PageProbes) -> None:
        runner = self.runner_factory(probes)
        done = await runner.run(self._on_result)
        if self.checklist is not None:  # the speaker answer is already in ours
            self.checklist.network, self.checklist.elapsed_s = done.network, done.elapsed_s
        self.finished = True
        self.timer.stop()
        self.progress.setValue(100)
        self._show_rows()
        await self.panel.start_preview()

    def _on_result(self, result: ItemReport) -> None:
        if self.checklist is not None:
            self.checklist.put(result)
        if result.item == "microphone":  # the speaker item is over: the sound has played
            self.sound_done = True
            sound = self.probes.sound if self.probes is not None else None
            echo = sound.echo if sound is not None else None
            self.rows[Row.SPEAKERS].detail_text = device_texts().echo(echo) if echo else ""
        self._show_rows()

    def _show_rows(self) -> None:
        if self.checklist is None:
            return
        for row, widget in self.rows.items():
            widget.set(self.checklist.row(row), self.finished)
        self.retranslate()
        if self.finished:  # "fix the items marked": the first of them in view, with its tip
            failed = [w for w in self.rows.values() if w.result and w.result.verdict is Verdict.FAIL]
            if failed:
                QTimer.singleShot(0, lambda: self._reveal(failed[0]))

        self._announce_results()


    def _reveal(self, row: QWidget) -> None:
        """Scroll ``row`` (with its tip) into view, once the layout has made room for it."""
        box = self.list_scroll.widget()
        if box.layout() is not None:
            box.layout().activate()
        self.list_scroll.ensureWidgetVisible(row, 0, 20)

    def _announce_results(self) -> None:
        """Each item once as it gets its verdict ('Camera: OK'), a failure with its remedy,
        then the outcome: heard without moving the focus, never the level meter."""
        for row, widget in self.rows.items():
            verdict = widget.result.verdict if widget.result else None
            if verdict is None or self.announced.get(row) is verdict:
                continue
            self.announced[row] = verdict
            said = f"{widget.name.text()}: {widget.verdict.text()}"
            announce(widget, f"{said}. {widget.remedy.text()}" if widget.remedy.text() else said)
        outcome = self.status.text() if self.checklist and self.checklist.complete else ""
        if outcome and outcome != self.announced_outcome:
            self.announced_outcome = outcome
            announce(self.status, outcome)

    def _tick(self) -> None:
        done = sum(1 for r in self.rows.values() if r.result is not None)
        by_time = (time.monotonic() - self.started) / TIME_BUDGET_S
        self.progress.setValue(int(100 * min(0.99, max(by_time, done / len(ROWS)))))

    def _answer(self, heard: bool) -> None:
        self.heard = heard
        if self.checklist is None:
            return
        self.checklist.put(speaker_item(heard))
        self._show_rows()

    @property
    def ready(self) -> bool:
        return self.checklist is not None and self.checklist.passed and not self.running

    def _go(self) -> None:
        if self.ready and self.checklist is not None:
            self.passed.emit(self.checklist.report().to_dict())

    # ------------------------------------------------------------ text

    def retranslate(self) -> None:
        self.title.setText(self.tr("Let's check your computer"))
        self.lead.setText(self.tr("This takes about ten seconds. Please allow the use of "
                                  "the camera and microphone, say a few words, and listen: "
                                  "we play a short sound."))
        for row in self.rows.values():
            row.retranslate()
        if self.running:
            self.status.setText(self.tr("Checking…"))
        elif self.checklist is not None and self.checklist.complete:
            self.status.setText(
                self.tr("Everything is ready for the video call.") if self.checklist.passed
                else self.tr("Please fix the items marked ✗ and check again."))
        elif self.checklist is not None and self.heard is None:
            self.status.setText(self.tr("Please answer the question about the sound."))
        else:
            self.status.setText("")
        self.ask.setText(self.tr("We played a short sound. Did you hear it?"))
        self.yes.setText(self.tr("Yes, I heard it"))
        self.no.setText(self.tr("No"))
        self.again.setText(self.tr("Play again"))
        self.question.setVisible(self.checklist is not None and self.sound_done
                                 and self.heard is None)
        self.panel.retranslate()
        self.list_scroll.setAccessibleName(self.tr("Check results"))
        self.retry.setText(self.tr("Check again"))
        self.go.setText(self.tr("Continue to the queue"))
        self.go.setEnabled(self.ready)
        self.retry.setEnabled(not self.running)
        self.back.setText(self.tr("Back"))
