import { parseDocument } from './server/src/engine/document';
import { lint } from './server/src/engine/lint';
import { fixAll } from './server/src/engine/fix/apply';
import rule from './server/src/engine/rules/compose/service-healthy-without-healthcheck';
const code = 'services:\n    web:\n        image: nginx:1.27\n        depends_on:\n            db:\n                condition: service_healthy\n    db:\n        build: ./db\n        ports: ["8081:8080"]';
console.log(fixAll(code, (t) => lint(parseDocument(t, 'compose'), { rules: [rule] }), { allowUnsafe: true }).text);
