package flags

import "hash/fnv"

// Flag is one flag definition: on/off plus an optional percentage rollout.
type Flag struct {
	Enabled bool   `yaml:"enabled"`
	Percent uint32 `yaml:"percent"`
}

// Evaluate decides a flag for a subject (user or session id) deterministically.
func Evaluate(f Flag, subject string) bool {
	if !f.Enabled {
		return false
	}
	if f.Percent == 0 || f.Percent >= 100 {
		return true
	}
	h := fnv.New32a()
	_, _ = h.Write([]byte(subject))
	return h.Sum32()%100 < f.Percent
}
