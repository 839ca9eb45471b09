package verify_test

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/protocol"
	"github.com/tcsig/tcsig/signer"
	"github.com/tcsig/tcsig/verify"
)

// adversarialCorpus are bodies built to make verification expensive, each
// of exactly size bytes of valid JSON, sent with a wrong signature so the
// cause search runs on them. Each holds an integer beyond 2^53, so the
// check for one scans the whole text.
func adversarialCorpus(size int) []struct {
	name string
	body []byte
} {
	return []struct {
		name string
		body []byte
	}{
		{"deep-nesting", padJSON(deepNesting(size), size)},
		{"numbers", nestedNumbersFrom(190, size, bigInt)},
		{"many-keys", padJSON(manyKeys(size), size)},
		{"long-strings", padJSON(longStrings(size), size)},
	}
}

// bigInt is beyond 2^53: float64 parsers change it.
const bigInt = "9007199254740993"

// deepNesting is an array of arrays nested 1000 deep, repeated.
func deepNesting(size int) string {
	const depth = 1000
	block := strings.Repeat("[", depth) + "1" + strings.Repeat("]", depth)
	var b strings.Builder
	b.WriteString("[" + bigInt + ",")
	b.WriteString(block)
	for b.Len()+len(block)+2 <= size {
		b.WriteByte(',')
		b.WriteString(block)
	}
	b.WriteByte(']')
	return b.String()
}

// manyKeys is one object whose keys run backwards, so sorting them matters.
func manyKeys(size int) string {
	var b strings.Builder
	b.WriteString(`{"big":` + bigInt)
	for i := 99999999; b.Len()+16 <= size; i-- {
		b.WriteString(`,"k` + strconv.Itoa(i) + `":1`)
	}
	b.WriteByte('}')
	return b.String()
}

// longStrings are strings of 64 KiB with every character a serialiser may
// escape: non-ASCII, <, >, &, U+2028, quotes and control characters.
func longStrings(size int) string {
	chunk := strings.Repeat(`é<>&`+"\u2028"+`\"\n中文 plain text `, 2048)
	var b strings.Builder
	b.WriteString("[" + bigInt)
	for b.Len()+len(chunk)+4 <= size {
		b.WriteString(`,"` + chunk + `"`)
	}
	b.WriteByte(']')
	return b.String()
}

// ordinaryBody is an API body of size bytes: a few parameters and a long
// base64 value, as an upload sends.
func ordinaryBody(size int) []byte {
	head := `{"Limit":1,"Filters":[{"Name":"instance-name","Values":["web-1"]}],"Data":"`
	data := strings.Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5", size/48+1)
	return []byte(head + data[:size-len(head)-2] + `"}`)
}

// padJSON fills a JSON text to size bytes with trailing white space.
func padJSON(s string, size int) []byte {
	return []byte(s + strings.Repeat(" ", size-len(s)))
}

// BenchmarkVerifyAdversarial verifies each adversarial body beside a plain
// verify of an ordinary body of the same size, in the same run, and
// reports x-time, the time against the plain verify (x-cpu: the CPU
// time, which a machine busy with other work distorts less), and
// MB-over-input, the bytes allocated above the input's size. 10 MB is the
// largest body the API takes; 1 MiB the largest the search re-serialises.
// Each wrong signature is verified with the CLI's limit on the timestamp
// search and, "-endpoint", with the local endpoint's.
func BenchmarkVerifyAdversarial(b *testing.B) {
	for _, size := range []int{protocol.LimitPOSTTC3, verify.MaxBodyForReserialisation} {
		prefix := strconv.Itoa(size>>20) + "MiB/"
		r := tc3Req()
		r.Payload = ordinaryBody(size)
		res, err := signer.Sign(r, creds)
		require.NoError(b, err)
		var plain cost
		b.Run(prefix+"ordinary-plain", func(b *testing.B) {
			plain = benchVerify(b, wire(&testing.T{}, res), size, true, cost{}, 0)
		})
		// The CLI and the page search the whole credential date for the
		// signed timestamp; the local endpoint only the nearest seconds.
		for _, v := range []struct {
			suffix string
			work   int64
		}{{"", 0}, {"-endpoint", verify.EndpointTimestampWork}} {
			b.Run(prefix+"ordinary-wrong-signature"+v.suffix, func(b *testing.B) {
				benchVerify(b, wrongTC3(b, r.Payload), size, false, plain, v.work)
			})
			for _, c := range adversarialCorpus(size) {
				require.Len(b, c.body, size, "%s's body", c.name)
				b.Run(prefix+c.name+v.suffix, func(b *testing.B) {
					benchVerify(b, wrongTC3(b, c.body), size, false, plain, v.work)
				})
			}
		}
	}
}

// cost is one verification's wall time, CPU time and bytes allocated.
type cost struct {
	ns, cpuNs, bytes float64
}

func benchVerify(b *testing.B, req *capture.Request, size int, valid bool, plain cost, timestampWork int64) cost {
	b.ReportAllocs()
	b.SetBytes(int64(size))
	o := opts()
	o.TimestampWork = timestampWork
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0, cpuOK := cpuTime()
	start := time.Now()
	n := 0
	for b.Loop() {
		if verify.Check(req, o).Valid != valid {
			b.Fatalf("valid is not %v", valid)
		}
		n++
	}
	elapsed := time.Since(start)
	cpu1, _ := cpuTime()
	runtime.ReadMemStats(&after)
	c := cost{ns: float64(elapsed.Nanoseconds()) / float64(n), cpuNs: float64(cpu1-cpu0) / float64(n),
		bytes: float64(after.TotalAlloc-before.TotalAlloc) / float64(n)}
	// The input is already in memory: all that verifying allocates is above it.
	b.ReportMetric(c.bytes/1e6, "MB-over-input")
	if cpuOK {
		b.ReportMetric(c.cpuNs/1e6, "cpu-ms/op")
	}
	if plain.ns > 0 {
		b.ReportMetric(c.ns/plain.ns, "x-time")
		if cpuOK && plain.cpuNs > 0 {
			b.ReportMetric(c.cpuNs/plain.cpuNs, "x-cpu")
		}
	}
	return c
}
