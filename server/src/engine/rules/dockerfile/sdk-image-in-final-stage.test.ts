import { ruleTester } from '#test/rule-tester';
import rule from './sdk-image-in-final-stage';

ruleTester.run(rule, {
  valid: [
    'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app',
    'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.16.1',
    'FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar',
    'FROM node:20-alpine\nRUN npm run build',
    'FROM maven:3.9-eclipse-temurin-21\nRUN mvn -B dependency:go-offline',
  ],
  invalid: [
    {
      code: 'FROM «golang:1.22»\nWORKDIR /src\nCOPY . .\nRUN go mod download && CGO_ENABLED=0 go build -o /app .\nCMD ["/app"]',
      errors: [{ messageId: 'buildsInSdkImage', data: { image: 'golang:1.22', toolchain: 'Go', command: 'CGO_ENABLED=0 go build -o /app .', line: 4 } }],
      output: null,
    },
    {
      code: 'FROM maven:3.9-eclipse-temurin-21 AS base\nCOPY . /src\nFROM «base»\nRUN ./mvnw -B \\\n    package',
      errors: [{ messageId: 'buildsInSdkImage', data: { toolchain: 'JDK', command: './mvnw -B package' } }],
    },
    {
      code: 'FROM «mcr.microsoft.com/dotnet/sdk:8.0»\nCOPY . .\nRUN dotnet publish -c Release -o /out',
      errors: [{ messageId: 'buildsInSdkImage', data: { toolchain: '.NET SDK' } }],
    },
    {
      code: 'FROM «rust:1.79»\nCOPY . .\nRUN cargo build --release',
      errors: [{ messageId: 'buildsInSdkImage', data: { toolchain: 'Rust' } }],
    },
  ],
});
