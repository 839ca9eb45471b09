package message

import "strconv"

// Codes of a size in bytes, as Size spells it.
const (
	SizeBytes Code = "size.bytes"
	SizeKB    Code = "size.kb"
	SizeMB    Code = "size.mb"
)

var sizeDefs = []entry{
	{SizeBytes, def{[]string{"n"}, "{n} bytes", "{n} 字节"}},
	{SizeKB, def{[]string{"n"}, "{n} KB", "{n} KB"}},
	{SizeMB, def{[]string{"n"}, "{n} MB", "{n} MB"}},
}

// Size spells a byte count the way Tencent Cloud's documentation states
// its limits: "32 KB", "10 MB" (KB = 1,024 bytes, MB = 1,048,576), or
// "1234 bytes" when it is no whole number of either. It is the one
// spelling of a size for the command line and the page (which gets it
// from the module), in the reader's language.
func Size(n int) Msg {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return New(SizeMB, strconv.Itoa(n>>20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return New(SizeKB, strconv.Itoa(n>>10))
	}
	return New(SizeBytes, strconv.Itoa(n))
}
