"""Dollar amounts in a story's words: an amount written `\\$30` keeps its unit ("#30
dollars"), a dollar sign split off its amount is joined to it again, and an answer in
dollars is shown to the cent ("23.40"). Shared by the story readers that read prices."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw


def keep_dollars(split: Split, template: str) -> str:
    """Dollar amounts keep their unit: `\\$30` -> "30 dollars"."""
    def piece(m: re.Match[str]) -> str:
        src = split.maths[int(m.group(1))].strip()
        if re.fullmatch(r"\\\$\s*\d[\d.]*", src):
            return f"{m.group(0)} dollars"
        return m.group(0)

    return re.sub(r"@(\d+)@", piece, template)


def dollar_sign_before(split: Split, text: str) -> str:
    """A dollar sign split off its amount ("$\\$$15.60", "$\\$30$"): "#v dollars"."""
    return re.sub(r"@(\d+)@ (#[\d/.]*\d)(?: \$)?", lambda m: f"{m.group(2)} dollars" if split.maths[
        int(m.group(1))].strip() in ("\\", "\\$") else m.group(0), text)


def rounded_answer(result: Result, places: int | None, dollars: bool = False) -> Result:
    """The answer rounded to the `places` asked, or to the cent for an amount of dollars
    that has cents; any other answer as it is."""
    answer, steps = result
    if places is None and dollars and isinstance(answer, sp.Rational) and answer.q != 1 \
            and (answer * 100).is_integer:
        return nw.rounded(Fraction(int(answer.p), int(answer.q)), 2)[0], steps  # "23.40"
    if places is None or not isinstance(answer, sp.Rational):
        return result
    shown, _ = nw.rounded(Fraction(int(answer.p), int(answer.q)), places)
    return shown, steps


__all__ = ["dollar_sign_before", "keep_dollars", "rounded_answer"]
