"""A role as plain values for the copy templates: every text masked, every number formatted.

Templates see strings, numbers and lists, never the model, so nothing in a template can reach
back into the role or run its text.
"""

from __future__ import annotations

from typing import Any

from printworks.markup import Text
from printworks.model import OrgChart, Role

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def plain(text: Text | None) -> str:
    """``text`` as one line, each hidden character shown as a block."""
    return " ".join(text.masked().split()) if text else ""


def money(amount: int, currency: str) -> str:
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{amount:,}" if symbol else f"{currency} {amount:,}"


def org_nodes(chart: OrgChart | None) -> list[dict[str, Any]]:
    if chart is None:
        return []
    return [
        {
            "title": plain(node.title),
            "note": plain(node.note),
            "depth": depth,
            "this_role": node.this_role,
        }
        for depth, node in chart.root.walk()
    ]


def facts(role: Role) -> dict[str, Any]:
    """The context every copy template gets as ``role``."""
    salary, risk = role.salary, role.flight_risk
    return {
        "title": plain(role.title),
        "case_number": role.case_number,
        "slug": role.slug,
        "summary": plain(role.summary),
        "aliases": [plain(a) for a in role.aliases],
        "habitat": [plain(h) for h in role.habitat],
        "salary": {
            "amount": money(salary.amount, salary.currency),
            "value": salary.amount,
            "currency": salary.currency,
            "symbol": _SYMBOLS.get(salary.currency, f"{salary.currency} "),
            "footnote": plain(salary.footnote),
            "quote": plain(salary.quote),
        },
        "flight_risk": {
            "percent": risk.percent,
            "label": plain(risk.label),
            "diagnosis": plain(risk.diagnosis),
        },
        "metrics": [
            {"name": plain(m.name), "description": plain(m.description)} for m in role.metrics
        ],
        "weaponry": [
            {"name": plain(w.name), "description": plain(w.description)} for w in role.weaponry
        ],
        "encounter_guide": [
            {"situation": plain(e.situation), "advice": plain(e.advice)}
            for e in role.encounter_guide
        ],
        "jd_autopsy": [
            {
                "claim": plain(c.claim),
                "source": "" if c.source_redacted else plain(c.source),
                "translation": plain(c.translation),
            }
            for c in role.jd_autopsy
        ],
        "day_log": [
            {
                "start": e.start,
                "end": e.end,
                "title": plain(e.title),
                "description": plain(e.description),
            }
            for e in role.day_log
        ],
        "burn_ward": [
            {"quote": plain(c.quote), "posted_on": plain(c.posted_on)} for c in role.burn_ward
        ],
        "related": [
            {"title": plain(s.title), "match": s.match, "summary": plain(s.summary)}
            for s in role.related
        ],
        "org": org_nodes(role.org_chart),
        "pressure": {
            "down": [plain(t) for t in role.org_chart.pressure_flow.down],
            "up": [plain(t) for t in role.org_chart.pressure_flow.up],
        }
        if role.org_chart
        else {"down": [], "up": []},
    }
