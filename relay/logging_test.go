package relay

import (
	"encoding/json"
	"net/http"
	"net/netip"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestLogRedaction relays calls carrying every kind of credential, at debug level, and checks
// that none of them reaches the log while each call still gets its one line.
func TestLogRedaction(t *testing.T) {
	_, addr := newUpstream(t, http.HandlerFunc(okJSON))
	tr := newTestRelay(t, Config{seams: loopbackSeams(addr)})
	secrets := []string{
		"72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", // TC3 signature
		"AKIDEXAMPLE",        // SecretId inside Authorization
		"tmp-token-SECRET",   // X-TC-Token
		"SIGSECRET",          // v1 Signature in a query
		"TOKSECRET",          // v1 Token in a query
		"KEYSECRET",          // a SecretKey pasted into a query by mistake
		"ENCSIG",             // Signatur%65= (percent-encoded name)
		"BODYSECRET",         // request body
		"FORMSIG", "FORMTOK", // v1 Signature / Token in a form body
		"Gu5t9xGARNpq86cd98j", // a SecretKey: never sent, never logged
	}

	// TC3 POST with a token.
	req := tc3Request(t, http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader(`{"Note":"BODYSECRET"}`))
	req.Header.Set("X-TC-Token", "tmp-token-SECRET")
	resp, _ := tr.do(t, req)
	require.Equal(t, http.StatusOK, resp.StatusCode)

	// v1 GET with credentials in the query.
	query := "Action=DescribeRegions&Region=ap-guangzhou&SecretId=AKIDEXAMPLE&Signature=SIGSECRET%2B%2F%3D&Token=TOKSECRET&SecretKey=KEYSECRET&Signatur%65=ENCSIG&Timestamp=1465185768"
	req, err := http.NewRequest(http.MethodGet, tr.url("cvm.tencentcloudapi.com", query), nil)
	require.NoError(t, err)
	resp, _ = tr.do(t, req)
	require.Equal(t, http.StatusOK, resp.StatusCode)

	// v1 POST with credentials in the form body.
	req, err = http.NewRequest(http.MethodPost, tr.url("cvm.tencentcloudapi.com", ""), strings.NewReader("Action=DescribeZones&Nonce=1&Region=ap-shanghai&SecretId=AKIDEXAMPLE&Signature=FORMSIG&Timestamp=1465185768&Token=FORMTOK"))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, _ = tr.do(t, req)
	require.Equal(t, http.StatusOK, resp.StatusCode)

	// A failing call: error messages must not carry the query either.
	failing := newTestRelay(t, Config{seams: &testSeams{Lookup: fixed(netip.MustParseAddrPort("127.0.0.1:1")), AllowAddr: func(netip.Addr) bool { return true }}})
	req, err = http.NewRequest(http.MethodGet, failing.url("cvm.tencentcloudapi.com", query), nil)
	require.NoError(t, err)
	resp, _ = failing.do(t, req)
	require.Equal(t, http.StatusBadGateway, resp.StatusCode)

	logs := tr.logs.String() + failing.logs.String()
	for _, s := range secrets {
		require.NotContains(t, logs, s)
	}
	require.Contains(t, logs, redacted, "the debug lines show that something was redacted")

	// One "relay" line per call, with what an operator needs.
	var lines []map[string]any
	for line := range strings.SplitSeq(strings.TrimSpace(tr.logs.String()), "\n") {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), line)
		if m["msg"] == "relay" {
			lines = append(lines, m)
		}
	}
	require.Len(t, lines, 3)
	for i, action := range []string{"DescribeInstances", "DescribeRegions", "DescribeZones"} {
		require.Equal(t, action, lines[i]["action"])
		require.Equal(t, "cvm.tencentcloudapi.com", lines[i]["host"])
		require.EqualValues(t, 200, lines[i]["status"])
		require.Equal(t, "req-0001", lines[i]["requestId"])
		for _, k := range []string{"reqBytes", "respBytes", "ttfbMs", "totalMs", "tlsMs"} {
			require.Contains(t, lines[i], k)
		}
	}
	require.Equal(t, "ap-shanghai", lines[2]["region"], "v1 POST fields come from the streamed form body")
}

func TestRedactQuery(t *testing.T) {
	require.Equal(t, "Action=A&Signature=[REDACTED]&X=1&Token=[REDACTED]&Signature=[REDACTED]&flag",
		redactQuery("Action=A&Signature=abc&X=1&Token=t&Signatur%65=x&flag"))
	require.Equal(t, "", redactQuery(""))
	long := redactQuery(strings.Repeat("a=1&", 1000))
	require.Less(t, len(long), maxLoggedQuery+16)
}
