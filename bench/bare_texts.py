"""What both bare-engine baselines print of a role file: every text in it, bars' marks out."""

from __future__ import annotations


def texts(value, out):
    if isinstance(value, dict):
        for item in value.values():
            texts(item, out)
    elif isinstance(value, list):
        for item in value:
            texts(item, out)
    elif isinstance(value, str):
        out.append(value.replace("||", ""))
    return out
