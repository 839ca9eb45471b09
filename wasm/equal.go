package main

import "unsafe"

// sameBytes reports whether a and b hold the same bytes. It compares
// eight bytes at a time because Go's memequal on js/wasm compares one byte
// per loop (internal/bytealg/equal_wasm.s), which made this comparison most
// of tcsig.sign's cost for a large body whose payload hash the page passes
// (docs/performance.md).
func sameBytes(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 {
		return true
	}
	pa, ps := unsafe.Pointer(unsafe.SliceData(a)), unsafe.Pointer(unsafe.SliceData(b))
	if pa == ps {
		return true
	}
	// 32 bytes a round in unaligned 8-byte loads (fine on wasm, amd64 and
	// arm64); the unrolling halves the loop's cost on wasm.
	n := len(a) &^ 31
	for i := 0; i < n; i += 32 {
		x, y := unsafe.Add(pa, i), unsafe.Add(ps, i)
		if *(*uint64)(x) != *(*uint64)(y) ||
			*(*uint64)(unsafe.Add(x, 8)) != *(*uint64)(unsafe.Add(y, 8)) ||
			*(*uint64)(unsafe.Add(x, 16)) != *(*uint64)(unsafe.Add(y, 16)) ||
			*(*uint64)(unsafe.Add(x, 24)) != *(*uint64)(unsafe.Add(y, 24)) {
			return false
		}
	}
	return string(a[n:]) == string(b[n:])
}
