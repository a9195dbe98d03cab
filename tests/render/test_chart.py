"""The chart to publish: its whole text pinned in English and Korean (title, subtitle, legend,
notes, source line naming publishers, never source ids or column keys), the legend's colours, the
line form, the PNG (where CairoSVG is installed) and the data written beside it."""

import csv
import importlib.util
import io
import re
import sys
from pathlib import Path
from xml.dom import minidom

import pytest

from smacalc import load_dataset
from smacalc.render.svg import FILLS


def texts(path: Path) -> list[str]:
    """The text of every <text> element of an SVG file, in document order."""
    document = minidom.parse(str(path))
    return [n.firstChild.data for n in document.getElementsByTagName("text") if n.firstChild is not None]


def fills(path: Path) -> set[str]:
    document = minidom.parse(str(path))
    return {n.getAttribute("fill") for n in document.getElementsByTagName("rect")} - {"#ffffff"}


@pytest.fixture(scope="module")
def source_ids() -> set[str]:
    return set(load_dataset().sources)


def test_the_whole_record_names_publishers_and_marks_1998(run, tmp_path: Path, source_ids: set[str]) -> None:
    path = tmp_path / "sma.svg"
    assert run("chart", "--svg", str(path)).exit_code == 0
    shown = texts(path)
    words = " ".join(shown)
    assert shown[:3] == [
        "What Seoul pays toward US forces in Korea, 1991-2030",
        "A year's payment, in KRW; 1991-2004 set in USD and converted at each year's average",
        "exchange rate",
    ]
    # The legend: won-era official years are official, not "converted"; no year needs an assumed rate.
    assert [t for t in shown if t.startswith(("Official", "Computed", "Projected", "Converted"))] == [
        "Official, as published",
        "Computed by the agreement's rule from published data",
        "Projected, on an assumed inflation or budget growth",
    ]
    assert fills(path) == {FILLS["official"], FILLS["rule"], FILLS["projected"]}
    # 1998 is marked: the record's note on the agreed amount, and the crisis exchange rate.
    assert "[1] 1998: agreed before the crisis: $399M (Dong-A Ilbo); cut in the 1997-98 financial crisis" in words
    assert "[1] 1998: converted at ₩1,400.4036 per US dollar, the year's average: the Asian financial crisis" in words
    assert words.count("[1]") == 3  # over the bar, and two notes
    assert (
        "Source: ROK Ministry of National Defense, The Washington Post, Reuters, Maeil Business "
        "Newspaper (amounts); ROK Ministry of National Defense, Yonhap News Agency, Bank of Korea (index "
        "values); US Federal Reserve (exchange rates)."
    ) in words
    assert "Assumed Korean consumer-price inflation for 2026-2028, in the payments of 2028-2030: 2.0%" in words
    # No tool language: no source id, column key or option of smacalc.
    assert not [w for w in re.findall(r"[\w.-]+", words) if w in source_ids]
    assert not re.search(r"krw_per_usd|rates\.csv|rate_basis|--rate|smacalc", words)


def test_a_year_converted_at_an_assumed_rate_is_told_apart(run, tmp_path: Path) -> None:
    path = tmp_path / "usd.svg"
    assert run("chart", "--sma", "12", "--in", "USD", "--cpi", "3", "--svg", str(path)).exit_code == 0
    shown = texts(path)
    assert shown[0] == "What Seoul pays under the 12th SMA, 2026-2030"
    assert "Converted at an assumed exchange rate (none published)" in shown
    assert "Official, as published" not in shown  # 2026 is official in won, but its dollar rate is assumed
    assert (
        "2026-2030: no exchange rate published yet; converted at ₩1,421.3963 per US dollar, the latest "
        "published" in " ".join(shown)
    )
    assert "Source: Maeil Business Newspaper (amounts); Yonhap News Agency (index values)." in shown


def test_the_chart_in_korean(run, tmp_path: Path) -> None:
    path = tmp_path / "ko.svg"
    assert run("chart", "--lang", "ko", "--svg", str(path)).exit_code == 0
    shown = texts(path)
    words = " ".join(shown)
    assert shown[:2] == [
        "한국의 주한미군 방위비 분담금, 1991-2030년",
        "연간 분담금 (KRW); 1991-2004년은 USD로 정한 금액을 그해 평균 환율로 환산",
    ]
    assert "공식 발표액" in shown and "협정 규칙과 발표된 지표로 계산" in shown
    assert "1조5000억원" in shown  # the axis, as Korean newsrooms write won
    assert "[1] 1998년: 그해 평균 환율 적용(1달러당 1,400.4036원). 외환위기로 원화 가치가" in words
    assert (
        "출처: 국방부, 워싱턴포스트, 로이터, 매일경제 (금액); 국방부, 연합뉴스, 한국은행 (지표); 미국 "
        "연방준비제도 (환율)."
    ) in words
    assert "font-family=\"'Noto Sans KR'" in path.read_text(encoding="utf-8")


def test_the_line_form_draws_a_point_a_year(run, tmp_path: Path) -> None:
    path = tmp_path / "line.svg"
    assert run("chart", "--sma", "11", "--form", "line", "--svg", str(path)).exit_code == 0
    document = minidom.parse(str(path))
    assert len(document.getElementsByTagName("circle")) == 6
    assert len(document.getElementsByTagName("polyline")) == 1


def test_the_data_is_written_beside_the_chart(run, tmp_path: Path) -> None:
    svg, data = tmp_path / "c.svg", tmp_path / "c.csv"
    result = run("chart", "--sma", "12", "--cpi", "2.5", "--svg", str(svg), "--csv", str(data))
    assert result.exit_code == 0 and result.stderr == f"smacalc: wrote {svg}\nsmacalc: wrote {data}\n"
    rows = list(csv.DictReader(io.StringIO(data.read_text(encoding="utf-8"))))
    assert [(r["year"], r["amount"], r["basis"]) for r in rows] == [
        ("2026", "1519200000000", "official"),
        ("2027", "1551100000000", "rule"),
        ("2028", "1589900000000", "projected"),
        ("2029", "1629600000000", "projected"),
        ("2030", "1670300000000", "projected"),
    ]
    assert run("chart", "--csv", str(data)).exit_code == 2  # data beside a chart, not alone


@pytest.mark.skipif(importlib.util.find_spec("cairosvg") is None, reason="CairoSVG (smacalc[png]) is not installed")
def test_png(run, tmp_path: Path) -> None:
    path = tmp_path / "sma.png"
    result = run("chart", "--sma", "11", "--lang", "ko", "--png", str(path))
    assert result.exit_code == 0 and result.stderr == f"smacalc: wrote {path}\n"
    image = path.read_bytes()
    assert image[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(image[16:20], "big"), int.from_bytes(image[20:24], "big")
    assert width == 1280 and height > 800  # twice the SVG's 640 pixels


def test_png_without_cairosvg_is_one_clear_line(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "cairosvg", None)  # as if the optional extra were not installed
    path = tmp_path / "sma.png"
    result = run("chart", "--png", str(path), "--csv", str(tmp_path / "c.csv"))
    assert result.exit_code == 1 and not list(tmp_path.iterdir())
    assert result.stderr == "smacalc: error: --png needs CairoSVG: pip install 'smacalc[png]' (or write --svg)\n"
