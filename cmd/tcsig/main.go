// Command tcsig signs, verifies and explains Tencent Cloud API 3.0 requests,
// and serves the browser playground.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/tcsig/tcsig/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], cli.OSEnv())
	stop()
	os.Exit(code)
}
