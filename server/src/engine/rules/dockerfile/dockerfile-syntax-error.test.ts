import { ruleTester } from '#test/rule-tester';
import rule from './dockerfile-syntax-error';

ruleTester.run(rule, {
  valid: [
    'FROM alpine:3.20 AS build\nRUN --mount=type=cache,target=/root/.cache --network=none true\nCOPY --link --from=build --chmod=755 /a /b',
    'FROM alpine:3.20\nHEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0 --start-interval=5s --retries=3 CMD ["true"]',
    'FROM alpine:3.20\nHEALTHCHECK NONE',
    'FROM alpine:3.20\nCMD\nENTRYPOINT []',
    'FROM alpine:3.20\nCMD ["--help"]\nCMD -- --help\nCMD app --help',
    'FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello\nEOF',
    'FROM alpine:3.20\nCOPY ["a b", "/c"]',
    'FROM alpine:3.20\nENV A=1 B="2 3"\nLABEL a=b\nENV LEGACY value with spaces',
    'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]',
    'FROM alpine:3.20\nSTOPSIGNAL SIGTERM\nSTOPSIGNAL 9\nSTOPSIGNAL quit\nSTOPSIGNAL $SIG',
    '# escape=`\nFROM alpine:3.20',
    'FROM alpine:3.20\nRUN apk add \\\n    curl\nRUN true',
    'FROM alpine:3.20\nONBUILD COPY --from=x a b',
    'ARG NAME=base\nFROM alpine:3.20 AS ${NAME}',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\n«RUNN» apk add curl',
      errors: [{ messageId: 'unknownInstructionDidYouMean', data: { keyword: 'RUNN', suggestion: 'RUN' } }],
      output: 'FROM alpine:3.20\nRUN apk add curl',
    },
    { code: 'FROM alpine:3.20\n«coppy» a b', errors: [{ messageId: 'unknownInstructionDidYouMean', data: { suggestion: 'copy' } }], output: 'FROM alpine:3.20\ncopy a b' },
    { code: 'FROM alpine:3.20\n«ENRTYPOINT» ["sh"]', errors: [{ messageId: 'unknownInstructionDidYouMean' }], output: 'FROM alpine:3.20\nENTRYPOINT ["sh"]' },
    { code: 'FROM alpine:3.20\n«FOO» bar', errors: [{ messageId: 'unknownInstruction', data: { keyword: 'FOO' } }], output: null },
    {
      code: 'FROM alpine:3.20\nRUN apk add \\\n    curl\n    «git»',
      errors: [{ messageId: 'missingContinuation', data: { keyword: 'git' } }],
      output: null,
      unsafeOutput: 'FROM alpine:3.20\nRUN apk add \\\n    curl \\\n    git',
    },
    {
      code: 'FROM alpine:3.20\nRUN apk update\n«&&» apk add curl',
      errors: [{ messageId: 'missingContinuation' }],
      unsafeOutput: 'FROM alpine:3.20\nRUN apk update \\\n&& apk add curl',
    },
    {
      code: 'FROM alpine:3.20\nCOPY «--chmown=app» . /app',
      errors: [{ messageId: 'unknownFlagDidYouMean', data: { suggestion: 'chown' } }],
      output: 'FROM alpine:3.20\nCOPY --chown=app . /app',
    },
    { code: 'FROM alpine:3.20\nWORKDIR «--foo» /x\nRUN «--bar=1» true', errors: [{ messageId: 'unknownFlag', data: { known: 'no flags' } }, { messageId: 'unknownFlag' }], output: null },
    { code: 'FROM alpine:3.20\nENTRYPOINT ["app"]\nCMD «--port=80» «--verbose»', errors: [{ messageId: 'unknownFlag', data: { flag: 'port' } }, { messageId: 'unknownFlag' }] },
    { code: 'FROM alpine:3.20\nCOPY «--from» a b', errors: [{ messageId: 'flagNeedsValue', data: { flag: 'from' } }] },
    {
      code: 'FROM alpine:3.20\nHEALTHCHECK --interval=«30» --timeout=«5x» --start-period=«1ns» --retries=«-1» CMD true',
      errors: [
        { messageId: 'badDuration', data: { hint: 'unit' } },
        { messageId: 'badDuration', data: { hint: 'units are' } },
        { messageId: 'durationTooShort' },
        { messageId: 'badRetries' },
      ],
    },
    { code: 'FROM alpine:3.20\nHEALTHCHECK NONE «CMD true»', errors: [{ messageId: 'healthcheckNoneArguments' }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK «curl» localhost', errors: [{ messageId: 'healthcheckType', data: { word: 'curl' } }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK --retries=3 «CMD»', errors: [{ messageId: 'healthcheckMissingCommand' }] },
    { code: '«FROM»\n«WORKDIR»\n«RUN»', errors: [{ messageId: 'missingArguments', data: { what: 'an image' } }, { messageId: 'missingArguments' }, { messageId: 'missingArguments' }] },
    { code: 'FROM alpine:3.20\nCOPY «app.jar»', errors: [{ messageId: 'missingDestination' }] },
    // A JSON array with one element is one argument, however it is spaced.
    { code: 'FROM alpine:3.20\nCOPY «["app.jar" ]»', errors: [{ messageId: 'missingDestination' }] },
    { code: 'FROM «alpine:3.20 build»', errors: [{ messageId: 'fromArguments' }] },
    { code: 'FROM alpine:3.20 AS «1st»', errors: [{ messageId: 'invalidStageName', data: { name: '1st' } }] },
    { code: 'FROM alpine:3.20\nENV «NODE_ENV»', errors: [{ messageId: 'missingValue', data: { key: 'NODE_ENV' } }] },
    { code: 'FROM alpine:3.20\nENV A=1 «B»', errors: [{ messageId: 'missingEquals', data: { word: 'B' } }] },
    { code: 'FROM alpine:3.20\nSHELL «/bin/bash -c»', errors: [{ messageId: 'shellNotJson' }] },
    { code: 'FROM alpine:3.20\nSTOPSIGNAL «SIGFOO»', errors: [{ messageId: 'unknownSignal' }] },
    { code: '# escape=«/»\nFROM alpine:3.20', errors: [{ messageId: 'invalidEscape', data: { value: '/' } }] },
    { code: 'FROM alpine:3.20\nONBUILD «RUNN» true', errors: [{ messageId: 'unknownInstructionDidYouMean' }], output: 'FROM alpine:3.20\nONBUILD RUN true' },
  ],
});
