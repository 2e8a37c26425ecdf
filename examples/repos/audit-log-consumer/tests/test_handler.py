from datetime import datetime, timezone

from consumer.handler import AuditEvent, object_key, to_line


def make_event() -> AuditEvent:
    return AuditEvent(actor="user-1", action="password.changed",
                      occurred_at=datetime(2024, 6, 1, 8, 30, tzinfo=timezone.utc))


def test_object_key_is_daily_partition():
    assert object_key(make_event()) == "audit/2024/06/01/events.jsonl"


def test_line_is_json_with_newline():
    line = to_line(make_event())
    assert line.endswith("\n")
    assert '"action": "password.changed"' in line
