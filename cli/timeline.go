package cli

import (
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net/http/httptrace"
	"strings"
	"sync"
	"time"

	"github.com/tcsig/tcsig/internal/message"
)

// timeline records the phases of one sent call through httptrace, the
// same phases the page's timeline shows: DNS, connect, TLS, first byte,
// total. Its clock is Env.Now, so tests that fix the clock get a fixed
// timeline; the hooks run on the transport's goroutines, hence the mutex.
type timeline struct {
	now   func() time.Time
	start time.Time

	mu     sync.Mutex
	began  map[string]time.Time // phase (or "connect "+addr) → start
	phases []phase              // in the order they ended
	reused bool
}

// phase is one line of the timeline.
type phase struct {
	name   string
	took   time.Duration
	detail string
	note   message.Msg // said after detail, in the report's language
	failed bool
}

// Phase names, as the page labels them.
const (
	phaseDNS       = "DNS"
	phaseConnect   = "connect"
	phaseTLS       = "TLS"
	phaseFirstByte = "first byte"
	phaseTotal     = "total"
)

func newTimeline(now func() time.Time) *timeline {
	return &timeline{now: now, start: now(), began: map[string]time.Time{}}
}

func (t *timeline) begin(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.began[key] = t.now()
}

// end closes the phase key opened, or one that began at the start when
// its hook did not fire (a reused connection, a proxy).
func (t *timeline) end(key, name, detail string, err error) {
	t.endWith(key, name, detail, message.Msg{}, err)
}

// endWith is end with a note in words, rendered when the timeline is
// written.
func (t *timeline) endWith(key, name, detail string, note message.Msg, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	from, ok := t.began[key]
	if !ok {
		from = t.start
	}
	// A failed phase says only that it failed: Go's error is printed once,
	// behind the plain explanation above the timeline (transportMessage).
	p := phase{name: name, took: t.now().Sub(from), detail: detail, note: note, failed: err != nil}
	t.phases = append(t.phases, p)
}

// trace returns ctx with the hooks attached.
func (t *timeline) trace(ctx context.Context) context.Context {
	return httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		DNSStart: func(httptrace.DNSStartInfo) { t.begin(phaseDNS) },
		DNSDone: func(info httptrace.DNSDoneInfo) {
			addrs := make([]string, 0, len(info.Addrs))
			for _, a := range info.Addrs {
				addrs = append(addrs, a.String())
			}
			t.end(phaseDNS, phaseDNS, strings.Join(addrs, ", "), info.Err)
		},
		ConnectStart: func(_, addr string) { t.begin(phaseConnect + " " + addr) },
		ConnectDone: func(_, addr string, err error) {
			t.end(phaseConnect+" "+addr, phaseConnect, addr, err)
		},
		TLSHandshakeStart: func() { t.begin(phaseTLS) },
		TLSHandshakeDone: func(st tls.ConnectionState, err error) {
			detail := ""
			if err == nil {
				detail = tls.VersionName(st.Version)
				if st.NegotiatedProtocol != "" {
					detail += ", " + st.NegotiatedProtocol
				}
			}
			t.end(phaseTLS, phaseTLS, detail, err)
		},
		GotConn: func(info httptrace.GotConnInfo) {
			t.mu.Lock()
			t.reused = info.Reused
			t.mu.Unlock()
		},
		GotFirstResponseByte: func() { t.endWith("", phaseFirstByte, "", message.New(message.STSinceStart), nil) },
	})
}

// finish closes the call with the response body's size.
func (t *timeline) finish(received int64) {
	t.endWith("", phaseTotal, "", message.New(message.STReceived, received), nil)
}

// fail closes the call as failed.
func (t *timeline) fail(err error) {
	t.end("", phaseTotal, "", err)
}

// write prints the timeline in lang, one phase a line.
func (t *timeline) write(w io.Writer, lang message.Lang) {
	t.mu.Lock()
	defer t.mu.Unlock()
	fmt.Fprintln(w, "\n"+message.New(message.STTimeline).Render(lang))
	if t.reused {
		fmt.Fprintln(w, "  "+message.New(message.STReused).Render(lang))
	}
	for _, p := range t.phases {
		took := fmt.Sprintf("%.1f ms", float64(p.took.Microseconds())/1000)
		if p.failed {
			took = message.New(message.STFailed).Render(lang)
		}
		detail := p.detail
		if !p.note.IsZero() {
			detail = strings.TrimSpace(detail + " " + p.note.Render(lang))
		}
		line := fmt.Sprintf("  %s %s  %s", padRight(phaseLabel(p.name, lang), 12), padLeft(took, 10), detail)
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
}

// phaseLabel is a phase's name in lang: DNS and TLS are names in every
// language.
func phaseLabel(name string, lang message.Lang) string {
	switch name {
	case phaseConnect:
		return message.New(message.STConnect).Render(lang)
	case phaseFirstByte:
		return message.New(message.STFirstByte).Render(lang)
	case phaseTotal:
		return message.New(message.STTotal).Render(lang)
	}
	return name
}

// padLeft right-aligns s in width terminal columns.
func padLeft(s string, width int) string {
	if n := width - displayWidth(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}
