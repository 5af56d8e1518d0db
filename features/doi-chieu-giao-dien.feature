# language: vi
@drift
Tính năng: Báo cáo thay đổi giao diện: đối chiếu các trang không cần tài khoản với bộ kiểm thử
  Cổng thật đổi giao diện mà không báo trước. Trước một lần chạy với cổng thật, hoặc sau khi một cổng phát
  hành bản mới, QA cần biết chính xác điều gì đã đổi, thay vì một bước nào đó «chờ 10 giây mà không thấy…».
  Kiểm tra chỉ đọc, không cần tài khoản: mở mọi trang ai cũng mở được (trang chủ Cổng DVC quốc gia, nơi
  «Đăng nhập» dẫn tới, trang chọn loại tài khoản của hệ thống xác thực, trang đăng nhập của SSO VNeID, trang
  chủ của từng hệ thống của tỉnh và nơi «Đăng nhập» của nó dẫn tới), và với mỗi locator, mỗi nhãn mà page
  object và hồ sơ nền tảng giữ cho trang đó, báo có, KHÔNG CÓ hay có nhiều lần; thiếu thì nêu các ứng viên
  gần nhất trên trang (cùng chữ, cùng id hay class, cùng name) kèm trích đoạn. Kết quả: target/drift/drift.md
  và drift.csv, gắn vào báo cáo Allure cùng ảnh chụp từng trang. Còn thiếu điều bộ kiểm thử cần thì kịch bản
  thất bại: bộ kiểm thử báo, không bao giờ tự sửa locator.

  Kịch bản: Các trang không cần tài khoản của Cổng DVC quốc gia, hệ thống xác thực và SSO VNeID còn đủ mọi locator và nhãn của bộ kiểm thử
    Khi đối chiếu từng trang không cần tài khoản của Cổng DVC quốc gia, hệ thống xác thực và SSO VNeID với page object của bộ kiểm thử
    Thì không trang nào thiếu locator hay nhãn mà bộ kiểm thử cần

  Kịch bản: Trang chủ và trang đăng nhập của từng hệ thống của tỉnh trong danh sách cổng còn đủ mọi locator và nhãn của hồ sơ nền tảng
    Khi đối chiếu trang chủ và trang đăng nhập của từng hệ thống của tỉnh trong danh sách cổng với hồ sơ nền tảng của nó
    Thì không trang nào thiếu locator hay nhãn mà bộ kiểm thử cần
