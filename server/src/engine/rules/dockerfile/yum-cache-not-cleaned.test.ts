import { ruleTester } from '#test/rule-tester';
import rule from './yum-cache-not-cleaned';

ruleTester.run(rule, {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    'FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum/*',
    'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd',
    'FROM centos:7 AS build\nRUN yum install -y gcc\nFROM centos:7\nCOPY --from=build /out /out',
    'FROM centos:7\nRUN yum list installed',
    'FROM centos:7\nSHELL ["cmd", "/S", "/C"]\nRUN yum install -y httpd',
    'FROM fedora:40\nRUN dnf install -y httpd',
  ],
  invalid: [
    {
      code: 'FROM centos:7\nRUN «yum install» -y httpd',
      errors: [{ messageId: 'notCleaned', data: { command: 'yum install' } }],
      output: 'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    },
    {
      // Cleaning before the last install leaves that install's downloads behind.
      code: 'FROM centos:7\nRUN yum -y update \\\n    && yum clean all \\\n    && «yum install» -y httpd',
      errors: [{ messageId: 'notCleaned' }],
      output: 'FROM centos:7\nRUN yum -y update \\\n    && yum clean all \\\n    && yum install -y httpd \\\n    && yum clean all',
    },
    {
      code: 'FROM centos:7\nRUN «yum install» -y httpd && yum clean packages',
      errors: [{ messageId: 'notCleaned' }],
      output: 'FROM centos:7\nRUN yum install -y httpd && yum clean packages && yum clean all',
    },
  ],
});
