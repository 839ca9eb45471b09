package capture

import (
	"strconv"
	"strings"
	"sync"

	"github.com/tcsig/tcsig/internal/message"
)

// Options of curl (src/tool_getparam.c, curl 8.x) that take a value. Every
// other known option is a switch. Only the ones in curlState.apply change
// the request; the rest are skipped together with their value.
const curlValueOptions = `abstract-unix-socket alt-svc aws-sigv4 cacert capath cert cert-type ciphers
config connect-timeout connect-to continue-at cookie cookie-jar create-file-mode crlfile curves
data data-ascii data-binary data-raw data-urlencode delegation dns-interface dns-ipv4-addr
dns-ipv6-addr dns-servers doh-url dump-header ech egd-file engine etag-compare etag-save
expect100-timeout form form-string ftp-account ftp-alternative-to-user ftp-method ftp-port
ftp-ssl-ccc-mode happy-eyeballs-timeout-ms haproxy-clientip header hostpubmd5 hostpubsha256 hsts
interface ip-tos ipfs-gateway json keepalive-cnt keepalive-time key key-type knownhosts krb krb4
libcurl limit-rate local-port login-options mail-auth mail-from mail-rcpt max-filesize max-redirs
max-time netrc-file noproxy oauth2-bearer output output-dir parallel-max parallel-max-host pass
pinnedpubkey preproxy proto proto-default proto-redir proxy proxy-cacert proxy-capath proxy-cert
proxy-cert-type proxy-ciphers proxy-crlfile proxy-header proxy-key proxy-key-type proxy-pass
proxy-pinnedpubkey proxy-service-name proxy-tls13-ciphers proxy-tlsauthtype proxy-tlspassword
proxy-tlsuser proxy-user proxy1.0 pubkey quote random-file range rate referer request
request-target resolve retry retry-delay retry-max-time sasl-authzid service-name sigalgs socks4
socks4a socks5 socks5-gssapi-service socks5-hostname speed-limit speed-time ssl-sessions stderr
telnet-option tftp-blksize time-cond tls-max tls13-ciphers tlsauthtype tlspassword tlsuser trace
trace-ascii trace-config unix-socket upload-file upload-flags url url-query user user-agent
variable vlan-priority write-out`

// Switches (no value) of curl; "--no-X" turns X off.
const curlSwitchOptions = `alpn anyauth append basic buffer ca-native cert-status clobber compressed
compressed-ssh create-dirs crlf digest disable disable-eprt disable-epsv disallow-username-in-url
doh-cert-status doh-insecure dump-ca-embed eprt epsv fail fail-early fail-with-body false-start
follow form-escape ftp-create-dirs ftp-pasv ftp-pret ftp-skip-pasv-ip ftp-ssl ftp-ssl-ccc
ftp-ssl-control ftp-ssl-reqd get globoff haproxy-protocol head help http0.9 http1.0 http1.1 http2
http2-prior-knowledge http3 http3-only ignore-content-length include insecure ipv4 ipv6
junk-session-cookies keepalive list-only location location-trusted mail-rcpt-allowfails manual
metalink mptcp negotiate netrc netrc-optional next npn ntlm ntlm-wb out-null parallel
parallel-immediate path-as-is post301 post302 post303 progress-bar progress-meter proxy-anyauth
proxy-basic proxy-ca-native proxy-digest proxy-http2 proxy-insecure proxy-negotiate proxy-ntlm
proxy-ssl-allow-beast proxy-ssl-auto-client-cert proxy-tlsv1 proxytunnel raw remote-header-name
remote-name remote-name-all remote-time remove-on-error retry-all-errors retry-connrefused sasl-ir
sessionid show-error show-headers silent skip-existing socks5-basic socks5-gssapi
socks5-gssapi-nec ssl ssl-allow-beast ssl-auto-client-cert ssl-no-revoke ssl-reqd
ssl-revoke-best-effort sslv2 sslv3 styled-output suppress-connect-headers tcp-fastopen tcp-nodelay
tftp-no-options tls-earlydata tlsv1 tlsv1.0 tlsv1.1 tlsv1.2 tlsv1.3 tr-encoding trace-ids
trace-time use-ascii verbose version xattr`

// Single-letter options and their long names ("" for none). An array, not
// a map: its literal is data in the binary, where a map literal is code that
// runs when the package initialises (in the page's module, at start-up).
var curlShort = [256]string{
	'E': "cert", 'K': "config", 'C': "continue-at", 'b': "cookie", 'c': "cookie-jar", 'd': "data",
	'D': "dump-header", 'F': "form", 'P': "ftp-port", 'H': "header", 'm': "max-time", 'o': "output",
	'x': "proxy", 'U': "proxy-user", 'Q': "quote", 'r': "range", 'e': "referer", 'X': "request",
	't': "telnet-option", 'z': "time-cond", 'T': "upload-file", 'u': "user", 'A': "user-agent",
	'w': "write-out", 'Y': "speed-limit", 'y': "speed-time",
	'a': "append", 'N': "buffer", 'q': "disable", 'f': "fail", 'G': "get", 'g': "globoff", 'I': "head",
	'h': "help", '0': "http1.0", 'i': "include", 'k': "insecure", '4': "ipv4", '6': "ipv6",
	'j': "junk-session-cookies", 'l': "list-only", 'L': "location", 'M': "manual", 'n': "netrc",
	':': "next", 'O': "remote-name", 'R': "remote-time", 'J': "remote-header-name", 'p': "proxytunnel",
	'#': "progress-bar", 'S': "show-error", 's': "silent", 'B': "use-ascii", 'v': "verbose",
	'V': "version", 'Z': "parallel", '1': "tlsv1", '2': "sslv2", '3': "sslv3",
}

// curlOptions maps a long option name to whether it takes a value. It is
// built on first use: a package initialiser would build it before the
// page's module is ready, for a parser most visits never call.
var curlOptions = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, o := range strings.Fields(curlValueOptions) {
		m[o] = true
	}
	for _, o := range strings.Fields(curlSwitchOptions) {
		m[o] = false
	}
	return m
})

// ParseCurl parses a curl command line as browsers' "Copy as cURL" write
// it: bash quoting ('…', "…", $'…', backslash-newline) or Windows cmd
// quoting ("Copy as cURL (cmd)": ^" and ^ escapes). It works out the
// request curl would send: method, URL, headers from -H/-A/-e/-b, the body
// from -d/--data-raw/--data-binary/--data-urlencode/--json (joined with &
// as curl does), -G moving the data into the query, and the
// Content-Type: application/x-www-form-urlencoded that curl adds to -d
// data when no Content-Type is given.
//
// Header contains what the command determines; curl's own Host, Accept,
// User-Agent and Content-Length are not listed (Request.Host still holds the
// host). A multipart body (-F) or data read from a file (@file) cannot be
// reproduced: those are errors wrapping ErrMultipart / ErrFileReference.
func ParseCurl(cmd string) (*Request, error) {
	if err := checkSize("command", len(cmd)); err != nil {
		return nil, err
	}
	src := strings.TrimPrefix(cmd, string(utf8BOM))
	trimmed := strings.TrimLeft(src, " \t\r\n")
	firstLine := 1 + strings.Count(src[:len(src)-len(trimmed)], "\n")
	src = trimmed
	if rest, ok := strings.CutPrefix(src, "$ "); ok {
		src = rest // a copied shell prompt
	}
	var (
		args  []arg
		shell notes
		err   error
	)
	cmdStyle := isCmdStyle(src)
	if cmdStyle {
		args, shell, err = splitCmd(src, firstLine)
	} else {
		args, shell, err = splitBash(src, firstLine)
	}
	if err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, msgErr(FormatCurl, ErrUnknownFormat, message.CapErrCmdEmpty)
	}
	if len(args) > maxFields {
		return nil, msgErr(FormatCurl, nil, message.CapErrCmdArgs, len(args), maxFields)
	}
	if !isCurlProgram(args[0].s) {
		return nil, msgErr(FormatCurl, ErrUnknownFormat, message.CapErrNotCurl, quoteExcerpt(args[0].s)).atLine(args[0].line)
	}
	st := &curlState{removed: map[string]bool{}}
	if cmdStyle {
		st.n.msg(message.CapCurlCmdQuoting)
	}
	st.n.merge(shell)
	if err := st.parseArgs(args[1:]); err != nil {
		return nil, err
	}
	return st.request()
}

// isCurlProgram accepts curl, curl.exe and paths ending in them.
func isCurlProgram(s string) bool {
	s = strings.ToLower(s)
	if i := strings.LastIndexAny(s, `/\`); i >= 0 {
		s = s[i+1:]
	}
	return s == "curl" || s == "curl.exe"
}

// isCurlCommand reports whether a line starts with a curl invocation.
func isCurlCommand(line string) bool {
	line = strings.TrimPrefix(strings.TrimSpace(line), "$ ")
	f := strings.Fields(line)
	return len(f) > 0 && isCurlProgram(strings.Trim(f[0], `"'`))
}

// curlState accumulates what the options say about the request.
type curlState struct {
	n          notes
	method     string
	urls       []arg
	headers    []Field // -H, in order
	removed    map[string]bool
	userAgent  *string
	referer    *string
	cookies    []string
	rangeVal   string
	bearer     string
	data       strings.Builder
	hasData    bool
	json       bool
	get, head  bool
	globoff    bool
	pathAsIs   bool
	urlQueries []string
	target     string
}

func (st *curlState) parseArgs(args []arg) error {
	for i := 0; i < len(args); i++ {
		a := args[i]
		s := a.s
		switch {
		case strings.HasPrefix(s, "--") && len(s) > 2:
			name, val, hasVal := s[2:], "", false
			if k := strings.IndexByte(name, '='); k > 0 {
				if _, known := curlOptions()[name[:k]]; known {
					name, val, hasVal = name[:k], name[k+1:], true // --opt=value (curl 8.x)
				}
			}
			on := true
			if _, known := curlOptions()[name]; !known && strings.HasPrefix(name, "no-") {
				if takes, ok := curlOptions()[name[3:]]; ok && !takes {
					name, on = name[3:], false
				}
			}
			takes, known := curlOptions()[name]
			if !known {
				st.n.msg(message.CapCurlUnknownOpt, s, a.line)
				continue
			}
			if takes && !hasVal {
				if i+1 >= len(args) {
					return msgErr(FormatCurl, nil, message.CapErrOptionValue, s).atLine(a.line)
				}
				i++
				val = args[i].s
			}
			stop, err := st.apply(name, val, on, a)
			if err != nil || stop {
				return err
			}
		case strings.HasPrefix(s, "-") && len(s) > 1:
			for k := 1; k < len(s); k++ {
				name := curlShort[s[k]]
				if name == "" {
					st.n.msg(message.CapCurlUnknownShort, string(rune(s[k])), a.line)
					continue
				}
				val := ""
				if curlOptions()[name] {
					val = s[k+1:] // -XPOST: the rest of the word is the value
					if val == "" {
						if i+1 >= len(args) {
							return msgErr(FormatCurl, nil, message.CapErrOptionValue, "-"+string(rune(s[k]))).atLine(a.line)
						}
						i++
						val = args[i].s
					}
					k = len(s)
				}
				stop, err := st.apply(name, val, true, a)
				if err != nil || stop {
					return err
				}
			}
		default:
			st.urls = append(st.urls, a)
		}
	}
	return nil
}

// apply records one option. stop reports --next: later options belong to
// another request.
func (st *curlState) apply(name, val string, on bool, a arg) (stop bool, err error) {
	switch name {
	case "request":
		if val == "" {
			return false, msgErr(FormatCurl, nil, message.CapErrEmptyMethod).atLine(a.line)
		}
		if !isToken(val) {
			st.n.msg(message.CapCurlBadMethod, strconv.Quote(val))
		}
		st.method = val
	case "header":
		return false, st.header(val, a)
	case "data", "data-ascii", "data-binary", "data-raw", "data-urlencode", "json":
		return false, st.addData(name, val, a)
	case "url":
		st.urls = append(st.urls, arg{s: val, line: a.line})
	case "user-agent":
		st.userAgent = &val
	case "referer":
		v := strings.TrimSuffix(val, ";auto")
		st.referer = &v
	case "cookie":
		if strings.Contains(val, "=") {
			st.cookies = append(st.cookies, val)
		} else {
			st.n.msg(message.CapCurlCookieFile, strconv.Quote(val))
		}
	case "get":
		st.get = on
	case "head":
		st.head = on
	case "globoff":
		st.globoff = on
	case "path-as-is":
		st.pathAsIs = on
	case "url-query":
		st.urlQueries = append(st.urlQueries, val)
	case "request-target":
		st.target = val
	case "range":
		st.rangeVal = val
	case "oauth2-bearer":
		st.bearer = val
	case "form", "form-string":
		return false, msgErr(FormatCurl, ErrMultipart, message.CapErrMultipart).atLine(a.line)
	case "upload-file":
		return false, fileErr(a, message.New(message.CapErrFileUpload, quoteExcerpt(val)))
	case "config":
		return false, fileErr(a, message.New(message.CapErrFileConfig, quoteExcerpt(val)))
	case "user":
		st.n.msg(message.CapCurlUser, a.line)
	case "aws-sigv4":
		st.n.msg(message.CapCurlAWSSigV4)
	case "next":
		st.n.msg(message.CapCurlNext, a.line)
		return true, nil
	}
	return false, nil
}

func fileErr(a arg, what message.Msg) *ParseError {
	return msgErr(FormatCurl, ErrFileReference, message.CapErrFile, what).atLine(a.line)
}

// header records one -H value, with curl's special forms: "Name:" (no
// value) stops curl from sending its own Name header; "Name;" sends an
// empty header.
func (st *curlState) header(v string, a arg) error {
	if strings.HasPrefix(v, "@") {
		return fileErr(a, message.New(message.CapErrFileHeader, quoteExcerpt(v)))
	}
	if i := strings.IndexByte(v, ':'); i >= 0 {
		name, value := v[:i], strings.Trim(v[i+1:], " \t\r\n")
		if name == "" {
			st.n.msg(message.CapCurlHeaderNoName, strconv.Quote(v), a.line)
			return nil
		}
		if value == "" {
			st.removed[strings.ToLower(name)] = true
			st.n.msg(message.CapCurlHeaderNoValue, strconv.Quote(v), a.line, name)
			return nil
		}
		if strings.EqualFold(name, "authority") {
			st.n.msg(message.CapCurlAuthority)
		}
		st.headers = append(st.headers, Field{Name: name, Value: value})
		return nil
	}
	if name, rest, ok := strings.Cut(v, ";"); ok && strings.TrimSpace(rest) == "" && name != "" {
		st.headers = append(st.headers, Field{Name: name, Value: ""})
		return nil
	}
	st.n.msg(message.CapCurlHeaderNoColon, strconv.Quote(v), a.line)
	return nil
}

// addData appends one -d/--data-*/--json value to the body as curl does:
// values are joined with "&" (--json appends without one); -d, --data-ascii,
// --data-binary and --json read a file when the value starts with @;
// --data-raw never does.
func (st *curlState) addData(kind, v string, a arg) error {
	piece := v
	switch kind {
	case "data-urlencode":
		p, err := st.urlencoded(v, a)
		if err != nil {
			return err
		}
		piece = p
	case "data-raw":
	default:
		if file, ok := strings.CutPrefix(v, "@"); ok {
			what := message.New(message.CapErrFileNamed, quoteExcerpt(file))
			if file == "-" {
				what = message.New(message.CapErrFileStdin)
			}
			return fileErr(a, message.New(message.CapErrFileData, kind, what))
		}
	}
	if kind == "json" {
		st.json = true
	} else if st.data.Len() > 0 {
		st.data.WriteByte('&')
	}
	st.data.WriteString(piece)
	st.hasData = true
	return checkSize("the curl body", st.data.Len())
}

// urlencoded implements --data-urlencode (and --url-query without +):
// "content", "=content", "name=content" encode content; "@file" and
// "name@file" read a file. curl encodes all but A-Z a-z 0-9 - . _ ~ as %XX
// and then writes space as "+".
func (st *curlState) urlencoded(v string, a arg) (string, error) {
	p := strings.IndexByte(v, '=')
	if p < 0 {
		p = strings.IndexByte(v, '@')
	}
	name, content := "", v
	if p >= 0 {
		if v[p] == '@' {
			return "", fileErr(a, message.New(message.CapErrFileURLEncode, quoteExcerpt(v), quoteExcerpt(v[p+1:])))
		}
		name, content = v[:p], v[p+1:]
	}
	enc := strings.ReplaceAll(curlEscape(content), "%20", "+")
	if strings.Contains(content, " ") {
		st.n.msg(message.CapCurlURLEncodePlus)
	}
	if name != "" {
		return name + "=" + enc, nil
	}
	return enc, nil
}

// request assembles the Request once all options are read.
func (st *curlState) request() (*Request, error) {
	r := &Request{Format: FormatCurl}
	if err := st.assemble(r); err != nil {
		return nil, err
	}
	// Notes about the command line come first, then those about the request.
	r.prependNotes(st.n.msgs...)
	return r, nil
}

func (st *curlState) assemble(r *Request) error {
	if len(st.urls) == 0 {
		return msgErr(FormatCurl, nil, message.CapErrNoURL)
	}
	if len(st.urls) > 1 {
		return msgErr(FormatCurl, ErrAmbiguous, message.CapErrManyURLs, len(st.urls), quoteExcerpt(st.urls[0].s), quoteExcerpt(st.urls[1].s)).atLine(st.urls[1].line)
	}

	raw := st.urls[0].s
	if !st.globoff {
		var glob bool
		raw, glob = unglob(raw)
		if glob {
			r.note(message.CapCurlGlob)
		}
	}
	if schemeEnd(raw) < 0 {
		raw = "http://" + raw
		r.note(message.CapCurlNoScheme)
	}
	u, _ := splitURL(raw)
	if u.host == "" {
		return msgErr(FormatCurl, nil, message.CapErrURLNoHost, quoteExcerpt(st.urls[0].s)).atLine(st.urls[0].line)
	}
	applyURL(r, u)
	if hasNonPrintableASCII(raw) {
		r.note(message.CapCurlURLBytes)
	}
	if !st.pathAsIs && hasDotSegment(r.Path) {
		r.note(message.CapCurlDotSegments, strconv.Quote(r.Path))
	}

	for _, q := range st.urlQueries {
		piece, ok := strings.CutPrefix(q, "+")
		if !ok {
			var err error
			if piece, err = st.urlencoded(q, arg{}); err != nil {
				return err
			}
		}
		r.appendQuery(piece)
	}
	if st.get && st.hasData {
		r.appendQuery(st.data.String())
		r.note(message.CapCurlGet)
	}
	if st.target != "" {
		r.setPathQuery(st.target)
		r.note(message.CapCurlRequestTarget, strconv.Quote(st.target))
	}

	sendsBody := st.hasData && !st.get
	switch {
	case st.method != "":
		r.Method = st.method
	case st.head:
		r.Method = "HEAD"
	case sendsBody:
		r.Method = "POST"
	default:
		r.Method = "GET"
	}

	st.buildHeaders(r, sendsBody)
	if sendsBody {
		r.Body = []byte(st.data.String())
	}
	if h := r.Get("Host"); h != "" {
		r.Host = h
	}
	return nil
}

// buildHeaders lists the headers in the order curl sends them, leaving out
// Host, Accept, User-Agent and Content-Length, which curl makes itself.
func (st *curlState) buildHeaders(r *Request, sendsBody bool) {
	explicit := func(name string) bool {
		for _, f := range st.headers {
			if strings.EqualFold(f.Name, name) {
				return true
			}
		}
		return st.removed[strings.ToLower(name)]
	}
	if st.userAgent != nil && *st.userAgent != "" && !explicit("User-Agent") {
		r.Header = append(r.Header, Field{Name: "User-Agent", Value: *st.userAgent})
	}
	if st.referer != nil && *st.referer != "" && !explicit("Referer") {
		r.Header = append(r.Header, Field{Name: "Referer", Value: *st.referer})
	}
	if len(st.cookies) > 0 && !explicit("Cookie") {
		r.Header = append(r.Header, Field{Name: "Cookie", Value: strings.Join(st.cookies, ";")})
	}
	if st.rangeVal != "" && !explicit("Range") {
		r.Header = append(r.Header, Field{Name: "Range", Value: "bytes=" + st.rangeVal})
	}
	if st.bearer != "" && !explicit("Authorization") {
		r.Header = append(r.Header, Field{Name: "Authorization", Value: "Bearer " + st.bearer})
		r.note(message.CapCurlBearer)
	}
	r.Header = append(r.Header, st.headers...)
	if !sendsBody {
		return
	}
	switch {
	case st.json:
		if !explicit("Content-Type") {
			r.Header = append(r.Header, Field{Name: "Content-Type", Value: "application/json"})
		}
		if !explicit("Accept") {
			r.Header = append(r.Header, Field{Name: "Accept", Value: "application/json"})
		}
	case !explicit("Content-Type"):
		r.Header = append(r.Header, Field{Name: "Content-Type", Value: "application/x-www-form-urlencoded"})
		r.note(message.CapCurlFormContentType)
	}
}

// unglob removes curl's glob escapes (\[ \] \{ \}) and reports whether an
// unescaped [ or { remains.
func unglob(s string) (string, bool) {
	var b strings.Builder
	glob := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) && strings.IndexByte("[]{}", s[i+1]) >= 0 {
			b.WriteByte(s[i+1])
			i++
			continue
		}
		if c == '[' || c == '{' {
			glob = true
		}
		b.WriteByte(c)
	}
	return b.String(), glob
}

func (r *Request) appendQuery(piece string) {
	if r.RawQuery == "" {
		r.RawQuery = piece
	} else {
		r.RawQuery += "&" + piece
	}
	r.ForceQuery = r.ForceQuery && r.RawQuery == ""
}

func hasDotSegment(p string) bool {
	for _, seg := range strings.Split(p, "/") {
		if seg == "." || seg == ".." {
			return true
		}
	}
	return false
}
