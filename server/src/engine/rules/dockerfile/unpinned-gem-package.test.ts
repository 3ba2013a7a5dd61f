import { ruleTester } from '#test/rule-tester';
import rule from './unpinned-gem-package';

ruleTester.run(rule, {
  valid: [
    'FROM ruby:3.3\nRUN gem install bundler:2.5.10 rake:13.2.1',
    'FROM ruby:3.3\nRUN gem install rails -v 7.1.3',
    'FROM ruby:3.3\nRUN gem install --version=7.1.3 rails',
    'FROM ruby:3.3\nRUN gem install ./vendor/tool-1.0.0.gem',
    'FROM ruby:3.3\nRUN gem install "bundler:$BUNDLER_VERSION" && gem install "$GEM"',
    'FROM ruby:3.3\nRUN gem update --system 3.5.10',
    'FROM ruby:3.3\nRUN bundle install',
  ],
  invalid: [
    {
      code: 'FROM ruby:3.3\nRUN gem install --no-document «bundler» «rake»',
      errors: [{ messageId: 'unpinned', data: { gem: 'bundler' } }, { messageId: 'unpinned', data: { gem: 'rake' } }],
      output: null,
    },
    {
      code: 'FROM ruby:3.3\nRUN gem i -N -i /usr/local/bundle «foreman» -- --with-opt',
      errors: [{ messageId: 'unpinned', data: { gem: 'foreman' } }],
    },
  ],
});
