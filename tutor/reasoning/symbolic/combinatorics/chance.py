"""What the probability readers share: the question's words ("what is the probability
that ..."), the adjectives of a fair coin or die, and the answer as favourable over
possible outcomes, confirmed by a second count.

The readers: `coins` (flips of fair coins), `dice` (rolls of fair dice), `draws` (items
from a bag, numbers from a set), `cards` (a standard deck).
"""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import latex, step
from tutor.reasoning.symbolic.patterns import Result

# "the probability that ...", and typed casually: "... back. probability i get ..."
ASK = (r" (?:what is |find |compute )?(?:the |(?<=^ )|(?<=[.?!,;] ))(?:probability|chance) "
       r"(?:that|of|(?=(?:at least|at most|exactly) #)|(?=(?:it|they|both|all|neither|none|the|"
       r"exactly|at least|at most|i|you|we) ))")
FAIR = r"(?:(?:fair|standard|ordinary|regular|unbiased|normal),? )*"
ROLL_GLUE = frozenset("if i you we he she they it rolls roll rolled throws throw thrown tosses "
                  "toss tossed flips flip flipped when are is at random getting rolling".split())


def answer(good: int, total: int, what: str, second: int, how: str, hint: str,
           total_tex: str = "") -> Result:
    """good/total reduced, confirmed by `second` favourable outcomes counted another way;
    `total_tex` writes the number of outcomes as it was counted ("6^{2}")."""
    v = sp.Rational(good, total)
    confirm.probability(v, second, total, f"{what} ({how})")
    steps = []
    if total_tex and total_tex != str(total):
        space = f"{total_tex} = {total}"
        steps.append(step("count the outcomes", "Every outcome is equally likely.",
                          f"There are ${space}$ equally likely outcomes; {good} of them are "
                          f"favourable ({what}).", space))
    reduced = v.q == total  # 5/36: write the count's form, 5/6^2 = 5/36, not 5/36 = 5/36
    claim = f"\\frac{{{good}}}{{{total_tex if reduced and total_tex else total}}} = {latex(v)}"
    steps.append(step("favourable over possible", hint, f"${claim}$", claim))
    return v, steps


__all__ = ["ASK", "FAIR", "ROLL_GLUE", "answer"]
