package cli

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tcsig/tcsig/request"
	"github.com/tcsig/tcsig/signer"
)

// A field error names the flag of the field at fault, from the request
// schema's table; the SecretId, best set in the environment, its variable.
func TestFieldErrorsNameTheFlag(t *testing.T) {
	for _, f := range request.Fields {
		if f.Flag == "" {
			continue // the CLI never sets it, so never hears of it
		}
		want := "--" + f.Flag + ": bad"
		if f.ID == "SecretID" {
			want = EnvSecretID + ": bad"
		}
		err := flagError(&signer.FieldError{Field: f.ID, Msg: "bad"}, &request.Input{Host: "cvm.tencentcloudapi.com"})
		assert.EqualError(t, err, want, f.ID)
	}
}

// Every field of the schema with a flag is a flag of sign and send, with
// the table's usage and default.
func TestFlagsComeFromTheSchema(t *testing.T) {
	for _, cmd := range []string{"sign", "send"} {
		fs := newSignFlagSet(cmd, &signFlags{})
		for _, f := range request.Fields {
			if f.Flag == "" {
				continue
			}
			fl := fs.Lookup(f.Flag)
			if !assert.NotNil(t, fl, "%s: no --%s", cmd, f.Flag) {
				continue
			}
			assert.Equal(t, f.Usage, fl.Usage, "%s --%s", cmd, f.Flag)
			if f.Kind == request.KindString {
				assert.Equal(t, f.Default, fl.DefValue, "%s --%s", cmd, f.Flag)
			}
		}
	}
}
