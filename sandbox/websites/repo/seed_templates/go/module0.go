package <<module>>

import (
	"errors"
	"net/http"
	"time"
)

// Config holds the settings of a <<Cls>> service.
type Config struct {
	Addr    string
	Timeout time.Duration
}

// Service serves the <<module>> API.
type Service struct {
	cfg    Config
	server *http.Server
}

// New validates cfg and builds a Service.
func New(cfg Config) (*Service, error) {
	if cfg.Addr == "" {
		return nil, errors.New("<<module>>: empty listen address")
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 10 * time.Second
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	return &Service{cfg: cfg, server: &http.Server{
		Addr: cfg.Addr, Handler: mux, ReadTimeout: cfg.Timeout,
	}}, nil
}

// Run blocks serving requests.
func (s *Service) Run() error {
	return s.server.ListenAndServe()
}
