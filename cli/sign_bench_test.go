package cli

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/tcsig/tcsig/request"
)

// BenchmarkSign measures tcsig sign end to end (flags, signing, output) for
// the documentation's request against a baseline of request.Sign alone, in the
// same process: compare each output's ns/op with "baseline" as a ratio.
func BenchmarkSign(b *testing.B) {
	req := &request.Input{Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		ContentType: docCharset, Data: []byte(docBody), Timestamp: 1551113065, SecretID: docSecretID, SecretKey: docSecretKey}
	b.Run("baseline", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := request.Sign(req); err != nil {
				b.Fatal(err)
			}
		}
	})
	vars := docCreds()
	for _, format := range []string{outputJSON, outputText, outputCurl, outputHTTP} {
		args := append(append([]string{"sign", "--output", format}, cvm...), "--content-type", docCharset, "--data", docBody)
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			env := Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
				Getenv: func(k string) string { return vars[k] }, Nonce: func() uint64 { return testNonce },
				Now: func() time.Time { return time.Unix(testTimestamp, 0) }}
			for b.Loop() {
				if code := Run(context.Background(), args, env); code != ExitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
