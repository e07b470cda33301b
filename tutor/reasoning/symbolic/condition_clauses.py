"""Conditions and the question in another order (part of `clause_order`): a condition said
before its question ("When A is divided by B, what is the remainder?") or after it ("Find
cos t if sin t = 8/17 and ..."), a system said before the question about it ("Solve the
system A and B. What is E?"), and conditions kept as said ("Evaluate E at x = 3").
Each function gives the template with the clauses moved, every word kept."""

from __future__ import annotations

import re

SLOT = r"@\d+@"
DATA = rf"{SLOT}(?:(?:,| and|, and) {SLOT})*"  # "@0@", "@0@ and @1@", "@0@, @1@ and @2@"
# the first word of a question or a task
ASK_START = (r"(?:what|what's|which|how|find|determine|compute|calculate|evaluate|give|state"
             r"|express|write|convert|simplify|expand|factor|solve|is|are|tell me)\b")

# "When A is divided by B, what is the remainder?": a condition said first, in one clause.
_CONDITION_FIRST = re.compile(
    r"(?P<cond>(?:when|if|given that|assuming that|provided that|suppose that|supposing that"
    r"|knowing that) [^,;?]+?),? (?:then )?"
    r"(?P<ask>(?:what|which|how|find|determine|compute|calculate|evaluate)\b[^,;?]*?)"
    r"(?P<end>[.?!]?)")


def condition_last(tmpl: str) -> str | None:
    """The template with a leading condition clause moved after its question, or None."""
    m = _CONDITION_FIRST.fullmatch(tmpl)
    if not m:
        return None
    return f"{m.group('ask')} {m.group('cond')}{m.group('end') or '.'}"


# "Find @0@ if @1@ and @2@ is in the second quadrant.": the question first, its condition
# after it; read as "If @1@ and ..., find @0@."
_CONDITION_AFTER = re.compile(
    r"(?P<ask>(?:find|compute|determine|calculate|evaluate|what is|what are|how many)\b[^;?]*?@\d+@"
    r"[^;?]*?),? (?:if|given that|provided that|assuming that|knowing that) (?P<cond>[^;?]+?)"
    r"(?P<end>[.?!]?)")


# "Solve the system @0@ and @1@. What is @2@?": the system is the data of the question
_SYSTEM_THEN_ASK = re.compile(
    r"(?:solve|consider|take|look at) (?:the )?(?:(?:system|pair) of equations|system|"
    r"equations)? ?(?P<data>" + DATA + r")[.;] (?P<ask>(?:what|find|compute|determine|"
    r"calculate|evaluate)\b[^?!;]*?)(?P<end>[.?!]?)")


def condition_first(tmpl: str) -> str | None:
    """The template with a condition said after its question moved before it, or None."""
    m = _CONDITION_AFTER.fullmatch(tmpl) or _SYSTEM_THEN_ASK.fullmatch(tmpl)
    if not m:
        return None
    cond = m.group("cond") if "cond" in m.groupdict() else m.group("data")
    return f"if {cond}, {m.group('ask')}{m.group('end') or '.'}"


# "When 47 is written in base 3, what is it?": the subject of the condition is asked for.
_WHEN_IT = re.compile(
    r"(?:when|if|once) (?P<subj>@\d+@) is (?P<how>written|expressed|converted|rounded|simplified"
    r"|expanded|factored|evaluated|reduced|computed)(?P<rest> [^,]*?)?,? what (?:is it|do you"
    r" get|does it become|is the result|is the answer|number is it|number do you get)"
    r"(?P<end>[.?!]?)")
# "E is expanded. What is ...?": the maths and what is done to it, then the question.
_DONE_FIRST = re.compile(
    r"(?P<data>@\d+@) is (?P<how>expanded|simplified|factored|written out|multiplied out)"
    r"[.,;] (?P<ask>" + ASK_START + r".*)")


def condition_kept(tmpl: str) -> list[str]:
    out = []
    m = _WHEN_IT.fullmatch(tmpl)
    if m:
        out.append(f"what is {m.group('subj')} {m.group('how')}{m.group('rest') or ''}"
                   f"{m.group('end') or '?'}")
    d = _DONE_FIRST.fullmatch(tmpl)
    if d:
        cond = f"when {d.group('data')} is {d.group('how')}"
        out += [f"{cond}, {d.group('ask')}", f"{d.group('ask').rstrip('.?!')} {cond}?"]
    w = re.fullmatch(r"(?:when|knowing that|assuming(?: that)?|supposing(?: that)?"
                     r"|provided(?: that)?) ([^,]+), (.+)", tmpl)
    if w:  # "When A, what ...?", "Assuming A, ..." ask as "If A, what ...?"
        out.append(f"if {w.group(1)}, {w.group(2)}")
    # not "using": "made using 1, 2 and 3" says how, not for which values
    given = re.fullmatch(r"(?:let|given|suppose|assume)(?: that)? (" + DATA + r")[.;,] (?:then )?("
                         + ASK_START + r".*)", tmpl)
    if given:  # "Let A and B. What is E?", "Given A and B, find E." say "If A and B, ..."
        out.append(f"if {given.group(1)}, {given.group(2)}")
    at = re.fullmatch(r"(.+) (?:at|assuming|knowing that|provided that) (" + SLOT
                      + r")([.?!]?)", tmpl)
    if at:  # "Evaluate E at x = 3"
        out.append(f"{at.group(1)} for {at.group(2)}{at.group(3)}")
    return out


__all__ = ["ASK_START", "DATA", "SLOT", "condition_first", "condition_kept", "condition_last"]
