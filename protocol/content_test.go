package protocol

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestConsistentContentType(t *testing.T) {
	for _, tc := range []struct {
		method, sig, mt string
		moved           bool
		wantSig, wantMT string
	}{
		{"POST", AlgorithmTC3, ContentTypeJSON, false, AlgorithmTC3, ContentTypeJSON},
		{"GET", AlgorithmTC3, ContentTypeJSON, false, AlgorithmTC3, ContentTypeForm},
		{"GET", HmacSHA1, ContentTypeForm, true, HmacSHA1, ContentTypeForm},
		{"POST", HmacSHA256, ContentTypeJSON, false, HmacSHA256, ContentTypeForm},     // the method moved: the body follows
		{"POST", AlgorithmTC3, ContentTypeForm, false, AlgorithmTC3, ContentTypeJSON}, // likewise
		{"POST", AlgorithmTC3, ContentTypeForm, true, HmacSHA256, ContentTypeForm},    // the body moved: the method follows
		{"POST", HmacSHA1, ContentTypeMultipart, true, AlgorithmTC3, ContentTypeMultipart},
		{"POST", HmacSHA1, "text/plain", true, HmacSHA1, ContentTypeForm}, // nothing takes it: the default
	} {
		sig, mt := ConsistentContentType(tc.method, tc.sig, tc.mt, tc.moved)
		assert.Equal(t, [2]string{tc.wantSig, tc.wantMT}, [2]string{sig, mt}, "%+v", tc)
		assert.True(t, ContentTypeAllowed(tc.method, sig, mt), "the answer is itself allowed: %+v", tc)
	}
}
