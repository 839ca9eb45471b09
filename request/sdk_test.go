//go:build !js

package request

// Package request against the official Go SDK v1.3.212: the same request
// given as tcsig's schema (data as JSON, host from the region table) must
// sign and send exactly what the SDK's Client.Send sends. The signer's own
// differential tests (signer/sdk_test.go) cover the signing itself; this
// covers what package request adds: host resolution, flattening data for GET and
// HmacSHA1/256, params merged in, the body passed through.

import (
	"flag"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	tccommon "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	tcjson "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/json"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"

	"github.com/tcsig/tcsig/endpoints"
	"github.com/tcsig/tcsig/internal/sdktest"
	"github.com/tcsig/tcsig/signer"
)

var specDiffSeed = flag.Uint64("diffseed", 0, "seed for TestSpecMatchesSDK (0: time-based; printed on failure)")

var specPieces = []string{"", "a", "ins-1", "未命名", "😀", "#", "+", "=", "%", "&", "/", "?", " ", "~", "<>&", "\n"}

func specString(r *rand.Rand) *string {
	var b strings.Builder
	for range r.IntN(4) {
		b.WriteString(specPieces[r.IntN(len(specPieces))])
	}
	s := b.String()
	return &s
}

func randomDescribe(r *rand.Rand) *sdktest.Request {
	req := sdktest.NewRequest("cvm", "2017-03-12", "DescribeInstances")
	for range r.IntN(12) {
		req.InstanceIds = append(req.InstanceIds, specString(r))
	}
	for range r.IntN(3) {
		f := &sdktest.Filter{Name: specString(r)}
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
		req.DiskSize = &v
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
		require.NoError(t, err)

		// The host tcsig resolves is the one the SDK is pointed at.
		m, err := endpoints.ParseMode(mode)
		require.NoError(t, err)
		res, err := endpoints.Resolve("cvm", region, m)
		require.NoError(t, err, "resolve %s %s", region, mode)

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
		tr := &sdktest.Recorder{}
		client.WithHttpTransport(tr)
		require.NoError(t, client.Send(req, sdktest.NewResponse()))

		in := &Input{
			Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: region, Endpoint: mode,
			Method: combo.method, SignatureMethod: combo.sm, Language: "zh-CN", Token: token,
			SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
			Data: data,
		}
		var sent url.Values
		if combo.sm == signer.AlgorithmTC3 {
			in.Timestamp = mustInt(t, tr.Req.Header.Get("X-TC-Timestamp"))
		} else {
			raw := tr.Req.URL.RawQuery
			if combo.method == "POST" {
				raw = string(tr.Body)
			}
			sent, err = url.ParseQuery(raw)
			require.NoError(t, err)
			in.Timestamp, in.Nonce = mustInt(t, sent.Get("Timestamp")), sent.Get("Nonce")
			in.Params = map[string]string{"RequestClient": sent.Get("RequestClient")}
		}
		got, err := Sign(in)
		require.NoError(t, err, "case %d (seed %d)\ndata %s", i, seed, data)
		var problem string
		switch {
		case got.URL != tr.Req.URL.String():
			problem = "url:\n ours " + got.URL + "\n sdk  " + tr.Req.URL.String()
		case string(got.Body) != string(tr.Body):
			problem = "body:\n ours " + string(got.Body) + "\n sdk  " + string(tr.Body)
		case combo.sm == signer.AlgorithmTC3 && got.Authorization != tr.Req.Header.Get("Authorization"):
			problem = "authorization:\n ours " + got.Authorization + "\n sdk  " + tr.Req.Header.Get("Authorization")
		case combo.sm != signer.AlgorithmTC3 && got.Signature != sent.Get("Signature"):
			problem = "signature: ours " + got.Signature + ", sdk " + sent.Get("Signature")
		case got.Headers.Get("Host") != tr.Req.Host:
			problem = "host: ours " + got.Headers.Get("Host") + ", sdk " + tr.Req.Host
		}
		if !assert.Empty(t, problem, "case %d %s %s %s %s (seed %d; rerun with -args -diffseed=%d)\ndata %s",
			i, combo.method, combo.sm, region, mode, seed, seed, data) {
			failures++
			if failures >= 3 {
				t.FailNow()
			}
		}
	}
}

// mustInt reads the decimal timestamp the SDK sent.
func mustInt(t *testing.T, s string) int64 {
	t.Helper()
	n, err := strconv.ParseInt(s, 10, 64)
	require.NoError(t, err, "timestamp %q", s)
	return n
}
