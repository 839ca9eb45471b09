package verify_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

// refReport is Report without its MarshalJSON: encoding/json's reading of
// the same tags is the reference.
type refReport struct {
	Valid         bool              `json:"valid"`
	Error         *verify.APIError  `json:"error,omitempty"`
	Causes        []verify.Finding  `json:"causes"`
	Warnings      []verify.Finding  `json:"warnings"`
	Expected      *signer.Result    `json:"expected,omitempty"`
	Diff          []verify.DiffLine `json:"diff"`
	Received      verify.Received   `json:"received"`
	Incomplete    string            `json:"incomplete,omitempty"`
	IncompleteMsg message.Msg       `json:"-"`
}

func TestReportJSONMatchesEncodingJSON(t *testing.T) {
	require.Equal(t, reflect.TypeFor[refReport]().NumField(), reflect.TypeFor[verify.Report]().NumField(),
		"Report has new fields: update refReport and Report.MarshalJSON")
	good := mustSign(t, tc3Req(), creds)
	bad := wire(t, good)
	setAuthSignature(bad, "0000000000000000000000000000000000000000000000000000000000000000")
	withDiff := opts()
	withDiff.CanonicalRequest = good.CanonicalRequest + " "
	withDiff.StringToSign = "x\ny"
	var reports []*verify.Report
	for _, c := range []struct {
		req  *signer.Result
		o    verify.Options
		tamp bool
	}{{good, opts(), false}, {good, withDiff, true}, {good, verify.Options{}, false}} {
		req := wire(t, c.req)
		if c.tamp {
			req = bad
		}
		reports = append(reports, verify.Check(req, c.o))
	}
	skew := int64(-3)
	reports = append(reports, &verify.Report{}, &verify.Report{
		Error: &verify.APIError{Code: "<c>", Message: "m & n", Check: "\u2028"}, Causes: []verify.Finding{},
		Warnings: []verify.Finding{{ID: "a", Message: "b"}}, Diff: []verify.DiffLine{},
		Received: verify.Received{Skew: &skew, Host: "h"}, Incomplete: "why"})
	for i, rep := range reports {
		got, err := json.Marshal(rep)
		require.NoError(t, err)
		own, _ := rep.MarshalJSON()
		want, _ := json.Marshal(refReport(*rep))
		assert.Equal(t, string(want), string(got), "report %d through json.Marshal", i)
		assert.Equal(t, string(want), string(own), "report %d through MarshalJSON", i)
	}
	assert.True(t, len(reports[1].Causes) > 0 || len(reports[1].Diff) > 0,
		"the tampered report should have causes or a diff, or this test covers less than it says")
}
