"""Reader of money lent or saved at interest, simple or compound: "Nora puts \\$2000 in an account
that earns 3% simple interest per year. How much interest does she earn in 4 years?", "If \\$1500
is invested at 4% interest compounded annually, what is it worth after 2 years?", "Omar borrows
\\$200 at 10% interest compounded annually. What is the least whole number of years after which
he owes more than twice as much as he borrowed?", two accounts compared ("the positive
difference between their balances", "after how many days will they owe the same amount"), and
the amount to invest now to have a stated sum later.

Each account (`accounts.py`) is a principal, a rate per period and a kind (simple or
compounded); money and rates are paired in the order told, and every word must be read
(`ACCOUNT_WORDS`, the question's words, names before the story's verbs).
Found with SymPy from the formula; confirmed by growing the money period by period in exact
fractions (and, for a least time, by checking the period before does not reach the target).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.accounts import ACCOUNT_WORDS, TIME, Account, periods
from tutor.reasoning.symbolic.prealgebra.accounts import accounts as read_accounts
from tutor.reasoning.symbolic.prealgebra.percent_changes import dollars_marked
from tutor.reasoning.symbolic.prealgebra.wording import NUM

_VERBS = ("puts|put|deposits|deposited|invests|invested|borrows|borrowed|lends|lent|saves|saved|"
          "has|had|places|placed|owes|opens|opened|takes|took")
# a stated absence of repayments changes nothing in the model: taken out before the words are read
_NO_REPAYMENT = re.compile(r",? ?(?:assuming|and|if) (?:that )?(?:[a-z]+ )?(?:will |do |does |"
                           r"did )?(?:(?:not|never) (?:make|makes|made) any|"
                           r"(?:make|makes|made) no) (?:repayments|payments|withdrawals)"
                           r"(?: (?:in|during) (?:that|this|the) time(?: period)?)?")


# the held amount named beside an asked interest ("..., total amount", "and the balance");
# "the total interest", "an amount of $500" are not
_ASKED_INTEREST = re.compile(r"\b(?:total|simple|compound) interest\b")
_ALSO_HELD = re.compile(r"\b(?:total|final|new)\b|\b(?:amount|balance)\b(?! of\b)")


def interest(split: Split, template: str) -> Result | None:
    if not re.search(r"\binterest\b|\bcompound", template) or not re.search(
            r"\b(?:how|what|find|after)\b", template):
        return None
    text, places = nw.take_rounding(split, template)
    if re.search(r"\bcents?\b", text):  # a rounding to the cent is taken out above
        return None  # "how much is it worth in cents?": asked in another unit than told
    text = re.sub(r"\\?\$\s*(@\d+@)", r"\1 dollars", text)
    text = wording.of(split, dollars_marked(split, text)).text
    compound_said = re.search(r"\bcompound interest\b", text) is not None
    text = re.sub(r"\bcompound interest\b", "interest", text)
    text = _NO_REPAYMENT.sub(" ", text)
    accounts = read_accounts(text, compound_said)
    if not accounts or len(accounts) > 2 or len({a.currency for a in accounts}) > 1:
        return None
    if len(_amounts(text)) > len(accounts):
        # "..., and takes out $100 after the first year": money moved is not in the formula
        raise Decline("an amount of money told beside the one at interest")
    words = _read_words(text, accounts)
    if words is None:
        return None
    return _answer(text, accounts, places)


def _amounts(text: str) -> list[str]:
    """The numbers told that are neither a rate, a time nor a multiple ("3 times as much")."""
    return [m.group(0) for m in re.finditer(NUM, text)
            if not re.match(rf"{NUM} (?:percent|times)\b", text[m.start():])
            and not TIME.match(text, m.start())]


def _read_words(text: str, accounts: list[Account]) -> bool | None:
    names = set(re.findall(rf"(?:^ |[.?,] |\bif |\bthen |\band |\bwhile |\bmeanwhile,? )"
                           rf"([a-z]+) (?:has |had |have )?(?:{_VERBS})\b", text))
    names |= set(re.findall(r"\b(?:from|lends|lent|to|owes|owed) (?:his |her |their )?"
                            r"([a-z]+)\b", text))
    names |= set(re.findall(r"\b(?:will|would|does|did|do) ([a-z]+) (?:have|owe|earn|pay|get)\b",
                            text))
    names -= ACCOUNT_WORDS - {"i", "you", "we"}
    left = set(re.findall(r"[a-z]+(?:-[a-z]+)?", re.sub(r"#\S+", " ", text)))
    allowed = ACCOUNT_WORDS | names | {a.currency for a in accounts} | {
        "percent", "semi-annually", "semiannually", "savings"}
    from tutor.reasoning.symbolic.typed import FILLER
    return True if not (left - allowed - FILLER) else None


_LEAST = re.compile(r"\b(?:least|smallest|fewest) (?:positive )?(?:integer |whole )?number of "
                    r"(?P<u>year|month|day|week)s\b")
_TARGET = re.compile(rf"\b(?P<cmp>at least|more than|exceed|exceeds|to (?:at least|more than))? "
                     rf"?(?P<k>twice|double|triple|{NUM} times) (?:as much as|the amount|what)\b")


def _answer(text: str, accounts: list[Account], places: int | None) -> Result | None:
    said = [p for p in re.split(r"(?<=[.?]) ", text.strip()) if re.search(r"[a-z]", p)]
    question = said[-1] if said else ""  # a rounding request taken out leaves a bare "."
    if not re.search(r"\b(?:how|what|find)\b", question):
        return None
    least = _LEAST.search(question)
    if least:
        return _least_time(question, least.group("u"), accounts)
    times = {(wording.value(m.group("n")), m.group("u")) for m in TIME.finditer(text)}
    if len(accounts) == 2 and re.search(r"\bsame (?:amount|amounts|balance|balances)\b",
                                        question):
        if times:
            return None
        asked = re.search(r"\bhow many (year|month|day|week)s\b", question)
        return _same_time(accounts, asked.group(1)) if asked else None
    if len(times) != 1:
        return None
    n, unit = times.pop()
    if len(accounts) == 2:
        if not re.search(r"\bdifference between (?:their|the two) (?:respective )?balances\b",
                         question):
            return None
        v = [a.value(periods(a, n, unit)) for a in accounts]
        g = [a.grown(periods(a, n, unit)) for a in accounts]
        diff = abs(v[0] - v[1])
        confirm.check(Fraction(int(diff.p), int(diff.q)) == abs(g[0] - g[1]),
                      "both balances grown period by period in exact fractions")
        steps = [step("grow the money", "Apply the interest formula to each account.",
                      f"${a.formula(periods(a, n, unit))} = {nw.tex_of(x)}$",
                      nw.tex_of(x)) for a, x in zip(accounts, g, strict=True)]
        return _shown(Fraction(int(diff.p), int(diff.q)), places, steps, "the difference")
    a = accounts[0]
    k = periods(a, n, unit)
    earned = re.search(r"\bhow much (?:simple )?interest\b|\b(?:what (?:is|was|will be)|find) the "
                       r"(?:total |simple )?interest\b|\bin interest\b|\b(?:earn|earns|earned|gain|"
                       r"gains|gained)\b", question)
    held = re.search(r"\b(?:have|has|owe|owes|owed|worth|balance|account|there|pay back|repay|"
                     r"be in|value|amount)\b", re.sub(r"\bha(?:ve|s) (?:earned|gained)\b", " ",
                                                      question))
    if earned and held and not re.search(r"\bhow much (?:simple )?interest\b|\b(?:what (?:is|was|"
                                         r"will be)|find) the (?:total |simple )?interest\b",
                                         question):
        return None  # "how much will be in the account, with interest": which is asked?
    if earned and _ALSO_HELD.search(_ASKED_INTEREST.sub(" ", question)):
        # "simple interest on $500 at 4% for 3 years, total amount": the interest (60) or
        # the amount (560)?
        raise Decline("the interest or the total amount asked (say which)")
    if earned:
        got = a.value(k) - sp.Rational(a.principal)
        again = a.grown(k) - a.principal
        what = "the interest"
    elif held and re.search(r"\bhow much (?:money )?(?:will|would|is|does|do|must)\b|\bwhat "
                            r"(?:will|is|would) (?:be )?the (?:account |total |final |new )?"
                            r"(?:balance|value|amount|total)\b|\bwhat (?:is|will|would) (?:it|"
                            r"the (?:investment|account|deposit|money))(?: be)? worth\b",
                            question):
        if re.search(r"\b(?:must|should|needs to) be (?:invested|deposited|put)\b|\bnow\b",
                     question + text):
            return None  # the principal asked: not read here
        got = a.value(k)
        again = a.grown(k)
        what = "the amount"
    else:
        return None
    confirm.check(Fraction(int(got.p), int(got.q)) == again,
                  "the money grown period by period in exact fractions")
    steps = [step("grow the money", "Apply the interest formula.",
                  f"${a.formula(k)} = {nw.tex_of(a.grown(k))}$", nw.tex_of(a.grown(k)))]
    if what == "the interest":
        steps.append(step("the interest", "Interest is the amount minus the principal.",
                          f"${nw.tex_of(a.grown(k))} - {nw.tex_of(a.principal)} = "
                          f"{nw.tex_of(again)}$", nw.tex_of(again)))
    return _shown(again, places, steps, what)


def _shown(v: Fraction, places: int | None, steps: list, what: str) -> Result:
    if places is None and v.denominator != 1:
        if (v * 100).denominator != 1:
            raise Decline(f"{what} is not a whole number of cents: say how to round it")
        places = 2
    if places is None:
        return sp.Integer(v.numerator), steps
    text, _ = nw.rounded(v, places)
    extra = nw.in_form_asked(v, nw.tex_of(v), places, None)
    return text, steps + (extra[1] if extra else [])


def _least_time(question: str, unit: str, accounts: list[Account]) -> Result | None:
    t = _TARGET.search(question)
    if len(accounts) != 1 or not t or not re.search(
            r"\b(?:borrowed|invested|deposited|put in|lent|saved)\b", question[t.end():]):
        return None
    word = t.group("k")
    times = {"twice": 2, "double": 2, "triple": 3}.get(word) or wording.value(word.split()[0])
    strict = (t.group("cmp") or "").strip() in ("more than", "exceed", "exceeds",
                                                 "to more than")
    if not t.group("cmp") and word not in ("double", "triple"):
        return None
    a = accounts[0]
    step_len = periods(a, Fraction(1), unit)
    target = a.principal * times
    one = sp.Rational(step_len)
    if a.per_period == 0:
        bound = sp.Rational(times - 1) / (sp.Rational(a.rate) * one)
    else:
        growth = (1 + sp.Rational(a.rate) / a.per_period) ** (a.per_period * one)
        bound = sp.log(times) / sp.log(growth)
    count = int(sp.floor(bound)) + 1 if strict else int(sp.ceiling(bound))
    if sp.Integer(count) == bound and strict or count < 1 or count > 10000:
        raise Decline("no whole number of periods found")

    def reaches(c: int) -> bool:
        got = a.grown(c * step_len)
        return got > target if strict else got >= target

    confirm.check(reaches(count) and not reaches(count - 1),
                  "the money grown period by period reaches the target first then")
    sign = ">" if strict else "\\ge"
    steps = [step("set up the inequality", "The amount must reach the target.",
                  f"${a.formula('t')} {sign} {nw.tex_of(target)}$"),
             step("the least time", "Grow the money period by period.",
                  f"After {count - 1} {unit}s: ${nw.tex_of(a.grown((count - 1) * step_len))}$; "
                  f"after {count} {unit}s: ${nw.tex_of(a.grown(count * step_len))}$",
                  str(count))]
    return sp.Integer(count), steps


def _same_time(accounts: list[Account], unit: str) -> Result | None:
    if any(a.per_period for a in accounts):
        return None  # compound against compound: not solved here
    t = sp.Symbol("t", positive=True)
    sides = [sp.Rational(a.principal) * (1 + sp.Rational(a.rate) * t * sp.Rational(
        periods(a, Fraction(1), unit))) for a in accounts]
    found = sp.solve(sp.Eq(*sides), t)
    if len(found) != 1 or not isinstance(found[0], sp.Rational) or found[0] <= 0:
        raise Decline("the two amounts are never the same")
    when = Fraction(int(found[0].p), int(found[0].q))
    g = [a.grown(when * periods(a, Fraction(1), unit)) for a in accounts]
    confirm.check(g[0] == g[1], "both amounts grown to that time in exact fractions")
    claim = f"{sp.latex(sides[0])} = {sp.latex(sides[1])}"
    return sp.Rational(when.numerator, when.denominator), [
        step("write both amounts", "Simple interest grows each amount by the same sum each "
             "period.", f"${claim}$", claim),
        step("solve", "Solve the linear equation.", f"$t = {nw.tex_of(when)}$, when both are "
             f"${nw.tex_of(g[0])}$", nw.tex_of(when))]


__all__ = ["ACCOUNT_WORDS", "interest"]
