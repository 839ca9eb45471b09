package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/internal/message"
)

// Where developers already keep Tencent Cloud credentials, besides the
// environment: the Go SDK's profile file (common.ProfileProvider) and
// tccli's per-profile file (common.TccliProfileProvider, same format as
// tccli configure writes).
const (
	EnvCredentialsFile = "TENCENTCLOUD_CREDENTIALS_FILE"
	EnvTCCLIProfile    = "TCCLI_PROFILE"
	defaultProfile     = "default"
	// maxCredentialFile bounds what is read from a credentials file: a
	// real one is a few hundred bytes.
	maxCredentialFile = 64 << 10
)

// credentials are the SecretId, SecretKey and token a request is signed
// with, and a description of where they came from for --output text. The
// description names files and variables, never a value.
type credentials struct {
	id, key, token string
	source         string
}

// errNoCredentials means no source in the chain held any credentials.
var errNoCredentials = message.Errorf(message.CLINoCredentials, EnvSecretID, EnvSecretKey, "$"+EnvCredentialsFile)

// resolveCredentials walks the chain in the order the Go SDK does, then
// tccli's file: flags and environment variables (field by field, a flag
// winning), the SDK's profile file, tccli's profile. The first source that
// holds any credential must hold a complete pair: a half-set source is an
// error naming what is missing, not a reason to sign with another
// account's key.
func resolveCredentials(f *signFlags, env Env) (credentials, error) {
	c, err := fromFlagsAndEnv(f, env)
	if err != nil || c.source != "" {
		return c, err
	}
	home := homeDir(env)
	c, err = fromSDKProfile(env, home, f.profile)
	if err != nil || c.source != "" {
		return withTokenFlag(c, f, env.Lang), err
	}
	profile := f.profile
	if profile == "" {
		profile = env.Getenv(EnvTCCLIProfile)
	}
	if profile == "" {
		profile = defaultProfile
	}
	c, err = fromTCCLIProfile(home, profile, env.Lang)
	if err != nil || c.source != "" {
		return withTokenFlag(c, f, env.Lang), err
	}
	if f.profile != "" {
		return c, message.Errorf(message.CLIProfileMissing, f.profile)
	}
	if profile != defaultProfile {
		// $TCCLI_PROFILE named a profile that is not there: say so, rather
		// than the generic list, which names only the default files.
		return c, message.Errorf(message.CLITCCLIProfileNone, EnvTCCLIProfile, profile, EnvSecretID, EnvSecretKey)
	}
	return c, errNoCredentials
}

// fromFlagsAndEnv reads --secret-id/--secret-key/--token and the
// environment variables. An empty source means neither held an ID or key.
func fromFlagsAndEnv(f *signFlags, env Env) (credentials, error) {
	var c credentials
	idFrom, keyFrom := "--secret-id", "--secret-key"
	c.id, c.key, c.token = f.req.SecretID, f.req.SecretKey, f.req.Token
	if !f.given["SecretID"] {
		c.id, idFrom = env.Getenv(EnvSecretID), "$"+EnvSecretID
	}
	if !f.given["SecretKey"] {
		c.key, keyFrom = env.Getenv(EnvSecretKey), "$"+EnvSecretKey
	}
	tokenFrom := "--token"
	if !f.given["Token"] {
		c.token, tokenFrom = env.Getenv(EnvSessionToken), "$"+EnvSessionToken
		if c.token == "" {
			c.token, tokenFrom = env.Getenv(EnvSecurityToken), "$"+EnvSecurityToken
		}
	}
	switch {
	case c.id == "" && c.key == "":
		return credentials{}, nil
	case c.key == "":
		return c, message.Errorf(message.CLIMissingKey, EnvSecretKey)
	case c.id == "":
		return c, message.Errorf(message.CLIMissingID, EnvSecretID)
	}
	src := message.New(message.CredTwo, idFrom, keyFrom)
	if c.token != "" {
		src = message.New(message.CredThree, idFrom, keyFrom, tokenFrom)
	}
	if !f.given["SecretID"] && !f.given["SecretKey"] && (c.token == "" || !f.given["Token"]) {
		src = message.New(message.CredEnvironment, src)
	}
	c.source = src.Render(env.Lang)
	return c, nil
}

// withTokenFlag lets --token add a token to credentials from a file, and
// says in the source where the token came from. A token in the
// environment is not used with keys from a file: it belongs to the
// temporary keys it was issued with.
func withTokenFlag(c credentials, f *signFlags, lang message.Lang) credentials {
	if c.source == "" {
		return c
	}
	switch {
	case f.given["Token"]:
		c.token = f.req.Token
		c.source += message.New(message.CredTokenFlag).Render(lang)
	case c.token != "":
		c.source += message.New(message.CredWithToken).Render(lang)
	}
	return c
}

// homeDir is where the SDK and tccli look for their files: $HOME, or
// %USERPROFILE% on Windows. Empty means no home, so no files.
func homeDir(env Env) string {
	if runtime.GOOS == "windows" {
		return env.Getenv("USERPROFILE")
	}
	return env.Getenv("HOME")
}

// fromSDKProfile reads the Go SDK's INI profile file: the file
// $TENCENTCLOUD_CREDENTIALS_FILE names, else ~/.tencentcloud/credentials;
// section [default], or --profile's (the SDK reads only [default]); keys
// secret_id and secret_key as the SDK names them, and token, which the SDK
// does not read, for temporary credentials.
func fromSDKProfile(env Env, home, profile string) (credentials, error) {
	path, explicit := env.Getenv(EnvCredentialsFile), true
	if path == "" {
		if home == "" {
			return credentials{}, nil
		}
		path, explicit = filepath.Join(home, ".tencentcloud", "credentials"), false
	}
	data, err := readCredentialFile(path)
	if errors.Is(err, fs.ErrNotExist) && !explicit {
		return credentials{}, nil
	}
	if err != nil {
		if explicit {
			return credentials{}, fileError("$"+EnvCredentialsFile, err)
		}
		return credentials{}, fileError("", err)
	}
	if profile == "" {
		profile = defaultProfile
	}
	section, ok := iniSection(string(data), profile)
	if !ok {
		return credentials{}, nil // tccli may still have this profile
	}
	c := credentials{id: section["secret_id"], key: section["secret_key"], token: section["token"]}
	if c.id == "" || c.key == "" {
		return credentials{}, message.Errorf(message.CLIProfileIncomplete, path, profile)
	}
	c.source = message.New(message.CredProfileFile, path, profile).Render(env.Lang)
	return c, nil
}

// iniSection returns the keys of section name in an INI text, parsed as
// the Go SDK parses it: trimmed lines, # and ; comments, key = value.
func iniSection(text, name string) (map[string]string, bool) {
	var keys map[string]string
	found, in := false, false
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(strings.ReplaceAll(line, "\r", ""))
		switch {
		case line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			in = strings.TrimSpace(line[1:len(line)-1]) == name
			if in && !found {
				found, keys = true, map[string]string{}
			}
			continue
		}
		if k, v, ok := strings.Cut(line, "="); ok && in {
			keys[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return keys, found
}

// fromTCCLIProfile reads ~/.tccli/<profile>.credential, the JSON file
// tccli configure writes: {"secretId", "secretKey", "token"?}.
func fromTCCLIProfile(home, profile string, lang message.Lang) (credentials, error) {
	if home == "" {
		return credentials{}, nil
	}
	if strings.ContainsAny(profile, `/\`) || profile == "." || profile == ".." {
		return credentials{}, message.Errorf(message.CLIProfilePath, strconv.Quote(profile))
	}
	path := filepath.Join(home, ".tccli", profile+".credential")
	data, err := readCredentialFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return credentials{}, nil
	}
	if err != nil {
		return credentials{}, fileError("", err)
	}
	var file struct {
		SecretID  string `json:"secretId"`
		SecretKey string `json:"secretKey"`
		Token     string `json:"token"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		return credentials{}, message.Errorf(message.CLITCCLINotJSON, path, err)
	}
	if file.SecretID == "" || file.SecretKey == "" {
		return credentials{}, message.Errorf(message.CLITCCLIIncomplete, path, profile)
	}
	return credentials{id: file.SecretID, key: file.SecretKey, token: file.Token, source: message.New(message.CredTCCLI, path).Render(lang)}, nil
}

// readCredentialFile reads a small file; errors name the path.
func readCredentialFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // *PathError names the path
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxCredentialFile+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > maxCredentialFile {
		return nil, message.Errorf(message.CLICredFileTooLarge, path, maxCredentialFile)
	}
	return data, nil
}
