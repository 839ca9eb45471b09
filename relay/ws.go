package relay

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"

	"github.com/tcsig/tcsig/internal/message"
)

// Websocket limits.
const (
	maxWSMessage  = 4 << 10 // a page → relay message ({"type":"probe",…} is ~50 bytes)
	wsQueueLen    = 256     // events waiting for one socket; past it events are dropped
	wsMsgPerSec   = 5       // page → relay messages per second, per connection…
	wsMsgBurst    = 20      // …with this burst
	maxServiceLen = 32
)

// wsClient is one open /ws connection. Events reach it through queue; one writer goroutine
// drains it, so the relay never blocks on a slow page.
type wsClient struct {
	id      string
	conn    *websocket.Conn
	queue   chan []byte
	ctx     context.Context // done when the connection is over
	dropped atomic.Int64
}

// send enqueues an event without blocking. A full queue drops the event (counted).
func (c *wsClient) send(msg []byte) {
	select {
	case <-c.ctx.Done():
	case c.queue <- msg:
	default:
		c.dropped.Add(1)
	}
}

func (c *wsClient) sendJSON(ev any) { c.send(marshalEvent(ev)) }

// hub maps client ids to open websockets and counts their handlers for Close.
type hub struct {
	mu      sync.Mutex
	clients map[string]*wsClient
	closed  bool
	open    sync.WaitGroup // one per registered client, done at remove
}

func newHub() *hub { return &hub{clients: make(map[string]*wsClient)} }

func (h *hub) get(id string) *wsClient {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.clients[id]
}

// add registers c unless the hub is closed. The caps are the relay's sockets slots.
func (h *hub) add(c *wsClient) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return false
	}
	h.clients[c.id] = c
	h.open.Add(1)
	return true
}

func (h *hub) remove(c *wsClient) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.clients, c.id)
	h.open.Done()
}

func (h *hub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.clients)
}

// closeAll refuses new sockets and runs the close handshake (1001 going away) on every open
// one, concurrently.
func (h *hub) closeAll() {
	h.mu.Lock()
	h.closed = true
	clients := make([]*wsClient, 0, len(h.clients))
	for _, c := range h.clients {
		clients = append(clients, c)
	}
	h.mu.Unlock()
	var wg sync.WaitGroup
	for _, c := range clients {
		wg.Go(func() { _ = c.conn.Close(websocket.StatusGoingAway, "relay shutting down") })
	}
	wg.Wait()
}

// clientMessage is what the page may send on /ws.
type clientMessage struct {
	Type    string `json:"type"`    // "probe"
	Service string `json:"service"` // probe: e.g. "cvm"
	ID      string `json:"id"`      // optional, echoed as probeId
}

// serveEvents handles /ws: it says hello with the client id, streams the events of calls that
// name that id, answers probes, pings the page, and closes cleanly when either side leaves.
func (rl *Relay) serveEvents(w http.ResponseWriter, r *http.Request) {
	var (
		origin string
		page   bool
	)
	if o := r.Header.Get("Origin"); o != "" {
		var err error
		if origin, page, err = rl.checkOrigin(o, r.Host); err != nil {
			writeError(w, err, "")
			return
		}
	}
	if rl.base.Err() != nil {
		writeError(w, refuseMsg(errClosing, message.RelayClosing), "")
		return
	}
	if len(r.TransferEncoding) > 0 {
		// Refused here, before the websocket library's own answers, which would replace the
		// Connection: close that a request with Transfer-Encoding gets.
		writeError(w, refuseMsg(errBadHeader, message.RelayWSBody, strings.Join(r.TransferEncoding, ", ")), "")
		return
	}
	release, full := rl.sockets.take(rl.newClient(r, origin, page))
	if release == nil {
		writeError(w, refuseMsg(errTooManyWebsockets, message.RelayWSTooMany, full, rl.cfg.MaxWebsockets, rl.sockets.perClient), "")
		return
	}
	defer release()
	// The origin was checked just above by the relay's one origin policy (checkOrigin), which
	// also admits Config.AllowOrigins; the library's own same-host check would reject those.
	conn, err := websocket.Accept(w, r, &websocket.AcceptOptions{InsecureSkipVerify: true})
	if err != nil {
		rl.log.Debug("relay: websocket accept", "error", err)
		return // Accept wrote the response
	}
	conn.SetReadLimit(maxWSMessage)

	ctx, cancel := context.WithCancel(rl.base)
	defer cancel()
	c := &wsClient{id: rand.Text(), conn: conn, queue: make(chan []byte, wsQueueLen), ctx: ctx}
	if !rl.hub.add(c) {
		conn.Close(websocket.StatusTryAgainLater, "relay closing")
		return
	}
	defer rl.hub.remove(c)

	var wg sync.WaitGroup
	wg.Go(func() { rl.writeEvents(ctx, cancel, c) })
	wg.Go(func() { rl.keepAlive(ctx, cancel, c) })
	c.sendJSON(&helloEvent{Type: "hello", ClientID: c.id, TraceHeader: HeaderTrace, Probe: rl.cfg.RegionalHosts != nil})

	rl.readMessages(ctx, c, &wg)
	cancel()
	wg.Wait()
	conn.CloseNow() // no-op when the close handshake already happened
	if n := c.dropped.Load(); n > 0 {
		rl.log.Warn("relay: websocket dropped events", "client", c.id, "dropped", n)
	}
}

// readMessages reads the page's messages until the connection ends, with a per-connection
// token bucket and at most one probe at a time.
func (rl *Relay) readMessages(ctx context.Context, c *wsClient, wg *sync.WaitGroup) {
	var (
		bucket  tokenBucket
		rate    = Rate{PerSecond: wsMsgPerSec, Burst: wsMsgBurst}
		probing atomic.Bool
	)
	for {
		typ, data, err := c.conn.Read(ctx)
		if err != nil {
			return // the page went away, sent too much, or the relay is closing
		}
		if !bucket.allow(rl.now(), rate) {
			c.sendJSON(&errorEvent{Type: "error", Code: CodeRateLimited, Message: "too many websocket messages; slow down"})
			continue
		}
		var msg clientMessage
		if typ != websocket.MessageText || json.Unmarshal(data, &msg) != nil {
			c.sendJSON(&errorEvent{Type: "error", Code: "Relay.InvalidMessage", Message: `send JSON text messages such as {"type":"probe","service":"cvm"}`})
			continue
		}
		switch msg.Type {
		case "probe":
			if !validService(msg.Service) {
				c.sendJSON(&errorEvent{Type: "error", Code: "Relay.InvalidMessage", Message: "probe needs a service such as \"cvm\"", ProbeID: msg.ID})
				continue
			}
			if rl.cfg.RegionalHosts == nil {
				c.sendJSON(&errorEvent{Type: "error", Code: "Relay.ProbeUnavailable", Message: "this relay has no list of regional domains", ProbeID: msg.ID})
				continue
			}
			if !probing.CompareAndSwap(false, true) {
				c.sendJSON(&errorEvent{Type: "error", Code: "Relay.ProbeBusy", Message: "a probe is already running on this connection", ProbeID: msg.ID})
				continue
			}
			wg.Go(func() {
				defer probing.Store(false)
				rl.probe(ctx, c, msg.ID, msg.Service)
			})
		default:
			c.sendJSON(&errorEvent{Type: "error", Code: "Relay.InvalidMessage", Message: "unknown message type " + jsonQuote(msg.Type)})
		}
	}
}

// writeEvents is the connection's only writer of data messages.
func (rl *Relay) writeEvents(ctx context.Context, cancel context.CancelFunc, c *wsClient) {
	for {
		select {
		case <-ctx.Done():
			return
		case msg := <-c.queue:
			wctx, wcancel := context.WithTimeout(ctx, rl.cfg.Timeouts.WebsocketWrite)
			err := c.conn.Write(wctx, websocket.MessageText, msg)
			wcancel()
			if err != nil {
				cancel()
				return
			}
		}
	}
}

// keepAlive pings the page; a page that stops answering is dropped.
func (rl *Relay) keepAlive(ctx context.Context, cancel context.CancelFunc, c *wsClient) {
	t := time.NewTicker(rl.cfg.Timeouts.Ping)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			pctx, pcancel := context.WithTimeout(ctx, rl.cfg.Timeouts.Ping/2+rl.cfg.Timeouts.WebsocketWrite)
			err := c.conn.Ping(pctx)
			pcancel()
			if err != nil && !errors.Is(err, context.Canceled) {
				cancel()
				return
			}
		}
	}
}

func validService(s string) bool {
	if s == "" || len(s) > maxServiceLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

func jsonQuote(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}
