package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/acme-demo/session-service/session"
)

func main() {
	ttl, err := time.ParseDuration(os.Getenv("SESSION_TTL"))
	if err != nil {
		ttl = 30 * time.Minute
	}
	store := session.NewMemoryStore(ttl)

	http.HandleFunc("POST /sessions", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			Subject string `json:"subject"`
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.Subject == "" {
			http.Error(w, "subject required", http.StatusBadRequest)
			return
		}
		id := store.Create(body.Subject)
		w.WriteHeader(http.StatusCreated)
		_ = json.NewEncoder(w).Encode(map[string]string{"id": id})
	})
	http.HandleFunc("GET /sessions/{id}", func(w http.ResponseWriter, r *http.Request) {
		s, ok := store.Get(r.PathValue("id"))
		if !ok {
			http.NotFound(w, r)
			return
		}
		_ = json.NewEncoder(w).Encode(s)
	})

	log.Printf("session-service listening on :8080 (ttl %s)", ttl)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
