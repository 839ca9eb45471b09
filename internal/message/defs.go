package message

// defs holds every code's templates; each file of codes adds its own.
var defs = map[Code]def{}

// dups lists codes added twice, which the tests refuse.
var dups []Code

func add(m map[Code]def) {
	for c, d := range m {
		if _, ok := defs[c]; ok {
			dups = append(dups, c)
		}
		defs[c] = d
	}
}
