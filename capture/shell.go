package capture

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tcsig/tcsig/internal/message"
)

// arg is one command-line argument after the shell removed its quoting.
type arg struct {
	s    string
	line int // 1-based line where the argument starts
}

// notes collects observations as messages, each message once (two that
// read the same in English are the same).
type notes struct {
	msgs []message.Msg
	seen map[string]bool
}

func (n *notes) msg(code message.Code, a ...any) {
	if len(n.msgs) > maxNotes {
		return
	}
	m := message.New(code, a...)
	if len(n.msgs) == maxNotes {
		m = message.New(message.CapMoreNotes)
	}
	s := m.Render(message.EN)
	if n.seen == nil {
		n.seen = map[string]bool{}
	}
	if !n.seen[s] {
		n.seen[s] = true
		n.msgs = append(n.msgs, m)
	}
}

// merge adds the notes of o after n's.
func (n *notes) merge(o notes) {
	for _, m := range o.msgs {
		n.msg(m.Code, m.Args...)
	}
}

// isCmdStyle reports whether a command line uses Windows cmd.exe quoting,
// as Chrome's and Edge's "Copy as cURL (cmd)" produce: ^-newline
// continuations and ^" quotes. Line continuations decide (^ for cmd, \ for
// bash); a one-line command is cmd when an argument starts with ^".
func isCmdStyle(src string) bool {
	caret := strings.Count(src, "^\n") + strings.Count(src, "^\r\n")
	backslash := strings.Count(src, "\\\n") + strings.Count(src, "\\\r\n")
	if caret != backslash {
		return caret > backslash
	}
	return strings.Contains(src, " ^\"")
}

// splitBash splits the first command of src into arguments the way bash
// would: 'single', "double" (with \ escaping $ ` " \ and newline), $'ANSI-C'
// and $"locale" quotes, backslash escapes and backslash-newline
// continuations. It expands nothing: $VAR, `cmd` and $(cmd) stay as
// written, with a note. The command ends at an unquoted newline or at an
// unquoted | ; & < > ( ).
func splitBash(src string, firstLine int) ([]arg, notes, error) {
	lx := &bashLexer{src: src, line: firstLine}
	for lx.i < len(src) {
		done, err := lx.step()
		if err != nil {
			return nil, notes{}, err
		}
		if done {
			break
		}
	}
	lx.flush()
	return lx.args, lx.n, nil
}

// bashLexer splits one command into words as bash does: cur holds the word
// being read, which began on line start; i is the next byte of src.
type bashLexer struct {
	src    string
	i      int
	line   int
	args   []arg
	n      notes
	cur    strings.Builder
	inWord bool
	start  int
}

func (lx *bashLexer) begin() {
	if !lx.inWord {
		lx.inWord, lx.start = true, lx.line
	}
}

func (lx *bashLexer) flush() {
	if lx.inWord {
		lx.args = append(lx.args, arg{s: lx.cur.String(), line: lx.start})
		lx.cur.Reset()
		lx.inWord = false
	}
}

// literal adds the byte at i to the current word.
func (lx *bashLexer) literal() {
	lx.begin()
	lx.cur.WriteByte(lx.src[lx.i])
	lx.i++
}

// step reads what starts at i; done reports that the command has ended.
func (lx *bashLexer) step() (done bool, err error) {
	switch c := lx.src[lx.i]; c {
	case ' ', '\t', '\r':
		lx.flush()
		lx.i++
	case '\n':
		return lx.newline(), nil
	case '\\':
		lx.backslash()
	case '\'':
		return false, lx.singleQuoted()
	case '"':
		lx.begin()
		lx.i, err = readDoubleQuoted(lx.src, lx.i+1, &lx.cur, &lx.line, &lx.n)
		return false, err
	case '$':
		return false, lx.dollar()
	case '#':
		return lx.comment(), nil
	case '<', '>':
		lx.redirection()
	case '&':
		if strings.HasPrefix(lx.src[lx.i+1:], ">") { // &> file
			lx.flush()
			next := skipRedirection(lx.src, lx.i+1)
			lx.n.msg(message.CapShRedirect, strings.TrimSpace(lx.src[lx.i:next]), lx.line)
			lx.i = next
			return false, nil
		}
		return lx.operator(c), nil
	case '|', ';', '(', ')':
		return lx.operator(c), nil
	case '`':
		lx.n.msg(message.CapShBackquote, lx.line)
		lx.literal()
	default:
		lx.literal()
	}
	return false, nil
}

// newline ends the command, unless no word has been read yet (blank or
// comment lines before it).
func (lx *bashLexer) newline() (done bool) {
	lx.flush()
	if len(lx.args) == 0 {
		lx.i++
		lx.line++
		return false
	}
	if strings.TrimSpace(lx.src[lx.i+1:]) != "" {
		lx.n.msg(message.CapShFirstBash, lx.line)
	}
	return true
}

// backslash: a line continuation, or the next byte taken literally.
func (lx *bashLexer) backslash() {
	rest := lx.src[lx.i+1:]
	switch {
	case strings.HasPrefix(rest, "\n"):
		lx.i += 2
		lx.line++
	case strings.HasPrefix(rest, "\r\n"):
		lx.i += 3
		lx.line++
	case rest != "":
		lx.begin()
		lx.cur.WriteByte(rest[0])
		lx.i += 2
	default:
		lx.literal()
	}
}

// singleQuoted takes everything up to the closing quote as it is.
func (lx *bashLexer) singleQuoted() error {
	lx.begin()
	j := strings.IndexByte(lx.src[lx.i+1:], '\'')
	if j < 0 {
		return msgErr(FormatCurl, nil, message.CapErrUnterminated, message.New(message.CapQuoteSingle)).atLine(lx.line)
	}
	seg := lx.src[lx.i+1 : lx.i+1+j]
	lx.cur.WriteString(seg)
	lx.line += strings.Count(seg, "\n")
	lx.i += j + 2
	return nil
}

// dollar reads $'…' (ANSI-C quoting) and $"…"; command substitutions and
// expansions are kept as written, with a note, since nothing is run.
func (lx *bashLexer) dollar() error {
	lx.begin()
	rest := lx.src[lx.i+1:]
	switch {
	case strings.HasPrefix(rest, "'"):
		next, err := readANSIC(lx.src, lx.i+2, &lx.cur, &lx.line, &lx.n)
		if err != nil {
			return err
		}
		lx.i = next
	case strings.HasPrefix(rest, "\""):
		lx.i++ // $"…" is a locale-translated string: quote it like "…"
	case strings.HasPrefix(rest, "("):
		// $(command): keep it whole, as written; a shell would run it.
		end := matchParen(lx.src, lx.i+1)
		sub := lx.src[lx.i:end]
		lx.n.msg(message.CapShSubstitution, quoteExcerpt(sub), lx.line)
		lx.line += strings.Count(sub, "\n")
		lx.cur.WriteString(sub)
		lx.i = end
	default:
		if rest != "" && isExpansionStart(rest[0]) {
			lx.n.msg(message.CapShExpansion, excerptExpansion(lx.src[lx.i:]), lx.line)
		}
		lx.cur.WriteByte('$')
		lx.i++
	}
	return nil
}

// comment: # inside a word is literal; otherwise it runs to the newline,
// which then ends the command.
func (lx *bashLexer) comment() (done bool) {
	if lx.inWord {
		lx.literal()
		return false
	}
	nl := strings.IndexByte(lx.src[lx.i:], '\n')
	if nl < 0 {
		return true
	}
	lx.i += nl
	return false
}

// redirection skips "<file", ">file", "2>&1" and the like, with a note.
func (lx *bashLexer) redirection() {
	fd := ""
	if lx.inWord && isAllDigits(lx.cur.String()) {
		fd = lx.cur.String() // "2>&1": the digits name a file descriptor
		lx.cur.Reset()
		lx.inWord = false
	}
	lx.flush()
	next := skipRedirection(lx.src, lx.i)
	lx.n.msg(message.CapShRedirect, fd+strings.TrimSpace(lx.src[lx.i:next]), lx.line)
	lx.i = next
}

// operator: an unquoted & | ; ( ) ends the command, as in a shell.
func (lx *bashLexer) operator(c byte) (done bool) {
	lx.flush()
	lx.n.msg(message.CapShEndsAt, strconv.Quote(string(c)), lx.line)
	return true
}

// readDoubleQuoted reads a "…" string starting after the opening quote and
// returns the offset after the closing quote.
func readDoubleQuoted(src string, i int, cur *strings.Builder, line *int, n *notes) (int, error) {
	open := *line
	for i < len(src) {
		c := src[i]
		switch c {
		case '"':
			return i + 1, nil
		case '\\':
			if i+1 < len(src) {
				switch src[i+1] {
				case '$', '`', '"', '\\':
					cur.WriteByte(src[i+1])
					i += 2
					continue
				case '\n':
					i += 2
					*line++
					continue
				}
			}
			cur.WriteByte('\\')
			i++
		case '$':
			if i+1 < len(src) && isExpansionStart(src[i+1]) {
				n.msg(message.CapShExpansion, excerptExpansion(src[i:]), *line)
			}
			cur.WriteByte(c)
			i++
		case '`':
			n.msg(message.CapShBackquote, *line)
			cur.WriteByte(c)
			i++
		default:
			if c == '\n' {
				*line++
			}
			cur.WriteByte(c)
			i++
		}
	}
	return 0, msgErr(FormatCurl, nil, message.CapErrUnterminated, message.New(message.CapQuoteDouble)).atLine(open)
}

// readANSIC reads a $'…' string (bash ANSI-C quoting) starting after the
// opening quote and returns the offset after the closing quote.
func readANSIC(src string, i int, cur *strings.Builder, line *int, n *notes) (int, error) {
	open := *line
	cut := false // a NUL byte ends the argument: the shell passes C strings
	emit := func(b ...byte) {
		for _, c := range b {
			if c == 0 {
				if !cut {
					n.msg(message.CapShNUL, open)
				}
				cut = true
			}
			if !cut {
				cur.WriteByte(c)
			}
		}
	}
	for i < len(src) {
		c := src[i]
		if c == '\'' {
			return i + 1, nil
		}
		if c != '\\' {
			if c == '\n' {
				*line++
			}
			emit(c)
			i++
			continue
		}
		if i+1 >= len(src) {
			break
		}
		e := src[i+1]
		if e == '\n' {
			*line++
		}
		b, used := ansiCEscape(e, src[i+2:])
		emit(b...)
		i += 2 + used
	}
	return 0, msgErr(FormatCurl, nil, message.CapErrUnterminated, "$'…'").atLine(open)
}

// ansiCSimple are the one-letter escapes of bash's $'…' quoting (0 for
// none): an array, whose literal is data rather than initialiser code.
var ansiCSimple = [256]byte{
	'a': 7, 'b': 8, 'e': 0x1B, 'E': 0x1B, 'f': 0x0C, 'n': '\n', 'r': '\r', 't': '\t', 'v': 0x0B,
	'\\': '\\', '\'': '\'', '"': '"', '?': '?',
}

// ansiCEscape decodes the escape \e whose text goes on with rest: the
// bytes it stands for, and how many bytes of rest it used. Unknown escapes
// stay as written, as bash leaves them.
func ansiCEscape(e byte, rest string) ([]byte, int) {
	if b := ansiCSimple[e]; b != 0 {
		return []byte{b}, 0
	}
	switch e {
	case 'x', 'u', 'U':
		max := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
		v, used := hexPrefix(rest, max)
		switch {
		case used == 0:
			return []byte{'\\', e}, 0
		case e == 'x':
			return []byte{byte(v)}, used
		default:
			return utf8.AppendRune(nil, rune(v)), used
		}
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v, used := int(e-'0'), 0
		for used < 2 && used < len(rest) && rest[used] >= '0' && rest[used] <= '7' {
			v = v*8 + int(rest[used]-'0')
			used++
		}
		return []byte{byte(v)}, used
	case 'c':
		if rest != "" {
			return []byte{rest[0] & 0x1F}, 1
		}
	}
	return []byte{'\\', e}, 0
}

// hexPrefix parses up to max hex digits at the start of s.
func hexPrefix(s string, max int) (v uint32, used int) {
	for used < max && used < len(s) {
		c := s[used]
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return v, used
		}
		v = v<<4 | uint32(d)
		used++
	}
	return v, used
}

func isExpansionStart(c byte) bool {
	return c == '_' || c == '{' || c == '(' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// excerptExpansion returns "$NAME", "${…}" or "$(…" for a note.
func excerptExpansion(s string) string {
	end := 2
	for end < len(s) && end < 40 {
		c := s[end]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			if c == '}' {
				end++
			}
			break
		}
		end++
	}
	if end > len(s) {
		end = len(s)
	}
	return s[:end]
}

func isAllDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// splitCmd splits the first command of src into arguments the way
// cmd.exe and then the Microsoft C runtime would, which is how curl.exe
// receives them on Windows.
//
// cmd.exe: ^ escapes the next character outside "…" (^" is a literal quote
// that does not start a cmd quote); ^ before a line end joins the next line
// and takes its first character literally (so "^\n\n" is a newline); an
// unquoted line end or & | < > ends the command; CRs are dropped.
// C runtime: arguments split at spaces and tabs outside quotes; 2n
// backslashes before a quote become n and the quote toggles quoting, 2n+1
// become n and a literal quote; "" inside quotes is a literal quote.
func splitCmd(src string, firstLine int) ([]arg, notes, error) {
	var n notes
	text := cmdUnescape(src, firstLine, &n)
	args := crtSplit(text, &n)
	if v := findCmdVariable(src); v != "" {
		n.msg(message.CapCmdEnvVar, v)
	}
	return args, n, nil
}

// cmdText is what cmd.exe passes on: the bytes, and the input line of each.
type cmdText struct {
	b    []byte
	line []int
}

func (t *cmdText) put(c byte, line int) {
	t.b = append(t.b, c)
	t.line = append(t.line, line)
}

// cmdUnescape is cmd.exe's part: carets, quotes and the end of the command.
func cmdUnescape(src string, line int, n *notes) cmdText {
	var out cmdText
	inQuote := false
	crNoted := false
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\r':
			i++
		case c == '\n':
			if strings.TrimSpace(src[i+1:]) != "" {
				n.msg(message.CapCmdFirst, line)
			}
			return out
		case c == '"':
			inQuote = !inQuote
			out.put(c, line)
			i++
		case inQuote:
			out.put(c, line)
			i++
		case c == '^':
			var ok bool
			if i, line, ok = caret(src, i+1, line, &out, n, &crNoted); !ok {
				return out
			}
		case c == '&' || c == '|' || c == '<' || c == '>':
			n.msg(message.CapCmdEndsAt, strconv.Quote(string(c)), line)
			return out
		default:
			out.put(c, line)
			i++
		}
	}
	return out
}

// caret handles what follows an unquoted ^ at src[i]: the next character
// taken literally, or a line end that joins the next line, whose first
// character is then literal (so ^ and two line ends make a newline). ok is
// false when src ends after the caret.
func caret(src string, i, line int, out *cmdText, n *notes, crNoted *bool) (next, nextLine int, ok bool) {
	skipCR := func() {
		for i < len(src) && src[i] == '\r' {
			i++
		}
	}
	skipCR()
	if i >= len(src) {
		return i, line, false
	}
	if src[i] != '\n' {
		out.put(src[i], line)
		return i + 1, line, true
	}
	line++
	i++
	skipCR()
	if i < len(src) {
		if src[i] == '\n' {
			line++
			if !*crNoted {
				n.msg(message.CapCmdLineBreak)
				*crNoted = true
			}
		}
		out.put(src[i], line)
		i++
	}
	return i, line, true
}

// crtSplit is the Microsoft C runtime's part: arguments split at spaces
// and tabs outside quotes.
func crtSplit(t cmdText, n *notes) []arg {
	var args []arg
	p := t.b
	for j := 0; ; {
		for j < len(p) && (p[j] == ' ' || p[j] == '\t') {
			j++
		}
		if j >= len(p) {
			return args
		}
		var s string
		start := t.line[j]
		s, j = crtArg(t, j, n)
		args = append(args, arg{s: s, line: start})
	}
}

// crtArg reads one argument starting at j: 2n backslashes before a quote
// become n and the quote toggles quoting, 2n+1 become n and a literal
// quote; "" inside quotes is a literal quote.
func crtArg(t cmdText, j int, n *notes) (string, int) {
	var cur strings.Builder
	p := t.b
	inQ := false
	for j < len(p) {
		switch c := p[j]; {
		case c == '\\':
			k := j
			for k < len(p) && p[k] == '\\' {
				k++
			}
			count := k - j
			switch {
			case k < len(p) && p[k] == '"' && count%2 == 1:
				cur.WriteString(strings.Repeat("\\", count/2))
				cur.WriteByte('"')
				j = k + 1
			case k < len(p) && p[k] == '"':
				cur.WriteString(strings.Repeat("\\", count/2))
				j = k // the quote toggles next
			default:
				cur.WriteString(strings.Repeat("\\", count))
				if count >= 2 {
					n.msg(message.CapCmdBackslashes, t.line[j], count)
				}
				j = k
			}
		case c == '"' && inQ && j+1 < len(p) && p[j+1] == '"':
			cur.WriteByte('"')
			j += 2
		case c == '"':
			inQ = !inQ
			j++
		case !inQ && (c == ' ' || c == '\t'):
			return cur.String(), j
		default:
			cur.WriteByte(c)
			j++
		}
	}
	return cur.String(), j
}

// findCmdVariable returns the first %NAME% reference in src, or "".
func findCmdVariable(src string) string {
	for i := 0; i < len(src); i++ {
		if src[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(src) && (src[j] == '_' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || j > i+1 && src[j] >= '0' && src[j] <= '9') {
			j++
		}
		if j > i+1 && j < len(src) && src[j] == '%' {
			return src[i : j+1]
		}
	}
	return ""
}

// skipRedirection returns the offset after a redirection operator at i
// (<, >, >>, >&N, <&-, …) and its target word.
func skipRedirection(src string, i int) int {
	for i < len(src) && (src[i] == '<' || src[i] == '>') {
		i++
	}
	if i < len(src) && src[i] == '&' { // >&2, >&-
		i++
		for i < len(src) && (src[i] >= '0' && src[i] <= '9' || src[i] == '-') {
			i++
		}
		return i
	}
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	for i < len(src) {
		switch c := src[i]; c {
		case ' ', '\t', '\r', '\n', '|', ';', '&', '<', '>', '(', ')':
			return i
		case '\'', '"':
			if j := strings.IndexByte(src[i+1:], c); j >= 0 {
				i += j + 2
				continue
			}
			return len(src)
		case '\\':
			i += 2
		default:
			i++
		}
	}
	return min(i, len(src))
}

// matchParen returns the offset after the ')' that closes the '(' at open,
// or len(src).
func matchParen(src string, open int) int {
	depth := 0
	for i := open; i < len(src); i++ {
		switch src[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(src)
}
