package payment

import (
	"context"
	"errors"
)

// ErrDeclined is returned when the risk score is above the threshold.
var ErrDeclined = errors.New("payment declined")

// Scorer returns the fraud risk of a payment attempt between 0 and 1.
type Scorer interface {
	Score(ctx context.Context, p Payment) (float64, error)
}

// Payment is an authorisation request in minor units.
type Payment struct {
	ID          string
	AmountMinor int64
	Currency    string
}

// Authorise declines risky payments and approves the rest.
func Authorise(ctx context.Context, s Scorer, p Payment) error {
	risk, err := s.Score(ctx, p)
	if err != nil {
		return err
	}
	if risk > 0.8 {
		return ErrDeclined
	}
	return nil
}
