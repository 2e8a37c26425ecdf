package payment

import (
	"context"
	"testing"
)

type fixedScorer float64

func (f fixedScorer) Score(context.Context, Payment) (float64, error) { return float64(f), nil }

func TestAuthoriseDeclinesRiskyPayments(t *testing.T) {
	err := Authorise(context.Background(), fixedScorer(0.95), Payment{ID: "p1", AmountMinor: 1999, Currency: "EUR"})
	if err != ErrDeclined {
		t.Fatalf("want ErrDeclined, got %v", err)
	}
}

func TestAuthoriseApprovesSafePayments(t *testing.T) {
	if err := Authorise(context.Background(), fixedScorer(0.1), Payment{ID: "p2", AmountMinor: 500, Currency: "EUR"}); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkAuthorise(b *testing.B) {
	p := Payment{ID: "p3", AmountMinor: 4200, Currency: "EUR"}
	for i := 0; i < b.N; i++ {
		_ = Authorise(context.Background(), fixedScorer(0.2), p)
	}
}
