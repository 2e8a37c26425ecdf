package session

import (
	"testing"
	"time"
)

func TestStore(t *testing.T) {
	now := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	s := NewMemoryStore(time.Minute)
	s.now = func() time.Time { return now }

	id := s.Create("user-1")
	tests := []struct {
		name    string
		advance time.Duration
		wantOK  bool
	}{
		{"fresh session", 0, true},
		{"still valid", 59 * time.Second, true},
		{"expired", 2 * time.Minute, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now = now.Add(tt.advance)
			if _, ok := s.Get(id); ok != tt.wantOK {
				t.Fatalf("Get ok = %v, want %v", ok, tt.wantOK)
			}
		})
	}
}
