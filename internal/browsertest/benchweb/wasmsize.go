package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
)

// funcSizes reads a WebAssembly binary's code section and its "name"
// section and returns each function's body size by name, plus the data
// section's size. go tool nm does not read wasm, so this is the breakdown.
func funcSizes(wasm []byte) (sizes map[string]int, data int, err error) {
	if len(wasm) < 8 || !bytes.Equal(wasm[:4], []byte("\x00asm")) {
		return nil, 0, errors.New("not a WebAssembly binary")
	}
	r := bufio.NewReader(bytes.NewReader(wasm[8:]))
	var imported int
	var bodies []int
	names := map[int]string{}
	for {
		id, err := r.ReadByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, err
		}
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, 0, err
		}
		sec := make([]byte, n)
		if _, err := io.ReadFull(r, sec); err != nil {
			return nil, 0, err
		}
		s := bytes.NewReader(sec)
		switch id {
		case 2: // imports: count the imported functions, which come first in the index space
			count, _ := binary.ReadUvarint(s)
			for range count {
				skipName(s)
				skipName(s)
				kind, _ := s.ReadByte()
				switch kind {
				case 0:
					binary.ReadUvarint(s)
					imported++
				case 1:
					s.ReadByte()
					skipLimits(s)
				case 2:
					skipLimits(s)
				case 3:
					s.ReadByte()
					s.ReadByte()
				}
			}
		case 10: // code
			count, _ := binary.ReadUvarint(s)
			for range count {
				size, _ := binary.ReadUvarint(s)
				bodies = append(bodies, int(size))
				s.Seek(int64(size), io.SeekCurrent)
			}
		case 11: // data
			data += int(n)
		case 0:
			name := readName(s)
			if name != "name" {
				continue
			}
			for s.Len() > 0 {
				sub, _ := s.ReadByte()
				size, _ := binary.ReadUvarint(s)
				if sub != 1 {
					s.Seek(int64(size), io.SeekCurrent)
					continue
				}
				count, _ := binary.ReadUvarint(s)
				for range count {
					idx, _ := binary.ReadUvarint(s)
					names[int(idx)] = readName(s)
				}
			}
		}
	}
	if len(names) == 0 {
		return nil, 0, errors.New("no name section (build without -s -w)")
	}
	sizes = map[string]int{}
	for i, b := range bodies {
		sizes[names[imported+i]] += b
	}
	return sizes, data, nil
}

func readName(s *bytes.Reader) string {
	n, _ := binary.ReadUvarint(s)
	b := make([]byte, n)
	io.ReadFull(s, b)
	return string(b)
}

func skipName(s *bytes.Reader) { readName(s) }

func skipLimits(s *bytes.Reader) {
	flag, _ := s.ReadByte()
	binary.ReadUvarint(s)
	if flag&1 != 0 {
		binary.ReadUvarint(s)
	}
}
