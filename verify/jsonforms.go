package verify

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"sort"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/internal/message"
)

// The cause search re-serialises a JSON body the ways libraries write JSON
// and asks whether the client signed one of those. Each form is written
// straight into SHA-256 — only its hash is compared and kept — and is
// abandoned once it outgrows the body by formGrowth (indenting a deeply
// nested body multiplies its size by its depth; nobody signs that).
const (
	formGrowth = 4
	formSlack  = 4 << 10 // room for a small body's first indentation
	// maxJSONDepth bounds the nesting a body may have to be re-serialised.
	maxJSONDepth = 200
)

// jsonStyle is one library's way of writing JSON.
type jsonStyle struct {
	name    message.Msg // how the library wrote it, for the cause
	itemSep string      // between members: "," or ", "
	keySep  string      // ":" or ": "
	indent  string      // "" for one line
	escape  byte        // 'r' raw UTF-8 (JS, json.Compact), 'a' ASCII \uXXXX (Python), 'h' HTML-safe (Go)
	sorted  bool        // keys sorted (Go maps, Python sort_keys)
}

// jsonStyles are the common serialisations people sign by mistake, built
// on first use: a package initialiser would run (and, in the page's
// module, compile) this before the module is ready.
var jsonStyles = sync.OnceValue(func() []jsonStyle {
	var out []jsonStyle
	layouts := []struct {
		name              message.Code
		item, key, indent string
	}{
		{message.VFormCompact, ",", ":", ""},
		{message.VFormPython, ", ", ": ", ""},
		{message.VFormIndent2, ",", ": ", "  "},
		{message.VFormIndent4, ",", ": ", "    "},
	}
	escapes := []struct {
		c    byte
		name message.Code
	}{
		{'r', message.VFormRawUTF8},
		{'a', message.VFormASCII},
		{'h', message.VFormHTMLSafe},
	}
	for _, l := range layouts {
		for _, e := range escapes {
			for _, sorted := range []bool{false, true} {
				order := message.New(message.VFormOrderSent)
				if sorted {
					order = message.New(message.VFormSorted)
				}
				name := message.New(message.VForm, message.New(l.name), message.New(e.name), order)
				out = append(out, jsonStyle{name, l.item, l.key, l.indent, e.c, sorted})
			}
		}
	}
	return out
})

// jsonForm is one re-serialisation of the body, kept as its hash only.
type jsonForm struct {
	payloadHash string // hex SHA-256: what the client would have signed
	how         message.Msg
}

// formWork counts what the re-serialisations cost, so tests can bound it.
type formWork struct {
	forms int   // re-serialisations started
	bytes int64 // bytes written into them, all forms together
}

// jsonForms returns the hash of the body re-serialised in every style
// that differs from it, each once. A body that is not JSON, or nests deeper
// than maxJSONDepth, has none. Styles that cannot differ from one already
// written (escapes with nothing to escape, keys already in order) are not
// written at all. Styles that keep the members' order rewrite the text
// token by token; only sorting keys decodes the body into values.
func jsonForms(body []byte, work *formWork) []jsonForm {
	sc := jsonScanner{data: body}
	if !sc.valid() || sc.maxDepth > maxJSONDepth {
		return nil
	}
	f := sc.features
	limit := int64(formGrowth*len(body) + formSlack)
	seen := map[[sha256.Size]byte]bool{sha256.Sum256(body): true}
	var out []jsonForm
	var values any // decoded for the sorted styles, once
	w := &formWriter{h: sha256.New(), buf: make([]byte, 0, formBuffer)}
	for _, st := range jsonStyles() {
		if st.escape == 'a' && !f.nonASCII || st.escape == 'h' && !f.htmlUnsafe || st.sorted && !f.unsortedKeys {
			continue
		}
		w.reset(limit)
		if st.sorted {
			if values == nil {
				v, err := jsonlite.Decode(body)
				if err != nil {
					return out // cannot happen: the scanner accepted it
				}
				values = v
			}
			st.write(w, values, 0)
		} else {
			(&streamer{st: &st, data: body, w: w}).value(0)
		}
		sum, ok := w.sum()
		if work != nil {
			work.forms++
			work.bytes += w.n
		}
		if ok && !seen[sum] {
			seen[sum] = true
			out = append(out, jsonForm{hex.EncodeToString(sum[:]), st.name})
		}
	}
	return out
}

// formBuffer is how much of a form is gathered before it is hashed.
const formBuffer = 32 << 10

// formWriter hashes what is written to it, up to a limit; past the limit
// it drops everything and says so, and the writers stop early.
type formWriter struct {
	h     hash.Hash
	buf   []byte
	n     int64 // bytes written, up to the limit
	limit int64
	over  bool
	// scratch holds one escape sequence (two \uXXXX at most).
	scratch [12]byte
}

func (w *formWriter) reset(limit int64) {
	w.h.Reset()
	w.buf, w.n, w.limit, w.over = w.buf[:0], 0, limit, false
}

func (w *formWriter) room(n int) bool {
	if w.over || w.n+int64(n) > w.limit {
		w.over = true
		return false
	}
	w.n += int64(n)
	if len(w.buf)+n > cap(w.buf) {
		w.h.Write(w.buf)
		w.buf = w.buf[:0]
	}
	return true
}

func (w *formWriter) writeString(s string) {
	if !w.room(len(s)) {
		return
	}
	if len(s) > cap(w.buf) {
		w.h.Write([]byte(s))
		return
	}
	w.buf = append(w.buf, s...)
}

func (w *formWriter) writeBytes(p []byte) {
	if w.room(len(p)) {
		w.buf = append(w.buf, p...)
	}
}

func (w *formWriter) writeByte(c byte) {
	if w.room(1) {
		w.buf = append(w.buf, c)
	}
}

// sum is the form's hash; ok is false when it outgrew the limit.
func (w *formWriter) sum() (sum [sha256.Size]byte, ok bool) {
	if w.over {
		return sum, false
	}
	w.h.Write(w.buf)
	w.buf = w.buf[:0]
	w.h.Sum(sum[:0])
	return sum, true
}

func (st *jsonStyle) write(w *formWriter, v any, depth int) {
	switch v := v.(type) {
	case string:
		st.writeString(w, v)
	case jsonlite.Number:
		w.writeString(string(v))
	case bool:
		if v {
			w.writeString("true")
		} else {
			w.writeString("false")
		}
	case nil:
		w.writeString("null")
	case []any:
		w.writeByte('[')
		for i, e := range v {
			if !st.item(w, i, depth) {
				return
			}
			st.write(w, e, depth+1)
		}
		st.end(w, len(v), depth, ']')
	case jsonlite.Object:
		st.writeObject(w, v, depth)
	}
}

func (st *jsonStyle) writeObject(w *formWriter, o jsonlite.Object, depth int) {
	order := make([]int, len(o))
	for i := range order {
		order[i] = i
	}
	if st.sorted {
		sort.SliceStable(order, func(i, j int) bool { return o[order[i]].Key < o[order[j]].Key })
	}
	w.writeByte('{')
	for k, i := range order {
		if !st.item(w, k, depth) {
			return
		}
		st.writeString(w, o[i].Key)
		w.writeString(st.keySep)
		st.write(w, o[i].Value, depth+1)
	}
	st.end(w, len(order), depth, '}')
}

// item starts the k-th member of an array or object at depth: the
// separator, then its line. It returns false once the output is over its
// cap, when writing stops.
func (st *jsonStyle) item(w *formWriter, k, depth int) bool {
	if w.over {
		return false
	}
	if k > 0 {
		w.writeString(st.itemSep)
	}
	st.newline(w, depth+1)
	return true
}

// end ends an array or object of n members at depth with c.
func (st *jsonStyle) end(w *formWriter, n, depth int, c byte) {
	if n > 0 {
		st.newline(w, depth)
	}
	w.writeByte(c)
}

// newline starts a line indented to depth (nothing in one-line styles).
func (st *jsonStyle) newline(w *formWriter, depth int) {
	if st.indent == "" {
		return
	}
	w.writeByte('\n')
	for depth > 0 {
		n := min(depth, len(indentRun)/len(st.indent))
		w.writeString(indentRun[:n*len(st.indent)])
		depth -= n
	}
}

// indentRun is spaces enough for most indentations in one write.
var indentRun = strings.Repeat(" ", 256)

// writeString writes s quoted in the style's escaping, copying the runs
// that need no escape whole.
func (st *jsonStyle) writeString(w *formWriter, s string) {
	safe := st.safeASCII()
	w.writeByte('"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && safe[c] {
			i++
			continue
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		esc := st.escapeRune(w.scratch[:0], r, size)
		if esc == nil {
			i += size
			continue
		}
		w.writeString(s[start:i])
		w.writeBytes(esc)
		i += size
		start = i
	}
	w.writeString(s[start:])
	w.writeByte('"')
}

// safeASCII marks the ASCII bytes the style writes as they are.
func (st *jsonStyle) safeASCII() *[utf8.RuneSelf]bool {
	if st.escape == 'h' {
		return &asciiHTMLSafe
	}
	return &asciiPlain
}

// asciiPlain marks the ASCII bytes every style writes as they are;
// asciiHTMLSafe those the HTML-safe style (Go's encoding/json) does.
var asciiPlain, asciiHTMLSafe = func() (plain, html [utf8.RuneSelf]bool) {
	for c := byte(0x20); c < utf8.RuneSelf; c++ {
		plain[c] = c != '"' && c != '\\'
		html[c] = plain[c] && c != '<' && c != '>' && c != '&'
	}
	return plain, html
}()

// escape_ appends to buf how the style writes r, or returns nil when it
// writes r as it is. Invalid UTF-8 (size 1) is written as U+FFFD.
func (st *jsonStyle) escapeRune(buf []byte, r rune, size int) []byte {
	switch {
	case r == '"':
		return append(buf, '\\', '"')
	case r == '\\':
		return append(buf, '\\', '\\')
	case r == '\n':
		return append(buf, '\\', 'n')
	case r == '\r':
		return append(buf, '\\', 'r')
	case r == '\t':
		return append(buf, '\\', 't')
	case r < 0x20:
		return appendU4(buf, r)
	case st.escape == 'h' && (r == '<' || r == '>' || r == '&' || r == 0x2028 || r == 0x2029):
		return appendU4(buf, r)
	case st.escape == 'a' && r >= 0x10000:
		hi, lo := utf16.EncodeRune(r)
		return appendU4(appendU4(buf, hi), lo)
	case st.escape == 'a' && r >= 0x80:
		return appendU4(buf, r)
	case r == utf8.RuneError && size == 1:
		return utf8.AppendRune(buf, r)
	}
	return nil
}

func appendU4(buf []byte, r rune) []byte {
	const hexDigits = "0123456789abcdef"
	return append(buf, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
}
