package relay

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// rawRequest writes one request as given, byte for byte, to addr and reads the answer.
func rawRequest(t *testing.T, addr, request string) (*http.Response, []byte) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	_, err = io.WriteString(conn, request)
	require.NoError(t, err)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, body
}

// TestRawHashInQueryRefused: a request target has no fragment, so a raw '#' that reached the
// relay is refused rather than forwarded (or silently re-encoded, which would change signed bytes).
func TestRawHashInQueryRefused(t *testing.T) {
	rec := &recorder{}
	_, addr := newUpstream(t, rec)
	tr := newTestRelay(t, Config{seams: loopbackSeams(addr)})
	host := strings.TrimPrefix(tr.front.URL, "http://")
	for _, target := range []string{
		"/relay/cvm.tencentcloudapi.com/?Action=DescribeInstances&Signature=x#frag",
		"/relay/cvm.tencentcloudapi.com/?Action=A&Note=a#b&Signature=x",
		"/relay/cvm.tencentcloudapi.com/?#",
	} {
		resp, body := rawRequest(t, host, "GET "+target+" HTTP/1.1\r\nHost: "+host+"\r\nConnection: close\r\n\r\n")
		require.Equal(t, http.StatusBadRequest, resp.StatusCode, "%s: %s", target, body)
		require.Equal(t, CodeInvalidQuery, relayErrorCode(t, body))
	}
	require.Zero(t, rec.hits.Load(), "nothing reached the upstream")

	resp, body := rawRequest(t, host, "GET /relay/cvm.tencentcloudapi.com/?Action=A&Note=a%23b HTTP/1.1\r\nHost: "+host+"\r\nConnection: close\r\n\r\n")
	require.Equal(t, http.StatusOK, resp.StatusCode, "%s", body)
	require.Equal(t, "Action=A&Note=a%23b", rec.last(t).Query, "an encoded # is forwarded as sent")
}

// TestDNSTimeout: a lookup that times out is a timeout (504 Relay.UpstreamTimeout, as the error
// table lists timeouts), not a failed name (502 Relay.DNSFailure).
func TestDNSTimeout(t *testing.T) {
	cases := map[string]func(ctx context.Context, host string) ([]netip.AddrPort, error){
		"resolver reports a timeout": func(_ context.Context, host string) ([]netip.AddrPort, error) {
			return nil, &net.DNSError{Err: "i/o timeout", Name: host, IsTimeout: true}
		},
		"lookup outlives the dial timeout": func(ctx context.Context, host string) ([]netip.AddrPort, error) {
			<-ctx.Done()
			return nil, ctx.Err()
		},
	}
	for name, lookup := range cases {
		t.Run(name, func(t *testing.T) {
			// The lookup blocks until the dial timeout ends it: a short one
			// keeps the test quick and decides nothing about speed.
			timeouts := patient
			timeouts.Dial = 200 * time.Millisecond
			tr := newTestRelay(t, Config{Timeouts: timeouts, seams: &testSeams{Lookup: lookup}})
			resp, body := post(t, tr, "cvm.tencentcloudapi.com")
			require.Equal(t, http.StatusGatewayTimeout, resp.StatusCode, "body: %s", body)
			require.Equal(t, CodeUpstreamTimeout, relayErrorCode(t, body))
			require.Contains(t, string(body), "DNS lookup")
		})
	}
}

// TestTransferEncodingClosesConnection: the relay mounted on its own closes the connection
// after a request with Transfer-Encoding where no body belongs (RFC 9112 §6.3), so a request
// pipelined behind a Content-Length + Transfer-Encoding one is never answered.
func TestTransferEncodingClosesConnection(t *testing.T) {
	rec := &recorder{}
	_, addr := newUpstream(t, rec)
	tr := newTestRelay(t, Config{seams: loopbackSeams(addr)})
	host := strings.TrimPrefix(tr.front.URL, "http://")
	next := "GET /relay/cvm.tencentcloudapi.com/?Action=Smuggled HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"
	answers := func(first string) int {
		conn, err := net.Dial("tcp", host)
		require.NoError(t, err)
		defer conn.Close()
		_, err = io.WriteString(conn, first+next)
		require.NoError(t, err)
		br := bufio.NewReader(conn)
		n := 0
		for {
			if _, err := br.Peek(1); err != nil {
				require.ErrorIs(t, err, io.EOF)
				return n
			}
			resp, err := http.ReadResponse(br, nil)
			require.NoError(t, err)
			_, err = io.Copy(io.Discard, resp.Body)
			require.NoError(t, err)
			resp.Body.Close()
			n++
		}
	}
	smuggling := "GET /relay/cvm.tencentcloudapi.com/?Action=A HTTP/1.1\r\nHost: " + host +
		"\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
	require.Equal(t, 1, answers(smuggling))
	require.Equal(t, 1, answers(strings.Replace(smuggling, "GET /relay/cvm.tencentcloudapi.com/?Action=A", "GET /ws", 1)))
	rec.mu.Lock()
	for _, s := range rec.reqs {
		require.NotEqual(t, "Action=Smuggled", s.Query, "the smuggled request reached the upstream")
	}
	rec.mu.Unlock()
	require.Equal(t, 2, answers("GET /relay/cvm.tencentcloudapi.com/?Action=A HTTP/1.1\r\nHost: "+host+"\r\n\r\n"), "without Transfer-Encoding the connection stays")
}
