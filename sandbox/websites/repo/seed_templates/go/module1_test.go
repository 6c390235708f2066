package <<module>>

import (
	"testing"
	"time"
)

func TestPutGet(t *testing.T) {
	c := New<<Cls>>(time.Minute)
	c.Put("a", []byte("1"))
	if v, ok := c.Get("a"); !ok || string(v) != "1" {
		t.Fatalf("got %q, %v", v, ok)
	}
}

func TestExpiry(t *testing.T) {
	c := New<<Cls>>(-time.Second)
	c.Put("a", []byte("1"))
	if _, ok := c.Get("a"); ok {
		t.Fatal("expired entry returned")
	}
}
