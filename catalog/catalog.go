// Package catalog is the offline catalog of Tencent Cloud APIs, generated
// from the official Node.js SDK packages (tools/catalog): lookups of
// services, versions, actions and their parameters, a search over every
// action, and checks of a request against what the action takes.
//
// The data is read from an fs.FS holding index.json.br and
// services/<name>.json.br (catalog/data.FS is the committed copy); the
// index is decoded on first use and each service's file only when that
// service is asked for. A catalog without a file system (New(nil), or the
// zero Catalog) knows what it is given with LoadIndex and LoadService: the
// playground's module is fed the JSON the page fetched, so the data is
// never compiled into it, and it does not link the file reading either.
package catalog

import (
	"errors"
	"io/fs"
	"strconv"
	"sync"

	"github.com/tcsig/tcsig/catalog/schema"
	"github.com/tcsig/tcsig/internal/message"
)

// Errors of the lookups, wrapped with the name and any did-you-mean.
var (
	ErrUnknownService = errors.New("unknown service")
	ErrUnknownVersion = errors.New("unknown version")
	ErrUnknownAction  = errors.New("unknown action")
	// ErrNotLoaded is a lookup in a catalog without a file system (New(nil))
	// of data not yet given to LoadIndex or LoadService.
	ErrNotLoaded = errors.New("catalog data not loaded")
)

// lookupErr is a lookup error: one of the sentinels above, with the name
// and any did-you-mean (the package does without fmt; see decode.go), in
// English only: the errors of a program's own mistakes (data not loaded).
func lookupErr(kind error, msg string) error { return &message.KindError{Kind: kind, Text: msg} }

// lookupMsg is lookupErr with its message as a code, for other languages.
func lookupMsg(kind error, m message.Msg) error {
	return &message.KindError{Kind: kind, Text: m.Render(message.EN), Msg: m}
}

// Catalog reads catalog data lazily from a file system. It is safe for
// concurrent use.
type Catalog struct {
	// readIndex and readService read and decode a file of the data; nil
	// for a catalog without a file system. Function values, set by New, so
	// that a program that never calls New (the WebAssembly module) links
	// no file reading (fs.go).
	readIndex   func() (*schema.Index, error)
	readService func(name string) (*schema.Service, error)

	indexMu  sync.Mutex
	index    *schema.Index
	indexErr error
	table    []searchEntry // Search's view of index (tableOf)
	tableOf  *schema.Index

	mu       sync.Mutex
	services map[string]*schema.Service
}

// New returns a catalog reading fsys (e.g. catalog/data.FS), or, when
// fsys is nil, one that knows only what LoadIndex and LoadService give it.
func New(fsys fs.FS) *Catalog {
	c := &Catalog{services: map[string]*schema.Service{}}
	if fsys != nil {
		c.readIndex = func() (*schema.Index, error) { return indexFile(fsys) }
		c.readService = func(name string) (*schema.Service, error) { return c.serviceFile(fsys, name) }
	}
	return c
}

// LoadIndex gives the catalog index.json (uncompressed JSON).
func (c *Catalog) LoadIndex(b []byte) error {
	idx, err := DecodeIndex(b)
	if err != nil {
		return errors.New("catalog index: " + err.Error())
	}
	c.indexMu.Lock()
	c.index, c.indexErr = idx, nil
	c.indexMu.Unlock()
	// The search table now, with the data's arrival, rather than on the
	// first keystroke of a search.
	c.searchTable(idx)
	return nil
}

// LoadService gives the catalog services/<name>.json (uncompressed JSON).
func (c *Catalog) LoadService(name string, b []byte) error {
	s, err := DecodeService(b)
	if err != nil {
		return errors.New("catalog service " + name + ": " + err.Error())
	}
	if s.Name != name {
		return errors.New("catalog service " + name + ": the file is for service " + strconv.Quote(s.Name))
	}
	c.mu.Lock()
	if c.services == nil {
		c.services = map[string]*schema.Service{}
	}
	c.services[name] = s
	c.mu.Unlock()
	return nil
}

// Index returns the service index, decoding it on first use.
func (c *Catalog) Index() (*schema.Index, error) {
	// No defer: the unlock is written out, which keeps the module smaller.
	c.indexMu.Lock()
	if c.index == nil && c.indexErr == nil && c.readIndex != nil {
		c.index, c.indexErr = c.readIndex()
	}
	idx, err := c.index, c.indexErr
	c.indexMu.Unlock()
	if idx == nil && err == nil {
		return nil, lookupErr(ErrNotLoaded, "catalog index not loaded (give it to LoadIndex)")
	}
	return idx, err
}

// IndexService returns a service's index entry.
func (c *Catalog) IndexService(name string) (*schema.IndexService, error) {
	idx, err := c.Index()
	if err != nil {
		return nil, err
	}
	// A binary search written out: sort.Search and its closure would be
	// more code in the module for one call.
	i, j := 0, len(idx.Services)
	for i < j {
		if h := int(uint(i+j) >> 1); idx.Services[h].Name < name {
			i = h + 1
		} else {
			j = h
		}
	}
	if i < len(idx.Services) && idx.Services[i].Name == name {
		return &idx.Services[i], nil
	}
	names := make([]string, len(idx.Services))
	for i, s := range idx.Services {
		names[i] = s.Name
	}
	return nil, lookupMsg(ErrUnknownService, message.New(message.CatUnknownService, strconv.Quote(name), didYouMean(name, names)))
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
	s, err := c.service(name)
	c.mu.Unlock()
	return s, err
}

// service is Service's work, with c.mu held (an unlock written out rather
// than deferred keeps the module smaller).
func (c *Catalog) service(name string) (*schema.Service, error) {
	if s := c.services[name]; s != nil {
		return s, nil
	}
	if c.readService == nil {
		return nil, lookupErr(ErrNotLoaded, "catalog service "+name+" not loaded (give it to LoadService)")
	}
	s, err := c.readService(name)
	if err != nil {
		return nil, err
	}
	c.services[name] = s
	return s, nil
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
		return nil, nil, lookupMsg(ErrUnknownVersion, message.New(message.CatNoVersions, service))
	}
	known := "" // the versions passed, all of them in the error
	for i := range s.Versions {
		if v := &s.Versions[i]; version == "" || v.Version == version {
			return s, v, nil
		}
		if known != "" {
			known += ", "
		}
		known += s.Versions[i].Version
	}
	return nil, nil, lookupMsg(ErrUnknownVersion, message.New(message.CatUnknownVersion, version, service, known))
}
