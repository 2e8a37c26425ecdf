package com.acme.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerServiceTest {
    @Test
    void captureCreatesBalancedPostings() {
        var postings = LedgerService.postingsForCapture("p1", 1999, "EUR");
        assertThat(postings).hasSize(2);
        assertThat(postings.stream().mapToLong(Posting::amountMinor).sum()).isZero();
    }
}
