"""The measured blocks a PDF is made of, and the page canvas they draw on.

Every block knows its height before it is drawn, so pages can be filled without
cutting a block in two. Coordinates are points from the page's top-left corner.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from tutor.export.model import SolvedProblem
from tutor.export.plots import PLOT_HEIGHT, PLOT_WIDTH, draw_plot
from tutor.export.text import Line, metrics, wrap
from tutor.mathtext import FIGURE
from tutor.problems.step import Step
from tutor.verify.verdict import Verdict

BODY = 10.5  # body text size in points
INDENT = 22.0  # the step text starts right of the verdict mark
VERDICT_STYLE: dict[Verdict, tuple[str, str, str]] = {  # mark, colour, word
    Verdict.VERIFIED: ("✓", "#1a7f37", "verified"),
    Verdict.REFUTED: ("✗", "#cf222e", "refuted"),
    Verdict.UNCHECKED: ("?", "#57606a", "unchecked"),
}
# Some claims verified, the others not checkable: said so, as the app's step cards do.
PARTLY_STYLE = ("◐", "#9a6700", "partly checked")
_WORDS = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{4,}")
_ONE_FORMULA = re.compile(r"\$[^$]+\$")


class Canvas:
    """A page figure addressed in points from the top-left corner."""

    def __init__(self, fig: Figure, width: float, height: float) -> None:
        self.fig, self.width, self.height = fig, width, height

    def text(self, x: float, baseline: float, s: str, size: float, **kw: Any) -> None:
        kw.setdefault("ha", "left")
        self.fig.text(
            x / self.width, 1 - baseline / self.height, s, fontsize=size, va="baseline", **kw
        )

    def lines(self, x: float, top: float, lines: Sequence[Line], size: float, **kw: Any) -> None:
        y = top
        for line in lines:
            y += line.ascent
            for run in line.runs:
                self.text(x + run.x, y, run.text, run.size or size, **kw)
            y += line.descent + size * 0.35

    def rect(self, x: float, top: float, w: float, h: float, color: str) -> None:
        self.fig.patches.append(
            Rectangle(
                (x / self.width, 1 - (top + h) / self.height), w / self.width, h / self.height,
                transform=self.fig.transFigure, facecolor=color, edgecolor="none", zorder=-1,
            )
        )

    def hline(self, x: float, y: float, w: float, color: str = "#bbb") -> None:
        yy = 1 - y / self.height
        self.fig.add_artist(
            Line2D([x / self.width, (x + w) / self.width], [yy, yy], color=color, lw=0.6,
                   transform=self.fig.transFigure)
        )

    def axes(self, x: float, top: float, w: float, h: float) -> Any:
        return self.fig.add_axes(
            (x / self.width, 1 - (top + h) / self.height, w / self.width, h / self.height)
        )


@dataclass
class Block:
    height: float
    draw: Callable[[Canvas, float, float, float], None]  # (canvas, x, top, width)
    keep_with_next: bool = False
    gap: float = 8.0  # space below the block when another follows on the page
    backend: str | None = None
    model: str | None = None


def lines_height(lines: Sequence[Line], size: float) -> float:
    return sum(line.ascent + line.descent + size * 0.35 for line in lines)


def paragraph(text: str, width: float, size: float = BODY, **style: Any) -> Block:
    return paragraphs(text, width, size, **style)[0]


def paragraphs(
    text: str, width: float, size: float = BODY, max_height: float = math.inf, **style: Any
) -> list[Block]:
    """A wrapped paragraph as blocks of at most `max_height` / 6 (one unless it is long).

    The pieces sit flush (no gap between them), so a long paragraph fills the rest of
    a page and simply runs on at the top of the next.
    """
    weight = style.get("weight", "normal")
    parts = _chunks(wrap(text, width, size, weight), size, max_height / 6)
    out = []
    for i, part in enumerate(parts):

        def draw(c: Canvas, x: float, top: float, _w: float, part: list[Line] = part) -> None:
            c.lines(x, top, part, size, **style)

        out.append(Block(lines_height(part, size), draw, gap=8.0 if i == len(parts) - 1 else 0.0))
    return out


def title_block(title: str, count: int, width: float) -> Block:
    head = wrap(title, width, 18, "bold")
    sub = f"{count} problem{'s' if count != 1 else ''}  ·  exported {date.today().isoformat()}"
    h = lines_height(head, 18) + 16

    def draw(c: Canvas, x: float, top: float, w: float) -> None:
        c.lines(x, top, head, 18, weight="bold")
        c.text(x, top + h - 4, sub, 9, color="#555")

    return Block(h + 6, draw)


def _as_math(answer: str) -> str:
    """LaTeX answers get $...$; prose answers (or ones already delimited) stay as they are."""
    if "$" in answer or "\\(" in answer or _WORDS.search(answer):
        return answer
    return f"${answer}$"


def answer_block(problem: SolvedProblem, width: float) -> Block:
    check = problem.answer_check  # the answer against an independent solve, when known
    if check is not None and check.verdict is Verdict.REFUTED:
        stated = f" {_as_math(problem.answer)}" if problem.answer else ""
        text = f"Answer{stated} refuted by an independent solution: {check.reason}"
        colour, fill = "#82071e", "#ffebe9"
    elif problem.declined:
        text, colour, fill = f"Not solved: {problem.declined}", "#7a4d00", "#fff5d6"
    elif problem.answer is not None:
        text, colour, fill = f"Answer: {_as_math(problem.answer)}", "#0b3d1a", "#e6f4ea"
        if check is not None and check.verdict is Verdict.VERIFIED:
            text += " (confirmed by an independent solution)"
    else:
        text, colour, fill = "No final answer.", "#555", "#eee"
    lines = wrap(text, width - 16, 11.5, "bold", display=True)
    h = lines_height(lines, 11.5) + 10

    def draw(c: Canvas, x: float, top: float, w: float) -> None:
        c.rect(x, top, w, h, fill)
        c.lines(x + 8, top + 6, lines, 11.5, weight="bold", color=colour)

    return Block(h, draw, backend=problem.backend, model=problem.model)


def _chunks(lines: Sequence[Line], size: float, budget: float) -> list[list[Line]]:
    """Split lines into runs that each fit in `budget` points (at least one line each)."""
    out: list[list[Line]] = [[]]
    used = 0.0
    for line in lines:
        h = line.ascent + line.descent + size * 0.35
        if out[-1] and used + h > budget:
            out.append([])
            used = 0.0
        out[-1].append(line)
        used += h
    return out


def step_blocks(
    number: int, step: Step, width: float, max_height: float = math.inf
) -> list[Block]:
    """One block per step; a step taller than a page continues on the next page."""
    partly = step.verdict is not None and step.verdict.partly
    mark, colour, word = PARTLY_STYLE if partly else VERDICT_STYLE[step.status]
    inner = width - INDENT
    text = step.text.strip() or "(empty step)"
    only_maths = bool(_ONE_FORMULA.fullmatch(text))  # a bare formula is set full size
    body = wrap(text, inner, BODY, display=only_maths)
    latex = (step.latex or "").strip()
    # the display line repeats nothing: shown only when the prose has no maths of its own
    display = (wrap(f"${latex}$", inner - 12, 12, display=True)
               if latex and "$" not in text and "\\(" not in text else [])
    reason = wrap(f"{word}: {step.reason}" if step.reason else word, inner, 8.5)
    h_head = BODY * 1.5
    h_display = lines_height(display, 12) + (4 if display else 0)
    h_plot = PLOT_HEIGHT + 6 if step.plot else 0.0
    h_tail = h_display + h_plot + lines_height(reason, 8.5) + 2
    chunks = _chunks(body, BODY, max_height - h_head)
    if len(chunks) > 1 and lines_height(chunks[-1], BODY) + h_head + h_tail > max_height:
        chunks.append([])  # the display, plot and verdict go on one more page

    def make(part: list[Line], first: bool, last: bool) -> Block:
        h_body = lines_height(part, BODY)
        h = h_head + h_body + (h_tail if last else 0.0)
        head = f"Step {number}" if first else f"Step {number} (continued)"

        def draw(c: Canvas, x: float, top: float, w: float) -> None:
            c.text(x + 2, top + BODY * 1.1, mark, 13, color=colour, weight="bold")
            c.text(x + INDENT, top + BODY * 1.1, head, BODY, weight="bold")
            if step.rule and first:
                head_w = metrics(head, BODY, False, "bold")[0]
                c.text(x + INDENT + head_w + 8, top + BODY * 1.1,
                       step.rule.replace("$", r"\$"), 8.5, color="#666", style="italic")
            y = top + h_head
            c.lines(x + INDENT, y, part, BODY)
            y += h_body
            if not last:
                return
            if display:
                c.lines(x + INDENT + 12, y + 2, display, 12)
                y += h_display
            if step.plot:
                draw_plot(step.plot, c.axes(x + INDENT + 30, y + 16, PLOT_WIDTH, PLOT_HEIGHT - 34))
                y += h_plot
            c.lines(x + INDENT, y, reason, 8.5, color=colour)

        return Block(h, draw)

    return [make(part, i == 0, i == len(chunks) - 1) for i, part in enumerate(chunks)]


def plot_block(spec: dict[str, Any]) -> Block:
    def draw(c: Canvas, x: float, top: float, w: float) -> None:
        draw_plot(spec, c.axes(x + INDENT + 30, top + 18, PLOT_WIDTH, PLOT_HEIGHT - 34))

    return Block(PLOT_HEIGHT + 4, draw)


def _text_and_figures(text: str) -> list[tuple[str, str]]:
    """The problem's text runs and its Asymptote figures, in order."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in FIGURE.finditer(text):
        out += [("text", text[pos:m.start()]), ("figure", m.group("body").strip())]
        pos = m.end()
    return [*out, ("text", text[pos:])]


def problem_blocks(
    index: int, total: int, problem: SolvedProblem, width: float, max_height: float = math.inf
) -> list[Block]:
    label = f"Problem {index}" if total > 1 else "Problem"
    named = problem.title and problem.title.strip().lower() != label.lower()
    heading_text = f"{label}: {problem.title}" if named else label
    heading = paragraph(heading_text, width, 13, weight="bold")
    inner_draw = heading.draw

    def draw_heading(c: Canvas, x: float, top: float, w: float) -> None:
        c.hline(x, top + 2, w)
        inner_draw(c, x, top + 10, w)

    out = [Block(heading.height + 12, draw_heading, keep_with_next=True)]
    for kind, part in _text_and_figures(problem.problem):
        if kind == "figure":  # drawn, as in the app, never printed as its source code
            out.append(plot_block({"kind": "figure", "source": part}))
        elif part.strip():
            out.extend(paragraphs(part, width, BODY + 0.5, max_height, color="#222"))
    out[-1].keep_with_next = bool(problem.steps)
    for n, s in enumerate(problem.steps, start=1):
        out.extend(step_blocks(n, s, width, max_height))
    step_plots = [s.plot for s in problem.steps if s.plot]
    out.extend(plot_block(p) for p in problem.plots if p not in step_plots)
    out[-1].keep_with_next = True  # the answer never opens a page on its own
    out.append(answer_block(problem, width))
    for block in out:
        block.backend, block.model = problem.backend, problem.model
    return out


def document_blocks(
    problems: Sequence[SolvedProblem], title: str, width: float, max_height: float = math.inf
) -> list[Block]:
    """All blocks of a document; `max_height` (the page's content height) splits long ones."""
    out = [title_block(title, len(problems), width)]
    for i, problem in enumerate(problems, start=1):
        out.extend(problem_blocks(i, len(problems), problem, width, max_height))
    if not problems:
        out.append(paragraph("(no problems)", width))
    return out
