package cli

import (
	"context"
	"errors"
)

// runVerify is not built yet.
func runVerify(ctx context.Context, args []string, env Env) int {
	return fail(env, "verify", errors.New("not implemented yet"))
}
