"""Reader of stories about things and people whose amounts are related, translated into
equations: "A pen and its refill together cost $1.10. The pen costs $1 more than the refill.
What is the cost of the pen?", "Uri buys two burgers and a soda for $2.10, and Gen buys a
burger and two sodas for $2.40. How many cents does a soda cost?", "Brian has twice as many
marbles as Angela ... In total they have 78 marbles. How many marbles does Angela have?",
"Billy's age is twice Joe's age and the sum of their ages is 45. How old is Billy?", "If 25%
of a number is the same as 20% of 30, what is the number?", "Sixteen is 64% of what number?"

Each thing or person is an unknown (`story_phrases`); each clause of a statement is one
relation (cost, costs, weighs, has, is, equals, is the same as, "buys ... for"), its two
sides read by the calculation grammar (`word_grammar`: numbers, "more than", "less than",
"twice", "the sum of", "percent of" ...), a list "A and B" on a side being their sum. The
question names the asked amount ("how much does X cost", "how many U does X have", "how old
is X", "what is X"), or is itself a relation with "what number" in it. Every reading of the
clauses is solved; the problem is answered only when every reading that solves gives one
answer, the unknowns have one solution, and the amounts are positive (and whole for ages
and counts of things held). Solved with SymPy and confirmed by `Story`: every relation
evaluated again in exact fractions, the asked amount recomputed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import story_phrases as sp_
from tutor.reasoning.symbolic.prealgebra import story_words as sw
from tutor.reasoning.symbolic.prealgebra.number_words import Num
from tutor.reasoning.symbolic.prealgebra.story_phrases import (
    REL,
    Cast,
    Everyone,
    Tok,
    token_sentences,
)
from tutor.reasoning.symbolic.prealgebra.story_questions import AUX, asked
from tutor.reasoning.symbolic.prealgebra.story_sides import MAX_READINGS, side
from tutor.reasoning.symbolic.prealgebra.story_solving import solve_readings
from tutor.reasoning.symbolic.prealgebra.story_units import kinds_of, normalise
from tutor.reasoning.symbolic.prealgebra.word_grammar import Node

_QUICK = re.compile(r"\b(?:costs?|weighs?|has|have|had|old|age|ages|buys?|bought|number|"
                    r"purchased?|paid|pays)\b|[a-z]'s\b")
_CUTS = frozenset({",", "and", "while", "but", "if", "then", "so", "whereas"})
_OPENERS = [("in", "total"), ("in", "all"), ("and", "if"), ("if",), ("and",), ("then",),
            ("while",), ("but",), ("so",), ("whereas",), ("also",), (",",)]
_TENSE = {**dict.fromkeys("was were had did".split(), "past"),
          **dict.fromkeys("is are has have does do".split(), "now"),
          **dict.fromkeys("will would".split(), "later")}


def story_equations(split: Split, template: str) -> Result | None:
    if not _QUICK.search(template) or not re.search(r"\b(?:how|what|find|determine|compute)\b",
                                                    template):
        return None
    text, places = nw.take_rounding(split, template)
    text, form = nw.take_form(text)
    text = re.sub(r", (in [a-z]+)(?=[?.]?$)", r" \1", text)  # "..., in cents?": the unit asked
    toks: list[Tok] = []
    for t in nw.tokens(split, text):
        m = re.fullmatch(r"@(\d+)@", t) if isinstance(t, str) else None
        if m:
            src = split.maths[int(m.group(1))].strip()
            if src == "\\%" and toks and isinstance(toks[-1], Num) and not toks[-1].percent:
                last = toks[-1]  # "25$\%$": the sign set apart from its number
                toks[-1] = Num(last.value / 100, f"{last.tex}\\%", True)
                continue
            if not re.fullmatch(r"[a-zA-Z]", src):
                return None
            toks.append(sp.Symbol(src))
        else:
            toks.append(t)
    if len(toks) > 90:
        return None
    sentences = _sentences(toks)
    if len(sentences) < 1:
        return None
    kinds = set().union(*(kinds_of(s) for s in sentences))
    if len(kinds) > 1:
        return None
    kind = next(iter(kinds), None)
    if kind == "hold" and "$" in template + "".join(split.maths) or kind is None and re.search(
            r"\bmoney\b", template):
        kind = "money"  # "Maria has $5", "as much money as": amounts of money held
    if kind in ("age", "hold") and len({_TENSE[t] for s in sentences for t in s
                                         if isinstance(t, str) and t in _TENSE}) > 1:
        return None  # "Jo was 18. How old is Jo?": ages and holdings change with time
    counted = {sw.singular(str(s[k + 1])) for s in sentences for k in range(len(s) - 2)
               if s[k] == "many" and sp_.nameable(s[k + 1]) or
               s[k] in ("more", "fewer") and s[k + 2] == "than" and sp_.nameable(s[k + 1])
               } - set(sp_.UNITS)  # "how many stamps", "as many stamps as", "3 more stamps than"
    if _asked_things(sentences[-1]) - _told_things(sentences[:-1]):
        return None  # "Mia has 12 apples ... how many pears does Zoe have?"
    cast = Cast(people=sp_.people(sentences),
                letters={str(t) for t in toks if isinstance(t, sp.Symbol)},
                totals=kind in ("cost", "weight"), written=split.names)
    said = {sw.singular(str(s[k + 1])) for s in sentences for k in range(len(s) - 1)
            if isinstance(s[k], Num) and isinstance(s[k + 1], str)} & set(sp_.UNITS)
    if "\\$" in "".join(split.maths) or "$" in template:
        said.add("dollar")
    base = sp_.UNITS[next(iter(said))][1] if len(said) == 1 else Fraction(1)  # amounts in it
    read: list[list[Tok]] = []
    for s in sentences:
        got = normalise(_marked(s), counted, base=base)
        got = sp_.things(got, cast, counted) if got is not None else None
        if got is None:
            return None
        read.append(got)
    question, statements = read[-1], read[:-1]
    plain = sp_.things(normalise(sentences[-1], counted, question=True, base=base) or [],
                       cast, counted)
    read_q = asked(plain or [], question, cast)
    if read_q is None:
        return None
    target, unit, inline = read_q
    if unit is None and len(said) > 1:
        return None  # "$2 and 50 cents ... how much": in which unit
    unit = unit or next(iter(said), None)
    if unit is not None and (kind is not None and sp_.UNITS[unit][0] != {
            "money": "cost"}.get(kind, kind) or any(
            sp_.UNITS[u][0] != sp_.UNITS[unit][0] for u in said)):
        return None
    scale = base / sp_.UNITS[unit][1] if unit else Fraction(1)
    if inline is not None:
        statements = statements + [inline]
    if not statements:
        return None
    readings: list[list[tuple[Node, Node, str]]] = [[]]
    for s in statements:
        ways = _clauses(s, 0, cast)
        if not ways:
            return None
        readings = [r + g for r, g in product(readings, ways)][:MAX_READINGS + 1]
    if len(readings) > MAX_READINGS:
        raise Decline("too many readings of the story")
    wanted = sp.Rational(scale.numerator, scale.denominator) * target
    groups = sp_.members(cast)  # "two cats" are "the larger cat" and "the smaller cat"
    if groups:
        subs = {g: sp.Add(*ms) / len(ms) for g, ms in groups.items()}
        readings = [[(_put(a, subs), _put(b, subs), said) for a, b, said in r]
                     for r in readings]
        wanted = wanted.subs(subs)
    solved = solve_readings(readings, wanted, kind)
    if solved is None:
        return None
    value, steps = solved
    legend = ", ".join(f"${sp.latex(s)}$ for {cast.shown(s)}" for s in cast.symbols.values()
                       if s not in groups)
    said_groups = [step("name the unknowns", "A group counted is the things it is made of.",
                        f"The {len(ms)} {cast.name(g)}s are the "
                        f"{' and the '.join(cast.name(m) for m in ms)}, so together they are "
                        f"${sp.latex(sp.Add(*ms))}$.") for g, ms in groups.items()]
    steps = [step("name the unknowns", "Give each unknown amount a letter.",
                  f"Write {legend}.")] + said_groups + list(steps)
    if not isinstance(value, sp.Rational):
        return value, steps
    if "than" in question and value <= 0:
        raise Decline("the question says which is more; the story says the other is")
    v = Fraction(int(value.p), int(value.q))
    if form is None and places is None and nw.terminates(v) and re.search(
            r"\d\.\d", template + " ".join(split.maths)):
        form = "decimal"  # decimals in, a decimal out
    extra = nw.in_form_asked(v, nw.tex_of(v), places, form) if (form or places is not None) \
        else None
    return (value, steps) if extra is None else (extra[0], steps + extra[1])


def _put(n: Node, subs: dict[sp.Symbol, sp.Expr]) -> Node:
    """The reading with each group's symbol put in as its members' mean."""
    exact = n.exact.subs(subs)
    return n if exact == n.exact else replace(n, exact=sp.expand(exact), tex=sp.latex(exact))


def _asked_things(question: list[Tok]) -> set[str]:
    """The things a question counts ("how many pears"), units aside."""
    return {sw.singular(str(question[k + 1])) for k in range(len(question) - 1)
            if question[k] == "many" and sp_.nameable(question[k + 1])} - set(sp_.UNITS) - {
        "more", "fewer", "less"}


def _told_things(statements: list[list[Tok]]) -> set[str]:
    """The things the story counts: after a number, "many" or "more/fewer"."""
    return {sw.singular(str(s[k + 1])) for s in statements for k in range(len(s) - 1)
            if (isinstance(s[k], Num) or s[k] in ("many", "more", "fewer", "less"))
            and isinstance(s[k + 1], str)}


def _sentences(toks: list[Tok]) -> list[list[Tok]]:
    parts = token_sentences(toks)
    if parts and parts[-1][0] == "if" and "," in parts[-1]:  # "if S, how much ...?"
        last = parts[-1]
        k = len(last) - 1 - last[::-1].index(",")
        if last[k + 1] in ("how", "what"):
            parts[-1:] = [last[1:k], last[k + 1:]]
    return parts


def _marked(toks: list[Tok]) -> list[Tok]:
    """Relation words as `REL`; "Uri buys A for $2" as "A REL $2" (the buyer is not read)."""
    toks = [t for k, t in enumerate(toks)  # "weigh exactly twice as much": an equation already
            if not (t == "exactly" and k and isinstance(toks[k - 1], str)
                    and toks[k - 1] in sp_.VERB_KIND)]
    out: list[Tok] = []
    i = 0
    bought = False
    while i < len(toks):
        t = toks[i]
        ahead = tuple(x if isinstance(x, str) else "" for x in toks[i:i + 4])
        if ahead[:3] == ("is", "equal", "to") or ahead[:3] == ("are", "equal", "to"):
            out.append(REL)
            i += 3
        elif t in sp_.VERB_KIND and ahead[1:4] == ("the", "same", "as"):
            out.append(REL)
            i += 4
        elif ahead[:3] == ("add", "up", "to"):
            out.append(REL)
            i += 3
        elif t in sp_.BUY and isinstance(t, str) and out and sp_.nameable(out[-1]) and (
                len(out) == 1 or out[-2] in (",", "and", "while")):
            out.pop()  # the buyer
            bought = True
            i += 1
        elif t == "for" and bought:
            out.append(REL)
            bought = False
            i += 1
        elif isinstance(t, str) and t in sp_.VERB_KIND and not (
                out and out[-1] in AUX | {"how", "the", "total", "combined"}):
            out.append(REL)
            i += 1
        else:
            out.append(t)
            i += 1
    return out


def _clauses(t: list[Tok], i: int, cast: Cast) -> list[list[tuple[Node, Node, str]]]:
    """Every way to read t[i:] as relations, one `REL` each, cut at ",", "and", "if" ..."""
    n = len(t)
    if i == n:
        return [[]]
    for opener in _OPENERS:
        if tuple(x if isinstance(x, str) else "" for x in t[i:i + len(opener)]) == opener:
            return _clauses(t, i + len(opener), cast)
    out: list[list[tuple[Node, Node, str]]] = []
    for j in range(i + 1, n + 1):
        if j < n and t[j] not in _CUTS:
            continue
        piece = t[i:j]
        if piece.count(REL) != 1:
            continue
        summed = cast.totals or sp_.SUM in piece
        piece = [x for x in piece if x != sp_.SUM]
        k = piece.index(REL)
        said = _said(piece, cast)
        for a in side(piece[:k], cast, summed):
            for b in side(piece[k + 1:], cast, summed):
                out += [[(a, b, said)] + rest for rest in _clauses(t, j, cast)][:MAX_READINGS + 1]
    return out[:MAX_READINGS + 1]


def _said(piece: list[Tok], cast: Cast) -> str:
    words = []
    for x in piece:
        if isinstance(x, sp.Symbol):
            words.append(cast.shown(x) if x in cast.symbols.values() else str(x))
        elif isinstance(x, Num) and x.percent:
            words.append(x.tex.replace("\\%", "%"))
        elif isinstance(x, Num):
            words.append(nw.shown(x.value, "decimal") if nw.terminates(x.value) else str(x.value))
        else:
            words.append("they" if isinstance(x, Everyone) else
                         {REL: "=", "twofold": "twice"}.get(x, x))
    return " ".join(words).replace(" ,", ",")


__all__ = ["story_equations"]
