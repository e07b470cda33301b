"""export_pdf writes real PDFs: read back with pypdf for pages, sizes and text."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.step_factory import checked
from tutor.export import PAPER_SIZES, SolvedProblem, export_pdf, from_solution
from tutor.export.text import wrap
from tutor.verify.verdict import ClaimResult, StepVerdict, Verdict


def test_one_problem_reads_back(tmp_path: Path, linear_problem, read_pages) -> None:
    out = tmp_path / "one.pdf"
    pages = export_pdf([linear_problem], out)
    texts = read_pages(out)
    assert pages == len(texts) == 1
    text = texts[0]
    assert "Linear equation" in text
    assert "Solve 2x + 3 = 11 for x." in text  # the maths is real text too
    assert "Subtract 3 from both sides" in text
    assert "Divide both sides by 2" in text
    assert "So the answer is four, which we cannot check here." in text
    assert "Answer: x = 4" in text
    assert "✓ Step 1" in text and "✗ Step 2" in text and "? Step 3" in text
    assert "verified: 1 claim checked" in text
    assert "refuted: 8/2 = 5 is false: 8/2 = 4" in text
    assert "backend: symbolic" in text
    assert "Page 1 of 1" in text
    assert [p.name for p in tmp_path.iterdir()] == ["one.pdf"]  # no temp file left


def test_declined_problem_shows_the_reason_not_an_answer(tmp_path: Path, read_pages) -> None:
    declined = SolvedProblem("Prove that there are infinitely many primes.",
                             declined="The built-in solver can't do this problem.")
    out = tmp_path / "declined.pdf"
    export_pdf([declined], out)
    text = read_pages(out)[0]
    assert "Not solved: The built-in solver can't do this problem." in text
    assert "Answer:" not in text


def test_footer_names_the_model(tmp_path: Path, linear_problem, read_pages) -> None:
    from dataclasses import replace

    out = tmp_path / "model.pdf"
    export_pdf([replace(linear_problem, backend="local", model="qwen3-1.7b-q4")], out)
    assert "backend: local · model: qwen3-1.7b-q4" in read_pages(out)[0]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_paper_size(tmp_path: Path, linear_problem, paper: str) -> None:
    out = tmp_path / f"{paper}.pdf"
    export_pdf([linear_problem], out, paper=paper)
    box = PdfReader(str(out)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(PAPER_SIZES[paper], abs=0.5)


def test_unknown_paper_is_refused(tmp_path: Path, linear_problem) -> None:
    with pytest.raises(ValueError, match="a5"):
        export_pdf([linear_problem], tmp_path / "x.pdf", paper="a5")
    assert not list(tmp_path.iterdir())


def test_long_chain_breaks_pages_between_steps_only(tmp_path: Path, read_pages) -> None:
    filler = "then we carry on with a rather long sentence about $x^2 + 1$ that wraps " * 3
    steps = tuple(
        checked(f"begin{n:03d} {filler}end{n:03d}", Verdict.VERIFIED, f"reason{n:03d}")
        for n in range(1, 41)
    )
    out = tmp_path / "long.pdf"
    pages = export_pdf([SolvedProblem("A long chain.", steps, answer="42")], out, paper="letter")
    texts = read_pages(out)
    assert pages == len(texts) >= 3
    for n in range(1, 41):
        where = {f"{tag}{n:03d}": [i for i, t in enumerate(texts) if f"{tag}{n:03d}" in t]
                 for tag in ("begin", "end", "reason")}
        assert all(len(v) == 1 for v in where.values()), where
        assert len({v[0] for v in where.values()}) == 1, f"step {n} is cut: {where}"
        # the step's body text is intact, in order, on that one page
        body = re.search(rf"begin{n:03d} (.*?)end{n:03d}", texts[where[f'begin{n:03d}'][0]])
        assert body and body.group(1).count("rather long sentence") == 3
    assert all(f"Page {i} of {pages}" in t for i, t in enumerate(texts, start=1))
    last = next(i for i, t in enumerate(texts) if "end040" in t)
    assert "Answer: 42" in texts[last]  # the answer stays with the last step


def test_bad_maths_falls_back_to_source(tmp_path: Path, read_pages) -> None:
    step = checked(
        r"Cases $\begin{cases} 1 & x > 0 \end{cases}$ and $\frac{1}{$ and $$\sqrt{2}$$"
    )
    out = tmp_path / "bad.pdf"
    export_pdf([SolvedProblem("Odd input $$$ \\( x \\)", (step,), answer=r"\unknowncmd{3}")], out)
    text = read_pages(out)[0]
    assert r"\begin{cases} 1 & x > 0 \end{cases}" in text
    assert r"\frac{1}{" in text
    assert r"\unknowncmd{3}" in text


def test_a_matrix_prints_as_maths_not_as_its_source(tmp_path: Path, read_pages) -> None:
    step = checked(r"$\begin{vmatrix} 4 & 1 \\ 6 & 2 \end{vmatrix} = 4 \cdot 2 - 1 \cdot 6 = 2$")
    out = tmp_path / "matrix.pdf"
    export_pdf([SolvedProblem("A determinant.", (step,), answer="2")], out)
    text = read_pages(out)[0]
    assert "begin" not in text and "vmatrix" not in text


def test_wrapping_keeps_every_line_inside_the_width() -> None:
    text = "word " * 80 + r"$\sum_{k=1}^{n} k = \frac{n(n+1)}{2}$ " + "x" * 300
    lines = wrap(text, 300.0, 10.5)
    assert len(lines) > 5
    assert all(line.width <= 300.0 + 0.01 for line in lines)


def test_many_problems_and_plots(tmp_path: Path, read_pages) -> None:
    plot = {"kind": "function", "x": [0, 1, 2, 3], "y": [3, 1, 0, 1], "points": [[2.0, 0.0]],
            "title": "$y = (x-2)^2$"}
    problems = [
        SolvedProblem(f"Problem number {i}.", (checked(f"step of {i}", plot=plot),),
                      answer=str(i), title=f"P{i}")
        for i in range(1, 8)
    ]
    out = tmp_path / "set.pdf"
    pages = export_pdf(problems, out, title="Seven problems")
    texts = read_pages(out)
    assert pages == len(texts) >= 2
    joined = " ".join(texts)
    assert "Seven problems" in texts[0]
    for i in range(1, 8):
        assert f"Problem {i}: P{i}" in joined and f"step of {i}" in joined


def test_from_solution_adapts_engine_output() -> None:
    class Step:
        def __init__(self, text: str, latex: str = "", plot: dict | None = None) -> None:
            self.text, self.latex, self.plot, self.rule, self.hint = text, latex, plot, "r", "h"

    class Solution:
        answer = "4"
        declined = None
        plots: list = []
        steps = [Step("$2x = 8$", "2x = 8"), Step("$x = 4$", "x = 4", {"kind": "none"})]

    verdicts = [StepVerdict(Verdict.VERIFIED, (ClaimResult("2x = 8", Verdict.VERIFIED),)),
                StepVerdict(Verdict.REFUTED, (ClaimResult("x=4", Verdict.REFUTED, "no"),))]
    solved = from_solution("Solve 2x = 8", Solution(), verdicts, title="T", model=None)
    assert solved.solved and solved.answer == "4"
    assert [s.status for s in solved.steps] == [Verdict.VERIFIED, Verdict.REFUTED]
    assert solved.steps[1].reason == "no" and solved.steps[1].plot == {"kind": "none"}

    Solution.declined, Solution.answer = "can't do it", None
    declined = from_solution("Prove it", Solution())
    assert not declined.solved and declined.declined == "can't do it" and declined.answer is None


def test_a_step_longer_than_a_page_continues_on_the_next(tmp_path: Path, read_pages) -> None:
    words = " ".join(f"w{i:04d}" for i in range(1500))
    steps = (checked("short first step", Verdict.VERIFIED, "fine"),
             checked(words, Verdict.UNCHECKED, "too long to check"))
    problem = SolvedProblem("statement " * 600, steps, answer="1")
    out = tmp_path / "huge.pdf"
    pages = export_pdf([problem], out)
    texts = read_pages(out)
    assert pages == len(texts) >= 4
    joined = " ".join(texts)
    assert all(f"w{i:04d}" in joined for i in range(1500))  # nothing lost off a page edge
    assert joined.count("statement") == 600
    assert "Step 2 (continued)" in joined and "too long to check" in joined
    assert os.stat(out).st_mode & 0o777 == 0o644


def test_the_pdf_says_what_was_checked_and_a_cross_checked_answer(tmp_path: Path,
                                                                   read_pages) -> None:
    from tutor.problems.step import Step

    both = StepVerdict(Verdict.VERIFIED, (ClaimResult("3 \\cdot 5 = 15", Verdict.VERIFIED),
                                          ClaimResult("15 + 4 = 19", Verdict.VERIFIED)))
    partly = StepVerdict(Verdict.UNCHECKED, (
        ClaimResult("19 \\cdot 2 = 38", Verdict.VERIFIED),
        ClaimResult("\\text{area} = 38", Verdict.UNCHECKED)))
    steps = (Step("Three rows of five, and four more: $3 \\cdot 5 = 15$, $15 + 4 = 19$.",
                  verdict=both),
             Step("Both sides: $19 \\cdot 2 = 38$, so the area is $38$.", verdict=partly))
    refuted = ClaimResult("40", Verdict.REFUTED,
                          "the answer 40 disagrees with an independent solution: 38")
    problems = [
        SolvedProblem("Count the tiles twice.", steps, answer="40", title="Tiles",
                      declined="No verified final answer.", answer_check=refuted),
        SolvedProblem("Count them again.", steps[:1], answer="19", title="Again",
                      answer_check=ClaimResult("19", Verdict.VERIFIED)),
    ]
    out = tmp_path / "checked.pdf"
    export_pdf(problems, out)
    text = " ".join(read_pages(out))
    assert "✓ Step 1" in text and "◐ Step 2" in text
    assert "verified: 2 claims checked: 3 · 5 = 15 ✓, 15 + 4 = 19 ✓" in text
    assert "partly checked: 1 of 2 claims checked: 19 · 2 = 38 ✓" in text
    assert "Answer 40 refuted by an independent solution: the answer 40 disagrees" in text
    assert "Not solved" not in text  # the refutation says more than "no verified answer"
    assert "Answer: 19 (confirmed by an independent solution)" in text


def test_a_problems_figure_is_drawn_not_printed_as_code(tmp_path: Path, read_pages) -> None:
    figure = ('[asy]\ndraw((0,0)--(6,0)--(6,2)--cycle);\nlabel("$K$", (0,0), W);\n'
              'label("$L$", (6,0), E);\n[/asy]')
    out = tmp_path / "figure.pdf"
    export_pdf([SolvedProblem(f"How long is the slanted side?\n{figure}\nIn units.",
                              (checked("$\\sqrt{40}$"),), answer="2\\sqrt{10}")], out)
    text = read_pages(out)[0]
    assert "slanted side" in text and "In units." in text
    assert "draw" not in text and "[asy]" not in text
    assert "K" in text and "L" in text  # the labels, drawn in the figure
