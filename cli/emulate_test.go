package cli

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/internal/testlog"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
)

type emulateRequest struct {
	*tchttp.BaseRequest
	Limit *int64 `json:"Limit,omitnil,omitempty" name:"Limit"`
}

// tcsig emulate on 127.0.0.1:0 answers the official SDK like the API.
func TestEmulateCommand(t *testing.T) {
	const id, key = "AKIDemulateTest000000000000000000000", "EmulateSecretKey0000000000000000"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr testlog.Buffer // the server goroutine and the test share them
	env := Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		Getenv: func(k string) string {
			if k == EnvEmulateKeys {
				return "AKIDother:otherkey," + id + ":" + key
			}
			return ""
		},
		Now: time.Now}
	done := make(chan int, 1)
	go func() { done <- Run(ctx, []string{"emulate", "--addr", "127.0.0.1:0"}, env) }()

	addrRE := regexp.MustCompile(`tcsig emulate: listening on http://(127\.0\.0\.1:\d+)/`)
	var addr string
	for deadline := time.Now().Add(30 * time.Second); addr == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := addrRE.FindStringSubmatch(stdout.String()); m != nil {
			addr = m[1]
		}
	}
	require.NotEmpty(t, addr, "no listen address; stdout %q stderr %q", stdout.String(), stderr.String())

	send := func(secretKey string) error {
		cp := profile.NewClientProfile()
		cp.HttpProfile.Scheme = "HTTP"
		cp.HttpProfile.Endpoint = addr
		c := common.NewCommonClient(common.NewCredential(id, secretKey), "ap-guangzhou", cp)
		limit := int64(1)
		req := &emulateRequest{BaseRequest: &tchttp.BaseRequest{}, Limit: &limit}
		req.Init().WithApiInfo("cvm", "2017-03-12", "DescribeInstances")
		return c.Send(req, &tchttp.BaseResponse{})
	}
	require.NoError(t, send(key), "right key")
	var sdkErr *sdkerrors.TencentCloudSDKError
	err := send("wrong" + key)
	require.ErrorAs(t, err, &sdkErr, "wrong key")
	require.Equal(t, "AuthFailure.SignatureFailure", sdkErr.GetCode(), "wrong key: %v", err)
	assert.Equal(t, "The provided credentials could not be validated. Please check your signature is correct.", sdkErr.GetMessage(),
		"the API's own message, with no expected signature")

	// A page whose DNS name was rebound to 127.0.0.1 sends its own Host.
	forged, err := http.NewRequest("POST", "http://"+addr+"/", strings.NewReader("{}"))
	require.NoError(t, err)
	forged.Host = "rebind.attacker.example:9000"
	resp, err := http.DefaultClient.Do(forged)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMisdirectedRequest, resp.StatusCode)

	cancel()
	select {
	case code := <-done:
		assert.Equal(t, ExitOK, code, "exit code; stderr %q", stderr.String())
	case <-time.After(10 * time.Second):
		require.FailNow(t, "emulate did not stop")
	}
	assert.Contains(t, stdout.String(), "tcsig emulate: stopped")
	// Not NotContains: its failure message would print the key.
	assert.False(t, strings.Contains(stderr.String(), key), "the key reached the log")
}

func TestEmulateKeyErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		vars map[string]string
		args []string
		want string
	}{
		{"no keys", nil, nil, "no keys"},
		{"bad entry", map[string]string{EnvEmulateKeys: "justanid"}, nil, "want SECRETID:SECRETKEY"},
		{"bad flag", nil, []string{"--key", "id:"}, "want SECRETID:SECRETKEY"},
		{"duplicate", map[string]string{EnvEmulateKeys: "AKIDx:a,AKIDx:b"}, nil, "given twice"},
		{"real credentials are not taken", map[string]string{EnvSecretID: "AKIDx", EnvSecretKey: "k"}, nil, "no keys"},
		{"bad addr", map[string]string{EnvEmulateKeys: "AKIDx:k"}, []string{"--addr", "256.0.0.1:99999"}, "--addr"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := runCLI(t, "", c.vars, append([]string{"emulate"}, c.args...)...)
			assert.Equal(t, ExitUsage, res.code, "exit code; stderr %q", res.stderr)
			assert.Contains(t, res.stderr, c.want)
		})
	}
}
