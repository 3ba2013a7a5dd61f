import { ruleTester } from '#test/rule-tester';
import rule from './secret-in-arg-or-env';

ruleTester.run(rule, {
  valid: [
    'FROM python:3.12-slim\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
    'FROM php:8.3\nENV GPG_KEYS 1198C0117593497A5EC5C199286AF1F9897469DC',
    'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password',
    'FROM python:3.12-slim\nENV TOKENIZERS_PARALLELISM=false',
    'FROM python:3.12-slim\nARG PRIVATE_REGISTRY=registry.example.com',
    'FROM python:3.12-slim\nENV AUTH_ENABLED=true OAUTH_TOKEN_URL=https://auth.example.com/token',
    'FROM python:3.12-slim\nENV API_TOKEN=""',
    'FROM python:3.12-slim\nENV APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE=1',
    'FROM python:3.12-slim\nENV PUBLIC_KEY=/etc/keys/app.pub DOCKER_USERNAME=ci',
    'FROM python:3.12-slim\nENV DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app',
    'FROM python:3.12-slim\nENV SECRET_NAME=prod/app/db',
    'FROM gcr.io/kaniko-project/executor:v1.23.0\nENV DOCKER_CREDENTIAL_GCR_CONFIG /kaniko/.config/gcloud/docker_credential_gcr_config.json',
    'FROM php:8.3-fpm\nARG XDEBUG_IDE_KEY=DOCKER',
    'FROM python:3.12-slim\nENV GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json',
  ],
  invalid: [
    {
      code: 'FROM node:20-alpine\nARG «NPM_TOKEN»\nRUN npm ci',
      errors: [{ messageId: 'secretName', data: { keyword: 'ARG', name: 'NPM_TOKEN', id: 'npm_token' } }],
      output: null,
    },
    {
      code: 'FROM python:3.12-slim\nENV «DB_PASSWORD»=s3cret LOG_LEVEL=info «djangoSecretKey»=abc',
      errors: [{ messageId: 'secretName', data: { name: 'DB_PASSWORD' } }, { messageId: 'secretName', data: { name: 'djangoSecretKey' } }],
    },
    {
      code: 'FROM python:3.12-slim\nENV «AWS_SECRET_ACCESS_KEY» wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      errors: [{ messageId: 'secretName' }],
    },
    {
      code: 'ARG «GITHUB_TOKEN»\nFROM alpine:3.20',
      errors: [{ messageId: 'secretName', data: { keyword: 'ARG' } }],
    },
    {
      code: 'FROM python:3.12-slim\nENV AWS_ACCESS_KEY_ID=«AKIAIOSFODNN7EXAMPLE»',
      errors: [{ messageId: 'secretValue', data: { kind: 'AWS access key' } }],
    },
    {
      code: 'FROM python:3.12-slim\nENV DATABASE_URL=«"postgres://app:s3cret@db:5432/app"»',
      errors: [{ messageId: 'secretValue', data: { kind: 'URL with a password' } }],
    },
  ],
});
