"""The canned queries a desk asks for, offered on smacalc's database (one holding record_info)
through Datasette's canned_queries hook, so that `datasette sma.db` has them without a metadata
file. Each is SQL over the export's tables; tests hold their figures to the commands'."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from smacalc.render.messages import msg, text

if TYPE_CHECKING:
    from datasette.app import Datasette

SQL = {
    "agreement_total": """
select a.number as sma, a.name, min(p.year) as first_year, max(p.year) as last_year, count(*) as years,
  sum(p.amount) as total, p.currency,
  sum(p.basis = 'official') as official_years, sum(p.basis = 'rule') as rule_years,
  sum(p.basis = 'projected') as projected_years
from payments p join agreements a on a.number = p.sma
where :sma = '' or p.sma = cast(:sma as integer)
group by a.number, p.currency order by a.number""",
    "payments_in_dollars": """
select year, sma, basis, projected, amount, currency, krw_per_usd, amount_usd, rate_source
from payments_usd order by year""",
    # Each demand of the US with an amount, against the amount agreed for the year it was for: in
    # the agreement's currency, a dollar demand converted at the annual average rate of the year it
    # was made, as `smacalc gap --sma N` converts it.
    "demand_gaps": """
select d.sma, d.date, d.description, d.amount as demand, d.currency as demand_currency, d.for_year,
  p.amount as agreed, p.currency as agreed_currency, r.rate as krw_per_usd,
  case when d.currency = p.currency then d.amount
       when d.currency = 'USD' and p.currency = 'KRW' then round(d.amount * r.rate)
       when d.currency = 'KRW' and p.currency = 'USD' then round(d.amount / r.rate) end as demand_in_agreed_currency,
  round(case when d.currency = p.currency then d.amount * 1.0
             when d.currency = 'USD' and p.currency = 'KRW' then round(d.amount * r.rate)
             when d.currency = 'KRW' and p.currency = 'USD' then round(d.amount / r.rate) end / p.amount, 2)
    as ratio_to_agreed,
  d.source
from positions d join payments p on p.year = d.for_year
left join exchange_rates r on r.currency = 'KRW' and r.year = cast(substr(d.date, 1, 4) as integer)
where d.party = 'US' and d.amount is not null
order by d.date, d.id""",
}


async def canned(datasette: Datasette, database: str) -> dict[str, Any]:
    """The queries, on a database that is smacalc's export; none on any other."""
    if database == "_internal" or not await datasette.get_database(database).table_exists("record_info"):
        return {}
    return {
        name: {"sql": sql.strip(), "title": text(msg(f"web.query.{name}"), "en")}
        | ({"params": ["sma"]} if name == "agreement_total" else {})
        for name, sql in SQL.items()
    }
