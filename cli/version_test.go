package cli

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tcsig/tcsig/internal/version"
)

// tcsig version prints the same string as /version and the page's footer.
func TestVersionCommand(t *testing.T) {
	for _, arg := range []string{"version", "--version", "-version"} {
		r := runCLI(t, "", nil, arg)
		assert.Equal(t, ExitOK, r.code, arg)
		assert.Equal(t, "tcsig "+version.String()+"\n", r.stdout, arg)
	}
}
