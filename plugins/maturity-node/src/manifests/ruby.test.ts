import { parseManifest } from './index';

const GEMFILE = `# frozen_string_literal: true

source "https://rubygems.org"
git_source(:github) { |repo| "https://github.com/#{repo}.git" }

ruby "3.3.4"

gem "rails", "~> 7.1.3"
gem 'pg', '>= 1.1', '< 2.0'
gem "puma", ">= 5.0" # web server
gem("sidekiq", "~> 7.2")
gem "bootsnap", require: false
gem "tzinfo-data", platforms: %i[ windows jruby ]
gem "rubocop", require: false, group: :development
# gem "commented_out"
  # gem "indented_comment"
gem "color#hash" # a '#' in a name must not start a comment

=begin
gem "in_block_comment"
=end

group :development, :test do
  gem "debug", platforms: %i[ mri windows ]
  gem "rspec-rails", "~> 6.1"
end

group :development do
  gem "web-console"
  if ENV["PROFILE"]
    gem "rack-mini-profiler"
  end
end

gem "lograge"
`;

describe('ruby Gemfile', () => {
  const { ecosystem, dependencies } = parseManifest('Gemfile', GEMFILE);
  const rows = dependencies.map(d => [d.name, d.version, d.scope]);

  it('reports the rubygems ecosystem', () => {
    expect(ecosystem).toBe('rubygems');
  });

  it.each([
    ['rails', '~> 7.1.3', undefined],
    ['pg', '>= 1.1, < 2.0', undefined],
    ['puma', '>= 5.0', undefined],
    ['sidekiq', '~> 7.2', undefined],
    ['bootsnap', undefined, undefined],
    ['tzinfo-data', undefined, undefined],
    ['rubocop', undefined, 'development'],
    ['color#hash', undefined, undefined],
    ['debug', undefined, 'development,test'],
    ['rspec-rails', '~> 6.1', 'development,test'],
    ['web-console', undefined, 'development'],
    ['rack-mini-profiler', undefined, 'development'],
    ['lograge', undefined, undefined],
  ])('reads gem %s (version %s, groups %s)', (...row) => {
    expect(rows).toContainEqual(row);
  });

  it('ignores commented-out gems and gems in =begin/=end comments', () => {
    expect(dependencies.map(d => d.name)).toEqual(
      expect.not.arrayContaining([
        'commented_out',
        'indented_comment',
        'in_block_comment',
      ]),
    );
    expect(dependencies).toHaveLength(13);
  });

  it('scopes gems after a group block by no group', () => {
    expect(dependencies.find(d => d.name === 'lograge')?.scope).toBeUndefined();
  });
});
