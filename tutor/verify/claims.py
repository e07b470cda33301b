"""Claims in a step: the readers of `tutor.verify.extract`, run in order on the
step's text (capped at MAX_STEP_CHARS, linear in its length), each giving
`RawClaim`s:

1. `chains`: every relation link in every maths segment (`a = b = c`);
2. `unit_arith`: arithmetic in prose with units and labels;
3. `congruences`: links between whole numbers in a step that works modulo something;
4. `remainders`: division with a remainder;
5. `worded_results`: arithmetic said in words ("3 times 7 is 21", "half of 30 is 15");
6. `unit_conversions`: a measure in another unit of its kind ("2.5 hours = 150 minutes").

Plain text work (no SymPy), so it runs in the calling process; each claim is then
checked in a worker with a time limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.verify.extract.angle_names import with_angle_symbols
from tutor.verify.extract.chains import claims_from_segment
from tutor.verify.extract.claim import RawClaim, said_false, text_flags
from tutor.verify.extract.clock_times import clock_claims, duration_claims
from tutor.verify.extract.congruences import congruence_claims
from tutor.verify.extract.latex_prose import latex_as_prose
from tutor.verify.extract.number_ranges import reads_as_range
from tutor.verify.extract.ratios import ratio_claims
from tutor.verify.extract.remainders import remainder_claims
from tutor.verify.extract.unit_arith import unit_claims
from tutor.verify.extract.unit_conversions import conversion_claims
from tutor.verify.extract.unit_results import money_converts, names_money_in_latex
from tutor.verify.extract.worded_results import worded_claims
from tutor.verify.segments import MAX_STEP_CHARS, find_segments, prose_text

__all__ = ["MAX_CLAIMS_PER_STEP", "RawClaim", "extract_claims", "said_false", "step_last_side",
           "text_flags"]

MAX_CLAIMS_PER_STEP = 40
# A step that works modulo something may write `=` for `≡` anywhere in it.
# A display line that goes on with the one before it: `\[ A = B \] \[ = C \]`.
_CONTINUES = re.compile(r"\s*(?:=|\\approx)")
_ADJACENT = re.compile(r"(?:\\\]|\$|\\\))\s*$")
# a step typed as plain maths and nothing else: "17 * 23 = 391", "= 391 + 9"
_PLAIN_CHAIN = re.compile(r"=?\s*[\w\s.+\-*/^()=√π×÷·−]+?[.]?")
# A step that opens with words of result and then only numbers ("which gives 5/6", "so we
# get 11/15", "that is 9"): it goes on from the step before, as "= 5/6" does.
_GOES_ON_WITH = re.compile(
    r"\s*(?:(?:so|and|then)\s*,?\s+)?(?:(?:which|that|this|it)\s+(?:gives(?:\s+us)?|is|makes|"
    r"equals|comes\s+to)|(?:we|I)\s+get|giving|that's|i\.e\.,?)\s+"
    r"(?=[\d(√π.\s+\-*/^×÷·−]+[.]?\s*$)", re.IGNORECASE)
_BRACKETS = str.maketrans("[]", "()")
_REPEATING_BAR = re.compile("[\u0304\u0305]")  # combining macron and overline
_MODULAR = re.compile(r"\bmod(?:ulo)?\b|\\pmod|\\bmod|\\equiv|≡|\bcongruen", re.IGNORECASE)


def _last_side(text: str) -> str:
    """What the next display line's `= ...` continues: the segment's last side."""
    side = re.split(r"=|\\approx", text)[-1].strip().rstrip(".,")
    return "" if not side or len(side) > 300 or re.search(r"\\\\|&|\\text", side) else side


def step_last_side(step: str) -> str:
    """The last side of the step's last LaTeX chain (`\\[ A = B \\]` gives B), which a
    next step that opens with `= C` continues; "" when its last maths is no chain."""
    last = [seg for seg in find_segments(step[:MAX_STEP_CHARS])][-1:]
    if not last or not re.search(r"=|\\approx", last[0].text) and not (
            last[0].before.strip() == "=" and step.lstrip()[:1] == "="):
        return ""
    if not last[0].latex and not _PLAIN_CHAIN.fullmatch(step.strip()):
        return ""  # plain maths only when the step is nothing but its chain: "17 * 23 = 391"
    return _last_side(last[0].text)


def extract_claims(step: str, carried_side: str = "", typed: bool = False) -> list[RawClaim]:
    """Every relation link in every maths segment of the step, in order, then the
    prose arithmetic with units and the divisions with remainders. In a step that
    works modulo something, only the congruences between whole numbers and the
    division-with-remainder claims (which have one exact reading) stay refutable.
    `carried_side`: the last side of the step before (`step_last_side`), which a step
    whose first maths opens with `=` continues ("Simplifying: \\[ = 4x + 2 \\]"); that
    link is verified, never refuted (the pairing is a reading of the layout), except when
    `typed`: a step the student typed on its own as only "= 11/30" (plain text) goes on
    from their step before for certain, so that link is a claim like any other."""
    step = step[:MAX_STEP_CHARS]  # every reader below sees the capped text
    # "which gives 5/6" after "1/2 + 1/3 = 3/6 + 2/6" reads as "= 5/6"; never refuted, even
    # typed ("x + 2 = 10 - 5" then "which gives 3" may well mean x = 3)
    worded = bool(carried_side and _GOES_ON_WITH.match(step))
    step = _GOES_ON_WITH.sub("= ", step, count=1) if worded else step
    modular = bool(_MODULAR.search(step))
    claims: list[RawClaim] = []
    named: dict[str, str] = {}
    last_side = ""
    for number, seg in enumerate(find_segments(step)):
        continued = bool(last_side and seg.latex and _CONTINUES.match(seg.text)
                         and _ADJACENT.search(seg.before))
        carried = bool(number == 0 and carried_side and seg.latex
                       and _CONTINUES.match(seg.text))
        # typed plainly: a step that is only "= 391 + 9" goes on from the step before
        plain = bool(number == 0 and carried_side and not seg.latex
                     and _PLAIN_CHAIN.fullmatch(step.strip()) and step.lstrip()[:1] == "="
                     and seg.before.strip() == "=")
        if plain:
            seg = replace(seg, text=f"{carried_side} = {seg.text}")
            carried = True
        elif continued or carried:  # `\[ = 9 \times 11 \]`: one chain over several lines
            seg = replace(seg, text=f"{last_side if continued else carried_side} {seg.text}")
        last_side = _last_side(seg.text) if seg.latex else ""
        found = claims_from_segment(seg, named)
        # "25 × 8 = $2", `$\\$0.45 = 0.45 \\times 100 = 45$ cents`: cents written as
        # dollars or back as the chain goes (unit_results.py); in LaTeX, where every `$`
        # is a delimiter, only when the step names money (`\\$`, ¢, cents, dollars)
        if not seg.latex or names_money_in_latex(step):
            spelt = latex_as_prose if seg.latex else str
            found = [replace(c, comparable=False) if c.relation == "=" and c.comparable
                     and money_converts(step, spelt(c.lhs), spelt(c.rhs)) else c
                     for c in found]
        if not seg.latex:
            # "[7/2] = 3": typed without LaTeX, a bracket may be the greatest integer, so a
            # link with one is read as grouping to be confirmed, never refuted (but it counts)
            found = [replace(c, lhs=c.lhs.translate(_BRACKETS), rhs=c.rhs.translate(_BRACKETS),
                             comparable=False, counted=True)
                     if "[" in c.lhs + c.rhs else c for c in found]
        if continued or carried:
            found = [replace(c, single_link=False, comparable=c.comparable and not link,
                             counted=link)
                     for c in found
                     for link in [carried and not (plain and typed)
                                  and c.lhs.strip() == carried_side.strip()
                                  or worded and c.lhs.strip() == carried_side.strip()]]
        claims.extend(found)
        if len(claims) >= MAX_CLAIMS_PER_STEP:
            break
    if len(claims) < MAX_CLAIMS_PER_STEP:
        units = unit_claims(prose_text(step, latex_as_prose), MAX_CLAIMS_PER_STEP)
        # the prose reader sees the words around ("100 ÷ 3 = 33 cookies each": whole things,
        # rounded): the same numbers found bare are no plain equality either
        # (a division only: a sum or product "= 3500 pounds" the prose reader leaves loose for
        # its own reasons is still a plain equality bare, and a slip in it is refuted)
        loose = {_numbers_key(c) for c in units if not c.comparable and re.search(
            r"[÷/]|\\div|\\frac", c.lhs)}
        claims = [replace(c, comparable=False) if not c.latex and c.comparable
                  and _numbers_key(c) in loose else c for c in claims]
        claims.extend(units)
    if len(claims) < MAX_CLAIMS_PER_STEP:
        claims.extend(worded_claims(prose_text(step), MAX_CLAIMS_PER_STEP - len(claims)))
    if len(claims) < MAX_CLAIMS_PER_STEP:
        converted = conversion_claims(prose_text(step), MAX_CLAIMS_PER_STEP - len(claims))
        # "750 g = 0.75 kg" is no equation in a letter g: the conversion replaces that link
        spans = ["".join(c.source.split()) for c in converted]
        claims = [c for c in claims
                  if c.latex or not any(span.startswith("".join(c.source.split()))
                                        for span in spans)]
        claims.extend(converted)
    if modular:
        claims = [replace(c, comparable=False) for c in claims]
        claims.extend(congruence_claims(step)[: max(0, MAX_CLAIMS_PER_STEP - len(claims))])
    if len(claims) < MAX_CLAIMS_PER_STEP:
        claims.extend(remainder_claims(step))
    # "9:45 + 2:30 = 12:15" (clock_times.py): no ratio `2:30 = 12:15` inside it
    clocks = clock_claims(step, MAX_CLAIMS_PER_STEP)
    if len(claims) < MAX_CLAIMS_PER_STEP:
        claims.extend(c for c in ratio_claims(step)
                      if not any("".join(c.source.split()) in "".join(t.source.split())
                                 for t in clocks))
    claims.extend(clocks[: max(0, MAX_CLAIMS_PER_STEP - len(claims))])
    claims.extend(duration_claims(step, max(0, MAX_CLAIMS_PER_STEP - len(claims))))
    # "pages 1-10 is 10 pages": a range, not 1 - 10 (number_ranges.py); "0.3̅ = 1/3": a
    # repeating decimal with a combining bar, which no reader reads (it cuts "0.3̅" apart)
    repeating = bool(_REPEATING_BAR.search(step))
    claims = [replace(c, comparable=False, counted=True)
              if repeating or reads_as_range(c) else c for c in claims[:MAX_CLAIMS_PER_STEP]]
    return [with_angle_symbols(claim) for claim in _denied_everywhere(claims)]


def _numbers_key(claim: RawClaim) -> tuple[str, str]:
    """A claim's two sides with one spelling of each operator and no spaces or commas."""
    def bare(side: str) -> str:
        return re.sub(r"[\s,$]", "", side).translate(str.maketrans("÷×·−", "/**-"))
    return bare(claim.lhs), bare(claim.rhs)


def _equation_key(claim: RawClaim) -> tuple[str, str, str]:
    return ("".join(claim.lhs.split()), claim.relation, "".join(claim.rhs.split()))


def _denied_everywhere(claims: list[RawClaim]) -> list[RawClaim]:
    """"If $x = 3$, then $y = 4$ ... so $x = 3$ and $y = 4$ is not a solution": an equation
    the step's words deny is a trial wherever the step writes it, not only where denied."""
    denied = {_equation_key(c) for c in claims if c.denied}
    if not denied:
        return claims
    return [replace(c, supposed=True, denied=True)
            if not c.denied and _equation_key(c) in denied else c for c in claims]
