package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tcsig/tcsig/internal/notation"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
)

// Text output layout: two-space indent, labels padded to labelWidth.
const (
	labelWidth = 24
	indent     = "  "
	// maxShownBody caps how much of a body the text output spells out; the
	// rest is counted, and the other outputs carry all of it.
	maxShownBody = 4096
)

// legend is the first thing a reader needs: how invisible characters look.
const legend = notation.Legend + "\n"

// text builds the text output: labelled, aligned rows.
type text struct{ b *bytes.Buffer }

func (t text) heading(s string) { t.b.WriteString("\n" + s + "\n") }

// row writes label and the value's lines, the later ones aligned under the first.
func (t text) row(label string, lines ...string) {
	if len(lines) == 0 {
		lines = []string{"(empty)"}
	}
	for i, l := range lines {
		if i > 0 {
			label = ""
		}
		fmt.Fprintf(t.b, "%s%-*s %s\n", indent, labelWidth, label, l)
		// %-*s pads by runes' bytes; labels are ASCII so that is the width.
	}
}

func (t text) line(s string) {
	if s != "" {
		t.b.WriteString(indent + s)
	}
	t.b.WriteByte('\n')
}

// writeText writes every step of the signature for a person to read.
func writeText(b *bytes.Buffer, res *signer.Result) error {
	return writeTextFrom(b, res, "")
}

// writeTextFrom is writeText that also says where the credentials came
// from (a flag, a variable or a file; never a value), when source is set.
func writeTextFrom(b *bytes.Buffer, res *signer.Result, source string) error {
	start := b.Len()
	t := text{b}
	b.WriteString(res.SignatureMethod + ": every step of the signature\n")
	b.WriteString(legend)
	if res.SignatureMethod == signer.AlgorithmTC3 {
		t.tc3Steps(res)
	} else {
		t.v1Steps(res)
	}
	t.request(res)
	t.size(res)
	if source != "" {
		t.heading("Credentials")
		t.row("source", source)
	}
	if len(res.Warnings) > 0 {
		t.heading("Warnings")
		for _, w := range res.Warnings {
			t.line("- " + w)
		}
	}
	// Values are spelled out above; this catches a control character in
	// any other text (a warning quoting a region name, say), so nothing
	// printed can act on the terminal.
	safe := notation.Controls(string(b.Bytes()[start:]))
	b.Truncate(start)
	b.WriteString(safe)
	return nil
}

func (t text) tc3Steps(res *signer.Result) {
	t.heading("Step 1. Canonical request")
	if res.Method != "GET" {
		t.row("body", strconv.Itoa(len(res.Body))+" bytes")
		if len(res.Body) > 0 {
			t.row("", visibleLines(res.Body, maxShownBody)...)
		}
	}
	t.row("HashedRequestPayload", payloadFormula(res), res.HashedPayload)

	t.line("CanonicalRequest, line by line (lines joined by LF, none after the last):")
	lines := strings.Split(res.CanonicalRequest, "\n")
	nHeaders := strings.Count(res.CanonicalHeaders, "\n")
	if len(lines) != 6+nHeaders {
		// Not the documented shape; show it raw rather than mislabel it.
		for _, l := range lines {
			t.row("", visible(l))
		}
	} else {
		t.row("HTTPRequestMethod", visible(lines[0]))
		t.row("CanonicalURI", visible(lines[1]))
		t.row("CanonicalQueryString", orEmpty(visible(lines[2])))
		headers := make([]string, 0, nHeaders+1)
		for _, h := range lines[3 : 3+nHeaders] {
			headers = append(headers, visible(h))
		}
		headers = append(headers, "(empty line: every header line ends with LF)")
		t.row("CanonicalHeaders", headers...)
		t.row("SignedHeaders", visible(lines[4+nHeaders]))
		t.row("HashedRequestPayload", lines[5+nHeaders])
	}
	t.row("HashedCanonicalRequest", "= hex(SHA-256(CanonicalRequest))", res.HashedCanonicalRequest)

	t.heading("Step 2. String to sign (lines joined by LF, none after the last)")
	sts := strings.Split(res.StringToSign, "\n")
	if len(sts) == 4 {
		t.row("Algorithm", sts[0])
		t.row("RequestTimestamp", sts[1])
		t.row("CredentialScope", sts[2], "= Date/service/tc3_request; Date is the timestamp's UTC date")
		t.row("HashedCanonicalRequest", sts[3])
	} else {
		for _, l := range sts {
			t.row("", visible(l))
		}
	}

	t.heading("Step 3. Signature (keys shown in hex; each step uses the raw 32 bytes)")
	date, service, _ := strings.Cut(strings.TrimSuffix(res.CredentialScope, "/tc3_request"), "/")
	t.row("SecretDate", `= HMAC-SHA256("TC3" + SecretKey, `+strconv.Quote(date)+")", res.DerivedKeys.SecretDate)
	t.row("SecretService", "= HMAC-SHA256(SecretDate, "+strconv.Quote(service)+")", res.DerivedKeys.SecretService)
	t.row("SecretSigning", `= HMAC-SHA256(SecretService, "tc3_request")`, res.DerivedKeys.SecretSigning)
	t.row("Signature", "= hex(HMAC-SHA256(SecretSigning, StringToSign))", res.Signature)

	t.heading("Step 4. Authorization header")
	t.row("Authorization", visible(res.Authorization))
}

// payloadFormula says what the payload hash is the hash of.
func payloadFormula(res *signer.Result) string {
	sum := sha256.Sum256(res.Body)
	switch {
	case res.Method == "GET":
		return "= hex(SHA-256(\"\")): a GET has no body"
	case res.HashedPayload == hex.EncodeToString(sum[:]):
		return "= hex(SHA-256(body))"
	case res.Headers.Get(protocol.HeaderContentSHA256) != "":
		return `= hex(SHA-256("UNSIGNED-PAYLOAD")): the body is not signed`
	}
	return "= the payload hash given"
}

func (t text) v1Steps(res *signer.Result) {
	t.heading("Step 1. Parameters sorted by name (byte order), raw values, not URL-encoded")
	for _, p := range res.SortedParams {
		t.row(visible(p.Key), orEmpty(visible(p.Value)))
	}

	t.heading("Step 2. String to sign = METHOD + host + path + \"?\" + the name=value pairs joined by &")
	t.line(visible(res.StringToSign))

	t.heading("Step 3. Signature")
	t.row("Signature", "= Base64(HMAC-"+strings.ToUpper(strings.TrimPrefix(res.SignatureMethod, "Hmac"))+
		"(SecretKey, StringToSign))", res.Signature)
}

// request shows what is sent: request line, headers, body.
func (t text) request(res *signer.Result) {
	if res.SignatureMethod == signer.AlgorithmTC3 {
		t.heading("Request to send")
	} else {
		t.heading("Request to send (every value URL-encoded, Signature added)")
	}
	t.line(res.Method + " " + res.URL)
	for _, h := range res.Headers {
		t.line(h.Name + ": " + visible(h.Value))
	}
	if res.Method != "GET" {
		t.line("")
		for _, l := range visibleLines(res.Body, maxShownBody) {
			t.line(l)
		}
	}
}

func (t text) size(res *signer.Result) {
	s := res.Size
	t.heading("Size")
	t.row(s.Counted, fmt.Sprintf("%d of %d bytes (%s) allowed for %s", s.Used, s.Limit, protocol.HumanSize(s.Limit), s.Rule))
	t.row("headers", fmt.Sprintf("%d bytes (not counted against the limit)", s.HeaderBytes))
}

func orEmpty(s string) string {
	if s == "" {
		return "(empty)"
	}
	return s
}

// visible spells out characters a reader could not see (see package
// notation) in a value shown on one line.
func visible(s string) string { return notation.Text(s) }

// visibleLines is visible split into display lines after each LF (each
// line but the last ends in <LF>); max >= 0 caps the bytes spelled out and
// ends with a line counting the rest.
func visibleLines(b []byte, max int) []string {
	rest := b
	if max >= 0 && len(rest) > max {
		cut := max
		for cut > 0 && cut > max-utf8.UTFMax && !utf8.RuneStart(b[cut]) {
			cut-- // never split a character
		}
		rest = rest[:cut]
	}
	hidden := len(b) - len(rest)
	var lines []string
	for _, l := range strings.SplitAfter(string(rest), "\n") {
		if l != "" {
			lines = append(lines, notation.Text(l))
		}
	}
	if len(lines) == 0 {
		lines = []string{""}
	}
	if hidden > 0 {
		lines = append(lines, fmt.Sprintf("… %d more bytes not shown (--output http or curl has them all)", hidden))
	}
	return lines
}
