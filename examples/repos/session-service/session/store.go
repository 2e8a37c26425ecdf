package session

import (
	"sync"
	"time"

	"github.com/google/uuid"
)

type Session struct {
	Subject   string    `json:"subject"`
	ExpiresAt time.Time `json:"expiresAt"`
}

// MemoryStore keeps sessions in memory (a shared store is still to be chosen).
type MemoryStore struct {
	mu  sync.Mutex
	ttl time.Duration
	m   map[string]Session
	now func() time.Time
}

func NewMemoryStore(ttl time.Duration) *MemoryStore {
	return &MemoryStore{ttl: ttl, m: map[string]Session{}, now: time.Now}
}

func (s *MemoryStore) Create(subject string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := uuid.NewString()
	s.m[id] = Session{Subject: subject, ExpiresAt: s.now().Add(s.ttl)}
	return id
}

func (s *MemoryStore) Get(id string) (Session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sess, ok := s.m[id]
	if !ok || s.now().After(sess.ExpiresAt) {
		delete(s.m, id)
		return Session{}, false
	}
	return sess, true
}
