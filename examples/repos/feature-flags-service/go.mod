module github.com/acme-demo/feature-flags-service

go 1.22

require (
	github.com/fsnotify/fsnotify v1.7.0
	github.com/rs/zerolog v1.33.0
	google.golang.org/grpc v1.64.0
	google.golang.org/protobuf v1.34.2
	gopkg.in/yaml.v3 v3.0.1
)
