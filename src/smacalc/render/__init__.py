"""Rendering: what each command prints, as rows and a caption (a Report), and the one renderer that
writes a Report in every format. Nothing here computes a figure.

    formats.py    Report and Column; table, csv, tsv, json, jsonl and markdown from the same rows
    captions.py   caption lines shared by several reports (basis, sources, assumptions, rates)
    payments.py   `project`, `change` and sensitivity grids
    talks.py      `gap` (one, a batch, an agreement's positions) and `history`
    record.py     `list`, `audit` and `sources`
    chart.py      `chart`: bars in the terminal or an SVG file
    messages.py   what a report says, as messages written in the language asked for (en, ko)
    catalogue.py  the messages themselves: each id's English and Korean template (catalogue_bill.py:
                  those of `burden`, `compare` and `lapse`)
    korean.py     amounts as Korean newsrooms write them (1조5192억원, 8억9115만 달러)
"""
