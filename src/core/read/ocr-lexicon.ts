/**
 * Syllables of the legal texts KHCT carries (the words of src/core/catalogs/data and of the reference circulars met
 * at least twice that spell as one Vietnamese syllable, most frequent first): they decide where a run of glued OCR
 * syllables splits ("Thựchiện" → "Thực hiện", not "Thự chiện").
 */
export const KNOWN_SYLLABLES: ReadonlySet<string> = new Set(
  (
    "học và giáo dục trường có sinh các điều the của theo a định động hoạt được nhà viên hợp thực quy quả với mức " +
    "tổ giá đánh hiện lý chức kết by cơ bảo đạt kế quản trẻ muc hoạch công not an tiêu toàn hoặc đảm trợ hỗ trong " +
    "bộ phòng phù vụ trình liệu true thông tiến phát nhiệm mục chuẩn năm chương để sở triển chuyên chất nhân hiệu " +
    "gia e lượng thiết pháp bị đối phương kiện tự dụng chính tập dữ cải cầu phân nhất that ít số dạy về non liên " +
    "sử chỉnh tin cấp sự dưỡng môn minh hồ sơ mầm quan may but lớp chứng thời nội không lực phối kiểm độ thành " +
    "cho yêu dõi in nghiệp việc hành hội hướng lệ tiếp tích nhận đến tài ứng tế en cán cần tiểu phản điểm năng " +
    "phổ đồng trở tỷ đáp chí vệ xây dựng tham khoản tạo soát lên dung chăm sóc hoàn kỳ trung rà to dinh ii hồi " +
    "hình khi phục địa cao tra đội đủ tính ban mẹ xã trưởng ngũ thức cha khó khăn văn chơi xử khu sản báo khỏe " +
    "thống chế ở phụ sức nguồn khai nếu tuổi quyền khác thể diện môi vi nuôi chống người nâng hệ cáo nghề luyện " +
    "cộng hạn phẩm đào quoc rèn chuan do biện nhu at tư truong bồi thuộc cấu tác giao nước tâm thư bổ no danh trị " +
    "đúng sân góp moi tại chỉ đồ giải vật lục hằng làm trách trí nhóm duc vấn trì chủ nghệ đổi viện ý cực thiện " +
    "đảng tốt đề trọng khá vùng từ so key luật phần khối bằng cảnh tối da trên sung hòa đình cá tu chu nhập thiểu " +
    "lập kỹ thong xác lưu sau ce bản lại nghiệm còn bạo duy bao quốc cập mới sát thường vị đặc mẫu luc dân quá " +
    "dẫn thuật qua cố dong biểu trải loại ngoài cong nhan i kiem chiến lược từng kịp ánh khóa sách hanh day đạo " +
    "kiến y chat luong ae giám đoàn thu nhật nhanh tien dau xay nam tai nạn đường đó tổng biệt gợi bố huy trật " +
    "biến mô này dự đầy xuyên vận hóa bắt em ghi eac đại một rõ khảo bỏ yếu caa thẩm việt đóng khiếu cháy ăn " +
    "riêng truyền mạng kinh điện luận khoa xếp chữa ủy vào each bên dùng quyết ninh sạch nối mưu khả phap luat " +
    "tình trạng phó trữ nguy hạ tầng mật ngừa trang khắc phạm án thương huấn chung tất cả chinh rủi ro tử xuất kê " +
    "bảng tiên nguyên bếp tượng ổn khuôn tên sửa iii nạt tăng áp chuyển ảnh sống sáng vực hai ngày tôn toán bàn " +
    "khuyết tật thoát sach phận kênh hơn gian cách thuận it luồng là trực gồm tải tiện linh những nhiều hạnh be " +
    "mã đoạn phải nghiên cứu giai bạch phong kiêm nơi thác gặp bãi mạnh ưu chưa cỡ đăng thục chi bình ngữ tầm gắn " +
    "đầu dưới tháng căn cứ chú trước noi xuat biên mươi đích dài nổ thảm họa thiên dịch bệnh tệ kỷ thao ghế lợi " +
    "gom thải máy tuyên trương đã đa dạng chiều on tuyến chữ van đứng nghị thị giới mỗi sắp giữa đức tiễn mam " +
    "nhìn sứ cụ xét xâm hại phê duyệt ràng giấy ngăn hưởng tủ lịch cap cân hộ meet hàm đậm phieu ham thập thiếu " +
    "dần lựa chọn tuyển bước chia vườn thân tinh phúc chiếu xem see bài ký buộc thảo hộp xanh tường rào quanh cây " +
    "đựng xe tạp tranh băng đĩa ngành đang up viết hiểu kém khám phá trời tương ngủ vui mà thần thay mất trao " +
    "seen tắc sĩ mỹ nghỉ binh đều khách can thế thừa chồng chéo sót doanh thứ đốc hoa doc gen niêm yết chúng " +
    "thanh ngắn nại tố dây nóng đẳng chặn tín lộ đẹp cổng biển mát ô nhiễm uống rác lối biết phú bốn lăm thêm " +
    "vượt hữu tuần gió bối pho giờ khủng hoảng mọi nền tịch tắt đơn dòng cuối tieu nhằm kiên dat giảng re sai " +
    "lệch ngôn thù sớm thấy sánh hạng trả tái diễn như du lieu kèm hết viii bạc liêu họp aea hoc ba hàng bóng đèn " +
    "quạt kích âm nhạc ngoại nữ di liệt bà anh hùng rich ca tộc giỏi ghép ra dành hứng thú nặng suy béo phì thiệp " +
    "them lao ngừng lành lạc xuống cường giảm hài lòng ve nguyễn via hoi phu phí lần dấu huong dan canh ky sổ aa " +
    "buổi bán doi mềm thỉnh suốt đời tồn rút sẻ tần suất kéo tổn vì tảng cứng lứa gây lời nếp lắng nghe dua trội " +
    "huyện tỉnh dia co hieu quyen phường trinh bìa đặt tả treat bieu tóm top kiều bù xu ea ngoặc sic niên tiền " +
    "phẳng chỗ ngồi thước kiểu dáng màu sắc nhieu sỹ nông thôn mặt vóc thoáng thí lũy tục quán thì cùng đất sàn " +
    "quân hiên lang cắt tỉa chắn ao kệ quen mái che kho lạnh cung lễ xung thích châm đo room voi tùy dựa trống " +
    "cảm móc đón bữa giấc nghi ngờ cặp khớp trú lĩnh sang tao phuong tuc thang mai cục cụm nghĩa phiếu toc khái " +
    "quát lấy thi vii kẻ nét liền ten nghiêng trích họ ngưỡng trừ đính mau kể đưa main thuc hien vuông " +
    ""
  ).split(" "),
);
