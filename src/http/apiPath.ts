/**
 * Whether a request's path is under `/api` as express matches a middleware mounted there
 * (`app.use('/api', …)`): `/api` itself or followed by `/`, in any case. A middleware that checks
 * this itself runs unmounted, so express leaves the request's `url` and `baseUrl` as they are
 * instead of trimming `/api` off them for it and putting it back after.
 */
export function isApiPath(path: string): boolean {
  return (path.length === 4 || path.charCodeAt(4) === SLASH) && path.slice(0, 4).toLowerCase() === '/api';
}

const SLASH = 0x2f;
