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
        isSetSupported: function () {
          return false;
        },
      },
    },
    onReady: function (cb) {
      if (cb) setTimeout(function () { cb(info); }, 0);
      return Promise.resolve(info);
    },
  };
})();
