// Command precompress writes brotli (x.br) and gzip (x.gz) siblings next to
// the page's files, for `tcsig serve` to embed and for static hosts (nginx
// gzip_static/brotli_static, Caddy precompressed) to send as they are.
//
//	go run ./tools/precompress [-brotli 11] [-gzip 9] path...
//
// A path is a file or a directory (walked; dotfiles skipped). Only files
// worth compressing get siblings (see package assets); a sibling that would
// not be smaller is removed rather than left stale.
//
// A sibling that already decodes to the file's current bytes is kept as it
// is, so running the tool again on unchanged files (every `make build`) does
// no compression: brotli at its best level is the slowest step of a build.
// The check cannot tell which level made a sibling; -force rewrites every
// sibling at the levels given.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/tcsig/tcsig/server/assets"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "precompress:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("precompress", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	brLevel := fl.Int("brotli", assets.BestBrotli, "brotli quality, 0-11")
	gzLevel := fl.Int("gzip", assets.BestGzip, "gzip level, 1-9")
	force := fl.Bool("force", false, "rewrite siblings even when they already decode to the file")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *brLevel < 0 || *brLevel > 11 {
		return fmt.Errorf("-brotli %d: quality must be 0 to 11", *brLevel)
	}
	if *gzLevel < 1 || *gzLevel > 9 {
		return fmt.Errorf("-gzip %d: level must be 1 to 9", *gzLevel)
	}
	if fl.NArg() == 0 {
		return errors.New("no files or directories given")
	}
	files, err := collect(fl.Args())
	if err != nil {
		return err
	}

	start := time.Now()
	var jobs []job
	for _, f := range files {
		jobs = append(jobs,
			job{f, assets.Brotli, *brLevel, *force},
			job{f, assets.Gzip, *gzLevel, *force})
	}
	written, err := runJobs(jobs)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "precompress: %d files, brotli %d, gzip %d: %d siblings written, %d up to date, %s\n",
		len(files), *brLevel, *gzLevel, written, len(jobs)-written, time.Since(start).Round(time.Millisecond))
	return nil
}

// A job is one sibling of one file.
type job struct {
	file  string
	enc   assets.Encoding
	level int
	force bool
}

// runJobs runs the jobs on every core and returns how many siblings were
// (re)written rather than found up to date.
func runJobs(jobs []job) (written int, err error) {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
		sem  = make(chan struct{}, runtime.GOMAXPROCS(0))
	)
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			wrote, err := writeSibling(j)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
			}
			if wrote {
				written++
			}
		}()
	}
	wg.Wait()
	return written, errors.Join(errs...)
}

// collect expands directories into the files that deserve siblings.
func collect(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			if assets.IsSibling(p) {
				return nil, fmt.Errorf("%s is itself a precompressed file", p)
			}
			if wanted(p, info.Size()) {
				out = append(out, p)
			}
			continue
		}
		err = filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if name != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() || assets.IsSibling(name) {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			if wanted(name, info.Size()) {
				out = append(out, name)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func wanted(name string, size int64) bool {
	return assets.Compressible(name) && size >= assets.MinWorthSize
}

// writeSibling replaces file+suffix atomically, so a server or a
// concurrent `make` never reads half a file. It reports whether it wrote
// (or removed) the sibling; an up-to-date sibling is left untouched.
func writeSibling(j job) (bool, error) {
	data, err := os.ReadFile(j.file)
	if err != nil {
		return false, err
	}
	out := j.file + j.enc.Suffix
	if !j.force && upToDate(out, j.enc, data) {
		return false, nil
	}
	body, err := assets.Compress(j.enc, data, j.level)
	if err != nil {
		return false, fmt.Errorf("%s: %w", out, err)
	}
	if len(body) >= len(data) {
		err := os.Remove(out)
		if errors.Is(err, fs.ErrNotExist) {
			return false, nil
		}
		return err == nil, err
	}
	return true, replace(out, body)
}

// upToDate reports whether the sibling out exists and decodes to data.
// Decoding costs a small fraction of encoding at the levels used here, and
// unlike a modification time it cannot be fooled by a copy or a checkout.
func upToDate(out string, enc assets.Encoding, data []byte) bool {
	old, err := os.ReadFile(out)
	if err != nil {
		return false
	}
	got, err := assets.Decompress(enc, old, int64(len(data)))
	return err == nil && bytes.Equal(got, data)
}

// replace writes body to name through a temporary file and a rename.
func replace(name string, body []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if _, err := tmp.Write(body); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
