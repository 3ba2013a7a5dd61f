import { ruleTester } from '#test/rule-tester';
import rule from './unpinned-go-package';

ruleTester.run(rule, {
  valid: [
    'FROM golang:1.22\nRUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1',
    'FROM golang:1.22\nRUN go install ./cmd/... && go install . && go install /go/src/app',
    'FROM golang:1.22\nRUN go install tool && go install std',
    'FROM golang:1.22\nRUN go run main.go --port 8080',
    'FROM golang:1.22\nRUN go run golang.org/x/tools/cmd/stringer@v0.21.0 -type=Kind ./...',
    'FROM golang:1.22\nRUN go get -d ./... && go mod download',
    'FROM golang:1.22\nRUN go install -ldflags "-s -w" "github.com/org/tool@$TOOL_VERSION"',
    'FROM golang:1.22\nRUN go build -o /app ./cmd/server',
  ],
  invalid: [
    {
      code: 'FROM golang:1.22\nRUN go install «github.com/golangci/golangci-lint/cmd/golangci-lint@latest»',
      errors: [{ messageId: 'movingVersion', data: { version: 'latest' } }],
      output: null,
    },
    {
      code: 'FROM golang:1.22\nRUN go get -u «golang.org/x/tools/cmd/goimports»',
      errors: [{ messageId: 'unpinned', data: { verb: 'get', module: 'golang.org/x/tools/cmd/goimports' } }],
    },
    {
      code: 'FROM golang:1.22\nRUN go run -mod mod «example.com/gen» -out x.go',
      errors: [{ messageId: 'unpinned', data: { verb: 'run' } }],
    },
  ],
});
