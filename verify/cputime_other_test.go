//go:build !unix

package verify_test

import "time"

// cpuTime is not measured here (e.g. under WebAssembly).
func cpuTime() (time.Duration, bool) { return 0, false }
