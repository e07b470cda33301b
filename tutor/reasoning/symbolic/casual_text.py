"""A problem typed casually, written as the sentences the readers read: "whats the diagonal"
and "what's the diagonal" say "what is the diagonal"; "it's" says "it is"; "y intercept" is
the y-intercept; "a six sided die" is "a six-sided die", "a standard deck (of cards)" has
its 52 cards; "max" and "min" before "value" or "of" are the maximum and the minimum; "the
next prime after 89" is the smallest prime greater than 89, "the prime before 100" the
largest less than 100; "the integral from 1 to 2 of f" is "the integral of f from 1 to 2"; a
question run on after a statement without a stop ("a rectangle is
12 by 5 whats the diagonal") starts a new sentence ("... 5. what is the diagonal"), as does
a question after a comma that ends a statement ("the gcd is 6, whats the lcm"); after a
condition ("if ... 15% off, what is the sale price") the comma stays. A question typed
without its question words is asked (`implied_questions`). Also said as the readers read
them: two letters of the maths operated on in words ("find a times b"), a listed run with
dots summed ("the sum of 2, 5, ..., 29"), the next term of a written sequence (by its place),
a number in a question standing for the one thing counted ("how much does one cost"), and a
random pick said as a condition before a probability ("If I pick one at random, ...").

Only these words and stops change; every other word stays for the readers to read or decline
on. Used by the engine after the text as written declines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from tutor.reasoning.symbolic import (
    casual_stories,
    implied_questions,
    listed_runs,
    sequence_notation,
)
from tutor.reasoning.symbolic.combinatorics import trial_clauses, win_conditions
from tutor.reasoning.symbolic.operations_in_turn import operations_said

# a kind of whole number, for "the next ... after 89" (never "the next term after 5")
_KIND = (r"prime(?: number)?|perfect (?:square|cube)|multiple of \d+|(?:even|odd|composite)"
         r"(?: number| integer)?|integer|whole number|number divisible by \d+")


def _difference_between(m: re.Match[str]) -> str:
    if Fraction(m[2]) < Fraction(m[3]):
        return m[0]
    return f"{m[1]}positive difference between {m[2]} and {m[3]}"


def _number_asked(m: re.Match[str]) -> str:
    said = re.sub(r"\b(?:that|which) (?=is\b|has\b|leaves\b)", "", m[2], count=1)
    return f"What {m[1]} {said}?" if re.match(r"(?:is|has|leaves|between)\b", said) else m[0]


_CONTRACTIONS: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
                 (re.compile(r"\bwhat'?s\b", re.I), "what is"),
                 (re.compile(r"\bit's\b", re.I), "it is"),
                 (re.compile(r"\bthat'?s\b", re.I), "that is"),  # "the least multiple thats ..."
                 (re.compile(r"\bhow's\b", re.I), "how is"),
                 (re.compile(r"\b([xy]) (intercepts?)\b", re.I), r"\1-\2"),
                 # "the max of", "min value of": the extreme said short (never "5 min of")
                 # "the next prime after 89": the smallest one greater; "before": largest less
                 (re.compile(r"\bthe (?:next|first) (" + _KIND + r") (?:after|past) (?=\d)", re.I),
                  r"the smallest \1 greater than "),
                 (re.compile(r"\bthe (?:last )?(" + _KIND + r") (?:just )?before (?=\d)", re.I),
                  r"the largest \1 less than "),
                 # "the integral from 1 to 2 of 1/x^2": the integrand said first, as readers read
                 (re.compile(r"\bintegral from (\S+) to (\S+) of (.+?)(?=[.?]?\s*$)", re.I),
                  r"integral of \3 from \1 to \2"),
                 # "if 5x = 35 then x = ?", "2y - 1 = 9, y = ?": the letter asked at the end
                 (re.compile(r"(?:\s*,\s*|\s+then\s+|\.\s+)(?:so\s+)?\b([a-z])\s*=\s*\?+\s*$",
                             re.I), r", find \1"),
                 # "(1 + i)^8 = ?", "12 × 15 = ?": the whole text a calculation asked
                 (re.compile(r"^\s*(?:what is |compute |calculate )?([^=?<>]*[\d)][^=?<>]*?)\s*="
                             r"\s*\?+\s*$", re.I), r"what is \1?"),
                 # "the ratio of a to b is 2:5": the quotient of the two letters
                 (re.compile(r"\bthe ratio of ([a-z]) to ([a-z]) is (\d+) ?(?::|to) ?(\d+)\b"
                             r"(?! ?(?::|to) ?\d)"), r"\1/\2 = \3/\4"),
                 # "a:b = 3:5" typed as a ratio of two letters: their quotient (never a part
                 # of a longer ratio, "a:b:c = 2:3:4")
                 (re.compile(r"(?<![\w:$\\])([a-z]) ?: ?([a-z]) ?= ?(\d+) ?: ?(\d+)(?![\d.:])"),
                  r"\1/\2 = \3/\4"),
                 # "their ages add up to 30": the sum of the two said as the readers read it
                 (re.compile(r"\b(their|the two|both(?: of their)?) (ages|numbers|weights|heights"
                             r"|scores|lengths|prices|savings) (?:add|sum) (?:up )?to\b", re.I),
                  r"the sum of their \2 is"),
                 # "the difference between 1000 and 387": the larger first, so the positive
                 # difference is the one reading ("between 12 and 30" reads two ways: kept)
                 (re.compile(r"\b(the )difference between (\d+(?:\.\d+)?) and (\d+(?:\.\d+)?)"
                             r"(?![\w.%]| ?(?:[a-z]|and\b))", re.I), _difference_between),
                 # "find two numbers whose sum is 20 and (whose) difference is 4. ...": told
                 (re.compile(r"^\s*(?:find |there are )?two numbers (?:whose|with a) sum (?:is|of)"
                             r" (\d+) and (?:whose |a )?difference (?:is|of) (\d+)\b", re.I),
                  r"the sum of two numbers is \1 and their difference is \2"),
                 # "if you subtract 5 from three times a number you get 19": "5 less than
                 # three times a number is 19", as the number phrases read it ("add 7 to": more)
                 (re.compile(r"\bif (?:you|we|i) (subtract|add) (\d+(?:\.\d+)?) (?:from|to) ("
                             r"(?:(?:twice|half|double|triple|\w+ times) )?(?:a|the) number),? "
                             r"(?:you|we|i) (?:get|will get|obtain|end up with) (?=\d)", re.I),
                  lambda m: f"{m[2]} {'less' if m[1].lower() == 'subtract' else 'more'} than "
                            f"{m[3]} is "),
                 # "the smallest number that 12 and 15 both divide into": a common multiple
                 (re.compile(r"\bthe (smallest|least) (?:positive )?(?:number|integer|whole "
                             r"number) (?:that|which) (?:both )?(\d+) and (\d+) (?:both )?"
                             r"(?:divide|go) into(?: evenly| exactly| without a remainder)?\b",
                             re.I), r"the \1 positive integer divisible by both \2 and \3"),
                 # "a number is between 100 and 130 and is divisible by 3. what is it?", "I'm
                 # thinking of a number between 10 and 20 that is prime. What is it?": asked
                 (re.compile(r"^\s*(?:(?:i am|i'm|im) thinking of |my number is )?(?:a|an) ("
                             r"(?:positive )?(?:number|integer|whole number)) (.+?)\.\s*what is "
                             r"(?:it|the (?:number|integer)|my number)\s*\??\s*$", re.I),
                  _number_asked),
                 # "At that rate, how much would 60 eggs cost?": the story's rate is the one the
                 # readers use; the words only say so
                 (re.compile(r"\b(?:at|with) (?:that|this|the same|that same|this same)"
                             r" (?:rate|price|unit price|price per [a-z]+|cost per [a-z]+),?\s+"
                             r"(?=(?:how|what|find)\b)", re.I), ""),
                 # "Find all x such that x^2 - 4 <= 0, in interval notation": the form asked
                 # in its own sentence, as the inequality readers read it
                 (re.compile(r"^(?!.*\b(?:answer|express|write|give|state)\b)(.*\S),?\s+(?:in|"
                             r"using|as an?) interval notation\s*[.?]?\s*$", re.I),
                  r"\1. Express your answer in interval notation."),
                 # "sqrt 49 + 1", "a radius of sqrt 3": a root typed without brackets takes
                 # the one number after it, as a calculator's key does
                 (re.compile(r"\bsqrt\s+(\d+(?:\.\d+)?)(?![\w.(^/!])"), r"sqrt(\1)"),
                 # "how many terms does the sequence 4, 7, ..., 100 have": "are in", as read
                 (re.compile(r"\bhow many (terms|numbers|elements) does the (sequence|list|"
                             r"progression) ([-\d,. ]+?) (?:have|contain)\s*\??\s*$", re.I),
                  r"how many \1 are in the \2 \3?"),
                 # "its interior angles add up to 1080 degrees": the sum of the angles
                 (re.compile(r"\b(its|their|the) ((?:interior |exterior |three |four )?angles)"
                             r" (?:add|sum) (?:up )?to\b", re.I), r"the sum of \1 \2 is"),
                 # "what is 5 feet in inches": a measure converted
                 (re.compile(r"^\s*what(?: is|'s) (\d[\d,]*(?:\.\d+)?) ?([a-z]+(?: [a-z]+)?) "
                             r"(?:in|into) ([a-z]+(?: [a-z]+)?)\s*\??\s*$", re.I),
                  r"convert \1 \2 to \3"),
                 # "scientific notation for 0.00042": a number written in a form, asked
                 (re.compile(r"^\s*(scientific notation|standard form|expanded form) (?:for|of) "
                             r"(-?[\d,]*\.?\d+)\s*\??\s*$", re.I), r"write \2 in \1"),
                 # "an arithmetic sequence's first 10 terms": "the first 10 terms of an
                 # arithmetic sequence", the possessive said with "of" as the readers read it
                 (re.compile(r"\b(an?|the) ((?:arithmetic|geometric) (?:sequence|series|"
                             r"progression))'s ((?:first|last) \d+ terms|(?:first|last) term|"
                             r"\d+(?:st|nd|rd|th) term|common (?:difference|ratio))\b", re.I),
                  r"the \3 of \1 \2"),
                 # "r and s are roots of 2x^2 - 3x - 7 = 0": the two roots, said with "the"
                 (re.compile(r"\b(are|be) (?:the two )?roots of\b", re.I), r"\1 the roots of"),
                 (re.compile(r"(?<![\d.] )\bmax(?= (?:value|of)\b)", re.I), "maximum"),
                 (re.compile(r"(?<![\d.] )\bmin(?= (?:value|of)\b)", re.I), "minimum"),
                 # "a six sided die": the compound written with its hyphen
                 (re.compile(r"\b(\d+|four|six|eight|ten|twelve|twenty) (sided|faced) (?=(?:die|"
                             r"dice|spinner)\b)", re.I), r"\1-\2 "),
                 # "a standard deck of cards": the deck of 52 cards it is
                 (re.compile(r"\b(standard|ordinary|regular|normal) deck(?: of (?:playing )?"
                             r"cards\b|(?! of\b))", re.I), r"\1 deck of 52 cards"),
                 # "the smallest n (n positive) such that", "k (where k is a positive integer)":
                 # the condition in brackets said before the letter, as the readers read it
                 (re.compile(r"(?<![\w$\\])([a-z]) \((?:with |where |for )?\1 (?:is )?(?:an? )?"
                             r"(positive|negative|nonnegative|non-negative)( integer| whole number"
                             r"| number)?\)"), r"\2\3 \1"),
                 # "For how many integers n is 20/n an integer? (n positive)": the note closing
                 # the text said where the letter is named
                 (re.compile(r"^(?P<head>.*?)\b(?P<noun>integers?|whole numbers?) (?P<v>[a-z])\b"
                             r"(?P<tail>.*?)\s*\((?:with |where )?(?P=v) (?:is )?(?:an? )?"
                             r"(?P<sign>positive|negative)(?: integers?| numbers?)?\)\s*\.?\s*$",
                             re.S), lambda m: f"{m['head']}{m['sign']} {m['noun']} {m['v']}"
                                              f"{m['tail']}"),
                 # "a deck of 52": its cards said
                 (re.compile(r"\bdeck of 52\b(?! ?(?:cards?|playing)\b)", re.I),
                  "deck of 52 cards")]
# a question after a comma, and the words that open a condition rather than a statement
_COMMA_QUESTION = re.compile(r",(?=\s+(?:what is|what are|what was|what were|how many|how much"
                             r"|find)\b)", re.I)
_CONDITION = (r"\s*(?:if|when|whenever|given|suppose|assuming|assume|let|since|because|for|as"
              r"|once)\b")
# a question opener after a word, a number or a closing bracket, with no stop before it
_RUN_ON = re.compile(r"(?<=[\w%)$])\s+(?=(?:what is|what are|how many|how much|how long|how far"
                     r"|how fast|how old|find)\b)", re.I)


def respelled(text: str) -> str:
    """The text with casual contractions said in full and a run-on question set apart."""
    out = sequence_notation.respelled(text)  # "a1 = 1, a(n+1) = 2a(n)": subscripts
    for pattern, said in _CONTRACTIONS:
        out = pattern.sub(said, out)
    out = trial_clauses.told_first(win_conditions.event_asked(implied_questions.respelled(
        operations_said(out))))
    if re.search(r"\$[^$]*[\\^_{}=][^$]*\$", out):
        return implied_questions.asked(out)  # typeset maths: not typed casually
    out = _signs_said(listed_runs.listed_sum(casual_stories.count_noun_said(listed_runs.next_asked(
        casual_stories.price_asked(casual_stories.pick_said(out))))))
    sentences = re.split(r"(?<=[.?!])\s+", out.strip())
    last = sentences[-1]
    # "the product is 432 and the gcd is 6, what is the lcm": the comma ends a statement
    commas = list(_COMMA_QUESTION.finditer(last))
    if len(commas) == 1 and not re.match(_CONDITION, last, re.I):
        last = last[:commas[0].start()] + "." + last[commas[0].start() + 1:]
        sentences[-1] = last
    m = _RUN_ON.search(last)
    if m is not None and m.start() > 0 and len(_RUN_ON.findall(last)) == 1 and not re.search(
            r"\b(?:for|of|in|to|and|or|then|so|but|from|with|by|at|on|as)$", last[:m.start()],
            re.I):  # "For how many values ...": no statement ends on such a word
        stop = "," if re.match(r"\s*(?:if|when|given)\b", last, re.I) else "."
        sentences[-1] = last[:m.start()] + stop + last[m.start():]
    return implied_questions.asked(" ".join(sentences))


# "plus" and "minus" between two pieces of maths in an equation typed in words: "solve 3x
# minus 2 = 7", "x squared minus 4x = 0"; the same rank, so they read one way (with "times"
# or "divided" beside them they do not: "5 times 6 minus 4" is left for the readers)
_SIGN_WORD = re.compile(r"(?<=\S)\s+(plus|minus)\s+(?=\S)", re.I)
_LEFT_PIECE = re.compile(r"(?:^|\s)(?:\d+(?:\.\d+)?[a-z]?(?:\^\d+)?|[a-z](?:\^\d+)?|squared|cubed"
                         r"|\S*\))$", re.I)
_RIGHT_PIECE = re.compile(r"^(?:\d|\(|[a-z](?:\^|\s|$|[=<>)]))", re.I)


# "equals" or "is equal to" between two such pieces: the equation's sign ("solve x^2 - 9
# equals 0"); a word before it ("the sum equals 10") is left for the readers
_EQUALS_WORD = re.compile(r"(?<=\S)\s+(?:equals|is equal to)\s+(?=\S)", re.I)


def _equals_said(text: str) -> str:
    if re.search(r"[=<>]", text) or len(_EQUALS_WORD.findall(text)) != 1:
        return text
    m = _EQUALS_WORD.search(text)
    if m is None:
        return text
    before, after = text[:m.start()], text[m.end():]
    if _LEFT_PIECE.search(before) and (_RIGHT_PIECE.match(after) or re.match(r"-\s?\d", after)):
        return f"{before} = {after}"
    return text


# "find a times b", "what is x divided by y" beside equations in those letters: the product or
# quotient of two letters, each used in the maths elsewhere ("a + b = 10", "2a = 6", "p = 3")
_LETTERS_OPERATED = re.compile(r"(?<![\w$\\'])([a-z]) (times|multiplied by|divided by|over) "
                               r"([a-z])(?![\w'])(?!\s*(?:[-+*/^(]|plus\b|minus\b|times\b|"
                               r"divided\b|over\b|squared\b|cubed\b))")


def _letter_in_maths(letter: str, text: str) -> bool:
    return re.search(rf"(?:[=+\-*/^(<>]\s*\d*|\d){letter}(?![A-Za-z])"
                     rf"|(?<![A-Za-z]){letter}\s*[=+\-*/^)<>]", text) is not None


def _letters_operated(text: str) -> str:
    if not re.search(r"[=<>]", text) or len(_LETTERS_OPERATED.findall(text)) != 1:
        return text
    m = _LETTERS_OPERATED.search(text)
    if m is None:
        return text
    rest = text[:m.start()] + " " + text[m.end():]
    if not (_letter_in_maths(m.group(1), rest) and _letter_in_maths(m.group(3), rest)):
        return text
    sign = "*" if m.group(2) in ("times", "multiplied by") else "/"
    return f"{text[:m.start()]}{m.group(1)}{sign}{m.group(3)}{text[m.end():]}"


def _signs_said(text: str) -> str:
    text = _letters_operated(_equals_said(text))
    if not re.search(r"[=<>]", text) or re.search(r"\b(?:times|divided|over|multiplied|of)\b",
                                                   text, re.I):
        return text

    def sign(m: re.Match[str]) -> str:
        before, after = text[:m.start()], text[m.end():]
        if _LEFT_PIECE.search(before) and _RIGHT_PIECE.match(after):
            return " + " if m.group(1).lower() == "plus" else " - "
        return m.group(0)

    return _SIGN_WORD.sub(sign, text)


__all__ = ["respelled"]
