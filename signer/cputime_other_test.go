//go:build !unix

package signer

import "testing"

func processCPU() (int64, bool) { return 0, false }

func reportCPU(*testing.B, int64) {}
