package e2e

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	bt "github.com/tcsig/tcsig/internal/browsertest"
	"github.com/tcsig/tcsig/server"
)

// The footer and tcsig.version show what tcsig serve's /version says. The
// module does not carry the version: tcsig.js reads version.json, once,
// and only after tcsig.ready, so start-up gets no extra request.
func TestFooterShowsTheServersVersion(t *testing.T) {
	const v = "v9.8.7-e2e"
	srv, err := server.New(nil, server.Config{Files: bt.ServerFiles(bt.Assets(t)), Version: v})
	require.NoError(t, err)
	base := bt.Serve(t, srv)

	resp, err := http.Get(base + "version")
	require.NoError(t, err)
	defer resp.Body.Close()
	var info struct{ Version string }
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&info))
	require.Equal(t, v, info.Version, "/version")

	ctx := bt.OpenURL(t, base+"index.html")
	footer := until(t, ctx, `document.getElementById("build-version").textContent.includes(" ") && document.getElementById("build-version").textContent`)
	assert.Equal(t, "tcsig "+info.Version, footer, "the footer and /version differ")

	type seen struct {
		Version string
		ReadyAt float64
		Fetched []float64
	}
	got := bt.Eval[seen](t, ctx, `tcsig.loadVersion().then(() => ({Version: tcsig.version, ReadyAt: tcsig._readyAt,
		Fetched: performance.getEntriesByType("resource").filter(e => new URL(e.name).pathname === "/version.json").map(e => e.startTime)}))`)
	assert.Equal(t, info.Version, got.Version, "tcsig.version and /version differ")
	require.Len(t, got.Fetched, 1, "version.json should be read once, however often loadVersion is called")
	assert.GreaterOrEqual(t, got.Fetched[0], got.ReadyAt, "version.json was requested before tcsig.ready, on start-up's path")
}
