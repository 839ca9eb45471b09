//go:build !js

package signer

// Benchmarks against the official SDK in the same run (`make bench`).
// Compare ratios, not absolute times:
//
//	BenchmarkSDKSend / BenchmarkSign       ours against the SDK's whole Client.Send
//	BenchmarkSign / BenchmarkBareTC3       the cost of the full trace over a bare signer
//	BenchmarkSign10MB / BenchmarkSHA256_10MB  hashing a 10 MB body against raw crypto/sha256
//
// BenchmarkRatios and BenchmarkRatio10MB measure the same ratios in
// alternating bursts inside one benchmark, which holds up on a machine
// whose load changes from one benchmark to the next; every benchmark also
// reports cpu-ns/op (process CPU time) beside ns/op. Run with -count=5 and
// take medians.
//
// All sign the same request: TC3 POST, a 200-byte JSON body, the
// documentation's keys and timestamp.

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"

	"github.com/tcsig/tcsig/internal/sdktest"
	"github.com/tcsig/tcsig/protocol"
)

// benchBody is the 200-byte JSON body the SDK sends for benchSDKRequest.
const benchBody = `{"InstanceIds":["ins-09dx96dg","ins-0n5uwjwk"],"Filters":[{"Name":"zone","Values":["ap-guangzhou-3","ap-guangzhou-4"]},{"Name":"instance-name","Values":["未命名"]}],"Offset":0,"Limit":20,"DryRun":false}`

func benchSDKRequest() *sdktest.Request {
	s := func(v string) *string { return &v }
	zero, limit, dry := int64(0), int64(20), false
	req := sdktest.NewRequest("cvm", "2017-03-12", "DescribeInstances")
	req.InstanceIds = []*string{s("ins-09dx96dg"), s("ins-0n5uwjwk")}
	req.Filters = []*sdktest.Filter{
		{Name: s("zone"), Values: []*string{s("ap-guangzhou-3"), s("ap-guangzhou-4")}},
		{Name: s("instance-name"), Values: []*string{s("未命名")}},
	}
	req.Offset, req.Limit, req.DryRun = &zero, &limit, &dry
	return req
}

func benchRequest() (*Request, Credentials) {
	return &Request{
			Method: "POST", Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
			Version: "2017-03-12", Region: "ap-guangzhou", Language: "zh-CN", Timestamp: 1551113065,
			Payload: []byte(benchBody),
		}, Credentials{
			SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
		}
}

// benchSDKClient is the official SDK's client the benchmarks compare with,
// signing the benchmarks' request with the documentation's example keys.
var benchSDKClient = sdktest.Client{
	Region: "ap-guangzhou", Method: "POST", SignMethod: AlgorithmTC3, Language: "zh-CN",
	SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
}

// TestBenchInputsAgree makes sure the benchmarks compare like with like:
// the SDK sends benchBody, and every signer in this file produces the
// SDK's Authorization for it.
func TestBenchInputsAgree(t *testing.T) {
	client, tr := benchSDKClient.Build()
	require.NoError(t, client.Send(benchSDKRequest(), sdktest.NewResponse()))
	require.Equal(t, benchBody, string(tr.Body), "sdk body")
	require.GreaterOrEqual(t, len(benchBody), 190, "body bytes")
	require.LessOrEqual(t, len(benchBody), 210, "body bytes")
	ts, _ := strconv.ParseInt(tr.Req.Header.Get(protocol.HeaderTimestamp), 10, 64)
	r, c := benchRequest()
	r.Timestamp = ts
	res, err := Sign(r, c)
	require.NoError(t, err)
	want := tr.Req.Header.Get(protocol.HeaderAuthorization)
	assert.Equal(t, want, res.Authorization, "Sign, against the SDK")
	assert.Equal(t, want, bareTC3(r, c), "bareTC3, against the SDK")
	assert.Equal(t, want, sdkTC3Steps(r, c), "sdkTC3Steps, against the SDK")
}

// TestSignAllocations guards the allocation budget of a typical TC3
// signing (the trace included): a regression fails here, not in a
// benchmark nobody reads.
func TestSignAllocations(t *testing.T) {
	r, c := benchRequest()
	var err error // the same inputs every run: the last run's error is every run's
	allocs := testing.AllocsPerRun(200, func() { _, err = Sign(r, c) })
	require.NoError(t, err)
	assert.LessOrEqual(t, allocs, 25.0, "Sign's allocations per call (budget 25)")
}

// measure runs op as the benchmark's body, reporting its allocations and,
// beside the wall time, the process's CPU time per op.
func measure(b *testing.B, op func() error) {
	b.ReportAllocs()
	start, _ := processCPU()
	for b.Loop() {
		if err := op(); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// benchTransport answers without a network and without reading the body:
// the cheapest transport possible, so the SDK's numbers are its own.
type benchTransport struct{}

func (benchTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return &http.Response{
		StatusCode: http.StatusOK, Status: "200 OK", Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header:  http.Header{"Content-Type": {"application/json"}},
		Body:    io.NopCloser(strings.NewReader(sdktest.OKResponse)),
		Request: r,
	}, nil
}

func BenchmarkSDKSend(b *testing.B) {
	client, _ := benchSDKClient.Build()
	client.WithHttpTransport(benchTransport{})
	req := benchSDKRequest()
	measure(b, func() error { return client.Send(req, sdktest.NewResponse()) })
}

// BenchmarkSDKSignSteps: the SDK exports no TC3 signing step (sha256hex and
// hmacsha256 are unexported; common.Sign is the v1 HMAC), so its steps are
// timed through sdkTC3Steps, a line-for-line copy of sendWithSignatureV3's
// signing statements (fmt.Sprintf, a new hmac per step, string keys).
func BenchmarkSDKSignSteps(b *testing.B) {
	r, c := benchRequest()
	measure(b, func() error { _ = sdkTC3Steps(r, c); return nil })
}

func BenchmarkBareTC3(b *testing.B) {
	r, c := benchRequest()
	measure(b, func() error { _ = bareTC3(r, c); return nil })
}

func BenchmarkSign(b *testing.B) {
	r, c := benchRequest()
	measure(b, func() error { _, err := Sign(r, c); return err })
}

func BenchmarkSigner(b *testing.B) {
	r, c := benchRequest()
	var s Signer
	measure(b, func() error { _, err := s.Sign(r, c); return err })
}

// body10MB is a JSON-ish body of exactly the TC3 POST limit, made only when
// a 10 MB benchmark runs.
func body10MB() []byte {
	return bytes.Repeat([]byte(`{"k":"0123456789abcdef"}`), protocol.LimitPOSTTC3/24+1)[:protocol.LimitPOSTTC3]
}

func BenchmarkSign10MB(b *testing.B) {
	r, c := benchRequest()
	r.Payload = body10MB()
	b.SetBytes(int64(len(r.Payload)))
	measure(b, func() error { _, err := Sign(r, c); return err })
}

func BenchmarkSHA256_10MB(b *testing.B) {
	body := body10MB()
	b.SetBytes(int64(len(body)))
	measure(b, func() error { _ = sha256.Sum256(body); return nil })
}

// BenchmarkRatios runs the SDK, ours, ours through a reused Signer (its
// key chain cached) and the bare signer in alternating bursts within one
// benchmark and reports their ratios (wall and CPU time), so load that
// changes between benchmarks on a shared machine cannot skew the
// comparison: sdk/ours and sdk/signer (target >= 8), ours/bare (<= 1.5).
func BenchmarkRatios(b *testing.B) {
	client, _ := benchSDKClient.Build()
	client.WithHttpTransport(benchTransport{})
	req := benchSDKRequest()
	r, c := benchRequest()
	const burst = 200
	var wall, cpu [4]int64 // sdk, ours, bare, Signer
	var signer Signer
	timed := func(i int, f func()) {
		// Collect outside the timing, so no burst pays for another's
		// garbage (this leaves most of the SDK's GC cost uncounted).
		b.StopTimer()
		runtime.GC()
		b.StartTimer()
		c0, _ := processCPU()
		t0 := time.Now()
		for range burst {
			f()
		}
		wall[i] += int64(time.Since(t0))
		c1, _ := processCPU()
		cpu[i] += c1 - c0
	}
	for b.Loop() {
		timed(0, func() {
			if err := client.Send(req, sdktest.NewResponse()); err != nil {
				b.Fatal(err)
			}
		})
		timed(1, func() {
			if _, err := Sign(r, c); err != nil {
				b.Fatal(err)
			}
		})
		timed(2, func() { _ = bareTC3(r, c) })
		timed(3, func() {
			if _, err := signer.Sign(r, c); err != nil {
				b.Fatal(err)
			}
		})
	}
	b.ReportMetric(float64(wall[0])/float64(wall[1]), "sdk/ours")
	b.ReportMetric(float64(wall[1])/float64(wall[2]), "ours/bare")
	b.ReportMetric(float64(wall[0])/float64(wall[3]), "sdk/signer")
	if cpu[1] > 0 && cpu[2] > 0 && cpu[3] > 0 {
		b.ReportMetric(float64(cpu[0])/float64(cpu[1]), "sdk/ours-cpu")
		b.ReportMetric(float64(cpu[1])/float64(cpu[2]), "ours/bare-cpu")
		b.ReportMetric(float64(cpu[0])/float64(cpu[3]), "sdk/signer-cpu")
	}
}

// BenchmarkRatio10MB alternates signing a 10 MB body with hashing it
// alone and reports ours/raw: our throughput as a share of crypto/sha256's
// (target >= 0.95). A JSON body is also checked for UTF-8 (on a second
// core when there is one); ours-octet/raw is an octet-stream body, which
// is only hashed.
func BenchmarkRatio10MB(b *testing.B) {
	r, c := benchRequest()
	r.Payload = body10MB()
	octet := *r
	octet.ContentType = protocol.ContentTypeOctet // hashed only: no UTF-8 check
	var ours, oursOctet, raw time.Duration
	for b.Loop() {
		t0 := time.Now()
		if _, err := Sign(r, c); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := Sign(&octet, c); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		_ = sha256.Sum256(r.Payload)
		raw += time.Since(t2)
		ours += t1.Sub(t0)
		oursOctet += t2.Sub(t1)
	}
	b.ReportMetric(float64(raw)/float64(ours), "ours/raw")
	b.ReportMetric(float64(raw)/float64(oursOctet), "ours-octet/raw")
}

// bareTC3 is a minimal, careful stdlib TC3 signer: the four steps and the
// Authorization header, no trace, no validation. The baseline for what
// the trace costs.
func bareTC3(r *Request, c Credentials) string {
	body := sha256.Sum256(r.Payload)
	var cr strings.Builder
	cr.Grow(256)
	cr.WriteString("POST\n/\n\ncontent-type:application/json\nhost:")
	cr.WriteString(r.Host)
	cr.WriteString("\n\ncontent-type;host\n")
	cr.WriteString(hex.EncodeToString(body[:]))
	crSum := sha256.Sum256([]byte(cr.String()))

	date := time.Unix(r.Timestamp, 0).UTC().Format("2006-01-02")
	scope := date + "/" + r.Service + "/tc3_request"
	sts := "TC3-HMAC-SHA256\n" + strconv.FormatInt(r.Timestamp, 10) + "\n" + scope + "\n" + hex.EncodeToString(crSum[:])

	h := func(key []byte, msg string) []byte {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(msg))
		return m.Sum(nil)
	}
	k := h(h(h([]byte("TC3"+c.SecretKey), date), r.Service), "tc3_request")
	return "TC3-HMAC-SHA256 Credential=" + c.SecretID + "/" + scope +
		", SignedHeaders=content-type;host, Signature=" + hex.EncodeToString(h(k, sts))
}

// sdkTC3Steps copies the signing statements of the SDK v1.3.212's
// sendWithSignatureV3 (client.go) for the same request.
func sdkTC3Steps(r *Request, c Credentials) string {
	sha256hex := func(s string) string {
		b := sha256.Sum256([]byte(s))
		return hex.EncodeToString(b[:])
	}
	hmacsha256 := func(s, key string) string {
		hashed := hmac.New(sha256.New, []byte(key))
		hashed.Write([]byte(s))
		return string(hashed.Sum(nil))
	}
	headers := map[string]string{"Content-Type": "application/json", "Host": r.Host,
		"X-TC-Timestamp": strconv.FormatInt(r.Timestamp, 10)}
	canonicalHeaders := fmt.Sprintf("content-type:%s\nhost:%s\n", headers["Content-Type"], headers["Host"])
	signedHeaders := "content-type;host"
	requestPayload := string(r.Payload)
	hashedRequestPayload := sha256hex(requestPayload)
	canonicalRequest := fmt.Sprintf("%s\n%s\n%s\n%s\n%s\n%s", "POST", "/", "", canonicalHeaders, signedHeaders, hashedRequestPayload)
	algorithm := "TC3-HMAC-SHA256"
	requestTimestamp := headers["X-TC-Timestamp"]
	timestamp, _ := strconv.ParseInt(requestTimestamp, 10, 64)
	date := time.Unix(timestamp, 0).UTC().Format("2006-01-02")
	credentialScope := fmt.Sprintf("%s/%s/tc3_request", date, r.Service)
	hashedCanonicalRequest := sha256hex(canonicalRequest)
	string2sign := fmt.Sprintf("%s\n%s\n%s\n%s", algorithm, requestTimestamp, credentialScope, hashedCanonicalRequest)
	secretDate := hmacsha256(date, "TC3"+c.SecretKey)
	secretService := hmacsha256(r.Service, secretDate)
	secretKey := hmacsha256("tc3_request", secretService)
	signature := hex.EncodeToString([]byte(hmacsha256(string2sign, secretKey)))
	return fmt.Sprintf("%s Credential=%s/%s, SignedHeaders=%s, Signature=%s", algorithm, c.SecretID, credentialScope, signedHeaders, signature)
}

var _ tchttp.Request = (*sdktest.Request)(nil)
