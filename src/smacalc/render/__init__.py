"""Rendering: what each command prints, as rows and a caption (a Report), and the one renderer that
writes a Report in every format. Nothing here computes a figure.

    formats.py    Report and Column; table, csv, tsv, json, jsonl and markdown from the same rows
    captions.py   caption lines shared by several reports (basis, sources, assumptions, rates)
    payments.py   `project`, `change` and sensitivity grids
    talks.py      `gap` (one, a batch, an agreement's positions) and `history`
    record.py     `list`, `audit` and `sources`
    chart.py      `chart`: bars in the terminal or an SVG file
"""
