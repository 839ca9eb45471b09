package verify

import "crypto/subtle"

// Public is the verdict as a verifier may tell it to someone who does not
// own the key: the emulator answers any caller that can reach its port,
// and an expected signature is valid at the real API for five minutes.
// It carries codes, check ids and the request's own claims only — never a
// message, since messages name expected values, derived keys and hashes
// computed with the key.
type Public struct {
	Valid bool
	// Error is the API's answer; its Message is the API's own for the code.
	Error *PublicError
	// Incomplete is true when the signature could not be checked at all.
	Incomplete bool
	// Causes and Warnings are finding ids (they name mistakes, not values).
	Causes   []string
	Warnings []string
	// Received is what the request says about itself, without the
	// signature it carries.
	Received Received
}

// PublicError is an APIError without the verifier's explanation.
type PublicError struct {
	Code    string
	Message string // APIMessage(Code)
	Check   string // the check id that failed, e.g. clock-skew
}

// Public returns the disclosure-free view of the report. `tcsig verify` and
// the page, run by the key's owner, show the whole report instead.
func (r *Report) Public() Public {
	p := Public{
		Valid:      r.Valid,
		Incomplete: r.Incomplete != "",
		Causes:     findingIDs(r.Causes),
		Warnings:   findingIDs(r.Warnings),
		Received:   r.Received,
	}
	p.Received.Signature = ""
	if r.Error != nil {
		p.Error = &PublicError{Code: r.Error.Code, Message: APIMessage(r.Error.Code), Check: r.Error.Check}
	}
	return p
}

// findingIDs lists each id once, in order of first appearance.
func findingIDs(fs []Finding) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.ID] {
			seen[f.ID] = true
			out = append(out, f.ID)
		}
	}
	return out
}

// equalSignature compares a computed signature with a received one in time
// that does not depend on where they first differ, so a caller timing the
// answers learns nothing about the expected value.
func equalSignature(computed, received string) bool {
	return subtle.ConstantTimeCompare([]byte(computed), []byte(received)) == 1
}
