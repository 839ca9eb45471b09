package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tcsig/tcsig/internal/message"
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

// text builds the text output: labelled, aligned rows, its prose in lang.
type text struct {
	b    *bytes.Buffer
	lang message.Lang
}

// say renders the message code with args in t's language.
func (t text) say(code message.Code, args ...any) string {
	return message.New(code, args...).Render(t.lang)
}

func (t text) heading(code message.Code) { t.b.WriteString("\n" + t.say(code) + "\n") }

// row writes label and the value's lines, the later ones aligned under the first.
func (t text) row(label string, lines ...string) {
	if len(lines) == 0 {
		lines = []string{t.say(message.TextEmpty)}
	}
	for i, l := range lines {
		if i > 0 {
			label = ""
		}
		t.b.WriteString(indent + padRight(label, labelWidth) + " " + l + "\n")
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
	return writeTextFrom(b, res, "", message.EN)
}

// writeTextFrom is writeText in lang that also says where the credentials
// came from (a flag, a variable or a file; never a value), when source is
// set.
func writeTextFrom(b *bytes.Buffer, res *signer.Result, source string, lang message.Lang) error {
	start := b.Len()
	t := text{b, lang}
	b.WriteString(t.say(message.TextEveryStep, res.SignatureMethod) + "\n")
	b.WriteString(t.say(message.TextLegend) + "\n")
	if res.SignatureMethod == signer.AlgorithmTC3 {
		t.tc3Steps(res)
	} else {
		t.v1Steps(res)
	}
	t.request(res)
	t.size(res)
	if source != "" {
		t.heading(message.TextCredentials)
		t.row(t.say(message.TextSource), source)
	}
	if len(res.Warnings) > 0 {
		t.heading(message.TextWarnings)
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
	t.heading(message.TextTC3Step1)
	if res.Method != "GET" {
		t.row(t.say(message.TextBody), t.say(message.TextBytes, len(res.Body)))
		if len(res.Body) > 0 {
			t.row("", visibleLines(res.Body, maxShownBody, t.lang)...)
		}
	}
	t.row("HashedRequestPayload", t.say(payloadFormula(res)), res.HashedPayload)

	t.line(t.say(message.TextCanonicalLines))
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
		t.row("CanonicalQueryString", t.orEmpty(visible(lines[2])))
		headers := make([]string, 0, nHeaders+1)
		for _, h := range lines[3 : 3+nHeaders] {
			headers = append(headers, visible(h))
		}
		headers = append(headers, t.say(message.TextHeadersEnd))
		t.row("CanonicalHeaders", headers...)
		t.row("SignedHeaders", visible(lines[4+nHeaders]))
		t.row("HashedRequestPayload", lines[5+nHeaders])
	}
	t.row("HashedCanonicalRequest", "= hex(SHA-256(CanonicalRequest))", res.HashedCanonicalRequest)

	t.heading(message.TextTC3Step2)
	sts := strings.Split(res.StringToSign, "\n")
	if len(sts) == 4 {
		t.row("Algorithm", sts[0])
		t.row("RequestTimestamp", sts[1])
		t.row("CredentialScope", sts[2], t.say(message.TextScopeNote))
		t.row("HashedCanonicalRequest", sts[3])
	} else {
		for _, l := range sts {
			t.row("", visible(l))
		}
	}

	t.heading(message.TextTC3Step3)
	date, service, _ := strings.Cut(strings.TrimSuffix(res.CredentialScope, "/tc3_request"), "/")
	t.row("SecretDate", `= HMAC-SHA256("TC3" + SecretKey, `+strconv.Quote(date)+")", res.DerivedKeys.SecretDate)
	t.row("SecretService", "= HMAC-SHA256(SecretDate, "+strconv.Quote(service)+")", res.DerivedKeys.SecretService)
	t.row("SecretSigning", `= HMAC-SHA256(SecretService, "tc3_request")`, res.DerivedKeys.SecretSigning)
	t.row("Signature", "= hex(HMAC-SHA256(SecretSigning, StringToSign))", res.Signature)

	t.heading(message.TextTC3Step4)
	t.row("Authorization", visible(res.Authorization))
}

// payloadFormula says what the payload hash is the hash of.
func payloadFormula(res *signer.Result) message.Code {
	sum := sha256.Sum256(res.Body)
	switch {
	case res.Method == "GET":
		return message.TextPayloadGET
	case res.HashedPayload == hex.EncodeToString(sum[:]):
		return message.TextPayloadBody
	case res.Headers.Get(protocol.HeaderContentSHA256) != "":
		return message.TextPayloadUnsign
	}
	return message.TextPayloadGiven
}

func (t text) v1Steps(res *signer.Result) {
	t.heading(message.TextV1Step1)
	for _, p := range res.SortedParams {
		t.row(visible(p.Key), t.orEmpty(visible(p.Value)))
	}

	t.heading(message.TextV1Step2)
	t.line(visible(res.StringToSign))

	t.heading(message.TextV1Step3)
	t.row("Signature", "= Base64(HMAC-"+strings.ToUpper(strings.TrimPrefix(res.SignatureMethod, "Hmac"))+
		"(SecretKey, StringToSign))", res.Signature)
}

// request shows what is sent: request line, headers, body.
func (t text) request(res *signer.Result) {
	if res.SignatureMethod == signer.AlgorithmTC3 {
		t.heading(message.TextRequestTC3)
	} else {
		t.heading(message.TextRequestV1)
	}
	t.line(res.Method + " " + res.URL)
	for _, h := range res.Headers {
		t.line(h.Name + ": " + visible(h.Value))
	}
	if res.Method != "GET" {
		t.line("")
		for _, l := range visibleLines(res.Body, maxShownBody, t.lang) {
			t.line(l)
		}
	}
}

func (t text) size(res *signer.Result) {
	s := res.Size
	t.heading(message.TextSize)
	counted := t.say(message.TextBody)
	if s.Counted == "query" {
		counted = t.say(message.TextQuery)
	}
	_, rule := signer.LimitRule(res.Method, res.SignatureMethod)
	t.row(counted, t.say(message.TextSizeUsed, s.Used, s.Limit, message.Size(s.Limit), rule))
	t.row(t.say(message.TextHeaders), t.say(message.TextHeaderBytes, s.HeaderBytes))
}

func (t text) orEmpty(s string) string {
	if s == "" {
		return t.say(message.TextEmpty)
	}
	return s
}

// padRight pads s with spaces to width terminal columns: a Chinese label
// takes two columns a character, so padding by bytes (fmt's %-*s) would
// misalign the values after it.
func padRight(s string, width int) string {
	if n := width - displayWidth(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// displayWidth is how many terminal columns s takes: two for an East Asian
// wide or full-width character, one for any other.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		n++
		if isWide(r) {
			n++
		}
	}
	return n
}

// isWide reports whether r is East Asian wide or full-width (the blocks
// tcsig's Chinese text uses: CJK, its punctuation and full-width forms).
func isWide(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF, r >= 0xAC00 && r <= 0xD7A3,
		r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6:
		return true
	}
	return false
}

// visible spells out characters a reader could not see (see package
// notation) in a value shown on one line.
func visible(s string) string { return notation.Text(s) }

// visibleLines is visible split into display lines after each LF (each
// line but the last ends in <LF>); max >= 0 caps the bytes spelled out and
// ends with a line counting the rest.
func visibleLines(b []byte, max int, lang message.Lang) []string {
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
		lines = append(lines, message.New(message.TextMoreBytes, hidden).Render(lang))
	}
	return lines
}
