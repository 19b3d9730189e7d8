// The e2e tests and benchmarks use the same loopback host as the browser mode of `npm start`.
export { isOwnHost, startHost, type Host, type HostOptions } from '../../electron/browser-mode/server';
