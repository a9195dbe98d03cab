"""--lang ko: amounts as Korean newsrooms write them, Korean headers and captions in tables; csv
and json byte-identical whatever the language."""

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from smacalc.record.load import load_dataset
from smacalc.render.korean import foreign, won
from smacalc.render.messages import CATALOGUE


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("1519200000000", "1조5192억원"),  # 2026, the 12th SMA's first year
        ("1038900000000", "1조389억원"),
        ("960200000000", "9,602억원"),
        ("1000000000000", "1조원"),
        ("36452632", "3,645만원"),  # 2019 per troop
        ("5000", "5,000원"),
    ],
)
def test_won_as_korean_newsrooms_write_it(amount: str, expected: str) -> None:
    assert won(Decimal(amount)) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("891146486.67", "8억9115만 달러"),  # 2019 in dollars
        ("5000000000", "50억 달러"),
        ("1040121.18", "104만 달러"),
        ("39375.45", "3만9375 달러"),
        ("850", "850 달러"),
    ],
)
def test_dollars_as_korean_newsrooms_write_them(amount: str, expected: str) -> None:
    assert foreign(Decimal(amount), "USD") == expected


def test_project_in_korean(run) -> None:
    table = run("project", "--sma", "12", "--lang", "ko", "--format", "table", env={"COLUMNS": "120"}).stdout
    assert "제12차 방위비분담특별협정: 분담금" in table and "1조5192억원" in table
    assert "연도" in table and "금액" in table and "출처" in table
    assert "근거: 공식 = 공식 발표액" in table and "한국 소비자물가 상승률 2.0%" in table


@pytest.mark.parametrize("fmt", ["json", "csv", "jsonl", "tsv"])
def test_machine_formats_do_not_change_with_the_language(run, fmt: str) -> None:
    english = run("project", "--sma", "12", "--format", fmt).stdout
    assert run("project", "--sma", "12", "--format", fmt, "--lang", "ko").stdout == english
    assert run("project", "--sma", "12", "--format", fmt, env={"SMACALC_LANG": "ko"}).stdout == english


def test_the_language_comes_from_the_environment_and_english_is_the_default(run) -> None:
    korean = run("gap", "--sma", "11", "--format", "table", env={"SMACALC_LANG": "ko", "COLUMNS": "120"}).stdout
    assert "제11차 협정 협상: 요구와 제시" in korean and "50억 달러" in korean
    english = run("gap", "--sma", "11", "--format", "table", env={"COLUMNS": "120", "LANG": "ko_KR.UTF-8"}).stdout
    assert "11th SMA: demands and offers" in english
    bad = run("project", env={"SMACALC_LANG": "fr"})
    assert bad.exit_code == 2 and "the languages are en and ko" in bad.stderr


# Every command that takes --lang, in the forms that reach each of its titles, captions and notes:
# restated, scenario, grid, daily and given rates, carried rates and troops, batches.
COMMANDS = [
    ["project", "--sma", "12"],
    ["project"],
    ["project", "--sma", "10", "--in", "USD", "--real", "2025", "--per-troop"],
    ["project", "--sma", "10", "--in", "USD", "--real", "2025", "--per-troop", "30000"],
    ["project", "--sma", "12", "--in", "USD", "--per-troop"],
    ["project", "--sma", "12", "--real", "2025"],
    ["project", "--sma", "3", "--in", "KRW", "--rate", "1200"],
    ["project", "--sma", "12", "--in", "USD", "--rate", "2027=1400"],
    ["project", "--sma", "12", "--cpi", "1:3:1"],
    ["project", "--sma", "11", "--defense-growth", "9"],
    ["project", "--data", "fixtures/sma13.toml", "--sma", "13"],
    ["project", "--data", "fixtures/inflation-path.json", "--sma", "12", "--real", "2025"],
    ["change", "--from", "2019", "--to", "2030"],
    ["change", "--from", "2019", "--to", "2025", "--in", "USD", "--real", "2025", "--per-troop"],
    ["list"],
    ["audit"],
    ["sources"],
    ["sources", "mnd-wp-2018", "gao-21-270"],
    ["gap", "--demand", "5B USD", "--offer", "1.0389T KRW", "--year", "2019"],
    ["gap", "--demand", "5B USD", "--offer", "870M USD"],
    ["gap", "--demand", "1.04 trillion won", "--offer", "925M USD", "--date", "2019-02-16"],
    ["gap", "--demand", "5B EUR", "--offer", "1T KRW", "--year", "2019"],
    ["gap", "--demand", "5B USD", "--offer", "1T KRW", "--year", "2019", "--rate", "1200"],
    ["gap", "--sma", "11"],
    ["gap", "--sma", "10", "--in", "USD"],
    ["gap", "--from", "fixtures/batch.csv"],
    ["history"],
    ["history", "--sma", "12"],
    ["check", "Under last year's SMA, Seoul agreed to pay about $870 million.", "--date", "2020-01-01"],
    ["check", "Trump demanded $5 billion, five times what Korea paid, for 28,500 troops", "--year", "2019"],
    ["check", "Korea pays 1조389억원"],
    ["check", "--from", "fixtures/claims.csv"],
    ["burden"],
    ["compare"],
    ["lapse"],
    ["lapse", "--months", "1"],
    ["categories"],
    ["categories", "--sma", "9"],
    ["chart", "--sma", "12", "--cpi", "3"],
    ["chart", "--in", "USD", "--per-troop"],
]
WITH_ROWS = [c for c in COMMANDS if c[0] != "chart"]  # a chart has no machine format
ROOT = Path(__file__).resolve().parents[2]
ASCII_WORD = re.compile(r"[A-Za-z0-9_\-./'’%$€¥₩]+")
# What Korean output may show in Latin letters: names of formats, files and options (and command lines),
# currency codes, the report GAO-21-270 and the keys of rate columns. The values rows share with csv
# and json (basis, verdicts, statuses, kinds) are shown in Korean, never in English.
ALLOWED = {
    "csv", "tsv", "json", "jsonl", "rates.csv", "troops.csv", "N",
    "USD", "KRW", "EUR", "CNY", "JPY", "GAO-21-270", "FRED",
    "krw_per_usd", "usd_per_eur", "cny_per_usd", "jpy_per_usd", "DMDC",
    "stated", "sma", "total",  # as typed after an option: --troops stated, --japan sma
    "smacalc", "Datasette", "CSV", "JSON", "YYYY-MM-DD",  # names, and the form of a date (the pages)
    "English",  # the link to the English page names its language in English, as language switches do
}  # fmt: skip
# Every value the catalogue writes in Korean ("v.*"): a cell holding one is no excuse for English
# (publishers are names a chart's source line shortens, not values of a closed list).
VALUES = {t.en for key, t in CATALOGUE.items() if key.startswith("v.") and not key.startswith("v.publisher.")}


def english_left(shown: str, values: str, allowed: set[str]) -> list[str]:
    """The words of ``shown`` in Latin letters that are neither allowed, nor options, nor part of
    a value the rows carry (``values``: a cell folded across lines shows pieces of one)."""
    shown = re.sub(r"https?://\S+|`smacalc [^`]*`", " ", shown)  # URLs, command lines
    left = []
    for token in ASCII_WORD.findall(shown):
        word = token.strip(".'’-/%$")
        if not re.search(r"[A-Za-z]", word) or word in allowed or token.startswith("--"):
            continue
        if word in values and (len(word) >= 3 or re.search(rf"https?://\S*{re.escape(word)}", values)):
            continue  # a value, or a piece of a URL folded across lines
        left.append(word)
    return left


def _values(result_json: str) -> tuple[str, set[str]]:
    """The text of every string value of a json output, and its words; the keys, as words."""
    rows = json.loads(result_json)
    strings = [v for row in rows for v in row.values() if isinstance(v, str) and v not in VALUES]
    words = {w.strip(".'’-/%$") for s in strings for w in ASCII_WORD.findall(s)}
    return "\n".join(strings), words | {key for row in rows for key in row}


@pytest.fixture(scope="module")
def source_ids() -> set[str]:
    from smacalc import load_dataset

    return set(load_dataset().sources)


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_korean_output_has_no_english_left(run, args: list[str], source_ids: set[str]) -> None:
    """Titles, headers, notes and captions all in Korean, in a table and in markdown: what is left
    in Latin letters is a row's value (as csv and json carry it), a source id or an allowed name."""
    args = [str(ROOT / a) if a.startswith("fixtures/") else a for a in args]
    values, words = _values(run(*args, "--format", "json").stdout) if args[0] != "chart" else ("", set())

    files = [Path(a) for a in args if a.startswith(str(ROOT))]
    given = [*args, *(f.name for f in files), *(f.read_text(encoding="utf-8") for f in files)]
    allowed = ALLOWED | source_ids | words | {w.strip(".'’-/%$") for a in given for w in ASCII_WORD.findall(a)}
    outputs = [
        run(*args, "--lang", "ko", "--format", f, "--wide", env={"COLUMNS": "400"}) for f in ("table", "markdown")
    ]
    if args[0] == "chart":
        outputs = [run(*args, "--lang", "ko", env={"COLUMNS": "400"})]
    for result in outputs:
        assert result.exit_code == 0, result.stderr
        assert re.search("[가-힣]", result.stdout)
        assert english_left(result.stdout, values, allowed) == []


@pytest.mark.parametrize("args", [["project", "--sma", "12"], ["project", "--sma", "12", "--cpi", "2.5", "--total"]])
def test_project_in_korean_has_no_english_word_at_all(run, args: list[str]) -> None:
    """Not even a row's value: only ids, units and ISO codes stay in Latin letters."""
    for fmt in ("table", "markdown"):
        shown = run(*args, "--lang", "ko", "--format", fmt, "--wide", env={"COLUMNS": "200"}).stdout
        assert english_left(shown, "", ALLOWED | set(load_dataset().sources)) == []
        assert "공식" in shown and "전망" in shown


@pytest.mark.parametrize("args", WITH_ROWS, ids=" ".join)
def test_machine_formats_are_the_same_in_every_language(run, args: list[str]) -> None:
    args = [str(ROOT / a) if a.startswith("fixtures/") else a for a in args]
    for fmt in ("csv", "tsv", "json", "jsonl"):
        english = run(*args, "--format", fmt).stdout
        assert run(*args, "--format", fmt, "--lang", "ko").stdout == english, fmt


def test_markdown_headers_are_korean(run) -> None:
    english = run("project", "--sma", "12", "--format", "markdown").stdout.splitlines()
    korean = run("project", "--sma", "12", "--lang", "ko", "--format", "markdown").stdout.splitlines()
    assert english[0] == "| sma | year | amount | currency | change_pct | basis | rate_pct | capped | note | source |"
    assert korean[0] == "| 차수 | 연도 | 금액 | 통화 | 증감 | 근거 | 인상률 | 상한 적용 | 비고 | 출처 |"
    assert korean[1] == english[1]  # the same alignment
    assert "| 12 | 2026 | 1조5192억원 | KRW | +8.3% | 공식 |" in korean[2]  # the value, in Korean


def test_every_korean_template_is_korean() -> None:
    """No message of the catalogue is left English in Korean, and each names the same parameters
    in both languages (the Korean may take a Korean one, such as reason_ko, or a number for a name, or
    an amount as Money where the English shows it as calc shortened it)."""
    from string import Formatter

    from smacalc.render.messages import CATALOGUE

    for key, template in CATALOGUE.items():
        assert english_left(re.sub(r"\{\w+\}", " ", template.ko), "", ALLOWED) == [], key
        fields = {name for _, name, _, _ in Formatter().parse(template.ko) if name}
        english = {name for _, name, _, _ in Formatter().parse(template.en) if name}
        assert fields - english <= {"reason_ko", "sma", "money"} and english - fields <= {"reason", "name", "shown"}, (
            key
        )


def test_a_chart_in_korean(run) -> None:
    """The chart's title, amounts, legend and caption in Korean, the bars as wide as in English;
    the SVG too."""
    korean = run("chart", "--sma", "12", "--cpi", "3", "--lang", "ko", env={"COLUMNS": "100"}).stdout.splitlines()
    english = run("chart", "--sma", "12", "--cpi", "3", env={"COLUMNS": "100"}).stdout.splitlines()
    assert korean[0] == "제12차 방위비분담특별협정의 한국 분담금, 2026-2030년"
    assert korean[1] == "연간 분담금 (KRW)"
    assert korean[3].endswith(" 1조5192억원") and korean[3].count("█") == english[3].count("█")
    assert "█ 공식   ▓ 규칙   ░ 전망   ▒ 시나리오. 근거: 공식 = 공식 발표액" in "\n".join(korean)
    svg = run("chart", "--sma", "12", "--svg", "-", "--lang", "ko")
    assert svg.exit_code == 0 and "<title>제12차 방위비분담특별협정의 한국 분담금, 2026-2030년</title>" in svg.stdout


def test_a_description_from_a_korean_source_is_shown_in_korean(run) -> None:
    """events.toml's description_ko, quoted from the Korean source, in a Korean table and markdown;
    csv keeps the English description, the same in both languages."""
    korean = run("history", "--year", "2020", "--lang", "ko", "--format", "markdown").stdout
    said = "주한미군, 한국인 노동자 4000여명에게 4월1일부터 무급휴직을 시행하겠다고 통보"
    assert f"| 2020-03-25 | 일 | – | 11 | 발표 | – | – | {said} |" in korean
    english = run("history", "--year", "2020", "--format", "markdown").stdout
    assert "USFK notifies about 4,000 Korean employees that they will be furloughed" in english
    assert "무급휴직" not in english
    lapse = run("lapse", "--lang", "ko", "--format", "markdown").stdout
    assert (
        "2020-04-29: 국회, SMA 협상 지연으로 무급휴직 상태에 처한 주한미군 한국인 근로자를 지원하는 특별법 통과"
        in lapse
    )
    for args in (["history", "--year", "2020"], ["lapse"]):
        assert run(*args, "--format", "csv", "--lang", "ko").stdout == run(*args, "--format", "csv").stdout
