module github.com/acme-demo/payments-api

go 1.22

require (
	github.com/cenkalti/backoff/v4 v4.3.0
	github.com/go-chi/chi/v5 v5.0.12
	github.com/golang-migrate/migrate/v4 v4.17.1
	github.com/jackc/pgx/v5 v5.5.5
	github.com/oapi-codegen/oapi-codegen/v2 v2.1.0
	github.com/oapi-codegen/runtime v1.1.1
	github.com/pact-foundation/pact-go/v2 v2.0.5
	github.com/segmentio/kafka-go v0.4.47
	github.com/sony/gobreaker v1.0.0
	github.com/stretchr/testify v1.9.0
	github.com/testcontainers/testcontainers-go v0.31.0
	github.com/testcontainers/testcontainers-go/modules/postgres v0.31.0
	go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp v0.51.0
	go.opentelemetry.io/otel v1.26.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.26.0
	go.opentelemetry.io/otel/sdk v1.26.0
	go.uber.org/zap v1.27.0
	google.golang.org/grpc v1.64.0
)
