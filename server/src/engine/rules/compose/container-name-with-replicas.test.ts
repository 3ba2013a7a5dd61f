import { ruleTester } from '#test/rule-tester';
import rule from './container-name-with-replicas';

ruleTester.run(rule, {
  valid: [
    'services:\n  w:\n    image: busybox:1.36\n    container_name: w\n    deploy:\n      replicas: 1\n',
    'services:\n  w:\n    image: busybox:1.36\n    container_name: w\n    scale: ${WORKERS}\n',
    'services:\n  w:\n    image: busybox:1.36\n    scale: 4\n',
  ],
  invalid: [
    {
      code: 'services:\n  w:\n    image: busybox:1.36\n    «container_name»: w\n    scale: 2\n  v:\n    image: busybox:1.36\n    «container_name»: v\n    deploy:\n      replicas: "3"\n',
      errors: [{ messageId: 'fixedName', data: { count: 2, key: 'scale' } }, { messageId: 'fixedName', data: { count: 3, key: 'deploy.replicas' } }],
    },
  ],
});
