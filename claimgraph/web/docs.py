"""The API docs page's copy of the schema: the OpenAPI 3.1 schema of /openapi.json written as OpenAPI 3.0, which the
Swagger UI that swagger-ui-bundle ships (4.x) reads; /openapi.json itself stays as FastAPI writes it."""
from __future__ import annotations

from typing import Any


def as_openapi_30(schema: dict[str, Any]) -> dict[str, Any]:
    converted = downgrade(schema)
    converted["openapi"] = "3.0.3"
    return converted


def downgrade(node: Any) -> Any:
    """JSON Schema 2020-12 forms that OpenAPI 3.0 lacks: `null` among the types becomes `nullable`, `const` an enum
    of one, `examples` one `example`."""
    if isinstance(node, list):
        return [downgrade(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: downgrade(value) for key, value in node.items()}
    for key in ("anyOf", "oneOf"):
        options = node.get(key)
        if isinstance(options, list) and any(option == {"type": "null"} for option in options):
            kept = [option for option in options if option != {"type": "null"}]
            node.pop(key)
            if len(kept) == 1:
                node = {**kept[0], **node}
            else:
                node[key] = kept
            node["nullable"] = True
    kinds = node.get("type")
    if isinstance(kinds, list):
        others = [kind for kind in kinds if kind != "null"]
        node["type"] = others[0] if len(others) == 1 else others
        if "null" in kinds:
            node["nullable"] = True
    if "const" in node:
        node["enum"] = [node.pop("const")]
    if isinstance(node.get("examples"), list) and "schema" not in node and ("type" in node or "$ref" in node):
        examples = node.pop("examples")
        if examples:
            node["example"] = examples[0]
    return node
