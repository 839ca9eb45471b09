package capture

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/internal/message"
)

// ParseHTTP parses a raw HTTP/1.x request: request line (origin-form
// "POST / HTTP/1.1" or absolute-form "POST https://host/?a=b HTTP/1.1"),
// header fields, a blank line, the body. Head lines may end in CRLF or LF
// (pasted from a terminal); the body is taken byte for byte after the blank
// line. Content-Length is honoured: fewer bytes than it says is an error,
// more are dropped with a note. A chunked body is de-chunked.
//
// Header text copied from browser devtools for an HTTP/2 request (":method",
// ":path", ":authority", ":scheme" lines instead of a request line) is
// accepted too.
func ParseHTTP(text []byte) (*Request, error) {
	if err := checkSize("input", len(text)); err != nil {
		return nil, err
	}
	base := 0
	if bytes.HasPrefix(text, utf8BOM) {
		base = len(utf8BOM)
	}
	r, err := parseHTTPTextAt(text, base, 0, FormatHTTP, framing{})
	if err != nil {
		return nil, err
	}
	if base > 0 {
		r.prependNotes(message.New(message.CapBOM))
	}
	return r, nil
}

// textLine is one line of input.
type textLine struct {
	s     string // the line without its line end
	num   int    // 1-based line number in the input
	start int    // byte offset of the line's first byte
	end   int    // byte offset just past the line end ('\n'), or len(text)
	crlf  bool   // line ended in "\r\n"
	term  bool   // line ended in '\n' at all
}

// lineAt returns the line of text starting at byte pos.
func lineAt(text []byte, pos, num int) textLine {
	ln := textLine{num: num, start: pos}
	rest := text[pos:]
	i := bytes.IndexByte(rest, '\n')
	if i < 0 {
		ln.s = strings.TrimSuffix(string(rest), "\r")
		ln.end = len(text)
		return ln
	}
	ln.term = true
	ln.end = pos + i + 1
	line := rest[:i]
	if len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
		ln.crlf = true
	}
	ln.s = string(line)
	return ln
}

// framing tells frameBody how the body reached us.
type framing struct {
	sdkLog  bool // body came through log.Printf, which appends '\n' when missing
	verbose bool // curl -v: the body is not printed; a pasted body is optional
}

// headInfo is what frameBody needs to know about the head.
type headInfo struct {
	lfOnly    bool  // every head line ended in a bare LF
	fieldLine []int // input line number of each Request.Header field
	noBlank   bool  // the text ended without the blank line after the head
}

// parseHTTPTextAt parses text[pos:] as an HTTP request; startLine is the
// number of lines before pos, so that errors name lines of the whole input.
func parseHTTPTextAt(text []byte, pos, startLine int, format string, fr framing) (*Request, error) {
	var head []textLine
	num := startLine
	bodyStart := -1
	blankHasSpace := false
	for pos < len(text) {
		num++
		ln := lineAt(text, pos, num)
		pos = ln.end
		if strings.TrimLeft(ln.s, " \t") == "" {
			if len(head) == 0 {
				continue // blank lines before the request line are ignored (RFC 9112 §2.2)
			}
			blankHasSpace = ln.s != ""
			bodyStart = ln.end
			break
		}
		head = append(head, ln)
		if len(head) > maxFields+1 { // the request line plus the fields
			return nil, msgErr(format, nil, message.CapErrHeaderLines, maxFields).atLine(ln.num)
		}
	}
	if len(head) == 0 {
		return nil, msgErr(format, nil, message.CapErrBlank)
	}
	r, info, err := parseHead(head, format)
	if err != nil {
		return nil, err
	}
	if blankHasSpace {
		r.note(message.CapBlankLineSpaces)
	}
	var body []byte
	if bodyStart >= 0 {
		body = text[bodyStart:]
	} else {
		info.noBlank = true
		bodyStart = len(text)
	}
	if err := frameBody(r, body, bodyStart, info, fr); err != nil {
		return nil, err
	}
	return r, nil
}

// parseHead parses the request line (or HTTP/2 pseudo-headers) and the
// header fields.
func parseHead(head []textLine, format string) (*Request, headInfo, error) {
	r := &Request{Format: format}
	info := headInfo{lfOnly: lineEndings(r, head)}

	fields := head
	pseudoForm := strings.HasPrefix(head[0].s, ":")
	absolute := false
	if !pseudoForm {
		var err error
		absolute, err = parseRequestLine(r, head[0], format)
		if err != nil {
			return nil, info, err
		}
		fields = head[1:]
	}

	hf := headerFields{r: r, info: &info, format: format, pseudo: map[string]string{}, pseudoLine: map[string]int{}}
	for _, ln := range fields {
		if err := hf.add(ln); err != nil {
			return nil, info, err
		}
	}

	if pseudoForm {
		if err := applyPseudo(r, hf.pseudo, hf.pseudoLine, head[0].num, format); err != nil {
			return nil, info, err
		}
	} else if len(hf.pseudo) > 0 {
		r.note(message.CapPseudoAfterH1)
	}
	resolveHost(r, absolute)
	return r, info, nil
}

// lineEndings notes a head that mixes CRLF and LF, and reports whether it
// uses LF alone.
func lineEndings(r *Request, head []textLine) (lfOnly bool) {
	crlf, lf := 0, 0
	for _, ln := range head {
		switch {
		case ln.crlf:
			crlf++
		case ln.term:
			lf++
		}
	}
	if crlf > 0 && lf > 0 {
		r.note(message.CapMixedEndings, crlf, lf)
	}
	return crlf == 0 && lf > 0
}

// headerFields reads the header lines of a head into r.Header, keeping
// HTTP/2 pseudo-headers (":method", …) apart.
type headerFields struct {
	r          *Request
	info       *headInfo
	format     string
	pseudo     map[string]string
	pseudoLine map[string]int
	foldNoted  bool
}

func (hf *headerFields) add(ln textLine) error {
	r := hf.r
	if ln.s[0] == ' ' || ln.s[0] == '\t' {
		return hf.fold(ln)
	}
	name, value, err := splitField(ln.s)
	if err != nil {
		return msgErr(hf.format, nil, message.Wrapped, err).atLine(ln.num)
	}
	if name != strings.TrimRight(name, " \t") {
		r.note(message.CapSpaceBeforeColon, ln.num, strconv.Quote(strings.TrimRight(name, " \t")))
		name = strings.TrimRight(name, " \t")
	}
	if strings.HasPrefix(name, ":") {
		hf.addPseudo(ln, name, value)
		return nil
	}
	if !isToken(name) {
		r.note(message.CapBadHeaderName, ln.num, strconv.Quote(name))
	}
	if hasCTL(value) {
		r.note(message.CapControlInValue, ln.num, name)
	}
	hf.info.fieldLine = append(hf.info.fieldLine, ln.num)
	r.Header = append(r.Header, Field{Name: name, Value: value})
	return nil
}

// fold joins an obs-fold line (RFC 9112 §5.2) to the previous field value.
func (hf *headerFields) fold(ln textLine) error {
	r := hf.r
	if len(r.Header) == 0 {
		return msgErr(hf.format, nil, message.CapErrFirstFold, quoteExcerpt(ln.s)).atLine(ln.num)
	}
	last := &r.Header[len(r.Header)-1]
	last.Value = strings.TrimRight(last.Value+" "+strings.Trim(ln.s, " \t"), " \t")
	if !hf.foldNoted {
		r.note(message.CapFolding, ln.num)
		hf.foldNoted = true
	}
	return nil
}

func (hf *headerFields) addPseudo(ln textLine, name, value string) {
	key := strings.ToLower(name)
	if _, dup := hf.pseudo[key]; dup {
		hf.r.note(message.CapPseudoRepeated, ln.num, name)
		return
	}
	hf.pseudo[key] = value
	hf.pseudoLine[key] = ln.num
	if key == ":authority" {
		hf.info.fieldLine = append(hf.info.fieldLine, ln.num)
		hf.r.Header = append(hf.r.Header, Field{Name: "Host", Value: value})
	}
}

// resolveHost sets r.Host from the Host header unless the request line had
// an absolute URL, noting a missing, repeated or disagreeing Host.
func resolveHost(r *Request, absolute bool) {
	hosts := r.Values("Host")
	switch {
	case absolute:
		if len(hosts) > 0 && !strings.EqualFold(hosts[0], r.Host) {
			r.note(message.CapURLHostDiffers, strconv.Quote(r.Host), strconv.Quote(hosts[0]))
		}
	case len(hosts) > 0:
		r.Host = hosts[0]
	default:
		r.note(message.CapNoHost)
	}
	if len(hosts) > 1 {
		r.note(message.CapManyHosts, len(hosts), strconv.Quote(hosts[0]))
	}
}

// parseRequestLine parses "METHOD target HTTP/x.y" into r. absolute reports
// an absolute-form target, whose authority then is the host.
func parseRequestLine(r *Request, ln textLine, format string) (absolute bool, err error) {
	parts := splitRequestLine(ln.s)
	switch len(parts) {
	case 3:
		if !isHTTPVersion(parts[2]) {
			return false, msgErr(format, nil, message.CapErrVersion, quoteExcerpt(parts[2])).atLine(ln.num)
		}
	case 2:
		r.note(message.CapNoVersion)
	default:
		spaces := message.Msg{}
		if len(parts) > 3 {
			spaces = message.New(message.CapErrLineSpaces)
		}
		return false, msgErr(format, nil, message.CapErrRequestLine, quoteExcerpt(ln.s), spaces).atLine(ln.num)
	}
	if !isToken(parts[0]) {
		return false, msgErr(format, nil, message.CapErrMethod, quoteExcerpt(parts[0])).atLine(ln.num)
	}
	r.Method = parts[0]
	if strings.ToUpper(r.Method) != r.Method {
		r.note(message.CapMethodCase, strconv.Quote(r.Method))
	}
	if hasNonPrintableASCII(parts[1]) {
		r.note(message.CapTargetBytes)
	}
	return setTarget(r, parts[1], format, ln.num)
}

// splitRequestLine splits at runs of spaces and tabs. Other whitespace
// (VT, FF, a bare CR) stays in the parts, so that nothing is silently
// dropped from the target.
func splitRequestLine(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' })
}

// setTarget fills Path/RawQuery (and Scheme/Host for an absolute URL).
func setTarget(r *Request, target, format string, line int) (absolute bool, err error) {
	switch {
	case strings.HasPrefix(target, "/"):
		r.setPathQuery(target)
		if strings.Contains(target, "#") {
			r.note(message.CapTargetFragment)
		}
		return false, nil
	case target == "*":
		r.Path = "*"
		return false, nil
	}
	if u, ok := splitURL(target); ok {
		applyURL(r, u)
		return true, nil
	}
	return false, msgErr(format, nil, message.CapErrTarget, quoteExcerpt(target)).atLine(line)
}

// applyPseudo builds the request line from HTTP/2 pseudo-headers.
func applyPseudo(r *Request, p map[string]string, line map[string]int, firstLine int, format string) error {
	method, ok := p[":method"]
	if !ok {
		return msgErr(format, nil, message.CapErrNoPseudoMeth).atLine(firstLine)
	}
	if !isToken(method) {
		return msgErr(format, nil, message.CapErrPseudoMethod, quoteExcerpt(method)).atLine(line[":method"])
	}
	r.Method = method
	path, ok := p[":path"]
	if !ok {
		return msgErr(format, nil, message.CapErrNoPseudoPath).atLine(firstLine)
	}
	if _, err := setTarget(r, path, format, line[":path"]); err != nil {
		return err
	}
	r.Scheme = strings.ToLower(p[":scheme"])
	r.Host = p[":authority"]
	r.note(message.CapPseudoRead)
	return nil
}

// splitField splits "Name: value" and trims the value's optional whitespace.
func splitField(s string) (name, value string, err error) {
	from := 0
	if strings.HasPrefix(s, ":") {
		from = 1 // a pseudo-header name starts with ':'
	}
	i := strings.IndexByte(s[from:], ':')
	if i < 0 {
		return "", "", message.Errorf(message.CapErrNoColon, quoteExcerpt(s))
	}
	i += from
	name = s[:i]
	if strings.Trim(name, " \t") == "" || name == ":" {
		return "", "", message.Errorf(message.CapErrEmptyName, quoteExcerpt(s))
	}
	return name, strings.Trim(s[i+1:], " \t"), nil
}

func isHTTPVersion(s string) bool {
	v, ok := strings.CutPrefix(s, "HTTP/")
	if !ok || v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		if (v[i] < '0' || v[i] > '9') && v[i] != '.' {
			return false
		}
	}
	return true
}

// isToken reports whether s is an RFC 9110 token (method or field name).
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			continue
		}
		if !strings.ContainsRune("!#$%&'*+-.^_`|~", rune(c)) {
			return false
		}
	}
	return true
}

func hasCTL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' && s[i] != '\t' || s[i] == 0x7F {
			return true
		}
	}
	return false
}

func looksLikeRequestLine(line string) bool {
	parts := splitRequestLine(line)
	if len(parts) != 3 || !isToken(parts[0]) || !isHTTPVersion(parts[2]) {
		return false
	}
	t := parts[1]
	return strings.HasPrefix(t, "/") || t == "*" || schemeEnd(t) > 0
}

// frameBody decides which bytes of body are the request body.
func frameBody(r *Request, body []byte, off int, info headInfo, fr framing) error {
	format := r.Format
	if fr.verbose && len(body) == 0 {
		return omittedBody(r)
	}
	if te := r.Values("Transfer-Encoding"); len(te) > 0 {
		codings := splitList(te)
		if len(codings) > 0 && strings.EqualFold(codings[len(codings)-1], "chunked") {
			if len(r.Values("Content-Length")) > 0 {
				r.note(message.CapTEAndCL)
			}
			if len(codings) > 1 {
				r.note(message.CapTEStillEncoded, strconv.Quote(strings.Join(te, ", ")), strings.Join(codings[:len(codings)-1], ", "))
			}
			dec, used, err := dechunk(body, off, format, info.lfOnly)
			if err != nil {
				return err
			}
			r.Body = dec
			r.note(message.CapDechunked, used, len(dec))
			extra := body[used:]
			quietNewline := (fr.sdkLog || fr.verbose) && (string(extra) == "\n" || string(extra) == "\r\n")
			if len(extra) > 0 && !quietNewline {
				r.note(message.CapAfterLastChunk, len(extra), extraHint(extra))
			}
			return nil
		}
		r.note(message.CapTENotChunked, strconv.Quote(strings.Join(te, ", ")), len(body))
		r.Body = bytes.Clone(body)
		return nil
	}
	if cls := r.Values("Content-Length"); len(cls) > 0 {
		n, err := contentLength(r, cls, info, format)
		if err != nil {
			return err
		}
		switch {
		case n > int64(len(body)):
			if info.noBlank {
				return msgErr(format, nil, message.CapErrCLNoBlank, n).atOffset(off)
			}
			return msgErr(format, nil, message.CapErrCLShort, n, len(body), lineEndingHint(body, n)).atOffset(off)
		case n < int64(len(body)):
			extra := body[n:]
			quietNewline := (fr.sdkLog || fr.verbose) && (string(extra) == "\n" || string(extra) == "\r\n")
			if !quietNewline {
				r.note(message.CapCLShorter, strconv.FormatInt(n, 10), len(body), len(extra), extraHint(extra), lineEndingHint(body, n))
			}
			body = body[:n]
		}
		r.Body = bytes.Clone(body)
		return nil
	}
	if fr.sdkLog {
		if bytes.HasSuffix(body, []byte("\n")) {
			body = body[:len(body)-1]
			r.note(message.CapLogNewline)
		}
		r.Body = bytes.Clone(body)
		return nil
	}
	r.Body = bytes.Clone(body)
	if len(body) > 0 {
		r.note(message.CapNoCL, len(body))
		if bytes.HasSuffix(body, []byte("\n")) {
			r.note(message.CapBodyEndsNewline)
		}
	}
	return nil
}

// omittedBody records that a curl -v capture shows no body.
func omittedBody(r *Request) error {
	cl := r.Get("Content-Length")
	chunked := strings.Contains(strings.ToLower(strings.Join(r.Values("Transfer-Encoding"), ",")), "chunked")
	if (cl != "" && cl != "0") || chunked {
		r.BodyOmitted = true
		what := message.New(message.CapChunkedBody)
		if !chunked {
			what = message.New(message.CapBodyBytes, cl)
		}
		r.note(message.CapVerboseNoBody, what)
	}
	return nil
}

// contentLength parses every Content-Length value; they must agree.
func contentLength(r *Request, values []string, info headInfo, format string) (int64, error) {
	line := 0
	for i, f := range r.Header {
		if strings.EqualFold(f.Name, "Content-Length") && i < len(info.fieldLine) {
			line = info.fieldLine[i]
			break
		}
	}
	var n int64 = -1
	for _, v := range splitList(values) {
		if v == "" || len(v) > 18 || strings.Trim(v, "0123456789") != "" {
			code := message.CapErrCLNotNumber
			if len(v) > 18 && strings.Trim(v, "0123456789") == "" {
				code = message.CapErrCLTooLarge
			}
			return 0, msgErr(format, nil, code, quoteExcerpt(v)).atLine(line)
		}
		m, _ := strconv.ParseInt(v, 10, 64)
		if n >= 0 && m != n {
			return 0, msgErr(format, nil, message.CapErrCLConflict, n, m).atLine(line)
		}
		n = m
	}
	if n < 0 {
		return 0, msgErr(format, nil, message.CapErrCLEmpty).atLine(line)
	}
	return n, nil
}

// splitList splits comma-separated field values and trims each element.
func splitList(values []string) []string {
	var out []string
	for _, v := range values {
		for _, e := range strings.Split(v, ",") {
			out = append(out, strings.Trim(e, " \t"))
		}
	}
	return out
}

// dechunk decodes a chunked body (RFC 9112 §7.1), accepting LF as well as
// CRLF line ends. It returns the payload and how many bytes it consumed.
// off is body's offset in the input, for error positions.
func dechunk(b []byte, off int, format string, lfOnly bool) ([]byte, int, error) {
	hint := message.Msg{}
	if lfOnly {
		hint = message.New(message.CapHintLFHead)
	}
	var out []byte
	pos := 0
	for {
		nl := bytes.IndexByte(b[pos:], '\n')
		if nl < 0 {
			if pos == len(b) {
				return nil, 0, msgErr(format, nil, message.CapErrChunkEnds).atOffset(off + pos)
			}
			nl = len(b) - pos // an unterminated last line: fine if it is the "0" chunk (a paste lost the line end)
		}
		line := strings.TrimSuffix(string(b[pos:pos+nl]), "\r")
		sizeText, _, _ := strings.Cut(line, ";") // chunk extensions carry no payload
		sizeText = strings.Trim(sizeText, " \t")
		if sizeText == "" || len(sizeText) > 16 || strings.Trim(sizeText, "0123456789abcdefABCDEF") != "" {
			m := message.New(message.CapErrChunkSize, quoteExcerpt(line), hint)
			if len(sizeText) > 16 && strings.Trim(sizeText, "0123456789abcdefABCDEF") == "" {
				m = message.New(message.CapErrChunkOverflow, quoteExcerpt(sizeText), hint)
			}
			return nil, 0, msgErr(format, nil, m.Code, m.Args...).atOffset(off + pos)
		}
		size, err := strconv.ParseUint(sizeText, 16, 64)
		if err != nil { // unreachable after the checks above; kept for safety
			return nil, 0, msgErr(format, nil, message.CapErrChunkSize, quoteExcerpt(line), "").atOffset(off + pos)
		}
		dataStart := min(pos+nl+1, len(b))
		if size == 0 {
			used, err := skipTrailers(b, dataStart, off, format)
			return out, used, err
		}
		if avail := uint64(len(b) - dataStart); size > avail {
			return nil, 0, msgErr(format, nil, message.CapErrChunkShort, strconv.FormatUint(size, 10), sizeText, strconv.FormatUint(avail, 10), hint).atOffset(off + pos)
		}
		end := dataStart + int(size)
		out = append(out, b[dataStart:end]...)
		switch {
		case bytes.HasPrefix(b[end:], []byte("\r\n")):
			pos = end + 2
		case bytes.HasPrefix(b[end:], []byte("\n")):
			pos = end + 1
		default:
			return nil, 0, msgErr(format, nil, message.CapErrChunkNoEnd, strconv.FormatUint(size, 10), hint).atOffset(off + end)
		}
	}
}

// skipTrailers consumes trailer fields after the last chunk up to the final
// empty line (which a paste may have lost). It returns the bytes consumed.
func skipTrailers(b []byte, pos, off int, format string) (int, error) {
	for pos < len(b) {
		nl := bytes.IndexByte(b[pos:], '\n')
		if nl < 0 {
			if _, _, err := splitField(string(b[pos:])); err != nil {
				return 0, msgErr(format, nil, message.CapErrTrailer, err).atOffset(off + pos)
			}
			return len(b), nil
		}
		line := strings.TrimSuffix(string(b[pos:pos+nl]), "\r")
		pos += nl + 1
		if line == "" {
			return pos, nil
		}
		if _, _, err := splitField(line); err != nil {
			return 0, msgErr(format, nil, message.CapErrTrailer, err).atOffset(off + pos - nl - 1)
		}
	}
	return pos, nil
}

// lineEndingHint explains a length mismatch that converted line endings
// would account for.
func lineEndingHint(body []byte, want int64) message.Msg {
	crlf := int64(bytes.Count(body, []byte("\r\n")))
	bareLF := int64(bytes.Count(body, []byte("\n"))) - crlf
	switch {
	case bareLF > 0 && int64(len(body))+bareLF == want:
		return message.New(message.CapHintLFToCRLF)
	case crlf > 0 && int64(len(body))-crlf == want:
		return message.New(message.CapHintCRLFToLF)
	}
	return message.Msg{}
}

// extraHint describes bytes found after the body.
func extraHint(extra []byte) message.Msg {
	switch {
	case len(bytes.Trim(extra, " \t\r\n")) == 0:
		return message.New(message.CapHintWhitespace)
	case bytes.HasPrefix(bytes.TrimLeft(extra, " \t\r\n"), []byte("HTTP/")):
		return message.New(message.CapHintResponse)
	}
	return message.Msg{}
}
