package relay

import (
	"context"
	"io"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
)

// countingSeams is loopbackSeams that also counts dials.
func countingSeams(upstream netip.AddrPort, dials *atomic.Int64) *testSeams {
	tt := loopbackSeams(upstream)
	tt.OnDial = func(context.Context, netip.AddrPort) error {
		dials.Add(1)
		return nil
	}
	return tt
}

// drain is an upstream that reads the whole body and reports its size.
func drain(w http.ResponseWriter, r *http.Request) {
	n, err := io.Copy(io.Discard, r.Body)
	if err != nil {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	io.WriteString(w, `{"Response":{"Received":`+strconv.FormatInt(n, 10)+`,"RequestId":"r"}}`)
}

func TestQueryLimit(t *testing.T) {
	var dials atomic.Int64
	rec := &recorder{}
	_, addr := newUpstream(t, rec)
	tr := newTestRelay(t, Config{seams: countingSeams(addr, &dials)})
	for _, tc := range []struct {
		n      int
		status int
	}{
		{MaxQueryBytes, http.StatusOK},
		{MaxQueryBytes + 1, http.StatusRequestURITooLong},
	} {
		query := "Action=DescribeInstances&Signature=x&Pad=" + strings.Repeat("a", tc.n-len("Action=DescribeInstances&Signature=x&Pad="))
		require.Len(t, query, tc.n)
		before := rec.hits.Load()
		req, err := http.NewRequest(http.MethodGet, tr.url("cvm.tencentcloudapi.com", query), nil)
		require.NoError(t, err)
		resp, body := tr.do(t, req)
		require.Equal(t, tc.status, resp.StatusCode, "query of %d bytes: %s", tc.n, body)
		if tc.status == http.StatusOK {
			require.Len(t, rec.last(t).Query, tc.n)
		} else {
			require.Equal(t, CodeURITooLong, relayErrorCode(t, body))
			require.Equal(t, before, rec.hits.Load(), "refused query reached the upstream")
		}
	}
	require.EqualValues(t, 1, dials.Load(), "only the allowed call dialled")
}

// TestBodyLimits: at and one over each limit, via Content-Length (refused before dialling)
// and chunked (cut off while streaming).
func TestBodyLimits(t *testing.T) {
	_, addr := newUpstream(t, http.HandlerFunc(drain))
	cases := []struct {
		name    string
		tc3     bool
		n       int64
		chunked bool
		status  int
	}{
		{"v1 at limit", false, MaxBodyV1Bytes, false, http.StatusOK},
		{"v1 over limit", false, MaxBodyV1Bytes + 1, false, http.StatusRequestEntityTooLarge},
		{"v1 chunked at limit", false, MaxBodyV1Bytes, true, http.StatusOK},
		{"v1 chunked over limit", false, MaxBodyV1Bytes + 1, true, http.StatusRequestEntityTooLarge},
		{"tc3 at limit", true, MaxBodyTC3Bytes, false, http.StatusOK},
		{"tc3 over limit", true, MaxBodyTC3Bytes + 1, false, http.StatusRequestEntityTooLarge},
		{"tc3 chunked at limit", true, MaxBodyTC3Bytes, true, http.StatusOK},
		{"tc3 chunked over limit", true, MaxBodyTC3Bytes + 1, true, http.StatusRequestEntityTooLarge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var dials atomic.Int64
			tr := newTestRelay(t, Config{seams: countingSeams(addr, &dials)})
			var body io.Reader = io.LimitReader(zeros{}, tc.n)
			if tc.chunked {
				body = chunked{body}
			}
			req, err := http.NewRequest(http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), body)
			require.NoError(t, err)
			if tc.tc3 {
				req = tc3Request(t, http.MethodPost, req.URL.String(), body)
			} else {
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			}
			if tc.chunked {
				req.ContentLength = -1
			} else {
				req.ContentLength = tc.n
			}
			resp, got := tr.do(t, req)
			require.Equal(t, tc.status, resp.StatusCode, "body: %s", got)
			if tc.status == http.StatusOK {
				require.Contains(t, string(got), `"Received":`+strconv.FormatInt(tc.n, 10))
				return
			}
			require.Equal(t, CodeRequestTooLarge, relayErrorCode(t, got))
			if !tc.chunked {
				require.Zero(t, dials.Load(), "an over-long Content-Length must be refused before dialling")
			}
		})
	}
}

func TestGetWithBodyRefused(t *testing.T) {
	var dials atomic.Int64
	_, addr := newUpstream(t, http.HandlerFunc(okJSON))
	tr := newTestRelay(t, Config{seams: countingSeams(addr, &dials)})
	for _, body := range []io.Reader{strings.NewReader("x"), chunked{strings.NewReader("x")}} {
		req, err := http.NewRequest(http.MethodGet, tr.url("cvm.tencentcloudapi.com", "Action=A"), body)
		require.NoError(t, err)
		resp, got := tr.do(t, req)
		require.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode, "body: %s", got)
	}
	require.Zero(t, dials.Load())
}

func TestHeaderLimits(t *testing.T) {
	var dials atomic.Int64
	_, addr := newUpstream(t, http.HandlerFunc(okJSON))
	tr := newTestRelay(t, Config{seams: countingSeams(addr, &dials)})
	cases := []struct {
		name   string
		edit   func(h http.Header)
		status int
		code   string
	}{
		{"32 X-TC headers", func(h http.Header) { addTC(h, 32) }, http.StatusOK, ""},
		{"33 X-TC headers", func(h http.Header) { addTC(h, 33) }, http.StatusRequestHeaderFieldsTooLarge, CodeHeadersTooLarge},
		{"value at limit", func(h http.Header) { h.Set("X-TC-Token", strings.Repeat("t", maxHeaderValue)) }, http.StatusOK, ""},
		{"value over limit", func(h http.Header) { h.Set("X-TC-Token", strings.Repeat("t", maxHeaderValue+1)) }, http.StatusRequestHeaderFieldsTooLarge, CodeHeadersTooLarge},
		{"forwarded total over limit", func(h http.Header) {
			for i := 0; i < 3; i++ {
				h.Set("X-TC-Big"+strconv.Itoa(i), strings.Repeat("t", maxHeaderValue-100))
			}
		}, http.StatusRequestHeaderFieldsTooLarge, CodeHeadersTooLarge},
		{"too many fields", func(h http.Header) {
			for i := 0; i < maxHeaderFields; i++ {
				h.Add("X-Noise", "n")
			}
		}, http.StatusRequestHeaderFieldsTooLarge, CodeHeadersTooLarge},
		{"two Authorization headers", func(h http.Header) { h.Add("Authorization", "TC3-HMAC-SHA256 again") }, http.StatusBadRequest, CodeInvalidHeader},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("{}"))
			before := dials.Load()
			tc.edit(req.Header)
			resp, body := tr.do(t, req)
			require.Equal(t, tc.status, resp.StatusCode, "body: %s", body)
			if tc.code != "" {
				require.Equal(t, tc.code, relayErrorCode(t, body))
				require.Equal(t, before, dials.Load())
			}
		})
	}
}

func TestMethodNotAllowed(t *testing.T) {
	tr := newTestRelay(t, Config{seams: &testSeams{}})
	for _, m := range []string{http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions, "PROPFIND"} {
		req, err := http.NewRequest(m, tr.url("cvm.tencentcloudapi.com", ""), nil)
		require.NoError(t, err)
		resp, body := tr.do(t, req)
		require.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode, m)
		require.Equal(t, CodeMethodNotAllowed, relayErrorCode(t, body))
		require.Equal(t, "GET, POST", resp.Header.Get("Allow"))
	}
}

// addTC adds X-TC-* headers until h has n of them.
func addTC(h http.Header, n int) {
	have := 0
	for name := range h {
		if strings.HasPrefix(name, tcPrefix) {
			have++
		}
	}
	for i := have; i < n; i++ {
		h.Set("X-TC-Extra"+strconv.Itoa(i), "v")
	}
}
