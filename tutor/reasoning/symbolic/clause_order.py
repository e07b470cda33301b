"""The same question with its clauses in the order the readers know: the question first.

People put the data or a condition first and ask after it ("Of 480, what is 15%?",
"When 100 is divided by 7, what is the remainder?", "Take 84 and 120. What is their
greatest common divisor?", "Modulo 11, what is the inverse of 4?"), ask politely ("Can
you find ...", "I need to know the value of ..."), or name the maths first and the task
after it ("Once you work out E, what number do you get?"). `rewordings` gives each such
template (`parsing.split_problem`: maths as `@k@`) in the plain order "QUESTION DATA";
the readers then read it as they read the plain wording. A rewording only moves clauses,
resolves a pronoun to the maths it stands for ("their", "its", "it") or drops words that
never change a question ("please", "can you"); every other word is kept, so a reader still
sees (and declines on) any word it does not know.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.condition_clauses import ASK_START as _ASK_START
from tutor.reasoning.symbolic.condition_clauses import DATA as _DATA
from tutor.reasoning.symbolic.condition_clauses import SLOT as _SLOT
from tutor.reasoning.symbolic.condition_clauses import (
    condition_first,
    condition_kept,
    condition_last,
)

# Nouns that only name the kind of maths a slot holds ("the numbers @0@ and @1@").
_KIND = (r"(?:(?:the|a|an) )?(?:(?:numbers?|integers?|vectors?|points?|fractions?|expressions?"
         r"|complex numbers?|matrix|matrices|line|equation|polynomial|quadratic|function"
         r"|decimals?|values?|quantity|quantities|pair) )?")
_PRONOUN = re.compile(r"\b(?:their|its|his|her)\b|\b(?:it|them|this number|these numbers"
                      r"|this|these|that number|those numbers)\b(?! (?:is|are) )")

# "Of 480, what is 15%?", "Modulo 11, ...", "In base 10, ...", "Take A and B. What ...":
# a leading phrase (the data, or where or how the question is asked), then the question.
_LEAD_FIRST = re.compile(
    r"(?P<lead>(?:[^,;:?.]|,(?= (?:and )?@\d+@))+?)(?P<sep>[,;:]|\.) (?:then )?(?P<ask>"
    + _ASK_START
    + r"[^?!]*?)(?P<end>[.?!]?)")
_DATA_LEAD = re.compile(
    r"(?:(?P<word>for|of|among|with|using|take|consider|given|look at|start with|here (?:is|are)"
    r"|(?:you|we) (?:have|are given)|let's take|let us take"
    r"|(?:when|if|once) (?:you|we) (?:take|consider|look at|have|are given)) )?" + _KIND
    + r"(?P<data>" + _DATA + r")")
# A leading phrase that says where or how the question is asked, moved after it whole.
_MOVABLE_LEAD = re.compile(
    r"(?:(?:written|expressed|converted|rounded|given) )?"
    r"(?:for|of|in|modulo|mod|with|using|as|to|from|among|between|on|over|at|out of) .+")

# "Once you work out E, what do you get?" / "E: evaluate it."
_TASK_FIRST = re.compile(
    r"(?:once|after|when|if) (?:you|we|i) (?P<verb>work out|compute|calculate|evaluate"
    r"|simplify|expand|factor|solve|find|multiply out|add up|reduce) (?P<data>.+?),? "
    r"(?:what|which) (?:number|value|result|answer|expression|form)?\s?(?:do|will|would|did)"
    r" (?:you|we|i) (?:get|obtain|end up with|find|have)(?P<end>[.?!]?)")
_RESULT_WORDS = re.compile(
    r"what (?:number|value|result|answer) (?:do|will|would) (?:you|we|i) get (?:for|from) "
    r"(?P<rest>.+)")

# Words and phrases that never change what is asked.
_POLITE_START = re.compile(
    r"(?:(?:please|pls|plz),? |kindly )?(?:(?:can|could|would|will) you(?: please)? "
    r"|i(?:'d| would) like you to |i (?:need|want) you to |help me |you need to |you should "
    r"|i need to |i want to |we need to |we want to |your task is to |the task is to |try to "
    r"|i'm trying to |i am trying to |(?:i|we|you) (?:am|are|was|were) asked to |i'm asked to )?"
    r"(?:(?:please|pls|plz) )?"
    r"(?=(?:find|compute|calculate|evaluate|determine|work out|figure out|simplify|expand"
    r"|factor|solve|give|tell me|write|express|convert|state|say)\b)")
_KNOW = re.compile(
    r"(?:please,? )?(?:i (?:need|want|would like|'d like|wish) to know|tell me|i wonder"
    r"|do you know|can you tell me|could you tell me|let me know|i'm curious about"
    r"|i am curious about) (?=the |how |what |which )")
_KNOWS_THAT = re.compile(r"^(?:[a-z]+|we|you|i) (?:knows?|knew|found out|has found|have found|"
                         r"noticed|learned|learnt|is told|was told|are told|remembers|recalls) "
                         r"that (@\d+@)[.,;] (?=(?:what|find|compute|determine|how)\b)")
_POLITE_END = re.compile(r"(?:,? (?:please|pls|plz)|[.?!] (?:thanks?(?: you)?|thx)"
                         r"|,? (?:thanks?(?: you)?|thx))(?=[.?!]?$)")


# Greetings and labels before a question ("Hi! ...", "Question: ...", "Here is a problem.")
_GREETING = re.compile(
    r"(?:(?:hey|hi|hello|ok|okay|so|now|well|alright)(?:[,!.]| there[,!.]?)? )+"
    r"|(?:(?:a )?(?:quick |short )?(?:question|problem|exercise|task|puzzle)[:.] "
    r"|here(?:'s| is) (?:a|my|the|one|this) (?:problem|question)[:.] )")


def _polite_dropped(tmpl: str) -> str | None:
    out = _GREETING.sub("", _POLITE_END.sub("", tmpl), count=1) if _GREETING.match(
        tmpl) else _POLITE_END.sub("", tmpl)
    out = re.sub(r" for me(?=[.?!]?$)", "", out)
    # "Kyle knows that @0@. What is r?": a fact someone knows is a fact given
    out = _KNOWS_THAT.sub(r"given that \1, ", out, count=1)
    out = re.sub(r"^whats\b", "what is", out)
    m = _KNOW.match(out)
    if m:
        rest = out[m.end():]
        out = rest if re.match(r"(?:how|what|which)\b", rest) else "what is " + rest
    else:
        out = _POLITE_START.sub("", out, count=1)
    out = re.sub(r"^(?:work|figure) out\b", "find", out)
    out = re.sub(r"^tell me\b ?", "", out)
    if out.endswith("."):
        if re.match(r"(?:what|which|how)\b", out):
            out = out[:-1] + "?"
    return out if out != tmpl and out.strip() else None


def _with_pronoun_resolved(ask: str, data: str) -> str | None:
    """The question with its one pronoun standing for `data`, or None when it has none
    or more than one."""
    found = list(_PRONOUN.finditer(ask))
    if len(found) != 1:
        return None
    m = found[0]
    word = m.group(0)
    several = bool(re.search(r",| and ", data))
    if word in ("its", "it", "this", "this number", "that number") and several or word in (
            "their", "them", "these", "these numbers", "those numbers") and not several:
        return None  # "its" of two numbers: which one is meant is not clear
    if word in ("their", "its", "his", "her"):  # "their greatest common divisor"
        noun = re.match(r" ((?:[a-z-]+ ){0,4}?[a-z-]+?)(?=$| (?:of|in|is|are|when|if|do|does"
                        r"|modulo|mod|to|as|written)\b|[.?!,])", ask[m.end():])
        if noun is None:
            return None
        end = m.end() + noun.end()
        return f"{ask[:m.start()]}the {noun.group(1)} of {data}{ask[end:]}"
    return f"{ask[:m.start()]}{data}{ask[m.end():]}"


def _with_data_after(ask: str, data: str, owner: bool) -> list[str]:
    """The question asked of `data` when it names no object: "what is the lcm?" -> "what
    is the lcm of @0@ and @1@?"; with `owner`, "how many divisors are there?" -> "how many
    divisors does @0@ have?"."""
    out = []
    many = re.fullmatch(r"(how many .+?) (?:are there|does it have|do they have|exist)", ask)
    if many and owner:
        out.append(f"{many.group(1)} does {data} have")
    if re.search(r"\b(?:the|a) [a-z -]+$", ask) and not re.search(r"\bof\b", ask):
        out.append(f"{ask} of {data}")
    return out


def _lead_moved(tmpl: str) -> list[str]:
    m = _LEAD_FIRST.fullmatch(tmpl)
    if not m:
        return []
    lead, ask, end = m.group("lead"), m.group("ask"), m.group("end") or "?"
    if re.match(r"(?:when|if|given that|assuming|provided|suppose|supposing|once)\b",
                lead) and not _DATA_LEAD.fullmatch(lead):
        return []  # a condition: `condition_last`
    out: list[str] = []
    data = _DATA_LEAD.fullmatch(lead)
    if data:
        resolved = _with_pronoun_resolved(ask, data.group("data"))
        if resolved is not None:
            out.append(resolved + end)
        elif m.group("sep") != ".":
            # "among/with/using A and B" never make A and B the owner of what is counted
            owner = data.group("word") not in ("among", "with", "using")
            out.extend(a + end for a in _with_data_after(ask, data.group("data"), owner))
    many = re.fullmatch(r"how many (?:of them |of these )?(?P<verb>are|is|have|has|satisfy|leave"
                        r"|can|divide|do|end)\b(?P<rest>.*)", ask)
    if many and re.match(r"(?:of|among) ", lead):  # "Of the divisors of 36, how many are odd?"
        out.append(f"how many of {lead.split(' ', 1)[1]} {many.group('verb')}"
                   f"{many.group('rest')}{end}")
    share = re.fullmatch(r"what (percent|percentage|fraction|part|proportion) is (" + _SLOT
                         + r")", ask)
    if share and lead.startswith("of "):  # "Of 80, what percent is 20?"
        out.append(f"what {share.group(1)} {lead} is {share.group(2)}{end}")
    if data and re.fullmatch(r"(?:for|given|with) " + _SLOT, lead):  # "For z = 3 + 4i, ..."
        out.append(f"{ask} if {data.group('data')}{end}")
    if m.group("sep") != "." and _MOVABLE_LEAD.fullmatch(lead) and not _PRONOUN.search(ask):
        out.append(f"{ask} {lead}{end}")
        if lead.startswith("for "):
            out.append(f"{ask} of {lead[4:]}{end}")
    return out


# "What is the gcd of these two numbers: 84 and 120?", "Evaluate the following: E."
_DATA_AFTER = re.compile(
    r"(?P<ask>.+? (?:of|for|between|to|in|on)) (?:these|the following|the given|both)"
    r"(?: (?:two|three|four|2|3|4))?(?: (?:numbers|integers|vectors|points|fractions"
    r"|expressions|quantities|values|matrices|sum|product|expression|number|quantity))?:? "
    r"(?P<data>" + _DATA + r")(?P<end>[.?!]?)")
_THE_FOLLOWING = re.compile(
    r"(?P<verb>compute|evaluate|calculate|simplify|expand|factor|solve|find|what is"
    r"|find the value of|what is the value of) (?:the following|this)(?: (?:expression|sum"
    r"|product|quotient|difference|quantity|number|equation|inequality|system|fraction))?"
    r"(?:[:.]|,)? (?P<data>" + _SLOT + r")(?P<end>[.?!]?)")
# "Express the following sum as a common fraction: E.": the form said before the data
_EXPRESS_FOLLOWING = re.compile(
    r"(?:please )?(?P<verb>express|write) (?:the following|this)(?: (?:expression|sum|product"
    r"|quotient|difference|quantity|number))? as (?P<form>an? [a-z ]+?)[:.]? (?P<data>"
    + _SLOT + r")(?P<end>[.?!]?)")
_EQUAL_TO = re.compile(r"what (?:is|are|does|do) (?P<data>" + _SLOT + r") (?:equal to|equal)"
                       r"(?P<rest>.*)")


def _data_named_after(tmpl: str) -> list[str]:
    out = []
    for pattern in (_DATA_AFTER, _THE_FOLLOWING):
        m = pattern.fullmatch(tmpl)
        if m:
            head = m.group("ask") if "ask" in m.groupdict() else m.group("verb")
            out.append(f"{head} {m.group('data')}{m.group('end') or '.'}")
    x = _EXPRESS_FOLLOWING.fullmatch(tmpl)
    if x:
        out.append(f"{x.group('verb')} {x.group('data')} as {x.group('form')}"
                   f"{x.group('end') or '.'}")
    e = _EQUAL_TO.fullmatch(tmpl)
    if e:
        out.append(f"what is {e.group('data')}{e.group('rest')}")
    return out


def _task_first(tmpl: str) -> list[str]:
    m = _TASK_FIRST.fullmatch(tmpl)
    if m:
        verb = {"work out": "compute", "find": "compute", "multiply out": "expand",
                "add up": "compute", "reduce": "simplify"}.get(m.group("verb"), m.group("verb"))
        return [f"{verb} {m.group('data')}."]
    r = _RESULT_WORDS.fullmatch(tmpl)
    if r:
        return [f"what is {r.group('rest')}"]
    return []


# "The gcd of A and B is what?", "E equals what?": the question word said last.
_WHAT_LAST = re.compile(
    r"(?P<subj>(?:the |@)[^,;:?]+?) (?:is|equals?|is equal to|comes to|is at) (?:what|which)"
    r"(?: number| value| point| expression)?(?P<end>[.?!]?)")
# "The number 2^{12} 5^8 has how many digits?": "how many" said after its subject
_HOW_MANY_LAST = re.compile(
    r"(?P<subj>(?:the (?:number|integer|numeral|product|sum|expression) )?@\d+@) (?:has|have) "
    r"how many (?P<what>[a-z][a-z -]*?)(?P<end>[.?!]?)")

# "The line @0@ has what slope?", "The sequence @0@ has what 9th term?": "what" after "has"
_WHAT_HAS = re.compile(
    r"(?P<subj>(?:the |@)[^,;:?]*?@\d+@) (?:has|have) what (?P<what>(?![^?]*\b(?:and|or|what)\b)"
    r"[a-z0-9][a-z0-9 -]*?)"
    r"(?P<end>[.?!]?)")


def _question_word_moved(tmpl: str) -> str | None:
    """The last clause's question word moved to its front: "X, the Y is what?" -> "X, what
    is the Y?"; "E has how many digits?" -> "how many digits does E have?"; "the line L has
    what slope?" -> "what is the slope of the line L?"."""
    head, sep, tail = tmpl.rpartition(", ")
    many = _HOW_MANY_LAST.fullmatch(tail)
    if many is not None:
        return (f"{head}{sep}how many {many.group('what')} does {many.group('subj')} have"
                f"{many.group('end') or '?'}")
    has = _WHAT_HAS.fullmatch(tail)
    if has is not None:
        return (f"{head}{sep}what is the {has.group('what')} of {has.group('subj')}"
                f"{has.group('end') or '?'}")
    m = _WHAT_LAST.fullmatch(tail)
    if m is None:
        return None
    return f"{head}{sep}what is {m.group('subj')}{m.group('end') or '?'}"


def rewordings(tmpl: str) -> list[str]:
    """Other orders of the same question (never `tmpl` itself), most direct first."""
    bases = [tmpl]
    polite = _polite_dropped(tmpl)
    if polite is not None:
        bases.append(polite)
    for base in list(bases):
        asked = _question_word_moved(base)
        if asked is not None:
            bases.append(asked)
    out: list[str] = []
    for base in bases:
        moved = condition_last(base)
        found = [base] if base != tmpl else []
        found += [moved] if moved else []
        before = condition_first(base)
        found += [before] if before else []
        found += _lead_moved(base) + _task_first(base) + _data_named_after(base)
        found += condition_kept(base)
        for got in found:
            if got not in out and got != tmpl:
                out.append(got)
    return out


__all__ = ["condition_first", "condition_last", "rewordings"]
