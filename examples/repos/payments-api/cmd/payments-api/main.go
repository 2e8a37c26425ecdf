package main

import (
	"context"
	"errors"
	"net/http"
	_ "net/http/pprof" // continuous profiling is scraped from the admin port
	"os"
	"os/signal"
	"syscall"
	"time"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.uber.org/zap"

	"github.com/acme-demo/payments-api/internal/payment"
	"github.com/acme-demo/payments-api/internal/telemetry"
)

func main() {
	logger, _ := zap.NewProduction()
	defer logger.Sync()

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	shutdownTracing := telemetry.Init(ctx, "payments-api")
	svc := payment.NewFromEnv(ctx, logger)

	mux := http.NewServeMux()
	mux.Handle("/v1/", svc.Handler())
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	mux.HandleFunc("/readyz", svc.Ready)

	srv := &http.Server{Addr: ":8080", Handler: otelhttp.NewHandler(mux, "http")}
	go func() { _ = http.ListenAndServe("127.0.0.1:6060", nil) }() // pprof

	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Fatal("server failed", zap.Error(err))
		}
	}()
	logger.Info("listening", zap.String("addr", srv.Addr))

	<-ctx.Done()
	timeout, err := time.ParseDuration(os.Getenv("SHUTDOWN_TIMEOUT"))
	if err != nil {
		timeout = 25 * time.Second
	}
	logger.Info("shutting down", zap.Duration("timeout", timeout))
	shutdownCtx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	_ = srv.Shutdown(shutdownCtx)
	_ = shutdownTracing(shutdownCtx)
}
