package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/tcsig/tcsig/internal/apierror"
	"github.com/tcsig/tcsig/internal/message"
)

// report prints the answer and returns ExitOK or ExitAPIError. With
// --output json, stdout gets the body alone and stderr a line naming an
// error; with text, stdout gets the status, the body, what an error means,
// the clock and the timeline. local is an answer from a --to endpoint on
// this machine (tcsig emulate, serve's /emulate/): its SecretIdNotFound is
// about the emulator's key list, not the account's keys.
func report(env Env, output, credSource string, timestamp int64, hreq *http.Request, resp *response, tl *timeline, local bool) int {
	var ans apiAnswer
	isJSON := json.Unmarshal(resp.body, &ans) == nil
	if resp.code == http.StatusMisdirectedRequest && !isJSON {
		return misdirected(env, output, hreq, tl)
	}
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
	say := func(code message.Code, args ...any) string { return message.New(code, args...).Render(env.Lang) }
	w.WriteString(say(message.STFrom, resp.status, hreq.URL.Redacted()))
	if hreq.URL.Host != hreq.Host {
		fmt.Fprintf(w, " (Host: %s)", hreq.Host)
	}
	fmt.Fprintln(w)
	w.Write(body)
	if code != "" {
		fmt.Fprintf(w, "\n%s\n", say(message.STError, code, apiMessage(code, msg, env.Lang)))
		if x := explain(code, local, hreq.URL.Host, env.Lang); x != "" {
			fmt.Fprintln(w, say(message.STMeans, x))
		}
		if next := nextStep(code, env.Lang); next != "" {
			fmt.Fprintln(w, say(message.STNext, next))
		}
	}
	writeClock(w, resp.header, timestamp, env.Lang)
	if credSource != "" {
		fmt.Fprintf(w, "\n%s\n", say(message.STCredentials, credSource))
	}
	tl.write(w, env.Lang)
	if _, err := env.Stdout.Write(w.Bytes()); err != nil {
		return fail(env, "send", err)
	}
	return status
}

// explain is what an API error code means: apierror's text, except for an
// unknown SecretId at a local endpoint, where the list of keys is the
// emulator's own.
func explain(code string, local bool, addr string, lang message.Lang) string {
	if local && (code == apierror.SecretIDNotFound || code == apierror.InvalidSecretID) {
		return message.New(message.CLISendLocalSecretID, addr, EnvEmulateKeys).Render(lang)
	}
	return apierror.Explain(code, string(lang))
}

// misdirected reports a 421 from an endpoint's Host guard: no API answered
// (the request never reached a verifier), so it is an endpoint error,
// ExitTransport, with what to change in --to.
func misdirected(env Env, output string, hreq *http.Request, tl *timeline) int {
	fmt.Fprintf(env.Stderr, "tcsig send: %s\n", message.New(message.CLISendMisdirected, hreq.URL.Host, hreq.Host).Render(env.Lang))
	if output == outputText {
		tl.write(env.Stderr, env.Lang)
	}
	return ExitTransport
}

// nextStep is where to look on the command line, as the page links to its
// steps: the explanation itself is apierror's.
func nextStep(code string, lang message.Lang) string {
	var m message.Msg
	switch code {
	case apierror.SignatureFailure:
		m = message.New(message.CLINextSignature)
	case apierror.SignatureExpire:
		m = message.New(message.CLINextExpire)
	case apierror.TokenFailure:
		m = message.New(message.CLINextToken, EnvSessionToken)
	case apierror.SecretIDNotFound, apierror.InvalidSecretID:
		m = message.New(message.CLINextSecretID)
	case apierror.InvalidAuthorization:
		m = message.New(message.CLINextAuthorization)
	}
	return m.Render(lang)
}

// writeClock prints the API server's time from its Date header and how
// far the request's timestamp is from it, as the page's Clock panel does.
func writeClock(w io.Writer, h http.Header, timestamp int64, lang message.Lang) {
	date, err := http.ParseTime(h.Get("Date"))
	if err != nil {
		return
	}
	skew := timestamp - date.Unix()
	fmt.Fprint(w, "\n"+message.New(message.STClock, date.UTC().Format(time.RFC3339), fmt.Sprintf("%+d", skew), clockWindow).Render(lang))
	if skew < -clockWindow || skew > clockWindow {
		fmt.Fprint(w, message.New(message.STClockOut).Render(lang))
	}
	fmt.Fprintln(w)
}

// transportMessage says in plain words why no answer came, and what to do,
// then Go's own error for the details. apierror.TransportKind sorts the
// failure, as it does for the relay the page sends through.
func transportMessage(err error, hreq *http.Request, timeout time.Duration, lang message.Lang) string {
	host, addr := hreq.URL.Hostname(), hreq.URL.Host
	var plain message.Msg
	switch apierror.TransportKind(err) {
	case apierror.TransportTimeout:
		plain = message.New(message.SendTimeout, addr, timeout.String())
	case apierror.TransportDNSNotFound:
		plain = message.New(message.SendDNSNotFound, host)
	case apierror.TransportDNS:
		plain = message.New(message.SendDNS, host)
	case apierror.TransportRefused:
		plain = message.New(message.SendRefused, addr)
	case apierror.TransportNotTLS:
		plain = message.New(message.SendNotTLS, addr)
	case apierror.TransportCertificate:
		plain = message.New(message.SendCertificate, host)
	default:
		plain = message.New(message.SendFailed, hreq.URL.Redacted())
	}
	return message.New(message.SendWithError, plain, err.Error()).Render(lang)
}

// apiMessage is the API's message in lang: when msg is the documented
// English message of code, the documented Chinese one, as the API itself
// answers with X-TC-Language: zh-CN; any other text as it came.
func apiMessage(code, msg string, lang message.Lang) string {
	m := message.New(message.APICode(code))
	if lang != message.EN && msg == m.Render(message.EN) {
		return m.Render(lang)
	}
	return msg
}
