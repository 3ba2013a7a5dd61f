import { ruleTester } from '#test/rule-tester';
import rule from './unpinned-yum-package';

ruleTester.run(rule, {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd-2.4.6 python3-devel-3.6.8-21.el7 nodejs-1:16.20.2-1.el7.x86_64',
    'FROM centos:7\nRUN yum install -y /tmp/tool.rpm https://example.com/repo-release.rpm @core "perl(JSON)" $EXTRA',
    'FROM centos:7\nRUN yum install -y --enablerepo epel --setopt tsflags=nodocs jq-1.6',
    'FROM centos:7\nRUN yum module install -y nodejs:18 && yum groupinstall -y "Development Tools"',
    'FROM centos:7\nRUN yum update -y && yum remove -y git',
  ],
  invalid: [
    {
      code: 'FROM centos:7\nRUN yum install -y «httpd» «python3-devel» «java-17-openjdk»',
      errors: [
        { messageId: 'unpinned', data: { package: 'httpd', pinned: 'httpd-<version>' } },
        { messageId: 'unpinned', data: { package: 'python3-devel' } },
        { messageId: 'unpinned', data: { package: 'java-17-openjdk' } },
      ],
      output: null,
    },
    {
      code: 'FROM centos:7\nRUN yum module install -y «nodejs»',
      errors: [{ messageId: 'unpinnedModule', data: { pinned: 'nodejs:<stream>' } }],
    },
  ],
});
