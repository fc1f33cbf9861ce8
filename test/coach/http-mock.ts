// nock for the OpenAI HTTP API, with local database connections left alone. nock 15
// (@mswjs/interceptors 0.44) intercepts every TCP connection at net.Socket.prototype.connect,
// and its passthrough corrupts postgres.js's wire protocol ("invalid frontend message
// type 0"). Connections to loopback addresses (the test PostgreSQL) go straight to Node;
// everything else (the fake https://llm.test) is nock's.
import net from 'node:net';

const realConnect = net.Socket.prototype.connect;
const { default: nock } = await import('nock');
const interceptedConnect = net.Socket.prototype.connect;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function isLocal(args: unknown[]): boolean {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (first !== null && typeof first === 'object') {
    const options = first as { host?: unknown; path?: unknown };
    return typeof options.path === 'string' || (typeof options.host === 'string' && LOOPBACK.has(options.host));
  }
  return typeof args[1] === 'string' && LOOPBACK.has(args[1]);
}

net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
  const target = isLocal(args) ? realConnect : interceptedConnect;
  return (target as (...a: unknown[]) => net.Socket).apply(this, args);
};

export default nock;
