package verify

import (
	"crypto/sha256"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/internal/jsonlite"
)

// The token-by-token writer produces exactly what writing the decoded
// values produces, in every style that keeps the members' order.
func TestStreamedFormsMatchDecoded(t *testing.T) {
	inputs := []string{
		`{}`, `[]`, ` [ 1 , 2 ] `, `{"b":1,"a":[true,false,null,-0.5e+3]}`, `{"a":{},"b":[[]],"c":[{}]}`,
		`"plain"`, `"<é>&\u2028\u2029"`, `"\u003c\u00e9\ud83d\ude00"`, `"\ud83d"`, `"\ud83d\u0041"`, `"\udc00x"`,
		`"\b\f\n\r\t\"\\\/"`, `"\u0000\u001f"`, "\"\xff\xfe raw\"", "\"\xe2\x80\xa8\"", `"😀 中文"`,
		`{"k\u00e9y":"v","a\"b":1}`,
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		inputs = append(inputs, randomJSON(rng, 0))
	}
	for _, in := range inputs {
		v, err := jsonlite.Decode([]byte(in))
		require.NoError(t, err, in)
		for _, st := range jsonStyles() {
			if st.sorted {
				continue
			}
			want := &formWriter{h: sha256.New(), buf: make([]byte, 0, 64)}
			want.reset(1 << 30)
			st.write(want, v, 0)
			got := &formWriter{h: sha256.New(), buf: make([]byte, 0, 64)}
			got.reset(1 << 30)
			(&streamer{st: &st, data: []byte(in), w: got}).value(0)
			wantSum, _ := want.sum()
			gotSum, _ := got.sum()
			assert.Equal(t, wantSum, gotSum, "%s: %q", st.name, in)
		}
	}
}

// randomJSON builds a value with the characters serialisers treat apart.
func randomJSON(rng *rand.Rand, depth int) string {
	pieces := []string{"a", "Z", " ", "é", "中", "😀", "<", ">", "&", "\u2028", `\"`, `\\`, `\/`, `\n`, `\t`, `\u0001`,
		`\u00e9`, `\u003C`, `\ud83d\ude00`, `\ud800`, `\udfff`, "\xff", "\xe2\x80"}
	str := func() string {
		var b strings.Builder
		b.WriteByte('"')
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		b.WriteByte('"')
		return b.String()
	}
	ws := func() string { return []string{"", "", " ", "\n\t"}[rng.IntN(4)] }
	k := rng.IntN(7)
	if depth > 4 {
		k %= 4
	}
	switch k {
	case 0:
		return str()
	case 1:
		return []string{"0", "-1", "12.5e-3", "true", "false", "null", "9007199254740993"}[rng.IntN(7)]
	case 2, 4:
		n := rng.IntN(4)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = ws() + randomJSON(rng, depth+1) + ws()
		}
		return "[" + strings.Join(parts, ",") + "]"
	default:
		n := rng.IntN(4)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = ws() + str() + ws() + ":" + ws() + randomJSON(rng, depth+1)
		}
		return "{" + strings.Join(parts, ","+ws()) + "}"
	}
}

// A form is given up at its limit, wherever the writer is in the text.
func TestStreamedFormStopsAtLimit(t *testing.T) {
	body := []byte(`{"a":[` + strings.Repeat(`[1,"x"],`, 1000) + `2]}`)
	for limit := int64(1); limit < 200; limit += 7 {
		w := &formWriter{h: sha256.New(), buf: make([]byte, 0, 64)}
		w.reset(limit)
		st := jsonStyles()[12] // indented by 2 spaces, raw UTF-8, keys in the order sent
		require.Equal(t, "  ", st.indent)
		(&streamer{st: &st, data: body, w: w}).value(0)
		_, ok := w.sum()
		assert.False(t, ok, "limit "+strconv.FormatInt(limit, 10))
		assert.LessOrEqual(t, w.n, limit)
	}
}
