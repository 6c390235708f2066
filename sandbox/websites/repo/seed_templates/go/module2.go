package <<module>>

import (
	"fmt"
	"strings"
)

// Record is one parsed <<module>> line.
type Record struct {
	Key   string
	Value string
}

// Parse reads "key=value" lines, skipping blanks and # comments.
func Parse(input string) ([]Record, error) {
	var out []Record
	for n, line := range strings.Split(input, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("<<module>>: line %d: missing '='", n+1)
		}
		out = append(out, Record{Key: strings.TrimSpace(key), Value: strings.TrimSpace(value)})
	}
	return out, nil
}
