import '@uswds/uswds/css/uswds.min.css';
import './styles.css';
import './i18n/index.js';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { isApiError } from './api/client.js';
import { meKey } from './features/auth/auth-queries.js';
import { routes } from './routes/index.js';

// A session that ends (expiry, sign-out elsewhere) sends the user to the sign-in page instead of error alerts.
function onApiError(error: unknown): void {
  if (isApiError(error, 401) && error.code === 'unauthenticated' && queryClient.getQueryData(meKey))
    queryClient.setQueryData(meKey, null);
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  // A wrong password answers 401 invalid_credentials; only `unauthenticated` means the session is gone.
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // Absent, invisible and forbidden stay so on a retry; only flaky failures are retried.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const router = createBrowserRouter(routes);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
