//go:build !js

package signer

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"

	"github.com/tcsig/tcsig/internal/sdktest"
	"github.com/tcsig/tcsig/protocol"
)

// pinnedRequest lets the SDK sign a suite case exactly: it re-applies the
// case's Timestamp, Nonce and flattened parameters every time the SDK reads
// its parameter map (after the SDK has put "now" and a random nonce there).
// A TC3 body goes through the SDK's raw-body path (content type
// application/octet-stream, body as given) with the case's Content-Type set
// as a request header, which the SDK merges last: sent and signed as given.
type pinnedRequest struct {
	*tchttp.BaseRequest
	pin map[string]string
}

func (r *pinnedRequest) GetParams() map[string]string {
	p := r.BaseRequest.GetParams()
	for k, v := range r.pin {
		p[k] = v
	}
	return p
}

// sdkSignSuiteCase sends the case through SDK Client.Send and returns what
// it sent.
func sdkSignSuiteCase(c *suiteCase, r *Request) (*sdktest.Recorder, error) {
	o := sdktest.Client{
		Region: c.Region, Method: r.Method, SignMethod: c.SignatureMethod, Endpoint: c.Host,
		Language: c.Language, Token: c.Token, UnsignedPayload: c.UnsignedPayload,
		SecretID: c.SecretID, SecretKey: c.SecretKey,
	}
	if o.Method == "" {
		o.Method = "POST"
	}
	if o.SignMethod == "" {
		o.SignMethod = AlgorithmTC3
	}
	if o.Language == "" {
		if o.SignMethod != AlgorithmTC3 {
			return nil, fmt.Errorf("the SDK signs Language with %s: the case must name one", o.SignMethod)
		}
		o.Language = "zh-CN" // sent by the SDK as X-TC-Language, not signed
	}
	req := &pinnedRequest{BaseRequest: &tchttp.BaseRequest{}, pin: map[string]string{
		"Timestamp": fmt.Sprint(c.Timestamp), "Nonce": c.Nonce,
	}}
	if c.Nonce == "" {
		delete(req.pin, "Nonce")
	}
	req.Init().WithApiInfo(c.Service, c.Version, c.Action)
	for _, p := range c.Params {
		req.pin[p.Key] = p.Value
	}
	if o.SignMethod == AlgorithmTC3 && o.Method == "POST" {
		req.WithContentType("application/octet-stream")
		req.SetBody(r.Payload)
		ct := c.ContentType
		if ct == "" {
			ct = protocol.ContentTypeJSON
		}
		req.SetHeader(map[string]string{"Content-Type": ct})
	}
	client, tr := o.Build()
	if err := client.Send(req, sdktest.NewResponse()); err != nil {
		return nil, err
	}
	return tr, nil
}

// TestSuiteMatchesSDK signs every case marked "sdk" through the SDK's
// Client.Send and checks what it sent against the suite's files: the
// Authorization (TC3) or Signature parameter (v1), the URL, the body and
// every header of the .sreq.
func TestSuiteMatchesSDK(t *testing.T) {
	n := 0
	for _, name := range suiteCaseNames(t) {
		c := loadSuiteCase(t, name)
		if !c.confirmedBy("sdk") {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			r, cred, err := c.request()
			require.NoError(t, err)
			res, err := Sign(r, cred)
			require.NoError(t, err)
			// The suite's files are checked against Sign by TestSuite, so
			// comparing the SDK with res compares it with the files.
			tr, err := sdkSignSuiteCase(c, r)
			require.NoError(t, err, "sdk")
			sm := res.SignatureMethod
			// The SDK adds X-TC-RequestClient, and X-TC-Language when the
			// case names none; neither is signed with TC3.
			assert.NoError(t, sameAsSDK(res, tr.Req, tr.Body, sm, "X-Tc-Requestclient", "X-Tc-Language"))
			if sm != AlgorithmTC3 {
				// The SDK's v1 signature covers every parameter it sends:
				// it must send exactly ours.
				sent, err := v1Params(tr.Req.URL.RawQuery, tr.Body)
				require.NoError(t, err)
				_, query, _ := strings.Cut(res.URL, "?")
				ours, err := v1Params(query, res.Body)
				require.NoError(t, err)
				if diff := cmp.Diff(ours, sent); diff != "" {
					t.Errorf("v1 parameters (-ours +sdk):\n%s", diff)
				}
			}
			if tr.Req.Method == http.MethodPost {
				assert.Equal(t, tr.Req.Header.Get(protocol.HeaderContentType), res.Headers.Get(protocol.HeaderContentType), "content-type, against the SDK's")
			}
		})
	}
	assert.GreaterOrEqual(t, n, 20, "suite cases confirmed by the SDK")
}
