import json
from datetime import datetime

from pydantic import BaseModel


class AuditEvent(BaseModel):
    actor: str
    action: str
    occurred_at: datetime
    details: dict = {}


def object_key(event: AuditEvent) -> str:
    """Daily partition: audit/2024/06/01/events.jsonl"""
    return event.occurred_at.strftime("audit/%Y/%m/%d/events.jsonl")


def to_line(event: AuditEvent) -> str:
    return json.dumps(event.model_dump(mode="json"), sort_keys=True) + "\n"
