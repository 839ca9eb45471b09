package cli

import (
	"bytes"
	"io"
	"strings"
)

// columns aligns tab-separated cells like text/tabwriter (padding 2,
// blank-padded, the last cell of a line left as is), but measures cells
// in terminal columns: tabwriter counts a Chinese character as one
// column, so a translated heading or "必填" would push the rest of its
// line out of line.
type columns struct {
	w   io.Writer
	buf bytes.Buffer
}

func newColumns(w io.Writer) *columns { return &columns{w: w} }

func (c *columns) Write(p []byte) (int, error) { return c.buf.Write(p) }

// Flush writes the buffered lines aligned. A column's width is set per
// block of consecutive lines that have that cell, as tabwriter does.
func (c *columns) Flush() error {
	text := c.buf.String()
	c.buf.Reset()
	trailing := strings.HasSuffix(text, "\n")
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	cells := make([][]string, len(lines))
	for i, l := range lines {
		cells[i] = strings.Split(l, "\t")
	}
	widths := make([][]int, len(lines)) // widths[line][cell], for every cell but the last
	for i := range cells {
		widths[i] = make([]int, len(cells[i])-1)
	}
	for col := 0; ; col++ {
		any := false
		for i := 0; i < len(cells); {
			if len(cells[i])-1 <= col {
				i++
				continue
			}
			any = true
			j, w := i, 0
			for ; j < len(cells) && len(cells[j])-1 > col; j++ {
				w = max(w, displayWidth(cells[j][col])+2)
			}
			for k := i; k < j; k++ {
				widths[k][col] = w
			}
			i = j
		}
		if !any {
			break
		}
	}
	var out strings.Builder
	for i, row := range cells {
		for k, cell := range row {
			if k < len(row)-1 {
				out.WriteString(padRight(cell, widths[i][k]))
			} else {
				out.WriteString(cell)
			}
		}
		if i < len(cells)-1 || trailing {
			out.WriteByte('\n')
		}
	}
	_, err := io.WriteString(c.w, out.String())
	return err
}
