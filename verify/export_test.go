package verify

import "github.com/tcsig/tcsig/capture"

// CheckCounting is Check, also returning what the cause search's JSON
// re-serialisations cost: how many were started and the bytes written
// into them.
func CheckCounting(req *capture.Request, opts Options) (rep *Report, forms int, bytes int64) {
	c := &checker{req: req, opts: opts, rep: &Report{Causes: []Finding{}, Warnings: []Finding{}, Diff: []DiffLine{}}}
	c.run()
	return c.rep, c.work.forms, c.work.bytes
}

// MaxBodyForReserialisation is the largest body the search re-serialises.
const MaxBodyForReserialisation = maxBodyForReserialisation
