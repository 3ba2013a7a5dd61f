import { ruleTester } from '#test/rule-tester';
import rule from './ports-with-network-mode';

ruleTester.run(rule, {
  valid: [
    'services:\n  api:\n    image: nginx:1.27\n    network_mode: bridge\n    ports: ["80:80"]\n',
    'services:\n  api:\n    image: nginx:1.27\n    network_mode: "${MODE:-host}"\n    ports: ["80:80"]\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: nginx:1.27\n    network_mode: host\n    «ports»: ["8080:80"]\n  off:\n    image: nginx:1.27\n    network_mode: none\n    «ports»: ["81:80"]\n  side:\n    image: nginx:1.27\n    network_mode: "service:api"\n    «ports»: ["82:80"]\n',
      errors: [{ messageId: 'discarded', data: { mode: 'host' } }, { messageId: 'discarded', data: { mode: 'none' } }, { messageId: 'refused' }],
    },
  ],
});
