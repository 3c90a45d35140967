"""The JSON Schema of a role file: for editors (yaml-language-server) and ``printworks schema``."""

from __future__ import annotations

import json
from typing import Any

from printworks.model import Role

SCHEMA_FILE = "role.schema.json"


def role_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every role file satisfies."""
    schema = Role.model_json_schema(mode="validation")
    schema["$id"] = "https://printworks.invalid/role.schema.json"
    return schema


def role_schema_text() -> str:
    return json.dumps(role_schema(), indent=2, ensure_ascii=False) + "\n"
