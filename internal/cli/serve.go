package cli

import (
	"context"
	"errors"
)

// runServe is not built yet.
func runServe(ctx context.Context, args []string, env Env) int {
	return fail(env, "serve", errors.New("not implemented yet"))
}
