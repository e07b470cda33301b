"""Typed reader: heights and shadows at one time of day.

"A 6-foot man casts a 4-foot shadow. At the same time, a tree casts a 20-foot shadow. How tall
is the tree?", "A flagpole that is 15 meters tall casts a shadow 9 meters long ...; what is the
height of the building?", "Maria is 5 feet tall and casts a shadow of 3 feet. How long is the
shadow of a 25-foot tree?": the sun's rays make one angle with the ground, so each upright
thing and its shadow are the legs of similar right triangles and height / shadow is one ratio.
Two things only, one with both its height and its shadow told, the other with one of them; one
unit of length throughout; every word read (an unknown one declines). Confirmed a second way:
the sun's elevation angle is found from the first thing (atan of height / shadow, 40 digits)
and the asked length measured with it."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import EXACT_FORM, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_UNITS = {"foot": "ft", "feet": "ft", "ft": "ft", "meter": "m", "meters": "m", "m": "m",
          "inch": "in", "inches": "in", "yard": "yd", "yards": "yd", "centimeters": "cm",
          "cm": "cm"}
_U = r"(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_TIME = re.compile(r"\b(?:at the same time(?: of day)?(?: that| when)?|at that (?:same )?time|"
                   r"at the same moment|on a sunny (?:day|afternoon)|nearby|" + EXACT_FORM[2:] +
                   r")\b,?")
_STOP = frozenset("a an the is that who which tall high and his her its".split())
_SHADOW_WORDS = frozenset("a an shadow of that is long which".split())
_ASK_HEIGHT = re.compile(r"\b(?:how (?:tall|high) is|what is the height of) (?:the|a|an|this) "
                         r"(?:#(\d+) )?([a-z]+)\b")
_ASK_SHADOW = re.compile(
    r"\b(?:how long (?:is|will be) the (?:length of the )?shadow (?:of|cast by)|what is the "
    r"length of the shadow (?:of|cast by)) (?:the|a|an|this) (?:#(\d+) )?([a-z]+)\b|"
    r"\bhow long (?:a|of a|is the) shadow (?:does|will|would) (?:the|a|an|this) (?:#(\d+) )?"
    r"([a-z]+) cast\b|\bhow long is (?:the|a|an|this) (?:#(\d+) )?([a-z]+)'s shadow\b")


def read_shadow_heights(split: Split, template: str) -> Result | None:
    # "a tree throws a 15 m shadow": casts
    template = re.sub(r"\bthrow(s?)\b(?=[^.?;]*\bshadow)", r"cast\1", template)
    if not re.search(r"\bshadows?\b", template) or not re.search(r"\bcasts?\b", template):
        return None
    # "a tree casts a shadow at the same time that a man casts ...": two clauses
    # ("... at the same time a tree casts ...": "that" unsaid before the second clause)
    text = _TIME.sub(" ", re.sub(r"\bat the same time(?: of day)? (?:that |when )?(?=(?:that|"
                                 r"when|a|an|the)\b)", " ; ", template))
    # the unit asked ("how tall is the tree in inches", "express your answer in inches")
    units: set[str] = {_UNITS[u] for u in re.findall(r"\bin (" + _U + r")\b", template)}

    def num(m: re.Match[str]) -> str:
        units.add(_UNITS[m.group(2)])
        return f"#{m.group(1)}"
    text = re.sub(r"@(\d+)@ ?-? ?(" + _U + r")\b(?: ?-? ?(?:tall|high)\b)?", num, text)
    text = re.sub(r"(#\d+) ?-? ?long\b", r"\1", text)
    if len(units) != 1 or "@" in text:
        raise Decline("one unit of length for every height and shadow")
    sentences = [s.strip(" ,") for s in re.split(r"[.?;]", text) if s.strip(" ,")]
    asks = [s for s in sentences if re.match(r"(?:how|what|find)\b", s)]
    if len(asks) != 1 or sentences[-1] != asks[0]:
        return None
    things: dict[str, dict[str, sp.Expr]] = {}
    for sentence in sentences[:-1]:
        for clause in re.split(r",? (?:while|and|but|when) (?=(?:a|an|the) )", sentence):
            _fact(split, clause, things)
    asked = _asked(split, asks[0], things)
    return _solve(things, asked, units.pop())


def _value(split: Split, k: str) -> sp.Expr:
    v = number(split.maths[int(k)])
    if v is None or not v.is_positive:
        raise Decline("a positive length")
    return sp.nsimplify(v)


def _fact(split: Split, clause: str, things: dict[str, dict[str, sp.Expr]]) -> None:
    """One thing and the height and shadow the clause tells: "a #0 man casts a #1 shadow"."""
    parts = re.split(r"\bcasts?\b", clause)
    if len(parts) != 2:
        raise Decline("each thing casts one shadow in its own clause")
    left, right = parts[0].split(), parts[1].split()
    names = [w for w in left if w not in _STOP and not w.startswith("#")]
    if not names or len(names) > 2:
        raise Decline("which thing casts the shadow is not clear")
    name = names[-1]
    heights = [w[1:] for w in left if w.startswith("#")]
    shadows = [w[1:] for w in right if w.startswith("#")]
    if len(heights) > 1 or len(shadows) > 1 or name in things or \
            set(right) - _SHADOW_WORDS - {f"#{k}" for k in shadows} or "shadow" not in right:
        raise Decline("a clause about a shadow that is not read")
    got = things.setdefault(name, {})
    if heights:
        got["height"] = _value(split, heights[0])
    if shadows:
        got["shadow"] = _value(split, shadows[0])


def _asked(split: Split, question: str, things: dict[str, dict[str, sp.Expr]]) -> tuple[str, str]:
    question = re.sub(r",? in " + _U + r"\b,?", "", question)  # "how tall is the tree in feet"
    for pattern, what in ((_ASK_HEIGHT, "height"), (_ASK_SHADOW, "shadow")):
        m = pattern.fullmatch(question.strip(" ,?"))
        if m is None:
            continue
        groups = [g for g in m.groups() if g is not None]
        name = groups[-1]
        got = things.setdefault(name, {})
        if len(groups) == 2:  # "the shadow of a #2 tree": its height told in the question
            if "height" in got or what == "height":
                raise Decline("a length told twice")
            got["height"] = _value(split, groups[0])
        return name, what
    raise Decline("the question is not a height or a shadow of one thing")


def _solve(things: dict[str, dict[str, sp.Expr]], asked: tuple[str, str], unit: str) -> Result:
    name, what = asked
    if len(things) != 2 or what in things[name] or len(things[name]) != 1:
        raise Decline("two things, one told fully and the other by one length")
    other = next(k for k in things if k != name)
    known = things[other]
    if set(known) != {"height", "shadow"}:
        raise Decline("the thing to compare with needs both its height and its shadow")
    ratio = known["height"] / known["shadow"]
    given = things[name]["shadow" if what == "height" else "height"]
    value = sp.nsimplify(given * ratio if what == "height" else given / ratio)
    with mpmath.workdps(40):
        angle = mpmath.atan(mpmath.mpf(sp.N(known["height"], 45)) /
                            mpmath.mpf(sp.N(known["shadow"], 45)))
        g = mpmath.mpf(sp.N(given, 45))
        again = g * mpmath.tan(angle) if what == "height" else g / mpmath.tan(angle)
        ok = abs(again - mpmath.mpf(sp.N(value, 45))) < mpmath.mpf(10) ** -30 * max(1, again)
    confirm.check(bool(ok), "the length measured again with the sun's elevation angle")
    r = f"\\frac{{{latex(known['height'])}}}{{{latex(known['shadow'])}}}"
    claim = (f"{latex(given)} \\cdot {r} = {latex(value)}" if what == "height" else
             f"{latex(given)} \\div {r} = {latex(value)}")
    return value, [
        step("similar triangles", "At one time of day the sun's rays make the same angle with "
             "the ground, so every height is the same multiple of its shadow.",
             f"The {other}'s height over its shadow is ${r}$.", f"{r} = {latex(ratio)}"),
        step(f"the {name}'s {what}", f"Use the same ratio for the {name} (lengths in {unit}).",
             f"${claim}$", claim)]


__all__ = ["read_shadow_heights"]
