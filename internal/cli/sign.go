package cli

import (
	"context"
	"errors"
)

// runSign is not built yet.
func runSign(ctx context.Context, args []string, env Env) int {
	return fail(env, "sign", errors.New("not implemented yet"))
}
