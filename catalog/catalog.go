// Package catalog is the offline catalog of Tencent Cloud APIs, generated
// from the official Node.js SDK packages (tools/catalog): lookups of
// services, versions, actions and their parameters, a search over every
// action, and checks of a request against what the action takes.
//
// The data is read from an fs.FS holding index.json.br and
// services/<name>.json.br (catalog/data.FS is the committed copy); the
// index is decoded on first use and each service's file only when that
// service is asked for.
package catalog

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"

	"github.com/tcsig/tcsig/catalog/schema"
	"github.com/tcsig/tcsig/internal/message"
)

// Errors of the lookups, wrapped with the name and any did-you-mean.
var (
	ErrUnknownService = errors.New("unknown service")
	ErrUnknownVersion = errors.New("unknown version")
	ErrUnknownAction  = errors.New("unknown action")
)

// Catalog reads catalog data lazily from a file system. It is safe for
// concurrent use.
type Catalog struct {
	fsys fs.FS

	indexOnce sync.Once
	index     *schema.Index
	indexErr  error

	mu       sync.Mutex
	services map[string]*schema.Service
}

// New returns a catalog reading fsys (e.g. catalog/data.FS).
func New(fsys fs.FS) *Catalog {
	return &Catalog{fsys: fsys, services: map[string]*schema.Service{}}
}

// Index returns the service index, decoding it on first use.
func (c *Catalog) Index() (*schema.Index, error) {
	c.indexOnce.Do(func() {
		var idx schema.Index
		if err := c.decode("index.json.br", &idx); err != nil {
			c.indexErr = err
			return
		}
		c.index = &idx
	})
	return c.index, c.indexErr
}

// IndexService returns a service's index entry.
func (c *Catalog) IndexService(name string) (*schema.IndexService, error) {
	idx, err := c.Index()
	if err != nil {
		return nil, err
	}
	i := sort.Search(len(idx.Services), func(i int) bool { return idx.Services[i].Name >= name })
	if i < len(idx.Services) && idx.Services[i].Name == name {
		return &idx.Services[i], nil
	}
	names := make([]string, len(idx.Services))
	for i, s := range idx.Services {
		names[i] = s.Name
	}
	return nil, &lookupError{ErrUnknownService, message.New(message.CatUnknownService, strconv.Quote(name), didYouMean(name, names))}
}

// Service returns everything about one service, decoding its file on
// first use.
// The index is not needed for a service that exists: its file alone
// answers, which halves the work of a one-off lookup.
func (c *Catalog) Service(name string) (*schema.Service, error) {
	if !validName(name) {
		_, err := c.IndexService(name)
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if s := c.services[name]; s != nil {
		return s, nil
	}
	file := path.Join("services", name+".json.br")
	if _, err := fs.Stat(c.fsys, file); errors.Is(err, fs.ErrNotExist) {
		_, err := c.IndexService(name) // the error, with a did-you-mean
		if err == nil {
			err = fmt.Errorf("catalog data: %s is missing (run make catalog to regenerate catalog/data)", file)
		}
		return nil, err
	}
	var s schema.Service
	if err := c.decode(file, &s); err != nil {
		return nil, err
	}
	c.services[name] = &s
	return &s, nil
}

// validName is a service name as the SDKs spell them: lower-case letters
// and digits, so it can never name a path outside services/.
func validName(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// Version returns one version of a service; "" means the newest.
func (c *Catalog) Version(service, version string) (*schema.Service, *schema.Version, error) {
	s, err := c.Service(service)
	if err != nil {
		return nil, nil, err
	}
	if len(s.Versions) == 0 {
		return nil, nil, &lookupError{ErrUnknownVersion, message.New(message.CatNoVersions, service)}
	}
	if version == "" {
		return s, &s.Versions[0], nil
	}
	known := make([]string, len(s.Versions))
	for i := range s.Versions {
		if s.Versions[i].Version == version {
			return s, &s.Versions[i], nil
		}
		known[i] = s.Versions[i].Version
	}
	return nil, nil, &lookupError{ErrUnknownVersion, message.New(message.CatUnknownVersion, version, service, strings.Join(known, ", "))}
}

// decode reads one brotli-compressed JSON file.
func (c *Catalog) decode(name string, v any) error {
	f, err := c.fsys.Open(name)
	if err != nil {
		return fmt.Errorf("catalog data: %w (run make catalog to regenerate catalog/data)", err)
	}
	defer f.Close()
	b, err := io.ReadAll(brotli.NewReader(f))
	if err != nil {
		return fmt.Errorf("catalog data %s: not brotli-compressed: %w", name, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("catalog data %s: %w", name, err)
	}
	return nil
}
