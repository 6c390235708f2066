package <<module>>

import (
	"sync"
	"time"
)

// <<Cls>> is safe for concurrent use.
type <<Cls>> struct {
	mu      sync.Mutex
	entries map[string]entry
	ttl     time.Duration
}

type entry struct {
	value   []byte
	expires time.Time
}

// New<<Cls>> returns an empty <<Cls>> whose entries live for ttl.
func New<<Cls>>(ttl time.Duration) *<<Cls>> {
	return &<<Cls>>{entries: make(map[string]entry), ttl: ttl}
}

// Get returns the value for key and whether it was present and fresh.
func (c *<<Cls>>) Get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || time.Now().After(e.expires) {
		delete(c.entries, key)
		return nil, false
	}
	return e.value, true
}

// Put stores value under key.
func (c *<<Cls>>) Put(key string, value []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[key] = entry{value: value, expires: time.Now().Add(c.ttl)}
}
