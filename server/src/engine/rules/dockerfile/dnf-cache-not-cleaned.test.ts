import { ruleTester } from '#test/rule-tester';
import rule from './dnf-cache-not-cleaned';

ruleTester.run(rule, {
  valid: [
    'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all',
    'FROM fedora:40\nRUN dnf install -y httpd && rm -rf /var/cache/dnf /var/cache/yum',
    'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd',
    'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y shadow-utils && microdnf clean all',
    'FROM centos:7\nRUN yum install -y httpd',
  ],
  invalid: [
    {
      code: 'FROM fedora:40\nRUN «dnf install» -y httpd',
      errors: [{ messageId: 'notCleaned', data: { command: 'dnf install', clean: 'dnf clean all' } }],
      output: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all',
    },
    {
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf update -y && \\\n    «microdnf install» -y shadow-utils',
      errors: [{ messageId: 'notCleaned', data: { clean: 'microdnf clean all' } }],
      output: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf update -y && \\\n    microdnf install -y shadow-utils && \\\n    microdnf clean all',
    },
    {
      code: 'FROM fedora:40\nRUN <<EOF\n  set -e\n  «dnf install» -y httpd\nEOF',
      errors: [{ messageId: 'notCleaned' }],
      output: 'FROM fedora:40\nRUN <<EOF\n  set -e\n  dnf install -y httpd\n  dnf clean all\nEOF',
    },
  ],
});
