"""A question typed without its question words, written as the question the readers read.

A student often types only the thing asked: a bare number expression ("5!", "10 choose 3",
"$\\dbinom{9}{4}$", "C(8,3)") asks for its value, so it reads "What is 5!?"; a closing noun
phrase ("probability of rolling doubles with two dice", "a bag has 3 red and 5 blue
marbles. one is drawn. probability it is red?", "number of arrangements of the letters of
LEVEL") asks "What is the probability ...?"; "how many ways to arrange ..." is "how many ways
are there to arrange ...?", "how many girls" after a story is "how many girls are there?", a
question word opening the last sentence asks a question even when its question mark is left
off; "pls"/"please" at either end and "can you" before a
command say nothing about the maths ("can you find the lcm of 6 and 8 pls" asks "find the lcm
of 6 and 8"). A bare noun phrase of any head ("prime factorization of 360", "factors of 28")
asks what that is: "what is the prime factorization of 360?", "what are the factors of 28?".

Only an expression without letters (its value is the one thing it can ask) and a sentence
that opens with one of a few nouns of quantity, has no question word and is not closed by a
full stop ("the probability of rain is 30%." tells) are made questions;
every other word stays for the readers to read or decline on.

`asked`: a calculation typed as a bare phrase, with no question around it, is asked as a
question:
"0.6 times 0.3" says "what is 0.6 times 0.3", "mode of 2, 3, 3, 5" says "what is the mode of
2, 3, 3, 5", "lcm of 6 and 8" says "what is the lcm of 6 and 8", "prime factors of 84" says
"what are the prime factors of 84".

Only a phrase that could be nothing but a value asked for is turned: one sentence, no verb
("is", "costs", "equals" ...), no sign of relation ("=", "<", ">"), no letter standing for an
unknown, and it starts with a number or with a noun of a calculation ("mean", "sum", "square
root" ...). Every other text is left as it is; the readers still read or decline every word
of the question made.

`template_rewordings` reads the template once the maths is wrapped: a request whose verb
comes last ("|3x + 2| >= 4 solve", "x^2 - 9 = 0, solve it", "(x + 1)^2 expand") asks
"solve ...", "expand ..."; a number expression alone ("ln(e^3)", "(2 + 3i)(1 - i)") or a
value named with no question ("log base 2 of 8", "sum of the first 20 terms of ...") asks
"what is ...". A bare expression is asked for its value only when it has no letter to solve
for or to rewrite ("(x + 2)^3" alone says nothing of what is wanted) and no relation.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.parsing import Split

_COMMANDS = (r"find|compute|calculate|work out|determine|evaluate|simplify|solve|list|give|write"
             r"|express|convert|factor|factorise|factorize|tell me")
_POLITE_START = re.compile(r"^\s*(?:(?:can|could|would|will) you (?:please |pls |plz )?"
                           r"(?=(?:" + _COMMANDS + r")\b)|(?:please|pls|plz)\b[,!]? ?)", re.I)
_POLITE_END = re.compile(r",?\s+(?:please|pls|plz)\s*(?=[?.!]?\s*$)", re.I)
# a bare noun phrase: a head of one to four words, then "of" and what it is of
_NOUN_PHRASE = re.compile(r"(?P<the>the )?(?P<head>[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}?) of "
                          r"(?P<rest>.+?)(?P<end>[?.]?)", re.I)
# words that open a question, a command or a statement, never a bare noun phrase
_NOT_HEADS = frozenset(
    "what which how who why when where whose is are was were does do did can could would will "
    "should shall may might find compute calculate work determine evaluate simplify solve list "
    "give write express convert factor factorise factorize show prove use let if suppose given "
    "assume name state count tell estimate round add subtract multiply divide explain describe "
    "graph plot sketch identify check verify a an one some all each every any there it this "
    "that these those rationalise rationalize take make put rewrite reduce expand draw "
    "change turn "
    # a part or a multiple of a number, "half of 3/4": asked as a value (`asked`), no "the"
    "half twice double triple quarter third".split())
# a verb in what follows makes it a statement or a clause, not a noun phrase
_VERB_AFTER = re.compile(r"\b(?:are|was|were|equals?|has|have|had|be|is(?! divided))\b", re.I)
# the words a bare number expression may use besides digits and signs
_EXPRESSION_WORDS = re.compile(r"\b(?:choose|factorial|times|plus|minus|[CP](?=\s*\(|\d))\b|"
                               r"(?<=\d)[CP](?=\d)|\\[A-Za-z]+")
_EXPRESSION_SIGNS = re.compile(r"[\d\s+\-*/^!(),.{}$×÷·]+")
# nouns of quantity that open a question said without its question words
_NOUN = re.compile(r"^(?:the )?(?:probability|chance|expected value|expected number|"
                   r"number of (?:ways|arrangements|outcomes|subsets|permutations|combinations|"
                   r"distinct|different))\b", re.I)
_QUESTION_WORD = re.compile(r"\b(?:what|which|who|how|find|compute|calculate|evaluate|"
                            r"determine|give|express|show|prove|list|solve)\b", re.I)
_OPENER = re.compile(r"^(?:what|how|which|who|in how many|in what)\b", re.I)
# "how many girls", "how many red marbles": a count asked with no verb, "are there" meant
_HOW_MANY_BARE = re.compile(r"(how many (?!(?:more|fewer|less|extra)\b)(?:[a-z]+ ){0,2}[a-z]+s)"
                            r"\??", re.I)  # "how many more apples" asks for a difference
_AUXILIARY = re.compile(r"\b(?:do|does|did|is|are|was|were|can|could|will|would|has|have|had"
                        r"|must|should|left|remain|remaining)\b", re.I)
_WAYS_TO = re.compile(r"\b(how many (?:different |distinct )?ways) (?=to\b)", re.I)


def _bare_expression(text: str) -> bool:
    """Whether the text is only a number expression: digits, signs, brackets, factorials
    and the words of choosing, with no letter that could be an unknown."""
    if re.search(r"[=<>]", text) or not re.search(r"\d", text):
        return False
    rest = _EXPRESSION_WORDS.sub(" ", text)
    return _EXPRESSION_SIGNS.fullmatch(rest) is not None


def respelled(text: str) -> str:
    """The text with an implied question said: "What is X?" for a bare expression or a
    closing noun phrase of quantity, "how many ways are there to"; else the text as given."""
    out = noun_phrase_asked(_politeness_off(text)).strip()
    out = _WAYS_TO.sub(r"\1 are there ", out)
    plain = out.rstrip("?. ")
    if _bare_expression(plain):
        return f"What is {plain}?"
    sentences = re.split(r"(?<=[.?!])\s+", plain)
    last = sentences[-1]
    closed = re.search(r"\.\s*$", out) is not None  # a full stop closes a statement
    if _NOUN.match(last) and not _QUESTION_WORD.search(last) and not closed:
        the = "" if last.lower().startswith("the ") else "the "
        sentences[-1] = f"What is {the}{last[0].lower()}{last[1:]}?"
        return " ".join(sentences)
    count = _HOW_MANY_BARE.fullmatch(last.strip())
    if count is not None and not _AUXILIARY.search(last):  # "... 40 students. how many girls"
        sentences[-1] = f"{count.group(1)} are there?"
        return " ".join(sentences)
    if _OPENER.match(last) and not re.search(r"[.?!]\s*$", out):
        return f"{out}?"  # a question typed without its question mark
    return out if out != text.strip() else text


def _politeness_off(text: str) -> str:
    """"pls"/"please" at either end and "can you" before a command taken off."""
    out = _POLITE_END.sub("", _POLITE_START.sub("", text, count=1), count=1)
    return out if out.strip() else text


def noun_phrase_asked(text: str) -> str:
    """A whole text that is one bare noun phrase ("lcm of 6 and 8") asked as "what is the
    lcm of 6 and 8"; any other text unchanged."""
    body = text.strip()
    if re.search(r"[.?;:]\s+\S", body) or "\n" in body:
        return text  # more than one sentence
    m = _NOUN_PHRASE.fullmatch(body)
    if m is None or _VERB_AFTER.search(m.group("rest")):
        return text
    head = m.group("head")
    if head.split()[0].lower() in _NOT_HEADS or _VERB_AFTER.search(head):
        return text
    last = head.split()[-1].lower()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is")) and last not in {
        "units", "ones", "tens", "hundreds"}
    the = "" if m.group("the") is None and "'" in head else "the "
    return f"what {'are' if plural else 'is'} {the}{head} of {m.group('rest')}?"


# nouns of a value that take "the" before them ("the mode of", "the square root of")
_THE_NOUNS = (
    "mean", "median", "mode", "range", "average", "arithmetic mean", "sum", "product",
    "difference", "quotient", "reciprocal", "square root", "cube root", "square", "cube",
    "lcm", "gcd", "gcf", "hcf", "least common multiple", "lowest common multiple",
    "greatest common factor", "greatest common divisor", "highest common factor",
    "absolute value", "value", "opposite", "remainder", "percent change", "percent increase",
    "percent decrease", "percentage change", "percentage increase", "percentage decrease",
    "prime factorization", "prime factorisation", "positive square root", "result",
    # measures of a figure: "volume of a cube with side 4", "complement of 28 degrees"
    "area", "surface area", "total surface area", "lateral surface area", "lateral area",
    "volume", "perimeter", "circumference", "hypotenuse", "diagonal", "complement",
    "supplement", "radius", "diameter", "arc length", "slant height", "distance", "midpoint")
# plural nouns: "the prime factors of 84" asks "what are"
_THE_PLURALS = ("prime factors", "factors", "divisors", "positive divisors",
                "positive factors", "prime divisors", "multiples", "first five multiples")
# words that make a phrase a statement or a request already, never a bare value
_VERBS = frozenset("""
is are was were be been am equals equal equaled gives give gave makes make made costs cost
has have had does do did can could will would should must may might if when then let
suppose given find compute calculate evaluate determine simplify solve write express convert
round estimate list show prove what how which who whom whose why where there it they he she
we you i his her their its buys bought sells sold pays paid gets got takes took uses used
needs need""".split())
_RELATION = re.compile(r"[=<>≤≥≠]|\\(?:le|ge|leq|geq|ne|neq|lt|gt)\b")
_TEX_WORD = re.compile(r"\\[A-Za-z]+")
# a letter alone, save "x" or "X" between two numbers ("3.2 x 10^3")
_LETTER = re.compile(r"(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])")
# the article ("a third of 5/8"), never the letter ("a times 3")
_ARTICLE = re.compile(r"(?<![A-Za-z])[aA]\s+(?!(?:times|plus|minus|divided|over|squared|cubed"
                      r"|to|and|or|of)\b)(?=[A-Za-z]{2,})")
_TIMES_X = re.compile(r"(?<=[\d)}])\s*[xX]\s*(?=[\d(])")


def _value_start(words: str) -> bool:
    return bool(re.match(r"[-+(]?\$?[-+(]?(?:\d|\.\d|\\frac|\\sqrt|\\dfrac|\\tfrac)", words))


def asked(text: str) -> str:
    """The text as a question when it is a bare phrase naming a value; else the text."""
    body = text.strip()
    body = re.sub(r"\s*[?.!]\s*$", "", body)
    if not body or re.search(r"[.?!;]\s", body) or "\n" in body or _RELATION.search(body):
        return text
    plain = _ARTICLE.sub(" ", _TIMES_X.sub(" times ", _TEX_WORD.sub(" ", body)))
    if _LETTER.search(plain):
        return text
    words = re.findall(r"[A-Za-z']+", plain.lower())
    if any(w in _VERBS for w in words):
        return text
    low = body.lower()
    if _value_start(low) or re.match(r"(?:the|half|twice|double|triple|one|two|three|four|five"
                                     r"|six|seven|eight|nine|ten|a third|a quarter|a half)\b",
                                     low):
        return "what is " + body + ("?" if body != text.strip() else "")
    if re.match(r"(?:simple |compound )?interest (?:on|earned on|paid on)\b", low):
        return "what is the " + body + ("?" if body != text.strip() else "")  # "interest on $500"
    for nouns, ask in ((_THE_PLURALS, "what are the "), (_THE_NOUNS, "what is the ")):
        for noun in sorted(nouns, key=len, reverse=True):
            if re.match(re.escape(noun) + r"\s+(?:of|from|between)\b", low):
                return ask + body + ("?" if body != text.strip() else "")
    return text




# -- on the template, after the maths is wrapped (called from `recognise`) -------------------

_REQUEST_VERBS = (r"solve|simplify|expand|factor|factori[sz]e|evaluate|compute|calculate"
                  r"|rationali[sz]e")
# "@0@ solve", "@0@, solve it.", "@0@ solve for @1@"
_VERB_LAST = re.compile(r"(?P<body>(?:(?!\b(?:" + _REQUEST_VERBS + r")\b).)+?)[,.:;]? *"
                        r"(?:pls |please )?"
                        r"(?P<verb>" + _REQUEST_VERBS + r")(?P<tail> for @\d+@)?(?: it| this)?"
                        r"(?: pls| please)?[.?!]?")
# a word that asks, tells or states: such a text is no bare noun phrase
_ASKING_WORD = re.compile(r"\b(?:what|which|who|how|why|when|where|find|give|determine|show|prove"
                     r"|write|express|is|are|was|were|be|has|have|if|let|given|suppose"
                     r"|assume|can|does|do|must|will|would|should|" + _REQUEST_VERBS + r")\b")
# a bare noun phrase with no article: "sum of ...", "log base ...", "remainder when ..."
_NO_ARTICLE_NOUN = re.compile(r"(?:sum|product|difference|quotient|value|remainder|inverse|range"
                         r"|domain|modulus|square|cube|square root|cube root|reciprocal"
                         r"|absolute value|nth term|\d+(?:st|nd|rd|th) term)\b")
# a number expression: function names, i, e and \pi, never a letter to solve for
_CONSTANT_NAMES = re.compile(r"\\(?:ln|log|sqrt|frac|dfrac|tfrac|cdot|times|div|left|right|pi"
                             r"|sin|cos|tan|exp)(?![a-zA-Z])|\\[,;! ]")


def _constant_maths(maths: str) -> bool:
    if re.search(r"[=<>]|\\(?:[lg]eq?|neq|ne)\b", maths):
        return False
    return not re.search(r"[a-df-hj-zA-Z]", _CONSTANT_NAMES.sub(" ", maths))


def template_rewordings(split: Split) -> list[Split]:
    """The question `split` implies, asked in full; empty when it implies none."""
    tmpl = split.template.strip()
    out: list[str] = []
    verb = _VERB_LAST.fullmatch(tmpl)
    if verb is not None and re.search(r"@\d+@", verb.group("body")) and not _ASKING_WORD.search(
            verb.group("body")):
        out.append(f"{verb.group('verb')}{verb.group('tail') or ''} {verb.group('body')}")
    bare = re.sub(r"(?<![.])[.?!]$", "", tmpl).strip()  # "2, 5, 8, ...": its dots kept
    if not _ASKING_WORD.search(bare):
        if re.fullmatch(r"@\d+@", bare):
            if _constant_maths(split.maths[int(bare[1:-1])]):
                out.append(f"what is {bare}?")
        elif re.match(r"the\b|log\b|ln\b|" + _NO_ARTICLE_NOUN.pattern, bare):
            out.append(f"what is {bare}?")
            if _NO_ARTICLE_NOUN.match(bare):
                out.append(f"what is the {bare}?")
    return [Split(t, split.maths) for t in out]


__all__ = ["asked", "noun_phrase_asked", "respelled", "template_rewordings"]
