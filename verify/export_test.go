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

// CheckTimestampWork is Check, also returning what the search for the
// signed timestamp cost: the candidate HMACs and the hash blocks they took.
func CheckTimestampWork(req *capture.Request, opts Options) (rep *Report, hmacs int, blocks int64) {
	c := &checker{req: req, opts: opts, rep: &Report{Causes: []Finding{}, Warnings: []Finding{}, Diff: []DiffLine{}}}
	c.run()
	return c.rep, c.tsWork.hmacs, c.tsWork.blocks
}
