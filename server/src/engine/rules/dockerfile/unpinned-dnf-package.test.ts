import { ruleTester } from '#test/rule-tester';
import rule from './unpinned-dnf-package';

ruleTester.run(rule, {
  valid: [
    'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 java-17-openjdk-17.0.12.0.7-2.fc40',
    'FROM fedora:40\nRUN dnf module install -y nodejs:20/common && dnf group install -y "Development Tools"',
    'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y --nodocs --setopt install_weak_deps=0 shadow-utils-2:4.9-8.el9',
    'FROM centos:7\nRUN yum install -y httpd',
  ],
  invalid: [
    {
      code: 'FROM fedora:40\nRUN dnf install -y «httpd» «java-17-openjdk-headless» && dnf5 install -y «git»',
      errors: [{ messageId: 'unpinned', data: { package: 'httpd' } }, { messageId: 'unpinned' }, { messageId: 'unpinned' }],
      output: null,
    },
    {
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y «shadow-utils»',
      errors: [{ messageId: 'unpinned', data: { pinned: 'shadow-utils-<version>' } }],
    },
    {
      code: 'FROM fedora:40\nRUN dnf module install -y «nodejs» «postgresql»',
      errors: [{ messageId: 'unpinnedModule' }, { messageId: 'unpinnedModule' }],
    },
  ],
});
