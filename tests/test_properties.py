"""Property tests (hypothesis): the amount parser, Money's printed forms, the gap arithmetic, the
escalation rules' projections, and the command line under random argument lists.

Derandomized, so a run is repeatable and the suite stays green or red for a reason.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from smacalc.calc.escalation import project
from smacalc.calc.talks import gap
from smacalc.errors import InputError
from smacalc.money import CURRENCIES, FIGURES, ONE, Money, parse_money, parse_positive_money, plain
from smacalc.record.dataset import Assumptions
from smacalc.record.load import load_dataset
from smacalc.record.models import IndexLinked
from smacalc.render.korean import money as korean_money

ROOT = Path(__file__).resolve().parents[1]
FAST = settings(max_examples=150, deadline=None, derandomize=True, database=None)
CLI = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HUNDREDTH, TENTH = Decimal("0.01"), Decimal("0.1")


def _check_parsed(text: str) -> None:
    """parse_money either reads ``text`` into a well-formed Money or raises InputError, nothing else."""
    try:
        money = parse_money(text)
    except InputError:
        return
    assert isinstance(money, Money) and money.currency in ("KRW", "USD", "EUR", "CNY", "JPY")
    assert money.amount.is_finite() and money.amount >= 0
    minor = Decimal(1) if money.currency in ("KRW", "JPY") else HUNDREDTH
    assert money.amount == money.amount.quantize(minor), f"{text!r} gave {money!r}: finer than the minor unit"
    try:
        positive = parse_positive_money(text)
    except InputError:
        assert money.amount == 0
    else:
        assert positive == money and positive.amount > 0


# ----------------------------------------------------------------------------------------------
# parse_money never raises anything but InputError


@FAST
@given(st.text())
@example("")
@example("₩")
@example("$")
@example("조")
@example("1조조")
@example("٣ USD")  # Arabic-Indic digit: \d matches it
@example("５B USD")  # fullwidth digit
def test_parse_money_on_arbitrary_text_raises_only_input_error(text: str) -> None:
    _check_parsed(text)


PREFIXES = [
    "",
    "$",
    "US$",
    "us$",
    "₩",
    "USD ",
    "KRW ",
    "€",
    "£",
    "-",
    "+",
    "~",
    "$$",
    "₩$",
    "¥",
    "CN¥",
    "EUR ",
    "미화 ",
]
SPACES = ["", " ", "  ", "\t", "\u00a0", "\u3000"]
MAGNITUDES = [
    *["", "k", "K", "thousand", "m", "M", "mn", "mil", "million", "millions", "b", "B", "bn", "billion"],
    *["t", "T", "tn", "trillion", "trillions"],
    *["bilion", "milion", "trilion", "billon", "bn.", "B.", "mm", "x", "e5", "조", "억", "만", "억원", "천"],
]
SUFFIXES = ["", " USD", "USD", " usd", " KRW", " won", "원", " dollars", " dollar", " EUR", " euros", " ₩", "$", " US$"]
SUFFIXES += [" yen", " yuan", " 달러", "달러", "불", " 위안", "円", "元", " 엔", " 유로", "億円"]
ODD_NUMBERS = ["", ".5", "5.", "1.2.3", "1,00", "1,,000", "1e5", "nan", "inf", "Infinity", "0", "00", "0.00", "-0"]


@st.composite
def numbers(draw: st.DrawFn, max_digits: int = 12) -> str:
    """Numerals as people type them, and some that are not quite numerals."""
    whole = draw(st.integers(0, 10**max_digits - 1))
    kind = draw(st.sampled_from(["plain", "grouped", "decimal", "odd"]))
    if kind == "plain":
        return str(whole)
    if kind == "grouped":
        return f"{whole:,}"
    if kind == "decimal":
        places = draw(st.integers(1, 4))
        return f"{whole}.{draw(st.integers(0, 10**places - 1)):0{places}d}"
    return draw(st.sampled_from(ODD_NUMBERS))


@st.composite
def near_miss_amounts(draw: st.DrawFn, max_digits: int = 12) -> str:
    if draw(st.booleans()):  # western: prefix number magnitude currency
        return "".join(
            [
                draw(st.sampled_from(PREFIXES)),
                draw(numbers(max_digits)),
                draw(st.sampled_from(SPACES)),
                draw(st.sampled_from(MAGNITUDES)),
                draw(st.sampled_from(SUFFIXES)),
            ]
        )
    # Korean: number-unit parts, in or out of order, with the currency before or after.
    parts = draw(
        st.lists(
            st.tuples(
                numbers(max_digits), st.sampled_from(["조", "억", "만", "", "천", "백", "십", "조 ", "億", "万", "千"])
            ),
            min_size=1,
            max_size=4,
        )
    )
    body = draw(st.sampled_from(SPACES)).join(n + u for n, u in parts)
    before = draw(st.sampled_from(["", "₩", "$", "미화 ", "¥"]))
    return before + body + draw(st.sampled_from(["", "원", " KRW", "krw", " USD", " 달러", "불", "円", " 위안", "엔"]))


@FAST
@given(near_miss_amounts())
@example("5 bilion USD")
@example("5B EUR")
@example("1조389억원")
@example("389억1조원")
@example("$1.0389T KRW")
def test_parse_money_on_near_miss_amounts_raises_only_input_error(text: str) -> None:
    _check_parsed(text)


@FAST
@given(near_miss_amounts(max_digits=40))
@example("11111111111111111111111111111 KRW")
def test_parse_money_on_long_amounts_raises_only_input_error(text: str) -> None:
    _check_parsed(text)


# ----------------------------------------------------------------------------------------------
# Round trips: str(money) reads back as the same amount; money.human() as the amount at its precision


@st.composite
def money_values(draw: st.DrawFn, max_usd: int = 10**15, max_krw: int = 10**18) -> Money:
    """Positive KRW (whole won) and USD (cents) amounts, biased toward the round figures of the record."""
    currency = draw(st.sampled_from(["KRW", "USD"]))
    top = max_krw if currency == "KRW" else max_usd
    minor = 0 if currency == "KRW" else 2
    units = draw(
        st.one_of(
            st.integers(1, top * 10**minor - 1),  # any amount, in won or cents
            st.builds(lambda m, e: m * 10**e, st.integers(1, 99_999), st.integers(0, 16)).filter(
                lambda n: n < top * 10**minor
            ),  # round figures: ₩1,519.2bn, $150M
        )
    )
    return Money(Decimal(units).scaleb(-minor), currency)


@FAST
@given(money_values())
@example(Money(Decimal("1519200000000"), "KRW"))
@example(Money(Decimal("891146486.67"), "USD"))
@example(Money(Decimal("150000000.00"), "USD"))
def test_str_round_trips(money: Money) -> None:
    assert parse_money(str(money)) == money


@st.composite
def signed_money_in_every_currency(draw: st.DrawFn) -> Money:
    """Amounts of either sign in every currency smacalc knows, from its minor unit to 10^17 (shown
    rounded, they stay below parse_money's 10^18), biased toward the round figures of the record
    and the edges where a unit changes."""
    currency = draw(st.sampled_from(sorted(CURRENCIES)))
    minor = CURRENCIES[currency].digits
    top = 10**17 * 10**minor
    units = draw(
        st.one_of(
            st.integers(1, top),  # any amount, in its minor unit
            st.builds(lambda m, e: m * 10**e, st.integers(1, 99_999), st.integers(0, 17)).filter(lambda n: n <= top),
            st.builds(lambda m, e: m * 10**e, st.integers(999_000, 1_000_999), st.integers(0, 15)).filter(
                lambda n: n <= top
            ),  # where rounding carries into the next unit: $999,960,000 is $1.0bn, $999,999.99 is $1M
        )
    )
    sign = draw(st.sampled_from([1, -1]))
    return Money(Decimal(sign * units).scaleb(-minor), currency)


_SHOWN = re.compile(r"^-?\D*(?P<whole>[\d,]+)(?:\.(?P<decimals>\d+))?(?P<magnitude>bn|M)?$")
_MAGNITUDE = {"bn": 9, "M": 6, None: 0}


def shown_precision(text: str) -> Decimal:
    """The unit of the last digit ``text`` shows: $1,234.5bn is to 0.1bn, $150M to 1M, $12.34 to a cent."""
    m = _SHOWN.match(text)
    assert m, f"{text!r} is not an amount as a table shows it"
    return Decimal(1).scaleb(_MAGNITUDE[m["magnitude"]] - len(m["decimals"] or ""))


def korean_precision(money: Money) -> Decimal:
    """The unit Korean newsrooms round to: won to the 억 from 1억 up and to the 만 from 1만 up, other
    currencies to the 만 from a million up; otherwise to the unit."""
    value = abs(money.amount)
    if money.currency == "KRW":
        return Decimal("1E8") if value >= Decimal("1E8") else Decimal("1E4") if value >= Decimal("1E4") else ONE
    return Decimal("1E4") if value >= Decimal("1E6") else ONE


@FAST
@given(signed_money_in_every_currency())
@example(Money(Decimal("1055100000000"), "JPY"))  # ¥1,055.1bn, Japan's 2022-2026 total, not ¥1,055.0bn
@example(Money(Decimal("1234500000000.00"), "USD"))  # $1,234.5bn, not $1,235.0bn
@example(Money(Decimal("-1987560000000.00"), "EUR"))  # -€1,987.6bn, not -€1,988.0bn
@example(Money(Decimal("1519200000000"), "KRW"))  # ₩1,519.2bn
@example(Money(Decimal("150000000"), "USD"))  # $150M
@example(Money(Decimal("891146486.67"), "USD"))  # $891.1M
@example(Money(Decimal("999960000"), "USD"))  # $1.0bn, not $1000M
@example(Money(Decimal("999999.99"), "USD"))  # $1M, not $1,000,000
@example(Money(Decimal("99999999999999999"), "KRW"))  # ₩100,000,000.0bn
def test_human_shows_only_digits_of_the_amount(money: Money) -> None:
    """The one display rule: what a table shows, read back by parse_money, is the exact amount
    rounded half up to the precision it shows, in every currency and at every magnitude."""
    text = money.human()
    negative = money.amount < 0
    assert text.startswith("-") == negative, text
    shown = parse_money(text.removeprefix("-"))
    precision = shown_precision(text)
    assert shown.currency == money.currency
    assert shown.amount == abs(money.amount).quantize(precision, rounding=ROUND_HALF_UP), f"{money!r} shown as {text!r}"
    if abs(money.amount) >= Decimal("1E6"):  # shortened: within half the fourth figure, or of a tenth of a billion
        finest = min(Decimal(1).scaleb(len(str(int(abs(money.amount)))) - FIGURES), Decimal("1E8"))
        assert abs(shown.amount - abs(money.amount)) <= finest / 2, f"{money!r} shown as {text!r}"
    korean = korean_money(money.amount, money.currency)
    assert korean.startswith("-") == negative, korean
    read = parse_money(korean.removeprefix("-"))
    assert read.currency == money.currency
    assert read.amount == abs(money.amount).quantize(korean_precision(money), rounding=ROUND_HALF_UP), korean


@FAST
@given(st.integers(1_000, 999_999), st.sampled_from(["M", "bn", "B", "k", "T"]))
@example(1_500, "M")
def test_grouped_number_before_magnitude_letter(number: int, magnitude: str) -> None:
    spaced = parse_money(f"${number:,} {magnitude}")
    assert parse_money(f"${number:,}{magnitude}") == spaced == parse_money(f"${number}{magnitude}")


# ----------------------------------------------------------------------------------------------
# gap: demand against offer in one currency


DATA = load_dataset()


@st.composite
def same_currency_pairs(draw: st.DrawFn) -> tuple[Money, Money]:
    currency = draw(st.sampled_from(["KRW", "USD"]))
    minor = 0 if currency == "KRW" else 2
    amounts = st.integers(1, 10**18 // 10**minor).map(lambda n: Money(Decimal(n).scaleb(-minor), currency))
    return draw(amounts), draw(amounts)


@FAST
@given(same_currency_pairs())
@example((Money(Decimal("5829008000000"), "KRW"), Money(Decimal("1038900000000"), "KRW")))
@example((Money(Decimal("1"), "KRW"), Money(Decimal("1"), "KRW")))
@example((Money(Decimal("1.00"), "USD"), Money(Decimal("3.00"), "USD")))
def test_gap_arithmetic(pair: tuple[Money, Money]) -> None:
    demand, offer = pair
    result = gap(DATA, demand, offer)
    exact = demand.amount / offer.amount  # 28 significant digits
    assert result.rate is None
    assert result.demand == demand and result.offer == offer
    assert result.difference == Money(demand.amount - offer.amount, demand.currency)
    assert result.ratio == exact.quantize(HUNDREDTH, rounding=ROUND_HALF_UP)
    assert abs(result.ratio - exact) <= Decimal("0.005")
    assert abs(offer.amount * exact - demand.amount) <= demand.amount * Decimal("1e-26")
    expected_pct = ((exact - 1) * 100).quantize(TENTH, rounding=ROUND_HALF_UP)
    assert result.pct_above == expected_pct
    assert str(result.pct_above) != "-0.0"
    assert (result.pct_above > 0) == (demand.amount > offer.amount) or result.pct_above == 0


# ----------------------------------------------------------------------------------------------
# Projections: index-linked agreements never fall under non-negative indices, and the cap holds


INDEX_LINKED = [a.number for a in DATA.agreements if isinstance(a.rule, IndexLinked)]
pcts = st.decimals(min_value=0, max_value=100, places=1)


def test_the_index_linked_agreements_are_the_expected_ones() -> None:
    assert {8, 9, 11, 12} <= set(INDEX_LINKED)
    rule = DATA.agreement(12).rule
    assert isinstance(rule, IndexLinked) and rule.cap_pct == 5


@FAST
@given(cpi=pcts, defense=pcts)
@example(cpi=Decimal("0"), defense=Decimal("0"))
@example(cpi=Decimal("100"), defense=Decimal("100"))
@example(cpi=Decimal("4.95"), defense=Decimal("0"))  # half-up to 5.0: at the cap, not over it
@example(cpi=Decimal("5.04"), defense=Decimal("0"))
def test_projection_never_falls_and_respects_the_cap(cpi: Decimal, defense: Decimal) -> None:
    assumptions = Assumptions(plain={"cpi": cpi, "defense_growth": defense})
    for number in INDEX_LINKED:
        rule = DATA.agreement(number).rule
        assert isinstance(rule, IndexLinked)
        rows = project(DATA, assumptions, sma=number)
        assert [r.year for r in rows] == list(range(rows[0].year, rows[-1].year + 1))
        for before, after in pairwise(rows):
            assert after.amount.currency == before.amount.currency
            assert after.amount.amount >= before.amount.amount, f"SMA {number}: {after.year} fell below {before.year}"
        for row in rows:
            if row.rate_pct is None:
                continue
            assert row.rate_pct >= 0
            if rule.cap_pct is not None:
                assert row.rate_pct <= rule.cap_pct, f"SMA {number} {row.year}: {row.rate_pct}% over the cap"
                assert not row.capped or row.rate_pct == rule.cap_pct
            if row.index_use is not None and row.index_use.basis == "assumed" and rule.add_pct == 0:
                expected = (cpi if rule.index == "cpi" else defense).quantize(TENTH, rounding=ROUND_HALF_UP)
                if rule.cap_pct is not None and expected > rule.cap_pct:
                    expected = rule.cap_pct
                assert row.rate_pct == expected, f"SMA {number} {row.year}"


# ----------------------------------------------------------------------------------------------
# The command line under random argument lists


FIXTURES = [str(ROOT / "fixtures" / name) for name in ("sma13.toml", "sma12-fixed.yaml", "inflation-path.json")]
PCTS = ["3", "2.5", "-2", "0", "2027=3.1", "2026=-1", "2028=7", "1:3:0.5", "3:1:1", "1:3:0", "nan", "inf", "1e9", "101"]
YEARS = ["1991", "2004", "2005", "2019", "2020", "2025", "2027", "2030", "1900", "1990", "2031", "0", "-1", "99999"]
AMOUNTS = ["5B USD", "1.0389T KRW", "1조389억원", "$870 million", "4.7bn USD", "5 bilion USD", "5B EUR", "0 USD"]
AMOUNTS += ["-5B USD", "5B", "", "nan USD", "0.001 USD"]
# For each option: values worth trying (valid, edge, bad). Values at the limits of the arithmetic
# are kept apart, in EXTREME_VALUES.
OPTION_VALUES: dict[str, list[str]] = {
    "--sma": ["1", "7", "10", "11", "12", "13", "0", "-1", "x"],
    "--through": YEARS,
    "--cpi": PCTS,
    "--defense-growth": PCTS,
    "--in": ["USD", "KRW", "usd", "EUR", ""],
    "--rate": ["1100", "1e3", "0.5", "0", "-5", "nan", "abc"],
    "--real": YEARS,
    "--per-troop": ["28500", "1", "0", "1,000", "abc", "1e9"],
    "--format": ["table", "csv", "tsv", "json", "jsonl", "markdown", "CSV", "bogus", ""],
    "--data": [*FIXTURES, "/nonexistent.toml", str(ROOT / "README.md"), str(ROOT)],
    "--from": [*YEARS, "-", str(ROOT / "README.md"), "/nonexistent.csv"],
    "--to": YEARS,
    "--demand": AMOUNTS,
    "--offer": AMOUNTS,
    "--year": YEARS,
}
VALID: dict[str, list[str]] = {
    "--sma": ["7", "10", "11", "12"],
    "--through": ["2019", "2025", "2030"],
    "--cpi": ["3", "2.5", "-2", "2027=3.1", "1:3:0.5"],
    "--defense-growth": ["3", "2025=4.5"],
    "--in": ["USD", "KRW"],
    "--rate": ["1100", "1e3"],
    "--real": ["2019", "2025", "2030"],
    "--per-troop": ["28500", "100"],
    "--format": ["table", "csv", "tsv", "json", "jsonl", "markdown"],
    "--data": FIXTURES,
    "--from": ["2005", "2019", "-"],
    "--to": ["2025", "2030"],
    "--demand": ["5B USD", "1조389억원", "$1.3bn"],
    "--offer": ["1.0389T KRW", "$870 million"],
    "--year": ["2019", "2020"],
}
FLAGS = ["--skip-bad", "--per-troop", "--help", "-h", "--version", "--bogus", "-x", "--", "--format=csv", "--sma=11"]
COMMAND_OPTIONS: dict[str, list[str]] = {
    "project": ["--sma", "--through", "--cpi", "--defense-growth", "--in", "--rate", "--real", "--per-troop"],
    "change": ["--from", "--to", "--cpi", "--defense-growth", "--in", "--rate", "--real", "--per-troop"],
    "gap": ["--demand", "--offer", "--year", "--sma", "--rate", "--in", "--from"],
    "history": ["--sma"],
    "list": [],
    "audit": [],
    "sources": [],
    "schema": [],
    "chart": ["--sma", "--cpi", "--defense-growth", "--through"],
    "bogus": [],
}
COMMON = ["--data", "--format"]
BATCH_INPUTS = [
    "",
    "demand,offer,year\n5B USD,1.0389T KRW,2019\n$1.3bn,1조389억원,2020\n",
    "demand,offer\n5B USD,1T USD\nbad,1T KRW\n5B USD,1T USD\n",
    '{"demand": "5B USD", "offer": "1.0389T KRW", "year": 2019}\n{"demand": 5}\n',
    "foo,bar\n1,2\n",
    "demand,offer,rate\n5B USD,1T KRW,nan\n5B USD,1T KRW,1100\n",
]
EXTREME_VALUES = ["1e999", "1e-999", "1e50", "-99.9", "100", "2200", "9999999999999999999999999999 KRW", "1e-9"]


@st.composite
def argvs(draw: st.DrawFn, extreme: bool = False) -> tuple[list[str], str]:
    """A command, then options mostly meant for it with values meant for them, some junk; and stdin."""
    command = draw(st.sampled_from(list(COMMAND_OPTIONS)))
    own = COMMAND_OPTIONS[command] + COMMON
    argv = [command]
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 9))
        if kind <= 3:  # an option of this command with a good value
            option = draw(st.sampled_from(own))
            argv += [option, draw(st.sampled_from(VALID[option]))]
        elif kind <= 5:  # an option of this command with a value worth trying for it
            option = draw(st.sampled_from(own))
            values = OPTION_VALUES[option] + (EXTREME_VALUES if extreme else [])
            argv += [option, draw(st.sampled_from(values))]
        elif kind == 6:  # any option, any value
            option = draw(st.sampled_from(list(OPTION_VALUES)))
            argv += [option, draw(st.sampled_from([v for vs in OPTION_VALUES.values() for v in vs]))]
        elif kind == 7:
            argv.append(draw(st.sampled_from(FLAGS)))
        else:
            argv.append(draw(st.text(max_size=6)))
    return argv, draw(st.sampled_from(BATCH_INPUTS))


GOOD_YEARS = ["1991", "2004", "2005", "2019", "2020", "2025", "2027", "2030"]


@st.composite
def plausible_argvs(draw: st.DrawFn, extreme: bool = False) -> tuple[list[str], str]:
    """A command with what it needs (change: --from and --to; gap: a mode), a few good options and
    at most one bad or edge value: deeper into the commands than random lists get."""
    command = draw(st.sampled_from(["project", "project", "change", "gap", "history", "list", "audit", "sources"]))
    argv = [command]
    if command == "change":
        argv += ["--from", draw(st.sampled_from(GOOD_YEARS)), "--to", draw(st.sampled_from(GOOD_YEARS))]
    elif command == "gap":
        mode = draw(st.sampled_from(["pair", "sma", "batch"]))
        if mode == "pair":
            argv += ["--demand", draw(st.sampled_from(VALID["--demand"])), "--offer"]
            argv += [draw(st.sampled_from(VALID["--offer"])), "--year", draw(st.sampled_from(GOOD_YEARS))]
        elif mode == "sma":
            argv += ["--sma", draw(st.sampled_from(["10", "11", "12"]))]
        else:
            argv += ["--from", "-"]
    own = [o for o in COMMAND_OPTIONS[command] if o not in argv] + COMMON
    if command == "gap":
        own = ["--in", "--format", "--data"]
    for option in draw(st.lists(st.sampled_from(own), max_size=4, unique=True)):
        argv += [option, draw(st.sampled_from(VALID[option]))]
    if draw(st.booleans()):  # one bad or edge value
        option = draw(st.sampled_from(own))
        values = OPTION_VALUES[option] + (EXTREME_VALUES if extreme else [])
        argv += [option, draw(st.sampled_from(values))]
    return argv, draw(st.sampled_from(BATCH_INPUTS))


def _check_cli(run, argv: list[str], stdin: str = "") -> None:
    try:
        result = run(*argv, input=stdin)
    except Exception as exc:  # the fixture does not catch: an escaping exception is a crash
        pytest.fail(f"smacalc {argv!r} raised {type(exc).__name__}: {exc!r}")
    where = f"smacalc {argv!r}: exit {result.exit_code}, stderr {result.stderr!r}"
    assert result.exit_code in (0, 1, 2), where
    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr, where
    if result.exit_code != 0:
        assert result.stderr.startswith("smacalc: error: "), where
        assert result.stderr.endswith("\n") and result.stderr.count("\n") == 1, where
        if "--from" not in argv and "audit" not in argv:  # a batch keeps rows before the bad one; audit
            assert result.stdout == "", where  # prints its table, then exits 1 on a deviation


@CLI
@given(case=st.one_of(argvs(), plausible_argvs()))
@example(case=(["project", "--sma", "12", "--cpi", "1:3:0.5", "--format", "json"], ""))
@example(case=(["gap", "--from", "-", "--format", "csv"], BATCH_INPUTS[2]))
@example(case=(["change", "--from", "2019", "--to", "2030", "--in", "KRW", "--rate", "1e3"], ""))
def test_random_argument_lists(run, case: tuple[list[str], str]) -> None:
    _check_cli(run, *case)


@CLI
@given(case=st.one_of(argvs(extreme=True), plausible_argvs(extreme=True)))
@example(case=(["project", "--sma", "12", "--cpi", "-99.9"], ""))
def test_random_argument_lists_with_extreme_numbers(run, case: tuple[list[str], str]) -> None:
    _check_cli(run, *case)


@FAST
@given(st.decimals(allow_nan=False, allow_infinity=False))
@example(Decimal("1E+3"))
@example(Decimal("1.0389E+12"))
@example(Decimal("0.0000001"))
@example(Decimal("-0.00"))
def test_a_plain_numeral_is_the_decimal_written_out_whole(value: Decimal) -> None:
    assert plain(value) == format(value, "f")
    assert Decimal(plain(value)) == value and "E" not in plain(value)


@FAST
@given(st.text(max_size=12))
@example('say "5B"')
@example("back\\slash")
@example("tab\there")
@example("₩1조")
def test_a_json_string_is_what_the_encoder_writes(text: str) -> None:
    from pydantic_core import to_json

    from smacalc.render.formats import _json_value

    assert _json_value(text) == to_json(text).decode()


# --- one vocabulary: what parse_money accepts, the claim reader finds whole in running text ---


@st.composite
def written_amounts(draw: st.DrawFn) -> str:
    """An amount in one of the forms of smacalc.vocabulary, as parse_money accepts it."""
    from smacalc import vocabulary as v

    number = draw(st.sampled_from(["5", "4.7", "870", "1,038", "1.0389", "28", "five", "twenty-eight"]))
    if draw(st.booleans()):  # Korean and Japanese units
        digits = draw(st.sampled_from(["50억", "1조5192억", "8억7천만", "2110億", "1조 5천억", "9,999억"]))
        word = draw(st.sampled_from(sorted(v.CJK_AFTER)))
        prefix = draw(st.sampled_from(["", "미화 "])) if word in ("달러", "불") else ""
        return f"{prefix}{digits}{draw(st.sampled_from(['', ' ']))}{word}"
    magnitude = draw(st.sampled_from(["", *sorted(v.MAGNITUDES)]))
    space = (
        " "
        if magnitude in ("", "thousand") or len(magnitude) > 3 or number.isalpha()
        else draw(st.sampled_from(["", " "]))
    )
    form = draw(st.sampled_from(["sign", "code before", "after"]))
    if form == "sign":
        return f"{draw(st.sampled_from(sorted(v.SIGNS)))}{number}{space}{magnitude}".rstrip()
    if form == "code before":
        return f"{draw(st.sampled_from(sorted(v.CODES))).upper()} {number}{space}{magnitude}".rstrip()
    word = draw(st.sampled_from(sorted({**v.WORDS, **v.CODES})))
    return f"{number}{space}{magnitude} {word}".replace("  ", " ")


SENTENCES = (
    "Trump demanded {} a year, officials said.",
    "Seoul agreed to pay {}, up from last year.",
    "미국은 한국에 {}를 요구했다.",
    "올해 분담금은 {}으로 정해졌다.",
)


@FAST
@given(written_amounts(), st.sampled_from(SENTENCES))
@example("$5 billions", SENTENCES[0])
@example("$870k", SENTENCES[1])
@example("5 mil USD", SENTENCES[0])
@example("1e9 USD", SENTENCES[1])
@example("a billion dollars", SENTENCES[0])
@example("one-point-04 trillion won", SENTENCES[1])
@example("50억 달러", SENTENCES[2])
def test_the_claim_reader_finds_every_amount_parse_money_reads_whole(amount: str, sentence: str) -> None:
    from smacalc.calc.reading import read_figures

    try:
        expected = parse_money(amount)
    except InputError:
        return  # a form parse_money refuses (finer than a won): not an amount to find
    text = sentence.format(amount)
    amounts = [f for f in read_figures(text) if f.kind == "amount"]
    assert [(f.span, f.money) for f in amounts] == [(amount, expected)], text
