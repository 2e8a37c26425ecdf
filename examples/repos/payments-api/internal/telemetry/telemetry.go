package telemetry

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// Init installs an OTLP trace exporter (endpoint from OTEL_EXPORTER_OTLP_ENDPOINT)
// and returns its shutdown function.
func Init(ctx context.Context, service string) func(context.Context) error {
	exp, err := otlptracegrpc.New(ctx)
	if err != nil {
		return func(context.Context) error { return nil }
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	return tp.Shutdown
}
