package main

import (
	"net"
	"net/http"
	"os"

	"github.com/rs/zerolog"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	flagsv1 "github.com/acme-demo/feature-flags-service/gen/acme/flags/v1"
	"github.com/acme-demo/feature-flags-service/internal/flags"
)

func main() {
	log := zerolog.New(os.Stdout).With().Timestamp().Str("service", "feature-flags-service").Logger()

	store, err := flags.LoadFile(envOr("FLAGS_FILE", "/etc/flags/flags.yaml"))
	if err != nil {
		log.Fatal().Err(err).Msg("cannot load flags")
	}

	srv := grpc.NewServer()
	flagsv1.RegisterFlagServiceServer(srv, flags.NewServer(store))
	hs := health.NewServer()
	hs.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	healthpb.RegisterHealthServer(srv, hs)

	go func() {
		http.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
		_ = http.ListenAndServe(":8081", nil)
	}()

	lis, err := net.Listen("tcp", ":9090")
	if err != nil {
		log.Fatal().Err(err).Msg("listen")
	}
	log.Info().Str("addr", lis.Addr().String()).Int("flags", store.Len()).Msg("serving")
	if err := srv.Serve(lis); err != nil {
		log.Fatal().Err(err).Msg("serve")
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
