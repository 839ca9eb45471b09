//go:build unix

package signer

import (
	"syscall"
	"testing"
)

// processCPU returns the CPU time this process has used, user and system.
// The benchmarks report it per operation beside ns/op: on a shared machine
// wall time swings with other people's load, CPU time much less.
func processCPU() (ns int64, ok bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return ru.Utime.Nano() + ru.Stime.Nano(), true
}

// reportCPU adds the metric cpu-ns/op for the loop that started at start.
func reportCPU(b *testing.B, start int64) {
	if end, ok := processCPU(); ok && b.N > 0 {
		b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
	}
}
