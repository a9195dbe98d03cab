"""Calculations: pure functions over the record, no I/O and no printing.

escalation.py   index values, the escalation rules, projections and the audit
restate.py      conversion between won and dollars, real terms, per troop, change between years
talks.py        demand against offer, the recorded positions, the timeline
"""
