package clients

import (
	"context"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/sony/gobreaker"
)

// Ledger posts transactions to ledger-service behind a circuit breaker,
// retrying transient failures with exponential backoff.
type Ledger struct {
	cb   *gobreaker.CircuitBreaker
	post func(ctx context.Context, paymentID string, amountMinor int64, currency string) error
}

func NewLedger(post func(context.Context, string, int64, string) error) *Ledger {
	return &Ledger{
		post: post,
		cb: gobreaker.NewCircuitBreaker(gobreaker.Settings{
			Name:        "ledger",
			MaxRequests: 5,
			Timeout:     30 * time.Second,
			ReadyToTrip: func(c gobreaker.Counts) bool { return c.ConsecutiveFailures >= 5 },
		}),
	}
}

func (l *Ledger) Post(ctx context.Context, paymentID string, amountMinor int64, currency string) error {
	policy := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3), ctx)
	return backoff.Retry(func() error {
		_, err := l.cb.Execute(func() (any, error) {
			return nil, l.post(ctx, paymentID, amountMinor, currency)
		})
		return err
	}, policy)
}
