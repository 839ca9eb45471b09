package httpguard_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/httpguard"
)

func TestCloseAfterTransferEncoding(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	posts := func(r *http.Request) bool { return r.Method == http.MethodPost }
	cases := []struct {
		name      string
		method    string
		te        []string
		takesBody func(*http.Request) bool
		close     bool
	}{
		{"no Transfer-Encoding", http.MethodGet, nil, posts, false},
		{"chunked GET", http.MethodGet, []string{"chunked"}, posts, true},
		{"chunked POST where bodies belong", http.MethodPost, []string{"chunked"}, posts, false},
		{"chunked POST, no route takes bodies", http.MethodPost, []string{"chunked"}, nil, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(tc.method, "/", nil)
			r.TransferEncoding = tc.te
			w := httptest.NewRecorder()
			httpguard.CloseAfterTransferEncoding(ok, tc.takesBody).ServeHTTP(w, r)
			if tc.close {
				require.Equal(t, "close", w.Header().Get("Connection"))
			} else {
				require.Empty(t, w.Header().Get("Connection"))
			}
		})
	}
}
