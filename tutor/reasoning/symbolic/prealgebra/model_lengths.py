"""A scale model told by two lengths of one thing, the real one and the model's, said as the
scale a map reader reads: "The statue has a height of 60 feet. A scale model of the statue has
a height of 4 inches. How many feet of the statue does one inch of the model represent?" reads
as "#4 inches represent #60 feet. how many feet does #1 inch on the model represent?"; "A model
car is 6 inches long and the real car is 15 feet long." likewise.

The real length is told in a clause of its own about one thing ("the marble statue of ... has
a height of 60 feet", "the real car is 15 feet long"); the model's in a clause about "a (scale)
model of the <thing>" ("of it" for the thing just told) or "a model <thing>". The thing must
be the same in both (the head noun of the real clause: "the shadow of the statue" is a shadow,
not the statue), and "feet of the <thing>" in the question names it again. Each clause must
be read whole: a number or a word that changes a length ("more", "times", "half", "area")
leaves the text as it was. The lengths' units are checked by `map_scales` (lengths only).
"""

from __future__ import annotations

import re

_N = r"#\d+(?:/\d+|\.\d+)?"
_LEN = (rf"(?:(?:is|measures|stands) (?P<{{0}}>{_N}) (?P<{{1}}>[a-z]+)(?: (?:tall|long|high|"
        rf"wide))?|(?:has|had) an? (?:height|length|width) of (?P<{{0}}2>{_N}) (?P<{{1}}2>[a-z]+))")
_PLAIN = r"(?!(?:model|scale|of|in|is|has|had|more|less|than|times|half|twice|area)\b)[a-z]+"
_REAL = re.compile(rf"(?:the |an? )?(?:(?:real|actual) )?(?P<np>{_PLAIN}(?: (?:{_PLAIN}|of|in))"
                   r"{0,10}) "
                   + _LEN.format("b", "u2"))
_MODEL = re.compile(rf"(?:the |an? )(?:scale )?model(?: of (?:the (?P<of>{_PLAIN})|(?P<it>it))| "
                    rf"(?P<kind>{_PLAIN}))? " + _LEN.format("a", "u1"))
_ASK = re.compile(rf"how many (?P<u>[a-z]+)(?: of the (?P<thing>{_PLAIN}))? (?:does|do|will|would)"
                  rf" (?:one|an?|each|#1) (?P<u1>[a-z]+) (?:of|on|in) the model represent")


def _head(np: str) -> str:
    """"marble statue of abraham lincoln in the memorial" -> "statue"."""
    return re.split(r" (?:of|in|at|on|near|by|from) ", np)[0].split()[-1]


def model_scale(w: str) -> str:
    """The story with a real and a model length rewritten as a scale, or as it was."""
    clauses = [c.strip() for c in re.split(r"\.\s+|,? and (?=the |an? )", w.strip()) if c.strip()]
    real = model = ask = None
    real_first = False
    rest: list[str] = []
    for c in clauses:
        c = c.rstrip(" .?")
        if (m := _MODEL.fullmatch(c)) is not None and model is None:
            model = m
        elif (m := _ASK.fullmatch(c)) is not None and ask is None:
            ask = m
        elif (m := _REAL.fullmatch(c)) is not None and real is None:
            real, real_first = m, model is None
        else:
            rest.append(c)
    if real is None or model is None or ask is None or rest:
        return w
    thing = _head(real.group("np"))
    named = model.group("of") or model.group("kind") or (
        "" if model.group("it") and real_first else None)  # "a model of it": the thing before
    if named not in ("", thing) or ask.group("thing") not in (None, thing):
        return w
    a, u1 = model.group("a") or model.group("a2"), model.group("u1") or model.group("u12")
    b, u2 = real.group("b") or real.group("b2"), real.group("u2") or real.group("u22")
    return (f"{a} {u1} on the model represent {b} {u2}. how many {ask.group('u')} does #1 "
            f"{ask.group('u1')} on the model represent? ")


__all__ = ["model_scale"]
