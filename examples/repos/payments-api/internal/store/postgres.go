package store

import (
	"context"

	"github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/pgx/v5"
	_ "github.com/golang-migrate/migrate/v4/source/file"
	"github.com/jackc/pgx/v5/pgxpool"
)

type Store struct {
	pool *pgxpool.Pool
	dsn  string
}

func Open(ctx context.Context, dsn string) (*Store, error) {
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return &Store{pool: pool, dsn: dsn}, nil
}

func (s *Store) MigrateUp() error {
	m, err := migrate.New("file://migrations", "pgx5://"+s.dsn)
	if err != nil {
		return err
	}
	if err := m.Up(); err != nil && err != migrate.ErrNoChange {
		return err
	}
	return nil
}

func (s *Store) Insert(ctx context.Context, id string, amountMinor int64, currency string) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO payments (id, amount_minor, currency) VALUES ($1, $2, $3)`, id, amountMinor, currency)
	return err
}
