import { ruleTester } from '#test/rule-tester';
import rule from './secret-file-in-image';

ruleTester.run(rule, {
  valid: [
    'FROM node:20-alpine\nCOPY package*.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
    'FROM nginx:1.27\nCOPY certs/fullchain.pem certs/ca-bundle.pem /etc/nginx/certs/\nCOPY .env.example /app/',
    'FROM debian:bookworm-slim\nCOPY nodesource.gpg.key /etc/apt/keyrings/nodesource.key',
    'FROM debian:bookworm-slim\nCOPY corp-root.pem /usr/local/share/ca-certificates/corp.crt',
    'FROM alpine:3.20\nCOPY id_rsa.pub /root/.ssh/authorized_keys',
    // A build stage that is not shipped may hold the file for the install.
    'FROM node:20-alpine AS deps\nCOPY .npmrc package.json ./\nRUN npm ci\nFROM node:20-alpine\nCOPY --from=deps /node_modules /app/node_modules',
    'FROM alpine:3.20\nCOPY $CONFIG /etc/app/',
  ],
  invalid: [
    {
      code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY «.npmrc» package*.json ./\nRUN npm ci && rm .npmrc',
      errors: [{ messageId: 'secretFile', data: { path: '.npmrc', kind: 'a registry or package-manager credential file', id: 'npmrc' } }],
      output: null,
    },
    {
      code: 'FROM python:3.12-slim\nCOPY «id_ed25519» /root/.ssh/',
      errors: [{ messageId: 'secretFile', data: { kind: 'an SSH private key' } }],
    },
    {
      code: 'FROM node:20-alpine\nCOPY «.env.production» .',
      errors: [{ messageId: 'secretFile', data: { kind: 'an environment file', id: 'env_production' } }],
    },
    {
      code: 'FROM alpine:3.20\nADD «config/tls/server.key» /etc/app/tls/',
      errors: [{ messageId: 'secretFile', data: { keyword: 'ADD', kind: 'a private key or keystore' } }],
    },
    {
      code: 'FROM alpine:3.20\nCOPY «.aws/» /root/.aws/',
      errors: [{ messageId: 'secretFile', data: { kind: 'a cloud credentials file' } }],
    },
    {
      code: 'FROM alpine:3.20\nCOPY ci/npmrc «/root/.npmrc»',
      errors: [{ messageId: 'secretFile', data: { path: '/root/.npmrc' } }],
    },
    {
      code: 'FROM alpine:3.20 AS base\nCOPY «kubeconfig» /root/.kube/config\nFROM base\nCMD ["kubectl", "get", "pods"]',
      errors: [{ messageId: 'secretFile' }],
    },
  ],
});
