package relay

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/loopbackapi"
)

// seen is what the fake upstream received.
type seen struct {
	Host   string
	Proto  string
	Query  string
	Header http.Header
	Body   []byte
}

// upstreamHeaders are the recorder's answer's headers: what the page may see, and what the
// relay must drop (cookies, alternative services, origin-altering and server-side headers).
var upstreamHeaders = http.Header{
	"Content-Type":                {"application/json"},
	"Set-Cookie":                  {"upstream=1; Path=/"},
	"Alt-Svc":                     {`h3=":443"`},
	"Strict-Transport-Security":   {"max-age=31536000"},
	"Access-Control-Allow-Origin": {"*"},
	"X-Tc-Requestid":              {"req-0001"},
	"X-Custom":                    {"dropped"},
	"X-Accel-Redirect":            {"/internal/secret"},
	"X-Sendfile":                  {"/etc/passwd"},
	"X-Frame-Options":             {"ALLOWALL"},
	"Server":                      {"tencent-api"},
}

// recorder is an upstream handler that records requests and answers with fixed headers.
type recorder struct {
	mu   sync.Mutex
	reqs []seen
	hits atomic.Int64
}

func (rec *recorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec.hits.Add(1)
	body, _ := io.ReadAll(r.Body)
	h := r.Header.Clone()
	rec.mu.Lock()
	rec.reqs = append(rec.reqs, seen{Host: r.Host, Proto: r.Proto, Query: r.URL.RawQuery, Header: h, Body: body})
	rec.mu.Unlock()
	setHeaders(w.Header(), upstreamHeaders)
	if r.ProtoMajor == 1 {
		setHeaders(w.Header(), http.Header{"Connection": {"X-Hop"}, "X-Hop": {"hop-by-hop"}})
	}
	io.WriteString(w, `{"Response":{"TotalCount":0,"RequestId":"req-0001"}}`)
}

func (rec *recorder) last(t *testing.T) seen {
	t.Helper()
	rec.mu.Lock()
	defer rec.mu.Unlock()
	require.NotEmpty(t, rec.reqs, "the upstream saw no request")
	return rec.reqs[len(rec.reqs)-1]
}

func TestRoundTrip(t *testing.T) {
	for _, h2 := range []bool{false, true} {
		name := "http1"
		if h2 {
			name = "h2"
		}
		t.Run(name, func(t *testing.T) {
			rec := &recorder{}
			_, addr := loopbackapi.Start(t, rec, h2)
			tr := newTestRelay(t, Config{seams: loopbackSeams(addr)})

			body := `{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`
			query := "b=%2F&a=1+2&c=%e4%b8%80" // odd but legal: must arrive byte for byte
			req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", query), strings.NewReader(body))
			// The token goes on; the browser's, the proxies' and the relay's own headers stop here.
			setHeaders(req.Header, http.Header{
				"X-Tc-Token":          {"tmp-token"},
				"Cookie":              {"session=browser"},
				"X-Forwarded-For":     {"203.0.113.9"},
				"Forwarded":           {"for=203.0.113.9"},
				"Referer":             {"http://page.example/"},
				"Keep-Alive":          {"timeout=5"},
				"Proxy-Authorization": {"Basic eA=="},
				HeaderClientTime:      {"1551113065000"},
				HeaderCallID:          {"page-call-1"},
				"X-Tc-Hop":            {"for the relay only"},
				"Connection":          {"keep-alive, X-TC-Hop"},
			})
			resp, got := tr.do(t, req)

			require.Equal(t, http.StatusOK, resp.StatusCode, "body: %s", got)
			require.Equal(t, `{"Response":{"TotalCount":0,"RequestId":"req-0001"}}`, string(got))

			s := rec.last(t)
			require.Equal(t, "cvm.tencentcloudapi.com", s.Host)
			require.Equal(t, query, s.Query)
			require.Equal(t, body, string(s.Body))
			s.Header.Del("Content-Length") // the transport's framing, present on http/1.1
			want := http.Header{
				"Authorization":  req.Header.Values("Authorization"),
				"Content-Type":   {"application/json; charset=utf-8"},
				"X-Tc-Action":    {"DescribeInstances"},
				"X-Tc-Version":   {"2017-03-12"},
				"X-Tc-Region":    {"ap-guangzhou"},
				"X-Tc-Timestamp": {"1551113065"},
				"X-Tc-Token":     {"tmp-token"},
				"User-Agent":     {userAgent},
			}
			if diff := cmp.Diff(want, s.Header); diff != "" {
				t.Errorf("headers the upstream received (-want +got):\n%s", diff)
			}

			// Back to the page: cookies, hop-by-hop and origin-altering headers are gone.
			for _, name := range []string{"Set-Cookie", "Alt-Svc", "Strict-Transport-Security", "X-Hop", "Connection",
				"X-Custom", "X-Accel-Redirect", "X-Sendfile", "X-Frame-Options"} {
				require.Empty(t, resp.Header.Values(name), name)
			}
			require.Equal(t, "tencent-api", resp.Header.Get("Server"))
			require.Empty(t, resp.Header.Get("Access-Control-Allow-Origin"), "no Origin was sent, so no CORS header")
			require.Equal(t, "req-0001", resp.Header.Get("X-Tc-Requestid"))
			require.Equal(t, "application/json", resp.Header.Get("Content-Type"))
			require.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
			require.Equal(t, "page-call-1", resp.Header.Get(HeaderCallID))
		})
	}
}

func TestRoundTripV1Get(t *testing.T) {
	rec := &recorder{}
	_, addr := newUpstream(t, rec)
	tr := newTestRelay(t, Config{seams: loopbackSeams(addr)})
	query := "Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Signature=EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D&Timestamp=1465185768&Version=2017-03-12"
	req, err := http.NewRequest(http.MethodGet, tr.url("cvm.ap-guangzhou.tencentcloudapi.com", query), nil)
	require.NoError(t, err)
	resp, body := tr.do(t, req)
	require.Equal(t, http.StatusOK, resp.StatusCode, "body: %s", body)
	s := rec.last(t)
	require.Equal(t, query, s.Query)
	require.Equal(t, "cvm.ap-guangzhou.tencentcloudapi.com", s.Host)
	require.Empty(t, s.Header.Get("Content-Type"))
	require.Contains(t, tr.logs.String(), `"action":"DescribeInstances"`)
	require.Contains(t, tr.logs.String(), `"region":"ap-guangzhou"`)
	require.Contains(t, tr.logs.String(), `"requestId":"req-0001"`)
}

func TestRedirectNotFollowed(t *testing.T) {
	var hits atomic.Int64
	_, addr := newUpstream(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Location", "https://metadata.tencentyun.com/latest/meta-data/")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusFound)
		io.WriteString(w, `<a href="https://metadata.tencentyun.com/latest/meta-data/">Found</a>`)
	}))
	tr := newTestRelay(t, Config{seams: loopbackSeams(addr)})
	tr.client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, body := tr.do(t, tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("{}")))
	require.Equal(t, http.StatusFound, resp.StatusCode)
	require.Empty(t, resp.Header.Get("Location"), "the page must not be sent anywhere by the upstream")
	require.Equal(t, "text/plain; charset=utf-8", resp.Header.Get("Content-Type"), "HTML from upstream is never served as HTML")
	require.Equal(t, "text/html; charset=utf-8", resp.Header.Get(HeaderUpstreamContentType))
	require.Contains(t, string(body), "metadata.tencentyun.com")
	require.EqualValues(t, 1, hits.Load())
}

// TestUpstreamStatusPassedThrough: whatever the API answers reaches the page with its status.
func TestUpstreamStatusPassedThrough(t *testing.T) {
	_, addr := newUpstream(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, `{"Response":{"Error":{"Code":"InternalError","Message":"x"},"RequestId":"r-503"}}`)
	}))
	tr := newTestRelay(t, Config{seams: loopbackSeams(addr)})
	resp, body := tr.do(t, tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("{}")))
	require.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	require.Equal(t, "InternalError", relayErrorCode(t, body))
}

// TestStreaming10MB: a 10 MB TC3 body streams — the upstream starts receiving before the
// client has finished sending — and arrives intact.
func TestStreaming10MB(t *testing.T) {
	firstBytes := make(chan struct{})
	var got atomic.Int64
	sum := make(chan string, 1)
	_, addr := newUpstream(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := sha256.New()
		var once sync.Once
		buf := make([]byte, 32<<10)
		for {
			n, err := r.Body.Read(buf)
			if n > 0 {
				once.Do(func() { close(firstBytes) })
				got.Add(int64(n))
				h.Write(buf[:n])
			}
			if err != nil {
				break
			}
		}
		sum <- hex.EncodeToString(h.Sum(nil))
		okJSON(w, r)
	}))
	tr := newTestRelay(t, Config{seams: loopbackSeams(addr)})

	const total = MaxBodyTC3Bytes
	pr, pw := io.Pipe()
	want := sha256.New()
	go func() {
		chunk := bytes.Repeat([]byte("0123456789abcdef"), 4096) // 64 KiB
		sent := 0
		for sent < total {
			if sent == 1<<20 { // hold the rest back until the upstream has seen the start
				select {
				case <-firstBytes:
				case <-time.After(patience):
					pw.CloseWithError(io.ErrUnexpectedEOF)
					return
				}
			}
			n := min(len(chunk), total-sent)
			want.Write(chunk[:n])
			if _, err := pw.Write(chunk[:n]); err != nil {
				return
			}
			sent += n
		}
		pw.Close()
	}()
	req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), pr)
	req.ContentLength = total
	resp, body := tr.do(t, req)
	require.Equal(t, http.StatusOK, resp.StatusCode, "body: %s", body)
	require.EqualValues(t, total, got.Load())
	require.Equal(t, hex.EncodeToString(want.Sum(nil)), <-sum)
}

func TestClientDisconnectCancelsUpstream(t *testing.T) {
	arrived := make(chan struct{})
	cancelled := make(chan struct{})
	_, addr := newUpstream(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(arrived)
		select {
		case <-r.Context().Done():
			close(cancelled)
		case <-time.After(patience):
		}
	}))
	tr := newTestRelay(t, Config{seams: loopbackSeams(addr)})
	ctx, cancel := context.WithCancel(context.Background())
	req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("{}")).WithContext(ctx)
	errc := make(chan error, 1)
	go func() {
		resp, err := tr.client.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		errc <- err
	}()
	<-arrived
	cancel()
	select {
	case <-cancelled:
	case <-time.After(patience):
		require.FailNow(t, "the upstream call was not cancelled when the client went away")
	}
	require.Error(t, <-errc)
	require.Eventually(t, func() bool { return strings.Contains(tr.logs.String(), CodeClientClosed) }, patience, 10*time.Millisecond)
}
