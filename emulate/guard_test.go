package emulate_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/emulate"
	"github.com/tcsig/tcsig/verify"
)

// heldBody tells when the handler starts reading it, then blocks until
// released: the request holds its verification slot meanwhile.
type heldBody struct {
	reading chan struct{}
	release chan struct{}
	once    sync.Once
}

func (b *heldBody) Read(p []byte) (int, error) {
	b.once.Do(func() { close(b.reading) })
	<-b.release
	return 0, io.EOF
}

// Past MaxConcurrent requests in flight, the endpoint answers at once with
// RequestLimitExceeded in the API's shape (HTTP 200); a freed slot is
// taken again.
func TestConcurrencyCap(t *testing.T) {
	h := emulate.New(map[string]string{id: key}, emulate.Options{MaxConcurrent: 2})
	var held []*heldBody
	var wg sync.WaitGroup
	for range 2 {
		b := &heldBody{reading: make(chan struct{}), release: make(chan struct{})}
		held = append(held, b)
		wg.Add(1)
		go func() {
			defer wg.Done()
			h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "http://127.0.0.1/", b))
		}()
		<-b.reading
	}

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "http://127.0.0.1/", strings.NewReader("{}")))
	require.Equal(t, http.StatusOK, rec.Code)
	env := decode(t, rec.Body.Bytes())
	require.NotNil(t, env.Response.Error)
	assert.Equal(t, verify.CodeRequestLimitExceeded, env.Response.Error.Code)
	assert.Equal(t, verify.APIMessage(verify.CodeRequestLimitExceeded), env.Response.Error.Message)
	assert.Len(t, env.Response.RequestId, 36)

	close(held[0].release)
	close(held[1].release)
	wg.Wait()
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "http://127.0.0.1/", strings.NewReader("{}")))
	env = decode(t, rec.Body.Bytes())
	require.NotNil(t, env.Response.Error)
	assert.Equal(t, verify.CodeInvalidAuthorization, env.Response.Error.Code, "verified again once the slots are free")
}

// With GuardHost, a Host that is not loopback or an API name gets 421
// before anything is read or verified: a DNS-rebinding page cannot use the
// emulator as its own origin.
func TestHostGuard(t *testing.T) {
	srv := httptest.NewServer(emulate.New(map[string]string{id: key}, emulate.Options{GuardHost: true, AlsoHosts: []string{"192.0.2.7"}}))
	defer srv.Close()
	for host, want := range map[string]int{
		"127.0.0.1:9000":          http.StatusOK,
		"127.1.2.3":               http.StatusOK,
		"localhost:9000":          http.StatusOK,
		"LOCALHOST.":              http.StatusOK,
		"[::1]:9000":              http.StatusOK,
		"[::ffff:127.0.0.1]:9000": http.StatusOK,
		"cvm.tencentcloudapi.com": http.StatusOK,
		"cvm.ap-guangzhou.tencentcloudapi.com:443": http.StatusOK,
		"192.0.2.7:9000":                           http.StatusOK, // the listen address, given
		"rebind.attacker.example:9000":             http.StatusMisdirectedRequest,
		"attacker.example":                         http.StatusMisdirectedRequest,
		"tencentcloudapi.com":                      http.StatusMisdirectedRequest,
		"cvm.tencentcloudapi.com.attacker.example": http.StatusMisdirectedRequest,
		"evil_tencentcloudapi.com":                 http.StatusMisdirectedRequest,
		"a..tencentcloudapi.com":                   http.StatusMisdirectedRequest,
		"localhost.attacker.example":               http.StatusMisdirectedRequest,
		"127.0.0.1.nip.io":                         http.StatusMisdirectedRequest,
		"10.0.0.1:9000":                            http.StatusMisdirectedRequest,
		"[fe80::1%25lo]:9000":                      http.StatusMisdirectedRequest,
		"0.0.0.0:9000":                             http.StatusMisdirectedRequest,
	} {
		t.Run(host, func(t *testing.T) {
			req, err := http.NewRequest("POST", srv.URL, strings.NewReader("{}"))
			require.NoError(t, err)
			req.Host = host
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			assert.Equal(t, want, resp.StatusCode, "body %s", body)
			if want == http.StatusOK {
				assert.Contains(t, string(body), `"Code":"AuthFailure.InvalidAuthorization"`)
			}
		})
	}
}

// Without GuardHost (tcsig serve guards every path itself) any Host is served.
func TestHostGuardOff(t *testing.T) {
	rec := httptest.NewRecorder()
	emulate.New(nil, emulate.Options{}).ServeHTTP(rec, httptest.NewRequest("POST", "http://rebind.attacker.example/", strings.NewReader("{}")))
	assert.Equal(t, http.StatusOK, rec.Code)
}
