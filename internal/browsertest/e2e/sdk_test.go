package e2e

// The page's tcsig.sign against the official Go SDK (tencentcloud-sdk-go
// common v1.3.212) on random requests: the SDK signs and "sends" through a
// capturing RoundTripper; the captured timestamp, nonce, host, body and
// parameters go to tcsig.sign in the browser, and the signatures must match.

import (
	"encoding/json"
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	tccommon "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"

	bt "github.com/tcsig/tcsig/internal/browsertest"
	"github.com/tcsig/tcsig/internal/sdktest"
)

var pieces = []string{"a", "ins-09dx96dg", "未命名", "😀", " ", "+", "=", "&", "%", "/", "~", "a b", "\"", "'", "*", "é"}

func randString(r *rand.Rand) string {
	var b strings.Builder
	for range 1 + r.IntN(4) {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// sdkCase is what the SDK sent and what tcsig.sign gets to reproduce it.
type sdkCase struct {
	Req       map[string]any `json:"req"`
	Signature string         `json:"-"`
	Auth      string         `json:"-"`
	What      string         `json:"-"`
}

func sdkSign(t *testing.T, r *rand.Rand) sdkCase {
	t.Helper()
	method := []string{"POST", "GET"}[r.IntN(2)]
	signMethod := []string{"TC3-HMAC-SHA256", "HmacSHA256", "HmacSHA1"}[r.IntN(3)]
	region := []string{"ap-guangzhou", "ap-singapore", "na-ashburn", "ap-shanghai-fsi", ""}[r.IntN(5)]
	secretID, secretKey := "AKID"+randString(r), "key-"+randString(r)
	cp := profile.NewClientProfile()
	cp.HttpProfile.ReqMethod = method
	cp.SignMethod = signMethod
	if region == "ap-shanghai-fsi" {
		cp.HttpProfile.Endpoint = "cvm.ap-shanghai-fsi.tencentcloudapi.com" // isolated zones use their own domain
	}
	if r.IntN(2) == 0 {
		cp.Language = []string{"zh-CN", "en-US"}[r.IntN(2)]
	}
	c := (&tccommon.Client{}).Init(region)
	token := ""
	if r.IntN(3) == 0 {
		token = "tok-" + randString(r)
		c.WithCredential(tccommon.NewTokenCredential(secretID, secretKey, token))
	} else {
		c.WithCredential(tccommon.NewCredential(secretID, secretKey))
	}
	c.WithProfile(cp)
	tr := &sdktest.Recorder{}
	c.WithHttpTransport(tr)

	req := sdktest.NewRequest("cvm", "2017-03-12", "DescribeInstances")
	if r.IntN(2) == 0 {
		for range r.IntN(12) {
			s := randString(r)
			req.InstanceIds = append(req.InstanceIds, &s)
		}
	}
	if r.IntN(2) == 0 {
		n, v := randString(r), randString(r)
		req.Filters = []*sdktest.Filter{{Name: &n, Values: []*string{&v}}}
	}
	if r.IntN(2) == 0 {
		l := int64(r.IntN(100))
		req.Limit = &l
	}
	if r.IntN(2) == 0 {
		s := randString(r)
		req.InstanceName = &s
	}
	require.NoError(t, c.Send(req, sdktest.NewResponse()), "SDK send")
	hr := tr.Req
	in := map[string]any{
		"service": "cvm", "action": "DescribeInstances", "version": "2017-03-12", "region": region,
		"host": hr.URL.Host, "method": method, "signatureMethod": signMethod,
		"secretId": secretID, "secretKey": secretKey, "token": token, "language": cp.Language,
	}
	sc := sdkCase{Req: in, What: method + " " + signMethod + " " + region}
	if signMethod == "TC3-HMAC-SHA256" {
		in["timestamp"] = hr.Header.Get("X-TC-Timestamp")
		in["contentType"] = hr.Header.Get("Content-Type")
		sc.Auth = hr.Header.Get("Authorization")
		_, sc.Signature, _ = strings.Cut(sc.Auth, "Signature=")
		if method == "POST" {
			in["data"] = string(tr.Body)
		} else {
			in["params"] = flat(hr.URL.Query())
		}
		return sc
	}
	vals := hr.URL.Query()
	if method == "POST" {
		var err error
		vals, err = url.ParseQuery(string(tr.Body))
		require.NoError(t, err)
	}
	sc.Signature = vals.Get("Signature")
	in["timestamp"], in["nonce"] = vals.Get("Timestamp"), vals.Get("Nonce")
	vals.Del("Signature")
	in["params"] = flat(vals) // every parameter the SDK signed, common ones included, as given
	return sc
}

func flat(v url.Values) map[string]string {
	out := map[string]string{}
	for k := range v {
		out[k] = v.Get(k)
	}
	return out
}

func TestSignAgreesWithSDK(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	r := rand.New(rand.NewPCG(seed, 0x7c5))
	cases := make([]sdkCase, 24)
	reqs := make([]map[string]any, len(cases))
	for i := range cases {
		cases[i] = sdkSign(t, r)
		reqs[i] = cases[i].Req
	}
	in, err := json.Marshal(reqs)
	require.NoError(t, err)
	ctx, _ := bt.Open(t, "index.html")
	type out struct{ Signature, Authorization, Error string }
	got := bt.Eval[[]out](t, ctx, ``+string(in)+`.map(r => {
		try { const s = tcsig.sign(r); return {Signature: s.signature, Authorization: s.authorization || ""}; }
		catch (e) { return {Error: e.message}; }
	})`)
	for i, c := range cases {
		g := got[i]
		require.NotEmpty(t, c.Signature, "case %d: no signature captured from the SDK", i)
		// One report per case: the first disagreement explains the rest.
		if !assert.Empty(t, g.Error, "case %d (%s, seed %d): tcsig.sign threw for %v", i, c.What, seed, c.Req) ||
			!assert.Equal(t, c.Signature, g.Signature, "case %d (%s, seed %d): signature, want the SDK's\nrequest %v", i, c.What, seed, c.Req) {
			continue
		}
		if c.Auth != "" {
			assert.Equal(t, c.Auth, g.Authorization, "case %d (%s, seed %d): Authorization, want the SDK's", i, c.What, seed)
		}
	}
}
