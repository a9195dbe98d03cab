"""The record: the bundled data files (data/), the pydantic models of what they hold, and the
loading that reads and validates them (bundled, SMACALC_DATA_DIR, --data scenario files).

    models.py     agreements and their rules, sources, index values, defaults
    prices.py     exchange rates and price levels (read when a conversion or --real needs them)
    talks.py      positions and events of the talks (read when `gap --sma` or `history` needs them)
    dataset.py    the record in memory (Dataset) and the index values a user assumes (Assumptions)
    load.py       reading and validating the record's files, once per process
    scenario.py   scenario files (--data): their model, and the record with one applied
"""
