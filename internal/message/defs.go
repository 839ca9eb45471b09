package message

import "sync"

// entry is one code's templates.
type entry struct {
	code Code
	def  def
}

// The tables are plain data, laid out by the linker; index builds the
// lookup from them on the first message, so loading the wasm module builds
// no table.
var (
	indexOnce sync.Once
	defs      map[Code]def // every code's templates
	terms     map[string]Code
	dups      []Code // codes defined twice, which the tests refuse
)

func index() { indexOnce.Do(buildIndex) }

func buildIndex() {
	defs = map[Code]def{}
	terms = map[string]Code{}
	add := func(c Code, d def) {
		if _, ok := defs[c]; ok {
			dups = append(dups, c)
		}
		defs[c] = d
	}
	for _, t := range [][]entry{signerDefs, endpointDefs, requestDefs, cliDefs, verifyDefs, verifyMoreDefs, catalogDefs, sendDefs, jsDefs, jsonDefs, verifyAuthDefs, jsArgDefs, captureDefs, captureHARDefs, captureShellDefs, captureCurlDefs, captureBodyDefs, captureErrorDefs, captureHTTPErrorDefs, captureHARErrorDefs, captureJSONErrorDefs, captureHARChooseDefs, relayDefs, relayRuleDefs, relayDialDefs, verifyFormDefs, sizeDefs} {
		for _, e := range t {
			add(e.code, e.def)
		}
	}
	for _, t := range textTables {
		for _, e := range t {
			add(e.code, e.def)
		}
	}
	for _, m := range apiMessages {
		add(APICode(m[0]), def{nil, m[1], m[2]})
	}
	for _, t := range [][][2]string{verifyTerms, catalogTerms, jsonTerms, relayTerms} {
		for _, p := range t {
			c := termCode(p[0])
			terms[p[0]] = c
			add(c, def{nil, p[0], p[1]})
		}
	}
}

// lookup returns code's templates.
func lookup(c Code) (def, bool) {
	index()
	d, ok := defs[c]
	return d, ok
}
