package e2e

// The page's tcsig.sign against the official Go SDK (tencentcloud-sdk-go
// common v1.3.212) on random requests: the SDK signs and "sends" through a
// capturing RoundTripper; the captured timestamp, nonce, host, body and
// parameters go to tcsig.sign in the browser, and the signatures must match.

import (
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	tccommon "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"

	bt "github.com/tcsig/tcsig/internal/browsertest"
)

type capture struct {
	req  *http.Request
	body []byte
}

func (c *capture) RoundTrip(r *http.Request) (*http.Response, error) {
	c.req = r
	if r.Body != nil {
		c.body, _ = io.ReadAll(r.Body)
		r.Body.Close()
	}
	return &http.Response{
		StatusCode: 200, Status: "200 OK", Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header:  http.Header{"Content-Type": {"application/json"}},
		Body:    io.NopCloser(strings.NewReader(`{"Response":{"RequestId":"r"}}`)),
		Request: r,
	}, nil
}

type sdkFilter struct {
	Name   *string   `json:"Name,omitnil,omitempty" name:"Name"`
	Values []*string `json:"Values,omitnil,omitempty" name:"Values"`
}

type sdkRequest struct {
	*tchttp.BaseRequest
	InstanceIds []*string    `json:"InstanceIds,omitnil,omitempty" name:"InstanceIds"`
	Filters     []*sdkFilter `json:"Filters,omitnil,omitempty" name:"Filters"`
	Limit       *int64       `json:"Limit,omitnil,omitempty" name:"Limit"`
	Name        *string      `json:"Name,omitnil,omitempty" name:"Name"`
}

type sdkResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		RequestId *string `json:"RequestId"`
	} `json:"Response"`
}

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
	tr := &capture{}
	c.WithHttpTransport(tr)

	req := &sdkRequest{BaseRequest: &tchttp.BaseRequest{}}
	req.Init().WithApiInfo("cvm", "2017-03-12", "DescribeInstances")
	if r.IntN(2) == 0 {
		for range r.IntN(12) {
			s := randString(r)
			req.InstanceIds = append(req.InstanceIds, &s)
		}
	}
	if r.IntN(2) == 0 {
		n, v := randString(r), randString(r)
		req.Filters = []*sdkFilter{{Name: &n, Values: []*string{&v}}}
	}
	if r.IntN(2) == 0 {
		l := int64(r.IntN(100))
		req.Limit = &l
	}
	if r.IntN(2) == 0 {
		s := randString(r)
		req.Name = &s
	}
	if err := c.Send(req, &sdkResponse{BaseResponse: &tchttp.BaseResponse{}}); err != nil {
		t.Fatalf("SDK send: %v", err)
	}
	hr := tr.req
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
			in["data"] = string(tr.body)
		} else {
			in["params"] = flat(hr.URL.Query())
		}
		return sc
	}
	vals := hr.URL.Query()
	if method == "POST" {
		var err error
		if vals, err = url.ParseQuery(string(tr.body)); err != nil {
			t.Fatal(err)
		}
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
	if err != nil {
		t.Fatal(err)
	}
	ctx, _ := bt.Open(t, "index.html")
	type out struct{ Signature, Authorization, Error string }
	got := bt.Eval[[]out](t, ctx, ``+string(in)+`.map(r => {
		try { const s = tcsig.sign(r); return {Signature: s.signature, Authorization: s.authorization || ""}; }
		catch (e) { return {Error: e.message}; }
	})`)
	for i, c := range cases {
		g := got[i]
		if c.Signature == "" {
			t.Fatalf("case %d: no signature captured from the SDK", i)
		}
		switch {
		case g.Error != "":
			t.Errorf("case %d (%s, seed %d): tcsig.sign threw %q for %v", i, c.What, seed, g.Error, c.Req)
		case g.Signature != c.Signature:
			t.Errorf("case %d (%s, seed %d): signature %q, SDK %q\nrequest %v", i, c.What, seed, g.Signature, c.Signature, c.Req)
		case c.Auth != "" && g.Authorization != c.Auth:
			t.Errorf("case %d (%s, seed %d): Authorization\n%s\nSDK\n%s", i, c.What, seed, g.Authorization, c.Auth)
		}
	}
}
