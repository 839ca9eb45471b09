package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A home directory laid out as a developer's: the Go SDK's INI file with a
// [default] and a [prod] section, and tccli's default and test profiles.
// Each source has its own SecretId, so the signed Authorization shows which
// one was used.
const (
	sdkDefaultID  = "AKIDsdkDefault000000000000000000000"
	sdkProdID     = "AKIDsdkProd00000000000000000000000"
	tccliID       = "AKIDtccliDefault00000000000000000000"
	tccliTestID   = "AKIDtccliTest000000000000000000000"
	fileSecretKey = "fileSecretKeyForTestsOnly0123456789"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o700))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	}
}

func sdkINI() string {
	return strings.Join([]string{
		"# the Go SDK's profile file",
		"[default]",
		"secret_id = " + sdkDefaultID,
		"secret_key = " + fileSecretKey,
		"",
		"; another account",
		"[prod]",
		"secret_id=" + sdkProdID,
		"secret_key=" + fileSecretKey,
		"token=" + testSessToken,
	}, "\r\n")
}

func tccliJSON(id string) string {
	return `{"secretId": "` + id + `", "secretKey": "` + fileSecretKey + `", "region": "ap-guangzhou"}`
}

func TestCredentialChain(t *testing.T) {
	both := map[string]string{
		".tencentcloud/credentials":  sdkINI(),
		".tccli/default.credential":  tccliJSON(tccliID),
		".tccli/testing.credential":  tccliJSON(tccliTestID),
		"elsewhere/credentials.ini":  "[default]\nsecret_id = " + sdkProdID + "\nsecret_key = " + fileSecretKey + "\n",
		".tccli/broken.credential":   `{"secretId": `,
		".tccli/halfset.credential":  `{"secretId": "AKIDhalf"}`,
		".tencentcloud/placeholder":  "",
		"other/.tccli/x.credential":  tccliJSON("AKIDnever"),
		"other/.tencentcloud/ignore": "",
	}
	onlyTCCLI := map[string]string{".tccli/default.credential": tccliJSON(tccliID), ".tccli/testing.credential": tccliJSON(tccliTestID)}
	for name, tc := range map[string]struct {
		files      map[string]string
		vars       map[string]string
		args       []string
		wantID     string
		wantSource string // in the text output; {home} is the temp home
		wantToken  bool
		wantErr    string
	}{
		"environment first": {
			files: both, vars: docCreds(),
			wantID: docSecretID, wantSource: "environment ($TENCENTCLOUD_SECRET_ID and $TENCENTCLOUD_SECRET_KEY)",
		},
		"flags": {
			files: both, args: []string{"--secret-id", docSecretID, "--secret-key", docSecretKey},
			wantID: docSecretID, wantSource: "--secret-id and --secret-key",
		},
		"SDK profile file, [default]": {
			files: both, wantID: sdkDefaultID, wantSource: "profile file {home}/.tencentcloud/credentials [default]",
		},
		"--profile picks a section, with its token": {
			files: both, args: []string{"--profile", "prod"},
			wantID: sdkProdID, wantSource: "profile file {home}/.tencentcloud/credentials [prod], with its token", wantToken: true,
		},
		"environment with a token": {
			files: both, vars: map[string]string{EnvSecretID: docSecretID, EnvSecretKey: docSecretKey, EnvSessionToken: testSessToken},
			wantID: docSecretID, wantToken: true,
			wantSource: "environment ($TENCENTCLOUD_SECRET_ID, $TENCENTCLOUD_SECRET_KEY and $TENCENTCLOUD_SESSION_TOKEN)",
		},
		"a token in the environment stays with the environment's keys": {
			files: both, vars: map[string]string{EnvSessionToken: testSessToken},
			wantID: sdkDefaultID, wantSource: "profile file {home}/.tencentcloud/credentials [default]",
		},
		"--token with a profile": {
			files: both, args: []string{"--token", testSessToken},
			wantID: sdkDefaultID, wantToken: true,
			wantSource: "profile file {home}/.tencentcloud/credentials [default], token from --token",
		},
		"TENCENTCLOUD_CREDENTIALS_FILE": {
			files: both, vars: map[string]string{EnvCredentialsFile: "{home}/elsewhere/credentials.ini"},
			wantID: sdkProdID, wantSource: "profile file {home}/elsewhere/credentials.ini [default]",
		},
		"tccli's default profile": {
			files: onlyTCCLI, wantID: tccliID, wantSource: "tccli profile {home}/.tccli/default.credential",
		},
		"TCCLI_PROFILE": {
			files: onlyTCCLI, vars: map[string]string{EnvTCCLIProfile: "testing"},
			wantID: tccliTestID, wantSource: "tccli profile {home}/.tccli/testing.credential",
		},
		"--profile falls through to tccli": {
			files: both, args: []string{"--profile", "testing"},
			wantID: tccliTestID, wantSource: "tccli profile {home}/.tccli/testing.credential",
		},
		"--profile beats TCCLI_PROFILE": {
			files: onlyTCCLI, args: []string{"--profile", "default"}, vars: map[string]string{EnvTCCLIProfile: "testing"},
			wantID: tccliID, wantSource: "tccli profile {home}/.tccli/default.credential",
		},
		"unknown profile": {
			files: both, args: []string{"--profile", "staging"},
			wantErr: "--profile staging: no [staging] section in the credentials file and no ~/.tccli/staging.credential",
		},
		"profile is not a path": {
			files: onlyTCCLI, args: []string{"--profile", "../other/.tccli/x"}, wantErr: "a profile is a name, not a path",
		},
		"broken tccli file": {
			files: both, args: []string{"--profile", "broken"}, wantErr: "not the JSON tccli writes",
		},
		"half-set tccli file": {
			files: both, args: []string{"--profile", "halfset"}, wantErr: "needs both secretId and secretKey",
		},
		"half-set SDK section": {
			files:   map[string]string{".tencentcloud/credentials": "[default]\nsecret_id = AKIDonly\n"},
			wantErr: "[default] needs both secret_id and secret_key",
		},
		"missing TENCENTCLOUD_CREDENTIALS_FILE": {
			files: both, vars: map[string]string{EnvCredentialsFile: "{home}/nope.ini"},
			wantErr: "$TENCENTCLOUD_CREDENTIALS_FILE: open {home}/nope.ini",
		},
		"half-set environment does not fall through": {
			files: both, vars: map[string]string{EnvSecretID: docSecretID},
			wantErr: "missing SecretKey: set TENCENTCLOUD_SECRET_KEY",
		},
		"TCCLI_PROFILE names a missing file": {
			files: map[string]string{".tccli/default.credential": tccliJSON(tccliID)}, vars: map[string]string{EnvTCCLIProfile: "other"},
			wantErr: "missing credentials: $TCCLI_PROFILE is other, but there is no ~/.tccli/other.credential (tccli configure --profile other writes it)",
		},
		"nothing anywhere": {
			files:   map[string]string{".tccli/other.credential": tccliJSON(tccliID)},
			wantErr: "missing credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY",
		},
	} {
		t.Run(name, func(t *testing.T) {
			home := t.TempDir()
			writeFiles(t, home, tc.files)
			vars := map[string]string{"HOME": home, "USERPROFILE": home}
			for k, v := range tc.vars {
				vars[k] = strings.ReplaceAll(v, "{home}", home)
			}
			args := append([]string{"sign", "--service", "cvm", "--action", "DescribeRegions", "--version", "2017-03-12", "--data", "{}"}, tc.args...)
			r := runCLI(t, "", vars, args...)
			assert.NotContains(t, r.stdout+r.stderr, fileSecretKey, "a SecretKey in the output")
			if tc.wantErr != "" {
				assert.Equal(t, ExitUsage, r.code)
				assert.Contains(t, r.stderr, strings.ReplaceAll(tc.wantErr, "{home}", home))
				return
			}
			require.Equal(t, ExitOK, r.code, r.stderr)
			assert.Contains(t, r.stdout, "Credential="+tc.wantID+"/")
			assert.Contains(t, r.stdout, "\nCredentials\n  source                   "+strings.ReplaceAll(tc.wantSource, "{home}", home)+"\n")
			assert.Equal(t, tc.wantToken, strings.Contains(r.stdout, testSessToken), "token in the request")
		})
	}
}

// The JSON, curl and http outputs are the request alone: no source line.
func TestCredentialSourceOnlyInText(t *testing.T) {
	for _, format := range []string{outputJSON, outputCurl, outputHTTP} {
		r := runCLI(t, "", docCreds(), append([]string{"sign", "--output", format}, cvm...)...)
		require.Equal(t, ExitOK, r.code, r.stderr)
		assert.NotContains(t, r.stdout, "$TENCENTCLOUD_SECRET_ID", format)
	}
}

// tcsig emulate takes its keys from --key or its own variable, never from
// the credential chain: a profile on disk must not become a key the local
// endpoint accepts.
func TestEmulateIgnoresTheCredentialChain(t *testing.T) {
	home := t.TempDir()
	writeFiles(t, home, map[string]string{
		".tencentcloud/credentials": sdkINI(),
		".tccli/default.credential": tccliJSON(tccliID),
	})
	// Cancelled before it starts: were the keys accepted, emulate would
	// listen and stop at once with ExitOK instead of refusing.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stdout, stderr strings.Builder
	code := Run(ctx, []string{"emulate", "--addr", "127.0.0.1:0"}, testEnv("", map[string]string{"HOME": home, "USERPROFILE": home}, &stdout, &stderr))
	assert.Equal(t, ExitUsage, code, "emulate took keys from a profile: %s", stdout.String())
	assert.NotContains(t, stdout.String()+stderr.String(), fileSecretKey)
}
