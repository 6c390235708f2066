package <<module>>

import "testing"

func TestNewRejectsEmptyAddr(t *testing.T) {
	if _, err := New(Config{}); err == nil {
		t.Fatal("expected an error for an empty address")
	}
}

func TestNewDefaultsTimeout(t *testing.T) {
	s, err := New(Config{Addr: ":0"})
	if err != nil {
		t.Fatal(err)
	}
	if s.cfg.Timeout == 0 {
		t.Fatal("timeout not defaulted")
	}
}
