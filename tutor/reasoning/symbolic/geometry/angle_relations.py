"""Typed reader: the angles of a named triangle or quadrilateral told by relations.

"In triangle $PQR$, angle $Q$ is twice angle $P$ and angle $R$ measures 30 degrees more than
angle $P$. What is the measure of angle $R$?", "Triangle $XYZ$ is isosceles with angle $X$
congruent to angle $Y$ ...", "In triangle $ABC$, $AB = AC$ ...": each vertex's angle is an
unknown, the angles of the figure add up to 180 (360) degrees, each clause is one linear
relation ("is k times", "n degrees more / less than (k times)", "is congruent to", a value),
two equal sides make the angles opposite them equal. The asked angle (or the largest or
smallest) must come out as one positive value, every angle positive. Confirmed by putting the
angles back into every relation and the angle sum in exact fractions."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_FIGURE = re.compile(r"\b(triangle|quadrilateral|parallelogram|rhombus) @(\d+)@")
_ANGLE_PIECE = re.compile(r"\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z]{1,3})\s*\}?\s*")
_ANGLE_VALUE = re.compile(r"\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z]{1,3})\s*\}?\s*=\s*(\d+(?:\.\d+)?)"
                          r"\s*(?:\^\s*\{?\s*\\circ\s*\}?)?\s*")
_DEGREES = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*\\circ\s*\}?)?\s*")
_CHAIN_TERM = re.compile(r"\s*(\d+)?\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z]{1,3})\s*\}?\s*")
_SIDES_EQUAL = re.compile(r"\s*([A-Z]{2})\s*=\s*([A-Z]{2})\s*")
_MULT = {"twice": 2, "double": 2, "thrice": 3, "half": Fraction(1, 2)}
_NUM = r"(?:num_\d+(?:_\d+)?)"
_ANG = r"(ang_[A-Za-z])"  # ang_c: the exterior angle at C
_MULTS = r"(?:(twice|double|thrice|half|" + _NUM + r" times) (?:the measure of |that of )?)?"
_CLAUSE = [
    # angle X is (k times) angle Y (+/- n)
    re.compile(r"^" + _ANG + r" (?:is|measures|has a measure of|=) (?:(" + _NUM + r") (?:degrees )?"
               r"(more|less|greater|larger|smaller|fewer) than )?" + _MULTS + _ANG + r"$"),
    re.compile(r"^" + _ANG + r" (?:is|measures|has a measure of|=) (" + _NUM + r")(?: degrees)?$"),
    re.compile(r"^" + _ANG + r" (?:and|(?:is )?congruent to|is equal to|=) " + _ANG +
               r"(?: are congruent| are equal| have equal measures)?$"),
    # "the sum of angle P and angle Q is 60 degrees" (read as "ang_P plus ang_Q is num_0")
    re.compile(r"^" + _ANG + r" plus " + _ANG + r" (?:is|=|measures|equals) (" + _NUM + r")"
               r"(?: degrees)?$"),
]
_TRIANGLE_PIECE = re.compile(r"\s*\\triangle\s*\{?\s*([A-Z]{3})\s*\}?\s*([,.]?)\s*")
# "\angle P + \angle Q = 60^\circ" written in one piece
_SUM_VALUE = re.compile(r"\s*(?:m\s*)?\\angle\s*\{?\s*([A-Z]{1,3})\s*\}?\s*\+\s*(?:m\s*)?\\angle\s*"
                        r"\{?\s*([A-Z]{1,3})\s*\}?\s*=\s*(\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*\\circ\s*\}?)?\s*")
_ASK = re.compile(r"^(?:what is|find|how many degrees are in|what is the number of degrees in) "
                  r"(?:the (?:degree )?measure of |the number of degrees in (?:the measure of )?)?"
                  r"(?:(ang_[A-Za-z])|the (largest|smallest) angle(?: of (?:the )?(?:triangle|"
                  r"quadrilateral|parallelogram|rhombus))?)$")


def read_angle_relations(split: Split, template: str) -> Result | None:
    # "In $\triangle PQR,$ ...": the triangle written in the piece, read as "triangle PQR"
    for m in re.finditer(r"@(\d+)@", template):
        named = _TRIANGLE_PIECE.fullmatch(split.maths[int(m.group(1))])
        if named and not _FIGURE.search(template):
            split = Split(template, [*split.maths])
            split.maths[int(m.group(1))] = named.group(1)
            template = template.replace(m.group(0), f"triangle {m.group(0)}{named.group(2)}")
    fig = _FIGURE.search(template)
    if not fig or "angle" not in template and "\\angle" not in "".join(split.maths):
        return None
    names = split.maths[int(fig.group(2))].strip()
    sides = 3 if fig.group(1) == "triangle" else 4
    if not re.fullmatch(rf"[A-Z]{{{sides}}}", names) or len(set(names)) != sides:
        return None
    ang = {v: sp.Symbol(f"angle_{v}", positive=True) for v in names}
    nums: list[Fraction] = []
    text = _pieces(split, template, names, nums)
    # "the exterior angle at C": ang_c, the supplement of the figure's angle at C
    text = re.sub(r"\b(?:the |an |its )?exterior angle (?:of (?:the )?(?:triangle|"
                  r"quadrilateral|parallelogram|rhombus) )?(?:at|of) (?:vertex )?(?:angle )?"
                  r"ang_([A-Z])\b", lambda m: f"ang_{m.group(1).lower()}", text)
    outside = sorted(set(re.findall(r"\bang_([a-z])\b", text)))
    text = re.sub(r"\bangles? (?=ang_)", "", text)
    text = re.sub(r"\b(?:the )?(?:degree )?measure of (?=ang_)", "", text)
    text = re.sub(r"\b(?:the )?sum of (?:the (?:degree )?measures of )?(ang_[A-Z]) and "
                  r"(ang_[A-Z])\b", r"\1 plus \2", text)
    right = re.search(r"\b(?:in|for) right triangle @\d+@", text) is not None
    text = re.sub(r"\b(?:in|for) (?:isosceles |right )?triangle @\d+@,?|\b(?:in|for) "
                  r"(?:quadrilateral|parallelogram|rhombus) @\d+@,?|\bthe angles of "
                  r"(?:triangle|quadrilateral) @\d+@ satisfy\b", "", text)
    text = re.sub(r"\b(?:triangle|quadrilateral|parallelogram|rhombus) @\d+@ (?:is|has)\b", "",
                  text)
    eqs: list[tuple[sp.Expr, str]] = [(sum(ang.values()) - 180 * (sides - 2),
                                       f"the angles of the {fig.group(1)} add up to "
                                       f"{180 * (sides - 2)} degrees")]
    for v in outside:  # an exterior angle and the angle beside it make a straight line
        ang[v] = sp.Symbol(f"exterior_{v.upper()}", positive=True)
        eqs.append((ang[v] + ang[v.upper()] - 180, f"{latex(ang[v])} + "
                    f"{latex(ang[v.upper()])} = 180"))
    # "quadrilateral ABCD is inscribed in a circle": opposite angles are supplementary
    cyclic = re.compile(r"\b(?:that |which )?(?:is )?inscribed in (?:a|the) circle\b")
    if sides == 4 and cyclic.search(text):
        text = cyclic.sub("", text)
        eqs += [(ang[names[k]] + ang[names[k + 2]] - 180, f"{latex(ang[names[k]])} + "
                 f"{latex(ang[names[k + 2]])} = 180") for k in (0, 1)]
    if fig.group(1) in ("parallelogram", "rhombus"):  # ABCD in order: A, C and B, D opposite
        eqs += [(ang[names[k]] - ang[names[k + 2]], f"{latex(ang[names[k]])} = "
                 f"{latex(ang[names[k + 2]])}") for k in (0, 1)]
    asked = None
    # a full stop written inside a piece ("60 degrees." in dollars) is lost: the question
    # word starts a clause
    for clause in re.split(r"\s*(?:[.;?]|,? and (?=ang_|isosceles|the )|, | if |\bwith\b|"
                           r"(?<=\S) (?=what is |find ))\s*", text):
        clause = re.sub(r"^(?:if|also|then|and|so that|such that) ", "", clause.strip())
        clause = re.sub(r"(?:^|,? )in degrees$", "", clause).removesuffix(" degrees").strip()
        if not clause or clause in ("isosceles", "is isosceles", "an isosceles triangle"):
            continue
        q = _ASK.match(clause)
        if q:
            if asked is not None:
                raise Decline("one angle asked expected")
            asked = ang[q.group(1)[4:]] if q.group(1) else q.group(2)
            continue
        eqs.append(relation_equation(clause, ang, nums))
    if asked is None:
        return None
    return solve_angle_system(eqs, ang, asked, right)


def _pieces(split: Split, template: str, names: str, nums: list[Fraction]) -> str:
    """Angle names as `ang_X`, numbers as `num_i`, equal sides as the equal angles opposite."""
    def piece(m: re.Match[str]) -> str:
        src, mark = split.maths[int(m.group(1))], ""
        if end := re.search(r"\s*([.,?;])\s*$", src):  # "$\angle R?$": the mark ends a clause
            src, mark = src[:end.start()], end.group(1)
        got = piece_of(src, m.group(0))
        return got + mark if got != m.group(0) else got

    def piece_of(src: str, written: str) -> str:
        v = _ANGLE_VALUE.fullmatch(src)
        if v:
            return f"{_angle(v.group(1), names)} is {number_token(Fraction(v.group(2)), nums)}"
        a = _ANGLE_PIECE.fullmatch(src)
        if a or re.fullmatch(r"\s*[A-Z]{1,3}\s*", src) and src.strip() != names:
            return _angle((a.group(1) if a else src).strip(), names)
        total = _SUM_VALUE.fullmatch(src)
        if total:
            return (f"{_angle(total.group(1), names)} plus {_angle(total.group(2), names)} is "
                    f"{number_token(Fraction(total.group(3)), nums)}")
        chain = _chain(src, names, nums)
        if chain:
            return chain
        e = _SIDES_EQUAL.fullmatch(src)
        if e:  # AB = AC: the angles opposite them, C and B, are equal
            return f"{_opposite(e.group(1), names)} = {_opposite(e.group(2), names)}"
        d = _DEGREES.fullmatch(src)
        if d:
            return number_token(Fraction(d.group(1)), nums)
        v2 = number(src)
        if v2 is not None and v2.is_Rational:
            return number_token(Fraction(int(v2.p), int(v2.q)), nums)
        return written
    return re.sub(r"@(\d+)@", piece, template)


def _chain(src: str, names: str, nums: list[Fraction]) -> str | None:
    """"\\angle A = 2\\angle B = 3\\angle C": each angle after the first as a multiple of the
    first (A = 2B gives A is 2 times B); a closing number of degrees gives each angle's value."""
    terms = [t.strip() for t in src.split("=")]
    if len(terms) < 2:
        return None
    parts = [_CHAIN_TERM.fullmatch(t) for t in terms]
    value = _DEGREES.fullmatch(terms[-1]) if parts[-1] is None else None
    angles = parts[:-1] if value else parts
    if not all(angles) or len(angles) < (1 if value else 2) or not any(
            a.group(1) for a in angles if a) and not value and len(angles) == 2:
        return None
    coef = [Fraction(a.group(1) or 1) for a in angles if a]
    named = [_angle(a.group(2), names) for a in angles if a]
    if value:
        return ", ".join(f"{n} is {number_token(Fraction(value.group(1)) / c, nums)}"
                         for n, c in zip(named, coef, strict=True))
    return ", ".join(f"{named[0]} is {number_token(c / coef[0], nums)} times {n}"
                     for n, c in zip(named[1:], coef[1:], strict=True))


def _angle(name: str, names: str) -> str:
    if len(name) == 3:  # angle PQR: at Q, when P, Q, R are vertices of the figure
        if not set(name) <= set(names):
            raise Decline("an angle that is not one of the figure's")
        name = name[1]
    if name not in names:
        raise Decline("an angle that is not one of the figure's")
    return f"ang_{name}"


def _opposite(side: str, names: str) -> str:
    rest = [v for v in names if v not in side]
    if len(names) != 3 or len(rest) != 1:
        raise Decline("equal sides of a triangle expected")
    return f"ang_{rest[0]}"


def number_token(v: Fraction, nums: list[Fraction]) -> str:
    nums.append(v)
    return f"num_{len(nums) - 1}"


def relation_equation(clause: str, ang: dict, nums: list[Fraction]) -> tuple[sp.Expr, str]:
    for k, pattern in enumerate(_CLAUSE):
        m = pattern.match(clause)
        if not m:
            continue
        left = ang[m.group(1)[4:]]
        if k == 1:
            v = _value(m.group(2), nums)
            return left - v, f"{latex(left)} = {latex(v)}"
        if k == 2:
            right = ang[m.group(2)[4:]]
            return left - right, f"{latex(left)} = {latex(right)}"
        if k == 3:
            other, v = ang[m.group(2)[4:]], _value(m.group(3), nums)
            if other == left:
                raise Decline("an angle added to itself")
            return left + other - v, f"{latex(left)} + {latex(other)} = {latex(v)}"
        shift = _value(m.group(2), nums) if m.group(2) else 0
        if m.group(3) in ("less", "smaller", "fewer"):
            shift = -shift
        mult = m.group(4)
        factor = sp.Integer(1) if not mult else sp.Rational(_MULT[mult]) if mult in _MULT \
            else _value(mult.split()[0], nums)
        right = factor * ang[m.group(5)[4:]] + shift
        return left - right, f"{latex(left)} = {latex(right)}"
    raise Decline(f"a clause the angle reader does not know: '{clause}'")


def _value(token: str, nums: list[Fraction]) -> sp.Rational:
    v = nums[int(token.split("_")[1])]
    return sp.Rational(v.numerator, v.denominator)


def solve_angle_system(eqs: list[tuple[sp.Expr, str]], ang: dict, asked: sp.Symbol | str,
                       right: bool = False, named: str = "Call each angle by its vertex"
                       ) -> Result:
    """The one solution of the linear relations, every angle between 0 and 180 degrees; the
    asked angle (a symbol, or "largest" / "smallest"), confirmed in exact fractions."""
    sols = sp.solve([e for e, _ in eqs], list(ang.values()), dict=True)
    if len(sols) != 1:
        raise Decline("the relations do not fix the angles")
    sol = shown = sols[0]
    if set(sol) != set(ang.values()):  # the asked angle may still be fixed ("ABCD cyclic")
        if isinstance(asked, str) or right or asked.subs(sol).free_symbols:
            raise Decline("the relations do not fix the angles")
        shown = {k: v for k, v in sol.items() if not v.free_symbols}
        sol = _completed(sol, list(ang.values()))
    if not all(v.is_positive and v < 180 for v in sol.values()):
        raise Decline("an angle that is not between 0 and 180 degrees")
    if right and 90 not in sol.values():  # "in right triangle ABC": one angle must be right
        raise Decline("a right triangle without its right angle")
    if isinstance(asked, str):
        vals = sorted(set(sol.values()))
        value = vals[-1] if asked == "largest" else vals[0]
    else:
        value = sol[asked]
    exact = {k: Fraction(int(v.p), int(v.q)) for k, v in sol.items() if v.is_Rational}
    ok = len(exact) == len(sol) and all(
        sp.Rational(0) == e.subs({k: sp.Rational(f.numerator, f.denominator)
                                  for k, f in exact.items()}) for e, _ in eqs)
    confirm.check(ok, "the angles found satisfy every relation and the angle sum, in fractions")
    return value, _steps(eqs, shown, value, named)


def _completed(sol: dict, unknowns: list[sp.Symbol]) -> dict:
    """One angle the relations leave free given a value that keeps every angle between 0 and
    180 degrees (a figure that exists), the others as the relations make them."""
    free = [u for u in unknowns if u not in sol]
    if len(free) != 1:
        raise Decline("the relations do not fix the angles")
    for guess in (90, 60, 120, 45, 135, 30, 150, *range(1, 180)):
        full = {u: sol[u].subs(free[0], guess) if u in sol else sp.Integer(guess)
                for u in unknowns}
        if all(v.is_positive and v < 180 for v in full.values()):
            return full
    raise Decline("an angle that is not between 0 and 180 degrees")


def _steps(eqs: list[tuple[sp.Expr, str]], sol: dict, value: sp.Basic, named: str
           ) -> list[Step]:
    facts = "; ".join(f"${what}$" if "=" in what else what for _, what in eqs)
    found = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in sol.items())
    return [step("write the relations", f"{named}; the angles add up to the figure's angle "
                 "sum.", facts),
            step("solve the linear system", "Solve the equations together.", f"${found}$",
                 found),
            step("read the asked angle", "The asked angle, in degrees.", f"${latex(value)}$",
                 latex(value))]


__all__ = ["number_token", "read_angle_relations", "relation_equation", "solve_angle_system"]
