"""A figure beside words that never point at it: the words alone are the problem.

"What is the sum of the number of faces, edges and vertices of a triangular prism?" with a
prism drawn under it, "... the smaller angle formed by the hands of a clock at 8:15?" with a
clock face, "A circular spinner has a radius of 10 cm. The probability of winning is 2/5.
What is the area of the WIN sector?" with the spinner: the drawing illustrates, the words
say everything. When the figure's own readers decline, such a problem is solved from its
words with the drawing taken out, through the whole engine (its own second method confirms
the answer as for any typed problem).

Only when nothing says the figure holds a given: no word that points at it ("shown",
"figure", "diagram", "below", "pictured", "shaded", "marked", ...), and no point or letter
the figure labels named in the words (an angle CBD with D only in the drawing, a length x
written beside a side). Otherwise the figure is part of the problem and this declines."""

from __future__ import annotations

import re

from tutor.mathtext import FIGURE
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.patterns import Result

# words that send the reader to the drawing for something
_POINTING = re.compile(
    r"\b(?:shown|shows?|figures?|diagrams?|below|above|pictured|pictures?|shaded|unshaded|"
    r"as follows|drawn|drawings?|illustrat\w*|graphs?|grids?|marked|labell?ed|indicated|"
    r"here|this (?:one|pattern|arrangement)|following)\b", re.I)
# a label's text in the Asymptote source: label("$A$", ...), label("$x^\circ$", ...)
_LABEL = re.compile(r"\b(?:label|Label|MP)\s*\(\s*\"([^\"]*)\"")
# a point's or a variable's name: A, B', P_1, x, \alpha (a word such as WIN is no name)
_NAME = re.compile(r"\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])(?:_\{?\w+\}?)?'*")


def words_alone(text: str) -> str:
    """The problem's words with its figures taken out; Decline when the words point at a
    figure or name something only a figure's labels say."""
    words = " ".join(FIGURE.sub(" ", text).split())
    if not words or words == " ".join(text.split()):
        raise Decline("no figure to take out")
    if _POINTING.search(_without_maths(words)) or _POINTING.search(words):
        raise Decline("the words point at the figure")
    named = _names_in(words)
    for body in FIGURE.findall(text):
        for label in _LABEL.findall(body):
            shown = {n for n in _NAME.findall(_unstyled(label)) if n not in _STYLE}
            if shown & named:
                raise Decline("the words name a point or length the figure labels")
    return words


def solve_words_alone(text: str) -> Result:
    """Solve the words without the figure (`words_alone`) through the engine; the inner
    solve's confirmations are kept as this problem's."""
    words = words_alone(text)
    from tutor.reasoning.symbolic.engine import solve_now  # the engine reads the words

    kept = confirm.confirmations()
    solved = solve_now(words)
    if solved.answer is None or not solved.confirmed:
        raise Decline("the words alone are not answered and confirmed")
    confirm.record_again(kept, list(solved.confirmed))
    first = step("Read the words", "The drawing only illustrates: every given is in the words.",
                 "Solve the problem from its words.")
    return solved.answer, [first, *solved.steps]


_STYLE = frozenset({"\\circ", "\\text", "\\mathrm", "\\small", "\\tiny", "\\scriptsize",
                    "\\footnotesize", "\\large", "\\textbf", "\\bf", "\\it", "cm", "in", "m",
                    "ft", "units", "unit"})


def _unstyled(label: str) -> str:
    return label.replace("$", " ").replace("{", " ").replace("}", " ")


def _without_maths(words: str) -> str:
    return re.sub(r"\$[^$]*\$", " ", words)


def _names_in(words: str) -> set[str]:
    """The names of points and variables the words use: single letters standing alone (in
    maths or as a capital in the text: "point D", "$\\angle CBD$" gives C, B and D), and
    TeX names (\\alpha)."""
    names: set[str] = set()
    for maths in re.findall(r"\$([^$]*)\$", words):
        names.update(_NAME.findall(maths))
        for run in re.findall(r"(?<![\\A-Za-z])[A-Z]{2,}'*", maths):  # CBD: its points
            names.update(run.replace("'", ""))
    plain = _without_maths(words)
    # a capital standing alone ("point D"), not the article or the pronoun ("A square ...")
    names.update(re.findall(r"(?<![A-Za-z'])(?:[B-HJ-Z](?![A-Za-z])|[AI](?![A-Za-z])(?! [a-z]))'*",
                            plain))
    for run in re.findall(r"\b[A-Z]{2,5}\b", plain):  # "triangle ABC" typed without $
        names.update(run)
    return names


__all__ = ["solve_words_alone", "words_alone"]
