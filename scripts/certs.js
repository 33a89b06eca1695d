// HTTPS certificates for the local server. Never fails for lack of certificates:
// 1) the Office dev certificates when already installed (~/.office-addin-dev-certs, trusted by Office);
// 2) on Windows/macOS, office-addin-dev-certs installs them (short timeout);
// 3) otherwise a self-signed localhost certificate generated locally into .certs/ (no sudo needed).
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");

async function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), ms))),
  ]).finally(() => clearTimeout(timer));
}

async function getHttpsOptions({ log = () => {} } = {}) {
  const officeDir = path.join(os.homedir(), ".office-addin-dev-certs");
  const crt = path.join(officeDir, "localhost.crt");
  const key = path.join(officeDir, "localhost.key");
  if (fs.existsSync(crt) && fs.existsSync(key)) {
    log("Dùng chứng chỉ Office dev certs / using the Office dev certificates");
    return { cert: fs.readFileSync(crt), key: fs.readFileSync(key), source: "office-addin-dev-certs" };
  }
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      const devCerts = require("office-addin-dev-certs");
      const opts = await withTimeout(devCerts.getHttpsServerOptions(), 60000);
      return { ...opts, source: "office-addin-dev-certs" };
    } catch (e) {
      log(
        `Không cài được chứng chỉ Office (${e.message}); dùng chứng chỉ tự ký / falling back to a self-signed certificate`,
      );
    }
  }
  const dir = path.join(root, ".certs");
  const localCrt = path.join(dir, "localhost.crt");
  const localKey = path.join(dir, "localhost.key");
  if (fs.existsSync(localCrt) && fs.existsSync(localKey))
    return { cert: fs.readFileSync(localCrt), key: fs.readFileSync(localKey), source: "self-signed" };
  const selfsigned = require("selfsigned");
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    days: 825,
    algorithm: "sha256",
    extensions: [
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(localCrt, pems.cert);
  fs.writeFileSync(localKey, pems.private, { mode: 0o600 });
  log(`Đã tạo chứng chỉ tự ký tại ${path.relative(root, dir)}/ / generated a self-signed certificate`);
  return { cert: pems.cert, key: pems.private, source: "self-signed" };
}

module.exports = { getHttpsOptions };
