import logging
import os

import boto3
from confluent_kafka import Consumer

from consumer.handler import AuditEvent, object_key, to_line

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("audit-log-consumer")


def main() -> None:
    consumer = Consumer({
        "bootstrap.servers": os.environ.get("KAFKA_BOOTSTRAP", "localhost:9092"),
        "group.id": "audit-log-consumer",
        "enable.auto.commit": False,
    })
    consumer.subscribe(["identity.audit.v1"])
    s3 = boto3.client("s3", endpoint_url=os.environ.get("S3_ENDPOINT"))
    bucket = os.environ.get("AUDIT_BUCKET", "audit-archive")

    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        event = AuditEvent.model_validate_json(msg.value())
        key = object_key(event)
        s3.put_object(Bucket=bucket, Key=f"{key}.{msg.offset()}", Body=to_line(event).encode())
        consumer.commit(msg)
        log.info("archived audit event %s to %s", event.action, key)


if __name__ == "__main__":
    main()
