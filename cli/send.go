package cli

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/tcsig/tcsig/internal/message"
	"github.com/tcsig/tcsig/signer"
)

const sendSynopsis = `Usage: tcsig send --service S --action A [--version V] [flags]

Signs a request exactly as tcsig sign does (same flags, same credentials),
sends it, and prints the response as indented JSON, what an AuthFailure
means, and a timeline of the call (DNS, connect, TLS, first byte, total).
--to sends to another endpoint, e.g. tcsig emulate, while the request stays
signed for the real host. With --output json, only the response body is
printed (for jq).
` + credentialsHelp + `
Exit status: 0 success, 2 bad input, 3 the API answered with an error,
4 no answer (DNS, connect, TLS, timeout).

Flags:
`

// Bounds of a sent call. --timeout (default a minute: a 10 MB body on a
// slow link still fits) bounds the whole call, waiting for the response
// included; connecting and the TLS handshake get less, so a dead address
// fails fast.
const (
	sendDialTimeout    = 10 * time.Second
	sendTLSTimeout     = 10 * time.Second
	defaultSendTimeout = time.Minute
	maxResponseBytes   = 32 << 20
	clockWindow        = 300 // seconds either side of the server's clock the API accepts
)

type sendFlags struct {
	signFlags
	to      string
	timeout time.Duration
}

// check refuses send's own flags before anything is signed.
func (f *sendFlags) check() error {
	if f.output != outputText && f.output != outputJSON {
		return outputError(f.output, outputText, outputJSON)
	}
	if f.timeout <= 0 {
		return message.Errorf(message.CLITimeoutPositive)
	}
	if f.to != "" {
		if _, err := toURL(f.to); err != nil {
			return err
		}
	}
	return nil
}

// toURL parses --to: an http or https URL with a host and at most a path.
func toURL(to string) (*url.URL, error) {
	t, err := url.Parse(to)
	if err != nil || (t.Scheme != "http" && t.Scheme != "https") || t.Host == "" || t.RawQuery != "" || t.Fragment != "" || t.User != nil {
		return nil, message.Errorf(message.CLIToURL, strconv.Quote(to))
	}
	return t, nil
}

// runSend implements tcsig send: sign as tcsig sign does, send, explain.
func runSend(ctx context.Context, args []string, env Env) int {
	var f sendFlags
	fs := newSignFlagSet("send", &f.signFlags)
	addLangFlag(fs, env, &f.lang)
	fs.StringVar(&f.to, "to", "", "send to this `URL` instead of the signed host (e.g. http://127.0.0.1:9011 for tcsig emulate,\nhttp://127.0.0.1:8080/emulate/ for tcsig serve's emulator); the Host header stays the signed host")
	fs.DurationVar(&f.timeout, "timeout", defaultSendTimeout, "give up on the whole call after this `duration`")
	if f := fs.Lookup("output"); f != nil {
		f.Usage = "text (response, explanation, timeline) or json (the response body only)"
	}
	s, code := signFromArgs(fs, &f.signFlags, args, env, sendSynopsis, f.check)
	if s == nil {
		return code
	}
	env = s.env
	hreq, err := httpRequest(ctx, s.res, f.to)
	if err != nil {
		return fail(env, "send", err)
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()

	tl := newTimeline(env.Now)
	resp, err := roundTrip(hreq.WithContext(tl.trace(ctx)), tl)
	if err != nil {
		fmt.Fprintf(env.Stderr, "tcsig send: %s\n", transportMessage(err, hreq, f.timeout, env.Lang))
		if f.output == outputText {
			tl.write(env.Stderr, env.Lang)
		}
		return ExitTransport
	}
	return report(env, f.output, f.credSource, s.req.Timestamp, hreq, resp, tl, f.to != "" && isLocal(hreq.URL.Host))
}

// httpRequest builds the request to send from the signing result: the
// exact URL (query bytes as signed), headers and body. With to, the
// request goes to that endpoint's scheme, host and path prefix, while the
// Host header stays the host the request was signed for.
func httpRequest(ctx context.Context, res *signer.Result, to string) (*http.Request, error) {
	u, err := url.Parse(res.URL)
	if err != nil {
		return nil, fmt.Errorf("the signed URL %q does not parse: %v", res.URL, err)
	}
	signedHost := u.Host
	if to != "" {
		t, err := toURL(to)
		if err != nil {
			return nil, err
		}
		u.Scheme, u.Host = t.Scheme, t.Host
		u.Path = strings.TrimSuffix(t.Path, "/") + u.Path
	}
	hreq, err := http.NewRequestWithContext(ctx, res.Method, u.String(), bytes.NewReader(res.Body))
	if err != nil {
		return nil, err
	}
	hreq.Host = signedHost
	for _, h := range res.Headers {
		switch {
		case strings.EqualFold(h.Name, "Host"), strings.EqualFold(h.Name, "Content-Length"):
			continue // from hreq.Host and the body
		}
		hreq.Header[h.Name] = append(hreq.Header[h.Name], h.Value) // as signed, not re-cased
	}
	return hreq, nil
}

// roundTrip sends hreq with a client of its own (every timeout spelled
// out, redirects not followed: the API never redirects, and a redirect
// would resend a signed request elsewhere) and reads the whole response.
func roundTrip(hreq *http.Request, tl *timeline) (*response, error) {
	client := &http.Client{
		Transport: &http.Transport{
			Proxy:               http.ProxyFromEnvironment, // as curl does; never for loopback
			DialContext:         (&net.Dialer{Timeout: sendDialTimeout}).DialContext,
			TLSClientConfig:     &tls.Config{MinVersion: tls.VersionTLS12},
			TLSHandshakeTimeout: sendTLSTimeout,
			ForceAttemptHTTP2:   true,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	defer client.CloseIdleConnections()
	resp, err := client.Do(hreq)
	if err != nil {
		tl.fail(err)
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes+1))
	if err == nil && len(body) > maxResponseBytes {
		err = message.Errorf(message.CLIResponseTooLarge, message.Size(maxResponseBytes))
	}
	if err != nil {
		tl.fail(err)
		return nil, &wrapped{message.New(message.CLIReadingResponse, err), err}
	}
	tl.finish(int64(len(body)))
	return &response{status: resp.Status, code: resp.StatusCode, header: resp.Header, body: body}, nil
}

// response is what came back.
type response struct {
	status string
	code   int
	header http.Header
	body   []byte
}

// apiAnswer is the API's envelope, as much of it as send explains.
type apiAnswer struct {
	Response struct {
		Error *struct {
			Code    string
			Message string
		}
		RequestId string
	}
}
