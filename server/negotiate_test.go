package server

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestChooseEncoding(t *testing.T) {
	both := []string{"br", "gzip"}
	tests := []struct {
		name    string
		values  []string // nil: no field
		offered []string
		want    string
	}{
		{"no field", nil, both, "identity"},
		{"empty field", []string{""}, both, "identity"},
		{"browser", []string{"gzip, deflate, br, zstd"}, both, "br"},
		{"only gzip offered", []string{"gzip, br"}, []string{"gzip"}, "gzip"},
		{"nothing offered", []string{"gzip, br"}, nil, "identity"},
		{"client prefers gzip", []string{"br;q=0.2, gzip;q=0.9"}, both, "gzip"},
		{"tie goes to br", []string{"gzip;q=0.5, br;q=0.5"}, both, "br"},
		{"identity preferred", []string{"identity;q=1, br;q=0.5"}, both, "identity"},
		{"coding beats identity on a tie", []string{"identity, gzip"}, both, "gzip"},
		{"star", []string{"*;q=0.3"}, both, "br"},
		{"star excluded but br listed", []string{"*;q=0, br"}, both, "br"},
		{"star zero means no identity either", []string{"*;q=0"}, both, "identity"},
		{"two field lines", []string{"deflate", "gzip"}, both, "gzip"},
		{"spaces and case", []string{"  GZip ; Q=0.7 ,BR;q=0.6"}, both, "gzip"},
		{"q out of range ignored", []string{"br;q=1.5, gzip;q=0.1"}, both, "gzip"},
		{"q=0.000 rejects", []string{"br;q=0.000, gzip;q=0.001"}, both, "gzip"},
		{"other params ignored", []string{"br;level=3"}, both, "br"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, parseAcceptEncoding(tt.values).choose(tt.offered), "Accept-Encoding %q offering %v", tt.values, tt.offered)
		})
	}
}
