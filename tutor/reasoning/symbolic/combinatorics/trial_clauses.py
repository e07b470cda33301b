"""Repeated flips or rolls said at the end of a question, told first as the readers read them.

Students put the trials after the event: "what is the probability of at least one head in 4
coin flips", "probability of rolling a 6 at least once in 3 rolls of a die", "the chance of
exactly 2 tails in 5 tosses of a fair coin". The closing clause says only how many times one
coin or one die is thrown, so it is said first as its own sentence ("A coin is flipped 4
times. what is the probability of at least one head?"), the wording the coin, dice and
expectation readers know; the rest of the question is kept word for word.

Only a clause that closes a question about a probability, a chance or an expected number
moves, and only with a count of trials and one coin or one die named in it; or, when the
event names the coin ("the probability of a fair coin landing heads exactly 2 times out of
3 flips"), the bare flips ("out of 3 flips"), and the event is then said of it ("that it
lands heads exactly 2 times").
"""

from __future__ import annotations

import re

_COUNT = (r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          r"thirteen|fourteen|fifteen|sixteen|twenty)")
_FAIR = r"(?P<fair>(?:fair|standard|regular|ordinary) )?"
_OVER = r" (?:in|on|from|with|after|over|out of) "
_COIN = (_OVER + _COUNT + r" (?:(?P<kind>coin) (?:flips|tosses)"
         r"|(?:flips|tosses) of (?:a|one|the) " + _FAIR + r"(?P<kind2>coin))")
_DIE = (_OVER + _COUNT + r" (?:rolls|throws|tosses) of (?:a|one|"
        r"the) " + _FAIR + r"(?P<sides>(?:\d+|six|four|eight|ten|twelve|twenty)-sided )?(?P<die>"
        r"die)")
_CLOSING = [re.compile(clause + r"\s*(?P<stop>[?.]?)\s*$", re.I) for clause in (_COIN, _DIE)]
# "the probability of a fair coin landing heads exactly 2 times out of 3 flips": the coin is
# named in the event and the flips alone close it
_LANDING = re.compile(r"\b(?P<ask>probability|chance) of (?:a|one) " + _FAIR + r"coin (?P<verb>"
                      r"landing|coming up|showing) (?P<what>(?:on )?(?:heads|tails)(?: up)? "
                      r"(?:(?:exactly|at least|at most|more than|fewer than) )?" + _COUNT
                      + r" times?)"
                      + r"(?: out of| in| on) " + _COUNT.replace("?P<n>", "?P<flips>")
                      + r" (?:flips|tosses)\s*(?P<stop>[?.]?)\s*$", re.I)
_VERBS = {"landing": "lands", "coming up": "comes up", "showing": "shows"}
_ASKED = re.compile(r"\b(?:probability|chance|expected (?:number|value))\b", re.I)


def told_first(text: str) -> str:
    """The text with a closing "in N flips of a coin" or "in N rolls of a die" told first as
    "A coin is flipped N times."; else the text as given."""
    sentences = re.split(r"(?<=[.?!])\s+", text.strip())
    last = sentences[-1]
    landing = _LANDING.search(last)
    if landing is not None:
        fair = (landing.group("fair") or "").strip()
        setup = " ".join(w for w in ("A", fair, "coin") if w) + \
            f" is flipped {landing.group('flips')} times."
        question = (last[:landing.start()] + f"{landing.group('ask')} that it "
                    f"{_VERBS[landing.group('verb').lower()]} "
                    + re.sub(r" (?:1|one) time$", " once", landing.group("what"))
                    + (landing.group("stop") or "?"))
        return " ".join([*sentences[:-1], setup, question])
    m = next((m for p in _CLOSING if (m := p.search(last))), None)
    if m is None or not _ASKED.search(last[:m.start()]):
        return text
    fair = (m.group("fair") or "").strip()
    if "die" in m.groupdict():
        thing = " ".join(w for w in ("a", fair, (m.group("sides") or "").strip(), "die") if w)
        setup = f"{thing[0].upper()}{thing[1:]} is rolled {m.group('n')} times."
    else:
        thing = " ".join(w for w in ("a", fair, "coin") if w)
        setup = f"{thing[0].upper()}{thing[1:]} is flipped {m.group('n')} times."
    question = last[:m.start()].rstrip(" ,") + (m.group("stop") or "?")
    return " ".join([*sentences[:-1], setup, question])


__all__ = ["told_first"]
