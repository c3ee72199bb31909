// The 'server-only' marker, for command-line scripts (see server-only.cjs).
