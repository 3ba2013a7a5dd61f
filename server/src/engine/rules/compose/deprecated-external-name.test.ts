import { ruleTester } from '#test/rule-tester';
import rule from './deprecated-external-name';

const API = 'services:\n  api:\n    image: nginx:1.27\n';

ruleTester.run(rule, {
  valid: [`${API}networks:\n  proxy:\n    external: true\n    name: traefik\n`, `${API}volumes:\n  data:\n    external: false\n`, `${API}volumes:\n  data:\n`],
  invalid: [
    {
      code: `${API}networks:\n  proxy: # shared with traefik\n    external:\n      «name»: traefik_proxy\n    labels: [a=b]\n`,
      errors: [{ messageId: 'externalName', data: { name: 'traefik_proxy' } }],
      output: `${API}networks:\n  proxy: # shared with traefik\n    external: true\n    name: traefik_proxy\n    labels: [a=b]\n`,
    },
    {
      code: `${API}volumes:\n  data:\n    external: { «name»: "pg-data" }\nsecrets:\n  key:\n    external:\n      «name»: key # rotated monthly\nconfigs:\n  conf:\n    name: conf\n    external: {«name»: conf}\n`,
      errors: [{ messageId: 'externalName' }, { messageId: 'externalName' }, { messageId: 'externalName' }],
      output: `${API}volumes:\n  data:\n    external: true\n    name: pg-data\nsecrets:\n  key:\n    external:\n      name: key # rotated monthly\nconfigs:\n  conf:\n    name: conf\n    external: {name: conf}\n`,
    },
  ],
});
