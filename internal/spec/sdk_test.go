//go:build !js

package spec

// The spec layer against the official Go SDK v1.3.212: the same request
// given as tcsig's schema (data as JSON, host from the region table) must
// sign and send exactly what the SDK's Client.Send sends. The signer's own
// differential tests (signer/sdk_test.go) cover the signing itself; this
// covers what spec adds: host resolution, flattening data for GET and
// HmacSHA1/256, params merged in, the body passed through.

import (
	"flag"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	tccommon "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	tcjson "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/json"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/signer"
)

var specDiffSeed = flag.Uint64("diffseed", 0, "seed for TestSpecMatchesSDK (0: time-based; printed on failure)")

type capturing struct {
	req  *http.Request
	body []byte
}

func (c *capturing) RoundTrip(r *http.Request) (*http.Response, error) {
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

type specResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		RequestId *string `json:"RequestId,omitnil,omitempty" name:"RequestId"`
	} `json:"Response"`
}

type specFilter struct {
	Name   *string   `json:"Name,omitnil,omitempty" name:"Name"`
	Values []*string `json:"Values,omitnil,omitempty" name:"Values"`
}

type specDescribeRequest struct {
	*tchttp.BaseRequest
	InstanceIds  []*string     `json:"InstanceIds,omitnil,omitempty" name:"InstanceIds"`
	Filters      []*specFilter `json:"Filters,omitnil,omitempty" name:"Filters"`
	Offset       *int64        `json:"Offset,omitnil,omitempty" name:"Offset"`
	Limit        *uint64       `json:"Limit,omitnil,omitempty" name:"Limit"`
	DryRun       *bool         `json:"DryRun,omitnil,omitempty" name:"DryRun"`
	InstanceName *string       `json:"InstanceName,omitnil,omitempty" name:"InstanceName"`
}

var specPieces = []string{"", "a", "ins-1", "未命名", "😀", "#", "+", "=", "%", "&", "/", "?", " ", "~", "<>&", "\n"}

func specString(r *rand.Rand) *string {
	var b strings.Builder
	for range r.IntN(4) {
		b.WriteString(specPieces[r.IntN(len(specPieces))])
	}
	s := b.String()
	return &s
}

func randomDescribe(r *rand.Rand) *specDescribeRequest {
	req := &specDescribeRequest{BaseRequest: &tchttp.BaseRequest{}}
	req.Init().WithApiInfo("cvm", "2017-03-12", "DescribeInstances")
	for range r.IntN(12) {
		req.InstanceIds = append(req.InstanceIds, specString(r))
	}
	for range r.IntN(3) {
		f := &specFilter{Name: specString(r)}
		for range r.IntN(3) {
			f.Values = append(f.Values, specString(r))
		}
		req.Filters = append(req.Filters, f)
	}
	if r.IntN(2) == 0 {
		v := r.Int64() - r.Int64()
		req.Offset = &v
	}
	if r.IntN(2) == 0 {
		v := r.Uint64()
		req.Limit = &v
	}
	if r.IntN(2) == 0 {
		v := r.IntN(2) == 0
		req.DryRun = &v
	}
	if r.IntN(2) == 0 {
		req.InstanceName = specString(r)
	}
	return req
}

func TestSpecMatchesSDK(t *testing.T) {
	seed := *specDiffSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	regions := []string{"ap-guangzhou", "ap-shanghai", "ap-singapore", "na-ashburn", "eu-frankfurt", "ap-shanghai-fsi"}
	combos := []struct{ method, sm string }{
		{"POST", signer.AlgorithmTC3}, {"GET", signer.AlgorithmTC3},
		{"GET", signer.HmacSHA1}, {"POST", signer.HmacSHA256},
	}
	failures := 0
	for i := range 200 {
		combo := combos[i%len(combos)]
		region := regions[rng.IntN(len(regions))]
		mode := []string{"nearest", "regional"}[rng.IntN(2)]
		token := ""
		if rng.IntN(3) == 0 {
			token = "tmp-token-" + strconv.Itoa(rng.IntN(1e6))
		}
		req := randomDescribe(rng)
		data, err := tcjson.Marshal(req)
		if err != nil {
			t.Fatal(err)
		}

		// The host tcsig resolves is the one the SDK is pointed at.
		m, err := endpoints.ParseMode(mode)
		if err != nil {
			t.Fatal(err)
		}
		res, err := endpoints.Resolve("cvm", region, m)
		if err != nil {
			t.Fatalf("resolve %s %s: %v", region, mode, err)
		}

		cp := profile.NewClientProfile()
		cp.HttpProfile.ReqMethod = combo.method
		cp.HttpProfile.Endpoint = res.Host
		cp.SignMethod = combo.sm
		client := (&tccommon.Client{}).Init(region)
		if token != "" {
			client.WithCredential(tccommon.NewTokenCredential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", token))
		} else {
			client.WithCredential(tccommon.NewCredential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"))
		}
		client.WithProfile(cp)
		tr := &capturing{}
		client.WithHttpTransport(tr)
		if err := client.Send(req, &specResponse{BaseResponse: &tchttp.BaseResponse{}}); err != nil {
			t.Fatal(err)
		}

		in := &Request{
			Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: region, Endpoint: mode,
			Method: combo.method, SignatureMethod: combo.sm, Language: "zh-CN", Token: token,
			SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
			Data: string(data),
		}
		var sent url.Values
		if combo.sm == signer.AlgorithmTC3 {
			in.Timestamp = Int(tr.req.Header.Get("X-TC-Timestamp"))
		} else {
			raw := tr.req.URL.RawQuery
			if combo.method == "POST" {
				raw = string(tr.body)
			}
			if sent, err = url.ParseQuery(raw); err != nil {
				t.Fatal(err)
			}
			in.Timestamp, in.Nonce = Int(sent.Get("Timestamp")), sent.Get("Nonce")
			in.Params = map[string]string{"RequestClient": sent.Get("RequestClient")}
		}
		got, err := Sign(in)
		if err != nil {
			t.Fatalf("case %d (seed %d): %v\ndata %s", i, seed, err, data)
		}
		var problem string
		switch {
		case got.URL != tr.req.URL.String():
			problem = "url:\n ours " + got.URL + "\n sdk  " + tr.req.URL.String()
		case string(got.Body) != string(tr.body):
			problem = "body:\n ours " + string(got.Body) + "\n sdk  " + string(tr.body)
		case combo.sm == signer.AlgorithmTC3 && got.Authorization != tr.req.Header.Get("Authorization"):
			problem = "authorization:\n ours " + got.Authorization + "\n sdk  " + tr.req.Header.Get("Authorization")
		case combo.sm != signer.AlgorithmTC3 && got.Signature != sent.Get("Signature"):
			problem = "signature: ours " + got.Signature + ", sdk " + sent.Get("Signature")
		case got.Headers.Get("Host") != tr.req.Host:
			problem = "host: ours " + got.Headers.Get("Host") + ", sdk " + tr.req.Host
		}
		if problem != "" {
			failures++
			t.Errorf("case %d %s %s %s %s (seed %d; rerun with -args -diffseed=%d): %s\ndata %s",
				i, combo.method, combo.sm, region, mode, seed, seed, problem, data)
			if failures >= 3 {
				t.FailNow()
			}
		}
	}
}
