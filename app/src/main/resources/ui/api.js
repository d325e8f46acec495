// The bearer token and every call to /api/v1; the token lives in sessionStorage only.
const KEY = 'nightshift.token';

/** Takes `#token=…` from the address (then hides it from the address bar and history). */
export function adoptTokenFromFragment() {
  const params = new URLSearchParams(location.hash.replace(/^#\/?/, ''));
  const token = params.get('token');
  if (!token) return;
  sessionStorage.setItem(KEY, token);
  history.replaceState(null, '', location.pathname + location.search + '#/board');
}

export const token = () => sessionStorage.getItem(KEY);
export const setToken = (value) => sessionStorage.setItem(KEY, value);
export const forgetToken = () => sessionStorage.removeItem(KEY);

/** An HTTP failure whose message is the server's own sentence when it sent one. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Calls the API; resolves to the parsed JSON body, rejects with an ApiError. */
export async function call(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10000);
  let response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal, cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(0, e.name === 'AbortError' ? 'The agent did not answer within 10 s.'
      : 'The agent cannot be reached.');
  } finally {
    clearTimeout(timer);
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) {
    throw new ApiError(response.status, (json && json.error) || `HTTP ${response.status}`);
  }
  return json;
}
