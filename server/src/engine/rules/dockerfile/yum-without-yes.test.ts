import { ruleTester } from '#test/rule-tester';
import rule from './yum-without-yes';

ruleTester.run(rule, {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd',
    'FROM centos:7\nRUN yum -y install httpd && yum --assumeyes remove git',
    'FROM centos:7\nRUN yum --setopt=assumeyes=1 install httpd',
    'FROM centos:7\nRUN yum makecache && yum clean all && yum list installed && yum group list',
    'FROM centos:7\nRUN yes | yum install httpd',
    'FROM fedora:40\nRUN dnf install httpd',
  ],
  invalid: [
    {
      code: 'FROM centos:7\nRUN yum «install» httpd && yum clean all',
      errors: [{ messageId: 'noYes', data: { command: 'yum install' } }],
      output: 'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    },
    {
      code: 'FROM centos:7\nRUN yum «groupinstall» "Development Tools" \\\n && yum «group install» git',
      errors: [{ messageId: 'noYes' }, { messageId: 'noYes', data: { command: 'yum group install' } }],
      output: 'FROM centos:7\nRUN yum groupinstall -y "Development Tools" \\\n && yum group install -y git',
    },
    {
      code: 'FROM centos:7\nRUN ["yum", «"update"»]',
      errors: [{ messageId: 'noYes' }],
      output: null,
    },
  ],
});
