// Used as tesseract.js' worker script by offline.test.ts: every network API of the worker thread throws, then the
// package's own worker script runs. A download attempted anywhere in the worker fails the test.
const net = require("net");
const http = require("http");
const https = require("https");
const dns = require("dns");
const refuse = (what) => () => {
  throw new Error(`network used by the OCR worker: ${what}`);
};
globalThis.fetch = refuse("fetch");
net.connect = net.createConnection = refuse("net.connect");
net.Socket.prototype.connect = refuse("socket");
http.request = http.get = refuse("http");
https.request = https.get = refuse("https");
dns.lookup = refuse("dns.lookup");
require("tesseract.js/src/worker-script/node/index.js");
