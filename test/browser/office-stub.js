/* Stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in browser tests (no network here).
   The host comes from window.__KHCT_FAKE_HOST ("Excel", "Word" or null for a plain browser). */
(function () {
  var host = window.__KHCT_FAKE_HOST || null;
  var info = { host: host, platform: host ? "OfficeOnline" : null };
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    context: {
      host: host,
      requirements: {
        // A test may install a fake host (window.__khctIsSet) that declares its requirement sets.
        isSetSupported: function (name, version) {
          return typeof window.__khctIsSet === "function" ? window.__khctIsSet(name, version) : false;
        },
      },
    },
    onReady: function (cb) {
      if (cb)
        setTimeout(function () {
          cb(info);
        }, 0);
      return Promise.resolve(info);
    },
  };
})();
