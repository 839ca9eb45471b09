// Package protocol holds the facts of the Tencent Cloud API 3.0 protocol
// that more than one part of tcsig relies on: the signature methods, the
// header names, the content types and which request each may carry, the
// size limits, and which host names are Tencent Cloud API hosts.
//
// It is the project's rule book: the signer, the endpoint table, the relay
// and the emulator take these facts from here rather than keeping copies
// that could drift. It states facts only; what a caller does with them is
// the caller's policy (the relay, for one, refuses internal hosts that the
// syntax accepts). It imports nothing of the project.
package protocol
