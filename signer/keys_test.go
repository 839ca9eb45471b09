package signer

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/protocol"
)

// TestSignerMatchesSign signs a sequence that hits and misses the Signer's
// key-chain cache (same day and service; then a new date, service or
// secret; then back) and requires the very trace Sign gives.
func TestSignerMatchesSign(t *testing.T) {
	base := Request{Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
		Version: "2017-03-12", Timestamp: 1551113065, Payload: []byte(`{"Limit":1}`)}
	cred := Credentials{SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"}
	other := cred
	other.SecretKey = "another-secret-key"
	steps := []struct {
		name   string
		mutate func(*Request)
		cred   Credentials
	}{
		{"first", func(*Request) {}, cred},
		{"same day, other body", func(r *Request) { r.Payload = []byte(`{}`) }, cred},
		{"same day, later", func(r *Request) { r.Timestamp += 3600 }, cred},
		{"next UTC day", func(r *Request) { r.Timestamp += 86400 }, cred},
		{"other service", func(r *Request) { r.Service, r.Host = "cbs", "cbs.tencentcloudapi.com" }, cred},
		{"other secret", func(*Request) {}, other},
		{"back to the first", func(*Request) {}, cred},
		{"v1 in between", func(r *Request) {
			r.SignatureMethod, r.Payload, r.ContentType, r.Nonce = HmacSHA256, nil, protocol.ContentTypeForm, "1"
		}, cred},
		{"first again", func(*Request) {}, cred},
	}
	var s Signer
	for _, st := range steps {
		r := base
		st.mutate(&r)
		want, err := Sign(&r, st.cred)
		require.NoError(t, err, "%s", st.name)
		got, err := s.Sign(&r, st.cred)
		require.NoError(t, err, "%s", st.name)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: Signer differs from Sign (-Sign +Signer):\n%s", st.name, diff)
		}
	}
	assert.Equal(t, "cvm", s.service, "the Signer should remember the last TC3 chain (cvm with the first key)")
	assert.Equal(t, cred.SecretKey, s.secret, "the Signer should remember the last TC3 chain (cvm with the first key)")
}

// TestSignerDocumentedKeys checks the cached chain against the documented
// kDate/kService/kSigning of 签名方法 v3's current worked example on a hit.
func TestSignerDocumentedKeys(t *testing.T) {
	r := &Request{Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "DescribeInstances",
		Version: "2017-03-12", Timestamp: 1551113065, Payload: []byte(`{}`)}
	c := Credentials{SecretID: "AKID********************************", SecretKey: "********************************"}
	var s Signer
	for i := range 2 { // a miss, then a hit
		res, err := s.Sign(r, c)
		require.NoError(t, err)
		want := DerivedKeys{
			SecretDate:    "da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0",
			SecretService: "8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f",
			SecretSigning: "b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af",
		}
		if diff := cmp.Diff(want, res.DerivedKeys); diff != "" {
			t.Errorf("signing %d (-want +got):\n%s", i, diff)
		}
	}
}

// TestSignerConcurrent runs one Signer from many goroutines with two
// secrets interleaved (run with -race); every result must match Sign's.
func TestSignerConcurrent(t *testing.T) {
	var s Signer
	r := &Request{Host: "cvm.tencentcloudapi.com", Service: "cvm", Action: "A", Version: "V", Timestamp: 1700000000}
	creds := []Credentials{{SecretID: "id", SecretKey: "key-one"}, {SecretID: "id", SecretKey: "key-two"}}
	var want [2]string
	for i, c := range creds {
		res, err := Sign(r, c)
		require.NoError(t, err)
		want[i] = res.Signature
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				k := (g + i) % 2
				res, err := s.Sign(r, creds[k])
				if !assert.NoError(t, err) {
					return
				}
				if !assert.Equal(t, want[k], res.Signature, "goroutine %d, signing %d: signature", g, i) {
					return
				}
			}
		})
	}
	wg.Wait()
}
