import { withoutFolder } from './withoutFolder';

describe('withoutFolder', () => {
  it('makes paths inside the folder relative and names the folder itself', () => {
    expect(
      withoutFolder(
        "could not list /srv/mirrors/acme/api (EACCES), open '/srv/mirrors/acme/api/docs/a.md'",
        '/srv/mirrors/acme/api',
        'the repository',
      ),
    ).toBe("could not list the repository (EACCES), open 'docs/a.md'");
  });

  it('leaves other paths and an empty folder alone', () => {
    expect(withoutFolder('open /etc/x', '/srv/m', 'the repository')).toBe(
      'open /etc/x',
    );
    expect(withoutFolder('open /etc/x', '', 'the repository')).toBe(
      'open /etc/x',
    );
  });
});
