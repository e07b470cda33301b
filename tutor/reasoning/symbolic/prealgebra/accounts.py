"""Money in an account at interest, as the interest reader (`interest.py`) models it.

Each account is a principal P (money, or a currency named once after it: "100 shells"), a rate
r percent per period (year, month, day, week; "annual", "per month", "daily") and a kind:
simple (P + P r n after n periods) or compounded k times a period (P (1 + r/k)^(k n); a rate
with no period is yearly). Money and rates are paired in the order told (P1 r1 P2 r2); the
time must be in whole compounding periods (days against years is declined: 365 or 360).
`Account.value` is the formula (SymPy); `Account.grown` grows the money period by period in
exact fractions, the independent confirmation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.wording import NUM

_PERIOD = {"year": Fraction(1), "month": Fraction(1, 12), "week": Fraction(7),
           "day": Fraction(1)}  # weeks and days: measured in days (never against years)
_PER_YEAR = {"annually": 1, "yearly": 1, "semiannually": 2, "semi-annually": 2, "quarterly": 4,
             "monthly": 12}
_RATE_PERIOD = [(r"\b(?:annual|annually|yearly|per year|a year|each year|every year|per annum)"
                 r"\b", "year"),
                (r"\b(?:monthly|per month|a month|each month|every month)\b", "month"),
                (r"\b(?:daily|per day|a day|each day|every ?day)\b", "day"),
                (r"\b(?:weekly|per week|a week|each week|every week)\b", "week")]
TIME = re.compile(rf"(?P<n>{NUM}) (?P<u>year|month|day|week)s?\b")
_MONEY = re.compile(rf"(?P<v>{NUM})(?: (?P<cur>[a-z]+))?")
_COMPOUND = re.compile(r"\b(?:which )?(?:compounded|compounds|compounding)(?: interest)? "
                       r"(?P<k>annually|yearly|semi-?annually|quarterly|monthly|daily)\b")
ACCOUNT_WORDS = frozenset(
    "puts put deposits deposited invests invested invest investment borrows borrowed borrow "
    "lends lent loan loaned saves saved savings has had have places placed owes owe owed opens "
    "opened takes took account bank pays paid earns earned earn charges charged charging "
    "interest rate at into in with from an of simple compound compounded compounds compounding "
    "annual annually yearly semiannually quarterly monthly daily weekly per year years month "
    "months day days week weeks annum every everyday each after how much money will would be "
    "worth balance balances total amount amounts owes what there is the find value after end "
    "least smallest fewest integer whole number which when first more than at least times "
    "twice double triple as positive difference between their respective same nearest dollar "
    "cent dollars cents must should now today to later grows grow he she they his her it its "
    "both and a certificate fund does do makes make then you i we me my our your "
    "that who charged gets get receive receives many paying earning taken out pay back compare "
    "starts start started begins begin began "
    "compares meanwhile while".split())

@dataclass
class Account:
    principal: Fraction
    rate: Fraction  # per rate period, as a fraction (5% -> 1/20)
    period: str  # the rate's period: year, month, day, week
    per_period: int  # compoundings per rate period; 0: simple interest
    currency: str

    def value(self, n: Fraction) -> sp.Rational:
        """The amount after n rate periods, by the formula (SymPy)."""
        p, r = sp.Rational(self.principal), sp.Rational(self.rate)
        if self.per_period == 0:
            return p * (1 + r * sp.Rational(n))
        k = self.per_period
        return p * (1 + r / k) ** sp.Integer(int(n * k))

    def grown(self, n: Fraction) -> Fraction:
        """The amount after n rate periods, period by period in exact fractions."""
        money = self.principal
        if self.per_period == 0:
            for _ in range(int(n)):
                money += self.principal * self.rate
            return money + self.principal * self.rate * (n - int(n))
        for _ in range(int(n * self.per_period)):
            money += money * self.rate / self.per_period
        return money

    def formula(self, n: Fraction | str) -> str:
        p, r = nw.tex_of(self.principal), nw.tex_of(self.rate)
        if self.per_period == 0:
            return f"{p}\\left(1 + {r} \\cdot {n if isinstance(n, str) else nw.tex_of(n)}\\right)"
        k = self.per_period
        base = f"1 + {r}" if k == 1 else f"1 + \\frac{{{r}}}{{{k}}}"
        power = n if isinstance(n, str) else nw.tex_of(n * k)
        return f"{p}\\left({base}\\right)^{{{power}}}"


def periods(account: Account, n: Fraction, unit: str) -> Fraction:
    """n units of time in the account's rate periods (whole compoundings only)."""
    if {unit, account.period} & {"day", "week"} and not {unit, account.period} <= {"day", "week"}:
        raise Decline("days against months or years (a year of 365 or of 360 days?)")
    got = n * _PERIOD[unit] / _PERIOD[account.period]
    if account.per_period and (got * account.per_period).denominator != 1:
        raise Decline("a time that is not a whole number of compounding periods")
    return got


def accounts(text: str, compound_said: bool = False) -> list[Account]:
    """The accounts in the order told: money, then its rate and kind before the next money.
    `compound_said`: the problem said "compound interest" (taken out of `text`); one rate with
    no compounding said is then compounded once a rate period."""
    rates = [m for m in re.finditer(rf"(?P<v>{NUM}) percent", text)]
    cuts = [0] + [r.end() for r in rates]
    out = []
    for i, r in enumerate(rates):
        before = text[cuts[i]:r.start()]
        after = text[r.end():rates[i + 1].start() if i + 1 < len(rates) else len(text)]
        money = [m for m in _MONEY.finditer(before) if not TIME.match(before, m.start())]
        if len(money) != 1:
            raise Decline("an amount of money for each rate")
        m = money[0]
        cur = m.group("cur") or ""
        if cur not in ("dollars", "") and cur in ACCOUNT_WORDS:
            cur = ""
        stated = before[m.start():] + " " + after.split(".")[0]
        comp = list(_COMPOUND.finditer(stated))
        simple = re.search(r"\bsimple\b", stated) is not None or len(rates) == 1 and re.search(
            r"\bsimple interest\b", text) is not None  # "the simple interest on $500 at 4%"
        # "the compound interest on $1000 at 10% per year": compounded once a rate period,
        # as textbooks mean when no other is said
        each_period = compound_said and not comp and not simple and len(rates) == 1
        if simple == (bool(comp) or each_period) or len(comp) > 1:
            raise Decline("simple or compound interest (say which)")
        periods = {p for pat, p in _RATE_PERIOD if re.search(pat, re.sub(
            _COMPOUND, " ", stated))}
        if len(periods) > 1:
            raise Decline("two periods for one rate")
        if comp:
            k = comp[0].group("k").replace("-", "")
            if k == "daily":
                period = periods.pop() if periods else "year"
                if period != "day":
                    raise Decline("daily compounding of a yearly rate (365 or 360 days?)")
                per = 1
            else:
                period = periods.pop() if periods else "year"
                if period in ("day", "week"):
                    raise Decline("a daily rate compounded by months or years")
                often = Fraction(_PER_YEAR[k]) * _PERIOD[period]
                if often.denominator != 1:
                    raise Decline("compounded less often than the rate's period")
                per = int(often)
        else:
            period = periods.pop() if periods else "year"
            per = 1 if each_period else 0
        out.append(Account(wording.value(m.group("v")), wording.value(r.group("v")) / 100,
                            period, int(per), cur))
    return out


__all__ = ["ACCOUNT_WORDS", "TIME", "Account", "accounts", "periods"]
