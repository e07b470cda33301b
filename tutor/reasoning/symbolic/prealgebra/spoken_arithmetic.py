"""Reader of a calculation said in words: "What is two-fifths divided by 3?", "Find four-thirds
of 9/2.", "Add 2.75 to 13.108 and round to the nearest tenth.", "What is left when 1/6 is
subtracted from 5/8?", "What fraction of 3/4 is 1/8?", "How many one-fifths are in 3?",
"Rounded to 3 decimal places, what is 5/7?", "What is 2.35 expressed as a fraction?".

The words are read by a small grammar (numbers, "plus", "minus", "times", "divided by",
"of", "more than", "less than", "the sum of ... and ...", "squared" ...), every reading
of the sentence is tried, and the problem is answered only when all readings give the same
value: "2 plus 3 times 4" reads two ways (14, 20) and is declined, "one-half of 6 times 8"
gives 24 both ways. Every word must be read by the grammar or a question frame; any other
word ("about", "nearly", "positive") leaves the problem unread.

Each value is computed twice, with Python Fractions and with SymPy's exact rationals,
along the same reading; rounding is done by integer arithmetic and confirmed by `decimal`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import WHICH_MEANT, Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.number_pieces import valued_pieces
from tutor.reasoning.symbolic.prealgebra.word_grammar import Grammar, Node, add, div, mul, sub
from tutor.verify.notation import maths_text

_QUICK = re.compile(
    r"\b(?:divided|dividing|adding|subtracting|multiplying|multiplied|times|plus|minus|of|sum|product|quotient|difference|added|subtracted|"
    r"increased|decreased|more|less|round|rounded|nearest|fraction|add|subtract|multiply|"
    r"divide|squared|cubed|reciprocal|left|many|simplify|expressed|written)\b")


E = "E"
_FRAMES: list[tuple[tuple[str, ...], Callable[[Node, Node], Node | None] | None]] = [
    # a value asked for: one E
    *[(tuple(f.split()) + (E,), None) for f in (
        "what is", "what's", "find", "compute", "calculate", "evaluate", "determine",
        "what is the value of", "find the value of", "what number is", "simplify",
        "simplify the fraction", "write", "express", "convert", "change", "rewrite", "turn",
        "what is the result of")],
    ((E, "is", "what"), None), ((E, "equals", "what"), None), ((E, "is", "what", "number"), None),
    (("add", E, "to", E), lambda a, b: add(b, a)), (("add", E, "and", E), add),
    (("subtract", E, "from", E), lambda a, b: sub(b, a)),
    (("multiply", E, "by", E), mul), (("multiply", E, "and", E), mul),
    (("divide", E, "by", E), div),
    *[(tuple(f.split()) + (E, "is", "subtracted", "from", E), lambda a, b: sub(b, a)) for f in (
        "what is left when", "what is left over when", "what remains when",
        "how much is left when", "what number is left when")],
    (("what", "fraction", "of", E, "is", E), lambda a, b: div(b, a)),
    ((E, "is", "what", "fraction", "of", E), div),
    (("how", "many", E, "are", "in", E), lambda a, b: div(b, a)),
    (("how", "many", E, "are", "there", "in", E), lambda a, b: div(b, a)),
    ((E, "of", "what", "number", "is", E), lambda a, b: div(b, a)),
    ((E, "is", E, "of", "what", "number"), lambda a, b: div(a, b)),
]
# a calculation said as a condition, then the question ("If 3/5 is divided by 9/10, what is the
# result?"), or the other way round ("What do you get when you add 1/8 to 5/12?")
_DONE: list[tuple[str, str, Callable[[Node, Node], Node | None]]] = [
    ("you add E to E", "sum", lambda a, b: add(b, a)),
    ("E is added to E", "sum", lambda a, b: add(b, a)),
    ("you add E and E", "sum", add), ("E and E are added", "sum", add),
    ("you subtract E from E", "difference", lambda a, b: sub(b, a)),
    ("E is subtracted from E", "difference", lambda a, b: sub(b, a)),
    ("you multiply E by E", "product", mul), ("E is multiplied by E", "product", mul),
    ("E and E are multiplied", "product", mul),
    ("you divide E by E", "quotient", div), ("E is divided by E", "quotient", div)]
# the calculation said with a gerund: "What is the result of dividing 3/4 by 2/5?"
_GERUNDS: list[tuple[str, str, Callable[[Node, Node], Node | None]]] = [
    ("adding E to E", "sum", lambda a, b: add(b, a)), ("adding E and E", "sum", add),
    ("subtracting E from E", "difference", lambda a, b: sub(b, a)),
    ("multiplying E by E", "product", mul), ("multiplying E and E", "product", mul),
    ("dividing E by E", "quotient", div)]
_GERUND_ASKS = ["what is the result of", "find the result of", "compute the result of",
                "what do you get by", "what is obtained by", "what number results from"]
_GERUND_TAILS = ["gives what", "results in what", "equals what", "is what", "gives what number"]
_RESULT = ["what do you get", "what is the result", "what number do you get", "what is the answer",
           "what number results", "what do we get", "what is obtained", "what number is obtained"]


def _whole_quotient(a: Node, b: Node) -> Node | None:
    """"The quotient when 100 is divided by 7" may mean 14 (with remainder 2) or 100/7:
    between whole numbers that do not divide exactly, the word is not read."""
    if a.value is not None and b.value is not None and a.value.denominator == 1 \
            and b.value.denominator == 1 and b.value != 0 and a.value % b.value != 0:
        return None
    return div(a, b)


def _condition_frames() -> list[tuple[tuple[str, ...], Callable[[Node, Node], Node | None]]]:
    out = []
    for done, noun, any_op in _DONE:
        for ask in [*_RESULT, f"what is the {noun}", f"find the {noun}"]:
            op = _whole_quotient if noun == "quotient" and ask not in _RESULT else any_op
            for cond in ("when", "if"):
                for comma in ((",",), ()):
                    out.append(((cond, *done.split(), *comma, *ask.split()), op))
                out.append(((*ask.split(), cond, *done.split()), op))
    for done, _noun, op in _GERUNDS:
        out += [((*ask.split(), *done.split()), op) for ask in _GERUND_ASKS]
        out += [((*done.split(), *tail.split()), op) for tail in _GERUND_TAILS]
    return [(tuple(E if w == "E" else w for w in f), op) for f, op in out]


_FRAMES += _condition_frames()
_NEEDS_LEAF = {("simplify", "the", "fraction"), ("write",), ("express",), ("convert",),
               ("change",), ("rewrite",), ("turn",)}


def _readings(g: Grammar, n: int, rounding: bool) -> tuple[dict[object, Node], str]:
    out: dict[object, Node] = {}
    said = ""
    frames = list(_FRAMES) + ([((E,), None), (("round", E), None)] if rounding else [])
    for frame, op in frames:
        slots = [k for k, w in enumerate(frame) if w == E]
        if len(frame) - len(slots) > n:
            continue
        for got in match(g, frame, 0, 0, n):
            nodes = [got[k] for k in slots]
            if frame[:slots[0]] in _NEEDS_LEAF and nodes[0].leaf is None:
                continue
            node = nodes[0] if op is None else op(nodes[0], nodes[1])
            if node is None or node.value is None and (
                    node.exact.free_symbols or not node.exact.is_number):
                continue
            value = _value_of(node)
            if value not in out:
                out[value] = node
                said = " ".join(w for w in frame if w != E)
    return out, said


def _value_of(node: Node) -> object:
    """A reading's value: exact when it is a fraction; a surd's simplest SymPy form (`√5`
    from "the square root of 4 plus 1", a reading the others must differ from)."""
    if node.value is not None:
        return node.value
    simple = sp.nsimplify(sp.radsimp(node.exact))
    return Fraction(int(simple.p), int(simple.q)) if simple.is_Rational else sp.srepr(simple)


def match(g: Grammar, frame: tuple[str, ...], f: int, i: int, n: int) -> list[dict[int, Node]]:
    if f == len(frame):
        return [{}] if i == n else []
    if frame[f] != E:
        return match(g, frame, f + 1, i + 1, n) if i < n and g.toks[i] == frame[f] else []
    out = []
    for j in range(i + 1, n + 1):
        if f + 1 < len(frame) and (j >= n or g.toks[j] != frame[f + 1]):
            continue
        for node in g.read(i, j).values():
            out += [{f: node, **rest} for rest in match(g, frame, f + 1, j, n)]
    return out


def spoken_arithmetic(split: Split, template: str) -> Result | None:
    if not _QUICK.search(template):
        return None
    text, places = nw.take_rounding(split, template)
    text, form = nw.take_form(text)
    read = valued_pieces(split, nw.tokens(split, text))
    if read is None:
        return None
    toks = read
    while toks and toks[-1] in {"?", ".", "!", ",", ";"}:
        toks.pop()
    while toks and toks[0] in {":", ",", "."}:
        toks.pop(0)
    if not toks or len(toks) > 40 or any(isinstance(t, str) and t.startswith("@") for t in toks):
        return None
    g = Grammar(list(toks))
    readings, said = _readings(g, len(toks), places is not None or form is not None)
    if not readings:
        return None
    if len(readings) > 1:
        shown = [f"{maths_text(n.tex)} = {_value_shown(n)}" for n in readings.values()]
        ways = "two ways" if len(shown) == 2 else f"{len(shown)} ways"
        if len(shown) > 4:
            ways, shown = f"{ways}, among them", shown[:3]
        raise Decline(f"{WHICH_MEANT}the words read {ways}: {', '.join(shown[:-1])}, or "
                      f"{shown[-1]}. Type it with symbols and brackets and solve again.")
    node = next(iter(readings.values()))
    if node.value is None:
        return None  # one reading, with a surd in it: the maths readers work it out
    got = _answer(node, places, form)
    # a number only said again ("simplify the fraction 84/126", its token already in lowest
    # terms) shows no working: the maths readers write the step
    return got if got[1] else None


def _value_shown(node: Node) -> str:
    v = node.value
    if v is None:
        return maths_text(sp.latex(sp.radsimp(node.exact)))
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def _answer(node: Node, places: int | None, form: str | None) -> Result:
    v = node.value
    assert v is not None
    confirm.check(sp.Rational(v.numerator, v.denominator) == node.exact,
                  "the calculation done again in SymPy's exact rationals")
    value_tex = nw.shown(v, "decimal") if _decimal_question(node) else nw.tex_of(v)
    steps = [] if node.tex == value_tex else [
        step("write the calculation", "Turn the words into symbols, then calculate.",
             f"${node.tex} = {value_tex}$", f"{node.tex} = {value_tex}")]
    extra = nw.in_form_asked(v, value_tex, places, form)
    if extra is None:
        return sp.Rational(v.numerator, v.denominator) if value_tex == nw.tex_of(v) \
            else value_tex, steps
    answer, more = extra
    return (answer if places is not None or "." in answer or answer != nw.tex_of(v)
            else sp.Rational(v.numerator, v.denominator)), steps + more


def _decimal_question(node: Node) -> bool:
    """Decimals in, a terminating decimal out ("0.3 times 0.25" is 0.075, not 3/40)."""
    q = node.value.denominator if node.value is not None else 0
    for p in (2, 5):
        while q % p == 0:
            q //= p
    return q == 1 and "." in node.tex and "\\frac" not in node.tex


__all__ = ["E", "match", "spoken_arithmetic"]
