"""Reader of consecutive integers with a stated sum or product: "The sum of three
consecutive integers is 72. What is the largest of them?", "Four consecutive even
integers have a sum of 100; find the smallest.", "The product of two consecutive
positive odd integers is 143. What is their sum?", "Find the largest of five consecutive
integers whose sum is 185." (the question first; "of the three" names the run again), "The
product of two consecutive page numbers is 2,450" (page numbers are positive integers)

The smallest is x and the others x + s, x + 2s, ... (s = 2 for even or odd ones); the
stated sum or product is solved with `Story` (integers only, of the stated parity,
positive when said), and the asked one must be the same over every solution left ("What
are they?" asks for every one, smallest first).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.wording import number
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

X = sp.Symbol("x")
_RUN = (r"(?P<n>#\d+) consecutive (?P<pos>positive )?(?P<par>even |odd )?(?P<pos2>positive )?"
        r"(?:integers|whole numbers|numbers)")
_IS = r"(?: is| equals| is equal to)"
_STATED = (rf" (?:the (?P<op>sum|product|average|mean) of {_RUN}{_IS} (?P<v>{NUM})"
           rf"|{_RUN.replace('?P<', '?P<b')} (?:have|has) an? (?P<bop>sum|product) of"
           rf" (?P<bv>{NUM}))")
_ORDINAL = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "smallest": 0,
            "least": 0, "last": -1, "largest": -1, "greatest": -1}
_ORD = "|".join(_ORDINAL)
# "the sum of the first and third of three consecutive integers is 118": two of them
_PICKED = (rf" the (?P<op>sum|product) of the (?P<i>{_ORD})(?: one| integer)? and (?:the )?"
           rf"(?P<j>{_ORD})(?: one| integer)? of {_RUN}{_IS} (?P<v>{NUM})")
_ASKED = (r" (?:what is|what are|find|determine|compute|which is) (?:the value of )?"
          r"(?:the (?P<which>"
          r"largest|greatest|biggest|smallest|least|middle|first|last|second|third|fourth|fifth|"
          r"larger|greater|bigger|"
          r"smaller|lesser)"
          r"(?: (?:one|#1|integer|number))?(?: of (?:them|these(?: integers| numbers)?"
          r"|the integers|the numbers|the (?P<count>#\d+)(?: (?:consecutive )?(?:even |odd )?"
          r"(?:integers|numbers))?))?|(?:the |their )(?P<op>sum|product)"
          r"(?: of (?:them|these(?: integers)?|the integers|the (?P<count2>#\d+)"
          r"(?: integers| numbers)?))?"
          # "the product of the smallest and largest (integers)": two of them
          rf"|the (?P<op2>sum|product) of the (?P<w1>{_ORD}) and (?:the )?(?P<w2>{_ORD})"
          r"(?: ones| integers| numbers)?"
          # all of them: "What are they?", "Find the integers."
          r"|(?P<all>they|them|the (?:#\d+ )?(?:integers|numbers)|these (?:integers|numbers)))"
          r"\s*[?.]? $")


def consecutive(split: Split, template: str) -> Result | None:
    if "consecutive" not in template:
        return None
    w = wording.of(split, template)
    if " consecutive page numbers " in w.text:  # the numbers of pages: positive integers
        w.text = re.sub(r" page numbers\b", " integers", w.text.replace(
            " consecutive page numbers ", " consecutive positive integers ", 1))
    # "four consecutive integers add up to 92" says "... have a sum of 92"
    w.text = re.sub(rf" ({_RUN}) (?:add up to|sum to|total) ", r" \1 have a sum of ", w.text)
    # "find three consecutive integers whose sum is 45", "... with a product of 120"
    w.text = re.sub(rf" (?:find |there are |consider )?({_RUN}) (?:whose|with a) (sum|product)"
                    rf" (?:is|of|equals) ", r" \1 have a \6 of ", w.text)
    # "find the largest of five consecutive integers whose sum is 185": the question first
    w.text = re.sub(rf"^ (find|what is|determine) the ([a-z]+) of ({_RUN}) have a (sum|product) "
                    rf"of ({NUM})\s*[?.]? $", r" the \8 of \3 is \9 . \1 the \2 of them ? ",
                    w.text)
    picked = w.take(_PICKED)
    stated, asked = picked or w.take(_STATED), w.take_one(_ASKED)
    if len(stated) != 1 or asked is None or not w.only_glue(frozenset({"and"})):
        return None
    m = stated[0]
    g = {k.removeprefix("b"): v for k, v in m.groupdict().items() if v and k.startswith("b")} \
        or {k: v for k, v in m.groupdict().items() if v and not k.startswith("b")}
    n = number(g["n"])
    if not 2 <= n <= 50:
        raise Decline("a modest number of consecutive integers")
    par = (g.get("par") or "").strip()
    stride = 2 if par else 1
    terms = [X + stride * i for i in range(n)]
    v = sp.Rational(wording.value(g["v"]))
    story = Story([X], whole=True, positive=bool(g.get("pos") or g.get("pos2")),
                  allowed=lambda sol: not par or sol[X] % 2 == (1 if par == "odd" else 0))
    named = terms
    if picked:
        i, j = _ORDINAL[g["i"]], _ORDINAL[g["j"]]
        if max(i, j) >= n or i % n == j % n:
            raise Decline("which of the integers are meant")
        named = [terms[i], terms[j]]
    total = sp.Mul(*named, evaluate=False) if g["op"] == "product" else sp.Add(*named,
                                                                                evaluate=False)
    whose = f"the {g['i']} and {g['j']}" if picked else f"the {n}"
    if g["op"] in ("average", "mean"):  # the mean times the count is the sum
        story.state(total, v * len(named), f"the {g['op']} of {whose} integers is {v}, so "
                    f"their sum is ${len(named)} \\cdot {v} = {v * len(named)}$")
    else:
        story.state(total, v, f"the {g['op']} of {whose} integers is {v}")
    which, op = asked.group("which"), asked.group("op")
    count = asked.group("count") or asked.group("count2")
    if count and number(count) != n:
        raise Decline("the question counts other integers")
    if which == "middle" and n % 2 == 0:
        raise Decline("an even number of integers has no middle one")
    if which == "second" and n < 3 or which in (
            "larger", "greater", "bigger", "smaller", "lesser") and n != 2:
        raise Decline("which integer is asked")
    pick = {"largest": terms[-1], "greatest": terms[-1], "biggest": terms[-1], "last": terms[-1],
            "smallest": terms[0], "least": terms[0], "first": terms[0], "second": terms[1],
            "middle": terms[n // 2], "larger": terms[-1], "greater": terms[-1], "bigger": terms[-1],
            "smaller": terms[0], "lesser": terms[0]}
    if which in ("third", "fourth", "fifth"):
        if _ORDINAL[which] >= n:
            raise Decline("which integer is asked")
        pick[which] = terms[_ORDINAL[which]]
    target = pick[which] if which else (sp.Add(*terms) if op == "sum" else sp.Mul(*terms))
    if asked.group("op2"):  # two of them, each named by its place
        i, j = _ORDINAL[asked.group("w1")], _ORDINAL[asked.group("w2")]
        if max(i, j) >= n or i % n == j % n:
            raise Decline("which integers are asked")
        two = (terms[i], terms[j])
        target = sp.Add(*two) if asked.group("op2") == "sum" else sp.Mul(*two)
    if asked.group("all"):
        if n > 10:
            raise Decline("too many integers to list")
        return story.solve_list([_constant(t) for t in terms], "the integers")
    words = re.sub(r"#(\S+)", r"\1", asked.group(0).strip(" ?."))
    return story.solve(lambda _sol: target, re.sub(r"^(?:what is|find|determine|compute|which is) ",
                                                   "", words))


def _constant(term: sp.Expr) -> Callable[[dict[sp.Symbol, sp.Basic]], sp.Basic]:
    """The asked quantity `term`, whatever the solution."""
    return lambda _sol: term


__all__ = ["consecutive"]
