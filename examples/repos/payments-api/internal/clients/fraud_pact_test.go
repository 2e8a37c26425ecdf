package clients

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/pact-foundation/pact-go/v2/consumer"
	"github.com/pact-foundation/pact-go/v2/matchers"
)

// Consumer contract of payments-api against fraud-scoring. The pact file is
// written to pacts/ and published to the broker from CI.
func TestFraudScoringContract(t *testing.T) {
	mock, _ := consumer.NewV4Pact(consumer.MockHTTPProviderConfig{
		Consumer: "payments-api",
		Provider: "fraud-scoring",
		PactDir:  "../../pacts",
	})
	err := mock.AddInteraction().
		UponReceiving("a score request").
		WithRequest(http.MethodPost, "/v1/score").
		WillRespondWith(200, func(b *consumer.V4ResponseBuilder) {
			b.JSONBody(matchers.MapMatcher{"score": matchers.Decimal(0.12)})
		}).
		ExecuteTest(t, func(cfg consumer.MockServerConfig) error {
			_, err := http.Post(fmt.Sprintf("http://%s:%d/v1/score", cfg.Host, cfg.Port), "application/json", nil)
			return err
		})
	if err != nil {
		t.Fatal(err)
	}
}
