import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { permissionApi } from '../../../__fixtures__/permissionApi';
import { maturityApiRef, type MaturityApi } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { MaturityPage } from '../../MaturityPage';

const LocationDisplay = () => {
  const location = useLocation();
  return (
    <div data-testid="location">{`${location.pathname}${location.search}`}</div>
  );
};

/** The maturity page, mounted at /maturity as the app mounts it, opened at `url`. */
export async function renderMaturityPage(
  api: Partial<MaturityApi>,
  url: string,
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [maturityApiRef, api],
        [permissionApiRef, permissionApi()],
      ]}
    >
      <Routes>
        <Route path="/maturity/*" element={<MaturityPage />} />
      </Routes>
      <LocationDisplay />
    </TestApiProvider>,
    {
      routeEntries: [url],
      mountedRoutes: {
        '/maturity': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

/** The path and query string the page is at. */
export const currentUrl = () => screen.getByTestId('location').textContent;

/** A failed response of the maturity backend, as the client throws it. */
export async function failure(
  status: number,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'Error', message },
        request: { method: 'GET', url: '/' },
        response: { statusCode: status },
      }),
      { status, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}
