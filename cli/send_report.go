package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/tcsig/tcsig/internal/apierror"
)

// report prints the answer and returns ExitOK or ExitAPIError. With
// --output json, stdout gets the body alone and stderr a line naming an
// error; with text, stdout gets the status, the body, what an error means,
// the clock and the timeline.
func report(env Env, output, credSource string, timestamp int64, hreq *http.Request, resp *response, tl *timeline) int {
	var ans apiAnswer
	isJSON := json.Unmarshal(resp.body, &ans) == nil
	code, msg := "", ""
	if e := ans.Response.Error; isJSON && e != nil {
		code, msg = e.Code, e.Message
	}
	status := ExitOK
	if code != "" || resp.code < 200 || resp.code > 299 {
		status = ExitAPIError
	}

	body := resp.body
	var pretty bytes.Buffer
	if isJSON && json.Indent(&pretty, resp.body, "", "  ") == nil {
		body = append(pretty.Bytes(), '\n')
	}
	if output == outputJSON {
		if status != ExitOK {
			fmt.Fprintf(env.Stderr, "tcsig send: HTTP %d %s %s\n", resp.code, code, msg)
		}
		if _, err := env.Stdout.Write(body); err != nil {
			return fail(env, "send", err)
		}
		return status
	}

	w := &bytes.Buffer{}
	fmt.Fprintf(w, "HTTP %s from %s", resp.status, hreq.URL.Redacted())
	if hreq.URL.Host != hreq.Host {
		fmt.Fprintf(w, " (Host: %s)", hreq.Host)
	}
	fmt.Fprintln(w)
	w.Write(body)
	if code != "" {
		fmt.Fprintf(w, "\nError %s: %s\n", code, msg)
		if x := apierror.Explain(code, apierror.En); x != "" {
			fmt.Fprintf(w, "What it means: %s\n", x)
		}
		if next := nextStep(code); next != "" {
			fmt.Fprintf(w, "Next: %s\n", next)
		}
	}
	writeClock(w, resp.header, timestamp)
	if credSource != "" {
		fmt.Fprintf(w, "\nCredentials: %s\n", credSource)
	}
	tl.write(w)
	if _, err := env.Stdout.Write(w.Bytes()); err != nil {
		return fail(env, "send", err)
	}
	return status
}

// nextStep is where to look on the command line, as the page links to its
// steps: the explanation itself is apierror's.
func nextStep(code string) string {
	switch code {
	case apierror.SignatureFailure:
		return "compare your code's canonical request and string to sign with tcsig sign --output text (same flags), or check what your code sent with tcsig verify"
	case apierror.SignatureExpire:
		return "see the clock below; sign again with a correct clock (or --timestamp from the server's time)"
	case apierror.TokenFailure:
		return "set " + EnvSessionToken + " (or the profile's token) to the token issued with this SecretId, or unset it for permanent keys"
	case apierror.SecretIDNotFound, apierror.InvalidSecretID:
		return "check the source named under Credentials below"
	case apierror.InvalidAuthorization:
		return "compare the Authorization line of tcsig sign --output text with what was sent"
	}
	return ""
}

// writeClock prints the API server's time from its Date header and how
// far the request's timestamp is from it, as the page's Clock panel does.
func writeClock(w io.Writer, h http.Header, timestamp int64) {
	date, err := http.ParseTime(h.Get("Date"))
	if err != nil {
		return
	}
	skew := timestamp - date.Unix()
	fmt.Fprintf(w, "\nClock: the server's time is %s; the request's timestamp is %+d s from it (the API accepts ±%d s)",
		date.UTC().Format(time.RFC3339), skew, clockWindow)
	if skew < -clockWindow || skew > clockWindow {
		fmt.Fprint(w, ": outside, so the API rejects it (AuthFailure.SignatureExpire)")
	}
	fmt.Fprintln(w)
}

// transportMessage says in plain words why no answer came, and what to do,
// then Go's own error for the details. apierror.TransportKind sorts the
// failure, as it does for the relay the page sends through.
func transportMessage(err error, hreq *http.Request, timeout time.Duration) string {
	host, addr := hreq.URL.Hostname(), hreq.URL.Host
	var plain string
	switch apierror.TransportKind(err) {
	case apierror.TransportTimeout:
		plain = "no answer from " + addr + " within " + timeout.String() + " (--timeout): the host is slow, unreachable or filtered"
	case apierror.TransportDNSNotFound:
		plain = "cannot resolve " + host + ": the DNS server says it does not exist; check --service, --region, --host or --to, and that this machine's DNS reaches the internet"
	case apierror.TransportDNS:
		plain = "cannot resolve " + host + ": this machine has no DNS or no internet"
	case apierror.TransportRefused:
		plain = "nothing is listening at " + addr + " (connection refused): start the endpoint (e.g. tcsig emulate --addr " + addr + ") or check --to"
	case apierror.TransportNotTLS:
		plain = addr + " does not speak TLS: use an http:// URL in --to"
	case apierror.TransportCertificate:
		plain = "the TLS certificate of " + host + " is not trusted for that name"
	default:
		plain = "sending to " + hreq.URL.Redacted() + " failed"
	}
	return plain + " (" + err.Error() + ")"
}
