package relay

import (
	"cmp"
	"context"
	"errors"
	"net"
	"net/http/httptrace"
	"net/netip"
	"slices"
	"strconv"
	"syscall"
	"time"

	"github.com/tcsig/tcsig/internal/message"
)

const upstreamPort = 443

// dialer is the only way the relay opens a connection, for relayed calls and for the probe.
// It resolves the host itself and dials each address through a net.Dialer whose ControlContext
// applies the address rules to the address actually being connected, right before connect(2):
// no packet reaches a refused address, whatever DNS answered and whenever it answered it.
type dialer struct {
	net       net.Dialer
	timeout   time.Duration // DNS + connect, all addresses
	lookup    func(ctx context.Context, host string) ([]netip.AddrPort, error)
	allowAddr func(netip.Addr) bool                              // test seam
	onDial    func(ctx context.Context, ap netip.AddrPort) error // test seam
	anyPort   bool                                               // test seam: seams.Lookup picks ports
}

func newDialer(cfg Config) *dialer {
	resolver := &net.Resolver{}
	d := &dialer{
		timeout: cfg.Timeouts.Dial,
		lookup: func(ctx context.Context, host string) ([]netip.AddrPort, error) {
			addrs, err := resolver.LookupNetIP(ctx, "ip", host)
			if err != nil {
				return nil, err
			}
			aps := make([]netip.AddrPort, len(addrs))
			for i, a := range addrs {
				aps[i] = netip.AddrPortFrom(a.Unmap(), upstreamPort)
			}
			return aps, nil
		},
	}
	if t := cfg.seams; t != nil {
		if t.Lookup != nil {
			d.lookup = t.Lookup
			d.anyPort = true
		}
		d.allowAddr = t.AllowAddr
		d.onDial = t.OnDial
	}
	d.net = net.Dialer{
		Timeout:        cfg.Timeouts.Dial,
		KeepAlive:      30 * time.Second,
		ControlContext: d.control,
	}
	return d
}

// DialContext dials address ("host:443") for an http.Transport or the probe.
func (d *dialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(address)
	if err != nil {
		return nil, refuseMsg(errHostNotAllowed, message.RelayBadAddress, strconv.Quote(address))
	}
	if err := checkHost(host); err != nil {
		return nil, err
	}
	if port != "443" {
		return nil, refuseMsg(errHostNotAllowed, message.RelayDialPort, port)
	}
	ctx, cancel := context.WithTimeout(ctx, d.timeout)
	defer cancel()

	addrs, err := d.resolve(ctx, host)
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, ap := range addrs {
		conn, err := d.net.DialContext(ctx, "tcp", ap.String())
		if err == nil {
			return conn, nil
		}
		var r *message.KindError
		if errors.As(err, &r) && r.Kind == errAddrNotAllowed {
			err = refuseMsg(errAddrNotAllowed, message.RelayResolvesTo, host, r.Text)
		}
		errs = append(errs, err)
		if ctx.Err() != nil {
			break
		}
	}
	if len(errs) == 1 {
		return nil, errs[0]
	}
	return nil, errors.Join(errs...)
}

// resolve looks host up, reporting to httptrace's DNS hooks (net only calls them for its own
// lookups, and the dialer dials IP addresses). IPv4 addresses come first: IPv6 routes are often
// missing where the relay runs.
func (d *dialer) resolve(ctx context.Context, host string) ([]netip.AddrPort, error) {
	trace := httptrace.ContextClientTrace(ctx)
	if trace != nil && trace.DNSStart != nil {
		trace.DNSStart(httptrace.DNSStartInfo{Host: host})
	}
	addrs, err := d.lookup(ctx, host)
	if err == nil && len(addrs) == 0 {
		err = &net.DNSError{Err: "no addresses", Name: host, IsNotFound: true}
	}
	var dnsErr *net.DNSError
	if err != nil && !errors.As(err, &dnsErr) {
		err = &net.DNSError{Err: err.Error(), Name: host, IsTimeout: errors.Is(err, context.DeadlineExceeded)}
	}
	if trace != nil && trace.DNSDone != nil {
		info := httptrace.DNSDoneInfo{Err: err}
		for _, ap := range addrs {
			info.Addrs = append(info.Addrs, net.IPAddr{IP: ap.Addr().AsSlice(), Zone: ap.Addr().Zone()})
		}
		trace.DNSDone(info)
	}
	if err != nil {
		return nil, err
	}
	addrs = slices.Clone(addrs)
	slices.SortStableFunc(addrs, func(a, b netip.AddrPort) int {
		return cmp.Compare(ipv6Rank(a.Addr()), ipv6Rank(b.Addr()))
	})
	return addrs, nil
}

func ipv6Rank(a netip.Addr) int {
	if a.Unmap().Is4() {
		return 0
	}
	return 1
}

// control runs after the socket is created and before it connects: the last word on the
// address, immune to DNS rebinding because it sees the address itself.
func (d *dialer) control(ctx context.Context, network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return refuseMsg(errAddrNotAllowed, message.RelayParseDialed, strconv.Quote(address))
	}
	if reason := forbiddenReason(ap.Addr()); reason != "" && (d.allowAddr == nil || !d.allowAddr(ap.Addr())) {
		return refuseMsg(errAddrNotAllowed, message.RelayNeverDials, ap.Addr().String(), message.Term(reason))
	}
	if !d.anyPort && ap.Port() != upstreamPort {
		return refuseMsg(errAddrNotAllowed, message.RelayDialPort, int(ap.Port()))
	}
	if d.onDial != nil {
		return d.onDial(ctx, ap)
	}
	return nil
}
