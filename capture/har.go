package capture

import (
	"bytes"
	"encoding/base64"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tcsig/tcsig/internal/jsonlite"

	"github.com/tcsig/tcsig/internal/message"
)

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) as browsers
// export it. Only the request side is read (see fieldReader.harEntry for
// the JSON names).
type harEntry struct {
	Request *harRequest
}

type harRequest struct {
	Method      string
	URL         string
	HTTPVersion string
	Headers     []harField
	PostData    *harPostData
	BodySize    *float64 // -1 when unknown
}

type harField struct {
	Name  string
	Value string
}

type harPostData struct {
	MimeType string
	Text     *string
	Encoding string // not in HAR 1.2 for requests, but some tools write "base64"
	Params   []harField
	SHA1     string // _sha1, Playwright: body stored in a separate file
	File     string // _file
}

// HAREntry summarises one entry of a HAR file, for choosing which to parse.
type HAREntry struct {
	Index   int    `json:"index"`
	Method  string `json:"method"`
	URL     string `json:"url"`
	Action  string `json:"action,omitempty"` // X-TC-Action header, or Action= in the query (v1)
	Tencent bool   `json:"tencent"`          // the host ends in tencentcloudapi.com
}

// ParseHAR parses a HAR file (browser devtools "Save all as HAR"), one
// entry of it ({"request": …}) or a bare HAR request object. A file with
// one entry yields that entry. With several, the only entry addressed to
// *.tencentcloudapi.com is taken (with a note); otherwise the error wraps
// ErrAmbiguous and lists the candidates — use HAREntries and
// ParseHAREntry to choose.
//
// HTTP/2 pseudo-headers are mapped: :authority becomes a Host field; the
// request line comes from :path when present (it is what went on the wire),
// and :method/:scheme are dropped. postData.text is the body;
// "encoding": "base64" is decoded.
func ParseHAR(data []byte) (*Request, error) {
	top, err := decodeInput(data, "HAR", FormatHAR)
	if err != nil {
		return nil, err
	}
	return harFromTop(top, -1)
}

// ParseHAREntry parses entry index (0-based) of a HAR file.
func ParseHAREntry(data []byte, index int) (*Request, error) {
	top, err := decodeInput(data, "HAR", FormatHAR)
	if err != nil {
		return nil, err
	}
	if _, ok := top.Get("log"); !ok {
		return nil, msgErr(FormatHAR, ErrUnknownFormat, message.CapErrNotHAR)
	}
	return harFromTop(top, index)
}

// HAREntries lists the entries of a HAR file.
func HAREntries(data []byte) ([]HAREntry, error) {
	if err := checkSize("HAR", len(data)); err != nil {
		return nil, err
	}
	entries, err := harEntries(data)
	if err != nil {
		return nil, err
	}
	out := make([]HAREntry, 0, len(entries))
	for i, raw := range entries {
		var d fieldReader
		e := d.harEntry(raw)
		if d.err != nil || e.Request == nil {
			out = append(out, HAREntry{Index: i})
			continue
		}
		out = append(out, summarise(i, e.Request))
	}
	return out, nil
}

func harEntries(data []byte) ([]any, error) {
	top, err := decodeObject(data, FormatHAR)
	if err != nil {
		return nil, err
	}
	var d fieldReader
	var log jsonlite.Object
	each(top, "log", func(v any) { log = d.object(v, "log") })
	if d.err == nil && log == nil {
		return nil, msgErr(FormatHAR, ErrUnknownFormat, message.CapErrNotHAR)
	}
	entries := d.list(log, "entries", "log")
	if d.err != nil {
		return nil, msgErr(FormatHAR, nil, message.CapErrHARInvalid, d.err)
	}
	return entries, nil
}

func summarise(i int, req *harRequest) HAREntry {
	s := HAREntry{Index: i, Method: req.Method, URL: req.URL}
	host := ""
	if u, ok := splitURL(req.URL); ok {
		host = u.host
		for _, kv := range strings.Split(u.rawQuery, "&") {
			if v, ok := strings.CutPrefix(kv, "Action="); ok {
				s.Action = v
			}
		}
	}
	for _, h := range req.Headers {
		if strings.EqualFold(h.Name, "X-TC-Action") {
			s.Action = h.Value
		}
	}
	host, _, _ = strings.Cut(strings.ToLower(host), ":")
	s.Tencent = host == "tencentcloudapi.com" || strings.HasSuffix(host, ".tencentcloudapi.com")
	return s
}

// harFromTop parses a decoded HAR file, entry or request object. index < 0
// means "choose automatically".
func harFromTop(top jsonlite.Object, index int) (*Request, error) {
	if rawLog, ok := top.Get("log"); ok {
		var d fieldReader
		entries := d.list(d.object(rawLog, "log"), "entries", "log")
		if d.err != nil {
			return nil, msgErr(FormatHAR, nil, message.CapErrHARLog, d.err)
		}
		if index >= 0 {
			if index >= len(entries) {
				return nil, msgErr(FormatHAR, nil, message.CapErrHAREntryRange, index, len(entries), len(entries)-1)
			}
			return harEntryRequest(entries[index], index)
		}
		return chooseHAREntry(entries)
	}
	if _, ok := top.Get("request"); ok {
		return harEntryRequest(top, -1)
	}
	var d fieldReader
	req := d.harRequest(top, "")
	if d.err != nil {
		return nil, msgErr(FormatHAR, nil, message.CapErrHARRequest, d.err)
	}
	return harRequestToRequest(req, message.New(message.CapHARRequest))
}

func chooseHAREntry(entries []any) (*Request, error) {
	switch len(entries) {
	case 0:
		return nil, msgErr(FormatHAR, nil, message.CapErrHARNoEntries)
	case 1:
		return harEntryRequest(entries[0], 0)
	}
	var candidates []HAREntry
	for i, raw := range entries {
		var d fieldReader
		if e := d.harEntry(raw); d.err == nil && e.Request != nil {
			// A CORS preflight (OPTIONS) precedes every browser call; it carries no signature.
			if s := summarise(i, e.Request); s.Tencent && !strings.EqualFold(s.Method, "OPTIONS") {
				candidates = append(candidates, s)
			}
		}
	}
	if len(candidates) == 1 {
		r, err := harEntryRequest(entries[candidates[0].Index], candidates[0].Index)
		if err == nil {
			r.prependNotes(message.New(message.CapHAROnlyTencent, len(entries), candidates[0].Index))
		}
		return r, err
	}
	if len(candidates) == 0 {
		return nil, msgErr(FormatHAR, ErrAmbiguous, message.CapErrHARNoneTencent, len(entries))
	}
	var b strings.Builder
	more := message.Msg{}
	for k, c := range candidates {
		if k == 10 {
			more = message.New(message.CapHARMoreEntries, len(candidates)-k)
			break
		}
		b.WriteString(sprintf(" #%d %s %s", c.Index, c.Method, c.URL))
		if c.Action != "" {
			b.WriteString(sprintf(" (%s)", c.Action))
		}
		if k < len(candidates)-1 {
			b.WriteByte(';')
		}
	}
	return nil, msgErr(FormatHAR, ErrAmbiguous, message.CapErrHARChoose, len(entries), len(candidates), b.String(), more)
}

func harEntryRequest(raw any, index int) (*Request, error) {
	where := message.New(message.CapHAREntry)
	if index >= 0 {
		where = message.New(message.CapHAREntryN, index)
	}
	var d fieldReader
	e := d.harEntry(raw)
	if d.err != nil {
		return nil, msgErr(FormatHAR, nil, message.CapErrHARAt, where, d.err)
	}
	if e.Request == nil {
		return nil, msgErr(FormatHAR, nil, message.CapErrHARNoRequest, where)
	}
	return harRequestToRequest(e.Request, where)
}

func harRequestToRequest(req *harRequest, where message.Msg) (*Request, error) {
	r := &Request{Format: FormatHAR, Method: req.Method}
	if req.Method == "" {
		return nil, msgErr(FormatHAR, nil, message.CapErrHARNoMethod, where)
	}
	if !isToken(req.Method) {
		return nil, msgErr(FormatHAR, nil, message.CapErrHARMethod, where, quoteExcerpt(req.Method))
	}
	u, ok := splitURL(req.URL)
	if !ok || u.host == "" {
		return nil, msgErr(FormatHAR, nil, message.CapErrHARURL, where, quoteExcerpt(req.URL))
	}
	applyURL(r, u)

	if len(req.Headers) > maxFields {
		return nil, msgErr(FormatHAR, nil, message.CapErrHARHeaders, where, len(req.Headers), maxFields)
	}
	pseudo := map[string]string{}
	for _, h := range req.Headers {
		if strings.HasPrefix(h.Name, ":") {
			key := strings.ToLower(h.Name)
			pseudo[key] = h.Value
			if key == ":authority" {
				r.Header = append(r.Header, Field{Name: "Host", Value: strings.Trim(h.Value, " \t")})
			}
			continue
		}
		r.Header = append(r.Header, Field{Name: h.Name, Value: strings.Trim(h.Value, " \t")})
	}
	if len(req.Headers) == 0 {
		r.note(message.CapHARNoHeaders, where)
	}
	if len(pseudo) > 0 {
		r.note(message.CapHARPseudo)
	}
	if p, ok := pseudo[":path"]; ok && p != r.RequestURI() {
		r.note(message.CapHARPathDiffers, strconv.Quote(p), strconv.Quote(r.RequestURI()))
		r.setPathQuery(p)
	}
	if m, ok := pseudo[":method"]; ok && m != r.Method {
		r.note(message.CapHARMethodDiffer, strconv.Quote(m), strconv.Quote(r.Method))
	}
	if h := r.Get("Host"); h != "" {
		if !strings.EqualFold(h, r.Host) {
			r.note(message.CapHostHeaderWins, strconv.Quote(h), strconv.Quote(r.Host))
		}
		r.Host = h
	}
	if err := harBody(r, req, where); err != nil {
		return nil, err
	}
	return r, nil
}

func harBody(r *Request, req *harRequest, where message.Msg) error {
	bodySize := -1
	if req.BodySize != nil && *req.BodySize >= 0 && *req.BodySize <= MaxInputSize {
		bodySize = int(*req.BodySize)
	}
	pd := req.PostData
	switch {
	case pd == nil || (pd.Text == nil && len(pd.Params) == 0 && pd.SHA1 == "" && pd.File == ""):
		if bodySize > 0 {
			r.BodyOmitted = true
			r.note(message.CapHARNoPostData, where, bodySize)
		}
		return nil
	case pd.Text != nil:
		body := []byte(*pd.Text)
		switch strings.ToLower(pd.Encoding) {
		case "":
			if bytes.ContainsRune(body, utf8.RuneError) {
				r.note(message.CapHARReplacement)
			}
		case "base64":
			dec, err := decodeBase64(*pd.Text)
			if err != nil {
				return msgErr(FormatHAR, nil, message.CapErrHARBase64, where, err)
			}
			body = dec
		default:
			return msgErr(FormatHAR, nil, message.CapErrHAREncoding, where, quoteExcerpt(pd.Encoding))
		}
		r.Body = body
		if bodySize >= 0 && bodySize != len(body) {
			r.note(message.CapHARBodySize, bodySize, len(body))
		}
		if cl := r.Get("Content-Length"); cl != "" && cl != strconv.Itoa(len(body)) {
			r.note(message.CapHARContentLen, cl, len(body))
		}
		ct := r.Get("Content-Type")
		switch {
		case pd.MimeType != "" && ct == "":
			r.note(message.CapHARNoCT, strconv.Quote(pd.MimeType))
		case pd.MimeType != "" && ct != "" && pd.MimeType != ct:
			r.note(message.CapHARMimeDiffers, strconv.Quote(pd.MimeType), strconv.Quote(ct))
		}
		return nil
	case pd.SHA1 != "" || pd.File != "":
		return msgErr(FormatHAR, ErrFileReference, message.CapErrHARFile, where, quoteExcerpt(pd.File+pd.SHA1))
	default:
		r.BodyOmitted = true
		r.note(message.CapHARParamsOnly, where)
		return nil
	}
}

// decodeBase64 accepts standard base64 with or without padding, ignoring
// line breaks.
func decodeBase64(s string) ([]byte, error) {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r", ""), "\n", "") // not a Replacer, which grows the wasm module
	if dec, err := base64.StdEncoding.DecodeString(s); err == nil {
		return dec, nil
	}
	return base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
}

// looksLikeHAR reports whether a JSON object is a HAR file, entry or
// request (rather than the page's {"method","url","headers","body"}).
func looksLikeHAR(t []byte) bool {
	top, err := jsonlite.Decode(t)
	if err != nil {
		return false
	}
	o, ok := top.(jsonlite.Object)
	return ok && isHARObject(o)
}

func isHARObject(top jsonlite.Object) bool {
	for _, k := range []string{"log", "request", "postData", "httpVersion"} {
		if _, ok := top.Get(k); ok {
			return true
		}
	}
	return false
}
