import {
  ForwardedError,
  NotFoundError,
  ResponseError,
} from '@backstage/errors';
import { describeReadError } from './describeReadError';

async function responseError(status: number, statusText: string) {
  return ResponseError.fromResponse(
    new Response('slow down', {
      status,
      statusText,
      headers: { 'content-type': 'text/plain' },
    }),
  );
}

describe('describeReadError', () => {
  it("reads the status of a ResponseError's response", async () => {
    expect(
      describeReadError(await responseError(429, 'Too Many Requests')),
    ).toMatchObject({ httpStatus: 429 });
  });

  it('reads the status of a cause', async () => {
    const error = new ForwardedError(
      'could not list the tree',
      await responseError(503, 'Service Unavailable'),
    );
    expect(describeReadError(error)).toEqual({
      reason: expect.stringContaining('could not list the tree'),
      httpStatus: 503,
    });
  });

  it('gives 404 for a NotFoundError, whatever its message', () => {
    expect(describeReadError(new NotFoundError('no such project'))).toEqual({
      reason: 'no such project',
      httpStatus: 404,
    });
  });

  it("reads a client library's status field", () => {
    const error = Object.assign(new Error('Bad credentials'), { status: 401 });
    expect(describeReadError(error)).toEqual({
      reason: 'Bad credentials',
      httpStatus: 401,
    });
  });

  it('reads the status from the wording of the default readers', () => {
    expect(
      describeReadError(
        new Error(
          'Request failed for https://api.github.com/repos/a/b, 403 Forbidden (rate limit exceeded)',
        ),
      ),
    ).toEqual({
      reason:
        'HTTP 403 Forbidden for https://api.github.com/repos/a/b (rate limit exceeded)',
      httpStatus: 403,
    });
    expect(
      describeReadError(
        new Error(
          'Failed to read tree (archive) from https://gitlab.com/a/b, https://gitlab.com/api/v4/projects/1/repository/archive, 500 Internal Server Error',
        ),
      ),
    ).toEqual({
      reason: 'HTTP 500 Internal Server Error for https://gitlab.com/a/b',
      httpStatus: 500,
    });
  });

  it('finds no status in any other message', () => {
    expect(
      describeReadError(new Error('could not parse the listing, 500 entries')),
    ).toEqual({ reason: 'could not parse the listing, 500 entries' });
  });

  it('masks credentials in URLs', () => {
    expect(
      describeReadError(
        new Error('Unable to read https://x.example/a?token=secret&b=1'),
      ),
    ).toEqual({ reason: 'Unable to read https://x.example/a?token=***&b=1' });
  });

  it('describes what is not an error', () => {
    expect(describeReadError('timeout')).toEqual({ reason: 'timeout' });
  });
});
