//go:build integration

package store

import (
	"context"
	"testing"

	"github.com/testcontainers/testcontainers-go/modules/postgres"
)

func TestInsertPaymentAgainstRealPostgres(t *testing.T) {
	ctx := context.Background()
	pg, err := postgres.Run(ctx, "postgres:16-alpine", postgres.WithDatabase("payments"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = pg.Terminate(ctx) })

	dsn, _ := pg.ConnectionString(ctx, "sslmode=disable")
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MigrateUp(); err != nil {
		t.Fatal(err)
	}
	if err := s.Insert(ctx, "p1", 1999, "EUR"); err != nil {
		t.Fatal(err)
	}
}
