"""A two- or three-digit number told by relations between its digits: "A two-digit number
has digits that add up to 11, and its tens digit is 3 more than its units digit. What is the
number?", "The units digit of a two-digit number is twice its tens digit. When the digits are
reversed, the number increases by 36. What is the number?", "The hundreds digit of a
three-digit number is 2, its tens digit is the sum of the other two, ...".

Each quantity (a digit by its place, the sum or product of the digits, the number, the number
with its digits reversed) is an expression in the digits; each clause ("is 3 more than", "is
twice", "is equal to", "exceeds ... by", "add up to", "increases by 36 when the digits are
reversed") an equation. The digits are solved for (whole digits, the first not 0) and must be
fixed by the equations; the answer is confirmed by trying every number with that many digits.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording

_N = r"#\d+(?:/\d+|\.\d+)?"
_PLACES = {"h": "hundreds", "t": "tens", "u": "units"}
_QUANTITIES = [
    (r"(?:the|its|a|their) (?:sum of (?:its|the|their) (?:#\d )?digits|digit sum|sum of the "
     r"digits of (?:the|this) number)(?: of Qn)?", "Qs"),
    (r"(?:the|its|a|their) product of (?:its|the|their) (?:#\d )?digits(?: of Qn)?", "Qp"),
    (r"(?:the|its|a) (?:number|integer) (?:formed|obtained|made) by reversing (?:its|the) "
     r"digits|(?:the|its) reversed? number|the number with (?:its|the) digits reversed", "Qr"),
    (r"(?:the|its|a|their) hundreds digit(?: of (?:the|this) (?:number|integer)| of Qn)?", "Qh"),
    (r"(?:the|its|a|their) tens digit(?: of (?:the|this) (?:number|integer)| of Qn)?", "Qt"),
    (r"(?:the|its|a|their) (?:units|ones) digit(?: of (?:the|this) (?:number|integer)| of Qn)?",
     "Qu"),
    (r"(?:the (?:original |same )?(?:number|integer)(?: itself)?|\bit\b)", "Qn"),
]
_Q = r"Q[shtunpr]"
_RELATIONS = [(re.compile(p), k) for p, k in [
    (rf"(?P<a>{_Q}) (?:is|was) (?P<k>{_N}) (?P<dir>more|greater|less|fewer|smaller) than "
     rf"(?P<b>{_Q})", "offset"),
    (rf"(?P<a>{_Q}) exceeds (?P<b>{_Q}) by (?P<k>{_N})", "exceeds"),
    (rf"(?P<a>{_Q}) (?:is|was|equals) (?P<k>{_N}) times (?P<b>{_Q})", "times"),
    (rf"(?P<a>{_Q}) (?:is|was|equals|is equal to) (?P<b>{_Q})", "same"),
    (rf"(?:(?P<a>{_Q}) )?(?:has|with) (?:a |an )?(?P<q>hundreds digit|tens digit|units digit|"
     rf"ones digit) (?:of |equal to )(?P<b>{_Q}|{_N})", "has"),
    (rf"(?P<a>{_Q}) (?:is|was|equals|is equal to) (?P<k>{_N})", "value"),
    (rf"(?:(?P<a>{_Q}) )?(?:has |have |with |whose )?(?:its |the )?digits (?:that |which )?(?:add "
     rf"up to|sum to|have a sum of|total) (?P<k>{_N})", "sum"),
    (rf"(?:the |its )?digits of (?P<a>{_Q}) (?:add up to|sum to|total) (?P<k>{_N})", "sum"),
    (rf"when (?:its|the) digits are reversed,? (?P<a>{_Q}) (?P<dir>increases|decreases|grows|"
     rf"goes up|goes down) by (?P<k>{_N})", "reverse"),
    (rf"reversing (?:its|the) digits (?P<dir>increases|decreases) (?P<a>{_Q}) by (?P<k>{_N})",
     "reverse"),
    # "when the digits of the number are reversed, the new number is 27 more than the number"
    (rf"(?:when|if) (?:its|the) digits(?: of (?P<a>{_Q}))? are reversed,? the (?:new|resulting) "
     rf"(?:number|integer) is (?P<k>{_N}) (?P<dir>more|greater|less|smaller) than (?P<b>{_Q})",
     "reversed"),
]]
_ASK = re.compile(rf"(?:what|find|determine) (?:is |was )?(?P<a>{_Q})")
_FILLER = frozenset("and , . ; also but a an the in".split())


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:two|three)-digit\b", template) or "digit" not in \
            template.replace("-digit", ""):
        return None
    w, places, form = nw.read_story(split, template)
    if "@" in w or places is not None or form is not None:
        return None
    intro = list(re.finditer(r"\b(?:a|the|some)(?: certain)? #(?P<k>[23])-digit (?:positive )?"
                             r"(?:whole )?(?:number|integer|numeral)\b", w))
    if len(intro) != 1 or len(re.findall(r"-digit", w)) != 1:
        return None
    k = int(intro[0].group("k"))
    w = w[:intro[0].start()] + " Qn " + w[intro[0].end():]
    w = re.sub(r"\bthe original\b(?! (?:number|integer))", "the number", w)
    w = re.sub(r"\s+", " ", re.sub(r"\boriginal\b", "", w))
    for words, name in _QUANTITIES:
        w = re.sub(r"\s+", " ", re.sub(words, f" {name} ", w))
    w = re.sub(r"\s+", " ", w).strip()
    sentences = [s.strip() for s in re.split(r"(?<=[.?!])\s+", w) if s.strip()]
    if sentences and (lead := re.match(r"(?:if|given that|suppose) (?P<fact>[^,]+), "
                                       r"(?P<q>(?:what|find|determine) .*)$", sentences[-1])):
        sentences[-1:] = [lead.group("fact") + ".", lead.group("q")]  # "If ..., what is ...?"
    ask = _ASK.fullmatch(sentences[-1].rstrip(" ?.")) if sentences else None
    if ask is None:
        return None
    digits = [sp.Symbol(c) for c in "htu"[3 - k:]]
    value = {"Qh": digits[0] if k == 3 else None, "Qt": digits[-2], "Qu": digits[-1],
             "Qs": sum(digits), "Qp": sp.Mul(*digits),
             "Qn": sum(d * 10 ** i for i, d in enumerate(reversed(digits))),
             "Qr": sum(d * 10 ** i for i, d in enumerate(digits))}
    eqs: list[tuple[sp.Expr, sp.Expr, str]] = []
    for s in sentences[:-1]:
        rest = s
        for pattern, kind in _RELATIONS:
            while (m := pattern.search(rest)) is not None:
                eqs.append((*_equation(m, kind, value), _said(m.group(0))))
                rest = rest[:m.start()] + " " + rest[m.end():]
        if set(re.findall(r"[a-z#][\w/.]*|[,;.]|Q\w", rest)) - _FILLER - {"Qn"}:
            raise Decline("words about the digits that are not read")
    if not eqs:
        return None
    asked = value[ask.group("a")]
    if asked is None:
        raise Decline("the hundreds digit of a two-digit number")
    return _solve(eqs, digits, asked, value["Qn"], k)


def _said(text: str) -> str:
    names = {"Qs": "the sum of the digits", "Qp": "the product of the digits", "Qn": "the number",
             "Qr": "the number reversed", "Qh": "the hundreds digit", "Qt": "the tens digit",
             "Qu": "the units digit"}
    text = re.sub(r"Q\w", lambda m: names[m.group(0)], text)
    return re.sub(r"#([\d/.]+)", r"\1", text)


def _equation(m: re.Match[str], kind: str, value: dict[str, sp.Expr | None]
              ) -> tuple[sp.Expr, sp.Expr]:
    g = m.groupdict()
    a = value[g.get("a") or "Qn"]
    n = wording.value(g["k"]) if g.get("k") else None
    k = sp.Rational(n.numerator, n.denominator) if n is not None else sp.Integer(0)
    if kind == "has":
        a = value[{"hundreds digit": "Qh", "tens digit": "Qt"}.get(g["q"], "Qu")]
        b_tok = g["b"]
        b = value[b_tok] if b_tok.startswith("Q") else _number(b_tok)
    else:
        b = value[g["b"]] if g.get("b") else None
    if a is None or (kind in ("offset", "exceeds", "times", "same", "has") and b is None):
        raise Decline("the hundreds digit of a two-digit number")
    if kind == "offset":
        return a, b + (k if g["dir"] in ("more", "greater") else -k)  # type: ignore[operator]
    if kind == "exceeds":
        return a, b + k  # type: ignore[operator]
    if kind == "times":
        return a, k * b  # type: ignore[operator]
    if kind in ("same", "has"):
        return a, b  # type: ignore[return-value]
    if kind == "value":
        return a, k
    if kind == "sum":
        if g.get("a") not in (None, "Qn"):
            raise Decline("digits of something other than the number")
        return value["Qs"], k  # type: ignore[return-value]
    if kind == "reversed":
        if g.get("a") not in (None, "Qn") or g["b"] != "Qn":
            raise Decline("a reversal of something other than the number")
        step_k = k if g["dir"] in ("more", "greater") else -k
        return value["Qr"], value["Qn"] + step_k  # type: ignore[operator]
    up = g["dir"] in ("increases", "grows", "goes up")
    if g.get("a") != "Qn":
        raise Decline("a reversal of something other than the number")
    return value["Qr"], value["Qn"] + (k if up else -k)  # type: ignore[operator]


def _number(token: str) -> sp.Rational:
    v = wording.value(token)
    return sp.Rational(v.numerator, v.denominator)


def _solve(eqs: list[tuple[sp.Expr, sp.Expr, str]], digits: list[sp.Symbol], asked: sp.Expr,
           number: sp.Expr, k: int) -> Result:
    found = sp.solve([lhs - rhs for lhs, rhs, _ in eqs], digits, dict=True)
    fits = [s for s in found if len(s) == len(digits) and all(
        s[d].is_integer and 0 <= s[d] <= 9 for d in digits) and s[digits[0]] != 0]
    if len(found) != len(fits) and any(len(s) != len(digits) for s in found):
        raise Decline("the relations do not fix the digits")
    answers = {asked.subs(s) for s in fits}
    if len(answers) != 1:
        raise Decline("no number, or more than one, fits the relations")
    answer = answers.pop()
    sol = fits[0]
    listed = set()
    for n in range(10 ** (k - 1), 10 ** k):
        at = dict(zip(digits, (int(c) for c in str(n)), strict=True))
        if all(lhs.subs(at) == rhs.subs(at) for lhs, rhs, _ in eqs):
            listed.add(asked.subs(at))
    confirm.check(listed == {answer}, f"trying every {k}-digit number gives the same answer")
    facts = "; ".join(f"{said}: ${latex(lhs)} = {latex(rhs)}$" for lhs, rhs, said in eqs)
    got = ", ".join(f"{latex(d)} = {sol[d]}" for d in digits)
    claim = f"{latex(number)} = {latex(number.subs(sol))}"
    return answer, [
        step("name the digits", "Write each digit as a letter and each statement as an "
             "equation in them.", facts, ""),
        step("solve for the digits", "Solve the equations; each digit is a whole number from 0 "
             "to 9, the first not 0.", f"${got}$", got),
        step("the number", "Put the digits in their places.", f"${claim}$", claim)]


__all__ = ["read"]
