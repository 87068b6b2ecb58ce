// Preload (`node --import ./tests/integration/offline/no-network.mjs ...`) that makes every outbound
// network call impossible and records each attempt: TCP/TLS sockets, DNS, UDP, HTTP(S), HTTP/2, fetch,
// WebSocket and EventSource. Each attempt is appended as one JSON line to the file named by XE_NET_LOG
// (so an attempt the code under test swallows is still seen), then fails with an error.
// Unix-domain socket connections are local IPC, not network: they are let through and logged as "ipc"
// (tsx's dev loader probes one).
import { appendFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const LOG = process.env.XE_NET_LOG;

function record(kind, api, detail) {
  const line = JSON.stringify({ kind, api, detail: String(detail ?? '').slice(0, 300), pid: process.pid });
  if (LOG) appendFileSync(LOG, `${line}\n`);
}

function blocked(api, detail) {
  record('network', api, detail);
  const error = new Error(`network access is blocked in this test (${api})`);
  error.code = 'E_OFFLINE_TEST';
  return error;
}

function describe(args) {
  try {
    return JSON.stringify(args, (_k, v) => (typeof v === 'function' ? '[fn]' : v));
  } catch {
    return String(args[0]);
  }
}

const net = require('node:net');
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const normalized = typeof net._normalizeArgs === 'function' ? net._normalizeArgs(args)[0] : args[0];
  const path = normalized && typeof normalized === 'object' ? normalized.path : undefined;
  if (typeof path === 'string' && path.length > 0) {
    record('ipc', 'net.Socket.connect', path);
    return originalConnect.apply(this, args);
  }
  throw blocked('net.Socket.connect', describe(args));
};

const dns = require('node:dns');
const DNS_CALLS = [
  'lookup',
  'lookupService',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCaa',
  'resolveCname',
  'resolveMx',
  'resolveNaptr',
  'resolveNs',
  'resolvePtr',
  'resolveSoa',
  'resolveSrv',
  'resolveTxt',
  'reverse',
];
for (const name of DNS_CALLS) {
  const fail = (...args) => {
    throw blocked(`dns.${name}`, describe(args.filter((a) => typeof a !== 'function')));
  };
  const failAsync = async (...args) => fail(...args);
  if (typeof dns[name] === 'function') dns[name] = fail;
  if (typeof dns.promises[name] === 'function') dns.promises[name] = failAsync;
  if (typeof dns.Resolver.prototype[name] === 'function') dns.Resolver.prototype[name] = fail;
  if (typeof dns.promises.Resolver.prototype[name] === 'function')
    dns.promises.Resolver.prototype[name] = failAsync;
}

const dgram = require('node:dgram');
dgram.createSocket = (...args) => {
  throw blocked('dgram.createSocket', describe(args));
};

for (const mod of ['node:http', 'node:https']) {
  const m = require(mod);
  for (const name of ['request', 'get']) {
    m[name] = (...args) => {
      throw blocked(`${mod.slice(5)}.${name}`, describe(args.filter((a) => typeof a !== 'function')));
    };
  }
}

const http2 = require('node:http2');
http2.connect = (...args) => {
  throw blocked('http2.connect', describe(args.filter((a) => typeof a !== 'function')));
};

const tls = require('node:tls');
tls.connect = (...args) => {
  throw blocked('tls.connect', describe(args.filter((a) => typeof a !== 'function')));
};

globalThis.fetch = async (input) => {
  throw blocked('fetch', typeof input === 'string' ? input : String(input?.url ?? input));
};
for (const name of ['WebSocket', 'EventSource']) {
  globalThis[name] = class {
    constructor(url) {
      throw blocked(name, url);
    }
  };
}

syncBuiltinESMExports();
record('ready', 'no-network preload', process.argv.slice(1).join(' '));
