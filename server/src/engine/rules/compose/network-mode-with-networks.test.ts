import { ruleTester } from '#test/rule-tester';
import rule from './network-mode-with-networks';

ruleTester.run(rule, {
  valid: ['services:\n  api:\n    image: nginx:1.27\n    network_mode: host\n', 'services:\n  api:\n    image: nginx:1.27\n    networks: [default]\n'],
  invalid: [
    {
      code: 'x-net: &net\n  «networks»: [front]\nservices:\n  api:\n    <<: *net\n    image: nginx:1.27\n    network_mode: "service:vpn"\n  web:\n    <<: *net\n    image: nginx:1.27\n    network_mode: none\n',
      errors: [{ messageId: 'conflict', data: { service: 'api' } }],
    },
  ],
});
