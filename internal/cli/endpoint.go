package cli

import (
	"context"
	"errors"
)

// runEndpoint is not built yet.
func runEndpoint(ctx context.Context, args []string, env Env) int {
	return fail(env, "endpoint", errors.New("not implemented yet"))
}
