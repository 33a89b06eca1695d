/* Runs only where type="module" scripts do not (Internet Explorer 11: Office 2016/2019 perpetual on Windows).
   ES5 on purpose: no build step touches this file. */
(function () {
  var root = document.getElementById("root");
  if (!root) return;
  root.innerHTML = "";
  var box = document.createElement("div");
  box.style.fontFamily = "Segoe UI, Arial, sans-serif";
  box.style.fontSize = "14px";
  box.style.padding = "12px";
  box.style.lineHeight = "1.45";
  var parts = [
    ["h2", "Phiên bản Office này chưa chạy được ngăn Kế hoạch cải tiến"],
    [
      "p",
      "Office 2016/2019 bản mua một lần dùng trình duyệt Internet Explorer cho phần bổ trợ, nên ngăn này không chạy được ở đây. Thầy cô vẫn có thể:",
    ],
    [
      "li",
      "Mở trang độc lập page.html (cùng địa chỉ với phần bổ trợ) bằng Chrome, Edge hoặc Cốc Cốc: mở tệp .xlsx/.docx, kiểm tra, sửa và lưu lại.",
    ],
    ["li", "Dùng tệp mẫu do KHCT tạo sẵn (có danh sách chọn tiêu chí, chạy được trên mọi Excel từ 2007)."],
    ["li", "Nhờ cán bộ tin học chạy lệnh kehoach check để kiểm tra nhiều tệp cùng lúc."],
    [
      "p",
      "English: this Office runs add-ins in Internet Explorer 11, which this pane does not support. Use the standalone page, the generated templates or the kehoach command line instead.",
    ],
  ];
  var list = null;
  for (var i = 0; i < parts.length; i++) {
    var el = document.createElement(parts[i][0]);
    el.appendChild(document.createTextNode(parts[i][1]));
    if (parts[i][0] === "li") {
      if (!list) {
        list = document.createElement("ul");
        box.appendChild(list);
      }
      list.appendChild(el);
    } else {
      list = null;
      box.appendChild(el);
    }
  }
  root.appendChild(box);
})();
