//go:build !js

// Differential tests: the official Go SDK (tencentcloud-sdk-go common
// v1.3.212) signs hundreds of random requests, a RoundTripper captures what
// it would send, and our signer must produce the same signature, URL, body
// and headers from the same inputs. The SDK is a test-only dependency and
// stays out of the WebAssembly run.

package signer

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	tcjson "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/json"

	"github.com/tcsig/tcsig/internal/sdktest"
	"github.com/tcsig/tcsig/protocol"
)

var diffSeed = flag.Uint64("diffseed", 0, "seed for TestSDKDifferential (0: time-based; the seed is printed on failure)")

// gen draws random request content. Every field can be absent; strings mix
// plain text, CJK, emoji and the characters that break hand-written
// escapers; empty strings appear as fields and as array elements.
type gen struct{ r *rand.Rand }

var stringPieces = []string{
	"", "a", "ins-09dx96dg", "instance-name", "zone", "未命名", "测试", "東京", "😀", "👍🏽", "é",
	"#", "+", "=", "%", "&", "/", "?", " ", "~", "a b", "a+b&c=d", "100%", "<>&", "\"", "\\", "'",
	"\t", "\n", "*", ";", ",", ":", "@", "!", "$", "(", ")", "[", "]", "{", "}", "-_.",
}

func (g gen) str() string {
	if g.r.IntN(8) == 0 {
		return "" // empty strings are a case of their own
	}
	var b strings.Builder
	for range 1 + g.r.IntN(4) {
		b.WriteString(stringPieces[g.r.IntN(len(stringPieces))])
	}
	return b.String()
}

func (g gen) present() bool { return g.r.IntN(10) < 7 }

func (g gen) strp() *string {
	if !g.present() {
		return nil
	}
	s := g.str()
	return &s
}

func (g gen) strs(max int) []*string {
	if !g.present() {
		return nil
	}
	out := make([]*string, g.r.IntN(max+1))
	for i := range out {
		s := g.str()
		out[i] = &s
	}
	return out
}

func (g gen) int64p() *int64 {
	if !g.present() {
		return nil
	}
	var v int64
	switch g.r.IntN(4) {
	case 0:
		v = int64(g.r.IntN(100))
	case 1:
		v = -int64(g.r.IntN(1 << 20))
	case 2:
		v = math.MaxInt64 - int64(g.r.IntN(1000))
	default:
		v = g.r.Int64()
	}
	return &v
}

func (g gen) uint64v() uint64 {
	switch g.r.IntN(3) {
	case 0:
		return uint64(g.r.IntN(1000))
	case 1:
		return 1<<53 + uint64(g.r.IntN(1000)) // beyond float64's exact integers
	default:
		return math.MaxUint64 - uint64(g.r.IntN(1000))
	}
}

func (g gen) boolp() *bool {
	if !g.present() {
		return nil
	}
	b := g.r.IntN(2) == 0
	return &b
}

func (g gen) fill(req *sdktest.Request) {
	req.InstanceIds = g.strs(12) // > 10 elements exercise byte-order sorting (.10 < .2)
	if g.present() {
		req.Filters = make([]*sdktest.Filter, g.r.IntN(4))
		for i := range req.Filters {
			req.Filters[i] = &sdktest.Filter{Name: g.strp(), Values: g.strs(4)}
		}
	}
	req.Offset = g.int64p()
	req.Limit = g.int64p()
	if g.present() {
		v := g.uint64v()
		req.DiskSize = &v
	}
	req.DryRun = g.boolp()
	req.InstanceName = g.strp()
	if g.present() {
		req.Placement = &sdktest.Placement{Zone: g.strp(), ProjectId: g.int64p(), HostIds: g.strs(3)}
	}
	if g.present() {
		req.TagSpecification = make([]*sdktest.TagSpecification, g.r.IntN(3))
		for i := range req.TagSpecification {
			ts := &sdktest.TagSpecification{ResourceType: g.strp()}
			if g.present() {
				ts.Tags = make([]*sdktest.Tag, g.r.IntN(3))
				for j := range ts.Tags {
					ts.Tags[j] = &sdktest.Tag{Key: g.strp(), Value: g.strp()}
				}
			}
			req.TagSpecification[i] = ts
		}
	}
	if g.present() {
		req.Sizes = make([]*uint64, g.r.IntN(3))
		for i := range req.Sizes {
			v := g.uint64v()
			req.Sizes[i] = &v
		}
	}
	if g.present() {
		req.Flags = make([]*bool, g.r.IntN(3))
		for i := range req.Flags {
			b := g.r.IntN(2) == 0
			req.Flags[i] = &b
		}
	}
	if g.present() {
		// Quarters print the same in JSON and in the SDK's 'f' format;
		// see TestSDKFlattenFloatsDiffer for the values that do not.
		req.Weights = make([]*float64, g.r.IntN(3))
		for i := range req.Weights {
			f := float64(g.r.IntN(4000)-2000) / 4
			req.Weights[i] = &f
		}
	}
}

var diffRegions = []string{"ap-guangzhou", "ap-shanghai", "ap-singapore", "na-ashburn", "ap-shanghai-fsi", ""}

// diffCase is one random configuration of client and request.
type diffCase struct {
	client  sdktest.Client
	service string
	action  string
	version string
}

func (g gen) diffCase(method, signMethod string) diffCase {
	c := diffCase{service: "cvm", action: "DescribeInstances", version: "2017-03-12"}
	if g.r.IntN(3) == 0 {
		c.service, c.action, c.version = "tmt", "TextTranslate", "2018-03-21"
	}
	o := sdktest.Client{
		Region: diffRegions[g.r.IntN(len(diffRegions))], Method: method, SignMethod: signMethod,
		Language:  []string{"zh-CN", "en-US"}[g.r.IntN(2)],
		SecretID:  "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
		SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
	}
	if g.r.IntN(3) == 0 {
		o.SecretID, o.SecretKey = "AKID"+randAlnum(g.r, 32), randAlnum(g.r, 32)
	}
	switch g.r.IntN(3) {
	case 0: // nearest: the SDK's default <service>.tencentcloudapi.com
	case 1:
		if o.Region != "" {
			o.Endpoint = c.service + "." + o.Region + ".tencentcloudapi.com"
		}
	default:
		o.Endpoint = c.service + ".intl.tencentcloudapi.com"
	}
	if g.r.IntN(3) == 0 {
		o.Token = "token-" + randAlnum(g.r, 40) // temporary credentials
	}
	if signMethod == AlgorithmTC3 && method == "POST" && g.r.IntN(6) == 0 {
		o.UnsignedPayload = true
	}
	c.client = o
	return c
}

func randAlnum(r *rand.Rand, n int) string {
	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, n)
	for i := range b {
		b[i] = alnum[r.IntN(len(alnum))]
	}
	return string(b)
}

func TestSDKDifferential(t *testing.T) {
	seed := *diffSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	const perCombination = 100
	combos := []struct{ method, signMethod string }{
		{"POST", AlgorithmTC3}, {"GET", AlgorithmTC3},
		{"GET", HmacSHA1}, {"POST", HmacSHA1},
		{"GET", HmacSHA256}, {"POST", HmacSHA256},
	}
	failed := 0
	for ci, combo := range combos {
		g := gen{rand.New(rand.NewPCG(seed, uint64(ci)))}
		for i := range perCombination {
			dc := g.diffCase(combo.method, combo.signMethod)
			req := sdktest.NewRequest(dc.service, dc.version, dc.action)
			g.fill(req)
			if !assert.NoError(t, diffOne(dc, req), "%s %s case %d (seed %d; rerun with -args -diffseed=%d)",
				combo.method, combo.signMethod, i, seed, seed) {
				failed++
				if failed >= 5 {
					t.FailNow()
				}
			}
		}
	}
}

// diffOne sends req through the SDK, then signs the same inputs with our
// signer and reports the first difference.
func diffOne(dc diffCase, req *sdktest.Request) error {
	// The parameters as a user of tcsig gives them: the JSON the SDK would
	// send as a TC3 body, which Flatten turns into GET/v1 parameters.
	data, err := tcjson.Marshal(req)
	if err != nil {
		return fmt.Errorf("sdk json: %v", err)
	}
	client, tr := dc.client.Build()
	if err := client.Send(req, sdktest.NewResponse()); err != nil {
		return fmt.Errorf("sdk send: %v", err)
	}
	sent := tr.Req
	o := dc.client
	ours := &Request{
		Method: sent.Method, Host: sent.Host, Service: dc.service, Action: dc.action, Version: dc.version,
		Region: o.Region, Language: o.Language, SignatureMethod: o.SignMethod,
	}
	cred := Credentials{SecretID: o.SecretID, SecretKey: o.SecretKey, Token: o.Token}
	wantHost := o.Endpoint
	if wantHost == "" {
		wantHost = dc.service + ".tencentcloudapi.com"
	}
	if sent.Host != wantHost {
		return fmt.Errorf("sdk sent host %q, want %q", sent.Host, wantHost)
	}

	if o.SignMethod == AlgorithmTC3 {
		ours.Timestamp, err = strconv.ParseInt(sent.Header.Get(protocol.HeaderTimestamp), 10, 64)
		if err != nil {
			return fmt.Errorf("sdk timestamp: %v", err)
		}
		ours.UnsignedPayload = o.UnsignedPayload
		ours.Header = []Header{{"X-TC-RequestClient", sent.Header.Get("X-TC-RequestClient")}}
		if sent.Method == "GET" {
			if ours.Params, err = Flatten(data); err != nil {
				return fmt.Errorf("flatten %s: %v", data, err)
			}
		} else {
			ours.Payload = tr.Body
		}
	} else {
		got, err := v1Params(sent.URL.RawQuery, tr.Body)
		if err != nil {
			return fmt.Errorf("sdk params: %v", err)
		}
		if ours.Timestamp, err = strconv.ParseInt(got.Get("Timestamp"), 10, 64); err != nil {
			return fmt.Errorf("sdk timestamp: %v", err)
		}
		ours.Nonce = got.Get("Nonce")
		if ours.Params, err = Flatten(data); err != nil {
			return fmt.Errorf("flatten %s: %v", data, err)
		}
		ours.Params = append(ours.Params, Param{"RequestClient", sdktest.RequestClient})
		if o.Region == "" {
			// The SDK signs Region= even without a region; we leave an
			// empty region out unless asked, so ask.
			ours.Params = append(ours.Params, Param{"Region", ""})
		}
	}

	res, err := Sign(ours, cred)
	if err != nil {
		return fmt.Errorf("our signer: %v\nsdk json %s", err, data)
	}
	if err := sameAsSDK(res, sent, tr.Body, o.SignMethod); err != nil {
		return fmt.Errorf("%v\nsdk json %s\nour string to sign:\n%s", err, data, res.StringToSign)
	}
	return nil
}

// sameAsSDK compares our result with the request the SDK sent: signature,
// URL, body, every header we send, and (TC3) that the SDK sends no header
// we do not, apart from the names in sdkOnly.
func sameAsSDK(res *Result, sent *http.Request, body []byte, signMethod string, sdkOnly ...string) error {
	if got := sent.URL.String(); res.URL != got {
		return fmt.Errorf("url:\n ours %s\n sdk  %s", res.URL, got)
	}
	if !bytes.Equal(res.Body, body) {
		return fmt.Errorf("body:\n ours %q\n sdk  %q", res.Body, body)
	}
	if signMethod == AlgorithmTC3 {
		if got := sent.Header.Get(protocol.HeaderAuthorization); res.Authorization != got {
			return fmt.Errorf("authorization:\n ours %s\n sdk  %s", res.Authorization, got)
		}
	} else {
		params, err := v1Params(sent.URL.RawQuery, body)
		if err != nil {
			return err
		}
		if got := params.Get("Signature"); res.Signature != got {
			return fmt.Errorf("signature: ours %s, sdk %s", res.Signature, got)
		}
	}
	for _, h := range res.Headers {
		got := sent.Header.Get(h.Name)
		if strings.EqualFold(h.Name, protocol.HeaderHost) {
			got = sent.Host
		}
		if signMethod != AlgorithmTC3 && sent.Method == "GET" && strings.EqualFold(h.Name, protocol.HeaderContentType) {
			continue // the SDK sends no Content-Type with a v1 GET; nothing signs it
		}
		if got != h.Value {
			return fmt.Errorf("header %s: ours %q, sdk %q", h.Name, h.Value, got)
		}
	}
	if signMethod == AlgorithmTC3 {
		// And the SDK sends nothing we would not.
		for name := range sent.Header {
			if res.Headers.Get(name) == "" && !slices.Contains(sdkOnly, http.CanonicalHeaderKey(name)) {
				return fmt.Errorf("sdk sends header %s, we do not", name)
			}
		}
	}
	return nil
}

// v1Params parses the parameters of a v1 request: its query (GET) or its
// form body (POST).
func v1Params(rawQuery string, body []byte) (url.Values, error) {
	if len(body) > 0 {
		return url.ParseQuery(string(body))
	}
	return url.ParseQuery(rawQuery)
}

// TestSDKFlattenAgrees compares Flatten of the SDK's JSON with the SDK's own
// flattening (ConstructParams, which walks the struct's name tags) over
// random nested values: empty strings dropped as fields, kept in arrays,
// uint64 beyond 2^53 digit for digit.
func TestSDKFlattenAgrees(t *testing.T) {
	seed := *diffSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	g := gen{rand.New(rand.NewPCG(seed, 99))}
	for i := range 300 {
		req := sdktest.NewRequest("cvm", "2017-03-12", "DescribeInstances")
		g.fill(req)
		data, err := tcjson.Marshal(req)
		require.NoError(t, err)
		require.NoError(t, tchttp.ConstructParams(req))
		want := req.GetParams()
		got, err := Flatten(data)
		require.NoError(t, err, "case %d (seed %d): Flatten(%s)", i, seed, data)
		gotMap := make(map[string]string, len(got))
		for _, p := range got {
			require.NotContains(t, gotMap, p.Key, "case %d (seed %d): duplicate key", i, seed)
			gotMap[p.Key] = p.Value
		}
		assert.True(t, slices.IsSortedFunc(got, func(a, b Param) int { return strings.Compare(a.Key, b.Key) }),
			"case %d (seed %d): Flatten output not sorted by key", i, seed)
		if diff := cmp.Diff(want, gotMap); diff != "" {
			t.Fatalf("case %d (seed %d, -diffseed=%d): Flatten(%s) differs from the SDK (-sdk +ours):\n%s", i, seed, seed, data, diff)
		}
	}
}

// TestSDKFlattenFloatsDiffer pins a known, documented difference: the SDK
// flattens a float64 field with strconv 'f' (no exponent) while its JSON
// body uses an exponent for very large or small values, and Flatten keeps
// the JSON text. tcsig's GET/v1 parameters come from JSON a person types,
// so the JSON text is the one to keep; this test makes the difference
// visible rather than silent.
func TestSDKFlattenFloatsDiffer(t *testing.T) {
	req := sdktest.NewRequest("cvm", "2017-03-12", "DescribeInstances")
	small, big := 1e-7, 1e21
	req.Weights = []*float64{&small, &big}
	data, err := tcjson.Marshal(req)
	require.NoError(t, err)
	require.NoError(t, tchttp.ConstructParams(req))
	got, err := Flatten(data)
	require.NoError(t, err)
	want := []Param{{"Weights.0", "1e-7"}, {"Weights.1", "1e+21"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Flatten(%s) (-want +got):\n%s", data, diff)
	}
	p := req.GetParams()
	assert.Equal(t, "0.0000001", p["Weights.0"], "the SDK's own flattening changed: update this test and docs/cli.md")
	assert.Equal(t, "1000000000000000000000", p["Weights.1"], "the SDK's own flattening changed: update this test and docs/cli.md")
}
