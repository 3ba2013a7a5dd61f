import { ruleTester } from '#test/rule-tester';
import rule from './dnf-without-yes';

ruleTester.run(rule, {
  valid: [
    'FROM fedora:40\nRUN dnf install -y httpd',
    'FROM fedora:40\nRUN dnf -y module enable nodejs:20 && dnf module install -y nodejs:20/common',
    'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install --assumeyes shadow-utils',
    'FROM fedora:40\nRUN dnf makecache && dnf clean all && dnf module list',
    'FROM centos:7\nRUN yum install httpd',
    // microdnf assumes yes unless configured otherwise.
    'FROM oraclelinux:10-slim\nRUN microdnf install gzip tar && microdnf clean all',
  ],
  invalid: [
    {
      code: 'FROM fedora:40\nRUN dnf «install» httpd && dnf clean all',
      errors: [{ messageId: 'noYes', data: { command: 'dnf install' } }],
      output: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all',
    },
    {
      code: 'FROM fedora:40\nRUN dnf «module enable» nodejs:20 && dnf5 «upgrade»',
      errors: [{ messageId: 'noYes', data: { command: 'dnf module enable' } }, { messageId: 'noYes' }],
      output: 'FROM fedora:40\nRUN dnf module enable -y nodejs:20 && dnf5 upgrade -y',
    },
  ],
});
