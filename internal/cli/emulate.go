package cli

import (
	"context"
	"errors"
)

// runEmulate is not built yet.
func runEmulate(ctx context.Context, args []string, env Env) int {
	return fail(env, "emulate", errors.New("not implemented yet"))
}
