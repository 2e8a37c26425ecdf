package com.acme.ledger;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import static net.logstash.logback.argument.StructuredArguments.kv;

@Component
public class PaymentEventsListener {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentEventsListener.class);
    private final LedgerService ledger;

    public PaymentEventsListener(LedgerService ledger) {
        this.ledger = ledger;
    }

    @KafkaListener(topics = "payments.events.v1", groupId = "ledger-service")
    @Retry(name = "ledger-db")
    @CircuitBreaker(name = "ledger-db")
    public void onPaymentEvent(PaymentStateChanged event) {
        if ("captured".equals(event.state())) {
            ledger.postCapture(event.paymentId(), event.amountMinor(), event.currency());
            LOG.info("posted capture", kv("paymentId", event.paymentId()));
        }
    }
}
