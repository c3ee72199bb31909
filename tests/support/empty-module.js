// Stand-in for 'server-only' under jest (see tests/jest.config.js).
