package server

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// pipelined sends first and a pipelined GET /healthz on one raw TCP connection and returns the
// responses the server sent before it closed the connection.
func pipelined(t *testing.T, addr, first string) []*http.Response {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	// Only a guard against a hang if the server kept the connection open: the assertions
	// count responses, never time.
	require.NoError(t, conn.SetDeadline(time.Now().Add(10*time.Second)))
	_, err = io.WriteString(conn, first+"GET /healthz HTTP/1.1\r\nHost: "+addr+"\r\nConnection: close\r\n\r\n")
	require.NoError(t, err)
	br := bufio.NewReader(conn)
	var got []*http.Response
	for {
		if _, err := br.Peek(1); err != nil {
			require.ErrorIs(t, err, io.EOF, "the connection must end cleanly")
			return got
		}
		resp, err := http.ReadResponse(br, nil)
		require.NoError(t, err)
		_, err = io.Copy(io.Discard, resp.Body)
		require.NoError(t, err)
		resp.Body.Close()
		got = append(got, resp)
	}
}

// TestTransferEncodingClosesConnection: RFC 9112 §6.3 — a request with Content-Length and
// Transfer-Encoding is answered, then the connection is closed, so a request smuggled behind
// it is never served. Where a chunked body belongs (POST /relay/, /emulate/), the connection
// stays open.
func TestTransferEncodingClosesConnection(t *testing.T) {
	s, _ := newServer(t, Config{})
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	addr := strings.TrimPrefix(ts.URL, "http://")
	smuggling := func(method, path string) string {
		return method + " " + path + " HTTP/1.1\r\nHost: " + addr + "\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
	}
	for _, tc := range []struct{ method, path string }{
		{"GET", "/"}, {"GET", "/healthz"}, {"POST", "/healthz"}, {"GET", "/relay/cvm.tencentcloudapi.com/"}, {"GET", "/emulate/"},
	} {
		got := pipelined(t, addr, smuggling(tc.method, tc.path))
		require.Len(t, got, 1, "%s %s: the pipelined request must not be answered", tc.method, tc.path)
		require.True(t, got[0].Close, "%s %s: Connection: close", tc.method, tc.path)
	}
	got := pipelined(t, addr, smuggling("POST", "/emulate/"))
	require.Len(t, got, 2, "a chunked POST to /emulate/ keeps the connection")
	got = pipelined(t, addr, "GET / HTTP/1.1\r\nHost: "+addr+"\r\n\r\n")
	require.Len(t, got, 2, "a plain request keeps the connection")
}
