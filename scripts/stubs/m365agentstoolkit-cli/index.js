// Stand-in: the Microsoft 365 Agents Toolkit is not installed with KHCT (see package.json "description").
module.exports = new Proxy(
  {},
  {
    get() {
      throw new Error("Microsoft 365 Agents Toolkit không được cài cùng KHCT / is not installed with KHCT (XML-manifest sideloading does not need it).");
    },
  },
);
